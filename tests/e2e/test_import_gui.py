"""Importing through the whole app: a spreadsheet dropped on the main window, the wizard walked
page by page, the book checked, the import undone from the wizard and from the history.

Every page is photographed in Chinese and in English (/tmp/kb/shots) to be looked at."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from desktop.app import make_app, start_window
from models.core.book import Book
from models.customers import operations, queries
from models.imports import import_history
from tests.qt_helpers import screenshots_dir
from tests.unit.views.test_import_wizard import write_workbook

SHOTS = screenshots_dir()


def shot(widget, name: str) -> None:
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _open(qtbot, path, lang):
    make_app(lang)
    book = Book.open(path)
    operations.add_customer(book, data={"name": "老客户", "mobile": "13700003333"})
    window = start_window(book)
    qtbot.addWidget(window)
    # what runs once the window is ready (the month's grading writes) is done before the test
    qtbot.waitUntil(lambda: window.housekeeping.started)
    return book, window


def drop_file(qtbot, window, path: Path):
    """A file dragged from the file manager and let go over the customer list."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = window.customers.table.geometry().center()
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_wizard is not None and window.import_wizard.isVisible(),
                    timeout=5000)
    return window.import_wizard


def idle(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15000)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_drop_a_spreadsheet_import_it_and_undo_it_twice(qtbot, tmp_path, monkeypatch, lang):
    book, window = _open(qtbot, tmp_path / "shop.sqlite", lang)
    zh = lang == "zh_CN"
    path = write_workbook(tmp_path / "客户名单.xlsx", sheets={
        "供应商": [["名称", "电话"], ["甲公司", "0571-88886666"]]})
    wizard = drop_file(qtbot, window, path)
    idle(qtbot, wizard)
    assert wizard.windowTitle() == ("导入客户" if zh else "Import customers")

    # Two sheets: the wizard asks which; the first, with the customers, is chosen.
    assert wizard.currentId() == wizard.FILE
    sheets = wizard.file_page.sheets
    assert sheets.count() == 2
    assert sheets.item(0).text() == ("客户 — 8 行" if zh else "客户 — 8 rows")
    shot(wizard, f"wizard_1_file_{lang}")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    page = wizard.mapping_page
    assert wizard.currentId() == wizard.MAPPING
    assert page.header_spin.value() == 2
    combo = page.combos[2]
    assert combo.currentText() == ("手机" if zh else "Mobile")
    assert page.combos[0].currentText() == ("客户名称" if zh else "Customer name")
    assert page.preview_text(0, "mobile") == "13957123456"
    shot(wizard, f"wizard_2_mapping_{lang}")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    decision = wizard.decision_page
    idle(qtbot, wizard)
    counts = {k: decision.count_text(k) for k in decision.count_labels}
    assert counts == {"rows": "6", "created": "3", "updated": "0", "duplicates": "1",
                      "in_file_duplicates": "1", "held": "0", "errors": "1", "review": "0",
                      "warnings": "0"}
    why = decision.problems.item(0, 2).text()
    if zh:
        assert "名称" in why, why  # the reason in the user's language
    else:
        assert why == "The row has no customer name."
    shot(wizard, f"wizard_3_decision_{lang}")

    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=15000)
    idle(qtbot, wizard)
    shot(wizard, f"wizard_5_done_{lang}")
    assert queries.count_customers(book) == 4
    mobiles = {r["name"]: r["mobile"] for r in book.all("SELECT name, mobile FROM customers")}
    assert mobiles == {"老客户": "13700003333", "张三丰五金店": "13957123456",
                       "李四建材": "13800001111", "王五装饰": "13600002222"}
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 4, timeout=5000)

    # Undo from the done page.
    click(qtbot, wizard.done_page.undo_button)
    idle(qtbot, wizard)
    shot(wizard, f"wizard_5_undone_{lang}")
    assert queries.count_customers(book) == 1
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.import_wizard is None, timeout=5000)

    # Import again (the mapping is remembered), then undo it from File > Import history.
    wizard = drop_file(qtbot, window, path)
    idle(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.mapping.columns[:3] == ["name", "contact", "mobile"]
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    idle(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=15000)
    idle(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert queries.count_customers(book) == 4

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: dict = {}

    def in_history():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "import_history":
            QTimer.singleShot(20, in_history)
            return
        if "rows" not in seen:
            seen["rows"] = dialog.table.rowCount()
            seen["states"] = [dialog.table.item(r, 8).text() for r in range(seen["rows"])]
            shot(dialog, f"history_{lang}")
            click(qtbot, dialog.undo_button)
        if dialog.busy:
            QTimer.singleShot(20, in_history)
            return
        seen["after"] = dialog.table.item(0, 8).text()
        seen["note"] = dialog.note.text()
        shot(dialog, f"history_undone_{lang}")
        dialog.reject()

    QTimer.singleShot(0, in_history)
    window.findChild(type(window.undo_action), "import_history").trigger()
    assert seen["rows"] == 2
    assert seen["states"][0] == ("已导入" if zh else "Imported")
    assert seen["after"].startswith("已撤销" if zh else "Undone")
    assert queries.count_customers(book) == 1
    assert all(i["undone_at"] for i in import_history(book))
    window.close()  # before the book: a repaint reads the book
    book.close()


def test_a_corrupt_file_shows_a_message_and_leaves_the_book_alone(qtbot, tmp_path):
    book, window = _open(qtbot, tmp_path / "shop.sqlite", "zh_CN")
    before = book.all("SELECT id, name, updated_at FROM customers")
    bad = tmp_path / "报表.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    wizard = drop_file(qtbot, window, bad)
    idle(qtbot, wizard)
    page = wizard.file_page
    assert wizard.currentId() == wizard.FILE
    assert page.error.isVisible()
    text = page.error.text()
    assert "报表.xlsx" in text and any("\u4e00" <= ch <= "\u9fff" for ch in text.replace(
        "报表", "")), text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "wizard_1_bad_file_zh_CN")
    wizard.reject()
    assert [tuple(r) for r in book.all("SELECT id, name, updated_at FROM customers")] == \
        [tuple(r) for r in before]
    assert import_history(book) == []
    window.close()
    book.close()


def test_ctrl_i_opens_the_wizard_at_the_file_page(qtbot, tmp_path):
    book, window = _open(qtbot, tmp_path / "shop.sqlite", "en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=5000)
    wizard = window.import_wizard
    assert wizard.currentId() == wizard.FILE
    assert wizard.file_page.path_edit.text() == ""
    wizard.reject()
    window.close()
    book.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_held_rows_and_warnings_in_the_preview(qtbot, tmp_path, lang):
    """A row that may be a customer already is held until answered; an odd value is a
    warning, kept in the notes. Photographed at 1366x768 (/tmp/kehu-import-held-<lang>.png)."""
    book, window = _open(qtbot, tmp_path / "shop.sqlite", lang)
    zh = lang == "zh_CN"
    path = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    for row in [
        ["客户名称", "联系人", "手机", "电话", "邮箱"],
        ["温州阀门厂", "陈工", "13700003333", "", ""],  # 老客户's mobile, another name: held
        ["杭州鑫达建材", "张三", "13800138000", "999", ""],  # a short number: a warning
        ["宁波汽配城", "李四", "13900139000", "021-58355611/2/3", "li@x,net"],
        ["合计", "", "", "", ""],
    ]:
        wb.active.append(row)
    wb.save(path)
    wizard = drop_file(qtbot, window, path)
    idle(qtbot, wizard)
    wizard.resize(1366, 768)
    assert wizard.currentId() == wizard.MAPPING  # one sheet: straight to the columns
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    decision = wizard.decision_page
    idle(qtbot, wizard)
    counts = {k: decision.count_text(k) for k in ("created", "held", "warnings", "errors")}
    assert counts == {"created": "2", "held": "1", "warnings": "2", "errors": "0"}
    box = decision.held_boxes[2]
    assert box.currentData() == "hold"
    assert decision.problems.item(0, 2).text() == (
        "13700003333 也是 老客户 的号码，名称不同：是同一个客户吗？" if zh else
        "13700003333 is also of 老客户, a different name: the same customer?")
    warning = decision.problems.item(1, 2).text()
    assert ("已按原样保留在备注里：电话: 999" if zh else "Kept as typed in the notes: 电话: 999") \
        in warning
    wizard.grab().save(f"/tmp/kehu-import-held-{lang}.png")
    shot(wizard, f"wizard_held_{lang}")
    box.setCurrentIndex(box.findData("new"))
    assert decision.count_text("created") == "3" and decision.count_text("held") == "0"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=15000)
    names = {c["name"]: c for c in book.all("SELECT name, phone, notes FROM customers")}
    assert set(names) == {"老客户", "温州阀门厂", "杭州鑫达建材", "宁波汽配城"}
    assert names["杭州鑫达建材"]["notes"] == "电话: 999"
    assert names["宁波汽配城"]["phone"] == "021-58355611; 021-58355612; 021-58355613"
    wizard.close()
    window.close()
    book.close()
