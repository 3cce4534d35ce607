"""The agenda: open reminders in four sections (overdue, today, the next 7 days, later), done
and snoozed from the keyboard.

Space or D marks the current reminder done, S opens the snooze menu (then 1-5 or the underlined
letter), Enter edits, Del deletes, N adds one; a double-click opens the customer or deal it is
about. The list is a two-level item model over reminders.agenda (sections, then reminders), so
the view never holds a widget per reminder.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models import reminders
from models.core import clock
from models.customers import queries
from views.context import AppContext
from views.customer_form import SECONDARY_STYLE
from views.reminder_dialog import edit_reminder, local, priority_name, recurrence_text
from views.widgets import EmptyState, icon, plain_tooltip

SECTIONS = ("overdue", "today", "week", "later")
COLUMNS = ("when", "title", "about", "owner", "repeat", "priority")
SECTION_ID = 0  # internalId of a section row; a reminder row has its section's number + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_RED = "#b91c1c"
HIGH_RED = "#c2410c"
LOW_GREY = "#6b7280"
REFRESH_MS = 60 * 1000  # sections follow the clock: today's reminders become overdue
SECTION_LIMIT = 1000  # reminders shown in a section (a big book's backlog of rule reminders)


def reminder_title(row: dict) -> str:
    """The title, a rule's reminder in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return reminders.title(row, QCoreApplication.translate)


def section_title(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    return {"overdue": t("RemindersPage", "Overdue"), "today": t("RemindersPage", "Today"),
            "week": t("RemindersPage", "Next 7 days"),
            "later": t("RemindersPage", "Later")}[key]


def snooze_choices() -> list[tuple[str, str]]:
    """(choice, menu text) of the snooze menu, in order; the digit before each is its key."""
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    return [("15m", t("RemindersPage", "15 &minutes")),
            ("1h", t("RemindersPage", "1 &hour")),
            ("tomorrow", t("RemindersPage", "&Tomorrow morning")),
            ("next_workday", t("RemindersPage", "&Next workday")),
            ("date", t("RemindersPage", "&Pick a date…"))]


class AgendaModel(QAbstractItemModel):
    """Sections at the top level, each with its reminders (dicts from reminders.agenda)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sections: dict[str, list[dict]] = {key: [] for key in SECTIONS}
        self.headers = [self.tr("When"), self.tr("Reminder"), self.tr("Customer / deal"),
                        self.tr("For"), self.tr("Repeats"), self.tr("Priority")]

    def set_agenda(self, agenda: dict[str, list[dict]]) -> None:
        self.beginResetModel()
        self.sections = {key: list(agenda.get(key, [])) for key in SECTIONS}
        self.endResetModel()

    # -- structure -----------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, SECTION_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == SECTION_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SECTION_ID)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(SECTIONS)
        if parent.internalId() == SECTION_ID and parent.column() == 0:
            return len(self.sections[SECTIONS[parent.row()]])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == SECTION_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    # -- what a row says -----------------------------------------------------------------
    def reminder_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid() or index.internalId() == SECTION_ID:
            return None
        rows = self.sections[SECTIONS[index.internalId() - 1]]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def section_index(self, key: str) -> QModelIndex:
        return self.index(SECTIONS.index(key), 0)

    def find(self, reminder_id: str) -> QModelIndex:
        for s, key in enumerate(SECTIONS):
            for r, row in enumerate(self.sections[key]):
                if row["id"] == reminder_id:
                    return self.index(r, 0, self.index(s, 0))
        return QModelIndex()

    def when_text(self, section: str, row: dict) -> str:
        due = local(row["due_at"])
        if section == "today":
            text = due.strftime("%H:%M")
        elif section == "week":
            from views.reminder_dialog import weekday_names

            text = f"{weekday_names()[due.weekday()]} {due:%m-%d %H:%M}"
        elif section == "later" and due.year == clock.today().year:
            text = due.strftime("%m-%d %H:%M")
        else:
            text = due.strftime("%Y-%m-%d %H:%M")
        if row.get("moved_from"):
            moved = row["moved_from"][:10]
            text += "  " + self.tr("(moved from {date})").format(date=moved[5:] if
                                                                 moved[:4] == str(due.year)
                                                                 else moved)
        return text

    def about_text(self, row: dict) -> str:
        parts = [p for p in (row.get("customer_name"), row.get("deal_title")) if p]
        return " · ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == SECTION_ID:
            key = SECTIONS[index.row()]
            if role == SECTION_ROLE:
                return key
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                n = len(self.sections[key])
                return f"{section_title(key)} ({n}{'+' if n >= SECTION_LIMIT else ''})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and \
                    self.sections[key]:
                return QBrush(QColor(OVERDUE_RED))
            return None
        row = self.reminder_at(index)
        if row is None:
            return None
        section = SECTIONS[index.internalId() - 1]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row["id"]
        if role == SECTION_ROLE:
            return section
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return self.when_text(section, row)
            if column == "title":
                return reminder_title(row)
            if column == "about":
                return self.about_text(row)
            if column == "owner":
                return row.get("owner_name") or ""
            if column == "repeat":
                return recurrence_text(row.get("recurrence"))
            if column == "priority":
                return priority_name(row.get("priority") or "normal")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title" and row.get("notes"):
                return plain_tooltip(reminder_title(row) + "\n\n" + row["notes"])
            if column == "when":
                tip = local(row["due_at"]).strftime("%Y-%m-%d %H:%M")
                if row.get("moved_from"):
                    tip += "\n" + self.tr("Moved off a public holiday; it was due {date}.").format(
                        date=row["moved_from"][:10])
                return plain_tooltip(tip)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "when" and section == "overdue":
                return QBrush(QColor(OVERDUE_RED))
            if column == "priority" and row.get("priority") == "high":
                return QBrush(QColor(HIGH_RED))
            if row.get("priority") == "low":
                return QBrush(QColor(LOW_GREY))
            return None
        if role == Qt.ItemDataRole.FontRole and column in ("title", "priority") and \
                row.get("priority") == "high":
            font = QFont()
            font.setBold(True)
            return font
        return None


class AgendaView(QTreeView):
    """The agenda tree: sections always open, whole rows selected, one at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setItemsExpandable(True)  # a long backlog can be folded away
        self.setExpandsOnDoubleClick(True)
        self.setRootIsDecorated(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setIndentation(14)

    def keyboardSearch(self, search: str) -> None:
        pass  # letters are commands here (D, S, N), not a jump to a title


class SnoozeDateDialog(QDialog):
    """Pick the day and time a reminder comes back."""

    def __init__(self, when: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("snooze_until")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                        QTime(when.hour, when.minute)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Remind me again on:")))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def until(self) -> str:
        d, t = self.edit.date(), self.edit.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                           tzinfo=clock.now().tzinfo).isoformat(timespec="seconds")


class SnoozeMenu(QMenu):
    """The snooze choices; 1-5 pick one as well as the underlined letters."""

    def keyPressEvent(self, event) -> None:
        actions = self.actions()
        digit = event.key() - Qt.Key.Key_1
        if 0 <= digit < len(actions) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.hide()
            actions[digit].trigger()
            return
        super().keyPressEvent(event)


class RemindersPage(QWidget):
    """Reminders: the agenda of the chosen owner (the current user at first)."""

    open_customer = Signal(str)
    open_deal = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reminders_page")
        self.snooze_menu: QMenu | None = None
        self._stale = False
        self._loaded = False

        self.owner_box = QComboBox(self)
        self.owner_box.setObjectName("owner_filter")
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(icon("add"), self.tr("New reminder"), self)
        self.new_button.setObjectName("new_reminder")
        self.new_button.setToolTip(self.tr("New reminder (N)"))
        self.new_button.clicked.connect(lambda: self.new_reminder())
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("done_button")
        self.done_button.setToolTip(self.tr("Mark done (Space)"))
        self.done_button.clicked.connect(self.complete_current)
        self.snooze_button = QPushButton(self.tr("Snooze"), self)
        self.snooze_button.setObjectName("snooze_button")
        self.snooze_button.setToolTip(self.tr("Remind me later (S)"))
        self.snooze_button.clicked.connect(
            lambda: self.show_snooze_menu(self.snooze_button.mapToGlobal(
                self.snooze_button.rect().bottomLeft())))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open_record")
        self.open_button.setToolTip(self.tr("Open the customer or deal (double-click)"))
        self.open_button.clicked.connect(self.open_current)
        self.hint = QLabel(self.tr("Space: done · S: snooze · Enter: edit · Del: delete · "
                                   "N: new"), self)
        self.hint.setStyleSheet(SECONDARY_STYLE)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reminders of:"), self))
        top.addWidget(self.owner_box)
        top.addSpacing(12)
        top.addWidget(self.done_button)
        top.addWidget(self.snooze_button)
        top.addWidget(self.open_button)
        top.addStretch(1)
        top.addWidget(self.hint)
        top.addSpacing(12)
        top.addWidget(self.new_button)

        self.model = AgendaModel(self)
        self.view = AgendaView(self)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("when", 190), ("about", 220), ("owner", 90), ("repeat", 150),
                              ("priority", 70)):
            header.resizeSection(COLUMNS.index(column), width)
        self.view.doubleClicked.connect(lambda index: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        # an empty agenda: nothing due, and the ways to have something there
        self.empty = EmptyState("agenda_empty", self)
        self.empty_new = self.empty.add_button(self.tr("New reminder"),
                                               lambda: self.new_reminder(), "empty_new_reminder",
                                               "add")
        self.empty_everyone = self.empty.add_button(self.tr("Show everyone's reminders"),
                                                    lambda: self.set_owner(None),
                                                    "empty_everyone")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self._add_actions()
        self._fill_owners()
        self._stale = True  # read when first shown: start-up does not wait for the agenda
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.book_changed.connect(self._book_changed)
        ctx.user_changed.connect(self._user_changed)

    # -- actions -------------------------------------------------------------------------
    def _add_actions(self) -> None:
        def action(text, keys, slot, name):
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.view.addAction(act)
            return act

        self.done_action = action(self.tr("Done"), [Qt.Key.Key_Space, Qt.Key.Key_D],
                                  self.complete_current, "done")
        self.snooze_action = action(self.tr("Snooze…"), [Qt.Key.Key_S],
                                    lambda: self.show_snooze_menu(), "snooze")
        self.edit_action = action(self.tr("Edit…"), [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                                  self.edit_current, "edit")
        self.delete_action = action(self.tr("Delete"), [QKeySequence.StandardKey.Delete],
                                    self.delete_current, "delete")
        self.new_action = action(self.tr("New reminder…"), [Qt.Key.Key_N],
                                 lambda: self.new_reminder(), "new")
        self.open_action = action(self.tr("Open the customer or deal"), [], self.open_current,
                                  "open")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if self.model.reminder_at(index) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for act in (self.done_action, self.snooze_action, self.edit_action, self.open_action,
                    self.delete_action):
            menu.addAction(act)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._context = menu

    # -- loading -------------------------------------------------------------------------
    def _fill_owners(self) -> None:
        kept = self.owner_box.currentData() if self.owner_box.count() else self.ctx.book.user_id
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("Everyone"), "")
        for user in queries.users(self.ctx.book, active_only=False):
            self.owner_box.addItem(user["name"], user["id"])
        self.owner_box.setCurrentIndex(max(self.owner_box.findData(kept), 0))
        self.owner_box.blockSignals(False)

    def owner_id(self) -> str | None:
        return self.owner_box.currentData() or None

    def set_owner(self, owner_id: str | None) -> None:
        self.owner_box.setCurrentIndex(max(self.owner_box.findData(owner_id or ""), 0))

    def reload(self) -> None:
        current = self.current_id()
        place = self._place()
        folded = self._collapsed() if self.model.rowCount() and self._loaded else set()
        self.model.set_agenda(reminders.agenda(self.ctx.book, owner_id=self.owner_id(),
                                               limit=SECTION_LIMIT))
        self._loaded = True
        for s, key in enumerate(SECTIONS):
            self.view.setExpanded(self.model.index(s, 0), key not in folded)
        self._stale = False
        total = sum(len(rows) for rows in self.model.sections.values())
        if not total:
            self._say_empty()
        self.stack.setCurrentWidget(self.view if total else self.empty)
        self._restore(current, place)
        self._update_buttons()

    def _say_empty(self) -> None:
        owner = self.owner_id()
        if owner and owner != self.ctx.book.user_id:
            self.empty.set_text(self.tr("{name} has no open reminders.").format(
                name=self.owner_box.currentText()))
        else:
            self.empty.set_text(
                self.tr("Nothing to remind you of"),
                self.tr("Set a reminder for a call or a visit, or log a contact with a customer "
                        "and set the next follow-up: Kehu lists here what is due, day by day, "
                        "and adds what its rules find (stalled deals, customers nobody called)."))
        # in a book of one person everyone's reminders are the same ones
        self.empty_everyone.setVisible(bool(owner) and len(queries.users(self.ctx.book)) > 1)

    def _place(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if self.model.reminder_at(index) is None:
            return None
        return index.parent().row(), index.row()

    def _restore(self, current: str | None, place: tuple[int, int] | None) -> None:
        """Stay on the same reminder while it stays in its section; else on the row that took
        its place (keyboard flow: done, done, done)."""
        index = self.model.find(current) if current else QModelIndex()
        if index.isValid() and place is not None and index.parent().row() != place[0]:
            index = QModelIndex()
        if not index.isValid() and place is not None:
            section, row = place
            index = self._nearest(section, row)
        if not index.isValid():
            index = self._nearest(0, 0)
        if index.isValid() and not self.view.isExpanded(index.parent()):
            index = QModelIndex()
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            if index.row() == 0:
                self.view.scrollTo(index.parent())  # its section's title stays in sight
            self.view.scrollTo(index)

    def _nearest(self, section: int, row: int) -> QModelIndex:
        """The row-th reminder of the section (or its last), else the first of a later one."""
        for s in list(range(section, len(SECTIONS))) + list(range(section - 1, -1, -1)):
            parent = self.model.index(s, 0)
            n = self.model.rowCount(parent) if self.view.isExpanded(parent) else 0
            if n:
                return self.model.index(min(row, n - 1) if s == section else
                                        (0 if s > section else n - 1), 0, parent)
        return QModelIndex()

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _collapsed(self) -> set[str]:
        return {key for s, key in enumerate(SECTIONS)
                if not self.view.isExpanded(self.model.index(s, 0))}

    def _book_changed(self, changes) -> None:
        if changes.op_name == "mark_notified":
            return  # only when Kehu showed it; the agenda looks the same
        if "users" in changes.tables:
            self._fill_owners()
        if {"reminders", "customers", "deals", "users"} & set(changes.tables):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _user_changed(self) -> None:
        self.set_owner(self.ctx.book.user_id)

    # -- what is selected ----------------------------------------------------------------
    def current(self) -> dict | None:
        return self.model.reminder_at(self.view.currentIndex())

    def current_id(self) -> str | None:
        row = self.current()
        return row["id"] if row else None

    def select(self, reminder_id: str) -> bool:
        index = self.model.find(reminder_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def titles(self, section: str) -> list[str]:
        """The titles a section shows, top to bottom."""
        return [reminder_title(row) for row in self.model.sections[section]]

    def section_of(self, reminder_id: str) -> str | None:
        index = self.model.find(reminder_id)
        return SECTIONS[index.parent().row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current()
        for widget in (self.done_button, self.snooze_button):
            widget.setEnabled(row is not None)
        self.open_button.setEnabled(bool(row and (row.get("customer_id") or row.get("deal_id")
                                                  or reminders.is_digest(row))))

    # -- doing ---------------------------------------------------------------------------
    def complete_current(self) -> None:
        row = self.current()
        if row is not None:
            self.ctx.run(self, _returns_id(reminders.complete_reminder), reminder_id=row["id"])

    def show_snooze_menu(self, where=None) -> QMenu | None:
        row = self.current()
        if row is None:
            return None
        menu = SnoozeMenu(self)
        menu.setObjectName("snooze_menu")
        for n, (choice, text) in enumerate(snooze_choices(), start=1):
            act = menu.addAction(f"{text}\t{n}")
            act.setData(choice)
            act.setObjectName(f"snooze_{choice}")
        menu.triggered.connect(lambda act: self.snooze(row["id"], act.data()))
        if where is None:
            rect = self.view.visualRect(self.view.currentIndex())
            where = self.view.viewport().mapToGlobal(rect.bottomLeft())
        self.snooze_menu = menu
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self.view.setFocus))
        menu.popup(where)
        return menu

    def snooze(self, reminder_id: str, choice: str, until: str | None = None) -> bool:
        if choice == "date" and until is None:
            row = reminders.reminder(self.ctx.book, reminder_id)
            start = max(local(row["due_at"]), clock.now()) if row else clock.now()
            dialog = SnoozeDateDialog(start + dt.timedelta(days=1), self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                until = dialog.until()
            finally:
                dialog.deleteLater()
        return self.ctx.run(self, _returns_id(reminders.snooze_reminder),
                            reminder_id=reminder_id, choice=choice, until=until) is not None

    def edit_current(self) -> None:
        row = self.current()
        if row is not None:
            edit_reminder(self.ctx, self, reminder_id=row["id"])

    def new_reminder(self, customer_id: str | None = None) -> str | None:
        new_id = edit_reminder(self.ctx, self, customer_id=customer_id)
        if new_id:
            self.select(new_id)
        return new_id

    def delete_current(self) -> None:
        row = self.current()
        if row is not None:
            self.ctx.run(self, _returns_id(reminders.delete_reminder), reminder_id=row["id"])

    def open_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if reminders.is_digest(row):
            self.open_digest(row)
        elif row.get("deal_id"):
            self.open_deal.emit(row["deal_id"])
        elif row.get("customer_id"):
            self.open_customer.emit(row["customer_id"])
        else:
            self.edit_current()

    def open_digest(self, row: dict):
        """What a digest stands for ("37 customers not contacted for 90 days", "12 stalled
        deals need a follow-up")."""
        from views.digest_dialog import DigestDialog

        dialog = DigestDialog(self.ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_customer.connect(self.open_customer)
        dialog.open_deal.connect(self.open_deal)
        dialog.show()
        self.digest_dialog = dialog
        return dialog

    def focus_search(self) -> None:
        """Ctrl+F on this page: the agenda has no search; the list takes the focus."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _returns_id(operation):
    """Operations that may return None on success (complete without a next one, delete):
    ctx.run tells success (True or what it returned) from an error it showed (None)."""

    def run(book, **kwargs):
        result = operation(book, **kwargs)
        return True if result is None else result

    return run
