"""A team through the whole app: the owner sets it up in Settings > Team, a second PC joins with
File > Join a team (its window is replaced by one on the team's book), a customer added on one
shows in the other's customer list after Sync now, a folder pulled away pauses sync in the
status bar and changes nothing; the passphrase on a PC without a keyring; a sync that would
remove many customers asks first. Real books and folders in tmp_path, no keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

import desktop.app
from desktop.app import make_app, start_window, this_pc_book
from desktop.main_window import MainWindow
from models.core import paths
from models.core.book import Book
from models.customers import operations, queries
from models.reports import grading
from models.sync import engine, folder
from models.sync import keys as keyring
from tests.qt_helpers import type_text
from tests.unit.views.test_backup_dialogs import when_modal
from views import team_dialogs
from views.login_dialog import LoginDialog
from views.settings import pc_book, set_pc_book
from views.settings_dialog import SettingsDialog
from views.team_dialogs import JoinTeamDialog, PassphraseDialog, SetUpTeamDialog

PASS = "水泥二百吨-2026"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    monkeypatch.setattr(keyring, "_keyring", lambda: (None, Exception))
    monkeypatch.setattr(team_dialogs, "_session_keys", {})
    yield
    while desktop.app._reopened:
        desktop.app._reopened.pop().close()


def start(qtbot, book, lang="en", *, replaced=False) -> MainWindow:
    """A window on the book, its start-up done; `replaced`: it goes when the team's book is
    opened in its place (then not qtbot's to close)."""
    make_app(lang)
    window = start_window(book)
    if not replaced:
        qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.housekeeping.started, timeout=15000)
    return window


def names(window: MainWindow) -> list[str]:
    model = window.customers.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def sync_now(qtbot, window: MainWindow) -> None:
    before = window.team_sync.state.at
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=15000)
    window.findChild(type(window.sync_action), "sync_now").trigger()
    qtbot.waitUntil(lambda: not window.team_sync.state.running
                    and (window.team_sync.state.at != before
                         or bool(window.team_sync.state.paused)), timeout=15000)


def new_window(*old) -> MainWindow:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget not in old and widget.isVisible():
            return widget
    raise AssertionError("no new main window")


def test_set_up_join_add_and_sync_between_two_windows(qtbot, tmp_path, told):
    share = tmp_path / "share"
    share.mkdir()
    for pc in ("pc1", "pc2"):
        (tmp_path / pc).mkdir()
    owner_book = Book.open(tmp_path / "pc1" / "shop.sqlite")
    operations.add_customer(owner_book, data={"name": "上海嘉禾食品"})
    other_book = Book.open(tmp_path / "pc2" / "kehu.sqlite")
    owner = start(qtbot, owner_book)
    other = start(qtbot, other_book, replaced=True)
    joined = None
    try:
        # the owner: Settings > Team > Set up a team…
        assert not owner.sync_action.isVisible()

        def set_up(dialog: SetUpTeamDialog) -> None:
            dialog.folder.edit.setText(str(share))
            dialog.name_edit.setText("老王建材")
            type_text(qtbot, dialog.passphrase_edit, PASS)
            type_text(qtbot, dialog.repeat_edit, PASS)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

        def in_settings(settings: SettingsDialog) -> None:
            settings.tabs.setCurrentWidget(settings.team_tab)
            came = when_modal(SetUpTeamDialog, set_up)
            qtbot.mouseClick(settings.team_tab.set_up_button, Qt.MouseButton.LeftButton)
            assert came, came
            qtbot.waitUntil(lambda: owner.team_sync.state.report is not None, timeout=15000)
            assert settings.team_tab.pages.currentIndex() == 1
            assert settings.team_tab.pcs.topLevelItemCount() == 1
            assert "(this PC)" in settings.team_tab.pcs.topLevelItem(0).text(0)

        came = when_modal(SettingsDialog, in_settings)
        owner.findChild(type(owner.sync_action), "settings").trigger()
        assert came, came
        assert "The team is set up in" in told["information"][0]
        assert "ask for the team passphrase" in told["information"][0]  # no keyring here
        assert owner.sync_action.isVisible() and not owner.join_action.isVisible()
        assert owner.team_sync.label.text().startswith("Synced ")

        # the other PC, an empty book: Join a team… from its status bar
        assert other.team_sync.join_hint.isVisible()

        def join(dialog: JoinTeamDialog) -> None:
            dialog.folder.edit.setText(str(share))
            assert dialog.path_edit.text() == str(paths.data_dir() / "老王建材.sqlite")
            type_text(qtbot, dialog.passphrase_edit, PASS)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        def sign_in(dialog: LoginDialog) -> None:
            assert dialog.chosen_user() is not None
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

        came_join = when_modal(JoinTeamDialog, join)
        came_login = when_modal(LoginDialog, sign_in, tries=3000)
        qtbot.mouseClick(other.team_sync.join_hint, Qt.MouseButton.LeftButton)
        assert came_join, came_join
        assert came_login, came_login
        joined = new_window(owner, other)
        qtbot.addWidget(joined)
        assert not isValid(other) or not other.isVisible()
        assert other_book.conn is None  # the book it had open is closed
        path = paths.data_dir() / "老王建材.sqlite"
        assert joined.ctx.book.path == path and pc_book() == path and this_pc_book() == path
        qtbot.waitUntil(lambda: joined.housekeeping.started, timeout=15000)
        qtbot.waitUntil(lambda: joined.team_sync.state.report is not None, timeout=15000)
        assert names(joined) == ["上海嘉禾食品"]
        assert joined.team_sync.label.text().endswith("· 2 PCs")

        # a customer added on the owner's PC, Sync now on both: in the other's list
        operations.add_customer(owner_book, data={"name": "温州阀门厂"})
        sync_now(qtbot, owner)
        sync_now(qtbot, joined)
        assert names(joined) == ["上海嘉禾食品", "温州阀门厂"]
        assert not joined.team_sync.state.paused

        # the folder pulled away: paused, said in the status bar, nothing changed
        operations.add_customer(joined.ctx.book, data={"name": "离线时加的"})
        share.rename(tmp_path / "share-away")
        files = sorted(p.relative_to(tmp_path / "share-away")
                       for p in (tmp_path / "share-away").rglob("*"))
        rows = queries.count_customers(joined.ctx.book)
        sync_now(qtbot, joined)
        label = joined.team_sync.label
        assert label.isVisible()
        assert label.text() == "Sync paused: the team folder cannot be reached"
        assert label.toolTip().startswith(f"The team folder {share} cannot be reached.")
        assert not share.exists()
        assert files == sorted(p.relative_to(tmp_path / "share-away")
                               for p in (tmp_path / "share-away").rglob("*"))
        assert queries.count_customers(joined.ctx.book) == rows
        # back again: the change made meanwhile goes out
        (tmp_path / "share-away").rename(share)
        sync_now(qtbot, joined)
        sync_now(qtbot, owner)
        assert "离线时加的" in names(owner)
        assert told["warning"] == []
    finally:
        for window in (owner, other, joined):
            if window is not None and isValid(window):
                window.close()
        owner_book.close()
        other_book.close()


def team_of_two(tmp_path, customers: int = 1):
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "pc1").mkdir()
    with Book.open(tmp_path / "pc1" / "shop.sqlite") as owner:
        for i in range(customers):
            operations.add_customer(owner, data={"name": f"客户{i:02d}"})
        # this month's grading is in the copy: a PC's own grading would be an edit after
        # the owner's deletes, which brings the customers back (models.sync.merge)
        grading.apply_if_due(owner)
        engine.create_team(owner, folder_path=share, passphrase=PASS, name="老王建材")
    engine.join_team(tmp_path / "sales.sqlite", folder_path=share, passphrase=PASS)
    return share


def test_a_pc_without_a_keyring_is_asked_once_a_session(qtbot, tmp_path, told):
    team_of_two(tmp_path)
    book = Book.open(tmp_path / "sales.sqlite")
    asked: list[str] = []

    def wrong(dialog: PassphraseDialog) -> None:
        asked.append(dialog.message.text())
        assert "no keyring" in dialog.findChildren(type(dialog.message))[0].text()
        type_text(qtbot, dialog.edit, "not it at all")
        dialog.accept()

    def right(dialog: PassphraseDialog) -> None:
        asked.append(dialog.message.text())
        type_text(qtbot, dialog.edit, PASS)
        dialog.accept()

    first = when_modal(PassphraseDialog, wrong, tries=3000)
    make_app("en")
    window = start_window(book)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: first.ran, timeout=15000)
        second = when_modal(PassphraseDialog, right, tries=3000)
        qtbot.waitUntil(lambda: second.ran, timeout=15000)
        assert first and second, (first, second)
        assert asked == ["", "The team passphrase is not right."]
        qtbot.waitUntil(lambda: window.team_sync.state.report is not None, timeout=15000)
        assert window.team_sync.label.text().startswith("Synced ")
        # the next passes use the key typed: nothing is asked again
        before = window.team_sync.state.at
        window.team_sync.sync()
        qtbot.waitUntil(lambda: window.team_sync.state.at != before, timeout=15000)
        assert len(asked) == 2
    finally:
        window.close()
        book.close()


def test_a_sync_that_would_remove_many_customers_asks_first(qtbot, tmp_path, told,
                                                             monkeypatch):
    share = team_of_two(tmp_path, customers=20)
    with Book.open(tmp_path / "pc1" / "shop.sqlite") as owner:
        for cid in queries.customer_ids(owner, queries.CustomerFilter())[:15]:
            operations.delete_customers(owner, customer_ids=[cid])
        engine.sync_pass(owner, passphrase=PASS)
    team_dialogs.keep_keys(folder.read_team(share)["team_id"],
                           engine.unlock(folder.read_team(share), PASS))
    book = Book.open(tmp_path / "sales.sqlite")
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window = start(qtbot, book)
    try:
        qtbot.waitUntil(lambda: bool(questions), timeout=15000)
        qtbot.waitUntil(lambda: bool(window.team_sync.state.paused), timeout=15000)
        assert "would remove 15 of the 20 customers" in questions[0]
        assert queries.count_customers(book) == 20
        assert window.team_sync.label.text().startswith("Sync paused: a removal")
        assert window.team_sync.sync() is False  # not again by itself
        sync_now(qtbot, window)
        qtbot.waitUntil(lambda: queries.count_customers(book) == 5, timeout=15000)
        qtbot.waitUntil(lambda: window.customers.model.rowCount() == 5, timeout=15000)
        assert len(questions) == 2 and not window.team_sync.state.paused
    finally:
        window.close()
        book.close()


def test_this_pcs_book_is_opened_when_it_is_there(tmp_path):
    assert this_pc_book() == paths.default_book_path()
    joined = tmp_path / "老王建材.sqlite"
    set_pc_book(joined)
    assert this_pc_book() == paths.default_book_path()  # gone: the default book
    Book.open(joined).close()
    assert this_pc_book() == joined


def test_the_window_refreshes_when_a_background_pass_takes_changes_in(qtbot, tmp_path, told):
    share = team_of_two(tmp_path)
    team = folder.read_team(share)
    team_dialogs.keep_keys(team["team_id"], engine.unlock(team, PASS))
    book = Book.open(tmp_path / "sales.sqlite")
    window = start(qtbot, book)
    try:
        qtbot.waitUntil(lambda: window.team_sync.state.report is not None, timeout=15000)
        with Book.open(tmp_path / "pc1" / "shop.sqlite") as owner:
            operations.add_customer(owner, data={"name": "后来的客户"})
            engine.sync_pass(owner, passphrase=PASS)
        before = window.team_sync.state.at
        window.team_sync.timer.timeout.emit()  # the minute is up
        qtbot.waitUntil(lambda: window.team_sync.state.at != before, timeout=15000)
        qtbot.waitUntil(lambda: "后来的客户" in names(window), timeout=5000)
        assert "2 customers" in window.book_label.text()
    finally:
        window.close()
        book.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_owner_approves_a_salespersons_laptop_on_the_team_page(qtbot, tmp_path, told,
                                                                    monkeypatch, lang):
    from models.team import users

    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "pc1").mkdir()
    owner_book = Book.open(tmp_path / "pc1" / "shop.sqlite")
    seller = users.add_user(owner_book, name="李娜", role="sales", owner_password="boss")
    operations.add_customer(owner_book, data={"name": "李娜的客户", "owner_id": seller})
    operations.add_customer(owner_book, data={"name": "店主的客户"})
    engine.create_team(owner_book, folder_path=share, passphrase=PASS, name="老王建材")
    team = folder.read_team(share)
    keys = engine.unlock(team, PASS)
    team_dialogs.keep_keys(team["team_id"], keys)
    engine.join_team(tmp_path / "li.sqlite", folder_path=share, passphrase=PASS)
    laptop = Book.open(tmp_path / "li.sqlite")
    laptop.user_id = seller
    engine.sync_pass(laptop, keys=keys)
    assert laptop.all("SELECT name FROM customers") == []  # not approved: nothing of hers
    asked: list[str] = []

    def question(parent, title, text, *a):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    from views.context import AppContext

    make_app(lang)
    owner = start_window(owner_book, ctx=AppContext(owner_book))  # signed in already
    qtbot.addWidget(owner)
    qtbot.waitUntil(lambda: owner.housekeeping.started, timeout=15000)
    try:
        qtbot.waitUntil(lambda: owner.team_sync.state.report is not None, timeout=15000)
        sync_now(qtbot, owner)

        def in_settings(settings: SettingsDialog) -> None:
            settings.resize(1366 if lang == "en" else 1920, 700)
            page = settings.team_tab
            settings.tabs.setCurrentWidget(page)
            qtbot.waitUntil(lambda: page.pcs.topLevelItemCount() == 2, timeout=15000)
            item = next(page.pcs.topLevelItem(i) for i in range(2)
                        if "李娜" in page.pcs.topLevelItem(i).text(1))
            waiting = "waiting for the owner's approval" if lang == "en" else "等待店主批准"
            assert waiting in item.text(1)
            page.pcs.setCurrentItem(item)
            assert page.approve_button.isVisible() and page.approve_button.isEnabled()
            settings.grab().save(str(tmp_path / f"team-approve-{lang}.png"))
            qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not owner.team_sync.state.running, timeout=15000)
            assert "李娜" in asked[0]
            assert not page.approve_button.isEnabled()
            settings.accept()

        came = when_modal(SettingsDialog, in_settings)
        owner.findChild(type(owner.sync_action), "settings").trigger()
        assert came, came
        qtbot.waitUntil(lambda: not owner.team_sync.state.running, timeout=15000)
        sync_now(qtbot, owner)
        engine.sync_pass(laptop, keys=keys)
        assert [r[0] for r in laptop.all("SELECT name FROM customers")] == ["李娜的客户"]
        assert told["warning"] == []
    finally:
        owner.close()
        owner_book.close()
        laptop.close()
