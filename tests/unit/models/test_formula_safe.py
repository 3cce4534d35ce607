"""Every spreadsheet Kehu writes is formula-safe: the customer export (.csv and .xlsx), the
report's .xlsx and the rejected rows of an import. No text becomes a live formula."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from models.core import clock, sheets
from models.customers import operations
from models.customers.export import export_customers
from tests.book_helpers import raw_write

EVIL = ['=HYPERLINK("http://evil","点我")', "=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)"]


def formulas(path) -> list:
    wb = openpyxl.load_workbook(path)  # not read-only: a formula shows as data_type "f"
    try:
        return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    finally:
        wb.close()


def texts(path) -> set:
    wb = openpyxl.load_workbook(path)
    try:
        return {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    finally:
        wb.close()


@pytest.mark.parametrize("text", EVIL)
def test_csv_cells_are_guarded_and_read_back_as_typed(text):
    written = sheets.csv_text(text)
    assert written.startswith("'")
    assert sheets.unguard_csv(written) == text
    assert sheets.unguard_csv(sheets.csv_text("'" + text)) == "'" + text
    assert sheets.csv_text("张三") == "张三" and sheets.unguard_csv("'abc") == "'abc"


def test_the_customer_export_writes_no_formula(book, tmp_path):
    for text in EVIL:
        operations.add_customer(book, data={"name": text, "notes": text})
    operations.add_custom_field(book, label="=1+1", kind="text")
    export_customers(book, tmp_path / "c.xlsx")
    assert formulas(tmp_path / "c.xlsx") == []
    assert set(EVIL) <= texts(tmp_path / "c.xlsx")
    export_customers(book, tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_the_reports_xlsx_writes_no_formula(tmp_path):
    from models.core.book import Book
    from models.demo import write_demo
    from models.reports import monthly
    from views import report_charts

    path = write_demo(tmp_path / "demo.sqlite", customers=40)
    with Book.open(path) as book:
        for n, text in enumerate(EVIL):
            raw_write(book, "UPDATE customers SET name = ? WHERE rid = ?", (text, n + 1))
        raw_write(book, "UPDATE users SET name = '=cmd|'' /C calc''!A0' WHERE role = 'sales'")
        month = clock.today().strftime("%Y-%m")
        out = tmp_path / "report.xlsx"
        pack = monthly.pack(book, month, None)
        report_charts.write_xlsx(pack, out, lambda context, text: text)
    assert formulas(out) == []
    assert texts(out) & (set(EVIL) | {"=cmd|' /C calc'!A0"})  # the names are there, as text


def test_the_rejected_rows_file_writes_no_formula(book, tmp_path):
    from importers import plan
    from importers.source import open_source

    source_file = tmp_path / "in.csv"
    source_file.write_text('名称,手机,"=HYPERLINK(""http://evil"",""点我"")"\n'
                           ',13800138000,=cmd|\' /C calc\'!A0\n', encoding="utf-8")
    source = open_source(source_file)
    the_plan = plan.preview(book, source, plan.auto_mapping(book, source))
    assert the_plan.errors
    out = tmp_path / "rejected.xlsx"
    plan.save_rejected(the_plan, out)
    assert formulas(out) == []
    assert '=HYPERLINK("http://evil","点我")' in texts(out)
