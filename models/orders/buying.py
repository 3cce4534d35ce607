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


PUNCTUAL_DAYS = 365  # payment punctuality looks at the plan rows due in this many days to today
PUNCTUAL_GRACE = 7  # days after a due date in which money received still counts as on time


def punctuality(book: Book, customer_ids: Iterable[str] | None = None, *,
                day: dt.date | None = None) -> dict[str, dict]:
    """How punctually customers pay: {customer id: {"due" (plan rows due in the PUNCTUAL_DAYS
    up to `day`, less the grace), "share" (0..1: the part of their amount paid by the day each
    was due, or within PUNCTUAL_GRACE days after it: a transfer over a weekend)}}, for
    the given customers (None: every customer with such a row). Customers with no row due in
    that time are left out (nothing to judge them by). In one currency the share is of the
    amount due; a customer paying in two currencies gets the shares of both, each weighed by
    its number of rows.

    A row counts as paid on time by as much as the customer's confirmed payments received up to
    its due date (and the grace) cover, after the rows due before it (earliest due first, per currency, as the
    ledger allocates a payment that names no order: models.orders.ledger). Plan rows of
    confirmed orders only; dates as written (received_on, due_date), so a payment recorded late
    but received on time counts as on time."""
    from models.core import clock

    today = day or clock.today()
    start = (today - dt.timedelta(days=PUNCTUAL_DAYS)).isoformat()
    end = today.isoformat()
    grace = dt.timedelta(days=PUNCTUAL_GRACE)
    judged_to = (today - grace).isoformat()  # a row whose grace still runs is not judged yet
    wanted = None if customer_ids is None else list(dict.fromkeys(customer_ids))
    chunks = [None] if wanted is None else [wanted[i:i + 500] for i in range(0, len(wanted), 500)]
    out: dict[str, dict] = {}
    for chunk in chunks:
        where, params = ("", []) if chunk is None else (
            f"AND o.customer_id IN ({', '.join('?' * len(chunk))})", chunk)
        rows = book.all(
            "SELECT o.customer_id, o.currency, p.due_date, p.amount_minor FROM payment_plans p "
            "JOIN orders o ON o.id = p.order_id WHERE p.deleted_at IS NULL AND o.deleted_at IS "
            f"NULL AND o.status = 'confirmed' AND p.due_date <= ? {where} "
            "ORDER BY o.customer_id, o.currency, p.due_date, o.order_date, o.number, p.seq",
            [end, *params])
        pay_where = where.replace("o.customer_id", "customer_id")
        paid: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for cid, currency, received, amount in book.all(
                "SELECT customer_id, currency, received_on, amount_minor FROM payments WHERE "
                f"status = 'confirmed' AND deleted_at IS NULL AND received_on <= ? {pay_where} "
                "ORDER BY customer_id, currency, received_on", [end, *params]):
            paid.setdefault((cid, currency), []).append((received[:10], amount))
        judged: dict[str, dict[str, list[int]]] = {}  # customer -> currency -> [on time, due, n]
        group, before, received, at = None, 0, 0, 0
        for cid, currency, due, amount in rows:
            if (cid, currency) != group:
                group, before, received, at = (cid, currency), 0, 0, 0
                payments = paid.get(group, [])
            by = (dt.date.fromisoformat(due[:10]) + grace).isoformat()
            while at < len(payments) and payments[at][0] <= by:
                received += payments[at][1]
                at += 1
            on_time = max(0, min(amount, received - before))
            before += amount
            if start <= due[:10] <= judged_to and amount > 0:
                sums = judged.setdefault(cid, {}).setdefault(currency, [0, 0, 0])
                sums[0] += on_time
                sums[1] += amount
                sums[2] += 1
        for cid, by_currency in judged.items():
            n = sum(c for _, _, c in by_currency.values())
            share = sum(on / due * c for on, due, c in by_currency.values()) / n
            out[cid] = {"due": n, "share": share}
    return out


PEERS = 300  # other buyers of a customer's products that "also buy" looks at, at the most


def also_bought(book: Book, customer_id: str, *, limit: int = 5, least: int = 2) -> list[dict]:
    """"Customers who buy A also buy B": products of the catalogue this customer has not bought
    that other buyers of its products buy, each {"product_id", "name", "unit", "buyers" (how
    many of those customers bought it), "peers" (how many were looked at), "because" (the name
    of this customer's product most of them bought too)}, the most bought first; only those at
    least `least` customers bought (one customer's habit is no pattern).

    At most PEERS other buyers are looked at (the first the product index gives), so that a
    shop where everyone buys cement answers in milliseconds, not in the seconds that reading
    every order line of the book takes. From confirmed orders of every customer, whoever may
    see them: what is shown is products and counts, never a customer."""
    if not scopes.can_see(book, customer_id):
        return []
    live = ("o.status = 'confirmed' AND o.deleted_at IS NULL AND l.deleted_at IS NULL AND "
            "l.product_id IS NOT NULL")
    mine = {r[0] for r in book.all(
        f"SELECT DISTINCT l.product_id FROM order_lines l JOIN orders o ON o.id = l.order_id "
        f"WHERE o.customer_id = ? AND {live}", (customer_id,))}
    if not mine:
        return []
    marks = ", ".join("?" * len(mine))
    # what each of (at most PEERS) other buyers of these products bought: a few thousand rows
    pairs = book.all(
        f"WITH peers(cid) AS (SELECT DISTINCT o.customer_id FROM order_lines l JOIN orders o "
        f"ON o.id = l.order_id WHERE l.product_id IN ({marks}) AND o.customer_id != ? AND "
        f"{live} LIMIT {PEERS}) "
        f"SELECT DISTINCT o.customer_id, l.product_id FROM orders o JOIN order_lines l ON "
        f"l.order_id = o.id WHERE o.customer_id IN (SELECT cid FROM peers) AND {live}",
        [*mine, customer_id])
    bought: dict[str, set[str]] = {}
    for peer, product in pairs:
        bought.setdefault(peer, set()).add(product)
    buyers: dict[str, int] = {}
    anchors: dict[str, dict[str, int]] = {}
    for products in bought.values():
        theirs_too = products & mine
        for product in products - mine:
            buyers[product] = buyers.get(product, 0) + 1
            counted = anchors.setdefault(product, {})
            for anchor in theirs_too:
                counted[anchor] = counted.get(anchor, 0) + 1
    wanted = [*buyers, *mine]
    products = {r[0]: r for r in book.all(
        f"SELECT id, name, unit, active = 1 AND deleted_at IS NULL FROM products WHERE id IN "
        f"({', '.join('?' * len(wanted))})", wanted)}
    shown = {p: (r[1], r[2]) for p, r in products.items() if p in buyers and r[3]}
    names = {p: products[p][1] for p in mine if p in products}
    ranked = sorted(((n, product) for product, n in buyers.items()
                     if n >= least and product in shown), key=lambda x: (-x[0], x[1]))[:limit]
    if not ranked:
        return []
    out = []
    for n, product in ranked:
        anchor = max(anchors[product].items(), key=lambda a: (a[1], names.get(a[0], "")))[0]
        out.append({"product_id": product, "name": shown[product][0], "unit": shown[product][1],
                    "buyers": n, "peers": len(bought), "because": names.get(anchor, "")})
    return out
