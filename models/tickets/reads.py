"""Reading tickets: one with its states and SLA time, a customer's, what the customer's
timeline shows of them, and the month's numbers for the report."""
from __future__ import annotations

import datetime as dt
import statistics

from models.core import clock, scopes
from models.core.book import Book
from models.tickets import sla
from models.tickets.labels import TIMELINE_TEXTS, UNHAPPY, label

_SELECT = ("SELECT t.*, c.name AS customer_name, u.name AS owner_name FROM tickets t "
           "JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = t.owner_id ")


def _events(book: Book, ticket_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {t: [] for t in ticket_ids}
    for start in range(0, len(ticket_ids), 500):
        chunk = ticket_ids[start:start + 500]
        for tid, status, at in book.all(
                f"SELECT ticket_id, status, at FROM ticket_events WHERE ticket_id IN "
                f"({', '.join('?' * len(chunk))}) AND deleted_at IS NULL ORDER BY at, rowid",
                chunk):
            out[tid].append((status, at))
    return out


def _derive(row, events: list[tuple[str, str]], now: dt.datetime) -> dict:
    out = dict(row)
    out["owner_name"] = out["owner_name"] or ""
    running, paused = sla.clock(events, now)
    given = sla.allowed(row["opened_at"], row["due_by"])
    out.update(sla_seconds=running, paused_seconds=paused, allowed_seconds=given,
               overdue=sla.overdue(row["status"], running, given),
               late=given is not None and running > given)
    return out


def ticket(book: Book, ticket_id: str, *, now: dt.datetime | None = None) -> dict | None:
    """The ticket (None when deleted) with sla_seconds (time the clock ran), paused_seconds
    (waiting for the customer), allowed_seconds, overdue (open and past its time), late (its
    time passed, open or not) and "events" [{status, at, note, user_name}]."""
    seen, params = scopes.customer_in(book, "t.customer_id")
    row = book.one(_SELECT + f"WHERE t.id = ? AND t.deleted_at IS NULL AND {seen}",
                   (ticket_id, *params))
    if row is None:
        return None
    events = _events(book, [ticket_id])[ticket_id]
    out = _derive(row, events, now or clock.now())
    out["events"] = [dict(r) for r in book.all(
        "SELECT e.status, e.at, e.note, coalesce(u.name, '') AS user_name FROM ticket_events e "
        "LEFT JOIN users u ON u.id = e.user_id WHERE e.ticket_id = ? AND e.deleted_at IS NULL "
        "ORDER BY e.at, e.rowid", (ticket_id,))]
    return out


def tickets_of_customer(book: Book, customer_id: str, *,
                        now: dt.datetime | None = None) -> list[dict]:
    """The customer's tickets, newest first, each with the derived SLA fields (none for a
    customer the user may not see)."""
    if not scopes.can_see(book, customer_id):
        return []
    rows = book.all(_SELECT + "WHERE t.customer_id = ? AND t.deleted_at IS NULL "
                    "ORDER BY t.opened_at DESC, t.number DESC", (customer_id,))
    events = _events(book, [r["id"] for r in rows])
    when = now or clock.now()
    return [_derive(r, events[r["id"]], when) for r in rows]


def timeline_entries(book: Book, customer_id: str) -> list[dict]:
    """What the customer's timeline shows of its tickets: each state entered and each
    satisfaction call, {id, kind: "ticket", at, user, event, number, title, note, score,
    ticket_id}; none for a customer the user may not see."""
    out: list[dict] = []
    if not scopes.can_see(book, customer_id):
        return out
    for r in book.all(
            "SELECT e.id, e.at, e.status, e.note, t.id AS ticket_id, t.number, t.title, "
            "coalesce(u.name, '') AS user "
            "FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id LEFT JOIN users u ON "
            "u.id = e.user_id WHERE t.customer_id = ? AND t.deleted_at IS NULL AND "
            "e.deleted_at IS NULL ORDER BY e.at DESC, e.rowid DESC", (customer_id,)):
        out.append({"id": r["id"], "kind": "ticket", "at": r["at"], "user": r["user"],
                    "event": r["status"], "number": r["number"], "title": r["title"],
                    "note": r["note"], "score": None, "ticket_id": r["ticket_id"]})
    for r in book.all("SELECT id, number, title, satisfaction, satisfaction_note, "
                      "satisfaction_at FROM tickets WHERE customer_id = ? AND deleted_at IS NULL "
                      "AND satisfaction IS NOT NULL", (customer_id,)):
        out.append({"id": r["id"] + ":satisfaction", "kind": "ticket", "at": r["satisfaction_at"],
                    "user": "", "event": "satisfaction", "number": r["number"],
                    "title": r["title"], "note": r["satisfaction_note"],
                    "score": r["satisfaction"], "ticket_id": r["id"]})
    out.sort(key=lambda e: (e["at"], e["event"] == "satisfaction"), reverse=True)
    return out


def timeline_text(entry: dict, translate=None) -> str:
    """The sentence of a timeline entry, in the user's language when translate is given."""
    text = label(TIMELINE_TEXTS, entry["event"], translate)
    return text.format(number=entry["number"], title=entry["title"], note=entry["note"] or "",
                       score=entry["score"] or "").strip()


def month_stats(book: Book, month: str, owner_id: str | None = None) -> dict:
    """The month's ("YYYY-MM") tickets: opened, resolved, the median SLA hours of those
    resolved (waiting for the customer not counted), the satisfaction calls' count, average
    and unhappy (1-2) count; open and overdue now. Only tickets of customers the user sees."""
    start, end = f"{month}-01", f"{month}-32"
    seen, seen_params = scopes.customer_in(book, "customer_id")
    who, params = ("AND owner_id = ?", [owner_id]) if owner_id else ("", [])
    who, params = f"{who} AND {seen}", [*params, *seen_params]
    opened = book.scalar(f"SELECT count(*) FROM tickets WHERE deleted_at IS NULL AND "
                         f"substr(opened_at, 1, 10) BETWEEN ? AND ? {who}",
                         [start, end, *params]) or 0
    resolved = book.all(f"SELECT * FROM tickets WHERE deleted_at IS NULL AND resolved_at != '' "
                        f"AND substr(resolved_at, 1, 10) BETWEEN ? AND ? {who}",
                        [start, end, *params])
    events = _events(book, [r["id"] for r in resolved])
    hours = [sla.clock(events[r["id"]], dt.datetime.fromisoformat(r["resolved_at"]))[0] / 3600
             for r in resolved]
    scores = [r[0] for r in book.all(
        f"SELECT satisfaction FROM tickets WHERE deleted_at IS NULL AND satisfaction IS NOT NULL "
        f"AND substr(satisfaction_at, 1, 10) BETWEEN ? AND ? {who}", [start, end, *params])]
    still = book.all(f"SELECT * FROM tickets WHERE deleted_at IS NULL AND status IN "
                     f"('new', 'in_progress', 'waiting') {who}", params)
    open_events = _events(book, [r["id"] for r in still])
    now = clock.now()
    overdue = sum(_derive({**dict(r), "owner_name": ""}, open_events[r["id"]], now)["overdue"]
                  for r in still)
    return {"opened": opened, "resolved": len(resolved),
            "median_hours": round(statistics.median(hours), 1) if hours else None,
            "calls": len(scores),
            "satisfaction": round(sum(scores) / len(scores), 2) if scores else None,
            "unhappy": sum(1 for s in scores if s <= UNHAPPY),
            "open": len(still), "overdue": overdue}
