"""The customer form: a new customer or an edit, with inline validation and a duplicate check.

Also holds the small pieces the contact dialog and the detail panel share: the inline-error
form layout, the optional date field, the tag completer and the translated field names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core import clock, fields, values
from models.core.errors import ValidationError
from models.customers import clash, operations, queries
from views.context import show_error, tr_error
from views.widgets import ERROR_STYLE, SECONDARY_STYLE, plain_message

DATE_FORMAT = "yyyy-MM-dd"


def field_labels() -> dict[str, str]:
    """The translated names of the customer and contact fields, by key (the fields registry's
    labels, models/core/fields.py; also used by the detail panel)."""
    t = QCoreApplication.translate
    labels = {f.key: t(fields.LABEL_CONTEXT, f.label) for f in fields.CONTACT}
    labels.update((f.key, t(fields.LABEL_CONTEXT, f.label)) for f in fields.CUSTOMER)
    return labels


class ValidatedForm(QFormLayout):
    """A form whose fields each carry a red message under them, shown by show_error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(8)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(widget)
        # line the caption up with the first line of the field, not with the middle of the
        # field and its error message
        one_line = widget if not isinstance(widget, QPlainTextEdit) else QLineEdit()
        caption.setFixedHeight(max(one_line.sizeHint().height(), caption.sizeHint().height()))
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.addRow(caption, box)
        self.fields[key] = (widget, error)

    def error_label(self, key: str) -> QLabel:
        return self.fields[key][1]

    def clear_errors(self) -> None:
        for _, error in self.fields.values():
            error.clear()
            error.hide()

    def show_error(self, key: str, text: str) -> bool:
        """Show text under the field key and focus it; False if the form has no such field."""
        if key not in self.fields:
            return False
        widget, error = self.fields[key]
        error.setText(text)
        error.show()
        target = widget.focus_widget() if isinstance(widget, DateField) else widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class DateField(QWidget):
    """A date that may be empty: a check box switches the date on; value() is ISO or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Set a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setSpecialValueText(self.tr("none"))
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(False)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self._on_toggled)

    def focus_widget(self) -> QWidget:
        return self.edit if self.check.isChecked() else self.check

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == self.edit.minimumDate():
            today = clock.today()
            self.edit.setDate(QDate(today.year, today.month, today.day))
        elif not on:
            self.edit.setDate(self.edit.minimumDate())

    def value(self) -> str:
        if not self.check.isChecked():
            return ""
        return self.edit.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, text: str) -> None:
        date = QDate.fromString(text or "", Qt.DateFormat.ISODate)
        if date.isValid():
            self.check.setChecked(True)
            self.edit.setDate(date)
        else:
            self.check.setChecked(False)


class TagCompleter(QCompleter):
    """Completes the tag after the last comma of a comma-separated line."""

    def __init__(self, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(QStringListModel(tags), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def splitPath(self, path: str) -> list[str]:
        for sep in ",，;；、":
            path = path.replace(sep, ",")
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        text = self.widget().text() if self.widget() else ""
        for sep in ",，;；、":
            text = text.replace(sep, ",")
        head = [t.strip() for t in text.split(",")[:-1] if t.strip()]
        return ", ".join([*head, index.data()])


def editable_combo(items: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(items)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def save_buttons(dialog: QDialog) -> QDialogButtonBox:
    """The Save and Cancel buttons of a record form: Save (and Ctrl+Enter) calls
    dialog.save, Cancel dialog.reject. Sets dialog.buttons and dialog.save_button."""
    t = QCoreApplication.translate
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(t("RecordForm", "Save"))
    save.setToolTip(t("RecordForm", "Save (Ctrl+Enter)"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(t("RecordForm", "Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(seq), dialog, dialog.save)
    dialog.buttons, dialog.save_button = buttons, save
    return buttons


def save_footer(dialog: QDialog) -> QHBoxLayout:
    """The bottom row of a record form: the keyboard hint, then save_buttons()."""
    hint = QLabel(QCoreApplication.translate("RecordForm", "Ctrl+Enter saves, Esc cancels"))
    hint.setObjectName("save_hint")
    hint.setStyleSheet(SECONDARY_STYLE)
    footer = QHBoxLayout()
    footer.setContentsMargins(16, 0, 16, 12)
    footer.addWidget(hint)
    footer.addStretch(1)
    footer.addWidget(save_buttons(dialog))
    return footer


class SavesRecord:
    """The save of a record form (a deal, a reminder), mixed into its QDialog: a new record is
    added, an existing one gets only what changed; a refused save shows its message, marks the
    field (`_mark_error`) and keeps the dialog open with everything typed. Closing with unsaved
    typing asks first.

    The dialog provides row (None when new), values(), changed_values(), clear_errors() and
    _mark_error(); it reads the refusal from self._error."""

    _error = None

    def _catching(self, operation):
        """The operation, remembering a ValidationError so its field can be marked."""

        def run(book, **kwargs):
            try:
                return operation(book, **kwargs)
            except ValidationError as exc:
                self._error = exc
                raise

        return run

    def save_record(self, add, update, **key) -> None:
        """add(book, data=...) for a new record; update(book, <key>, data=...) otherwise."""
        self.clear_errors()
        self._error = None
        if self.row is None:
            result = self.ctx.run(self, self._catching(add), data=self.values())
            if result is None:
                self._mark_error()
                return
            self.saved_id = result
        else:
            data = self.changed_values()
            if data and self.ctx.run(self, self._catching(update), **key, data=data) is None:
                self._mark_error()
                return
            self.saved_id = next(iter(key.values()))
        QDialog.accept(self)

    def reject(self) -> None:
        if not self.changed_values() or discard_confirmed(self):
            QDialog.reject(self)


def discard_confirmed(parent: QWidget) -> bool:
    """Asked when a form with unsaved typing is closed: True to throw the typing away."""
    t = QCoreApplication.translate
    answer = QMessageBox.question(
        parent,
        t("Forms", "Discard changes?"),
        t("Forms", "You typed something that is not saved. Discard it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class CustomerDialog(QDialog):
    """Add a customer (customer_id None) or edit one. saved_id holds the id after accept."""

    def __init__(self, ctx, customer_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = ctx.book
        self.customer_id = customer_id
        self.saved_id: str | None = None
        self._getters: dict[str, Callable[[], str]] = {}
        self._setters: dict[str, Callable[[str], None]] = {}
        row = queries.customer(self.book, customer_id) if customer_id else None
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=row["name"]) if row else self.tr("New customer")
        )
        self.setMinimumWidth(640)
        self._build(row)
        self._load(row)
        self._initial = self.values()
        body = self.scroll.widget().sizeHint().height()
        footer = self.buttons.sizeHint().height() + 20
        self.resize(760, min(body + footer + 8, 760))

    # -- building ------------------------------------------------------------------------
    def _build(self, row: dict | None) -> None:
        book = self.book
        labels = field_labels()
        placeholders = {
            "name": self.tr("Company or person (required)"),
            "mobile": self.tr("138 0013 8000; several with ;"),
            "phone": self.tr("021-12345678"),
            "tags": self.tr("Separate tags with commas"),
        }
        # one widget per field of the registry (models/core/fields.py), by its type
        self.widgets: dict[str, QWidget] = {}
        for field in fields.CUSTOMER:
            if not field.form:
                continue
            if field.suggest:
                widget = editable_combo(queries.distinct_values(book, field.key))
                self._getters[field.key] = widget.currentText
                self._setters[field.key] = widget.setEditText
                attribute = f"{field.name}_combo"
            elif field.type == "choice":
                widget = QComboBox()
                widget.addItem("—", "")
                for choice in field.choices:
                    widget.addItem(choice, choice)
                self._bind_data_combo(field.key, widget)
                attribute = f"{field.name}_combo"
            elif field.type == "user":
                widget = QComboBox()
                owners = queries.users(book)
                current_owner = row[field.key] if row else book.user_id
                if current_owner and all(u["id"] != current_owner for u in owners):
                    owners += [u for u in queries.users(book, active_only=False)
                               if u["id"] == current_owner]
                for user in owners:
                    widget.addItem(user["name"], user["id"])
                self._bind_data_combo(field.key, widget)
                attribute = f"{field.name}_combo"
            elif field.type == "date":
                widget = DateField()
                self._getters[field.key] = widget.value
                self._setters[field.key] = widget.set_value
                attribute = f"{field.name}_edit"
            elif field.type == "longtext":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(80)
                self._getters[field.key] = widget.toPlainText
                self._setters[field.key] = widget.setPlainText
                attribute = f"{field.name}_edit"
            else:
                widget = QLineEdit()
                if field.key in placeholders:
                    widget.setPlaceholderText(placeholders[field.key])
                if field.type == "tags":
                    widget.setCompleter(TagCompleter(queries.all_tags(book), widget))
                self._getters[field.key] = widget.text
                self._setters[field.key] = widget.setText
                attribute = f"{field.name}_edit"
            widget.setObjectName(field.key)
            self.widgets[field.key] = widget
            setattr(self, attribute, widget)
        self.follow_up = self.widgets["next_follow_up"]

        self.left = ValidatedForm()
        self.right = ValidatedForm()
        self.bottom = ValidatedForm()
        places = {"left": self.left, "right": self.right, "bottom": self.bottom}
        for field in fields.CUSTOMER:
            if field.form:
                places[field.form].add_field(field.key, labels[field.key], self.widgets[field.key])

        self.custom_left = ValidatedForm()
        self.custom_right = ValidatedForm()
        self.custom_specs = operations.custom_fields(book)
        for i, spec in enumerate(self.custom_specs):
            form = self.custom_left if i % 2 == 0 else self.custom_right
            form.add_field("custom:" + spec["key"], spec["label"], self._custom_widget(spec, row))
        self.forms = [self.left, self.right, self.bottom, self.custom_left, self.custom_right]

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 16, 16, 8)
        outer.setSpacing(12)
        outer.addLayout(self._two_columns(self.left, self.right))
        outer.addLayout(self.bottom)
        if self.custom_specs:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            outer.addWidget(line)
            outer.addWidget(section_title(self.tr("More fields")))
            outer.addLayout(self._two_columns(self.custom_left, self.custom_right))
        outer.addStretch(1)
        self._align_captions()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(scroll, 1)
        layout.addLayout(save_footer(self))
        self.name_edit.setFocus()

    @staticmethod
    def _two_columns(left: QFormLayout, right: QFormLayout) -> QHBoxLayout:
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        return columns

    def _align_captions(self) -> None:
        """Give every caption the same width, so the columns line up under each other."""
        captions = [
            form.labelForField(form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget())
            for form in self.forms for i in range(form.rowCount())
        ]
        width = max((c.sizeHint().width() for c in captions if c), default=0)
        for caption in captions:
            if caption:
                caption.setMinimumWidth(width)

    def _bind_data_combo(self, key: str, combo: QComboBox) -> None:
        combo.setObjectName(key)

        def set_value(value: str) -> None:
            index = combo.findData(value or "")
            combo.setCurrentIndex(max(index, 0))

        self._getters[key] = lambda: combo.currentData() or ""
        self._setters[key] = set_value

    def _custom_widget(self, spec: dict, row: dict | None) -> QWidget:
        key = "custom:" + spec["key"]
        current = str((row or {}).get("custom", {}).get(spec["key"], ""))
        if spec["kind"] == "date":
            widget = DateField()
            self._getters[key] = widget.value
            self._setters[key] = widget.set_value
        elif spec["kind"] == "choice":
            widget = QComboBox()
            widget.addItem("", "")
            for choice in spec["choices"]:
                widget.addItem(choice, choice)
            if current and widget.findData(current) < 0:
                widget.addItem(current, current)  # a value whose choice was removed since
            self._bind_data_combo(key, widget)
        else:
            widget = QLineEdit()
            if spec["kind"] == "number":
                widget.setValidator(QRegularExpressionValidator(
                    QRegularExpression(r"[-+]?[0-9,]*[.]?[0-9]*"), widget))
            self._getters[key] = widget.text
            self._setters[key] = widget.setText
        widget.setObjectName(key)
        return widget

    def _load(self, row: dict | None) -> None:
        if row is None:
            self._setters["owner_id"](self.book.user_id or "")
            return
        for key in self._getters:
            if key.startswith("custom:"):
                value = row["custom"].get(key[7:], "")
            else:
                value = row.get(key) or ""
            self._setters[key]("" if value is None else str(value))

    # -- reading and saving --------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {key: get() for key, get in self._getters.items()}

    def changed_values(self) -> dict[str, str]:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._initial.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def show_field_error(self, exc: ValidationError) -> None:
        text = tr_error(exc)
        for form in self.forms:
            if form.show_error(exc.field, text):
                widget = form.fields[exc.field][0]
                self.scroll.ensureWidgetVisible(widget)
                return
        show_error(self, exc)

    def save(self) -> None:
        for form in self.forms:
            form.clear_errors()
        data = self.values() if self.customer_id is None else self.changed_values()
        try:
            clean = operations.clean_customer(self.book, data)
            if self.customer_id is None and not clean.get("name"):
                raise ValidationError("name", values.NAME_REQUIRED)
        except ValidationError as exc:
            self.show_field_error(exc)
            return
        if self.customer_id is not None and not data:
            self.saved_id = self.customer_id
            super().accept()
            return
        if not self._confirm_duplicates(clean):
            return
        if self.customer_id is None:
            new_id = self.ctx.run(self, operations.add_customer, data=data)
            if new_id is None:
                return
            self.saved_id = new_id
        else:
            result = self.ctx.run(
                self, operations.update_customer, customer_id=self.customer_id, data=data
            )
            if result is None:
                return
            self.saved_id = self.customer_id
        super().accept()

    def _confirm_duplicates(self, clean: dict) -> bool:
        if self.customer_id is not None and "name" not in clean and "mobile" not in clean:
            return True
        now = self.values()
        found = queries.duplicates(
            self.book, name=clean.get("name", values.fold(now["name"])),
            mobile=clean.get("mobile", now["mobile"]), exclude_id=self.customer_id,
        )
        # the same customer on its way from another PC (shared with the user, say)
        arriving = clash.arriving(self.book, {k: clean.get(k, now.get(k, ""))
                                              for k in ("name", "mobile", "phone")})
        if not found and not arriving:
            return True
        lines = "\n".join(
            f"• {d['name']}" + (f"  {d['mobile']}" if d["mobile"] else "") for d in found[:10]
        )
        if len(found) > 10:
            lines += "\n" + self.tr("… and {n} more").format(n=len(found) - 10)
        if arriving:
            lines = "\n".join(filter(None, [lines, "• " + self.tr(
                "Not on this PC yet, coming with the next sync: {n} that you can see (shared "
                "with you, or added on another PC)").format(n=len(arriving))]))
        answer = QMessageBox.question(
            self,
            self.tr("Possible duplicate"),
            plain_message(self.tr("The book already has customers with this name or mobile:"
                                  "\n\n{list}\n\nSave anyway?").format(list=lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if not self.is_dirty() or discard_confirmed(self):
            super().reject()
