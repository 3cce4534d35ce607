"""The monthly pack after the deal on a real book: the demo's year of orders, payments and
tickets (models.demo), read by models.reports.after_sale through models.reports.pack, as the
owner and as a salesperson."""

from __future__ import annotations

import datetime as dt

import pytest

from models import orders
from models.core import clock
from models.core.book import Book
from models.demo import write_demo
from models.reports import monthly
from models.tickets import month_stats

FIXED = dt.datetime(2025, 3, 14, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
MONTH = "2025-02"


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    clock.set_clock(lambda: FIXED)
    try:
        path = write_demo(tmp_path_factory.mktemp("pack") / "demo.sqlite", customers=150, seed=5)
        with Book.open(path, create=False) as opened:
            yield opened
    finally:
        clock.set_clock(None)


@pytest.fixture(autouse=True)
def fixed_clock(book):
    clock.set_clock(lambda: FIXED)
    yield
    clock.set_clock(None)


def salesperson(book) -> str:
    """The active salesperson with the most customers who owe money."""
    return book.scalar(
        "SELECT u.id FROM users u JOIN customers c ON c.owner_id = u.id WHERE u.role = 'sales' "
        "AND u.active = 1 AND c.id IN (SELECT customer_id FROM orders WHERE status = "
        "'confirmed') GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1")


def test_the_buckets_add_up_to_what_is_outstanding(book):
    pack = monthly.pack(book, MONTH)
    rec = pack["receivables"]
    assert rec["day"] == "2025-03-14" and pack["as_of"] == "2025-03-14"
    totals = rec["totals"]["CNY"]
    assert len(rec["rows"]) == 10 and rec["rest"]["customers"] > 0
    shown = [r["buckets"] for r in rec["rows"]] + [rec["rest"]["buckets"]]
    assert [sum(column) for column in zip(*shown, strict=True)] == totals["buckets"]
    assert all(sum(r["buckets"]) == r["total"] for r in rec["rows"])
    assert sum(totals["buckets"]) == totals["total"] == orders.outstanding(book)["CNY"]
    assert all(b > 0 for b in totals["buckets"])
    assert [r["total"] for r in rec["rows"]] == sorted((r["total"] for r in rec["rows"]),
                                                       reverse=True)
    # the overdue list: what is past due, customer by customer, adds up to the overdue buckets
    everyone = monthly.pack(book, MONTH)["overdue"]
    assert everyone and all(r["days"] > 0 and r["since"] < "2025-03-14" for r in everyone)
    aged = {r["customer_id"]: sum(r["buckets"][1:]) for r in orders.aging(book)["rows"]}
    assert all(r["amount"] == aged[r["customer_id"]] for r in everyone)


def test_sales_and_collections_are_the_months_orders_and_payments(book):
    pack = monthly.pack(book, MONTH)
    sales = pack["sales"]
    lines = book.scalar(
        "SELECT sum(l.amount_minor) FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "WHERE o.status = 'confirmed' AND o.order_date LIKE '2025-02-%'")
    assert lines > 0
    assert sum(p["amount"] for p in sales["products"]) + sales["others"].get("CNY", 0) == lines
    assert sum(p["amount"] for p in sales["people"]) == lines == sales["totals"]["CNY"]
    assert sales["orders"] == book.scalar(
        "SELECT count(*) FROM orders WHERE status = 'confirmed' AND order_date LIKE '2025-02-%'")
    assert book.scalar("SELECT count(*) FROM orders WHERE status = 'void'")  # not counted
    col = pack["collections"]
    assert col["months"][-1] == MONTH and len(col["months"]) == 6
    assert col["forecast"][-1] == orders.month_collection(book, MONTH)["forecast"]
    received = book.scalar("SELECT sum(amount_minor) FROM payments WHERE status = 'confirmed' "
                           "AND received_on LIKE '2025-02-%'")
    assert col["collected"][-1]["CNY"] == received
    assert pack["tickets"]["month"] == month_stats(book, MONTH)
    assert pack["repurchase"] and all(r["next_order"] <= "2025-03-14"
                                      for r in pack["repurchase"])


def test_a_salespersons_pack_leaves_out_other_salespeople_s_customers(book):
    owner = book.user_id
    seller = salesperson(book)
    everyone = monthly.pack(book, MONTH)
    owners = dict(book.all("SELECT id, owner_id FROM customers"))
    others = {r["customer_id"] for r in everyone["receivables"]["rows"]
              if owners[r["customer_id"]] != seller}
    assert others  # the owner's pack holds other salespeople's customers
    book.user_id = seller
    try:
        mine = monthly.pack(book, MONTH)
        every_row = orders.aging(book)["rows"]
    finally:
        book.user_id = owner
    listed = ({r["customer_id"] for r in mine["receivables"]["rows"]}
              | {r["customer_id"] for r in mine["overdue"]}
              | {r["customer_id"] for r in mine["repurchase"]}
              | {r["customer_id"] for r in every_row})
    assert listed and all(owners[c] in (seller, None, "") for c in listed)
    assert not listed & others
    totals = mine["receivables"]["totals"]["CNY"]
    assert totals["total"] == sum(r["total"] for r in every_row)
    assert totals["total"] < everyone["receivables"]["totals"]["CNY"]["total"]
    assert sum(totals["buckets"]) == totals["total"]
    # sales: only the orders of customers the salesperson sees
    seen = book.scalar(
        "SELECT sum(o.total_minor) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.status = 'confirmed' AND o.order_date LIKE '2025-02-%' "
        "AND (c.owner_id = ? OR c.owner_id IS NULL OR c.owner_id = '')", (seller,)) or 0
    assert mine["sales"]["totals"].get("CNY", 0) == seen
    assert seen < everyone["sales"]["totals"]["CNY"]
    assert (mine["collections"]["collected"][-1].get("CNY", 0)
            < everyone["collections"]["collected"][-1]["CNY"])


def test_the_owner_narrows_the_pack_to_one_salesperson(book):
    seller = salesperson(book)
    pack = monthly.pack(book, MONTH, owner_id=seller)
    owners = dict(book.all("SELECT id, owner_id FROM customers"))
    assert pack["receivables"]["rows"]
    assert all(owners[r["customer_id"]] == seller for r in pack["receivables"]["rows"])
    assert all(owners[r["customer_id"]] == seller for r in pack["overdue"])
    assert {p["user_id"] for p in pack["sales"]["people"]} <= {seller}
