"""Who is working: picking a name with the keyboard, the password box, signing in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from models.team import users
from tests.book_helpers import raw_write
from views.context import AppContext
from views.login_dialog import LoginDialog, choose_user, needs_login

# The offscreen platform warns whenever a laid-out window is shown; a real desktop does not.


@pytest.fixture
def ctx(book):
    users.update_user(book, user_id=book.user_id, name="王建国")
    return AppContext(book)


@pytest.fixture
def people(ctx):
    """The owner 王建国 (password boss), 李娜 (password 8866) and 张伟 (no password)."""
    return {
        "王建国": ctx.book.user_id,
        "李娜": users.add_user(ctx.book, name="李娜", role="sales", password="8866", owner_password="boss"),
        "张伟": users.add_user(ctx.book, name="张伟", role="sales", owner_password="boss"),
    }


def shown(qtbot, ctx, **kwargs) -> LoginDialog:
    dialog = LoginDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(dialog):
    tree = dialog.users_list
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_needs_login_only_when_more_than_one_active_user(ctx):
    assert not needs_login(ctx.book)
    zhang = users.add_user(ctx.book, name="张伟", role="sales", owner_password="boss")
    assert needs_login(ctx.book)
    users.update_user(ctx.book, user_id=zhang, active=False)
    assert not needs_login(ctx.book)


def test_lists_active_users_with_their_role(qtbot, ctx, people):
    users.add_user(ctx.book, name="离职的人", role="sales", owner_password="boss")
    gone = ctx.book.scalar("SELECT id FROM users WHERE name = '离职的人'")
    users.update_user(ctx.book, user_id=gone, active=False)
    dialog = shown(qtbot, ctx)
    assert dialog.windowTitle() == "Who is working?"
    assert names(dialog) == ["王建国", "张伟", "李娜"]
    roles = [dialog.users_list.topLevelItem(i).text(1) for i in range(3)]
    assert roles == ["Owner", "Sales", "Sales"]
    assert dialog.users_list.currentItem().text(0) == "王建国"
    assert shown(qtbot, ctx, switching=True).windowTitle() == "Switch user"


def test_the_password_box_shows_only_for_users_with_a_password(qtbot, ctx, people):
    dialog = shown(qtbot, ctx)
    assert dialog.users_list.currentItem().text(0) == "王建国"
    assert dialog.password_edit.isVisible()  # the owner's: asked for at start
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Down)  # 张伟
    assert not dialog.password_edit.isVisible()
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Down)  # 李娜
    assert dialog.users_list.currentItem().text(0) == "李娜"
    assert dialog.password_edit.isVisible()
    assert not dialog.repeat_edit.isVisible()


def test_a_wrong_password_keeps_the_dialog_open(qtbot, ctx, people):
    dialog = shown(qtbot, ctx)
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_End)
    assert dialog.users_list.currentItem().text(0) == "李娜"
    qtbot.keyClicks(dialog.password_edit, "1234")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The password is not right."
    assert dialog.password_edit.text() == ""
    assert ctx.book.user_id == people["王建国"]

    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Up)  # choosing again clears the message
    assert not dialog.message.isVisible()


def test_the_right_password_signs_in_and_tells_the_app(qtbot, ctx, people):
    failures = []

    def act():
        dialog = QApplication.activeModalWidget()
        try:
            qtbot.keyClick(dialog.users_list, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.users_list, Qt.Key.Key_Down)
            # typing while the list has focus goes to the password box
            qtbot.keyClicks(dialog.users_list, "8866")
            assert dialog.password_edit.text() == "8866"
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            assert not dialog.isVisible()
        except BaseException as exc:  # noqa: BLE001 - reported after exec returns
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, act)
    with qtbot.waitSignal(ctx.user_changed, timeout=1000):
        assert choose_user(ctx) is True
    assert not failures, failures
    assert ctx.book.user_id == people["李娜"]
    assert not ctx.book.is_owner


def test_a_user_without_password_signs_in_with_enter(qtbot, ctx, people):
    dialog = shown(qtbot, ctx)
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Down)
    assert dialog.users_list.currentItem().text(0) == "张伟"
    assert dialog.password_edit.isHidden()
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.book.user_id == people["张伟"]


def test_enter_with_no_password_typed_goes_to_the_password_box(qtbot, ctx, people):
    dialog = shown(qtbot, ctx)
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_End)
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.message.isVisible()
    assert ctx.book.user_id == people["王建国"]


def test_cancel_or_the_same_user_does_not_announce_a_change(qtbot, ctx, people):
    def press(key):
        def act():
            qtbot.keyClick(QApplication.activeModalWidget().users_list, key)
        return act

    with qtbot.assertNotEmitted(ctx.user_changed):
        QTimer.singleShot(0, press(Qt.Key.Key_Escape))
        assert choose_user(ctx, switching=True) is False
        QTimer.singleShot(0, press(Qt.Key.Key_Return))  # 王建国 is chosen already
        assert choose_user(ctx, switching=True) is True
    assert ctx.book.user_id == people["王建国"]


def test_names_show_as_typed(qtbot, ctx):
    users.add_user(ctx.book, name="<b>小王</b>", role="sales", owner_password="boss")
    dialog = shown(qtbot, ctx)
    assert "<b>小王</b>" in names(dialog)


def test_switching_to_the_owner_asks_for_the_password_and_refuses_a_wrong_one(
        qtbot, ctx, people, now):
    users.sign_in(ctx.book, user_id=people["张伟"])
    dialog = shown(qtbot, ctx, switching=True)
    assert dialog.users_list.currentItem().text(0) == "张伟"
    assert not dialog.password_edit.isVisible()  # switching to yourself: nothing to ask
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Home)  # 王建国, the owner
    assert dialog.password_edit.isVisible()
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Return)  # nothing typed: not signed in
    assert dialog.isVisible() and ctx.book.user_id == people["张伟"]
    for _ in range(5):
        qtbot.keyClicks(dialog.password_edit, "guess")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert ctx.book.user_id == people["张伟"]
        assert dialog.password_edit.text() == ""
    # the fifth wrong one: the owner waits, and the dialog says how long
    assert dialog.message.text() == ("The password is not right. After too many wrong tries, "
                                     "王建国 can try again in 30 seconds.")
    qtbot.keyClicks(dialog.password_edit, "boss")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("Too many wrong passwords for 王建国")
    assert ctx.book.user_id == people["张伟"]
    now["t"] += __import__("datetime").timedelta(seconds=30)
    qtbot.keyClicks(dialog.password_edit, "boss")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.book.user_id == people["王建国"]


def test_an_owner_without_a_password_chooses_one_when_signing_in(qtbot, ctx, people):
    # a book from before passwords were needed: more than one user, the owner without one
    raw_write(ctx.book, "UPDATE users SET password_hash = NULL WHERE id = ?",
              (people["王建国"],))
    users.sign_in(ctx.book, user_id=people["张伟"])
    dialog = shown(qtbot, ctx, switching=True)
    qtbot.keyClick(dialog.users_list, Qt.Key.Key_Home)
    assert dialog.password_label.text() == "New password:"
    assert dialog.repeat_edit.isVisible()
    qtbot.keyClicks(dialog.password_edit, "new-boss")
    qtbot.keyClicks(dialog.repeat_edit, "new-boos")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "The two passwords are not the same."
    assert ctx.book.user_id == people["张伟"]
    qtbot.keyClicks(dialog.repeat_edit, "new-boss")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert ctx.book.user_id == people["王建国"]
    stored = ctx.book.scalar("SELECT password_hash FROM users WHERE id = ?", (people["王建国"],))
    assert users.check_password(stored, "new-boss")
