"""The tray icon and reminder notifications.

Every 30 seconds (and right after the rules ran) Kehu asks reminders.to_notify: each reminder
that came due shows one tray message and is marked notified in the book, so it is never shown
twice (it stays in the agenda until it is done). Clicking the message opens what the reminder
is about (the customer or the deal). When many come due at once (the first run of the rules
on a large book) one message says how many, and clicking it opens the agenda.

At start, what came due while Kehu was closed is shown at once in one list (CatchUpDialog).

With "minimise to tray" on (Settings > Reminders), closing the main window hides it; the tray
menu has Open Kehu and Quit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from views.widgets import SECONDARY_STYLE, icon, returns_true

log = logging.getLogger(__name__)

CHECK_MS = 30 * 1000  # how often Kehu looks for reminders that came due
MESSAGE_GAP_MS = 6 * 1000  # one message after another, so each can be read and clicked
MAX_MESSAGES = 3  # more due at once: one message with the number, opening the agenda
ID_ROLE = Qt.ItemDataRole.UserRole


def tray_available() -> bool:
    """Whether the desktop shows tray icons (never on the offscreen platform)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def about_text(row: dict) -> str:
    return " · ".join(p for p in (row.get("customer_name"), row.get("deal_title")) if p)


class CatchUpDialog(QDialog):
    """What came due while Kehu was closed, in one list. Not modal: Kehu is usable at once."""

    open_customer = Signal(str)
    open_deal = Signal(str)
    show_agenda = Signal()

    def __init__(self, rows: list[dict], parent: QWidget | None = None) -> None:
        from views.reminder_dialog import local, priority_name
        from views.reminders_page import reminder_title

        super().__init__(parent)
        self.setObjectName("catch_up")
        self.rows = rows
        self.setWindowTitle(self.tr("Reminders while Kehu was closed"))
        self.setWindowIcon(icon("reminders"))
        title = QLabel(self.tr("{n} reminders came due while Kehu was closed:").format(
            n=len(rows)) if len(rows) != 1 else
            self.tr("1 reminder came due while Kehu was closed:"))
        title.setObjectName("catch_up_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QTreeWidget()
        self.list.setObjectName("catch_up_list")
        self.list.setHeaderLabels([self.tr("Due"), self.tr("Reminder"),
                                   self.tr("Customer / deal"), self.tr("Priority")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row in rows:
            item = QTreeWidgetItem([local(row["due_at"]).strftime("%Y-%m-%d %H:%M"),
                                    reminder_title(row), about_text(row),
                                    priority_name(row.get("priority") or "normal")])
            item.setData(0, ID_ROLE, row["id"])
            item.setToolTip(1, reminder_title(row))
            item.setToolTip(2, about_text(row))
            self.list.addTopLevelItem(item)
        for column in (0, 2, 3):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column) + 16, 260))
        self.list.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("They stay in Reminders until you mark them done. Double-click "
                              "one to open its customer or deal."))
        hint.setWordWrap(True)
        hint.setStyleSheet(SECONDARY_STYLE)
        self.buttons = QDialogButtonBox()
        self.agenda_button = self.buttons.addButton(self.tr("Open Reminders"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.agenda_button.setObjectName("open_agenda")
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        self.buttons.accepted.connect(self._open_agenda)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(720, min(180 + 26 * len(rows), 520))

    def titles(self) -> list[str]:
        return [self.list.topLevelItem(i).text(1) for i in range(self.list.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        rid = item.data(0, ID_ROLE)
        row = next((r for r in self.rows if r["id"] == rid), None)
        if row is None:
            return
        if row.get("deal_id"):
            self.open_deal.emit(row["deal_id"])
        elif row.get("customer_id"):
            self.open_customer.emit(row["customer_id"])
        else:
            self.show_agenda.emit()

    def _open_agenda(self) -> None:
        self.show_agenda.emit()
        self.accept()


class ReminderTray(QObject):
    """The tray icon, its menu, and the notifier. start() once the window is shown."""

    message_shown = Signal(str)  # reminder id ("" for a summary), right before the message
    open_customer = Signal(str)
    open_deal = Signal(str)
    show_agenda = Signal()
    open_window = Signal()
    quit_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.icon = QSystemTrayIcon(icon("kehu"), self)
        self.icon.setToolTip("Kehu")
        self.menu = QMenu(parent)
        self.open_action = self.menu.addAction(self.tr("Open Kehu"), self.open_window.emit)
        self.agenda_action = self.menu.addAction(self.tr("Reminders"), self._agenda_from_menu)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.current: dict | None = None  # what the message on screen is about
        self.queue: list[dict] = []
        self.catch_up: CatchUpDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.gap = QTimer(self)
        self.gap.setSingleShot(True)
        self.gap.setInterval(MESSAGE_GAP_MS)
        self.gap.timeout.connect(self.show_next)
        self.started = False

    @property
    def available(self) -> bool:
        return tray_available()

    # -- starting ------------------------------------------------------------------------
    def start(self) -> CatchUpDialog | None:
        """Show the icon, list what came due while Kehu was closed, start checking."""
        from models import reminders

        if self.started:
            return None
        self.started = True
        if self.available:
            self.icon.show()
        due = reminders.to_notify(self.ctx.book)
        dialog = None
        if due and self._mark([r["id"] for r in due]):
            dialog = self.show_catch_up(due)
        self.timer.start()
        return dialog

    def stop(self) -> None:
        self.timer.stop()
        self.gap.stop()
        self.queue.clear()
        if self.available:
            self.icon.hide()

    def show_catch_up(self, rows: list[dict]) -> CatchUpDialog:
        dialog = CatchUpDialog(rows, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_customer.connect(self.open_customer)
        dialog.open_deal.connect(self.open_deal)
        dialog.show_agenda.connect(self.show_agenda)
        dialog.destroyed.connect(lambda *_: setattr(self, "catch_up", None))
        self.catch_up = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    # -- notifying -----------------------------------------------------------------------
    def _mark(self, ids: list[str]) -> bool:
        """Mark them shown, so that they are never shown twice; False when a job is writing
        the book (they are shown at the next check instead)."""
        from models import reminders

        return self.ctx.run_quietly(returns_true(reminders.mark_notified), reminder_ids=ids) is not None

    def check(self) -> int:
        """Queue a message for each reminder that came due; the number found."""
        from models import reminders

        due = reminders.to_notify(self.ctx.book)
        if not due or not self._mark([r["id"] for r in due]):
            return 0
        if len(due) + len(self.queue) > MAX_MESSAGES:
            self.queue.clear()
            self.gap.stop()
            self._show(None, self.tr("Kehu: reminders"),
                       self.tr("{n} reminders are due. Click to see them.").format(n=len(due)))
            return len(due)
        self.queue.extend(due)
        if not self.gap.isActive():
            self.show_next()
        return len(due)

    def show_next(self) -> None:
        from views.reminder_dialog import local
        from views.reminders_page import reminder_title

        if not self.queue:
            return
        row = self.queue.pop(0)
        lines = [local(row["due_at"]).strftime("%H:%M")]
        about = about_text(row)
        if about:
            lines[0] += "  " + about
        if row.get("notes"):
            lines.append(row["notes"][:120])
        self._show(row, reminder_title(row), "\n".join(lines))
        if self.queue:
            self.gap.start()

    def _show(self, row: dict | None, title: str, text: str) -> None:
        self.current = row
        self.message_shown.emit(row["id"] if row else "")
        if self.available:
            kind = QSystemTrayIcon.MessageIcon.Information
            if row and row.get("priority") == "high":
                kind = QSystemTrayIcon.MessageIcon.Warning
            self.icon.showMessage(title, text, kind, 15000)
        elif self.window is not None and hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(f"{title} — {text.splitlines()[0]}", 15000)

    def message_clicked(self) -> None:
        """The message on screen was clicked: its customer or deal, else the agenda."""
        row = self.current
        self.open_window.emit()
        if row is None:
            self.show_agenda.emit()
        elif row.get("deal_id"):
            self.open_deal.emit(row["deal_id"])
        elif row.get("customer_id"):
            self.open_customer.emit(row["customer_id"])
        else:
            self.show_agenda.emit()

    # -- the icon ------------------------------------------------------------------------
    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()

    def _agenda_from_menu(self) -> None:
        self.open_window.emit()
        self.show_agenda.emit()
