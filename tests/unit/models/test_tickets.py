"""Service tickets: states, the SLA clock paused while waiting for the customer (clock
injected), the satisfaction call's reminder, the owner's alert for an unhappy customer,
permissions and the month's numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reminders, tickets
from models.core import changelog, clock
from models.core.errors import PermissionDenied, ValidationError
from models.customers import operations as ops
from models.team import users

TZ = dt.timezone(dt.timedelta(hours=8))


def at(text: str) -> dt.datetime:
    """The clock at a local time "YYYY-MM-DD HH:MM"."""
    when = dt.datetime.fromisoformat(text).replace(tzinfo=TZ)
    clock.set_clock(lambda: when)
    return when


@pytest.fixture
def shop(book):
    at("2026-03-02 09:00")  # a Monday
    cid = ops.add_customer(book, data={"name": "东方建材"})
    return book, cid


def test_sla_runs_pauses_while_waiting_and_stops_when_resolved(shop):
    book, cid = shop
    tid = tickets.add_ticket(book, data={"customer_id": cid, "title": "瓷砖破损", "kind":
                                         "complaint", "priority": "high"})
    t = tickets.ticket(book, tid)
    assert (t["status"], t["allowed_seconds"]) == ("new", 24 * 3600)  # high: 24 hours
    at("2026-03-02 13:00")
    tickets.set_ticket_status(book, ticket_id=tid, status="in_progress")
    at("2026-03-02 15:00")  # 6 hours running
    tickets.set_ticket_status(book, ticket_id=tid, status="waiting", note="等客户拍照片")
    at("2026-03-04 15:00")  # two days waiting: paused, so not overdue
    t = tickets.ticket(book, tid)
    assert (t["sla_seconds"], t["paused_seconds"], t["overdue"]) == (6 * 3600, 48 * 3600, False)
    tickets.set_ticket_status(book, ticket_id=tid, status="in_progress")
    at("2026-03-05 09:00")  # 6 + 18 = 24 hours: exactly its time, not over
    assert tickets.ticket(book, tid)["overdue"] is False
    at("2026-03-05 10:00")
    t = tickets.ticket(book, tid)
    assert (t["sla_seconds"], t["overdue"]) == (25 * 3600, True)
    with pytest.raises(ValidationError):
        tickets.set_ticket_status(book, ticket_id=tid, status="resolved")  # no resolution
    tickets.set_ticket_status(book, ticket_id=tid, status="resolved", resolution="补发十箱")
    at("2026-03-09 10:00")  # the clock stopped at resolution
    t = tickets.ticket(book, tid)
    assert (t["sla_seconds"], t["overdue"], t["late"]) == (25 * 3600, False, True)
    assert [e["status"] for e in t["events"]] == ["new", "in_progress", "waiting",
                                                  "in_progress", "resolved"]


def test_moves_that_are_not_allowed_leave_the_book_unchanged(shop):
    book, cid = shop
    tid = tickets.add_ticket(book, data={"customer_id": cid, "title": "问价"})
    before = book.all("SELECT * FROM tickets")
    for status in ("closed", "new", "nonsense"):
        with pytest.raises(ValidationError):
            tickets.set_ticket_status(book, ticket_id=tid, status=status)
    with pytest.raises(ValidationError):
        tickets.record_satisfaction(book, ticket_id=tid, score=5)
    with pytest.raises(ValidationError):
        tickets.add_ticket(book, data={"customer_id": cid, "title": "  "})
    with pytest.raises(ValidationError):
        tickets.add_ticket(book, data={"customer_id": cid, "title": "x", "due_by": "明天"})
    assert [tuple(r) for r in book.all("SELECT * FROM tickets")] == [tuple(r) for r in before]


def test_resolved_makes_the_call_reminder_and_the_call_closes_it(shop):
    book, cid = shop
    tid = tickets.add_ticket(book, data={"customer_id": cid, "title": "漏水", "kind": "repair"})
    at("2026-03-06 16:00")  # a Friday: the call is on Monday morning
    tickets.set_ticket_status(book, ticket_id=tid, status="resolved", resolution="上门修好了")
    number = tickets.ticket(book, tid)["number"]
    calls = [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    assert len(calls) == 1
    assert calls[0]["due_at"].startswith("2026-03-09T09:00")
    assert reminders.title(calls[0]) == (
        f"Call 东方建材 about ticket {number}: how satisfied are they?")
    # reopened: the call goes; resolved again: one call again
    tickets.set_ticket_status(book, ticket_id=tid, status="in_progress")
    assert not [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    tickets.set_ticket_status(book, ticket_id=tid, status="resolved", resolution="换了阀门")
    with pytest.raises(ValidationError):
        tickets.record_satisfaction(book, ticket_id=tid, score=6)
    at("2026-03-09 10:00")
    tickets.record_satisfaction(book, ticket_id=tid, score="4", note="师傅很准时")
    t = tickets.ticket(book, tid)
    assert (t["status"], t["satisfaction"], t["satisfaction_note"]) == ("closed", 4, "师傅很准时")
    assert not [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    assert book.scalar("SELECT count(*) FROM alerts") == 0
    texts = [tickets.timeline_text(e) for e in tickets.timeline_entries(book, cid)]
    assert texts[0] == f"Ticket {number}: satisfaction 4/5 师傅很准时"


def test_an_unhappy_customer_alerts_the_owner_and_undo_takes_it_back(shop):
    book, cid = shop
    tid = tickets.add_ticket(book, data={"customer_id": cid, "title": "送货晚了三天"})
    tickets.set_ticket_status(book, ticket_id=tid, status="resolved", resolution="道歉并减免运费")
    tickets.record_satisfaction(book, ticket_id=tid, score=2, note="下次不在你家买了")
    row = book.one("SELECT * FROM alerts")
    assert (row["tbl"], row["record_id"], row["word"]) == ("tickets", tid, "satisfaction")
    assert "下次不在你家买了" in row["context"]
    changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM alerts") == 0
    assert tickets.ticket(book, tid)["status"] == "resolved"


def test_a_salesperson_handles_their_own_tickets_only(shop):
    book, cid = shop
    owner = book.user_id
    users.set_password(book, user_id=owner, password="boss-pass")
    seller = users.add_user(book, name="张伟", role="sales", password="zw",
                            owner_password="boss-pass")
    theirs = ops.add_customer(book, data={"name": "张伟的客户", "owner_id": seller})
    other = tickets.add_ticket(book, data={"customer_id": cid, "title": "问价",
                                           "owner_id": owner})
    users.sign_in(book, user_id=seller, password="zw")
    mine = tickets.add_ticket(book, data={"customer_id": theirs, "title": "退货"})
    assert tickets.ticket(book, mine)["owner_id"] == seller
    tickets.set_ticket_status(book, ticket_id=mine, status="in_progress")
    with pytest.raises(PermissionDenied):
        tickets.set_ticket_status(book, ticket_id=other, status="in_progress")
    with pytest.raises(PermissionDenied):
        tickets.delete_ticket(book, ticket_id=mine)


def test_month_stats(shop):
    book, cid = shop
    a = tickets.add_ticket(book, data={"customer_id": cid, "title": "一"})
    b = tickets.add_ticket(book, data={"customer_id": cid, "title": "二"})
    tickets.add_ticket(book, data={"customer_id": cid, "title": "三", "priority": "urgent"})
    at("2026-03-02 11:00")
    tickets.set_ticket_status(book, ticket_id=a, status="resolved", resolution="好了")
    at("2026-03-02 15:00")
    tickets.set_ticket_status(book, ticket_id=b, status="resolved", resolution="好了")
    tickets.record_satisfaction(book, ticket_id=a, score=5)
    tickets.record_satisfaction(book, ticket_id=b, score=1)
    stats = tickets.month_stats(book, "2026-03")
    assert stats == {"opened": 3, "resolved": 2, "median_hours": 4.0, "calls": 2,
                     "satisfaction": 3.0, "unhappy": 1, "open": 1, "overdue": 1}
    assert tickets.month_stats(book, "2026-04")["opened"] == 0
