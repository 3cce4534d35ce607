"""Reading the pipeline: stages, lost reasons, the board's cards, lists, a deal and its history,
stalled deals and the forecast."""
from __future__ import annotations

import datetime as dt
import json

from models.core import clock, money, scopes, settings, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.deals.labels import LOST_REASONS, LOST_REASONS_SETTING, NO_SUCH_STAGE, STATUSES


# -- reading: stages ---------------------------------------------------------------------
def _stage_dict(row) -> dict:
    d = dict(row)
    d["requires"] = json.loads(d["requires"] or "[]")
    d["checklist"] = json.loads(d["checklist"] or "[]")
    return d


def stages(book: Book) -> list[dict]:
    return [_stage_dict(r) for r in book.all(
        "SELECT * FROM stages WHERE deleted_at IS NULL ORDER BY position, created_at")]


def stage_row(book: Book, stage_id: str, *, live: bool = True) -> dict:
    row = book.one("SELECT * FROM stages WHERE id = ?", (stage_id,))
    if row is None or (live and row["deleted_at"] is not None):
        raise ValidationError("stage_id", NO_SUCH_STAGE)
    return _stage_dict(row)


def lost_reasons(book: Book) -> list[str]:
    reasons = settings.get(book, LOST_REASONS_SETTING)
    if isinstance(reasons, list) and reasons:
        return [str(r) for r in reasons]
    return list(LOST_REASONS)


# -- reading: deals ----------------------------------------------------------------------
# The board is one query of plain tuples (no sqlite3.Row). Each customer's latest interaction
# is a correlated max() that the partial index interactions_live answers with one seek
# (measured faster than a second, grouped query). Stages and users are a handful of rows,
# looked up in dicts instead of joined. tests/bench/bench_board.py measures it.
_CARD_SQL = (
    "SELECT d.id, d.title, d.customer_id, c.name, d.amount_minor, d.currency, d.probability, "
    "d.owner_id, d.stage_id, d.status, d.expected_close, d.next_step, d.stage_entered_at, "
    "d.stall_snoozed_until, d.stall_reason, d.position, d.stall_followed, c.next_follow_up, "
    "(SELECT max(i.at) FROM interactions i WHERE i.customer_id = d.customer_id "
    "AND i.deleted_at IS NULL) "
    "FROM deals d JOIN customers c ON c.id = d.customer_id "
)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _stall(status: str, stall_days: int, entered: dt.date, last_interaction: dt.date | None,
           snoozed: str, today: dt.date) -> tuple[dt.date | None, int]:
    """(stall start, days past the threshold), or (None, 0) when the deal is not stalled."""
    if status != "open" or stall_days <= 0:
        return None, 0
    last = last_interaction if last_interaction and last_interaction > entered else entered
    start = last + dt.timedelta(days=stall_days)
    if today <= start:
        return None, 0
    if snoozed and snoozed[:10] >= today.isoformat():
        return None, 0
    return start, (today - start).days


def _cards(book: Book, where: list[str], params: list, *, order: str,
           live_customers: bool = True) -> list[dict]:
    clauses = ["d.deleted_at IS NULL", *where]
    seen, seen_params = scopes.visible(book, "c")  # a deal is seen when its customer is
    if seen != "1":
        clauses.append(seen)
        params = [*params, *seen_params]
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        _CARD_SQL + "WHERE " + " AND ".join(
            [*clauses, "c.deleted_at IS NULL"] if live_customers else clauses)
        + f" ORDER BY {order}", params).fetchall()
    if not rows:
        return []
    stage_info = {r[0]: (r[1], r[2]) for r in cursor.execute(
        "SELECT id, probability, stall_days FROM stages").fetchall()}
    users = dict(cursor.execute("SELECT id, name FROM users").fetchall())
    reminded = _next_reminders(cursor, [r[0] for r in rows])
    today = clock.today()
    dates: dict[str, dt.date | None] = {}

    def day(text):
        key = (text or "")[:10]
        if key not in dates:
            dates[key] = _date(key)
        return dates[key]

    cards = []
    for (did, title, cid, cname, amount, currency, probability, owner_id, stage_id, status,
         expected_close, next_step, entered_at, snoozed, reason, position, followed,
         follow_up, last_seen) in rows:
        stage_probability, stall_days = stage_info[stage_id]
        if status == "won":
            probability = 100
        elif status == "lost":
            probability = 0
        elif probability is None:
            probability = stage_probability
        entered = day(entered_at) or today
        start, past = _stall(status, stall_days, entered, day(last_seen), snoozed, today)
        cards.append({
            "id": did, "title": title, "customer_id": cid, "customer_name": cname,
            "amount": None if amount is None else money.Money(amount, currency),
            "currency": currency, "probability": probability,
            "owner_id": owner_id, "owner_name": users.get(owner_id, ""), "stage_id": stage_id,
            "status": status, "expected_close": expected_close, "next_step": next_step,
            "days_in_stage": max(0, (today - entered).days), "stalled": start is not None,
            "stalled_days": past, "stall_reason": reason, "position": position,
            "stall_start": start.isoformat() if start else "", "stall_followed": followed,
            "next_follow_up": follow_up,  # the customer's
            "next_reminder": reminded.get(did, ""),  # due_at of the deal's next open reminder
        })
    return cards


def _next_reminders(cursor, deal_ids: list[str]) -> dict[str, str]:
    """Deal id -> due_at of its earliest open reminder, in one grouped query (the reminders_deal
    index: only reminders that have a deal are read)."""
    live = "status = 'open' AND deleted_at IS NULL"
    if len(deal_ids) <= 500:
        marks = ", ".join("?" * len(deal_ids))
        sql = (f"SELECT deal_id, min(due_at) FROM reminders WHERE deal_id IN ({marks}) AND {live} "
               "GROUP BY deal_id")
        return dict(cursor.execute(sql, deal_ids).fetchall())
    return dict(cursor.execute(
        f"SELECT deal_id, min(due_at) FROM reminders WHERE deal_id IS NOT NULL AND {live} "
        "GROUP BY deal_id").fetchall())


def _filtered(cards: list[dict], search: str, only_stalled: bool) -> list[dict]:
    needle = values.fold(search).casefold()
    if needle:
        cards = [c for c in cards if any(
            needle in values.fold(c[k] or "").casefold()
            for k in ("title", "customer_name", "next_step"))]
    if only_stalled:
        cards = [c for c in cards if c["stalled"]]
    return cards


def _filters(status: str | None, owner_id: str | None) -> tuple[list[str], list]:
    where, params = [], []
    if status is not None:
        if status not in STATUSES:
            raise KeyError(status)
        where.append("d.status = ?")
        params.append(status)
    if owner_id is not None:
        where.append("d.owner_id = ?")
        params.append(owner_id)
    return where, params


def deal(book: Book, deal_id: str) -> dict | None:
    """A card dict plus every column of the deal (checked decoded to a dict); None when the
    deal does not exist or was deleted, or its customer is one the user may not see. Also
    while its customer is in the trash."""
    row = book.one("SELECT * FROM deals WHERE id = ? AND deleted_at IS NULL", (deal_id,))
    if row is None:
        return None
    out = dict(row)
    out["checked"] = json.loads(row["checked"] or "{}")
    out["own_probability"] = row["probability"]  # None: the stage's default
    cards = _cards(book, ["d.id = ?"], [deal_id], order="d.id", live_customers=False)
    if not cards:  # its customer is one the user may not see (models.core.scopes)
        return None
    out.update(cards[0])
    return out


def deal_history(book: Book, deal_id: str) -> list[dict]:
    """The deal's stage and status changes, oldest first: at, user_id, user_name, from_stage,
    to_stage, from_status, to_status, and from_stage_row / to_stage_row (stage dicts, deleted
    stages too, for stage_label; None where there is no stage)."""
    customer_id = book.scalar("SELECT customer_id FROM deals WHERE id = ?", (deal_id,))
    if customer_id is not None and not scopes.can_see(book, customer_id):
        return []  # a deal of a customer the user may not see (models.core.scopes)
    stages_by_id = {r["id"]: _stage_dict(r) for r in book.all("SELECT * FROM stages")}
    rows = book.all(
        "SELECT h.*, u.name AS user_name FROM deal_history h LEFT JOIN users u ON u.id = h.user_id "
        "WHERE h.deal_id = ? ORDER BY h.at, h.rowid", (deal_id,))
    return [{**dict(r), "user_name": r["user_name"] or "",
             "from_stage_row": stages_by_id.get(r["from_stage"]),
             "to_stage_row": stages_by_id.get(r["to_stage"])} for r in rows]


def board(book: Book, *, owner_id: str | None = None, search: str = "",
          only_stalled: bool = False) -> list[dict]:
    """One column per stage: its open deals by position, their count, and their total and
    weighted sum per currency (money.Totals, never one sum across currencies). Deals of
    customers in the trash are left out."""
    where, params = _filters("open", owner_id)
    cards = _filtered(_cards(book, where, params, order="d.position, d.created_at"),
                      search, only_stalled)
    columns = [{"stage": s, "deals": [], "count": 0} for s in stages(book)]
    by_stage = {c["stage"]["id"]: c for c in columns}
    for card in cards:
        column = by_stage.get(card["stage_id"])
        if column is None:  # a deleted stage's deal (delete_stage moves them all)
            continue
        column["deals"].append(card)
        column["count"] += 1
    for column in columns:
        column["total"] = money.Totals(c["amount"] for c in column["deals"] if c["amount"] is not None)
        column["weighted"] = money.weighted_totals(
            (c["amount"], c["probability"]) for c in column["deals"])
    return columns


def list_deals(book: Book, *, status: str | None = "open", owner_id: str | None = None,
               search: str = "", only_stalled: bool = False) -> list[dict]:
    """Deals in board order (stage, then position); status None = all statuses."""
    where, params = _filters(status, owner_id)
    order = {s["id"]: s["position"] for s in stages(book)}
    cards = _filtered(_cards(book, where, params, order="d.position, d.created_at"),
                      search, only_stalled)
    cards.sort(key=lambda c: order.get(c["stage_id"], 1 << 30))
    return cards


def deals_of_customer(book: Book, customer_id: str) -> list[dict]:
    """All the customer's live deals, any status, newest first (also while it is in the trash)."""
    return _cards(book, ["d.customer_id = ?"], [customer_id],
                  order="d.created_at DESC, d.rowid DESC", live_customers=False)


def stalled_deals(book: Book, *, owner_id: str | None = None) -> list[dict]:
    return list_deals(book, status="open", owner_id=owner_id, only_stalled=True)


def main_currency(book: Book) -> str:
    """The currency most of the book's deals are in (CNY when there are none, or on a tie):
    the one the reports chart and the grading thresholds are in. Amounts in other currencies
    are shown apart, never added to it."""
    row = book.one("SELECT currency, count(*) AS n FROM deals WHERE deleted_at IS NULL "
                   "GROUP BY currency ORDER BY n DESC, currency != ?, currency LIMIT 1",
                   (money.DEFAULT_CURRENCY,))
    return row["currency"] if row else money.DEFAULT_CURRENCY


def forecast(book: Book, *, months: int = 6, owner_id: str | None = None,
             start: str | None = None) -> list[dict]:
    """`months` entries from the current month (or from start, "YYYY-MM"): open deals by
    expected close month, with their count and their total and weighted sum per currency
    (money.Totals). Deals expected before the first month count in it; those without a date
    are left out."""
    if start:
        year, month = int(start[:4]), int(start[5:7])
    else:
        today = clock.today()
        year, month = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    out = {k: {"month": k, "count": 0, "pairs": []} for k in keys}
    if not keys:
        return []
    where, params = _filters("open", owner_id)
    seen, seen_params = scopes.customer_in(book, "d.customer_id")
    where.append(seen)
    params += seen_params
    rows = book.all(
        "SELECT d.expected_close, d.amount_minor, d.currency, "
        "coalesce(d.probability, s.probability) AS p "
        "FROM deals d JOIN stages s ON s.id = d.stage_id "
        "WHERE d.deleted_at IS NULL AND d.expected_close != '' AND d.customer_id NOT IN "
        "(SELECT id FROM customers WHERE deleted_at IS NOT NULL) AND "
        + " AND ".join(where), params)
    for r in rows:
        key = max(r["expected_close"][:7], keys[0])
        bucket = out.get(key)
        if bucket is None:
            continue
        bucket["count"] += 1
        if r["amount_minor"] is not None:
            bucket["pairs"].append((money.Money(r["amount_minor"], r["currency"]), r["p"]))
    for bucket in out.values():
        pairs = bucket.pop("pairs")
        bucket["total"] = money.Totals(m for m, _ in pairs)
        bucket["weighted"] = money.weighted_totals(pairs)
    return list(out.values())
