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

from models.core import clock, money, permissions, scopes, settings
from models.core.book import Book
from models.core.errors import ValidationError
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


def _owed_before_sql(cutoffs: list[str]) -> str:
    """Per customer and currency: what it owes in all ("owed") and of the plan rows due before
    each cutoff date ("owed0", "owed1" ...), after every confirmed payment, as plain sums.

    Earliest due first has a closed form, so no row-by-row allocation is needed. A named order
    o with confirmed payments T_o pays its own rows first: of its rows due before d (A_o(<d))
    it pays min(T_o, A_o(<d)). What is left of all rows due before d is
    R(<d) = A(<d) - sum_o min(T_o, A_o(<d)), and the rest of the money,
    Q = received - sum_o min(T_o, A_o), pays the earliest of those, so what is still owed of
    the rows due before d is max(0, R(<d) - Q). It is the allocation of models.orders.ledger,
    row for row (tests/unit/models/test_orders.py compares them); buckets are differences of
    these sums, so they add up to the total by construction."""
    sums = ", ".join(f"sum(CASE WHEN p.due_date < '{c}' THEN p.amount_minor ELSE 0 END) AS a{n}"
                     for n, c in enumerate(cutoffs))
    used = ", ".join(f"sum(min(t, a{n})) AS u{n}" for n in range(len(cutoffs)))
    owed = ", ".join(f"max(0, b.a{n} - coalesce(x.u{n}, 0) - q) AS owed{n}"
                     for n in range(len(cutoffs)))
    live = ("p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status = 'confirmed'")
    return f"""
WITH named AS (
    SELECT order_id, customer_id, currency, sum(amount_minor) AS t FROM payments
    WHERE status = 'confirmed' AND deleted_at IS NULL AND order_id IS NOT NULL
    GROUP BY order_id, customer_id, currency
),
per_named AS (
    SELECT o.customer_id, o.currency, n.t, sum(p.amount_minor) AS a, {sums}
    FROM named n JOIN orders o ON o.id = n.order_id AND o.customer_id = n.customer_id
        AND o.currency = n.currency
    JOIN payment_plans p ON p.order_id = o.id
    WHERE {live} GROUP BY o.id
),
adjust AS (
    SELECT customer_id, currency, sum(min(t, a)) AS used, {used}
    FROM per_named GROUP BY customer_id, currency
),
base AS (
    SELECT o.customer_id, o.currency, sum(p.amount_minor) AS a, {sums}
    FROM payment_plans p JOIN orders o ON o.id = p.order_id
    WHERE {live} GROUP BY o.customer_id, o.currency
),
received AS (
    SELECT customer_id, currency, sum(amount_minor) AS amount FROM payments
    WHERE status = 'confirmed' AND deleted_at IS NULL GROUP BY customer_id, currency
),
owing AS (
    SELECT b.*, x.used AS used_named, coalesce(r.amount, 0) - coalesce(x.used, 0) AS q
    FROM base b LEFT JOIN adjust x ON x.customer_id = b.customer_id AND x.currency = b.currency
    LEFT JOIN received r ON r.customer_id = b.customer_id AND r.currency = b.currency
)
SELECT b.customer_id, b.currency, max(0, b.a - coalesce(b.used_named, 0) - b.q) AS owed, {owed}
FROM owing b LEFT JOIN adjust x ON x.customer_id = b.customer_id AND x.currency = b.currency
WHERE b.a - coalesce(b.used_named, 0) > b.q
"""


def _cutoffs(today: dt.date, edges: list[int]) -> list[str]:
    """Due before today (overdue), before today - e1, before today - e2 ..."""
    return [today.isoformat(), *((today - dt.timedelta(days=e)).isoformat() for e in edges)]


def owed_by_customer(book: Book, cutoffs: list[str]) -> list[tuple]:
    """(customer id, currency, owed, owed before each cutoff ...) for every customer that owes
    something (see _owed_before_sql), among those the user may see (models.core.scopes)."""
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(_owed_before_sql(cutoffs)).fetchall()
    if scopes.sees_all(book):
        return rows
    seen = set(scopes.visible_ids(book, [r[0] for r in rows]))
    return [r for r in rows if r[0] in seen]


def _people(cursor, customer_ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """id -> (name, salesperson) of the customers who owe, looked up by id in chunks (not the
    whole book's customers: in a big book few of them owe anything)."""
    out: dict[str, tuple[str, str | None]] = {}
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update({r[0]: (r[1], r[2]) for r in cursor.execute(
            f"SELECT id, name, owner_id FROM customers WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall()})
    return out


def aging(book: Book, *, day: dt.date | str | None = None, by: str = "customer",
          owner_id: str | None = None) -> dict:
    """Outstanding money on `day` in aging buckets.

    by "customer": one row per customer and currency (its name and salesperson); by "owner":
    one row per salesperson (the customer's) and currency. owner_id keeps only one
    salesperson's customers. Returns {"buckets": names, "rows": [{"customer_id" / "owner_id",
    "name", "currency", "total", "buckets": [minor units per bucket]}], "totals": {currency:
    {"total", "buckets"}}}; rows by total owed, largest first. Each row's buckets add up to its
    total. A customer's debts are the customer's, whoever sold each order: the salesperson
    who looks after the customer is the one who collects."""
    today = _date(day)
    edges = aging_days(book)
    raw = owed_by_customer(book, _cutoffs(today, edges))
    cursor = book.conn.cursor()
    cursor.row_factory = None
    people = _people(cursor, [r[0] for r in raw])
    users = dict(cursor.execute("SELECT id, name FROM users").fetchall())
    grouped: dict[tuple, dict] = {}
    totals: dict = {}
    for cid, code, total, *before in raw:
        name, owner = people.get(cid, ("", None))
        if owner_id is not None and owner != owner_id:
            continue
        buckets = [total - before[0], *(a - b for a, b in zip(before, before[1:],
                                                            strict=False)), before[-1]]
        if by == "customer":
            grouped[(cid, code)] = {"customer_id": cid, "name": name or "", "owner_id": owner,
                                    "currency": code, "total": total, "buckets": buckets}
        else:
            row = grouped.setdefault((owner, code), {
                "owner_id": owner, "name": users.get(owner, "") or "", "currency": code,
                "total": 0, "buckets": [0] * len(buckets)})
            row["total"] += total
            row["buckets"] = [a + b for a, b in zip(row["buckets"], buckets, strict=True)]
        sums = totals.setdefault(code, {"total": 0, "buckets": [0] * len(buckets)})
        sums["total"] += total
        sums["buckets"] = [a + b for a, b in zip(sums["buckets"], buckets, strict=True)]
    key = "customer_id" if by == "customer" else "owner_id"
    rows = sorted(grouped.values(), key=lambda r: (-r["total"], r["name"], r[key] or ""))
    return {"buckets": bucket_names(edges), "rows": rows, "totals": totals}


def outstanding(book: Book) -> money.Totals:
    """What all customers owe together, per currency."""
    out = money.Totals()
    for _, code, owed, _ in owed_by_customer(book, [clock.today().isoformat()]):
        out.add(owed, code)
    return out


def cash_forecast(book: Book, *, day: dt.date | str | None = None, weeks: int = 12,
                  owner_id: str | None = None) -> dict:
    """What is still expected, by the week it is due: {"overdue": Totals (due before day),
    "weeks": [{"start", "end" (ISO, end included), "expected": Totals}]}; week 1 starts on
    `day`. Only what is not yet paid of each plan row is expected. owner_id: one
    salesperson's customers."""
    today = _date(day)
    starts = [today + dt.timedelta(days=7 * k) for k in range(weeks + 1)]
    owners = dict(book.conn.execute("SELECT id, owner_id FROM customers").fetchall())
    overdue = money.Totals()
    expected = [money.Totals() for _ in range(weeks)]
    for cid, code, _, *before in owed_by_customer(book, [d.isoformat() for d in starts]):
        if owner_id is not None and owners.get(cid) != owner_id:
            continue
        overdue.add(before[0], code)
        for k in range(weeks):
            expected[k].add(before[k + 1] - before[k], code)
    return {"overdue": _nonzero(overdue), "weeks": [
        {"start": starts[k].isoformat(), "end": (starts[k + 1] - dt.timedelta(days=1)).isoformat(),
         "expected": _nonzero(expected[k])} for k in range(weeks)]}


def _nonzero(totals: money.Totals) -> money.Totals:
    return money.Totals({code: v for code, v in totals.items() if v})


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
    seen, seen_params = scopes.customer_in(book, "o.customer_id")
    if seen != "1":
        plan_sql += f" AND {seen}"
        pay_sql += " AND " + scopes.customer_in(book, "customer_id")[0]
        params += seen_params
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
