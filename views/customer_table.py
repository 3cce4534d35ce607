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
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from models.core import fields
from models.core.book import Book, Changes
from models.customers import operations, queries
from models.customers.queries import CustomerFilter
from models.reports import health
from views.widgets import plain_tooltip


def builtin_columns() -> list[tuple[str, str]]:
    """(key, translated header) of the built-in columns, in their default order (the fields
    registry's table columns, models/core/fields.py)."""
    t = QCoreApplication.translate
    return [(f.name, t(fields.HEADER_CONTEXT, f.header)) for f in fields.table_columns()]


INLINE_EDITABLE = {f.name for f in fields.table_columns() if f.inline}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)

CHILD_OPS = {
    "log_interaction", "delete_interaction", "add_contact", "update_contact", "delete_contact",
}
DEFAULT_HIDDEN = {f.name for f in fields.table_columns() if not f.shown}
TRASH_HIDDEN = (DEFAULT_HIDDEN - {"deleted_at"}) | {"updated_at", "next_follow_up", "health"}
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
HEALTH_COLOURS = {"green": "#16a34a", "yellow": "#eab308", "red": "#dc2626"}
_dots: dict[tuple[str, int], QIcon] = {}


def health_dot(light: str, size: int = 12) -> QIcon:
    """A coloured dot for a health light (made once per colour)."""
    key = (light, size)
    if key not in _dots:
        if QGuiApplication.instance() is None:  # a pixmap needs the GUI; a headless model test
            return QIcon()
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(HEALTH_COLOURS.get(light, "#9ca3af")))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.end()
        _dots[key] = QIcon(pixmap)
    return _dots[key]


def health_reason(mark) -> str:
    """The reason of a light (models.reports.health: colour, reason key, params), translated."""
    if not mark:
        return ""
    _light, key, params = mark
    return health.reason_text(key, params, QCoreApplication.translate)


def health_name(light: str) -> str:
    return {
        "green": QCoreApplication.translate("health", "Healthy"),
        "yellow": QCoreApplication.translate("health", "Needs attention"),
        "red": QCoreApplication.translate("health", "At risk"),
    }.get(light, "")


class CustomerTableModel(QAbstractTableModel):
    PAGE = 50  # rows fetched at a time; the first page is about two screenfuls
    CACHED_PAGES = 12
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, book: Book, parent=None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.book = book
        self.filter = CustomerFilter()
        self._ids: list[str] = []  # in display order; may hold only the first screenful
        self._count = 0  # rows in the list, fetched or not
        self._live: int | None = None  # live customers in the book, for the search plan
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self.columns: list[tuple[str, str]] = []
        # Set by the page: (customer_id, field, text) -> True when the operation succeeded.
        self.editor = None
        # While a page sets itself up (filter, restored sort order), sorting only records the
        # order; the page then loads once.
        self.deferred = not load
        self.reload_columns()
        if load:
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
        """Query again. When the text matches a large share of the book, only the first
        screenful is fetched now (found by walking the name order) and the rest when the user
        scrolls to it: queries.search_plan says when, and how many there are."""
        self.beginResetModel()
        self._pages.clear()
        n = first = None
        flt = self.filter
        if not flt.trash and flt.sort == "name":
            if self._live is None:
                self._live = queries.count_customers(self.book)
            if not (flt.text.strip() or flt.owner_id or flt.pool or flt.grade is not None or flt.city
                    or flt.tag):
                # The whole book in name order: the first page straight from the sort index.
                n = self._live
                first = queries.customer_ids(self.book, flt, first=self.PAGE)
            else:
                n = queries.search_plan(self.book, flt, self._live)
                first = (queries.first_matches(self.book, flt, self.PAGE, matches=n,
                                                     total=self._live) if n else None)
        if first is None:
            self._ids = queries.customer_ids(self.book, self.filter)
            self._count = len(self._ids)
        else:
            self._ids = first
            self._count = n
        self.endResetModel()

    def _fetch_all(self) -> None:
        """The rest of a list of which only the first screenful was fetched."""
        if len(self._ids) < self._count:
            self._ids = queries.customer_ids(self.book, self.filter)
            self._count = len(self._ids)

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
        self._live = None
        if len(self._ids) < self._count:  # only the first screenful was fetched
            self.reload()
            return
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        new = queries.customer_ids(self.book, self.filter)
        self._count = len(new)
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
            if row >= len(self._ids):
                self._fetch_all()
            ids = self._ids[page_no * self.PAGE : (page_no + 1) * self.PAGE]
            rows = queries.customer_rows(self.book, ids)
            page = [rows.get(cid) or {"id": cid} for cid in ids]
            self._mark_health(page)
            self._pages[page_no] = page
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.PAGE]

    def _mark_health(self, page: list[dict]) -> None:
        """The health light of a fetched page of rows (never of rows not fetched)."""
        if self.filter.trash:
            return
        marks = health.health(self.book, [r["id"] for r in page])
        for r in page:
            r["_health"] = marks.get(r["id"])

    def refresh_health(self) -> None:
        """After contacts or reminders changed: the lights of the cached pages again."""
        if "health" not in (k for k, _ in self.columns) or not self._pages:
            return
        for page in self._pages.values():
            self._mark_health(page)
        col = [k for k, _ in self.columns].index("health")
        self.dataChanged.emit(self.index(0, col), self.index(self._count - 1, col),
                              [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    # -- what views ask ------------------------------------------------------------------
    def customer_id(self, row: int) -> str | None:
        if len(self._ids) <= row < self._count:
            self._fetch_all()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def fetched_row_of(self, customer_id: str) -> int:
        """The row of a customer among the rows fetched so far (never fetches more)."""
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def row_of(self, customer_id: str) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            if len(self._ids) < self._count:
                self._fetch_all()
                return self.row_of(customer_id)
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=_DISPLAY):
        # Called thousands of times a paint: plain ints, not enum arithmetic.
        if role not in _TEXT_ROLES:
            if role == _DECORATION and self.columns[index.column()][0] == "health":
                mark = self._row(index.row()).get("_health")
                return health_dot(mark[0]) if mark else None
            if role == _ALIGN and self.columns[index.column()][0] == "grade":
                return _CENTER
            if role == self.IdRole:
                return self.customer_id(index.row())
            return None
        if not 0 <= index.row() < self._count:
            return None
        role = int(role)
        row = self._row(index.row())
        key = self.columns[index.column()][0]
        if key == "health":
            mark = row.get("_health")
            if role == _TOOLTIP:
                return plain_tooltip(f"{health_name(mark[0])}: {health_reason(mark)}") if mark \
                    else None
            return ""
        if key.startswith("custom:"):
            value = row.get("custom", {}).get(key[7:], "")
        else:
            value = row.get(key) or ""
        if key in ("created_at", "updated_at") and value:
            value = value[:10]
        elif key == "deleted_at" and value:
            value = value[:16].replace("T", " ")
        if role == _TOOLTIP:
            if key in ("notes", "address", "tags", "mobile", "phone") and value:
                return plain_tooltip(str(value))  # book text, shown as typed
            return None
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
        if not 0 <= column < len(self.columns) or self.columns[column][0] == "health":
            return  # the light is worked out per fetched page: not an order of the whole book
        self.filter.sort = self.columns[column][0]
        self.filter.descending = order == Qt.SortOrder.DescendingOrder
        if not self.deferred:
            self.refresh()
