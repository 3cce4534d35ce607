"""The demo book: a new file full of believable customers, searchable, the same for a seed."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from models.core import clock, search
from models.core.book import Book
from models.core.check import check_book
from models.core.errors import BookError
from models.customers import queries
from models.demo import write_demo
from models.tickets.labels import ALERT_WORD

MOBILE = re.compile(r"^1[3-9]\d{9}$")
FIXED = dt.datetime(2025, 3, 14, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def fixed_clock():
    clock.set_clock(lambda: FIXED)
    yield
    clock.set_clock(None)


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = write_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", customers=120, seed=3)
    book = Book.open(path, create=False)
    yield book
    book.close()


def test_counts_and_cast(demo_book):
    assert queries.count_customers(demo_book) == 120
    users = {u["name"]: u for u in queries.users(demo_book, active_only=False)}
    owners = [u for u in users.values() if u["role"] == "owner"]
    assert [u["name"] for u in owners] == ["老板"]
    sales = [u for u in users.values() if u["role"] == "sales"]
    assert len(sales) == 4
    assert [u["name"] for u in sales if not u["active"]] == ["刘强"]
    owner_names = {r[0] for r in demo_book.all(
        "SELECT u.name FROM customers c JOIN users u ON u.id = c.owner_id")}
    assert len(owner_names) >= 4  # spread over the owner and the salespeople
    per_customer = demo_book.all(
        "SELECT count(*) FROM interactions GROUP BY customer_id")
    assert len(per_customer) == 120
    assert all(2 <= n <= 13 for (n,) in per_customer)  # 2 to 12, and now and then a risky note
    extra = demo_book.all(
        "SELECT c.id, count(p.id) FROM customers c LEFT JOIN contacts p ON p.customer_id = c.id "
        "GROUP BY c.id")
    assert all(0 <= n <= 3 for _, n in extra)
    assert {n for _, n in extra} >= {0, 1, 2}


def test_values_look_real(demo_book):
    rows = [dict(r) for r in demo_book.all("SELECT * FROM customers")]
    rids = sorted(r["rid"] for r in rows)
    assert rids == list(range(1, 121))
    for row in rows:
        assert row["name"] and re.search(r"[\u4e00-\u9fff]", row["name"])
        numbers = row["mobile"].split("; ")
        assert all(MOBILE.match(n) for n in numbers), row["mobile"]
        if row["phone"]:
            assert re.match(r"^0\d{2,3}-\d{8}$", row["phone"]), row["phone"]
        assert row["grade"] in ("", "A", "B", "C")
        assert row["sort_key"] == search.sort_key(row["name"])
        assert row["created_at"] <= row["updated_at"]
    assert any("; " in r["mobile"] for r in rows)
    grades = [r["grade"] for r in rows]
    assert grades.count("A") < grades.count("C")
    assert any(r["email"] for r in rows) and any(r["wechat"] for r in rows)
    assert {r["source"] for r in rows} <= {
        "老客户介绍", "展会", "电话开发", "微信", "上门", "网络推广", "抖音"}
    kinds = {r[0] for r in demo_book.all("SELECT DISTINCT kind FROM interactions")}
    assert kinds >= {"call", "visit", "wechat"}
    mobiles = [r[0] for r in demo_book.all("SELECT mobile FROM contacts")]
    assert mobiles and all(MOBILE.match(m) for m in mobiles)


def test_search_index_matches_what_the_app_builds(demo_book):
    """The bulk-built index is exactly what Book.reindex would write; the book checks clean."""
    assert check_book(demo_book) == []
    for cid in [r[0] for r in demo_book.all("SELECT id FROM customers LIMIT 40")]:
        rid = demo_book.scalar("SELECT rid FROM customers WHERE id = ?", (cid,))
        bodies = "SELECT (SELECT body FROM customers_fts WHERE rowid = ?), " \
                 "(SELECT body FROM customers_chars WHERE rowid = ?)"
        before = tuple(demo_book.one(bodies, (rid, rid)))
        with demo_book.atomic():
            demo_book.reindex([cid])
        assert tuple(demo_book.one(bodies, (rid, rid))) == before


def test_found_by_pinyin_initials_and_phone(demo_book):
    row = demo_book.one("SELECT id, name, mobile FROM customers WHERE name LIKE '%有限公司' LIMIT 1")
    _, initials = search.pinyin_keys(row["name"])
    found = queries.customer_ids(demo_book, queries.CustomerFilter(text=initials))
    assert row["id"] in found
    found = queries.customer_ids(demo_book, queries.CustomerFilter(text=row["mobile"][:11]))
    assert row["id"] in found


def test_same_seed_same_book(tmp_path, fixed_clock):
    def dump(path):
        with Book.open(path, create=False) as book:
            return [
                tuple(r) for r in book.all(
                    "SELECT c.id, c.name, c.mobile, c.address, c.created_at, u.name, "
                    "(SELECT group_concat(text, '/') FROM interactions i WHERE i.customer_id = c.id)"
                    " FROM customers c JOIN users u ON u.id = c.owner_id ORDER BY c.rid")
            ] + [
                tuple(r) for r in book.all(
                    "SELECT o.id, o.customer_id, o.order_date, o.total_minor, o.status, "
                    "(SELECT group_concat(received_on || ':' || amount_minor, '/') FROM payments p"
                    " WHERE p.order_id = o.id) FROM orders o ORDER BY o.id")
            ] + [tuple(r) for r in book.all(
                "SELECT id, customer_id, opened_at, status, satisfaction FROM tickets ORDER BY id")]

    a = dump(write_demo(tmp_path / "a.sqlite", customers=30, seed=11))
    b = dump(write_demo(tmp_path / "b.sqlite", customers=30, seed=11))
    c = dump(write_demo(tmp_path / "c.sqlite", customers=30, seed=12))
    assert a == b
    assert a != c
    assert all(row[4].startswith(("2022", "2023", "2024", "2025")) for row in a[:30])
    assert len(a) > 30  # orders and tickets too


def test_refuses_an_existing_file(tmp_path):
    path = tmp_path / "taken.sqlite"
    path.write_bytes(b"my precious data")
    with pytest.raises(BookError, match="already exists"):
        write_demo(path, customers=5)
    assert path.read_bytes() == b"my precious data"


def test_an_empty_file_is_filled(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    write_demo(path, customers=5)
    with Book.open(path, create=False) as book:
        assert queries.count_customers(book) == 5


def test_a_failure_leaves_no_file(tmp_path, monkeypatch):
    import models.demo as demo

    made = []
    real = demo._Maker.customer

    def failing(self, *args):
        made.append(1)
        if len(made) == 2500:  # in the second batch
            raise RuntimeError("power cut")
        return real(self, *args)

    monkeypatch.setattr(demo._Maker, "customer", failing)
    with pytest.raises(RuntimeError, match="power cut"):
        write_demo(tmp_path / "half.sqlite", customers=5000)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("half")] == []


def test_search_index_passes_its_own_integrity_check(demo_book):
    for index in ("customers_fts", "customers_chars"):
        with demo_book.atomic():
            demo_book.conn.execute(
                f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    assert demo_book.scalar("SELECT count(*) FROM customers_chars WHERE customers_chars "
                            "MATCH '\"有限\"'") > 0
    assert demo_book.scalar("SELECT count(*) FROM customers_fts WHERE body LIKE '%有限公司%'") > 0


def test_a_pipeline_of_the_past_year(demo_book):
    from models import deals

    rows = [dict(r) for r in demo_book.all("SELECT * FROM deals")]
    assert len(rows) == 120  # one deal per customer of this small book, drawn at random
    status = {s: sum(r["status"] == s for r in rows) for s in ("open", "won", "lost")}
    assert all(n >= 10 for n in status.values()), status
    columns = deals.board(demo_book)
    assert [c["stage"]["key"] for c in columns] == [
        "initial", "needs", "proposal", "negotiation", "contract"]
    assert all(c["count"] > 0 for c in columns[:4])
    assert sum(c["count"] for c in columns) == status["open"]
    assert all(r["amount_minor"] and 150_000 <= r["amount_minor"] <= 30_000_000 for r in rows)
    assert {r["lost_reason"] for r in rows if r["status"] == "lost"} >= {"price", "went_silent"}
    stalled = deals.stalled_deals(demo_book)
    assert 1 <= len(stalled) < status["open"]
    order = [s["id"] for s in deals.stages(demo_book)]
    today = clock.today().isoformat()
    for r in rows:
        history = demo_book.all(
            "SELECT * FROM deal_history WHERE deal_id = ? ORDER BY at, rowid", (r["id"],))
        stages = [h["to_stage"] for h in history if h["to_status"] == "open"]
        assert stages == order[:len(stages)]  # stage by stage, none skipped
        assert stages[-1] == r["stage_id"]
        assert history[0]["from_stage"] is None and history[0]["at"] == r["created_at"]
        if r["status"] == "open":
            assert history[-1]["at"] == r["stage_entered_at"] and not r["closed_at"]
        else:
            assert history[-1]["to_status"] == r["status"]
            assert history[-1]["at"] == r["closed_at"] <= today + "T99"
        assert r["created_at"][:10] >= (clock.today() - dt.timedelta(days=366 + 180)).isoformat()


def test_reminders_of_every_kind_and_nothing_for_the_rules_to_add(tmp_path, fixed_clock):
    from models import reminders

    with Book.open(write_demo(tmp_path / "r.sqlite", customers=200, seed=4), create=False) as book:
        kinds = {tuple(r) for r in book.all("SELECT DISTINCT kind, status FROM reminders")}
        assert kinds >= {("follow_up", "open"), ("repurchase", "open"), ("repurchase", "done"),
                         ("manual", "open"), ("manual", "done")}
        agenda = reminders.agenda(book)
        assert all(agenda[k] for k in ("overdue", "today", "week", "later")), {
            k: len(v) for k, v in agenda.items()}
        # every customer's follow-up date has its reminder, due that day
        assert book.scalar(
            "SELECT count(*) FROM customers c WHERE c.next_follow_up != '' AND NOT EXISTS "
            "(SELECT 1 FROM reminders r WHERE r.customer_id = c.id AND r.kind = 'follow_up' "
            "AND r.status = 'open' AND r.first_due_at = c.next_follow_up || 'T09:00:00+08:00')"
        ) == 0
        made = reminders.run_rules(book)  # Kehu's rules ran as the demo was written
        assert not any(made.values()), made
        assert book.scalar("SELECT count(*) FROM reminders WHERE kind = 'stall' AND "
                           "status = 'open'") >= 1
        # a recurring series: repurchase every N days, the last round done, the next one open
        series = book.all(
            "SELECT r.recurrence, p.status AS before, r.due_at, p.due_at AS prev_due FROM "
            "reminders r JOIN reminders p ON p.id = r.previous_id WHERE r.kind = 'repurchase'")
        assert series and all(s["before"] == "done" for s in series)
        every = {json.loads(s["recurrence"])["every"] for s in series}
        assert every <= {30, 45, 60, 90} and len(every) > 1
        routine = {r["title"]: json.loads(r["recurrence"]) for r in book.all(
            "SELECT * FROM reminders WHERE kind = 'manual' AND recurrence != ''")}
        assert routine["月底对账、催款"] == {"every": 1, "monthday": 31, "unit": "month"}
        assert routine["每周一整理报价单"] == {"every": 1, "unit": "week", "weekdays": [0]}
        assert {r["due_at"][:10] for r in book.all(
            "SELECT due_at FROM reminders WHERE kind = 'manual' AND recurrence != ''")} == {
            "2025-03-17", "2025-03-31"}  # the next Monday, the end of the month
        # what came due before now was shown: the start-up list is empty
        assert reminders.to_notify(book) == []


def test_a_shop_in_the_middle_of_a_normal_month(tmp_path, fixed_clock):
    """No flood at the first start: a handful due today for each person, nothing that came
    due "while Kehu was closed", and this month's grading regrades nobody."""
    from collections import Counter

    from models import reminders
    from models.core import settings
    from models.reports import grading

    with Book.open(write_demo(tmp_path / "m.sqlite", customers=300, seed=7), create=False) as book:
        assert reminders.to_notify(book) == []
        today = Counter(r["owner_name"] for r in reminders.agenda(book)["today"])
        # the stalls, follow-ups and tasks, and since the demo has orders, one digest of
        # overdue payments and a late repurchase or two
        assert today and max(today.values()) <= 10, today
        assert len(reminders.agenda(book)["overdue"]) <= 15
        kinds = Counter(r["kind"] for r in reminders.agenda(book)["today"])
        assert kinds["no_contact"] >= 1 and kinds["stall"] >= 1  # a few, to show the rules
        assert kinds["no_contact"] <= 10 and kinds["stall"] <= 15
        grades = Counter(r[0] for r in book.all("SELECT grade FROM customers"))
        assert grades["A"] >= 5 and grades["B"] >= 20 and grades[""] == 0, grades
        assert grading.apply_if_due(book) is None  # this month's grading is done
        assert all(old == new for old, new, _ in grading.computed_grades(book).values())
        assert settings.get(book, settings.RULES_SINCE.key) == "2024-03-14"
        assert reminders.run_rules(book)["no_contact"] == 0


def test_a_few_risky_notes_are_the_owners_alerts(tmp_path):
    from models import alerts

    with Book.open(write_demo(tmp_path / "d.sqlite", customers=300, seed=7), create=False) as book:
        everything = alerts.alerts_list(book)
        # the unhappy satisfaction calls of the demo's tickets alert the owner too
        unhappy = [a for a in everything if a["word"] == ALERT_WORD]
        found = [a for a in everything if a["word"] != ALERT_WORD]
        assert 1 <= len({a["record_id"] for a in found}) <= 15  # a handful, not a flood
        assert {a["word"] for a in found} <= set(alerts.DEFAULT_WORDS)
        assert all(a["author_name"] and a["customer_name"] and a["word"] in a["context"]
                   for a in found)
        scores = {r[0]: r[1] for r in book.all("SELECT id, satisfaction FROM tickets")}
        assert unhappy and all(scores[a["record_id"]] <= 2 for a in unhappy)
        assert alerts.unreviewed_count(book) == len(everything)


def test_a_year_of_orders_payments_and_tickets(tmp_path, fixed_clock):
    """Every page after the deal has something to show: orders on won deals and repeat
    orders, payments on time, late, in part and not yet (money in every aging bucket),
    voided and replaced orders, and tickets in every state with satisfaction calls."""
    from models import orders
    from models.orders import due, ledger
    from models.tickets import reads as tickets

    today = FIXED.date()
    with Book.open(write_demo(tmp_path / "o.sqlite", customers=300, seed=7), create=False) as book:
        assert book.scalar("SELECT count(*) FROM products WHERE active = 1") >= 15
        counts = dict(book.all("SELECT status, count(*) FROM orders GROUP BY status"))
        assert counts["confirmed"] >= 100 and counts["void"] >= 2 and counts["draft"] >= 1
        months = {r[0] for r in book.all("SELECT DISTINCT substr(order_date, 1, 7) FROM orders")}
        assert len(months) >= 12 and max(months) == today.isoformat()[:7]
        assert book.scalar("SELECT count(*) FROM orders o JOIN deals d ON d.id = o.deal_id "
                           "WHERE d.status = 'won' AND o.customer_id = d.customer_id") >= 20
        assert book.scalar("SELECT count(DISTINCT owner_id) FROM orders") >= 3
        # a void order's replacement points to it and is the one confirmed
        for void_id, in book.all("SELECT id FROM orders WHERE status = 'void'"):
            assert book.scalar("SELECT status FROM orders WHERE replaces_id = ?",
                               (void_id,)) == "confirmed"
            assert book.scalar("SELECT void_reason FROM orders WHERE id = ?", (void_id,))
        # every plan adds up to its order, and was split by a term template
        assert book.scalar(
            "SELECT count(*) FROM orders o WHERE o.total_minor != (SELECT sum(amount_minor) "
            "FROM payment_plans p WHERE p.order_id = o.id)") == 0
        templates = {json.loads(r[0])["template"] for r in book.all("SELECT terms FROM orders")}
        assert templates == set(orders.TEMPLATES)
        # the money: received on real days up to today, a few not confirmed yet, one rejected
        assert book.scalar("SELECT max(received_on) FROM payments") <= today.isoformat()
        statuses = dict(book.all("SELECT status, count(*) FROM payments GROUP BY status"))
        assert statuses["confirmed"] >= 100 and statuses["pending"] >= 1
        assert statuses["rejected"] == 1
        aged = orders.aging(book, day=today)
        buckets = aged["totals"]["CNY"]["buckets"]
        assert len(buckets) == 5 and all(b > 0 for b in buckets), buckets
        assert sum(buckets) == aged["totals"]["CNY"]["total"] == orders.outstanding(book)["CNY"]
        overdue = [r for r in aged["rows"] if sum(r["buckets"][1:]) > 0]
        assert 3 <= len(overdue) < len(aged["rows"])
        rows = ledger.plan_rows(book)
        states = {ledger.state(r, today) for r in rows}
        assert {"paid", "overdue", "not_due"} <= states
        assert any(0 < r["paid"] < r["amount"] for r in rows)  # partly paid
        last = f"{today.year - (today.month == 1):04d}-{(today.month - 2) % 12 + 1:02d}"
        month = orders.month_collection(book, last)
        assert month["forecast"]["CNY"] > 0 and month["collected"]["CNY"] > 0
        assert month["forecast"]["CNY"] != month["collected"]["CNY"]
        assert due.repurchases_due(book, today)
        # service: every state, satisfaction calls, an unhappy one, one or two late
        states = dict(book.all("SELECT status, count(*) FROM tickets GROUP BY status"))
        assert set(states) == {"new", "in_progress", "waiting", "resolved", "closed"}
        scores = [r[0] for r in book.all("SELECT satisfaction FROM tickets "
                                         "WHERE satisfaction IS NOT NULL")]
        assert len(scores) >= 10 and min(scores) <= 2 and max(scores) == 5
        assert book.scalar("SELECT count(*) FROM reminders WHERE rule_key LIKE "
                           "'satisfaction:%' AND status = 'open'") == states["resolved"]
        stats = tickets.month_stats(book, today.isoformat()[:7])
        assert stats["overdue"] >= 1 and stats["open"] >= 3
        assert check_book(book) == []


def test_every_step_in_a_new_demo_book_is_kehus(demo_book):
    """The demo's set-up (its shop name, grading rules, this month's grading, the rules run)
    is Kehu's work, not the owner's by hand: the history names Kehu for each step."""
    from models.core import changelog

    steps = changelog.steps(demo_book, everyone=True)
    assert steps
    assert [s["name"] for s in steps if not changelog.automatic_by(s["name"], s["label"])] == []
