"""What the reminder rules ask of orders (models.reminders.rules run_rules): plan rows not paid
when due, and regular customers whose next order is late. Each item names what it is about and
the day it dates from, which together make the reminder's rule_key: a reminder per plan row
and due date, and per customer and expected order date, never two."""
from __future__ import annotations

import datetime as dt

from models.core.book import Book
from models.orders import buying


def overdue_rows(book: Book, day: dt.date) -> list[dict]:
    """Plan rows of live customers with money outstanding after their due date: "about" (the
    plan row's id), "date" (its due date), customer_id, customer_name, owner_id (the order's
    salesperson)."""
    today = day.isoformat()
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(  # receivable_rows: what the book keeps of the allocation
        "SELECT r.plan_id, r.due_date, r.customer_id, c.name, o.owner_id FROM receivable_rows r "
        "JOIN customers c ON c.id = r.customer_id JOIN orders o ON o.id = r.order_id "
        "WHERE r.due_date < ? AND c.deleted_at IS NULL ORDER BY r.due_date, r.plan_id",
        (today,)).fetchall()
    return [{"about": pid, "date": due, "customer_id": cid, "customer_name": name,
             "owner_id": owner} for pid, due, cid, name, owner in rows]


def repurchases_due(book: Book, day: dt.date) -> list[dict]:
    """Regular customers (models.orders.buying) whose expected next order date has come
    without an order: "about" (the customer id), "date" (the expected date), customer_id,
    customer_name, owner_id (the customer's salesperson)."""
    today = day.isoformat()
    due = {cid: c["next_order"] for cid, c in buying.repurchase_cycles(book).items()
           if c["regular"] and c["next_order"] and c["next_order"] <= today}
    if not due:
        return []
    people = {r[0]: (r[1], r[2]) for r in book.conn.execute(
        "SELECT id, name, owner_id FROM customers WHERE deleted_at IS NULL").fetchall()
        if r[0] in due}
    return [{"about": cid, "date": when, "customer_id": cid, "customer_name": people[cid][0],
             "owner_id": people[cid][1]} for cid, when in sorted(due.items()) if cid in people]
