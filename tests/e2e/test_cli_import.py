"""`python main.py import FILE` and `undo-import BATCH`, run as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.e2e.test_cli import ROOT, kehu, one_line_error  # noqa: F401 - shared helpers

ROWS = [
    ["客户名称", "联系人", "手机", "备注"],
    ["宁波新客户有限公司", "李四", "13912345678", "老客户"],
    ["温州五金店", "王五", "13700137000", ""],
    [None, None, "13600136000", "没有名字"],
    ["宁波新客户", None, "139 1234 5678", ""],
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM customers WHERE deleted_at IS NULL"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def empty_book(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli-import")
    path = tmp / "empty.sqlite"
    result = kehu("demo", path, "--customers", 0, tmp_path=tmp)
    assert result.returncode == 0, result.stderr
    set_owner_password(path, "boss")
    return path


def set_owner_password(path: Path, password: str) -> None:
    """The demo's owner 老板 shares the book with salespeople, so needs a password."""
    from models.core.book import Book
    from models.team import users

    with Book.open(path, create=False) as shop:
        users.set_password(shop, user_id=shop.user_id, password=password)


def owner(book: Path) -> list:
    """Act as the owner 老板 (a demo book has several users, so commands that write ask)."""
    return ["--user", "老板", "--password-file", book.with_name("boss.txt")]


@pytest.fixture
def book(empty_book, tmp_path):
    path = tmp_path / "book.sqlite"
    path.write_bytes(empty_book.read_bytes())
    path.with_name("boss.txt").write_text("boss\n", encoding="utf-8")
    return path


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "客户.xlsx"
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    wb.save(path)
    return path


def test_preview_writes_nothing(book, sheet, tmp_path):
    before = digest(book)
    result = kehu("import", sheet, "--book", book, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 rows; 2 new customers" in result.stdout
    assert "row 4: The row has no customer name." in result.stdout
    assert "Nothing was written" in result.stdout
    assert digest(book) == before
    result = kehu("import", sheet, "--book", book, "--yes", "--dry-run", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert digest(book) == before


def test_json_then_yes_then_undo(book, sheet, tmp_path):
    result = kehu("import", sheet, "--book", book, "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)  # exactly one object, nothing else on stdout
    assert out == {"batch": None, "rows": 4, "created": 2, "updated": 0, "duplicates": 1,
                   "skipped": 1, "errors": [{"row": 4, "reason": "The row has no customer name."}],
                   "held": [], "warnings": [],
                   "sheets": [{"name": "Sheet", "rows": 5, "hidden": False}],
                   "imported_sheets": ["Sheet"]}

    result = kehu("import", sheet, "--book", book, *owner(book), "--json", "--yes",
                  "--on-duplicate", "fill",
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["batch"] and (out["created"], out["duplicates"]) == (2, 1)
    assert set(out) == {"batch", "rows", "created", "updated", "duplicates", "skipped", "errors",
                        "held", "warnings", "sheets", "imported_sheets"}
    assert names(book) == ["宁波新客户有限公司", "温州五金店"]

    result = kehu("undo-import", out["batch"], "--book", book, *owner(book), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 customers removed" in result.stdout
    assert names(book) == []
    before = digest(book)
    line = one_line_error(kehu("undo-import", out["batch"], "--book", book, *owner(book),
                               tmp_path=tmp_path))
    assert "already undone" in line
    assert digest(book) == before


def test_yes_imports_and_names_the_batch(book, sheet, tmp_path):
    result = kehu("import", sheet, "--book", book, *owner(book), "--yes", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Imported as batch" in result.stdout and "undo-import" in result.stdout
    assert names(book) == ["宁波新客户有限公司", "温州五金店"]


@pytest.mark.parametrize("kind", ["garbage", "missing", "empty"])
def test_a_file_it_cannot_read(book, tmp_path, kind):
    path = tmp_path / "客户.xlsx"
    if kind == "garbage":
        path.write_bytes(b"PK\x03\x04" + os.urandom(300))
    elif kind == "empty":
        path.write_bytes(b"")
    before = digest(book)
    line = one_line_error(kehu("import", path, "--book", book, *owner(book), "--yes",
                               tmp_path=tmp_path))
    assert "客户.xlsx" in line
    assert digest(book) == before


def test_a_mapping_file(book, sheet, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"header": 0, "columns": ["name", "", "mobile", "city"]}),
                       encoding="utf-8")
    result = kehu("import", sheet, "--book", book, *owner(book), "--mapping", mapping, "--yes",
                  "--json",
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 2
    conn = sqlite3.connect(book)
    try:
        rows = dict(conn.execute("SELECT name, city || '|' || contact FROM customers"))
    finally:
        conn.close()
    assert rows == {"宁波新客户有限公司": "老客户|", "温州五金店": "|"}


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"columns": "name"}',
                                  '{"header": "0", "columns": ["name"]}',
                                  '{"header": -1, "columns": ["name"]}',
                                  '{"header": 0, "columns": ["name", "phoen"]}'])
def test_a_bad_mapping_file(book, sheet, tmp_path, text):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(text, encoding="utf-8")
    before = digest(book)
    line = one_line_error(kehu("import", sheet, "--book", book, *owner(book), "--mapping",
                               mapping, "--yes",
                               tmp_path=tmp_path))
    assert "mapping" in line
    assert digest(book) == before


def test_a_missing_mapping_file(book, sheet, tmp_path):
    before = digest(book)
    line = one_line_error(kehu("import", sheet, "--book", book, "--mapping",
                               tmp_path / "nope.json", tmp_path=tmp_path))
    assert "nope.json" in line
    assert digest(book) == before


def test_new_makes_an_empty_book_to_import_into(tmp_path):
    book = tmp_path / "店" / "客户.sqlite"
    line = one_line_error(kehu("new", book, tmp_path=tmp_path))  # no such folder: nothing made
    assert "folder" in line and not book.exists()
    book.parent.mkdir()
    result = kehu("new", book, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "new empty book" in result.stdout and book.is_file()
    sheet = tmp_path / "客户.xlsx"
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    wb.save(sheet)
    result = kehu("import", sheet, "--book", book, "--yes", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert names(book) == ["宁波新客户有限公司", "温州五金店"]
    before = digest(book)
    line = one_line_error(kehu("new", book, tmp_path=tmp_path))  # never over a book
    assert "already exists" in line and digest(book) == before
    result = kehu("--lang", "zh_CN", "new", tmp_path / "二.sqlite", tmp_path=tmp_path)
    assert result.returncode == 0 and "店主" in result.stdout


def test_several_sheets_named_with_sheet_import_as_one_batch(book, tmp_path):
    path = tmp_path / "分店.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "杭州"
    for row in ROWS[:3]:
        wb.active.append(row)
    wb.create_sheet("空白")
    ningbo = wb.create_sheet("宁波")
    for row in (ROWS[0], ["宁波灯具", "赵六", "13500135000", ""], ["温州五金店", "王五",
                                                                 "13700137000", ""]):
        ningbo.append(row)
    wb.save(path)

    result = kehu("import", path, "--book", book, tmp_path=tmp_path)  # the first sheet only
    assert result.returncode == 0, result.stderr
    assert ("分店.xlsx has 2 sheets with rows: 杭州 (3 rows), 宁波 (3 rows). Imported: 杭州"
            in result.stdout)
    result = kehu("import", path, "--book", book, "--sheet", "宁波", "--json", tmp_path=tmp_path)
    out = json.loads(result.stdout)
    assert out["sheets"] == [{"name": "杭州", "rows": 3, "hidden": False},
                             {"name": "宁波", "rows": 3, "hidden": False}]
    assert (out["imported_sheets"], out["created"]) == (["宁波"], 2)

    result = kehu("import", path, "--book", book, *owner(book), "--sheet", "杭州", "--sheet",
                  "宁波", "--yes", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["imported_sheets"] == ["杭州", "宁波"]
    assert (out["rows"], out["created"], out["duplicates"]) == (4, 3, 1)  # 温州五金店 twice
    assert names(book) == ["宁波新客户有限公司", "宁波灯具", "温州五金店"]
    result = kehu("undo-import", out["batch"], "--book", book, *owner(book), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert names(book) == []  # one batch: one undo takes both sheets back

    line = one_line_error(kehu("import", path, "--book", book, "--sheet", "空白",
                               tmp_path=tmp_path))
    assert "sheet 空白 holds no rows" in line


def test_all_sheets_leaves_out_the_sheets_the_workbook_hides(book, tmp_path):
    """A hidden sheet of drop-down choices (grades, sources) is not customers: --all-sheets
    leaves it out, and the listing says it is hidden; named with --sheet, it is read."""
    path = tmp_path / "客户资料.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "老客户"
    for row in ROWS[:3]:
        wb.active.append(row)
    choices = wb.create_sheet("下拉选项")
    choices.sheet_state = "hidden"
    for row in (["等级", "来源"], ["A", "转介绍"], ["B", "展会"], ["C", "网店"]):
        choices.append(row)
    new = wb.create_sheet("新客户")
    for row in (ROWS[0], ["宁波灯具", "赵六", "13500135000", ""]):
        new.append(row)
    wb.save(path)

    result = kehu("import", path, "--book", book, "--all-sheets", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ("客户资料.xlsx has 3 sheets with rows: 老客户 (3 rows), 下拉选项 (4 rows, hidden in "
            "the workbook), 新客户 (2 rows). Imported: 老客户, 新客户") in result.stdout
    result = kehu("import", path, "--book", book, *owner(book), "--all-sheets", "--yes",
                  "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["imported_sheets"] == ["老客户", "新客户"]
    assert [s["hidden"] for s in out["sheets"]] == [False, True, False]
    assert names(book) == ["宁波新客户有限公司", "宁波灯具", "温州五金店"]


def test_a_big_import_from_the_command_line_leaves_its_search_index_whole(tmp_path):
    """An import of more than INDEX_LATER customers commits without their search text; the
    command writes it before it ends, so the book it leaves needs nothing more."""
    from models.imports import INDEX_LATER

    book = tmp_path / "客户.sqlite"
    assert kehu("new", book, tmp_path=tmp_path).returncode == 0
    sheet = tmp_path / "客户.csv"
    lines = ["客户名称,手机,地址"] + [f"温州阀门厂{i},139{i:08d},人民路{i}号"
                                   for i in range(INDEX_LATER + 50)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = kehu("import", sheet, "--book", book, "--yes", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == INDEX_LATER + 50
    conn = sqlite3.connect(book)
    try:
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM match_dirty").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH "
                            "'\"阀门厂1234\"'").fetchone()[0] == 1
    finally:
        conn.close()
