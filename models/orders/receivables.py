"""Receivables: who owes what since when (aging buckets per customer and per salesperson), the
cash expected in the next weeks, and a month's collection against its forecast.

Every number comes from one allocation (models.orders.ledger) aggregated in SQL: the buckets of
a customer add up to what it owes, and the customers' totals to the book's, per currency
(ERPNext #49262 and #13992 were buckets that did not). A bucket is chosen by comparing due
dates with the edge dates of the day (no date arithmetic per row). The edges are the setting
"receivables.aging_days" ([30, 60, 90]: not yet due, 1-30, 31-60, 61-90, over 90 days overdue).
Outstanding money is aged by its plan row's due date; a row due today is not yet overdue.
"""

from __future__ import annotations

import datetime as dt

from models.core import clock, money, permissions, settings
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders import ledger
from models.orders.labels import AGING_DAYS, BAD_AGING_DAYS, DEFAULT_AGING_DAYS


def _date(day: dt.date | str | None) -> dt.date:
    if day is None:
        return clock.today()
    return dt.date.fromisoformat(day) if isinstance(day, str) else day


def _valid_edges(edges) -> bool:
    return (isinstance(edges, list) and bool(edges)
            and all(isinstance(e, int) and not isinstance(e, bool) and e > 0 for e in edges)
            and all(a < b for a, b in zip(edges, edges[1:], strict=False)))


def aging_days(book: Book) -> list[int]:
    """The bucket edges in days overdue (the setting; its default when it is not usable)."""
    edges = settings.get(book, AGING_DAYS)
    return list(edges) if _valid_edges(edges) else list(DEFAULT_AGING_DAYS)


def set_aging_days(book: Book, *, edges: list[int]) -> list[int]:
    permissions.require(book, "settings.change")
    if not _valid_edges(edges):
        raise ValidationError("aging_days", BAD_AGING_DAYS)
    settings.set_settings(book, {AGING_DAYS: list(edges)})
    return list(edges)


def bucket_names(edges: list[int]) -> list[str]:
    """"not_due", "1-30", "31-60", "61-90", "90+" for the edges [30, 60, 90]."""
    names, low = ["not_due"], 1
    for edge in edges:
        names.append(f"{low}-{edge}")
        low = edge + 1
    return [*names, f"{edges[-1]}+"]


def _bucket_sql(today: dt.date, edges: list[int]) -> tuple[list[str], list]:
    """One sum per bucket over `out` by `due_date` (ISO text compared with edge dates)."""
    columns = ["sum(CASE WHEN due_date >= ? THEN out ELSE 0 END)"]
    params: list = [today.isoformat()]
    upper = today.isoformat()  # overdue by at least one day: due before today
    for edge in edges:
        lower = (today - dt.timedelta(days=edge)).isoformat()
        columns.append("sum(CASE WHEN due_date < ? AND due_date >= ? THEN out ELSE 0 END)")
        params += [upper, lower]
        upper = lower
    columns.append("sum(CASE WHEN due_date < ? THEN out ELSE 0 END)")
    params.append(upper)
    return columns, params


def aging(book: Book, *, day: dt.date | str | None = None, by: str = "customer",
          owner_id: str | None = None) -> dict:
    """Outstanding money on `day` in aging buckets.

    by "customer": one row per customer and currency (its name and salesperson); by "owner":
    one row per salesperson of the orders and currency. owner_id keeps only the orders of one
    salesperson. Returns {"buckets": names, "rows": [{"customer_id" / "owner_id", "name",
    "currency", "total", "buckets": [minor units per bucket]}], "totals": {currency: {"total",
    "buckets"}}}; rows by total owed, largest first. Each row's buckets add up to its total."""
    today = _date(day)
    edges = aging_days(book)
    columns, params = _bucket_sql(today, edges)
    key = {"customer": "customer_id", "owner": "owner_id"}[by]
    where = "WHERE out > 0"
    if owner_id is not None:
        where += " AND owner_id = ?"
        params.append(owner_id)
    sql = (f"SELECT {key}, currency, sum(out), {', '.join(columns)} FROM "
           f"(SELECT customer_id, owner_id, currency, due_date, amount - paid AS out FROM "
           f"({ledger.allocation_sql()})) {where} GROUP BY {key}, currency")
    cursor = book.conn.cursor()
    cursor.row_factory = None
    raw = cursor.execute(sql, params).fetchall()
    if by == "customer":
        names = dict(cursor.execute("SELECT id, name FROM customers").fetchall())
        owners = dict(cursor.execute("SELECT id, owner_id FROM customers").fetchall())
    else:
        names = dict(cursor.execute("SELECT id, name FROM users").fetchall())
        owners = {}
    rows, totals = [], {}
    for who, code, total, *buckets in raw:
        row = {key: who, "name": names.get(who, "") or "", "currency": code, "total": total,
               "buckets": buckets}
        if by == "customer":
            row["owner_id"] = owners.get(who)
        rows.append(row)
        sums = totals.setdefault(code, {"total": 0, "buckets": [0] * len(buckets)})
        sums["total"] += total
        sums["buckets"] = [a + b for a, b in zip(sums["buckets"], buckets, strict=True)]
    rows.sort(key=lambda r: (-r["total"], r["name"], r[key] or ""))
    return {"buckets": bucket_names(edges), "rows": rows, "totals": totals}


def outstanding(book: Book) -> money.Totals:
    """What all customers owe together, per currency."""
    cursor = book.conn.cursor()
    cursor.row_factory = None
    return money.Totals(dict(cursor.execute(
        f"SELECT currency, sum(amount - paid) FROM ({ledger.allocation_sql()}) "
        "GROUP BY currency HAVING sum(amount - paid) > 0").fetchall()))


def cash_forecast(book: Book, *, day: dt.date | str | None = None, weeks: int = 12,
                  owner_id: str | None = None) -> dict:
    """What is still expected, by the week it is due: {"overdue": Totals (due before day),
    "weeks": [{"start", "end" (ISO, end included), "expected": Totals}]}; week 1 starts on
    `day`. Only what is not yet paid of each plan row is expected."""
    today = _date(day)
    starts = [today + dt.timedelta(days=7 * k) for k in range(weeks + 1)]
    sql = (f"SELECT due_date, currency, amount - paid FROM ({ledger.allocation_sql()}) "
           "WHERE amount > paid AND due_date < ?")
    params: list = [starts[-1].isoformat()]
    if owner_id is not None:
        sql += " AND owner_id = ?"
        params.append(owner_id)
    overdue = money.Totals()
    expected = [money.Totals() for _ in range(weeks)]
    cursor = book.conn.cursor()
    cursor.row_factory = None
    first = today.isoformat()
    for due, code, left in cursor.execute(sql, params):
        if due < first:
            overdue.add(left, code)
        else:
            expected[(dt.date.fromisoformat(due) - today).days // 7].add(left, code)
    return {"overdue": overdue, "weeks": [
        {"start": starts[k].isoformat(), "end": (starts[k + 1] - dt.timedelta(days=1)).isoformat(),
         "expected": expected[k]} for k in range(weeks)]}


def month_collection(book: Book, month: str, *, owner_id: str | None = None) -> dict:
    """A month ("YYYY-MM"): "forecast" (plan rows of confirmed orders due in it, as planned),
    "collected" (confirmed payments received in it), "pending" (payments received in it and
    recorded but not confirmed: not money yet) and "gap" (forecast - collected), per currency.
    owner_id: one salesperson's orders and their customers' payments."""
    start = f"{month}-01"
    year, mon = int(month[:4]), int(month[5:7])
    end = f"{year + mon // 12:04d}-{mon % 12 + 1:02d}-01"
    out = {k: money.Totals() for k in ("forecast", "collected", "pending", "gap")}
    plan_sql = ("SELECT o.currency, sum(p.amount_minor) FROM payment_plans p JOIN orders o ON "
                "o.id = p.order_id WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND "
                "o.status = 'confirmed' AND p.due_date >= ? AND p.due_date < ?")
    pay_sql = ("SELECT status, currency, sum(amount_minor) FROM payments WHERE deleted_at IS NULL "
               "AND status != 'rejected' AND received_on >= ? AND received_on < ?")
    params: list = [start, end]
    if owner_id is not None:
        plan_sql += " AND o.owner_id = ?"
        pay_sql += " AND customer_id IN (SELECT id FROM customers WHERE owner_id = ?)"
        params.append(owner_id)
    for code, amount in book.all(plan_sql + " GROUP BY o.currency", params):
        out["forecast"].add(amount, code)
    for status, code, amount in book.all(pay_sql + " GROUP BY status, currency", params):
        out["collected" if status == "confirmed" else "pending"].add(amount, code)
    for code in {*out["forecast"], *out["collected"]}:
        out["gap"].add(out["forecast"].get(code, 0) - out["collected"].get(code, 0), code)
    return out
