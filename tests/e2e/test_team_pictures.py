"""Pictures of the team's views, in Chinese and English, to be looked at: the Team tab alone and
in a team of three PCs, the set-up and join dialogs, and the main window (1366x768, 1920x1080)
whose status bar says the team folder cannot be reached."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

import desktop.app
from desktop.app import make_app, start_window
from models.core.book import Book
from models.customers import operations
from models.sync import engine
from models.sync import keys as keyring
from tests.qt_helpers import screenshots_dir, speaking
from views import team_dialogs
from views.context import AppContext
from views.settings_dialog import SettingsDialog
from views.team_dialogs import JoinTeamDialog, SetUpTeamDialog

PASS = "水泥二百吨-2026"
SHOTS = screenshots_dir()


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    monkeypatch.setattr(keyring, "_keyring", lambda: (None, Exception))
    monkeypatch.setattr(team_dialogs, "_session_keys", {})
    yield
    while desktop.app._reopened:
        desktop.app._reopened.pop().close()


def grab(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def three_pcs(tmp_path, monkeypatch):
    """A shop of three PCs (the owner's, two laptops), each synced once; the owner's book."""
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "pc1").mkdir()
    owner = Book.open(tmp_path / "pc1" / "老王建材.sqlite")
    for name in ("上海嘉禾食品", "温州阀门厂", "<b>顺发五金</b>"):
        operations.add_customer(owner, data={"name": name})
    engine.create_team(owner, folder_path=share, passphrase=PASS, name="老王建材")
    for n, pc in enumerate(("LAPTOP-LINA", "LAPTOP-ZHANGWEI")):
        engine.join_team(tmp_path / f"pc{n + 2}.sqlite", folder_path=share, passphrase=PASS)
        monkeypatch.setattr(engine.platform, "node", lambda pc=pc: pc)
        with Book.open(tmp_path / f"pc{n + 2}.sqlite") as book:
            engine.sync_pass(book, passphrase=PASS)
    monkeypatch.setattr(engine.platform, "node", lambda: "OFFICE-PC")
    return owner, share


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pictures_of_the_team(qtbot, tmp_path, monkeypatch, lang):
    make_app(lang)
    with speaking(lang):
        # the Team tab of a book in no team
        (tmp_path / "alone").mkdir()
        with Book.open(tmp_path / "alone" / "shop.sqlite") as alone:
            ctx = AppContext(alone)
            settings = SettingsDialog(ctx)
            qtbot.addWidget(settings)
            settings.tabs.setCurrentWidget(settings.team_tab)
            settings.resize(760, 520)
            grab(settings, f"team-tab-alone-{lang}")
            setup = SetUpTeamDialog(ctx)
            qtbot.addWidget(setup)
            setup.folder.edit.setText(r"Z:\Kehu-team" if lang == "en" else r"D:\坚果云\老王建材")
            setup.name_edit.setText("老王建材")
            setup.passphrase_edit.setText(PASS)
            setup.repeat_edit.setText(PASS)
            grab(setup, f"team-set-up-{lang}")
            join = JoinTeamDialog(ctx)
            qtbot.addWidget(join)
            join.folder.edit.setText(r"D:\坚果云\老王建材")
            join.passphrase_edit.setText(PASS)
            join.say(QApplication.translate("sync", engine.WRONG_PASSPHRASE))
            grab(join, f"team-join-{lang}")
            settings.close()
            setup.close()
            join.close()

        # a team of three PCs: the Team tab after a sync, then the folder pulled away
        owner, share = three_pcs(tmp_path, monkeypatch)
        team = engine.team_of(owner)
        found = folder_keys(share)
        team_dialogs.keep_keys(team["team_id"], found)
        window = start_window(owner)
        qtbot.addWidget(window)
        try:
            qtbot.waitUntil(lambda: window.team_sync.state.report is not None, timeout=15000)
            assert len(window.team_sync.state.report.pcs) == 3
            settings = SettingsDialog(window.ctx, window)
            qtbot.addWidget(settings)
            settings.tabs.setCurrentWidget(settings.team_tab)
            settings.resize(760, 520)
            grab(settings, f"team-tab-3pcs-{lang}")
            assert settings.team_tab.pcs.topLevelItemCount() == 3
            settings.close()
            share.rename(tmp_path / "share-away")
            window.team_sync.sync()
            qtbot.waitUntil(lambda: bool(window.team_sync.state.paused), timeout=15000)
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                grab(window, f"team-status-paused-{width}x{height}-{lang}")
        finally:
            window.close()
            owner.close()


def folder_keys(share):
    from models.sync import folder

    return engine.unlock(folder.read_team(share), PASS)
