"""Settings > Reminders: minimise to tray (this PC), holidays and days without contact (the
book), written on OK; the book's settings are an owner's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from models import reminders
from models.team import users
from tests.qt_helpers import screenshots_dir
from views.context import AppContext
from views.settings import minimise_to_tray
from views.settings_dialog import SettingsDialog

SHOTS = screenshots_dir()


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def dialog(ctx, qtbot):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.reminders_tab)
    return d


def ok(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_tab_shows_the_defaults(dialog):
    tab = dialog.reminders_tab
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Reminders"
    assert not tab.tray_box.isChecked()
    assert not tab.holidays_box.isChecked()
    assert tab.days_value() == {"A": 14, "B": 30, "C": 90}
    assert tab.holidays_box.isEnabled() and not tab.note.isVisible()


def test_ok_writes_the_settings(qtbot, dialog, book):
    tab = dialog.reminders_tab
    tab.tray_box.setChecked(True)
    tab.holidays_box.setChecked(True)
    tab.days["A"].setValue(7)
    tab.days["C"].setValue(0)
    assert tab.days["C"].text() == "never"
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert minimise_to_tray()
    assert reminders.skip_holidays(book)
    assert reminders.no_contact_days(book) == {"A": 7, "B": 30, "C": 0}


def test_cancel_writes_nothing(qtbot, dialog, book):
    tab = dialog.reminders_tab
    tab.tray_box.setChecked(True)
    tab.days["B"].setValue(3)
    dialog.reject()
    assert not minimise_to_tray()
    assert reminders.no_contact_days(book)["B"] == 30


def test_a_salesperson_sets_only_the_tray(qtbot, book):
    sales = users.add_user(book, name="李娜", role="sales", password="x", owner_password="boss")
    book.user_id = sales
    d = SettingsDialog(AppContext(book))
    qtbot.addWidget(d)
    d.show()
    tab = d.reminders_tab
    d.tabs.setCurrentWidget(tab)
    assert not tab.holidays_box.isEnabled() and not tab.days["A"].isEnabled()
    assert tab.note.isVisible()
    tab.tray_box.setChecked(True)
    ok(qtbot, d)
    assert minimise_to_tray() and not reminders.skip_holidays(book)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_tab(qtbot, ctx, language):
    from desktop import i18n

    app = QApplication.instance()
    font = app.font()
    try:
        i18n.install_translators(app, language)
        i18n.register_font(app)
        d = SettingsDialog(ctx)
        qtbot.addWidget(d)
        d.show()
        d.tabs.setCurrentWidget(d.reminders_tab)
        qtbot.waitExposed(d)
        tag = "zh" if language == "zh_CN" else "en"
        d.grab().save(str(SHOTS / f"reminder_settings_{tag}.png"))
        d.reject()
    finally:
        i18n.remove_translators(app)
        app.setFont(font)
