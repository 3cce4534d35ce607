"""The Timeline tab: the quick bar that logs a call, visit or message (then offers the next
follow-up), and what was logged with the customer, newest first, with the steps of the
customer's service tickets and their satisfaction calls among them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.core.clock import local_time
from models.customers import operations, queries
from views.customer_detail.follow_up import FollowUpOffer
from views.customer_form import SECONDARY_STYLE
from views.widgets import icon, scroll_area, separator, text_label, tool_button

TIMELINE_PAGE = 100  # entries shown before "Show all"
KIND_ICONS = {"call": "call", "visit": "visit", "wechat": "wechat", "sms": "sms",
              "email": "email", "note": "note", "ticket": "edit"}
EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)


def _moment(at: str) -> dt.datetime:
    """When an entry happened, comparable whatever offset it was written with."""
    try:
        when = dt.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return EARLIEST
    return when if when.tzinfo else when.astimezone()


class Timeline(QWidget):
    """Logs what happened with one customer and lists it."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict | None = None
        self.show_all = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        bar = QWidget()
        bar.setObjectName("quick_log")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(12, 10, 12, 10)
        bar_layout.setSpacing(6)
        kinds = QHBoxLayout()
        kinds.setSpacing(2)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind in operations.INTERACTION_KINDS:
            button = tool_button(KIND_ICONS[kind], self.kind_label(kind), f"kind_{kind}")
            button.setCheckable(True)
            button.setToolTip(self.tr("Log a {kind}").format(kind=self.kind_label(kind)))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons["call"].setChecked(True)
        bar_layout.addLayout(kinds)
        self.log_edit = QPlainTextEdit()
        self.log_edit.setObjectName("log_edit")
        self.log_edit.setPlaceholderText(self.tr("What happened? Ctrl+Enter saves"))
        self.log_edit.setTabChangesFocus(True)
        self.log_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        bar_layout.addWidget(self.log_edit)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.log_button = QPushButton(self.tr("Save"))
        self.log_button.setObjectName("log_button")
        self.log_button.setToolTip(self.tr("Add to the timeline (Ctrl+Enter)"))
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self.log_interaction)
        save_row.addWidget(self.log_button)
        bar_layout.addLayout(save_row)
        self.follow_up = FollowUpOffer(ctx)
        bar_layout.addWidget(self.follow_up)
        self.log_edit.textChanged.connect(
            lambda: self.log_button.setEnabled(bool(self.log_edit.toPlainText().strip()))
        )
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), bar, self.log_interaction)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        column.addWidget(bar)
        column.addWidget(separator())
        self.area = scroll_area(QWidget())
        column.addWidget(self.area, 1)

    # -- translated names ----------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        return {
            "call": self.tr("Call"),
            "visit": self.tr("Visit"),
            "wechat": self.tr("WeChat"),
            "sms": self.tr("SMS"),
            "email": self.tr("E-mail"),
            "note": self.tr("Note"),
            "ticket": self.tr("Ticket"),
        }.get(kind, kind)

    def selected_kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return "call"

    # -- showing -------------------------------------------------------------------------
    def start_over(self) -> None:
        """Another customer: the first entries only, nothing typed, no offer."""
        self.show_all = False
        self.log_edit.clear()
        self.follow_up.hide()

    def show_row(self, row: dict) -> int:
        """Shows what was logged with this customer; returns how many entries there are."""
        self.row = row
        self.follow_up.show_row(row)
        timeline = queries.interactions(self.ctx.book, row["id"])
        steps = self._ticket_entries(row["id"])
        if steps:
            timeline = sorted([*timeline, *steps], key=lambda e: _moment(e["at"]),
                              reverse=True)
        old = self.area.takeWidget()
        self.area.setWidget(self._page(timeline))
        if old is not None:
            old.deleteLater()
        return len(timeline)

    def _ticket_entries(self, customer_id: str) -> list[dict]:
        """The customer's tickets' steps and calls, each with the sentence it shows."""
        from models import tickets

        return [{**e, "text": tickets.timeline_text(e, QCoreApplication.translate)}
                for e in tickets.timeline_entries(self.ctx.book, customer_id)]

    def _page(self, timeline: list[dict]) -> QWidget:
        page = QWidget()
        page.setObjectName("timeline_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(0)
        if not timeline:
            column.addSpacing(8)
            column.addWidget(text_label(
                self.tr("Nothing logged yet. Write down each call or visit above, so the "
                        "whole team knows where things stand."),
                SECONDARY_STYLE, selectable=False, name="timeline_empty"))
        shown = timeline if self.show_all else timeline[:TIMELINE_PAGE]
        for i, entry in enumerate(shown):
            if i:
                column.addWidget(separator())
            column.addWidget(self._entry(entry))
        if len(shown) < len(timeline):
            more = QPushButton(self.tr("Show all {n} entries").format(n=len(timeline)))
            more.setObjectName("show_all")
            more.clicked.connect(self._show_whole_timeline)
            column.addSpacing(8)
            column.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    def _entry(self, entry: dict) -> QWidget:
        box = QWidget()
        box.setObjectName("timeline_entry")
        box.setProperty("interaction_id", entry["id"])
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(6)
        ico = icon(KIND_ICONS.get(entry["kind"], "note"))
        if not ico.isNull():
            picture = QLabel()
            picture.setPixmap(ico.pixmap(16, 16))
            head.addWidget(picture)
        kind = QLabel(self.kind_label(entry["kind"]))
        kind.setObjectName("entry_kind")
        font = kind.font()
        font.setBold(True)
        kind.setFont(font)
        head.addWidget(kind)
        who = "  ·  ".join(p for p in (local_time(entry["at"]), entry.get("user") or "") if p)
        head.addWidget(text_label(who, SECONDARY_STYLE, selectable=False, wrap=False,
                                  name="entry_meta"), 1)
        column.addLayout(head)
        column.addWidget(text_label(entry["text"], name="entry_text"))
        return box

    def _show_whole_timeline(self) -> None:
        """Show all: every entry, the list where it was."""
        self.show_all = True
        if self.row is not None:
            keep = self.area.verticalScrollBar().value()
            self.show_row(self.row)
            QTimer.singleShot(0, self, lambda: self.area.verticalScrollBar().setValue(keep))

    def texts(self) -> list[str]:
        """The texts the timeline shows, top to bottom."""
        page = self.area.widget()
        return [w.findChild(QLabel, "entry_text").text()
                for w in page.findChildren(QWidget, "timeline_entry")]

    # -- logging -------------------------------------------------------------------------
    def log_interaction(self) -> None:
        text = self.log_edit.toPlainText().strip()
        if not text or self.row is None:
            return
        new_id = self.ctx.run(self, operations.log_interaction, customer_id=self.row["id"],
                              kind=self.selected_kind(), text=text)
        if new_id is not None:
            self.log_edit.clear()
            self.area.verticalScrollBar().setValue(0)
            self.follow_up.offer()
