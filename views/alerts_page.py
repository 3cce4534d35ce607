"""Alerts: what was written with a risk word (models.alerts), for an owner to review.

A table of alerts, newest first (who wrote it, when, the customer, the word, the sentence with
the word highlighted), filters (to review / reviewed / all, word, author, search) and, for the
chosen alert, the whole sentence, where it was written and its review. "Mark reviewed…" asks
for a note; double-click (or Enter) opens the customer.

Book text is shown as typed: the sentence is painted from a QTextDocument filled with
setPlainText and the highlight applied as character formats, never as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import alerts
from models.core.clock import local_time
from models.core.permissions import may
from views.context import AppContext
from views.pipeline_board import plain_tooltip
from views.widgets import EmptyState, fit_width

IdRole = Qt.ItemDataRole.UserRole + 1
WordRole = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT = QColor("#fde68a")  # amber 200: the word in its sentence
HIGHLIGHT_TEXT = QColor("#92400e")
OPEN_COLOR = QColor("#b91c1c")
HINT_STYLE = "color: palette(placeholder-text);"

COLUMNS = ("written_at", "author_name", "customer_name", "word", "context", "status")


def column_titles() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "written_at": tr("AlertsPage", "Written"),
        "author_name": tr("AlertsPage", "Written by"),
        "customer_name": tr("AlertsPage", "Customer"),
        "word": tr("AlertsPage", "Word"),
        "context": tr("AlertsPage", "What was written"),
        "status": tr("AlertsPage", "Review"),
    }


def word_text(word: str) -> str:
    """A risk word as written; an alert Kehu raised by itself (models.alerts.SYSTEM_WORDS, and
    the unhappy customer's after a service ticket's satisfaction call of 1 or 2) by what it
    is, in the user's language."""
    from models import tickets

    if word == tickets.ALERT_WORD:
        return tickets.label({word: tickets.ALERT_LABEL}, word, QCoreApplication.translate)
    source = alerts.SYSTEM_WORDS.get(word)
    return QCoreApplication.translate("alerts", source) if source else word


def context_text(row: dict) -> str:
    """The alert's sentence: what was written, or what Kehu saw (a refused sync, a large
    export), in the user's language."""
    found = alerts.system_text(row)
    if found is None:
        return row["context"] or ""
    tr = QCoreApplication.translate
    text, params = found
    for key in ("why", "how"):
        if key in params:
            params[key] = tr("alerts", params[key])
    return tr("alerts", text).format(**params)


def place_name(row: dict) -> str:
    """Where the alerted text was written."""
    tr = QCoreApplication.translate
    if row["tbl"] == "sync":
        return tr("AlertsPage", "Sync with the team's other PCs")
    return {
        ("exports", "rows"): tr("AlertsPage", "Export of customers"),
        ("interactions", "text"): tr("AlertsPage", "Timeline entry"),
        ("customers", "notes"): tr("AlertsPage", "Customer notes"),
        ("deals", "notes"): tr("AlertsPage", "Deal notes"),
        ("deals", "next_step"): tr("AlertsPage", "Deal next step"),
        ("customers", "clash"): tr("AlertsPage", "Another salesperson's customer, added again"),
        ("tickets", "satisfaction"): tr("AlertsPage", "Satisfaction call after a ticket"),
    }.get((row["tbl"], row["field"]), row["tbl"])


def status_text(row: dict) -> str:
    if not row["reviewed_at"]:
        return QCoreApplication.translate("AlertsPage", "To review")
    return QCoreApplication.translate("AlertsPage", "Reviewed")


def fill_highlighted(document: QTextDocument, text: str, word: str, base: QFont,
                     color: QColor | None = None) -> None:
    """The text as typed (in color when given), with each place the word is written in bold
    on amber."""
    document.setDefaultFont(base)
    document.setPlainText(text)
    if color is not None:
        plain = QTextCharFormat()
        plain.setForeground(color)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(plain)
    fmt = QTextCharFormat()
    fmt.setBackground(HIGHLIGHT)
    fmt.setForeground(HIGHLIGHT_TEXT)
    fmt.setFontWeight(QFont.Weight.Bold)
    for start, end in alerts.highlight_spans(text, word):
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class AlertTableModel(QAbstractTableModel):
    """Alert dicts (models.alerts.alerts_list) as rows; a few thousand at most fit in memory."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.titles = column_titles()

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.titles = column_titles()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self.titles[COLUMNS[section]]
        return None

    def alert_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_of(self, alert_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == alert_id), -1)

    def text(self, row: dict, key: str) -> str:
        if key == "written_at":
            return local_time(row["written_at"])
        if key == "status":
            return status_text(row)
        if key == "context":
            return " ".join(context_text(row).split())
        if key == "word":
            return word_text(row["word"])
        if key == "customer_name" and not row["customer_name"]:
            return "—"
        if key == "author_name" and not row["author_name"]:
            return "—"
        return str(row.get(key) or "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "context":
                return plain_tooltip(context_text(row))
            if key == "status" and row["reviewed_at"]:
                return plain_tooltip(review_text(row))
            return plain_tooltip(self.text(row, key))
        if role == IdRole:
            return row["id"]
        if role == WordRole:
            return row["word"]
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and not row["reviewed_at"]:
            return OPEN_COLOR
        if role == Qt.ItemDataRole.FontRole and key == "word":
            font = QFont()
            font.setBold(True)
            return font
        return None


def review_text(row: dict) -> str:
    if not row["reviewed_at"]:
        return QCoreApplication.translate("AlertsPage", "Not reviewed yet.")
    text = QCoreApplication.translate("AlertsPage", "Reviewed by {name} on {when}.").format(
        name=row["reviewer_name"] or "—", when=local_time(row["reviewed_at"]))
    if row["review_note"]:
        text += " " + " ".join(row["review_note"].split())
    return text


class SentenceDelegate(QStyledItemDelegate):
    """Paints the sentence on one line with the alert's word highlighted (plain text)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, word = opt.text, index.data(WordRole) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is None:
            return super().paint(painter, option, index)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fill_highlighted(doc, text, word, opt.font, opt.palette.color(role))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left() + 2, top)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), 520), size.height())


class ReviewDialog(QDialog):
    """Mark reviewed: a note on what was done about it (optional)."""

    def __init__(self, row: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark reviewed"))
        if word_text(row["word"]) != row["word"]:  # an alert Kehu raised, not a risk word
            intro = QLabel(self.tr("{what}: what was done about it?").format(
                what=word_text(row["word"])))
        else:
            intro = QLabel(self.tr("“{word}” written by {name}. What was done about it?").format(
                word=row["word"], name=row["author_name"] or "—"))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("review_note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("e.g. Talked to her; the customer meant the "
                                                  "usual yearly rebate."))
        lines = self.note_edit.fontMetrics().lineSpacing()
        self.note_edit.setFixedHeight(5 * lines + 12)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark reviewed"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        # Enter writes a new line in the note; Ctrl+Enter marks it reviewed
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Ctrl+Enter"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note_edit)
        layout.addWidget(buttons)
        fit_width(self, 420)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class AlertsPage(QWidget):
    """The Alerts page of the main window (owners)."""

    open_customer = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review_dialog: ReviewDialog | None = None
        self._dirty = True

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_filter")
        self.status_combo.addItem(self.tr("To review"), False)
        self.status_combo.addItem(self.tr("Reviewed"), True)
        self.status_combo.addItem(self.tr("All alerts"), None)
        self.word_combo = QComboBox()
        self.word_combo.setObjectName("word_filter")
        self.author_combo = QComboBox()
        self.author_combo.setObjectName("author_filter")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("alerts_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search what was written, customers…"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setStyleSheet(HINT_STYLE)
        for combo in (self.status_combo, self.word_combo, self.author_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filters_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)

        filters = QHBoxLayout()
        filters.addWidget(self.status_combo)
        filters.addWidget(self.word_combo)
        filters.addWidget(self.author_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)

        self.model = AlertTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("alerts_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("context"), SentenceDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("context"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current_customer)

        # no alert to show: why, and the way to the others (reviewed ones, or all of them)
        self.empty_state = EmptyState("alerts_empty")
        self.empty_state.hide()
        self.show_all_button = self.empty_state.add_button(
            self.tr("Show reviewed alerts too"), self.clear_filters, "alerts_show_all")

        # the chosen alert
        self.where_label = QLabel()
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setStyleSheet(HINT_STYLE)
        self.sentence_view = QTextEdit()
        self.sentence_view.setObjectName("alert_sentence")
        self.sentence_view.setReadOnly(True)
        self.sentence_view.setAcceptRichText(False)
        self.sentence_view.setFrameShape(QTextEdit.Shape.NoFrame)
        lines = self.sentence_view.fontMetrics().lineSpacing()
        self.sentence_view.setMinimumHeight(2 * lines + 12)
        self.sentence_view.setMaximumHeight(5 * lines + 12)
        self.review_label = QLabel()
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Fixed)  # one line; all in the tip
        self.review_button = QPushButton(self.tr("Mark reviewed…"))
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(self.review_current)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen_current)
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.customer_button.clicked.connect(self.open_current_customer)
        self.owner_note = QLabel(self.tr("Only an owner or a manager may review alerts."))
        self.owner_note.setTextFormat(Qt.TextFormat.PlainText)
        self.owner_note.setStyleSheet(HINT_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.customer_button)
        buttons.addWidget(self.owner_note)
        buttons.addStretch(1)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 4, 0, 0)
        details.addWidget(self.where_label)
        details.addWidget(self.sentence_view, 1)
        details.addWidget(self.review_label)
        details.addLayout(buttons)
        details.addStretch(0)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_state, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        ctx.book_changed.connect(self._book_changed)
        ctx.user_changed.connect(self.refresh)
        self._dirty = True  # read when first shown: start-up does not wait for the alerts

    # -- the page as the main window sees it ----------------------------------------------
    def refresh(self) -> None:
        """Filters' choices and the list again from the book."""
        self._fill_filters()
        self.reload()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _book_changed(self, changes) -> None:
        if not self.isVisible():
            self._dirty = True  # refreshed when shown
            return
        self.refresh()

    # -- filters -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        book = self.ctx.book
        for combo, first, items in (
            (self.word_combo, self.tr("All words"),
             [(word_text(w), w) for w in alerts.alert_words(book)]),
            (self.author_combo, self.tr("Everyone"),
             [(u["name"], u["id"]) for u in alerts.alert_authors(book)]),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.reload()

    def filters(self) -> dict:
        return {"reviewed": self.status_combo.currentData(), "word": self.word_combo.currentData(),
                "author_id": self.author_combo.currentData(), "search": self.search_edit.text()}

    def reload(self) -> None:
        self._dirty = False
        self._search_timer.stop()
        keep = self.current_alert_id()
        rows = alerts.alerts_list(self.ctx.book, **self.filters())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            if column != COLUMNS.index("context"):
                header.resizeSection(column, min(header.sectionSize(column) + 16, 260))
        row = self.model.row_of(keep)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        unreviewed = alerts.unreviewed_count(self.ctx.book)
        self.count_label.setText(self.tr("{n} to review").format(n=unreviewed))
        self.table.setVisible(bool(rows))
        self.details.setVisible(bool(rows))
        self.empty_state.setVisible(not rows)
        if not rows:
            self._say_empty()
        self._show_current()

    def _say_empty(self) -> None:
        f = self.filters()
        if f["reviewed"] is False and not f["word"] and not f["author_id"] and not f["search"]:
            self.empty_state.set_text(
                self.tr("Nothing to review"),
                self.tr("Kehu reads every note and timeline entry as it is written and shows "
                        "here those with a risk word (Settings > Risk words), for an owner to "
                        "review."))
            self.show_all_button.setText(self.tr("Show reviewed alerts too"))
        else:
            self.empty_state.set_text(self.tr("No alerts match."))
            self.show_all_button.setText(self.tr("Clear search and filters"))
        self.show_all_button.setVisible(f["reviewed"] is not None or bool(
            f["word"] or f["author_id"] or f["search"]))

    def empty_text(self) -> str:
        """What the empty list says (for tests): its title and explanation."""
        return "\n".join(t for t in (self.empty_state.title.text(),
                                       self.empty_state.text.text()) if t)

    def clear_filters(self) -> None:
        """Every alert, reviewed or not, whatever its word, author or text."""
        for widget in (self.status_combo, self.word_combo, self.author_combo, self.search_edit):
            widget.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(None))
        self.word_combo.setCurrentIndex(0)
        self.author_combo.setCurrentIndex(0)
        self.search_edit.clear()
        for widget in (self.status_combo, self.word_combo, self.author_combo, self.search_edit):
            widget.blockSignals(False)
        self.reload()

    # -- the chosen alert ----------------------------------------------------------------
    def current_alert_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.alert_id(index.row()) if index.isValid() else None

    def current_alert(self) -> dict | None:
        row = self.model.row_of(self.current_alert_id())
        return self.model.rows[row] if row >= 0 else None

    def _show_current(self) -> None:
        row = self.current_alert()
        owner = may(self.ctx.book, "alerts.review")
        self.details.setEnabled(row is not None)
        self.owner_note.setVisible(not owner)
        if row is None:
            self.where_label.clear()
            self.sentence_view.clear()
            self.review_label.clear()
            for button in (self.review_button, self.reopen_button, self.customer_button):
                button.setEnabled(False)
            return
        self.where_label.setText(self.tr("{place} · {name} · {when}").format(
            place=place_name(row), name=row["author_name"] or "—",
            when=local_time(row["written_at"])))
        fill_highlighted(self.sentence_view.document(), context_text(row), row["word"],
                         self.sentence_view.font())
        self.review_label.setText(review_text(row))
        self.review_label.setToolTip(plain_tooltip(review_text(row)))
        reviewed = bool(row["reviewed_at"])
        self.review_button.setEnabled(owner and not reviewed)
        self.reopen_button.setEnabled(owner and reviewed)
        self.customer_button.setEnabled(bool(row["customer_id"]))

    def review_current(self) -> None:
        row = self.current_alert()
        if row is None or not may(self.ctx.book, "alerts.review") or row["reviewed_at"]:
            return
        dialog = ReviewDialog(row, self)
        self.review_dialog = dialog
        alert_id = row["id"]

        def done(result: int) -> None:
            self.review_dialog = None
            note = dialog.note()
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.ctx.run(self, alerts.review_alert, alert_id=alert_id, note=note)
                self.reload()

        dialog.finished.connect(done)
        dialog.open()

    def reopen_current(self) -> None:
        row = self.current_alert()
        if row is None or not row["reviewed_at"]:
            return
        self.ctx.run(self, alerts.reopen_alert, alert_id=row["id"])
        self.reload()

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_current_customer()

    def open_current_customer(self) -> None:
        row = self.current_alert()
        if row is not None and row["customer_id"]:
            self.open_customer.emit(row["customer_id"])
