"""The health light: days since the last contact and open overdue reminders."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reminders
from models.core import clock
from models.customers import operations as ops
from models.reports import health

TZ = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def now():
    box = {"at": dt.datetime(2025, 1, 1, 10, 0, tzinfo=TZ)}
    clock.set_clock(lambda: box["at"])
    yield box
    clock.set_clock(None)


def test_lights_and_reasons(book, now):
    def customer(name: str, contact_day: str | None = None) -> str:
        cid = ops.add_customer(book, data={"name": name})
        if contact_day:
            ops.log_interaction(book, customer_id=cid, kind="call", text="打电话",
                                at=f"{contact_day}T10:00:00+08:00")
        return cid

    fresh = customer("刚联系", "2025-03-20")
    quiet = customer("一个多月", "2025-02-01")
    silent = customer("很久没联系", "2024-12-31")
    never = customer("没联系过")
    late = customer("有逾期", "2025-03-30")
    many = customer("逾期多", "2025-03-30")
    for cid, n in ((late, 1), (many, 3)):
        for i in range(n):
            reminders.add_reminder(book, data={"title": f"回访{i}", "customer_id": cid,
                                               "due_at": "2025-03-25T09:00:00+08:00"})
    done = reminders.add_reminder(book, data={"title": "已办", "customer_id": fresh,
                                              "due_at": "2025-03-25T09:00:00+08:00"})
    reminders.complete_reminder(book, reminder_id=done)
    now["at"] = dt.datetime(2025, 4, 1, 10, 0, tzinfo=TZ)
    got = health.health(book, [fresh, quiet, silent, never, late, many, "no-such-id"])
    assert got[fresh] == ("green", "recent", {"days": 12, "overdue": 0, "on_time": None})
    assert got[quiet] == ("yellow", "quiet", {"days": 59, "overdue": 0, "on_time": None})
    assert got[silent] == ("red", "silent", {"days": 91, "overdue": 0, "on_time": None})
    assert got[never] == ("yellow", "never", {"days": 90, "overdue": 0, "on_time": None})  # added Jan 1
    assert got[late] == ("yellow", "overdue", {"days": 2, "overdue": 1, "on_time": None})
    assert got[many] == ("red", "many_overdue", {"days": 2, "overdue": 3, "on_time": None})
    assert "no-such-id" not in got
    assert health.reason_text("overdue", got[late][2]) == "1 overdue reminders."
    seen = []
    text = health.reason_text("quiet", got[quiet][2],
                              translate=lambda ctx, s: seen.append(ctx) or "译:" + s)
    assert seen == ["health"] and text == "译:No contact for 59 days."


def test_thresholds_at_the_edges(book, now):
    cid = ops.add_customer(book, data={"name": "甲公司"})
    ops.log_interaction(book, customer_id=cid, kind="call", text="打电话",
                        at="2025-01-01T10:00:00+08:00")
    for day, colour in ((31, "green"), (32, "yellow"), (91, "yellow"), (92, "red")):
        now["at"] = dt.datetime(2025, 1, 1, 10, tzinfo=TZ) + dt.timedelta(days=day - 1)
        assert health.health(book, [cid])[cid][0] == colour


def test_a_customer_that_pays_late_turns_yellow_then_red(book, now):
    """Punctuality joins the light: under 80% of what fell due in 12 months paid on time,
    yellow; under 50%, red; a light that is already as bad keeps its own reason."""
    from models import orders

    def owing(name: str, paid_share: str) -> str:
        cid = ops.add_customer(book, data={"name": name})
        ops.log_interaction(book, customer_id=cid, kind="call", text="打电话",
                            at="2025-03-30T10:00:00+08:00")
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2025-01-01"},
                               lines=[{"description": "水泥", "quantity": 1, "price": "1000"}],
                               plan=[{"due_date": "2025-02-01", "amount": "1000"}])
        orders.confirm_order(book, order_id=oid)
        for day, amount in (("2025-01-20", paid_share), ("2025-03-01", "1000")):
            pid = orders.record_payment(book, customer_id=cid, amount=amount, received_on=day,
                                        method="transfer")
            orders.confirm_payment(book, payment_id=pid)
        return cid

    now["at"] = dt.datetime(2025, 4, 1, 10, 0, tzinfo=TZ)
    good, late, bad = owing("按时", "900"), owing("拖一点", "600"), owing("老拖", "400")
    got = health.health(book, [good, late, bad])
    assert got[good] == ("green", "recent", {"days": 2, "overdue": 0, "on_time": 90})
    assert got[late] == ("yellow", "late_payer", {"days": 2, "overdue": 0, "on_time": 60})
    assert got[bad] == ("red", "bad_payer", {"days": 2, "overdue": 0, "on_time": 40})
    assert health.reason_text("late_payer", got[late][2]) == (
        "Paid 60% of what fell due in 12 months on time.")
