"""Writing an import and taking it back: what the book holds afterwards."""

from __future__ import annotations

import json

import pytest

from importers import plan as planner
from models import imports
from models.core import changelog
from models.core.errors import Cancelled, UserError
from models.customers import operations, queries
from models.customers.queries import CustomerFilter
from models.imports import import_customers, import_history, undo_import

HEADER = ["客户名称", "联系人", "手机", "地址", "城市", "门店面积"]


def do_import(book, rows, mode="fill"):
    m = planner.Mapping(header=0, columns=["name", "contact", "mobile", "address", "city",
                                           "custom:门店面积"])
    plan = planner.preview_rows(book, [HEADER, *rows], m, file="/tmp/客户.xlsx", kind="xlsx",
                                mode=mode)
    return planner.run_import(book, plan)


def customer(book, cid):
    row = book.one("SELECT * FROM customers WHERE id = ?", (cid,))
    return None if row is None else dict(row)


def tables(book):
    return {t: book.scalar(f"SELECT count(*) FROM {t}")
            for t in ("customers", "audit", "operations", "imports", "custom_fields")}


@pytest.fixture
def old(book):
    return operations.add_customer(book, data={
        "name": "上海明珠贸易有限公司", "mobile": "13800138000", "contact": "王明",
        "address": "", "city": "上海"})


def test_undo_removes_what_was_created_and_restores_what_was_changed(book, old):
    before = customer(book, old)
    result = do_import(book, [
        ["上海明珠", "张三", "13800138000", "浦东新区1号", "北京", "80"],  # fill: address, area
        ["宁波新客户有限公司", "李四", "13912345678", "宁波", "宁波", "120"],
        ["温州新客户有限公司", None, None, None, None, None],
    ])
    assert (result.created, result.updated) == (2, 1)
    changed = customer(book, old)
    assert (changed["address"], changed["city"], changed["contact"]) == ("浦东新区1号", "上海",
                                                                          "王明")
    assert json.loads(changed["custom"]) != {}
    assert len(import_history(book)) == 1
    assert queries.customer_ids(book, CustomerFilter(text="宁波新客户"))

    undone = undo_import(book, batch_id=result.batch)
    assert (undone.removed, undone.restored, undone.kept) == (2, 1, [])
    assert book.scalar("SELECT count(*) FROM customers") == 1
    after = customer(book, old)
    assert {k: after[k] for k in before if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"}
    assert queries.customer_ids(book, CustomerFilter(text="宁波新客户")) == []
    assert queries.customer_ids(book, CustomerFilter(text="明珠")) == [old]
    (entry,) = import_history(book)
    assert entry["undone_at"]
    # the custom field only the import used is gone again
    assert operations.custom_fields(book) == []


def test_a_customer_edited_after_the_import_is_kept(book):
    result = do_import(book, [["宁波新客户有限公司", "李四", "13912345678", None, None, None],
                              ["温州新客户有限公司", None, None, None, None, None]])
    edited = book.scalar("SELECT id FROM customers WHERE name = '宁波新客户有限公司'")
    operations.update_customer(book, customer_id=edited, data={"city": "宁波"})
    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 1
    assert undone.kept == [{"id": edited, "name": "宁波新客户有限公司",
                            "reason": imports.KEPT_EDITED}]
    assert customer(book, edited)["city"] == "宁波"
    assert book.scalar("SELECT count(*) FROM customers") == 1


def test_a_field_edited_after_the_import_keeps_the_edit(book, old):
    result = do_import(book, [["上海明珠", None, "13800138000", "浦东新区1号", None, "80"]])
    operations.update_customer(book, customer_id=old, data={"address": "后来改的地址"})
    undone = undo_import(book, batch_id=result.batch)
    assert [(k["id"], k["reason"], k["field"]) for k in undone.kept] == [
        (old, imports.KEPT_FIELD, "address")]
    row = customer(book, old)
    assert row["address"] == "后来改的地址"
    assert json.loads(row["custom"]) == {}  # the other field the import wrote is restored


def test_a_customer_with_a_logged_interaction_is_kept(book):
    result = do_import(book, [["宁波新客户有限公司", "李四", "13912345678", None, None, None]])
    cid = book.scalar("SELECT id FROM customers")
    operations.log_interaction(book, customer_id=cid, kind="call", text="打过电话")
    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 0
    assert [(k["id"], k["reason"]) for k in undone.kept] == [(cid, imports.KEPT_CONTACTS)]
    assert customer(book, cid) is not None
    assert len(queries.interactions(book, cid)) == 1


def test_a_second_undo_is_refused(book):
    result = do_import(book, [["宁波新客户有限公司", None, None, None, None, None]])
    undo_import(book, batch_id=result.batch)
    counts = tables(book)
    with pytest.raises(UserError) as info:
        undo_import(book, batch_id=result.batch)
    assert info.value.render() == "The import of 客户.xlsx was already undone."
    with pytest.raises(UserError):
        undo_import(book, batch_id="no-such-batch")
    assert tables(book) == counts


def test_ctrl_z_right_after_an_import_undoes_it(book, old):
    result = do_import(book, [["上海明珠", None, "13800138000", "浦东新区1号", None, None],
                              ["宁波新客户有限公司", None, None, None, None, None]])
    assert changelog.undo_stack(book, 1)[0]["id"] == result.batch
    changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM customers") == 1
    assert customer(book, old)["address"] == ""
    assert import_history(book)[0]["undone_at"]
    with pytest.raises(UserError):  # neither twice nor the step before it by mistake
        undo_import(book, batch_id=result.batch)
    changelog.undo(book)  # the next Ctrl+Z takes back the step before the import
    assert customer(book, old) is None


def test_the_audit_has_one_entry_per_created_customer(book):
    result = do_import(book, [[f"客户{i}号", None, f"1390000{i:04d}", None, None, None]
                              for i in range(5)])
    assert book.scalar("SELECT count(*) FROM audit WHERE op_id = ? AND tbl = 'customers' "
                       "AND action = 'insert'", (result.batch,)) == 5


def test_an_import_where_every_row_is_a_duplicate_is_in_the_history(book, old):
    result = do_import(book, [["上海明珠贸易有限公司", None, "13800138000", None, None, None]],
                       mode="skip")
    assert (result.created, result.updated, result.duplicates, result.skipped) == (0, 0, 1, 1)
    (entry,) = import_history(book)
    assert (entry["id"], entry["duplicates"], entry["skipped"]) == (result.batch, 1, 1)


def test_a_field_written_twice_by_one_import_is_restored(book, old):
    result = import_customers(book, file="x.xlsx", mode="overwrite", creates=[],
                              updates=[(old, {"address": "一"}), (old, {"address": "二"})])
    assert customer(book, old)["address"] == "二"
    undone = undo_import(book, batch_id=result.batch)
    assert undone.kept == []
    assert customer(book, old)["address"] == ""


def test_cancel_between_batches_changes_nothing(book, old, monkeypatch):
    monkeypatch.setattr(imports, "BATCH", 2)
    dump = {t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in ("customers", "audit", "operations", "customers_fts")}
    polls = iter([False, True])
    with pytest.raises(Cancelled):
        import_customers(book, file="x.xlsx", mode="skip",
                         creates=[{"name": f"客户{i}"} for i in range(5)],
                         cancelled=lambda: next(polls))
    assert {t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in dump} == dump


def test_the_search_follows_the_fields_an_import_changed_and_its_undo(book, old):
    result = do_import(book, [["上海明珠", None, "13800138000", "浦东新区陆家嘴", None, None]])
    assert queries.customer_ids(book, CustomerFilter(text="陆家嘴")) == [old]
    undo_import(book, batch_id=result.batch)
    assert queries.customer_ids(book, CustomerFilter(text="陆家嘴")) == []
    assert queries.customer_ids(book, CustomerFilter(text="8000")) == [old]


def _schema(book):
    return set(map(tuple, book.conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")))


@pytest.mark.parametrize("cancel", [False, True])
def test_a_bulk_import_leaves_every_index_and_trigger_as_it_found_them(book, old, cancel,
                                                                     monkeypatch):
    """An import of more customers than the book holds writes them with some indexes and the
    match_dirty trigger set aside: all are back after it, or after Cancel, and hold its rows."""
    before = _schema(book)
    rows = [[f"温州阀门厂{i}", "", f"139{i:08d}", f"人民路{i}号", "温州", ""]
            for i in range(imports.BULK_REBUILD)]
    if cancel:
        calls = iter(range(100))
        monkeypatch.setattr(imports, "BATCH", 1000)
        with pytest.raises(Cancelled):
            import_customers(book, file="x.xlsx", mode="skip", creates=[
                {"name": r[0], "mobile": r[2]} for r in rows],
                cancelled=lambda: next(calls) == 2)
        assert book.scalar("SELECT count(*) FROM customers") == 1
    else:
        do_import(book, rows)
        assert book.scalar("SELECT count(*) FROM customers") == imports.BULK_REBUILD + 1
    assert _schema(book) == before
    assert book.scalar("PRAGMA integrity_check") == "ok"
    found = book.all("SELECT id FROM customers INDEXED BY customers_mobile "
                     "WHERE mobile = '13900000042'")
    assert len(found) == (0 if cancel else 1)


def test_a_big_import_leaves_its_search_text_for_after_it_and_search_finds_its_rows_meanwhile(
        book, old, monkeypatch):
    """An import creating more customers than INDEX_LATER commits without their search text and
    matching keys: search reads their own fields meanwhile, importing the same rows again
    creates none, and once the index has caught up it holds every one of them."""
    from models.core.check import check_book
    from models.customers.queries import customer_ids

    monkeypatch.setattr(imports, "INDEX_LATER", 3)
    rows = [[f"温州阀门厂{i}", "王勇", f"139{i:08d}", f"人民路{i}号", "温州", ""] for i in range(8)]
    result = do_import(book, rows)
    assert result.created == 8
    made = {r[0] for r in book.all("SELECT id FROM customers WHERE name LIKE '温州阀门厂%'")}
    assert book.search_waits()
    assert book.scalar("SELECT count(*) FROM search_pending") == 8
    assert book.scalar("SELECT count(*) FROM customers_fts WHERE rowid IN "
                       "(SELECT rid FROM search_pending)") == 0
    assert book.scalar("SELECT count(*) FROM match_dirty") == 8
    find = lambda text: set(customer_ids(book, CustomerFilter(text=text)))  # noqa: E731
    assert find("阀门厂") == made
    assert len(find("139-0000-0005")) == 1
    assert find("wenzhou") == made  # the name's pinyin, from its sort key
    assert find("人民路3号") == {c for c in made if customer(book, c)["name"] == "温州阀门厂3"}
    assert check_book(book) == []
    again = do_import(book, rows, mode="skip")  # before the index caught up: found all the same
    assert again.created == 0 and again.skipped == 8
    assert book.catch_up_search(batch=5) == 0
    assert not book.search_waits()
    assert book.scalar("SELECT count(*) FROM match_dirty") == 0
    assert book.scalar("SELECT count(DISTINCT customer_id) FROM match_keys WHERE kind = 'm'") == 9
    assert find("阀门厂") == made
    assert find("wzfmc") == made  # the initials: only the index holds them
    assert check_book(book) == []
    assert do_import(book, rows, mode="skip").created == 0


def test_undoing_a_big_import_before_its_search_text_is_written_leaves_nothing_waiting(
        book, monkeypatch):
    monkeypatch.setattr(imports, "INDEX_LATER", 3)
    result = do_import(book, [[f"温州阀门厂{i}", "", f"139{i:08d}", "", "", ""]
                              for i in range(6)])
    assert book.search_waits()
    undo_import(book, batch_id=result.batch)
    assert book.scalar("SELECT count(*) FROM customers") == 0
    assert not book.search_waits()


@pytest.mark.parametrize("private", [False, True])
def test_a_copy_of_the_book_made_while_search_text_waits_lists_what_waits(book, tmp_path,
                                                                         monkeypatch, private):
    """A snapshot or whole book made for another PC while a big import's search text waits
    carries the list of those customers (minus those the copy leaves out), so that the other
    PC writes their search text too instead of never finding them by the index."""
    from models.core.book import Book
    from models.sync import engine
    from tests.book_helpers import raw_write

    monkeypatch.setattr(imports, "INDEX_LATER", 3)
    do_import(book, [[f"温州阀门厂{i}", "", f"139{i:08d}", "", "", ""] for i in range(6)])
    if private:  # a private copy holds the pool's customers only: here all but two
        raw_write(book, "UPDATE customers SET owner_id = NULL WHERE name NOT IN "
                  "('温州阀门厂0', '温州阀门厂1')")
    engine._book_copy(book, tmp_path / "copy.sqlite", private=private, vacuum=True)
    copy = Book.open(tmp_path / "copy.sqlite")
    try:
        waiting = copy.scalar("SELECT count(*) FROM search_pending")
        assert waiting == copy.scalar("SELECT count(*) FROM customers") == (4 if private else 6)
        copy.catch_up_search()
        assert len(copy.all("SELECT rowid FROM customers_fts WHERE customers_fts MATCH "
                            "'\"阀门厂\"'")) == waiting
        assert not copy.search_waits()
    finally:
        copy.close()
