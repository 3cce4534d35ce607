"""Orders, payment plans, payments and receivables, with numbers worked out by hand.

Real books in tmp_path; the clock injected. Money in fen: 100000 is 1,000.00 yuan."""

from __future__ import annotations

import datetime as dt

import pytest

from models import orders, reminders
from models.core import clock, money, permissions
from models.core.errors import PermissionDenied, ValidationError
from models.customers import operations as ops
from models.orders import labels, numbers, terms
from models.team import users
from tests.book_helpers import raw_write

TZ = dt.timezone(dt.timedelta(hours=8))


def at(day: str) -> None:
    """The clock at 09:30 on day."""
    when = dt.datetime.fromisoformat(day).replace(hour=9, minute=30, tzinfo=TZ)
    clock.set_clock(lambda: when)


@pytest.fixture
def shop(book):
    at("2026-03-03")
    cid = ops.add_customer(book, data={"name": "东方建材"})
    return book, cid


def snapshot(book) -> dict:
    return {t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY id")]
            for t in ("orders", "order_lines", "payment_plans", "payments", "products", "audit")}


def order_of(book, cid, total: str, day: str, **kw) -> str:
    """A confirmed order of one line worth `total` yuan."""
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": day, **kw.pop("data", {})},
                           lines=[{"description": "水泥", "quantity": 1, "price": total}], **kw)
    orders.confirm_order(book, order_id=oid)
    return oid


def paid(book, cid, amount: str, day: str, **kw) -> str:
    pid = orders.record_payment(book, customer_id=cid, amount=amount, received_on=day,
                                method="transfer", **kw)
    orders.confirm_payment(book, payment_id=pid)
    return pid


def plan(book, oid, day=None) -> list[tuple]:
    return [(r["seq"], r["due_date"], r["amount"], r["paid"], r["state"])
            for r in orders.order(book, oid, day=day)["plan"]]


# -- payment terms ---------------------------------------------------------------------------
def test_terms_split_to_the_fen_and_the_last_row_takes_the_remainder():
    # 100.00 in 3 instalments: 33.33 + 33.33 + 33.34, a month apart from the 31st
    rows = terms.plan_rows("instalments", 10000, dt.date(2026, 1, 31), n=3)
    assert [(r["seq"], r["due_date"], r["amount_minor"]) for r in rows] == [
        (1, "2026-02-28", 3333), (2, "2026-03-31", 3333), (3, "2026-04-30", 3334)]
    # 999.99 at 30/70: 30% is 299.997 -> 300.00, the rest 699.99, 30 days later
    rows = terms.plan_rows("split", 99999, dt.date(2026, 3, 1))
    assert [(r["due_date"], r["amount_minor"]) for r in rows] == [
        ("2026-03-01", 30000), ("2026-03-31", 69999)]
    # 0.05 at 30/70: 1.5 fen rounds up to 2, the last row 3
    assert [r["amount_minor"] for r in terms.plan_rows("split", 5, dt.date(2026, 3, 1))] == [2, 3]
    # 月结30 / 60: days after the end of the order's month (Jan 31 + 30 = Mar 2)
    assert terms.plan_rows("month_end", 5000, dt.date(2026, 1, 15))[0]["due_date"] == "2026-03-02"
    assert terms.plan_rows("month_end", 5000, dt.date(2026, 1, 15), days=60)[0][
        "due_date"] == "2026-04-01"
    assert terms.plan_rows("full", 5000, dt.date(2026, 1, 15)) == [
        {"seq": 1, "due_date": "2026-01-15", "amount_minor": 5000}]
    # 20/30/50, 10 days apart
    assert [(r["due_date"], r["amount_minor"]) for r in terms.plan_rows(
        "split", 33333, dt.date(2026, 3, 1), percents=[20, 30, 50], days=10)] == [
        ("2026-03-01", 6667), ("2026-03-11", 10000), ("2026-03-21", 16666)]
    for bad in ([30, 60], [0, 100], [50.5, 49.5]):
        with pytest.raises(ValidationError) as err:
            terms.plan_rows("split", 100, dt.date(2026, 3, 1), percents=bad)
        assert err.value.message == labels.BAD_PERCENTS
    with pytest.raises(ValidationError):
        terms.plan_rows("instalments", 100, dt.date(2026, 3, 1), n=0)
    with pytest.raises(ValidationError):
        terms.plan_rows("weekly", 100, dt.date(2026, 3, 1))


# -- products and lines ----------------------------------------------------------------------
def test_lines_quantities_in_thousandths_discounts_and_the_total(shop):
    book, cid = shop
    cement = orders.add_product(book, data={"name": "水泥", "spec": "P.O 42.5", "unit": "吨",
                                            "price": "420", "category": "建材"})
    paint = orders.add_product(book, data={"name": "乳胶漆", "unit": "桶", "price": "33.33"})
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-03-01"}, lines=[
        {"product_id": cement, "quantity": "2.5"},                  # 2.5 t x 420.00 = 1,050.00
        {"product_id": paint, "quantity": 3, "discount": "9折"},     # 99.99 - 10.00 = 89.99
        {"description": "电线", "unit": "米", "quantity": "12.345", "price": "1.99",
         "discount": "10%"},                                         # 24.57 - 2.46 = 22.11
        {"description": "运费", "quantity": 1, "price": "80", "discount": "5"},  # 75.00
    ])
    got = orders.order(book, oid)
    assert [(line["description"], line["unit"], line["quantity"], line["qty_milli"],
             line["amount_minor"]) for line in got["lines"]] == [
        ("水泥", "吨", "2.5", 2500, 105000), ("乳胶漆", "桶", "3", 3000, 8999),
        ("电线", "米", "12.345", 12345, 2211), ("运费", "", "1", 1000, 7500)]
    # 12.345 x 1.99 = 24.56655 -> 24.57; 10% of it 2.457 -> 2.46
    assert got["lines"][2]["discount_minor"] == 246
    assert got["total"] == money.Money(105000 + 8999 + 2211 + 7500)
    assert got["number"].startswith("20260301-") and got["status"] == "draft"
    assert [p["name"] for p in orders.products(book, search="42.5")] == ["水泥"]


@pytest.mark.parametrize(("line", "message"), [
    ({"description": "水泥", "quantity": "1.2345", "price": "1"}, labels.BAD_QUANTITY),
    ({"description": "水泥", "quantity": "0", "price": "1"}, labels.QUANTITY_NOT_POSITIVE),
    ({"description": "水泥", "quantity": "两吨", "price": "1"}, labels.BAD_QUANTITY),
    ({"quantity": "1", "price": "1"}, labels.LINE_TEXT_REQUIRED),
    ({"description": "水泥", "quantity": "1", "price": "10", "discount": "11"},
     labels.DISCOUNT_TOO_LARGE),
    ({"description": "水泥", "quantity": "1", "price": "10", "discount": "120%"},
     labels.BAD_DISCOUNT),
])
def test_a_bad_line_is_refused_with_its_reason_and_nothing_is_written(shop, line, message):
    book, cid = shop
    before = snapshot(book)
    with pytest.raises(ValidationError) as err:
        orders.add_order(book, data={"customer_id": cid}, lines=[line])
    assert err.value.message == message
    assert snapshot(book) == before


def test_a_product_in_another_currency_is_not_put_on_a_yuan_order(shop):
    book, cid = shop
    pump = orders.add_product(book, data={"name": "进口泵", "price": "100", "currency": "USD"})
    with pytest.raises(ValidationError) as err:
        orders.add_order(book, data={"customer_id": cid}, lines=[{"product_id": pump,
                                                                  "quantity": 1}])
    assert err.value.message == labels.PRODUCT_CURRENCY
    oid = orders.add_order(book, data={"customer_id": cid, "currency": "USD"},
                           lines=[{"product_id": pump, "quantity": 2}])
    assert orders.order(book, oid)["total"] == money.Money(20000, "USD")


# -- plans -----------------------------------------------------------------------------------
def test_a_custom_plan_must_add_up_to_the_total(shop):
    book, cid = shop
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-03-01"},
                           lines=[{"description": "水泥", "quantity": 1, "price": "1000"}])
    before = snapshot(book)
    with pytest.raises(ValidationError) as err:
        orders.set_payment_plan(book, order_id=oid, plan=[
            {"due_date": "2026-03-10", "amount": "400"}, {"due_date": "2026-04-10",
                                                          "amount": "500.01"}])
    assert err.value.message == labels.PLAN_SUM
    assert err.value.params == {"plan": "900.01", "total": "1000.00"}
    with pytest.raises(ValidationError) as err:
        orders.set_payment_plan(book, order_id=oid, plan=[{"due_date": "2026-02-10",
                                                           "amount": "1000"}])
    assert err.value.message == labels.PLAN_EARLY
    assert snapshot(book) == before
    orders.set_payment_plan(book, order_id=oid, plan=[
        {"due_date": "2026-03-10", "amount": "400"}, {"due_date": "2026-04-10", "amount": "600"}])
    assert plan(book, oid) == [(1, "2026-03-10", 40000, 0, ""), (2, "2026-04-10", 60000, 0, "")]
    # the lines change: a plan given row by row no longer adds up, and confirming says so
    orders.update_order(book, order_id=oid, lines=[{"description": "水泥", "quantity": 2,
                                                    "price": "1000"}])
    with pytest.raises(ValidationError) as err:
        orders.confirm_order(book, order_id=oid)
    assert err.value.params == {"plan": "1000.00", "total": "2000.00"}


def test_a_plan_from_terms_follows_the_drafts_total_and_a_plan_less_order_is_due_at_once(shop):
    book, cid = shop
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-03-01"},
                           lines=[{"description": "水泥", "quantity": 1, "price": "100"}],
                           plan_terms={"template": "instalments", "n": 3})
    orders.update_order(book, order_id=oid, lines=[{"description": "水泥", "quantity": "0.5",
                                                    "price": "200.02"}])  # 100.01
    assert plan(book, oid) == [(1, "2026-04-01", 3334, 0, ""), (2, "2026-05-01", 3334, 0, ""),
                               (3, "2026-06-01", 3333, 0, "")]
    other = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-03-02"},
                             lines=[{"description": "沙子", "quantity": 1, "price": "80"}])
    orders.confirm_order(book, order_id=other)
    assert plan(book, other, "2026-03-02") == [(1, "2026-03-02", 8000, 0, "due")]


# -- payments and the state of plan rows ------------------------------------------------------
def test_partial_payments_count_once_confirmed_and_states_on_given_days(shop):
    book, cid = shop
    oid = order_of(book, cid, "1000", "2026-03-01", plan_terms={"template": "split"})
    # 30/70: 300.00 due 03-01, 700.00 due 03-31
    pid = orders.record_payment(book, customer_id=cid, amount="200", received_on="2026-03-02",
                                method="wechat")
    assert plan(book, oid, "2026-03-01") == [(1, "2026-03-01", 30000, 0, "due"),
                                             (2, "2026-03-31", 70000, 0, "not_due")]
    balance = orders.balance(book, cid, day="2026-03-03")
    assert balance["received"] == {} and balance["pending"] == {"CNY": 20000}
    assert balance["outstanding"] == {"CNY": 100000} and balance["overdue"] == {"CNY": 30000}
    at("2026-03-04")  # confirmed two days later: it was still received on 03-02
    orders.confirm_payment(book, payment_id=pid)
    assert orders.payments_of_customer(book, cid)[0]["received_on"] == "2026-03-02"
    assert plan(book, oid, "2026-03-01") == [(1, "2026-03-01", 30000, 20000, "partly_paid"),
                                             (2, "2026-03-31", 70000, 0, "not_due")]
    assert plan(book, oid, "2026-03-04")[0][4] == "overdue"  # partly paid, and late
    paid(book, cid, "100", "2026-03-04")
    assert plan(book, oid, "2026-03-04")[0][3:] == (30000, "paid")
    for day, state in (("2026-03-30", "not_due"), ("2026-03-31", "due"),
                       ("2026-04-01", "overdue")):
        assert plan(book, oid, day)[1][4] == state
    balance = orders.balance(book, cid, day="2026-04-01")
    assert balance["received"] == {"CNY": 30000} and balance["overdue"] == {"CNY": 70000}


def test_overpayment_is_credit_and_pays_the_next_order(shop):
    book, cid = shop
    first = order_of(book, cid, "1000", "2026-03-01")
    paid(book, cid, "1200", "2026-03-02")
    assert plan(book, first)[0][3] == 100000
    assert orders.balance(book, cid)["credit"] == {"CNY": 20000}
    second = order_of(book, cid, "150", "2026-03-03")
    assert plan(book, second, "2026-03-03") == [(1, "2026-03-03", 15000, 15000, "paid")]
    assert orders.balance(book, cid)["credit"] == {"CNY": 5000}
    third = order_of(book, cid, "100", "2026-03-03")
    assert plan(book, third, "2026-03-03") == [(1, "2026-03-03", 10000, 5000, "partly_paid")]
    balance = orders.balance(book, cid)
    assert balance["credit"] == {} and balance["outstanding"] == {"CNY": 5000}


def test_a_payment_naming_an_order_pays_it_first_and_the_rest_the_oldest_row(shop):
    book, cid = shop
    old = order_of(book, cid, "500", "2026-03-01")
    new = order_of(book, cid, "300", "2026-03-02")
    paid(book, cid, "400", "2026-03-03", order_id=new)   # 300 to the new order, 100 left over
    paid(book, cid, "50", "2026-03-03")                   # names no order: the oldest row
    assert plan(book, new)[0][3] == 30000
    assert plan(book, old)[0][3] == 15000                 # 100 left over + 50
    rejected = orders.record_payment(book, customer_id=cid, amount="999",
                                     received_on="2026-03-03", method="cash")
    orders.reject_payment(book, payment_id=rejected, reason="没收到")
    assert plan(book, old)[0][3] == 15000                 # a rejected payment counts for nothing
    with pytest.raises(ValidationError) as err:
        orders.confirm_payment(book, payment_id=rejected)
    assert err.value.message == labels.ALREADY_REJECTED


def test_a_payment_is_refused_for_a_future_day_another_customers_order_or_currency(shop):
    book, cid = shop
    other = ops.add_customer(book, data={"name": "西山五金"})
    theirs = order_of(book, other, "100", "2026-03-01")
    before = snapshot(book)
    cases = [
        (dict(amount="100", received_on="2026-03-04", method="cash"), labels.RECEIVED_FUTURE),
        (dict(amount="0", received_on="2026-03-03", method="cash"), labels.PAYMENT_AMOUNT),
        (dict(amount="100", received_on="", method="cash"), labels.RECEIVED_REQUIRED),
        (dict(amount="100", received_on="2026-03-03", method="cheque"), labels.BAD_METHOD),
        (dict(amount="100", received_on="2026-03-03", method="cash", order_id=theirs),
         labels.ORDER_OF_OTHER),
    ]
    for kw, message in cases:
        with pytest.raises(ValidationError) as err:
            orders.record_payment(book, customer_id=cid, **kw)
        assert err.value.message == message
    mine = order_of(book, cid, "100", "2026-03-01")
    with pytest.raises(ValidationError) as err:
        orders.record_payment(book, customer_id=cid, amount="100", received_on="2026-03-03",
                              method="cash", order_id=mine, currency="USD")
    assert err.value.message == labels.PAYMENT_CURRENCY
    assert snapshot(book)["payments"] == before["payments"]


# -- confirmed orders change only by voiding --------------------------------------------------
def test_voiding_and_replacing_an_order(shop):
    book, cid = shop
    oid = order_of(book, cid, "1000", "2026-03-01", plan_terms={"template": "split"})
    pid = paid(book, cid, "300", "2026-03-02", order_id=oid)
    number = orders.order(book, oid)["number"]
    before = snapshot(book)
    with pytest.raises(ValidationError) as err:
        orders.update_order(book, order_id=oid, lines=[{"description": "水泥", "quantity": 2,
                                                        "price": "1000"}])
    assert err.value.message == labels.NOT_DRAFT and err.value.params == {"number": number}
    with pytest.raises(ValidationError) as err:
        orders.void_order(book, order_id=oid, reason=" ")
    assert err.value.message == labels.REASON_REQUIRED
    assert snapshot(book) == before
    orders.set_delivery(book, order_id=oid, delivery="partial")  # a confirmed order delivers

    new = orders.void_order(book, order_id=oid, reason="数量改为 2 吨", replace=True)
    old = orders.order(book, oid)
    assert (old["status"], old["void_reason"], old["replaced_by"]) == ("void", "数量改为 2 吨", new)
    replacement = orders.order(book, new)
    assert replacement["status"] == "draft" and replacement["replaces_id"] == oid
    assert replacement["number"] != number
    assert [(r["description"], r["amount_minor"]) for r in replacement["lines"]] == [
        ("水泥", 100000)]
    assert [r["payments"] for r in (old, replacement)][1][0]["id"] == pid
    # the void order counts for nothing: its payment waits for the replacement, as credit
    assert orders.balance(book, cid)["outstanding"] == {}
    assert orders.balance(book, cid)["credit"] == {"CNY": 30000}
    orders.update_order(book, order_id=new, lines=[{"description": "水泥", "quantity": 2,
                                                    "price": "1000"}])
    orders.confirm_order(book, order_id=new)
    assert plan(book, new, "2026-03-03") == [(1, "2026-03-01", 60000, 30000, "overdue"),
                                             (2, "2026-03-31", 140000, 0, "not_due")]
    with pytest.raises(ValidationError) as err:
        orders.void_order(book, order_id=oid, reason="again")
    assert err.value.message == labels.NOT_CONFIRMED
    # every step is in the order's history
    steps = [r[0] for r in book.all("SELECT DISTINCT o.name FROM audit a JOIN operations o ON "
                                    "o.id = a.op_id WHERE a.record_id = ? ORDER BY a.seq", (oid,))]
    assert steps == ["add_order", "confirm_order", "update_order", "void_order"]


def test_who_may_do_what(shop):
    book, cid = shop
    owner = book.user_id
    users.set_password(book, user_id=owner, password="boss-pass")
    seller = users.add_user(book, name="张伟", role="sales", password="zw",
                            owner_password="boss-pass")
    theirs = ops.add_customer(book, data={"name": "张伟的客户", "owner_id": seller})
    oid = order_of(book, cid, "100", "2026-03-01")  # the owner's customer is nobody's
    users.sign_in(book, user_id=seller, password="zw")
    mine = order_of(book, theirs, "100", "2026-03-01")
    assert orders.order(book, mine)["owner_id"] == seller
    pid = orders.record_payment(book, customer_id=theirs, amount="100",
                                received_on="2026-03-03", method="alipay")
    with pytest.raises(PermissionDenied):
        orders.confirm_payment(book, payment_id=pid)
    with pytest.raises(PermissionDenied):
        orders.void_order(book, order_id=mine, reason="错了")
    with pytest.raises(PermissionDenied):
        orders.add_product(book, data={"name": "水泥"})
    with pytest.raises(PermissionDenied):
        orders.set_payment_plan(book, order_id=oid, plan_terms={"template": "full"})
    assert not permissions.may(book, "payments.confirm")
    users.sign_in(book, user_id=owner, password="boss-pass")
    orders.confirm_payment(book, payment_id=pid)
    assert orders.balance(book, theirs)["received"] == {"CNY": 10000}


def test_order_numbers_count_per_day_on_each_pc_and_the_tag_grows_on_a_clash(shop):
    book, cid = shop
    first = order_of(book, cid, "1", "2026-03-01")
    second = order_of(book, cid, "1", "2026-03-01")
    third = order_of(book, cid, "1", "2026-03-02")
    tag = numbers.device_tag(book)
    assert len(tag) == 3 and not set(tag) & set("ILOU")
    assert [orders.order(book, o)["number"] for o in (first, second, third)] == [
        f"20260301-{tag}-01", f"20260301-{tag}-02", f"20260302-{tag}-01"]
    # another PC of the team whose id starts like ours in base 32: one more character
    twin = format(int(book.device_id, 16) ^ 1, "016X")
    raw_write(book, "INSERT INTO sync_seen (device_id, last_seq, seen_at) VALUES (?, 0, '')",
              (twin,))
    longer = numbers.device_tag(book)
    assert len(longer) > 3 and longer.startswith(tag)
    assert orders.order(book, order_of(book, cid, "1", "2026-03-01"))["number"] == (
        f"20260301-{longer}-01")
    assert numbers.duplicates(book) == []


# -- receivables -----------------------------------------------------------------------------
def test_aging_buckets_add_up_to_what_is_outstanding(shop):
    book, cid = shop
    other = ops.add_customer(book, data={"name": "西山五金"})
    at("2026-06-30")
    # one order per due date, 100.00 each; on 06-30 they are overdue by:
    dues = {"2026-06-30": 0, "2026-06-29": 1, "2026-05-31": 30, "2026-05-30": 31,
            "2026-04-01": 90, "2026-03-31": 91}
    for due in dues:
        order_of(book, cid, "100", due)
    order_of(book, other, "50", "2026-05-01")                      # 60 days: 31-60
    order_of(book, other, "70", "2026-06-01", data={"currency": "USD"})  # 29 days, dollars
    paid(book, cid, "30", "2026-06-30")                            # pays the oldest: 91 days
    got = orders.aging(book, day="2026-06-30")
    assert got["buckets"] == ["not_due", "1-30", "31-60", "61-90", "90+"]
    rows = {(r["name"], r["currency"]): (r["total"], r["buckets"]) for r in got["rows"]}
    assert rows == {
        ("东方建材", "CNY"): (57000, [10000, 20000, 10000, 10000, 7000]),
        ("西山五金", "CNY"): (5000, [0, 0, 5000, 0, 0]),
        ("西山五金", "USD"): (7000, [0, 7000, 0, 0, 0]),
    }
    assert got["totals"] == {"CNY": {"total": 62000, "buckets": [10000, 20000, 15000, 10000, 7000]},
                             "USD": {"total": 7000, "buckets": [0, 7000, 0, 0, 0]}}
    for row in got["rows"]:
        assert sum(row["buckets"]) == row["total"]
    assert orders.outstanding(book) == {"CNY": 62000, "USD": 7000}
    by_owner = orders.aging(book, day="2026-06-30", by="owner")
    assert [(r["owner_id"], r["currency"], r["total"]) for r in by_owner["rows"]] == [
        (book.user_id, "CNY", 62000), (book.user_id, "USD", 7000)]
    # other edges: 15 and 45 days
    orders.set_aging_days(book, edges=[15, 45])
    again = orders.aging(book, day="2026-06-30")
    assert again["buckets"] == ["not_due", "1-15", "16-45", "45+"]
    # 1 day; 30 and 31 days; 60 (西山五金), 90 and 91 days (70.00 left of it)
    assert again["totals"]["CNY"] == {"total": 62000, "buckets": [10000, 10000, 20000, 22000]}
    with pytest.raises(ValidationError):
        orders.set_aging_days(book, edges=[60, 30])


def test_cash_forecast_and_the_months_collection(shop):
    book, cid = shop
    oid = order_of(book, cid, "1200", "2026-03-01",
                   plan_terms={"template": "split", "percents": [25, 25, 50], "days": 10})
    # 300.00 due 03-01, 300.00 due 03-11, 600.00 due 03-21
    paid(book, cid, "100", "2026-03-02")
    orders.record_payment(book, customer_id=cid, amount="250", received_on="2026-03-03",
                          method="acceptance_bill")  # "customer will pay": not money yet
    forecast = orders.cash_forecast(book, day="2026-03-03", weeks=3)
    assert forecast["overdue"] == {"CNY": 20000}
    assert [(w["start"], w["end"], dict(w["expected"])) for w in forecast["weeks"]] == [
        ("2026-03-03", "2026-03-09", {}), ("2026-03-10", "2026-03-16", {"CNY": 30000}),
        ("2026-03-17", "2026-03-23", {"CNY": 60000})]
    month = orders.month_collection(book, "2026-03")
    assert month == {"forecast": {"CNY": 120000}, "collected": {"CNY": 10000},
                     "pending": {"CNY": 25000}, "gap": {"CNY": 110000}}
    assert orders.month_collection(book, "2026-04")["forecast"] == {}
    assert oid


# -- what customers buy ----------------------------------------------------------------------
def test_repurchase_cycle_and_products_bought(shop):
    book, cid = shop
    cement = orders.add_product(book, data={"name": "水泥", "unit": "吨", "price": "400"})
    for day, qty in (("2026-01-01", "2"), ("2026-01-31", "1.5"), ("2026-03-02", "3")):
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": day},
                               lines=[{"product_id": cement, "quantity": qty}])
        orders.confirm_order(book, order_id=oid)
    draft = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-02-15"},
                             lines=[{"product_id": cement, "quantity": 9}])
    assert draft  # a draft is not a purchase
    cycle = orders.repurchase(book, cid)
    # gaps 30 and 30 days: the next order 30 days after 03-02
    assert cycle == {"orders": 3, "cycle_days": 30, "last_order": "2026-03-02",
                     "next_order": "2026-04-01", "regular": True}
    assert orders.cycle(["2026-01-01", "2026-01-31", "2026-03-17"])["cycle_days"] == 38  # 37.5
    assert orders.cycle(["2026-01-01", "2026-01-31", "2026-03-02", "2026-04-16"])[
        "cycle_days"] == 30  # gaps 30, 30, 45
    assert orders.cycle(["2026-01-01"])["next_order"] is None
    (bought,) = orders.products_bought(book, cid)
    assert (bought["name"], bought["orders"], bought["quantity"], bought["amount"],
            bought["last"]) == ("水泥", 3, "6.5", money.Money(260000), "2026-03-02")
    assert len(orders.history(book, cid)["orders"]) == 3



def test_customers_who_buy_a_also_buy_b(shop):
    book, cid = shop
    cement, sand, rebar, paint, tile = (
        orders.add_product(book, data={"name": n, "unit": "吨"}) for n in
        ("水泥", "黄沙", "螺纹钢", "乳胶漆", "瓷砖"))
    orders.update_product(book, product_id=tile, data={"active": False})

    def buys(customer, *products, status="confirmed"):
        oid = orders.add_order(book, data={"customer_id": customer, "order_date": "2026-03-01"},
                               lines=[{"product_id": p, "quantity": 1, "price": "10"}
                                      for p in products])
        if status == "confirmed":
            orders.confirm_order(book, order_id=oid)

    peers = [ops.add_customer(book, data={"name": f"同行{n}"}) for n in range(4)]
    buys(cid, cement)
    buys(peers[0], cement, sand, tile)
    buys(peers[1], cement, sand, rebar)
    buys(peers[2], sand, rebar)  # buys nothing this customer buys: not a peer
    buys(peers[2], rebar)
    buys(peers[3], cement, paint, status="draft")  # a draft is no purchase
    # sand: 2 buyers of 水泥 (peers 0, 1); rebar 1 (peer 1, below `least`); the tile is
    # retired; paint only on a draft
    assert orders.also_bought(book, cid) == [
        {"product_id": sand, "name": "黄沙", "unit": "吨", "buyers": 2, "peers": 2,
         "because": "水泥"}]
    assert [p["name"] for p in orders.also_bought(book, cid, least=1)] == ["黄沙", "螺纹钢"]
    buys(cid, sand)  # bought now: no longer suggested; rebar's buyer bought 水泥 and 黄沙
    assert [(p["name"], p["buyers"]) for p in orders.also_bought(book, cid, least=1)] == [
        ("螺纹钢", 2)]
    assert orders.also_bought(book, peers[2], least=1)[0]["name"] == "水泥"
    # a book where everyone buys cement: only the first PEERS other buyers are looked at
    from models.orders import buying

    buying.PEERS, kept = 1, buying.PEERS
    try:
        # every other buyer of 黄沙 and 螺纹钢 bought 水泥: whichever one is looked at
        (only,) = orders.also_bought(book, peers[2], least=1)
        assert (only["name"], only["buyers"], only["peers"]) == ("水泥", 1, 1)
    finally:
        buying.PEERS = kept
    assert orders.also_bought(book, ops.add_customer(book, data={"name": "新客"})) == []


def test_payment_punctuality_is_the_share_paid_by_each_due_date(shop):
    book, cid = shop
    # three rows due 02-01 (1,000), 03-01 (1,000), 04-01 (2,000); 1,500 arrived 01-20 (pays the
    # first row on time and half of the second early), 500 on 03-10 (the second row, late),
    # 1,000 on 04-01 (half the third on its day); judged on 2026-04-15
    at("2026-01-15")
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-01-15"},
                           lines=[{"description": "水泥", "quantity": 1, "price": "4000"}],
                           plan=[{"due_date": "2026-02-01", "amount": "1000"},
                                 {"due_date": "2026-03-01", "amount": "1000"},
                                 {"due_date": "2026-04-01", "amount": "2000"}])
    orders.confirm_order(book, order_id=oid)
    at("2026-04-15")  # recorded afterwards, with the days the money arrived
    paid(book, cid, "1500", "2026-01-20")
    paid(book, cid, "500", "2026-03-10")
    paid(book, cid, "1000", "2026-04-01")
    orders.record_payment(book, customer_id=cid, amount="1000", received_on="2026-03-31",
                          method="cash")  # not confirmed: not received
    on_day = orders.punctuality(book, [cid], day=dt.date(2026, 4, 15))
    # on time: 1,000 + 500 + 1,000 of 4,000 due
    assert on_day == {cid: {"due": 3, "share": 2500 / 4000}}
    assert orders.punctuality(book, day=dt.date(2026, 2, 15)) == {cid: {"due": 1, "share": 1.0}}
    assert orders.punctuality(book, day=dt.date(2026, 1, 31)) == {}  # nothing due yet
    # a year later only rows due in the last 365 days count: none
    assert orders.punctuality(book, [cid], day=dt.date(2027, 4, 15)) == {}
    # within a week of the due date is on time (a transfer over a weekend); a row due in the
    # last week is not judged before its week is out
    other = ops.add_customer(book, data={"name": "周末转账"})
    oid = orders.add_order(book, data={"customer_id": other, "order_date": "2026-03-01"},
                           lines=[{"description": "黄沙", "quantity": 1, "price": "300"}],
                           plan=[{"due_date": "2026-03-06", "amount": "100"},
                                 {"due_date": "2026-04-10", "amount": "200"}])
    orders.confirm_order(book, order_id=oid)
    paid(book, other, "100", "2026-03-13")  # seven days late
    assert orders.punctuality(book, [other], day=dt.date(2026, 4, 15)) == {
        other: {"due": 1, "share": 1.0}}
    assert orders.punctuality(book, [other], day=dt.date(2026, 4, 17))[other]["share"] == 1 / 3


# -- reminders -------------------------------------------------------------------------------
def test_overdue_rows_and_late_repurchases_make_one_reminder_each(shop):
    book, cid = shop
    for day in ("2026-01-01", "2026-01-31", "2026-03-02"):
        oid = order_of(book, cid, "100", day)
        paid(book, cid, "100", day)
    last = order_of(book, cid, "500", "2026-03-03", plan_terms={"template": "full", "days": 7})
    at("2026-03-10")
    assert reminders.run_rules(book)["overdue"] == 0  # due today is not late
    at("2026-03-11")
    counts = reminders.run_rules(book)
    assert (counts["overdue"], counts["repurchase"]) == (1, 0)
    assert reminders.run_rules(book)["overdue"] == 0  # once
    (row,) = [r for r in reminders.reminders_of_customer(book, cid) if r["kind"] == "overdue"]
    plan_row = orders.order(book, last)["plan"][0]["id"]
    assert row["rule_key"] == f"overdue:{plan_row}:2026-03-10"
    assert reminders.title(row) == "Payment due 2026-03-10 not received: 东方建材"
    paid(book, cid, "500", "2026-03-11")
    reminders.run_rules(book)
    assert reminders.reminder(book, row["id"])["status"] == "done"
    # the last order on 03-03 (four days of orders, gaps 30, 30, 1: median 30): due 04-02
    at("2026-04-02")
    assert reminders.run_rules(book)["repurchase"] == 1
    (late,) = [r for r in reminders.reminders_of_customer(book, cid)
               if r["kind"] == "repurchase"]
    assert late["rule_key"] == f"repurchase:{cid}:2026-04-02"
    order_of(book, cid, "100", "2026-04-02")
    reminders.run_rules(book)
    assert reminders.reminder(book, late["id"])["status"] == "done"
    assert oid


def test_undo_takes_an_order_and_a_payment_back(shop):
    from models.core import changelog

    book, cid = shop
    oid = order_of(book, cid, "100", "2026-03-01")
    pid = orders.record_payment(book, customer_id=cid, amount="100", received_on="2026-03-03",
                                method="cash")
    changelog.undo(book)
    assert book.one("SELECT 1 FROM payments WHERE id = ?", (pid,)) is None
    changelog.undo(book)
    assert orders.order(book, oid)["status"] == "draft"


def test_emptying_the_trash_takes_a_customers_deals_orders_and_payments_with_it(shop):
    from models import deals

    book, cid = shop
    did = deals.add_deal(book, data={"title": "水泥 200 吨", "customer_id": cid})
    oid = order_of(book, cid, "100", "2026-03-01", data={"deal_id": did})
    paid(book, cid, "100", "2026-03-02", order_id=oid)
    new = orders.void_order(book, order_id=oid, reason="改", replace=True)
    ops.delete_customers(book, customer_ids=[cid])
    assert ops.empty_trash(book) == 1
    for table in ("orders", "order_lines", "payment_plans", "payments", "deals"):
        assert book.scalar(f"SELECT count(*) FROM {table}") == 0, table
    tombs = {r[0] for r in book.all("SELECT record_id FROM tombstones WHERE tbl = 'orders'")}
    assert tombs == {oid, new}


def test_the_aging_sums_agree_with_the_allocation_row_by_row(shop):
    """The receivables' closed form (plain sums) and the ledger's row-by-row allocation give the
    same money in every bucket, on a random book with named payments, two currencies, drafts,
    void orders and credit."""
    import random

    from models.orders import ledger

    book, first = shop
    rng = random.Random(18)
    customers = [first, *(ops.add_customer(book, data={"name": f"客户{n}"}) for n in range(5))]
    at("2026-06-30")
    made = []
    for _ in range(40):
        cid = rng.choice(customers)
        day = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(180))).isoformat()
        template = rng.choice(({"template": "full"}, {"template": "split"},
                               {"template": "instalments", "n": 3},
                               {"template": "month_end", "days": 30}))
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": day,
                                           "currency": rng.choice(("CNY", "CNY", "USD"))},
                               lines=[{"description": "货", "quantity": rng.randrange(1, 9),
                                       "price": str(rng.randrange(100, 900))}],
                               plan_terms=template)
        if rng.random() < 0.9:
            orders.confirm_order(book, order_id=oid)
            made.append((cid, oid))
    for _ in range(30):
        cid, oid = rng.choice(made)
        code = orders.order(book, oid)["currency"]
        paid(book, cid, str(rng.randrange(50, 3000)), "2026-06-30", currency=code,
             order_id=oid if rng.random() < 0.5 else None)
    for _, oid in made[:3]:
        orders.void_order(book, order_id=oid, reason="作废")
    got = orders.aging(book, day="2026-06-30")
    edges = ["2026-06-30", "2026-05-31", "2026-05-01", "2026-04-01"]
    expected: dict = {}
    for row in ledger.plan_rows(book):
        left = row["amount"] - row["paid"]
        if not left:
            continue
        bucket = sum(row["due_date"] < e for e in edges)
        sums = expected.setdefault((row["customer_id"], row["currency"]), [0] * 5)
        sums[bucket] += left
    assert len(expected) >= 6 and len({b for v in expected.values() for b, x in enumerate(v)
                                       if x}) == 5  # every bucket has money
    assert {(r["customer_id"], r["currency"]): r["buckets"] for r in got["rows"]} == expected
    forecast = orders.cash_forecast(book, day="2026-06-01", weeks=8)
    weekly = money.Totals()
    for week in forecast["weeks"]:
        weekly = weekly + week["expected"]
    later = money.Totals()
    for row in ledger.plan_rows(book):
        if "2026-06-01" <= row["due_date"] < "2026-07-27":
            later.add(row["amount"] - row["paid"], row["currency"])
    assert weekly == {k: v for k, v in later.items() if v}
