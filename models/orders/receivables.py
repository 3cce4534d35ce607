"""Receivables: who owes what since when (aging buckets per customer and per salesperson), the
cash expected in the next weeks, and a month's collection against its forecast.

Every number comes from one allocation (models.orders.ledger's rule), which the book keeps
worked out plan row by plan row in receivable_rows, with its sums per customer
(receivable_balances) and per salesperson and due date (receivable_days), all three kept in
step by triggers (models.core.schema, migrations 23 and 24). The buckets of a customer add up to what
it owes, and the customers' totals to the book's, per currency (ERPNext #49262 and #13992 were
buckets that did not): they are differences of sums of what was due before each edge date. A
bucket is chosen by comparing due dates with the edge dates of the day (no date arithmetic per
row). The edges are the setting "receivables.aging_days" ([30, 60, 90]: not yet due, 1-30,
31-60, 61-90, over 90 days overdue). Outstanding money is aged by its plan row's due date; a
row due today is not yet overdue.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence

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


def _cutoffs(today: dt.date, edges: list[int]) -> list[str]:
    """Due before today (overdue), before today - e1, before today - e2 ..."""
    return [today.isoformat(), *((today - dt.timedelta(days=e)).isoformat() for e in edges)]


def _before(amount: str, count: int) -> str:
    """sum(amount), then the sums of the amounts due before each of `count` cutoffs (one ?
    each)."""
    return ", ".join([f"sum({amount})", *(
        f"sum(CASE WHEN due_date < ? THEN {amount} ELSE 0 END)" for _ in range(count))])


def _source(book: Book, owner_id: str | None, *, per_day: bool) -> tuple[str, str, list]:
    """(FROM and WHERE, the amount column, parameters) of what is still owed, by due date, of
    the customers the user may see (models.core.scopes) and, with owner_id, of that
    salesperson's customers. Someone who sees the whole book reads receivable_days (a row per
    salesperson, currency and due date) when per_day; otherwise each open plan row of
    receivable_rows counts (joined to customers for the scope)."""
    where, params = scopes.visible(book, "c")
    if where == "1" and per_day:
        sql, amount = "FROM receivable_days r", "r.amount"
        params = []
    elif where == "1":
        sql, amount = "FROM receivable_rows r", "r.outstanding"
        params = []
    else:
        sql = f"FROM receivable_rows r JOIN customers c ON c.id = r.customer_id WHERE ({where})"
        amount = "r.outstanding"
    if owner_id is not None:
        sql += (" AND" if " WHERE " in sql else " WHERE") + " r.owner_id = ?"
        params = [*params, owner_id]
    return sql, amount, params


def _buckets(total: int, before: list[int]) -> list[int]:
    """Buckets from what is owed in all and what of it was due before each cutoff (the
    latest cutoff first): they add up to the total by construction."""
    return [total - before[0], *map(operator.sub, before, before[1:]), before[-1]]


def _sums(book: Book, cutoffs: list[str], owner_id: str | None, group: str) -> list[tuple]:
    """(the `group` columns..., owed, [owed of what was due before each cutoff]) of what the
    user may see (group: "r.currency", or "r.owner_id, r.currency")."""
    sql, amount, params = _source(book, owner_id, per_day=True)
    cursor = book.conn.cursor()
    cursor.row_factory = None
    width = group.count(",") + 1
    return [(*row[:width], row[width], list(row[width + 1:])) for row in cursor.execute(
        f"SELECT {group}, {_before(amount, len(cutoffs))} {sql} GROUP BY {group}",
        [*cutoffs, *params]) if row[width]]


class AgingRows(Sequence):
    """The customers who owe, one row per customer and currency, the largest debt first (then
    by name): {"customer_id", "name", "owner_id", "currency", "total", "buckets"}, read from
    the book when asked for, a page of rows at a time (Anki's browser table: the receivables
    page shows a screenful, never 100,000 rows). The order comes from receivable_balances'
    index on what is owed; a page's buckets from its customers' receivable_rows. Iterating
    reads every row in one statement. Read it while the book is open."""

    PAGE = 256

    def __init__(self, book: Book, cutoffs: list[str], owner_id: str | None) -> None:
        self._book, self._cutoffs = book, cutoffs
        where, params = scopes.visible(book, "c")
        self._plain = where == "1"  # the order needs no customer: index steps alone
        conds, self._params = ([] if self._plain else [f"({where})"]), ([] if self._plain
                                                                        else list(params))
        if owner_id is not None:
            conds.append("b.owner_id = ?")
            self._params.append(owner_id)
        self._where = " AND ".join(conds) or "1"
        self._pages: dict[int, list[dict]] = {}
        self._len = self._scalar("SELECT count(*) FROM receivable_balances b "
                                 + ("" if self._plain else self._join) + " WHERE "
                                 + self._where, self._params)

    _join = "LEFT JOIN customers c ON c.id = b.customer_id"
    _order = "ORDER BY b.owed DESC, c.name, b.customer_id, b.currency"

    def _scalar(self, sql: str, params: list):
        return self._book.conn.execute(sql, params).fetchone()[0]

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        page, at = divmod(index, self.PAGE)
        if page not in self._pages:
            self._pages[page] = self._read_page(page * self.PAGE)
        return self._pages[page][at]

    def _read_page(self, start: int) -> list[dict]:
        where, params, skip = self._where, list(self._params), start
        if self._plain and start:
            # the debt at `start` and how many owe more, by index steps alone; the customers
            # are looked up from there (an OFFSET through the join would look up every one)
            edge = self._scalar(f"SELECT b.owed FROM receivable_balances b WHERE {where} "
                                "ORDER BY b.owed DESC LIMIT 1 OFFSET ?", [*params, start])
            skip -= self._scalar(f"SELECT count(*) FROM receivable_balances b WHERE {where} "
                                 "AND b.owed > ?", [*params, edge])
            where += " AND b.owed <= ?"
            params.append(edge)
        cursor = self._book.conn.cursor()
        cursor.row_factory = None
        found = cursor.execute(
            f"SELECT b.customer_id, b.currency, c.name, c.owner_id FROM receivable_balances b "
            f"{self._join} WHERE {where} {self._order} LIMIT ? OFFSET ?",
            [*params, self.PAGE, skip]).fetchall()
        ids = sorted({r[0] for r in found})
        sums = {(cid, code): (total, before) for cid, code, total, *before in cursor.execute(
            f"SELECT customer_id, currency, {_before('outstanding', len(self._cutoffs))} "
            f"FROM receivable_rows WHERE customer_id IN ({', '.join('?' * len(ids))}) "
            f"GROUP BY customer_id, currency", [*self._cutoffs, *ids])}
        return [_row(cid, code, name, owner, *sums[cid, code])
                for cid, code, name, owner in found]

    def __iter__(self):
        if len(self._pages) * self.PAGE >= len(self):
            yield from (self[i] for i in range(len(self)))
            return
        cursor = self._book.conn.cursor()
        cursor.row_factory = None
        for cid, code, name, owner, total, *before in cursor.execute(
                f"SELECT b.customer_id, b.currency, c.name, c.owner_id, "
                f"{_before('outstanding', len(self._cutoffs))} FROM receivable_balances b "
                f"JOIN receivable_rows r ON r.customer_id = b.customer_id "
                f"AND r.currency = b.currency {self._join} WHERE {self._where} "
                f"GROUP BY b.customer_id, b.currency {self._order}",
                [*self._cutoffs, *self._params]):
            yield _row(cid, code, name, owner, total, before)

    def counts(self) -> dict[str, int]:
        """currency -> how many rows are in it."""
        return dict(self._book.conn.execute(
            "SELECT b.currency, count(*) FROM receivable_balances b "
            + ("" if self._plain else self._join) + f" WHERE {self._where} GROUP BY b.currency",
            self._params).fetchall())


def _row(cid: str, code: str, name: str | None, owner: str | None, total: int,
         before: list[int]) -> dict:
    return {"customer_id": cid, "name": name or "", "owner_id": owner or None,
            "currency": code, "total": total, "buckets": _buckets(total, before)}


def aging(book: Book, *, day: dt.date | str | None = None, by: str = "customer",
          owner_id: str | None = None) -> dict:
    """Outstanding money on `day` in aging buckets.

    by "customer": one row per customer and currency (its name and salesperson), an
    AgingRows (rows made when read); by "owner": one row per salesperson (the customer's) and
    currency, a list. owner_id keeps only one salesperson's customers. Returns {"buckets":
    names, "rows": [{"customer_id" / "owner_id", "name", "currency", "total", "buckets":
    [minor units per bucket]}], "totals": {currency: {"total", "buckets"}}}; rows by total
    owed, largest first. Each row's buckets add up to its total. A customer's debts are the
    customer's, whoever sold each order: the salesperson who looks after the customer is the
    one who collects.

    What each plan row still owes is kept by the book (receivable_rows, models.core.schema
    migration 23), so the numbers are the same for any day: a day only moves the buckets'
    edges. (Money counts from the day it is confirmed, whatever day it was received.)"""
    today = _date(day)
    edges = aging_days(book)
    cutoffs = _cutoffs(today, edges)
    totals = {code: {"total": total, "buckets": _buckets(total, before)}
              for code, total, before in _sums(book, cutoffs, owner_id, "r.currency")}
    if by == "customer":
        rows = AgingRows(book, cutoffs, owner_id)
        return {"buckets": bucket_names(edges), "rows": rows, "totals": totals}
    users = dict(book.conn.execute("SELECT id, name FROM users").fetchall())
    rows = [{"owner_id": owner or None, "name": users.get(owner, "") or "", "currency": code,
             "total": total, "buckets": _buckets(total, before)}
            for owner, code, total, before in _sums(book, cutoffs, owner_id,
                                                    "r.owner_id, r.currency")]
    rows.sort(key=lambda r: (-r["total"], r["name"], r["owner_id"] or ""))
    return {"buckets": bucket_names(edges), "rows": rows, "totals": totals}


def outstanding(book: Book) -> money.Totals:
    """What all customers owe together, per currency."""
    out = money.Totals()
    for code, owed, _ in _sums(book, [], None, "r.currency"):
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
    overdue = money.Totals()
    expected = [money.Totals() for _ in range(weeks)]
    for code, _, sums in _sums(book, [d.isoformat() for d in starts], owner_id, "r.currency"):
        overdue.add(sums[0], code)  # sums: owed of the rows due before each week's start
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
