"""One deal: the deal form (new or edit, with its status and stage history), and the small
questions the board asks: complete a stage's requirements, why a deal was lost, how long to
snooze a stall, why a deal is stalled.

Every write goes through ctx.run with an operation of models.deals, so a problem the user can
fix shows as a translated message and the form keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import deals
from models.core import money as money_model
from models.core import scopes
from models.core.errors import ValidationError
from models.core.money import Money
from models.customers import queries
from views.common import currency_label, edit_text
from views.context import tr_error
from views.customer_form import (
    SECONDARY_STYLE,
    DateField,
    SavesRecord,
    ValidatedForm,
    editable_combo,
    save_footer,
    section_title,
)
from views.widgets import fit_width, icon

CURRENCIES = tuple(money_model.CURRENCIES)  # CNY first
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PICKER_LIMIT = 30  # customers offered by the picker for what was typed
STATUS_STYLE = {
    "open": "color: #1d4ed8;",
    "won": "color: #15803d; font-weight: bold;",
    "lost": "color: #b91c1c; font-weight: bold;",
}
READ_ONLY_STYLE = "background: #fef3c7; color: #92400e; border-radius: 4px; padding: 4px 8px;"


def deal_field_names() -> dict[str, str]:
    """The translated names of a deal's fields (also for stage requirements in Settings)."""
    names = {key: deals.field_label(key, QCoreApplication.translate) for key in deals.DEAL_FIELDS}
    names["stage_id"] = QCoreApplication.translate("DealDialog", "Stage")
    return names


def status_name(status: str) -> str:
    return deals.status_label(status, QCoreApplication.translate)


def stage_name(stage: dict | None) -> str:
    return deals.stage_label(stage, QCoreApplication.translate) if stage else ""


def _amount_edit() -> QLineEdit:
    """Any text: "1,234.5", "¥1234.50", "1.2万", "12万5", full-width digits (models.core.money)."""
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("DealDialog", "not known yet"))
    return edit


def _amount_value(text: str, currency: str) -> Money | None | str:
    """What the amount box holds: None when empty, the amount in the currency, or the text as
    typed when it is not one (the operation then explains what is wrong with it)."""
    try:
        return money_model.parse(text, currency)
    except ValidationError:
        return text


def amount_problem(text: str, currency: str) -> ValidationError | None:
    """Why the text is not an amount of the currency for a deal, or None when it is one."""
    try:
        amount = money_model.parse(text, currency)
    except ValidationError as exc:
        return exc
    if amount is not None and amount.minor < 0:
        return ValidationError("amount", deals.NEGATIVE_AMOUNT)
    return None


def _ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("DealDialog", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _plain(text: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


class CustomerPicker(QLineEdit):
    """Type part of a name (or pinyin, or a phone number); pick the customer from the list.

    Asks the book's search index for at most PICKER_LIMIT matches per keystroke pause, so it
    works the same with 100 or 100,000 customers.
    """

    customer_chosen = Signal(str)

    def __init__(self, book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._chosen_id: str | None = None
        self._chosen_name = ""
        self.setPlaceholderText(self.tr("Type a name, pinyin or phone number"))
        self.model = QStandardItemModel(self)
        self.picker = QCompleter(self.model, self)
        self.picker.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.picker.setCompletionRole(NAME_ROLE)
        self.picker.setMaxVisibleItems(12)
        self.picker.setWidget(self)
        self.picker.activated[QModelIndex].connect(self._picked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self.timer.start())

    def search_now(self) -> int:
        """Fill the list for what is typed now and open it; the number of customers offered."""
        self.timer.stop()
        text = self.text().strip()
        self.model.clear()
        if not text:
            self.picker.popup().hide()
            return 0
        flt = queries.CustomerFilter(text=text)
        ids = queries.customer_ids(self.book, flt, first=PICKER_LIMIT)
        rows = queries.customer_rows(self.book, ids)
        for cid in ids:
            row = rows.get(cid)
            if row is None:
                continue
            extra = [p for p in (row.get("city"), row.get("contact"),
                                 (row.get("mobile") or "").split(";")[0]) if p]
            item = QStandardItem(row["name"] + ("  ·  " + "  ".join(extra) if extra else ""))
            item.setData(cid, ID_ROLE)
            item.setData(row["name"], NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.picker.setCompletionPrefix("")
            self.picker.complete()
        else:
            self.picker.popup().hide()
        return self.model.rowCount()

    def offered(self) -> list[str]:
        """The names the list offers now."""
        return [self.model.item(r).data(NAME_ROLE) for r in range(self.model.rowCount())]

    def choose_row(self, row: int) -> None:
        self._picked(self.model.index(row, 0))

    def _picked(self, index: QModelIndex) -> None:
        cid = index.data(ID_ROLE)
        if not cid:
            return
        self.set_customer(cid, index.data(NAME_ROLE))
        self.customer_chosen.emit(cid)

    def set_customer(self, customer_id: str | None, name: str | None = None) -> None:
        if customer_id and name is None:
            row = queries.customer(self.book, customer_id)
            name = row["name"] if row else ""
        self._chosen_id = customer_id or None
        self._chosen_name = name or ""
        self.setText(self._chosen_name)
        self.picker.popup().hide()

    def customer_id(self) -> str:
        """The chosen customer; "" when the text is not (or no longer) a chosen customer.

        Text typed without picking counts when exactly one customer has that name."""
        text = self.text().strip()
        if self._chosen_id and text == self._chosen_name.strip():
            return self._chosen_id
        if not text:
            return ""
        found = [r["id"] for r in queries.duplicates(self.book, name=text)]
        return found[0] if len(found) == 1 else ""


class ProbabilityField(QWidget):
    """A percentage that follows the stage's default until the user changes it.

    value() is None while it follows the stage (the book then stores NULL)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setObjectName("probability")
        self.note = _plain(self.tr("stage default"), SECONDARY_STYLE, wrap=False)
        self.note.setObjectName("probability_note")
        self.reset = QToolButton()
        self.reset.setObjectName("probability_reset")
        self.reset.setText(self.tr("Use stage default"))
        self.reset.setAutoRaise(True)
        self.reset.clicked.connect(self.use_default)
        row.addWidget(self.spin)
        row.addWidget(self.note)
        row.addWidget(self.reset)
        row.addStretch(1)
        self._default = 0
        self._overridden = False
        self.spin.valueChanged.connect(self._changed)
        self._show_state()

    def set_default(self, value: int) -> None:
        self._default = int(value)
        if not self._overridden:
            self.spin.blockSignals(True)
            self.spin.setValue(self._default)
            self.spin.blockSignals(False)
        self._show_state()

    def set_value(self, value: int | None) -> None:
        self._overridden = value is not None
        self.spin.blockSignals(True)
        self.spin.setValue(self._default if value is None else int(value))
        self.spin.blockSignals(False)
        self._show_state()

    def value(self) -> int | None:
        return self.spin.value() if self._overridden else None

    def use_default(self) -> None:
        self.set_value(None)

    def _changed(self, _value: int) -> None:
        self._overridden = True
        self._show_state()

    def _show_state(self) -> None:
        self.note.setVisible(not self._overridden)
        self.reset.setVisible(self._overridden)
        self.reset.setToolTip(self.tr("Back to the stage's {n} %").format(n=self._default))


class DealDialog(SavesRecord, QDialog):
    """Add a deal (deal_id None) or edit one. saved_id holds the id after accept."""

    def __init__(self, ctx, deal_id: str | None = None, customer_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = ctx.book
        self.deal_id = deal_id
        self.saved_id: str | None = None
        self.read_only = False  # the user may not change the deal's customer (set below)
        self.row = deals.deal(self.book, deal_id) if deal_id else None
        if deal_id and self.row is None:
            raise KeyError(f"no deal {deal_id}")
        self.stages = deals.stages(self.book)
        self.setWindowTitle(self.tr("Deal: {title}").format(title=self.row["title"])
                            if self.row else self.tr("New deal"))
        self.setWindowIcon(icon("pipeline"))
        self.setMinimumWidth(680)
        self._build()
        self._load(customer_id)
        self._initial = self.values()
        self.read_only = not deals.may_change(
            self.book, self.row["customer_id"] if self.row else customer_id)
        if self.read_only:
            self._show_read_only(self.row["customer_id"] if self.row else customer_id)
        fit_width(self, 760)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        book = self.book
        names = deal_field_names()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("e.g. 200 sets of office chairs (required)"))
        self.customer_edit = CustomerPicker(book)
        self.customer_edit.setObjectName("customer_id")
        self.amount_edit = _amount_edit()
        self.amount_edit.setObjectName("amount")
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currency")
        for code in CURRENCIES:
            self.currency_combo.addItem(currency_label(code), code)
            self.currency_combo.setItemData(
                self.currency_combo.count() - 1,
                QCoreApplication.translate("money", money_model.currency(code).name),
                Qt.ItemDataRole.ToolTipRole)
        self.amount_edit.editingFinished.connect(self._check_amount)
        self.amount_edit.textChanged.connect(self._amount_edited)
        self.currency_combo.currentIndexChanged.connect(self._check_amount)
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.setSpacing(6)
        amount_layout.addWidget(self.amount_edit, 1)
        amount_layout.addWidget(self.currency_combo)
        self.close_date = DateField()
        self.close_date.setObjectName("expected_close")
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage_id")
        for stage in self.stages:
            self.stage_combo.addItem(stage_name(stage), stage["id"])
        self.probability = ProbabilityField()
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_id")
        owners = queries.users(book)
        current_owner = self.row["owner_id"] if self.row else book.user_id
        if current_owner and all(u["id"] != current_owner for u in owners):
            owners += [u for u in queries.users(book, active_only=False)
                       if u["id"] == current_owner]
        for user in owners:
            self.owner_combo.addItem(user["name"], user["id"])
        self.source_combo = editable_combo(queries.distinct_values(book, "source"))
        self.source_combo.setObjectName("source")
        self.next_step_edit = QLineEdit()
        self.next_step_edit.setObjectName("next_step")
        self.next_step_edit.setPlaceholderText(self.tr("e.g. send the quote on Friday"))
        self.products_edit = QLineEdit()
        self.products_edit.setObjectName("products")
        self.products_edit.setPlaceholderText(self.tr("What they buy, in your words"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)

        self.left = ValidatedForm()
        self.right = ValidatedForm()
        self.left.add_field("title", names["title"], self.title_edit)
        self.left.add_field("customer_id", names["customer_id"], self.customer_edit)
        self.left.add_field("amount", names["amount"], amount_row)
        self.left.fields["amount"] = (self.amount_edit, self.left.fields["amount"][1])
        self.left.add_field("expected_close", names["expected_close"], self.close_date)
        if self.row is None:
            self.left.add_field("stage_id", names["stage_id"], self.stage_combo)
        else:
            self.stage_combo.hide()
        self.right.add_field("probability", names["probability"], self.probability)
        self.right.fields["probability"] = (self.probability.spin,
                                            self.right.fields["probability"][1])
        self.right.add_field("owner_id", names["owner_id"], self.owner_combo)
        self.right.add_field("source", names["source"], self.source_combo)
        self.right.add_field("next_step", names["next_step"], self.next_step_edit)
        self.right.add_field("products", names["products"], self.products_edit)
        self.bottom = ValidatedForm()
        self.bottom.add_field("notes", names["notes"], self.notes_edit)
        self.forms = [self.left, self.right, self.bottom]

        body = QVBoxLayout()
        body.setContentsMargins(16, 16, 16, 8)
        body.setSpacing(12)
        self.read_only_label = _plain("", READ_ONLY_STYLE)
        self.read_only_label.setObjectName("read_only_label")
        self.read_only_label.hide()
        body.addWidget(self.read_only_label)
        if self.row is not None:
            body.addLayout(self._build_status())
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        body.addLayout(columns)
        body.addLayout(self.bottom)
        if self.row is not None:
            body.addWidget(section_title(self.tr("Stage history")))
            self.history_list = QTreeWidget()
            self.history_list.setObjectName("stage_history")
            self.history_list.setHeaderLabels(
                [self.tr("When"), self.tr("Who"), self.tr("Change")])
            self.history_list.setRootIsDecorated(False)
            self.history_list.setUniformRowHeights(True)
            self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.history_list.header().setStretchLastSection(True)
            self.history_list.setFixedHeight(130)
            body.addWidget(self.history_list)
        self._align_captions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(body, 1)
        layout.addLayout(save_footer(self))
        self.title_edit.setFocus()

    def _build_status(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.status_label = _plain("", wrap=True)
        self.status_label.setObjectName("status_label")
        self.won_button = QPushButton(self.tr("Won"))
        self.won_button.setObjectName("won_button")
        self.won_button.setToolTip(self.tr("Mark this deal as won"))
        self.won_button.clicked.connect(self.mark_won)
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.lost_button.setObjectName("lost_button")
        self.lost_button.setToolTip(self.tr("Mark this deal as lost and say why"))
        self.lost_button.clicked.connect(self.mark_lost)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopen_button")
        self.reopen_button.setToolTip(self.tr("Put this deal back on the board"))
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.won_button)
        row.addWidget(self.lost_button)
        row.addWidget(self.reopen_button)
        return row

    def _align_captions(self) -> None:
        captions = [
            form.labelForField(form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget())
            for form in self.forms for i in range(form.rowCount())
        ]
        width = max((c.sizeHint().width() for c in captions if c), default=0)
        for caption in captions:
            if caption:
                caption.setMinimumWidth(width)

    # -- loading -------------------------------------------------------------------------
    def _stage(self, stage_id: str | None) -> dict | None:
        return next((s for s in self.stages if s["id"] == stage_id), None)

    def _stage_changed(self, _index: int = 0) -> None:
        stage = self._stage(self.stage_combo.currentData())
        self.probability.set_default(stage["probability"] if stage else 0)

    def _load(self, customer_id: str | None) -> None:
        row = self.row
        if row is None:
            if customer_id:
                self.customer_edit.set_customer(customer_id)
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(self.book.user_id), 0))
            self._stage_changed()
            return
        self.title_edit.setText(row["title"] or "")
        self.customer_edit.set_customer(row["customer_id"], row.get("customer_name"))
        self.amount_edit.setText(edit_text(row.get("amount")))
        index = self.currency_combo.findData(row.get("currency") or "CNY")
        if index < 0:
            self.currency_combo.addItem(row["currency"], row["currency"])
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        self.close_date.set_value(row.get("expected_close") or "")
        stage = self._stage(row["stage_id"])
        self.probability.set_default(stage["probability"] if stage else 0)
        self.probability.set_value(row["own_probability"])
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(row.get("owner_id")), 0))
        self.source_combo.setEditText(row.get("source") or "")
        self.next_step_edit.setText(row.get("next_step") or "")
        self.products_edit.setText(row.get("products") or "")
        self.notes_edit.setPlainText(row.get("notes") or "")
        self._show_status()

    def _show_status(self) -> None:
        row = self.row
        status = row["status"]
        stage = self._stage(row["stage_id"])
        if status == "open":
            text = self.tr("Open · {stage} · {n} days in this stage").format(
                stage=stage_name(stage), n=row.get("days_in_stage", 0))
            if row.get("stalled"):
                text += "  ·  " + self.tr("stalled")
        elif status == "won":
            text = self.tr("Won on {date}").format(date=(row.get("closed_at") or "")[:10])
        else:
            reason = deals.reason_label(row.get("lost_reason") or "", QCoreApplication.translate)
            text = self.tr("Lost on {date}: {reason}").format(
                date=(row.get("closed_at") or "")[:10], reason=reason)
            if row.get("lost_note"):
                text += " — " + row["lost_note"]
        self.status_label.setText(text)
        self.status_label.setStyleSheet(STATUS_STYLE.get(status, ""))
        editable = not self.read_only
        self.won_button.setVisible(editable and status == "open")
        self.lost_button.setVisible(editable and status == "open")
        self.reopen_button.setVisible(editable and status != "open")
        self._fill_history()

    def _fill_history(self) -> None:
        from models.core.clock import local_time

        self.history_list.clear()
        live = {s["id"]: s for s in self.stages}

        def where(entry: dict, side: str) -> str:
            status, stage_id = entry.get(f"{side}_status"), entry.get(f"{side}_stage")
            if status in ("won", "lost"):
                return status_name(status)
            return stage_name(live.get(stage_id) or entry[f"{side}_stage_row"])

        for entry in deals.deal_history(self.book, self.deal_id):
            before, after = where(entry, "from"), where(entry, "to")
            if not entry.get("from_stage") and not entry.get("from_status"):
                change = self.tr("Created in {stage}").format(stage=after)
            else:
                change = f"{before} → {after}"
            who = entry["user_name"]
            item = QTreeWidgetItem([local_time(entry["at"]), who, change])
            self.history_list.addTopLevelItem(item)
        for column in (0, 1):
            self.history_list.resizeColumnToContents(column)
            self.history_list.setColumnWidth(column, self.history_list.columnWidth(column) + 16)

    def history_texts(self) -> list[str]:
        return [self.history_list.topLevelItem(i).text(2)
                for i in range(self.history_list.topLevelItemCount())]

    def _show_read_only(self, customer_id: str) -> None:
        """A deal of a customer the user may not change (another salesperson's, one shared
        with them, one handed over that they may read until a day): the label says why, every
        field and button is off, and Save is gone (the models refuse the changes anyway)."""
        name = self.row["customer_name"] if self.row else self.customer_edit.text()
        day = scopes.read_only_until(self.book, customer_id)
        if day:
            text = self.tr("Read-only until {day}: {customer} was handed over to someone else. "
                           "You may look at this deal, but not change it.")
        else:
            text = self.tr("{customer} belongs to another salesperson: you may look at this "
                           "deal, but only they, a manager or an owner may change it.")
        self.read_only_label.setText(text.format(day=day, customer=name))
        self.read_only_label.show()
        for widget in (self.title_edit, self.customer_edit, self.amount_edit,
                       self.currency_combo, self.close_date, self.stage_combo, self.probability,
                       self.owner_combo, self.source_combo, self.next_step_edit,
                       self.products_edit, self.notes_edit):
            widget.setEnabled(False)
        if self.row is not None:
            for button in (self.won_button, self.lost_button, self.reopen_button):
                button.hide()
        self.save_button.hide()
        self.findChild(QLabel, "save_hint").hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    # -- reading and saving --------------------------------------------------------------
    def values(self) -> dict:
        data = {
            "title": self.title_edit.text(),
            "customer_id": self.customer_edit.customer_id(),
            "amount": _amount_value(self.amount_edit.text(), self.currency_combo.currentData()),
            "currency": self.currency_combo.currentData(),
            "expected_close": self.close_date.value(),
            "probability": self.probability.value(),
            "owner_id": self.owner_combo.currentData() or "",
            "source": self.source_combo.currentText(),
            "next_step": self.next_step_edit.text(),
            "products": self.products_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self.row is None:
            data["stage_id"] = self.stage_combo.currentData()
        return data

    def typed(self) -> dict:
        """What the boxes show, as text (to check that nothing typed was lost)."""
        return {"title": self.title_edit.text(), "customer": self.customer_edit.text(),
                "amount": self.amount_edit.text(), "next_step": self.next_step_edit.text(),
                "products": self.products_edit.text(), "notes": self.notes_edit.toPlainText(),
                "source": self.source_combo.currentText()}

    def changed_values(self) -> dict:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._initial.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values()) or (
            self.customer_edit.text() != (self.customer_edit._chosen_name if self.row or
                                          self._initial["customer_id"] else ""))

    def clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()

    def save(self) -> None:
        if self.read_only:  # (Ctrl+Enter): nothing to save
            return
        self.save_record(deals.add_deal, deals.update_deal, deal_id=self.deal_id)

    def _check_amount(self, *_args) -> None:
        """Under the amount, why it is not one (when the box is left or the currency
        changes); nothing when it is."""
        error = self.left.error_label("amount")
        problem = amount_problem(self.amount_edit.text(), self.currency_combo.currentData())
        if problem is None:
            error.clear()
            error.hide()
        else:
            error.setText(tr_error(problem))
            error.show()

    def _amount_edited(self, *_args) -> None:
        """While typing, a message goes away as soon as the text is an amount."""
        if self.left.error_label("amount").isVisible():
            self._check_amount()

    def _mark_error(self) -> None:
        """After the message box: the field in question shows the message and has focus."""
        exc = self._error
        if exc is None:
            return
        field = {"stage": "stage_id", "customer": "customer_id"}.get(exc.field, exc.field)
        for form in self.forms:
            if form.show_error(field, tr_error(exc)):
                return

    # -- status --------------------------------------------------------------------------
    def _reload(self) -> None:
        self.row = deals.deal(self.book, self.deal_id)
        self.stages = deals.stages(self.book)
        self._show_status()

    def mark_won(self) -> None:
        if self.ctx.run(self, deals.win_deal, deal_id=self.deal_id) is not None:
            self._reload()

    def mark_lost(self) -> None:
        answer = ask_lost_reason(self.ctx, self)
        if answer is None:
            return
        reason, note = answer
        if self.ctx.run(self, deals.lose_deal, deal_id=self.deal_id, reason=reason,
                        note=note) is not None:
            self._reload()

    def reopen(self) -> None:
        if self.ctx.run(self, deals.reopen_deal, deal_id=self.deal_id) is not None:
            self._reload()


def edit_deal(ctx, parent: QWidget | None, deal_id: str | None = None,
              customer_id: str | None = None) -> str | None:
    """Open the deal form; the id saved, or None when cancelled."""
    dialog = DealDialog(ctx, deal_id, customer_id, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
    finally:
        dialog.deleteLater()


# -- the requirements of a stage --------------------------------------------------------
class RequirementsDialog(QDialog):
    """Only the fields and checklist items a stage still needs; OK once all are there."""

    def __init__(self, ctx, deal_id: str, stage_id: str, missing: dict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = deals.deal(ctx.book, deal_id) or {}
        stage = next((s for s in deals.stages(ctx.book) if s["id"] == stage_id), None)
        name = stage_name(stage)
        self.setWindowTitle(self.tr("Before “{stage}”").format(stage=name))
        self.setWindowIcon(icon("pipeline"))
        names = deal_field_names()
        intro = _plain(self.tr("To move “{deal}” to {stage}, fill in:").format(
            deal=row.get("title", ""), stage=name))
        intro.setObjectName("requirements_intro")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.getters: dict = {}
        self.filled: dict = {}
        for key in missing.get("fields", []):
            widget, getter, filled = self._field(key, row)
            widget.setObjectName(key)
            self.getters[key] = getter
            self.filled[key] = filled
            self.form.addRow(names.get(key, key) + ":", widget)
        self.checks: list[QCheckBox] = []
        items = list(missing.get("checklist", []))
        box = QVBoxLayout()
        box.setSpacing(4)
        if items:
            box.addWidget(section_title(self.tr("Checklist")))
        for text in items:
            check = QCheckBox(text)
            check.setObjectName("check_item")
            check.toggled.connect(self._update_ok)
            self.checks.append(check)
            box.addWidget(check)
        self.buttons = _ok_cancel(self, self.tr("Move"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addLayout(box)
        layout.addWidget(self.buttons)
        self._update_ok()
        fit_width(self, max(420, self.sizeHint().width()))

    def _field(self, key: str, row: dict):
        if key == "amount":
            edit = _amount_edit()
            edit.setPlaceholderText("")
            edit.setText(edit_text(row.get("amount")))
            edit.textChanged.connect(self._update_ok)
            code = row.get("currency") or money_model.DEFAULT_CURRENCY
            return (edit, lambda: _amount_value(edit.text(), code),
                    lambda: edit.text().strip() != "")
        if key == "expected_close":
            edit = DateField()
            edit.set_value(row.get("expected_close") or "")
            edit.check.toggled.connect(self._update_ok)
            return edit, edit.value, lambda: edit.value() != ""
        if key == "notes":
            edit = QPlainTextEdit(row.get("notes") or "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._update_ok)
            return edit, edit.toPlainText, lambda: edit.toPlainText().strip() != ""
        if key == "source":
            edit = editable_combo(queries.distinct_values(self.ctx.book, "source"))
            edit.setEditText(row.get("source") or "")
            edit.editTextChanged.connect(self._update_ok)
            return edit, edit.currentText, lambda: edit.currentText().strip() != ""
        edit = QLineEdit(row.get(key) or "")
        edit.textChanged.connect(self._update_ok)
        return edit, edit.text, lambda: edit.text().strip() != ""

    def _update_ok(self, *_args) -> None:
        done = all(f() for f in self.filled.values()) and all(c.isChecked() for c in self.checks)
        self.ok_button.setEnabled(done)

    def values(self) -> dict:
        return {key: get() for key, get in self.getters.items()}

    def checked(self) -> list[str]:
        return [c.text() for c in self.checks if c.isChecked()]

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def complete_requirements(ctx, parent: QWidget | None, deal_id: str, stage_id: str,
                          missing: dict) -> tuple[dict, list] | None:
    """Ask for what the stage still needs: (values, checked items), or None on Cancel."""
    dialog = RequirementsDialog(ctx, deal_id, stage_id, missing, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.values(), dialog.checked()
        return None
    finally:
        dialog.deleteLater()


# -- lost, snoozed, stalled --------------------------------------------------------------
class LostReasonDialog(QDialog):
    """Why the deal was lost: one of the owner's reasons, and a note if there is more."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal lost"))
        self.reasons = QListWidget()
        self.reasons.setObjectName("lost_reasons")
        for reason in deals.lost_reasons(ctx.book):
            item = QListWidgetItem(deals.reason_label(reason, QCoreApplication.translate))
            item.setData(ID_ROLE, reason)
            self.reasons.addItem(item)
        rows = max(self.reasons.count(), 3)
        self.reasons.setFixedHeight(
            min(rows, 10) * (self.reasons.sizeHintForRow(0) + 2) + 2 * self.reasons.frameWidth()
            + 4)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("lost_note")
        self.note_edit.setPlaceholderText(self.tr("Optional: what happened"))
        self.buttons = _ok_cancel(self, self.tr("Mark lost"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reasons.itemSelectionChanged.connect(self._update_ok)
        self.reasons.itemDoubleClicked.connect(lambda _item: self.accept())
        # The list shows its first reason as the current one as soon as it has the focus: make
        # it the chosen one too, so that what is shown is what Mark lost takes (and Enter works).
        if self.reasons.count():
            self.reasons.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr("Why was it lost?")))
        layout.addWidget(self.reasons)
        layout.addWidget(_plain(self.tr("Note:")))
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self._update_ok()
        fit_width(self, 360)

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.reason() is not None)

    def reason(self) -> str | None:
        item = self.reasons.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def accept(self) -> None:
        if self.reason() is not None:
            super().accept()


def ask_lost_reason(ctx, parent: QWidget | None) -> tuple[str, str] | None:
    """(reason, note) for a lost deal, or None when cancelled."""
    dialog = LostReasonDialog(ctx, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason(), dialog.note_edit.text().strip()
        return None
    finally:
        dialog.deleteLater()


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("DealDialog", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("DealDialog", "Cancel"))
    return dialog


def ask_snooze_days(parent: QWidget | None) -> int | None:
    """For how many days (1..90) to stop calling a deal stalled; None when cancelled."""
    dialog = _input_dialog(parent, QCoreApplication.translate("DealDialog", "Snooze stall"),
                           QCoreApplication.translate("DealDialog", "Do not mark this deal stalled for the next:"))
    dialog.setObjectName("snooze_dialog")
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1, 90)
    dialog.setIntValue(3)
    dialog.setIntStep(1)
    spin = dialog.findChild(QSpinBox)
    if spin is not None:
        spin.setSuffix(QCoreApplication.translate("DealDialog", " days"))
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.intValue()
        return None
    finally:
        dialog.deleteLater()


def ask_stall_reason(parent: QWidget | None, current: str = "") -> str | None:
    """Why the deal is stalled (free text, may be emptied); None when cancelled."""
    dialog = _input_dialog(parent, QCoreApplication.translate("DealDialog", "Why is it stalled?"),
                           QCoreApplication.translate("DealDialog", "Reason (for example: the buyer is on holiday):"))
    dialog.setObjectName("stall_reason_dialog")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextValue(current)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.textValue().strip()
        return None
    finally:
        dialog.deleteLater()


__all__ = [
    "CURRENCIES", "CustomerPicker", "DealDialog", "LostReasonDialog", "RequirementsDialog",
    "ask_lost_reason", "ask_snooze_days", "ask_stall_reason", "complete_requirements",
    "amount_problem", "deal_field_names", "edit_deal", "status_name",
]
