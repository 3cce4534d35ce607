"""What is paid of each plan row, worked out when read from the confirmed payments; and the
derived state of a plan row on a day.

Nothing a user typed is stored here: a plan row holds what is expected, a payment what was
received, and the allocation of one to the other is one SQL statement (window sums), the same
on every PC whatever order the changes arrived in. The book also keeps its result for the rows
still owing (receivable_rows, worked out again per customer by triggers: models.core.schema,
migration 23), which the receivables read; this module reads it from scratch, for one
customer's panel and as the rule those triggers follow. Per customer and currency, only plan rows of confirmed
orders and only confirmed payments count:

1. A payment that names an order pays that order's rows, earliest due first.
2. What is left (payments naming no order, what a named order did not need, payments naming
   an order that is void or not confirmed) goes to the customer's open rows, earliest due
   first (then order date, number, 期数).
3. What is left after that is the customer's credit; it pays the next order's rows as soon as
   that order is confirmed.

"Earliest due first" is the ERPNext rule (Accounts Receivable by payment terms, FIFO).
"""

from __future__ import annotations

import datetime as dt

from models.core.book import Book

_ALLOCATION = """
WITH plan AS (
    SELECT p.id, p.order_id, o.customer_id, o.currency, o.owner_id, o.number, o.order_date,
           p.seq, p.due_date, p.amount_minor AS amount
    FROM payment_plans p JOIN orders o ON o.id = p.order_id
    WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status = 'confirmed' {plan_where}
),
paid AS (
    SELECT customer_id, currency, order_id, sum(amount_minor) AS amount FROM payments
    WHERE status = 'confirmed' AND deleted_at IS NULL {paid_where}
    GROUP BY customer_id, currency, order_id
),
step1 AS MATERIALIZED (
    SELECT plan.*, max(0, min(plan.amount, coalesce(t.amount, 0)
        - (sum(plan.amount) OVER (PARTITION BY plan.order_id ORDER BY plan.due_date, plan.seq,
                                  plan.id) - plan.amount))) AS paid1
    FROM plan LEFT JOIN paid t ON t.order_id = plan.order_id
        AND t.customer_id = plan.customer_id AND t.currency = plan.currency
),
used AS (
    SELECT customer_id, currency, sum(paid1) AS amount FROM step1 GROUP BY customer_id, currency
),
pool AS (
    SELECT r.customer_id, r.currency, r.amount - coalesce(u.amount, 0) AS amount
    FROM (SELECT customer_id, currency, sum(amount) AS amount FROM paid
          GROUP BY customer_id, currency) r
    LEFT JOIN used u ON u.customer_id = r.customer_id AND u.currency = r.currency
),
step2 AS (
    SELECT step1.*, step1.amount - step1.paid1 AS rest, coalesce(pool.amount, 0) AS pooled,
        sum(step1.amount - step1.paid1) OVER (PARTITION BY step1.customer_id, step1.currency
            ORDER BY step1.due_date, step1.order_date, step1.number, step1.seq, step1.id)
        - (step1.amount - step1.paid1) AS before2
    FROM step1 LEFT JOIN pool ON pool.customer_id = step1.customer_id
        AND pool.currency = step1.currency
)
"""
ROW_COLUMNS = ("id", "order_id", "customer_id", "currency", "owner_id", "number", "order_date",
               "seq", "due_date", "amount", "paid")
_ROWS = (_ALLOCATION + "SELECT id, order_id, customer_id, currency, owner_id, number, "
         "order_date, seq, due_date, amount, paid1 + max(0, min(rest, pooled - before2)) "
         "AS paid FROM step2")


def _filters(customer_id: str | None) -> dict:
    if customer_id is None:
        return {"plan_where": "", "paid_where": ""}
    return {"plan_where": "AND o.customer_id = :customer",
            "paid_where": "AND customer_id = :customer"}


def allocation_sql(customer_id: str | None = None) -> str:
    """The allocation as a statement of plan rows with ROW_COLUMNS (named parameter :customer
    when customer_id is given), for queries that aggregate it further (models.orders.receivables)."""
    return _ROWS.format(**_filters(customer_id))


def plan_rows(book: Book, *, customer_id: str | None = None,
              order_id: str | None = None) -> list[dict]:
    """Plan rows of confirmed orders with what is paid of each (paid, outstanding)."""
    sql = allocation_sql(customer_id)
    params: dict = {"customer": customer_id} if customer_id else {}
    if order_id is not None:
        sql = f"SELECT * FROM ({sql}) WHERE order_id = :order"
        params["order"] = order_id
    out = []
    for row in book.conn.execute(sql + " ORDER BY due_date, order_date, number, seq, id",
                                 params):
        d = dict(zip(ROW_COLUMNS, tuple(row), strict=True))
        d["outstanding"] = d["amount"] - d["paid"]
        out.append(d)
    return out


def credits(book: Book, *, customer_id: str | None = None) -> dict[tuple[str, str], int]:
    """(customer id, currency) -> confirmed money not needed by any plan row (overpayment)."""
    sql = (_ALLOCATION.format(**_filters(customer_id))
           + "SELECT p.customer_id, p.currency, p.amount - coalesce(r.rest, 0) FROM pool p "
             "LEFT JOIN (SELECT customer_id, currency, sum(rest) AS rest FROM step2 "
             "GROUP BY customer_id, currency) r ON r.customer_id = p.customer_id "
             "AND r.currency = p.currency")
    params = {"customer": customer_id} if customer_id else {}
    return {(c, cur): left for c, cur, left in book.conn.execute(sql, params).fetchall()
            if left > 0}


def state(row: dict, day: dt.date | str) -> str:
    """The state of a plan row on `day`: paid when nothing is outstanding; overdue after its
    due date; partly paid when some of it is paid; due on its due date; else not due. (An
    overdue row may be partly paid too: its "paid" says how much.)"""
    today = day if isinstance(day, str) else day.isoformat()
    outstanding = row["amount"] - row["paid"]
    if outstanding <= 0:
        return "paid"
    if row["due_date"] < today:
        return "overdue"
    if row["paid"] > 0:
        return "partly_paid"
    if row["due_date"] == today:
        return "due"
    return "not_due"
