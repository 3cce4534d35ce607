"""Receivables: who owes what and since when (aging buckets by customer or by salesperson, each
row adding up to its total), what is expected in the next 12 weeks, and the month's money
expected against the money received. "Expected" (plan rows) and "received" (confirmed
payments) are shown apart, and recorded money waiting for an owner's confirmation apart again.

A salesperson sees their own customers only; owners and managers see the whole shop
(models.core.permissions)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
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

        self.aging_tree = QTreeWidget()
        self.aging_tree.setObjectName("aging")
        self.aging_tree.setRootIsDecorated(False)
        self.aging_tree.setAlternatingRowColors(True)
        self.aging_tree.header().setStretchLastSection(False)
        self.aging_tree.itemActivated.connect(self._activated)
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
        self.aging_tree.clear()
        self.aging_tree.setHeaderLabels(headers)
        self.aging_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row in data["rows"]:
            code = row["currency"]
            name = row["name"] or (self.tr("(nobody)") if by == "owner" else "")
            item = QTreeWidgetItem([name, code, format_money(Money(row["total"], code)),
                                    *(format_money(Money(b, code)) if b else ""
                                      for b in row["buckets"])])
            for col in range(2, len(headers)):
                item.setTextAlignment(col, RIGHT)
            if by == "customer":
                item.setData(0, ID_ROLE, row["customer_id"])
            self.aging_tree.addTopLevelItem(item)
        bold = self.aging_tree.font()
        bold.setBold(True)
        for code, sums in sorted(data["totals"].items()):
            item = QTreeWidgetItem([self.tr("Total"), code,
                                    format_money(Money(sums["total"], code)),
                                    *(format_money(Money(b, code)) for b in sums["buckets"])])
            for col in range(len(headers)):
                item.setFont(col, bold)
                if col >= 2:
                    item.setTextAlignment(col, RIGHT)
            self.aging_tree.addTopLevelItem(item)
        for col in range(1, len(headers)):
            self.aging_tree.resizeColumnToContents(col)
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

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, ID_ROLE)
        if cid:
            self.open_customer.emit(cid)

    # what the page shows, for tests
    def aging_rows(self) -> list[list[str]]:
        return tree_texts(self.aging_tree)

    def forecast_rows(self) -> list[list[str]]:
        return tree_texts(self.forecast_tree)

    def month_rows(self) -> list[list[str]]:
        return tree_texts(self.month_tree)
