"""Backups through the whole app: File > Back up now and Restore from backup in the main window;
at start the book's check (no writes before it passed) and the daily backup, again past
midnight; a book found damaged while open, and one that is damaged when it is opened."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

import desktop.app
from desktop.app import make_app, open_book_for_gui, start_window
from desktop.main_window import MainWindow
from models import backup
from models.core import schema
from models.core.book import Book
from models.core.errors import UserError
from models.customers import operations, queries
from tests.unit.views.test_backup_dialogs import (
    add_customers,
    all_bytes,
    click_restore,
    corrupt_table,
    select,
    when_modal,
)
from views.backup_dialogs import DamagedBookDialog, RestoreConfirmation
from views.settings_dialog import SettingsDialog

TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 3, 3, 9, 30, tzinfo=TZ)








def start(qtbot, book, lang="en"):
    make_app(lang)
    window = start_window(book)
    qtbot.addWidget(window)
    return window


def started(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.housekeeping.started, timeout=15000)


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_back_up_now_then_restore_from_the_file_menu(qtbot, tmp_path, now, told):
    book = Book.open(tmp_path / "shop.sqlite")
    operations.add_customer(book, data={"name": "顺发五金"})
    window = start(qtbot, book)
    try:
        started(qtbot, window)
        file_menu = window.menuBar().actions()[0].menu()
        names = [a.objectName() for a in file_menu.actions()]
        assert names.index("backup_now") < names.index("restore_backup") < names.index("quit")

        # File > Back up now
        action(window, "backup_now").trigger()
        qtbot.waitUntil(lambda: any(b.reason == "manual" for b in backup.list_backups(book.path)),
                        timeout=10000)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        (manual,) = [b for b in backup.list_backups(book.path) if b.reason == "manual"]
        assert window.statusBar().currentMessage() == f"Backed up to {manual.path}"
        undo_then = window.undo_action.text()

        # more work after the backup, undoable
        now["t"] += dt.timedelta(minutes=5)
        operations.add_customer(book, data={"name": "后来的客户"})
        assert window.customers.model.rowCount() == 2
        assert window.undo_action.text() == "&Undo new customer 后来的客户"

        # File > Restore from backup: the Backups tab of the settings
        def restore_there(dialog: SettingsDialog) -> None:
            assert dialog.tabs.currentWidget() is dialog.backup_tab
            select(dialog.backup_tab, manual.path)
            qtbot.mouseClick(dialog.backup_tab.restore_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

        confirm = when_modal(RestoreConfirmation, click_restore)
        settings = when_modal(SettingsDialog, restore_there)
        action(window, "restore_backup").trigger()
        assert settings, settings
        assert confirm, confirm

        # every page shows the restored book
        assert queries.count_customers(book) == 1
        assert window.customers.model.rowCount() == 1
        assert "1 customers" in window.book_label.text()
        assert told["information"] and "restored from the backup" in told["information"][0]
        assert any(b.reason == "restore" for b in backup.list_backups(book.path))
        window.show_page(window.pipeline)
        window.show_page(window.customers)

        # the undo history is the backup's: what came after is gone, not redoable
        assert window.undo_action.text() == undo_then
        assert not window.redo_action.isEnabled()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.customers.table.setFocus()
        if undo_then != "&Undo":
            qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert window.redo_action.isEnabled()
            qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
        assert [r["name"] for r in book.all("SELECT name FROM customers "
                                             "WHERE deleted_at IS NULL")] == ["顺发五金"]
        assert told["warning"] == []
    finally:
        window.close()
        book.close()


def test_no_write_before_the_check_then_the_daily_backup(qtbot, tmp_path, now, told):
    book = Book.open(tmp_path / "shop.sqlite")
    add_customers(book, 5)
    window = start(qtbot, book)
    try:
        # before the check has passed the book refuses writes, with a message
        assert window.ctx.run(window, operations.add_customer, data={"name": "太早"}) is None
        assert "still checking the book" in told["warning"][0]
        assert queries.count_customers(book) == 5
        assert not window.housekeeping.book_checked
        started(qtbot, window)
        assert window.housekeeping.book_checked and window.tray.started
        (daily,) = backup.list_backups(book.path)
        assert daily.reason == "daily" and daily.customers == 5
        assert not backup.daily_due(book.path)
        assert operations.add_customer(book, data={"name": "现在可以"})
        # left open past midnight: the hourly timer makes the next day's backup
        now["t"] = T0 + dt.timedelta(days=1) - dt.timedelta(hours=9)
        window.housekeeping.stall_timer.timeout.emit()
        qtbot.waitUntil(lambda: len(backup.list_backups(book.path)) == 2, timeout=10000)
        assert backup.list_backups(book.path)[0].customers == 6
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        window.housekeeping.stall_timer.timeout.emit()  # the same day: not again
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        assert len(backup.list_backups(book.path)) == 2
        assert len(told["warning"]) == 1
    finally:
        window.close()
        book.close()


def test_a_failing_daily_backup_is_shown_once_and_kehu_goes_on(qtbot, tmp_path, now, told):
    book = Book.open(tmp_path / "shop.sqlite")
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_folder(book.path, usb)
    usb.rmdir()
    usb.write_text("the disk is gone; a file took its name")  # so the folder cannot be made
    window = start(qtbot, book)
    try:
        started(qtbot, window)  # the start-up work went on
        assert window.tray.started
        assert window.backup_label.isVisible()
        assert window.backup_label.text() == "The daily backup failed"
        assert f"The backup could not be written to {usb}" in window.backup_label.toolTip()
        assert len(told["warning"]) == 1
        now["t"] += dt.timedelta(days=1)
        window.housekeeping.stall_timer.timeout.emit()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        assert len(told["warning"]) == 1  # the message once; the status bar each time
        assert window.statusBar().currentMessage().startswith("The daily backup failed: ")
        assert operations.add_customer(book, data={"name": "照常工作"})
        # the folder is back: the next backup works and the warning goes
        usb.unlink()
        usb.mkdir()
        now["t"] += dt.timedelta(days=1)
        window.housekeeping.stall_timer.timeout.emit()
        qtbot.waitUntil(lambda: len(backup.list_backups(book.path)) == 1, timeout=10000)
        qtbot.waitUntil(lambda: not window.backup_label.isVisible())
    finally:
        window.close()
        book.close()


def reopened_window(old) -> MainWindow:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget is not old and widget.isVisible():
            return widget
    raise AssertionError("no new main window")


def test_a_book_damaged_while_open_is_not_written_and_is_restored(qtbot, tmp_path, now, told):
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        add_customers(book, 250)
        good = backup.make_backup(path, reason="daily")
        add_customers(book, 50, prefix="后来")
    corrupt_table(path, "audit")  # a page no window reads at start: only the check finds it
    # The check names the damaged page, or SQLite stops it with "malformed": the rows' layout
    # (their timestamps) decides which, and either way the book is damaged.
    assert backup.book_problem(path)
    book = Book.open(path)  # opening does not check a book of the current version
    damaged = all_bytes(path)
    make_app("en")
    window = start_window(book)  # not qtbot's to close: it goes when the book is restored
    try:
        qtbot.waitUntil(lambda: window.damaged_dialog is not None
                        and window.damaged_dialog.isVisible(), timeout=15000)
        dialog = window.damaged_dialog
        assert dialog.isModal() and dialog.chosen.path == good.path
        assert "250 customers" in dialog.offer.text()
        assert not window.housekeeping.started and not window.tray.started
        assert not window.housekeeping.book_checked
        assert not window.housekeeping.stall_timer.isActive()
        assert not action(window, "backup_now").isEnabled()
        with pytest.raises(UserError, match="damaged; Kehu does not write to it"):
            operations.add_customer(book, data={"name": "写不进去"})
        assert all_bytes(path) == damaged
        assert [b.path for b in backup.list_backups(path)] == [good.path]  # no daily backup

        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        new = reopened_window(window)
        qtbot.addWidget(new)
        started(qtbot, new)
        assert book.conn is None  # the damaged book was closed first
        assert new.ctx.book is not book and new.ctx.book.path == path
        assert queries.count_customers(new.ctx.book) == 250
        assert new.customers.model.rowCount() == 250
        assert backup.book_problem(path) is None
        (aside,) = tmp_path.glob("shop.sqlite.damaged-*")
        assert all_bytes(aside) == damaged
        assert str(aside) in told["information"][0]
        new.close()
    finally:
        if isValid(window):
            window.close()
        book.close()
        while desktop.app._reopened:
            desktop.app._reopened.pop().close()


def test_a_damaged_page_that_the_window_reads_at_start(qtbot, tmp_path, now, told):
    """The customer list reads the damaged page before the check has run: the same dialog."""
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        add_customers(book, 250)
        good = backup.make_backup(path, reason="daily")
        add_customers(book, 50, prefix="后来")
    corrupt_table(path, "customers")
    book = Book.open(path)
    damaged = all_bytes(path)
    clicked = when_modal(DamagedBookDialog, lambda dialog: dialog.restore_button.click())
    make_app("en")
    try:
        window = start_window(book)
        qtbot.addWidget(window)
        assert clicked, clicked
        assert book.conn is None  # closed before the backup was put in place
        assert window.ctx.book is not book and window.ctx.book.path == path
        started(qtbot, window)
        assert queries.count_customers(window.ctx.book) == 250 == good.customers
        (aside,) = tmp_path.glob("shop.sqlite.damaged-*")
        assert all_bytes(aside) == damaged
        window.close()
    finally:
        book.close()
        while desktop.app._reopened:
            desktop.app._reopened.pop().close()


def damage_page_one(path: Path) -> None:
    """SQLite can no longer read the book's schema: Book.open fails (UNREADABLE)."""
    with path.open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff" * 32)


def as_older_kehu_left_it(path: Path, version: int) -> None:
    """The book without the tables and indexes later versions added, and that version's
    number: as an older Kehu left it (tests/data/books holds a book of each version)."""
    import sqlite3

    older = Path(__file__).parents[1] / "data" / "books" / f"schema-{version}.sqlite"
    with sqlite3.connect(f"{older.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as ref:
        objects = ref.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    kept = {name for _, name, _, _ in objects}
    conn = sqlite3.connect(path)
    # a rename below must not rewrite the other tables' references to it (users, which other
    # tables point to, is rebuilt when a later version added a column)
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        now = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        for kind, name, _, sql in objects:  # a table a later version rebuilt: as it was
            if kind != "table" or name.startswith("sqlite_") or now.get(name) in (None, sql):
                continue
            conn.execute(f'ALTER TABLE "{name}" RENAME TO "old_{name}"')
            conn.execute(sql)
            common = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')
                      if c[1] in {o[1] for o in conn.execute(f'PRAGMA table_info("old_{name}")')}]
            cols = ", ".join(f'"{c}"' for c in common)
            conn.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM "old_{name}"')
            conn.execute(f'DROP TABLE "old_{name}"')
            for k, _, table, index_sql in objects:
                if k in ("index", "trigger") and table == name and index_sql:
                    conn.execute(index_sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"))
        for kind, name in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', "
                "'trigger', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'"
        ).fetchall():
            if name not in kept:
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        now = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('index', "
                                "'trigger', 'view')"))
        for kind, name, _, sql in objects:  # one a later version made anew: as it was
            if kind in ("index", "trigger", "view") and sql and now.get(name, sql) != sql:
                conn.execute(f'DROP {kind.upper()} "{name}"')
                conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    set_version(path, version)


def set_version(path: Path, version: int) -> None:
    """The header's user_version: the book looks as an older Kehu left it."""
    with path.open("r+b") as fh:
        fh.seek(60)
        fh.write(version.to_bytes(4, "big"))


@pytest.mark.parametrize("damage", ["unreadable", "fails the check before an upgrade"])
def test_opening_a_damaged_book_offers_the_newest_good_backup(qtbot, tmp_path, now, told,
                                                             damage):
    make_app("en")
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        add_customers(book, 120)
        good = backup.make_backup(path, reason="daily")
        now["t"] += dt.timedelta(hours=2)
        backup.make_backup(path, reason="manual", out=tmp_path / "elsewhere.sqlite")
        add_customers(book, 30, prefix="后来")
    if damage == "unreadable":
        damage_page_one(path)
    else:
        as_older_kehu_left_it(path, schema.LATEST - 1)
        corrupt_table(path)
    damaged = all_bytes(path)
    seen = {}

    def restore(dialog: DamagedBookDialog) -> None:
        seen["message"], seen["offer"] = dialog.message.text(), dialog.offer.text()
        dialog.restore_button.click()

    clicked = when_modal(DamagedBookDialog, restore)
    book = open_book_for_gui(path)
    try:
        assert clicked, clicked
        assert f"The book {path} is damaged" in seen["message"]
        assert "Kehu has not changed it" in seen["message"]
        assert "120 customers" in seen["offer"] and str(good.path) in seen["offer"]
        assert queries.count_customers(book) == 120
        (aside,) = tmp_path.glob("shop.sqlite.damaged-*")
        assert all_bytes(aside) == damaged
        assert "The damaged files are kept as" in told["information"][0]
    finally:
        book.close()


def test_quitting_the_damaged_book_dialog_exits_and_leaves_the_book(qtbot, tmp_path, now):
    make_app("en")
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        add_customers(book, 20)
    damage_page_one(path)
    damaged = all_bytes(path)
    seen = {}

    def quit_(dialog: DamagedBookDialog) -> None:
        seen["restore shown"] = dialog.restore_button.isVisible()
        seen["offer"] = dialog.offer.text()
        dialog.quit_button.click()

    clicked = when_modal(DamagedBookDialog, quit_)
    with pytest.raises(SystemExit) as exit_:
        open_book_for_gui(path)
    assert clicked, clicked
    assert exit_.value.code == 2
    assert seen["restore shown"] is False
    assert "found no backup" in seen["offer"]
    assert all_bytes(path) == damaged
    assert not list(tmp_path.glob("shop.sqlite.damaged-*"))


def test_exit_when_ready_leaves_before_the_check_and_the_backup(tmp_path):
    """The start-up benchmark's --exit-when-ready quits before `ready`: no check, no backup."""
    root = Path(__file__).resolve().parents[2]
    book = tmp_path / "b.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "main.py", "--book", str(book), "--exit-when-ready"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ready (" in done.stderr
    assert book.exists() and not (tmp_path / "backups").exists()
