"""The pipeline as a table, for people who prefer lists: deals.list_deals, sortable.

A few thousand open deals fit in memory as card dicts (the board holds the same); the table
model only formats them, and a QSortFilterProxyModel sorts them by the raw values (SortRole).
Amounts sort by currency first, then exactly by their minor units: two currencies are never
compared as if they were one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from models import deals
from models.core.money import Money
from views.common import format_money
from views.pipeline_board import plain_tooltip

SortRole = Qt.ItemDataRole.UserRole + 10
IdRole = Qt.ItemDataRole.UserRole + 11


def columns() -> list[tuple[str, str]]:
    return [
        ("title", QCoreApplication.translate("DealTableModel", "Deal")),
        ("customer_name", QCoreApplication.translate("DealTableModel", "Customer")),
        ("stage", QCoreApplication.translate("DealTableModel", "Stage")),
        ("amount", QCoreApplication.translate("DealTableModel", "Amount")),
        ("probability", QCoreApplication.translate("DealTableModel", "Probability")),
        ("weighted", QCoreApplication.translate("DealTableModel", "Weighted")),
        ("expected_close", QCoreApplication.translate("DealTableModel", "Expected close")),
        ("owner_name", QCoreApplication.translate("DealTableModel", "Owner")),
        ("days_in_stage", QCoreApplication.translate("DealTableModel", "Days in stage")),
        ("status", QCoreApplication.translate("DealTableModel", "Status")),
    ]


NUMERIC = {"amount", "probability", "weighted", "days_in_stage"}
MONEY = {"amount", "weighted"}


def weighted(card: dict) -> Money | None:
    """The deal's amount times its probability, in its currency (None: amount not known)."""
    amount = card["amount"]
    return None if amount is None else amount.weighted(card["probability"] or 0)


class DealTableModel(QAbstractTableModel):
    """Card dicts as rows; stage_names maps a stage id to its label."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.stage_names: dict[str, str] = {}
        self.stage_order: dict[str, int] = {}
        self.columns = columns()

    def set_rows(self, rows: list[dict], stages: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.stage_names = {s["id"]: deals.stage_label(s, QCoreApplication.translate)
                            for s in stages}
        self.stage_order = {s["id"]: s["position"] for s in stages}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section][1]
        return None

    def deal_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def _value(self, card: dict, key: str):
        if key == "weighted":
            return weighted(card)
        if key == "stage":
            return self.stage_names.get(card["stage_id"], "")
        return card.get(key)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._value(card, key)
            if key in MONEY:
                text = format_money(value)
            elif key == "probability":
                text = f"{value}%"
            elif key == "status":
                text = deals.status_label(card["status"], QCoreApplication.translate)
            elif value is None:
                text = ""
            else:
                text = str(value)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == SortRole:
            value = self._value(card, key)
            if key == "stage":
                return self.stage_order.get(card["stage_id"], 0)
            if key in MONEY:  # "CNY:000…123450": by currency, then exactly by amount
                return "" if value is None else f"{value.currency}:{value.minor:020d}"
            if key in NUMERIC:
                return float(value) if value is not None else -1.0
            return value or ""
        if role == IdRole:
            return card["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "days_in_stage" and card.get("stalled"):
            from views.pipeline_board import STALL_RED

            return STALL_RED
        return None


class DealSortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def deal_id(self, row: int) -> str | None:
        return self.index(row, 0).data(IdRole) if 0 <= row < self.rowCount() else None
