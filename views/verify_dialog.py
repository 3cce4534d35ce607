"""History > Verify: is the change log still as Kehu wrote it, PC by PC?

The change log is hash-chained per PC (models.core.chain). This dialog walks every chain off
the GUI thread (through the app's one runner; the walk only reads, through the worker's own
read connection) and shows, per PC, how many entries were checked and either that they hold or
the first entry that was altered, deleted or inserted outside Kehu: when it was written, by
whom, in which step, to which record. Owners and managers only (history.verify).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import chain
from models.core.clock import local_time
from models.core.permissions import may
from views.context import AppContext
from views.customer_form import field_labels
from views.steps import op_title
from views.widgets import ERROR_STYLE, plain_tooltip, text_label

OK_STYLE = "color: #15803d;"
OK_COLOR = QColor("#15803d")
BROKEN_COLOR = QColor("#c62828")
HINT_STYLE = "color: palette(placeholder-text);"
COLUMNS = ("pc", "entries", "result")


def device_text(device: dict) -> str:
    """Which PC: this one, or another, named by who wrote on it."""
    t = QCoreApplication.translate
    if device["here"]:
        return t("VerifyDialog", "This PC")
    if device["writers"]:
        return t("VerifyDialog", "Another PC ({names})").format(
            names=t("VerifyDialog", ", ").join(device["writers"]))
    return t("VerifyDialog", "Another PC")


def result_text(device: dict) -> str:
    """The short result for the table."""
    t = QCoreApplication.translate
    return {
        "": t("VerifyDialog", "OK"),
        "altered": t("VerifyDialog", "An entry was altered"),
        "inserted": t("VerifyDialog", "An entry was inserted"),
        "deleted": t("VerifyDialog", "Entries were deleted"),
        "deleted_newest": t("VerifyDialog", "The newest entries were deleted"),
    }.get(device["kind"], device["kind"])


def record_text(entry: dict) -> str:
    """The record an entry is about, in plain words: "customer 杭州鑫达建材"."""
    t = QCoreApplication.translate
    nouns = {
        "customers": t("VerifyDialog", "customer"), "contacts": t("VerifyDialog", "contact person"),
        "interactions": t("VerifyDialog", "contact log entry"), "deals": t("VerifyDialog", "deal"),
        "reminders": t("VerifyDialog", "reminder"), "users": t("VerifyDialog", "user"), "settings": t("VerifyDialog", "setting"),
        "alerts": t("VerifyDialog", "alert"), "stages": t("VerifyDialog", "pipeline stage"), "orders": t("VerifyDialog", "order"),
        "payments": t("VerifyDialog", "payment"), "products": t("VerifyDialog", "product"), "exports": t("VerifyDialog", "export"),
        "customer_shares": t("VerifyDialog", "shared customer"),
    }
    noun = nouns.get(entry["tbl"], entry["tbl"])
    name = entry.get("record_name") or ""
    if entry["tbl"] == "settings":
        name = entry["record_id"]
    return t("VerifyDialog", "{noun} “{name}”").format(noun=noun, name=name) if name else \
        t("VerifyDialog", "{noun} {id}").format(noun=noun, id=(entry["record_id"] or "")[:8])


def change_text(entry: dict) -> str:
    """What the entry did to its record: added it, changed a field of it, or deleted it."""
    t = QCoreApplication.translate
    if entry["action"] == "insert":
        return t("VerifyDialog", "added {record}").format(record=record_text(entry))
    if entry["action"] == "purge":
        return t("VerifyDialog", "deleted {record} for good").format(record=record_text(entry))
    field = entry.get("field") or ""
    if field.startswith("custom:"):
        field = field[7:]
    label = field_labels().get(field, field) if entry["tbl"] in ("customers", "contacts") \
        else field
    return t("VerifyDialog", "changed {field} of {record}").format(field=label, record=record_text(entry))


def break_text(device: dict) -> str:
    """The whole finding for one PC, in plain words."""
    t = QCoreApplication.translate
    count = device["entries"]
    if not device["kind"]:
        return t("VerifyDialog", "All {n} entries of this PC's change log are as Kehu wrote them.").format(
            n=f"{count:,}")
    entry = device.get("entry")
    number = entry["seq"] if entry else "?"
    head = {
        "altered": t("VerifyDialog", "Entry number {seq} was altered outside Kehu after it was written."),
        "inserted": t("VerifyDialog", "Entry number {seq} was inserted outside Kehu: Kehu did not write it."),
        "deleted": t("VerifyDialog", "Entries were deleted outside Kehu just before entry number {seq}."),
        "deleted_newest": t("VerifyDialog", "The newest entries were deleted outside Kehu, after entry "
                             "number {seq}."),
    }.get(device["kind"], "").format(seq=number)
    parts = [head]
    if entry:
        parts.append(t("VerifyDialog", "That entry says: on {when}, {who}, in the step “{step}”, {change}.")
                     .format(when=local_time(entry["at"]) if entry["at"] else "?",
                             who=entry["user_name"] or t("VerifyDialog", "an unknown user"),
                             step=op_title(entry["op_name"], entry["op_label"]),
                             change=change_text(entry)))
    parts.append(t("VerifyDialog", "{n} entries of this PC were checked. What it recorded from there on "
                    "cannot be vouched for: compare with a backup from before, and ask who "
                    "could open this PC's book file.").format(n=f"{count:,}"))
    return "\n".join(parts)


def summary_text(devices: list[dict]) -> tuple[str, bool]:
    """One line for all PCs, and whether every chain holds."""
    t = QCoreApplication.translate
    total = sum(d["entries"] for d in devices)
    broken = [d for d in devices if d["kind"]]
    if not broken and len(devices) == 1:
        return t("VerifyDialog", "All {n} entries of this book's change log are as Kehu wrote "
                                 "them.").format(n=f"{total:,}"), True
    if not broken:
        return t("VerifyDialog", "All {n} entries of {pcs} PCs are as Kehu wrote them.").format(
            n=f"{total:,}", pcs=len(devices)), True
    return t("VerifyDialog", "The change log of {k} of {pcs} PCs was changed outside Kehu; {n} entries "
              "checked.").format(k=len(broken), pcs=len(devices), n=f"{total:,}"), False


class VerifyDialog(QDialog):
    """Verify the change log: run at once when opened, again with "Verify again"."""

    verified = Signal(object)  # the per-PC results (models.core.chain.report)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Verify the change log"))
        self.devices: list[dict] = []
        self.job = None
        intro = text_label(self.tr(
            "Every change Kehu records is sealed to the one before it, PC by PC. Verifying "
            "reads every entry and shows, for each PC, whether its record is as Kehu wrote it "
            "or the first entry that was altered, deleted or inserted outside Kehu."),
            selectable=False)
        self.summary = text_label("", selectable=True)
        self.summary.setObjectName("verify_summary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("verify_table")
        self.table.setHorizontalHeaderLabels([self.tr("PC"), self.tr("Entries checked"),
                                              self.tr("Result")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.details = text_label("", selectable=True)
        self.details.setObjectName("verify_details")
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 5)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.again_button = QPushButton(self.tr("Verify again"), self)
        self.again_button.setObjectName("verify_again")
        self.again_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.again_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.resize(760, 480)

    # -- running ---------------------------------------------------------------------------
    def verify(self) -> None:
        """Walk the chains in the runner's worker thread (at once, here, without a runner)."""
        if self.job is not None or not may(self.ctx.book, "history.verify"):
            return
        book = self.ctx.book
        own = list(book.own_devices)

        def work(progress, cancelled):
            return chain.report(book.conn, own=own, progress=progress, cancelled=cancelled)

        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Verifying the change log…"))
        runner = self.ctx.runner
        if runner is None:
            self._done(work(None, None))
            return
        job = runner.run(work, on_result=self._done, on_cancel=self._cancelled,
                         on_error=self._failed, title=self.tr("Verifying the change log…"),
                         parent_widget=self)
        if job is None:  # another job is busy (the runner said so)
            self.summary.setText(self.tr("Not verified: Kehu was busy. Try again in a moment."))
            return
        self.job = job
        self.again_button.setEnabled(False)

    def _done(self, devices: list[dict]) -> None:
        self.job = None
        self.again_button.setEnabled(True)
        self.devices = devices
        text, whole = summary_text(devices)
        self.summary.setText(text)
        self.summary.setStyleSheet(OK_STYLE if whole else ERROR_STYLE)
        self.table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            cells = (device_text(device), f"{device['entries']:,}", result_text(device))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tooltip(
                    self.tr("PC {id}").format(id=device["device"]) if column == 0 else value))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setForeground(BROKEN_COLOR if device["kind"] else OK_COLOR)
                self.table.setItem(row, column, item)
        broken = next((i for i, d in enumerate(devices) if d["kind"]), 0)
        if devices:
            self.table.selectRow(broken)
        self._show_current()
        self.verified.emit(devices)

    def _cancelled(self) -> None:
        self.job = None
        self.again_button.setEnabled(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Verifying was cancelled; nothing was checked."))

    def _failed(self, exc: BaseException) -> None:
        import sys

        self._cancelled()
        self.summary.setText(self.tr("The change log could not be read."))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _show_current(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            self.details.clear()
            return
        device = self.devices[rows.pop()]
        self.details.setText(break_text(device))
        self.details.setStyleSheet(ERROR_STYLE if device["kind"] else "")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.devices and self.job is None:
            self.verify()


def show_verify(ctx: AppContext, parent: QWidget | None = None) -> VerifyDialog | None:
    """The Verify dialog (owners and managers); None for anyone else."""
    if not may(ctx.book, "history.verify"):
        return None
    dialog = VerifyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
