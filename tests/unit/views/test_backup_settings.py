"""Settings > Backups: the list and its columns, Back up now, Delete, the folder, who may do
what. Real books and backups in tmp_path; only the blocking static dialogs are replaced."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import backup
from models.core import schema
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking
from tests.unit.views.test_backup_dialogs import add_customers, make_tab, select
from views.context import AppContext
from views.settings_dialog import SettingsDialog

SHOTS = screenshots_dir()
TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 3, 3, 9, 30, tzinfo=TZ)








@pytest.fixture
def ctx(runner_ctx):
    return runner_ctx


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def rows(tab) -> list[list[str]]:
    return [[tab.list.topLevelItem(r).text(c) for c in range(tab.list.columnCount())]
            for r in range(tab.list.topLevelItemCount())]


def local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def test_the_tab_lists_the_books_backups_with_their_columns(qtbot, ctx, now):
    book = ctx.book
    add_customers(book, 3)
    now["t"] = T0 - dt.timedelta(days=1)
    daily = backup.make_backup(book.path, reason="daily")
    add_customers(book, 2, prefix="又")
    now["t"] = T0
    manual = backup.make_backup(book.path, reason="manual")
    tab = make_tab(qtbot, ctx)
    headers = [tab.list.headerItem().text(c) for c in range(tab.list.columnCount())]
    assert headers == ["Made", "Why", "Size", "Customers", "Book version"]
    (first, second) = rows(tab)
    assert first[:2] == [local(T0), "by hand"] and second[:2] == [local(daily.when), "daily"]
    assert first[3:] == ["5", str(schema.LATEST)] and second[3] == "3"
    assert first[2] == f"{round(manual.size / 1024)} KB"
    assert tab.folder_edit.text() == str(book.path.parent / "backups")
    rotation = tab.rotation.text()
    assert "7 days, 4 weeks and 12 months" in rotation and "by hand" in rotation
    # nothing chosen yet: Restore and Delete wait for a choice
    assert not tab.restore_button.isEnabled() and not tab.delete_button.isEnabled()
    select(tab, daily.path)
    assert tab.restore_button.isEnabled() and tab.delete_button.isEnabled()
    assert tab.list.currentItem().toolTip(0) == str(daily.path)


def test_back_up_now_adds_one_through_the_runner(qtbot, ctx, now):
    add_customers(ctx.book, 2)
    tab = make_tab(qtbot, ctx)
    assert rows(tab) == []
    with qtbot.waitSignal(tab.backed_up, timeout=10000) as made:
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
        assert not tab.backup_button.isEnabled()  # busy until it is done
    info = made.args[0]
    assert info.reason == "manual" and info.customers == 2 and info.path.exists()
    assert [r[1] for r in rows(tab)] == ["by hand"]
    assert tab.selected().path == info.path
    assert tab.result_label.text() == f"Backed up to {info.path}"
    assert tab.backup_button.isEnabled()


def test_back_up_now_without_a_runner(qtbot, book, now):
    tab = make_tab(qtbot, AppContext(book))
    with qtbot.waitSignal(tab.backed_up):
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert [b.reason for b in backup.list_backups(book.path)] == ["manual"]


def test_delete_asks_and_deletes(qtbot, ctx, now, monkeypatch):
    made = backup.make_backup(ctx.book.path, reason="manual")
    sidecar = made.path.with_name(made.path.name + ".json")
    assert sidecar.exists()
    tab = make_tab(qtbot, ctx)
    select(tab, made.path)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert made.path.exists() and len(rows(tab)) == 1  # "No" keeps it
    assert "by hand" in asked[0] and "cannot be brought back" in asked[0]
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert not made.path.exists() and not sidecar.exists()
    assert rows(tab) == [] and "Deleted the backup" in tab.result_label.text()


def test_change_the_folder_then_back_to_the_default(qtbot, ctx, now, tmp_path, monkeypatch,
                                                    warnings):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    tab = make_tab(qtbot, ctx)
    assert not tab.default_folder_button.isEnabled()  # the default is in use
    qtbot.mouseClick(tab.change_folder_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert backup.backup_folder(ctx.book.path) == usb.resolve()
    assert tab.folder_edit.text() == str(usb.resolve())
    assert "New backups go to" in tab.result_label.text()
    with qtbot.waitSignal(tab.backed_up, timeout=10000) as made:
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert made.args[0].path.parent == usb.resolve()
    assert len(rows(tab)) == 1
    assert tab.default_folder_button.isEnabled()
    qtbot.mouseClick(tab.default_folder_button, Qt.MouseButton.LeftButton)
    assert backup.chosen_folder(ctx.book.path) is None
    assert tab.folder_edit.text() == str(ctx.book.path.parent.resolve() / "backups")
    assert rows(tab) == []  # the one made on the USB disk stays there


def read_only_folder(tmp_path: Path) -> Path:
    """A folder nobody may write into, also not root (who ignores the mode bits)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return folder
    probe.unlink()
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)]).returncode == 0:
        return folder
    pytest.skip("no way to make a folder read-only here")


def test_a_folder_that_cannot_be_used_is_refused(qtbot, ctx, now, tmp_path, monkeypatch,
                                                warnings):
    tab = make_tab(qtbot, ctx)
    before = tab.folder_edit.text()
    gone = tmp_path / "unplugged"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(gone))
    qtbot.mouseClick(tab.change_folder_button, Qt.MouseButton.LeftButton)
    assert warnings == [f"The backup folder {gone} cannot be used: the folder does not exist."]
    assert tab.folder_edit.text() == before and backup.chosen_folder(ctx.book.path) is None

    locked = read_only_folder(tmp_path)
    try:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(locked))
        qtbot.mouseClick(tab.change_folder_button, Qt.MouseButton.LeftButton)
        assert len(warnings) == 2 and f"{locked} cannot be used" in warnings[1]
        assert tab.folder_edit.text() == before and backup.chosen_folder(ctx.book.path) is None
        assert list(locked.iterdir()) == []
    finally:
        if shutil.which("chattr"):
            subprocess.run(["chattr", "-i", str(locked)], capture_output=True)
        locked.chmod(0o755)


def test_open_folder_shows_it_in_the_file_manager(qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.open_folder_button, Qt.MouseButton.LeftButton)
    folder = Path(opened[0].toLocalFile())
    assert folder == ctx.book.path.parent.resolve() / "backups" and folder.is_dir()


def test_a_salesperson_backs_up_but_does_not_restore_delete_or_move(qtbot, ctx, now):
    book = ctx.book
    made = backup.make_backup(book.path, reason="manual")
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    tab = make_tab(qtbot, ctx)
    select(tab, made.path)
    assert tab.restore_button.isEnabled() and not tab.note.isVisible()
    book.user_id = sales  # as the login dialog does, then says so
    ctx.user_changed.emit()
    select(tab, made.path)
    assert tab.note.isVisible()
    assert tab.backup_button.isEnabled()
    for button in (tab.restore_button, tab.restore_file_button, tab.delete_button,
                   tab.change_folder_button, tab.default_folder_button):
        assert not button.isEnabled(), button.text()
    tab.delete_selected()  # even when called: nothing happens
    tab.change_folder()
    assert made.path.exists() and backup.chosen_folder(book.path) is None
    with qtbot.waitSignal(tab.backed_up, timeout=10000):
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert len(backup.list_backups(book.path)) == 2


def test_the_settings_dialog_has_the_tab_and_closes_after_a_restore(qtbot, ctx, now,
                                                                    monkeypatch):
    from tests.unit.views.test_backup_dialogs import click_restore, when_modal
    from views.backup_dialogs import RestoreConfirmation

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    made = backup.make_backup(ctx.book.path, reason="manual")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[-2:] == ["Backups", "Team"]
    dialog.tabs.setCurrentWidget(dialog.backup_tab)
    dialog.shop_name_edit.setText("typed before the restore")  # not saved afterwards
    select(dialog.backup_tab, made.path)
    confirm = when_modal(RestoreConfirmation, click_restore)
    with qtbot.waitSignal(dialog.rejected, timeout=15000):
        qtbot.mouseClick(dialog.backup_tab.restore_button, Qt.MouseButton.LeftButton)
    assert confirm, confirm
    assert not dialog.isVisible()
    assert ctx.book.setting("shop.name") == ""


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_backups_tab_picture(qtbot, ctx, now, language):
    book = ctx.book
    add_customers(book, 40)
    for days, reason in ((40, "daily"), (9, "import"), (2, "daily"), (1, "manual")):
        now["t"] = T0 - dt.timedelta(days=days, hours=days % 5)
        backup.make_backup(book.path, reason=reason)
        add_customers(book, 3, prefix=f"第{days}天")
    now["t"] = T0
    with speaking(language):
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.resize(760, 520)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.backup_tab)
        tab = dialog.backup_tab
        tab.list.setCurrentItem(tab.list.topLevelItem(1))
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(SHOTS / f"backup_settings_{language}.png"))
        if language == "zh_CN":
            assert tab.backup_button.text() == "立即备份"
            assert [r[1] for r in rows(tab)] == ["手动", "每日", "导入前", "每日"]
        else:
            assert [r[1] for r in rows(tab)] == ["by hand", "daily", "before an import", "daily"]
    assert os.path.exists(SHOTS / f"backup_settings_{language}.png")
