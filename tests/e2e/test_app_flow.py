"""The whole app, driven as a shop owner would: keyboard and mouse, then the book afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.app import make_app, start_window
from models.core.book import Book
from models.customers import queries
from tests.qt_helpers import type_text


def _open(qtbot, path, lang="zh_CN"):
    app, _ = make_app(lang)
    book = Book.open(path)
    window = start_window(book)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.housekeeping.started)  # its start-up work done
    return app, book, window


def _fill_new_customer_dialog(qtbot, values: dict, done: list) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None, "Ctrl+N opened no dialog"
    for key, text in values.items():
        edit = dialog.findChild(QLineEdit, key)
        type_text(qtbot, edit, text)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done.append(dialog.result())


def test_owner_creates_finds_logs_undoes_and_reopens(qtbot, tmp_path):
    path = tmp_path / "shop.sqlite"
    app, book, window = _open(qtbot, path)
    page = window.customers

    # Create a customer with Ctrl+N, typing into the form.
    done: list = []
    QTimer.singleShot(50, lambda: _fill_new_customer_dialog(
        qtbot, {"name": "张三丰五金店", "contact": "张三丰", "mobile": "139 5712 3456",
                "phone": "0571-88886666"}, done))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done, "the dialog was not filled"
    assert queries.count_customers(book) == 1

    # Another customer, so that search has something to leave out.
    from models.customers import operations

    operations.add_customer(book, data={"name": "李四建材", "mobile": "13800001111"})

    # Find by pinyin initials, then by the last four digits of the phone.
    window.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zsf")
    assert page.model.rowCount() == 1
    name_col = [k for k, _ in page.model.columns].index("name")
    assert page.model.data(page.model.index(0, name_col)) == "张三丰五金店"
    page.search.clear()
    qtbot.keyClicks(page.search, "3456")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, name_col)) == "张三丰五金店"

    # The detail panel shows it; log a call from the quick bar.
    detail = page.detail
    page.flush_detail()
    assert detail.customer_id == page.model.customer_id(0)
    type_text(qtbot, detail.log_edit, "电话沟通，客户要两箱膨胀螺丝")
    qtbot.mouseClick(detail.log_button, Qt.MouseButton.LeftButton)
    cid = detail.customer_id
    assert [i["text"] for i in queries.interactions(book, cid)] == ["电话沟通，客户要两箱膨胀螺丝"]
    assert detail.timeline_texts()[0] == "电话沟通，客户要两箱膨胀螺丝"

    # Undo the call with Ctrl+Z (focus on the table, not in a text box).
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.interactions(book, cid) == []
    assert detail.timeline_texts() == []
    # ... and redo it, then log another one that stays.
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(queries.interactions(book, cid)) == 1

    # Switch the language to English: the menus speak English.
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    from views.settings import app_settings

    app_settings().setValue("language", "en")
    window.ctx.language_changed.emit()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.customers.model.headerData(0, Qt.Orientation.Horizontal) == "Customer"

    # Close and reopen the book: everything is still there.
    window.close()
    book.close()
    app2, book2, window2 = _open(qtbot, path, "en")
    try:
        assert queries.count_customers(book2) == 2
        assert len(queries.interactions(book2, cid)) == 1
        qtbot.keyClicks(window2.customers.search, "zhangsanfeng")
        assert window2.customers.model.rowCount() == 1
        # Undo still works after the restart.
        window2.customers.table.setFocus()
        qtbot.keyClick(window2, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert queries.interactions(book2, cid) == []
    finally:
        window2.close()
        book2.close()


def test_delete_goes_to_trash_and_restores(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from models.customers import operations

    app, book, window = _open(qtbot, tmp_path / "b.sqlite", "en")
    try:
        operations.add_customer(book, data={"name": "王五汽配"})
        page = window.customers
        page.table.selectRow(0)
        page.table.setFocus()
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        assert queries.count_customers(book) == 0
        assert page.model.rowCount() == 0
        trash = window.trash
        assert trash.model.rowCount() == 1
        window.show_page(trash)
        trash.table.selectRow(0)
        qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
        assert queries.count_customers(book) == 1
        assert trash.model.rowCount() == 0
        assert page.model.rowCount() == 1
    finally:
        window.close()
        book.close()


def test_customer_name_shows_as_typed(qtbot, tmp_path):
    from models.customers import operations

    app, book, window = _open(qtbot, tmp_path / "b.sqlite", "en")
    try:
        operations.add_customer(book, data={"name": "<b>x</b>"})
        name_col = [k for k, _ in window.customers.model.columns].index("name")
        assert window.customers.model.data(window.customers.model.index(0, name_col)) == "<b>x</b>"
    finally:
        window.close()
        book.close()


def test_editing_keeps_the_customer_selected_in_a_long_list(qtbot, tmp_path):
    """Only the first page of a long list is fetched at first; an edit reloads the list and
    the customer being worked on stays selected and shown."""
    from models.customers import operations

    app, book, window = _open(qtbot, tmp_path / "b.sqlite", "en")
    try:
        for i in range(120):
            operations.add_customer(book, data={"name": f"客户{i:03d}"})
        page = window.customers
        page.model.reload()
        assert len(page.model._ids) == page.model.PAGE < page.model.rowCount() == 120
        target = queries.customer_ids(book, queries.CustomerFilter())[110]
        page.select_customer(target)
        operations.update_customer(book, customer_id=target, data={"city": "宁波"})
        assert page.current_id() == target
        page.flush_detail()
        assert page.detail.customer_id == target
    finally:
        window.close()
        book.close()


def test_the_window_comes_back_as_it_was_left(qtbot, tmp_path):
    """Closing remembers the window's size for the next start; closing it again as it came
    back does not write the settings file again."""
    from pathlib import Path

    from views.settings import app_settings

    app, book, window = _open(qtbot, tmp_path / "b.sqlite", "en")
    try:
        window.resize(700, 500)
        size = (window.width(), window.height())
        assert size != (1280, 800)  # not the size it opens at the first time
        window.close()
        settings_file = Path(app_settings().fileName())
        written = settings_file.stat().st_mtime_ns
        again = start_window(book)  # the next start
        qtbot.addWidget(again)
        again.customers._layout_timer.stop()  # (the columns' widths, saved on their own)
        qtbot.waitUntil(lambda: again.housekeeping.started)
        assert (again.width(), again.height()) == size
        again.close()
        assert settings_file.stat().st_mtime_ns == written
    finally:
        book.close()
