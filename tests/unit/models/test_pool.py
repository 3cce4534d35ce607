"""The public pool: the owner's rules return silent customers (warned first, exempt ones kept),
salespeople claim and give back within the limits, all in the history and undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from models import deals, orders, reminders
from models.core import changelog, settings
from models.core.errors import PermissionDenied, ValidationError
from models.customers import history
from models.customers import operations as ops
from models.team import handover, pool, users


def owner_of(book, cid):
    return book.scalar("SELECT owner_id FROM customers WHERE id = ?", (cid,))


def days_later(now, n):
    now["t"] = now["t"] + dt.timedelta(days=n)


@pytest.fixture
def team(book, now):
    boss = book.user_id
    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales", password="w")
    made = {}
    for name, grade, who in (("东方建材", "A", li), ("南方五金", "B", li), ("北方钢铁", "C", li),
                             ("西部物流", "B", wang)):
        made[name] = ops.add_customer(book, data={"name": name, "grade": grade,
                                                  "owner_id": who})
    return {"boss": boss, "li": li, "wang": wang, "c": made}


def sign_in(book, team, who):
    users.sign_in(book, user_id=team[who], password={"boss": "boss", "li": "l", "wang": "w"}[who])


def pooled(book, n):
    """n new customers, given back to the pool by the owner who made them."""
    made = [ops.add_customer(book, data={"name": f"公海客户{i}"}) for i in range(n)]
    pool.give_back(book, customer_ids=made)
    return made


def turn_on(book, **extra):
    pool.set_rules(book, enabled=True,
                   days={"A": {"contact": 60}, "B": {"contact": 30, "deal": 0},
                         "C": {"contact": 0, "deal": 10}, "": {}},
                   warn_days=3, **extra)


def test_rules_are_off_by_default_and_owner_only(book, team, now):
    assert settings.get(book, "pool.enabled") is False
    assert pool.run_rules(book)["skipped"] == "off"
    sign_in(book, team, "li")
    with pytest.raises(PermissionDenied):
        pool.set_rules(book, enabled=True)
    sign_in(book, team, "boss")
    with pytest.raises(ValidationError):
        pool.set_rules(book, days={"A": {"contact": -1}})
    turn_on(book)
    r = pool.rules(book)
    assert r["enabled"] and r["since"] == "2026-03-03"
    assert r["days"]["B"] == {"contact": 30, "deal": 0}


def test_silent_customers_are_warned_then_returned_with_reason(book, team, now):
    c, li = team["c"], team["li"]
    turn_on(book)
    assert pool.run_rules(book) == {"returned": 0, "warned": 0, "op_id": None, "skipped": ""}
    sign_in(book, team, "li")
    days_later(now, 20)
    ops.log_interaction(book, customer_id=c["南方五金"], kind="call", text="聊了聊")
    sign_in(book, team, "boss")

    days_later(now, 7)  # 03-30: C's no-order rule (10 days) long past; B (30 from 03-03) warns
    result = pool.run_rules(book)
    assert result["returned"] == 1 and result["warned"] == 1
    assert owner_of(book, c["北方钢铁"]) is None  # C: no order for 10 days
    assert owner_of(book, c["东方建材"]) == li  # A: 60 days, not yet
    assert owner_of(book, c["西部物流"]) == team["wang"]  # B: warned, back on 04-02
    warning = book.one("SELECT * FROM reminders WHERE customer_id = ? AND status = 'open'",
                       (c["西部物流"],))
    assert warning["owner_id"] == team["wang"]
    assert reminders.title(dict(warning, customer_name="西部物流")) == (
        "No contact logged: 西部物流 goes back to the public pool on 2026-04-02")
    # the returned customer's reason is on record (a done warning) and in its history
    assert pool.left_pool(book, c["北方钢铁"]) == {"day": "2026-03-30", "reason": "deal",
                                                 "by_rule": True}
    texts = [history.render(i, lambda ctx, s: s) for i in history.items(book, c["北方钢铁"])]
    assert any("Back to the public pool by its rules (was 李娜's)" in t for t in texts)
    assert handover.ownership(book, c["北方钢铁"])[-1]["reason"] == handover.RELEASE

    # the same day again: nothing new (the warning's id comes from its key)
    assert pool.run_rules(book)["op_id"] is None

    # contact logged: the warning is done and the customer stays
    sign_in(book, team, "wang")
    ops.log_interaction(book, customer_id=c["西部物流"], kind="visit", text="上门")
    sign_in(book, team, "boss")
    days_later(now, 4)
    result = pool.run_rules(book)
    assert owner_of(book, c["西部物流"]) == team["wang"]
    assert book.scalar("SELECT status FROM reminders WHERE id = ?", (warning["id"],)) == "done"
    assert owner_of(book, c["南方五金"]) == li  # contacted 03-23: back on 04-22


def test_return_counts_from_the_latest_of_contact_creation_owner_change_and_turning_on(
        book, team, now):
    c = team["c"]
    days_later(now, 100)  # the rules turned on long after the customers were made
    turn_on(book)
    assert pool.run_rules(book)["returned"] == 0  # silence counts from turning the rules on
    days_later(now, 30)
    assert {i["id"] for i in pool.due(book)} >= {c["南方五金"], c["西部物流"]}
    result = pool.run_rules(book)
    assert owner_of(book, c["南方五金"]) is None and owner_of(book, c["西部物流"]) is None
    assert result["returned"] == 3  # and C's no-order rule


def test_open_deals_orders_and_debts_keep_a_customer(book, team, now):
    c, li = team["c"], team["li"]
    sign_in(book, team, "li")
    deals.add_deal(book, data={"title": "新仓库", "customer_id": c["南方五金"], "owner_id": li})
    orders.add_order(book, data={"customer_id": c["北方钢铁"]},
                     lines=[{"description": "钢材", "quantity": 1, "price": "100"}])
    owed = orders.add_order(book, data={"customer_id": c["东方建材"]},
                            lines=[{"description": "水泥", "quantity": 1, "price": "100"}])
    orders.confirm_order(book, order_id=owed)
    sign_in(book, team, "boss")
    pool.set_rules(book, enabled=True, days={g: {"contact": 5} for g in pool.GRADES})
    days_later(now, 40)
    pool.run_rules(book)
    for name in ("南方五金", "北方钢铁", "东方建材"):
        assert owner_of(book, c[name]) == li, name
    assert owner_of(book, c["西部物流"]) is None
    sign_in(book, team, "li")
    with pytest.raises(ValidationError):
        pool.give_back(book, customer_ids=[c["南方五金"]])


def test_only_an_owners_pc_returns_customers(book, team, now):
    turn_on(book)
    days_later(now, 40)
    sign_in(book, team, "li")
    assert not pool.runs_here(book)
    assert pool.run_rules(book)["skipped"] == "not_here"
    with pytest.raises(PermissionDenied):
        pool.run_rules(book, force=True)
    assert owner_of(book, team["c"]["南方五金"]) == team["li"]
    sign_in(book, team, "boss")
    assert pool.runs_here(book)
    assert pool.run_rules(book)["returned"] == 3


def test_a_return_is_undone_as_a_whole(book, team, now):
    c = team["c"]
    turn_on(book)
    days_later(now, 40)
    before = {cid: owner_of(book, cid) for cid in c.values()}
    result = pool.run_rules(book)
    assert result["returned"] == 3
    changelog.undo_operation(book, op_id=result["op_id"])
    assert {cid: owner_of(book, cid) for cid in c.values()} == before
    assert book.scalar("SELECT count(*) FROM reminders WHERE rule_key LIKE 'pool%'") == 0
    # the undo puts the silence back as it was: the next run returns them again
    assert pool.run_rules(book)["returned"] == 3


def test_claim_and_give_back_with_limits(book, team, now):
    c, li, wang = team["c"], team["li"], team["wang"]
    free = pooled(book, 4)
    pool.set_rules(book, max_customers=5, claims_per_day=2, reclaim_days=7)
    sign_in(book, team, "li")  # holds 3
    assert pool.limits_for(book) == {"limited": True, "held": 3, "max_customers": 5,
                                     "claimed_today": 0, "claims_per_day": 2}
    with pytest.raises(ValidationError):
        pool.claim(book, customer_ids=[c["西部物流"]])  # Wang's, not in the pool
    result = pool.claim(book, customer_ids=free[:2])
    assert result["claimed"] == 2 and owner_of(book, free[0]) == li
    with pytest.raises(PermissionDenied) as refused:
        pool.claim(book, customer_ids=[free[2]])  # 5 held: the limit
    assert "at most 5 customers" in str(refused.value)
    pool.give_back(book, customer_ids=[c["北方钢铁"]])
    assert owner_of(book, c["北方钢铁"]) is None
    with pytest.raises(PermissionDenied) as refused:
        pool.claim(book, customer_ids=[free[2]])  # 2 claimed today
    assert "2 customers a day" in str(refused.value)
    days_later(now, 1)
    with pytest.raises(PermissionDenied) as refused:
        pool.claim(book, customer_ids=[c["北方钢铁"]])  # given back yesterday: 7 days
    assert "from 2026-03-10" in str(refused.value)
    pool.claim(book, customer_ids=[free[2]])
    # someone else's customer cannot be given back by a salesperson
    with pytest.raises(PermissionDenied):
        pool.give_back(book, customer_ids=[c["西部物流"]])
    sign_in(book, team, "wang")
    pool.claim(book, customer_ids=[c["北方钢铁"]])  # the lock is Li's, not Wang's
    assert owner_of(book, c["北方钢铁"]) == wang
    texts = [history.render(i, lambda ctx, s: s) for i in history.items(book, c["北方钢铁"])]
    assert any("Given back to the public pool by 李娜" in t for t in texts)
    assert any("Claimed from the public pool by 王强" in t for t in texts)
    reasons = [p["reason"] for p in handover.ownership(book, c["北方钢铁"])]
    assert reasons[-2:] == [handover.RELEASE, handover.CLAIM]


def test_an_undone_claim_does_not_count_and_owners_are_not_limited(book, team, now):
    free = pooled(book, 3)
    pool.set_rules(book, claims_per_day=1)
    sign_in(book, team, "li")
    first = pool.claim(book, customer_ids=[free[0]])
    assert pool.claimed_on(book, team["li"]) == 1
    changelog.undo_operation(book, op_id=first["op_id"])
    assert pool.claimed_on(book, team["li"]) == 0
    pool.claim(book, customer_ids=[free[1]])
    assert pool.claimed_on(book, team["li"]) == 1  # the undone claim, now past redoing
    sign_in(book, team, "boss")
    pool.claim(book, customer_ids=[free[0], free[2]])
    assert owner_of(book, free[2]) == team["boss"]


def test_across_pcs_only_the_owners_returns_and_two_owner_pcs_agree(tmp_path, now):
    from tests.unit.models.test_sync_merge import Team

    team = Team(tmp_path, 3)  # pc0 and pc1: the owner's two PCs; pc2: Li's laptop
    try:
        boss_pc, boss_laptop, li_pc = team.books
        li = users.add_user(boss_pc, name="李娜", role="sales", password="l",
                            owner_password="boss")
        users.sign_in(boss_pc, user_id=li, password="l")
        made = [ops.add_customer(boss_pc, data={"name": n, "grade": "B"})
                for n in ("东方建材", "南方五金")]
        users.sign_in(boss_pc, user_id=team.owner, password="boss")
        turn_on(boss_pc)
        team.everyone()
        boss_laptop.user_id, li_pc.user_id = team.owner, li  # passwords do not travel
        days_later(now, 28)  # warned on every owner's PC, the same warnings
        assert [pool.run_rules(b)["warned"] for b in team.books] == [2, 2, 0]
        days_later(now, 3)
        assert [pool.run_rules(b)["returned"] for b in team.books] == [2, 2, 0]
        assert owner_of(li_pc, made[0]) == li  # Li's laptop returns nothing by itself
        team.everyone()
        for b in team.books:
            assert [owner_of(b, cid) for cid in made] == [None, None]
            assert b.scalar("SELECT count(*) FROM reminders WHERE rule_key LIKE 'pool%'") == 2
        # Li claims one back on her laptop; the owner's PCs take the claim in
        pool.claim(li_pc, customer_ids=[made[1]])
        team.everyone()
        assert {owner_of(b, made[1]) for b in team.books} == {li}
        assert [pool.run_rules(b)["returned"] for b in team.books] == [0, 0, 0]
    finally:
        team.close()


def test_many_warnings_for_one_salesperson_make_one_digest_a_day(book, team, now):
    """8 of 李娜's customers come near the pool on the same day: one digest lists them with
    each one's reason and day; 王强's single warning stays his own. Each customer that goes
    back still leaves its reason; the digest is done when none is left."""
    li = team["li"]
    many = [ops.add_customer(book, data={"name": f"批量客户{n}", "grade": "B" if n % 2 else "C",
                                         "owner_id": li}) for n in range(8)]
    pool.set_rules(book, enabled=True, days={"A": {"contact": 60}, "B": {"contact": 30},
                                             "C": {"contact": 0, "deal": 30}, "": {}},
                   warn_days=3)
    days_later(now, 28)  # 03-31: B (contact, 30 days) and C (no order, 30 days) go on 04-02
    result = pool.run_rules(book)
    assert result["returned"] == 0
    mine = book.all("SELECT * FROM reminders WHERE owner_id = ? AND status = 'open'", (li,))
    assert len(mine) == 1  # not eight (nor ten, with 南方五金 and 北方钢铁)
    digest = dict(mine[0])
    assert digest["rule_key"] == f"digest_pool:{li}:10:2026-03-31"
    assert reminders.title(digest) == "10 customers go back to the public pool soon"
    assert reminders.is_digest(digest)
    listed = pool.digest_customers(book, digest)
    assert {r["id"] for r in listed} == set(many) | {team["c"]["南方五金"], team["c"]["北方钢铁"]}
    reasons = {r["id"]: (r["reason"], r["day"]) for r in listed}
    assert reasons[many[1]] == ("contact", "2026-04-02")  # grade B
    assert reasons[many[0]] == ("deal", "2026-04-02")  # grade C
    wang = book.all("SELECT rule_key FROM reminders WHERE owner_id = ? AND status = 'open'",
                    (team["wang"],))
    assert [r[0].split(":")[0] for r in wang] == ["pool"]  # one: a warning of its own
    assert result["warned"] == 11

    # the same day again: nothing new; a contact takes one customer off the list
    assert pool.run_rules(book)["op_id"] is None
    sign_in(book, team, "li")
    ops.log_interaction(book, customer_id=many[1], kind="call", text="回访")
    sign_in(book, team, "boss")
    assert many[1] not in {r["id"] for r in pool.digest_customers(book, digest)}

    days_later(now, 2)  # 04-02: the others go back, each with its reason on record
    result = pool.run_rules(book)
    assert result["returned"] == 10  # 9 of the digest's and 西部物流
    assert pool.left_pool(book, many[0])["reason"] == "deal"
    assert pool.left_pool(book, many[3])["reason"] == "contact"
    assert owner_of(book, many[1]) == li
    assert book.scalar("SELECT status FROM reminders WHERE id = ?", (digest["id"],)) == "done"
    assert pool.digest_customers(book, digest) == []
