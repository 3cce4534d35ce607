"""One contact person of a customer: add or edit, with inline validation."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.core import fields
from models.core.errors import ValidationError
from models.customers import operations, queries
from views.context import show_error, tr_error
from views.customer_form import ValidatedForm, discard_confirmed, field_labels

FIELDS = operations.CONTACT_FIELDS  # the fields registry's (models/core/fields.py)


class ContactDialog(QDialog):
    """Add a contact person to customer_id (contact_id None) or edit one; saved_id after accept."""

    def __init__(self, ctx, customer_id: str, contact_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.contact_id = contact_id
        self.saved_id: str | None = None
        row = queries.contact(ctx.book, contact_id) if contact_id else None
        self.setWindowTitle(self.tr("Edit contact person") if row else self.tr("New contact person"))
        self.setMinimumWidth(400)

        labels = field_labels()
        self.form = ValidatedForm()
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        types = {f.key: f.type for f in fields.CONTACT}
        for key in FIELDS:
            if types[key] == "longtext":
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
            else:
                edit = QLineEdit()
            edit.setObjectName(key)
            self.edits[key] = edit
            self.form.add_field(key, labels[key], edit)
        self.edits["name"].setPlaceholderText(self.tr("Required"))
        self.edits["title"].setPlaceholderText(self.tr("e.g. Purchasing manager"))
        if row is not None:
            for key in FIELDS:
                value = row[key] or ""
                edit = self.edits[key]
                edit.setPlainText(value) if isinstance(edit, QPlainTextEdit) else edit.setText(value)
        self._initial = self.values()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save)
        self.edits["name"].setFocus()

    def values(self) -> dict[str, str]:
        out = {}
        for key, edit in self.edits.items():
            out[key] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return out

    def changed_values(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if v != self._initial[k]}

    def save(self) -> None:
        self.form.clear_errors()
        data = self.values() if self.contact_id is None else self.changed_values()
        try:
            clean = operations.clean_contact(data)
            if self.contact_id is None and not clean.get("name"):
                raise ValidationError("name", operations.CONTACT_NAME_REQUIRED)
        except ValidationError as exc:
            if not self.form.show_error(exc.field, tr_error(exc)):
                show_error(self, exc)
            return
        if self.contact_id is None:
            new_id = self.ctx.run(
                self, operations.add_contact, customer_id=self.customer_id, data=data
            )
            if new_id is None:
                return
            self.saved_id = new_id
        else:
            if data and self.ctx.run(
                self, operations.update_contact, contact_id=self.contact_id, data=data
            ) is None:
                return
            self.saved_id = self.contact_id
        super().accept()

    def reject(self) -> None:
        if not self.changed_values() or discard_confirmed(self):
            super().reject()
