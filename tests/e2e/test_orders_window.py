"""The main window with orders: the customer's Orders section and the Receivables page reached
from the navigation, in both languages at 1366x768 and 1920x1080 (pictures to be looked at)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.app import make_app, start_window
from models import orders
from models.core import clock
from models.core.book import Book
from models.customers import operations
from tests.qt_helpers import screenshots_dir, speaking

T0 = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def shop(book) -> str:
    """Three customers with orders: one paid in part and late, one on 30/70 terms, one on
    monthly instalments; one payment waiting for confirmation."""
    first = None
    cement = orders.add_product(book, data={"name": "水泥", "spec": "P.O 42.5", "unit": "吨",
                                            "price": "450"})
    for name, day, qty, terms in (
            ("上海嘉禾食品实业有限公司", "2025-12-20", "40", {"template": "full"}),
            ("温州阀门厂", "2026-02-25", "20", {"template": "split", "percents": [30, 70]}),
            ("顺发五金", "2026-01-15", "12", {"template": "instalments", "n": 4})):
        cid = operations.add_customer(book, data={"name": name})
        first = first or cid
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": day},
                               lines=[{"product_id": cement, "quantity": qty},
                                      {"description": "运费", "quantity": "1", "price": "300"}],
                               plan_terms=terms)
        orders.confirm_order(book, order_id=oid)
    paid = orders.record_payment(book, customer_id=first, amount="8000",
                                 received_on="2026-02-01", method="transfer")
    orders.confirm_payment(book, payment_id=paid)
    orders.record_payment(book, customer_id=first, amount="2000", received_on="2026-03-08",
                          method="wechat")
    return first


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_orders_and_receivables_in_the_window(qtbot, tmp_path, lang):
    clock.set_clock(lambda: T0)
    make_app(lang)
    with speaking(lang):
        book = Book.open(tmp_path / "shop.sqlite")
        cid = shop(book)
        window = start_window(book)
        qtbot.addWidget(window)
        try:
            qtbot.waitUntil(lambda: window.housekeeping.started)
            nav = [window.nav.item(i).text() for i in range(window.nav.count())]
            assert nav[4] == ("Receivables" if lang == "en" else "应收款")
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                assert window.show_customer(cid)
                qtbot.wait(50)
                window.grab().save(str(screenshots_dir()
                                       / f"orders-customer-{width}x{height}-{lang}.png"))
                window.show_page(window.receivables)
                qtbot.wait(50)
                page = window.receivables.page
                assert page.aging_rows()[-1][2] == "¥25,300"  # 18,300 + 9,300 + 5,700 - 8,000 paid
                window.grab().save(str(screenshots_dir()
                                       / f"receivables-{width}x{height}-{lang}.png"))
        finally:
            window.close()
            book.close()
