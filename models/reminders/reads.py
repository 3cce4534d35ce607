"""Reading reminders: the agenda, what is due, what to notify, a customer's and a deal's."""

from __future__ import annotations

import datetime as dt
import json

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
from models.core import clock, scopes
from models.core.book import Book
from models.reminders import backlog
from models.reminders.dates import iso_seconds
from models.reminders.digest import DIGEST_PREFIX, digest_title
from models.reminders.labels import KEY_TITLES, POOL_DIGEST_TITLE, RULE_TITLES, untranslated
from models.team import pool

# -- reading -----------------------------------------------------------------------------
_SELECT = (
    "SELECT r.*, c.name AS customer_name, d.title AS deal_title, u.name AS owner_name "
    "FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id "
    "LEFT JOIN deals d ON d.id = r.deal_id LEFT JOIN users u ON u.id = r.owner_id "
)
# open, not deleted, and not about a customer in the trash or a deleted deal
_LIVE = ("r.status = 'open' AND r.deleted_at IS NULL AND (r.customer_id IS NULL OR "
         "c.deleted_at IS NULL) AND (r.deal_id IS NULL OR d.deleted_at IS NULL)")


def _seen(book: Book) -> tuple[str, list]:
    """The reminders the user may see (models.core.scopes): those about a customer they see;
    those about no customer, their own (an owner: all)."""
    seen, params = scopes.visible(book, "c")
    if seen == "1":
        return "1", []
    return (f"((r.customer_id IS NULL AND r.owner_id = ?) OR (r.customer_id IS NOT NULL AND "
            f"{seen}))", [book.user_id, *params])


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
    seen, seen_params = _seen(book)
    where += f" AND {seen}"
    params = [*params, *seen_params]
    sql = _SELECT + "WHERE " + where + " ORDER BY " + order
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    now = clock.now_iso()
    return [_dict(r, now) for r in book.all(sql, params)]


def title(reminder: dict, translate=None) -> str:
    """What to call the reminder: a rule's reminder in the user's language, else its title."""
    kind = reminder.get("kind")
    key = reminder.get("rule_key") or ""
    if key.startswith(DIGEST_PREFIX):
        return digest_title(reminder, translate)
    if backlog.is_backlog(reminder):
        return backlog.title(reminder, translate)
    if key.startswith(pool.DIGEST_PREFIX):
        info = pool.parse_digest_key(key)
        return (translate or untranslated)("reminders", POOL_DIGEST_TITLE).format(
            n=info["n"] if info else 0)
    about = key.split(":", 1)[0]
    if about in KEY_TITLES:
        text = (translate or untranslated)("reminders", KEY_TITLES[about])
        return text.format(customer=reminder.get("customer_name") or "",
                           date=key.rsplit(":", 1)[-1])
    if not key or kind not in RULE_TITLES:
        return reminder.get("title") or ""
    text = (translate or untranslated)("reminders", RULE_TITLES[kind])
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
    seen, seen_params = _seen(book)
    where += f" AND {seen}"
    params += seen_params
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
        cond, params = "r.due_at < ?", [iso_seconds(now)]
    elif when == "week":
        cond, params = "r.due_at >= ? AND r.due_at < ?", [iso_seconds(now), iso_seconds(now + dt.timedelta(days=7))]
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
