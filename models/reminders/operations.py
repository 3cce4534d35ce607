"""Writing reminders: add, change, complete, reopen, snooze, delete, mark shown; the holiday and
no-contact settings; the follow-up reminder that follows a customer's date."""

from __future__ import annotations

import datetime as dt
import json

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
from models.core import clock, ids, scopes, settings, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.reminders.dates import (
    as_local,
    clean_recurrence,
    iso_seconds,
    morning_of,
    next_due,
    next_workday,
    placed,
    skip_holidays,
)
from models.reminders.labels import (
    ALREADY_DONE,
    BAD_DUE,
    BAD_KIND,
    BAD_NO_CONTACT_DAYS,
    BAD_PRIORITY,
    BAD_SNOOZE_CHOICE,
    DEFAULT_NO_CONTACT_DAYS,
    DERIVED_KINDS,
    DUE_REQUIRED,
    FIELDS,
    KINDS,
    NO_CONTACT_DAYS,
    NO_SUCH_CUSTOMER,
    NO_SUCH_DEAL,
    NO_SUCH_REMINDER,
    NO_SUCH_USER,
    PRIORITIES,
    RULE_TITLES,
    SKIP_HOLIDAYS,
    SNOOZE_PAST,
    STILL_OPEN,
    TITLE_REQUIRED,
    new_id,
    rule_key_range,
)


# -- settings ----------------------------------------------------------------------------
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




# -- validation --------------------------------------------------------------------------
def parse_due(value, field: str = "due_at") -> dt.datetime:
    """A local date-time from "YYYY-MM-DD" (09:00), "YYYY-MM-DD HH:MM[:SS]", ISO with an offset,
    a date or a datetime; ValidationError otherwise."""
    if isinstance(value, dt.datetime):
        return as_local(value)
    if isinstance(value, dt.date):
        return morning_of(value)
    text = values.fold(str(value or ""))
    if not text:
        raise ValidationError(field, DUE_REQUIRED)
    try:
        if len(text) == 10:
            return morning_of(dt.date.fromisoformat(text))
        return as_local(dt.datetime.fromisoformat(text))
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
            scopes.require_visible(book, value)
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


def new_row(**fields) -> dict:
    row = {"title": "", "owner_id": None, "customer_id": None, "deal_id": None,
           "priority": "normal", "notes": "", "status": "open", "done_at": "", "done_by": None,
           "recurrence": "", "kind": "manual", "rule_key": "", "previous_id": None,
           "moved_from": "", **fields}
    if row["kind"] in DERIVED_KINDS and row["rule_key"]:
        row.setdefault("id", ids.derived_id("reminder", row["rule_key"]))
    row.setdefault("id", new_id())
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
    due_at, moved = placed(book, when)
    row = new_row(**clean, due_at=iso_seconds(due_at), first_due_at=iso_seconds(when), moved_from=moved)
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
    if when is not None and iso_seconds(when) != row["due_at"]:
        due_at, moved = placed(book, when)
        change.update(due_at=iso_seconds(due_at), first_due_at=iso_seconds(when), moved_from=moved,
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
        due_at, moved = placed(book, when)
        return op.insert("reminders", new_row(
            title=row["title"], owner_id=row["owner_id"], customer_id=row["customer_id"],
            deal_id=row["deal_id"], priority=row["priority"], notes=row["notes"],
            recurrence=json.dumps(rec, sort_keys=True), kind=row["kind"],
            previous_id=reminder_id, due_at=iso_seconds(due_at), first_due_at=iso_seconds(when),
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
    now = as_local(clock.now())
    moved = ""
    if choice == "15m":
        when = now + dt.timedelta(minutes=15)
    elif choice == "1h":
        when = now + dt.timedelta(hours=1)
    elif choice == "tomorrow":
        when = morning_of(now.date() + dt.timedelta(days=1))
    elif choice == "next_workday":
        when = morning_of(next_workday(now.date(), holidays=skip_holidays(book)))
    elif choice == "date":
        if not until:
            raise ValidationError("until", BAD_SNOOZE_CHOICE)
        when, moved = placed(book, parse_due(until, "until"))
        if when <= now:
            raise ValidationError("until", SNOOZE_PAST)
    else:
        raise ValidationError("choice", BAD_SNOOZE_CHOICE)
    with book.operation("snooze_reminder", label=row["title"]) as op:
        return op.update("reminders", reminder_id,
                         {"due_at": iso_seconds(when), "moved_from": moved, "notified_at": ""})


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
def follow_up_title(name: str) -> str:
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
        f"SELECT * FROM reminders r WHERE r.customer_id = ? AND {rule_key_range('follow_up:')} "
        "AND r.status = 'open' AND r.deleted_at IS NULL ORDER BY r.rowid", (customer_id,))
    if not day:
        for row in rows:
            op.update("reminders", row["id"], {"deleted_at": op.now})
        return
    key = f"follow_up:{customer_id}:{day}"
    if not rows:
        when = morning_of(dt.date.fromisoformat(day))
        due_at, moved = placed(book, when)
        op.insert("reminders", new_row(
            title=follow_up_title(cust["name"]), owner_id=owner, customer_id=customer_id,
            kind="follow_up", rule_key=key, due_at=iso_seconds(due_at), first_due_at=iso_seconds(when),
            moved_from=moved))
        return
    row = rows[0]
    change: dict = {"owner_id": owner}
    if _follow_up_date(row) != day:
        when = morning_of(dt.date.fromisoformat(day))
        due_at, moved = placed(book, when)
        change.update(due_at=iso_seconds(due_at), first_due_at=iso_seconds(when), moved_from=moved,
                      rule_key=key, notified_at="")
    op.update("reminders", row["id"], change)
