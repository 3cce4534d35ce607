"""Receivables: who owes what and since when (aging buckets by customer or by salesperson, each
row adding up to its total), what is expected in the next 12 weeks, and the month's money
expected against the money received. "Expected" (plan rows) and "received" (confirmed
payments) are shown apart, and recorded money waiting for an owner's confirmation apart again.

A salesperson sees their own customers only; owners and managers see the whole shop
(models.core.permissions).

The aging list is a table model over models.orders.receivables.AgingRows: it holds the rows'
count and formats a cell when the view asks for it, and the rows are read from the book a page
at a time (Anki's browser table), so a book where 100,000 customers owe opens as fast as one
where ten do."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import orders
from models.core import clock
from models.core.money import Money, Totals
from models.core.permissions import unrestricted
from views.common import format_money, format_totals
from views.widgets import EmptyState, tree_texts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY = Qt.ItemDataRole.DisplayRole
MEASURED = 200  # rows whose texts set the columns' widths (the largest debts come first)


class AgingModel(QAbstractTableModel):
    """The aging rows (largest debt first) and a total per currency after them. Cells are
    formatted when shown; the rows themselves come from models.orders.aging's "rows", read
    from the book a page at a time when the view first asks for one of them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list | object = []
        self._totals: list[tuple[str, dict]] = []
        self._headers: list[str] = []
        self._total_text, self._nobody, self._by = "", "", "customer"

    def show(self, data: dict, *, by: str, headers: list[str], total_text: str,
             nobody: str) -> None:
        self.beginResetModel()
        self._rows, self._by, self._headers = data["rows"], by, headers
        self._totals = sorted(data["totals"].items())
        self._total_text, self._nobody = total_text, nobody
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + len(self._totals)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def is_total(self, row: int) -> bool:
        return row >= len(self._rows)

    def texts(self, row: int) -> list[str]:
        """What a row shows, cell by cell."""
        if self.is_total(row):
            code, sums = self._totals[row - len(self._rows)]
            return [self._total_text, code, format_money(Money(sums["total"], code)),
                    *(format_money(Money(b, code)) for b in sums["buckets"])]
        r = self._rows[row]
        code = r["currency"]
        name = r["name"] or (self._nobody if self._by == "owner" else "")
        return [name, code, format_money(Money(r["total"], code)),
                *(format_money(Money(b, code)) if b else "" for b in r["buckets"])]

    def customer_id(self, row: int) -> str | None:
        if self._by != "customer" or not 0 <= row < len(self._rows):
            return None
        return self._rows[row]["customer_id"]

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = self.parent().font() if self.parent() is not None else None
            if font is not None:
                font.setBold(True)
            return font
        if role == ID_ROLE and index.column() == 0:
            return self.customer_id(index.row())
        return None

    def measured_rows(self) -> list[int]:
        """The rows whose texts size the columns: the first ones (the largest debts) and the
        totals."""
        first = range(min(MEASURED, len(self._rows)))
        return [*first, *range(len(self._rows), len(self._rows) + len(self._totals))]


class ReceivablesPage(QWidget):
    open_customer = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Receivables"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Group by:")))
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("receivables_by")
        self.by_combo.addItem(self.tr("Customer"), "customer")
        self.by_combo.addItem(self.tr("Salesperson"), "owner")
        self.by_combo.currentIndexChanged.connect(self.refresh)
        head.addWidget(self.by_combo)
        layout.addLayout(head)
        self.summary = QLabel()
        self.summary.setObjectName("receivables_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.scope = QLabel()
        self.scope.setObjectName("receivables_scope")
        layout.addWidget(self.scope)

        # a table view: a tree view lays out every row when shown (100,000 calls of rowCount)
        self.aging_tree = QTableView()
        self.aging_tree.setObjectName("aging")
        self.aging_model = AgingModel(self.aging_tree)
        self.aging_tree.setModel(self.aging_model)
        self.aging_tree.verticalHeader().hide()
        self.aging_tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.aging_tree.verticalHeader().setDefaultSectionSize(
            self.aging_tree.fontMetrics().height() + 6)  # as dense as the lists below
        self.aging_tree.setShowGrid(False)
        self.aging_tree.setWordWrap(False)
        self.aging_tree.setAlternatingRowColors(True)
        self.aging_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.aging_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aging_tree.horizontalHeader().setStretchLastSection(False)
        self.aging_tree.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.aging_tree.activated.connect(self._activated)
        # nobody owes anything: say so rather than show an empty table
        self.nothing_owed = EmptyState("nothing_owed")
        self.nothing_owed.set_text(
            self.tr("Nothing is owed"),
            self.tr("When an order is not paid in full, who owes what and since when shows "
                    "here. Add orders from a customer's panel."))
        self.aging_stack = QStackedWidget()
        self.aging_stack.addWidget(self.aging_tree)
        self.aging_stack.addWidget(self.nothing_owed)
        layout.addWidget(self.aging_stack, 3)

        lower = QHBoxLayout()
        forecast_box = QGroupBox(self.tr("Expected in the next 12 weeks (plan rows not yet paid)"))
        fbox = QVBoxLayout(forecast_box)
        self.forecast_tree = QTreeWidget()
        self.forecast_tree.setObjectName("forecast")
        self.forecast_tree.setRootIsDecorated(False)
        self.forecast_tree.setHeaderLabels([self.tr("Week"), self.tr("Expected")])
        self.forecast_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fbox.addWidget(self.forecast_tree)
        lower.addWidget(forecast_box, 3)
        month_box = QGroupBox(self.tr("This month"))
        mbox = QVBoxLayout(month_box)
        self.month_tree = QTreeWidget()
        self.month_tree.setObjectName("month")
        self.month_tree.setRootIsDecorated(False)
        self.month_tree.setHeaderLabels([self.tr("Money"), self.tr("Amount")])
        self.month_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mbox.addWidget(self.month_tree)
        lower.addWidget(month_box, 2)
        layout.addLayout(lower, 2)
        ctx.book_changed.connect(self._changed)
        ctx.user_changed.connect(self.refresh)
        self.refresh()

    def _changed(self, changes) -> None:
        if {"orders", "payments", "payment_plans", "customers", "users"} & set(changes.tables):
            self.refresh()

    def owner_filter(self) -> str | None:
        """None (the whole shop) for owners and managers; the user's own customers otherwise."""
        book = self.ctx.book
        return None if unrestricted(book, "customer.edit") else book.user_id

    def refresh(self) -> None:
        book = self.ctx.book
        owner = self.owner_filter()
        today = clock.today()
        by = self.by_combo.currentData()
        self.scope.setText("" if owner is None else
                           self.tr("Your customers only."))
        self.scope.setVisible(owner is not None)
        data = orders.aging(book, day=today, by=by, owner_id=owner)
        names = [self.tr("Not yet due") if n == "not_due" else
                 self.tr("Over {n} days").format(n=n[:-1]) if n.endswith("+") else
                 self.tr("{n} days").format(n=n) for n in data["buckets"]]
        first = self.tr("Customer") if by == "customer" else self.tr("Salesperson")
        headers = [first, self.tr("Currency"), self.tr("Owed"), *names]
        self.aging_model.show(data, by=by, headers=headers, total_text=self.tr("Total"),
                              nobody=self.tr("(nobody)"))
        self._size_columns()
        self.aging_stack.setCurrentWidget(self.aging_tree if data["rows"] else self.nothing_owed)

        forecast = orders.cash_forecast(book, day=today, owner_id=owner)
        self.forecast_tree.clear()
        overdue = QTreeWidgetItem([self.tr("Overdue (due before today)"),
                                   format_totals(forecast["overdue"], compact=False)])
        overdue.setTextAlignment(1, RIGHT)
        self.forecast_tree.addTopLevelItem(overdue)
        for week in forecast["weeks"]:
            item = QTreeWidgetItem([self.tr("{start} to {end}").format(
                start=week["start"], end=week["end"]),
                format_totals(week["expected"], compact=False)])
            item.setTextAlignment(1, RIGHT)
            self.forecast_tree.addTopLevelItem(item)
        self.forecast_tree.resizeColumnToContents(1)

        month = orders.month_collection(book, today.isoformat()[:7], owner_id=owner)
        self.month_tree.clear()
        for key, text in (
                ("forecast", self.tr("Expected (plan rows due this month)")),
                ("collected", self.tr("Received (confirmed payments)")),
                ("pending", self.tr("Recorded, waiting for confirmation")),
                ("gap", self.tr("Expected but not received"))):
            item = QTreeWidgetItem([text, format_totals(month[key], compact=False)])
            item.setTextAlignment(1, RIGHT)
            self.month_tree.addTopLevelItem(item)
        self.month_tree.resizeColumnToContents(1)
        owed_total = {code: s["total"] for code, s in data["totals"].items()}
        self.summary.setText(self.tr(
            "Owed in all: {owed}. Received this month: {received}; expected this month: "
            "{expected}.").format(
                owed=format_totals(Totals(owed_total), compact=False),
                received=format_totals(month["collected"], compact=False),
                expected=format_totals(month["forecast"], compact=False)))

    def _size_columns(self) -> None:
        """The first column takes the room left; the others fit the texts of the first rows
        (the largest amounts) and of the totals, in bold, and their headers: measured here,
        not by asking the view for every row's size."""
        header = self.aging_tree.horizontalHeader()
        model = self.aging_model
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        plain = self.aging_tree.fontMetrics()
        bold_font = self.aging_tree.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        texts = [(model.is_total(r), model.texts(r)) for r in model.measured_rows()]
        pad = 2 * self.aging_tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        for col in range(1, model.columnCount()):
            widths = [header.fontMetrics().horizontalAdvance(
                model.headerData(col, Qt.Orientation.Horizontal)) + pad]
            widths += [(bold if total else plain).horizontalAdvance(cells[col])
                       for total, cells in texts]
            header.resizeSection(col, max(widths) + pad)

    def _activated(self, index) -> None:
        cid = self.aging_model.customer_id(index.row())
        if cid:
            self.open_customer.emit(cid)

    # what the page shows, for tests
    def aging_rows(self) -> list[list[str]]:
        return [self.aging_model.texts(r) for r in range(self.aging_model.rowCount())]

    def aging_headers(self) -> list[str]:
        model = self.aging_model
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    def forecast_rows(self) -> list[list[str]]:
        return tree_texts(self.forecast_tree)

    def month_rows(self) -> list[list[str]]:
        return tree_texts(self.month_tree)
