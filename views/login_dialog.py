"""Who is working: pick your name, give your password if you have one.

Shown at start when the book has more than one active user, and from "Switch user".
Arrow keys pick a name, typing goes to the password box, Enter signs in. An owner or manager
who has no password yet (a book from before passwords were needed) chooses one here
(models.users.sign_in); too many wrong passwords make the user wait, and the message
says how long.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.book import Book
from models.core.errors import PasswordNeeded, PermissionDenied, UserError
from models.core.permissions import needs_password
from models.customers import queries
from models.team import users
from views.context import AppContext, show_error, tr_error
from views.widgets import fit_width, icon

ID_ROLE = Qt.ItemDataRole.UserRole


def needs_login(book: Book) -> bool:
    """More than one person works in this book, so the app asks who is at the keyboard."""
    return len(queries.users(book)) > 1


class LoginDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.switching = switching
        self.setWindowTitle(self.tr("Switch user") if switching else self.tr("Who is working?"))
        self.setWindowIcon(icon("user"))

        prompt = QLabel(self.tr("Choose your name:"))
        self.users_list = QTreeWidget()
        self.users_list.setHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.users_list.setHeaderHidden(True)
        self.users_list.setRootIsDecorated(False)
        self.users_list.setUniformRowHeights(True)
        self.users_list.setAllColumnsShowFocus(True)
        self.users_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.users_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        prompt.setBuddy(self.users_list)

        from views.settings_dialog import role_name  # the dialog's, not start-up's

        self._users: dict[str, dict] = {}
        for user in queries.users(ctx.book):
            self._users[user["id"]] = user
            item = QTreeWidgetItem([user["name"], role_name(user["role"])])
            item.setData(0, ID_ROLE, user["id"])
            item.setIcon(0, icon("user"))
            self.users_list.addTopLevelItem(item)
            if user["id"] == ctx.book.user_id:
                self.users_list.setCurrentItem(item)
        if self.users_list.currentItem() is None and self.users_list.topLevelItemCount():
            self.users_list.setCurrentItem(self.users_list.topLevelItem(0))
        rows = max(3, min(self.users_list.topLevelItemCount(), 8))
        self.users_list.setMinimumHeight(
            rows * max(self.users_list.sizeHintForRow(0), 24) + 2 * self.users_list.frameWidth()
        )

        self.password_label = QLabel(self.tr("Password:"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_label)
        password_row.addWidget(self.password_edit, 1)
        # choosing a first password: the same box, and this one to type it again
        self.repeat_label = QLabel(self.tr("Repeat password:"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label.setBuddy(self.repeat_edit)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_label)
        repeat_row.addWidget(self.repeat_edit, 1)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        for widget in (self.password_label, self.password_edit, self.message):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the dialog keeps its size while choosing
            widget.setSizePolicy(policy)
        self.message.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.users_list, 1)
        layout.addLayout(password_row)
        layout.addLayout(repeat_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.users_list.currentItemChanged.connect(self._user_chosen)
        self.users_list.itemClicked.connect(self._user_clicked)
        self.users_list.itemDoubleClicked.connect(self.accept)
        self.users_list.installEventFilter(self)
        self._user_chosen()
        self.users_list.setFocus()
        fit_width(self, 340)

    # -- choosing --------------------------------------------------------------------------
    def chosen_user(self) -> dict | None:
        item = self.users_list.currentItem()
        return self._users.get(item.data(0, ID_ROLE)) if item is not None else None

    def needs_password(self) -> bool:
        """The chosen user has a password, or must choose one now."""
        user = self.chosen_user()
        return bool(user and (user["password_hash"] or self.chooses_password()))

    def chooses_password(self) -> bool:
        """An owner or manager with no password in a book that more than one person uses:
        signing in asks them to choose one."""
        user = self.chosen_user()
        return bool(user and not user["password_hash"] and needs_password(user["role"])
                    and len(self._users) > 1)

    def _is_current(self, user: dict | None) -> bool:
        """Switching to the user who is signed in already changes nothing: no password."""
        return bool(self.switching and user and user["id"] == self.ctx.book.user_id)

    def _user_chosen(self) -> None:
        user = self.chosen_user()
        shown = self.needs_password() and not self._is_current(user)
        choosing = shown and self.chooses_password()
        self.password_label.setText(self.tr("New password:") if choosing
                                    else self.tr("Password:"))
        self.password_label.setVisible(shown)
        self.password_edit.setVisible(shown)
        self.repeat_label.setVisible(choosing)
        self.repeat_edit.setVisible(choosing)
        self.password_edit.clear()
        self.repeat_edit.clear()
        for widget in (self.password_label, self.password_edit, self.message):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the dialog keeps its size while choosing
            widget.setSizePolicy(policy)
        self.message.hide()
        self.sign_in_button.setEnabled(self.chosen_user() is not None)

    def _user_clicked(self) -> None:
        if self.needs_password():
            self.password_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing while the list has focus goes to the password box, so a person can pick
        with the arrow keys and type their password straight away."""
        if (
            watched is self.users_list
            and event.type() == QEvent.Type.KeyPress
            and self.password_edit.isVisible()
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text()
            and not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
        ):
            self.password_edit.setFocus()
            QApplication.sendEvent(
                self.password_edit,
                QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()),
            )
            return True
        return super().eventFilter(watched, event)

    # -- signing in ------------------------------------------------------------------------
    def accept(self) -> None:
        user = self.chosen_user()
        if user is None:
            return
        if self._is_current(user):
            super().accept()
            return
        password = self.password_edit.text() if self.needs_password() else ""
        if self.needs_password() and not password:
            self.password_edit.setFocus()
            return
        choosing = self.chooses_password()
        if choosing and password != self.repeat_edit.text():
            self._say(self.tr("The two passwords are not the same."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            if choosing:
                users.sign_in(self.ctx.book, user_id=user["id"], new_password=password)
            else:
                users.sign_in(self.ctx.book, user_id=user["id"], password=password)
        except PasswordNeeded:  # someone removed the password meanwhile: choose one
            self._user_chosen()
            return
        except PermissionDenied as exc:  # a wrong password, or too many of them: wait
            self._say(tr_error(exc))
            self.password_edit.clear()
            self.repeat_edit.clear()
            self.password_edit.setFocus()
            return
        except UserError as exc:  # the user was disabled meanwhile
            show_error(self, exc)
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def choose_user(ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False
                ) -> bool:
    """Ask who is working; True if someone signed in. Emits ctx.user_changed on a change."""
    before = ctx.book.user_id
    dialog = LoginDialog(ctx, parent, switching=switching)
    signed_in = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if signed_in and ctx.book.user_id != before:
        ctx.user_changed.emit()
    return signed_in
