"""A health light per customer: green, yellow or red, with the reason.

From the days since the last contact (an interaction; a customer never contacted counts from
the day it was added): green up to 30 days, yellow up to 90, red beyond (THRESHOLDS may differ
by grade), and from open overdue reminders about the customer: any makes it at least yellow,
3 or more red; and from payment punctuality (models.orders.punctuality: the share of what fell
due in 12 months that was paid by its due date): under 80% makes it at least yellow, under 50%
red. The worst decides the colour and the reason; on a tie the overdue reminders are named,
then the contact. reason_key is a key of REASONS, whose texts views translate with
QCoreApplication.translate("health", text) and format with params.
"""

from __future__ import annotations

import datetime as dt

from models.core import clock, scopes
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T

GREEN, YELLOW, RED = "green", "yellow", "red"
LEVEL = {GREEN: 0, YELLOW: 1, RED: 2}
DEFAULT_THRESHOLDS = (30, 90)  # green up to, yellow up to (days since the last contact)
THRESHOLDS: dict[str, tuple[int, int]] = {}  # by grade, when a grade should differ
OVERDUE_RED = 3
PUNCTUAL_YELLOW, PUNCTUAL_RED = 0.8, 0.5  # share paid on time, below which: yellow, red

REASONS = {
    "recent": T("health", "Last contact {days} days ago."),
    "quiet": T("health", "No contact for {days} days."),
    "silent": T("health", "No contact for {days} days: call soon."),
    "never": T("health", "Not contacted yet; added {days} days ago."),
    "overdue": T("health", "{overdue} overdue reminders."),
    "many_overdue": T("health", "{overdue} overdue reminders: follow up now."),
    "late_payer": T("health", "Paid {on_time}% of what fell due in 12 months on time."),
    "bad_payer": T("health", "Paid only {on_time}% of what fell due in 12 months on time: "
                             "ask about the money."),
}


def reason_text(reason_key: str, params: dict, translate=None) -> str:
    text = REASONS[reason_key]
    if translate is not None:
        text = translate("health", text)
    return text.format(**params)


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def health(book: Book, customer_ids) -> dict[str, tuple[str, str, dict]]:
    """{id: (colour, reason_key, params)} for the given customers (unknown ids, and those the
    user may not see, are left out). params always has "days" (since the last contact or since
    added), "overdue" and "on_time" (the percentage paid on time, None with nothing due)."""
    from models.orders import punctuality  # orders sit below reports: read when asked

    ids = list(dict.fromkeys(customer_ids))
    now = clock.now()
    today = now.date()
    now_iso = now.isoformat(timespec="seconds")
    out: dict[str, tuple[str, str, dict]] = {}
    seen, seen_params = scopes.visible(book, "c")
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        rows = book.all(
            f"SELECT c.id, c.grade, c.created_at, (SELECT max(i.at) FROM interactions i "
            f"WHERE i.customer_id = c.id AND i.deleted_at IS NULL) AS last "
            f"FROM customers c WHERE c.id IN ({marks}) AND {seen}", [*chunk, *seen_params])
        overdue = {r[0]: r[1] for r in book.all(
            f"SELECT customer_id, count(*) FROM reminders WHERE customer_id IN ({marks}) "
            f"AND status = 'open' AND deleted_at IS NULL AND due_at < ? GROUP BY customer_id",
            [*chunk, now_iso])}
        punctual = punctuality(book, [r["id"] for r in rows], day=today) if rows else {}
        for r in rows:
            share = punctual.get(r["id"], {}).get("share")
            out[r["id"]] = _light(r["grade"], r["last"], r["created_at"], overdue.get(r["id"], 0),
                                  today, share)
    return out


def _light(grade: str, last: str | None, created_at: str, overdue: int,
           today: dt.date, on_time: float | None = None) -> tuple[str, str, dict]:
    since = last or created_at
    days = max((today - dt.date.fromisoformat(since[:10])).days, 0) if since else 0
    green, yellow = THRESHOLDS.get(grade, DEFAULT_THRESHOLDS)
    if days <= green:
        colour, reason = GREEN, "recent"
    elif days <= yellow:
        colour, reason = YELLOW, "quiet"
    else:
        colour, reason = RED, "silent"
    if not last:
        reason = "never"
    if overdue:
        by_reminders = RED if overdue >= OVERDUE_RED else YELLOW
        if LEVEL[by_reminders] >= LEVEL[colour]:
            colour = by_reminders
            reason = "many_overdue" if by_reminders == RED else "overdue"
    if on_time is not None and on_time < PUNCTUAL_YELLOW:
        by_payment = RED if on_time < PUNCTUAL_RED else YELLOW
        if LEVEL[by_payment] > LEVEL[colour]:
            colour = by_payment
            reason = "bad_payer" if by_payment == RED else "late_payer"
    percent = None if on_time is None else int(on_time * 100)  # 79.9% is not 80%
    return colour, reason, {"days": days, "overdue": overdue, "on_time": percent}
