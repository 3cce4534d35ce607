"""Reading orders and payments: an order with its lines, plan (what is paid of each row and
its state on a day) and payments; a customer's orders, payments and balance."""
from __future__ import annotations

import datetime as dt

from models.core import clock, money, scopes
from models.core.book import Book
from models.orders import ledger
from models.orders.checks import quantity_text


def _day(day: dt.date | str | None) -> str:
    if day is None:
        return clock.today().isoformat()
    return day if isinstance(day, str) else day.isoformat()


def _order_dict(row) -> dict:
    out = dict(row)
    out["total"] = money.Money(row["total_minor"], row["currency"])
    return out


def order(book: Book, order_id: str, *, day: dt.date | str | None = None) -> dict | None:
    """The order (None when deleted) with "lines", "plan" (each row with paid, outstanding
    and state on `day`, default today; a draft's or void order's rows with nothing paid and
    state "" since they count for nothing), "payments" naming it, "replaced_by" (the id of the
    order that replaces it, or None)."""
    seen, seen_params = scopes.visible(book, "c")  # an order is seen when its customer is
    row = book.one("SELECT o.*, c.name AS customer_name, u.name AS owner_name FROM orders o "
                   "JOIN customers c ON c.id = o.customer_id LEFT JOIN users u ON "
                   f"u.id = o.owner_id WHERE o.id = ? AND o.deleted_at IS NULL AND {seen}",
                   (order_id, *seen_params))
    if row is None:
        return None
    today = _day(day)
    out = _order_dict(row)
    out["owner_name"] = out["owner_name"] or ""
    out["lines"] = [{**dict(r), "quantity": quantity_text(r["qty_milli"]),
                     "amount": money.Money(r["amount_minor"], row["currency"])}
                    for r in book.all("SELECT * FROM order_lines WHERE order_id = ? AND "
                                      "deleted_at IS NULL ORDER BY position", (order_id,))]
    if row["status"] == "confirmed":
        plan = ledger.plan_rows(book, customer_id=row["customer_id"], order_id=order_id)
        for r in plan:
            r["state"] = ledger.state(r, today)
    else:
        plan = [{"id": r["id"], "order_id": order_id, "seq": r["seq"],
                 "due_date": r["due_date"], "amount": r["amount_minor"], "paid": 0,
                 "outstanding": r["amount_minor"], "state": ""}
                for r in book.all("SELECT * FROM payment_plans WHERE order_id = ? AND "
                                  "deleted_at IS NULL ORDER BY seq", (order_id,))]
    notes = {r["id"]: r["note"] for r in book.all(
        "SELECT id, note FROM payment_plans WHERE order_id = ?", (order_id,))}
    for r in plan:
        r["note"] = notes.get(r["id"], "")
    out["plan"] = plan
    out["payments"] = [dict(r) for r in book.all(
        "SELECT * FROM payments WHERE order_id = ? AND deleted_at IS NULL ORDER BY received_on, "
        "created_at", (order_id,))]
    out["replaced_by"] = book.scalar("SELECT id FROM orders WHERE replaces_id = ? AND "
                                     "deleted_at IS NULL", (order_id,))
    return out


def orders_of_customer(book: Book, customer_id: str, *, status: str | None = None) -> list[dict]:
    """The customer's orders, newest first (drafts, confirmed and void unless status says)."""
    if not scopes.can_see(book, customer_id):
        return []
    sql = "SELECT * FROM orders WHERE customer_id = ? AND deleted_at IS NULL"
    params: list = [customer_id]
    if status is not None:
        sql += " AND status = ?"
        params.append(status)
    return [_order_dict(r) for r in book.all(
        sql + " ORDER BY order_date DESC, number DESC", params)]


def payments_of_customer(book: Book, customer_id: str) -> list[dict]:
    """Every payment of the customer (any status), newest received first."""
    if not scopes.can_see(book, customer_id):
        return []
    return [{**dict(r), "amount": money.Money(r["amount_minor"], r["currency"])}
            for r in book.all("SELECT * FROM payments WHERE customer_id = ? AND deleted_at IS "
                              "NULL ORDER BY received_on DESC, created_at DESC", (customer_id,))]


def pending_payments(book: Book) -> list[dict]:
    """Payments waiting for an owner's confirmation, oldest first, with the customer's name."""
    seen, params = scopes.visible(book, "c")
    return [{**dict(r), "amount": money.Money(r["amount_minor"], r["currency"])}
            for r in book.all(
                "SELECT p.*, c.name AS customer_name FROM payments p JOIN customers c ON "
                "c.id = p.customer_id WHERE p.status = 'pending' AND p.deleted_at IS NULL "
                f"AND {seen} ORDER BY p.received_on, p.created_at", params)]


def balance(book: Book, customer_id: str, *, day: dt.date | str | None = None) -> dict:
    """What the customer owes on `day`, per currency (money.Totals, never one sum across
    currencies): "ordered" (confirmed orders' plans), "received" (confirmed payments),
    "outstanding", "overdue", "credit" (paid beyond every plan row) and "pending" (recorded,
    not yet confirmed: not counted as received)."""
    today = _day(day)
    out = {k: money.Totals() for k in ("ordered", "received", "outstanding", "overdue",
                                       "credit", "pending")}
    if not scopes.can_see(book, customer_id):
        return out
    for r in ledger.plan_rows(book, customer_id=customer_id):
        out["ordered"].add(r["amount"], r["currency"])
        out["outstanding"].add(r["outstanding"], r["currency"])
        if r["outstanding"] and r["due_date"] < today:
            out["overdue"].add(r["outstanding"], r["currency"])
    for (_, code), left in ledger.credits(book, customer_id=customer_id).items():
        out["credit"].add(left, code)
    for status, code, amount in book.all(
            "SELECT status, currency, sum(amount_minor) FROM payments WHERE customer_id = ? AND "
            "deleted_at IS NULL AND status != 'rejected' GROUP BY status, currency",
            (customer_id,)):
        out["received" if status == "confirmed" else "pending"].add(amount, code)
    return out
