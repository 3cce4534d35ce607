"""Settings: the interface language, the shop name, custom fields, who works in the book and
the pipeline's stages and lost reasons (its tab lives in views/pipeline_settings.py).

One OK saves the edits of every tab that has a form (General, Reminders, Grading); Cancel
drops them. When a tab's save is refused, that tab comes to the front with the message and
the dialog stays open, nothing typed lost. Lists (custom fields, users, the pipeline, risk
words) are written at once, each by its own operation (so each is audited and can be undone
on its own); Cancel takes those steps back too (in the reverse order, as Ctrl+Z would), so
that Cancel leaves the book as the dialog found it. A password set (confirmed in its own
dialog) and the risk words (settings, not undoable steps) stay.

The dialog sizes itself to its tabs and to the screen: every tab title shows in full, and on
a small screen (1366x768) the tabs scroll inside the dialog instead of running off it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import changelog, permissions
from models.core import settings as book_settings
from models.core.errors import UserError
from models.core.permissions import may
from models.customers import operations, queries
from models.team import handover, users
from views.context import AppContext, tr_error
from views.settings import LANGUAGE_KEY, pc_value, set_pc_value
from views.widgets import (
    ERROR_STYLE,
    HINT,
    fit_columns,
    fit_width,
    icon,
    keep_place,
    make_list,
    plain_label,
    plain_message,
    returns_true,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def role_name(role: str) -> str:
    """店主 / 经理 / 店员: how a user's role reads in lists and pickers (models.core.permissions)."""
    known = permissions.ROLES.get(role)
    return QCoreApplication.translate("Roles", known.label) if known else role


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SettingsDialog", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SettingsDialog(QDialog):
    """Preferences of this PC (language) and of the book (shop name, custom fields, users)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every title in full: "ustom fields" no more
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.addTab(self._build_general(), self.tr("General"))
        self.tabs.addTab(self._build_fields(), self.tr("Custom fields"))
        self.tabs.addTab(self._build_users(), icon("users"), self.tr("Users"))
        from views.pipeline_settings import PipelineSettings  # it builds on this module

        self.pipeline = PipelineSettings(ctx)
        self.pipeline.setObjectName("pipeline_settings")
        self.tabs.addTab(self.pipeline, icon("pipeline"), self.tr("Pipeline"))
        from views.reminder_settings import ReminderSettings

        self.reminders_tab = ReminderSettings(ctx)
        self.reminders_tab.setObjectName("reminder_settings")
        self.tabs.addTab(self.reminders_tab, icon("reminders"), self.tr("Reminders"))
        self.risk_tab = None
        if may(ctx.book, "alerts.view"):  # salespeople do not see which words are watched
            from views.risk_settings import RiskSettings

            self.risk_tab = RiskSettings(ctx)
            self.risk_tab.setObjectName("risk_settings")
            self.tabs.addTab(self.risk_tab, icon("alerts"), self.tr("Risk words"))
        from views.pool_settings import PoolSettings

        self.pool_tab = PoolSettings(ctx)
        self.pool_tab.setObjectName("pool_settings")
        self.tabs.addTab(self.pool_tab, icon("customers"), self.tr("Public pool"))
        from views.grading_settings import GradingSettings

        self.grading_tab = GradingSettings(ctx)
        self.grading_tab.setObjectName("grading_settings")
        self.tabs.addTab(self.grading_tab, icon("reports"), self.tr("Grading"))
        from views.backup_settings import BackupSettings

        self.backup_tab = BackupSettings(ctx)
        self.backup_tab.setObjectName("backup_settings")
        self.tabs.addTab(self.backup_tab, icon("restore"), self.tr("Backups"))
        # After a restore the other tabs show the book as it was: close without saving them
        # (and without taking back steps of a book that is no longer there).
        self.backup_tab.restored.connect(lambda: QDialog.reject(self))
        from views.team_settings import TeamSettings

        self.team_tab = TeamSettings(ctx)
        self.team_tab.setObjectName("team_settings")
        self.tabs.addTab(self.team_tab, icon("users"), self.tr("Team"))

        self.buttons = ok_cancel(self, self.tr("OK"))

        self.scroll = QScrollArea()
        self.scroll.setObjectName("settings_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.tabs)

        self.problem = plain_label("", ERROR_STYLE)  # which tab a refused save came from
        self.problem.setObjectName("settings_problem")
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.reload_fields()
        self.reload_users()
        self.fit_to_screen()
        # the user's newest step when the dialog opened: Cancel takes back the ones after it
        newest = changelog.steps(ctx.book, limit=1)
        self.opened_at = newest[0]["hlc"] if newest else ""

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """As wide as the tab titles and as tall as the tallest tab need, within the screen
        (its available area unless one is given)."""
        if available is None:
            screen = (self.parentWidget().screen() if self.parentWidget() is not None
                      else self.screen())
            available = screen.availableGeometry()
        hint = self.tabs.sizeHint()
        bar = self.tabs.tabBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        width = max(hint.width(), bar + 2 * scrollbar, 720) + margins.left() + margins.right()
        height = (max(hint.height(), 480) + self.buttons.sizeHint().height()
                  + margins.top() + margins.bottom() + self.layout().spacing())
        # leave room for the window frame and title bar
        width = min(width, available.width() - 40)
        height = min(height, available.height() - 60)
        self.resize(width, height)

    def steps_taken(self) -> list[dict]:
        """The user's own steps since the dialog opened, newest first (not Kehu's own)."""
        return [s for s in changelog.steps(self.ctx.book, limit=200)
                if (s["hlc"] or "") > self.opened_at and s["here"]
                and changelog.automatic_by(s["name"], s["label"] or "") is None]

    def reject(self) -> None:
        """Cancel: the forms' edits are dropped and the lists' steps taken back."""
        if self.backup_tab.busy:
            return
        for step in self.steps_taken():
            if step["state"] != "done":
                continue  # a password set in its own dialog, risk words: kept, as confirmed
            try:
                changelog.undo_operation(self.ctx.book, op_id=step["id"])
            except UserError as exc:  # changed since by someone else: it stays, and why
                QMessageBox.warning(self, self.tr("Settings"), plain_message(tr_error(exc)))
                break
        super().reject()

    def done(self, result: int) -> None:
        if self.backup_tab.busy:  # a backup or restore is running; its result comes here
            return
        super().done(result)

    # -- General -------------------------------------------------------------------------
    def _build_general(self) -> QWidget:
        page = QWidget()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System"), "system")
        self.language_combo.addItem("简体中文", "zh_CN")  # each language in its own words
        self.language_combo.addItem("English", "en")
        self.initial_language = str(pc_value(LANGUAGE_KEY))
        index = self.language_combo.findData(self.initial_language)
        self.language_combo.setCurrentIndex(max(index, 0))

        self.shop_name_edit = QLineEdit(book_settings.get(self.ctx.book, book_settings.SHOP_NAME.key))
        self.shop_name_edit.setPlaceholderText(self.tr("The name of your shop"))

        form = QFormLayout(page)
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(self.tr("Shop name:"), self.shop_name_edit)
        return page

    def _save_tab(self, tab: QWidget, save) -> bool:
        """Run a tab's save with that tab in front, so a refusal shows beside what it names;
        on success the tab the user was looking at comes back."""
        shown = self.tabs.currentWidget()
        self.tabs.setCurrentWidget(tab)
        if not save():
            self.problem.setText(self.tr("The {tab} tab was not saved: correct it, or "
                                         "press Cancel.").format(tab=self.tabs.tabText(
                                             self.tabs.indexOf(tab)).replace("&", "")))
            self.problem.show()
            return False
        self.tabs.setCurrentWidget(shown)
        return True

    def _save_general(self) -> bool:
        shop_name = self.shop_name_edit.text().strip()
        if shop_name == book_settings.get(self.ctx.book, book_settings.SHOP_NAME.key):
            return True
        return bool(self.ctx.run(self, returns_true(book_settings.set_settings),
                                 values={book_settings.SHOP_NAME.key: shop_name}))

    def accept(self) -> None:
        general = self.tabs.widget(0)
        for tab, save in ((general, self._save_general),
                          (self.reminders_tab, self.reminders_tab.save),
                          (self.pool_tab, self.pool_tab.save),
                          (self.grading_tab, self.grading_tab.save_if_edited)):
            if not self._save_tab(tab, save):
                return
        language = self.language_combo.currentData()
        changed = language != self.initial_language
        if changed:
            set_pc_value(LANGUAGE_KEY, language)
        super().accept()
        if changed:
            self.ctx.language_changed.emit()

    # -- Custom fields -------------------------------------------------------------------
    def kind_name(self, kind: str) -> str:
        return {
            "text": self.tr("Text"),
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "choice": self.tr("Choice"),
        }.get(kind, kind)

    def _build_fields(self) -> QWidget:
        page = QWidget()
        self.fields_list = make_list(
            [self.tr("Field"), self.tr("Kind"), self.tr("Choices")], stretch=2
        )
        self.fields_list.itemSelectionChanged.connect(self._update_field_buttons)

        self.add_field_button = QPushButton(icon("add"), self.tr("Add field…"))
        self.add_field_button.clicked.connect(self.add_field)
        self.remove_field_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_field_button.clicked.connect(self.remove_field)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_field_button)
        buttons.addWidget(self.remove_field_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(
            self.tr("Extra fields every customer card has, beside the built-in ones."), HINT
        ))
        layout.addWidget(self.fields_list, 1)
        layout.addLayout(buttons)
        return page

    def reload_fields(self) -> None:
        self.fields_list.clear()
        for spec in operations.custom_fields(self.ctx.book):
            item = QTreeWidgetItem(
                [spec["label"], self.kind_name(spec["kind"]), "、".join(spec["choices"])]
            )
            item.setData(0, ID_ROLE, spec["key"])
            self.fields_list.addTopLevelItem(item)
        fit_columns(self.fields_list)
        self._update_field_buttons()

    def selected_field(self) -> tuple[str, str] | None:
        """(key, label) of the chosen field."""
        item = self.fields_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, ID_ROLE), item.text(0)

    def _update_field_buttons(self) -> None:
        self.remove_field_button.setEnabled(self.selected_field() is not None)

    def add_field(self) -> None:
        dialog = AddFieldDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_fields()
            key = dialog.added_key
            for row in range(self.fields_list.topLevelItemCount()):
                item = self.fields_list.topLevelItem(row)
                if item.data(0, ID_ROLE) == key:
                    self.fields_list.setCurrentItem(item)
        dialog.deleteLater()

    def remove_field(self) -> None:
        chosen = self.selected_field()
        if chosen is None:
            return
        key, label = chosen
        answer = QMessageBox.question(
            self,
            self.tr("Remove field"),
            plain_message(self.tr("Remove the field “{label}”? Its values stay in the book and "
                                  "come back with Undo.").format(label=label)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(self, operations.remove_custom_field, key=key)
        self.reload_fields()

    # -- Users ---------------------------------------------------------------------------
    def _build_users(self) -> QWidget:
        page = QWidget()
        self.users_note = plain_label(self.tr("Only an owner may change users."), HINT)
        self.users_list = make_list(
            [self.tr("Name"), self.tr("Role"), self.tr("Password"), self.tr("Status")]
        )
        self.users_list.itemSelectionChanged.connect(self._update_user_buttons)
        self.users_list.itemDoubleClicked.connect(self._user_double_clicked)

        self.add_user_button = QPushButton(icon("add"), self.tr("Add user…"))
        self.add_user_button.clicked.connect(self.add_user)
        self.edit_user_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.edit_user_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.clicked.connect(self.set_password)
        self.hand_over_button = QPushButton(icon("users"), self.tr("Hand over customers…"))
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.clicked.connect(self.hand_over)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_user_button)
        buttons.addWidget(self.edit_user_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.hand_over_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addWidget(self.users_note)
        layout.addWidget(self.users_list, 1)
        layout.addLayout(buttons)
        return page

    def reload_users(self) -> None:
        chosen = self.selected_user()
        keep = chosen["id"] if chosen else self.ctx.book.user_id
        self.users_list.clear()
        self._users = {u["id"]: u for u in queries.users(self.ctx.book, active_only=False)}
        for user in self._users.values():
            item = QTreeWidgetItem([
                user["name"],
                role_name(user["role"]),
                self.tr("Set") if user["password_hash"] else self.tr("None"),
                self.tr("Active") if user["active"] else self.tr("Disabled"),
            ])
            item.setData(0, ID_ROLE, user["id"])
            if not user["active"]:
                grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
                for column in range(self.users_list.columnCount()):
                    item.setForeground(column, grey)
            if user["id"] == self.ctx.book.user_id:
                item.setToolTip(0, self.tr("Signed in now"))
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(self.users_list.columnCount()):
                    item.setFont(column, font)
            self.users_list.addTopLevelItem(item)
            if user["id"] == keep:
                self.users_list.setCurrentItem(item)
        fit_columns(self.users_list)
        owner = may(self.ctx.book, "users.manage")
        self.users_note.setVisible(not owner)
        self.add_user_button.setEnabled(owner)
        self._update_user_buttons()

    def selected_user(self) -> dict | None:
        if not hasattr(self, "_users"):
            return None
        item = self.users_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._users.get(item.data(0, ID_ROLE))

    def _update_user_buttons(self) -> None:
        user = self.selected_user()
        owner = may(self.ctx.book, "users.manage")
        self.edit_user_button.setEnabled(owner and user is not None)
        self.password_button.setEnabled(
            user is not None and (owner or user["id"] == self.ctx.book.user_id)
        )
        self.hand_over_button.setEnabled(may(self.ctx.book, "customers.hand_over"))

    def _user_double_clicked(self) -> None:
        if may(self.ctx.book, "users.manage"):
            self.edit_user()

    def add_user(self) -> None:
        if not may(self.ctx.book, "users.manage"):
            return
        dialog = UserDialog(self.ctx, None, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._after_user_change()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None or not may(self.ctx.book, "users.manage"):
            return
        dialog = UserDialog(self.ctx, user, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._after_user_change()

    def set_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(self.ctx, user, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._after_user_change()

    def hand_over(self) -> None:
        """The handover dialog for the selected user's customers."""
        from views.handover_dialog import hand_over_customers

        user = self.selected_user()
        if hand_over_customers(self.ctx, self, from_user=user["id"] if user else None):
            self._after_user_change()

    def _after_user_change(self) -> None:
        self.reload_users()
        self.ctx.user_changed.emit()


class AddFieldDialog(QDialog):
    """A new custom field: its name, its kind, and for a choice field the choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added_key: str | None = None
        self.setWindowTitle(self.tr("Add field"))

        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("e.g. Birthday, Shoe size, Membership"))
        self.kind_combo = QComboBox()
        for kind, text in (
            ("text", self.tr("Text")),
            ("number", self.tr("Number")),
            ("date", self.tr("Date")),
            ("choice", self.tr("Choice")),
        ):
            self.kind_combo.addItem(text, kind)
        self.choices_label = QLabel(self.tr("Choices:"))
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        lines = self.choices_edit.fontMetrics().lineSpacing()
        self.choices_edit.setFixedHeight(6 * lines + 12)
        self.kind_combo.currentIndexChanged.connect(self._update_choices)

        buttons = ok_cancel(self, self.tr("Add"))

        form = QFormLayout()
        form.addRow(self.tr("Field name:"), self.label_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.choices_label, self.choices_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_choices()
        fit_width(self, 380)

    def _update_choices(self) -> None:
        # enabled rather than shown, so that the dialog keeps its size while choosing
        is_choice = self.kind_combo.currentData() == "choice"
        self.choices_label.setEnabled(is_choice)
        self.choices_edit.setEnabled(is_choice)

    def accept(self) -> None:
        kind = self.kind_combo.currentData()
        choices = self.choices_edit.toPlainText().splitlines() if kind == "choice" else []
        key = self.ctx.run(
            self, operations.add_custom_field,
            label=self.label_edit.text(), kind=kind, choices=choices,
        )
        if key is None:
            return
        self.added_key = key
        super().accept()


class UserDialog(QDialog):
    """Add a user (name, role, password) or edit one (name, role, active).

    When more than one person uses the book, owners and managers need a password: adding the
    second user asks an owner who has none to choose theirs here (users.add_user's
    owner_password), and the new user's password is required for an owner or manager."""

    def __init__(self, ctx: AppContext, user: dict | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Add user") if user is None else self.tr("Edit user"))
        self.setWindowIcon(icon("user"))

        self.name_edit = QLineEdit(user["name"] if user else "")
        self.role_combo = QComboBox()
        for key in reversed(permissions.ROLES):  # the least powerful first
            self.role_combo.addItem(role_name(key), key)
        if user:
            self.role_combo.setCurrentIndex(self.role_combo.findData(user["role"]))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(plain_label(
            self.tr("An owner may do everything. A manager sees the customers of their team "
                    "(everyone's until someone is put in their team), reviews alerts, empties "
                    "the trash and takes imports back, but changes no settings or users. A "
                    "salesperson sees their own customers, those of nobody and those shared "
                    "with them, and changes their own."),
            HINT,
        ))
        self.owner_password_edit = self.owner_repeat_edit = None
        if user is None:
            self.password_edit = QLineEdit()
            self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeat_edit = QLineEdit()
            self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Password:"), self.password_edit)
            form.addRow(self.tr("Repeat password:"), self.repeat_edit)
            self.role_combo.currentIndexChanged.connect(self._update_placeholder)
            self._update_placeholder()
            me = ctx.book.user
            if me is not None and not me["password_hash"]:
                # the book is about to be shared: its owner chooses a password first
                self.owner_password_edit = QLineEdit()
                self.owner_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
                self.owner_password_edit.setObjectName("owner_password")
                self.owner_repeat_edit = QLineEdit()
                self.owner_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
                form.addRow(plain_label(self.tr(
                    "More than one person will use this book, so you need a password as its "
                    "owner; otherwise anyone could sign in as you. Choose it here:")))
                form.addRow(self.tr("Your password:"), self.owner_password_edit)
                form.addRow(self.tr("Repeat your password:"), self.owner_repeat_edit)
        else:
            # whose team the user is in: that manager sees their customers (models.core.scopes)
            self.manager_combo = QComboBox()
            self.manager_combo.setObjectName("manager_combo")
            self.manager_combo.addItem(self.tr("No manager"), None)
            for other in queries.users(ctx.book):
                if other["role"] == permissions.MANAGER and other["id"] != user["id"]:
                    self.manager_combo.addItem(other["name"], other["id"])
            self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(
                user.get("manager_id"))))
            form.addRow(self.tr("Manager:"), self.manager_combo)
            self.active_check = QCheckBox(self.tr("Active (may sign in)"))
            self.active_check.setChecked(bool(user["active"]))
            form.addRow("", self.active_check)
            # a user who leaves never leaves customers without an owner: ask where they go
            self.owned = handover.owned_count(ctx.book, user["id"]) if user["active"] else 0
            self.heir_combo = QComboBox()
            self.heir_combo.setObjectName("heir")
            for other in queries.users(ctx.book):
                if other["id"] != user["id"]:
                    self.heir_combo.addItem(other["name"], other["id"])
            self.heir_label = plain_label(self.tr(
                "{name} has {n} customers: choose who takes them over when {name} is disabled.").format(
                name=user["name"], n=self.owned))
            form.addRow(self.heir_label)
            form.addRow(self.tr("Customers go to:"), self.heir_combo)
            self.heir_rows = (self.heir_label, self.heir_combo, form.labelForField(
                self.heir_combo))
            self.active_check.toggled.connect(self._show_heir)
            self._show_heir()
        self.message = plain_label("", ERROR_STYLE)
        keep_place(self.message)
        self.message.hide()

        buttons = ok_cancel(self, self.tr("Add") if user is None else self.tr("Save"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # the wrapped hints need their height at the dialog's width: never squeeze them
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        fit_width(self, 440)

    def _show_heir(self, *_args) -> None:
        leaving = bool(self.owned) and not self.active_check.isChecked()
        for widget in self.heir_rows:
            widget.setVisible(leaving)

    def _update_placeholder(self) -> None:
        required = permissions.needs_password(self.role_combo.currentData())
        self.password_edit.setPlaceholderText(self.tr("Required") if required
                                              else self.tr("Optional"))

    def _mismatch(self, edit: QLineEdit, repeat: QLineEdit) -> bool:
        if edit.text() == repeat.text():
            return False
        self.message.setText(self.tr("The two passwords are not the same."))
        self.message.show()
        repeat.clear()
        repeat.setFocus()
        return True

    def accept(self) -> None:
        role = self.role_combo.currentData()
        if self.user is None:
            password = self.password_edit.text()
            if self._mismatch(self.password_edit, self.repeat_edit):
                return
            mine = ""
            if self.owner_password_edit is not None:
                if self._mismatch(self.owner_password_edit, self.owner_repeat_edit):
                    return
                mine = self.owner_password_edit.text()
            try:
                done = users.add_user(self.ctx.book, name=self.name_edit.text(), role=role,
                                           password=password, owner_password=mine)
            except UserError as exc:  # shown in the dialog: nothing typed is lost
                self.message.setText(tr_error(exc))
                self.message.show()
                edit = {"owner_password": self.owner_password_edit,
                        "password": self.password_edit,
                        "name": self.name_edit}.get(getattr(exc, "field", ""))
                if edit is not None:
                    edit.setFocus()
                return
        else:
            leaving = bool(self.owned) and not self.active_check.isChecked()
            heir = self.heir_combo.currentData() if leaving else None
            done = self.ctx.run(
                self, users.update_user,
                user_id=self.user["id"], name=self.name_edit.text(), role=role,
                active=self.active_check.isChecked(), hand_over_to=[heir] if heir else None,
            )
            manager = self.manager_combo.currentData()
            if done is not None and manager != self.user.get("manager_id"):
                done = self.ctx.run(self, users.set_manager, user_id=self.user["id"],
                                    manager_id=manager)
        if done is None:
            return
        super().accept()


class PasswordDialog(QDialog):
    """Set a user's password. Changing your own asks for the current one first."""

    def __init__(self, ctx: AppContext, user: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Set password"))
        self.setWindowIcon(icon("user"))
        self.asks_current = user["id"] == ctx.book.user_id and bool(user["password_hash"])

        who = plain_label(self.tr("Password for {name}").format(name=user["name"]))
        self.current_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setPlaceholderText(self.tr("Leave empty for no password"))

        form = QFormLayout()
        form.addRow(who)
        if self.asks_current:
            form.addRow(self.tr("Current password:"), self.current_edit)
        else:
            self.current_edit.hide()
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("Repeat password:"), self.repeat_edit)
        self.message = plain_label("", ERROR_STYLE)
        keep_place(self.message)
        self.message.hide()

        buttons = ok_cancel(self, self.tr("Save"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_width(self, 400)

    def accept(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            self.message.show()
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        done = self.ctx.run(
            self, returns_true(users.set_password),
            user_id=self.user["id"], password=self.new_edit.text(),
            current=self.current_edit.text(),
        )
        if not done:
            self.current_edit.clear()
            return
        super().accept()
