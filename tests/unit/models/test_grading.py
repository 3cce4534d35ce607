"""A/B/C grading by rules, pinned grades, the monthly run and the grade changes it records."""

from __future__ import annotations

import datetime as dt

import pytest

from models import deals
from models.core import changelog, clock
from models.core.errors import PermissionDenied, ValidationError
from models.core.money import Money
from models.customers import operations as ops
from models.reports import grading, monthly
from models.team import users

TZ = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def now():
    box = {"at": dt.datetime(2025, 3, 10, 10, 0, tzinfo=TZ)}
    clock.set_clock(lambda: box["at"])
    yield box
    clock.set_clock(None)


def won(book, cid: str, amount: float, n: int = 1) -> None:
    for _ in range(n):
        did = deals.add_deal(book, data={"title": "单", "customer_id": cid, "amount": amount})
        deals.win_deal(book, deal_id=did)


def grade(book, cid: str) -> str:
    return book.scalar("SELECT grade FROM customers WHERE id = ?", (cid,))


def test_rules_default_set_and_validated(book):
    assert grading.rules(book) == {
        "A": {"amount": 100000.0, "orders": 5, "recent_days": 30, "on_time": 80},
        "B": {"amount": 20000.0, "orders": 2, "recent_days": 90, "on_time": 0}}
    grading.set_rules(book, rules={"A": {"amount": 50000, "orders": 3, "recent_days": 14},
                                   "B": {"amount": 1000, "orders": 1, "recent_days": 60}})
    assert grading.rules(book)["A"] == {"amount": 50000.0, "orders": 3, "recent_days": 14,
                                        "on_time": 80}  # rules saved before: the default
    with pytest.raises(ValidationError):
        grading.set_rules(book, rules={"A": {"amount": -1}})
    with pytest.raises(ValidationError):
        grading.set_rules(book, rules={"A": {"on_time": 101}})
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    book.user_id = sales
    with pytest.raises(PermissionDenied):
        grading.set_rules(book, rules=grading.DEFAULT_RULES)


def test_grade_for_needs_every_threshold():
    rules = grading._clean_rules(grading.DEFAULT_RULES)
    assert grading.grade_for(rules, Money(10000000), 5, 30) == "A"
    assert grading.grade_for(rules, Money(10000000), 5, 31) == "B"
    assert grading.grade_for(rules, Money(10000000), 1, 3) == "C"
    assert grading.grade_for(rules, Money(2000000), 2, 90) == "B"
    assert grading.grade_for(rules, Money(90000000), 9, None) == "C"
    # A asks for 80% paid on time; nothing due meets it
    assert grading.grade_for(rules, Money(10000000), 5, 30, 0.8) == "A"
    assert grading.grade_for(rules, Money(10000000), 5, 30, 0.79) == "B"
    assert grading.grade_for(rules, Money(10000000), 5, 30, None) == "A"
    # the threshold is in whole yuan, the won amount in fen: one fen short is short
    assert grading.grade_for(rules, Money(9999999), 5, 30) == "B"
    # a book whose main currency is the yen: 100,000 yen (no minor unit) is enough for A
    assert grading.grade_for(rules, Money(100000, "JPY"), 5, 30) == "A"
    assert grading.grade_for(rules, Money(99999, "JPY"), 5, 30) == "B"


def test_won_amounts_in_another_currency_do_not_count_towards_the_amount(book, now):
    cid = ops.add_customer(book, data={"name": "外贸客户"})
    ops.log_interaction(book, customer_id=cid, kind="call", text="回访")
    for n in range(5):
        did = deals.add_deal(book, data={"title": f"单{n}", "customer_id": cid,
                                         "amount": 30000, "currency": "USD"})
        deals.win_deal(book, deal_id=did)
    assert deals.main_currency(book) == "USD"
    assert grading.computed_grades(book)[cid][1] == "A"
    for n in range(6):
        deals.add_deal(book, data={"title": f"内{n}", "customer_id": cid, "amount": 1})
    # 150,000 dollars won, but the book's main currency is now CNY: no yuan were won
    assert deals.main_currency(book) == "CNY"
    assert grading.computed_grades(book)[cid][1] == "C"



def test_a_customer_that_pays_late_is_not_an_a(book, now):
    """Punctuality joins the rules: A asks for 80% of what fell due in 12 months paid on time."""
    from models import orders

    cid = ops.add_customer(book, data={"name": "大单老拖"})
    won(book, cid, 30000, n=5)
    ops.log_interaction(book, customer_id=cid, kind="call", text="回访")
    assert grading.computed_grades(book)[cid][1] == "A"  # nothing due yet: nothing against it
    oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2025-01-10"},
                           lines=[{"description": "水泥", "quantity": 1, "price": "1000"}],
                           plan=[{"due_date": "2025-02-10", "amount": "1000"}])
    orders.confirm_order(book, order_id=oid)
    pid = orders.record_payment(book, customer_id=cid, amount="1000", received_on="2025-03-01",
                                method="transfer")
    orders.confirm_payment(book, payment_id=pid)  # three weeks late
    assert grading.computed_grades(book)[cid][1] == "B"

def test_apply_changes_up_and_down_and_skips_pinned(book, now):
    big = ops.add_customer(book, data={"name": "大客户", "grade": "C"})
    mid = ops.add_customer(book, data={"name": "中客户", "grade": "A"})
    pinned = ops.add_customer(book, data={"name": "钉住的", "grade": "B"})
    idle = ops.add_customer(book, data={"name": "没成交"})
    won(book, big, 30000, 5)
    won(book, mid, 15000, 2)
    won(book, pinned, 1, 1)
    for cid in (big, mid, pinned):
        ops.log_interaction(book, customer_id=cid, kind="call", text="回访")
    grading.pin_grade(book, customer_id=pinned, grade="A")
    assert book.scalar("SELECT count(*) FROM grade_changes WHERE by_hand = 1") == 1
    assert grading.apply_grades(book) == {"changed": 3}
    assert [grade(book, c) for c in (big, mid, pinned, idle)] == ["A", "B", "A", "C"]
    got = monthly.grades(book, "2025-03")
    assert got["counts"] == {"A": 2, "B": 1, "C": 1, "": 0}
    assert (got["changed"], got["up"], got["down"]) == (4, 2, 1)  # pin B->A up; "" -> C neither
    assert grading.apply_grades(book) == {"changed": 0}
    # undo brings the old grades back and drops the recorded changes
    changelog.undo(book)  # the empty second run wrote nothing, so this undoes the first
    assert [grade(book, c) for c in (big, mid, pinned, idle)] == ["C", "A", "A", ""]
    assert book.scalar("SELECT count(*) FROM grade_changes WHERE by_hand = 0") == 0
    changelog.redo(book)
    assert grade(book, big) == "A"
    grading.unpin_grade(book, customer_id=pinned)
    assert grading.apply_grades(book) == {"changed": 1}
    assert grade(book, pinned) == "C"
    with pytest.raises(ValidationError):
        grading.pin_grade(book, customer_id=pinned, grade="D")


def test_old_deals_and_contact_count_out(book, now):
    cid = ops.add_customer(book, data={"name": "去年的大客户"})
    won(book, cid, 30000, 2)
    ops.log_interaction(book, customer_id=cid, kind="visit", text="拜访",
                        at="2025-03-01T10:00:00+08:00")
    grading.apply_grades(book)
    assert grade(book, cid) == "B"
    now["at"] = dt.datetime(2025, 6, 10, 10, 0, tzinfo=TZ)  # 101 days since the visit
    grading.apply_grades(book)
    assert grade(book, cid) == "C"


def test_apply_if_due_once_a_month(book, now):
    cid = ops.add_customer(book, data={"name": "甲公司", "grade": "A"})
    assert grading.apply_if_due(book) == {"changed": 1}
    assert book.setting("grading.last_applied") == "2025-03"
    ops.update_customer(book, customer_id=cid, data={"grade": "A"})
    assert grading.apply_if_due(book) is None
    assert grade(book, cid) == "A"
    now["at"] = dt.datetime(2025, 4, 1, 9, 0, tzinfo=TZ)
    assert grading.apply_if_due(book) == {"changed": 1}
    assert grade(book, cid) == "C"
    assert grading.apply_if_due(book) is None
