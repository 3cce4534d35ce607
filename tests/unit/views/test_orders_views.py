"""Orders on the customer panel and the Receivables page, driven as a shop owner would, checked
against the book: a new order with its lines and 30/70 terms, a payment recorded (not received
until confirmed), confirmed by the owner, an order voided with its replacement; aging and the
month's expected and received money shown apart; a salesperson sees only their customers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox, QWidget

from models import orders
from models.core import clock
from models.customers import operations
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking, type_text
from views.customer_detail import CustomerDetail
from views.orders_dialog import OrderDialog, PaymentDialog
from views.receivables_page import ReceivablesPage

T0 = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def shop(book):
    clock.set_clock(lambda: T0)
    cid = operations.add_customer(book, data={"name": "顺发五金"})
    pid = orders.add_product(book, data={"name": "水泥", "spec": "P.O 42.5", "unit": "吨",
                                         "price": "450"})
    return cid, pid


def test_new_order_payment_confirmation_and_void(qtbot, ctx, book, shop, warnings):
    cid, pid = shop
    dialog = OrderDialog(ctx, cid)
    qtbot.addWidget(dialog)
    dialog.lines.item(0, 1).setText("")
    assert dialog.save(confirm=True) is None  # a line with nothing sold: told, nothing written
    assert warnings and orders.orders_of_customer(book, cid) == []
    warnings.clear()
    combo = dialog.lines.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(pid))
    assert dialog.lines.item(0, 2).text() == "吨"
    assert dialog.lines.item(0, 3).text() == "450"
    dialog.lines.item(0, 1).setText("10")
    row = dialog.add_line(description="运费", price="500")
    assert row == 1
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("split"))
    assert dialog.days_spin.value() == 30
    dialog.percents_edit.setText("30/60")  # not 100 %: told, nothing written, all kept
    assert dialog.save(confirm=True) is None and warnings
    assert orders.orders_of_customer(book, cid) == []
    assert dialog.lines.item(0, 1).text() == "10"
    dialog.percents_edit.setText("30/70")
    oid = dialog.save(confirm=True)
    assert oid and dialog.result() == dialog.DialogCode.Accepted
    got = orders.order(book, oid)
    assert got["status"] == "confirmed" and got["total_minor"] == 500000  # 10 t x 450 + 500
    assert [(r["due_date"], r["amount"]) for r in got["plan"]] == [
        ("2026-03-10", 150000), ("2026-04-09", 350000)]

    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(cid)
    part = panel.orders
    assert part.title.text() == "Orders (1)"
    assert part.rows() == [[got["number"], "2026-03-10", "Confirmed", "¥5,000", "¥0",
                            "¥5,000"]]

    pay = PaymentDialog(ctx, cid)
    qtbot.addWidget(pay)
    type_text(qtbot, pay.amount_edit, "abc")
    assert pay.save() is None and warnings  # not an amount: told
    pay.amount_edit.clear()
    type_text(qtbot, pay.amount_edit, "2000")
    pay.method_combo.setCurrentIndex(pay.method_combo.findData("wechat"))
    payment_id = pay.save()
    assert payment_id
    panel.refresh()
    # recorded is not received: the order still owes all of it, the payment waits
    assert part.rows()[0][4:] == ["¥0", "¥5,000"]
    assert part.payment_rows() == [["2026-03-10", "¥2,000", "WeChat Pay",
                                    "Waiting for confirmation"]]
    assert "Received ¥0" in part.balance_label.text()
    assert "waiting for confirmation ¥2,000" in part.balance_label.text()
    part.choose("payment", payment_id)
    assert part.confirm_button.isEnabled() and not part.void_button.isEnabled()
    assert part.confirm_selected()
    assert part.rows()[0][4:] == ["¥2,000", "¥3,000"]
    assert "Received ¥2,000" in part.balance_label.text()

    part.choose("order", oid)
    assert part.void_button.isEnabled()
    assert part.void_selected(reason="") is None  # a reason is required
    new_id = part.void_selected(reason="单价写错")
    assert new_id
    assert orders.order(book, oid)["status"] == "void"
    assert orders.order(book, new_id)["replaces_id"] == oid
    states = sorted(r[2] for r in part.rows())
    assert states == ["Draft", "Void"]
    panel.resize(QSize(460, 900))
    panel.grab().save(str(screenshots_dir() / "customer_orders_en.png"))


def test_salesperson_cannot_confirm_and_sees_only_their_receivables(qtbot, ctx, book, shop):
    cid, _ = shop
    owner = book.user_id
    users.set_password(book, user_id=owner, password="boss-pass")
    seller = users.add_user(book, name="张伟", role="sales", password="zw",
                            owner_password="boss-pass")
    theirs = operations.add_customer(book, data={"name": "张伟的客户", "owner_id": seller})
    for customer, amount in ((cid, "300"), (theirs, "700")):
        oid = orders.add_order(book, data={"customer_id": customer, "order_date": "2026-01-05"},
                               lines=[{"description": "货", "quantity": "1", "price": amount}])
        orders.confirm_order(book, order_id=oid)
    page = ReceivablesPage(ctx)
    qtbot.addWidget(page)
    names = [r[0] for r in page.aging_rows()]
    assert names == ["张伟的客户", "顺发五金", "Total"]
    assert page.aging_rows()[-1][2] == "¥1,000"
    users.sign_in(book, user_id=seller, password="zw")
    ctx.user_changed.emit()
    assert [r[0] for r in page.aging_rows()] == ["张伟的客户", "Total"]
    assert page.scope.text() == "Your customers only."
    pid = orders.record_payment(book, customer_id=theirs, amount="100",
                                received_on="2026-03-09", method="cash")
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(theirs)
    panel.orders.choose("payment", pid)
    assert not panel.orders.confirm_button.isEnabled()
    assert not panel.orders.reject_button.isEnabled()


def test_receivables_page_buckets_add_up_and_expected_is_not_received(qtbot, qtmodeltester, ctx,
                                                                      book, shop):
    cid, _ = shop
    other = operations.add_customer(book, data={"name": "Golden Paint"})
    # 顺发: 1,000 due 2026-01-05 (64 days late on 2026-03-10); Golden: 30/70 on 2026-03-01
    old = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-01-05"},
                           lines=[{"description": "货", "quantity": "1", "price": "1000"}])
    orders.confirm_order(book, order_id=old)
    new = orders.add_order(book, data={"customer_id": other, "order_date": "2026-03-01"},
                           lines=[{"description": "paint", "quantity": "2", "price": "1000"}],
                           plan_terms={"template": "split", "percents": [30, 70], "days": 30})
    orders.confirm_order(book, order_id=new)
    paid = orders.record_payment(book, customer_id=other, amount="600",
                                 received_on="2026-03-05", method="transfer")
    orders.confirm_payment(book, payment_id=paid)
    orders.record_payment(book, customer_id=cid, amount="400", received_on="2026-03-09",
                          method="cash")  # recorded, not confirmed
    page = ReceivablesPage(ctx)
    qtbot.addWidget(page)
    rows = page.aging_rows()
    header = page.aging_headers()
    assert header == ["Customer", "Currency", "Owed", "Not yet due", "1-30 days", "31-60 days",
                      "61-90 days", "Over 90 days"]
    assert rows == [
        ["Golden Paint", "CNY", "¥1,400", "¥1,400", "", "", "", ""],
        ["顺发五金", "CNY", "¥1,000", "", "", "", "¥1,000", ""],
        ["Total", "CNY", "¥2,400", "¥1,400", "¥0", "¥0", "¥1,000", "¥0"],
    ]
    # March expects both of Golden's rows (03-01 and 03-31); 600 of it came in
    month = dict((r[0], r[1]) for r in page.month_rows())
    assert month == {"Expected (plan rows due this month)": "¥2,000",
                     "Received (confirmed payments)": "¥600",
                     "Recorded, waiting for confirmation": "¥400",
                     "Expected but not received": "¥1,400"}
    forecast = page.forecast_rows()
    assert forecast[0] == ["Overdue (due before today)", "¥1,000"]
    assert ["2026-03-31 to 2026-04-06", "¥1,400"] in forecast
    qtmodeltester.check(page.aging_model)
    with qtbot.waitSignal(page.open_customer) as opened:  # a row opens its customer
        page.aging_tree.activated.emit(page.aging_model.index(1, 0))
    assert opened.args == [cid]
    page.by_combo.setCurrentIndex(page.by_combo.findData("owner"))
    assert page.aging_rows()[0][:3] == ["Owner", "CNY", "¥2,400"]
    qtmodeltester.check(page.aging_model)
    for language, suffix in (("en", "en"), ("zh_CN", "zh")):
        with speaking(language):
            shown = ReceivablesPage(ctx)
            qtbot.addWidget(shown)
            for size in ((1366, 768), (1920, 1080)):
                shown.resize(QSize(size[0] - 150, size[1] - 60))
                shown.grab().save(str(screenshots_dir()
                                      / f"receivables_{suffix}_{size[0]}x{size[1]}.png"))
            if language == "zh_CN":
                assert shown.month_tree.topLevelItem(1).text(0) != \
                    "Received (confirmed payments)"



def test_what_the_customer_buys_shows_its_rhythm_punctuality_and_suggestions(qtbot, ctx, book,
                                                                             shop):
    cid, cement = shop
    sand = orders.add_product(book, data={"name": "黄沙", "unit": "吨", "price": "90"})
    peers = [operations.add_customer(book, data={"name": f"同行{n}"}) for n in range(2)]

    def buys(customer, day, *products, plan=None):
        oid = orders.add_order(book, data={"customer_id": customer, "order_date": day},
                               lines=[{"product_id": p, "quantity": 2} for p in products],
                               plan=plan)
        orders.confirm_order(book, order_id=oid)

    for peer in peers:
        buys(peer, "2026-01-05", cement, sand)
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(cid)
    assert panel.buying.isHidden()  # nothing bought yet: nothing to say
    buys(cid, "2026-01-01", cement, plan=[{"due_date": "2026-01-10", "amount": "900"}])
    buys(cid, "2026-01-21", cement)
    buys(cid, "2026-02-10", cement)
    pid = orders.record_payment(book, customer_id=cid, amount="900", received_on="2026-02-01",
                                method="transfer")
    orders.confirm_payment(book, payment_id=pid)  # the first order's money, 22 days late
    panel.refresh()
    part = panel.buying
    assert not part.isHidden()

    def text(name):
        return part.findChild(QWidget, name).text()

    # 20-day rhythm: next expected 03-02, eight days before today (03-10)
    assert text("buying_cycle") == "Orders about every 20 days (3 orders, the last on 2026-02-10)."
    assert text("buying_next") == "The next order was expected on 2026-03-02: 8 days late."
    assert text("buying_punctual").startswith("Paid 0% of what fell due")  # nothing on time
    rows = [[part.products_list.topLevelItem(0).text(c) for c in range(5)]]
    assert rows == [["水泥", "3", "6 吨", "¥2,700", "2026-02-10"]]
    assert text("also_bought") == "Suggestions: 2 of 2 customers who buy 水泥 also buy 黄沙"
    panel.resize(QSize(460, 1100))
    panel.grab().save(str(screenshots_dir() / "customer_buying_en.png"))


def test_a_customer_without_orders_shows_no_zero_balance_nor_greyed_out_buttons(qtbot, ctx,
                                                                                  book):
    """"Owed ¥0 (overdue ¥0) · Received ¥0 ..." and Confirm, Reject payment and Void greyed
    out said nothing about a customer with no orders; the section says there are none, and
    shows the balance and the buttons once there is something to act on."""

    cid = operations.add_customer(book, data={"name": "顺发五金"})
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(cid)
    part = panel.orders
    assert part.body.objectName() == "orders_empty"
    assert not part.balance_label.isVisibleTo(panel)
    assert not part.actions_box.isVisibleTo(panel)
    orders.record_payment(book, customer_id=cid, amount="2000", received_on="2026-03-08",
                          method="wechat")
    panel.refresh()
    assert part.balance_label.isVisibleTo(panel) and part.actions_box.isVisibleTo(panel)
    assert "waiting for confirmation ¥2,000" in part.balance_label.text()
