"""The deal form and the board's small questions, driven as a person would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from models import deals
from models.core import clock
from models.core.money import Money
from models.customers import operations
from tests.qt_helpers import type_text
from tests.unit.views.test_settings_dialog import on_modal
from views.customer_form import DateField
from views.deal_dialog import (
    DealDialog,
    LostReasonDialog,
    RequirementsDialog,
    ask_lost_reason,
    ask_snooze_days,
    ask_stall_reason,
    complete_requirements,
    edit_deal,
)

# The offscreen platform cannot raise the completer's popup or let it grab the keyboard.
popup_warnings = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                           "This plugin does not support grabbing")
T0 = dt.datetime(2025, 3, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    """Messages that would have popped up in a modal box (it would block the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture(autouse=True)
def fixed_clock():
    clock.set_clock(lambda: T0)


@pytest.fixture
def customer(book):
    operations.add_customer(book, data={"name": "宁波华光建材"})
    return operations.add_customer(book, data={"name": "杭州顺发五金", "city": "杭州"})


def stage(book, key):
    return next(s for s in deals.stages(book) if s["key"] == key)


def open_dialog(qtbot, ctx, **kwargs) -> DealDialog:
    dialog = DealDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot, button):
    if isinstance(button, QCheckBox):  # on its box: a stretched check box is empty on the right
        pos = QPoint(8, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_customer(qtbot, dialog, typed):
    picker = dialog.customer_edit
    type_text(qtbot, picker, typed)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)  # after the typing pause
    popup = picker.picker.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@popup_warnings
def test_create_a_deal_by_typing(qtbot, ctx, book, customer):
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Office chairs x200")
    pick_customer(qtbot, dialog, "hzsf")  # pinyin initials of 杭州顺发五金
    assert dialog.customer_edit.text() == "杭州顺发五金"
    qtbot.keyClicks(dialog.amount_edit, "12,500.5")
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("USD"))
    qtbot.keyClicks(dialog.next_step_edit, "send the quote")
    qtbot.keyClicks(dialog.products_edit, "chairs")
    type_text(qtbot, dialog.notes_edit, "老板要发票")
    assert dialog.probability.spin.value() == 10  # the first stage's default
    click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    saved = deals.deal(book, dialog.saved_id)
    assert saved["title"] == "Office chairs x200"
    assert saved["customer_id"] == customer
    assert saved["amount"] == Money(1250050, "USD") and saved["currency"] == "USD"
    assert saved["next_step"] == "send the quote" and saved["products"] == "chairs"
    assert saved["notes"] == "老板要发票"
    assert saved["stage_id"] == deals.stages(book)[0]["id"]
    assert saved["owner_id"] == book.user_id
    assert saved["probability"] == 10  # follows the stage


@popup_warnings
def test_amounts_as_people_type_them_and_an_inline_message(qtbot, ctx, book, customer, warnings):
    dialog = open_dialog(qtbot, ctx, customer_id=customer)
    qtbot.keyClicks(dialog.title_edit, "Tiles")
    error = dialog.left.error_label("amount")
    type_text(qtbot, dialog.amount_edit, "1.2345万")  # five decimals of 万: 12345.00 yuan
    dialog.amount_edit.editingFinished.emit()
    assert error.isHidden()
    assert dialog.values()["amount"] == Money(1234500)
    dialog.amount_edit.clear()
    dialog.amount_edit.setFocus()
    qtbot.keyClicks(dialog.amount_edit, "12.345")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Tab)  # leaving the box says what is wrong
    assert not dialog.amount_edit.hasFocus()
    assert error.isVisible()
    assert error.text() == "12.345 has too many decimals: CNY amounts have at most 2 decimals."
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Backspace)  # "12.34": the message goes
    assert error.isHidden()
    # the currency decides: yen have no decimals
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("JPY"))
    assert error.isVisible() and error.text() == "12.34 has decimals, but JPY amounts have none."
    click(qtbot, dialog.save_button)  # refused with the same message, the text kept
    assert warnings == ["12.34 has decimals, but JPY amounts have none."]
    assert dialog.isVisible() and dialog.typed()["amount"] == "12.34"
    assert deals.list_deals(book, status=None) == []
    dialog.amount_edit.clear()
    type_text(qtbot, dialog.amount_edit, "１２万５")  # full-width, as an input method types
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert deals.deal(book, dialog.saved_id)["amount"] == Money(125000, "JPY")


@popup_warnings
def test_the_customer_is_preset_and_the_picker_asks_the_index(qtbot, ctx, book, customer):
    dialog = open_dialog(qtbot, ctx, customer_id=customer)
    assert dialog.customer_edit.text() == "杭州顺发五金"
    assert dialog.values()["customer_id"] == customer
    dialog.customer_edit.clear()
    qtbot.keyClicks(dialog.customer_edit, "nb")
    assert dialog.customer_edit.search_now() == 1
    assert dialog.customer_edit.offered() == ["宁波华光建材"]
    assert dialog.values()["customer_id"] == ""  # typed, not picked: not a customer yet


@popup_warnings
def test_a_validation_message_keeps_what_was_typed(qtbot, ctx, book, customer, warnings):
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.amount_edit, "800")
    qtbot.keyClicks(dialog.next_step_edit, "call back")
    type_text(qtbot, dialog.customer_edit, "杭州顺发五金")  # typed in full, not picked
    click(qtbot, dialog.save_button)

    assert warnings == ["The deal needs a title."]
    assert dialog.isVisible()
    assert dialog.left.error_label("title").text() == "The deal needs a title."
    assert dialog.typed()["amount"] == "800" and dialog.typed()["next_step"] == "call back"
    assert dialog.title_edit.hasFocus()
    assert deals.list_deals(book, status=None) == []

    qtbot.keyClicks(dialog.title_edit, "Sample order")
    dialog.customer_edit.clear()
    qtbot.keyClicks(dialog.customer_edit, "nobody")
    click(qtbot, dialog.save_button)
    assert warnings[-1] == "Choose the customer of the deal."
    assert dialog.isVisible()
    assert dialog.typed()["title"] == "Sample order" and dialog.typed()["customer"] == "nobody"

    dialog.customer_edit.clear()
    type_text(qtbot, dialog.customer_edit, "杭州顺发五金")  # one customer of that name: it
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    (only,) = deals.list_deals(book, status=None)
    assert only["title"] == "Sample order" and only["customer_id"] == customer
    assert only["amount"] == Money(80000)


def test_probability_follows_the_stage_until_changed(qtbot, ctx, book, customer):
    dialog = open_dialog(qtbot, ctx, customer_id=customer)
    qtbot.keyClicks(dialog.title_edit, "Locks")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(stage(book, "needs")["id"]))
    assert dialog.probability.spin.value() == 25
    assert dialog.probability.note.isVisible() and not dialog.probability.reset.isVisible()
    assert dialog.values()["probability"] is None
    dialog.probability.spin.setFocus()
    qtbot.keyClick(dialog.probability.spin, Qt.Key.Key_Up)
    assert dialog.values()["probability"] == 26
    assert dialog.probability.reset.isVisible()
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(stage(book, "proposal")["id"]))
    assert dialog.probability.spin.value() == 26  # the user's value stays
    click(qtbot, dialog.save_button)
    saved = deals.deal(book, dialog.saved_id)
    assert saved["probability"] == 26 and saved["stage_id"] == stage(book, "proposal")["id"]


def test_edit_a_deal_and_close_it(qtbot, ctx, book, customer):
    did = deals.add_deal(book, data={"title": "Shelves", "customer_id": customer,
                                     "amount": 3000})
    dialog = open_dialog(qtbot, ctx, deal_id=did)
    assert dialog.title_edit.text() == "Shelves" and dialog.amount_edit.text() == "3000"
    assert dialog.won_button.isVisible() and not dialog.reopen_button.isVisible()
    assert dialog.status_label.text().startswith("Open · Initial contact")

    modal = on_modal(lambda box: (box.reasons.setCurrentRow(
        box.reasons.count() - 3), qtbot.keyClicks(box.note_edit, "no answer"),
        click(qtbot, box.ok_button)))
    click(qtbot, dialog.lost_button)
    assert not modal, modal
    saved = deals.deal(book, did)
    assert saved["status"] == "lost" and saved["lost_reason"] == "went_silent"
    assert saved["lost_note"] == "no answer"
    assert "Went silent" in dialog.status_label.text()
    assert dialog.reopen_button.isVisible() and not dialog.won_button.isVisible()

    click(qtbot, dialog.reopen_button)
    assert deals.deal(book, did)["status"] == "open"
    click(qtbot, dialog.won_button)
    assert deals.deal(book, did)["status"] == "won"

    dialog.next_step_edit.clear()
    qtbot.keyClicks(dialog.next_step_edit, "deliver")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert deals.deal(book, did)["next_step"] == "deliver"
    assert deals.deal(book, did)["status"] == "won"  # the save does not reopen it


def test_edit_deal_returns_the_id_or_none(qtbot, ctx, book, customer):
    def fill(modal):
        qtbot.keyClicks(modal.title_edit, "Doors")
        click(qtbot, modal.save_button)

    modal = on_modal(fill)
    new_id = edit_deal(ctx, None, customer_id=customer)
    assert not modal, modal
    assert deals.deal(book, new_id)["title"] == "Doors"
    modal = on_modal(lambda d: click(qtbot, d.buttons.button(
        QDialogButtonBox.StandardButton.Cancel)))
    assert edit_deal(ctx, None, deal_id=new_id) is None


def test_requirements_form_ok_only_when_everything_is_there(qtbot, ctx, book, customer):
    did = deals.add_deal(book, data={"title": "Tiles", "customer_id": customer})
    target = stage(book, "proposal")  # requires an amount
    deals.update_stage(book, stage_id=target["id"], checklist=["Boss saw the sample"])
    missing = deals.missing_requirements(book, did, target["id"])
    assert missing == {"fields": ["amount"], "checklist": ["Boss saw the sample"]}

    dialog = RequirementsDialog(ctx, did, target["id"], missing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.getters) == ["amount"]  # only what is missing
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "amount"), "5000")
    assert not dialog.ok_button.isEnabled()  # the checklist is not ticked yet
    (check,) = dialog.findChildren(QCheckBox, "check_item")
    assert check.text() == "Boss saw the sample"
    click(qtbot, check)
    assert dialog.ok_button.isEnabled()
    dialog.findChild(QLineEdit, "amount").clear()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "amount"), "5000")
    click(qtbot, dialog.ok_button)
    assert dialog.values() == {"amount": Money(500000)}
    assert dialog.checked() == ["Boss saw the sample"]
    deals.move_deal(book, deal_id=did, stage_id=target["id"], values=dialog.values(),
                    checked=dialog.checked())
    assert deals.deal(book, did)["stage_id"] == target["id"]
    assert deals.deal(book, did)["amount"] == Money(500000)


def test_requirements_form_with_a_date_and_cancel(qtbot, ctx, book, customer):
    did = deals.add_deal(book, data={"title": "Tiles", "customer_id": customer, "amount": 9})
    target = stage(book, "negotiation")  # requires an expected close date
    missing = deals.missing_requirements(book, did, target["id"])

    def fill(modal):
        assert not modal.ok_button.isEnabled()
        field = modal.findChild(DateField, "expected_close")
        click(qtbot, field.check)
        assert modal.ok_button.isEnabled()
        click(qtbot, modal.ok_button)

    modal = on_modal(fill)
    answer = complete_requirements(ctx, None, did, target["id"], missing)
    assert not modal, modal
    values, checked = answer
    assert values == {"expected_close": (T0.date()).isoformat()} and checked == []

    modal = on_modal(lambda d: d.reject())
    assert complete_requirements(ctx, None, did, target["id"], missing) is None
    assert deals.deal(book, did)["stage_id"] == deals.stages(book)[0]["id"]  # not moved


def test_lost_reason_shown_chosen_is_the_one_taken(qtbot, ctx, book):
    deals.set_lost_reasons(book, reasons=["price", "老板不喜欢"])
    dialog = LostReasonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [dialog.reasons.item(i).text() for i in range(dialog.reasons.count())] == [
        "Price", "老板不喜欢"]
    # the first reason is shown chosen: it is chosen, and Mark lost may be pressed
    assert dialog.reasons.currentRow() == 0 and dialog.reasons.item(0).isSelected()
    assert dialog.reason() == "price" and dialog.ok_button.isEnabled()
    dialog.reasons.setFocus()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Down)
    assert dialog.reason() == "老板不喜欢" and dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Up)
    rect = dialog.reasons.visualItemRect(dialog.reasons.item(1))
    qtbot.mouseClick(dialog.reasons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ok_button.isEnabled()

    def answer(modal):
        modal.reasons.setCurrentRow(0)
        type_text(qtbot, modal.note_edit, "贵了三个点")
        click(qtbot, modal.ok_button)

    modal = on_modal(answer)
    assert ask_lost_reason(ctx, None) == ("price", "贵了三个点")
    assert not modal, modal
    modal = on_modal(lambda d: d.reject())
    assert ask_lost_reason(ctx, None) is None

    def enter(modal):  # the keyboard alone: the second reason, then Enter
        modal.reasons.setFocus()
        qtbot.keyClick(modal.reasons, Qt.Key.Key_Down)
        qtbot.keyClick(modal.reasons, Qt.Key.Key_Return)

    modal = on_modal(enter)
    assert ask_lost_reason(ctx, None) == ("老板不喜欢", "")
    assert not modal, modal


def test_snooze_days_and_stall_reason(qtbot):
    def snooze(modal):
        assert isinstance(modal, QInputDialog)
        assert modal.intValue() == 3 and modal.intMinimum() == 1 and modal.intMaximum() == 90
        modal.setIntValue(14)
        modal.accept()

    modal = on_modal(snooze)
    assert ask_snooze_days(None) == 14
    assert not modal, modal
    modal = on_modal(lambda d: d.reject())
    assert ask_snooze_days(None) is None

    def reason(modal):
        assert modal.textValue() == "old"
        modal.setTextValue("  buyer on holiday ")
        modal.accept()

    modal = on_modal(reason)
    assert ask_stall_reason(None, "old") == "buyer on holiday"
    assert not modal, modal


@popup_warnings
def test_the_history_lists_every_stage_change_with_who(qtbot, ctx, book, customer):
    did = deals.add_deal(book, data={"title": "Tiles", "customer_id": customer, "amount": 800})
    deals.move_deal(book, deal_id=did, stage_id=stage(book, "needs")["id"])
    clock.set_clock(lambda: T0 + dt.timedelta(days=3))
    deals.lose_deal(book, deal_id=did, reason="price")
    renamed = stage(book, "needs")["id"]
    deals.update_stage(book, stage_id=renamed, name="Sample sent")
    dialog = open_dialog(qtbot, ctx, deal_id=did)
    assert dialog.history_texts() == [
        "Created in Initial contact", "Initial contact → Sample sent", "Sample sent → Lost"]
    owner = book.user["name"]
    assert [dialog.history_list.topLevelItem(i).text(1) for i in range(3)] == [owner] * 3
    assert dialog.history_list.topLevelItem(2).text(0) != dialog.history_list.topLevelItem(0).text(0)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_a_deal_in_dollars_with_a_wrong_amount(qtbot, ctx, book, customer,
                                                               language):
    from tests.qt_helpers import screenshots_dir, speaking

    did = deals.add_deal(book, data={"title": "Door locks", "customer_id": customer,
                                     "amount": "12,000.50", "currency": "USD"})
    with speaking(language):
        dialog = open_dialog(qtbot, ctx, deal_id=did)
        assert dialog.amount_edit.text() == "12000.50"
        assert dialog.currency_combo.currentText() == "USD $"
        dialog.amount_edit.setFocus()
        dialog.amount_edit.selectAll()
        qtbot.keyClicks(dialog.amount_edit, "1.234")
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Tab)
        error = dialog.left.error_label("amount")
        assert error.isVisible()
        if language == "zh_CN":
            assert error.text() == "1.234 的小数位太多：USD 金额最多 2 位小数。"
        tag = "zh" if language == "zh_CN" else "en"
        dialog.grab().save(str(screenshots_dir() / f"deal_dialog_amount_{tag}.png"))
        dialog.reject()


@pytest.fixture
def team(book):
    """李娜 and 王强 (salespeople): 王强's customer shared with 李娜, 李娜's own, and one of
    hers handed over to 王强 that she may read until 2025-03-31; a deal of each."""
    from models.customers import sharing
    from models.team import handover, users

    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales", password="w")
    shared = operations.add_customer(book, data={"name": "王强的五金店", "owner_id": wang})
    sharing.share_customer(book, customer_id=shared, user_id=li)
    gone = operations.add_customer(book, data={"name": "交出去的建材", "owner_id": li})
    out = {"li": li, "deals": {}}
    for key, cid in (("shared", shared), ("gone", gone)):
        out["deals"][key] = deals.add_deal(book, data={"title": f"{key}的单", "customer_id": cid,
                                                       "amount": 500})
    handover.hand_over(book, from_user=li, to_users=[wang], keep_read_until="2025-03-31")
    own = operations.add_customer(book, data={"name": "李娜的新客户", "owner_id": li})
    out["deals"]["own"] = deals.add_deal(book, data={"title": "own的单", "customer_id": own})
    return out


def test_a_deal_of_a_customer_one_may_not_change_opens_read_only(qtbot, ctx, book, team,
                                                                  warnings):
    from PySide6.QtWidgets import QApplication

    book.user_id = team["li"]
    before = book.all("SELECT * FROM deals ORDER BY id")
    for key, says in (("shared", "王强的五金店 belongs to another salesperson"),
                      ("gone", "Read-only until 2025-03-31: 交出去的建材 was handed over")):
        dialog = open_dialog(qtbot, ctx, deal_id=team["deals"][key])
        assert dialog.read_only
        assert dialog.read_only_label.isVisible()
        assert dialog.read_only_label.text().startswith(says), dialog.read_only_label.text()
        assert dialog.read_only_label.textFormat() == Qt.TextFormat.PlainText
        assert dialog.title_edit.text() == f"{key}的单"  # what the deal holds is shown
        for widget in (dialog.title_edit, dialog.customer_edit, dialog.amount_edit,
                       dialog.owner_combo, dialog.notes_edit, dialog.close_date):
            assert not widget.isEnabled(), widget.objectName()
        assert not dialog.save_button.isVisible()
        assert not dialog.findChild(QLabel, "save_hint").isVisible()  # "Ctrl+Enter saves"
        assert not dialog.won_button.isVisible() and not dialog.lost_button.isVisible()
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert close.isVisible() and close.text() == "Close"
        assert QApplication.focusWidget() is close  # nothing else takes keys
        qtbot.keyClick(close, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible() and dialog.saved_id is None  # Ctrl+Enter saves nothing
        click(qtbot, close)
        assert not dialog.isVisible() and dialog.saved_id is None
    assert book.all("SELECT * FROM deals ORDER BY id") == before
    assert warnings == []  # nothing was tried and refused

    # a deal of her own customer: the form as ever
    dialog = open_dialog(qtbot, ctx, deal_id=team["deals"]["own"])
    assert not dialog.read_only and not dialog.read_only_label.isVisible()
    assert dialog.save_button.isVisible() and dialog.won_button.isVisible()
    qtbot.keyClicks(dialog.next_step_edit, "send the quote")
    click(qtbot, dialog.save_button)
    assert deals.deal(book, team["deals"]["own"])["next_step"] == "send the quote"


def test_screenshot_of_a_read_only_deal_in_chinese(qtbot, ctx, book, team):
    from tests.qt_helpers import screenshots_dir, speaking

    book.user_id = team["li"]
    with speaking("zh_CN"):
        dialog = open_dialog(qtbot, ctx, deal_id=team["deals"]["gone"])
        text = dialog.read_only_label.text()
        assert text.startswith("只读至 2025-03-31：交出去的建材") and "不能修改" in text, text
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert close.text() == "关闭"
        picture = dialog.grab()
        picture.save(str(screenshots_dir() / "deal_dialog_read_only_zh.png"))
        picture.save("/tmp/hand-deal-ro.png")
        dialog.reject()
        shared = open_dialog(qtbot, ctx, deal_id=team["deals"]["shared"])
        assert "属于其他销售" in shared.read_only_label.text(), shared.read_only_label.text()
        shared.reject()
