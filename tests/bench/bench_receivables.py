"""Receivables: aging for 100,000 customers, 300,000 orders and 600,000 plan rows (issue 18).

The benchmark writes its own book (NEEDS_BOOK = False), set-based: each table filled by one
INSERT ... SELECT over a recursive counter, values spread by a multiplicative hash (the same
book every time), in one transaction; the operations' change log is not what is measured.
100,000 customers of 5 salespeople; 300,000 confirmed orders over the last two years (each
customer one or more, three on average), each with a plan of 1, 2 or 3 rows (600,000 in all)
due from the order date to 150 days after; 200,000 confirmed payments, a third naming their
order, paying a third, two thirds or all of it; 5% of the orders in dollars. Cached as
tests/bench/.data/receivables-100000-300000.sqlite, rebuilt when this file or the schema
changes (a stamp beside it).

Metric 1, receivables_aging: models.orders.aging(book, by="customer") and the first 100 of its
rows read (what the receivables page shows first): the totals per currency in five buckets
and every customer that owes something, in order of debt, per currency; the rows are read
from the book a page at a time (models.orders.receivables.AgingRows). One untimed warm-up,
then RUNS calls, median. Target: <= 300 ms.
Metric 2, receivables_page: views.receivables_page.ReceivablesPage opened on the book
(offscreen): aging, the 12-week forecast and the month's collection, the list's first rows
formatted and its columns sized; RUNS times, median. Target: <= 300 ms.
Noted too: every row read (what `receivables --json` prints), the same by salesperson, the
12-week forecast, the month's collection, and on a copy of the book a payment recorded and
confirmed and an order voided (what the triggers of migration 23 add to a write).
The floor: a plain sum of every plan row's amount (SQL reading the same rows, no allocation).

Run alone: python -m tests.bench.bench_receivables BOOK  (prints the raw measurements)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import (
    CACHE,
    ROOT,
    Result,
    clean_env,
    failed,
    finish,
    median,
    note,
    probe,
    result,
)

NEEDS_BOOK = False  # the benchmark writes its own book
CUSTOMERS, ORDERS, PLAN_ROWS, PAYMENTS = 100_000, 300_000, 600_000, 200_000
RUNS = 5
GOAL = 0.300


# What the cached book holds follows from these files (and today's schema).
BOOK_SOURCES = ("tests/bench/bench_receivables.py", "models/core/schema.py")


def _h(expr: str, salt: int) -> str:
    """A deterministic spread of an integer expression (Knuth's multiplicative hash): the
    same book on every run, no Python loop over rows."""
    return f"((({expr}) * 2654435761 + {salt * 40503}) % 4294967296)"


def _uuid(prefix: str, expr: str) -> str:
    """A text id shaped like the app's UUIDs (36 characters), made in SQL."""
    return f"printf('{prefix}%07x-0000-4000-8000-%012x', {expr}, ({expr}) * 7919)"


def build_receivables_book(path: Path) -> Path:
    """The book, written set-based: each table filled by one INSERT ... SELECT over a
    recursive counter, in one transaction (about 20 s where the row-by-row Python build took
    minutes)."""
    from models.core import clock, schema
    from models.core.book import Book
    from models.team import users

    path.parent.mkdir(parents=True, exist_ok=True)
    book = Book.open(path)
    try:
        owner = book.user_id
        users.set_password(book, user_id=owner, password="bench-pass")
        sellers = [owner] + [users.add_user(book, name=f"销售{n}", role="sales", password="x",
                                            owner_password="bench-pass") for n in range(4)]
        now = clock.now_iso()
        today = clock.today().isoformat()
    finally:
        book.close()
    # the rows through a plain connection: the book's own refuses scratch tables
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        if conn.in_transaction:  # one transaction: all the rows or none
            # the receivables' triggers work a customer out per row written: the bulk rows go
            # in without them and the receivables are filled in one pass after (as the
            # migration fills an existing book)
            schema.drop_receivable_triggers(conn)
            conn.execute("CREATE TABLE bench_sellers (n INTEGER PRIMARY KEY, id TEXT)")
            conn.executemany("INSERT INTO bench_sellers VALUES (?, ?)", list(enumerate(sellers)))
            count = ("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k "
                     "WHERE i < {n})")
            conn.execute(
                f"{count.format(n=CUSTOMERS)} INSERT INTO customers (id, rid, name, owner_id, "
                f"sort_key, created_at, updated_at) SELECT {_uuid('c', 'i')}, i, "
                f"printf('客户%06d', i - 1), (SELECT id FROM bench_sellers WHERE n = {_h('i', 1)} % 5), "
                f"printf('kehu%06d', i - 1), ?, ? FROM k", (now, now))
            # orders: the first 100,000 one per customer, the rest spread over them (1 to 5
            # in all for most); a third of them with 1 plan row, a third 2, a third 3
            conn.execute(
                f"CREATE TABLE bench_o AS {count.format(n=ORDERS)} SELECT i, "
                f"CASE WHEN i <= {CUSTOMERS} THEN i ELSE {_h('i', 2)} % {CUSTOMERS} + 1 END AS c, "
                f"date(?, '-' || ({_h('i', 3)} % 730) || ' days') AS day, "
                f"CASE WHEN {_h('i', 4)} % 100 < 5 THEN 'USD' ELSE 'CNY' END AS code, "
                f"i % 3 + 1 AS size FROM k", (today,))
            conn.execute(
                f"CREATE TABLE bench_p AS SELECT o.i, s.seq, "
                f"10000 + {_h('o.i * 3 + s.seq', 5)} % 4990000 AS amount, "
                f"date(o.day, '+' || (45 * (s.seq - 1) + 30 * ({_h('o.i * 3 + s.seq', 6)} % 3)) "
                f"|| ' days') AS due FROM bench_o o JOIN (SELECT 1 AS seq UNION ALL SELECT 2 UNION ALL "
                f"SELECT 3) s ON s.seq <= o.size")
            conn.execute("CREATE TABLE bench_t AS SELECT i, sum(amount) AS total FROM bench_p GROUP BY i")
            conn.execute(
                f"INSERT INTO orders (id, number, customer_id, owner_id, order_date, currency, "
                f"total_minor, status, confirmed_at, created_at, updated_at) "
                f"SELECT {_uuid('o', 'o.i')}, replace(o.day, '-', '') || printf('-BEN-%06d', o.i), "
                f"{_uuid('c', 'o.c')}, c.owner_id, o.day, o.code, t.total, 'confirmed', '', ?, ? "
                f"FROM bench_o o JOIN bench_t t ON t.i = o.i JOIN customers c ON c.rid = o.c", (now, now))
            conn.execute(
                f"INSERT INTO payment_plans (id, order_id, seq, due_date, amount_minor, "
                f"created_at, updated_at) SELECT {_uuid('p', 'p.i * 3 + p.seq')}, "
                f"{_uuid('o', 'p.i')}, p.seq, p.due, p.amount, ?, ? FROM bench_p p", (now, now))
            # two orders in three have a confirmed payment (a third naming the order), paying
            # a third, two thirds or all of it, received within 120 days (not after today)
            conn.execute(
                f"INSERT INTO payments (id, customer_id, order_id, received_on, amount_minor, "
                f"currency, method, status, created_at, updated_at) "
                f"SELECT {_uuid('y', 'o.i')}, {_uuid('c', 'o.c')}, "
                f"CASE WHEN {_h('o.i', 7)} % 100 < 34 THEN {_uuid('o', 'o.i')} END, "
                f"min(?, date(o.day, '+' || ({_h('o.i', 8)} % 120) || ' days')), "
                f"t.total * (CASE {_h('o.i', 9)} % 4 WHEN 3 THEN 3 WHEN 2 THEN 2 ELSE 1 END) / 3, "
                f"o.code, 'transfer', 'confirmed', ?, ? FROM bench_o o JOIN bench_t t ON t.i = o.i "
                f"WHERE o.i % 3 != 1", (today, now, now))
            for table in ("o", "p", "t", "sellers"):
                conn.execute(f"DROP TABLE bench_{table}")
            schema.fill_receivables(conn)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in BOOK_SOURCES:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cached_receivables_book(*, rebuild: bool = False) -> Path:
    """The benchmark's book in tests/bench/.data, built when missing or written by other
    versions of BOOK_SOURCES (a stamp beside it)."""
    path = CACHE / f"receivables-{CUSTOMERS}-{ORDERS}.sqlite"
    stamp = path.with_name(path.name + ".json")
    try:
        usable = (not rebuild and path.is_file()
                  and json.loads(stamp.read_text()).get("sources") == _fingerprint())
    except (OSError, ValueError):
        usable = False
    if usable:
        note(f"receivables: reusing {path}")
        return path
    sources = _fingerprint()
    stamp.unlink(missing_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE.mkdir(parents=True,
                                                                       exist_ok=True) or CACHE))
    try:
        t0 = time.perf_counter()
        built = build_receivables_book(scratch / path.name)
        note(f"receivables: wrote {CUSTOMERS:,} customers, {ORDERS:,} orders, {PLAN_ROWS:,} "
             f"plan rows and {PAYMENTS:,} payments in {time.perf_counter() - t0:.0f} s")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(built, path)
        stamp.write_text(json.dumps({"sources": sources}))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
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


def _writes(path: Path) -> dict:
    """A payment recorded and confirmed, and an order voided, on a copy of the book (the
    cached one stays as built): milliseconds of each, RUNS of them."""
    from models import orders
    from models.core.book import Book

    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        book = Book.open(copy, create=False)
        try:
            chosen = [r[0] for r in book.all("SELECT id FROM orders WHERE status = 'confirmed' "
                                             "ORDER BY id LIMIT ? OFFSET 5000", (2 * RUNS,))]
            pay, void = [], []
            for oid in chosen[:RUNS]:
                cid, total = book.conn.execute("SELECT customer_id, total_minor FROM orders "
                                               "WHERE id = ?", (oid,)).fetchone()
                t0 = time.perf_counter()
                pid = orders.record_payment(book, customer_id=cid, amount=f"{total / 300:.2f}",
                                            received_on="2026-01-05", method="cash",
                                            order_id=oid)
                orders.confirm_payment(book, payment_id=pid)
                pay.append(time.perf_counter() - t0)
            for oid in chosen[RUNS:]:
                t0 = time.perf_counter()
                orders.void_order(book, order_id=oid, reason="bench")
                void.append(time.perf_counter() - t0)
        finally:
            book.close()
    return {"payment_s": pay, "void_s": void}


def _page_times(book) -> list[float]:
    """The receivables page opened RUNS times (after one untimed opening)."""
    from PySide6.QtWidgets import QApplication

    from views.context import AppContext
    from views.receivables_page import ReceivablesPage

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(book)
    times = []
    for n in range(RUNS + 1):
        t0 = time.perf_counter()
        page = ReceivablesPage(ctx)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        if n:
            times.append(time.perf_counter() - t0)
        page.close()
        page.deleteLater()
        app.processEvents()
    return times


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
        first, aging = _timed(lambda: orders.aging(book)["rows"][:100])
        t0 = time.perf_counter()
        every = list(orders.aging(book)["rows"])
        every_s = time.perf_counter() - t0
        _, owners = _timed(lambda: orders.aging(book, by="owner"))
        _, forecast = _timed(lambda: orders.cash_forecast(book), runs=3)
        month = clock.today().isoformat()[:7]
        _, collection = _timed(lambda: orders.month_collection(book, month), runs=3)
        ok = all(sum(r["buckets"]) == r["total"] for r in every) and all(
            sum(t["buckets"]) == t["total"] == sum(r["total"] for r in every
                                                   if r["currency"] == code)
            for code, t in rows["totals"].items())
        page = _page_times(book)
    finally:
        book.close()
    return {"counts": counts, "floor_s": floor, "first_s": first, "aging_s": aging,
            "every_s": every_s, "owners_s": owners, "forecast_s": forecast,
            "collection_s": collection, "page_s": page, "owing": len(every),
            "buckets_add_up": ok, **_writes(path)}


def run(book: Path | None, home: Path) -> list[Result]:
    env = clean_env(home / "receivables")
    path = cached_receivables_book()
    raw = probe(["tests.bench.bench_receivables", str(path)], env, timeout=900)
    aging, floor, page = median(raw["aging_s"]), median(raw["floor_s"]), median(raw["page_s"])
    note(f"receivables: {raw['counts']}; {raw['owing']:,} customer rows owing; aging first call "
         f"{raw['first_s']:.3f} s, then " + ", ".join(f"{v:.3f}" for v in raw["aging_s"])
         + f" s; every row read {raw['every_s']:.3f} s; by salesperson "
         f"{median(raw['owners_s']):.3f} s; 12-week forecast {median(raw['forecast_s']):.3f} s; "
         f"month collection {median(raw['collection_s']):.3f} s; page opened "
         + ", ".join(f"{v:.3f}" for v in raw["page_s"])
         + " s; payment recorded and confirmed "
         + ", ".join(f"{v * 1000:.0f}" for v in raw["payment_s"]) + " ms; order voided "
         + ", ".join(f"{v * 1000:.0f}" for v in raw["void_s"]) + " ms")
    return [result("receivables_aging", aging, "s", floor, f"<= {GOAL * 1000:g} ms",
                   aging <= GOAL and raw["buckets_add_up"]),
            result("receivables_page", page, "s", floor, f"<= {GOAL * 1000:g} ms",
                   page <= GOAL)]


def failed_results() -> list[Result]:
    return [failed("receivables_aging", "s", f"<= {GOAL * 1000:g} ms"),
            failed("receivables_page", "s", f"<= {GOAL * 1000:g} ms")]


if __name__ == "__main__":
    finish(_probe_main(Path(sys.argv[1])))
