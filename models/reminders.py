"""Reminders: set by hand, recurring, and opened by rules (stalled deals, silent customers,
customers' next follow-up dates); the agenda; what the tray should show.

Times: due_at is an ISO date-time with the local offset (like clock.now_iso()); its first ten
characters are the local date. Day-level questions (due today, overdue days) compare due_at with
bare "YYYY-MM-DD" strings, which sort before every time of that day, so the indexes answer them.
A date given without a time ("2025-03-03") means 09:00 that day (MORNING).

first_due_at is the time a reminder was set for; snoozing and holiday shifting move due_at only.
A recurring reminder's next one is computed from first_due_at, so snoozing never drifts the
series. moved_from is the date a reminder was moved away from because it fell on a public holiday
(setting "reminders.skip_holidays").

Rules (run_rules) open reminders that name what they remind of in rule_key; a rule never opens a
second reminder for a rule_key that exists (open, done or deleted):
  stall:<deal id>:<stall start date>        a stalled deal (models.deals stall logic)
  no_contact:<customer id>:<last contact>   an A/B/C customer silent for too long
  follow_up:<customer id>:<date>            the customer's next_follow_up date
The follow-up reminder follows the customer's field: operations.add_customer/update_customer keep
it in step at once (sync_follow_up); run_rules catches what was written otherwise (imports).
Rule reminders store an English title for the command line and exports; views show title(r, tr).
"""

from __future__ import annotations

import datetime as dt
import json

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
import chinese_calendar

from models.core import clock, ids, settings, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

MORNING = dt.time(9, 0)
PRIORITIES = ("low", "normal", "high")
KINDS = ("manual", "follow_up", "repurchase", "stall", "no_contact")
UNITS = ("day", "week", "month", "year")
SNOOZE_CHOICES = ("15m", "1h", "tomorrow", "next_workday", "date")
FIELDS = ("title", "due_at", "owner_id", "customer_id", "deal_id", "priority", "notes",
          "recurrence", "kind")
SKIP_HOLIDAYS = settings.SKIP_HOLIDAYS.key
NO_CONTACT_DAYS = settings.NO_CONTACT_DAYS.key
DEFAULT_NO_CONTACT_DAYS = settings.default(NO_CONTACT_DAYS)
RULES_OP = "reminder_rules"

TITLE_REQUIRED = T("errors", "The reminder needs a title.")
DUE_REQUIRED = T("errors", "Choose when the reminder is due.")
BAD_DUE = T("errors", "{value} is not a date and time (write it as 2024-01-31 09:00).")
BAD_PRIORITY = T("errors", "The priority must be low, normal or high.")
BAD_KIND = T("errors", "Unknown kind of reminder: {value}.")
BAD_EVERY = T("errors", "Repeat every 1 or more days, weeks, months or years.")
BAD_WEEKDAYS = T("errors", "Choose the weekdays from Monday to Sunday.")
BAD_MONTHDAY = T("errors", "The day of the month must be from 1 to 31.")
NO_SUCH_REMINDER = T("errors", "There is no such reminder.")
ALREADY_DONE = T("errors", "This reminder is already done.")
STILL_OPEN = T("errors", "This reminder is still open.")
BAD_SNOOZE_CHOICE = T("errors", "Choose when to be reminded again.")
SNOOZE_PAST = T("errors", "Choose a time after now.")
BAD_NO_CONTACT_DAYS = T("errors", "The days without contact must be a whole number, 0 or more.")
NO_SUCH_USER = T("errors", "There is no such user.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NO_SUCH_DEAL = T("errors", "There is no such deal.")

RULE_TITLES = {
    "stall": T("reminders", "Stalled deal: {deal}"),
    "no_contact": T("reminders", "No contact since {date}: {customer}"),
    "follow_up": T("reminders", "Follow up {customer}"),
}

_COLUMNS = ("id", "title", "due_at", "first_due_at", "owner_id", "customer_id", "deal_id",
            "priority", "notes", "status", "done_at", "done_by", "recurrence", "kind", "rule_key",
            "previous_id", "moved_from", "created_at", "updated_at")
# notified_at is left to its default on insert and so is not part of the audited row: the tray
# marking a new reminder as shown must not stop its creation being undone.


def _identity(context: str, text: str) -> str:
    return text


_new_id = ids.new_id
# Rules whose reminder is about one thing that never changes (a deal's stall from a day, a
# customer's silence since a day): its id comes from its rule_key, the same on every PC.
# A follow-up reminder moves with the customer's date (its rule_key changes), so its id is
# random: a new one for a date it once had must not take the id of the one that moved.
DERIVED_KINDS = ("stall", "no_contact")


def _iso(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def _local(when: dt.datetime) -> dt.datetime:
    tz = clock.now().tzinfo
    when = when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)
    return when.replace(microsecond=0)


def _morning(day: dt.date) -> dt.datetime:
    return _local(dt.datetime.combine(day, MORNING))


# -- recurrence --------------------------------------------------------------------------
def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def next_due(recurrence: dict, due: dt.datetime) -> dt.datetime:
    """The occurrence after `due` (same time of day). Pure.

    day: every N days. week: every N weeks; with weekdays (Mon=0), the next chosen weekday of
    the same week, else the first chosen weekday N weeks on. month: every N months on monthday
    (default: due's day), the last day in shorter months. year: the same month every N years,
    on monthday (default: due's day); Feb 29 is Feb 28 in other years."""
    every = int(recurrence.get("every") or 1)
    unit = recurrence.get("unit", "day")
    if unit == "day":
        return due + dt.timedelta(days=every)
    if unit == "week":
        days = sorted(set(recurrence.get("weekdays") or ()))
        if not days:
            return due + dt.timedelta(weeks=every)
        later = [d for d in days if d > due.weekday()]
        if later:
            return due + dt.timedelta(days=later[0] - due.weekday())
        monday = due - dt.timedelta(days=due.weekday())
        return monday + dt.timedelta(weeks=every, days=days[0])
    if unit == "month":
        index = due.year * 12 + due.month - 1 + every
        year, month = divmod(index, 12)
        month += 1
    elif unit == "year":
        year, month = due.year + every, due.month
    else:
        raise ValueError(unit)
    day = min(int(recurrence.get("monthday") or due.day), _days_in_month(year, month))
    return due.replace(year=year, month=month, day=day)


def clean_recurrence(value) -> dict | None:
    """The recurrence as stored (a dict), or None for "does not repeat"; ValidationError."""
    if value in (None, "", {}):
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError("recurrence", BAD_EVERY) from None
    if not isinstance(value, dict):
        raise ValidationError("recurrence", BAD_EVERY)
    every, unit = value.get("every", 1), value.get("unit")
    if isinstance(every, bool) or not isinstance(every, int) or every < 1 or unit not in UNITS:
        raise ValidationError("recurrence", BAD_EVERY)
    out: dict = {"every": every, "unit": unit}
    weekdays = value.get("weekdays")
    if unit == "week" and weekdays:
        if not isinstance(weekdays, list | tuple) or any(
                isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in weekdays):
            raise ValidationError("recurrence", BAD_WEEKDAYS)
        out["weekdays"] = sorted(set(weekdays))
    monthday = value.get("monthday")
    if unit in ("month", "year") and monthday not in (None, 0, ""):
        if isinstance(monthday, bool) or not isinstance(monthday, int) or not 1 <= monthday <= 31:
            raise ValidationError("recurrence", BAD_MONTHDAY)
        out["monthday"] = monthday
    return out


# -- holidays and workdays ---------------------------------------------------------------
def _statutory_holiday(day: dt.date) -> bool | None:
    """True on a public holiday, False on other days, None for a year the library lacks."""
    try:
        on, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    return bool(on and name)


def is_workday(day: dt.date, *, holidays: bool) -> bool:
    """Mon-Fri; with holidays, the official calendar: holidays off, make-up days (调休) on."""
    if holidays:
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            pass
    return day.weekday() < 5


def next_workday(after: dt.date, *, holidays: bool) -> dt.date:
    day = after + dt.timedelta(days=1)
    while not is_workday(day, holidays=holidays):
        day += dt.timedelta(days=1)
    return day


def shift_for_holidays(day: dt.date) -> tuple[dt.date, bool]:
    """A day that is a public holiday moves to the next working day: (day, moved). Ordinary
    weekends stay (many shops open then); so do days of years the library does not know."""
    if not _statutory_holiday(day):
        return day, False
    shifted = day
    for _ in range(60):
        shifted += dt.timedelta(days=1)
        try:
            if chinese_calendar.is_workday(shifted):
                return shifted, True
        except NotImplementedError:
            break
    return day, False


def _placed(book: Book, when: dt.datetime, skip: bool | None = None) -> tuple[dt.datetime, str]:
    """(due_at, moved_from) for a reminder set for `when`, after the holiday setting."""
    if not (skip_holidays(book) if skip is None else skip):
        return when, ""
    day, moved = shift_for_holidays(when.date())
    if not moved:
        return when, ""
    return when.replace(year=day.year, month=day.month, day=day.day), when.date().isoformat()


# -- settings ----------------------------------------------------------------------------
def skip_holidays(book: Book) -> bool:
    return settings.get(book, SKIP_HOLIDAYS)


def set_skip_holidays(book: Book, *, on: bool) -> str:
    from models.core.permissions import require

    require(book, "settings.change")
    settings.set_settings(book, {SKIP_HOLIDAYS: bool(on)})
    return SKIP_HOLIDAYS


def no_contact_days(book: Book) -> dict:
    """Days without contact before a reminder, by grade; 0 = no reminder for that grade."""
    out = dict(DEFAULT_NO_CONTACT_DAYS)
    stored = settings.get(book, NO_CONTACT_DAYS)
    if isinstance(stored, dict):
        for grade in out:
            value = stored.get(grade)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                out[grade] = value
    return out


def set_no_contact_days(book: Book, *, days: dict) -> dict:
    from models.core.permissions import require

    require(book, "settings.change")
    out = no_contact_days(book)
    for grade, value in days.items():
        if grade not in out:
            raise KeyError(grade)
        text = values.fold(str(value))
        if isinstance(value, bool) or not text.isdigit():
            raise ValidationError("no_contact_days", BAD_NO_CONTACT_DAYS)
        out[grade] = int(text)
    settings.set_settings(book, {NO_CONTACT_DAYS: dict(sorted(out.items()))})
    return out


# -- reading -----------------------------------------------------------------------------
_SELECT = (
    "SELECT r.*, c.name AS customer_name, d.title AS deal_title, u.name AS owner_name "
    "FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id "
    "LEFT JOIN deals d ON d.id = r.deal_id LEFT JOIN users u ON u.id = r.owner_id "
)
# open, not deleted, and not about a customer in the trash or a deleted deal
_LIVE = ("r.status = 'open' AND r.deleted_at IS NULL AND (r.customer_id IS NULL OR "
         "c.deleted_at IS NULL) AND (r.deal_id IS NULL OR d.deleted_at IS NULL)")


def _dict(row, now: str) -> dict:
    out = dict(row)
    out["recurrence"] = json.loads(out["recurrence"]) if out["recurrence"] else None
    for key in ("customer_name", "deal_title", "owner_name"):
        out[key] = out[key] or ""
    out["overdue"] = out["status"] == "open" and out["due_at"] < now
    return out


def _list(book: Book, where: str, params: list, *, owner_id: str | None = None,
          order: str = "r.due_at, r.rowid", limit: int | None = None) -> list[dict]:
    if owner_id is not None:
        where += " AND r.owner_id = ?"
        params = [*params, owner_id]
    sql = _SELECT + "WHERE " + where + " ORDER BY " + order
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    now = clock.now_iso()
    return [_dict(r, now) for r in book.all(sql, params)]


def title(reminder: dict, translate=None) -> str:
    """What to call the reminder: a rule's reminder in the user's language, else its title."""
    kind = reminder.get("kind")
    key = reminder.get("rule_key") or ""
    if not key or kind not in RULE_TITLES:
        return reminder.get("title") or ""
    text = (translate or _identity)("reminders", RULE_TITLES[kind])
    return text.format(deal=reminder.get("deal_title") or "",
                       customer=reminder.get("customer_name") or "",
                       date=key.rsplit(":", 1)[-1])


def reminder(book: Book, reminder_id: str) -> dict | None:
    """The row with customer_name, deal_title, owner_name, recurrence as a dict (or None) and
    overdue (due before now); None when there is no such reminder or it was deleted."""
    rows = _list(book, "r.id = ? AND r.deleted_at IS NULL", [reminder_id])
    return rows[0] if rows else None


def _days() -> tuple[str, str, str]:
    today = clock.today()
    return (today.isoformat(), (today + dt.timedelta(days=1)).isoformat(),
            (today + dt.timedelta(days=8)).isoformat())


def agenda(book: Book, *, owner_id: str | None = None, limit: int | None = None) -> dict:
    """Open reminders by day: overdue (before today), today, week (the 7 days after today),
    later; each by due_at. limit: at most that many in each bucket (a big book's backlog)."""
    t0, t1, t8 = _days()
    buckets = {"overdue": ("r.due_at < ?", [t0]), "today": ("r.due_at >= ? AND r.due_at < ?", [t0, t1]),
               "week": ("r.due_at >= ? AND r.due_at < ?", [t1, t8]), "later": ("r.due_at >= ?", [t8])}
    return {name: _list(book, f"{_LIVE} AND {cond}", params, owner_id=owner_id, limit=limit)
            for name, (cond, params) in buckets.items()}


def due_count(book: Book, *, owner_id: str | None = None) -> int:
    """Open reminders due today or earlier."""
    where = f"{_LIVE} AND r.due_at < ?"
    params: list = [_days()[1]]
    if owner_id is not None:
        where += " AND r.owner_id = ?"
        params.append(owner_id)
    return book.scalar(
        "SELECT count(*) FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id "
        "LEFT JOIN deals d ON d.id = r.deal_id WHERE " + where, params)


def due(book: Book, *, when: str = "today", owner_id: str | None = None) -> list[dict]:
    """today: due today (any time); overdue: due before now; week: from now to 7 days ahead."""
    now = clock.now()
    if when == "today":
        t0, t1, _ = _days()
        cond, params = "r.due_at >= ? AND r.due_at < ?", [t0, t1]
    elif when == "overdue":
        cond, params = "r.due_at < ?", [_iso(now)]
    elif when == "week":
        cond, params = "r.due_at >= ? AND r.due_at < ?", [_iso(now), _iso(now + dt.timedelta(days=7))]
    else:
        raise KeyError(when)
    return _list(book, f"{_LIVE} AND {cond}", params, owner_id=owner_id)


def to_notify(book: Book) -> list[dict]:
    """Open reminders that have come due and were not shown yet, oldest first (also those that
    came due while Kehu was closed)."""
    return _list(book, f"{_LIVE} AND r.due_at <= ? AND r.notified_at = ''", [clock.now_iso()])


_OPEN_FIRST = ("r.status != 'open', CASE WHEN r.status = 'open' THEN r.due_at ELSE '' END, "
               "r.done_at DESC, r.rowid")


def reminders_of_customer(book: Book, customer_id: str) -> list[dict]:
    """The customer's reminders (also those of its deals), open first by due time, then done."""
    return _list(book, "r.customer_id = ? AND r.deleted_at IS NULL", [customer_id],
                 order=_OPEN_FIRST)


def reminders_of_deal(book: Book, deal_id: str) -> list[dict]:
    return _list(book, "r.deal_id = ? AND r.deleted_at IS NULL", [deal_id], order=_OPEN_FIRST)


# -- validation --------------------------------------------------------------------------
def parse_due(value, field: str = "due_at") -> dt.datetime:
    """A local date-time from "YYYY-MM-DD" (09:00), "YYYY-MM-DD HH:MM[:SS]", ISO with an offset,
    a date or a datetime; ValidationError otherwise."""
    if isinstance(value, dt.datetime):
        return _local(value)
    if isinstance(value, dt.date):
        return _morning(value)
    text = values.fold(str(value or ""))
    if not text:
        raise ValidationError(field, DUE_REQUIRED)
    try:
        if len(text) == 10:
            return _morning(dt.date.fromisoformat(text))
        return _local(dt.datetime.fromisoformat(text))
    except ValueError:
        raise ValidationError(field, BAD_DUE, value=text) from None


def _clean(book: Book, data: dict) -> dict:
    out: dict = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise KeyError(key)
        if key == "title":
            out[key] = values.fold(value or "")
            if not out[key]:
                raise ValidationError("title", TITLE_REQUIRED)
        elif key == "due_at":
            out[key] = parse_due(value)
        elif key == "owner_id":
            if value and not book.one("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL",
                                      (value,)):
                raise ValidationError("owner_id", NO_SUCH_USER)
            out[key] = value or None
        elif key == "customer_id":
            if value and not book.one(
                    "SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL", (value,)):
                raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
            out[key] = value or None
        elif key == "deal_id":
            if value and not book.one("SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL",
                                      (value,)):
                raise ValidationError("deal_id", NO_SUCH_DEAL)
            out[key] = value or None
        elif key == "priority":
            if (value or "normal") not in PRIORITIES:
                raise ValidationError("priority", BAD_PRIORITY)
            out[key] = value or "normal"
        elif key == "notes":
            out[key] = (value or "").strip()
        elif key == "recurrence":
            rec = clean_recurrence(value)
            out[key] = json.dumps(rec, sort_keys=True) if rec else ""
        elif key == "kind":
            if (value or "manual") not in KINDS:
                raise ValidationError("kind", BAD_KIND, value=value)
            out[key] = value or "manual"
    if out.get("deal_id") and not out.get("customer_id"):
        out["customer_id"] = book.scalar("SELECT customer_id FROM deals WHERE id = ?",
                                         (out["deal_id"],))
    return out


def _row(book: Book, reminder_id: str):
    row = book.one("SELECT * FROM reminders WHERE id = ? AND deleted_at IS NULL", (reminder_id,))
    if row is None:
        raise ValidationError("reminder_id", NO_SUCH_REMINDER)
    return row


def _new_row(**fields) -> dict:
    row = {"title": "", "owner_id": None, "customer_id": None, "deal_id": None,
           "priority": "normal", "notes": "", "status": "open", "done_at": "", "done_by": None,
           "recurrence": "", "kind": "manual", "rule_key": "", "previous_id": None,
           "moved_from": "", **fields}
    if row["kind"] in DERIVED_KINDS and row["rule_key"]:
        row.setdefault("id", ids.derived_id("reminder", row["rule_key"]))
    row.setdefault("id", _new_id())
    return row


# -- writing -----------------------------------------------------------------------------
def add_reminder(book: Book, *, data: dict) -> str:
    """title and due_at are required; owner_id defaults to the user. Returns the id."""
    clean = _clean(book, data)
    if not clean.get("title"):
        raise ValidationError("title", TITLE_REQUIRED)
    if "due_at" not in clean:
        raise ValidationError("due_at", DUE_REQUIRED)
    when = clean.pop("due_at")
    due_at, moved = _placed(book, when)
    row = _new_row(**clean, due_at=_iso(due_at), first_due_at=_iso(when), moved_from=moved)
    row["owner_id"] = clean.get("owner_id") or book.user_id
    with book.operation("add_reminder", label=row["title"]) as op:
        return op.insert("reminders", row)


def update_reminder(book: Book, *, reminder_id: str, data: dict) -> dict:
    """Changes the fields given; a new due time reschedules (holidays, shown again when due).
    A follow-up reminder moved to another day moves the customer's next follow-up with it."""
    row = _row(book, reminder_id)
    clean = _clean(book, data)
    if "owner_id" in clean and not clean["owner_id"]:
        clean["owner_id"] = row["owner_id"]
    change = {k: v for k, v in clean.items() if k != "due_at"}
    when = clean.get("due_at")
    if when is not None and _iso(when) != row["due_at"]:
        due_at, moved = _placed(book, when)
        change.update(due_at=_iso(due_at), first_due_at=_iso(when), moved_from=moved,
                      notified_at="")
    with book.operation("update_reminder", label=change.get("title") or row["title"]) as op:
        changed = op.update("reminders", reminder_id, change)
        if _is_follow_up(row) and "first_due_at" in changed:
            day = change["first_due_at"][:10]
            op.update("reminders", reminder_id, {"rule_key": f"follow_up:{row['customer_id']}:{day}"})
            op.update("customers", row["customer_id"], {"next_follow_up": day})
    return changed


def _is_follow_up(row) -> bool:
    """The reminder that stands for its customer's next_follow_up date."""
    return bool(row["kind"] == "follow_up" and row["customer_id"]
                and row["rule_key"].startswith("follow_up:"))


def _follow_up_date(row) -> str:
    return row["first_due_at"][:10]


def _clear_follow_up(book: Book, op, row) -> None:
    """A follow-up done or deleted: the customer's date goes when it is still this one."""
    if not _is_follow_up(row):
        return
    follow = book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (row["customer_id"],))
    if follow == _follow_up_date(row):
        op.update("customers", row["customer_id"], {"next_follow_up": ""})


def complete_reminder(book: Book, *, reminder_id: str) -> str | None:
    """Done. A recurring reminder opens its next one (once: not again after reopen and done);
    returns the next one's id, else None."""
    row = _row(book, reminder_id)
    if row["status"] == "done":
        raise ValidationError("status", ALREADY_DONE)
    rec = json.loads(row["recurrence"]) if row["recurrence"] else None
    has_next = book.one("SELECT 1 FROM reminders WHERE previous_id = ? AND deleted_at IS NULL",
                        (reminder_id,))
    with book.operation("complete_reminder", label=row["title"]) as op:
        op.update("reminders", reminder_id,
                  {"status": "done", "done_at": op.now, "done_by": book.user_id})
        _clear_follow_up(book, op, row)
        if not rec or has_next:
            return None
        first = dt.datetime.fromisoformat(row["first_due_at"])
        if rec["unit"] in ("month", "year") and not rec.get("monthday"):
            rec = {**rec, "monthday": first.day}  # Jan 31 monthly: Feb 28, then Mar 31
        when = next_due(rec, first)
        now = clock.now()
        for _ in range(10_000):  # occurrences missed while it was not done are skipped
            if when > now:
                break
            when = next_due(rec, when)
        due_at, moved = _placed(book, when)
        return op.insert("reminders", _new_row(
            title=row["title"], owner_id=row["owner_id"], customer_id=row["customer_id"],
            deal_id=row["deal_id"], priority=row["priority"], notes=row["notes"],
            recurrence=json.dumps(rec, sort_keys=True), kind=row["kind"],
            previous_id=reminder_id, due_at=_iso(due_at), first_due_at=_iso(when),
            moved_from=moved))


def reopen_reminder(book: Book, *, reminder_id: str) -> dict:
    """Open again (the next one of a recurring reminder stays). A follow-up reopened puts its
    date back on the customer when the customer has none."""
    row = _row(book, reminder_id)
    if row["status"] == "open":
        raise ValidationError("status", STILL_OPEN)
    with book.operation("reopen_reminder", label=row["title"]) as op:
        changed = op.update("reminders", reminder_id,
                            {"status": "open", "done_at": "", "done_by": None})
        if _is_follow_up(row):
            follow = book.scalar("SELECT next_follow_up FROM customers WHERE id = ?",
                                 (row["customer_id"],))
            if not follow:
                op.update("customers", row["customer_id"], {"next_follow_up": _follow_up_date(row)})
    return changed


def snooze_reminder(book: Book, *, reminder_id: str, choice: str, until: str | None = None) -> dict:
    """Remind again: 15m / 1h from now, tomorrow 09:00, the next workday 09:00 (the holiday
    calendar when "reminders.skip_holidays" is on), or until (a date means 09:00; moved off a
    holiday like any rescheduling). first_due_at stays, so a series keeps its rhythm."""
    row = _row(book, reminder_id)
    if row["status"] == "done":
        raise ValidationError("status", ALREADY_DONE)
    now = _local(clock.now())
    moved = ""
    if choice == "15m":
        when = now + dt.timedelta(minutes=15)
    elif choice == "1h":
        when = now + dt.timedelta(hours=1)
    elif choice == "tomorrow":
        when = _morning(now.date() + dt.timedelta(days=1))
    elif choice == "next_workday":
        when = _morning(next_workday(now.date(), holidays=skip_holidays(book)))
    elif choice == "date":
        if not until:
            raise ValidationError("until", BAD_SNOOZE_CHOICE)
        when, moved = _placed(book, parse_due(until, "until"))
        if when <= now:
            raise ValidationError("until", SNOOZE_PAST)
    else:
        raise ValidationError("choice", BAD_SNOOZE_CHOICE)
    with book.operation("snooze_reminder", label=row["title"]) as op:
        return op.update("reminders", reminder_id,
                         {"due_at": _iso(when), "moved_from": moved, "notified_at": ""})


def delete_reminder(book: Book, *, reminder_id: str) -> str:
    """Soft; undo brings it back. A follow-up deleted takes the customer's date with it."""
    row = _row(book, reminder_id)
    with book.operation("delete_reminder", label=row["title"]) as op:
        op.update("reminders", reminder_id, {"deleted_at": op.now})
        if row["status"] == "open":
            _clear_follow_up(book, op, row)
    return reminder_id


def mark_notified(book: Book, *, reminder_ids: list[str]) -> int:
    """Shown (tray or the start-up list): never shown again. One operation, not undoable."""
    if not reminder_ids:
        return 0
    n = 0
    with book.operation("mark_notified", undoable=False) as op:
        for rid in dict.fromkeys(reminder_ids):
            if book.scalar("SELECT notified_at FROM reminders WHERE id = ?", (rid,)) == "":
                n += bool(op.update("reminders", rid, {"notified_at": op.now}))
    return n


# -- the follow-up of a customer ---------------------------------------------------------
def _follow_up_title(name: str) -> str:
    return RULE_TITLES["follow_up"].format(customer=name or "")


def sync_follow_up(op, customer_id: str) -> None:
    """Inside op (add_customer / update_customer): the customer's open follow-up reminder
    follows its next_follow_up date and owner; opened when missing, deleted when cleared."""
    book = op.book
    cust = book.one("SELECT name, owner_id, next_follow_up FROM customers WHERE id = ?",
                    (customer_id,))
    if cust is None:
        return
    day = cust["next_follow_up"]
    owner = cust["owner_id"] or book.user_id
    rows = book.all(
        f"SELECT * FROM reminders r WHERE r.customer_id = ? AND {_range('follow_up:')} "
        "AND r.status = 'open' AND r.deleted_at IS NULL ORDER BY r.rowid", (customer_id,))
    if not day:
        for row in rows:
            op.update("reminders", row["id"], {"deleted_at": op.now})
        return
    key = f"follow_up:{customer_id}:{day}"
    if not rows:
        when = _morning(dt.date.fromisoformat(day))
        due_at, moved = _placed(book, when)
        op.insert("reminders", _new_row(
            title=_follow_up_title(cust["name"]), owner_id=owner, customer_id=customer_id,
            kind="follow_up", rule_key=key, due_at=_iso(due_at), first_due_at=_iso(when),
            moved_from=moved))
        return
    row = rows[0]
    change: dict = {"owner_id": owner}
    if _follow_up_date(row) != day:
        when = _morning(dt.date.fromisoformat(day))
        due_at, moved = _placed(book, when)
        change.update(due_at=_iso(due_at), first_due_at=_iso(when), moved_from=moved,
                      rule_key=key, notified_at="")
    op.update("reminders", row["id"], change)


# -- rules -------------------------------------------------------------------------------
def _audit(op, entries: list[tuple]) -> None:
    """Change entries for bulk writes: (table, record id, action, field, old, new)."""
    for entry in entries:
        op.log(*entry)
    op.flush()


def _bulk_insert(op, rows: list[dict]) -> None:
    stamped = [{**r, "created_at": op.now, "updated_at": op.now} for r in rows]
    op.book.conn.executemany(
        f"INSERT INTO reminders ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
        [tuple(r[c] for c in _COLUMNS) for r in stamped])
    _audit(op, [("reminders", r["id"], "insert", None, None, r) for r in stamped])


def _bulk_update(op, changes: list[tuple[str, dict, dict]]) -> None:
    """(reminder id, old values, new values) for each row; all rows change the same fields."""
    if not changes:
        return
    fields = list(changes[0][2])
    op.book.conn.executemany(
        f"UPDATE reminders SET {', '.join(f'{f} = ?' for f in fields)}, updated_at = ? "
        "WHERE id = ?", [(*(new[f] for f in fields), op.now, rid) for rid, _, new in changes])
    _audit(op, [("reminders", rid, "update", f, old.get(f), new[f])
                for rid, old, new in changes for f in fields if old.get(f) != new[f]])


def _keys(book: Book, prefix: str) -> set[str]:
    """Every rule_key starting with prefix ("stall:"), open, done or deleted (an index range)."""
    return {r[0] for r in book.conn.execute(
        f"SELECT r.rule_key FROM reminders r WHERE {_range(prefix)}")}


def _range(prefix: str, alias: str = "r") -> str:
    """SQL: the rule_key starts with prefix (the partial index reminders_rule's range)."""
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return f"{alias}.rule_key != '' AND {alias}.rule_key >= '{prefix}' AND {alias}.rule_key < '{end}'"


def run_rules(book: Book) -> dict:
    """Open the reminders the rules call for, in ONE operation that is not undoable (the app's
    housekeeping, not a step of the user's: it neither enters the undo stack nor drops the redo
    stack). Returns how many reminders each rule opened: {"stall", "no_contact", "follow_up"}.

    Also: a rule's open reminder whose cause is gone is put right: a stall reminder of a deal no
    longer stalled (activity, a new stage, won/lost, snoozed) and a no-contact reminder of a
    customer contacted since are done; follow-ups move with their customer's date and are
    deleted when it is cleared. Set-based: a few queries and executemany, whatever the size."""
    from models import deals

    now = clock.now()
    now_iso = _iso(_local(now))
    today = clock.today()
    inserts: list[dict] = []
    done: list[tuple[str, dict, dict]] = []
    moves: list[tuple[str, dict, dict]] = []
    deletes: list[tuple[str, dict, dict]] = []
    counts = {"stall": 0, "no_contact": 0, "follow_up": 0}
    closed = {"status": "done", "done_at": now_iso, "done_by": None}
    opened = {"status": "open", "done_at": "", "done_by": None}

    # (1) stalled deals
    known = _keys(book, "stall:")
    current = set()
    for card in deals.stalled_deals(book):
        key = f"stall:{card['id']}:{card['stall_start']}"
        current.add(key)
        if key not in known:
            inserts.append(_new_row(
                title=RULE_TITLES["stall"].format(deal=card["title"]),
                owner_id=card["owner_id"] or book.user_id, customer_id=card["customer_id"],
                deal_id=card["id"], kind="stall", rule_key=key, due_at=now_iso,
                first_due_at=now_iso))
            counts["stall"] += 1
    for rid, key in book.conn.execute(
            f"SELECT r.id, r.rule_key FROM reminders r WHERE {_range('stall:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL").fetchall():
        if key not in current:
            done.append((rid, opened, closed))

    # (2) customers without contact for too long
    limits = no_contact_days(book)
    cutoffs = {g: (today - dt.timedelta(days=n)).isoformat() for g, n in limits.items() if n > 0}
    last_sql = ("coalesce((SELECT max(i.at) FROM interactions i WHERE i.customer_id = c.id "
                "AND i.deleted_at IS NULL), c.created_at)")
    if cutoffs:
        known = _keys(book, "no_contact:")
        grades = ", ".join("?" * len(cutoffs))
        case = " ".join("WHEN ? THEN ?" for _ in cutoffs)
        rows = book.conn.execute(
            f"SELECT id, owner_id, name, day FROM (SELECT c.id, c.owner_id, c.name, c.grade, "
            f"substr({last_sql}, 1, 10) AS day FROM customers c "
            f"WHERE c.deleted_at IS NULL AND c.grade IN ({grades})) "
            f"WHERE day < CASE grade {case} END",
            [*cutoffs, *(x for pair in cutoffs.items() for x in pair)]).fetchall()
        for cid, owner, name, day in rows:
            key = f"no_contact:{cid}:{day}"
            if key not in known:
                inserts.append(_new_row(
                    title=RULE_TITLES["no_contact"].format(date=day, customer=name),
                    owner_id=owner or book.user_id, customer_id=cid, kind="no_contact",
                    rule_key=key, due_at=now_iso, first_due_at=now_iso))
                counts["no_contact"] += 1
    # contacted since (an interaction after the day in the key): the silence is over
    for (rid,) in book.conn.execute(
            f"SELECT r.id FROM reminders r WHERE {_range('no_contact:')} AND r.status = 'open' "
            "AND r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM interactions i "
            "WHERE i.customer_id = r.customer_id AND i.deleted_at IS NULL "
            "AND i.at >= date(substr(r.rule_key, -10), '+1 day'))").fetchall():
        done.append((rid, opened, closed))

    # (3) customers' next follow-up dates
    skip = skip_holidays(book)
    for cid, owner, name, day in book.conn.execute(
            "SELECT c.id, c.owner_id, c.name, c.next_follow_up FROM customers c "
            "WHERE c.deleted_at IS NULL AND c.next_follow_up != '' AND NOT EXISTS (SELECT 1 "
            f"FROM reminders r WHERE r.customer_id = c.id AND {_range('follow_up:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM "
            "reminders k WHERE k.rule_key != '' AND k.rule_key = 'follow_up:' || c.id || ':' "
            "|| c.next_follow_up)").fetchall():
        when = _morning(dt.date.fromisoformat(day))
        due_at, moved = _placed(book, when, skip)
        inserts.append(_new_row(
            title=_follow_up_title(name), owner_id=owner or book.user_id, customer_id=cid,
            kind="follow_up", rule_key=f"follow_up:{cid}:{day}", due_at=_iso(due_at),
            first_due_at=_iso(when), moved_from=moved))
        counts["follow_up"] += 1
    for rid, cid, day, due_at, first, moved_from, notified, key in book.conn.execute(
            "SELECT r.id, r.customer_id, c.next_follow_up, r.due_at, r.first_due_at, "
            "r.moved_from, r.notified_at, r.rule_key FROM reminders r "
            f"JOIN customers c ON c.id = r.customer_id WHERE {_range('follow_up:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND r.rule_key != 'follow_up:' || c.id || ':' || c.next_follow_up").fetchall():
        if not day:
            deletes.append((rid, {"deleted_at": None}, {"deleted_at": now_iso}))
            continue
        when = _morning(dt.date.fromisoformat(day))
        new_due, moved = _placed(book, when, skip)
        moves.append((rid, {"due_at": due_at, "first_due_at": first, "moved_from": moved_from,
                            "notified_at": notified, "rule_key": key},
                      {"due_at": _iso(new_due), "first_due_at": _iso(when), "moved_from": moved,
                       "notified_at": "", "rule_key": f"follow_up:{cid}:{day}"}))

    if not (inserts or done or moves or deletes):
        return counts
    label = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    with book.operation(RULES_OP, label=label, undoable=False) as op:
        _bulk_insert(op, inserts)
        _bulk_update(op, done)
        _bulk_update(op, moves)
        _bulk_update(op, deletes)
    return counts
