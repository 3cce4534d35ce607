"""The report pack's numbers, checked on small books whose answers are known by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from models import deals, reminders
from models.core import settings
from models.customers import operations as ops
from models.reports import monthly
from models.team import users
from tests.book_helpers import TZ, hand_clock


@pytest.fixture
def now():
    yield from hand_clock(dt.datetime(2025, 1, 5, 10, 0, tzinfo=TZ))


def stage(book, key: str) -> str:
    return next(s["id"] for s in deals.stages(book) if s["key"] == key)


def move(book, now, deal_id: str, key: str, day: str) -> None:
    now.set(day)
    deals.move_deal(book, deal_id=deal_id, stage_id=stage(book, key),
                    values={"amount": 1000, "expected_close": "2025-06-30"})


def test_months_window():
    assert monthly.months_window("2025-03") == [
        "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10",
        "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"]
    assert monthly.add_months("2024-12", 1) == "2025-01"
    with pytest.raises(ValueError):
        monthly.months_window("2025-13")


def test_funnel_conversion_and_median_days(book, now):
    cid = ops.add_customer(book, data={"name": "杭州鑫达建材有限公司"})
    ids = []
    for n in range(3):
        now.set("2025-02-01")
        ids.append(deals.add_deal(book, data={"title": f"单{n}", "customer_id": cid,
                                              "amount": 1000}))
    # all three enter 方案报价 (proposal) on different days; one goes on to 合同签署 (contract)
    move(book, now, ids[0], "proposal", "2025-02-03")
    move(book, now, ids[1], "proposal", "2025-02-05")
    move(book, now, ids[2], "proposal", "2025-02-05")
    move(book, now, ids[0], "negotiation", "2025-02-13")  # 10 days in proposal
    move(book, now, ids[0], "contract", "2025-02-20")
    now.set("2025-02-09")
    deals.lose_deal(book, deal_id=ids[1], reason="price")  # 4 days in proposal
    # ids[2] still sits in proposal: left out of the median
    now.set("2025-03-01")
    got = {s["key"]: s for s in monthly.funnel(book, "2025-02")["stages"]}
    assert [got[k]["entered"] for k in ("initial", "needs", "proposal", "negotiation", "contract")] \
        == [3, 0, 3, 1, 1]
    assert got["proposal"]["to_next_pct"] == 33.3
    assert got["proposal"]["drop_pct"] == 66.7
    assert got["proposal"]["median_days"] == 7.0  # median of 10 and 4
    assert got["negotiation"]["to_next_pct"] == 100.0
    assert got["negotiation"]["median_days"] == 7.0
    assert got["contract"]["to_next_pct"] is None and got["contract"]["median_days"] is None
    assert got["needs"]["to_next_pct"] is None and got["needs"]["entered"] == 0
    assert got["initial"]["to_next_pct"] == 100.0  # every deal went on (skipping needs)
    # a year later the entries are out of the 12 months
    assert monthly.funnel(book, "2026-03")["stages"][2]["entered"] == 0


def test_funnel_keeps_moves_in_the_same_second_in_the_order_made(book, now):
    cid = ops.add_customer(book, data={"name": "杭州鑫达建材有限公司"})
    now.set("2025-02-01")
    fast = deals.add_deal(book, data={"title": "快单", "customer_id": cid, "amount": 1000})
    slow = deals.add_deal(book, data={"title": "慢单", "customer_id": cid, "amount": 1000})
    # one deal goes through every stage within one second, its rows all at the same time;
    # the funnel follows the order of the moves, not the order of the stages' ids
    keys = ("needs", "proposal", "negotiation", "contract")
    for key in keys:
        move(book, now, fast, key, "2025-02-03")
    for key in reversed(keys):
        move(book, now, slow, key, "2025-02-04")
    assert book.scalar("SELECT count(DISTINCT at) FROM deal_history WHERE deal_id = ?",
                       [fast]) == 2
    now.set("2025-03-01")
    got = {s["key"]: s for s in monthly.funnel(book, "2025-02")["stages"]}
    assert [got[k]["entered"] for k in ("initial", *keys)] == [2, 2, 2, 2, 2]
    # fast went on from every stage; slow went from initial to contract, then back one stage
    # at a time to needs, so it went on only from initial: whatever the order of the stages'
    # ids, a funnel that lost the order of the moves would count both deals alike
    assert [got[k]["to_next_pct"] for k in ("initial", *keys[:-1])] == [100.0, 50.0, 50.0,
                                                                        50.0]
    assert got["needs"]["median_days"] == 0.0


def test_won_lost_and_top_customers(book, now):
    a = ops.add_customer(book, data={"name": "甲公司"})
    b = ops.add_customer(book, data={"name": "乙公司"})
    c = ops.add_customer(book, data={"name": "丙公司"})
    plan = [(a, 6000, "won", "2025-01-10"), (a, 2000, "won", "2025-02-10"),
            (b, 1500, "won", "2025-02-11"), (c, 500, "won", "2025-02-12"),
            (c, 900, "lost", "2025-02-13"), (b, 100, "lost", "2024-12-01")]
    for cid, amount, status, day in plan:
        now.set(day)
        did = deals.add_deal(book, data={"title": "单", "customer_id": cid, "amount": amount})
        if status == "won":
            deals.win_deal(book, deal_id=did)
        else:
            deals.lose_deal(book, deal_id=did, reason="competitor" if amount == 900 else "price")
    out = monthly.won_lost(book, "2025-02")
    assert out["months"][-1] == "2025-02" and len(out["won_count"]) == 13
    assert out["won_count"][-2:] == [1, 3]
    assert out["won_amount"][-2:] == [{"CNY": 600000}, {"CNY": 400000}]
    assert out["lost_count"][-3:] == [1, 0, 1]
    assert out["lost_reasons"] == {"competitor": 1}
    top = monthly.top_customers(book, "2025-02")
    assert [(r["name"], r["amount"]) for r in top["rows"]] == [
        ("甲公司", 800000), ("乙公司", 150000), ("丙公司", 50000)]
    assert top["total"] == 1000000 and top["customers"] == 3
    assert top["currency"] == "CNY" and top["others"] == {}
    assert top["pareto_n"] == 1  # 8000 of 10000 is 80 %
    assert top["pareto_share"] == 0.8
    assert monthly.top_customers(book, "2025-02", limit=1)["rows"][0]["name"] == "甲公司"


def test_won_amounts_are_numbers_per_currency(book, now):
    a = ops.add_customer(book, data={"name": "甲公司"})
    b = ops.add_customer(book, data={"name": "Acme Inc."})
    now.set("2025-02-10")
    for cid, amount, code in [(a, "1,000.10", "CNY"), (a, "0.20", "CNY"), (b, "4,500", "USD"),
                              (b, "300000", "JPY"), (a, "500", "CNY")]:
        did = deals.add_deal(book, data={"title": "单", "customer_id": cid, "amount": amount,
                                         "currency": code})
        deals.win_deal(book, deal_id=did)
    out = monthly.won_lost(book, "2025-02")
    assert out["won_count"][-1] == 5
    assert out["won_amount"][-1] == {"CNY": 150030, "USD": 450000, "JPY": 300000}
    top = monthly.top_customers(book, "2025-02")
    assert top["currency"] == "CNY" == monthly.pack(book, "2025-02")["currency"]
    assert [(r["name"], r["amount"]) for r in top["rows"]] == [("甲公司", 150030)]
    assert top["others"] == {"USD": 450000, "JPY": 300000}
    usd = monthly.top_customers(book, "2025-02", currency="USD")
    assert [(r["name"], r["amount"]) for r in usd["rows"]] == [("Acme Inc.", 450000)]
    assert usd["others"] == {"CNY": 150030, "JPY": 300000}


def test_new_customers_by_source(book, now):
    for day, source in [("2025-01-03", "展会"), ("2025-02-01", "展会"), ("2025-02-02", "微信"),
                        ("2025-02-28", "展会"), ("2024-01-31", "展会")]:
        now.set(day)
        ops.add_customer(book, data={"name": f"客户{day}", "source": source})
    out = monthly.new_customers(book, "2025-02")
    assert out["sources"] == ["展会", "微信"]
    assert out["counts"]["展会"][-2:] == [1, 2] and sum(out["counts"]["展会"]) == 3
    assert out["counts"]["微信"][-1] == 1


def test_activity_per_salesperson(book, now):
    owner = book.user_id
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "甲公司"})
    now.set("2025-02-03")
    for kind in ("call", "call", "visit", "wechat"):
        ops.log_interaction(book, customer_id=cid, kind=kind, text="谈了")
    ops.log_interaction(book, customer_id=cid, kind="note", text="去年的", at="2025-01-20T10:00:00+08:00")
    did = deals.add_deal(book, data={"title": "单", "customer_id": cid, "amount": 100})
    # 李娜's customer from now on, so that she sees it and may move its deal (a customer only
    # shared with her she may read, not change)
    ops.update_customer(book, customer_id=cid, data={"owner_id": sales})
    book.user_id = sales
    ops.log_interaction(book, customer_id=cid, kind="call", text="打了电话")
    deals.move_deal(book, deal_id=did, stage_id=stage(book, "needs"))
    deals.win_deal(book, deal_id=did)  # the deal's owner (the owner) gets the win
    r1 = reminders.add_reminder(book, data={"title": "回访", "due_at": "2025-02-04T09:00:00+08:00",
                                            "customer_id": cid})
    reminders.add_reminder(book, data={"title": "报价", "due_at": "2025-02-05T09:00:00+08:00",
                                       "customer_id": cid})
    now.set("2025-02-06")
    reminders.complete_reminder(book, reminder_id=r1)  # done two days late: overdue too
    book.user_id = owner
    now.set("2025-03-02")
    people = {p["name"]: p for p in monthly.activity(book, "2025-02")["people"]}
    me = people["Owner"]
    assert (me["call"], me["visit"], me["wechat"], me["note"], me["deals_won"], me["deals_moved"]) \
        == (2, 1, 1, 0, 1, 0)
    li = people["李娜"]
    assert (li["call"], li["reminders_done"], li["reminders_overdue"], li["deals_moved"]) == (1, 1, 2, 1)
    only = monthly.activity(book, "2025-02", owner_id=sales)["people"]
    assert [p["name"] for p in only] == ["李娜"]


def test_dropping_customers(book, now):
    quiet = ops.add_customer(book, data={"name": "冷下来的"})
    steady = ops.add_customer(book, data={"name": "一直联系"})
    for month in ("2024-11", "2024-12", "2025-01"):
        for day in ("05", "06"):
            for cid in (quiet, steady):
                ops.log_interaction(book, customer_id=cid, kind="call", text="打电话",
                                    at=f"{month}-{day}T10:00:00+08:00")
    ops.log_interaction(book, customer_id=steady, kind="call", text="打电话",
                        at="2025-02-05T10:00:00+08:00")
    out = monthly.dropping(book, "2025-02")
    assert out == [{"id": quiet, "name": "冷下来的", "before": 2.0, "now": 0}]


def test_forecast_and_grades_and_pack(book, now):
    cid = ops.add_customer(book, data={"name": "甲公司"})
    did = deals.add_deal(book, data={"title": "单", "customer_id": cid, "amount": 10000,
                                     "expected_close": "2025-03-15"})
    deals.update_deal(book, deal_id=did, data={"probability": 40})
    out = monthly.forecast(book, "2025-02")
    assert out["months"] == ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]
    assert out["weighted"] == [{}, {"CNY": 400000}, {}, {}, {}, {}]
    assert monthly.pack(book, "2025-02")["shop"] == ""  # no name yet: never the file's name
    settings.set_settings(book, {"shop.name": "鑫达建材"})
    p = monthly.pack(book, "2025-02", owner_id=book.user_id)
    assert p["shop"] == "鑫达建材" and p["owner_name"] == "Owner" and p["month"] == "2025-02"
    assert set(p) >= {"new_customers", "won_lost", "funnel", "activity", "top_customers",
                      "dropping", "forecast", "grades"}
    assert p["grades"]["counts"] == {"A": 0, "B": 0, "C": 0, "": 1}
    assert monthly.pack(book, "2025-02")["owner_name"] == ""
