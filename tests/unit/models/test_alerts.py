"""Risk words: what is scanned, the alerts written, who may review them and who may not take
alerted text away."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from importers import plan as planner
from importers.source import open_source
from models import alerts, deals
from models.alerts import DEFAULT_WORDS, scan_text
from models.core import changelog, clock
from models.core.errors import Cancelled, PermissionDenied, UndoError
from models.customers import operations
from models.imports import undo_import
from models.team import users

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=TZ)


# -- scan_text (pure) --------------------------------------------------------------------
def test_the_sentence_around_the_word():
    text = "今天拜访了王总，谈了价格。他说这单可以走私单，不开票！下周再联系"
    assert scan_text(text, DEFAULT_WORDS) == [("私单", "他说这单可以走私单，不开票！")]


def test_full_width_and_case_are_folded_but_nothing_fuzzy():
    words = ["FD", "回扣"]
    assert scan_text("客户问ＦＤ怎么算", words) == [("FD", "客户问ＦＤ怎么算")]
    assert scan_text("fd 也行", words) == [("FD", "fd 也行")]
    assert scan_text("回 扣不算", words) == []
    assert scan_text("返 点", DEFAULT_WORDS) == []
    assert scan_text("说好返点？", DEFAULT_WORDS) == [("返点", "说好返点？")]


def test_several_words_and_several_sentences():
    text = "货款转到我个人账户就行；回扣另算。\n第二行没有问题\n私下说：别走公司"
    assert scan_text(text, DEFAULT_WORDS) == [
        ("转到我个人", "货款转到我个人账户就行；"),
        ("个人账户", "货款转到我个人账户就行；"),
        ("回扣", "回扣另算。"),
        ("私下", "私下说：别走公司"),
    ]
    # the same word in two sentences: both places
    assert scan_text("要回扣吗? 回扣多少!", ["回扣"]) == [("回扣", "要回扣吗?"),
                                                          ("回扣", "回扣多少!")]


def test_a_long_sentence_is_trimmed_around_the_word():
    text = "甲" * 300 + "回扣" + "乙" * 300
    ((word, context),) = scan_text(text, DEFAULT_WORDS)
    assert word == "回扣" and "回扣" in context
    assert context.startswith("…") and context.endswith("…")
    assert len(context) <= alerts.CONTEXT_CHARS + 2


def test_no_words_no_text():
    assert scan_text("", DEFAULT_WORDS) == []
    assert scan_text("回扣", []) == []
    assert scan_text("价格再谈", DEFAULT_WORDS) == []


def test_highlight_spans_fold_like_the_scan():
    assert alerts.highlight_spans("问ＦＤ和fd", "fd") == [(1, 3), (4, 6)]


# -- the hooks ---------------------------------------------------------------------------
@pytest.fixture
def shop(book):
    clock.set_clock(lambda: NOW)
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    # the salesperson's customer: they may change it (models.core.permissions, customer.edit)
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材", "owner_id": sales})
    return {"book": book, "owner": book.user_id, "sales": sales, "customer": cid}


def as_user(book, user_id):
    users.sign_in(book, user_id=user_id, password="boss")  # the owner's; 李娜 has none


def rows(book):
    return [dict(r) for r in book.all("SELECT * FROM alerts ORDER BY created_at, rowid")]


def test_logging_an_interaction_alerts_with_author_time_customer_and_sentence(shop):
    book = shop["book"]
    as_user(book, shop["sales"])
    iid = operations.log_interaction(book, customer_id=shop["customer"], kind="call",
                                     text="王总说可以给点回扣。价格不变")
    (alert,) = rows(book)
    assert alert["word"] == "回扣"
    assert (alert["tbl"], alert["record_id"], alert["field"]) == ("interactions", iid, "text")
    assert alert["customer_id"] == shop["customer"]
    assert alert["author_id"] == shop["sales"]
    assert alert["written_at"] == NOW.isoformat(timespec="seconds")
    assert alert["context"] == "王总说可以给点回扣。"
    assert alert["reviewed_at"] == ""
    # in the same operation as the entry
    op_of = {r["tbl"]: r["op_id"] for r in book.all("SELECT tbl, op_id FROM audit WHERE "
                                                     "record_id IN (?, ?)", (iid, alert["id"]))}
    assert op_of["interactions"] == op_of["alerts"]
    assert alerts.unreviewed_count(book) == 1
    (listed,) = alerts.alerts_list(book)
    assert (listed["customer_name"], listed["author_name"]) == ("杭州鑫达建材", "李娜")


def test_an_ordinary_entry_alerts_nothing(shop):
    book = shop["book"]
    operations.log_interaction(book, customer_id=shop["customer"], kind="call", text="报价已发")
    assert rows(book) == []


def test_customer_notes_on_add_and_update_but_not_twice(shop):
    book = shop["book"]
    as_user(book, shop["sales"])
    cid = operations.add_customer(book, data={"name": "宁波海达五金", "notes": "老板要返点"})
    assert [(a["word"], a["tbl"], a["field"], a["record_id"]) for a in rows(book)] == [
        ("返点", "customers", "notes", cid)]
    operations.update_customer(book, customer_id=cid, data={"notes": "老板要返点，还要回扣"})
    assert sorted(a["word"] for a in rows(book)) == ["回扣", "返点"]
    operations.update_customer(book, customer_id=cid, data={"notes": "返点和回扣都谈好了"})
    operations.update_customer(book, customer_id=cid, data={"city": "宁波"})
    assert len(rows(book)) == 2
    assert all(a["author_id"] == shop["sales"] for a in rows(book))


def test_deal_notes_and_next_step(shop):
    book = shop["book"]
    deal = deals.add_deal(book, data={"title": "瓷砖", "customer_id": shop["customer"],
                                      "next_step": "私下见面"})
    deals.update_deal(book, deal_id=deal, data={"notes": "走飞单"})
    assert sorted((a["field"], a["word"]) for a in rows(book)) == [("next_step", "私下"),
                                                                    ("notes", "飞单")]
    assert {a["customer_id"] for a in rows(book)} == {shop["customer"]}


def xlsx(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_an_import_alerts_on_its_notes(shop, tmp_path):
    book = shop["book"]
    path = xlsx(tmp_path / "客户.xlsx", [
        ["客户名称", "手机", "备注"],
        ["温州大华电器", "13800138000", "要求回扣5%，转到我个人账户"],
        ["苏州精工", "13900139000", "老客户，月结"],
        ["嘉兴五金", "13700137000", ""],
    ])
    src = open_source(path)
    plan = planner.preview(book, src, planner.auto_mapping(book, src), mode="skip")
    result = planner.run_import(book, plan)
    assert result.created == 3
    found = rows(book)
    dahua = book.scalar("SELECT id FROM customers WHERE name = '温州大华电器'")
    assert sorted(a["word"] for a in found) == ["个人账户", "回扣", "转到我个人"]
    assert {(a["tbl"], a["record_id"], a["field"]) for a in found} == {
        ("customers", dahua, "notes")}
    assert {a["author_id"] for a in found} == {shop["owner"]}
    assert all(a["context"] == "要求回扣5%，转到我个人账户" for a in found)
    assert book.scalar("SELECT count(*) FROM audit WHERE op_id = ? AND tbl = 'alerts'",
                       (result.batch,)) == 3
    # an owner takes the import back: the customers and their alerts go
    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 3 and rows(book) == []


# -- protections -------------------------------------------------------------------------
@pytest.fixture
def alerted(shop):
    book = shop["book"]
    as_user(book, shop["sales"])
    iid = operations.log_interaction(book, customer_id=shop["customer"], kind="wechat",
                                     text="这单走私单吧")
    (alert,) = rows(book)
    return {**shop, "interaction": iid, "alert": alert["id"]}


def test_a_salesperson_cannot_review_delete_or_undo_away_an_alert(alerted):
    book = alerted["book"]
    with pytest.raises(PermissionDenied):
        alerts.review_alert(book, alert_id=alerted["alert"], note="看过")
    assert not hasattr(alerts, "delete_alert")  # there is no deleting an alert at all
    with pytest.raises(PermissionDenied) as raised:
        operations.delete_interaction(book, interaction_id=alerted["interaction"])
    assert "owner" in raised.value.render()
    with pytest.raises(PermissionDenied):
        changelog.undo(book)
    assert book.one("SELECT deleted_at FROM interactions WHERE id = ?",
                    (alerted["interaction"],))[0] is None
    assert len(rows(book)) == 1
    # what has no alert stays the salesperson's to undo
    operations.log_interaction(book, customer_id=alerted["customer"], kind="call", text="报价")
    changelog.undo(book)


def test_an_owner_reviews_reopens_and_may_undo(alerted):
    book = alerted["book"]
    as_user(book, alerted["owner"])
    alerts.review_alert(book, alert_id=alerted["alert"], note="已和李娜谈过")
    (alert,) = alerts.alerts_list(book, reviewed=True)
    assert (alert["reviewed_by"], alert["review_note"], alert["reviewer_name"]) == (
        alerted["owner"], "已和李娜谈过", "Owner")
    assert alert["reviewed_at"] == NOW.isoformat(timespec="seconds")
    assert alerts.unreviewed_count(book) == 0
    assert alerts.alerts_list(book, reviewed=False) == []
    # a review is not on the undo stack: Ctrl+Z cannot take it back (the owner's own last
    # step is the customer they added; the salesperson's entry is on the salesperson's stack)
    assert changelog.undo_stack(book)[0]["name"] == "add_customer"
    alerts.reopen_alert(book, alert_id=alerted["alert"])
    assert alerts.unreviewed_count(book) == 1
    # the owner may undo the salesperson's entry from the history; its alert goes with it
    entry = book.scalar("SELECT op_id FROM audit WHERE record_id = ?", (alerted["interaction"],))
    changelog.undo_operation(book, op_id=entry)
    assert rows(book) == []
    assert book.one("SELECT 1 FROM interactions WHERE id = ?", (alerted["interaction"],)) is None


def test_a_salesperson_cannot_redo_an_alerted_entry_away(alerted):
    book = alerted["book"]
    as_user(book, alerted["owner"])
    operations.delete_interaction(book, interaction_id=alerted["interaction"])
    changelog.undo(book)  # the owner brings it back
    as_user(book, alerted["sales"])
    with pytest.raises(UndoError):  # the owner's steps are not on the salesperson's stack
        changelog.redo(book)
    assert book.one("SELECT 1 FROM interactions WHERE id = ? AND deleted_at IS NULL",
                    (alerted["interaction"],))


def test_a_salesperson_cannot_undo_notes_an_alert_points_to(shop):
    book = shop["book"]
    as_user(book, shop["sales"])
    operations.update_customer(book, customer_id=shop["customer"], data={"notes": "要回扣"})
    with pytest.raises(PermissionDenied):
        changelog.undo(book)
    operations.update_customer(book, customer_id=shop["customer"], data={"city": "杭州"})
    changelog.undo(book)  # another field of the same customer: allowed
    assert book.scalar("SELECT notes FROM customers WHERE id = ?", (shop["customer"],)) == "要回扣"


def test_a_salesperson_cannot_undo_an_alerted_import(shop, tmp_path):
    book = shop["book"]
    as_user(book, shop["sales"])
    path = xlsx(tmp_path / "客户.xlsx", [["客户名称", "备注"], ["温州大华电器", "可以飞单"]])
    src = open_source(path)
    result = planner.run_import(book, planner.preview(book, src, planner.auto_mapping(book, src)))
    with pytest.raises(PermissionDenied):
        changelog.undo(book)
    with pytest.raises(PermissionDenied):
        undo_import(book, batch_id=result.batch)
    assert len(rows(book)) == 1


def test_the_owner_empties_the_trash_with_its_alerts(alerted):
    book = alerted["book"]
    as_user(book, alerted["owner"])
    operations.delete_customers(book, customer_ids=[alerted["customer"]])
    assert len(alerts.alerts_list(book)) == 1  # in the trash, still alerted
    operations.empty_trash(book)
    assert rows(book) == []


def test_a_reviewed_alert_makes_the_owners_undo_refuse_not_break(alerted):
    book = alerted["book"]
    as_user(book, alerted["owner"])
    alerts.review_alert(book, alert_id=alerted["alert"])
    with pytest.raises(UndoError):
        changelog.undo(book)


# -- words and rescan --------------------------------------------------------------------
def test_words_default_and_owner_only(shop):
    book = shop["book"]
    assert alerts.words(book) == list(DEFAULT_WORDS)
    assert alerts.set_words(book, words=["回扣", " 现金 ", "回扣", "", "ＦＤ"]) == [
        "回扣", "现金", "FD"]
    assert alerts.words(book) == ["回扣", "现金", "FD"]
    as_user(book, shop["sales"])
    with pytest.raises(PermissionDenied):
        alerts.set_words(book, words=[])
    assert alerts.words(book) == ["回扣", "现金", "FD"]


def test_rescan_finds_words_added_later_once(shop):
    book = shop["book"]
    as_user(book, shop["sales"])
    iid = operations.log_interaction(book, customer_id=shop["customer"], kind="call",
                                     text="客户只收现金。要回扣")
    operations.update_customer(book, customer_id=shop["customer"], data={"notes": "现金结算"})
    deal = deals.add_deal(book, data={"title": "门锁", "customer_id": shop["customer"],
                                      "notes": "现金不开票"})
    assert [a["word"] for a in rows(book)] == ["回扣"]
    as_user(book, shop["owner"])
    alerts.set_words(book, words=[*DEFAULT_WORDS, "现金"])
    seen = []
    assert alerts.rescan(book, progress=lambda d, t: seen.append((d, t))) == 3
    assert seen[-1][0] == seen[-1][1] == 3
    new = {(a["tbl"], a["record_id"], a["field"]): a for a in rows(book) if a["word"] == "现金"}
    assert set(new) == {("interactions", iid, "text"), ("customers", shop["customer"], "notes"),
                        ("deals", deal, "notes")}
    # who wrote it: the entry's author, the last writer of the notes
    assert {a["author_id"] for a in new.values()} == {shop["sales"]}
    assert new[("interactions", iid, "text")]["context"] == "客户只收现金。"
    assert alerts.rescan(book) == 0
    assert len(rows(book)) == 4
    assert book.one("SELECT state FROM operations WHERE name = 'rescan_alerts'")[0] == "final"
    assert alerts.unreviewed_count(book) == 4


def test_rescan_cancelled_writes_nothing(shop):
    book = shop["book"]
    operations.log_interaction(book, customer_id=shop["customer"], kind="call", text="现金")
    alerts.set_words(book, words=["现金"])
    with pytest.raises(Cancelled):
        alerts.rescan(book, cancelled=lambda: True)
    assert rows(book) == []


def test_the_list_filters(shop):
    book = shop["book"]
    other = operations.add_customer(book, data={"name": "宁波海达五金", "owner_id": shop["sales"]})
    operations.log_interaction(book, customer_id=shop["customer"], kind="call", text="要回扣")
    as_user(book, shop["sales"])
    operations.log_interaction(book, customer_id=other, kind="call", text="私下交易")
    as_user(book, shop["owner"])
    assert len(alerts.alerts_list(book)) == 2
    assert [a["word"] for a in alerts.alerts_list(book, word="私下")] == ["私下"]
    assert [a["word"] for a in alerts.alerts_list(book, author_id=shop["sales"])] == ["私下"]
    assert [a["word"] for a in alerts.alerts_list(book, customer_id=other)] == ["私下"]
    assert [a["word"] for a in alerts.alerts_list(book, search="海达")] == ["私下"]
    assert [a["word"] for a in alerts.alerts_list(book, search="李娜")] == ["私下"]
    assert alerts.alert_words(book)[: len(DEFAULT_WORDS)] == list(DEFAULT_WORDS)
    assert [u["name"] for u in alerts.alert_authors(book)] == ["Owner", "李娜"]
