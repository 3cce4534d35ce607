"""The numbers behind the monthly report pack: plain dicts and lists, pure SQL and Python.

A report is for one month ("YYYY-MM") and, for trends, the 12 months before it. owner_id None
means everyone; otherwise the numbers are narrowed to one salesperson: customers they own,
deals they own, work they logged.

Times in the book are ISO date-times whose first ten characters are the local date, so a month
is the half-open text range [month, next month): "2025-06" <= at < "2025-07" holds for every
time of June whatever its offset, and the indexes on those columns answer it.

Funnel: a deal "enters" a stage with each deal_history row whose to_stage is the stage and
whose to_status is 'open' (created in it, moved into it, reopened into it). For the deals that
entered a stage in the 12 months ending at the month, to_next_pct is the share that went on to
enter a later stage afterwards (a deal may skip a stage); drop_pct is 100 minus it; both are
None for the last stage and for a stage nobody entered. median_days is the median time from
entering the stage to the deal's next history row (moved on, won or lost); deals still sitting
in the stage are left out.
"""

from __future__ import annotations

import itertools
import statistics

from models import deals as deals_model
from models.core import money, scopes, settings
from models.core.book import Book

KINDS = ("call", "visit", "wechat", "note", "sms", "email")
GRADES = ("A", "B", "C", "")
GRADE_RANK = {"A": 3, "B": 2, "C": 1}
PARETO_SHARE = 0.8
# The customers in the trash: few, so "NOT IN" this beats joining every deal to its customer.
TRASH = "(SELECT id FROM customers WHERE deleted_at IS NOT NULL)"


# -- months -------------------------------------------------------------------------------
def _split(month: str) -> tuple[int, int]:
    year, mon = month.split("-")
    y, m = int(year), int(mon)
    if not 1 <= m <= 12:
        raise ValueError(month)
    return y, m


def add_months(month: str, n: int) -> str:
    y, m = _split(month)
    index = y * 12 + (m - 1) + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_window(month: str) -> list[str]:
    """The 13 months ending at month: the 12 before it, then month."""
    return [add_months(month, n) for n in range(-12, 1)]


def _year_range(month: str) -> tuple[str, str]:
    """[start, end) of the 12 months ending at month (month included)."""
    return add_months(month, -11), add_months(month, 1)


def _owner(column: str, owner_id: str | None) -> tuple[str, list]:
    return (f" AND {column} = ?", [owner_id]) if owner_id else ("", [])


def _seen(book: Book, column: str) -> tuple[str, list]:
    """(" AND predicate", parameters): `column` names a customer the user may see
    (models.core.scopes); ("", []) for an owner. Every number of the pack counts only those."""
    where, params = scopes.customer_in(book, column)
    return ("", []) if where == "1" else (f" AND {where}", params)


# -- new customers ------------------------------------------------------------------------
def new_customers(book: Book, month: str, owner_id: str | None = None) -> dict:
    months = months_window(month)
    index = {m: i for i, m in enumerate(months)}
    extra, params = _owner("owner_id", owner_id)
    seen, seen_params = _seen(book, "id")
    extra, params = extra + seen, params + seen_params
    rows = book.all(
        "SELECT substr(created_at, 1, 7) AS m, source, count(*) AS n FROM customers "
        "WHERE created_at >= ? AND created_at < ? AND +deleted_at IS NULL" + extra +
        " GROUP BY m, source", [months[0], add_months(month, 1), *params])
    counts: dict[str, list[int]] = {}
    for r in rows:
        if r["m"] in index:
            counts.setdefault(r["source"], [0] * len(months))[index[r["m"]]] += r["n"]
    sources = sorted(counts, key=lambda s: (-sum(counts[s]), s == "", s))
    return {"months": months, "sources": sources, "counts": {s: counts[s] for s in sources}}


# -- won and lost -------------------------------------------------------------------------
def won_lost(book: Book, month: str, owner_id: str | None = None) -> dict:
    months = months_window(month)
    index = {m: i for i, m in enumerate(months)}
    n = len(months)
    out = {"months": months, "won_count": [0] * n,
           "won_amount": [money.Totals() for _ in range(n)],
           "lost_count": [0] * n, "lost_reasons": {}}
    extra, params = _owner("d.owner_id", owner_id)
    seen, seen_params = _seen(book, "d.customer_id")
    extra, params = extra + seen, params + seen_params
    rows = book.all(
        "SELECT substr(d.closed_at, 1, 7) AS m, d.status, d.lost_reason, d.currency, "
        "count(*) AS n, sum(d.amount_minor) AS amount FROM deals d "
        "WHERE d.closed_at >= ? AND d.closed_at < ? AND d.status IN ('won', 'lost') "
        "AND d.deleted_at IS NULL AND d.customer_id NOT IN " + TRASH + extra +
        " GROUP BY m, d.status, d.lost_reason, d.currency",
        [months[0], add_months(month, 1), *params])
    reasons: dict[str, int] = {}
    for r in rows:
        i = index.get(r["m"])
        if i is None:
            continue
        if r["status"] == "won":
            out["won_count"][i] += r["n"]
            out["won_amount"][i].add(r["amount"], r["currency"])
        else:
            out["lost_count"][i] += r["n"]
            if r["m"] == month:
                key = r["lost_reason"] or "other"
                reasons[key] = reasons.get(key, 0) + r["n"]
    out["lost_reasons"] = dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


# -- funnel -------------------------------------------------------------------------------
def funnel(book: Book, month: str, owner_id: str | None = None) -> dict:
    start, end = _year_range(month)
    stage_rows = deals_model.stages(book)
    ids = [s["id"] for s in stage_rows]
    case = "CASE to_stage " + " ".join("WHEN ? THEN ?" for _ in ids) + " END"
    case_params = [v for i, sid in enumerate(ids) for v in (sid, i)]
    seen, seen_params = scopes.customer_in(book, "customer_id")
    skip = {r[0] for r in book.all(
        "SELECT id FROM deals WHERE deleted_at IS NOT NULL OR customer_id IN "
        "(SELECT id FROM customers WHERE deleted_at IS NOT NULL)" +
        (" OR owner_id IS NOT ?" if owner_id else "") + f" OR NOT ({seen})",
        ([owner_id] if owner_id else []) + seen_params)}
    # Every history row from the start of the period on, deal by deal in time order, moves in
    # the same second in the order they were written: the rows after an entry tell when the
    # deal left the stage and how far it went on. The index gives (deal_id, at) order without
    # a sort (adding rowid to the ORDER BY made SQLite sort every row again); the few deals
    # with two rows at the same time are read again, in rowid order.
    columns = (f"SELECT deal_id, julianday(at), at < ?, {case}, to_status = 'open' "
               "FROM deal_history ")
    cur = book.conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        columns + "INDEXED BY deal_history_funnel WHERE at >= ? ORDER BY deal_id, at",
        [end, *case_params, start]).fetchall()
    same_time = {a[0] for a, b in itertools.pairwise(rows)
                 if a[1] == b[1] and a[0] == b[0]} - skip
    again = [row for deal_id in sorted(same_time) for row in cur.execute(
        columns + "WHERE deal_id = ? AND at >= ? ORDER BY at, rowid",
        [end, *case_params, deal_id, start])]
    n = len(ids)
    entered: list[set[str]] = [set() for _ in ids]
    onward: list[set[str]] = [set() for _ in ids]
    days: list[list[float]] = [[] for _ in ids]

    def tally(rows: list[tuple], left_out: set[str]) -> None:
        """Each deal's rows from its last back: `furthest` is the furthest stage it entered
        after the row, `later` the time of the deal's next row."""
        current, furthest, later, skipped = None, -1, None, False
        for deal_id, at, inside, pos, is_open in reversed(rows):
            if deal_id != current:
                current, furthest, later, skipped = deal_id, -1, None, deal_id in left_out
            if skipped:
                continue
            if is_open and pos is not None:
                if inside:
                    entered[pos].add(deal_id)
                    if furthest > pos:
                        onward[pos].add(deal_id)
                    if later is not None:
                        days[pos].append(max(later - at, 0.0))
                if pos > furthest:
                    furthest = pos
            later = at

    tally(rows, skip | same_time)
    tally(again, set())
    out = []
    for pos, s in enumerate(stage_rows):
        count = len(entered[pos])
        to_next = None if pos == n - 1 or count == 0 else round(
            100.0 * len(onward[pos]) / count, 1)
        out.append({
            "id": s["id"], "key": s["key"], "name": s["name"], "entered": count,
            "to_next_pct": to_next,
            "drop_pct": None if to_next is None else round(100.0 - to_next, 1),
            "median_days": round(statistics.median(days[pos]), 1) if days[pos] else None,
        })
    return {"stages": out}


# -- activity per salesperson -------------------------------------------------------------
def activity(book: Book, month: str, owner_id: str | None = None) -> dict:
    start, end = month, add_months(month, 1)
    users = book.all(
        "SELECT id, name, active, deleted_at FROM users ORDER BY role = 'owner' DESC, name")
    people: dict[str, dict] = {}

    def person(uid):
        if uid not in people:
            people[uid] = {"user_id": uid, "name": "", **{k: 0 for k in KINDS},
                           "reminders_done": 0, "reminders_overdue": 0, "deals_moved": 0,
                           "deals_won": 0}
        return people[uid]

    names = {u["id"]: u["name"] for u in users}
    for u in users:
        if u["active"] and u["deleted_at"] is None and (not owner_id or u["id"] == owner_id):
            person(u["id"])
    extra, params = _owner("user_id", owner_id)
    seen, seen_params = _seen(book, "customer_id")
    extra, params = extra + seen, params + seen_params
    for r in book.all(
            "SELECT user_id, kind, count(*) AS n FROM interactions "
            "WHERE at >= ? AND at < ? AND deleted_at IS NULL AND user_id IS NOT NULL" + extra +
            " GROUP BY user_id, kind", [start, end, *params]):
        if r["kind"] in KINDS:
            person(r["user_id"])[r["kind"]] += r["n"]
    extra, params = _owner("done_by", owner_id)
    mine, mine_params = _seen_reminders(book)
    extra, params = extra + mine, params + mine_params
    for r in book.all(
            "SELECT done_by, count(*) AS n FROM reminders "
            "WHERE done_at >= ? AND done_at < ? AND status = 'done' AND deleted_at IS NULL "
            "AND done_by IS NOT NULL" + extra + " GROUP BY done_by", [start, end, *params]):
        person(r["done_by"])["reminders_done"] += r["n"]
    # Overdue: due in the month and not done when due (done later, or still open and past due).
    now = _now_iso()
    extra, params = _owner("owner_id", owner_id)
    extra, params = extra + mine, params + mine_params
    for r in book.all(
            "SELECT owner_id, count(*) AS n FROM reminders "
            "WHERE due_at >= ? AND due_at < ? AND deleted_at IS NULL AND owner_id IS NOT NULL "
            "AND ((status = 'done' AND done_at > due_at) OR (status = 'open' AND due_at < ?))"
            + extra + " GROUP BY owner_id", [start, end, now, *params]):
        person(r["owner_id"])["reminders_overdue"] += r["n"]
    extra, params = _owner("h.user_id", owner_id)
    seen, seen_params = _seen(book, "(SELECT customer_id FROM deals WHERE id = h.deal_id)")
    extra, params = extra + seen, params + seen_params
    for r in book.all(
            "SELECT h.user_id, count(DISTINCT h.deal_id) AS n FROM deal_history h "
            "WHERE h.at >= ? AND h.at < ? AND h.user_id IS NOT NULL AND h.from_stage IS NOT NULL "
            "AND h.from_stage != h.to_stage AND h.to_status = 'open'" + extra +
            " GROUP BY h.user_id", [start, end, *params]):
        person(r["user_id"])["deals_moved"] += r["n"]
    extra, params = _owner("owner_id", owner_id)
    seen, seen_params = _seen(book, "customer_id")
    extra, params = extra + seen, params + seen_params
    for r in book.all(
            "SELECT owner_id, count(*) AS n FROM deals "
            "WHERE closed_at >= ? AND closed_at < ? AND status = 'won' AND deleted_at IS NULL "
            "AND owner_id IS NOT NULL" + extra + " GROUP BY owner_id", [start, end, *params]):
        person(r["owner_id"])["deals_won"] += r["n"]
    for uid, p in people.items():
        p["name"] = names.get(uid, "")
    return {"people": list(people.values())}


def _seen_reminders(book: Book) -> tuple[str, list]:
    """(" AND predicate", parameters) for reminders: about a customer the user may see, or
    about nobody and their own; ("", []) for an owner."""
    where, params = scopes.customer_in(book, "customer_id")
    if where == "1":
        return "", []
    return (f" AND ((customer_id IS NULL AND owner_id = ?) OR {where})",
            [book.user_id, *params])


def _now_iso() -> str:
    from models.core import clock

    return clock.now_iso()


# -- top customers and dropping activity --------------------------------------------------
def top_customers(book: Book, month: str, owner_id: str | None = None, limit: int = 20,
                  currency: str | None = None) -> dict:
    """The customers with the most won in the 12 months ending at month, in one currency
    (models.deals.main_currency by default; amounts in minor units). `others`: what was won in other
    currencies (money.Totals), which cannot be ranked with it."""
    start, end = _year_range(month)
    code = currency or deals_model.main_currency(book)
    extra, params = _owner("d.owner_id", owner_id)
    seen, seen_params = _seen(book, "d.customer_id")
    extra, params = extra + seen, params + seen_params
    rows = book.all(
        "SELECT d.customer_id AS id, d.currency, sum(d.amount_minor) AS amount FROM deals d "
        "WHERE d.closed_at >= ? AND d.closed_at < ? AND d.status = 'won' "
        "AND d.deleted_at IS NULL AND d.amount_minor > 0 AND d.customer_id NOT IN " + TRASH +
        extra + " GROUP BY d.customer_id, d.currency ORDER BY amount DESC, d.customer_id",
        [start, end, *params])
    others = money.Totals()
    for r in rows:
        if r["currency"] != code:
            others.add(r["amount"], r["currency"])
    rows = [r for r in rows if r["currency"] == code]
    amounts = [int(r["amount"]) for r in rows]
    total = sum(amounts)
    pareto_n, running = 0, 0
    if total > 0:
        for pareto_n, amount in enumerate(amounts, start=1):  # noqa: B007
            running += amount
            if running * 10 >= PARETO_SHARE * 10 * total:
                break
    top = rows[:limit]
    names = _names(book, [r["id"] for r in top])
    return {
        "rows": [{"id": r["id"], "name": names.get(r["id"], ""), "amount": int(r["amount"])}
                 for r in top],
        "pareto_n": pareto_n, "pareto_share": PARETO_SHARE, "total": total,
        "customers": len(rows), "currency": code, "others": others,
    }


def _names(book: Book, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r[0]: r[1] for r in book.all(
        f"SELECT id, name FROM customers WHERE id IN ({marks})", ids)}


def dropping(book: Book, month: str, owner_id: str | None = None, limit: int = 20) -> list[dict]:
    """Customers whose interactions in month fell below half their monthly average over the
    3 months before (which must be at least 1), the biggest fall first."""
    before_start, start, end = add_months(month, -3), month, add_months(month, 1)
    join, extra, params = "", "", []
    if owner_id:
        join = " JOIN customers c ON c.id = i.customer_id"
        extra, params = " AND c.owner_id = ?", [owner_id]
    seen, seen_params = _seen(book, "i.customer_id")
    extra, params = extra + seen, params + seen_params
    rows = book.all(
        "SELECT i.customer_id AS id, sum(i.at < ?) / 3.0 AS before, sum(i.at >= ?) AS now "
        "FROM interactions i INDEXED BY interactions_live" + join +
        " WHERE i.at >= ? AND i.at < ? AND i.deleted_at IS NULL" + extra +
        " GROUP BY i.customer_id HAVING before >= 1 AND now < before / 2.0 "
        "ORDER BY before - now DESC, i.customer_id",
        [start, start, before_start, end, *params])
    live = _live_names(book, [r["id"] for r in rows], limit)
    out = []
    for r in rows:
        if r["id"] in live:
            out.append({"id": r["id"], "name": live[r["id"]],
                        "before": round(float(r["before"]), 2), "now": int(r["now"])})
            if len(out) >= limit:
                break
    return out


def _live_names(book: Book, ids: list[str], limit: int) -> dict[str, str]:
    """Names of the live customers among ids, looked up in chunks until limit are found."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        out.update({r[0]: r[1] for r in book.all(
            f"SELECT id, name FROM customers WHERE id IN ({marks}) AND deleted_at IS NULL",
            chunk)})
        if len(out) >= limit:
            break
    return out


# -- forecast and grades ------------------------------------------------------------------
def forecast(book: Book, month: str, owner_id: str | None = None) -> dict:
    """Six months of models.deals.forecast: weighted and total are money.Totals per month."""
    rows = deals_model.forecast(book, months=6, owner_id=owner_id, start=month)
    return {"months": [r["month"] for r in rows], "weighted": [r["weighted"] for r in rows],
            "total": [r["total"] for r in rows], "count": [r["count"] for r in rows]}


def grades(book: Book, month: str) -> dict:
    counts = {g: 0 for g in GRADES}
    seen, seen_params = _seen(book, "id")
    for r in book.all("SELECT grade, count(*) AS n FROM customers "
                      "WHERE +deleted_at IS NULL" + seen + " GROUP BY grade", seen_params):
        counts[r["grade"] if r["grade"] in counts else ""] += r["n"]
    changed = up = down = 0
    for r in book.all(
            "SELECT old, new, count(*) AS n FROM grade_changes WHERE at >= ? AND at < ?"
            + _seen(book, "customer_id")[0] + " GROUP BY old, new",
            [month, add_months(month, 1), *seen_params]):
        changed += r["n"]
        old, new = GRADE_RANK.get(r["old"] or ""), GRADE_RANK.get(r["new"] or "")
        if old and new:
            up += r["n"] if new > old else 0
            down += r["n"] if new < old else 0
    return {"counts": counts, "changed": changed, "up": up, "down": down}


# -- the pack -----------------------------------------------------------------------------
def shop_name(book: Book) -> str:
    """The shop's name from Settings; "" until one is set (never the book's file name)."""
    return settings.get(book, settings.SHOP_NAME.key) or ""


def pack(book: Book, month: str, owner_id: str | None = None, *, day=None) -> dict:
    """Every section of the month's report; receivables, overdue and repurchase on `day`
    (a date, default today)."""
    from models.reports import after_sale

    _split(month)
    owner_name = ""
    if owner_id:
        owner_name = book.scalar("SELECT name FROM users WHERE id = ?", (owner_id,)) or ""
    currency = deals_model.main_currency(book)
    return {
        "month": month, "owner_id": owner_id, "owner_name": owner_name,
        "shop": shop_name(book), "currency": currency,
        "new_customers": new_customers(book, month, owner_id),
        "won_lost": won_lost(book, month, owner_id),
        "funnel": funnel(book, month, owner_id),
        "activity": activity(book, month, owner_id),
        "top_customers": top_customers(book, month, owner_id),
        "dropping": dropping(book, month, owner_id),
        "forecast": forecast(book, month, owner_id),
        "grades": grades(book, month),
        **after_sale.sections(book, month, owner_id, currency=currency, day=day),
    }
