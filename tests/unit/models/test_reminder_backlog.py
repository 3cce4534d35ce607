"""A book or an import with years of old dates does not flood the agenda with stalled deals,
past follow-up dates, overdue payments or late repurchases: many at once for one person and
kind make one digest, which lists them and is done by itself when they are dealt with."""

from __future__ import annotations

import datetime as dt

import pytest

from models import deals, orders, reminders
from models.customers import operations as ops
from models.imports import import_customers
from models.team import users
from tests.book_helpers import TZ, hand_clock

START = dt.datetime(2025, 3, 3, 10, 0, tzinfo=TZ)


@pytest.fixture
def now():
    yield from hand_clock(START)


def agenda_rows(book, kind: str | None = None) -> list[dict]:
    rows = [r for v in reminders.agenda(book).values() for r in v]
    return [r for r in rows if kind is None or r["kind"] == kind]


def test_old_follow_up_dates_from_an_import_make_one_digest(book, now):
    creates = [{"name": f"旧客户{i}", "next_follow_up": f"2019-0{1 + i}-15"} for i in range(8)]
    creates.append({"name": "新客户", "next_follow_up": "2025-03-10"})  # a plan: its own
    import_customers(book, file="老客户.xlsx", mode="skip", creates=creates, backup_first=False)
    made = reminders.run_rules(book)
    assert (made["follow_up"], made["digest"]) == (1, 1)
    rows = agenda_rows(book, "follow_up")
    assert len(rows) == 2
    (digest,) = [r for r in rows if reminders.is_digest(r)]
    assert digest["customer_id"] is None and digest["owner_id"] == book.user_id
    assert reminders.title(digest) == "8 customers' follow-up dates have passed"
    items = reminders.digest_items(book, digest)
    assert [(i["name"], i["date"]) for i in items] == [
        (f"旧客户{i}", f"2019-0{1 + i}-15") for i in range(8)]  # the longest waiting first
    assert reminders.run_rules(book) == dict.fromkeys(made, 0)  # once; none one by one
    # the user gives one a new date: it leaves the digest and gets its own reminder
    first = items[0]["id"]
    ops.update_customer(book, customer_id=first, data={"next_follow_up": "2025-03-05"})
    assert len(reminders.digest_items(book, digest)) == 7
    now.forward(30)
    assert reminders.run_rules(book)["follow_up"] == 0  # the others stay in the digest's care
    for item in reminders.digest_items(book, digest):
        ops.update_customer(book, customer_id=item["id"], data={"next_follow_up": ""})
    reminders.run_rules(book)
    assert reminders.reminder(book, digest["id"])["status"] == "done"
    assert reminders.reminder(book, digest["id"])["done_by"] is None  # by Kehu, not a person


def test_many_deals_stalled_at_once_make_one_digest_per_person(book, now):
    other = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "杭州鑫达建材有限公司"})
    mine = [deals.add_deal(book, data={"title": f"单{i}", "customer_id": cid})
            for i in range(7)]
    theirs = [deals.add_deal(book, data={"title": f"李的单{i}", "customer_id": cid,
                                          "owner_id": other}) for i in range(3)]
    now.forward(30)
    made = reminders.run_rules(book)
    assert (made["stall"], made["digest"]) == (3, 1)  # 7 of mine: one item; her 3: each
    (digest,) = [r for r in agenda_rows(book, "stall") if reminders.is_digest(r)]
    assert digest["owner_id"] == book.user_id
    assert reminders.title(digest) == "7 stalled deals need a follow-up"
    assert sorted(i["deal_id"] for i in reminders.digest_items(book, digest)) == sorted(mine)
    assert {r["deal_id"] for r in agenda_rows(book, "stall") if not reminders.is_digest(r)} \
        == set(theirs)
    assert reminders.run_rules(book)["stall"] == 0
    # the deals move on: won, lost, snoozed
    deals.win_deal(book, deal_id=mine[0])
    deals.snooze_stall(book, deal_id=mine[1], days=30)
    assert len(reminders.digest_items(book, digest)) == 5
    reminders.run_rules(book)
    assert reminders.reminder(book, digest["id"])["status"] == "open"
    for did in mine[2:]:
        deals.lose_deal(book, deal_id=did, reason="price")
    reminders.run_rules(book)
    assert reminders.reminder(book, digest["id"])["status"] == "done"


def test_five_stalls_at_once_get_a_reminder_each(book, now):
    cid = ops.add_customer(book, data={"name": "东方建材"})
    for i in range(5):
        deals.add_deal(book, data={"title": f"单{i}", "customer_id": cid})
    now.forward(30)
    made = reminders.run_rules(book)
    assert (made["stall"], made["digest"]) == (5, 0)


def test_years_of_unpaid_orders_make_one_digest_done_once_paid(book, now):
    names = [f"欠款客户{i}" for i in range(6)]
    cids = [ops.add_customer(book, data={"name": n}) for n in names]
    for i, cid in enumerate(cids):
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": f"2022-0{1 + i}-10"},
                               lines=[{"description": "水泥", "quantity": 1, "price": "100"}])
        orders.confirm_order(book, order_id=oid)
    made = reminders.run_rules(book)
    assert (made["overdue"], made["digest"]) == (0, 1)
    (digest,) = agenda_rows(book, "overdue")
    assert reminders.title(digest) == "6 payments past due and not received"
    assert [i["name"] for i in reminders.digest_items(book, digest)] == names
    for cid in cids[:5]:
        pid = orders.record_payment(book, customer_id=cid, amount="100",
                                    received_on="2025-03-03", method="transfer")
        orders.confirm_payment(book, payment_id=pid)
    reminders.run_rules(book)
    assert [i["name"] for i in reminders.digest_items(book, digest)] == names[5:]
    assert reminders.reminder(book, digest["id"])["status"] == "open"
    pid = orders.record_payment(book, customer_id=cids[5], amount="100",
                                received_on="2025-03-03", method="transfer")
    orders.confirm_payment(book, payment_id=pid)
    reminders.run_rules(book)
    assert reminders.reminder(book, digest["id"])["status"] == "done"


def test_a_digest_is_named_by_what_it_stands_for(book, now):
    """Its id comes from its key (the same row on every PC), like every rule's reminder."""
    from models.core import ids

    cid = ops.add_customer(book, data={"name": "同一个客户"})
    for i in range(6):
        deals.add_deal(book, data={"title": f"单{i}", "customer_id": cid})
    now.forward(30)
    reminders.run_rules(book)
    (digest,) = agenda_rows(book, "stall")
    assert digest["rule_key"] == f"digest_stall:{book.user_id}:6:2025-04-02"
    assert digest["id"] == ids.derived_id("reminder", digest["rule_key"])
