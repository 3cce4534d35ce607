"""The main window's reports parts: the Reports page built when first shown, the grades applied
once a month after start-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.app import make_app, start_window
from models.core import clock
from models.core.book import Book
from models.customers import operations
from models.reports import grading

T0 = dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_reports_page_and_the_monthly_grading(qtbot, tmp_path, monkeypatch):
    import desktop.housekeeping

    monkeypatch.setattr(desktop.housekeeping, "GRADE_AT_ONCE", 0)  # as a large book: the runner
    now = {"t": T0}
    clock.set_clock(lambda: now["t"])
    make_app("en")
    book = Book.open(tmp_path / "b.sqlite")
    cid = operations.add_customer(book, data={"name": "Shunfa Hardware", "grade": "A"})
    now["t"] = T0 - dt.timedelta(days=20)
    operations.log_interaction(book, customer_id=cid, kind="call", text="price list sent")
    now["t"] = T0
    window = start_window(book)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: book.setting(grading.LAST_APPLIED_SETTING) == "2026-03")
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        # after start-up the rules graded the book for March: no deals won -> C
        assert book.setting(grading.LAST_APPLIED_SETTING) == "2026-03"
        assert book.one("SELECT grade FROM customers WHERE id = ?", (cid,))[0] == "C"
        assert window.undo_action.text() == "&Undo automatic grading 2026-03"
        assert "1 customers changed grade" in window.statusBar().currentMessage()
        assert not window.reports.built
        with qtbot.waitSignal(window.reports.rendered, timeout=20000):
            window.show_page(window.reports)
        assert window.reports.built and window.reports.month == "2026-02"
        assert len(window.reports.canvases) >= 8
        window.housekeeping.apply_grades_if_due()  # not again in the same month
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        assert window.undo_action.text() == "&Undo automatic grading 2026-03"
        assert book.scalar("SELECT count(*) FROM grade_changes") == 1
    finally:
        window.close()
        book.close()


def test_ctrl_comma_opens_settings_on_every_page(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from views.settings_dialog import SettingsDialog

    opened: list[SettingsDialog] = []
    # the dialog is made as Ctrl+, makes it, but not run: a modal loop would block the test
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    make_app("en")
    book = Book.open(tmp_path / "b.sqlite")
    window = start_window(book)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.housekeeping.started and not window.ctx.runner.busy)
        with qtbot.waitSignal(window.reports.rendered, timeout=20000):
            window.show_page(window.reports)
        targets = [window.reports.canvases[0], window.reports.findChild(QWidget, "report_month"),
                   window.reports.findChild(QWidget, "report_pdf")]
        for page in (window.customers, window.pipeline):
            window.show_page(page)
            targets.append(QApplication.focusWidget() or page)
        window.show_page(window.reports)
        qtbot.waitUntil(window.isActiveWindow)
        for widget in targets:
            widget.setFocus()
            opened.clear()
            qtbot.keyClick(widget, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
            assert len(opened) == 1, widget
            opened[0].deleteLater()
    finally:
        window.close()
        book.close()
