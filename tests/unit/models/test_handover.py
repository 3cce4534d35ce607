"""Handing a salesperson's customers over: what moves with them, filters, sharing out, undo,
who may, and deactivating a user who still has customers."""

from __future__ import annotations

import sqlite3

import pytest

from models import deals, orders, reminders
from models.core import chain, changelog
from models.core.errors import PermissionDenied, ValidationError
from models.customers import history
from models.customers import operations as ops
from models.team import handover, users

TABLES = ("customers", "deals", "reminders", "orders", "contacts", "handovers", "users")


def snapshot(book) -> dict:
    return {t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def owner_of(book, table, rid):
    return book.scalar(f"SELECT owner_id FROM {table} WHERE id = ?", (rid,))


@pytest.fixture
def team(book, now):
    boss = book.user_id
    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales", password="w")
    zhao = users.add_user(book, name="赵敏", role="sales", password="z")
    users.sign_in(book, user_id=li, password="l")
    made = {}
    for name, city, grade, tags in (("东方建材", "上海", "A", "VIP, 建材"),
                                    ("南方五金", "广州", "B", "五金"),
                                    ("北方钢铁", "上海", "C", ""),
                                    ("西部物流", "成都", "A", "VIP")):
        made[name] = ops.add_customer(book, data={"name": name, "city": city, "grade": grade,
                                                  "tags": tags},
                                      contacts=[{"name": f"{name}联系人"}])
    users.sign_in(book, user_id=boss, password="boss")
    return {"boss": boss, "li": li, "wang": wang, "zhao": zhao, "c": made}


def stage_ids(book) -> list[str]:
    return [s["id"] for s in deals.stages(book)]


def test_customers_move_with_open_deals_reminders_and_unpaid_orders(book, team):
    li, wang, c = team["li"], team["wang"], team["c"]
    cid = c["东方建材"]
    second = stage_ids(book)[1]
    open_deal = deals.add_deal(book, data={"title": "新仓库", "customer_id": cid,
                                           "stage_id": second, "owner_id": li})
    won = deals.add_deal(book, data={"title": "旧单", "customer_id": cid, "owner_id": li})
    deals.win_deal(book, deal_id=won)
    rem = reminders.add_reminder(book, data={"title": "回访", "customer_id": cid, "owner_id": li,
                                            "due_at": "2026-03-10T10:00:00+08:00"})
    done = reminders.add_reminder(book, data={"title": "已办", "customer_id": cid, "owner_id": li,
                                             "due_at": "2026-03-04T10:00:00+08:00"})
    reminders.complete_reminder(book, reminder_id=done)
    draft = orders.add_order(book, data={"customer_id": cid},
                             lines=[{"description": "水泥", "quantity": 1, "price": "100"}])
    unpaid = orders.add_order(book, data={"customer_id": cid},
                              lines=[{"description": "沙子", "quantity": 1, "price": "100"}])
    orders.confirm_order(book, order_id=unpaid)
    settled = orders.add_order(book, data={"customer_id": cid},
                               lines=[{"description": "砖", "quantity": 1, "price": "50"}])
    orders.confirm_order(book, order_id=settled)
    pid = orders.record_payment(book, customer_id=cid, order_id=settled, amount="50",
                                received_on="2026-03-03", method="cash")
    orders.confirm_payment(book, payment_id=pid)
    assert {owner_of(book, "orders", o) for o in (draft, unpaid, settled)} == {li}

    flt = {"cities": ["上海"], "grades": ["A"]}
    assert handover.preview_handover(book, from_user=li, filter=flt) == {
        "customers": 1, "deals": 1, "reminders": 1, "orders": 2}
    before = snapshot(book)
    result = handover.hand_over(book, from_user=li, to_users=[wang], filter=flt,
                                note="调岗到华南")
    assert (result["customers"], result["deals"], result["reminders"], result["orders"]) == (
        1, 1, 1, 2)
    assert owner_of(book, "customers", cid) == wang
    assert owner_of(book, "deals", open_deal) == wang
    assert book.scalar("SELECT stage_id FROM deals WHERE id = ?", (open_deal,)) == second
    assert owner_of(book, "reminders", rem) == wang
    assert owner_of(book, "orders", draft) == wang and owner_of(book, "orders", unpaid) == wang
    # what is closed stays credited to whoever closed it
    assert owner_of(book, "deals", won) == li
    assert owner_of(book, "reminders", done) == li
    assert owner_of(book, "orders", settled) == li
    # the others stay where they were; the contact persons go with the customer
    assert {owner_of(book, "customers", c[n]) for n in ("南方五金", "北方钢铁", "西部物流")} == {li}
    assert book.scalar("SELECT count(*) FROM contacts WHERE customer_id = ?", (cid,)) == 1

    [log] = handover.handovers(book)
    assert (log["from_name"], log["to_names"], log["by"], log["note"]) == (
        "李娜", ["王强"], "Owner", "调岗到华南")
    assert log["filter"] == {"cities": ["上海"], "grades": ["A"]}
    assert (log["customers"], log["deals"], log["reminders"], log["orders"]) == (1, 1, 1, 2)
    said = [history.render(i) for i in history.items(book, cid)]
    assert "Handed over: 李娜 → 王强" in said
    periods = handover.ownership(book, cid)
    assert [(p["owner_name"], p["reason"], bool(p["until"])) for p in periods] == [
        ("李娜", "created", True), ("王强", "handover", False)]

    # one step back restores every row, and the log forgets it
    changelog.undo(book)
    assert snapshot(book) == before
    assert handover.handovers(book) == []
    changelog.redo(book)
    assert owner_of(book, "deals", open_deal) == wang
    assert [p["reason"] for p in handover.ownership(book, cid)] == [
        "created", "handover", "undo", "handover"]


def test_filters_by_tag_and_by_the_stage_of_open_deals(book, team):
    li, c = team["li"], team["c"]
    first, second = stage_ids(book)[:2]
    deals.add_deal(book, data={"title": "A", "customer_id": c["南方五金"], "stage_id": second,
                               "owner_id": li})
    deals.add_deal(book, data={"title": "B", "customer_id": c["北方钢铁"], "stage_id": first,
                               "owner_id": li})
    lost = deals.add_deal(book, data={"title": "C", "customer_id": c["西部物流"],
                                      "stage_id": second, "owner_id": li})
    deals.lose_deal(book, deal_id=lost, reason=deals.lost_reasons(book)[0])
    count = lambda **f: handover.preview_handover(book, from_user=li, filter=f)["customers"]  # noqa: E731
    assert count(tags=["VIP"]) == 2
    assert count(tags=["建材"]) == 1
    assert count(tags=["VI"]) == 0  # a whole tag, not a part of one
    assert count(stages=[second]) == 1  # the lost deal's stage does not count
    assert count(stages=[first, second]) == 2
    assert count(stages=[second], cities=["广州"]) == 1
    assert count(stages=[second], cities=["上海"]) == 0
    assert count() == 4


def test_round_robin_and_fewest_first_share_out_the_customers(book, team):
    li, wang, zhao, boss = team["li"], team["wang"], team["zhao"], team["boss"]
    result = handover.hand_over(book, from_user=li, to_users=[wang, zhao])
    assert result["to"] == {wang: 2, zhao: 2}
    got = [r[0] for r in book.all("SELECT owner_id FROM customers ORDER BY sort_key, id")]
    assert got == [wang, zhao, wang, zhao]
    # fewest first: the boss has none, 王强 has two, so the boss takes both of 赵敏's
    result = handover.hand_over(book, from_user=zhao, to_users=[wang, boss], mode="fewest")
    assert result["to"] == {wang: 0, boss: 2}
    assert handover.owned_count(book, zhao) == 0


def test_bad_requests_are_refused_and_the_book_is_unchanged(book, team):
    li, wang, zhao = team["li"], team["wang"], team["zhao"]
    before = snapshot(book)
    with pytest.raises(ValidationError, match="Choose who takes the customers over"):
        handover.hand_over(book, from_user=li, to_users=[])
    with pytest.raises(ValidationError, match="李娜 already has these customers"):
        handover.hand_over(book, from_user=li, to_users=[wang, li])
    with pytest.raises(ValidationError, match="There is no such user"):
        handover.hand_over(book, from_user="nobody", to_users=[wang])
    with pytest.raises(ValidationError, match="王强 has no customers that match"):
        handover.hand_over(book, from_user=wang, to_users=[li])
    with pytest.raises(ValidationError, match="李娜 has no customers that match"):
        handover.hand_over(book, from_user=li, to_users=[wang], filter={"cities": ["北京"]})
    with pytest.raises(ValidationError):
        handover.hand_over(book, from_user=li, to_users=[wang], mode="random")
    users.update_user(book, user_id=zhao, active=False)
    with pytest.raises(ValidationError, match="赵敏 is not an active user"):
        handover.hand_over(book, from_user=li, to_users=[zhao])
    users.update_user(book, user_id=zhao, active=True)
    assert snapshot(book) == before


def test_only_an_owner_or_a_manager_may_hand_over(book, team):
    li, wang = team["li"], team["wang"]
    manager = users.add_user(book, name="周经理", role="manager", password="m")
    users.sign_in(book, user_id=li, password="l")
    before = snapshot(book)
    with pytest.raises(PermissionDenied, match="Only an owner or a manager"):
        handover.hand_over(book, from_user=li, to_users=[wang])
    assert snapshot(book) == before
    users.sign_in(book, user_id=manager, password="m")
    assert handover.hand_over(book, from_user=li, to_users=[wang])["customers"] == 4


def test_a_user_with_customers_is_deactivated_only_with_somewhere_for_them_to_go(book, team):
    li, wang, zhao = team["li"], team["wang"], team["zhao"]
    before = snapshot(book)
    with pytest.raises(ValidationError, match="李娜 still has 4 customers"):
        users.update_user(book, user_id=li, active=False)
    assert snapshot(book) == before
    # one without customers goes as before
    users.update_user(book, user_id=zhao, active=False)
    users.update_user(book, user_id=zhao, active=True)
    before = snapshot(book)
    changed = users.update_user(book, user_id=li, active=False, hand_over_to=[wang],
                                note="离职")
    assert changed["handover"]["customers"] == 4
    assert book.scalar("SELECT active FROM users WHERE id = ?", (li,)) == 0
    assert handover.owned_count(book, li) == 0
    assert book.scalar("SELECT count(*) FROM customers WHERE owner_id IS NULL") == 0
    # one step: one undo brings the user and the customers back
    assert changelog.undo_stack(book, 1)[0]["name"] == "hand_over"
    changelog.undo(book)
    assert snapshot(book) == before


def test_a_salesperson_cannot_deactivate_anyone(book, team):
    users.sign_in(book, user_id=team["li"], password="l")
    with pytest.raises(PermissionDenied):
        users.update_user(book, user_id=team["li"], active=False, hand_over_to=[team["wang"]])


def test_handing_over_many_customers_in_one_step(book, team, tmp_path):
    """A small sample of the benchmark (tests/bench/bench_handover.py): 1,000 customers, each
    with an open deal and a reminder, move in one operation and come back with one undo. So
    many rows are copied from the journal into the book file after the commit, aside
    (Book.checkpoint_later): the file holds them once that is done, and the commits that
    follow checkpoint as usual."""
    from tests.bench.bench_handover import fill

    li, wang, zhao = team["li"], team["wang"], team["zhao"]
    fill(book, owner_id=li, customers=1000)
    before = snapshot(book)
    n = handover.preview_handover(book, from_user=li)
    assert n == {"customers": 1004, "deals": 1000, "reminders": 1000, "orders": 0}
    result = handover.hand_over(book, from_user=li, to_users=[wang, zhao])
    assert result["to"] == {wang: 502, zhao: 502}
    assert book.scalar("SELECT count(*) FROM deals WHERE owner_id = ?", (li,)) == 0
    assert book.scalar("SELECT count(*) FROM audit WHERE op_id = ?", (result["op_id"],)) == (
        1004 + 1000 + 1000 + 1)
    book.wait_for_checkpoint()
    # the book file alone, without its journal, holds the handover
    alone = tmp_path / "alone.sqlite"
    alone.write_bytes(book.path.read_bytes())
    conn = sqlite3.connect(alone)
    try:
        assert conn.execute("SELECT count(*) FROM deals WHERE owner_id = ?", (li,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM audit WHERE op_id = ?",
                            (result["op_id"],)).fetchone() == (3005,)
    finally:
        conn.close()
    assert book.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    # the entries were chained aside while the rows changed: the chain holds, in local order
    assert chain.verify(book.conn).breaks == []
    seqs = [r[0] for r in book.all("SELECT seq FROM audit WHERE op_id = ? ORDER BY hlc",
                                   (result["op_id"],))]
    assert seqs == sorted(seqs) and seqs[-1] - seqs[0] == len(seqs) - 1
    changelog.undo(book)
    assert snapshot(book) == before
    assert chain.verify(book.conn).breaks == []


# -- read-only access until a day (a transfer) -------------------------------------------------
def _li_sees(book, li, cid) -> dict:
    """What 李娜 reads of the customer, signed in (None / empty: nothing)."""
    from models.customers import queries
    from models.orders import reads as order_reads

    users.sign_in(book, user_id=li, password="l")
    try:
        return {"customer": queries.customer(book, cid),
                "contacts": queries.contacts(book, cid),
                "timeline": queries.interactions(book, cid),
                "deals": deals.deals_of_customer(book, cid),
                "reminders": reminders.reminders_of_customer(book, cid),
                "orders": order_reads.orders_of_customer(book, cid),
                "payments": order_reads.payments_of_customer(book, cid)}
    finally:
        users.sign_in(book, user_id=book_owner(book), password="boss")


def book_owner(book) -> str:
    return book.scalar("SELECT id FROM users WHERE role = 'owner' ORDER BY created_at LIMIT 1")


def test_the_former_salesperson_may_read_until_the_day_and_change_nothing(book, team, now):
    import datetime as dt

    from models.core import scopes

    li, wang, cid = team["li"], team["wang"], team["c"]["东方建材"]
    deal = deals.add_deal(book, data={"title": "新仓库", "customer_id": cid, "owner_id": li})
    rem = reminders.add_reminder(book, data={"title": "回访", "customer_id": cid, "owner_id": li,
                                            "due_at": "2026-03-10T10:00:00+08:00"})
    draft = orders.add_order(book, data={"customer_id": cid},
                             lines=[{"description": "水泥", "quantity": 1, "price": "100"}])
    ops.log_interaction(book, customer_id=cid, kind="call", text="问了价格")
    contact = book.scalar("SELECT id FROM contacts WHERE customer_id = ?", (cid,))
    result = handover.hand_over(book, from_user=li, to_users=[wang], filter={"cities": ["上海"],
                                "grades": ["A"]}, keep_read_until="2026-03-31")
    assert result["read_until"] == "2026-03-31"
    seen = _li_sees(book, li, cid)
    assert seen["customer"]["name"] == "东方建材"
    assert [c["name"] for c in seen["contacts"]] == ["东方建材联系人"]
    assert [i["text"] for i in seen["timeline"]] == ["问了价格"]
    assert [d["id"] for d in seen["deals"]] == [deal]
    assert [r["id"] for r in seen["reminders"]] == [rem]
    assert [o["id"] for o in seen["orders"]] == [draft]
    # the other customers of 李娜 are still hers and not read-only
    assert scopes.read_only_until(book, team["c"]["南方五金"], user_id=li) == ""
    assert scopes.read_only_until(book, cid, user_id=li) == "2026-03-31"

    users.sign_in(book, user_id=li, password="l")
    before = snapshot(book)
    writes = [
        lambda: ops.update_customer(book, customer_id=cid, data={"city": "北京"}),
        lambda: ops.add_contact(book, customer_id=cid, data={"name": "新联系人"}),
        lambda: ops.update_contact(book, contact_id=contact, data={"name": "改名"}),
        lambda: ops.log_interaction(book, customer_id=cid, kind="call", text="再打一次"),
        lambda: deals.update_deal(book, deal_id=deal, data={"title": "改"}),
        lambda: deals.add_deal(book, data={"title": "另一单", "customer_id": cid}),
        lambda: reminders.add_reminder(book, data={"title": "x", "customer_id": cid,
                                                   "due_at": "2026-03-12T10:00:00+08:00"}),
        lambda: reminders.complete_reminder(book, reminder_id=rem),
        lambda: orders.update_order(book, order_id=draft, data={"notes": "改"}),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied) as refused:
            write()
        assert "东方建材" in str(refused.value) and "2026-03-31" in str(refused.value)
    assert snapshot(book) == before
    # their own customers they change as before
    ops.update_customer(book, customer_id=team["c"]["南方五金"], data={"city": "深圳"})

    # the day after the last day: gone by itself
    now["t"] = dt.datetime(2026, 4, 1, 8, 0, tzinfo=now["t"].tzinfo)
    users.sign_in(book, user_id=book_owner(book), password="boss")
    seen = _li_sees(book, li, cid)
    assert seen["customer"] is None and seen["deals"] == [] and seen["contacts"] == []
    assert scopes.read_only_until(book, cid, user_id=li) == ""
    from models.customers import sharing

    assert sharing.shared_with(book, cid) == []


def test_read_only_access_is_refused_for_a_leaver_and_a_past_day(book, team, now):
    li, wang = team["li"], team["wang"]
    before = snapshot(book)
    for kwargs, words in ((dict(keep_read_until="2026-03-02"), "has passed"),
                          (dict(keep_read_until="2026-13-01"), "YYYY-MM-DD"),
                          (dict(keep_read_until="2026-04-01", deactivate=True), "leaver")):
        with pytest.raises(ValidationError) as refused:
            handover.hand_over(book, from_user=li, to_users=[wang], **kwargs)
        assert words in str(refused.value)
    assert snapshot(book) == before
    assert book.scalar("SELECT count(*) FROM customer_shares") == 0
    users.update_user(book, user_id=li, active=False, hand_over_to=[wang])
    users.update_user(book, user_id=li, active=True)
    zhao = team["zhao"]
    users.update_user(book, user_id=zhao, active=False)
    with pytest.raises(ValidationError) as refused:
        handover.hand_over(book, from_user=zhao, to_users=[li], keep_read_until="2026-04-01")
    assert "leaver" in str(refused.value) or "nothing" in str(refused.value)
    # today is the earliest last day
    result = handover.hand_over(book, from_user=wang, to_users=[li],
                                keep_read_until="2026-03-03")
    assert result["read_until"] == "2026-03-03"


def test_undoing_the_handover_takes_the_read_only_access_away(book, team, now):
    li, wang = team["li"], team["wang"]
    before = snapshot(book)
    result = handover.hand_over(book, from_user=li, to_users=[wang], keep_read_until="2026-03-20")
    assert book.scalar("SELECT count(*) FROM customer_shares WHERE user_id = ? AND deleted_at "
                       "IS NULL AND read_until = '2026-03-20'", (li,)) == result["customers"] == 4
    changelog.undo(book)
    assert snapshot(book) == before
    assert book.scalar("SELECT count(*) FROM customer_shares") == 0
    changelog.redo(book)
    assert book.scalar("SELECT count(*) FROM customer_shares WHERE deleted_at IS NULL") == 4
    # handing them back later brings the same shares back with the new day; sharing for good
    # turns one into an ordinary share
    changelog.undo(book)
    handover.hand_over(book, from_user=li, to_users=[wang], keep_read_until="2026-03-25")
    from models.customers import sharing

    cid = team["c"]["东方建材"]
    assert [(u["name"], u["read_until"]) for u in sharing.shared_with(book, cid)] == [
        ("李娜", "2026-03-25")]
    sharing.share_customer(book, customer_id=cid, user_id=li)
    assert [(u["name"], u["read_until"]) for u in sharing.shared_with(book, cid)] == [
        ("李娜", "")]
