"""open_source on real files written by the tests: workbooks, legacy Excel, text, bad input."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
import xlwt

from importers.source import ImportFileError, SheetInfo, open_source
from tests.unit.importers.legacy_xls import write_biff5


def message(path) -> str:
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    return str(info.value)


# -- workbooks -----------------------------------------------------------------------------


def test_xlsx_sheets_formulas_and_types(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["名称", "电话", "首次合作", "数量"])
    sheet.append(["张三贸易", "13800138000", dt.date(2024, 1, 5), 3])
    sheet.append(["李四", None, None, 4])
    book.create_sheet("空白")
    other = book.create_sheet("Other")
    other["B3"] = "x"
    path = tmp_path / "book.xlsx"
    book.save(path)
    source = open_source(path)
    assert source.kind == "xlsx"
    assert source.sheets == [SheetInfo("客户", 3), SheetInfo("Other", 1)]
    rows = source.rows()
    assert rows[0] == ["名称", "电话", "首次合作", "数量"]
    assert rows[1][0] == "张三贸易" and rows[1][1] == "13800138000"
    assert rows[1][2] in (dt.date(2024, 1, 5), dt.datetime(2024, 1, 5))
    assert rows[1][3] == 3
    # leading empty rows kept so that index + 1 is the row the user sees
    assert source.rows("Other") == [[None, None], [None, None], [None, "x"]]
    with pytest.raises(ImportFileError, match="no sheet named Nope"):
        source.rows("Nope")


def test_formula_cells_give_cached_values(tmp_path):
    # openpyxl writes no cached values; write the sheet XML as Excel does
    path = tmp_path / "f.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    book.save(path)
    parts = _zip_parts(path)
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>",
        b'<row r="2"><c r="A2"><f>1+2</f><v>3</v></c><c r="B2" t="str"><f>"x"&amp;"y"</f>'
        b"<v>xy</v></c></row></sheetData>",
    )
    _write_zip(path, parts)
    assert open_source(path).rows() == [["a", "b"], [3, "xy"]]


def _zip_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_zip(path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_text_named_xlsx_is_read_as_text(tmp_path):
    path = tmp_path / "really.xlsx"
    path.write_text("名称,电话\n张三,13800138000\n", encoding="utf-8")
    source = open_source(path)
    assert source.kind == "csv"
    assert source.rows() == [["名称", "电话"], ["张三", "13800138000"]]


def test_biff8_xls_through_calamine(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户")
    for c, value in enumerate(["名称", "电话", "金额"]):
        sheet.write(0, c, value)
    sheet.write(1, 0, "上海某某有限公司")
    sheet.write(1, 1, "021-12345678")
    sheet.write(1, 2, 12.5)
    sheet.write(2, 0, "日期")
    sheet.write(2, 1, dt.datetime(2024, 3, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    book.add_sheet("Empty")
    path = tmp_path / "old.xls"
    book.save(str(path))
    source = open_source(path)
    assert source.kind == "xls"
    assert source.sheets == [SheetInfo("客户", 3)]
    rows = source.rows()
    assert rows[0] == ["名称", "电话", "金额"]
    assert rows[1] == ["上海某某有限公司", "021-12345678", 12.5]
    assert rows[2][1] in (dt.date(2024, 3, 1), dt.datetime(2024, 3, 1))


def test_excel95_gbk_through_xlrd(tmp_path):
    path = write_biff5(
        tmp_path / "excel95.xls",
        {
            "客户": [["名称", "电话", "生日"], ["张三公司", 13800138000, dt.date(1980, 3, 21)]],
            "空": [],
        },
    )
    source = open_source(path)
    assert source.kind == "xls"
    assert source.sheets == [SheetInfo("客户", 2)]
    assert source.rows() == [
        ["名称", "电话", "生日"],
        ["张三公司", 13800138000.0, dt.date(1980, 3, 21)],
    ]


def test_calamine_gets_excel95_code_page_wrong(tmp_path):
    """Why BIFF5 goes through xlrd; if this fails, calamine learnt code pages."""
    import python_calamine

    path = write_biff5(tmp_path / "excel95.xls", {"S": [["张三"]]})
    cell = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    assert cell.to_python()[0][0] != "张三"
