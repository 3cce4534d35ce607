"""The settings dialog, driven as a person would: typing, clicking, reading what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from models.customers import operations, queries
from models.team import users
from tests.qt_helpers import type_text
from views.context import AppContext
from views.settings import app_settings
from views.settings_dialog import PasswordDialog, SettingsDialog, UserDialog

GENERAL, FIELDS, USERS = range(3)


# The offscreen platform warns whenever a laid-out window is shown; a real desktop does not.

@pytest.fixture
def ctx(book):
    users.update_user(book, user_id=book.user_id, name="王建国")
    return AppContext(book)


@pytest.fixture
def warnings(monkeypatch):
    """Messages that would have popped up in a modal box (it would block the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def dialog(ctx, qtbot):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


class on_modal:  # noqa: N801 - reads as a phrase: failures = on_modal(act)
    """Call act(dialog) on the modal dialog that the next click opens, then make sure it
    closes, so a failing check cannot leave the test hanging in exec(). Truthy when act
    failed or no dialog opened at all."""

    def __init__(self, act):
        self.act = act
        self.failures: list[BaseException] = []
        self.ran = False
        self.tries = 0
        QTimer.singleShot(0, self.run)

    def run(self):
        modal = QApplication.activeModalWidget()
        if modal is None:
            self.tries += 1
            if self.tries < 100:
                QTimer.singleShot(10, self.run)
            return
        self.ran = True
        try:
            self.act(modal)
        except BaseException as exc:  # noqa: BLE001 - reported by the test after exec returns
            self.failures.append(exc)
        finally:
            if modal.isVisible():
                modal.reject()

    def __bool__(self):
        return bool(self.failures) or not self.ran

    def __repr__(self):
        return repr(self.failures) if self.ran else "no dialog opened"


def click_ok(qtbot, modal):
    box = modal.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def texts(tree, column=0):
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def select_row(qtbot, tree, text):
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == text:
            tree.scrollToItem(item)  # a short list (a small window, a large font) scrolls
            rect = tree.visualItemRect(item)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert tree.currentItem() is item and item.isSelected()
            return
    raise AssertionError(f"{text} is not listed: {texts(tree)}")


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


# -- custom fields -----------------------------------------------------------------------
def add_field(qtbot, dialog, label, kind, choices=()):
    def act(modal):
        type_text(qtbot, modal.label_edit, label)
        choose(modal.kind_combo, kind)
        assert modal.choices_edit.isEnabled() == (kind == "choice")
        for n, choice in enumerate(choices):
            if n:
                qtbot.keyClick(modal.choices_edit, Qt.Key.Key_Return)
            type_text(qtbot, modal.choices_edit, choice)
        click_ok(qtbot, modal)
        assert not modal.isVisible()

    failures = on_modal(act)
    qtbot.mouseClick(dialog.add_field_button, Qt.MouseButton.LeftButton)
    if failures.failures:
        raise failures.failures[0]
    assert failures.ran, "no dialog opened"


def test_add_a_custom_field_of_each_kind(qtbot, ctx, dialog):
    dialog.tabs.setCurrentIndex(FIELDS)
    add_field(qtbot, dialog, "生日", "date")
    add_field(qtbot, dialog, "鞋码", "number")
    add_field(qtbot, dialog, "微信昵称", "text")
    add_field(qtbot, dialog, "会员等级", "choice", ["金卡", "银卡"])

    assert texts(dialog.fields_list) == ["生日", "鞋码", "微信昵称", "会员等级"]
    assert texts(dialog.fields_list, 1) == ["Date", "Number", "Text", "Choice"]
    assert texts(dialog.fields_list, 2)[3] == "金卡、银卡"
    assert dialog.fields_list.currentItem().text(0) == "会员等级"  # the new one is chosen
    stored = operations.custom_fields(ctx.book)
    assert [(f["label"], f["kind"], f["choices"]) for f in stored] == [
        ("生日", "date", []), ("鞋码", "number", []), ("微信昵称", "text", []),
        ("会员等级", "choice", ["金卡", "银卡"]),
    ]


def test_a_choice_field_without_choices_is_refused_and_stays_open(qtbot, ctx, dialog, warnings):
    dialog.tabs.setCurrentIndex(FIELDS)

    def act(modal):
        type_text(qtbot, modal.label_edit, "会员等级")
        choose(modal.kind_combo, "choice")
        click_ok(qtbot, modal)
        assert modal.isVisible()
        assert warnings == ["A choice field needs at least one choice."]

    failures = on_modal(act)
    qtbot.mouseClick(dialog.add_field_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert operations.custom_fields(ctx.book) == []
    assert texts(dialog.fields_list) == []


def test_remove_a_field_after_confirming(qtbot, ctx, monkeypatch):
    operations.add_custom_field(ctx.book, label="生日", kind="date")
    operations.add_custom_field(ctx.book, label="鞋码", kind="number")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(FIELDS)
    assert not dialog.remove_field_button.isEnabled()  # nothing chosen yet
    select_row(qtbot, dialog.fields_list, "生日")

    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.remove_field_button, Qt.MouseButton.LeftButton)
    assert "生日" in asked[0]
    assert texts(dialog.fields_list) == ["生日", "鞋码"]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.remove_field_button, Qt.MouseButton.LeftButton)
    assert texts(dialog.fields_list) == ["鞋码"]
    assert [f["label"] for f in operations.custom_fields(ctx.book)] == ["鞋码"]


# -- users -------------------------------------------------------------------------------
def test_an_owner_adds_a_sales_user_with_a_password(qtbot, ctx, dialog):
    """The second user: the owner, who has no password yet, is asked to choose one first."""
    dialog.tabs.setCurrentIndex(USERS)
    assert dialog.users_note.isHidden()
    assert dialog.add_user_button.isEnabled()
    owner = ctx.book.user_id

    def act(modal):
        assert isinstance(modal, UserDialog)
        type_text(qtbot, modal.name_edit, "李娜")
        assert modal.role_combo.currentData() == "sales"
        assert [modal.role_combo.itemData(i) for i in range(modal.role_combo.count())] == [
            "sales", "manager", "owner"]
        qtbot.keyClicks(modal.password_edit, "8866")
        qtbot.keyClicks(modal.repeat_edit, "8866")
        assert modal.owner_password_edit.isVisible()
        click_ok(qtbot, modal)  # without the owner's password: refused, all typed kept
        assert modal.isVisible()
        assert modal.message.text().startswith("Set a password for yourself first")
        assert modal.name_edit.text() == "李娜" and modal.password_edit.text() == "8866"
        assert len(queries.users(ctx.book)) == 1
        qtbot.keyClicks(modal.owner_password_edit, "boss")
        qtbot.keyClicks(modal.owner_repeat_edit, "boss")
        click_ok(qtbot, modal)
        assert not modal.isVisible()

    failures = on_modal(act)
    with qtbot.waitSignal(ctx.user_changed, timeout=1000):
        qtbot.mouseClick(dialog.add_user_button, Qt.MouseButton.LeftButton)
    assert not failures, failures

    assert texts(dialog.users_list) == ["王建国", "李娜"]
    assert texts(dialog.users_list, 1) == ["Owner", "Sales"]
    assert texts(dialog.users_list, 2) == ["Set", "Set"]
    li = next(u for u in queries.users(ctx.book) if u["name"] == "李娜")
    assert li["role"] == "sales"
    assert users.check_password(li["password_hash"], "8866")
    assert not users.check_password(li["password_hash"], "0000")
    mine = ctx.book.scalar("SELECT password_hash FROM users WHERE id = ?", (owner,))
    assert users.check_password(mine, "boss")


def test_an_owner_makes_a_user_a_manager(qtbot, ctx, dialog):
    li = users.add_user(ctx.book, name="李娜", role="sales", password="ln",
                             owner_password="boss")
    dialog.reload_users()
    dialog.tabs.setCurrentIndex(USERS)
    tree = dialog.users_list
    tree.setCurrentItem(tree.topLevelItem(texts(tree).index("李娜")))

    def act(modal):
        modal.role_combo.setCurrentIndex(modal.role_combo.findData("manager"))
        click_ok(qtbot, modal)
        assert not modal.isVisible()

    failures = on_modal(act)
    with qtbot.waitSignal(ctx.user_changed, timeout=1000):
        qtbot.mouseClick(dialog.edit_user_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert ctx.book.scalar("SELECT role FROM users WHERE id = ?", (li,)) == "manager"
    assert texts(dialog.users_list, 1) == ["Owner", "Manager"]


def test_passwords_that_differ_are_caught_before_saving(qtbot, ctx, dialog):
    dialog.tabs.setCurrentIndex(USERS)

    def act(modal):
        type_text(qtbot, modal.name_edit, "张伟")
        qtbot.keyClicks(modal.password_edit, "1234")
        qtbot.keyClicks(modal.repeat_edit, "1243")
        click_ok(qtbot, modal)
        assert modal.isVisible()
        assert modal.message.text() == "The two passwords are not the same."
        assert modal.repeat_edit.text() == ""

    failures = on_modal(act)
    qtbot.mouseClick(dialog.add_user_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert [u["name"] for u in queries.users(ctx.book)] == ["王建国"]


def test_a_sales_user_sees_the_users_read_only(qtbot, ctx):
    li = users.add_user(ctx.book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(ctx.book, user_id=li)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(USERS)

    assert dialog.users_note.isVisible()
    assert dialog.users_note.text() == "Only an owner may change users."
    assert texts(dialog.users_list) == ["王建国", "李娜"]
    assert not dialog.add_user_button.isEnabled()
    assert dialog.users_list.currentItem().text(0) == "李娜"  # herself, chosen at the start
    assert not dialog.edit_user_button.isEnabled()
    assert dialog.password_button.isEnabled()  # her own password she may change

    select_row(qtbot, dialog.users_list, "王建国")
    assert not dialog.edit_user_button.isEnabled()
    assert not dialog.password_button.isEnabled()

    qtbot.mouseClick(dialog.add_user_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    qtbot.mouseDClick(
        dialog.users_list.viewport(), Qt.MouseButton.LeftButton,
        pos=dialog.users_list.visualItemRect(dialog.users_list.topLevelItem(0)).center(),
    )
    assert QApplication.activeModalWidget() is None
    assert len(queries.users(ctx.book, active_only=False)) == 2


def test_a_manager_sees_the_risk_words_but_changes_no_settings_or_users(qtbot, ctx):
    boss = ctx.book.user_id
    mg = users.add_user(ctx.book, name="经理", role="manager", password="mg",
                             owner_password="boss")
    users.sign_in(ctx.book, user_id=mg, password="mg")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.risk_tab is not None  # a manager sees which words are watched ...
    assert not dialog.risk_tab.word_edit.isEnabled()  # ... but does not change them
    assert not dialog.risk_tab.note.isHidden()  # "Only an owner may change the risk words."
    dialog.tabs.setCurrentIndex(USERS)
    assert dialog.users_note.isVisible()
    assert not dialog.add_user_button.isEnabled()
    select_row(qtbot, dialog.users_list, "王建国")
    assert not dialog.edit_user_button.isEnabled()
    assert texts(dialog.users_list, 1) == ["Owner", "Manager"]
    users.sign_in(ctx.book, user_id=boss, password="boss")


def test_changing_your_own_password_needs_the_current_one(qtbot, ctx, warnings):
    users.set_password(ctx.book, user_id=ctx.book.user_id, password="old1")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(USERS)
    select_row(qtbot, dialog.users_list, "王建国")

    def act(modal):
        assert isinstance(modal, PasswordDialog)
        assert modal.current_edit.isVisible()
        qtbot.keyClicks(modal.current_edit, "wrong")
        qtbot.keyClicks(modal.new_edit, "new2")
        qtbot.keyClicks(modal.repeat_edit, "new2")
        click_ok(qtbot, modal)
        assert modal.isVisible()
        assert warnings == ["The password is not right."]
        assert modal.current_edit.text() == ""
        qtbot.keyClicks(modal.current_edit, "old1")
        click_ok(qtbot, modal)
        assert not modal.isVisible()

    failures = on_modal(act)
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    stored = ctx.book.user["password_hash"]
    assert users.check_password(stored, "new2")
    assert not users.check_password(stored, "old1")


def test_an_owner_sets_a_salespersons_password_without_knowing_it(qtbot, ctx):
    zhang = users.add_user(ctx.book, name="张伟", role="sales", password="zw", owner_password="boss")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(USERS)
    select_row(qtbot, dialog.users_list, "张伟")

    def act(modal):
        assert not modal.current_edit.isVisible()
        qtbot.keyClicks(modal.new_edit, "5678")
        qtbot.keyClicks(modal.repeat_edit, "5678")
        click_ok(qtbot, modal)
        assert not modal.isVisible()

    failures = on_modal(act)
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    stored = ctx.book.one("SELECT password_hash FROM users WHERE id = ?", (zhang,))[0]
    assert users.check_password(stored, "5678")


def test_the_last_owner_cannot_be_demoted(qtbot, ctx, dialog, warnings):
    dialog.tabs.setCurrentIndex(USERS)
    select_row(qtbot, dialog.users_list, "王建国")

    def act(modal):
        assert modal.active_check.isChecked()
        choose(modal.role_combo, "sales")
        click_ok(qtbot, modal)
        assert modal.isVisible()
        assert warnings == ["The book needs at least one active owner."]

    failures = on_modal(act)
    with qtbot.assertNotEmitted(ctx.user_changed):
        qtbot.mouseClick(dialog.edit_user_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert ctx.book.user["role"] == "owner"
    assert texts(dialog.users_list, 1) == ["Owner"]


def test_an_owner_renames_and_disables_a_user(qtbot, ctx, dialog):
    users.add_user(ctx.book, name="张伟", role="sales", owner_password="boss")
    dialog.reload_users()
    dialog.tabs.setCurrentIndex(USERS)
    select_row(qtbot, dialog.users_list, "张伟")

    def act(modal):
        modal.name_edit.clear()
        type_text(qtbot, modal.name_edit, "张伟（已离职）")
        qtbot.keyClick(modal.active_check, Qt.Key.Key_Space)
        assert not modal.active_check.isChecked()
        click_ok(qtbot, modal)

    failures = on_modal(act)
    with qtbot.waitSignal(ctx.user_changed, timeout=1000):
        qtbot.mouseClick(dialog.edit_user_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert texts(dialog.users_list) == ["王建国", "张伟(已离职)"]  # folded like every name
    assert texts(dialog.users_list, 3) == ["Active", "Disabled"]
    assert [u["name"] for u in queries.users(ctx.book)] == ["王建国"]


# -- general -----------------------------------------------------------------------------
def test_the_language_choice_is_saved_and_announced(qtbot, ctx, dialog):
    assert dialog.language_combo.currentData() == "system"
    choose(dialog.language_combo, "en")
    with qtbot.waitSignal(ctx.language_changed, timeout=1000):
        click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert app_settings().value("language") == "en"

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.language_combo.currentText() == "English"
    with qtbot.assertNotEmitted(ctx.language_changed):
        click_ok(qtbot, again)


def test_the_shop_name_is_kept_in_the_book(qtbot, ctx, dialog):
    type_text(qtbot, dialog.shop_name_edit, "  老王五金店 ")
    click_ok(qtbot, dialog)
    assert ctx.book.setting("shop.name") == "老王五金店"

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.shop_name_edit.text() == "老王五金店"


def test_cancel_keeps_the_general_settings(qtbot, ctx, dialog):
    choose(dialog.language_combo, "zh_CN")
    type_text(qtbot, dialog.shop_name_edit, "老王五金店")
    with qtbot.assertNotEmitted(ctx.language_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert ctx.book.setting("shop.name") == ""
    assert app_settings().value("language") is None


# -- size, tabs and the one OK -----------------------------------------------------------
@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_every_tab_title_shows_in_full_and_the_dialog_fits_the_screen(qtbot, ctx, language,
                                                                      screen):
    from PySide6.QtCore import QRect

    from tests.qt_helpers import screenshots_dir, speaking

    width, height = screen
    available = QRect(0, 0, width, height - 40)  # a task bar
    with speaking(language):
        d = SettingsDialog(ctx)
        qtbot.addWidget(d)
        d.fit_to_screen(available)
        d.show()
        qtbot.waitExposed(d)
        QApplication.processEvents()
        assert d.width() <= available.width() and d.height() <= available.height()
        bar = d.tabs.tabBar()
        assert d.tabs.count() >= 9
        for i in range(d.tabs.count()):
            rect = bar.tabRect(i)
            needed = bar.fontMetrics().horizontalAdvance(d.tabs.tabText(i))
            assert rect.width() >= needed, d.tabs.tabText(i)
            assert bar.mapTo(d, rect.topRight()).x() <= d.width(), d.tabs.tabText(i)
        shots = screenshots_dir()
        for i in range(d.tabs.count()):
            d.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            name = d.tabs.widget(i).objectName() or f"tab{i}"
            d.grab().save(str(shots / f"settings_{width}_{language}_{i}_{name}.png"))


def test_a_small_screen_scrolls_the_tabs_instead_of_cutting_them(qtbot, ctx):
    from PySide6.QtCore import QRect

    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.fit_to_screen(QRect(0, 0, 1024, 400))
    d.show()
    qtbot.waitExposed(d)
    assert d.height() <= 400
    assert d.scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away


def test_one_ok_saves_the_grading_tab_and_cancel_drops_it(qtbot, ctx, book):
    from models.reports import grading

    before = grading.rules(book)["B"]["recent_days"]
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.grading_tab)
    d.grading_tab.edits[("B", "recent_days")].setValue(before + 7)
    d.tabs.setCurrentIndex(GENERAL)
    d.reject()
    assert grading.rules(book)["B"]["recent_days"] == before

    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.grading_tab)
    spin = d.grading_tab.edits[("B", "recent_days")]
    spin.selectAll()
    type_text(qtbot, spin, str(before + 7))
    d.tabs.setCurrentIndex(GENERAL)
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    assert grading.rules(book)["B"]["recent_days"] == before + 7


def test_a_refused_save_keeps_the_dialog_open_on_its_tab(qtbot, ctx, book, warnings):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.grading_tab.edits[("B", "recent_days")].setValue(99)
    d.tabs.setCurrentIndex(GENERAL)
    # another owner's PC took the right away meanwhile: the book refuses the rules
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=sales)
    d.accept()
    assert d.isVisible()
    assert d.tabs.currentWidget() is d.grading_tab
    assert d.problem.isVisible() and "Grading" in d.problem.text()
    assert warnings
    assert d.grading_tab.edits[("B", "recent_days")].value() == 99  # nothing typed is lost


def test_cancel_takes_back_what_the_list_tabs_saved_at_once(qtbot, ctx, dialog):
    """A custom field added on its tab is written at once; Cancel takes it back, OK keeps it."""
    add_field(qtbot, dialog, "生日", "date")
    assert [f["label"] for f in operations.custom_fields(ctx.book)] == ["生日"]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert operations.custom_fields(ctx.book) == []
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    again.show()
    add_field(qtbot, again, "鞋码", "number")
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [f["label"] for f in operations.custom_fields(ctx.book)] == ["鞋码"]
