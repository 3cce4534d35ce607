"""Settings > Team and the team's dialogs: setting up a team as a user does it (the folder, the
passphrase twice, the book never in the folder), who sees what, leaving, and how a sync's
result reads. Real books and folders in tmp_path; this PC's keyring is replaced by one in
memory, or by none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.core.book import Book
from models.customers import operations
from models.sync import engine, folder
from models.sync import keys as keyring
from models.team import users
from tests.qt_helpers import type_text
from tests.unit.views.test_backup_dialogs import when_modal
from views import team_dialogs
from views.context import AppContext
from views.settings_dialog import SettingsDialog
from views.team_dialogs import JoinTeamDialog, SetUpTeamDialog, free_book_path, holds
from views.team_settings import SyncState, paused_texts, problems, status_line

PASS = "水泥二百吨-2026"


class MemoryKeyring:
    """A keyring in memory, as `keyring` would be on a desktop that has one."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service, name, value):
        self.kept[(service, name)] = value

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def delete_password(self, service, name):
        self.kept.pop((service, name), None)


@pytest.fixture(autouse=True)
def _session(monkeypatch):
    """No keyring (as on this test machine) and no team key from an earlier test."""
    monkeypatch.setattr(keyring, "_keyring", lambda: (None, Exception))
    monkeypatch.setattr(team_dialogs, "_session_keys", {})


@pytest.fixture
def with_keyring(monkeypatch):
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "_keyring", lambda: (memory, Exception))
    return memory


@pytest.fixture
def shop(tmp_path, runner_ctx):
    """The owner's book on this PC's disk, and an empty shared folder elsewhere."""
    share = tmp_path / "share"
    share.mkdir()
    operations.add_customer(runner_ctx.book, data={"name": "上海嘉禾食品"})
    return runner_ctx, share


def fill_set_up(qtbot, dialog: SetUpTeamDialog, share: Path, passphrase=PASS, repeat=None):
    dialog.folder.edit.setText(str(share))
    dialog.passphrase_edit.clear()
    dialog.repeat_edit.clear()
    type_text(qtbot, dialog.passphrase_edit, passphrase)
    type_text(qtbot, dialog.repeat_edit, passphrase if repeat is None else repeat)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_set_up_dialog_refuses_what_would_harm_the_team(qtbot, shop, tmp_path):
    ctx, share = shop
    dialog = SetUpTeamDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Never put the book itself" in dialog.findChild(type(dialog.message),
                                                           "book_warning").text()
    fill_set_up(qtbot, dialog, share, passphrase="short")
    assert "at least 8 characters" in dialog.message.text()
    fill_set_up(qtbot, dialog, share, repeat=PASS + "x")
    assert dialog.message.text() == "The two passphrases are not the same."
    fill_set_up(qtbot, dialog, tmp_path)  # the folder that holds the book
    assert "is in that folder" in dialog.message.text()
    fill_set_up(qtbot, dialog, tmp_path / "nowhere")
    assert "does not exist" in dialog.message.text()
    assert engine.team_of(ctx.book) is None and not list(share.iterdir())
    assert dialog.isVisible() or dialog.result() == 0


def test_holds_sees_the_book_at_any_depth(tmp_path):
    assert holds(tmp_path, tmp_path / "a" / "b" / "book.sqlite")
    assert holds(tmp_path / "a", tmp_path / "a")
    assert not holds(tmp_path / "a", tmp_path / "ab" / "book.sqlite")
    assert not holds(tmp_path / "a" / "b", tmp_path / "a" / "book.sqlite")


def test_a_join_never_takes_an_existing_file(tmp_path):
    (tmp_path / "老王建材.sqlite").write_bytes(b"")
    assert free_book_path(tmp_path, "老王建材") == tmp_path / "老王建材 2.sqlite"
    assert free_book_path(tmp_path, 'a/b:"c"') == tmp_path / "a b c.sqlite"


def test_an_owner_sets_up_a_team_from_the_team_tab(qtbot, shop, told, with_keyring):
    ctx, share = shop
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    tab = settings.team_tab
    settings.tabs.setCurrentWidget(tab)
    settings.show()
    assert tab.pages.currentIndex() == 0
    assert tab.set_up_button.isVisible() and not tab.others_note.isVisible()

    def set_up(dialog: SetUpTeamDialog) -> None:
        dialog.name_edit.setText("老王建材")
        fill_set_up(qtbot, dialog, share)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

    came = when_modal(SetUpTeamDialog, set_up)
    qtbot.mouseClick(tab.set_up_button, Qt.MouseButton.LeftButton)
    assert came, came
    team = engine.team_of(ctx.book)
    assert team == {"team_id": team["team_id"], "folder": str(share)}
    assert (share / folder.TEAM_FILE).exists() and list((share / "snapshots").iterdir())
    assert folder.read_team(share)["name"] == "老王建材"
    assert keyring.load(team["team_id"])  # kept in the keyring
    assert tab.pages.currentIndex() == 1
    assert tab.folder_label.text() == str(share)
    assert "The team is set up in" in told["information"][0]
    assert "no keyring" not in told["information"][0]


def test_without_a_keyring_the_owner_is_told_the_passphrase_is_asked(qtbot, shop, told):
    ctx, share = shop
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)

    def set_up(dialog: SetUpTeamDialog) -> None:
        fill_set_up(qtbot, dialog, share)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

    came = when_modal(SetUpTeamDialog, set_up)
    settings.team_tab.set_up()
    assert came, came
    assert "ask for the team passphrase once each time it starts" in told["information"][0]
    assert team_dialogs.team_keys(engine.team_of(ctx.book)["team_id"])  # for this session


def test_a_salesperson_is_told_to_join_instead(qtbot, book):
    li = users.add_user(book, name="李娜", role="sales", password="8866", owner_password="boss")
    users.sign_in(book, user_id=li, password="8866")
    ctx = AppContext(book)
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    settings.tabs.setCurrentWidget(settings.team_tab)
    settings.show()
    tab = settings.team_tab
    assert not tab.set_up_button.isVisible()
    assert tab.others_note.isVisible() and "File > Join a team" in tab.others_note.text()


def test_leaving_the_team_keeps_the_book(qtbot, shop, monkeypatch, with_keyring):
    ctx, share = shop
    team = engine.create_team(ctx.book, folder_path=share, passphrase=PASS)
    team_dialogs.keep_keys(team["team_id"], engine.unlock(team, PASS))
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    tab = settings.team_tab
    settings.tabs.setCurrentWidget(tab)
    settings.show()
    assert tab.pages.currentIndex() == 1 and tab.leave_button.isVisible()
    assert not tab.sync_button.isVisible()  # no window syncing this book here
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.leave_button, Qt.MouseButton.LeftButton)
    assert engine.team_of(ctx.book) is None
    assert keyring.load(team["team_id"]) is None and team_dialogs.team_keys(team["team_id"]) is None
    assert tab.pages.currentIndex() == 0
    assert "left the team" in tab.alone_result.text()
    from models.customers import queries

    assert queries.count_customers(ctx.book) == 1


def test_the_join_dialog_names_the_copy_after_the_team(qtbot, tmp_path, runner_ctx):
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "pc1").mkdir()
    with Book.open(tmp_path / "pc1" / "owner.sqlite") as owner:
        engine.create_team(owner, folder_path=share, passphrase=PASS, name="老王/建材")
    dialog = JoinTeamDialog(runner_ctx)
    qtbot.addWidget(dialog)
    dialog.folder.edit.setText(str(share))
    assert Path(dialog.path_edit.text()).name == "老王 建材.sqlite"
    dialog.path_edit.setText(str(share / "copy.sqlite"))
    type_text(qtbot, dialog.passphrase_edit, PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "cannot be in the shared folder" in dialog.message.text()
    dialog.path_edit.setText(str(tmp_path / "pc2" / "copy.sqlite"))
    dialog.passphrase_edit.clear()
    type_text(qtbot, dialog.passphrase_edit, "not it at all")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=15000)
    assert dialog.message.text() == "The team passphrase is not right."
    assert not (tmp_path / "pc2" / "copy.sqlite").exists()


def test_how_a_sync_reads():
    report = engine.Report(published=2, taken=5, pcs=[
        {"device_id": "a" * 32, "me": True, "name": "OFFICE", "user": "老王"},
        {"device_id": "b" * 32, "me": False, "name": "LAPTOP-3", "user": "李娜"},
        {"device_id": "c" * 32, "me": False, "name": "LAPTOP-4", "user": ""}],
        waiting=["b" * 32], skewed=[{"device_id": "c" * 32, "ahead_minutes": 180}])
    at = dt.datetime.now().astimezone()
    text, tip, problem = status_line(SyncState(at=at, report=report))
    assert problem
    assert text == (f"Synced {at.strftime('%H:%M')} · 3 PCs · waiting for LAPTOP-3 (李娜) · "
                    "the clock of LAPTOP-4 is off")
    assert "LAPTOP-4 runs 180 minutes ahead" in tip
    assert [short for short, _ in problems(engine.Report(newer=["x" * 32]))] == [
        "xxxxxxxx run a newer Kehu"]
    short, full = paused_texts(engine.SyncPaused(engine.FOLDER_MISSING, folder="/mnt/share"))
    assert short == "Sync paused: the team folder cannot be reached"
    assert full.startswith("The team folder /mnt/share cannot be reached.")
    text, tip, problem = status_line(SyncState(at=at, report=engine.Report(pcs=report.pcs)))
    assert (text, problem) == (f"Synced {at.strftime('%H:%M')} · 3 PCs", False)
    assert "In step with the team." in tip
    assert "whole book" not in tip
    # a new PC of the owner's made from the whole book the owner's PC sent it is told so
    _, tip, _ = status_line(SyncState(at=at, report=engine.Report(pcs=report.pcs, whole=True)))
    assert "made from the whole book the owner's PC sent it; a backup" in tip
    # a salesperson's laptop the owner has not approved yet says so
    laptop = [{**report.pcs[1], "me": True, "approved": False}]
    (short, full), = problems(engine.Report(pcs=laptop))
    assert short == "waiting for the owner's approval"
    assert "receives the public pool only, not the customers of 李娜" in full
