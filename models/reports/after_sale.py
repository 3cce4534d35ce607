"""The monthly pack after the deal: who bought what, who owes us what and since when, and how
service went. Plain dicts, like models.reports.monthly.

- sales: the month's confirmed orders (a void order is not a sale; its replacement is) by
  product and by salesperson (the order's);
- collections: the month's confirmed payments against the plan rows due in it
  (models.orders.month_collection), for the month and the five before it;
- receivables: models.orders.aging on the day the pack is made, the top customers of the main
  currency with a row for the others, so that the rows and the total row add up to what is
  outstanding, per currency;
- overdue: the customers with money past its due date, with the oldest unpaid due date;
- repurchase: regular buyers whose next order is expected by now and has not come
  (models.orders.buying);
- tickets: models.tickets.month_stats for the month and the five before it.

owner_id narrows everything to one salesperson: their orders for sales, their customers for
money, the tickets they handle. Every number counts only customers the signed-in user may see
(models.core.scopes): a salesperson's pack holds their customers and the public pool. Money is
in minor units per currency, never summed across currencies.
"""

from __future__ import annotations

import datetime as dt

from models import orders as orders_model
from models.core import clock, money, scopes
from models.core.book import Book
from models.orders import buying
from models.tickets import month_stats

TOP = 10  # customers in the aging table, products in the sales chart
LIST = 15  # rows of the overdue and repurchase lists
TREND = 6  # months of collections and tickets


def _add_months(month: str, n: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _seen(book: Book, column: str) -> tuple[str, list]:
    where, params = scopes.customer_in(book, column)
    return ("", []) if where == "1" else (f" AND {where}", params)


def _customers(book: Book, ids) -> dict[str, tuple[str, str | None]]:
    """id -> (name, salesperson) of the live customers among ids, looked up in chunks."""
    ids, out = list(ids), {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update({r[0]: (r[1], r[2]) for r in book.all(
            f"SELECT id, name, owner_id FROM customers WHERE id IN ({', '.join('?' * len(chunk))})"
            " AND deleted_at IS NULL", chunk)})
    return out


def _users(book: Book) -> dict[str, str]:
    return {r[0]: r[1] or "" for r in book.all("SELECT id, name FROM users")}


# -- sales ----------------------------------------------------------------------------------
def sales(book: Book, month: str, owner_id: str | None = None, limit: int = TOP) -> dict:
    """{"products": [{"name", "unit", "qty_milli", "amount", "currency"}] (the month's top
    products by amount, per currency, then "others": Totals), "people": [{"user_id", "name",
    "orders", "amount", "currency"}], "totals": Totals, "orders": count}."""
    start, end = f"{month}-01", f"{_add_months(month, 1)}-01"
    where = ("o.status = 'confirmed' AND o.deleted_at IS NULL AND o.order_date >= ? "
             "AND o.order_date < ?")
    params: list = [start, end]
    if owner_id:
        where += " AND o.owner_id = ?"
        params.append(owner_id)
    seen, seen_params = _seen(book, "o.customer_id")
    where, params = where + seen, params + seen_params
    lines = book.all(
        "SELECT coalesce(p.name || CASE WHEN p.spec != '' THEN ' ' || p.spec ELSE '' END, "
        "l.description) AS name, l.unit, o.currency, sum(l.qty_milli) AS qty, "
        "sum(l.amount_minor) AS amount FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "LEFT JOIN products p ON p.id = l.product_id "
        f"WHERE l.deleted_at IS NULL AND {where} GROUP BY 1, l.unit, o.currency "
        "ORDER BY amount DESC, name", params)
    products, others = [], money.Totals()
    per_currency: dict[str, int] = {}
    for r in lines:
        n = per_currency.get(r["currency"], 0)
        per_currency[r["currency"]] = n + 1
        if n < limit:
            products.append({"name": r["name"] or "", "unit": r["unit"], "qty_milli": r["qty"],
                             "amount": r["amount"], "currency": r["currency"]})
        else:
            others.add(r["amount"], r["currency"])
    names = _users(book)
    people, totals, count = [], money.Totals(), 0
    for r in book.all(
            "SELECT o.owner_id, o.currency, count(*) AS n, sum(o.total_minor) AS amount "
            f"FROM orders o WHERE {where} GROUP BY o.owner_id, o.currency "
            "ORDER BY amount DESC, o.owner_id", params):
        people.append({"user_id": r["owner_id"], "name": names.get(r["owner_id"], ""),
                       "orders": r["n"], "amount": r["amount"], "currency": r["currency"]})
        totals.add(r["amount"], r["currency"])
        count += r["n"]
    return {"products": products, "others": others, "people": people, "totals": totals,
            "orders": count}


# -- collections ----------------------------------------------------------------------------
def collections(book: Book, month: str, owner_id: str | None = None) -> dict:
    """The month's and the five months before's expected (plan rows due in the month),
    received (confirmed payments received in it) and recorded but not confirmed, per
    currency: {"months", "forecast", "collected", "pending", "gap"} (lists of Totals, the
    month last)."""
    months = [_add_months(month, n) for n in range(1 - TREND, 1)]
    out: dict = {"months": months, "forecast": [], "collected": [], "pending": [], "gap": []}
    for m in months:
        numbers = orders_model.month_collection(book, m, owner_id=owner_id)
        for key in ("forecast", "collected", "pending", "gap"):
            out[key].append(numbers[key])
    return out


# -- receivables and overdue ----------------------------------------------------------------
def receivables(book: Book, day: dt.date, owner_id: str | None = None, limit: int = TOP,
                currency: str = money.DEFAULT_CURRENCY) -> dict:
    """Aging on `day`: {"day", "buckets" (names), "currency", "rows" (the top `limit`
    customers in `currency`, each {"customer_id", "name", "owner_name", "total", "buckets"}),
    "rest" ({"customers", "total", "buckets"} of the others in that currency), "totals"
    ({currency: {"total", "buckets"}}), "customers" (how many owe, in that currency)}. The
    rows and the rest add up to the currency's total, bucket by bucket."""
    aged = orders_model.aging(book, day=day, owner_id=owner_id)
    names = _users(book)
    every = aged["rows"]  # models.orders.receivables.AgingRows: read the top rows only
    count = every.counts().get(currency, 0)
    rows: list[dict] = []
    for k in range(len(every)):
        if len(rows) >= min(limit, count):
            break
        r = every[k]
        if r["currency"] == currency:
            rows.append({"customer_id": r["customer_id"], "name": r["name"],
                         "owner_name": names.get(r["owner_id"], ""), "total": r["total"],
                         "buckets": list(r["buckets"])})
    width = len(aged["buckets"])
    whole = aged["totals"].get(currency, {"total": 0, "buckets": [0] * width})
    rest = {"customers": max(0, count - limit),
            "total": whole["total"] - sum(r["total"] for r in rows),
            "buckets": [w - sum(r["buckets"][k] for r in rows)
                        for k, w in enumerate(whole["buckets"])]}
    return {"day": day.isoformat(), "buckets": aged["buckets"], "currency": currency,
            "rows": rows, "rest": rest, "totals": aged["totals"], "customers": count}


def overdue(book: Book, day: dt.date, owner_id: str | None = None,
            limit: int = LIST) -> list[dict]:
    """Customers with money past its due date on `day`, the most first: {"customer_id",
    "name", "owner_name", "currency", "amount" (overdue), "since" (the oldest unpaid due
    date), "days" (since then)}."""
    today = day.isoformat()
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(  # receivable_rows: what the book keeps of the allocation
        "SELECT customer_id, currency, min(due_date), sum(outstanding) FROM receivable_rows "
        "WHERE due_date < ? GROUP BY customer_id, currency", (today,)).fetchall()
    people = _customers(book, {r[0] for r in rows})
    visible = set(scopes.visible_ids(book, [r[0] for r in rows]))
    names = _users(book)
    out = []
    for cid, code, since, amount in rows:
        if cid not in visible or cid not in people:
            continue
        name, owner = people[cid]
        if owner_id is not None and owner != owner_id:
            continue
        out.append({"customer_id": cid, "name": name, "owner_name": names.get(owner, ""),
                    "currency": code, "amount": amount, "since": since,
                    "days": (day - dt.date.fromisoformat(since)).days})
    out.sort(key=lambda r: (-r["amount"], r["since"], r["name"]))
    return out[:limit]


def repurchase(book: Book, day: dt.date, owner_id: str | None = None,
               limit: int = LIST) -> list[dict]:
    """Regular buyers whose next order was expected by `day` and has not come, the longest
    waited for first: {"customer_id", "name", "owner_name", "last_order", "cycle_days",
    "next_order", "days" (late)}."""
    today = day.isoformat()
    due = {cid: c for cid, c in buying.repurchase_cycles(book).items()
           if c["regular"] and c["next_order"] and c["next_order"] <= today}
    visible = set(scopes.visible_ids(book, sorted(due)))
    people = _customers(book, visible)
    names = _users(book)
    out = []
    for cid, (name, owner) in people.items():
        if owner_id is not None and owner != owner_id:
            continue
        c = due[cid]
        out.append({"customer_id": cid, "name": name, "owner_name": names.get(owner, ""),
                    "last_order": c["last_order"], "cycle_days": c["cycle_days"],
                    "next_order": c["next_order"],
                    "days": (day - dt.date.fromisoformat(c["next_order"])).days})
    out.sort(key=lambda r: (-r["days"], r["name"]))
    return out[:limit]


# -- tickets --------------------------------------------------------------------------------
def tickets(book: Book, month: str, owner_id: str | None = None) -> dict:
    """models.tickets.month_stats of the month ("month") and, for the trend, "months" with
    "opened", "resolved" and "satisfaction" (average, None without calls) of each."""
    months = [_add_months(month, n) for n in range(1 - TREND, 1)]
    stats = [month_stats(book, m, owner_id) for m in months]
    return {"month": stats[-1], "months": months, "opened": [s["opened"] for s in stats],
            "resolved": [s["resolved"] for s in stats],
            "satisfaction": [s["satisfaction"] for s in stats]}


def sections(book: Book, month: str, owner_id: str | None = None, *,
             currency: str = money.DEFAULT_CURRENCY, day: dt.date | None = None) -> dict:
    """The pack's sections after the deal (models.reports.monthly.pack); receivables, overdue
    and repurchase on `day` (default today: who owes what now), "as_of" that day."""
    today = day or clock.today()
    return {
        "as_of": today.isoformat(),
        "sales": sales(book, month, owner_id),
        "collections": collections(book, month, owner_id),
        "receivables": receivables(book, today, owner_id, currency=currency),
        "overdue": overdue(book, today, owner_id),
        "repurchase": repurchase(book, today, owner_id),
        "tickets": tickets(book, month, owner_id),
    }
