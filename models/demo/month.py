"""The demo shop in the middle of a normal month: a book Kehu has kept for a year.

After the customers, the deals and the reminders are drawn, the book is brought to where a shop
that uses Kehu every day would be:

- its people keep in touch with their customers: nearly every graded customer was contacted
  within the days its grade allows (setting "reminders.no_contact_days"), a few are slipping;
  the last timeline entry is moved closer (its text stays, so the search index is unchanged);
- the grades are what the shop's grading rules say about its customers (the rules of a shop
  this size, kept in the book), as this month's automatic grading left them: opening the book
  regrades nobody;
- Kehu's rules ran every day (setting "reminders.rules_since" a year back) and everything that
  came due before now was shown, so the first start lists nothing "while Kehu was closed" and
  the agenda holds a handful for each person today.

settle_rows() runs inside the demo's transaction (bulk, like the rest of the demo); settle()
afterwards, through the ordinary operations, as Kehu's own housekeeping.
"""

from __future__ import annotations

import datetime as dt
import random

from models.core import clock, settings
from models.core.book import Book

SLIPPING = 0.02  # the share of graded customers nobody called for too long
# A small trading shop's grading: a good year with it and a recent contact make an A
DEMO_GRADING = {
    "A": {"amount": 20000, "orders": 2, "recent_days": 30, "on_time": 0},
    "B": {"amount": 3000, "orders": 1, "recent_days": 90, "on_time": 0},
}


def settle_rows(book: Book, rng: random.Random, now: dt.datetime) -> None:
    """Inside the demo's open transaction: recent contacts and the grades by the rules."""
    from models.reports import grading

    limits = settings.default(settings.NO_CONTACT_DAYS.key)
    # the grade each customer's buying earns, were it called in time: its people call it
    # within the days that grade allows (and within the grade's recent_days, which are longer)
    timeless = {g: {**rule, "recent_days": 100_000} for g, rule in DEMO_GRADING.items()}
    earned = {cid: new for cid, (_, new, _) in grading.computed_grades(book, timeless).items()}
    today = now.date()
    moves = []
    for cid, created, iid, last in book.all(
            "SELECT c.id, c.created_at, i.id, i.at FROM customers c "
            "JOIN interactions i ON i.id = (SELECT j.id FROM interactions j WHERE "
            "j.customer_id = c.id ORDER BY j.at DESC LIMIT 1) ORDER BY c.rid"):
        days = limits.get(earned.get(cid, "C"), 0)
        slipping = rng.random() < SLIPPING
        if not days or slipping or (today - dt.date.fromisoformat(last[:10])).days < days:
            continue
        ago = rng.randint(1, max(1, days - 2))
        day = max(today - dt.timedelta(days=ago), dt.date.fromisoformat(created[:10]))
        at = day.isoformat() + last[10:]
        moves.append((at, at, at, iid))
    book.conn.executemany(
        "UPDATE interactions SET at = ?, created_at = ?, updated_at = ? WHERE id = ?", moves)
    book.conn.execute(
        "UPDATE customers SET updated_at = max(updated_at, (SELECT max(at) FROM interactions i "
        "WHERE i.customer_id = customers.id))")
    graded = grading.computed_grades(book, DEMO_GRADING)
    book.conn.executemany("UPDATE customers SET grade = ? WHERE id = ?",
                          [(new, cid) for cid, (_, new, _) in graded.items()])


def settle(book: Book) -> None:
    """After the demo is written: the shop's grading rules and this month's grading done, the
    rules run as every day, and what came due before now shown."""
    from models import reminders

    today = clock.today()
    settings.set_settings(book, {
        settings.GRADING_RULES.key: DEMO_GRADING,
        settings.GRADING_LAST_APPLIED.key: today.isoformat()[:7],
        settings.RULES_SINCE.key: (today - dt.timedelta(days=365)).isoformat(),
    }, step="write_demo")  # the demo's set-up is Kehu's, not the owner's
    reminders.run_rules(book)
    shown = [r[0] for r in book.all(
        "SELECT id FROM reminders WHERE status = 'open' AND deleted_at IS NULL "
        "AND notified_at = '' AND due_at <= ?", (clock.now_iso(),))]
    reminders.mark_notified(book, reminder_ids=shown)
