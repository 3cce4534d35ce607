"""Reminders: recurrence, the agenda, snoozing (with the official holiday calendar), what the
tray shows once, the rules (silent customers, follow-up dates; stalls in test_deals.py), undo."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from models import deals, reminders
from models.core import changelog
from models.core.book import Book
from models.core.errors import UndoError, ValidationError
from models.customers import operations as ops
from models.reminders import next_due
from models.team import users
from tests.book_helpers import TZ, hand_clock, raw_write

MONDAY = dt.datetime(2025, 3, 3, 10, 0, tzinfo=TZ)


@pytest.fixture
def now():
    yield from hand_clock(MONDAY)


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)


def add(book, title="打电话", due="2025-03-03 15:00", **data) -> str:
    return reminders.add_reminder(book, data={"title": title, "due_at": due, **data})


def due_of(book, rid) -> str:
    return reminders.reminder(book, rid)["due_at"]


# -- next_due (pure) ---------------------------------------------------------------------
def test_monthly_across_month_ends():
    monthly = {"every": 1, "unit": "month"}
    assert next_due(monthly, at(2025, 1, 31, 9)) == at(2025, 2, 28, 9)
    assert next_due(monthly, at(2024, 1, 31, 9)) == at(2024, 2, 29, 9)  # a leap year
    assert next_due(monthly, at(2025, 2, 28, 9)) == at(2025, 3, 28, 9)  # no monthday: the 28th
    last = {"every": 1, "unit": "month", "monthday": 31}
    assert next_due(last, at(2025, 1, 31, 9)) == at(2025, 2, 28, 9)
    assert next_due(last, at(2025, 2, 28, 9)) == at(2025, 3, 31, 9)
    assert next_due(last, at(2025, 3, 31, 9)) == at(2025, 4, 30, 9)
    assert next_due(monthly, at(2025, 12, 15, 14, 30)) == at(2026, 1, 15, 14, 30)
    assert next_due({"every": 2, "unit": "month", "monthday": 31}, at(2024, 12, 31, 9)) \
        == at(2025, 2, 28, 9)
    assert next_due({"every": 14, "unit": "month"}, at(2025, 11, 10, 9)) == at(2027, 1, 10, 9)


def test_yearly_on_february_29():
    yearly = {"every": 1, "unit": "year"}
    assert next_due(yearly, at(2024, 2, 29, 9)) == at(2025, 2, 28, 9)
    assert next_due({**yearly, "monthday": 29}, at(2027, 2, 28, 9)) == at(2028, 2, 29, 9)
    assert next_due({"every": 4, "unit": "year"}, at(2024, 2, 29, 9)) == at(2028, 2, 29, 9)
    assert next_due(yearly, at(2025, 6, 1, 8)) == at(2026, 6, 1, 8)


def test_weekly_on_chosen_weekdays():
    mon_wed_fri = {"every": 1, "unit": "week", "weekdays": [4, 0, 2]}
    assert next_due(mon_wed_fri, at(2025, 3, 3, 9)) == at(2025, 3, 5, 9)  # Mon -> Wed
    assert next_due(mon_wed_fri, at(2025, 3, 5, 9)) == at(2025, 3, 7, 9)  # Wed -> Fri
    assert next_due(mon_wed_fri, at(2025, 3, 7, 9)) == at(2025, 3, 10, 9)  # Fri -> Mon
    assert next_due(mon_wed_fri, at(2025, 3, 4, 9)) == at(2025, 3, 5, 9)  # Tue (not chosen)
    every_other = {"every": 2, "unit": "week", "weekdays": [1, 3]}
    assert next_due(every_other, at(2025, 3, 4, 9)) == at(2025, 3, 6, 9)  # Tue -> Thu
    assert next_due(every_other, at(2025, 3, 6, 9)) == at(2025, 3, 18, 9)  # two weeks on
    assert next_due({"every": 3, "unit": "week"}, at(2025, 3, 6, 9)) == at(2025, 3, 27, 9)


def test_every_n_days_keeps_the_time_of_day():
    assert next_due({"every": 45, "unit": "day"}, at(2025, 1, 20, 16, 45)) == at(2025, 3, 6, 16, 45)
    assert next_due({"every": 1, "unit": "day"}, at(2024, 12, 31, 9)) == at(2025, 1, 1, 9)


@pytest.mark.parametrize(("value", "message"), [
    ({"every": 0, "unit": "day"}, "Repeat every 1 or more"),
    ({"every": 1, "unit": "fortnight"}, "Repeat every 1 or more"),
    ({"every": True, "unit": "day"}, "Repeat every 1 or more"),
    ({"every": 1, "unit": "week", "weekdays": [7]}, "weekdays from Monday to Sunday"),
    ({"every": 1, "unit": "month", "monthday": 32}, "from 1 to 31"),
    ("not json", "Repeat every 1 or more"),
])
def test_bad_recurrences_are_refused(book, now, value, message):
    with pytest.raises(ValidationError, match=message) as err:
        add(book, recurrence=value)
    assert err.value.field == "recurrence"
    assert book.scalar("SELECT count(*) FROM reminders") == 0


# -- adding, validation ------------------------------------------------------------------
def test_add_reads_dates_and_defaults(book, now):
    rid = add(book, due="2025-03-05")
    row = reminders.reminder(book, rid)
    assert row["due_at"] == row["first_due_at"] == "2025-03-05T09:00:00+08:00"  # a date: 09:00
    assert (row["owner_id"], row["owner_name"], row["priority"], row["kind"]) == (
        book.user_id, "Owner", "normal", "manual")
    assert row["recurrence"] is None and row["status"] == "open" and row["notified_at"] == ""
    # a time in another zone is stored in local time
    other = add(book, due="2025-03-05T01:30:00+00:00")
    assert due_of(book, other) == "2025-03-05T09:30:00+08:00"
    cid = ops.add_customer(book, data={"name": "杭州鑫达"})
    did = deals.add_deal(book, data={"title": "瓷砖", "customer_id": cid})
    linked = add(book, deal_id=did, recurrence={"every": 2, "unit": "week", "weekdays": [3, 1, 3]})
    row = reminders.reminder(book, linked)
    assert (row["customer_id"], row["customer_name"], row["deal_title"]) == (cid, "杭州鑫达", "瓷砖")
    assert row["recurrence"] == {"every": 2, "unit": "week", "weekdays": [1, 3]}


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"title": " ", "due_at": "2025-03-04"}, "title", "needs a title"),
    ({"title": "x"}, "due_at", "Choose when the reminder is due"),
    ({"title": "x", "due_at": ""}, "due_at", "Choose when the reminder is due"),
    ({"title": "x", "due_at": "2025-02-30"}, "due_at", "2025-02-30 is not a date and time"),
    ({"title": "x", "due_at": "明天"}, "due_at", "明天 is not a date and time"),
    ({"title": "x", "due_at": "2025-03-04", "priority": "urgent"}, "priority", "low, normal or high"),
    ({"title": "x", "due_at": "2025-03-04", "kind": "birthday"}, "kind", "Unknown kind of reminder"),
    ({"title": "x", "due_at": "2025-03-04", "owner_id": "nobody"}, "owner_id", "no such user"),
    ({"title": "x", "due_at": "2025-03-04", "customer_id": "gone"}, "customer_id",
     "no such customer"),
    ({"title": "x", "due_at": "2025-03-04", "deal_id": "gone"}, "deal_id", "no such deal"),
])
def test_validation_messages(book, now, data, field, message):
    with pytest.raises(ValidationError, match=message) as err:
        reminders.add_reminder(book, data=data)
    assert err.value.field == field
    assert book.scalar("SELECT count(*) FROM reminders") == 0


def test_operations_on_a_missing_or_wrong_state_reminder(book, now):
    for call in (lambda: reminders.complete_reminder(book, reminder_id="nope"),
                 lambda: reminders.update_reminder(book, reminder_id="nope", data={"title": "x"}),
                 lambda: reminders.delete_reminder(book, reminder_id="nope")):
        with pytest.raises(ValidationError, match="There is no such reminder"):
            call()
    rid = add(book)
    with pytest.raises(ValidationError, match="still open"):
        reminders.reopen_reminder(book, reminder_id=rid)
    reminders.complete_reminder(book, reminder_id=rid)
    with pytest.raises(ValidationError, match="already done"):
        reminders.complete_reminder(book, reminder_id=rid)
    with pytest.raises(ValidationError, match="already done"):
        reminders.snooze_reminder(book, reminder_id=rid, choice="1h")
    reminders.delete_reminder(book, reminder_id=rid)
    assert reminders.reminder(book, rid) is None
    with pytest.raises(KeyError):
        reminders.add_reminder(book, data={"title": "x", "due_at": "2025-03-04", "colour": "red"})


# -- completing and recurring ------------------------------------------------------------
def test_complete_opens_the_next_one_and_only_one(book, now):
    rid = add(book, due="2025-03-03 08:00", recurrence={"every": 3, "unit": "day"}, priority="high",
              notes="带价目表")
    assert reminders.complete_reminder(book, reminder_id=add(book, "一次")) is None  # no repeat
    nxt = reminders.complete_reminder(book, reminder_id=rid)
    row = reminders.reminder(book, nxt)
    assert (row["due_at"], row["previous_id"], row["title"], row["priority"], row["notes"]) == (
        "2025-03-06T08:00:00+08:00", rid, "打电话", "high", "带价目表")
    assert row["recurrence"] == {"every": 3, "unit": "day"} and row["status"] == "open"
    done = reminders.reminder(book, rid)
    assert (done["status"], done["done_at"], done["done_by"]) == ("done", now.at.isoformat(),
                                                                   book.user_id)
    reminders.reopen_reminder(book, reminder_id=rid)
    assert reminders.reminder(book, rid)["status"] == "open"
    assert reminders.complete_reminder(book, reminder_id=rid) is None  # not a second next one
    assert book.scalar("SELECT count(*) FROM reminders WHERE previous_id = ?", (rid,)) == 1


def test_a_monthly_series_comes_back_to_the_31st(book, now):
    now.set(2025, 1, 31, 10)
    rid = add(book, "月底对账", due="2025-01-31 17:00", recurrence={"every": 1, "unit": "month"})
    feb = reminders.complete_reminder(book, reminder_id=rid)
    assert due_of(book, feb) == "2025-02-28T17:00:00+08:00"
    now.set(2025, 2, 28, 18)
    mar = reminders.complete_reminder(book, reminder_id=feb)
    assert due_of(book, mar) == "2025-03-31T17:00:00+08:00"


def test_a_yearly_series_on_february_29(book, now):
    now.set(2024, 2, 29, 8)
    rid = add(book, "公司周年", due="2024-02-29", recurrence={"every": 1, "unit": "year"})
    seen = []
    for year in (2025, 2026, 2027, 2028):
        rid = reminders.complete_reminder(book, reminder_id=rid)
        seen.append(due_of(book, rid)[:10])
        now.set(year, 3, 1, 8)
    assert seen == ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]


def test_snoozing_does_not_shift_the_series_and_missed_rounds_are_skipped(book, now):
    rid = add(book, due="2025-03-03 09:00", recurrence={"every": 1, "unit": "week"})
    reminders.snooze_reminder(book, reminder_id=rid, choice="tomorrow")
    assert due_of(book, rid) == "2025-03-04T09:00:00+08:00"
    now.set(2025, 3, 4, 9, 30)
    nxt = reminders.complete_reminder(book, reminder_id=rid)
    assert due_of(book, nxt) == "2025-03-10T09:00:00+08:00"  # from the 3rd, not the 4th
    now.set(2025, 4, 2, 12)  # four weeks late: the rounds missed meanwhile are not all opened
    after = reminders.complete_reminder(book, reminder_id=nxt)
    assert due_of(book, after) == "2025-04-07T09:00:00+08:00"
    assert book.scalar("SELECT count(*) FROM reminders WHERE status = 'open'") == 1


# -- snoozing, workdays and public holidays ----------------------------------------------
def test_snooze_choices(book, now):
    now.set(2025, 3, 7, 15, 0)  # a Friday afternoon
    rid = add(book, due="2025-03-07 14:00")
    reminders.mark_notified(book, reminder_ids=[rid])
    expected = {"15m": "2025-03-07T15:15:00+08:00", "1h": "2025-03-07T16:00:00+08:00",
                "tomorrow": "2025-03-08T09:00:00+08:00",
                "next_workday": "2025-03-10T09:00:00+08:00"}  # Friday -> Monday
    for choice, due in expected.items():
        reminders.snooze_reminder(book, reminder_id=rid, choice=choice)
        row = reminders.reminder(book, rid)
        assert row["due_at"] == due, choice
        assert row["notified_at"] == ""  # shown again when it comes due
        assert row["first_due_at"] == "2025-03-07T14:00:00+08:00"
    reminders.snooze_reminder(book, reminder_id=rid, choice="date", until="2025-03-20")
    assert due_of(book, rid) == "2025-03-20T09:00:00+08:00"
    reminders.snooze_reminder(book, reminder_id=rid, choice="date", until="2025-03-20 13:30")
    assert due_of(book, rid) == "2025-03-20T13:30:00+08:00"
    with pytest.raises(ValidationError, match="after now"):
        reminders.snooze_reminder(book, reminder_id=rid, choice="date", until="2025-03-07")
    with pytest.raises(ValidationError, match="when to be reminded again"):
        reminders.snooze_reminder(book, reminder_id=rid, choice="date")
    with pytest.raises(ValidationError, match="when to be reminded again"):
        reminders.snooze_reminder(book, reminder_id=rid, choice="someday")
    assert due_of(book, rid) == "2025-03-20T13:30:00+08:00"


def test_the_official_calendar_of_2025():
    """What the tests below rely on, as the State Council announced it."""
    assert all(chinese_calendar.is_holiday(dt.date(2025, 10, d)) for d in range(1, 9))
    assert chinese_calendar.is_workday(dt.date(2025, 10, 9))
    assert dt.date(2025, 9, 28).weekday() == 6 and chinese_calendar.is_workday(dt.date(2025, 9, 28))


def test_next_workday_with_the_holiday_calendar(book, now):
    now.set(2025, 9, 30, 16)
    rid = add(book, due="2025-09-30 15:00")
    reminders.snooze_reminder(book, reminder_id=rid, choice="next_workday")
    assert due_of(book, rid) == "2025-10-01T09:00:00+08:00"  # the setting is off: Mon-Fri
    assert not reminders.skip_holidays(book)
    reminders.set_skip_holidays(book, on=True)
    assert reminders.skip_holidays(book)
    reminders.snooze_reminder(book, reminder_id=rid, choice="next_workday")
    assert due_of(book, rid) == "2025-10-09T09:00:00+08:00"  # after the National Day holiday
    # a Saturday before the make-up Sunday (调休): Sunday 28 September is a working day
    now.set(2025, 9, 27, 11)
    reminders.snooze_reminder(book, reminder_id=rid, choice="next_workday")
    assert due_of(book, rid) == "2025-09-28T09:00:00+08:00"
    reminders.set_skip_holidays(book, on=False)
    reminders.snooze_reminder(book, reminder_id=rid, choice="next_workday")
    assert due_of(book, rid) == "2025-09-29T09:00:00+08:00"


def test_shift_for_holidays():
    assert reminders.shift_for_holidays(dt.date(2025, 10, 1)) == (dt.date(2025, 10, 9), True)
    assert reminders.shift_for_holidays(dt.date(2025, 1, 28)) == (dt.date(2025, 2, 5), True)
    assert reminders.shift_for_holidays(dt.date(2025, 9, 28)) == (dt.date(2025, 9, 28), False)
    assert reminders.shift_for_holidays(dt.date(2025, 3, 8)) == (dt.date(2025, 3, 8), False)
    assert reminders.shift_for_holidays(dt.date(2025, 3, 10)) == (dt.date(2025, 3, 10), False)
    far = dt.date(2099, 10, 1)  # a year the library does not know: no move
    assert reminders.shift_for_holidays(far) == (far, False)


def test_reminders_on_a_holiday_move_when_the_setting_is_on(book, now):
    now.set(2025, 9, 1, 10)
    off = add(book, due="2025-10-03 10:00")
    assert due_of(book, off) == "2025-10-03T10:00:00+08:00"
    reminders.set_skip_holidays(book, on=True)
    rid = add(book, "月初盘点", due="2025-10-01 10:00",
              recurrence={"every": 1, "unit": "month", "monthday": 1})
    row = reminders.reminder(book, rid)
    assert (row["due_at"], row["first_due_at"], row["moved_from"]) == (
        "2025-10-09T10:00:00+08:00", "2025-10-01T10:00:00+08:00", "2025-10-01")
    reminders.update_reminder(book, reminder_id=off, data={"due_at": "2025-10-20 10:00"})
    assert reminders.reminder(book, off)["moved_from"] == ""
    reminders.update_reminder(book, reminder_id=off, data={"due_at": "2025-10-06"})
    row = reminders.reminder(book, off)
    assert (row["due_at"], row["moved_from"]) == ("2025-10-09T09:00:00+08:00", "2025-10-06")
    # the series keeps the 1st: November's is on time, not on the 9th
    now.set(2025, 10, 9, 11)
    nov = reminders.complete_reminder(book, reminder_id=rid)
    row = reminders.reminder(book, nov)
    assert (row["due_at"], row["moved_from"]) == ("2025-11-01T10:00:00+08:00", "")


# -- the agenda --------------------------------------------------------------------------
def test_agenda_buckets(book, now):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    ids = {name: add(book, name, due=due) for name, due in (
        ("later", "2025-03-11 09:00"), ("week end", "2025-03-10 18:00"),
        ("tomorrow", "2025-03-04 08:00"), ("today late", "2025-03-03 15:00"),
        ("today early", "2025-03-03 08:00"), ("old", "2025-02-20 09:00"),
        ("yesterday", "2025-03-02 23:59"))}
    add(book, "hers", due="2025-03-03 11:00", owner_id=sales)
    reminders.complete_reminder(book, reminder_id=add(book, "done", due="2025-03-03 09:30"))
    gone = ops.add_customer(book, data={"name": "已删除"})
    add(book, "in the trash", due="2025-03-03 12:00", customer_id=gone)
    ops.delete_customers(book, customer_ids=[gone])
    got = {k: [r["title"] for r in v] for k, v in reminders.agenda(book).items()}
    assert got == {"overdue": ["old", "yesterday"],
                   "today": ["today early", "hers", "today late"],
                   "week": ["tomorrow", "week end"], "later": ["later"]}
    mine = reminders.agenda(book, owner_id=book.user_id)
    assert [r["title"] for r in mine["today"]] == ["today early", "today late"]
    assert [r["overdue"] for r in mine["today"]] == [True, False]
    assert reminders.agenda(book, limit=1)["today"][0]["title"] == "today early"
    assert reminders.due_count(book) == 5
    assert reminders.due_count(book, owner_id=sales) == 1
    assert [r["title"] for r in reminders.due(book, when="today")] == [
        "today early", "hers", "today late"]
    assert [r["title"] for r in reminders.due(book, when="overdue")] == [
        "old", "yesterday", "today early"]
    assert [r["title"] for r in reminders.due(book, when="week")] == [
        "hers", "today late", "tomorrow"]  # 7 days from now: not the 10th at 18:00
    now.set(2025, 3, 4, 0, 1)  # after midnight, today's are overdue
    assert [r["title"] for r in reminders.agenda(book)["overdue"]][-1] == "today late"
    assert ids


def test_reminders_of_a_customer_and_a_deal(book, now):
    cid = ops.add_customer(book, data={"name": "杭州鑫达"})
    did = deals.add_deal(book, data={"title": "瓷砖", "customer_id": cid})
    first = add(book, "送样品", due="2025-03-01", customer_id=cid)
    later = add(book, "催合同", due="2025-03-09", deal_id=did)
    soon = add(book, "发报价", due="2025-03-05", deal_id=did)
    reminders.complete_reminder(book, reminder_id=first)
    reminders.delete_reminder(book, reminder_id=add(book, "删了", customer_id=cid))
    assert [r["title"] for r in reminders.reminders_of_customer(book, cid)] == [
        "发报价", "催合同", "送样品"]  # open by due time, then done
    assert [r["id"] for r in reminders.reminders_of_deal(book, did)] == [soon, later]


# -- what the tray shows -----------------------------------------------------------------
def test_to_notify_and_mark_notified_never_twice(book, now):
    old = add(book, "old", due="2025-03-01 09:00")
    new = add(book, "new", due="2025-03-03 09:59")
    add(book, "not yet", due="2025-03-03 10:01")
    assert [r["id"] for r in reminders.to_notify(book)] == [old, new]
    assert reminders.mark_notified(book, reminder_ids=[old, new, old]) == 2
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert (op["name"], op["state"]) == ("mark_notified", "final")
    assert reminders.to_notify(book) == []
    assert reminders.mark_notified(book, reminder_ids=[old]) == 0  # never twice
    now.forward(minutes=2)
    assert [r["title"] for r in reminders.to_notify(book)] == ["not yet"]
    # shown, then snoozed: shown again when the snooze is over
    reminders.snooze_reminder(book, reminder_id=new, choice="15m")
    assert [r["title"] for r in reminders.to_notify(book)] == ["not yet"]
    now.forward(minutes=16)
    assert [r["title"] for r in reminders.to_notify(book)] == ["not yet", "new"]  # by due time


def test_what_came_due_while_kehu_was_closed_comes_back_once(tmp_path, now):
    path = tmp_path / "closed.sqlite"
    book = Book.open(path)
    due = [add(book, f"r{n}", due=_iso(now.at + dt.timedelta(hours=h)))
           for n, h in enumerate((50, 1, 26))]
    assert reminders.to_notify(book) == []
    book.close()
    now.forward(3)  # Kehu was closed for three days
    book = Book.open(path)
    try:
        shown = reminders.to_notify(book)
        assert [r["id"] for r in shown] == [due[1], due[2], due[0]]  # oldest first
        reminders.mark_notified(book, reminder_ids=[r["id"] for r in shown])
        assert reminders.to_notify(book) == []
        # they are not lost: still in the agenda until done
        assert len(reminders.agenda(book)["overdue"]) == 3
    finally:
        book.close()


def _iso(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


# -- rules: silent customers -------------------------------------------------------------
def test_no_contact_once_per_silence(book, now):
    a = ops.add_customer(book, data={"name": "大客户", "grade": "A"})
    c = ops.add_customer(book, data={"name": "小客户", "grade": "C"})
    ops.add_customer(book, data={"name": "没分级"})
    reminders.run_rules(book)  # as when the book is opened: silence counts from today on
    assert reminders.no_contact_days(book) == {"A": 14, "B": 30, "C": 90}
    now.forward(14)
    assert reminders.run_rules(book)["no_contact"] == 0  # 14 days is not more than 14
    now.forward(1)
    assert reminders.run_rules(book) == {"stall": 0, "no_contact": 1, "digest": 0,
                                        "follow_up": 0, "overdue": 0, "repurchase": 0}
    (row,) = reminders.reminders_of_customer(book, a)
    assert (row["kind"], row["rule_key"], row["owner_id"]) == (
        "no_contact", f"no_contact:{a}:2025-03-03", book.user_id)
    assert reminders.title(row) == "No contact since 2025-03-03: 大客户"
    assert reminders.run_rules(book)["no_contact"] == 0
    now.forward(30)
    assert reminders.run_rules(book)["no_contact"] == 0  # still the same silence
    reminders.complete_reminder(book, reminder_id=row["id"])
    assert reminders.run_rules(book)["no_contact"] == 0  # done: not opened again
    # a call ends the silence; the next silence is reminded again
    ops.log_interaction(book, customer_id=a, kind="call", text="问候", at=_iso(now.at))
    now.forward(15)
    assert reminders.run_rules(book)["no_contact"] == 1
    assert reminders.reminders_of_customer(book, a)[0]["rule_key"] == f"no_contact:{a}:2025-04-17"
    # the C customer only after 90 days; a contact since closes its open reminder
    now.set(2025, 6, 2, 10)
    assert reminders.run_rules(book)["no_contact"] == 1
    (cr,) = reminders.reminders_of_customer(book, c)
    ops.log_interaction(book, customer_id=c, kind="visit", text="上门", at=_iso(now.at))
    reminders.run_rules(book)
    assert reminders.reminder(book, cr["id"])["status"] == "done"


def test_no_contact_days_setting(book, now):
    ops.add_customer(book, data={"name": "甲", "grade": "B"})
    reminders.run_rules(book)  # as when the book is opened
    assert reminders.set_no_contact_days(book, days={"B": "5", "A": 0}) == {"A": 0, "B": 5, "C": 90}
    assert reminders.no_contact_days(book) == {"A": 0, "B": 5, "C": 90}
    with pytest.raises(ValidationError, match="whole number, 0 or more"):
        reminders.set_no_contact_days(book, days={"B": -1})
    with pytest.raises(ValidationError, match="whole number, 0 or more"):
        reminders.set_no_contact_days(book, days={"B": "soon"})
    with pytest.raises(KeyError):
        reminders.set_no_contact_days(book, days={"D": 3})
    now.forward(6)
    assert reminders.run_rules(book)["no_contact"] == 1
    ops.add_customer(book, data={"name": "乙", "grade": "A"})
    now.forward(100)
    assert reminders.run_rules(book)["no_contact"] == 0  # A is off


# -- rules: follow-up dates --------------------------------------------------------------
def follow_ups(book, cid) -> list[tuple]:
    return [(r["status"], r["due_at"], r["deleted_at"] is not None) for r in book.all(
        "SELECT * FROM reminders WHERE customer_id = ? AND kind = 'follow_up' ORDER BY rowid",
        (cid,))]


def test_a_customers_follow_up_date_is_its_reminder_at_once(book, now):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "甲", "next_follow_up": "2025-03-05"})
    assert follow_ups(book, cid) == [("open", "2025-03-05T09:00:00+08:00", False)]
    assert reminders.run_rules(book)["follow_up"] == 0
    ops.update_customer(book, customer_id=cid, data={"next_follow_up": "2025-03-07",
                                                     "owner_id": sales})
    (row,) = reminders.reminders_of_customer(book, cid)
    assert (row["due_at"], row["owner_id"], row["rule_key"]) == (
        "2025-03-07T09:00:00+08:00", sales, f"follow_up:{cid}:2025-03-07")
    assert reminders.title(row) == "Follow up 甲"
    changelog.undo(book)  # one step: the date and the reminder together
    assert follow_ups(book, cid) == [("open", "2025-03-05T09:00:00+08:00", False)]
    ops.update_customer(book, customer_id=cid, data={"next_follow_up": ""})
    assert follow_ups(book, cid) == [("open", "2025-03-05T09:00:00+08:00", True)]
    assert reminders.agenda(book)["week"] == []
    assert reminders.run_rules(book)["follow_up"] == 0
    ops.update_customer(book, customer_id=cid, data={"next_follow_up": "2025-03-10"})
    assert follow_ups(book, cid)[-1] == ("open", "2025-03-10T09:00:00+08:00", False)
    # done: the customer's date is cleared with it (one step, undone together)
    rid = reminders.reminders_of_customer(book, cid)[0]["id"]
    reminders.complete_reminder(book, reminder_id=rid)
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (cid,)) == ""
    assert reminders.run_rules(book)["follow_up"] == 0
    changelog.undo(book)
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (cid,)) == "2025-03-10"
    assert reminders.reminder(book, rid)["status"] == "open"
    # moving the reminder to another day moves the customer's date
    reminders.update_reminder(book, reminder_id=rid, data={"due_at": "2025-03-12 14:00"})
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (cid,)) == "2025-03-12"
    assert reminders.run_rules(book) == {"stall": 0, "no_contact": 0, "digest": 0,
                                        "follow_up": 0, "overdue": 0, "repurchase": 0}
    assert due_of(book, rid) == "2025-03-12T14:00:00+08:00"  # the time chosen stays
    # deleting it takes the date away too
    reminders.delete_reminder(book, reminder_id=rid)
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (cid,)) == ""


def test_rules_keep_follow_ups_in_step_with_dates_written_elsewhere(book, now):
    """An import writes next_follow_up in bulk, without the operations: run_rules catches up."""
    a = ops.add_customer(book, data={"name": "甲"})
    b = ops.add_customer(book, data={"name": "乙", "next_follow_up": "2025-03-20"})

    def write(cid, day):
        raw_write(book, "UPDATE customers SET next_follow_up = ? WHERE id = ?", (day, cid))

    write(a, "2025-03-06")
    assert reminders.run_rules(book) == {"stall": 0, "no_contact": 0, "digest": 0,
                                        "follow_up": 1, "overdue": 0, "repurchase": 0}
    assert follow_ups(book, a) == [("open", "2025-03-06T09:00:00+08:00", False)]
    assert reminders.run_rules(book)["follow_up"] == 0
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert (op["name"], op["state"]) == ("reminder_rules", "final")
    write(a, "2025-03-08")
    write(b, "")
    assert reminders.run_rules(book)["follow_up"] == 0  # moved, not a new one
    assert follow_ups(book, a) == [("open", "2025-03-08T09:00:00+08:00", False)]
    assert follow_ups(book, b) == [("open", "2025-03-20T09:00:00+08:00", True)]
    assert reminders.reminders_of_customer(book, a)[0]["rule_key"] == f"follow_up:{a}:2025-03-08"
    assert reminders.run_rules(book)["follow_up"] == 0
    # a customer in the trash is left alone
    ops.delete_customers(book, customer_ids=[a])
    write(a, "2025-03-09")
    reminders.run_rules(book)
    assert follow_ups(book, a) == [("open", "2025-03-08T09:00:00+08:00", False)]
    # the audit says what the rules did
    actions = {(r["action"], r["field"]) for r in book.all(
        "SELECT a.* FROM audit a JOIN operations o ON o.id = a.op_id WHERE o.name = ?",
        ("reminder_rules",))}
    assert {("insert", None), ("update", "due_at"), ("update", "deleted_at")} <= actions


def test_the_trash_is_emptied_with_the_customers_reminders(book, now):
    cid = ops.add_customer(book, data={"name": "甲", "next_follow_up": "2025-03-05"})
    rid = add(book, customer_id=cid, recurrence={"every": 1, "unit": "day"})
    reminders.complete_reminder(book, reminder_id=rid)  # a series: the next points at it
    ops.delete_customers(book, customer_ids=[cid])
    assert ops.empty_trash(book) == 1
    assert book.scalar("SELECT count(*) FROM reminders") == 0


# -- undo and redo -----------------------------------------------------------------------
def test_undo_and_redo_add_and_complete(book, now):
    rid = add(book, recurrence={"every": 1, "unit": "week"})
    reminders.mark_notified(book, reminder_ids=[rid])  # the tray showing it does not block undo
    changelog.undo(book)
    assert reminders.reminder(book, rid) is None
    changelog.redo(book)
    assert reminders.reminder(book, rid)["title"] == "打电话"
    nxt = reminders.complete_reminder(book, reminder_id=rid)
    changelog.undo(book)
    assert reminders.reminder(book, rid)["status"] == "open"
    assert reminders.reminder(book, nxt) is None
    changelog.redo(book)
    assert reminders.reminder(book, rid)["status"] == "done"
    assert reminders.reminder(book, nxt)["previous_id"] == rid
    assert book.scalar("SELECT count(*) FROM reminders") == 2


def test_a_follow_up_moved_by_the_rules_cannot_be_undone_away(book, now):
    cid = ops.add_customer(book, data={"name": "甲", "next_follow_up": "2025-03-05"})
    raw_write(book, "UPDATE customers SET next_follow_up = '2025-03-06' WHERE id = ?", (cid,))
    reminders.run_rules(book)  # moved the reminder: the customer's creation changed since
    with pytest.raises(UndoError):
        changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM reminders WHERE customer_id = ?", (cid,)) == 1


def test_rule_titles_are_translated_for_the_reader(book, now):
    cid = ops.add_customer(book, data={"name": "甲", "next_follow_up": "2025-03-05"})
    (row,) = reminders.reminders_of_customer(book, cid)
    zh = {"Follow up {customer}": "跟进 {customer}"}
    assert reminders.title(row, lambda ctx, text: zh.get(text, text)) == "跟进 甲"
    ops.update_customer(book, customer_id=cid, data={"name": "甲乙"})
    assert reminders.title(reminders.reminder(book, row["id"])) == "Follow up 甲乙"
    manual = reminders.reminder(book, add(book, "送样品"))
    assert reminders.title(manual, lambda ctx, text: "翻译") == "送样品"  # the user's own words
