"""The demo book's year after the deal: products, orders, payment plans, payments and tickets.

Written in bulk into the demo's open transaction after the customers, deals and reminders (a
brand-new book has nothing to audit), like models.demo.pipeline, with the rows the operations of
models.orders and models.tickets would write: the same order and ticket numbers, plan rows from
the term templates (models.orders.terms), line and plan ids derived as the operations derive
them, the satisfaction call's reminder and the unhappy customer's alert.

What the year of a small building-materials trader looks like:
- a price list of building materials (cement, sand, steel, tiles, boards, pipes, waterproofing);
- an order for each deal won in the year, on the deal's day, by its salesperson; and regular
  customers who order again every few weeks, a few of whom stopped (due to repurchase);
- each customer has its payment terms (全款, 30/70, three instalments, 月结 30 or 60 days) and
  its way of paying: most on time, some late, some in part, a few stopped paying, so the aging
  has money in every bucket and a few customers are well overdue;
- payments recorded in the last days are not all confirmed yet, and one was rejected (the
  customer said it had paid; the bank had nothing), so the month's received differs from
  what was expected;
- a few orders were voided (a wrong quantity, a changed spec) and replaced;
- service tickets through the year: most closed after a satisfaction call, some waiting for
  the customer, some still open (a few past their time), one or two unhappy customers.
The amounts and counts do not grow with the number of customers: a 100,000-customer book has
the same few hundred orders as a small one.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from models.core import ids, schema
from models.core.book import Book
from models.orders import numbers, terms
from models.reminders import MORNING, new_row
from models.tickets.labels import ALERT_CONTEXT, ALERT_WORD, DUE_HOURS, UNHAPPY

# the price list: (name, spec, unit, price in yuan, category, (smallest, largest) quantity)
PRODUCTS = (
    ("普通硅酸盐水泥", "P.O 42.5 袋装", "吨", 460, "水泥砂石", (10, 80)),
    ("复合硅酸盐水泥", "P.C 32.5 散装", "吨", 400, "水泥砂石", (20, 120)),
    ("黄沙", "中砂", "吨", 130, "水泥砂石", (20, 200)),
    ("碎石", "1-3cm", "吨", 95, "水泥砂石", (20, 200)),
    ("螺纹钢", "HRB400 Φ12", "吨", 3950, "钢材", (3, 30)),
    ("螺纹钢", "HRB400 Φ16", "吨", 3880, "钢材", (3, 30)),
    ("盘螺", "HRB400 Φ8", "吨", 4050, "钢材", (2, 15)),
    ("抛光砖", "800×800", "平方", 68, "瓷砖", (100, 1200)),
    ("仿古砖", "600×600", "平方", 55, "瓷砖", (80, 800)),
    ("瓷砖胶", "C1 20kg", "包", 38, "辅料", (50, 400)),
    ("腻子粉", "耐水型 20kg", "包", 26, "辅料", (100, 600)),
    ("石膏板", "9.5mm 1200×2400", "张", 32, "板材", (100, 800)),
    ("轻钢龙骨", "50 主龙骨", "米", 6.5, "板材", (200, 2000)),
    ("JS防水涂料", "聚合物 20kg", "桶", 260, "防水材料", (10, 60)),
    ("SBS防水卷材", "3mm", "平方", 28, "防水材料", (100, 1500)),
    ("PPR水管", "Φ25", "米", 9, "管材", (100, 1000)),
    ("PVC排水管", "Φ110", "米", 22, "管材", (50, 500)),
    ("乳胶漆", "内墙 18L", "桶", 420, "涂料", (5, 40)),
)
OLD_PRODUCT = ("水泥", "P.O 32.5 袋装", "吨", 380, "水泥砂石")  # no longer sold (inactive)

# payment terms of a customer (models.orders.terms) and how it pays
TERMS = (({"template": "full"}, 25), ({"template": "full", "days": 7}, 10),
         ({"template": "split", "percents": [30, 70], "days": 30}, 25),
         ({"template": "instalments", "n": 3}, 10),
         ({"template": "month_end", "days": 30}, 20), ({"template": "month_end", "days": 60}, 10))
PAYERS = (("on_time", 55), ("late", 25), ("partly", 10), ("stopped", 10))
METHODS = (("transfer", 45), ("wechat", 20), ("cash", 15), ("alipay", 10))
REGULAR_CYCLES = (21, 30, 30, 45, 60)
REGULARS = 30  # customers who order again and again; one in eight of them stopped
VOID_REASONS = ("数量录错了，重开一张", "客户改了规格", "按新价目表调整单价", "送货地址改到新工地")
REJECTED = "客户说已经转账，银行没有到账"
ORDER_NOTES = ("送到工地，提前一天电话", "开增值税专票", "", "", "", "", "卸货自理", "分两次送")

TICKETS = {  # kind -> titles
    "complaint": ("送货晚了两天", "瓷砖有色差", "水泥结块了", "送货司机态度不好", "少发了两包腻子粉"),
    "request": ("要一份上季度的对账单", "要开增值税专票", "下周一加急送一车黄沙", "水泥换成袋装"),
    "repair": ("PPR管接头漏水", "防水涂层起泡"),
    "return": ("瓷砖多订了二十平方要退", "石膏板运输破损要换"),
    "question": ("JS防水涂料怎么配比", "螺纹钢有没有质检报告", "乳胶漆一桶能刷多少平方"),
}
TICKET_KINDS = (("complaint", 25), ("request", 25), ("repair", 15), ("return", 15),
                ("question", 20))
TICKET_PRIORITIES = (("low", 15), ("normal", 55), ("high", 25), ("urgent", 5))
SCORES = ((5, 45), (4, 30), (3, 12), (2, 8), (1, 5))
SCORE_NOTES = {5: ("处理得很快，满意", "师傅很专业", ""), 4: ("还可以", "下次早点通知", ""),
               3: ("一般，拖了几天", ""), 2: ("说好的时间没来", "问题没完全解决"),
               1: ("再这样就换供应商了", "很不满意，打了好几次电话")}
# the last days' tickets: (days ago, state, priority); the high ones opened days ago are late
RECENT = ((6, "resolved", None), (4, "in_progress", "high"), (3, "waiting", "normal"),
          (2, "resolved", None), (2, "new", "high"), (1, "in_progress", "normal"),
          (0, "new", "normal"))
RESOLUTIONS = ("已补发", "已上门处理", "已换货", "已发资料给客户", "已退款到客户账户", "已重新送货")

PRODUCT_COLUMNS = ("id", "name", "spec", "unit", "price_minor", "currency", "category", "active",
                   "created_at", "updated_at")
ORDER_COLUMNS = ("id", "number", "customer_id", "deal_id", "owner_id", "order_date", "currency",
                 "total_minor", "terms", "status", "delivery", "notes", "confirmed_at",
                 "confirmed_by", "void_reason", "voided_at", "voided_by", "replaces_id",
                 "created_at", "updated_at")
LINE_COLUMNS = ("id", "order_id", "position", "product_id", "description", "unit", "qty_milli",
                "price_minor", "discount_minor", "amount_minor", "created_at", "updated_at")
PLAN_COLUMNS = ("id", "order_id", "seq", "due_date", "amount_minor", "note", "created_at",
                "updated_at")
PAYMENT_COLUMNS = ("id", "customer_id", "order_id", "received_on", "amount_minor", "currency",
                   "method", "reference", "notes", "recorded_by", "status", "confirmed_by",
                   "confirmed_at", "reject_reason", "created_at", "updated_at")
TICKET_COLUMNS = ("id", "number", "customer_id", "order_id", "kind", "priority", "title",
                  "description", "owner_id", "due_by", "status", "opened_at", "resolved_at",
                  "closed_at", "resolution", "satisfaction", "satisfaction_note",
                  "satisfaction_at", "created_at", "updated_at")
EVENT_COLUMNS = ("id", "ticket_id", "at", "status", "user_id", "note", "created_at", "updated_at")
REMINDER_COLUMNS = ("id", "title", "due_at", "first_due_at", "owner_id", "customer_id",
                    "deal_id", "priority", "notes", "status", "done_at", "done_by", "recurrence",
                    "kind", "rule_key", "previous_id", "moved_from", "notified_at", "created_at",
                    "updated_at")
ALERT_COLUMNS = ("id", "word", "tbl", "record_id", "field", "customer_id", "author_id",
                 "written_at", "context", "reviewed_at", "reviewed_by", "review_note",
                 "created_at", "updated_at")


def _pick(rng: random.Random, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _insert(book: Book, table: str, columns: tuple[str, ...], rows: list[dict]) -> None:
    book.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(r[c] for c in columns) for r in rows])


class _Year:
    """Draws the year's rows from one random.Random, in a fixed order (a seed, one book)."""

    def __init__(self, book: Book, rng: random.Random, *, active_ids: list[str], new_id,
                 now: dt.datetime) -> None:
        self.book, self.rng, self.new_id, self.now = book, rng, new_id, now
        self.today = now.date()
        self.tz = now.tzinfo
        self.owner = book.user_id
        self.active = active_ids
        self.tag = numbers.device_tag(book)
        self.counts: dict[str, int] = {}
        self.products: list[dict] = []
        self.orders: list[dict] = []
        self.lines: list[dict] = []
        self.plans: list[dict] = []
        self.payments: list[dict] = []
        self.customer_terms: dict[str, dict] = {}
        self.payers: dict[str, tuple[str, dt.date]] = {}

    # -- helpers ---------------------------------------------------------------------------
    def stamp(self, day: dt.date, hour: int | None = None) -> str:
        h = self.rng.randrange(8, 19) if hour is None else hour
        at = dt.datetime.combine(day, dt.time(h, self.rng.randrange(60)), self.tz)
        return min(at, self.now).isoformat(timespec="seconds")

    def number(self, prefix: str, day: dt.date) -> str:
        key = f"{prefix}{day.strftime('%Y%m%d')}-{self.tag}-"
        self.counts[key] = self.counts.get(key, 0) + 1
        return f"{key}{self.counts[key]:02d}"

    def seller(self, owner_id: str | None) -> str:
        return owner_id if owner_id in self.active else self.rng.choice(self.active)

    # -- the price list --------------------------------------------------------------------
    def price_list(self) -> None:
        created = self.stamp(self.today - dt.timedelta(days=400))
        for name, spec, unit, price, category, qty in PRODUCTS:
            self.products.append({
                "id": self.new_id(), "name": name, "spec": spec, "unit": unit,
                "price_minor": round(price * 100), "currency": "CNY", "category": category,
                "active": 1, "created_at": created, "updated_at": created, "qty": qty})
        name, spec, unit, price, category = OLD_PRODUCT
        self.products.append({
            "id": self.new_id(), "name": name, "spec": spec, "unit": unit,
            "price_minor": price * 100, "currency": "CNY", "category": category, "active": 0,
            "created_at": created, "updated_at": created, "qty": (10, 50)})

    # -- orders ----------------------------------------------------------------------------
    def draw_lines(self, order_id: str, amount: int | None, stamp: str) -> list[dict]:
        """1 to 3 lines; the first of about `amount` yuan when the order comes from a deal."""
        rng = self.rng
        sold = [p for p in self.products if p["active"]]
        chosen = rng.sample(sold, rng.choice((1, 1, 2, 2, 3)))
        out = []
        for position, product in enumerate(chosen, start=1):
            low, high = product["qty"]
            qty = rng.randint(low, high)
            if position == 1 and amount:
                qty = max(1, round(amount * 100 / product["price_minor"]))
            if qty >= 50:
                qty = round(qty, -1)
            gross = qty * product["price_minor"]
            discount = 0
            if gross >= 500_000 and rng.random() < 0.3:  # 5,000 yuan and more: a round-off
                discount = gross % 10_000 or 5_000
            out.append({"id": ids.derived_id("order_line", order_id, str(position)),
                        "order_id": order_id, "position": position, "product_id": product["id"],
                        "description": "", "unit": product["unit"], "qty_milli": qty * 1000,
                        "price_minor": product["price_minor"], "discount_minor": discount,
                        "amount_minor": gross - discount, "created_at": stamp,
                        "updated_at": stamp})
        return out

    def corrected(self, order_id: str, lines: list[dict], stamp: str) -> list[dict]:
        """The lines of a voided order for its replacement, the first quantity corrected."""
        out = []
        for line in lines:
            qty = line["qty_milli"] // 1000
            if line["position"] == 1:
                qty = max(1, qty + self.rng.choice((-1, 1)) * max(1, qty // 10))
            gross = qty * line["price_minor"]
            discount = min(line["discount_minor"], gross)
            out.append({**line, "id": ids.derived_id("order_line", order_id,
                                                     str(line["position"])),
                        "order_id": order_id, "qty_milli": qty * 1000,
                        "discount_minor": discount, "amount_minor": gross - discount,
                        "created_at": stamp, "updated_at": stamp})
        return out

    def add_order(self, customer_id: str, seller: str, day: dt.date, *, deal_id=None,
                  amount: int | None = None, status: str = "confirmed",
                  copy: list[dict] | None = None) -> dict:
        rng = self.rng
        oid = self.new_id()
        stamp = self.stamp(day)
        lines = (self.draw_lines(oid, amount, stamp) if copy is None
                 else self.corrected(oid, copy, stamp))
        total = sum(line["amount_minor"] for line in lines)
        spec = self.customer_terms.setdefault(customer_id, _pick(rng, TERMS))
        age = (self.today - day).days
        delivery = ("delivered" if age > 10 else
                    rng.choice(("pending", "partial", "delivered")))
        order = {
            "id": oid, "number": self.number("", day), "customer_id": customer_id,
            "deal_id": deal_id, "owner_id": seller, "order_date": day.isoformat(),
            "currency": "CNY", "total_minor": total, "terms": json.dumps(spec, sort_keys=True),
            "status": status, "delivery": "pending" if status == "draft" else delivery,
            "notes": rng.choice(ORDER_NOTES),
            "confirmed_at": stamp if status == "confirmed" else "",
            "confirmed_by": self.owner if status == "confirmed" else None,
            "void_reason": "", "voided_at": "", "voided_by": None, "replaces_id": None,
            "created_at": stamp, "updated_at": stamp}
        self.orders.append(order)
        self.lines.extend(lines)
        rows = terms.plan_rows(spec["template"], total, day,
                               **{k: v for k, v in spec.items() if k != "template"})
        for row in rows:
            self.plans.append({"id": ids.derived_id("payment_plan", oid, str(row["seq"])),
                               "order_id": oid, "seq": row["seq"], "due_date": row["due_date"],
                               "amount_minor": row["amount_minor"], "note": "",
                               "created_at": stamp, "updated_at": stamp})
        return order

    def void_and_replace(self, order: dict) -> dict:
        """The order voided a few days after it was written, and its replacement (the same
        customer, deal and date; one quantity corrected), confirmed the same day."""
        day = dt.date.fromisoformat(order["order_date"])
        when = self.stamp(min(day + dt.timedelta(days=self.rng.randint(1, 4)), self.today))
        order.update(status="void", void_reason=self.rng.choice(VOID_REASONS), voided_at=when,
                     voided_by=self.owner, updated_at=when)
        old = [line for line in self.lines if line["order_id"] == order["id"]]
        new = self.add_order(order["customer_id"], order["owner_id"], day,
                             deal_id=order["deal_id"], copy=old)
        new.update(replaces_id=order["id"], confirmed_at=when, created_at=when, updated_at=when)
        return new

    def orders_of_year(self, deals: list, customers: list) -> None:
        rng, today = self.rng, self.today
        start = today - dt.timedelta(days=365)
        for deal in deals:
            day = dt.date.fromisoformat(deal["closed_at"][:10])
            if start <= day <= today:
                self.add_order(deal["customer_id"], deal["owner_id"], day, deal_id=deal["id"],
                               amount=deal["amount_minor"] // 100)
        # regular buyers: every few weeks, a few of whom stopped ordering some months ago
        count = min(REGULARS, max(4, len(customers) // 6))
        regulars = rng.sample(customers, min(count, len(customers)))
        for n, customer in enumerate(regulars):
            cycle = rng.choice(REGULAR_CYCLES)
            stopped = n % 8 == 3
            stop = today - dt.timedelta(days=rng.randint(2, 4) * cycle) if stopped else today
            day = start + dt.timedelta(days=rng.randrange(cycle))
            seller = self.seller(customer["owner_id"])
            last = None
            while day <= stop:
                self.add_order(customer["id"], seller, day)
                last = day
                day += dt.timedelta(days=max(7, round(cycle * rng.uniform(0.8, 1.2))))
            if not stopped and last and (today - last).days >= cycle * 0.7:
                self.add_order(customer["id"], seller, today - dt.timedelta(days=rng.randint(0, 4)))
        # a few voided and replaced (not in the last days, so their payments follow)
        settled = [o for o in self.orders if (today - dt.date.fromisoformat(o["order_date"])).days
                   > 20]
        for order in rng.sample(settled, min(4, len(settled))):
            self.void_and_replace(order)
        # and two drafts written today or yesterday, not confirmed yet
        for customer in rng.sample(regulars, min(2, len(regulars))):
            self.add_order(customer["id"], self.seller(customer["owner_id"]),
                           today - dt.timedelta(days=rng.randint(0, 1)), status="draft")
        self.orders.sort(key=lambda o: (o["order_date"], o["number"]))

    # -- payments --------------------------------------------------------------------------
    def payer(self, customer_id: str) -> tuple[str, dt.date]:
        """(how the customer pays, the day a customer that stopped paying stopped)."""
        if customer_id not in self.payers:
            kind = _pick(self.rng, PAYERS)
            stopped = self.today - dt.timedelta(days=self.rng.randint(70, 200))
            self.payers[customer_id] = (kind, stopped)
        return self.payers[customer_id]

    def pay(self, order: dict, amount: int, day: dt.date, *, named: bool = True) -> None:
        rng, today = self.rng, self.today
        if day > today or amount <= 0:
            return
        method = ("acceptance_bill" if amount >= 5_000_000 and rng.random() < 0.5
                  else _pick(rng, METHODS))
        recorded = self.stamp(day)
        age = (today - day).days
        status = "pending" if age <= 6 and rng.random() < 0.4 else "confirmed"
        confirmed = self.stamp(min(day + dt.timedelta(days=rng.randint(0, 2)), today))
        self.payments.append({
            "id": self.new_id(), "customer_id": order["customer_id"],
            "order_id": order["id"] if named else None, "received_on": day.isoformat(),
            "amount_minor": amount, "currency": order["currency"], "method": method,
            "reference": "", "notes": "", "recorded_by": order["owner_id"], "status": status,
            "confirmed_by": self.owner if status == "confirmed" else None,
            "confirmed_at": confirmed if status == "confirmed" else "", "reject_reason": "",
            "created_at": recorded, "updated_at": confirmed if status == "confirmed" else recorded})

    def payments_of_year(self) -> None:
        rng = self.rng
        plans: dict[str, list[dict]] = {}
        for row in self.plans:
            plans.setdefault(row["order_id"], []).append(row)
        for order in self.orders:
            if order["status"] != "confirmed":
                continue
            kind, stopped = self.payer(order["customer_id"])
            named = rng.random() < 0.85
            for row in sorted(plans[order["id"]], key=lambda r: r["seq"]):
                due = dt.date.fromisoformat(row["due_date"])
                amount = row["amount_minor"]
                if kind == "on_time" or (kind == "stopped" and due < stopped):
                    self.pay(order, amount, due + dt.timedelta(days=rng.randint(-3, 3)),
                             named=named)
                elif kind == "late":
                    self.pay(order, amount, due + dt.timedelta(days=rng.randint(5, 75)),
                             named=named)
                elif kind == "partly":
                    first = amount * rng.choice((4, 5, 6, 7)) // 10 // 10_000 * 10_000
                    self.pay(order, first, due + dt.timedelta(days=rng.randint(0, 10)),
                             named=named)
                    self.pay(order, amount - first,
                             due + dt.timedelta(days=rng.randint(40, 150)), named=named)
        # one payment a salesperson wrote down that never came: rejected by the owner
        recent = [p for p in self.payments if (self.today - dt.date.fromisoformat(
            p["received_on"])).days <= 25 and p["status"] == "confirmed"]
        if recent:
            p = rng.choice(recent)
            extra = dict(p, id=self.new_id(), status="rejected", confirmed_by=None,
                         confirmed_at="", reject_reason=REJECTED, method="transfer",
                         amount_minor=p["amount_minor"])
            self.payments.append(extra)

    # -- tickets ---------------------------------------------------------------------------
    def tickets_of_year(self) -> tuple[list, list, list, list]:
        rng, today, now = self.rng, self.today, self.now
        confirmed = [o for o in self.orders if o["status"] == "confirmed"]
        tickets, events, reminders, alerts = [], [], [], []
        if not confirmed:
            return tickets, events, reminders, alerts
        count = min(60, max(len(RECENT) + 3, len(confirmed) // 10))
        # through the year: closed after the satisfaction call; the last days: every state
        plan = [(ago, "closed", None) for ago in
                sorted((rng.randrange(25, 330) for _ in range(count - len(RECENT))), reverse=True)]
        plan += RECENT
        for n, (ago, target, priority) in enumerate(plan):
            order = rng.choice(confirmed)
            day = max(today - dt.timedelta(days=ago),
                      dt.date.fromisoformat(order["order_date"]))
            kind = _pick(rng, TICKET_KINDS)
            priority = priority or _pick(rng, TICKET_PRIORITIES)
            opened = dt.datetime.fromisoformat(self.stamp(day, hour=rng.randrange(8, 16)))
            if opened >= now:
                opened = now - dt.timedelta(hours=rng.randint(1, 6))
            due = opened + dt.timedelta(hours=DUE_HOURS[priority])
            tid = self.new_id()
            handler = order["owner_id"]
            iso = opened.isoformat(timespec="seconds")
            ticket = {
                "id": tid, "number": self.number("T", opened.date()),
                "customer_id": order["customer_id"],
                "order_id": order["id"] if rng.random() < 0.6 else None, "kind": kind,
                "priority": priority, "title": rng.choice(TICKETS[kind]), "description": "",
                "owner_id": handler, "due_by": due.isoformat(timespec="seconds"),
                "status": target if target in ("new", "in_progress", "waiting") else "new",
                "opened_at": iso, "resolved_at": "", "closed_at": "",
                "resolution": "", "satisfaction": None, "satisfaction_note": "",
                "satisfaction_at": "", "created_at": iso, "updated_at": iso}
            moves = [("new", opened, "")]
            start = min(opened + dt.timedelta(minutes=rng.randint(10, 120)), now)
            if target in ("in_progress", "waiting"):
                moves.append(("in_progress", start, ""))
            if target == "waiting":
                moves.append(("waiting", min(start + dt.timedelta(hours=2), now), "等客户回话"))
            if target in ("resolved", "closed"):
                late = n % 9 == 4  # one in nine took longer than it was given
                took = dt.timedelta(hours=DUE_HOURS[priority] * (
                    rng.uniform(1.2, 3) if late else rng.uniform(0.2, 0.9)))
                end = opened + took
                moves.append(("in_progress", start, ""))
                if kind in ("return", "request") and rng.random() < 0.4:
                    moves.append(("waiting", start + (end - start) / 2, "等客户确认"))
                    end += dt.timedelta(days=rng.randint(1, 3))
                    moves.append(("in_progress", end - dt.timedelta(hours=2), ""))
                end = min(end, now - dt.timedelta(hours=3))
                resolution = rng.choice(RESOLUTIONS)
                moves.append(("resolved", end, resolution))
                ticket.update(status="resolved", resolution=resolution,
                              resolved_at=end.isoformat(timespec="seconds"))
                call = dt.datetime.combine(end.date() + dt.timedelta(days=1), MORNING, self.tz)
                if target == "closed":
                    at = call + dt.timedelta(hours=rng.randint(0, 6))
                    score = _pick(rng, SCORES)
                    note = rng.choice(SCORE_NOTES[score])
                    at_iso = at.isoformat(timespec="seconds")
                    moves.append(("closed", at, ""))
                    ticket.update(status="closed", closed_at=at_iso, satisfaction=score,
                                  satisfaction_note=note, satisfaction_at=at_iso)
                    if score <= UNHAPPY:
                        alerts.append({
                            "id": self.new_id(), "word": ALERT_WORD, "tbl": "tickets",
                            "record_id": tid, "field": "satisfaction",
                            "customer_id": ticket["customer_id"], "author_id": handler,
                            "written_at": at_iso, "context": ALERT_CONTEXT.format(
                                number=ticket["number"], title=ticket["title"], score=score,
                                note=note).strip(),
                            "reviewed_at": "", "reviewed_by": None, "review_note": "",
                            "created_at": at_iso, "updated_at": at_iso})
                else:  # the call is still to make: its reminder, as the operation writes it
                    call_iso = call.isoformat(timespec="seconds")
                    row = new_row(
                        id=self.new_id(), title=f"Satisfaction call: ticket {ticket['number']}",
                        owner_id=handler, customer_id=ticket["customer_id"], kind="follow_up",
                        rule_key=f"satisfaction:{tid}:{ticket['number']}", due_at=call_iso,
                        first_due_at=call_iso)
                    row.update(notified_at="", created_at=ticket["resolved_at"],
                               updated_at=ticket["resolved_at"])
                    reminders.append(row)
            for status, at, note in moves:
                at_iso = at.isoformat(timespec="seconds")
                events.append({"id": self.new_id(), "ticket_id": tid, "at": at_iso,
                               "status": status, "user_id": handler, "note": note,
                               "created_at": at_iso, "updated_at": at_iso})
            ticket["updated_at"] = moves[-1][1].isoformat(timespec="seconds")
            tickets.append(ticket)
        return tickets, events, reminders, alerts


def fill_orders(book: Book, rng: random.Random, *, active_ids: list[str], new_id,
                now: dt.datetime) -> int:
    """Write the demo's products, orders, plans, payments and tickets into the open
    transaction; returns the number of orders."""
    year = _Year(book, rng, active_ids=active_ids, new_id=new_id, now=now)
    customers = [dict(r) for r in book.all(
        "SELECT id, owner_id FROM customers WHERE deleted_at IS NULL ORDER BY rid")]
    if not customers:
        return 0
    deals = [dict(r) for r in book.all(
        "SELECT id, customer_id, owner_id, amount_minor, closed_at FROM deals "
        "WHERE status = 'won' AND deleted_at IS NULL ORDER BY closed_at, id")]
    year.price_list()
    year.orders_of_year(deals, customers)
    year.payments_of_year()
    tickets, events, reminders, alerts = year.tickets_of_year()
    # the receivables' triggers would work a customer out again per row: the year goes in
    # without them, and the receivables are filled in one pass after (as the migration does)
    schema.drop_receivable_triggers(book.conn)
    _insert(book, "products", PRODUCT_COLUMNS, year.products)
    _insert(book, "orders", ORDER_COLUMNS, year.orders)
    _insert(book, "order_lines", LINE_COLUMNS, year.lines)
    _insert(book, "payment_plans", PLAN_COLUMNS, year.plans)
    _insert(book, "payments", PAYMENT_COLUMNS, year.payments)
    schema.fill_receivables(book.conn)
    _insert(book, "tickets", TICKET_COLUMNS, tickets)
    _insert(book, "ticket_events", EVENT_COLUMNS, events)
    _insert(book, "reminders", REMINDER_COLUMNS, reminders)
    _insert(book, "alerts", ALERT_COLUMNS, alerts)
    return len(year.orders)
