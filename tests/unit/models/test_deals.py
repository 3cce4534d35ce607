"""The sales pipeline: deals on a board of stages, moves with history, stalls, the forecast."""

from __future__ import annotations

import csv
import datetime as dt
import json
from itertools import pairwise

import openpyxl
import pytest

from models import deals, reminders
from models.core import changelog
from models.core.errors import PermissionDenied, UndoError, ValidationError
from models.core.money import Money
from models.customers import operations as ops
from models.customers.export import DEAL_FIELDS, export_deals
from models.team import users
from tests.book_helpers import TZ, hand_clock, raw_write

START = dt.datetime(2025, 3, 10, 9, 0, tzinfo=TZ)


@pytest.fixture
def now():
    yield from hand_clock(START)


@pytest.fixture
def customer(book):
    return ops.add_customer(book, data={"name": "杭州鑫达建材有限公司"})


def stage_ids(book) -> dict[str, str]:
    return {s["key"]: s["id"] for s in deals.stages(book)}


def column(book, key: str, **kw) -> list[str]:
    sid = stage_ids(book)[key]
    col = next(c for c in deals.board(book, **kw) if c["stage"]["id"] == sid)
    return [d["title"] for d in col["deals"]]


def history(book, deal_id: str) -> list[tuple]:
    return [tuple(r) for r in book.all(
        "SELECT from_stage, to_stage, from_status, to_status FROM deal_history "
        "WHERE deal_id = ? ORDER BY at, rowid", (deal_id,))]


def add(book, customer, title, **data) -> str:
    return deals.add_deal(book, data={"title": title, "customer_id": customer, **data})


# -- the default stages ------------------------------------------------------------------
def test_a_new_book_has_the_five_default_stages(book):
    got = [(s["key"], s["position"], s["probability"], s["requires"], s["checklist"])
           for s in deals.stages(book)]
    assert got == [
        ("initial", 1, 10, [], []), ("needs", 2, 25, [], []),
        ("proposal", 3, 50, ["amount"], []), ("negotiation", 4, 70, ["expected_close"], []),
        ("contract", 5, 90, [], []),
    ]
    assert [deals.stage_label(s) for s in deals.stages(book)] == [
        "Initial contact", "Requirements confirmed", "Proposal/quote", "Negotiation", "Contract signing"]
    chinese = {"Initial contact": "初步接洽"}
    first = deals.stages(book)[0]
    assert deals.stage_label(first, lambda c, s: chinese.get(s, s) if c == "stages" else "?") \
        == "初步接洽"


# -- adding and editing ------------------------------------------------------------------
def test_add_deal_goes_to_the_bottom_of_the_first_stage(book, customer, now):
    first = add(book, customer, "门店装修", amount="12,000")
    second = add(book, customer, "仓库地坪", amount=5000, probability="40%",
                 expected_close="2025-04-30")
    one = deals.deal(book, first)
    assert one["amount"] == Money(1200000, "CNY") and one["currency"] == "CNY"
    assert one["amount_minor"] == 1200000
    assert one["stage_id"] == stage_ids(book)["initial"]
    assert one["owner_id"] == book.user_id and one["owner_name"] == "Owner"
    assert one["probability"] == 10  # the stage's, the deal has none of its own
    assert one["customer_name"] == "杭州鑫达建材有限公司"
    assert one["stage_entered_at"] == START.isoformat()
    two = deals.deal(book, second)
    assert two["probability"] == 40 and two["expected_close"] == "2025-04-30"
    assert two["position"] > one["position"]
    assert column(book, "initial") == ["门店装修", "仓库地坪"]
    assert history(book, first) == [(None, stage_ids(book)["initial"], None, "open")]
    # audited, so undo takes it back
    assert book.scalar("SELECT count(*) FROM audit WHERE tbl = 'deals' AND record_id = ?",
                       (first,)) == 1
    changelog.undo(book)
    assert deals.deal(book, second) is None
    assert book.scalar("SELECT count(*) FROM deal_history WHERE deal_id = ?", (second,)) == 0


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"title": "  "}, "title", "The deal needs a title."),
    ({"customer_id": ""}, "customer_id", "Choose the customer of the deal."),
    ({"customer_id": "no-such-id"}, "customer_id", "There is no such customer, or it is in the trash."),
    ({"amount": "abc"}, "amount", "abc is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ({"amount": "12.345"}, "amount",
     "12.345 has too many decimals: CNY amounts have at most 2 decimals."),
    ({"amount": "1200.5", "currency": "JPY"}, "amount",
     "1200.5 has decimals, but JPY amounts have none."),
    ({"amount": "$500"}, "amount", "$500 is not in CNY, the currency chosen for it."),
    ({"currency": "dollars"}, "currency",
     "dollars is not a currency code (three letters, such as CNY or USD)."),
    ({"amount": "-5"}, "amount", "The amount cannot be less than 0."),
    ({"amount": -1}, "amount", "The amount cannot be less than 0."),
    ({"probability": "150"}, "probability", "The probability must be a whole number from 0 to 100."),
    ({"probability": "half"}, "probability", "The probability must be a whole number from 0 to 100."),
    ({"expected_close": "next week"}, "expected_close", "next week is not a date (write it as 2024-01-31)."),
    ({"owner_id": "nobody"}, "owner_id", "There is no such user."),
])
def test_invalid_deals_are_refused_with_a_message(book, customer, data, field, message):
    with pytest.raises(ValidationError) as err:
        deals.add_deal(book, data={"title": "大单", "customer_id": customer, **data})
    assert err.value.field == field
    assert err.value.render() == message
    assert book.scalar("SELECT count(*) FROM deals") == 0


def test_a_customer_in_the_trash_gets_no_new_deal(book, customer):
    ops.delete_customers(book, customer_ids=[customer])
    with pytest.raises(ValidationError, match="in the trash"):
        add(book, customer, "大单")


def test_amounts_as_people_write_them(book, customer):
    for text, minor in (("12,000", 1200000), ("¥1,500.50", 150050), ("８０００", 800000),
                        ("", None), (0, 0), ("1.2万", 1200000), ("12万5", 12500000),
                        (1500.5, 150050), (0.29, 29), ("３．５万元", 3500000)):
        did = add(book, customer, f"单 {text}", amount=text)
        assert deals.deal(book, did)["amount_minor"] == minor
        assert deals.deal(book, did)["amount"] == (None if minor is None else Money(minor))


def test_an_amount_in_another_currency_keeps_its_own_minor_units(book, customer):
    yen = add(book, customer, "日本订单", amount="¥1,234", currency="jpy")
    assert deals.deal(book, yen)["amount"] == Money(1234, "JPY")
    dollars = add(book, customer, "美国订单", amount="US$99.95", currency="USD")
    assert deals.deal(book, dollars)["amount"] == Money(9995, "USD")
    # a new currency without a new amount keeps the amount's value
    assert deals.update_deal(book, deal_id=dollars, data={"currency": "EUR"}) == {
        "currency": ("USD", "EUR")}
    assert deals.deal(book, dollars)["amount"] == Money(9995, "EUR")
    changes = deals.update_deal(book, deal_id=yen, data={"currency": "CNY"})
    assert changes == {"currency": ("JPY", "CNY"), "amount_minor": (1234, 123400)}
    # ... and refuses one that would lose its decimals, the deal unchanged
    with pytest.raises(ValidationError, match="JPY amounts have none"):
        deals.update_deal(book, deal_id=dollars, data={"currency": "JPY"})
    assert deals.deal(book, dollars)["amount"] == Money(9995, "EUR")


def test_the_audit_records_amounts_as_integers(book, customer):
    did = add(book, customer, "大单", amount="1,234.50")
    deals.update_deal(book, deal_id=did, data={"amount": "2000.05"})
    entry = book.one("SELECT old, new FROM audit WHERE tbl = 'deals' AND field = 'amount_minor'")
    assert (entry["old"], entry["new"]) == ("123450", "200005")
    inserted = json.loads(book.scalar(
        "SELECT new FROM audit WHERE tbl = 'deals' AND action = 'insert'"))
    assert inserted["amount_minor"] == 123450 and "amount" not in inserted
    changelog.undo(book)
    assert deals.deal(book, did)["amount_minor"] == 123450


def test_update_deal_returns_the_changes(book, customer):
    did = add(book, customer, "门店装修")
    changes = deals.update_deal(book, deal_id=did, data={
        "title": "门店装修（二期）", "amount": "30000", "next_step": " 周五送样品 ", "probability": ""})
    assert changes == {"title": ("门店装修", "门店装修(二期)"), "amount_minor": (None, 3000000),
                       "next_step": ("", "周五送样品")}
    assert deals.update_deal(book, deal_id=did, data={"amount": "30,000"}) == {}
    with pytest.raises(KeyError):
        deals.update_deal(book, deal_id=did, data={"stage_id": stage_ids(book)["needs"]})
    with pytest.raises(ValidationError, match="needs a title"):
        deals.update_deal(book, deal_id=did, data={"title": ""})
    changelog.undo(book)
    assert deals.deal(book, did)["title"] == "门店装修"


# -- moving ------------------------------------------------------------------------------
def test_move_to_another_stage_writes_history_and_audit(book, customer, now):
    did = add(book, customer, "大单")
    ids = stage_ids(book)
    now.forward(3)
    assert deals.deal(book, did)["days_in_stage"] == 3
    changes = deals.move_deal(book, deal_id=did, stage_id=ids["needs"])
    assert changes["stage_id"] == (ids["initial"], ids["needs"])
    card = deals.deal(book, did)
    assert card["stage_id"] == ids["needs"] and card["days_in_stage"] == 0
    assert card["probability"] == 25
    assert history(book, did)[-1] == (ids["initial"], ids["needs"], "open", "open")
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert op["name"] == "move_deal" and op["label"] == "大单"
    fields = {r[0] for r in book.all("SELECT field FROM audit WHERE op_id = ?", (op["id"],))}
    assert {"stage_id", "stage_entered_at"} <= fields
    assert column(book, "initial") == [] and column(book, "needs") == ["大单"]


def test_move_places_the_deal_between_its_neighbours(book, customer):
    ids = stage_ids(book)
    a, b, c = (add(book, customer, t) for t in "ABC")
    new = add(book, customer, "N")
    deals.move_deal(book, deal_id=new, stage_id=ids["needs"])
    x = add(book, customer, "X")
    deals.move_deal(book, deal_id=x, stage_id=ids["needs"], index=0)
    assert column(book, "needs") == ["X", "N"]
    # into the middle of the first column, then to the top, then to the bottom (index None)
    deals.move_deal(book, deal_id=new, stage_id=ids["initial"], index=1)
    assert column(book, "initial") == ["A", "N", "B", "C"]
    pos = {d["title"]: d["position"] for d in deals.list_deals(book)}
    assert pos["A"] < pos["N"] < pos["B"] and pos["N"] == (pos["A"] + pos["B"]) / 2
    rows_before = book.scalar("SELECT count(*) FROM deal_history")
    deals.move_deal(book, deal_id=c, stage_id=ids["initial"], index=0)
    assert column(book, "initial") == ["C", "A", "N", "B"]
    deals.move_deal(book, deal_id=a, stage_id=ids["initial"])
    assert column(book, "initial") == ["C", "N", "B", "A"]
    # a reorder inside the column writes the position only
    assert book.scalar("SELECT count(*) FROM deal_history") == rows_before
    assert b


def test_a_column_is_renumbered_when_the_gap_gets_too_small(book, customer):
    ids = stage_ids(book)
    add(book, customer, "A")
    add(book, customer, "B")
    expected = ["A", "B"]
    renumbered = False
    for n in range(30):  # each insert right after A halves the gap next to A
        did = add(book, customer, f"M{n}")
        deals.move_deal(book, deal_id=did, stage_id=ids["initial"], index=1)
        expected.insert(1, f"M{n}")
        assert column(book, "initial") == expected
        positions = [d["position"] for d in deals.board(book)[0]["deals"]]
        assert all(later - earlier >= 1e-6 for earlier, later in pairwise(positions))
        renumbered = renumbered or positions == [float(i) for i in range(1, len(positions) + 1)]
    assert renumbered  # 30 halvings of 1 go below 1e-6: the column was renumbered 1..n


def test_renumbering_keeps_the_order(book, customer):
    ids = stage_ids(book)
    titles = ["A", "B", "C", "D"]
    got = [add(book, customer, t) for t in titles]
    raw_write(book, "UPDATE deals SET position = 1 + rowid * 1e-7")  # crowded on purpose
    mover = add(book, customer, "M")
    deals.move_deal(book, deal_id=mover, stage_id=ids["needs"])
    deals.move_deal(book, deal_id=mover, stage_id=ids["initial"], index=2)
    assert column(book, "initial") == ["A", "B", "M", "C", "D"]
    assert [deals.deal(book, d)["position"] for d in got] == [1.0, 2.0, 4.0, 5.0]
    assert deals.deal(book, mover)["position"] == 3.0
    changelog.undo(book)  # the renumbering is undone with the move
    assert column(book, "initial") == ["A", "B", "C", "D"]
    assert deals.deal(book, got[3])["position"] == pytest.approx(1 + 4e-7)


def test_undo_and_redo_of_a_move(book, customer, now):
    ids = stage_ids(book)
    a, b, c = (add(book, customer, t) for t in "ABC")
    deals.move_deal(book, deal_id=b, stage_id=ids["needs"])
    before = deals.deal(book, c)
    now.forward(2)
    deals.move_deal(book, deal_id=c, stage_id=ids["needs"], index=0)
    assert column(book, "needs") == ["C", "B"]
    assert len(history(book, c)) == 2
    changelog.undo(book)
    back = deals.deal(book, c)
    assert back["stage_id"] == ids["initial"] and back["position"] == before["position"]
    assert back["stage_entered_at"] == before["stage_entered_at"] and back["days_in_stage"] == 2
    assert column(book, "initial") == ["A", "C"] and column(book, "needs") == ["B"]
    assert history(book, c) == [(None, ids["initial"], None, "open")]
    changelog.redo(book)
    assert column(book, "needs") == ["C", "B"]
    assert history(book, c)[-1] == (ids["initial"], ids["needs"], "open", "open")
    assert a


def test_a_move_cannot_be_undone_after_the_deal_moved_again(book, customer):
    ids = stage_ids(book)
    did = add(book, customer, "A")
    deals.move_deal(book, deal_id=did, stage_id=ids["needs"])
    raw_write(book, "UPDATE deals SET stage_id = ? WHERE id = ?", (ids["contract"], did))
    with pytest.raises(UndoError):
        changelog.undo(book)
    assert deals.deal(book, did)["stage_id"] == ids["contract"]


# -- requirements ------------------------------------------------------------------------
def test_a_stage_that_needs_the_amount_asks_for_it(book, customer):
    ids = stage_ids(book)
    did = add(book, customer, "大单")
    seq = book.scalar("SELECT max(seq) FROM operations")
    with pytest.raises(deals.RequirementsMissing) as err:
        deals.move_deal(book, deal_id=did, stage_id=ids["proposal"])
    assert isinstance(err.value, ValidationError)
    assert err.value.missing == {"fields": ["amount"], "checklist": []}
    assert err.value.render() == "This stage needs: Amount"
    chinese = {"This stage needs: {fields}": "此阶段需要：{fields}", "Amount": "金额"}
    assert err.value.render(lambda c, s: chinese.get(s, s)) == "此阶段需要：金额"
    assert deals.deal(book, did)["stage_id"] == ids["initial"]
    assert book.scalar("SELECT max(seq) FROM operations") == seq  # nothing was written
    # filled in the requirements form
    assert deals.missing_requirements(book, did, ids["proposal"], values={"amount": "8000"}) \
        == {"fields": [], "checklist": []}
    deals.move_deal(book, deal_id=did, stage_id=ids["proposal"], values={"amount": "8,000"})
    card = deals.deal(book, did)
    assert card["stage_id"] == ids["proposal"] and card["amount"] == Money(800000)
    # a bad value in the form is a validation error, nothing moves
    with pytest.raises(ValidationError, match="not a date"):
        deals.move_deal(book, deal_id=did, stage_id=ids["negotiation"],
                        values={"expected_close": "soon"})
    assert deals.deal(book, did)["stage_id"] == ids["proposal"]


def test_a_checklist_must_be_ticked(book, customer):
    sid = deals.add_stage(book, name="Sample sent", requires=["next_step", "products"],
                          checklist=["样品已寄出", "客户已确认收货"])
    did = add(book, customer, "大单", products="瓷砖")
    assert deals.missing_requirements(book, did, sid) == {
        "fields": ["next_step"], "checklist": ["样品已寄出", "客户已确认收货"]}
    with pytest.raises(deals.RequirementsMissing) as err:
        deals.move_deal(book, deal_id=did, stage_id=sid, values={"next_step": "打电话"},
                        checked=["样品已寄出"])
    assert err.value.missing == {"fields": [], "checklist": ["客户已确认收货"]}
    assert str(err.value) == "This stage needs: 客户已确认收货"
    deals.move_deal(book, deal_id=did, stage_id=sid, values={"next_step": "打电话"},
                    checked=["样品已寄出", "客户已确认收货"])
    card = deals.deal(book, did)
    assert card["stage_id"] == sid and card["next_step"] == "打电话"
    assert card["checked"] == {sid: ["样品已寄出", "客户已确认收货"]}
    # ticked once, the deal can come back without ticking again
    deals.move_deal(book, deal_id=did, stage_id=stage_ids(book)["initial"])
    deals.move_deal(book, deal_id=did, stage_id=sid)
    assert deals.deal(book, did)["stage_id"] == sid


# -- won, lost, reopened, deleted --------------------------------------------------------
def test_win_lose_and_reopen(book, customer, now):
    ids = stage_ids(book)
    won, lost = add(book, customer, "赢", amount=100), add(book, customer, "输", amount=50)
    deals.win_deal(book, deal_id=won)
    with pytest.raises(ValidationError, match="why the deal was lost"):
        deals.lose_deal(book, deal_id=lost, reason=" ")
    deals.lose_deal(book, deal_id=lost, reason="competitor", note="对方便宜一成")
    assert column(book, "initial") == []
    card = deals.deal(book, lost)
    assert card["status"] == "lost" and card["lost_reason"] == "competitor"
    assert card["lost_note"] == "对方便宜一成" and card["closed_at"] == START.isoformat()
    assert deals.deal(book, won)["probability"] == 100 and card["probability"] == 0
    assert history(book, won)[-1] == (ids["initial"], ids["initial"], "open", "won")
    assert [d["title"] for d in deals.list_deals(book, status="won")] == ["赢"]
    with pytest.raises(ValidationError, match="already won or lost"):
        deals.move_deal(book, deal_id=won, stage_id=ids["needs"])
    with pytest.raises(ValidationError, match="already won or lost"):
        deals.win_deal(book, deal_id=won)
    now.forward(5)
    deals.reopen_deal(book, deal_id=lost, stage_id=ids["needs"])
    card = deals.deal(book, lost)
    assert card["status"] == "open" and card["lost_reason"] == "" and card["closed_at"] == ""
    assert card["stage_id"] == ids["needs"] and card["days_in_stage"] == 0
    assert history(book, lost)[-1] == (ids["initial"], ids["needs"], "lost", "open")
    assert column(book, "needs") == ["输"]
    with pytest.raises(ValidationError, match="still open"):
        deals.reopen_deal(book, deal_id=lost)
    changelog.undo(book)
    assert deals.deal(book, lost)["status"] == "lost"


def test_delete_deal_is_soft_and_undoable(book, customer):
    did = add(book, customer, "大单")
    deals.delete_deal(book, deal_id=did)
    assert deals.deal(book, did) is None and column(book, "initial") == []
    assert book.scalar("SELECT deleted_at FROM deals WHERE id = ?", (did,))
    with pytest.raises(ValidationError, match="no such deal"):
        deals.update_deal(book, deal_id=did, data={"title": "x"})
    changelog.undo(book)
    assert column(book, "initial") == ["大单"]


def test_lost_reasons(book):
    assert deals.lost_reasons(book) == list(deals.LOST_REASONS)
    assert deals.reason_label("private_deal") == "Private deal suspected"
    assert deals.reason_label("客户搬走了") == "客户搬走了"
    assert deals.set_lost_reasons(book, reasons=["price", " 客户搬走了 ", "price", ""]) == [
        "price", "客户搬走了"]
    assert deals.lost_reasons(book) == ["price", "客户搬走了"]
    with pytest.raises(ValidationError, match="at least one reason"):
        deals.set_lost_reasons(book, reasons=[" "])


# -- stages ------------------------------------------------------------------------------
def test_stage_changes_are_for_owners_only(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    sid = deals.stages(book)[0]["id"]
    users.sign_in(book, user_id=sales)
    for call in (lambda: deals.add_stage(book, name="X"),
                 lambda: deals.update_stage(book, stage_id=sid, name="Y"),
                 lambda: deals.reorder_stages(book, stage_ids=[s["id"] for s in deals.stages(book)]),
                 lambda: deals.delete_stage(book, stage_id=sid, move_to=deals.stages(book)[1]["id"]),
                 lambda: deals.set_lost_reasons(book, reasons=["x"])):
        with pytest.raises(PermissionDenied, match="Only an owner"):
            call()
    assert len(deals.stages(book)) == 5


def test_add_rename_and_reorder_stages(book):
    sid = deals.add_stage(book, name=" 送样 ", probability=30, stall_days=3, requires=["amount"],
                          checklist=["样品", "样品", ""])
    stage = deals.stages(book)[-1]
    assert stage["id"] == sid and deals.stage_label(stage) == "送样" and stage["position"] == 6
    assert (stage["probability"], stage["stall_days"], stage["requires"], stage["checklist"]) == (
        30, 3, ["amount"], ["样品"])
    with pytest.raises(ValidationError, match="already a stage called negotiation"):
        deals.add_stage(book, name="negotiation")
    with pytest.raises(ValidationError, match="cannot require title"):
        deals.add_stage(book, name="Z", requires=["title"])
    with pytest.raises(ValidationError, match="0 to 100"):
        deals.update_stage(book, stage_id=sid, probability=101)
    with pytest.raises(ValidationError, match="0 or more"):
        deals.update_stage(book, stage_id=sid, stall_days=-1)
    with pytest.raises(ValidationError, match="needs a name"):
        deals.update_stage(book, stage_id=sid, name="")
    first = deals.stages(book)[0]["id"]
    assert deals.update_stage(book, stage_id=first, name="第一次见面", probability=5) == {
        "name": ("", "第一次见面"), "probability": (10, 5)}
    assert deals.stage_label(deals.stages(book)[0], lambda c, s: "翻译") == "第一次见面"
    order = [s["id"] for s in deals.stages(book)]
    new_order = [order[-1], *order[:-1]]
    deals.reorder_stages(book, stage_ids=new_order)
    assert [s["id"] for s in deals.stages(book)] == new_order
    assert [c["stage"]["id"] for c in deals.board(book)] == new_order
    with pytest.raises(ValidationError, match="every stage once"):
        deals.reorder_stages(book, stage_ids=new_order[:-1])
    changelog.undo(book)
    assert [s["id"] for s in deals.stages(book)] == order


def test_delete_stage_moves_its_deals(book, customer):
    ids = stage_ids(book)
    keep = add(book, customer, "留下")
    deals.move_deal(book, deal_id=keep, stage_id=ids["contract"])
    moving = [add(book, customer, t) for t in ("甲", "乙")]
    won = add(book, customer, "赢单")
    deals.win_deal(book, deal_id=won)
    with pytest.raises(ValidationError, match="another stage"):
        deals.delete_stage(book, stage_id=ids["initial"], move_to=ids["initial"])
    assert deals.delete_stage(book, stage_id=ids["initial"], move_to=ids["contract"]) == 3
    assert [s["key"] for s in deals.stages(book)] == ["needs", "proposal", "negotiation",
                                                      "contract"]
    assert column(book, "contract") == ["留下", "甲", "乙"]
    assert deals.deal(book, won)["stage_id"] == ids["contract"]
    assert history(book, moving[0])[-1] == (ids["initial"], ids["contract"], "open", "open")
    assert history(book, won)[-1] == (ids["initial"], ids["contract"], "won", "won")
    changelog.undo(book)
    assert [s["key"] for s in deals.stages(book)][0] == "initial"
    assert column(book, "initial") == ["甲", "乙"]


def test_the_last_stage_cannot_be_deleted(book):
    all_ids = [s["id"] for s in deals.stages(book)]
    for sid, target in pairwise(all_ids):
        deals.delete_stage(book, stage_id=sid, move_to=target)
    with pytest.raises(ValidationError, match="at least one stage"):
        deals.delete_stage(book, stage_id=all_ids[-1], move_to=all_ids[0])
    assert [s["id"] for s in deals.stages(book)] == all_ids[-1:]


# -- the board ---------------------------------------------------------------------------
def test_board_counts_totals_and_weighted(book, customer):
    ids = stage_ids(book)
    other = ops.add_customer(book, data={"name": "宁波华美贸易"})
    add(book, customer, "A", amount=10000)                 # stage 10 %
    add(book, customer, "B", amount=5000, probability=50)  # its own 50 %
    add(book, other, "C")                                  # amount not known: counts 0
    d = add(book, other, "D", amount=2000)
    deals.move_deal(book, deal_id=d, stage_id=ids["needs"])
    deals.win_deal(book, deal_id=add(book, other, "won", amount=99999))
    board = {c["stage"]["key"]: c for c in deals.board(book)}
    assert list(board) == ["initial", "needs", "proposal", "negotiation", "contract"]
    first = board["initial"]
    assert [x["title"] for x in first["deals"]] == ["A", "B", "C"]
    assert (first["count"], first["total"], first["weighted"]) == (
        3, {"CNY": 1500000}, {"CNY": 100000 + 250000})
    assert [x["probability"] for x in first["deals"]] == [10, 50, 10]
    assert first["deals"][2]["amount"] is None
    assert (board["needs"]["count"], board["needs"]["weighted"]) == (1, {"CNY": 50000})
    assert board["proposal"] == {**board["proposal"], "deals": [], "count": 0, "total": {}}
    # the customer goes to the trash: its deals leave the board, still listed on the customer
    ops.delete_customers(book, customer_ids=[other])
    board = {c["stage"]["key"]: c for c in deals.board(book)}
    assert board["initial"]["count"] == 2 and board["needs"]["count"] == 0
    assert len(deals.deals_of_customer(book, other)) == 3


def test_search_and_owner_filter(book, customer):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    other = ops.add_customer(book, data={"name": "Ningbo Huamei Trading"})
    add(book, customer, "门店装修", next_step="周五送 Sample")
    add(book, other, "仓库地坪", owner_id=sales)
    add(book, other, "办公室", owner_id=sales)
    assert column(book, "initial", search="HUAMEI") == ["仓库地坪", "办公室"]
    assert column(book, "initial", search="sample") == ["门店装修"]
    assert column(book, "initial", search="地坪") == ["仓库地坪"]
    assert column(book, "initial", search="鑫达") == ["门店装修"]
    assert column(book, "initial", owner_id=sales) == ["仓库地坪", "办公室"]
    assert column(book, "initial", owner_id=sales, search="办公") == ["办公室"]
    assert [c["owner_name"] for c in deals.list_deals(book, owner_id=sales)] == ["小李", "小李"]
    assert [c["title"] for c in deals.list_deals(book, search="ningbo")] == ["仓库地坪", "办公室"]
    assert deals.list_deals(book, status="won") == []


def test_list_deals_in_board_order(book, customer):
    ids = stage_ids(book)
    late = add(book, customer, "late")
    add(book, customer, "early")
    deals.move_deal(book, deal_id=late, stage_id=ids["contract"])
    deals.lose_deal(book, deal_id=add(book, customer, "gone"), reason="price")
    assert [c["title"] for c in deals.list_deals(book)] == ["early", "late"]
    assert [c["title"] for c in deals.list_deals(book, status=None)] == ["early", "gone", "late"]


def test_deals_of_customer_newest_first(book, customer, now):
    a = add(book, customer, "一")
    now.forward(1)
    b = add(book, customer, "二")
    now.forward(1)
    c = add(book, customer, "三")
    deals.win_deal(book, deal_id=a)
    deals.lose_deal(book, deal_id=b, reason="price")
    deals.delete_deal(book, deal_id=c)
    assert [(d["title"], d["status"]) for d in deals.deals_of_customer(book, customer)] == [
        ("二", "lost"), ("一", "won")]
    assert deals.deals_of_customer(book, "someone else") == []


# -- stalls ------------------------------------------------------------------------------
def test_a_deal_stalls_after_the_stage_days(book, customer, now):
    did = add(book, customer, "大单")  # Initial contact: 7 days
    now.forward(7)
    card = deals.deal(book, did)
    assert card["days_in_stage"] == 7 and not card["stalled"] and card["stalled_days"] == 0
    now.forward(1)
    card = deals.deal(book, did)
    assert card["stalled"] and card["stalled_days"] == 1
    assert [c["id"] for c in deals.stalled_deals(book)] == [did]
    assert column(book, "initial", only_stalled=True) == ["大单"]
    # a call with the customer counts as activity
    ops.log_interaction(book, customer_id=customer, kind="call", text="聊了报价",
                        at=now.at.isoformat())
    assert not deals.deal(book, did)["stalled"]
    assert deals.stalled_deals(book) == [] and column(book, "initial", only_stalled=True) == []
    now.forward(8)
    assert deals.deal(book, did)["stalled_days"] == 1
    # a stage with stall_days 0 never stalls
    deals.update_stage(book, stage_id=stage_ids(book)["initial"], stall_days=0)
    assert not deals.deal(book, did)["stalled"]


def test_a_deleted_interaction_does_not_count(book, customer, now):
    did = add(book, customer, "大单")
    now.forward(5)
    iid = ops.log_interaction(book, customer_id=customer, kind="visit", text="上门",
                              at=now.at.isoformat())
    now.forward(5)
    assert not deals.deal(book, did)["stalled"]
    ops.delete_interaction(book, interaction_id=iid)
    assert deals.deal(book, did)["stalled_days"] == 3


def test_snooze_and_reason(book, customer, now):
    did = add(book, customer, "大单")
    now.forward(10)
    assert deals.deal(book, did)["stalled"]
    with pytest.raises(ValidationError, match="at least one day"):
        deals.snooze_stall(book, deal_id=did, days=0)
    deals.snooze_stall(book, deal_id=did, days=3)
    assert deals.deal(book, did)["stall_snoozed_until"] == "2025-03-23"
    now.forward(3)
    assert not deals.deal(book, did)["stalled"]  # snoozed up to and including that day
    now.forward(1)
    assert deals.deal(book, did)["stalled_days"] == 7
    deals.set_stall_reason(book, deal_id=did, reason=" 老板出差，下月回来 ")
    assert deals.deal(book, did)["stall_reason"] == "老板出差，下月回来"
    assert deals.board(book)[0]["deals"][0]["stall_reason"] == "老板出差，下月回来"
    # a new stage, a fresh start: the reason and the snooze go
    deals.move_deal(book, deal_id=did, stage_id=stage_ids(book)["needs"])
    card = deals.deal(book, did)
    assert card["stall_reason"] == "" and not card["stalled"]


def stall_reminders(book) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM reminders WHERE kind = 'stall' ORDER BY rowid")]


def test_each_stall_opens_one_reminder_for_the_deals_owner(book, customer, now):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    did = add(book, customer, "大单", owner_id=sales)
    calm = ops.add_customer(book, data={"name": "宁波华美", "next_follow_up": "2025-03-01"})
    small = add(book, calm, "小单")
    assert reminders.run_rules(book)["stall"] == 0
    now.forward(8)
    assert reminders.run_rules(book)["stall"] == 2
    first = stall_reminders(book)
    assert {(r["deal_id"], r["owner_id"], r["customer_id"]) for r in first} == {
        (did, sales, customer), (small, book.user_id, calm)}
    assert {r["rule_key"] for r in first} == {f"stall:{did}:2025-03-17", f"stall:{small}:2025-03-17"}
    assert all(r["status"] == "open" and r["due_at"] == now.at.isoformat() for r in first)
    # the customers' follow-up dates are theirs: a stall no longer touches them
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (customer,)) == ""
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (calm,)) == "2025-03-01"
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert op["name"] == "reminder_rules" and op["state"] == "final"  # not on the undo stack
    assert reminders.run_rules(book)["stall"] == 0
    now.forward(10)
    assert reminders.run_rules(book)["stall"] == 0  # the same stall, still not reminded twice
    assert len(stall_reminders(book)) == 2
    # done by hand: still never a second reminder for that stall
    big = next(r for r in first if r["deal_id"] == did)
    reminders.complete_reminder(book, reminder_id=big["id"])
    assert reminders.run_rules(book)["stall"] == 0
    # activity ends the stall (its open reminder is done), then a new stall: a new reminder
    ops.log_interaction(book, customer_id=calm, kind="call", text="再聊", at=now.at.isoformat())
    reminders.run_rules(book)
    assert reminders.reminders_of_deal(book, small)[0]["status"] == "done"
    now.forward(7)
    assert reminders.run_rules(book)["stall"] == 0
    now.forward(1)
    assert reminders.run_rules(book)["stall"] == 1
    assert [r["rule_key"] for r in reminders.reminders_of_deal(book, small)
            if r["status"] == "open"] == [f"stall:{small}:{(now.at - dt.timedelta(days=1)).date()}"]
    # and after a stage change too
    deals.move_deal(book, deal_id=did, stage_id=stage_ids(book)["needs"])
    now.forward(8)
    assert reminders.run_rules(book)["stall"] == 1
    assert reminders.run_rules(book)["stall"] == 0


def test_the_rules_leave_the_undo_stack_alone(book, customer, now):
    did = add(book, customer, "大单")
    deals.update_deal(book, deal_id=did, data={"next_step": "报价"})
    changelog.undo(book)
    now.forward(8)
    assert reminders.run_rules(book)["stall"] == 1
    changelog.redo(book)  # the redo stack survived the rules
    assert deals.deal(book, did)["next_step"] == "报价"


def test_a_snoozed_deal_gets_no_stall_reminder(book, customer, now):
    did = add(book, customer, "大单")
    now.forward(8)
    deals.snooze_stall(book, deal_id=did, days=5)
    assert reminders.run_rules(book)["stall"] == 0
    now.forward(6)
    assert reminders.run_rules(book)["stall"] == 1
    assert stall_reminders(book)[0]["deal_id"] == did


def test_a_card_shows_when_the_deals_next_reminder_is_due(book, customer, now):
    did = add(book, customer, "大单")
    other = add(book, customer, "小单")
    assert deals.deal(book, did)["next_reminder"] == ""
    late = reminders.add_reminder(book, data={"title": "催合同", "due_at": "2025-03-20 15:00",
                                              "deal_id": did})
    soon = reminders.add_reminder(book, data={"title": "发报价", "due_at": "2025-03-12",
                                              "deal_id": did})
    assert deals.deal(book, did)["next_reminder"] == "2025-03-12T09:00:00+08:00"
    assert deals.deal(book, other)["next_reminder"] == ""
    reminders.complete_reminder(book, reminder_id=soon)  # done ones do not count
    cards = {c["id"]: c for c in deals.board(book)[0]["deals"]}
    assert cards[did]["next_reminder"] == "2025-03-20T15:00:00+08:00"
    assert cards[other]["next_reminder"] == ""
    reminders.delete_reminder(book, reminder_id=late)
    assert deals.deals_of_customer(book, customer)[0]["next_reminder"] == ""
    # the board's grouped query for many deals (not one IN list) gives the same answer
    many = [add(book, customer, f"单{n}") for n in range(501)]
    reminders.add_reminder(book, data={"title": "x", "due_at": "2025-03-11", "deal_id": many[-1]})
    cards = {c["id"]: c for c in deals.list_deals(book)}
    assert cards[many[-1]]["next_reminder"] == "2025-03-11T09:00:00+08:00"
    assert cards[did]["next_reminder"] == ""


def test_board_and_forecast_total_each_currency_apart(book, customer, now):
    add(book, customer, "内销", amount="12,000.50", probability=50, expected_close="2025-03-20")
    add(book, customer, "外销", amount="4,500", currency="USD", expected_close="2025-03-25")
    add(book, customer, "日本", amount="300000", currency="JPY", probability=33)
    add(book, customer, "内销二", amount="0.01", probability=50)
    first = deals.board(book)[0]
    assert first["total"] == {"CNY": 1200051, "USD": 450000, "JPY": 300000}
    # weighted: 50 % of 1,200,050 + 50 % of 1 fen = 600,025.5 -> rounded once, not per deal
    assert first["weighted"] == {"CNY": 600026, "USD": 45000, "JPY": 99000}
    assert [m.currency for m in first["total"].moneys()] == ["CNY", "JPY", "USD"]
    march = deals.forecast(book)[0]
    assert march["total"] == {"CNY": 1200050, "USD": 450000}
    assert march["weighted"] == {"CNY": 600025, "USD": 45000}


# -- the forecast ------------------------------------------------------------------------
def test_forecast_by_month(book, customer, now):
    ids = stage_ids(book)
    add(book, customer, "overdue", amount=1000, expected_close="2025-01-15")  # 10 %
    add(book, customer, "this month", amount=2000, expected_close="2025-03-31", probability=50)
    nego = add(book, customer, "nego", amount=4000, expected_close="2025-05-02")
    deals.move_deal(book, deal_id=nego, stage_id=ids["negotiation"])  # 70 %
    add(book, customer, "no amount", expected_close="2025-05-20")
    add(book, customer, "too late", amount=9000, expected_close="2025-09-01")
    add(book, customer, "no date", amount=9000)
    deals.win_deal(book, deal_id=add(book, customer, "won", amount=7, expected_close="2025-04-01"))
    got = deals.forecast(book)
    assert [m["month"] for m in got] == ["2025-03", "2025-04", "2025-05", "2025-06", "2025-07",
                                         "2025-08"]
    assert got[0] == {"month": "2025-03", "weighted": {"CNY": 10000 + 100000},
                      "total": {"CNY": 300000}, "count": 2}
    assert got[1] == {"month": "2025-04", "weighted": {}, "total": {}, "count": 0}
    assert got[2] == {"month": "2025-05", "weighted": {"CNY": 280000}, "total": {"CNY": 400000},
                      "count": 2}
    assert sum(m["count"] for m in got) == 4
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    assert all(m["count"] == 0 for m in deals.forecast(book, owner_id=sales))
    now.at = dt.datetime(2025, 11, 20, tzinfo=TZ)
    got = deals.forecast(book, months=3)
    assert [m["month"] for m in got] == ["2025-11", "2025-12", "2026-01"]
    assert got[0]["count"] == 5  # all overdue now


# -- export ------------------------------------------------------------------------------
def test_export_deals(book, customer, tmp_path):
    ids = stage_ids(book)
    deals.update_stage(book, stage_id=ids["contract"], name="签合同")
    a = add(book, customer, "=门店装修", amount="12,000", expected_close="2025-04-30")
    deals.move_deal(book, deal_id=a, stage_id=ids["needs"])
    b = add(book, customer, "仓库", amount="1500.5", probability=60)
    deals.move_deal(book, deal_id=b, stage_id=ids["contract"])
    deals.lose_deal(book, deal_id=b, reason="price")
    deals.delete_deal(book, deal_id=add(book, customer, "deleted"))
    out = tmp_path / "deals.csv"
    assert export_deals(book, out) == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(DEAL_FIELDS) == [
        "id", "title", "customer_id", "customer_name", "amount", "currency", "stage",
        "probability", "owner", "expected_close", "status", "lost_reason", "created_at",
        "updated_at", "stage_entered_at"]
    first, second = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert first["id"] == a and first["title"] == "'=门店装修"  # never run as a formula
    assert (first["amount"], first["stage"], first["probability"], first["status"]) == (
        "12000", "Requirements confirmed", "25", "open")
    assert first["customer_name"] == "杭州鑫达建材有限公司" and first["owner"] == "Owner"
    assert (second["amount"], second["stage"], second["status"], second["lost_reason"]) == (
        "1500.5", "签合同", "lost", "price")
    xlsx = tmp_path / "deals.xlsx"
    assert export_deals(book, xlsx) == 2
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        got = list(wb["deals"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert list(got[0]) == list(DEAL_FIELDS)
    assert got[1][1] == "=门店装修" and got[1][4] == 12000 and got[2][4] == 1500.5


def test_checked_items_are_stored_as_json(book, customer):
    sid = deals.add_stage(book, name="验货", checklist=["已验货"])
    did = add(book, customer, "大单")
    deals.move_deal(book, deal_id=did, stage_id=sid, checked=["已验货"])
    raw = book.scalar("SELECT checked FROM deals WHERE id = ?", (did,))
    assert json.loads(raw) == {sid: ["已验货"]}


def test_export_writes_each_amount_in_its_own_currency(book, customer, tmp_path):
    for title, amount, code in (("元", "1,234.56", "CNY"), ("円", "300000", "JPY"),
                                ("美元", "0.1", "USD"), ("未知", "", "EUR")):
        add(book, customer, title, amount=amount, currency=code)
    out = tmp_path / "deals.csv"
    assert export_deals(book, out) == 4
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = [dict(zip(DEAL_FIELDS, r, strict=True)) for r in list(csv.reader(fh))[1:]]
    assert [(r["title"], r["amount"], r["currency"]) for r in rows] == [
        ("元", "1234.56", "CNY"), ("円", "300000", "JPY"), ("美元", "0.1", "USD"),
        ("未知", "", "EUR")]
    xlsx = tmp_path / "deals.xlsx"
    export_deals(book, xlsx)
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        got = [r[4:6] for r in list(wb["deals"].iter_rows(values_only=True))[1:]]
    finally:
        wb.close()
    assert got == [(1234.56, "CNY"), (300000, "JPY"), (0.1, "USD"), (None, "EUR")]
