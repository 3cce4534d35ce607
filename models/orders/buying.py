"""What customers buy: a customer's products and how often they order again.

Only confirmed orders count (a draft is not a purchase, a void order was undone). The
repurchase cycle is the median of the days between a customer's orders on different days (the
median, so that one long pause or one rush order does not move it); with an even number of
gaps it is the mean of the middle two, halves rounded up. The next order is expected one cycle
after the last. A customer is a regular buyer after REGULAR_ORDERS orders on different days:
only then does a late repurchase make a reminder (models.orders.due)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from models.core import money, scopes
from models.core.book import Book
from models.orders.checks import quantity_text
from models.orders.labels import REGULAR_ORDERS


def median_days(gaps: list[int]) -> int | None:
    if not gaps:
        return None
    ordered = sorted(gaps)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle] + 1) // 2


def cycle(dates: Iterable[str]) -> dict:
    """{"orders" (days with an order), "cycle_days", "last_order", "next_order"} of ISO
    dates; cycle_days and next_order None with fewer than two days."""
    days = sorted({dt.date.fromisoformat(d[:10]) for d in dates})
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    days_between = median_days(gaps)
    last = days[-1] if days else None
    nxt = last + dt.timedelta(days=days_between) if last and days_between else None
    return {"orders": len(days), "cycle_days": days_between,
            "last_order": last.isoformat() if last else None,
            "next_order": nxt.isoformat() if nxt else None,
            "regular": len(days) >= REGULAR_ORDERS}


def repurchase(book: Book, customer_id: str) -> dict:
    """The customer's repurchase cycle (see cycle())."""
    return cycle(r[0] for r in book.all(
        "SELECT order_date FROM orders WHERE customer_id = ? AND status = 'confirmed' AND "
        "deleted_at IS NULL", (customer_id,)))


def repurchase_cycles(book: Book) -> dict[str, dict]:
    """customer id -> cycle() for every live customer with a confirmed order, in one query."""
    out: dict[str, dict] = {}
    current, dates = None, []
    rows = book.conn.execute(
        "SELECT o.customer_id, o.order_date FROM orders o JOIN customers c ON c.id = "
        "o.customer_id WHERE o.status = 'confirmed' AND o.deleted_at IS NULL AND "
        "c.deleted_at IS NULL ORDER BY o.customer_id").fetchall()
    for cid, day in rows:
        if cid != current:
            if current is not None:
                out[current] = cycle(dates)
            current, dates = cid, []
        dates.append(day)
    if current is not None:
        out[current] = cycle(dates)
    return out


def products_bought(book: Book, customer_id: str) -> list[dict]:
    """What the customer bought on confirmed orders, one entry per product (or line text for
    lines without a product), unit and currency: "orders" (how many orders had it),
    "quantity" (text, summed), "amount" (Money), "first" and "last" (order dates); most
    recently bought first."""
    if not scopes.can_see(book, customer_id):
        return []
    rows = book.all(
        "SELECT l.product_id, l.description, l.unit, o.currency, count(DISTINCT o.id) AS n, "
        "sum(l.qty_milli) AS qty, sum(l.amount_minor) AS amount, min(o.order_date) AS first, "
        "max(o.order_date) AS last, p.name AS product_name FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id "
        "WHERE o.customer_id = ? AND o.status = 'confirmed' AND o.deleted_at IS NULL AND "
        "l.deleted_at IS NULL GROUP BY coalesce(l.product_id, l.description), l.unit, "
        "o.currency ORDER BY last DESC, n DESC", (customer_id,))
    return [{"product_id": r["product_id"],
             "name": r["product_name"] or r["description"], "unit": r["unit"],
             "orders": r["n"], "quantity": quantity_text(r["qty"]),
             "amount": money.Money(r["amount"], r["currency"]), "first": r["first"],
             "last": r["last"]} for r in rows]


def history(book: Book, customer_id: str) -> dict:
    """The customer's buying at a glance: confirmed orders (newest first) with their totals
    per currency, the products bought, and the repurchase cycle."""
    seen = scopes.can_see(book, customer_id)
    orders = [] if not seen else [dict(r) for r in book.all(
        "SELECT id, number, order_date, currency, total_minor, delivery FROM orders WHERE "
        "customer_id = ? AND status = 'confirmed' AND deleted_at IS NULL "
        "ORDER BY order_date DESC, number DESC", (customer_id,))]
    return {"orders": orders,
            "total": money.Totals(money.Money(o["total_minor"], o["currency"]) for o in orders),
            "products": products_bought(book, customer_id),
            "repurchase": repurchase(book, customer_id) if seen else cycle(())}
