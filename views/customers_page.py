"""The customers page: search, filters, the lazy table, and the detail panel beside it.

The same page in trash mode lists deleted customers with Restore and Empty trash.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.permissions import may
from models.customers import operations, queries
from models.team import pool
from views.context import AppContext
from views.customer_table import DEFAULT_HIDDEN, TRASH_HIDDEN, CustomerTableModel
from views.settings import app_settings
from views.widgets import available_rect, icon, plain_message, text_label

# The owner filter's entry for the public pool (customers of nobody); user ids are UUIDs.
POOL_FILTER = "<pool>"


class CustomersPage(QWidget):
    """Customers (or, with trash=True, the trash)."""

    customer_selected = Signal(str)
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, *, trash: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trash = trash
        self.setObjectName("trash_page" if trash else "customers_page")
        self.model = CustomerTableModel(ctx.book, self, load=False)
        self._restoring = False  # the saved layout is being put back (not saved again)
        self.model.filter.trash = trash
        if not trash:
            self.model.editor = self._edit_inline

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, contact, phone digits, pinyin (zsf), address, notes…")
        )
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search_changed)

        self.owner_box = QComboBox(self)
        self.grade_box = QComboBox(self)
        self.tag_box = QComboBox(self)
        self.city_box = QComboBox(self)
        for box in (self.owner_box, self.grade_box, self.tag_box, self.city_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._filters_changed)
        self._fill_filters()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.owner_box)
        top.addWidget(self.grade_box)
        top.addWidget(self.tag_box)
        top.addWidget(self.city_box)
        top.addWidget(self.count_label)
        if trash:
            self.restore_button = QPushButton(icon("restore"), self.tr("Restore"), self)
            self.restore_button.clicked.connect(self.restore_selected)
            self.empty_button = QPushButton(icon("delete"), self.tr("Empty trash…"), self)
            self.empty_button.clicked.connect(self.empty_trash)
            top.addWidget(self.restore_button)
            top.addWidget(self.empty_button)
        else:
            self.new_button = QPushButton(icon("add"), self.tr("New customer"), self)
            self.new_button.setObjectName("new_customer")
            self.new_button.setToolTip(self.tr("New customer (Ctrl+N)"))
            self.new_button.clicked.connect(self.new_customer)
            top.addWidget(self.new_button)
            # the public pool: claim from it (its list), give one's own back (the others)
            self.pool_info = QLabel(self)
            self.pool_info.setObjectName("pool_info")
            self.claim_button = QPushButton(icon("add"), self.tr("Claim"), self)
            self.claim_button.setObjectName("claim")
            self.claim_button.setToolTip(self.tr("Take the chosen customers from the public "
                                                 "pool: they become yours"))
            self.claim_button.clicked.connect(self.claim_selected)
            self.give_back_button = QPushButton(self.tr("Give back to the pool"), self)
            self.give_back_button.setObjectName("give_back")
            self.give_back_button.setToolTip(self.tr("Give the chosen customers back to the "
                                                     "public pool, where anyone may claim them"))
            self.give_back_button.clicked.connect(self.give_back_selected)
            top.insertWidget(top.indexOf(self.count_label) + 1, self.pool_info)
            top.addWidget(self.claim_button)
            top.addWidget(self.give_back_button)
            self.claim_button.setEnabled(False)  # until a customer is chosen
            self.give_back_button.setEnabled(False)

        self.table = QTableView(self)
        self.table.setObjectName("customers_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        header.sortIndicatorChanged.connect(lambda *_: self._layout_changed())
        header.sectionMoved.connect(lambda *_: self._layout_changed())
        header.sectionResized.connect(lambda *_: self._restoring or self._layout_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self._layout_timer = QTimer(self, singleShot=True, interval=400)
        self._layout_timer.timeout.connect(self._save_layout)

        self.detail = None
        self._typing = False
        self._pending_detail: str | None = None
        self._detail_timer = QTimer(self, singleShot=True, interval=150)
        self._detail_timer.timeout.connect(self._show_pending)
        # The list, or what to do when it is empty: "no matches" with a way back to the whole
        # list, or the empty trash.
        self.no_results = QWidget(self)
        self.no_results.setObjectName("no_results")
        self.no_results_label = text_label("", selectable=False)
        self.no_results_label.setObjectName("no_results_text")
        self.no_results_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(self.tr("Clear search and filters"), self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear_filters)
        empty_layout = QVBoxLayout(self.no_results)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.no_results_label)
        empty_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_results)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_stack)
        width = available_rect(parent).width()
        self._table_room = width - 150  # beside the page list
        if not trash:
            from views.customer_detail import CustomerDetail

            self.detail = CustomerDetail(ctx, self)
            self.detail.edit_requested.connect(self.edit_customer)
            splitter.addWidget(self.detail)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 0)
            splitter.setCollapsible(0, False)
            # the table gets the room: the panel a quarter of the screen, 300 to 460 pixels
            panel = max(300, min(460, width // 4))
            self._table_room = max(400, width - 150 - panel)
            splitter.setSizes([self._table_room, panel])
            splitter.splitterMoved.connect(lambda *_: self._layout_timer.start())
        self.splitter = splitter
        self.first_run = None
        self.body = QStackedWidget(self)
        self.body.addWidget(splitter)
        if not trash:
            from views.first_run import FirstRunPage

            self.first_run = FirstRunPage(ctx, self)
            self.first_run.add_requested.connect(self.new_customer)
            self.body.addWidget(self.first_run)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._top = top

        self._restore_layout()
        self.model.deferred = False
        self.model.reload()  # once, with the restored sort order
        self._add_actions()
        ctx.book_changed.connect(self._book_changed)
        ctx.user_changed.connect(self._user_changed)
        self._update_count()
        self._user_changed()

    # -- actions -------------------------------------------------------------------------
    def _add_actions(self) -> None:
        def action(text, keys, slot, name):
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.table.addAction(act)
            return act

        self.open_action = action(
            self.tr("Open"), [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.open_current, "open_customer",
        )
        if self.trash:
            self.delete_action = action(
                self.tr("Restore"), [QKeySequence(Qt.Key.Key_Delete)], self.restore_selected,
                "restore_customers",
            )
        else:
            self.delete_action = action(
                self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)],
                self.delete_selected, "delete_customers",
            )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [cid for r in rows if (cid := self.model.customer_id(r))]

    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.customer_id(idx.row()) if idx.isValid() else None

    def select_customer(self, customer_id: str) -> None:
        row = self.model.row_of(customer_id)
        if row < 0:
            return
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(idx)

    def new_customer(self) -> None:
        if self.trash:
            return
        from views.customer_form import CustomerDialog

        dialog = CustomerDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id:
            if self.model.row_of(dialog.saved_id) < 0 and self.search.text():
                self.search.clear()
            self.select_customer(dialog.saved_id)

    def edit_customer(self, customer_id: str | None = None) -> None:
        customer_id = customer_id or self.current_id()
        if not customer_id or self.trash:
            return
        from views.customer_form import CustomerDialog

        CustomerDialog(self.ctx, customer_id, self).exec()

    def open_current(self) -> None:
        if self.trash:
            self.restore_selected()
        else:
            self.edit_customer()

    def _double_clicked(self, index) -> None:
        if not (self.model.flags(index) & Qt.ItemFlag.ItemIsEditable):
            self.open_current()

    def _edit_inline(self, customer_id: str, key: str, text: str) -> bool:
        return self.ctx.run(
            self, operations.update_customer, customer_id=customer_id, data={key: text}
        ) is not None

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            name = queries.customer(self.ctx.book, ids[0])["name"]
            text = self.tr("Move {name} to the trash?").format(name=name)
        else:
            text = self.tr("Move {n} customers to the trash?").format(n=len(ids))
        answer = QMessageBox.question(  # the name is book text: shown as typed
            self, self.tr("Delete"),
            plain_message(text + "\n" + self.tr("You can restore them from the trash.")))
        if answer == QMessageBox.StandardButton.Yes:
            self._delete(ids)

    def _delete(self, ids: list[str]) -> None:
        """Move customers to the trash and stay in place: the row after the last one deleted
        (or before, at the end of the list) is selected next."""
        rows = sorted(r for cid in ids if (r := self.model.fetched_row_of(cid)) >= 0)
        gone = set(ids)
        following = None
        if rows:
            after = [self.model.customer_id(r) for r in range(rows[-1] + 1,
                                                               min(rows[-1] + 50, self.model.rowCount()))]
            before = [self.model.customer_id(r) for r in range(rows[0] - 1, max(rows[0] - 50, -1), -1)]
            following = next((c for c in [*after, *before] if c and c not in gone), None)
        if self.ctx.run(self, operations.delete_customers, customer_ids=ids) is None:
            return
        if following and self.model.row_of(following) >= 0:
            self.select_customer(following)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.run(self, operations.restore_customers, customer_ids=ids)

    def claim_selected(self) -> None:
        """The chosen pool customers become the user's (within the pool's limits)."""
        ids = self.selected_ids()
        if ids and self.model.filter.pool:
            self.ctx.run(self, pool.claim, customer_ids=ids)

    def give_back_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.model.filter.pool:
            return
        if len(ids) == 1:
            name = queries.customer(self.ctx.book, ids[0])["name"]
            text = self.tr("Give {name} back to the public pool?").format(name=name)
        else:
            text = self.tr("Give {n} customers back to the public pool?").format(n=len(ids))
        answer = QMessageBox.question(  # the name is book text: shown as typed
            self, self.tr("Give back to the pool"),
            plain_message(text + "\n" + self.tr("Any salesperson may claim them then.")))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, pool.give_back, customer_ids=ids)

    def _update_pool(self) -> None:
        """Claim in the pool's list, Give back in the others; the user's limits beside."""
        if self.trash:
            return
        in_pool = self.model.filter.pool
        self.claim_button.setVisible(in_pool)
        self.give_back_button.setVisible(not in_pool)
        text = ""
        if in_pool and self.ctx.book.user_id:
            lim = pool.limits_for(self.ctx.book)
            parts = []
            if lim["limited"] and lim["max_customers"]:
                parts.append(self.tr("you hold {held} of {most}").format(
                    held=lim["held"], most=lim["max_customers"]))
            if lim["limited"] and lim["claims_per_day"]:
                parts.append(self.tr("claimed today: {done} of {most}").format(
                    done=lim["claimed_today"], most=lim["claims_per_day"]))
            text = "  ·  ".join(parts)
        self.pool_info.setText(text)
        self.pool_info.setVisible(bool(text))

    def empty_trash(self) -> None:
        n = queries.count_customers(self.ctx.book, trash=True)
        if not n:
            return
        answer = QMessageBox.warning(
            self, self.tr("Empty trash"),
            self.tr("Delete the {n} customers in the trash for good, with their contacts and "
                    "history? This cannot be undone.").format(n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, operations.empty_trash)

    # -- columns -------------------------------------------------------------------------
    def choose_columns(self, pos=None) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for col, (key, label) in enumerate(self.model.columns):
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.setEnabled(key != "name")
            act.toggled.connect(lambda on, c=col: self._set_column_visible(c, on))
        menu.popup(header.mapToGlobal(pos) if pos is not None else self.mapToGlobal(self.rect().center()))
        self._columns_menu = menu

    def _set_column_visible(self, col: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not visible)
        self._save_layout()

    def _settings_key(self) -> str:
        return "trash" if self.trash else "customers"

    def _save_layout(self) -> None:
        s = app_settings()
        s.setValue(f"{self._settings_key()}/header", self.table.horizontalHeader().saveState())
        s.setValue(f"{self._settings_key()}/columns", [k for k, _ in self.model.columns])
        s.setValue(f"{self._settings_key()}/splitter", self.splitter.saveState())

    def _layout_changed(self) -> None:
        """The user sorted by another column or moved one: remembered on this PC. Not while
        the page restores the layout it remembered (writing the settings file again at each
        start for nothing)."""
        if not self._restoring:
            self._save_layout()

    def _restore_layout(self) -> None:
        self._restoring = True
        try:
            self._restore_saved_layout()
        finally:
            self._restoring = False

    def _restore_saved_layout(self) -> None:
        s = app_settings()
        header = self.table.horizontalHeader()
        state = s.value(f"{self._settings_key()}/header")
        saved_cols = s.value(f"{self._settings_key()}/columns")
        keys = [k for k, _ in self.model.columns]
        if isinstance(state, QByteArray) and saved_cols == keys:
            header.restoreState(state)
            flt = self.model.filter
            col = header.sortIndicatorSection()
            if 0 <= col < len(keys):
                flt.sort = keys[col]
                flt.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        else:
            hidden = TRASH_HIDDEN if self.trash else DEFAULT_HIDDEN
            for col, key in enumerate(keys):
                header.setSectionHidden(col, key in hidden)
            widths = self._default_widths([k for k in keys if k not in hidden])
            for col, key in enumerate(keys):
                header.resizeSection(col, widths.get(key, 110))
            if self.trash:
                header.setSortIndicator(keys.index("deleted_at"), Qt.SortOrder.DescendingOrder)
            else:
                header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        splitter = s.value(f"{self._settings_key()}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    # the first columns' widths; the name takes what the others leave of the table's room
    COLUMN_WIDTHS = {"contact": 64, "mobile": 108, "city": 52, "industry": 72, "grade": 44,
                     "health": 52, "owner": 64, "tags": 96, "next_follow_up": 92,
                     "updated_at": 110, "deleted_at": 130}
    NAME_WIDTHS = (160, 300)  # the name's least and most

    def _default_widths(self, shown: list[str]) -> dict[str, int]:
        """Widths at first start: every column up to the next follow-up in sight beside the
        customer panel (1366 pixels wide: the name 191 pixels, the rest as COLUMN_WIDTHS), the
        name as wide as that leaves, within NAME_WIDTHS."""
        widths = dict(self.COLUMN_WIDTHS)
        room = self._table_room - 40  # the margins, the frame and the vertical scroll bar
        first = shown[:shown.index("next_follow_up") + 1] if "next_follow_up" in shown else shown
        taken = sum(widths.get(k, 110) for k in first if k != "name")
        least, most = self.NAME_WIDTHS
        widths["name"] = max(least, min(most, room - taken))
        return widths

    # -- filters -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        book = self.ctx.book
        boxes = (self.owner_box, self.grade_box, self.tag_box, self.city_box)
        kept = [b.currentData() for b in boxes]
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        self.owner_box.addItem(self.tr("All owners"), None)
        if not self.trash:
            self.owner_box.addItem(self.tr("Public pool"), POOL_FILTER)
        for user in queries.users(book, active_only=False):
            self.owner_box.addItem(user["name"], user["id"])
        self.grade_box.addItem(self.tr("All grades"), None)
        for grade in ("A", "B", "C"):
            self.grade_box.addItem(self.tr("Grade {g}").format(g=grade), grade)
        self.grade_box.addItem(self.tr("No grade"), "")
        self.tag_box.addItem(self.tr("All tags"), None)
        for tag in queries.all_tags(book)[:200]:
            self.tag_box.addItem(tag, tag)
        self.city_box.addItem(self.tr("All cities"), None)
        for city in queries.distinct_values(book, "city"):
            self.city_box.addItem(city, city)
        for box, value in zip(boxes, kept, strict=True):
            i = box.findData(value)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        flt = self.model.filter
        owner = self.owner_box.currentData()
        flt.pool = owner == POOL_FILTER
        flt.owner_id = None if flt.pool else owner
        self._update_pool()
        flt.grade = self.grade_box.currentData()
        flt.tag = self.tag_box.currentData()
        flt.city = self.city_box.currentData()
        self._apply()

    def _search_changed(self, text: str) -> None:
        self.model.filter.text = text
        self._apply()

    def _apply(self) -> None:
        """The list after a keystroke in the search box or a filter change. The detail panel
        follows a moment later, once typing pauses, so that each keystroke stays quick."""
        current = self.current_id()
        self._typing = True
        try:
            self.model.reload()
            self._update_count()
            row = self.model.fetched_row_of(current) if current else -1
            if row >= 0:  # keep the customer selected if the first rows hold it
                self.select_customer(current)
            elif self.model.rowCount() and not self.trash:
                self.table.scrollToTop()  # new results start at the top, not where the last were
                self.table.selectRow(0)
            else:
                self._show(None)
        finally:
            self._typing = False

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.trash:
            text = self.tr("{n} in the trash").format(n=f"{n:,}")
        else:
            text = self.tr("{n} customers").format(n=f"{n:,}")
        self.count_label.setText(text)
        self.count_changed.emit(n)
        self._update_empty(n)

    def filtered(self) -> bool:
        """Whether a search or a filter narrows the list."""
        flt = self.model.filter
        return bool(flt.text.strip() or flt.owner_id or flt.pool or flt.grade is not None
                    or flt.tag or flt.city)

    def _update_empty(self, n: int) -> None:
        """The table, or what an empty list means: a new book's first-run page, no matches
        (with a way back to the whole list), an empty trash."""
        filtered = self.filtered()
        first_run = (self.first_run is not None and not n and not filtered
                     and not queries.has_customers(self.ctx.book))
        if first_run:
            self.first_run.refresh()
        self.body.setCurrentIndex(1 if first_run else 0)
        for i in range(self._top.count()):
            widget = self._top.itemAt(i).widget()
            if widget is not None:  # the first-run page has its own ways in
                widget.setVisible(not first_run)
        if not first_run:
            self._update_pool()
        if n:
            self.list_stack.setCurrentWidget(self.table)
            return
        if filtered:
            text = self.search.text().strip()
            self.no_results_label.setText(
                self.tr("No customer matches “{text}” with these filters.").format(text=text)
                if text and self._any_filter_box() else
                self.tr("No customer matches “{text}”.").format(text=text) if text else
                self.tr("No customer matches these filters."))
        elif self.trash:
            self.no_results_label.setText(self.tr("The trash is empty."))
        else:
            self.no_results_label.setText(self.tr("No customers yet."))
        self.clear_button.setVisible(filtered)
        self.list_stack.setCurrentWidget(self.no_results)

    def _any_filter_box(self) -> bool:
        return any(box.currentIndex() > 0 for box in
                   (self.owner_box, self.grade_box, self.tag_box, self.city_box))

    def clear_filters(self) -> None:
        """Back to the whole list: the search box emptied, every filter on "All"."""
        boxes = (self.owner_box, self.grade_box, self.tag_box, self.city_box)
        for box in (self.search, *boxes):
            box.blockSignals(True)
        self.search.clear()
        for box in boxes:
            box.setCurrentIndex(0)
        for box in (self.search, *boxes):
            box.blockSignals(False)
        flt = self.model.filter
        flt.text, flt.owner_id, flt.grade, flt.tag, flt.city = "", None, None, None, None
        flt.pool = False
        self._update_pool()
        self._apply()
        self.search.setFocus()

    # -- reacting ------------------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        cid = self.model.customer_id(current.row()) if current.isValid() else None
        if not self.trash:  # the pool's buttons act on the chosen customers: none, nothing to do
            self.claim_button.setEnabled(cid is not None)
            self.give_back_button.setEnabled(cid is not None)
        self._show(cid)

    def _show(self, cid: str | None) -> None:
        if self._typing:
            self._pending_detail = cid
            self._detail_timer.start()
            return
        self._detail_timer.stop()
        if self.detail is not None:
            self.detail.show_customer(cid)
        if cid:
            self.customer_selected.emit(cid)

    def _show_pending(self) -> None:
        self._show(self._pending_detail)

    def cancel_pending(self) -> None:
        """Forget the customer waiting to be shown (the window closes; the book with it)."""
        self._detail_timer.stop()

    def flush_detail(self) -> None:
        """Show the pending customer now (tests, and before acting on the detail panel)."""
        if self._detail_timer.isActive():
            self._show_pending()

    # Operations after which the owner, tag and city lists may be different.
    FILTER_OPS = {
        "add_customer", "update_customer", "delete_customers", "restore_customers",
        "empty_trash", "undo", "redo", "add_user", "update_user", "import", "undo_import",
    }

    def _book_changed(self, changes) -> None:
        if {"interactions", "reminders"} & set(changes.tables):
            self.model.refresh_health()
        if {"customers", "users", "custom_fields"} & set(changes.tables):
            if changes.op_name in self.FILTER_OPS:
                self._fill_filters()
            current = self.current_id()
            self.model.refresh(changes)
            self._update_count()
            self._update_pool()
            back = self._brought_back(changes)
            if back:  # an undone delete (or a redone restore): on the customer it brought back
                self.select_customer(back)
                return
            if current and not self.table.currentIndex().isValid():
                # a list of which only the first page was fetched is loaded anew: stay on
                # the customer the user was on
                if self.model.row_of(current) >= 0:
                    self.select_customer(current)
            if self.detail is not None and not self.table.currentIndex().isValid():
                self.detail.show_customer(None)

    def _brought_back(self, changes) -> str | None:
        """After an undo or redo that brought customers back into this list: the first of
        them in the list's order."""
        if changes.op_name not in ("undo", "redo"):
            return None
        ids = list(changes.ids("customers"))
        if not ids or len(ids) > 200:
            return None
        rows = []
        for cid in ids:
            row = queries.customer(self.ctx.book, cid)
            if row is None or (row["deleted_at"] is None) == self.trash:
                continue
            if (at := self.model.row_of(cid)) >= 0:
                rows.append((at, cid))
        current = self.current_id()
        if not rows or any(cid == current for _at, cid in rows):
            return None
        return min(rows)[1]

    def _user_changed(self) -> None:
        if self.trash:
            allowed = may(self.ctx.book, "trash.empty")
            self.empty_button.setEnabled(allowed)
            self.empty_button.setToolTip(
                "" if allowed else self.tr("Only an owner or a manager may empty the trash.")
            )
        else:
            self._update_pool()
