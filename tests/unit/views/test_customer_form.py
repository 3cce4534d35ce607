"""The customer form and the contact dialog, driven with the keyboard and the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.customers import operations, queries
from views.contact_dialog import ContactDialog
from views.customer_form import CustomerDialog


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    """Modal message boxes would block the test: record them and answer No / Cancel."""
    shown: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", answer)
    return shown


def open_form(qtbot, ctx, customer_id=None) -> CustomerDialog:
    dlg = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()  # shortcuts (Ctrl+Enter) go to the active window
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def click_save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


def audited_fields(book, op_name: str) -> list[str]:
    return [r[0] for r in book.all(
        "SELECT a.field FROM audit a JOIN operations o ON o.id = a.op_id WHERE o.name = ? "
        "ORDER BY a.seq", (op_name,))]


def test_create_a_customer(qtbot, ctx, book):
    operations.add_custom_field(book, label="Budget", kind="number")
    operations.add_custom_field(book, label="Type", kind="choice", choices=["Dealer", "Shop"])
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.name_edit, "Golden Dragon Tea")
    qtbot.keyClicks(dlg.mobile_edit, "138 0013 8000")
    qtbot.keyClicks(dlg.email_edit, "li@example.com")
    qtbot.keyClicks(dlg.city_combo.lineEdit(), "Hangzhou")
    qtbot.keyClicks(dlg.grade_combo, "B")
    qtbot.keyClicks(dlg.tags_edit, "tea, wholesale")
    qtbot.mouseClick(dlg.follow_up.check, Qt.MouseButton.LeftButton)
    budget = dlg.findChild(type(dlg.name_edit), "custom:budget")
    qtbot.keyClicks(budget, "12abc000")  # the validator drops the letters
    qtbot.keyClicks(dlg.findChild(type(dlg.grade_combo), "custom:type"), "Shop")
    qtbot.keyClicks(dlg.notes_edit, "Pays on time")
    click_save(qtbot, dlg)

    assert dlg.result() == QDialog.DialogCode.Accepted
    row = queries.customer(book, dlg.saved_id)
    assert row["name"] == "Golden Dragon Tea"
    assert row["mobile"] == "13800138000"
    assert row["email"] == "li@example.com"
    assert row["city"] == "Hangzhou"
    assert row["grade"] == "B"
    assert row["tags"] == "tea, wholesale"
    assert row["next_follow_up"] == dlg.follow_up.value() != ""
    assert row["notes"] == "Pays on time"
    assert row["owner_id"] == book.user_id
    assert row["custom"] == {"budget": "12000", "type": "Shop"}


def test_a_bad_mobile_shows_an_inline_error_and_writes_nothing(qtbot, ctx, book):
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.name_edit, "Golden Dragon Tea")
    qtbot.keyClicks(dlg.mobile_edit, "12345")
    click_save(qtbot, dlg)

    error = dlg.left.error_label("mobile")
    assert error.isVisible()
    assert "12345" in error.text() and "mobile" in error.text()
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.focusWidget() is dlg.mobile_edit
    assert queries.count_customers(book) == 0

    dlg.mobile_edit.clear()
    qtbot.keyClicks(dlg.mobile_edit, "13800138000")
    click_save(qtbot, dlg)
    assert not error.isVisible()
    assert queries.count_customers(book) == 1


def test_a_missing_name_shows_under_the_name(qtbot, ctx, book):
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.contact_edit, "Mr Li")
    click_save(qtbot, dlg)
    assert dlg.left.error_label("name").isVisible()
    assert dlg.left.error_label("name").text() == "The customer needs a name."
    assert queries.count_customers(book) == 0


def test_duplicates_are_warned_about(qtbot, ctx, book, monkeypatch):
    operations.add_customer(book, data={"name": "Golden Dragon Tea", "mobile": "13800138000"})
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.name_edit, "Another shop")
    qtbot.keyClicks(dlg.mobile_edit, "+86 138 0013 8000")
    click_save(qtbot, dlg)

    assert len(asked) == 1
    assert "Golden Dragon Tea" in asked[0] and "13800138000" in asked[0]
    assert dlg.isVisible()
    assert queries.count_customers(book) == 1

    answer[0] = QMessageBox.StandardButton.Yes
    click_save(qtbot, dlg)
    assert len(asked) == 2
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert queries.count_customers(book) == 2


def test_edit_writes_only_the_changed_field(qtbot, ctx, book):
    cid = operations.add_customer(book, data={
        "name": "Golden Dragon Tea", "mobile": "13800138000; 13912345678", "city": "Hangzhou",
        "tags": "tea, wholesale", "grade": "A", "next_follow_up": "2024-05-10",
        "notes": "Line one\nLine two"})
    dlg = open_form(qtbot, ctx, cid)
    assert dlg.name_edit.text() == "Golden Dragon Tea"
    assert dlg.city_combo.currentText() == "Hangzhou"
    assert dlg.follow_up.value() == "2024-05-10"
    dlg.city_combo.lineEdit().selectAll()
    qtbot.keyClicks(dlg.city_combo.lineEdit(), "Suzhou")
    qtbot.keyClick(dlg.city_combo.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.saved_id == cid
    assert audited_fields(book, "update_customer") == ["city"]
    row = queries.customer(book, cid)
    assert row["city"] == "Suzhou"
    assert row["mobile"] == "13800138000; 13912345678"


def test_edit_without_changes_writes_nothing(qtbot, ctx, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    dlg = open_form(qtbot, ctx, cid)
    click_save(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert audited_fields(book, "update_customer") == []


def test_escape_asks_before_discarding_what_was_typed(qtbot, ctx, book, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.name_edit, "Half typed")
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dlg.isVisible()
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dlg.isVisible()
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert queries.count_customers(book) == 0


def test_escape_on_an_untouched_form_just_closes(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    dlg = open_form(qtbot, ctx)
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_a_bad_email_on_edit_shows_inline_and_writes_nothing(qtbot, ctx, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    dlg = open_form(qtbot, ctx, cid)
    dlg.email_edit.setText("not-an-email")
    click_save(qtbot, dlg)
    assert dlg.left.error_label("email").isVisible()
    assert audited_fields(book, "update_customer") == []


def test_contact_dialog_validates_inline_and_saves(qtbot, ctx, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    dlg = ContactDialog(ctx, cid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.edits["name"], "Li Na")
    qtbot.keyClicks(dlg.edits["mobile"], "555")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.form.error_label("mobile").isVisible()
    assert queries.contacts(book, cid) == []

    dlg.edits["mobile"].clear()
    qtbot.keyClicks(dlg.edits["mobile"], "13800138000")
    qtbot.keyClicks(dlg.edits["title"], "Buyer")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    [person] = queries.contacts(book, cid)
    assert (person["name"], person["title"], person["mobile"]) == ("Li Na", "Buyer", "13800138000")


def test_a_full_disk_says_so_and_the_form_keeps_what_was_typed(qtbot, ctx, book, boxes):
    pages = book.scalar("PRAGMA page_count")
    with book.exclusive() as conn:  # SQLite's own "database or disk is full"
        conn.execute(f"PRAGMA max_page_count = {pages}")
    dlg = open_form(qtbot, ctx)
    qtbot.keyClicks(dlg.name_edit, "Golden Dragon Tea")
    qtbot.keyClicks(dlg.notes_edit, "A long note " * 400)
    click_save(qtbot, dlg)

    assert boxes and "the disk is full" in boxes[-1] and "Nothing was lost" in boxes[-1]
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.name_edit.text() == "Golden Dragon Tea"
    assert queries.count_customers(book) == 0
    assert book.scalar("SELECT count(*) FROM operations") == 1  # only the owner's creation

    with book.exclusive() as conn:  # space again: the same form saves
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    click_save(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert queries.count_customers(book) == 1


def test_a_shared_customer_not_on_this_pc_yet_is_named_as_on_its_way(qtbot, tmp_path,
                                                                      monkeypatch):
    """王强's PC has the owner's clash index but not yet the customer the owner shared with
    him: the form does not refuse it as another salesperson's, it asks as for a duplicate."""
    from models.customers import sharing
    from models.team import users
    from tests import sync_helpers
    from views.context import AppContext

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    with sync_helpers.team(tmp_path) as (owner, sales, share):
        li = users.add_user(owner, name="李娜", role="sales", owner_password="boss")
        wang = users.add_user(owner, name="王强", role="sales")
        sync_helpers.sync(owner)
        sync_helpers.sync(sales)
        cid = operations.add_customer(owner, data={"name": "杭州金达建材", "owner_id": li,
                                                   "mobile": "13912345678"})
        sharing.share_customer(owner, customer_id=cid, user_id=wang)
        sync_helpers.sync(owner)
        with sync_helpers.without_changes_of(share, owner):
            sync_helpers.sync(sales)
        sales.user_id = wang
        assert sales.one("SELECT 1 FROM customers WHERE id = ?", (cid,)) is None
        dlg = open_form(qtbot, AppContext(sales))
        qtbot.keyClicks(dlg.name_edit, "Jinda New Shop")
        qtbot.keyClicks(dlg.mobile_edit, "139 1234 5678")
        click_save(qtbot, dlg)
        assert len(asked) == 1 and "next sync: 1 that you can see" in asked[0]
        assert "another salesperson" not in asked[0] and dlg.isVisible()
        assert queries.count_customers(sales) == 0
        answer[0] = QMessageBox.StandardButton.Yes  # saved anyway: no 撞单
        click_save(qtbot, dlg)
        assert dlg.result() == QDialog.DialogCode.Accepted
        assert queries.count_customers(sales) == 1
