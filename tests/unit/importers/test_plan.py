"""The import preview, its counts and modes, and what run_import leaves in the book."""

from __future__ import annotations

import json

import openpyxl
import pytest

from importers import normalize, rowreader
from importers import plan as planner
from importers.source import open_source
from models import imports
from models.core.errors import Cancelled
from models.customers import operations, queries
from models.customers.export import export_customers
from models.customers.queries import CustomerFilter

HEADER = ["客户名称", "联系人", "手机", "电话", "地址", "业务员", "门店面积"]


def xlsx(path, rows, sheet="客户"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def source(tmp_path, rows, name="客户.xlsx"):
    return open_source(xlsx(tmp_path / name, rows))


def plan_for(book, src, mode="skip"):
    return planner.preview(book, src, planner.auto_mapping(book, src), mode=mode)


def by_line(plan):
    return {r.line: r for r in plan.planned}


def customer(book, cid):
    return dict(book.one("SELECT * FROM customers WHERE id = ?", (cid,)))


def live(book):
    return {r["name"]: dict(r) for r in book.all(
        "SELECT * FROM customers WHERE deleted_at IS NULL")}


@pytest.fixture
def known(book):
    """Three customers already in the book."""
    return {
        "mingzhu": operations.add_customer(book, data={
            "name": "上海明珠贸易有限公司", "mobile": "13800138000", "contact": "王明"}),
        "xinda": operations.add_customer(book, data={
            "name": "杭州鑫达建材有限公司", "phone": "0571-88886666",
            "address": "杭州市西湖区文三路1号"}),
        "hualian": operations.add_customer(book, data={
            "name": "北京华联商行", "phone": "010-66668888", "address": "北京市朝阳区建国路1号",
            "city": "北京"}),
    }


MIXED = [
    HEADER,
    ["宁波新客户有限公司", "李四", "13912345678", None, "宁波市海曙区", "", "120"],  # 2 new
    ["上海明珠贸易", "王明", 13800138000.0, None, None, None, None],  # 3 book, mobile as number
    ["明珠上海分部", None, "138 0013 8000", None, None, None, None],  # 4 book, spaced mobile
    ["杭州鑫达建材有限公司", None, None, "0571-88886666", None, None, None],  # 5 name + landline
    ["北京华联商行", None, None, "010-12345678", "北京市海淀区9号", None, None],  # 6 not the same
    ["宁波新客户有限公司", "李四", "13912345678", None, None, None, "150"],  # 7 = row 2
    [None, None, "13700000000", None, "无名路", None, None],  # 8 no name
    ["杭州鑫达建材公司", None, None, None, None, None, None],  # 9 similar name
    ["温州新客户有限公司", None, None, None, None, "张三丰", None],  # 10 unknown salesperson
]


def test_the_mapping_is_guessed_from_the_header(book, tmp_path):
    src = source(tmp_path, MIXED)
    m = planner.auto_mapping(book, src)
    assert m.header == 0
    assert m.columns == ["name", "contact", "mobile", "phone", "address", "owner",
                         "custom:门店面积"]


def test_preview_counts_and_reasons(book, known, tmp_path):
    before = book.scalar("SELECT count(*) FROM audit")
    plan = plan_for(book, source(tmp_path, MIXED))
    rows = by_line(plan)
    assert plan.summary() == {"rows": 9, "created": 3, "updated": 0, "duplicates": 3,
                              "in_file_duplicates": 1, "skipped": 4, "held": 1, "errors": 1,
                              "review": 1, "warnings": 1}
    assert rows[2].action == "create"
    for line in (3, 4):
        assert (rows[line].action, rows[line].match_id) == ("skip", known["mingzhu"])
        assert rows[line].reason_text() == "Already in the book as 上海明珠贸易有限公司."
    assert rows[3].data["mobile"] == rows[4].data["mobile"] == "13800138000"
    assert (rows[5].action, rows[5].match_id) == ("skip", known["xinda"])
    # the same name with another phone and address is not the customer; it is shown for review
    assert rows[6].action == "create" and rows[6].match_id is None
    assert rows[6].similar_id == known["hualian"]
    assert (rows[7].action, rows[7].same_as_line) == ("merge", 2)  # combined into row 2
    assert rows[7].reason_text() == "Same customer as row 2 of the file."
    assert plan.error_list() == [{"row": 8, "reason": "The row has no customer name."}]
    assert [r.line for r in plan.review] == [6]
    # the same name (without 有限) and nothing else to compare: held for the user to answer
    assert (rows[9].action, rows[9].similar_id) == ("hold", known["xinda"])
    assert rows[9].reason_text() == ("Same name as 杭州鑫达建材有限公司 in the book, and nothing "
                                     "else to tell them apart: the same customer?")
    assert plan.held_list() == [{"row": 9, "reason": rows[9].reason_text()}]
    assert rows[10].action == "create" and "owner_id" not in rows[10].data
    assert [p.render() for p in rows[10].problems] == [
        "张三丰 is not a user of this book; the customer goes to you.",
        "Kept as typed in the notes: 业务员: 张三丰"]  # the salesperson's name is not lost
    assert rows[10].data["notes"] == "业务员: 张三丰"
    assert rows[2].data["custom"] == {"门店面积": "120"}
    assert book.scalar("SELECT count(*) FROM audit") == before  # a preview writes nothing
    assert book.scalar("SELECT count(*) FROM customers") == 3


def test_create_mode_counts_each_duplicate_once(book, known, tmp_path):
    plan = plan_for(book, source(tmp_path, MIXED), mode="create")
    assert plan.created == 8
    # rows 3, 4 and 5 are in the book (row 4 is also row 3 of the file), row 7 is row 2,
    # row 9 (a name alone) is row 5
    assert plan.duplicates + plan.in_file_duplicates == 5


def test_skip_mode_writes_only_the_new_customers(book, known, tmp_path):
    plan = plan_for(book, source(tmp_path, MIXED))
    result = planner.run_import(book, plan)
    assert (result.created, result.updated, result.rows) == (3, 0, 9)
    names = live(book)  # row 9 (杭州鑫达建材公司, a name alone) is held: not written
    assert set(names) == {"上海明珠贸易有限公司", "杭州鑫达建材有限公司", "北京华联商行",
                          "宁波新客户有限公司", "温州新客户有限公司"}
    assert book.scalar("SELECT count(*) FROM customers WHERE name = '北京华联商行'") == 2
    assert names["温州新客户有限公司"]["owner_id"] == book.user_id
    new = names["宁波新客户有限公司"]
    assert (new["mobile"], new["contact"], new["address"]) == ("13912345678", "李四",
                                                               "宁波市海曙区")
    fields = {f["label"]: f["key"] for f in operations.custom_fields(book)}
    assert json.loads(new["custom"]) == {fields["门店面积"]: "120"}
    assert customer(book, known["mingzhu"])["name"] == "上海明珠贸易有限公司"


def test_fill_writes_only_empty_fields(book, tmp_path):
    cid = operations.add_customer(book, data={
        "name": "上海明珠贸易有限公司", "mobile": "13800138000", "contact": "王明", "city": ""})
    src = source(tmp_path, [
        ["客户名称", "联系人", "手机", "城市", "邮箱"],
        ["上海明珠", "张三", "13800138000", "上海", "wm@example.com"],
    ])
    plan = plan_for(book, src, mode="fill")
    assert plan.updated == 1
    planner.run_import(book, plan)
    row = customer(book, cid)
    assert (row["name"], row["contact"], row["city"], row["email"]) == (
        "上海明珠贸易有限公司", "王明", "上海", "wm@example.com")


def test_overwrite_replaces_the_values(book, tmp_path):
    cid = operations.add_customer(book, data={
        "name": "上海明珠贸易有限公司", "mobile": "13800138000", "contact": "王明",
        "address": "老地址"})
    src = source(tmp_path, [["客户名称", "联系人", "手机", "地址"],
                            ["上海明珠贸易有限公司", "张三", "13800138000", "新地址"]])
    plan = plan_for(book, src, mode="overwrite")
    assert (plan.updated, plan.created) == (1, 0)
    planner.run_import(book, plan)
    row = customer(book, cid)
    assert (row["contact"], row["address"]) == ("张三", "新地址")


def test_create_anyway_makes_a_second_customer(book, tmp_path):
    operations.add_customer(book, data={"name": "上海明珠贸易有限公司", "mobile": "13800138000"})
    src = source(tmp_path, [["客户名称", "手机"], ["上海明珠贸易有限公司", "13800138000"]])
    plan = plan_for(book, src, mode="create")
    assert (plan.created, plan.duplicates) == (1, 1)
    planner.run_import(book, plan)
    assert book.scalar("SELECT count(*) FROM customers WHERE mobile = '13800138000'") == 2


def test_in_file_duplicates_are_merged_in_fill_mode(book, tmp_path):
    src = source(tmp_path, [
        ["客户名称", "联系人", "手机", "地址", "邮箱"],
        ["宁波新客户有限公司", "李四", "13912345678", None, None],
        ["宁波新客户", None, "139-1234-5678", "宁波市海曙区", "li@example.com"],
    ])
    plan = plan_for(book, src, mode="fill")
    assert (plan.created, plan.in_file_duplicates, plan.skipped) == (1, 1, 1)
    planner.run_import(book, plan)
    (row,) = live(book).values()
    assert (row["name"], row["contact"], row["address"], row["email"]) == (
        "宁波新客户有限公司", "李四", "宁波市海曙区", "li@example.com")


def test_two_rows_of_one_customer_in_the_book_fill_once_and_undo_restores(book, tmp_path):
    cid = operations.add_customer(book, data={"name": "上海明珠贸易有限公司",
                                              "mobile": "13800138000"})
    src = source(tmp_path, [["客户名称", "手机", "地址"],
                            ["上海明珠", "13800138000", "第一个地址"],
                            ["明珠", "13800138000", "第二个地址"]])
    planner.run_import(book, plan_for(book, src, mode="fill"))
    assert customer(book, cid)["address"] == "第一个地址"  # fill: the first value, not overwritten
    batch = imports.import_history(book)[0]["id"]
    imports.undo_import(book, batch_id=batch)
    assert customer(book, cid)["address"] == ""

    planner.run_import(book, plan_for(book, src, mode="overwrite"))
    assert customer(book, cid)["name"] == "明珠"
    result = imports.undo_import(book, batch_id=imports.import_history(book)[0]["id"])
    assert result.kept == []
    row = customer(book, cid)
    assert (row["name"], row["address"]) == ("上海明珠贸易有限公司", "")


def test_treat_as_same_turns_a_review_row_into_a_match(book, known, tmp_path):
    src = source(tmp_path, [["客户名称", "城市"], ["杭州鑫达建材店", "杭州"]])
    plan = plan_for(book, src, mode="fill")
    (row,) = plan.review
    assert row.action == "create"
    row = plan.treat_as_same(book, row.line)
    assert (row.action, row.match_id, row.changes) == ("update", known["xinda"], {"city": "杭州"})
    assert (plan.created, plan.updated, plan.duplicates) == (0, 1, 1)
    row = plan.treat_as_same(book, row.line, same=False)
    assert (row.action, row.match_id) == ("create", None)
    plan.treat_as_same(book, row.line)
    planner.run_import(book, plan)
    assert customer(book, known["xinda"])["city"] == "杭州"
    assert book.scalar("SELECT count(*) FROM customers") == 3


def dump(book):
    return {t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in ("customers", "audit", "operations", "imports", "custom_fields")}


def test_a_cancelled_import_leaves_the_book_as_it_was(book, known, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "BATCH", 3)
    rows = [["客户名称", "手机", "备注"]] + [
        [f"客户{i:02d}号", f"1390000{i:04d}", "n"] for i in range(10)]
    plan = plan_for(book, source(tmp_path, rows))
    assert plan.created == 10
    before = dump(book)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Cancelled):
        planner.run_import(book, plan, cancelled=cancelled)
    assert len(calls) == 2
    assert dump(book) == before
    assert imports.import_history(book) == []
    result = planner.run_import(book, plan)  # and the book still works
    assert result.created == 10


def test_history_audit_and_search_after_an_import(book, tmp_path):
    src = source(tmp_path, [["客户名称", "手机", "电话"],
                            ["张三丰五金店", "13812345678", None],
                            ["宁波海曙建材", None, "0574-87654321"]])
    plan = plan_for(book, src)
    result = planner.run_import(book, plan)
    (entry,) = imports.import_history(book)
    assert entry["id"] == result.batch
    assert (entry["file"], entry["created"], entry["rows"], entry["mode"]) == (
        str(tmp_path / "客户.xlsx"), 2, 2, "skip")
    assert entry["user_name"] == "Owner"
    inserts = book.all("SELECT record_id FROM audit WHERE op_id = ? AND tbl = 'customers' "
                       "AND action = 'insert'", (result.batch,))
    assert sorted(r[0] for r in inserts) == sorted(r[0] for r in book.all(
        "SELECT id FROM customers"))
    cid = book.scalar("SELECT id FROM customers WHERE name = '张三丰五金店'")
    for text in ("张三丰", "zsf", "5678"):
        assert queries.customer_ids(book, CustomerFilter(text=text)) == [cid], text
    other = book.scalar("SELECT id FROM customers WHERE name = '宁波海曙建材'")
    assert queries.customer_ids(book, CustomerFilter(text="4321")) == [other]


def test_a_changed_mapping_is_remembered_for_the_same_header(book, tmp_path):
    header = ["公司", "手机", "说明"]
    src = source(tmp_path, [header, ["甲公司", "13800138000", "老客户"]])
    m = planner.auto_mapping(book, src)
    assert m.columns == ["name", "mobile", "notes"]
    m.columns[2] = "custom:说明"
    planner.run_import(book, planner.preview(book, src, m))
    other = source(tmp_path, [header, ["乙公司", "13900139000", "新客户"]], name="other.xlsx")
    assert planner.auto_mapping(book, other).columns == ["name", "mobile", "custom:说明"]


def test_rejected_rows_are_saved_fixed_and_imported_again(book, tmp_path):
    src = source(tmp_path, [["客户名称", "手机", "邮箱"],
                            ["好客户", "13800138000", "a@example.com"],
                            [None, "13900139000", "b@example.com"]])
    plan = plan_for(book, src)
    out = tmp_path / "rejected.xlsx"
    assert planner.save_rejected(plan, out) == 1
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert [c.value for c in ws[1]] == ["客户名称", "手机", "邮箱", "Reason"]
    assert [c.value for c in ws[2]] == [None, "13900139000", "b@example.com",
                                        "The row has no customer name."]
    ws["A2"] = "修好的客户"
    wb.save(out)
    wb.close()
    planner.run_import(book, plan)
    again = open_source(out)
    m = planner.auto_mapping(book, again)
    assert m.columns[:3] == ["name", "mobile", "email"]
    m.columns[3] = ""  # the reason is not imported
    plan2 = planner.preview(book, again, m)
    assert (plan2.created, plan2.errors) == (1, [])
    planner.run_import(book, plan2)
    row = live(book)["修好的客户"]
    assert (row["mobile"], row["email"]) == ("13900139000", "b@example.com")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_back_the_same_customers(book, tmp_path, suffix):
    operations.add_custom_field(book, label="门店面积", kind="text")
    operations.add_custom_field(book, label="Shop Size", kind="number")
    operations.add_customer(book, data={
        "name": "杭州鑫达建材有限公司", "contact": "张三", "mobile": "13800138000; 13900139000",
        "phone": "0571-88886666", "email": "zs@example.com", "address": "杭州市西湖区文三路1号",
        "city": "杭州", "grade": "A", "tags": "老客户, 建材", "notes": "=1+2 不是公式",
        "custom:门店面积": "120平", "custom:shop_size": "35"})
    operations.add_customer(book, data={"name": "Acme Ltd", "notes": "-负数开头\n第二行",
                                        "email": "x@acme.com", "grade": "C"})
    operations.add_customer(book, data={"name": "@某人", "tags": "+plus"})
    out = tmp_path / f"customers{suffix}"
    export_customers(book, out)

    from models.core.book import Book

    other = Book.open(tmp_path / "other.sqlite")
    try:
        src = open_source(out)
        m = planner.auto_mapping(other, src)
        plan = planner.preview(other, src, m)
        assert (plan.created, plan.errors) == (3, [])
        planner.run_import(other, plan)
        keep = ("name", "contact", "mobile", "phone", "email", "address", "city", "grade",
                "tags", "notes")

        def people(b):
            return {r["name"]: ({k: r[k] for k in keep}, json.loads(r["custom"]))
                    for r in b.all("SELECT * FROM customers")}

        assert people(other) == people(book)
        # the export's header holds the fields' labels, so the new book names them the same
        assert sorted(f["label"] for f in operations.custom_fields(other)) == [
            "Shop Size", "门店面积"]
    finally:
        other.close()


def test_notes_keep_their_chinese_punctuation(book, tmp_path):
    from importers.plan import Mapping, preview_rows

    rows = [["客户名称", "备注"], ["鑫达建材", "  老客户，月结（30天）  "], ["顺发五金", "无"]]
    plan = preview_rows(book, rows, Mapping(header=0, columns=["name", "notes"]))
    assert [r.data.get("notes", "") for r in plan.planned] == ["老客户，月结（30天）", ""]


def test_fingerprints_are_the_keys_books_remember_from_earlier_imports():
    """A row's fingerprint is kept in import_rows: the keys are made as they always were,
    one row at a time or a sheet at once (empty cells at the end do not count)."""
    import datetime as dt

    from importers.matching import fingerprint, fingerprints

    rows = [["杭州鑫达", 13800138000.0, dt.date(2024, 1, 1), ""], ["a", None, None], [],
            [None, ""], ["\ud800x", True, 1.5, dt.datetime(2024, 3, 1, 8, 30)], ["x", "y"]]
    known = ["5640f5850a81210788e2293d", "4a37120cc18e4f952e51a97d", "5feb596270186253f9f617f0",
             "5feb596270186253f9f617f0", "ae18b8befc9217b368ee7dac", "5bcbcf2ea4c05d84fe2c9772"]
    assert fingerprints(rows) == [fingerprint(r) for r in rows] == known


def test_repeated_cells_with_problems_are_reported_on_every_row(book):
    """A cell that repeats down a sheet is normalised once: every row of it still gets its
    own problems and its own note of what was kept as typed."""
    from importers.plan import Mapping, preview_rows

    rows = [["客户名称", "电话", "等级", "下次跟进", "备注"]]
    for i in range(5):
        rows.append([f"客户{i}", "999", "VIP", "05/01/2024", "N/A"])
    rows.append(["客户5", "13800138000", "A", "2024-01-05", "老客户，月结"])
    plan = preview_rows(book, rows, Mapping(header=0, columns=[
        "name", "phone", "grade", "next_follow_up", "notes"]))
    assert [r.line for r in plan.planned] == [2, 3, 4, 5, 6, 7]
    for row in plan.planned[:5]:
        assert [p.message for p in row.problems] == [
            normalize.BAD_PHONE, normalize.BAD_GRADE_VALUE, normalize.AMBIGUOUS_DATE,
            rowreader.KEPT_IN_NOTES]
        assert row.data["notes"] == "电话: 999\n等级: VIP\n下次跟进: 05/01/2024"
        assert "grade" not in row.data and "next_follow_up" not in row.data
    last = plan.planned[5]
    assert last.problems == []
    assert (last.data["mobile"], last.data["grade"], last.data["next_follow_up"],
            last.data["notes"]) == ("13800138000", "A", "2024-01-05", "老客户，月结")


def test_one_value_in_columns_of_different_kinds_is_read_by_each_column(book):
    """The same cell in an e-mail, a grade, a date and two custom columns is read as each
    column reads it (each column's reading remembered apart from the others')."""
    from importers.plan import Mapping, preview_rows

    operations.add_custom_field(book, label="面积", kind="number")
    operations.add_custom_field(book, label="开业", kind="date")
    rows = [["客户名称", "邮箱", "等级", "下次跟进", "面积", "开业"]]
    rows += [[f"客户{i}", "20240105", "20240105", "20240105", "20240105", "20240105"]
             for i in range(3)]
    plan = preview_rows(book, rows, Mapping(header=0, columns=[
        "name", "email", "grade", "next_follow_up", "custom:面积", "custom:开业"]))
    for row in plan.planned:
        assert row.data["next_follow_up"] == "2024-01-05"
        assert row.data["custom"] == {"面积": "20240105", "开业": "2024-01-05"}
        assert "email" not in row.data and "grade" not in row.data
        assert [p.message for p in row.problems] == [
            normalize.BAD_EMAIL, normalize.BAD_GRADE_VALUE, rowreader.KEPT_IN_NOTES]


def test_the_memos_of_a_sheet_of_many_columns_stay_within_their_total(book, monkeypatch):
    """Each column remembers what it made of its cells, and all of them together no more than
    MEMO_TOTAL cells, however many columns a sheet maps: what they read is the same."""
    monkeypatch.setattr(rowreader, "MEMO_TOTAL", 600)
    columns = ["name", "city", "notes", *(f"custom:字段{j}" for j in range(40))]
    reader = rowreader.RowReader(book, columns, columns, "xlsx", 0)
    rows = [[f"客户{i}", f"城市{i}", f"备注{i}", *(f"{j}-{i}" for j in range(40))]
            for i in range(300)]
    read = [reader.read(cells) for cells in rows]
    memos = {id(memo): memo for *_, memo, _ in reader.plan if memo is not None}
    assert len(memos) == 42  # the text columns share one
    assert sum(map(len, memos.values())) <= 600
    assert read[299][0]["custom"] == {f"字段{j}": f"{j}-299" for j in range(40)}
    assert read[299][0]["notes"] == "备注299" and read[299][0]["city"] == "城市299"
