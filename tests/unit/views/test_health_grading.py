"""The health light in the customer list and panel, the Grading settings tab, and pinning a
grade by hand in the customer panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import reminders
from models.core import clock
from models.customers import operations
from models.reports import grading
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking
from views.customer_detail import CustomerDetail
from views.customer_table import HEALTH_COLOURS, CustomerTableModel
from views.grading_settings import GradingSettings
from views.settings_dialog import SettingsDialog

SHOTS = screenshots_dir()
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 5, 20, 9, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k:
                        shown.append(text))
    return shown


@pytest.fixture
def shop(book):
    clock.set_clock(lambda: NOW - dt.timedelta(days=200))
    quiet = operations.add_customer(book, data={"name": "A 很久没联系"})
    clock.set_clock(lambda: NOW - dt.timedelta(days=20))
    fresh = operations.add_customer(book, data={"name": "B 刚联系过"})
    late = operations.add_customer(book, data={"name": "C 提醒过期"})
    operations.log_interaction(book, customer_id=fresh, kind="call", text="聊了")
    operations.log_interaction(book, customer_id=late, kind="call", text="聊了")
    reminders.add_reminder(book, data={"title": "回电", "customer_id": late,
                                       "due_at": (NOW - dt.timedelta(days=2)).isoformat()})
    clock.set_clock(lambda: NOW)
    return {"quiet": quiet, "fresh": fresh, "late": late}


def light_of(model, row):
    col = [k for k, _ in model.columns].index("health")
    index = model.index(row, col)
    return index.data(Qt.ItemDataRole.DecorationRole), index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_list_shows_a_light_with_its_reason(qapp, qtmodeltester, book, shop):
    model = CustomerTableModel(book)
    qtmodeltester.check(model, force_py=True)
    names = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    icon, tip = light_of(model, names["A 很久没联系"])
    assert not icon.isNull()
    assert tip == "At risk: Not contacted yet; added 200 days ago."
    assert light_of(model, names["B 刚联系过"])[1] == "Healthy: Last contact 20 days ago."
    assert light_of(model, names["C 提醒过期"])[1] == "Needs attention: 1 overdue reminders."
    colour = light_of(model, names["C 提醒过期"])[0].pixmap(12, 12).toImage().pixelColor(6, 6)
    assert colour.name() == HEALTH_COLOURS["yellow"]


def test_lights_are_worked_out_for_the_fetched_pages_only(book, monkeypatch):
    for n in range(130):
        operations.add_customer(book, data={"name": f"客户{n:03d}"})
    asked: list[int] = []
    import views.customer_table as table

    real = table.health.health
    monkeypatch.setattr(table.health, "health",
                        lambda b, ids: asked.append(len(ids)) or real(b, ids))
    model = CustomerTableModel(book)
    assert asked == []
    light_of(model, 0)
    light_of(model, 10)
    assert asked == [model.PAGE]
    light_of(model, 129)
    assert asked == [model.PAGE, 130 - 2 * model.PAGE]


def test_the_light_follows_a_completed_reminder(book, shop):
    from views.context import AppContext
    from views.customers_page import CustomersPage

    page = CustomersPage(AppContext(book))
    model = page.model
    row = model.row_of(shop["late"])
    assert light_of(model, row)[1].startswith("Needs attention")
    rid = reminders.reminders(book)[0]["id"] if hasattr(reminders, "reminders") else None
    if rid is None:
        rid = book.one("SELECT id FROM reminders")[0]
    page.ctx.run(page, reminders.complete_reminder, reminder_id=rid)
    assert light_of(model, row)[1].startswith("Healthy")
    page.deleteLater()


@pytest.fixture
def detail(qtbot, ctx):
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(460, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_panel_shows_the_light_and_pins_a_grade(qtbot, detail, book, shop):
    detail.show_customer(shop["quiet"])
    assert detail.health_light.isVisible()
    assert detail.health_light.toolTip() == "At risk: Not contacted yet; added 200 days ago."
    assert detail.pin_button.text() == "Grade"
    assert not detail.unpin_action.isEnabled()
    detail.pin_menu.findChild(type(detail.unpin_action), "pin_A").trigger()
    row = book.one("SELECT grade, grade_pinned FROM customers WHERE id = ?", (shop["quiet"],))
    assert tuple(row) == ("A", 1)
    assert detail.grade_badge.text() == "A"
    assert detail.grade_badge.toolTip() == "Grade A, pinned by hand"
    assert detail.pin_button.text() == "Pinned"
    grading.apply_grades(book)  # the rules leave a pinned grade alone
    assert book.one("SELECT grade FROM customers WHERE id = ?", (shop["quiet"],))[0] == "A"
    detail.unpin_action.trigger()
    assert book.one("SELECT grade_pinned FROM customers WHERE id = ?",
                    (shop["quiet"],))[0] == 0
    assert detail.pin_button.text() == "Grade"
    with speaking("en"):
        detail.grab().save(str(SHOTS / "customer_detail_health.png"))


@pytest.fixture
def tab(qtbot, ctx):
    t = GradingSettings(ctx)
    qtbot.addWidget(t)
    t.resize(640, 320)
    t.show()
    qtbot.waitExposed(t)
    return t


def test_grading_tab_shows_saves_and_applies_the_rules(qtbot, tab, book, shop):
    assert tab.rules() == grading.rules(book)
    assert not tab.edited
    edit = tab.edits[("B", "recent_days")]
    edit.setValue(30)
    assert tab.edited
    assert tab.save_if_edited()
    assert grading.rules(book)["B"]["recent_days"] == 30
    assert not tab.edited
    tab.edits[("B", "amount")].setValue(0)
    tab.edits[("B", "orders")].setValue(0)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)  # saves, then applies
    assert grading.rules(book)["B"]["amount"] == 0
    grades = dict(book.all("SELECT name, grade FROM customers"))
    assert grades == {"A 很久没联系": "C", "B 刚联系过": "B", "C 提醒过期": "B"}
    assert tab.result_label.text() == "3 customers changed grade."


def test_a_salesperson_sees_the_rules_but_cannot_change_them(tab, book):
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=sales)
    tab.ctx.user_changed.emit()
    assert tab.note.isVisible()
    assert not tab.apply_button.isEnabled()
    assert not any(e.isEnabled() for e in tab.edits.values())


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_settings_dialog_has_the_grading_tab(qtbot, ctx, language):
    with speaking(language):
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        index = dialog.tabs.indexOf(dialog.grading_tab)
        assert index >= 0
        dialog.tabs.setCurrentIndex(index)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / f"settings_grading_{language}.png"))
