"""The customer panel's reminders: the next follow-up offered after a contact is logged, the
customer's reminders with New reminder; and the customer list sorted by next follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models import reminders
from models.core import clock
from models.customers import operations, queries
from tests.qt_helpers import type_text
from views.customer_detail import CustomerDetail
from views.customers_page import CustomersPage

TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def customer(book):
    clock.set_clock(lambda: T0)
    return operations.add_customer(book, data={"name": "杭州鑫达建材"})


@pytest.fixture
def detail(qtbot, ctx, customer):
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.show_customer(customer)
    return panel


def log(qtbot, detail, text):
    detail.tabs.setCurrentIndex(1)
    qtbot.mouseClick(detail.log_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, detail.log_edit, text)
    qtbot.keyClick(detail.log_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_logging_a_contact_offers_the_next_follow_up(qtbot, detail, book, customer):
    assert not detail.follow_up_offer.isVisible()
    log(qtbot, detail, "电话聊了报价")
    assert detail.timeline_texts() == ["电话聊了报价"]
    assert detail.follow_up_offer.isVisible()
    assert detail.follow_up_date.date() == QDate(2026, 3, 9)  # a week from today
    detail.follow_up_date.setDate(QDate(2026, 3, 12))
    qtbot.mouseClick(detail.follow_up_set, Qt.MouseButton.LeftButton)
    assert not detail.follow_up_offer.isVisible()
    assert queries.customer(book, customer)["next_follow_up"] == "2026-03-12"
    # the follow-up is a reminder, listed on the panel
    (row,) = reminders.reminders_of_customer(book, customer)
    assert row["kind"] == "follow_up" and row["due_at"] == "2026-03-12T09:00:00+08:00"
    assert detail.reminder_rows() == [["2026-03-12 09:00", "Follow up 杭州鑫达建材", ""]]

    log(qtbot, detail, "又打了一次")  # the date already set is offered next time
    assert detail.follow_up_date.date() == QDate(2026, 3, 12)
    qtbot.mouseClick(detail.follow_up_skip, Qt.MouseButton.LeftButton)
    assert not detail.follow_up_offer.isVisible()
    assert queries.customer(book, customer)["next_follow_up"] == "2026-03-12"


def test_enter_in_the_follow_up_date_sets_it(qtbot, detail, book, customer):
    log(qtbot, detail, "电话聊了报价")
    date = detail.follow_up_date
    assert date.hasFocus() or date.isVisible()
    date.setFocus()
    date.setSelectedSection(date.Section.DaySection)
    qtbot.keyClicks(date, "14")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert not detail.follow_up_offer.isVisible()
    assert queries.customer(book, customer)["next_follow_up"] == "2026-03-14"

    log(qtbot, detail, "又打了一次")
    detail.follow_up_date.setFocus()
    qtbot.keyClick(detail.follow_up_date, Qt.Key.Key_Escape)  # Not now
    assert not detail.follow_up_offer.isVisible()
    assert queries.customer(book, customer)["next_follow_up"] == "2026-03-14"


def test_the_offer_goes_with_another_customer(qtbot, detail, book):
    log(qtbot, detail, "聊过")
    assert detail.follow_up_offer.isVisible()
    other = operations.add_customer(book, data={"name": "宁波海达五金"})
    detail.show_customer(other)
    assert not detail.follow_up_offer.isVisible()


def test_new_reminder_for_the_customer(qtbot, detail, book, customer):
    assert detail.reminder_rows() == []
    done = []

    def fill():
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog.customer_edit.customer_id() == customer
            type_text(qtbot, dialog.title_edit, "送样品")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            done.append(True)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(detail.new_reminder_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    assert detail.reminder_rows() == [["2026-03-03 09:00", "送样品", ""]]
    title = detail.details_area.widget().findChild(type(detail.empty_title), "reminders_title")
    assert title.text() == "Reminders (1)"
    (row,) = reminders.reminders_of_customer(book, customer)
    reminders.complete_reminder(book, reminder_id=row["id"])
    assert detail.reminder_rows() == [["2026-03-03 09:00", "送样品  ·  done", ""]]


def test_the_list_sorts_by_next_follow_up(qtbot, ctx, book, customer):
    operations.update_customer(book, customer_id=customer, data={"next_follow_up": "2026-03-20"})
    b = operations.add_customer(book, data={"name": "宁波海达五金", "next_follow_up": "2026-03-05"})
    c = operations.add_customer(book, data={"name": "温州大华电器"})
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    column = [k for k, _ in page.model.columns].index("next_follow_up")
    assert not page.table.isColumnHidden(column)
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ids = [page.model.customer_id(r) for r in range(page.model.rowCount())]
    assert ids == [b, customer, c]  # no date last
