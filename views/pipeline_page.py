"""The pipeline page: filters, the forecast strip, the board (or the list) and stalled deals.

The page reads through models.deals and writes only through ctx.run with its operations; the
board (views.pipeline_board) shows and reports what the user asked for. Dialogs come from
views.deal_dialog, imported where they are used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import deals
from models.core import changelog
from models.core.errors import UserError
from models.core.money import Totals
from models.customers import queries
from views.context import AppContext, show_error
from views.pipeline_board import Board
from views.pipeline_forecast import ForecastStrip
from views.pipeline_list import DealSortProxy, DealTableModel
from views.widgets import EmptyState, icon, plain_message

WATCHED_TABLES = {"deals", "stages", "customers", "interactions", "reminders"}  # next_reminder
ID_ROLE = Qt.ItemDataRole.UserRole


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PipelinePage(QWidget):
    """Deals by stage. Public: refresh(), focus_search(); widgets findable by objectName."""

    deal_opened = Signal(str)
    # what just happened, for the status bar: the text, and the step's id to undo ("" none)
    notice = Signal(str, str)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pipeline_page")
        self._dirty = False  # the list is older than the book (it reads when shown)
        self._stale = False  # the whole page is older than the book (it reads when shown)
        self._filling = False  # the stalled list is being filled, not clicked
        self._stages: list[dict] = []

        # -- toolbar ---------------------------------------------------------------------
        self.owner_box = QComboBox(self)
        self.owner_box.setObjectName("deal_owner")
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_owners()
        self.owner_box.currentIndexChanged.connect(self.refresh)

        self.search = QLineEdit(self)
        self.search.setObjectName("deal_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search deal, customer, next step…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.refresh)

        self.only_stalled = QCheckBox(self.tr("Only stalled"), self)
        self.only_stalled.setObjectName("only_stalled")
        self.only_stalled.toggled.connect(self.refresh)

        self.stalled_button = QToolButton(self)
        self.stalled_button.setObjectName("stalled_button")
        self.stalled_button.setCheckable(True)
        self.stalled_button.setIcon(icon("board_stalled"))
        self.stalled_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.stalled_button.setToolTip(self.tr("Deals without a stage change or a logged interaction for longer than their stage allows"))  # noqa: E501 - one literal for lupdate
        self.stalled_button.toggled.connect(lambda on: self.stalled_panel.setVisible(on))

        self.board_button = QToolButton(self)
        self.board_button.setObjectName("board_mode")
        self.board_button.setText(self.tr("Board"))
        self.board_button.setIcon(icon("pipeline"))
        self.list_button = QToolButton(self)
        self.list_button.setObjectName("list_mode")
        self.list_button.setText(self.tr("List"))
        self.list_button.setIcon(icon("board_list"))
        self.mode_group = QButtonGroup(self)
        for n, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.mode_group.addButton(button, n)
        self.board_button.setChecked(True)
        self.mode_group.idToggled.connect(self._mode_toggled)

        self.status_box = QComboBox(self)
        self.status_box.setObjectName("deal_status")
        for text, value in ((self.tr("Open deals"), "open"), (self.tr("Won deals"), "won"),
                            (self.tr("Lost deals"), "lost"), (self.tr("All deals"), None)):
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(self._refresh_list)
        self.status_box.hide()

        self.new_button = QPushButton(icon("add"), self.tr("New deal"), self)
        self.new_button.setObjectName("new_deal")
        self.new_button.clicked.connect(self.new_deal)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.owner_box)
        top.addWidget(self.only_stalled)
        top.addWidget(self.stalled_button)
        top.addStretch(1)
        top.addWidget(self.status_box)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        top.addWidget(self.new_button)

        # -- stalled deals ---------------------------------------------------------------
        self.stalled_panel = QFrame(self)
        self.stalled_panel.setObjectName("stalled_panel")
        self.stalled_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.stalled_list = QTreeWidget(self.stalled_panel)
        self.stalled_list.setObjectName("stalled_list")
        self.stalled_list.setRootIsDecorated(False)
        self.stalled_list.setUniformRowHeights(True)
        self.stalled_list.setHeaderLabels([self.tr("Customer"), self.tr("Deal"), self.tr("Stage"),
                                           self.tr("Stalled"), self.tr("Owner"),
                                           self.tr("Why stalled")])
        self.stalled_list.currentItemChanged.connect(self._stalled_chosen)
        self.stalled_list.itemDoubleClicked.connect(
            lambda item, _col: self.open_deal(item.data(0, ID_ROLE)))
        header = self.stalled_list.header()
        header.setStretchLastSection(True)
        for col, width in enumerate((180, 200, 110, 80, 80)):
            header.resizeSection(col, width)
        self.snooze_button = QPushButton(self.tr("Snooze…"), self.stalled_panel)
        self.snooze_button.setObjectName("snooze_stall")
        self.snooze_button.clicked.connect(lambda: self.snooze(self._stalled_current()))
        self.reason_button = QPushButton(self.tr("Why stalled…"), self.stalled_panel)
        self.reason_button.setObjectName("stall_reason")
        self.reason_button.clicked.connect(lambda: self.stall_reason(self._stalled_current()))
        self.open_stalled_button = QPushButton(self.tr("Open"), self.stalled_panel)
        self.open_stalled_button.clicked.connect(lambda: self.open_deal(self._stalled_current()))
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_stalled_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.reason_button)
        buttons.addStretch(1)
        panel = QHBoxLayout(self.stalled_panel)
        panel.setContentsMargins(6, 6, 6, 6)
        panel.addWidget(self.stalled_list, 1)
        panel.addLayout(buttons)
        self.stalled_panel.setMaximumHeight(10 * self.fontMetrics().height() + 40)
        self.stalled_panel.hide()

        # -- forecast, board, list -------------------------------------------------------
        self.forecast = ForecastStrip(self)
        self.board = Board(self)
        self.board.card_activated.connect(self.open_deal)
        self.board.card_dropped.connect(self._dropped)
        self.board.card_closed.connect(self._closed)
        self.board.card_menu.connect(self.show_card_menu)
        self.board.card_key_move.connect(self.move_to_neighbour)
        self.board.card_key_reorder.connect(self.reorder)

        self.list_model = DealTableModel(self)
        self.list_proxy = DealSortProxy(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.table = QTableView(self)
        self.table.setObjectName("deals_table")
        self.table.setModel(self.list_proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate((220, 200, 110, 100, 70, 100, 100, 80, 90)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.doubleClicked.connect(
            lambda idx: self.open_deal(self.list_proxy.deal_id(idx.row())))
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(
            lambda: self.open_deal(self.list_proxy.deal_id(self.table.currentIndex().row())))
        self.table.addAction(open_action)

        # no open deal to show: say so and lead on (the first deal, or back to every deal)
        self.empty = EmptyState("board_empty", self)
        self.empty_new = self.empty.add_button(self.tr("New deal"), self.new_deal,
                                               "empty_new_deal", "add")
        self.empty_clear = self.empty.add_button(self.tr("Clear search and filters"),
                                                 self.clear_filters, "empty_clear_filters")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stalled_panel)
        layout.addWidget(self.forecast)
        layout.addWidget(self.stack, 1)

        ctx.book_changed.connect(self._book_changed)
        ctx.user_changed.connect(self._fill_owners)
        # The deals are read when the page is first shown (the main window builds the page at
        # start-up, when the customers are what the user looks at); the columns are there now.
        self._stages = deals.stages(ctx.book)
        self.board.set_columns([{"stage": s, "deals": [], "count": 0, "total": Totals(),
                                 "weighted": Totals()} for s in self._stages],
                               lambda s: deals.stage_label(s, _translate))
        self._stale = True

    # -- reading ---------------------------------------------------------------------------
    def _filters(self) -> dict:
        return {"owner_id": self.owner_box.currentData(), "search": self.search.text().strip(),
                "only_stalled": self.only_stalled.isChecked()}

    def filtered(self) -> bool:
        f = self._filters()
        return bool(f["owner_id"] or f["search"] or f["only_stalled"])

    def refresh(self, *_args) -> None:
        """Read the board (or list), the forecast and the stalled deals again."""
        self._stale = False
        book = self.ctx.book
        f = self._filters()
        data = deals.board(book, **f)
        self._stages = [c["stage"] for c in data]
        self.board.set_columns(data, lambda s: deals.stage_label(s, _translate))
        self.forecast.set_months(deals.forecast(book, months=6, owner_id=f["owner_id"]),
                                 main=deals.main_currency(book))
        if f["search"] or f["only_stalled"]:
            stalled = deals.stalled_deals(book, owner_id=f["owner_id"])
        else:  # the board holds every open deal of the owner: no second query
            stalled = [card for column in data for card in column["deals"] if card["stalled"]]
        self._fill_stalled(stalled)
        self._show_board_or_empty(sum(c["count"] for c in data))
        if self.stack.currentWidget() is self.table:
            self._refresh_list()
        else:
            self._dirty = True  # the list reads again when it is shown

    def _show_board_or_empty(self, count: int) -> None:
        """The board, or (no open deal shown) what that means and a way on."""
        if self.list_button.isChecked():
            return
        if count:
            self.stack.setCurrentWidget(self.board)
            return
        if self.filtered():
            self.empty.set_text(self.tr("No open deal matches the search and filters."))
        else:
            self.empty.set_text(
                self.tr("No open deals"),
                self.tr("A deal is a sale you are working on: an enquiry, a quote, an order to "
                        "win. Add one here or from a customer's panel; Won and Lost deals are "
                        "in the list."))
        self.empty_clear.setVisible(self.filtered())
        self.empty_new.setVisible(not self.filtered())
        self.stack.setCurrentWidget(self.empty)

    def clear_filters(self) -> None:
        for widget in (self.search, self.owner_box, self.only_stalled):
            widget.blockSignals(True)
        self.search.clear()
        self.owner_box.setCurrentIndex(0)
        self.only_stalled.setChecked(False)
        for widget in (self.search, self.owner_box, self.only_stalled):
            widget.blockSignals(False)
        self.refresh()

    def _refresh_list(self, *_args) -> None:
        current = self.list_proxy.deal_id(self.table.currentIndex().row())
        bar = self.table.verticalScrollBar().value()
        rows = deals.list_deals(self.ctx.book, status=self.status_box.currentData(),
                                **self._filters())
        self.list_model.set_rows(rows, deals.stages(self.ctx.book))
        self._dirty = False
        if current:
            for row in range(self.list_proxy.rowCount()):
                if self.list_proxy.deal_id(row) == current:
                    self.table.selectRow(row)
                    break
        self.table.verticalScrollBar().setValue(bar)

    def _fill_owners(self) -> None:
        kept = self.owner_box.currentData()
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("Everyone"), None)
        for user in queries.users(self.ctx.book, active_only=False):
            self.owner_box.addItem(user["name"], user["id"])
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(kept)))
        self.owner_box.blockSignals(False)

    def _fill_stalled(self, stalled: list[dict]) -> None:
        names = {s["id"]: deals.stage_label(s, _translate) for s in self._stages}
        current = self._stalled_current()
        self.stalled_button.setText(self.tr("Stalled ({n})").format(n=len(stalled)))
        self._filling = True
        self.stalled_list.clear()
        items = []
        for card in sorted(stalled, key=lambda c: -c["stalled_days"]):
            item = QTreeWidgetItem([
                card["customer_name"] or "", card["title"] or "", names.get(card["stage_id"], ""),
                self.tr("{n} d").format(n=card["stalled_days"]), card["owner_name"] or "",
                card["stall_reason"] or "",
            ])
            item.setData(0, ID_ROLE, card["id"])
            items.append(item)
        self.stalled_list.addTopLevelItems(items)
        for item in items:
            if item.data(0, ID_ROLE) == current:
                self.stalled_list.setCurrentItem(item)
                break
        else:
            if items:
                self.stalled_list.setCurrentItem(items[0])
        self._filling = False
        has = bool(items)
        for button in (self.snooze_button, self.reason_button, self.open_stalled_button):
            button.setEnabled(has)

    def _stalled_chosen(self, item, _previous) -> None:
        """The user picked a stalled deal: show its card on the board."""
        if item is not None and not self._filling:
            self.board.select_deal(item.data(0, ID_ROLE), focus=False)

    def _stalled_current(self) -> str | None:
        item = self.stalled_list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _book_changed(self, changes) -> None:
        if "users" in changes.tables:
            self._fill_owners()
        if not WATCHED_TABLES & set(changes.tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _mode_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        list_mode = button_id == 1
        self.status_box.setVisible(list_mode)
        if list_mode:
            self.stack.setCurrentWidget(self.table)
            if self._dirty or not self.list_model.rows:
                self._refresh_list()
        else:
            self._show_board_or_empty(sum(c.model.rowCount() for c in self.board.columns))

    def show_list(self, on: bool = True) -> None:
        (self.list_button if on else self.board_button).setChecked(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> str | None:
        if self.stack.currentWidget() is self.table:
            return self.list_proxy.deal_id(self.table.currentIndex().row())
        return self.board.selected_id()

    # -- writing ---------------------------------------------------------------------------
    def new_deal(self) -> None:
        from views import deal_dialog

        deal_id = deal_dialog.edit_deal(self.ctx, self)
        if deal_id:
            self.show_deal(deal_id)

    def show_deal(self, deal_id: str) -> bool:
        """Select the deal where it is shown (the board's column scrolled to it, or its row in
        the list); when the search or filters hide it, say so."""
        if self._stale:
            self.refresh()
        if self.stack.currentWidget() is self.table:
            if self._dirty:
                self._refresh_list()
            for row in range(self.list_proxy.rowCount()):
                if self.list_proxy.deal_id(row) == deal_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.list_proxy.index(row, 0))
                    return True
        elif self.board.select_deal(deal_id):
            return True
        card = deals.deal(self.ctx.book, deal_id)
        if card is not None:
            self.notice.emit(self.tr("{deal} is saved; the search and filters hide it.").format(
                deal=card["title"]), "")
        return False

    def open_deal(self, deal_id: str | None) -> None:
        if not deal_id:
            return
        from views import deal_dialog

        self.deal_opened.emit(deal_id)
        deal_dialog.edit_deal(self.ctx, self, deal_id=deal_id)

    def _full_index(self, deal_id: str, stage_id: str, index: int) -> int | None:
        """The index among all the other open deals of the stage for `index` among the cards
        shown (a filtered board shows only some of them): before the same neighbour."""
        column = self.board.column_of(stage_id)
        shown = [i for i in (column.model.ids() if column else []) if i != deal_id]
        if not self.filtered():
            return index
        everyone = next((c for c in deals.board(self.ctx.book) if c["stage"]["id"] == stage_id),
                        None)
        others = [c["id"] for c in (everyone["deals"] if everyone else []) if c["id"] != deal_id]
        if index < len(shown):
            return others.index(shown[index]) if shown[index] in others else index
        if shown and shown[-1] in others:
            return others.index(shown[-1]) + 1
        return None

    def move_deal(self, deal_id: str, stage_id: str, index: int | None = None) -> bool:
        """Move the deal; if the stage's requirements are not met, ask for them (cancel: the
        deal stays where it was). True when it moved."""
        book = self.ctx.book
        values = checked = None
        while True:
            try:
                deals.move_deal(book, deal_id=deal_id, stage_id=stage_id, index=index,
                                values=values, checked=checked)
            except deals.RequirementsMissing as exc:
                from views import deal_dialog

                answer = deal_dialog.complete_requirements(self.ctx, self, deal_id, stage_id,
                                                           exc.missing)
                if answer is None:
                    return False
                values, checked = answer
                continue
            except UserError as exc:
                show_error(self, exc)
                return False
            break
        self.board.select_deal(deal_id)
        return True

    def _dropped(self, deal_id: str, stage_id: str, index: int) -> None:
        self.move_deal(deal_id, stage_id, self._full_index(deal_id, stage_id, index))

    def _closed(self, deal_id: str, kind: str) -> None:
        if kind == "won":
            self.win(deal_id)
        else:
            self.lose(deal_id)

    def win(self, deal_id: str) -> bool:
        return self._close(deal_id, self.tr("Won: {deal}"), deals.win_deal)

    def lose(self, deal_id: str) -> bool:
        from views import deal_dialog

        answer = deal_dialog.ask_lost_reason(self.ctx, self)
        if answer is None:
            return False
        reason, note = answer
        return self._close(deal_id, self.tr("Lost: {deal}"), deals.lose_deal, reason=reason,
                           note=note)

    def _close(self, deal_id: str, text: str, operation, **kwargs) -> bool:
        """Won or lost: the card leaves the board, the card after it (or before) is selected
        in its place, and the status bar says what happened, with Undo."""
        card = deals.deal(self.ctx.book, deal_id)
        place = None
        for column in self.board.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                place = (column, row, column.list.hasFocus())
        if card is None or self.ctx.run(self, operation, deal_id=deal_id, **kwargs) is None:
            return False
        if self._stale:
            self.refresh()
        if place is not None:
            column, row, focus = place
            count = column.model.rowCount()
            if count and column in self.board.columns:
                near = column.model.ids()[min(row, count - 1)]
                self.board.select_deal(near, focus=focus)
        step = changelog.undo_stack(self.ctx.book, 1)
        self.notice.emit(text.format(deal=card["title"]), step[0]["id"] if step else "")
        return True

    def move_to_neighbour(self, deal_id: str, step: int) -> None:
        """Ctrl+Left / Ctrl+Right: to the previous or next stage, on top of its column."""
        ids = [c.stage_id for c in self.board.columns]
        card = next((c for col in self.board.columns for c in col.model.cards
                     if c["id"] == deal_id), None)
        if card is None or card["stage_id"] not in ids:
            return
        i = ids.index(card["stage_id"]) + step
        if 0 <= i < len(ids):
            self.move_deal(deal_id, ids[i], 0)

    def reorder(self, deal_id: str, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: one place up or down in its column."""
        for column in self.board.columns:
            row = column.model.row_of(deal_id)
            if row < 0:
                continue
            target = row + step
            if 0 <= target < column.model.rowCount():
                self.move_deal(deal_id, column.stage_id,
                               self._full_index(deal_id, column.stage_id, target))
            return

    def snooze(self, deal_id: str | None) -> None:
        if not deal_id:
            return
        from views import deal_dialog

        days = deal_dialog.ask_snooze_days(self)
        if days:
            self.ctx.run(self, deals.snooze_stall, deal_id=deal_id, days=days)

    def stall_reason(self, deal_id: str | None) -> None:
        if not deal_id:
            return
        from views import deal_dialog

        card = deals.deal(self.ctx.book, deal_id)
        reason = deal_dialog.ask_stall_reason(self, (card or {}).get("stall_reason") or "")
        if reason is not None:
            self.ctx.run(self, deals.set_stall_reason, deal_id=deal_id, reason=reason)

    def delete(self, deal_id: str) -> None:
        card = deals.deal(self.ctx.book, deal_id)
        if card is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete deal"),
            plain_message(self.tr("Delete the deal {title}? You can undo it with Ctrl+Z.").format(
                title=card["title"])))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, deals.delete_deal, deal_id=deal_id)

    # -- the card's menu -------------------------------------------------------------------
    def card_menu(self, deal_id: str) -> QMenu:
        """Open, Move to ▸, Won, Lost…, Snooze stall…, Why stalled…, Delete."""
        menu = QMenu(self)
        menu.setObjectName("card_menu")

        def add(text: str, slot, name: str) -> QAction:
            act = menu.addAction(text)
            act.setObjectName(name)
            act.triggered.connect(slot)
            return act

        add(self.tr("Open"), lambda: self.open_deal(deal_id), "open")
        move = menu.addMenu(self.tr("Move to"))
        move.setObjectName("move_to")
        card = next((c for col in self.board.columns for c in col.model.cards
                     if c["id"] == deal_id), None)
        for stage in self._stages:
            act = move.addAction(deals.stage_label(stage, _translate))
            act.setObjectName("move_" + stage["id"])
            act.setEnabled(card is None or card["stage_id"] != stage["id"])
            act.triggered.connect(lambda _=False, s=stage["id"]: self.move_deal(deal_id, s))
        menu.addSeparator()
        add(self.tr("Won"), lambda: self.win(deal_id), "won")
        add(self.tr("Lost…"), lambda: self.lose(deal_id), "lost")
        menu.addSeparator()
        add(self.tr("Snooze stall…"), lambda: self.snooze(deal_id), "snooze")
        add(self.tr("Why stalled…"), lambda: self.stall_reason(deal_id), "why_stalled")
        menu.addSeparator()
        add(self.tr("Delete"), lambda: self.delete(deal_id), "delete")
        return menu

    def show_card_menu(self, deal_id: str, global_pos: QPoint) -> None:
        menu = self.card_menu(deal_id)
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, menu.deleteLater))
        menu.popup(global_pos)
        self._menu = menu

    # -- for tests and the main window -------------------------------------------------------
    def header_texts(self, stage_id: str) -> tuple[str, str]:
        column = self.board.column_of(stage_id)
        return column.header.texts() if column else ("", "")

