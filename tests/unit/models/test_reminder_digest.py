"""Silent customers brought in with years of silence do not flood the agenda: a grace period
from the rules' first run and from an import, and one digest for many at once."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reminders
from models.core import settings
from models.customers import operations as ops
from models.imports import import_customers
from tests.book_helpers import TZ, hand_clock

START = dt.datetime(2025, 3, 3, 10, 0, tzinfo=TZ)


@pytest.fixture
def now():
    yield from hand_clock(START)


def silent_customers(book, n: int, grade: str, prefix: str, *, years: int = 3) -> list[str]:
    """n customers last called `years` years ago."""
    out = []
    for i in range(n):
        cid = ops.add_customer(book, data={"name": f"{prefix}{i}", "grade": grade})
        ops.log_interaction(book, customer_id=cid, kind="call", text="问候",
                            at=f"{2025 - years}-01-0{1 + i % 9}T10:00:00+08:00")
        out.append(cid)
    return out


def open_rule_reminders(book) -> list[dict]:
    rows = [r for v in reminders.agenda(book).values() for r in v]
    return [r for r in rows if r["kind"] == "no_contact"]


def test_no_reminders_in_the_grace_period_then_one_digest(book, now):
    a = silent_customers(book, 8, "A", "老客户")
    silent_customers(book, 3, "B", "中客户")
    made = reminders.run_rules(book)  # the book's first open: silence counts from today
    assert (made["no_contact"], made["digest"]) == (0, 0)
    assert settings.get(book, settings.RULES_SINCE.key) == "2025-03-03"
    now.forward(14)
    assert reminders.run_rules(book)["digest"] == 0  # 14 days is not more than 14
    now.forward(1)
    made = reminders.run_rules(book)
    assert (made["no_contact"], made["digest"]) == (0, 1)  # 8 A customers: one item
    (digest,) = open_rule_reminders(book)
    assert reminders.is_digest(digest) and digest["customer_id"] is None
    assert digest["owner_id"] == book.user_id
    assert reminders.title(digest) == "8 customers not contacted for 14 days"
    names = [c["name"] for c in reminders.digest_customers(book, digest)]
    assert sorted(names) == sorted(f"老客户{i}" for i in range(8))
    assert reminders.run_rules(book)["digest"] == 0  # once
    # one of them called: the digest lists the others; no reminder of its own for anyone
    ops.log_interaction(book, customer_id=a[0], kind="call", text="回访",
                        at=now.at.isoformat(timespec="seconds"))
    assert len(reminders.digest_customers(book, digest)) == 7
    reminders.complete_reminder(book, reminder_id=digest["id"])
    now.forward(16)  # 31 days: the 3 B customers, few enough for a reminder each, and the
    # one called 16 days ago, silent again; the 7 others stay in the digest's care
    made = reminders.run_rules(book)
    assert (made["no_contact"], made["digest"]) == (4, 0)
    assert sorted(r["customer_name"] for r in open_rule_reminders(book)) == [
        "中客户0", "中客户1", "中客户2", "老客户0"]


def test_a_digest_is_done_once_all_its_customers_were_contacted(book, now):
    a = silent_customers(book, 6, "A", "甲")
    reminders.run_rules(book)
    now.forward(15)
    assert reminders.run_rules(book)["digest"] == 1
    (digest,) = open_rule_reminders(book)
    for cid in a:
        ops.log_interaction(book, customer_id=cid, kind="visit", text="上门",
                            at=now.at.isoformat(timespec="seconds"))
    reminders.run_rules(book)
    assert reminders.reminder(book, digest["id"])["status"] == "done"
    assert open_rule_reminders(book) == []


def test_five_silent_customers_get_a_reminder_each(book, now):
    silent_customers(book, 5, "A", "乙")
    reminders.run_rules(book)
    now.forward(15)
    made = reminders.run_rules(book)
    assert (made["no_contact"], made["digest"]) == (5, 0)


def test_each_person_has_their_own_digest(book, now):
    from models.team import users

    other = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    silent_customers(book, 6, "A", "丙")
    for cid in silent_customers(book, 7, "A", "丁"):
        ops.update_customer(book, customer_id=cid, data={"owner_id": other})
    reminders.run_rules(book)
    now.forward(15)
    assert reminders.run_rules(book)["digest"] == 2
    titles = {r["owner_id"]: reminders.title(r) for r in open_rule_reminders(book)}
    assert titles == {book.user_id: "6 customers not contacted for 14 days",
                      other: "7 customers not contacted for 14 days"}


def test_an_import_starts_a_grace_period(book, now):
    old = silent_customers(book, 1, "A", "戊")[0]
    reminders.run_rules(book)
    now.forward(10)
    # an import rewrites the old customer and brings in 7 A customers of its own
    creates = [{"name": f"导入{i}", "grade": "A"} for i in range(7)]
    import_customers(book, file="客户.xlsx", mode="overwrite", creates=creates,
                     updates=[(old, {"city": "杭州"})], known_rows=[("row-1", old)],
                     backup_first=False)
    now.forward(6)  # 16 days after the first open, 6 after the import
    made = reminders.run_rules(book)
    assert (made["no_contact"], made["digest"]) == (0, 0)
    now.forward(9)  # 15 days after the import
    made = reminders.run_rules(book)
    assert (made["no_contact"], made["digest"]) == (0, 1)  # all 8 in one digest
    (digest,) = open_rule_reminders(book)
    assert len(reminders.digest_customers(book, digest)) == 8


def test_a_book_whose_rules_made_reminders_before_keeps_its_silences(book, now):
    """A book from a Kehu without the grace period, whose rules had opened reminders: the
    silence counts from the first of them, not from the upgrade."""
    silent_customers(book, 1, "A", "己")
    ops.add_customer(book, data={"name": "庚", "next_follow_up": "2025-03-20"})  # a rule's row
    now.forward(15)
    assert reminders.run_rules(book)["no_contact"] == 1
    assert settings.get(book, settings.RULES_SINCE.key) == "2025-03-03"
