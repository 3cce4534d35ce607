"""The History tab: every change made to the customer, newest first, who made it and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.customers import history
from views.customer_form import SECONDARY_STYLE
from views.widgets import separator, text_label

HISTORY_PAGE = 200


class HistoryTab(QScrollArea):
    """The change log of one customer, as sentences."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(QWidget())

    def show_row(self, row: dict) -> None:
        old = self.takeWidget()
        self.setWidget(self._page(row))
        if old is not None:
            old.deleteLater()

    def _page(self, row: dict) -> QWidget:
        page = QWidget()
        page.setObjectName("history_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(0)
        entries = history.items(self.ctx.book, row["id"])
        for i, item in enumerate(entries[:HISTORY_PAGE]):
            if i:
                column.addWidget(separator())
            box = QWidget()
            box.setObjectName("history_entry")
            lines = QVBoxLayout(box)
            lines.setContentsMargins(0, 6, 0, 6)
            lines.setSpacing(2)
            who = item.user
            if item.automatic is not None:
                who = QCoreApplication.translate(item.automatic.context, item.automatic.source)
            meta = "  ·  ".join(p for p in (item.when, who) if p)
            if item.is_undo or item.is_redo:
                meta += "  ·  " + (self.tr("Undo") if item.is_undo else self.tr("Redo"))
            lines.addWidget(text_label(meta, SECONDARY_STYLE, name="history_meta"))
            lines.addWidget(text_label(history.render(item, QCoreApplication.translate),
                                       name="history_text"))
            column.addWidget(box)
        if not entries:  # a customer written before Kehu kept a log of it (a demo book)
            column.addWidget(text_label(
                self.tr("No changes are recorded for this customer yet. From now on each "
                        "change made to it is listed here: what changed, who changed it and "
                        "when."), SECONDARY_STYLE, selectable=False, name="history_empty"))
        if len(entries) > HISTORY_PAGE:
            column.addWidget(text_label(
                self.tr("Only the latest {n} changes are shown.").format(n=HISTORY_PAGE),
                SECONDARY_STYLE, selectable=False))
        column.addStretch(1)
        return page

    def texts(self) -> list[str]:
        page = self.widget()
        return [w.text() for w in page.findChildren(QLabel, "history_text")]
