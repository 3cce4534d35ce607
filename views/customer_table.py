"""The customers table: a lazy model over the whole book.

It holds only the ids of the customers that match (in display order) and fetches rows in
pages, keeping a few pages cached (Anki's browser table model). 100,000 customers never turn
into 100,000 widgets or dicts.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models import operations, queries
from models.book import Book, Changes
from models.queries import CustomerFilter


def builtin_columns() -> list[tuple[str, str]]:
    """(key, translated header) of the built-in columns, in their default order."""
    return [
        ("name", QCoreApplication.translate("CustomerTableModel", "Customer")),
        ("contact", QCoreApplication.translate("CustomerTableModel", "Contact")),
        ("mobile", QCoreApplication.translate("CustomerTableModel", "Mobile")),
        ("phone", QCoreApplication.translate("CustomerTableModel", "Phone")),
        ("city", QCoreApplication.translate("CustomerTableModel", "City")),
        ("industry", QCoreApplication.translate("CustomerTableModel", "Industry")),
        ("grade", QCoreApplication.translate("CustomerTableModel", "Grade")),
        ("owner", QCoreApplication.translate("CustomerTableModel", "Owner")),
        ("tags", QCoreApplication.translate("CustomerTableModel", "Tags")),
        ("next_follow_up", QCoreApplication.translate("CustomerTableModel", "Next follow-up")),
        ("source", QCoreApplication.translate("CustomerTableModel", "Source")),
        ("email", QCoreApplication.translate("CustomerTableModel", "E-mail")),
        ("wechat", QCoreApplication.translate("CustomerTableModel", "WeChat")),
        ("address", QCoreApplication.translate("CustomerTableModel", "Address")),
        ("notes", QCoreApplication.translate("CustomerTableModel", "Notes")),
        ("updated_at", QCoreApplication.translate("CustomerTableModel", "Updated")),
        ("created_at", QCoreApplication.translate("CustomerTableModel", "Created")),
        ("deleted_at", QCoreApplication.translate("CustomerTableModel", "Deleted")),
    ]


INLINE_EDITABLE = {
    "name", "contact", "mobile", "phone", "city", "industry", "grade", "tags", "next_follow_up",
    "source", "email", "wechat", "address",
}
CHILD_OPS = {
    "log_interaction", "delete_interaction", "add_contact", "update_contact", "delete_contact",
}
DEFAULT_HIDDEN = {
    "source", "email", "wechat", "address", "notes", "created_at", "phone", "deleted_at",
}
TRASH_HIDDEN = (DEFAULT_HIDDEN - {"deleted_at"}) | {"updated_at", "next_follow_up"}


class CustomerTableModel(QAbstractTableModel):
    PAGE = 100
    CACHED_PAGES = 12
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, book: Book, parent=None) -> None:
        super().__init__(parent)
        self.book = book
        self.filter = CustomerFilter()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self.columns: list[tuple[str, str]] = []
        # Set by the page: (customer_id, field, text) -> True when the operation succeeded.
        self.editor = None
        self.reload_columns()
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload_columns(self) -> None:
        self.beginResetModel()
        self.columns = builtin_columns() + [
            ("custom:" + f["key"], f["label"]) for f in operations.custom_fields(self.book)
        ]
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = queries.customer_ids(self.book, self.filter)
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, flt: CustomerFilter) -> None:
        self.filter = flt
        self.reload()

    def refresh(self, changes: Changes | None = None) -> None:
        """After an operation: the set of matching ids may change; keep it simple and exact."""
        if changes is not None and "custom_fields" in changes.tables:
            self.reload_columns()
        if changes is not None and changes.op_name in CHILD_OPS and not self.filter.text:
            # A contact person or timeline entry cannot move a customer in or out of an
            # unsearched list, nor change its place: only the rows' cached values go stale.
            self._pages.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                                   len(self.columns) - 1))
            return
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        new = queries.customer_ids(self.book, self.filter)
        if new == old:
            self._pages.clear()
            self.layoutChanged.emit()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                                   len(self.columns) - 1))
            return
        # Keep persistent indexes (selection, current row) on the same customers.
        where = {cid: row for row, cid in enumerate(new)}
        self._ids = new
        self._pages.clear()
        froms = self.persistentIndexList()
        tos = []
        for idx in froms:
            cid = old[idx.row()] if 0 <= idx.row() < len(old) else None
            row = where.get(cid, -1)
            tos.append(self.index(row, idx.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(froms, tos)
        self.layoutChanged.emit()

    def _row(self, row: int) -> dict:
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * self.PAGE : (page_no + 1) * self.PAGE]
            rows = queries.customer_rows(self.book, ids)
            page = [rows.get(cid) or {"id": cid} for cid in ids]
            self._pages[page_no] = page
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.PAGE]

    # -- what views ask ------------------------------------------------------------------
    def customer_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: str) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()][0] == "grade":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        row = self._row(index.row())
        key = self.columns[index.column()][0]
        if key.startswith("custom:"):
            value = row.get("custom", {}).get(key[7:], "")
        else:
            value = row.get(key) or ""
        if key in ("created_at", "updated_at") and value:
            value = value[:10]
        elif key == "deleted_at" and value:
            value = value[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if key in ("notes", "address", "tags", "mobile", "phone") and value else None
        if key == "notes":
            value = value.replace("\n", " ")[:80]
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1] if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.columns[index.column()][0]
        if self.editor and not self.filter.trash and (
            key in INLINE_EDITABLE or key.startswith("custom:")
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editor:
            return False
        key = self.columns[index.column()][0]
        if str(value) == self.data(index):
            return False
        return bool(self.editor(self._ids[index.row()], key, str(value)))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.filter.sort = self.columns[column][0]
        self.filter.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
