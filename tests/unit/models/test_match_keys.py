"""The stored matching keys (models.core.match_keys) follow every write of a customer: edits,
the trash, undo and redo, an import that merges rows into customers and its undo, and what a
sync pass takes in; a customer written around them is still matched."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from importers import plan
from importers.matching import BookIndex
from importers.source import open_source
from models.core import changelog, match_keys
from models.core.book import Book
from models.customers import operations as ops
from models.imports import undo_import
from models.sync import merge

BOOKS = Path(__file__).resolve().parents[2] / "data" / "books"


def stored(book: Book) -> set[tuple]:
    return set(map(tuple, book.conn.execute("SELECT kind, key, customer_id FROM match_keys")))


def made_now(book: Book) -> set[tuple]:
    """The keys every customer's fields give as they are now."""
    out = set()
    for cid, *fields in book.conn.execute(
            f"SELECT id, {', '.join(match_keys.SOURCE_FIELDS)} FROM customers"):
        out |= {(kind, key, cid) for kind, key in match_keys.keys(*fields)}
    return out


def assert_follow(book: Book) -> None:
    assert match_keys.stale(book.conn) == []
    assert stored(book) == made_now(book)
    sources = dict(map(tuple, book.conn.execute("SELECT customer_id, source FROM match_sources")))
    assert sources == {cid: match_keys.source(*fields) for cid, *fields in book.conn.execute(
        f"SELECT id, {', '.join(match_keys.SOURCE_FIELDS)} FROM customers")}


def write_sheet(path, rows):
    wb = openpyxl.Workbook()
    for row in [["客户名称", "联系人", "手机", "邮箱"], *rows]:
        wb.active.append(row)
    wb.save(path)
    return path


def test_keys_follow_edits_the_trash_and_undo(book):
    cid = ops.add_customer(book, data={"name": "杭州鑫达建材有限公司", "mobile": "13800000001",
                                       "phone": "0571-88886666", "email": "Xin@Example.com",
                                       "wechat": "XinDa"})
    assert_follow(book)
    assert {("n", "杭州鑫达建材", cid), ("m", "13800000001", cid), ("e", "xin@example.com", cid),
            ("w", "xinda", cid), ("P", "057188886666", cid)} <= stored(book)
    ops.update_customer(book, customer_id=cid, data={"mobile": "13900000002", "name": "鑫达五金"})
    assert_follow(book)
    assert ("m", "13800000001", cid) not in stored(book)
    assert BookIndex(book).by_mobile("13900000002") == cid
    assert BookIndex(book).by_mobile("13800000001") is None
    changelog.undo(book)
    assert_follow(book)
    assert BookIndex(book).by_mobile("13800000001") == cid
    changelog.redo(book)
    assert_follow(book)
    ops.delete_customers(book, customer_ids=[cid])
    assert BookIndex(book).by_mobile("13900000002") is None  # in the trash: not matched
    ops.restore_customers(book, customer_ids=[cid])
    assert BookIndex(book).by_name("鑫达五金") == [cid]
    ops.delete_customers(book, customer_ids=[cid])
    ops.empty_trash(book)
    assert stored(book) == set()
    assert_follow(book)


def test_keys_follow_an_import_that_merges_rows_and_its_undo(book, tmp_path):
    old = ops.add_customer(book, data={"name": "宁波汽配", "mobile": "13700000001"})
    path = write_sheet(tmp_path / "c.xlsx", [
        ["宁波汽配", "王五", "13700000001", "wang@example.com"],  # the book's: e-mail filled
        ["温州阀门", "李四", "13600000001", ""],
        ["温州阀门", "赵六", "13600000001", ""],  # the same customer: 赵六 its contact person
    ])
    source = open_source(path)
    the_plan = plan.preview(book, source, plan.auto_mapping(book, source), mode="fill")
    result = plan.run_import(book, the_plan)
    assert (result.created, result.updated) == (1, 1)
    assert_follow(book)
    index = BookIndex(book)
    assert index.by_email("wang@example.com") == old
    new = index.by_mobile("13600000001")
    assert new is not None and index.by_name("温州阀门") == [new]
    undo_import(book, batch_id=result.batch)
    assert_follow(book)
    index = BookIndex(book)
    assert index.by_email("wang@example.com") is None
    assert index.by_mobile("13600000001") is None
    assert index.by_name("温州阀门") == []
    assert index.by_mobile("13700000001") == old


@pytest.mark.parametrize("later", [False, True])
def test_keys_follow_what_a_sync_pass_takes_in(tmp_path, monkeypatch, later):
    """later: a pass large enough that the search text is left to write afterwards, and the
    keys with it: the preview's answers are the same before (it keys the customers noted
    dirty from their fields), and the keys follow once the search has caught up."""
    if later:
        monkeypatch.setattr(merge, "REINDEX_AFTER", 0)
    first = tmp_path / "a.sqlite"
    Book.open(first).close()
    shutil.copy(first, tmp_path / "b.sqlite")
    a, b = Book.open(first), Book.open(tmp_path / "b.sqlite")
    try:
        cid = ops.add_customer(a, data={"name": "上海明珠贸易", "mobile": "13500000001"})
        merge.apply(b, [merge.outgoing(a, 0)])
        assert BookIndex(b).by_mobile("13500000001") == cid
        assert bool(match_keys.stale(b.conn)) is later
        b.catch_up_search()
        assert_follow(b)
        assert BookIndex(b).by_mobile("13500000001") == cid
        ops.update_customer(a, customer_id=cid, data={"mobile": "13500000009",
                                                      "email": "mz@example.com"})
        merge.apply(b, [merge.outgoing(a, 0)])
        for _ in range(2):  # before the search catches up, and after
            index = BookIndex(b)
            assert (index.by_mobile("13500000009"), index.by_email("mz@example.com")) == (
                cid, cid)
            assert index.by_mobile("13500000001") is None
            b.catch_up_search()
        assert_follow(b)
    finally:
        a.close()
        b.close()


def test_a_customer_written_around_the_keys_is_still_matched(book, tmp_path):
    """A row written straight into the table (another tool) has no keys, or keys of its fields
    as they were: the preview keys it from its fields as they are."""
    cid = ops.add_customer(book, data={"name": "旧名字", "mobile": "13400000001"})
    with book.atomic():
        book.conn.execute("UPDATE customers SET name = '苏州纺织', mobile = '13400000002' "
                          "WHERE id = ?", (cid,))
    assert [r[1] for r in match_keys.stale(book.conn)] == [cid]
    path = write_sheet(tmp_path / "c.xlsx", [["苏州纺织", "", "13400000002", ""],
                                             ["旧名字", "", "13400000001", ""]])
    source = open_source(path)
    the_plan = plan.preview(book, source, plan.auto_mapping(book, source))
    first, second = the_plan.planned
    assert (first.action, first.match_id) == ("skip", cid)
    assert second.action == "create" and second.match_id is None  # its old keys find nobody


def test_the_migration_keys_the_customers_of_an_older_book(tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(BOOKS / "schema-19.sqlite", old)  # before the keys were stored
    with Book.open(old) as book:
        assert book.scalar("SELECT count(*) FROM customers") == 40
        assert_follow(book)
        cid, mobile = book.one("SELECT id, mobile FROM customers ORDER BY rowid LIMIT 1")
        assert BookIndex(book).by_mobile(mobile.split("; ")[0]) == cid


def test_an_import_leaves_no_customer_to_key_again(book, tmp_path):
    path = write_sheet(tmp_path / "c.xlsx", [[f"客户{i}", "", f"1380000{i:04d}", ""]
                                             for i in range(30)])
    source = open_source(path)
    plan.run_import(book, plan.preview(book, source, plan.auto_mapping(book, source)))
    assert book.scalar("SELECT count(*) FROM match_dirty") == 0
    assert book.scalar("SELECT count(*) FROM match_sources") == 30
    assert_follow(book)


def test_after_an_import_a_customer_inserted_around_the_keys_is_noted_again(book, tmp_path):
    """The import writes its rows without the trigger that notes customers inserted without
    their keys; the trigger is back after it, so a row another tool inserts is still keyed
    from its fields."""
    path = write_sheet(tmp_path / "c.xlsx", [[f"客户{i}", "", f"1380000{i:04d}", ""]
                                             for i in range(30)])
    source = open_source(path)
    plan.run_import(book, plan.preview(book, source, plan.auto_mapping(book, source)))
    with book.atomic():
        book.conn.execute(
            "INSERT INTO customers (id, rid, name, mobile, created_at, updated_at) VALUES "
            "('outside', 999, '外来客户', '13900000009', '2026-01-01', '2026-01-01')")
    assert [r[1] for r in match_keys.stale(book.conn)] == ["outside"]
    assert BookIndex(book).by_mobile("13900000009") == "outside"


def test_the_first_import_into_an_empty_book_and_again_match_as_before(book, tmp_path):
    """An empty book is not asked for matching keys; a second import of the same rows finds
    each one's customer (read in bulk), the deleted one held."""
    rows = [[f"客户{i}", "", f"1380000{i:04d}", ""] for i in range(1200)]
    path = write_sheet(tmp_path / "c.xlsx", rows)
    source = open_source(path)
    first = plan.preview(book, source, plan.auto_mapping(book, source))
    assert [r.action for r in first.planned] == ["create"] * 1200
    plan.run_import(book, first)
    gone = book.scalar("SELECT id FROM customers WHERE name = '客户7'")
    ops.delete_customers(book, customer_ids=[gone])
    again = plan.preview(book, source, plan.auto_mapping(book, source))
    actions = [(r.action, r.match_id) for r in again.planned]
    by_name = dict(book.conn.execute("SELECT name, id FROM customers"))
    assert actions[7] == ("hold", None)
    assert all(a == ("skip", by_name[f"客户{i}"]) for i, a in enumerate(actions) if i != 7)
    assert all(r.match_name == f"客户{i}" for i, r in enumerate(again.planned) if i != 7)
    # a few of the rows again: their customers looked up one part at a time, not the table
    # read through; the same answers
    few = open_source(write_sheet(tmp_path / "few.xlsx", rows[:20]))
    again = plan.preview(book, few, plan.auto_mapping(book, few))
    assert [(r.action, r.match_id, r.match_name) for r in again.planned] == [
        ("hold", None, "") if i == 7 else ("skip", by_name[f"客户{i}"], f"客户{i}")
        for i in range(20)]
    assert [r.reason_text() for r in again.planned][:2] == [
        "Imported before as 客户0.", "Imported before as 客户1."]
