"""Service tickets on the customer panel, driven as a salesperson would, checked against the
book: a complaint written down from the customer's panel, worked on, paused while waiting for
the customer, resolved with a note; the satisfaction call's reminder, opened from the panel,
records 2/5 and the owner is alerted; the steps show in the customer's timeline. Pictures of
the section and the dialog in both languages at two screen sizes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models import alerts, reminders, tickets
from models.core import clock
from models.customers import operations
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking, type_text
from views.alerts_page import COLUMNS, AlertsPage
from views.customer_detail import CustomerDetail
from views.ticket_dialog import TicketDialog

TZ = dt.timezone(dt.timedelta(hours=8))


def at(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text).replace(tzinfo=TZ)
    clock.set_clock(lambda: when)
    return when


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def shop(book):
    """A shop with its owner and a salesperson, 张伟, signed in; 张伟's customer."""
    at("2026-03-05 10:00")  # a Thursday
    owner = book.user_id
    users.set_password(book, user_id=owner, password="boss-pass")
    seller = users.add_user(book, name="张伟", role="sales", password="zw",
                            owner_password="boss-pass")
    cid = operations.add_customer(book, data={"name": "东方建材", "owner_id": seller})
    users.sign_in(book, user_id=seller, password="zw")
    return {"owner": owner, "seller": seller, "customer": cid}


def in_modal(qtbot, steps, done: list):
    """Runs steps(dialog) on the modal dialog about to open, then closes it."""

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            steps(dialog)
            done.append(True)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, run)


def test_a_tickets_life_to_its_satisfaction_call(qtbot, ctx, book, shop, warnings):
    cid = shop["customer"]
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(QSize(560, 900))
    panel.show_customer(cid)
    assert panel.ticket_rows() == [] and panel.tickets.title.text() == "Tickets"

    done: list = []

    def write(dialog):
        assert isinstance(dialog, TicketDialog)
        assert dialog.heading.text() == "New ticket for 东方建材"
        assert dialog.owner_combo.currentText() == "张伟"  # the customer's salesperson
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no problem written
        assert dialog.isVisible() and warnings
        assert dialog.form.error_label("title").text().startswith("The ticket needs a title")
        assert book.scalar("SELECT count(*) FROM tickets") == 0
        type_text(qtbot, dialog.title_edit, "瓷砖破损十箱")
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
        type_text(qtbot, dialog.description_edit, "到货时外包装破了")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    in_modal(qtbot, write, done)
    qtbot.mouseClick(panel.new_ticket_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    (t,) = tickets.tickets_of_customer(book, cid)
    number = t["number"]
    assert (t["kind"], t["priority"], t["owner_id"], t["description"]) == (
        "complaint", "high", shop["seller"], "到货时外包装破了")
    # high priority: due a day after it was opened
    assert panel.ticket_rows() == [[number, "瓷砖破损十箱", "Complaint", "High", "New", "张伟",
                                    "Due by 2026-03-06 10:00"]]
    assert panel.tickets.title.text() == "Tickets (1 open)"
    assert panel.timeline_texts()[0] == f"Ticket {number} opened: 瓷砖破损十箱"

    def work(dialog):
        assert dialog.windowTitle() == f"Ticket {number}"
        assert not dialog.move_buttons["closed"].isVisible()  # not from new
        at("2026-03-05 14:00")
        qtbot.mouseClick(dialog.move_buttons["in_progress"], Qt.MouseButton.LeftButton)
        assert dialog.state_label.text() == "State: In progress"
        at("2026-03-05 16:00")
        type_text(qtbot, dialog.note_edit, "等客户拍照片")
        qtbot.mouseClick(dialog.move_buttons["waiting"], Qt.MouseButton.LeftButton)
        assert dialog.state_label.text() == "State: Waiting for the customer"
        assert dialog.move_buttons["in_progress"].text() == "Customer replied"
        at("2026-03-07 16:00")  # two days waiting: the SLA clock paused, not overdue
        qtbot.mouseClick(dialog.move_buttons["in_progress"], Qt.MouseButton.LeftButton)
        assert "Overdue" not in dialog.state_label.text()
        at("2026-03-09 10:00")  # 6 + 42 hours of work: overdue
        dialog._reload()
        assert dialog.state_label.text() == "State: In progress  ·  Overdue"
        warnings.clear()
        qtbot.mouseClick(dialog.move_buttons["resolved"], Qt.MouseButton.LeftButton)
        assert warnings == ["Write down how the ticket was resolved."]  # nothing moved
        assert tickets.ticket(book, t["id"])["status"] == "in_progress"
        type_text(qtbot, dialog.note_edit, "补发十箱")
        qtbot.mouseClick(dialog.move_buttons["resolved"], Qt.MouseButton.LeftButton)
        assert dialog.state_label.text() == "State: Resolved"
        assert dialog.sla_label.text().startswith("Time taken 48 h of 24 h  ·  paused 48 h")
        assert not dialog.call_box.isHidden()
        assert [s[1] for s in dialog.steps()] == ["New", "In progress",
                                                  "Waiting for the customer", "In progress",
                                                  "Resolved"]

    done.clear()
    in_modal(qtbot, work, done)
    card = panel.tickets.cards[0]
    qtbot.mouseDClick(card, Qt.MouseButton.LeftButton)  # a double-click opens it
    assert done == [True]
    assert panel.ticket_rows()[0][4:] == [
        "Resolved", "张伟", "Resolved on 2026-03-09 10:00: the satisfaction call is due"]
    assert panel.timeline_texts()[0] == f"Ticket {number} resolved: 补发十箱"

    # resolved: the model made the call's reminder for the handler, the next workday at 9:00
    (call,) = [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    assert call["owner_id"] == shop["seller"]
    assert call["due_at"].startswith("2026-03-10T09:00")
    assert panel.reminder_rows() == [
        ["2026-03-10 09:00", f"Call 东方建材 about ticket {number}: how satisfied are they?", ""]]

    at("2026-03-10 09:30")

    def call_customer(dialog):
        assert isinstance(dialog, TicketDialog) and dialog.ticket_id == t["id"]
        qtbot.mouseClick(dialog.score_group.button(2), Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.call_note_edit, "等了太久")
        qtbot.mouseClick(dialog.call_button, Qt.MouseButton.LeftButton)
        assert dialog.call_label.text().startswith("Recorded on 2026-03-10 09:30: 2/5 等了太久")

    done.clear()
    in_modal(qtbot, call_customer, done)
    # the reminder's row, opened, is the call
    tree = panel.reminders.reminders_list
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert done == [True]
    got = tickets.ticket(book, t["id"])
    assert (got["status"], got["satisfaction"], got["satisfaction_note"]) == (
        "closed", 2, "等了太久")
    assert reminders.reminder(book, call["id"])["status"] == "done"
    assert panel.ticket_rows()[0][4:] == ["Closed", "张伟", "Satisfaction 2/5 等了太久"]
    assert panel.timeline_texts()[0] == f"Ticket {number}: satisfaction 2/5 等了太久"
    # unhappy: the owner is alerted
    users.sign_in(book, user_id=shop["owner"], password="boss-pass")
    (alert,) = alerts.alerts_list(book, reviewed=False)
    assert (alert["word"], alert["tbl"], alert["record_id"], alert["customer_name"]) == (
        tickets.ALERT_WORD, "tickets", t["id"], "东方建材")
    assert "2/5" in alert["context"] and "等了太久" in alert["context"]
    page = AlertsPage(ctx)  # what the owner sees on the Alerts page
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 1
    word = page.model.index(0, COLUMNS.index("word")).data()
    assert word == "Unhappy customer"
    assert page.model.index(0, COLUMNS.index("customer_name")).data() == "东方建材"


def test_editing_reopening_and_deleting_a_ticket(qtbot, ctx, book, shop, monkeypatch):
    cid = shop["customer"]
    tid = tickets.add_ticket(book, data={"customer_id": cid, "title": "问价"})
    dialog = TicketDialog(ctx, tid)
    qtbot.addWidget(dialog)
    assert dialog.delete_button.isHidden()  # a salesperson does not delete tickets
    assert dialog.due_field.check.isChecked()  # the due date the priority gave
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("urgent"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("question"))
    dialog.due_field.edit.setDateTime(dialog.due_field.edit.dateTime().addDays(2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    got = tickets.ticket(book, tid)
    assert (got["priority"], got["kind"]) == ("urgent", "question")
    assert got["due_by"].startswith("2026-03-10T10:00")  # 3 days (normal) + 2
    # resolved, then reopened: the call's reminder goes with it
    dialog = TicketDialog(ctx, tid)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.note_edit, "报了价")
    qtbot.mouseClick(dialog.move_buttons["resolved"], Qt.MouseButton.LeftButton)
    assert [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    assert dialog.move_buttons["in_progress"].text() == "Reopen"
    qtbot.mouseClick(dialog.move_buttons["in_progress"], Qt.MouseButton.LeftButton)
    assert tickets.ticket(book, tid)["status"] == "in_progress"
    assert not [r for r in reminders.reminders_of_customer(book, cid) if r["status"] == "open"]
    assert dialog.call_box.isHidden()
    # the owner deletes it (after saying yes)
    users.sign_in(book, user_id=shop["owner"], password="boss-pass")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = TicketDialog(ctx, tid)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isHidden()
    assert dialog.delete() == tid
    assert tickets.ticket(book, tid) is None


def test_a_salesperson_sees_and_opens_only_tickets_they_may(qtbot, ctx, book, shop):
    other = operations.add_customer(book, data={"name": "老板的客户", "owner_id": shop["owner"]})
    users.sign_in(book, user_id=shop["owner"], password="boss-pass")
    theirs = tickets.add_ticket(book, data={"customer_id": other, "title": "问价"})
    users.sign_in(book, user_id=shop["seller"], password="zw")
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(other)  # not among those 张伟 may see
    assert panel.stack.currentIndex() == 0
    assert tickets.ticket(book, theirs) is None
    assert tickets.tickets_of_customer(book, other) == []


def _sample(book, shop) -> str:
    """Four tickets: one overdue, one waiting for the customer, one resolved, one closed;
    returns the resolved one's id."""
    cid = shop["customer"]
    at("2026-03-02 09:00")
    late = tickets.add_ticket(book, data={"customer_id": cid, "title": "漏水，需要上门维修",
                                          "kind": "repair", "priority": "urgent"})
    tickets.set_ticket_status(book, ticket_id=late, status="in_progress", note="师傅已出发")
    done = tickets.add_ticket(book, data={"customer_id": cid, "title": "送货晚了三天",
                                          "kind": "complaint"})
    tickets.set_ticket_status(book, ticket_id=done, status="resolved",
                              resolution="道歉并减免运费")
    tickets.record_satisfaction(book, ticket_id=done, score=4, note="还算满意")
    at("2026-03-05 10:00")
    wait = tickets.add_ticket(book, data={"customer_id": cid, "title": "要开增值税专用发票",
                                          "kind": "request", "priority": "low"})
    tickets.set_ticket_status(book, ticket_id=wait, status="waiting", note="等客户发开票信息")
    tickets.set_ticket_status(book, ticket_id=late, status="resolved", resolution="换了阀门")
    at("2026-03-06 09:00")
    slow = tickets.add_ticket(book, data={"customer_id": cid, "title": "退回两桶变色的油漆",
                                          "kind": "return", "priority": "high"})
    tickets.set_ticket_status(book, ticket_id=slow, status="in_progress")
    return late


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_pictures_of_the_section_and_the_dialog(qtbot, ctx, book, shop, language):
    late = _sample(book, shop)
    at("2026-03-07 11:00")
    with speaking(language):
        panel = CustomerDetail(ctx)
        qtbot.addWidget(panel)
        panel.show_customer(shop["customer"])
        rows = panel.ticket_rows()
        assert len(rows) == 4
        if language == "en":  # past its 24 hours: overdue; waiting: the SLA clock paused
            assert rows[0][4:] == ["In progress  ·  Overdue", "张伟",
                                   "Overdue: it was due by 2026-03-07 09:00"]
            assert rows[1][4:] == ["Waiting for the customer", "张伟",
                                   "SLA clock paused until the customer replies (168 h left)"]
        if language == "zh_CN":
            assert panel.tickets.title.text() != "Tickets (1 open)"
            assert all(r[2] not in ("Request", "Repair", "Complaint") for r in rows)
        dialog = TicketDialog(ctx, late)
        qtbot.addWidget(dialog)
        # the panel as the customers page sizes it: a quarter of the screen, 300 to 460 pixels
        for width, height in ((1366, 768), (1920, 1080)):
            panel.resize(QSize(max(300, min(460, width // 4)), height - 120))
            panel.show()
            qtbot.wait(10)
            area = panel.details_area
            assert area.horizontalScrollBar().maximum() == 0  # nothing cut off on the right
            area.verticalScrollBar().setValue(panel.tickets.y() - 40)
            panel.grab().save(str(screenshots_dir()
                                  / f"tickets_section_{language}_{width}x{height}.png"))
            panel.tabs.setCurrentIndex(1)
            panel.grab().save(str(screenshots_dir()
                                  / f"tickets_timeline_{language}_{width}x{height}.png"))
            panel.tabs.setCurrentIndex(0)
            dialog.show()
            dialog.adjustSize()
            dialog.grab().save(str(screenshots_dir()
                                   / f"ticket_dialog_{language}_{width}x{height}.png"))
            assert dialog.height() <= height - 80, dialog.height()  # fits the screen
        new = TicketDialog(ctx, customer_id=shop["customer"])
        qtbot.addWidget(new)
        new.show()
        new.adjustSize()
        new.grab().save(str(screenshots_dir() / f"ticket_new_{language}.png"))
