"""The first page of a book with no customers yet: the shop's name, the owner's password,
then three ways in (import a list, add the first customer, look around in the demo book)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import settings
from models.team import users
from views.context import AppContext
from views.widgets import ERROR_STYLE, icon, text_label


class FirstRunPage(QWidget):
    """Shown by the customers page instead of its table while the book has no customers."""

    import_requested = Signal()
    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        title = QLabel(self.tr("Welcome to Kehu"), self)
        title.setObjectName("first_run_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = text_label(self.tr(
            "Your customer book is empty. Give it your shop's name and a password, then bring "
            "your customers in."), selectable=False)

        self.shop_name = QLineEdit(self)
        self.shop_name.setObjectName("shop_name")
        self.shop_name.setPlaceholderText(self.tr("Shown on the title of every report"))
        self.password = QLineEdit(self)
        self.password.setObjectName("owner_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("owner_password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = text_label("", "color: palette(mid);", selectable=False)
        self.error = text_label("", ERROR_STYLE, selectable=False)
        self.error.setObjectName("first_run_error")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("first_run_save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("first_run_saved")
        for edit in (self.shop_name, self.password, self.repeat):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _t: self.saved_label.clear())

        form = QFormLayout()
        form.addRow(self.tr("Shop name:"), self.shop_name)
        form.addRow(self.tr("Your password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.password_hint)
        form.addRow("", self.error)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        form.addRow("", save_row)

        ways = QLabel(self.tr("Then bring your customers in:"), self)
        self.import_button = QPushButton(
            icon("import"), self.tr("Import a spreadsheet or phone contacts…"), self)
        self.import_button.setObjectName("first_run_import")
        self.import_button.clicked.connect(self.import_requested)
        self.add_button = QPushButton(icon("add"), self.tr("Add the first customer…"), self)
        self.add_button.setObjectName("first_run_add")
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button = QPushButton(icon("kehu"), self.tr("Try the demo book"), self)
        self.demo_button.setObjectName("first_run_demo")
        self.demo_button.setToolTip(self.tr(
            "Opens a separate book full of made-up customers in a second window; "
            "this book stays as it is."))
        self.demo_button.clicked.connect(self.demo_requested)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addSpacing(12)
        column.addWidget(ways)
        for button in (self.import_button, self.add_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            column.addWidget(button)
        column.addStretch(1)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(560)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 3)
        outer.addStretch(1)
        outer.setContentsMargins(24, 32, 24, 24)
        self.refresh()

    def refresh(self) -> None:
        """Show what the book holds now (the shop's name, whether the user has a password)."""
        book = self.ctx.book
        if not self.shop_name.hasFocus() and not self.shop_name.isModified():
            self.shop_name.setText(settings.get(book, settings.SHOP_NAME.key))
        user = book.user
        has_password = bool(user and user["password_hash"])
        self.password_hint.setText(
            self.tr("You have a password (change it in Settings > Team).") if has_password
            else self.tr("Recommended. Required once a second person uses this book."))
        # changing a password one already has asks for the current one: Settings > Team
        for edit in (self.password, self.repeat):
            edit.setEnabled(not has_password)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> bool:
        """Save the shop's name and the password; a problem is said and nothing is lost."""
        self.error.hide()
        self.saved_label.clear()
        name = self.shop_name.text().strip()
        password = self.password.text()
        if password != self.repeat.text():
            self._fail(self.tr("The two passwords are not the same."))
            self.repeat.setFocus()
            return False
        book = self.ctx.book
        if name != settings.get(book, settings.SHOP_NAME.key):
            if self.ctx.run(self, settings.set_settings,
                            values={settings.SHOP_NAME.key: name}) is None:
                return False
        if password and self.password.isEnabled():
            if self.ctx.run(self, users.set_password, user_id=book.user_id,
                            password=password) is None:
                return False
            self.password.clear()
            self.repeat.clear()
        self.shop_name.setModified(False)
        self.saved_label.setText(self.tr("Saved."))
        self.refresh()
        return True
