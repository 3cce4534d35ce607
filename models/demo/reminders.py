"""The demo book's reminders: what a small trading company's people have on their lists.

Written in bulk into the demo's open transaction after the customers and deals (a brand-new book
has nothing to audit), like models/demo_pipeline.py:
- each customer's next follow-up date has its follow-up reminder (the same rule_key and times
  models.reminders.run_rules would use, so the rules find no follow-up to add afterwards);
- some good customers buy again every 30 to 90 days: a recurring "repurchase" reminder, with the
  last round done;
- one-off tasks, some tied to an open deal: a few overdue, some today, most in the next days and
  weeks, and done ones in the past;
- the owner's weekly and month-end routine (recurring on a weekday, on the last day of a month).
Reminders due before today were shown when they came due (notified_at), so the demo's first
start lists only what came due today.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from models.core.book import Book
from models.reminders import MORNING, RULE_TITLES

COLUMNS = (
    "id", "title", "due_at", "first_due_at", "owner_id", "customer_id", "deal_id", "priority",
    "notes", "status", "done_at", "done_by", "recurrence", "kind", "rule_key", "previous_id",
    "moved_from", "notified_at", "created_at", "updated_at",
)
TASKS = ("送样品过去", "发报价单", "催回款", "确认发货时间", "打电话问安装情况", "对账", "寄发票",
         "约老板吃饭", "问问新店开业要不要备货", "回访上次的质量问题", "把合同快递过去", "上门量尺寸")
DEAL_TASKS = ("发报价单", "催合同回签", "确认交货期", "约看样品", "问清楚开票要求")
TASK_NOTES = ("老板下午才在店里", "带上新的价目表", "上次说资金紧，先别催太急", "", "", "", "")
PRIORITIES = (("low", 15), ("normal", 65), ("high", 20))
REPURCHASE_DAYS = (30, 45, 60, 90)
PLAN = ("week", "today", "overdue", "week", "later", "done", "today", "week", "later",
        "overdue")  # the one-off tasks, in turn
ROUTINE = (
    ("每周一整理报价单", {"every": 1, "unit": "week", "weekdays": [0]}),
    ("月底对账、催款", {"every": 1, "unit": "month", "monthday": 31}),
)


def _pick_weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def fill_reminders(book: Book, rng: random.Random, *, active_ids: list[str], new_id,
                   now: dt.datetime) -> int:
    """Write the demo's reminders into the open transaction; returns how many."""
    from models.demo import INDUSTRIES

    tz = now.tzinfo
    today = now.date()
    stamp = now.isoformat(timespec="seconds")
    owner = book.user_id
    rows: list[tuple] = []

    def at(day: dt.date, time: dt.time = MORNING) -> dt.datetime:
        return dt.datetime.combine(day, time, tz)

    def iso(when: dt.datetime) -> str:
        return when.isoformat(timespec="seconds")

    def add(*, title, due, owner_id, customer_id=None, deal_id=None, priority="normal", notes="",
            done_at="", recurrence=None, kind="manual", rule_key="", previous_id=None,
            created=None) -> str:
        rid = new_id()
        shown = iso(due) if due < now and (done_at or due.date() < today) else ""
        rows.append((
            rid, title, iso(due), iso(due), owner_id, customer_id, deal_id, priority, notes,
            "done" if done_at else "open", done_at, owner_id if done_at else None,
            json.dumps(recurrence, sort_keys=True) if recurrence else "", kind, rule_key,
            previous_id, "", shown, created or stamp, done_at or created or stamp))
        return rid

    customers = book.all(
        "SELECT id, name, owner_id, grade, industry, next_follow_up FROM customers "
        "WHERE deleted_at IS NULL ORDER BY rid")
    if not customers:
        return 0

    def owner_of(customer) -> str:
        return customer["owner_id"] if customer["owner_id"] in active_ids else owner

    # follow-ups: exactly what the rules would open for the customers' dates
    for c in customers:
        day = c["next_follow_up"]
        if day:
            add(title=RULE_TITLES["follow_up"].format(customer=c["name"]),
                due=at(dt.date.fromisoformat(day)), owner_id=c["owner_id"] or owner,
                customer_id=c["id"], kind="follow_up", rule_key=f"follow_up:{c['id']}:{day}")

    # repurchases: about one A/B customer in six buys again on a rhythm
    for c in customers:
        if c["grade"] not in ("A", "B") or rng.random() >= 1 / 6:
            continue
        every = rng.choice(REPURCHASE_DAYS)
        item = rng.choice(INDUSTRIES.get(c["industry"], INDUSTRIES["建材"])[3])[0]
        rule = {"every": every, "unit": "day"}
        title = f"问问要不要补{item}（每{every}天）"
        due = at(today + dt.timedelta(days=rng.randint(-5, every)))
        before = due - dt.timedelta(days=every)
        done_at = iso(min(before + dt.timedelta(days=rng.randint(0, 3), hours=2), now))
        previous = add(title=title, due=before, owner_id=owner_of(c), customer_id=c["id"],
                       done_at=done_at, recurrence=rule, kind="repurchase",
                       created=iso(before - dt.timedelta(days=every)))
        add(title=title, due=due, owner_id=owner_of(c), customer_id=c["id"], recurrence=rule,
            kind="repurchase", previous_id=previous, created=done_at)

    # one-off tasks, some for an open deal of the customer
    open_deals: dict[str, list[tuple[str, str]]] = {}
    for did, cid, deal_owner in book.all(
            "SELECT id, customer_id, owner_id FROM deals WHERE status = 'open' AND deleted_at "
            "IS NULL ORDER BY rowid"):
        open_deals.setdefault(cid, []).append((did, deal_owner))
    for n in range(max(12, len(customers) // 25)):
        c = rng.choice(customers)
        deal_id, person = None, owner_of(c)
        title = rng.choice(TASKS)
        if c["id"] in open_deals and rng.random() < 0.5:
            deal_id, deal_owner = rng.choice(open_deals[c["id"]])
            person = deal_owner if deal_owner in active_ids else person
            title = rng.choice(DEAL_TASKS)
        roll = PLAN[n % len(PLAN)]  # a fixed share of each, whatever the seed
        if roll == "overdue":
            due = at(today - dt.timedelta(days=rng.randint(1, 10)), dt.time(rng.randrange(9, 18)))
        elif roll == "today":  # some already passed, some still to come
            due = at(today, dt.time(rng.randrange(8, 19), rng.choice((0, 30))))
        elif roll == "week":  # the next 7 days
            due = at(today + dt.timedelta(days=rng.randint(1, 7)), dt.time(rng.randrange(9, 18)))
        elif roll == "later":
            due = at(today + dt.timedelta(days=rng.randint(8, 60)))
        else:  # done in the past
            due = at(today - dt.timedelta(days=rng.randint(1, 40)), dt.time(rng.randrange(9, 18)))
            done = iso(min(due + dt.timedelta(hours=rng.randint(0, 30)), now))
            add(title=title, due=due, owner_id=person, customer_id=c["id"], deal_id=deal_id,
                priority=_pick_weighted(rng, PRIORITIES), done_at=done,
                created=iso(due - dt.timedelta(days=rng.randint(1, 10))))
            continue
        add(title=title, due=due, owner_id=person, customer_id=c["id"], deal_id=deal_id,
            priority=_pick_weighted(rng, PRIORITIES), notes=rng.choice(TASK_NOTES),
            created=iso(min(now, due) - dt.timedelta(days=rng.randint(1, 10))))

    # the owner's routine: its next occurrence from today on (this Monday or the next; the
    # last day of this month), set by the owner some weeks ago
    monday = today + dt.timedelta(days=-today.weekday() % 7)
    month_end = dt.date(today.year, today.month, 1) + dt.timedelta(days=32)
    month_end = month_end.replace(day=1) - dt.timedelta(days=1)
    for (title, rule), day in zip(ROUTINE, (monday, month_end), strict=True):
        add(title=title, due=at(day, dt.time(17, 0)), owner_id=owner, recurrence=rule,
            created=iso(now - dt.timedelta(days=40)))

    book.conn.executemany(
        f"INSERT INTO reminders ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        rows)
    return len(rows)
