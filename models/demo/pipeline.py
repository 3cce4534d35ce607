"""The demo book's pipeline: deals of the past year with their stage history.

Deals are drawn for the demo's customers after they are written, in the same transaction and
in bulk like the customers (a brand-new book has nothing to audit). What a year of selling
looks like in a small trading company: most deals start with an enquiry; some stop early,
some are won after a quote and a round of bargaining, some are lost (price, a competitor,
silence); a few open deals have sat in their stage for weeks with nobody calling, so the
board has stalled deals to show from the first start.
"""

from __future__ import annotations

import datetime as dt
import random

from models.core.book import Book

# titles: what is sold, and what kind of order it is
ORDER_KINDS = ("采购", "订货", "年度供货", "工程供货", "补货", "样品试单", "批量订单")
NEXT_STEPS = ("发报价单", "约看样品", "催合同回签", "确认交货期", "上门拜访老板", "等客户回复价格",
              "对账后再谈", "送样品过去", "问清楚开票要求", "")
LOST_REASONS = (("price", 30), ("competitor", 20), ("no_budget", 12), ("went_silent", 25),
                ("private_deal", 6), ("other", 7))
LOST_NOTES = ("对方说隔壁便宜五个点", "老板说今年不做了", "电话一直不接", "", "", "")
OUTCOMES = (("open", 45), ("won", 30), ("lost", 25))
OPEN_STAGE_WEIGHTS = (30, 25, 20, 15, 10)  # more deals in the early stages

DEAL_COLUMNS = (
    "id", "title", "customer_id", "amount_minor", "currency", "expected_close", "stage_id",
    "probability", "owner_id", "source", "next_step", "notes", "products", "status",
    "lost_reason", "lost_note", "closed_at", "position", "stage_entered_at", "checked",
    "stall_snoozed_until", "stall_reason", "stall_followed", "created_at", "updated_at",
)
HISTORY_COLUMNS = ("id", "deal_id", "at", "user_id", "from_stage", "to_stage", "from_status",
                   "to_status", "created_at", "updated_at")


def _pick_weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def fill_pipeline(book: Book, rng: random.Random, *, count: int, active_ids: list[str],
                  new_id, now: dt.datetime) -> int:
    """Write `count` deals with their history into the open transaction; returns the count."""
    from models.demo import INDUSTRIES

    stages = [r[0] for r in book.all(
        "SELECT id FROM stages WHERE deleted_at IS NULL ORDER BY position")]
    customers = book.all(
        "SELECT c.id, c.owner_id, c.industry, c.source, c.grade, "
        "(SELECT max(at) FROM interactions i WHERE i.customer_id = c.id) AS last "
        "FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.rid")
    if not stages or not customers or count <= 0:
        return 0
    # A-grade customers buy more often: they are drawn three times as often as the others.
    weights = [3 if c["grade"] == "A" else 2 if c["grade"] == "B" else 1 for c in customers]
    tz = now.tzinfo
    today = now.date()
    deals, history = [], []
    positions: dict[str, int] = {}
    quiet = [c for c in customers if not c["last"] or
             (today - dt.date.fromisoformat(c["last"][:10])).days > 30]

    def stamp(day: dt.date) -> str:
        at = dt.datetime.combine(day, dt.time(rng.randrange(8, 19), rng.randrange(60)), tz)
        return at.isoformat(timespec="seconds")

    for n in range(count):
        outcome = _pick_weighted(rng, OUTCOMES)
        stalled = outcome == "open" and quiet and n % 12 == 0  # one open deal in 13 sits still
        customer = rng.choice(quiet) if stalled else rng.choices(customers, weights)[0]
        owner = customer["owner_id"] if customer["owner_id"] in active_ids else rng.choice(active_ids)
        item, unit, low, high = rng.choice(INDUSTRIES.get(customer["industry"], INDUSTRIES["建材"])[3])
        qty = rng.choice((10, 20, 30, 50, 100, 200, 300))
        amount = min(max(round(qty * rng.randint(low, high) / 100) * 100, 1500), 300_000)
        if outcome == "open":
            last = rng.choices(range(len(stages)), weights=OPEN_STAGE_WEIGHTS[:len(stages)])[0]
        elif outcome == "won":
            last = len(stages) - 1 if rng.random() < 0.8 else rng.randrange(2, len(stages))
        else:
            last = rng.randrange(0, len(stages))
        # the dates: each stage lasts 2 to 25 days; the deal ends (or sits) before today
        spans = [rng.randint(2, 25) for _ in range(last + 1)]
        if stalled:
            spans[-1] = rng.randint(20, 60)
        elif outcome == "open":
            spans[-1] = rng.randint(0, 5)
        length = sum(spans)
        start = today - dt.timedelta(days=length + (0 if outcome == "open" else rng.randint(0, 300)))
        did = new_id()
        day, entered = start, []
        for i in range(last + 1):
            entered.append(day)
            day = day + dt.timedelta(days=spans[i])
        end = min(day, today)
        created = stamp(start)
        prev = None
        for i, when in enumerate(entered):
            at = created if i == 0 else stamp(when)
            history.append((new_id(), did, at, owner, prev, stages[i], None if i == 0 else "open",
                            "open", at, at))
            prev = stages[i]
        stage_at = history[-1][2]
        closed_at = lost_reason = lost_note = ""
        if outcome != "open":
            closed_at = stamp(end)
            history.append((new_id(), did, closed_at, owner, stages[last], stages[last], "open",
                            outcome, closed_at, closed_at))
            if outcome == "lost":
                lost_reason = _pick_weighted(rng, LOST_REASONS)
                lost_note = rng.choice(LOST_NOTES)
            expected = closed_at[:10]
        else:
            expected = (today + dt.timedelta(days=rng.randint(-10, 150))).isoformat()
        position = positions.get(stages[last], 0) + 1
        positions[stages[last]] = position
        updated = max(stage_at, closed_at or stage_at)
        deals.append({
            "id": did, "title": f"{item}{rng.choice(ORDER_KINDS)}", "customer_id": customer["id"],
            "amount_minor": amount * 100, "currency": "CNY", "expected_close": expected,
            "stage_id": stages[last], "probability": None, "owner_id": owner,
            "source": customer["source"], "next_step": rng.choice(NEXT_STEPS) if outcome == "open" else "",
            "notes": "", "products": f"{item} {qty}{unit}", "status": outcome,
            "lost_reason": lost_reason, "lost_note": lost_note, "closed_at": closed_at,
            "position": float(position), "stage_entered_at": stage_at, "checked": "{}",
            "stall_snoozed_until": "", "stall_reason": "", "stall_followed": "",
            "created_at": created, "updated_at": updated,
        })
    conn = book.conn
    conn.executemany(
        f"INSERT INTO deals ({', '.join(DEAL_COLUMNS)}) VALUES ({', '.join('?' * len(DEAL_COLUMNS))})",
        [tuple(d[c] for c in DEAL_COLUMNS) for d in deals])
    conn.executemany(
        f"INSERT INTO deal_history ({', '.join(HISTORY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(HISTORY_COLUMNS))})", history)
    return len(deals)
