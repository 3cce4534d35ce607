"""Receivables: aging for 100,000 customers, 300,000 orders and 600,000 plan rows (issue 18).

The benchmark writes its own book (NEEDS_BOOK = False), rows put straight into the tables in
one transaction (the operations' change log is not what is measured): 100,000 customers of 5
salespeople; 300,000 confirmed orders over the last two years (1 to 5 per customer), each with
a plan of 1, 2 or 3 rows (600,000 in all) due from the order date to 90 days after; 200,000
confirmed payments, a third naming their order, paying about two thirds of what is due; 5%
of the orders in dollars. Built in a scratch folder once per run.

Metric 1, receivables_aging: models.orders.aging(book, by="customer"): every customer that
owes something, its five buckets and total, per currency, read into Python; one untimed
warm-up, then RUNS calls, median. Target: <= 300 ms.
Noted too: the same by salesperson, the 12-week cash forecast, and the month's collection.
The floor: a plain sum of every plan row's amount (SQL reading the same rows, no allocation).

Run alone: python -m tests.bench.bench_receivables FOLDER  (prints the raw measurements)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path

from tests.bench.common import Result, clean_env, failed, finish, median, note, probe, result

NEEDS_BOOK = False  # the benchmark writes its own book
CUSTOMERS, ORDERS, PLAN_ROWS, PAYMENTS = 100_000, 300_000, 600_000, 200_000
RUNS = 5
GOAL = 0.300


def build_receivables_book(path: Path, seed: int = 18) -> Path:
    from models.core import clock
    from models.core.book import Book
    from models.team import users

    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Book.open(path)
    try:
        owner = book.user_id
        users.set_password(book, user_id=owner, password="bench-pass")
        sellers = [owner] + [users.add_user(book, name=f"销售{n}", role="sales", password="x",
                                            owner_password="bench-pass") for n in range(4)]
        now = clock.now_iso()
        today = clock.today()
        customers = [str(uuid.uuid4()) for _ in range(CUSTOMERS)]
        owner_of = {c: rng.choice(sellers) for c in customers}
        # 1 to 5 orders per customer, 300,000 in all
        per = [1] * CUSTOMERS
        for n in rng.choices(range(CUSTOMERS), k=ORDERS - CUSTOMERS):
            per[n] += 1
        orders, plans, payments = [], [], []
        sizes = [1] * (ORDERS // 3) + [2] * (ORDERS // 3) + [3] * (ORDERS - 2 * (ORDERS // 3))
        rng.shuffle(sizes)
        k = 0
        for cid, count in zip(customers, per, strict=True):
            for _ in range(count):
                oid = str(uuid.uuid4())
                day = today - dt.timedelta(days=rng.randrange(730))
                code = "USD" if rng.random() < 0.05 else "CNY"
                rows = sizes[k]
                k += 1
                amounts = [rng.randrange(10_000, 5_000_000) for _ in range(rows)]
                orders.append((oid, f"{day:%Y%m%d}-BEN-{k:06d}", cid, owner_of[cid],
                               day.isoformat(), code, sum(amounts), now, now))
                for seq, amount in enumerate(amounts, start=1):
                    due = day + dt.timedelta(days=45 * (seq - 1) + rng.choice((0, 30, 60)))
                    plans.append((str(uuid.uuid4()), oid, seq, due.isoformat(), amount, now, now))
                if len(payments) < PAYMENTS and rng.random() < 0.67:
                    paid = sum(amounts) * rng.choice((1, 1, 2, 3)) // 3
                    target = oid if rng.random() < 0.34 else None
                    received = min(today, day + dt.timedelta(days=rng.randrange(120)))
                    payments.append((str(uuid.uuid4()), cid, target, received.isoformat(), paid,
                                     code, now, now))
        with book.atomic():
            conn = book.conn
            conn.executemany(
                "INSERT INTO customers (id, rid, name, owner_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(c, n + 1, f"客户{n:06d}", owner_of[c], now, now)
                 for n, c in enumerate(customers)])
            conn.executemany(
                "INSERT INTO orders (id, number, customer_id, owner_id, order_date, currency, "
                "total_minor, status, confirmed_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'confirmed', '', ?, ?)", orders)
            conn.executemany(
                "INSERT INTO payment_plans (id, order_id, seq, due_date, amount_minor, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", plans)
            conn.executemany(
                "INSERT INTO payments (id, customer_id, order_id, received_on, amount_minor, "
                "currency, method, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 'transfer', 'confirmed', ?, ?)", payments)
        book.conn.execute("PRAGMA optimize")
    finally:
        book.close()
    return path


def _timed(fn, runs: int = RUNS) -> tuple[float, list[float]]:
    t0 = time.perf_counter()
    fn()
    first = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return first, times


def _probe_main(path: Path) -> dict:
    from models import orders
    from models.core import clock
    from models.core.book import Book

    book = Book.open(path, create=False)
    try:
        counts = {t: book.scalar(f"SELECT count(*) FROM {t}")
                  for t in ("customers", "orders", "payment_plans", "payments")}
        _, floor = _timed(lambda: book.scalar("SELECT currency, sum(p.amount_minor) FROM "
                                              "payment_plans p JOIN orders o ON o.id = "
                                              "p.order_id GROUP BY currency"))
        rows = orders.aging(book)
        first, aging = _timed(lambda: orders.aging(book))
        _, owners = _timed(lambda: orders.aging(book, by="owner"))
        _, forecast = _timed(lambda: orders.cash_forecast(book), runs=3)
        month = clock.today().isoformat()[:7]
        _, collection = _timed(lambda: orders.month_collection(book, month), runs=3)
        ok = all(sum(r["buckets"]) == r["total"] for r in rows["rows"])
    finally:
        book.close()
    return {"counts": counts, "floor_s": floor, "first_s": first, "aging_s": aging,
            "owners_s": owners, "forecast_s": forecast, "collection_s": collection,
            "owing": len(rows["rows"]), "buckets_add_up": ok}


def run(book: Path | None, home: Path) -> list[Result]:
    env = clean_env(home / "receivables")
    path = home / "receivables" / "receivables.sqlite"
    t0 = time.perf_counter()
    build_receivables_book(path)
    note(f"receivables: wrote {CUSTOMERS:,} customers, {ORDERS:,} orders, {PLAN_ROWS:,} plan "
         f"rows and payments in {time.perf_counter() - t0:.0f} s")
    raw = probe(["tests.bench.bench_receivables", str(path)], env, timeout=900)
    aging, floor = median(raw["aging_s"]), median(raw["floor_s"])
    note(f"receivables: {raw['counts']}; {raw['owing']:,} customer rows owing; aging first call "
         f"{raw['first_s']:.3f} s, then " + ", ".join(f"{v:.3f}" for v in raw["aging_s"])
         + f" s; by salesperson {median(raw['owners_s']):.3f} s; 12-week forecast "
         f"{median(raw['forecast_s']):.3f} s; month collection "
         f"{median(raw['collection_s']):.3f} s")
    return [result("receivables_aging", aging, "s", floor, f"<= {GOAL * 1000:g} ms",
                   aging <= GOAL and raw["buckets_add_up"])]


def failed_results() -> list[Result]:
    return [failed("receivables_aging", "s", f"<= {GOAL * 1000:g} ms")]


if __name__ == "__main__":
    finish(_probe_main(Path(sys.argv[1])))
