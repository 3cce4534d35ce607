"""Exporting customers: what a user opens in Excel or any spreadsheet program."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from models.core.book import Book
from models.core.errors import UserError
from models.customers import operations
from models.customers.export import FIELDS, export_customers

HEADER = [
    "id", "name", "contact", "mobile", "phone", "email", "wechat", "address", "city", "industry",
    "source", "grade", "owner", "tags", "notes", "next_follow_up", "created_at", "updated_at",
]


@pytest.fixture
def filled(book):
    operations.add_custom_field(book, label="Credit limit", kind="number")
    operations.add_custom_field(book, label="区域", kind="choice", choices=["华东", "华南"])
    keep = operations.add_customer(book, data={
        "name": "杭州鑫达建材有限公司", "contact": "王建国", "mobile": "13800138000; 13912345678",
        "phone": "0571-88886666", "city": "杭州", "grade": "A", "tags": "大客户, 工程单",
        "notes": "老板娘管账\n月结30天", "next_follow_up": "2025-04-01",
        "custom:credit_limit": "50000", "custom:区域": "华东",
    })
    operations.add_customer(book, data={"name": "=HYPERLINK(\"x\")", "mobile": "0013800000000"[2:]})
    gone = operations.add_customer(book, data={"name": "已删除的客户"})
    operations.delete_customers(book, customer_ids=[gone])
    return keep


def test_header_matches_the_fields():
    assert list(FIELDS) == HEADER


def test_csv_round_trip(book, filled, tmp_path):
    out = tmp_path / "客户.csv"
    assert export_customers(book, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Chinese Windows reads UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    custom_keys = [f["label"] for f in operations.custom_fields(book)]
    assert rows[0] == HEADER + custom_keys == HEADER + ["Credit limit", "区域"]
    by_name = {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert "已删除的客户" not in by_name
    row = by_name["杭州鑫达建材有限公司"]
    assert row["id"] == filled
    assert row["mobile"] == "13800138000; 13912345678"
    assert row["phone"] == "0571-88886666"
    assert row["owner"] == "Owner"
    assert row["notes"] == "老板娘管账\n月结30天"
    assert row["tags"] == "大客户, 工程单"
    assert row[custom_keys[0]] == "50000" and row[custom_keys[1]] == "华东"
    # a cell that a spreadsheet would run as a formula is guarded by an apostrophe
    assert by_name["'=HYPERLINK(\"x\")"][custom_keys[0]] == ""


def test_xlsx_round_trip(book, filled, tmp_path):
    out = tmp_path / "customers.XLSX"
    assert export_customers(book, out) == 2
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()
    custom_keys = [f["label"] for f in operations.custom_fields(book)]
    assert rows[0] == HEADER + custom_keys
    by_name = {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert set(by_name) == {"杭州鑫达建材有限公司", '=HYPERLINK("x")'}  # text, not a formula
    row = by_name["杭州鑫达建材有限公司"]
    assert row["mobile"] == "13800138000; 13912345678"
    assert row["phone"] == "0571-88886666"
    assert by_name['=HYPERLINK("x")']["mobile"] == "13800000000"  # a string, not a number
    assert row[custom_keys[1]] == "华东"
    assert row["grade"] == "A"


def test_unknown_extension_is_refused_with_a_message(book, filled, tmp_path):
    out = tmp_path / "customers.pdf"
    with pytest.raises(UserError) as info:
        export_customers(book, out)
    assert ".csv or .xlsx" in info.value.render()
    assert "customers.pdf" in info.value.render()
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failure_leaves_no_partial_file(book, filled, tmp_path, monkeypatch):
    out = tmp_path / "customers.csv"
    out.write_text("the old export", encoding="utf-8")
    from models.customers import export

    def broken(fh, columns, rows, *sheet):
        fh.write(b"half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "_write_csv", broken)
    with pytest.raises(RuntimeError):
        export_customers(book, out)
    assert out.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []


def test_missing_folder_is_a_user_error(book, tmp_path):
    with pytest.raises(UserError, match="cannot be written"):
        export_customers(book, tmp_path / "nowhere" / "customers.csv")


def test_empty_book_gives_a_header_only(book, tmp_path):
    out = tmp_path / "empty.csv"
    assert export_customers(book, out) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [HEADER]


@pytest.mark.parametrize("text", ["=1+1", "+86 138", "-5", "@SUM(A1)"])
def test_no_cell_runs_as_a_formula(book, tmp_path, text):
    operations.add_customer(book, data={"name": "公式", "notes": text, "city": text})
    csv_out, xlsx_out = tmp_path / "c.csv", tmp_path / "c.xlsx"
    export_customers(book, csv_out)
    export_customers(book, xlsx_out)
    with csv_out.open(encoding="utf-8-sig", newline="") as fh:
        row = dict(zip(*list(csv.reader(fh)), strict=True))
    assert row["notes"] == "'" + text
    wb = openpyxl.load_workbook(xlsx_out)  # not read-only: formulas would show as data_type f
    try:
        ws = wb.active
        cells = {ws.cell(1, c).value: ws.cell(2, c) for c in range(1, ws.max_column + 1)}
    finally:
        wb.close()
    assert cells["notes"].value == text and cells["notes"].data_type == "s"


# -- an export imports back as the same customers -------------------------------------------
AWKWARD = [
    {"name": "杭州鑫达建材有限公司", "contact": "王建国", "mobile": "13800138000; 13912345678",
     "phone": "+86-571-8888-6666", "email": "wang@example.com", "city": "杭州", "grade": "A",
     "tags": "大客户, 工程单", "notes": "老板娘管账\n月结30天", "next_follow_up": "2025-04-01",
     "custom:credit_limit": "50000.5", "custom:区域": "华东", "custom:备注2": "第二行\n备注",
     "custom:开户日期": "2024-03-05", "custom:门店编号": "007"},
    {"name": "'=1+1", "phone": "+1 (212) 555-0100", "wechat": "wxid_abc",
     "address": "上海市徐汇区\n漕溪北路", "custom:credit_limit": "7"},
    {"name": '=HYPERLINK("http://x","点我")', "mobile": "13800000000", "source": "展会",
     "custom:区域": "华南"},
    {"name": "@SUM(A1)", "notes": "-5 先付定金", "industry": "五金", "custom:门店编号": "12"},
]


def _every_kind(book):
    operations.add_custom_field(book, label="Credit limit", kind="number")
    operations.add_custom_field(book, label="区域", kind="choice", choices=["华东", "华南", "华北"])
    operations.add_custom_field(book, label="备注2", kind="text")
    operations.add_custom_field(book, label="开户日期", kind="date")
    operations.add_custom_field(book, label="门店编号", kind="text")
    for data in AWKWARD:
        operations.add_customer(book, data=data)


def _as_read(book):
    fields = {f["key"]: f for f in operations.custom_fields(book)}
    out = {}
    for r in book.all("SELECT * FROM customers WHERE deleted_at IS NULL"):
        row = {k: r[k] for k in HEADER if k not in ("id", "owner", "created_at", "updated_at")}
        row["custom"] = {fields[k]["label"]: v for k, v in json.loads(r["custom"]).items()}
        out[r["name"]] = row
    kinds = {f["label"]: (f["kind"], f["choices"]) for f in fields.values()}
    return out, kinds


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_into_a_new_book_as_the_same_customers(book, tmp_path, suffix):
    from importers import plan as planner
    from importers.source import open_source

    _every_kind(book)
    out = tmp_path / ("客户" + suffix)
    assert export_customers(book, out) == len(AWKWARD)
    other = Book.open(tmp_path / "other.sqlite")
    try:
        src = open_source(out)
        plan = planner.preview(other, src, planner.auto_mapping(other, src))
        assert plan.summary()["warnings"] == 0 and not plan.errors and not plan.held
        planner.run_import(other, plan)
        want, want_kinds = _as_read(book)
        got, got_kinds = _as_read(other)
        assert got == want
        if suffix == ".xlsx":  # the workbook declares its fields: kinds and choices come back
            assert got_kinds == want_kinds
        else:  # a CSV has no room for them: numbers and dates are known by their values,
            assert got_kinds == {**want_kinds, "区域": ("text", [])}  # a choice list is not
        # and importing it again, into either book, makes nothing new
        for target in (book, other):
            again = planner.preview(target, open_source(out),
                                    planner.auto_mapping(target, open_source(out)))
            assert again.created == 0 and again.updated == 0
    finally:
        other.close()


def test_a_number_or_date_column_is_known_only_when_every_value_is_one_exactly(book, tmp_path):
    from importers import plan as planner
    from importers.source import open_source

    path = tmp_path / "list.csv"
    path.write_text("客户名称,面积,编号,开业,预算\n甲,120,007,2024-01-02,\"1,000\"\n"
                    "乙,88.5,12,2024-02-30,5\n", encoding="utf-8")
    src = open_source(path)
    planner.run_import(book, planner.preview(book, src, planner.auto_mapping(book, src)))
    kinds = {f["label"]: f["kind"] for f in operations.custom_fields(book)}
    assert kinds == {"面积": "number", "编号": "text", "开业": "text", "预算": "text"}
    custom = json.loads(book.scalar("SELECT custom FROM customers WHERE name = '甲'"))
    assert sorted(custom.values()) == ["007", "1,000", "120", "2024-01-02"]  # as written
