"""The order form (lines from the catalogue or free text, payment terms that make the plan) and
the dialog that records a payment received. Both call operations of models.orders through the
context, so a mistake is a message in the user's language and the book stays as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import orders
from models.core import clock
from views.common import edit_text

LINE_COLUMNS = 5  # product or description, quantity, unit, unit price, discount


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _today() -> QDate:
    return QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd")


class OrderDialog(QDialog):
    """A new order for one customer: its date, lines and payment terms. Save keeps a draft;
    Save and confirm makes it the contract with its payment plan."""

    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.order_id: str | None = None
        self.setWindowTitle(self.tr("New order"))
        self.setMinimumWidth(760)
        self.products = {p["id"]: p for p in orders.products(ctx.book)}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(_today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Order date:"), self.date_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Lines (a product from the catalogue, or describe what "
                                        "is sold):")))
        self.lines = QTableWidget(0, LINE_COLUMNS)
        self.lines.setObjectName("order_lines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("Product or description"), self.tr("Quantity"), self.tr("Unit"),
            self.tr("Unit price"), self.tr("Discount")])
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(150)
        layout.addWidget(self.lines)
        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        layout.addLayout(line_buttons)

        terms = QFormLayout()
        self.template_combo = QComboBox()
        for key in orders.TEMPLATES:
            self.template_combo.addItem(orders.label(orders.TEMPLATE_LABELS, key, _translate),
                                        key)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        terms.addRow(self.tr("Payment terms:"), self.template_combo)
        self.percents_edit = QLineEdit("30/70")
        self.percents_edit.setToolTip(self.tr("The shares of the total, in per cent, "
                                              "separated by /"))
        terms.addRow(self.tr("Shares (%):"), self.percents_edit)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 365)
        terms.addRow(self.tr("Days:"), self.days_spin)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 60)
        self.count_spin.setValue(3)
        terms.addRow(self.tr("Instalments:"), self.count_spin)
        self.notes_edit = QLineEdit()
        terms.addRow(self.tr("Notes:"), self.notes_edit)
        self.terms_form = terms
        layout.addLayout(terms)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save as draft"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button = buttons.addButton(self.tr("Save and confirm"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save(confirm=False))
        self.confirm_button.clicked.connect(lambda: self.save(confirm=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_line()
        self._template_changed()

    # -- lines -----------------------------------------------------------------------------
    def add_line(self, product_id: str | None = None, description: str = "",
                 quantity: str = "1", price: str = "", discount: str = "") -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItem("", None)
        for pid, p in self.products.items():
            text = p["name"] + (f" {p['spec']}" if p.get("spec") else "")
            combo.addItem(text, pid)
        combo.currentIndexChanged.connect(lambda _i, r=row: self._product_chosen(r))
        self.lines.setCellWidget(row, 0, combo)
        for col in range(1, LINE_COLUMNS):
            self.lines.setItem(row, col, QTableWidgetItem(""))
        self.lines.item(row, 1).setText(quantity)
        if product_id is not None:
            combo.setCurrentIndex(combo.findData(product_id))
        elif description:
            combo.setEditText(description)
        if price:
            self.lines.item(row, 3).setText(price)
        self.lines.item(row, 4).setText(discount)
        return row

    def _product_chosen(self, row: int) -> None:
        combo = self.lines.cellWidget(row, 0)
        product = self.products.get(combo.currentData())
        if product is None:
            return
        self.lines.item(row, 2).setText(product.get("unit") or "")
        price = product.get("price")
        if price is not None:
            self.lines.item(row, 3).setText(edit_text(price))

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)

    def line_inputs(self) -> list[dict]:
        """The lines as typed; empty rows are left out."""
        out = []
        for row in range(self.lines.rowCount()):
            combo = self.lines.cellWidget(row, 0)
            texts = [self.lines.item(row, c).text().strip() for c in range(1, LINE_COLUMNS)]
            pid = combo.currentData()
            typed = combo.currentText().strip()
            if pid is not None and typed != combo.itemText(combo.currentIndex()):
                pid = None  # the name was typed over: free text
            if pid is None and not typed and not any(texts[2:]):
                continue
            line = {"quantity": texts[0], "unit": texts[1], "discount": texts[3]}
            if texts[2]:
                line["price"] = texts[2]
            if pid is not None:
                line["product_id"] = pid
            else:
                line["description"] = typed
            out.append(line)
        return out

    # -- terms -----------------------------------------------------------------------------
    def _template_changed(self) -> None:
        key = self.template_combo.currentData()
        shown = {"full": ("days",), "split": ("percents", "days"), "instalments": ("count",),
                 "month_end": ("days",)}[key]
        for name, widget in (("percents", self.percents_edit), ("days", self.days_spin),
                             ("count", self.count_spin)):
            self.terms_form.setRowVisible(widget, name in shown)
        self.days_spin.setValue({"full": 0, "split": 30, "instalments": 0,
                                 "month_end": 30}[key])

    def plan_terms(self) -> dict:
        key = self.template_combo.currentData()
        terms: dict = {"template": key}
        if key in ("full", "split", "month_end"):
            terms["days"] = self.days_spin.value()
        if key == "split":
            terms["percents"] = [int(p) if p.strip().isdigit() else p.strip()
                                 for p in self.percents_edit.text().split("/")]
        if key == "instalments":
            terms["n"] = self.count_spin.value()
        return terms

    # -- saving ----------------------------------------------------------------------------
    def save(self, *, confirm: bool) -> str | None:
        """Writes the draft (and confirms it); the dialog stays open, with all that was typed,
        when the book says no."""
        data = {"customer_id": self.customer_id,
                "order_date": self.date_edit.date().toString("yyyy-MM-dd"),
                "notes": self.notes_edit.text()}
        if self.order_id is None:
            self.order_id = self.ctx.run(self, orders.add_order, data=data,
                                         lines=self.line_inputs(), plan_terms=self.plan_terms())
        else:
            done = self.ctx.run(self, orders.update_order, order_id=self.order_id, data=data,
                                lines=self.line_inputs())
            if done is None or self.ctx.run(self, orders.set_payment_plan, order_id=self.order_id,
                                            plan_terms=self.plan_terms()) is None:
                return None
        if self.order_id is None:
            return None
        if confirm and self.ctx.run(self, orders.confirm_order, order_id=self.order_id) is None:
            return None
        self.accept()
        return self.order_id


class PaymentDialog(QDialog):
    """Money a customer paid: the day it really arrived, the amount, how, and the order it
    pays (or the oldest open plan row). It counts as received once an owner confirms it."""

    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None,
                 order_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.payment_id: str | None = None
        self.setWindowTitle(self.tr("Record a payment"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("10000.00")
        form.addRow(self.tr("Amount:"), self.amount_edit)
        self.date_edit = QDateEdit(_today())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Received on:"), self.date_edit)
        self.method_combo = QComboBox()
        for key in orders.METHODS:
            self.method_combo.addItem(orders.label(orders.METHOD_LABELS, key, _translate), key)
        self.method_combo.setCurrentIndex(self.method_combo.findData("transfer"))
        form.addRow(self.tr("Method:"), self.method_combo)
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("The oldest open plan row"), None)
        for o in orders.orders_of_customer(ctx.book, customer_id, status="confirmed"):
            self.order_combo.addItem(f"{o['number']}  {o['order_date']}", o["id"])
        if order_id is not None and self.order_combo.findData(order_id) >= 0:
            self.order_combo.setCurrentIndex(self.order_combo.findData(order_id))
        form.addRow(self.tr("Pays:"), self.order_combo)
        self.reference_edit = QLineEdit()
        form.addRow(self.tr("Reference:"), self.reference_edit)
        self.notes_edit = QLineEdit()
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(form)
        hint = QLabel(self.tr("Recorded money is not received until an owner confirms it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> str | None:
        self.payment_id = self.ctx.run(
            self, orders.record_payment, customer_id=self.customer_id,
            amount=self.amount_edit.text(), received_on=self.date_edit.date().toString(
                "yyyy-MM-dd"), method=self.method_combo.currentData(),
            order_id=self.order_combo.currentData(), reference=self.reference_edit.text(),
            notes=self.notes_edit.text())
        if self.payment_id is not None:
            self.accept()
        return self.payment_id
