"""Writing tickets: open one, change it, move it through its states, record the
satisfaction call, delete it. Each a named, keyword-only operation through Book.operation.

Resolving a ticket opens a reminder for its handler to call the customer (models.reminders,
rule_key "satisfaction:<ticket>:<number>"); the satisfaction recorded (1-5, with a note) marks
that reminder done and closes the ticket, and a score of 1 or 2 writes an alert for the owner
(models.alerts' table, word "satisfaction")."""
from __future__ import annotations

import datetime as dt

from models.core import clock, ids, permissions, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders import numbers
from models.reminders import iso_seconds, morning_of, new_row, next_workday, placed, skip_holidays
from models.tickets.labels import (
    ALERT_CONTEXT,
    ALERT_WORD,
    BAD_DUE,
    BAD_KIND,
    BAD_MOVE,
    BAD_PRIORITY,
    BAD_SCORE,
    BAD_STATUS,
    CALL_AFTER_DAYS,
    DUE_HOURS,
    END_OF_DAY,
    FIELDS,
    KINDS,
    MOVES,
    NO_SUCH_CUSTOMER,
    NO_SUCH_ORDER,
    NO_SUCH_TICKET,
    NO_SUCH_USER,
    NOT_RESOLVED,
    PRIORITIES,
    RESOLUTION_REQUIRED,
    STATUSES,
    TITLE_REQUIRED,
    UNHAPPY,
)


def parse_due(value) -> str:
    """An ISO date-time with the local offset; a bare date means 18:00 that day."""
    if isinstance(value, dt.datetime):
        when = value
    else:
        text = values.fold(str(value or ""))
        try:
            if len(text) == 10:
                when = dt.datetime.combine(dt.date.fromisoformat(text), END_OF_DAY)
            else:
                when = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError("due_by", BAD_DUE, value=text) from None
    tz = clock.now().tzinfo
    when = when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)
    return when.isoformat(timespec="seconds")


def _clean(book: Book, data: dict, customer_id: str | None) -> dict:
    out: dict = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise KeyError(key)
        if key == "title":
            out[key] = values.fold(value or "")
            if not out[key]:
                raise ValidationError("title", TITLE_REQUIRED)
        elif key == "description":
            out[key] = (value or "").strip()
        elif key == "kind":
            if value not in KINDS:
                raise ValidationError("kind", BAD_KIND, value=value)
            out[key] = value
        elif key == "priority":
            if value not in PRIORITIES:
                raise ValidationError("priority", BAD_PRIORITY)
            out[key] = value
        elif key == "owner_id":
            if value and not book.one("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL",
                                      (value,)):
                raise ValidationError("owner_id", NO_SUCH_USER)
            out[key] = value or None
        elif key == "customer_id":
            out[key] = value
        elif key == "order_id":
            cid = data.get("customer_id", customer_id)
            if value and not book.one("SELECT 1 FROM orders WHERE id = ? AND customer_id = ? "
                                      "AND deleted_at IS NULL", (value, cid)):
                raise ValidationError("order_id", NO_SUCH_ORDER)
            out[key] = value or None
        elif key == "due_by":
            out[key] = parse_due(value) if value else ""
    return out


def _customer(book: Book, customer_id: str | None):
    row = book.one("SELECT * FROM customers WHERE id = ? AND deleted_at IS NULL",
                   (customer_id,)) if customer_id else None
    if row is None:
        raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
    return row


def _ticket(book: Book, ticket_id: str):
    row = book.one("SELECT * FROM tickets WHERE id = ? AND deleted_at IS NULL", (ticket_id,))
    if row is None:
        raise ValidationError("ticket_id", NO_SUCH_TICKET)
    return row


def _record(book: Book, ticket) -> dict:
    seller = book.scalar("SELECT owner_id FROM customers WHERE id = ?", (ticket["customer_id"],))
    return {"owner_id": ticket["owner_id"], "customer_owner_id": seller,
            "customer_id": ticket["customer_id"]}


def next_number(book: Book, day: str) -> str:
    """T, the day, this PC's tag and its count of that day: T20261205-K7Q-01 (as orders)."""
    prefix = f"T{day.replace('-', '')}-{numbers.device_tag(book)}-"
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    highest = 0
    for (number,) in book.all("SELECT number FROM tickets WHERE number >= ? AND number < ?",
                              (prefix, end)):
        tail = number[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}{highest + 1:02d}"


def _event(op, ticket_id: str, status: str, note: str = "") -> None:
    op.insert("ticket_events", {"id": ids.new_id(), "ticket_id": ticket_id, "at": op.now,
                                "status": status, "user_id": op.book.user_id, "note": note})


def add_ticket(book: Book, *, data: dict) -> str:
    """A new ticket. data: customer_id and title required; kind (request), priority (normal),
    description, owner_id (who handles it: default the customer's salesperson, else the
    user), due_by (default: opened + DUE_HOURS of its priority), order_id. Returns its id."""
    customer = _customer(book, data.get("customer_id"))
    clean = _clean(book, data, customer["id"])
    if not clean.get("title"):
        raise ValidationError("title", TITLE_REQUIRED)
    row = {"kind": "request", "priority": "normal", "description": "", "order_id": None,
           **clean}
    row["owner_id"] = clean.get("owner_id") or customer["owner_id"] or book.user_id
    permissions.require(book, "tickets.edit",
                        {"owner_id": row["owner_id"], "customer_owner_id": customer["owner_id"],
                         "customer_id": customer["id"]})
    now = clock.now().replace(microsecond=0)
    if not row.get("due_by"):
        row["due_by"] = (now + dt.timedelta(hours=DUE_HOURS[row["priority"]])).isoformat(
            timespec="seconds")
    row.update(id=ids.new_id(), number=next_number(book, now.date().isoformat()),
               status="new")
    with book.operation("add_ticket", label=row["number"]) as op:
        row["opened_at"] = op.now
        op.insert("tickets", row)
        _event(op, row["id"], "new")
    return row["id"]


def update_ticket(book: Book, *, ticket_id: str, data: dict) -> dict:
    """Changes the fields given (not its customer); returns {field: (old, new)}."""
    row = _ticket(book, ticket_id)
    permissions.require(book, "tickets.edit", _record(book, row))
    data = {k: v for k, v in data.items() if k != "customer_id"}
    clean = _clean(book, data, row["customer_id"])
    if "owner_id" in clean and not clean["owner_id"]:
        clean["owner_id"] = row["owner_id"]
    if "due_by" in clean and not clean["due_by"]:
        clean.pop("due_by")
    with book.operation("update_ticket", label=row["number"]) as op:
        return op.update("tickets", ticket_id, clean)


def _satisfaction_reminders(book: Book, ticket_id: str) -> list[str]:
    return [r[0] for r in book.all(
        "SELECT id FROM reminders WHERE rule_key >= ? AND rule_key < ? AND status = 'open' "
        "AND deleted_at IS NULL", (f"satisfaction:{ticket_id}:", f"satisfaction:{ticket_id};"))]


def set_ticket_status(book: Book, *, ticket_id: str, status: str, note: str = "",
                      resolution: str | None = None) -> dict:
    """Moves the ticket (MOVES says where it may go). Resolved needs the resolution and opens
    the satisfaction call's reminder for the handler, the next workday at 09:00; reopened
    (resolved -> in progress) takes that reminder away. Returns {field: (old, new)}."""
    row = _ticket(book, ticket_id)
    if status not in STATUSES:
        raise ValidationError("status", BAD_STATUS, value=status)
    if status not in MOVES[row["status"]]:
        raise ValidationError("status", BAD_MOVE, number=row["number"], old=row["status"],
                              new=status)
    permissions.require(book, "tickets.edit", _record(book, row))
    change: dict = {"status": status}
    text = (note or "").strip()
    if status == "resolved":
        text = (resolution if resolution is not None else note or "").strip()
        if not text:
            raise ValidationError("resolution", RESOLUTION_REQUIRED)
        change["resolution"] = text
    with book.operation("set_ticket_status", label=row["number"]) as op:
        if status == "resolved":
            change["resolved_at"] = op.now
            if not _satisfaction_reminders(book, ticket_id):
                day = next_workday(clock.today() + dt.timedelta(days=CALL_AFTER_DAYS - 1),
                                   holidays=skip_holidays(book))
                when = morning_of(day)
                due_at, moved = placed(book, when)
                op.insert("reminders", new_row(
                    title=f"Satisfaction call: ticket {row['number']}",
                    owner_id=row["owner_id"] or book.user_id, customer_id=row["customer_id"],
                    kind="follow_up", rule_key=f"satisfaction:{ticket_id}:{row['number']}",
                    due_at=iso_seconds(due_at), first_due_at=iso_seconds(when),
                    moved_from=moved))
        elif status == "closed":
            change["closed_at"] = op.now
        elif row["status"] == "resolved":
            change["resolved_at"] = ""
            for rid in _satisfaction_reminders(book, ticket_id):
                op.update("reminders", rid, {"deleted_at": op.now})
        changed = op.update("tickets", ticket_id, change)
        _event(op, ticket_id, status, text)
        return changed


def record_satisfaction(book: Book, *, ticket_id: str, score, note: str = "") -> dict:
    """The call after a resolved ticket: satisfaction 1-5 and what the customer said. The
    ticket is closed, its call reminder done; 1 or 2 alerts the owner. Returns the change."""
    row = _ticket(book, ticket_id)
    if row["status"] not in ("resolved", "closed"):
        raise ValidationError("status", NOT_RESOLVED, number=row["number"])
    text = values.fold(str(score if score is not None else ""))
    if isinstance(score, bool) or not text.isdigit() or not 1 <= int(text) <= 5:
        raise ValidationError("satisfaction", BAD_SCORE)
    value = int(text)
    permissions.require(book, "tickets.edit", _record(book, row))
    note = (note or "").strip()
    with book.operation("record_satisfaction", label=row["number"]) as op:
        change = {"satisfaction": value, "satisfaction_note": note, "satisfaction_at": op.now}
        if row["status"] == "resolved":
            change.update(status="closed", closed_at=op.now)
            _event(op, ticket_id, "closed")
        changed = op.update("tickets", ticket_id, change)
        for rid in _satisfaction_reminders(book, ticket_id):
            op.update("reminders", rid, {"status": "done", "done_at": op.now,
                                         "done_by": book.user_id})
        if value <= UNHAPPY:
            context = ALERT_CONTEXT.format(number=row["number"], title=row["title"],
                                           score=value, note=note).strip()
            found = book.one("SELECT id FROM alerts WHERE tbl = 'tickets' AND record_id = ? "
                             "AND field = 'satisfaction' AND word = ?", (ticket_id, ALERT_WORD))
            if found is None:
                op.insert("alerts", {
                    "id": ids.new_id(), "word": ALERT_WORD, "tbl": "tickets",
                    "record_id": ticket_id, "field": "satisfaction",
                    "customer_id": row["customer_id"], "author_id": book.user_id,
                    "written_at": op.now, "context": context, "reviewed_at": "",
                    "reviewed_by": None, "review_note": ""})
            else:
                op.update("alerts", found["id"], {"context": context, "written_at": op.now,
                                                  "reviewed_at": "", "reviewed_by": None,
                                                  "review_note": ""})
        return changed


def delete_ticket(book: Book, *, ticket_id: str) -> str:
    """Soft (undo brings it back), by an owner or manager; its open call reminder goes too."""
    row = _ticket(book, ticket_id)
    permissions.require(book, "tickets.delete")
    with book.operation("delete_ticket", label=row["number"]) as op:
        op.update("tickets", ticket_id, {"deleted_at": op.now})
        for rid in _satisfaction_reminders(book, ticket_id):
            op.update("reminders", rid, {"deleted_at": op.now})
    return ticket_id
