"""Past imports, newest first, each with what it did; the chosen one can be undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.core.errors import UserError
from models.core.permissions import may
from views.context import AppContext, tr_error
from views.import_wizard import crash, undo_text
from views.widgets import icon, plain_message, plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole


def when(iso: str) -> str:
    """"2024-05-01T09:30:12.123+08:00" -> "2024-05-01 09:30"."""
    return (iso or "").replace("T", " ")[:16]


class ImportHistoryDialog(QDialog):
    import_undone = Signal(object)  # models.imports.UndoImportResult

    COLUMNS = ("at", "file", "user", "rows", "created", "updated", "skipped", "errors", "state")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setObjectName("import_history")
        self.setWindowTitle(self.tr("Import history"))
        self.setWindowIcon(icon("import"))
        self.resize(900, 420)
        self.table = QTableWidget(self)
        self.table.setObjectName("imports_table")
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("File"), self.tr("By"), self.tr("Rows"),
            self.tr("New"), self.tr("Updated"), self.tr("Skipped"), self.tr("Rejected"),
            self.tr("State"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr("Nothing has been imported into this book yet."), self)
        self.note = QLabel(self)
        self.note.setObjectName("history_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo this import"), self)
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.note, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.fill()

    def fill(self, select: str | None = None) -> None:
        from models.imports import import_history

        self.imports = import_history(self.ctx.book)
        self.table.setRowCount(len(self.imports))
        for r, imp in enumerate(self.imports):
            state = (self.tr("Undone {when}").format(when=when(imp["undone_at"]))
                     if imp.get("undone_at") else self.tr("Imported"))
            sheet = f" [{imp['sheet']}]" if imp.get("sheet") else ""
            cells = [when(imp.get("at", "")), Path(imp.get("file", "")).name + sheet,
                     imp.get("user_name", ""), imp.get("rows", 0), imp.get("created", 0),
                     imp.get("updated", 0),
                     imp.get("skipped", 0),
                     imp.get("errors", 0), state]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setData(ID_ROLE, imp["id"])
                if c == 1:
                    item.setToolTip(plain_tooltip(imp.get("file", "")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(min(self.table.columnWidth(1), 320), 200))
        self.empty.setVisible(not self.imports)
        if self.imports:
            index = next((i for i, imp in enumerate(self.imports) if imp["id"] == select), 0)
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.imports[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        imp = self.selected()
        allowed = imp is not None and may(self.ctx.book, "import.undo", imp)
        self.undo_button.setEnabled(not self.busy and allowed and not imp.get("undone_at"))
        self.undo_button.setToolTip("" if imp is None or allowed else self.tr(
            "Only the person who made the import, a manager or an owner may take it back."))

    def undo_selected(self) -> None:
        from models.imports import undo_import

        imp = self.selected()
        if imp is None or imp.get("undone_at") or self.busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo this import"),
            plain_message(self.tr(
                "Remove the {n} customers imported from {file} on {when}, and put back the "
                "fields it changed?").format(n=f"{imp.get('created', 0):,}",
                                             file=Path(imp.get("file", "")).name,
                                             when=when(imp.get("at", "")))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        book, batch = self.ctx.book, imp["id"]

        def finished(result):
            self._set_busy(False)
            self.fill(select=batch)
            self.note.setText(undo_text(result))
            self.import_undone.emit(result)

        def failed(exc):
            self._set_busy(False)
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
                self.fill(select=batch)
            else:
                crash(exc)

        runner = self.ctx.runner
        if runner is None:  # no runner (a bare context): small enough to do here
            try:
                finished(undo_import(book, batch_id=batch))
            except Exception as exc:  # noqa: BLE001 - shown or passed to the hook by failed
                failed(exc)
            return
        if runner.run(lambda p, c: undo_import(book, batch_id=batch), on_result=finished,
                      on_error=failed, title=self.tr("Undoing the import…"),
                      cancellable=False, parent_widget=self) is not None:
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def reject(self) -> None:
        if self.busy:
            return  # the undo is one transaction and short; wait for it
        super().reject()
