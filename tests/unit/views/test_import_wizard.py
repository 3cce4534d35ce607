"""The import wizard, driven as a person would: choose a file, fix a column, read the counts,
import, undo; and the import history dialog."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from desktop.runner import Runner
from models.customers import operations, queries
from models.imports import import_history
from tests.qt_helpers import screenshots_dir
from views.context import AppContext
from views.import_history import ImportHistoryDialog
from views.import_wizard import ImportWizard

SHOTS = screenshots_dir()


def write_workbook(path, *, sheets=None):
    """A shop's customer list as people keep it: a title row above the header, Chinese headers,
    a phone stored as a number, a repeated customer, a row without a name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["2024年客户名单（内部）"])
    ws.append(["客户名称", "联系人", "手机", "地址", "客户等级", "介绍人"])
    ws.append(["张三丰五金店", "张三丰", 13957123456, "杭州市西湖区文三路1号", "A", "老李"])
    ws.append(["李四建材", "李四", "138-0000-1111", "杭州市滨江区", "b", ""])
    ws.append(["王五装饰", "王五", 13600002222, "", "C", "小王"])
    ws.append(["老客户", "赵六", 13700003333, "", "", ""])  # already in the book
    ws.append([None, None, 13900004444, "杭州市上城区", "", "老张"])  # no name at all
    ws.append(["李四建材", "李四", "13800001111", "", "", ""])  # the same as row 4
    for name, rows in (sheets or {}).items():
        extra = wb.create_sheet(name)
        for row in rows:
            extra.append(row)
    wb.save(path)
    return path


@pytest.fixture
def ctx(book, qtbot):
    context = AppContext(book)
    context.runner = Runner(context)
    operations.add_customer(book, data={"name": "老客户", "mobile": "13700003333"})
    yield context
    context.runner.cancel()
    context.runner.wait(5000)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_radio(qtbot, button):
    """On the round indicator: a radio button's wide row is clickable only over its text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def idle(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)


def open_wizard(qtbot, ctx, path=None):
    wizard = ImportWizard(ctx, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def choose_target(qtbot, combo, target):
    """Pick an entry of a column's combo with the keyboard, as a person does."""
    combo.setFocus()
    index = combo.findData(target)
    assert index >= 0, target
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_choose_file_map_preview_import_and_undo(qtbot, ctx, tmp_path, monkeypatch):
    path = write_workbook(tmp_path / "客户名单.xlsx")
    wizard = open_wizard(qtbot, ctx)
    assert wizard.currentId() == wizard.FILE
    assert not next_button(wizard).isEnabled()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, wizard.file_page.choose_button)
    idle(qtbot, wizard)
    assert wizard.file_page.path_edit.text() == str(path)
    assert "8 " in wizard.file_page.info.text()  # rows with something in them
    assert wizard.file_page.sheets.isHidden()  # one sheet: nothing to choose
    assert next_button(wizard).isEnabled()
    click(qtbot, next_button(wizard))

    # The mapping: the header is found below the title, each column guessed.
    page = wizard.mapping_page
    assert wizard.currentId() == wizard.MAPPING
    assert page.header_spin.value() == 2
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["客户名称", "联系人", "手机", "地址", "客户等级", "介绍人"]
    assert [c.currentData() for c in page.combos][:5] == ["name", "contact", "mobile", "address",
                                                           "grade"]
    assert "13957123456" in page.table.item(2, 1).text()  # a sample, as the file has it
    assert page.preview.rowCount() == 6
    assert page.preview_text(0, "mobile") == "13957123456"  # a number became digits
    assert page.preview_text(1, "grade") == "B"

    # The referrer column becomes a new custom field, picked from its combo.
    choose_target(qtbot, page.combos[5], "custom:介绍人")
    assert wizard.mapping.columns[5] == "custom:介绍人"
    assert page.preview_text(0, "custom:介绍人") == "老李"
    # Ignoring the name column leaves nothing to name customers after... except the contact.
    choose_target(qtbot, page.combos[1], "")
    assert page.isComplete()
    choose_target(qtbot, page.combos[0], "")
    assert not next_button(wizard).isEnabled()
    assert page.hint.text()
    choose_target(qtbot, page.combos[0], "name")
    choose_target(qtbot, page.combos[1], "contact")
    assert next_button(wizard).isEnabled()
    click(qtbot, next_button(wizard))

    # The decision: what the import would do.
    decision = wizard.decision_page
    idle(qtbot, wizard)
    assert decision.count_text("rows") == "6"
    assert decision.count_text("created") == "3"
    assert decision.count_text("duplicates") == "1"
    assert decision.count_text("in_file_duplicates") == "1"
    assert decision.count_text("errors") == "1"
    reasons = [decision.problems.item(r, 2).text() for r in range(decision.problems.rowCount())]
    assert any("名称" in r or "name" in r for r in reasons), reasons
    assert decision.problems.item(0, 0).text() == "7"  # the row number as Excel shows it
    assert queries.count_customers(ctx.book) == 1  # nothing written by the preview

    # Fill empty fields: the customer in the book gets updated instead of skipped.
    click_radio(qtbot, decision.mode_buttons["fill"])
    idle(qtbot, wizard)
    assert wizard.plan.mode == "fill"
    assert decision.count_text("created") == "3"

    click_radio(qtbot, decision.mode_buttons["skip"])
    idle(qtbot, wizard)
    import_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert import_button.isEnabled()
    click(qtbot, import_button)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10000)
    idle(qtbot, wizard)

    # The book has them, phones as digits, the referrer in its new field.
    assert queries.count_customers(ctx.book) == 4
    rows = {r["name"]: r for r in ctx.book.all("SELECT * FROM customers WHERE deleted_at IS NULL")}
    assert rows["张三丰五金店"]["mobile"] == "13957123456"
    assert rows["李四建材"]["mobile"] == "13800001111"
    assert rows["李四建材"]["grade"] == "B"
    assert [f["label"] for f in operations.custom_fields(ctx.book)] == ["介绍人"]
    summary = wizard.done_page.summary.text()
    assert "3" in summary

    # Undo from the done page: the book is as before.
    click(qtbot, wizard.done_page.undo_button)
    idle(qtbot, wizard)
    assert queries.count_customers(ctx.book) == 1
    assert not wizard.done_page.undo_button.isEnabled()
    assert "3" in wizard.done_page.undo_note.text()
    assert import_history(ctx.book)[0]["undone_at"]
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()


def tick(qtbot, sheets, row):
    """Make a sheet of the list current with the mouse, then tick or untick it with Space."""
    rect = sheets.visualItemRect(sheets.item(row))
    qtbot.mouseClick(sheets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(sheets, Qt.Key.Key_Space)


def test_sheets_with_counts_and_the_chosen_one_is_read(qtbot, ctx, tmp_path):
    path = write_workbook(tmp_path / "two.xlsx", sheets={
        "供应商": [["名称", "电话"], ["甲公司", "0571-88886666"], ["乙公司", "0571-88887777"]],
        "空白": [],
    })
    wizard = open_wizard(qtbot, ctx, path)
    idle(qtbot, wizard)
    page = wizard.file_page
    assert wizard.currentId() == wizard.FILE  # several sheets: stays to ask which one
    items = [page.sheets.item(i).text() for i in range(page.sheets.count())]
    assert len(items) == 3
    assert items[0].startswith("客户") and "8" in items[0]
    assert items[1].startswith("供应商") and "3" in items[1]
    assert items[2].startswith("空白")  # shown, greyed: it cannot be ticked
    assert not page.sheets.item(2).flags() & Qt.ItemFlag.ItemIsEnabled
    assert page.ticked() == ["客户"]  # the sheet with the most rows
    tick(qtbot, page.sheets, 1)
    tick(qtbot, page.sheets, 0)
    idle(qtbot, wizard)
    assert page.ticked() == ["供应商"]
    assert wizard.sheet == "供应商"
    click(qtbot, next_button(wizard))
    assert wizard.mapping_page.header_spin.value() == 1
    assert wizard.mapping_page.preview.rowCount() == 2


def test_header_row_can_be_changed_and_no_header(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "c.xlsx"))
    idle(qtbot, wizard)
    assert wizard.currentId() == wizard.MAPPING  # a dropped file with one sheet skips page 1
    page = wizard.mapping_page
    page.header_spin.setFocus()
    qtbot.keyClick(page.header_spin, Qt.Key.Key_Down)
    assert wizard.mapping.header == 0
    assert page.table.item(0, 0).text().startswith("2024年客户名单")
    qtbot.keyClick(page.header_spin, Qt.Key.Key_Down)
    assert wizard.mapping.header is None
    assert page.header_spin.text() == page.header_spin.specialValueText()
    assert page.preview.rowCount() == 8  # every row is data now
    assert page.table.item(0, 0).text().endswith("A")  # "列 A" / "Column A"


def test_a_damaged_file_says_so_and_the_wizard_stays_usable(qtbot, ctx, tmp_path, monkeypatch):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    wizard = open_wizard(qtbot, ctx, bad)
    idle(qtbot, wizard)
    page = wizard.file_page
    assert wizard.currentId() == wizard.FILE
    assert page.error.isVisible()
    assert "坏.xlsx" in page.error.text()
    assert not next_button(wizard).isEnabled()
    good = write_workbook(tmp_path / "good.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    click(qtbot, page.choose_button)
    idle(qtbot, wizard)
    assert not page.error.isVisible()
    assert next_button(wizard).isEnabled()
    assert queries.count_customers(ctx.book) == 1


def test_save_rejected_rows(qtbot, ctx, tmp_path, monkeypatch):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "c.xlsx"))
    idle(qtbot, wizard)
    click(qtbot, next_button(wizard))
    idle(qtbot, wizard)
    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, wizard.decision_page.save_button)
    idle(qtbot, wizard)
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[0][0] == "客户名称"
    assert rows[1][2] == 13900004444
    assert rows[1][-1]  # the reason


def test_history_lists_imports_and_undoes_one(qtbot, ctx, tmp_path, monkeypatch):
    wizard = open_wizard(qtbot, ctx, write_workbook(tmp_path / "c.xlsx"))
    idle(qtbot, wizard)
    click(qtbot, next_button(wizard))
    idle(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10000)
    idle(qtbot, wizard)
    wizard.accept()
    assert queries.count_customers(ctx.book) == 4

    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "c.xlsx [客户]"
    assert dialog.table.item(0, 4).text() == "3"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.undo_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert queries.count_customers(ctx.book) == 1
    assert not dialog.undo_button.isEnabled()
    assert dialog.table.item(0, 8).text() != dialog.tr("Imported")


def test_a_similar_name_answered_as_the_same_customer(qtbot, book, tmp_path):
    """A row whose name is like a customer in the book: ticking "same customer" counts it as
    that customer at once, the answer survives another duplicate mode, and the import skips it."""
    from desktop import i18n

    existing = operations.add_customer(book, data={"name": "杭州鑫达建材有限公司",
                                                   "mobile": "13800138000"})
    path = tmp_path / "新客户.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户名称", "联系人", "手机"])
    ws.append(["杭州鑫达建材公司", "陈经理", 13912345678])
    ws.append(["宁波海达五金商行", "林师傅", 13700001234])
    wb.save(path)

    context = AppContext(book)
    context.runner = Runner(context)
    app = QApplication.instance()
    font = QFont(app.font())
    i18n.install_translators(app, "zh_CN")
    i18n.register_font(app)  # for the picture: the Chinese as users see it
    try:
        wizard = open_wizard(qtbot, context, path)
        idle(qtbot, wizard)
        assert wizard.currentId() == wizard.MAPPING
        click(qtbot, next_button(wizard))
        idle(qtbot, wizard)
        decision = wizard.decision_page
        assert decision.count_text("created") == "2"
        assert decision.count_text("review") == "1"
        box = decision.same_boxes[2]  # row 2 of the sheet
        assert box.isVisible() and not box.isChecked()
        assert "杭州鑫达建材有限公司" in box.text()
        row = decision.problems.row(decision.problems.findItems("杭州鑫达建材公司",
                                                                Qt.MatchFlag.MatchExactly)[0])
        assert decision.problems.item(row, 0).text() == "2"
        click_radio(qtbot, box)  # on the box's indicator
        assert box.isChecked()
        assert decision.count_text("created") == "1"
        assert decision.count_text("duplicates") == "1"
        assert decision.count_text("review") == "0"
        assert "杭州鑫达建材有限公司" in decision.problems.item(row, 2).text()  # the new reason
        assert wizard.same_as == {2: existing}
        wizard.grab().save(f"{SHOTS}/wizard_3_review_zh_CN.png")

        # Unticked, it is a new customer again; ticked again for the rest.
        click_radio(qtbot, box)
        assert decision.count_text("created") == "2"
        assert decision.count_text("duplicates") == "0"
        click_radio(qtbot, decision.same_boxes[2])
        assert decision.count_text("created") == "1"

        # Another mode makes a new plan: the answer is given to it again.
        click_radio(qtbot, decision.mode_buttons["fill"])
        idle(qtbot, wizard)
        assert wizard.plan.mode == "fill"
        assert decision.same_boxes[2].isChecked()
        assert decision.count_text("created") == "1"
        assert decision.count_text("duplicates") == "1"
        click_radio(qtbot, decision.mode_buttons["skip"])
        idle(qtbot, wizard)
        assert wizard.plan.mode == "skip"
        assert decision.same_boxes[2].isChecked()
        assert decision.count_text("created") == "1"
        assert [r.action for r in wizard.plan.planned] == ["skip", "create"]

        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10000)
        idle(qtbot, wizard)
        assert queries.count_customers(book) == 2
        names = {r["name"] for r in book.all("SELECT name FROM customers WHERE deleted_at IS NULL")}
        assert names == {"杭州鑫达建材有限公司", "宁波海达五金商行"}
        kept = book.one("SELECT * FROM customers WHERE id = ?", (existing,))
        assert kept["mobile"] == "13800138000"
        assert not kept["contact"]  # skip mode: nothing of the file's row was written
    finally:
        i18n.remove_translators(app)
        app.setFont(font)
        context.runner.cancel()
        context.runner.wait(5000)
