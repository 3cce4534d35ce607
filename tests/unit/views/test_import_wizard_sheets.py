"""The import wizard with a workbook of several sheets, driven as a person would: tick the
sheets that hold customers, see which ones do not fit, import them as one import, undo it."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from desktop.runner import Runner
from models.customers import operations, queries
from models.imports import import_history
from views.context import AppContext
from views.import_wizard import ImportWizard

HEADER = ["客户名称", "联系人", "手机"]


def write_workbook(path):
    """Customers of three shops on three sheets (the same columns), a sheet of suppliers with
    other columns, and an empty sheet."""
    wb = openpyxl.Workbook()
    sheets = {
        "杭州": [HEADER, ["杭州五金店", "张三", 13957100001], ["杭州建材", "李四", 13957100002],
                 [None, None, 13957100009]],  # no name: cannot be imported
        "宁波": [HEADER, ["宁波汽配", "王五", 13957100003], ["宁波水暖", "赵六", 13957100004],
                 ["宁波灯具", "钱七", 13957100005], ["宁波阀门", "孙八", 13957100006]],
        "空白": [],
        "温州": [HEADER, ["杭州五金店", "张三", 13957100001]],  # the same as a row of 杭州
        "供应商": [["供应商", "电话", "账期"], ["甲公司", "0571-88886666", "30天"]],
    }
    for n, (name, rows) in enumerate(sheets.items()):
        ws = wb.active if n == 0 else wb.create_sheet(name)
        ws.title = name
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def ctx(book, qtbot):
    context = AppContext(book)
    context.runner = Runner(context)
    yield context
    context.runner.cancel()
    context.runner.wait(5000)


def idle(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def row_of(sheets, name):
    return next(i for i in range(sheets.count()) if sheets.item(i).text().startswith(name))


def tick(qtbot, sheets, name):
    """Make the sheet current with the mouse, then tick or untick it with Space."""
    rect = sheets.visualItemRect(sheets.item(row_of(sheets, name)))
    qtbot.mouseClick(sheets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(sheets, Qt.Key.Key_Space)


def open_wizard(qtbot, ctx, path):
    wizard = ImportWizard(ctx, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    idle(qtbot, wizard)
    return wizard


def test_sheets_listed_with_counts_the_largest_ticked_empty_not_pickable(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "分店.xlsx"))
    page = wizard.file_page
    assert wizard.currentId() == wizard.FILE
    texts = [page.sheets.item(i).text() for i in range(page.sheets.count())]
    assert texts == ["杭州 — 4 rows", "宁波 — 5 rows", "温州 — 2 rows", "供应商 — 2 rows",
                     "空白 — empty"]
    assert page.ticked() == ["宁波"]  # the sheet with the most rows
    assert wizard.sheet == "宁波"
    empty = page.sheets.item(4)
    assert not empty.flags() & (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    tick(qtbot, page.sheets, "空白")  # a click and Space on it change nothing
    assert page.ticked() == ["宁波"]
    assert empty.checkState() == Qt.CheckState.Unchecked
    assert next_button(wizard).isEnabled()


def test_a_cover_page_and_a_hidden_sheet_are_listed_but_not_ticked(qtbot, ctx, tmp_path):
    """The list is ticked first, not the sheet with the most rows when that one is a hidden
    sheet of drop-down choices, nor a cover page in front of the list."""
    path = tmp_path / "客户资料.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "封面"
    wb.active["B3"], wb.active["B5"] = "杭州明远贸易有限公司", "客户资料汇总"
    choices = wb.create_sheet("下拉选项")
    choices.sheet_state = "hidden"
    for n in range(40):
        choices.append([f"选项{n}"])
    people = wb.create_sheet("客户")
    for row in (HEADER, ["杭州五金店", "张三", 13957100001], ["杭州建材", "李四", 13957100002]):
        people.append(row)
    wb.save(path)
    wizard = open_wizard(qtbot, ctx, path)
    page = wizard.file_page
    texts = [page.sheets.item(i).text() for i in range(page.sheets.count())]
    assert texts == ["封面 — 2 rows", "下拉选项 — 40 rows, hidden in the workbook",
                     "客户 — 3 rows"]
    assert page.ticked() == ["客户"] and wizard.sheet == "客户"


def test_a_sheet_with_other_columns_is_named_and_holds_next(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "分店.xlsx"))
    page = wizard.file_page
    tick(qtbot, page.sheets, "供应商")
    idle(qtbot, wizard)
    assert page.ticked() == ["宁波", "供应商"]
    assert page.sheet_problem.isVisible()
    assert "供应商" in page.sheet_problem.text() and "宁波" in page.sheet_problem.text()
    supplier = page.sheets.item(row_of(page.sheets, "供应商"))
    assert supplier.foreground().color().name() == "#c62828"
    assert page.sheets.item(row_of(page.sheets, "宁波")).foreground().style() == Qt.BrushStyle.NoBrush
    assert not next_button(wizard).isEnabled()
    tick(qtbot, page.sheets, "供应商")
    assert not page.sheet_problem.isVisible()
    assert supplier.foreground().style() == Qt.BrushStyle.NoBrush
    assert next_button(wizard).isEnabled()
    tick(qtbot, page.sheets, "宁波")  # nothing ticked: nothing to import
    assert page.ticked() == []
    assert page.sheet_problem.isVisible()
    assert not next_button(wizard).isEnabled()


def test_three_sheets_import_as_one_import_and_one_undo_takes_them_back(
        qtbot, ctx, tmp_path, monkeypatch):
    operations.add_customer(ctx.book, data={"name": "宁波汽配", "mobile": "13957100003"})
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "分店.xlsx"))
    page = wizard.file_page
    tick(qtbot, page.sheets, "温州")
    tick(qtbot, page.sheets, "杭州")  # the first ticked in the file's order gives the columns
    idle(qtbot, wizard)
    assert page.ticked() == ["杭州", "宁波", "温州"]
    assert wizard.sheet == "杭州"
    assert not page.sheet_problem.isVisible()
    click(qtbot, next_button(wizard))

    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == ["name", "contact", "mobile"]
    preview = mapping.preview
    assert preview.horizontalHeaderItem(0).text() == "Sheet"
    assert [preview.item(r, 0).text() for r in range(preview.rowCount())] == [
        "杭州", "杭州", "杭州", "宁波", "宁波", "宁波", "宁波", "温州"]
    assert [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())] == [
        "2", "3", "4", "2", "3", "4", "5", "2"]
    assert mapping.preview_text(3, "name") == "宁波汽配"
    click(qtbot, next_button(wizard))
    idle(qtbot, wizard)

    decision = wizard.decision_page
    counts = {k: decision.count_text(k) for k in ("rows", "created", "duplicates",
                                                  "in_file_duplicates", "errors")}
    assert counts == {"rows": "8", "created": "5", "duplicates": "1", "in_file_duplicates": "1",
                      "errors": "1"}
    table = decision.problems
    assert not table.isColumnHidden(4)
    assert table.horizontalHeader().visualIndex(4) == 0  # the sheet is the first column seen
    assert table.horizontalHeaderItem(4).text() == "Sheet"
    assert (table.item(0, 4).text(), table.item(0, 0).text()) == ("杭州", "4")

    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, decision.save_button)
    idle(qtbot, wizard)
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[0][:4] == ("Sheet", "客户名称", "联系人", "手机")
    assert rows[1][:4] == ("杭州", None, None, 13957100009)

    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=15000)
    idle(qtbot, wizard)
    summary = wizard.done_page.summary.text()
    assert "Imported 5 new customers." in summary
    assert "From sheet 杭州: 3 rows, 2 new customers" in summary
    assert "From sheet 宁波: 4 rows, 3 new customers" in summary
    assert "From sheet 温州: 1 rows, 0 new customers" in summary
    assert queries.count_customers(ctx.book) == 6
    history = import_history(ctx.book)
    assert len(history) == 1  # one import, one batch
    assert history[0]["sheet"] == "杭州, 宁波, 温州"
    assert history[0]["created"] == 5

    click(qtbot, wizard.done_page.undo_button)
    idle(qtbot, wizard)
    assert wizard.undo_result.removed == 5
    assert queries.count_customers(ctx.book) == 1  # the customer from before stays


def test_the_first_sheets_header_changed_names_the_sheets_that_no_longer_fit(
        qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "分店.xlsx"))
    tick(qtbot, wizard.file_page.sheets, "杭州")
    idle(qtbot, wizard)
    click(qtbot, next_button(wizard))
    page = wizard.mapping_page
    assert next_button(wizard).isEnabled()
    page.header_spin.setFocus()
    qtbot.keyClick(page.header_spin, Qt.Key.Key_Down)  # no header row: columns A, B, C
    assert "宁波" in page.hint.text()
    assert not next_button(wizard).isEnabled()
    qtbot.keyClick(page.header_spin, Qt.Key.Key_Up)
    assert page.hint.text() == ""
    assert next_button(wizard).isEnabled()


def test_orders_are_read_one_sheet_at_a_time(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "分店.xlsx"))
    page = wizard.file_page
    tick(qtbot, page.sheets, "杭州")
    idle(qtbot, wizard)
    assert page.ticked() == ["杭州", "宁波"]
    orders = page.kind_buttons["orders"]  # clicked on its round indicator
    qtbot.mouseClick(orders, Qt.MouseButton.LeftButton, pos=QPoint(6, orders.height() // 2))
    assert wizard.records == "orders"
    assert page.ticked() == ["杭州"]
    assert "one sheet at a time" in page.sheet_label.text()
    tick(qtbot, page.sheets, "温州")  # ticking another unticks the one before
    idle(qtbot, wizard)
    assert page.ticked() == ["温州"]
    assert wizard.sheet == "温州"

