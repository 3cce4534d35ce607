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
import operator

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


_LIVE = "o.status = 'confirmed' AND o.deleted_at IS NULL AND p.deleted_at IS NULL"
_CONFIRMED = "status = 'confirmed' AND deleted_at IS NULL"


def _before(count: int) -> str:
    """sum(amount) AS a, then the sums of the plan rows due before each of `count` cutoffs (a0,
    a1 ..., a ? each)."""
    return ", ".join(["sum(p.amount_minor) AS a", *(
        f"sum(CASE WHEN p.due_date < ? THEN p.amount_minor ELSE 0 END) AS a{n}"
        for n in range(count))])


def _owed_sql(count: int) -> str:
    """The statement of owed_by_customer: (customer id, currency, owed, owed of the rows due
    before each of `count` cutoffs), parameters the cutoffs twice.

    "base": per customer and currency, its plan rows' sums and the confirmed money it paid, in
    one pass over the confirmed orders in customer order (orders_receivable; each order's plan
    rows from payment_plans_order, the payments from payments_confirmed: no sort, no table
    row read). "adjust": what the payments naming an order pay of that order's own rows
    (sum_o min(T_o, A_o(<d))), for the orders that have such payments only."""
    used = ", ".join(["sum(min(paid, a)) AS u", *(f"sum(min(paid, a{n})) AS u{n}"
                                                  for n in range(count))])
    owed = ", ".join(f"max(0, b.a{n} - coalesce(x.u{n}, 0) - b.received + coalesce(x.u, 0))"
                     for n in range(count))
    return f"""
WITH named AS (
    SELECT y.customer_id, y.currency, y.paid, {_before(count)}
    FROM (SELECT customer_id, currency, order_id, sum(amount_minor) AS paid
          FROM payments INDEXED BY payments_confirmed
          WHERE {_CONFIRMED} AND order_id IS NOT NULL
          GROUP BY customer_id, currency, order_id) y
    JOIN orders o ON o.id = y.order_id AND o.customer_id = y.customer_id
        AND o.currency = y.currency
    JOIN payment_plans p ON p.order_id = o.id
    WHERE {_LIVE}
    GROUP BY y.order_id
),
adjust AS (
    SELECT customer_id, currency, {used} FROM named GROUP BY customer_id, currency
),
base AS (
    SELECT o.customer_id, o.currency,
        coalesce((SELECT sum(y.amount_minor) FROM payments y INDEXED BY payments_confirmed
                  WHERE y.customer_id = o.customer_id AND y.currency = o.currency
                      AND y.status = 'confirmed' AND y.deleted_at IS NULL), 0) AS received,
        {_before(count)}
    FROM orders o INDEXED BY orders_receivable JOIN payment_plans p ON p.order_id = o.id
    WHERE {_LIVE}
    GROUP BY o.customer_id, o.currency
)
SELECT b.customer_id, b.currency, b.a - b.received, {owed}
FROM base b LEFT JOIN adjust x ON x.customer_id = b.customer_id AND x.currency = b.currency
WHERE b.a > b.received"""


def _cutoffs(today: dt.date, edges: list[int]) -> list[str]:
    """Due before today (overdue), before today - e1, before today - e2 ..."""
    return [today.isoformat(), *((today - dt.timedelta(days=e)).isoformat() for e in edges)]


def owed_by_customer(book: Book, cutoffs: list[str]) -> list[tuple]:
    """(customer id, currency, owed, [owed of the plan rows due before each cutoff]) for every
    customer that owes something, among those the user may see (models.core.scopes).

    Earliest due first has a closed form, so no row-by-row allocation is needed. A named order
    o with confirmed payments T_o pays its own rows first: of its rows due before d (A_o(<d))
    it pays min(T_o, A_o(<d)). What is left of all rows due before d is
    R(<d) = A(<d) - sum_o min(T_o, A_o(<d)), and the rest of the money,
    Q = received - sum_o min(T_o, A_o), pays the earliest of those, so what is still owed of
    the rows due before d is max(0, R(<d) - Q), and of all rows A - received. It is the
    allocation of models.orders.ledger, row for row (tests/unit/models/test_orders.py compares
    them); buckets are differences of these sums, so they add up to the total by construction.
    One statement of plain sums (_owed_sql)."""
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = [(cid, code, owed, before) for cid, code, owed, *before
            in cursor.execute(_owed_sql(len(cutoffs)), [*cutoffs, *cutoffs])]
    if scopes.sees_all(book):
        return rows
    seen = set(scopes.visible_ids(book, [r[0] for r in rows]))
    return [r for r in rows if r[0] in seen]


def _column_sums(lists: list[list[int]]) -> list[int]:
    return [sum(column) for column in zip(*lists, strict=True)]


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
    nobody = ("", None)
    rows = []
    per_code: dict[str, list] = {}
    for cid, code, total, before in raw:
        name, owner = people.get(cid, nobody)
        if owner_id is not None and owner != owner_id:
            continue
        buckets = [total - before[0], *map(operator.sub, before, before[1:]), before[-1]]
        rows.append({"customer_id": cid, "name": name or "", "owner_id": owner,
                     "currency": code, "total": total, "buckets": buckets})
        per_code.setdefault(code, []).append(buckets)
    totals = {}
    for code, lists in per_code.items():
        sums = _column_sums(lists)
        totals[code] = {"total": sum(sums), "buckets": sums}
    key = "customer_id"
    if by != "customer":
        users = dict(cursor.execute("SELECT id, name FROM users").fetchall())
        per_owner: dict[tuple, list] = {}
        for row in rows:
            per_owner.setdefault((row["owner_id"], row["currency"]), []).append(row["buckets"])
        rows, key = [], "owner_id"
        for (owner, code), lists in per_owner.items():
            sums = _column_sums(lists)
            rows.append({"owner_id": owner, "name": users.get(owner, "") or "",
                         "currency": code, "total": sum(sums), "buckets": sums})
    rows.sort(key=lambda r: (-r["total"], r["name"], r[key] or ""))
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
    raw = owed_by_customer(book, [d.isoformat() for d in starts])
    if owner_id is not None:
        owners = dict(book.conn.execute("SELECT id, owner_id FROM customers").fetchall())
        raw = [r for r in raw if owners.get(r[0]) == owner_id]
    per_code: dict[str, list] = {}
    for _, code, _, before in raw:
        per_code.setdefault(code, []).append(before)
    overdue = money.Totals()
    expected = [money.Totals() for _ in range(weeks)]
    for code, lists in per_code.items():
        sums = _column_sums(lists)  # owed of the rows due before each week's start
        overdue.add(sums[0], code)
        for k in range(weeks):
            expected[k].add(sums[k + 1] - sums[k], code)
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
