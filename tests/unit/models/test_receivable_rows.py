"""What the book keeps of the receivables (receivable_rows, receivable_balances,
receivable_days: migration 23's triggers) equals the allocation worked out from scratch, after
every write of random orders, plan rows, payments, voids, deletions, currencies and customers
changing hands; and aging read from it equals aging worked out row by row from that allocation.

The writes are plain SQL on the book's file (as another PC's change entries or an undo reach
these tables: the triggers are what is tested, not the operations, whose own tests are in
test_orders.py). The reference allocation is written out in Python below, step by step, from
the rule in models.orders.ledger."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import orders
from models.core.book import Book
from models.customers import operations
from models.team import users

EXAMPLES = int(os.environ.get("KEHU_RECEIVABLE_EXAMPLES", "25"))
CUSTOMERS, CODES, DAYS = 3, ("CNY", "USD"), ("2026-01-10", "2026-02-01", "2026-02-20", "2026-03-05",
                                             "2026-04-30", "2026-06-15")
NOW = "2026-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A book with three customers (two salespeople and nobody's) and the ids to write with."""
    path = tmp_path_factory.mktemp("template") / "book.kehu"
    with Book.open(path) as book:
        users.set_password(book, user_id=book.user_id, password="boss-pass")
        sellers = [users.add_user(book, name=f"销售{n}", role="sales", password="x",
                                  owner_password="boss-pass") for n in range(2)]
        customers = [operations.add_customer(book, data={"name": f"客户{n}", "owner_id": owner})
                     for n, owner in enumerate([sellers[0], sellers[1], None])]
    return path, customers, [*sellers, None]


def allocation(conn: sqlite3.Connection) -> dict[str, tuple]:
    """plan id -> (customer, currency, due date, order, outstanding) by the rule, worked out
    in Python from the base tables alone."""
    plans = conn.execute(
        "SELECT p.id, p.order_id, o.customer_id, o.currency, o.number, o.order_date, p.seq, "
        "p.due_date, p.amount_minor FROM payment_plans p JOIN orders o ON o.id = p.order_id "
        "WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status = 'confirmed'"
    ).fetchall()
    payments = conn.execute(
        "SELECT customer_id, currency, order_id, amount_minor FROM payments "
        "WHERE status = 'confirmed' AND deleted_at IS NULL").fetchall()
    paid = {p[0]: 0 for p in plans}
    # 1. payments naming an order of their customer and currency pay its rows, earliest first
    named: dict[tuple, int] = {}
    for cid, code, oid, amount in payments:
        if oid is not None:
            named[cid, code, oid] = named.get((cid, code, oid), 0) + amount
    for (cid, code, oid), money in named.items():
        for p in sorted((p for p in plans if p[1] == oid and p[2] == cid and p[3] == code),
                        key=lambda p: (p[7], p[6], p[0])):
            paid[p[0]] = min(p[8], money)
            money -= paid[p[0]]
    # 2. what is left of each customer's money in a currency pays its open rows, earliest first
    for cid, code in {(p[2], p[3]) for p in plans}:
        mine = sorted((p for p in plans if p[2] == cid and p[3] == code),
                      key=lambda p: (p[7], p[5], p[4], p[6], p[0]))
        money = sum(a for c, k, _, a in payments if c == cid and k == code) - sum(
            paid[p[0]] for p in mine)
        for p in mine:
            more = max(0, min(p[8] - paid[p[0]], money))
            paid[p[0]] += more
            money -= more
    return {p[0]: (p[2], p[3], p[7], p[1], p[8] - paid[p[0]]) for p in plans
            if p[8] > paid[p[0]]}


def kept(conn: sqlite3.Connection) -> dict:
    return {"rows": {r[0]: r[1:] for r in conn.execute(
                "SELECT plan_id, customer_id, currency, due_date, order_id, outstanding, "
                "owner_id FROM receivable_rows")},
            "balances": {(r[0], r[1]): r[2:] for r in conn.execute(
                "SELECT customer_id, currency, owner_id, owed FROM receivable_balances")},
            "days": {r[:3]: r[3] for r in conn.execute(
                "SELECT owner_id, currency, due_date, amount FROM receivable_days")}}


def expected(conn: sqlite3.Connection) -> dict:
    owners = {cid: owner or "" for cid, owner in conn.execute("SELECT id, owner_id FROM customers")}
    rows = {pid: (*r, owners[r[0]]) for pid, r in allocation(conn).items()}
    balances: dict = {}
    days: dict = {}
    for cid, code, due, _, left, owner in rows.values():
        balances[cid, code] = (owner, balances.get((cid, code), (owner, 0))[1] + left)
        days[owner, code, due] = days.get((owner, code, due), 0) + left
    return {"rows": rows, "balances": balances, "days": days}


CUSTOMER = st.integers(0, CUSTOMERS - 1)
STEP = st.one_of(
    st.tuples(st.just("order"), CUSTOMER, st.sampled_from(CODES),
              st.sampled_from(["confirmed", "confirmed", "draft", "void"]), st.sampled_from(DAYS),
              st.lists(st.tuples(st.sampled_from(DAYS), st.integers(1, 9000)), min_size=1,
                       max_size=3)),
    st.tuples(st.just("pay"), CUSTOMER, st.sampled_from(CODES), st.integers(1, 12000),
              st.integers(-1, 9), st.sampled_from(["confirmed", "confirmed", "pending",
                                                   "rejected"])),
    st.tuples(st.just("order_status"), st.integers(0, 9),
              st.sampled_from(["confirmed", "void", "draft", "deleted"])),
    st.tuples(st.just("order_moves"), st.integers(0, 9), CUSTOMER, st.sampled_from(CODES)),
    st.tuples(st.just("payment_status"), st.integers(0, 9),
              st.sampled_from(["confirmed", "pending", "rejected", "deleted", "gone"])),
    st.tuples(st.just("payment_moves"), st.integers(0, 9), CUSTOMER, st.integers(1, 12000)),
    st.tuples(st.just("plan_edit"), st.integers(0, 29), st.sampled_from(DAYS),
              st.integers(0, 9000), st.sampled_from(["edit", "deleted", "gone", "moved"])),
    st.tuples(st.just("handover"), CUSTOMER, st.integers(0, 2)),
)


def apply(conn: sqlite3.Connection, step: tuple, customers: list, owners: list, n: int) -> None:
    """One write, as plain SQL (n: the step's number, for new ids)."""
    kind = step[0]
    orders_ = [r[0] for r in conn.execute("SELECT id FROM orders ORDER BY number")]
    payments = [r[0] for r in conn.execute("SELECT id FROM payments ORDER BY id")]
    plans = [r[0] for r in conn.execute("SELECT id FROM payment_plans ORDER BY id")]
    stamps = (NOW, NOW)
    if kind == "order":
        _, c, code, status, day, rows = step
        oid = f"o{n:03d}"
        conn.execute("INSERT INTO orders (id, number, customer_id, order_date, currency, "
                     "total_minor, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                     "?)", (oid, f"N{n:03d}", customers[c], day, code,
                            sum(a for _, a in rows), status, *stamps))
        for seq, (due, amount) in enumerate(rows, 1):
            conn.execute("INSERT INTO payment_plans (id, order_id, seq, due_date, amount_minor, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (f"p{n:03d}{seq}", oid, seq, max(due, day), amount, *stamps))
    elif kind == "pay":
        _, c, code, amount, which, status = step
        oid = orders_[which % len(orders_)] if which >= 0 and orders_ else None
        conn.execute("INSERT INTO payments (id, customer_id, order_id, received_on, amount_minor, "
                     "currency, method, status, created_at, updated_at) VALUES (?, ?, ?, "
                     "'2026-01-15', ?, ?, 'cash', ?, ?, ?)",
                     (f"y{n:03d}", customers[c], oid, amount, code, status, *stamps))
    elif kind == "order_status" and orders_:
        oid = orders_[step[1] % len(orders_)]
        if step[2] == "deleted":
            conn.execute("UPDATE orders SET deleted_at = ? WHERE id = ?", (NOW, oid))
        else:
            conn.execute("UPDATE orders SET status = ? WHERE id = ?", (step[2], oid))
    elif kind == "order_moves" and orders_:
        conn.execute("UPDATE orders SET customer_id = ?, currency = ? WHERE id = ?",
                     (customers[step[2]], step[3], orders_[step[1] % len(orders_)]))
    elif kind == "payment_status" and payments:
        pid = payments[step[1] % len(payments)]
        if step[2] == "gone":
            conn.execute("DELETE FROM payments WHERE id = ?", (pid,))
        elif step[2] == "deleted":
            conn.execute("UPDATE payments SET deleted_at = ? WHERE id = ?", (NOW, pid))
        else:
            conn.execute("UPDATE payments SET status = ? WHERE id = ?", (step[2], pid))
    elif kind == "payment_moves" and payments:
        conn.execute("UPDATE payments SET customer_id = ?, amount_minor = ? WHERE id = ?",
                     (customers[step[2]], step[3], payments[step[1] % len(payments)]))
    elif kind == "plan_edit" and plans:
        pid = plans[step[1] % len(plans)]
        if step[4] == "gone":
            conn.execute("DELETE FROM payment_plans WHERE id = ?", (pid,))
        elif step[4] == "deleted":
            conn.execute("UPDATE payment_plans SET deleted_at = ? WHERE id = ?", (NOW, pid))
        elif step[4] == "moved":
            conn.execute("UPDATE payment_plans SET order_id = ? WHERE id = ?",
                         (orders_[step[3] % len(orders_)], pid))
        else:
            conn.execute("UPDATE payment_plans SET due_date = ?, amount_minor = ? WHERE id = ?",
                         (step[2], step[3], pid))
    elif kind == "handover":
        conn.execute("UPDATE customers SET owner_id = ? WHERE id = ?",
                     (owners[step[2]], customers[step[1]]))


# Every example starts from the same few orders and payments, so that each random step has
# something to change: two confirmed orders of each customer (one in dollars), a draft, and
# confirmed money naming an order, naming none, and too much; two rows due the same day.
PRELUDE = [
    *(("order", c, code, "confirmed", day, [("2026-02-01", 3000), ("2026-03-05", 4000)])
      for c in range(CUSTOMERS) for code, day in (("CNY", "2026-01-10"), ("USD", "2026-02-01"))),
    ("order", 0, "CNY", "draft", "2026-02-20", [("2026-04-30", 5000)]),
    ("order", 1, "CNY", "confirmed", "2026-01-05", [("2026-02-01", 2500)]),  # older, numbered later
    ("pay", 0, "CNY", 4500, 0, "confirmed"),
    ("pay", 1, "CNY", 2000, -1, "confirmed"),
    ("pay", 2, "USD", 9000, -1, "confirmed"),
    ("pay", 1, "USD", 1000, 3, "pending"),
]


def by_hand(conn: sqlite3.Connection, day: str) -> dict:
    """Aging on `day` from the reference allocation: (customer, currency) -> buckets."""
    edges = [(dt.date.fromisoformat(day) - dt.timedelta(days=d)).isoformat() for d in (30, 60, 90)]
    out: dict = {}
    for cid, code, due, _, left in allocation(conn).values():
        k = 0 if due >= day else 1 + sum(due < e for e in edges)
        buckets = out.setdefault((cid, code), [0] * 5)
        buckets[k] += left
    return out


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=25), day=st.sampled_from(DAYS))
def test_the_kept_receivables_equal_the_allocation_after_every_write(tmp_path_factory, template,
                                                                     steps, day):
    source, customers, owners = template
    path = tmp_path_factory.mktemp("book") / "book.kehu"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        for n, step in enumerate([*PRELUDE, *steps]):
            apply(conn, step, customers, owners, n)
            assert kept(conn) == expected(conn), step
        hand = by_hand(conn, day)
    finally:
        conn.close()
    with Book.open(path) as book:
        aged = orders.aging(book, day=day)
        got = {(r["customer_id"], r["currency"]): r["buckets"] for r in aged["rows"]}
        assert got == {k: v for k, v in hand.items() if sum(v)}
        assert [r["total"] for r in aged["rows"]] == sorted(
            (r["total"] for r in aged["rows"]), reverse=True)
        for code in CODES:
            column = [sum(v[k] for (_, c), v in hand.items() if c == code) for k in range(5)]
            assert aged["totals"].get(code, {"buckets": [0] * 5})["buckets"] == column
        page = [aged["rows"][k] for k in range(len(aged["rows"]))]  # page by page
        assert page == list(aged["rows"])  # and in one statement


@settings(max_examples=max(5, EXAMPLES // 5), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(bulk=st.lists(STEP, min_size=1, max_size=20), after=st.lists(STEP, min_size=1, max_size=5))
def test_a_bulk_writer_without_the_triggers_then_one_fill_equals_the_allocation(
        tmp_path_factory, template, bulk, after):
    """What the receivables bench does: drop the triggers, write rows, fill in one pass; the
    triggers are back afterwards and keep the tables right for the writes that follow."""
    from models.core import schema

    source, customers, owners = template
    path = tmp_path_factory.mktemp("book") / "book.kehu"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        schema.drop_receivable_triggers(conn)
        steps = [*PRELUDE, *bulk]
        for n, step in enumerate(steps):
            apply(conn, step, customers, owners, n)
        assert kept(conn) == {"rows": {}, "balances": {}, "days": {}}  # nothing kept meanwhile
        schema.fill_receivables(conn)
        conn.execute("COMMIT")
        assert kept(conn) == expected(conn)
        for n, step in enumerate(after, start=len(steps)):
            apply(conn, step, customers, owners, n)
            assert kept(conn) == expected(conn), step
    finally:
        conn.close()


def owing(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT customer_id FROM receivable_rows ORDER BY customer_id")]


def changes_of(conn: sqlite3.Connection, sql: str, params: tuple) -> int:
    """Rows that one statement changed, with those its triggers changed."""
    before = conn.total_changes
    conn.execute(sql, params)
    return conn.total_changes - before


def test_receivable_rows_follow_every_change_of_salesperson(tmp_path, template):
    """Customers who owe change hands by a customer edit, a handover and from nobody to someone
    and back: after each, the rows, their sums per customer and per salesperson and due day are
    those worked out from scratch. An update that leaves the salesperson as it was, and a new
    salesperson for a customer who owes nothing, touch no receivable row."""
    from models.team import handover

    source, customers, owners = template
    path = tmp_path / "book.kehu"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for n, step in enumerate(PRELUDE):
            apply(conn, step, customers, owners, n)
        assert set(owing(conn)) == set(customers)
        assert kept(conn) == expected(conn)
    finally:
        conn.close()
    seller0, seller1, _ = owners

    def check(book: Book) -> dict:
        raw = sqlite3.connect(path, isolation_level=None)
        try:
            now = kept(raw)
            assert now == expected(raw)
            return now
        finally:
            raw.close()

    with Book.open(path) as book:  # (a customer of the first salesperson who owes nothing)
        spare = operations.add_customer(book, data={"name": "客户无欠款", "owner_id": seller0})
        operations.update_customer(book, customer_id=customers[0], data={"owner_id": seller1})
        now = check(book)
        assert {v[-1] for v in now["rows"].values() if v[0] == customers[0]} == {seller1}
        assert now["balances"][customers[0], "CNY"][0] == seller1
        operations.update_customer(book, customer_id=customers[2], data={"owner_id": seller0})
        check(book)
        operations.update_customer(book, customer_id=customers[1], data={"owner_id": None})
        check(book)
        moved = handover.hand_over(book, from_user=seller0, to_users=[seller1])
        assert moved["customers"] == 2  # customers[2] and the spare one
        now = check(book)
        assert {v[-1] for v in now["rows"].values()} == {seller1, ""}
        assert {k[0] for k in now["days"]} == {seller1, ""}
        assert {v[0] for v in now["balances"].values()} == {seller1, ""}
        operations.update_customer(book, customer_id=customers[1], data={"owner_id": seller0})
        now = check(book)
        assert {v[-1] for v in now["rows"].values()} == {seller0, seller1}
        # the undo of the handover gives customers[2] back to seller0, rows and all
        from models.core import changelog

        changelog.undo(book)  # the last edit
        changelog.undo(book)  # the handover
        check(book)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        before = kept(raw)
        same = raw.execute("SELECT owner_id FROM customers WHERE id = ?", (customers[0],)).fetchone()
        assert changes_of(raw, "UPDATE customers SET owner_id = ? WHERE id = ?",
                          (same[0], customers[0])) == 1
        assert changes_of(raw, "UPDATE customers SET owner_id = ? WHERE id = ?",
                          (seller1, spare)) == 1
        assert kept(raw) == before == expected(raw)
    finally:
        raw.close()


def test_a_book_of_schema_23_gets_the_narrow_trigger_and_its_rows_follow_new_salespeople(
        tmp_path):
    """The reference book of schema 23 (tests/data/books, written by that version's demo):
    migration 24 keeps its receivables as they were, and its customers who owe then change
    hands with their rows, sums and days right after each change."""
    from pathlib import Path

    from models.core import schema

    path = tmp_path / "book.kehu"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "data" / "books" / "schema-23.sqlite",
                    path)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 23
        before = kept(raw)
        assert before["rows"] and before == expected(raw)
    finally:
        raw.close()
    with Book.open(path) as book:
        assert 24 in book.migrated
        assert book.scalar("SELECT sql FROM sqlite_master WHERE name = "
                           "'receivables_customers_owner'") == schema._M24_OWNER_TRIGGERS[0]
        sellers = [r[0] for r in book.all("SELECT id FROM users ORDER BY id")]
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA foreign_keys = ON")
        assert kept(raw) == before
        debtors = owing(raw)
        assert len(debtors) > 3
        for n, cid in enumerate(debtors):
            owner = [*sellers, None][n % (len(sellers) + 1)]
            raw.execute("UPDATE customers SET owner_id = ? WHERE id = ?", (owner, cid))
            assert kept(raw) == expected(raw), (cid, owner)
        # every owing customer at once, in one statement, to one salesperson
        raw.execute("UPDATE customers SET owner_id = ? WHERE id IN (SELECT customer_id FROM "
                    "receivable_rows)", (sellers[0],))
        now = kept(raw)
        assert now == expected(raw)
        assert {k[0] for k in now["days"]} == {sellers[0]}
        assert sum(now["days"].values()) == sum(v[1] for v in before["balances"].values())
    finally:
        raw.close()
