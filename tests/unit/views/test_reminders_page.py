"""The agenda, driven from the keyboard as a person would, checked against the book."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models import deals, reminders
from models.core import changelog, clock
from models.customers import operations
from models.team import users
from tests.qt_helpers import demo_book, screenshots_dir, speaking, type_text
from views.context import AppContext
from views.reminder_dialog import ReminderDialog, recurrence_text
from views.reminders_page import AgendaModel, RemindersPage

SHOTS = screenshots_dir()
# The offscreen platform cannot raise a popup menu or let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # a Monday morning


def at(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> str:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=TZ).isoformat()


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture
def agenda_book(book):
    """Four reminders of the user, one in each section, and one of a colleague."""
    state = {"now": NOW}
    clock.set_clock(lambda: state["now"])
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    did = deals.add_deal(book, data={"title": "瓷砖 200 箱", "customer_id": cid})
    other = users.add_user(book, name="李娜", role="sales", password="x", owner_password="boss")
    ids = {
        "overdue": reminders.add_reminder(book, data={
            "title": "Call about the invoice", "due_at": at(1), "customer_id": cid}),
        "today": reminders.add_reminder(book, data={
            "title": "Visit the site", "due_at": at(2, 15), "deal_id": did,
            "priority": "high"}),
        "week": reminders.add_reminder(book, data={
            "title": "Send the quote", "due_at": at(5),
            "recurrence": {"every": 1, "unit": "week"}}),
        "later": reminders.add_reminder(book, data={
            "title": "Spring order", "due_at": at(10, month=4)}),
        "colleague": reminders.add_reminder(book, data={
            "title": "Colleague's call", "due_at": at(2, 11), "owner_id": other}),
    }
    return {"book": book, "ids": ids, "customer": cid, "deal": did, "other": other,
            "clock": state}


@pytest.fixture
def page(qtbot, ctx, agenda_book):
    p = RemindersPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    p.view.setFocus()
    return p


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(page.view, key, modifier)


class on_modal:  # noqa: N801 - reads as a phrase
    """Run act(dialog) on the next modal dialog; always close it so a failure cannot hang."""

    def __init__(self, act):
        self.act, self.failures, self.ran, self.tries = act, [], False, 0
        QTimer.singleShot(0, self.run)

    def run(self):
        modal = QApplication.activeModalWidget()
        if modal is None:
            self.tries += 1
            if self.tries < 200:
                QTimer.singleShot(10, self.run)
            return
        self.ran = True
        try:
            self.act(modal)
        except BaseException as exc:  # noqa: BLE001 - re-raised by check()
            self.failures.append(exc)
        finally:
            if modal.isVisible():
                modal.reject()

    def check(self):
        if self.failures:
            raise self.failures[0]
        assert self.ran, "no dialog opened"


# -- sections ---------------------------------------------------------------------------------
def test_sections_follow_the_clock(page, agenda_book):
    assert page.titles("overdue") == ["Call about the invoice"]
    assert page.titles("today") == ["Visit the site"]
    assert page.titles("week") == ["Send the quote"]
    assert page.titles("later") == ["Spring order"]
    model = page.model
    assert model.index(0, 0).data() == "Overdue (1)"
    assert model.index(2, 0).data() == "Next 7 days (1)"
    week = model.index(0, 0, model.index(2, 0))
    assert week.siblingAtColumn(4).data() == "Every week"
    assert week.data().startswith("Thu 03-05 09:00")
    today = model.index(0, 0, model.index(1, 0))
    assert today.data() == "15:00"
    assert today.siblingAtColumn(2).data() == "杭州鑫达建材 · 瓷砖 200 箱"
    assert today.siblingAtColumn(5).data() == "High"

    # Two days on, without a restart: the minute timer moves them to their new sections.
    agenda_book["clock"]["now"] = NOW + dt.timedelta(days=3)
    page.timer.timeout.emit()
    assert page.titles("overdue") == ["Call about the invoice", "Visit the site"]
    assert page.titles("today") == ["Send the quote"]


def test_space_and_d_mark_done_and_the_next_one_is_selected(qtbot, page, agenda_book):
    book, ids = agenda_book["book"], agenda_book["ids"]
    assert page.current_id() == ids["overdue"]  # the first one is selected at start
    press(qtbot, page, Qt.Key.Key_Space)
    assert reminders.reminder(book, ids["overdue"])["status"] == "done"
    assert page.titles("overdue") == []
    assert page.current_id() == ids["today"]
    press(qtbot, page, Qt.Key.Key_D)
    assert reminders.reminder(book, ids["today"])["status"] == "done"
    # a recurring one done opens its next one, a week later
    assert page.current_id() == ids["week"]
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.titles("week") == []
    assert page.titles("later") == ["Send the quote", "Spring order"]
    nxt = page.model.sections["later"][0]
    assert nxt["id"] != ids["week"] and nxt["due_at"] == "2026-03-12T09:00:00+08:00"


@pytest.mark.parametrize("key,section,due", [
    (Qt.Key.Key_1, "today", "2026-03-02T10:15:00+08:00"),   # 15 minutes
    (Qt.Key.Key_H, "today", "2026-03-02T11:00:00+08:00"),   # 1 hour
    (Qt.Key.Key_T, "week", "2026-03-03T09:00:00+08:00"),    # tomorrow morning
    (Qt.Key.Key_4, "week", "2026-03-03T09:00:00+08:00"),    # next workday (Tuesday)
])
def test_snooze_from_the_keyboard(qtbot, page, agenda_book, key, section, due):
    rid = agenda_book["ids"]["overdue"]
    assert page.current_id() == rid
    press(qtbot, page, Qt.Key.Key_S)
    menu = page.snooze_menu
    assert menu is not None and menu.isVisible()
    assert [a.data() for a in menu.actions()] == ["15m", "1h", "tomorrow", "next_workday", "date"]
    qtbot.keyClick(menu, key)
    assert not menu.isVisible()
    assert reminders.reminder(agenda_book["book"], rid)["due_at"] == due
    assert page.section_of(rid) == section
    assert page.titles("overdue") == []


def test_snooze_to_a_date_picked(qtbot, page, agenda_book):
    rid = agenda_book["ids"]["overdue"]

    def pick(dialog):
        dialog.edit.setDateTime(dialog.edit.dateTime().addDays(20))
        dialog.accept()

    modal = on_modal(pick)
    press(qtbot, page, Qt.Key.Key_S)
    qtbot.keyClick(page.snooze_menu, Qt.Key.Key_P)
    modal.check()
    row = reminders.reminder(agenda_book["book"], rid)
    assert row["due_at"].startswith("2026-03-23")  # the day after now, plus 20 days
    assert page.section_of(rid) == "later"


def test_delete_with_del_and_undo(qtbot, page, agenda_book):
    book, rid = agenda_book["book"], agenda_book["ids"]["overdue"]
    press(qtbot, page, Qt.Key.Key_Delete)
    assert reminders.reminder(book, rid) is None
    assert page.titles("overdue") == []
    changelog.undo(book)
    assert page.titles("overdue") == ["Call about the invoice"]


# -- the dialog -------------------------------------------------------------------------------
def test_n_adds_a_reminder_that_repeats(qtbot, page, agenda_book):
    book = agenda_book["book"]

    def fill(dialog):
        assert isinstance(dialog, ReminderDialog)
        type_text(qtbot, dialog.title_edit, "月底对账")
        dialog.customer_edit.set_customer(agenda_book["customer"])
        dialog.customer_edit.customer_chosen.emit(agenda_book["customer"])
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))  # Thursday
        dialog.time_edit.setTime(dialog.time_edit.time().addSecs(5400))  # 10:30
        rec = dialog.recurrence
        assert not rec.weekdays_row.isVisible()
        rec.repeat_box.setChecked(True)
        rec.unit_combo.setCurrentIndex(rec.unit_combo.findData("month"))
        assert rec.monthday_row.isVisible() and not rec.weekdays_row.isVisible()
        rec.monthday_box.setChecked(True)
        rec.monthday_spin.setValue(31)
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    modal = on_modal(fill)
    press(qtbot, page, Qt.Key.Key_N)
    modal.check()
    (row,) = [r for r in reminders.agenda(book)["week"] if r["title"] == "月底对账"]
    assert row["due_at"] == "2026-03-05T10:30:00+08:00"
    assert row["recurrence"] == {"every": 1, "unit": "month", "monthday": 31}
    assert row["customer_id"] == agenda_book["customer"] and row["priority"] == "high"
    assert page.current_id() == row["id"]
    assert recurrence_text(row["recurrence"]) == "Every month (last day)"


def test_enter_edits_title_and_weekly_recurrence(qtbot, page, agenda_book):
    book, rid = agenda_book["book"], agenda_book["ids"]["week"]
    page.select(rid)

    def edit(dialog):
        assert dialog.title_edit.text() == "Send the quote"
        assert dialog.recurrence.repeat_box.isChecked()
        assert dialog.recurrence.weekdays_row.isVisible()
        dialog.title_edit.selectAll()
        type_text(qtbot, dialog.title_edit, "Send the new quote")
        dialog.recurrence.every_spin.setValue(2)
        dialog.recurrence.weekday_boxes[0].setChecked(True)
        dialog.recurrence.weekday_boxes[3].setChecked(True)
        dialog.activateWindow()  # the offscreen platform has no window manager to do it
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    modal = on_modal(edit)
    press(qtbot, page, Qt.Key.Key_Return)
    modal.check()
    row = reminders.reminder(book, rid)
    assert row["title"] == "Send the new quote"
    assert row["recurrence"] == {"every": 2, "unit": "week", "weekdays": [0, 3]}
    assert row["due_at"] == "2026-03-05T09:00:00+08:00"  # the time was not touched
    assert page.titles("week") == ["Send the new quote"]
    index = page.model.find(rid)
    assert index.siblingAtColumn(4).data() == "Every 2 weeks (Mon, Thu)"


def test_a_title_is_required(qtbot, page, agenda_book, warnings):
    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.form.error_label("title").text() == "The reminder needs a title."

    modal = on_modal(fill)
    press(qtbot, page, Qt.Key.Key_N)
    modal.check()
    assert warnings == ["The reminder needs a title."]


# -- who and what -----------------------------------------------------------------------------
def test_owner_filter(qtbot, page, agenda_book):
    box = page.owner_box
    assert box.currentData() == agenda_book["book"].user_id
    assert "Colleague's call" not in page.titles("today")
    box.setCurrentIndex(box.findData(""))  # everyone
    assert page.titles("today") == ["Colleague's call", "Visit the site"]
    box.setCurrentIndex(box.findData(agenda_book["other"]))
    assert page.titles("today") == ["Colleague's call"]
    assert page.titles("overdue") == [] and page.titles("week") == []


def test_double_click_opens_the_deal_or_the_customer(qtbot, page, agenda_book):
    page.select(agenda_book["ids"]["today"])
    rect = page.view.visualRect(page.view.currentIndex())
    with qtbot.waitSignal(page.open_deal, timeout=1000) as opened:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [agenda_book["deal"]]
    page.select(agenda_book["ids"]["overdue"])
    with qtbot.waitSignal(page.open_customer, timeout=1000) as opened:
        page.open_button.click()
    assert opened.args == [agenda_book["customer"]]


def test_moved_off_a_holiday_says_so(qtbot, ctx, agenda_book):
    book = agenda_book["book"]
    reminders.set_skip_holidays(book, on=True)
    rid = reminders.add_reminder(book, data={"title": "National day visit",
                                             "due_at": "2026-10-01"})
    p = RemindersPage(ctx)
    qtbot.addWidget(p)
    p.show()
    index = p.model.find(rid)
    assert "(moved from 10-01)" in index.data()
    assert "2026-10-01" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_empty_agenda(qtbot, ctx, book):
    clock.set_clock(lambda: NOW)
    p = RemindersPage(ctx)
    qtbot.addWidget(p)
    p.show()
    assert p.stack.currentWidget() is p.empty
    reminders.add_reminder(book, data={"title": "x", "due_at": at(3)})
    assert p.stack.currentWidget() is p.view


def test_agenda_model(qtmodeltester, agenda_book):
    model = AgendaModel()
    model.set_agenda(reminders.agenda(agenda_book["book"]))
    qtmodeltester.check(model)


# -- pictures ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_demo_agenda(qtbot, tmp_path, language):
    with demo_book(tmp_path) as demo:
        agenda = reminders.agenda(demo)  # the demo's: overdue, today, soon, later, recurring
        assert all(agenda[k] for k in ("overdue", "today", "week", "later"))
        assert any(r["recurrence"] for rows in agenda.values() for r in rows)
        with speaking(language):
            p = RemindersPage(AppContext(demo))
            qtbot.addWidget(p)
            p.set_owner(None)
            p.resize(1200, 700)
            p.show()
            qtbot.waitExposed(p)
            assert sum(len(rows) for rows in p.model.sections.values()) > 3
            tag = "zh" if language == "zh_CN" else "en"
            p.grab().save(str(SHOTS / f"agenda_{tag}.png"))
            p.view.collapse(p.model.section_index("overdue"))  # the backlog folded away
            p.view.setCurrentIndex(p.model.index(0, 0, p.model.section_index("today")))
            p.view.scrollToTop()
            p.grab().save(str(SHOTS / f"agenda_folded_{tag}.png"))
            dialog = ReminderDialog(p.ctx, p.current_id(), parent=p)
            qtbot.addWidget(dialog)
            dialog.recurrence.repeat_box.setChecked(True)
            dialog.recurrence.unit_combo.setCurrentIndex(1)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()  # the Repeat rows shown: the dialog grows to fit them
            dialog.grab().save(str(SHOTS / f"reminder_dialog_{tag}.png"))
            dialog.done(0)
            p.close()
