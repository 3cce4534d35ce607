"""Everything about one customer in a side panel: fields, contact people, deals, timeline,
history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QMargins,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import clock, fields, values
from models.core.clock import local_time
from models.core.permissions import may
from models.customers import history, operations, queries
from models.reports import grading, health
from views.contact_dialog import ContactDialog
from views.customer_form import SECONDARY_STYLE, field_labels
from views.customer_table import health_dot, health_name, health_reason
from views.widgets import icon, plain_message, plain_tooltip

TIMELINE_PAGE = 100  # entries shown before "Show all"
HISTORY_PAGE = 200
# the details tab lists the registry's fields of these types, but not those in the header
DETAIL_TYPES = ("name", "text", "mobile", "phone", "email")
IN_THE_HEADER = ("name", "city")
KIND_ICONS = {"call": "call", "visit": "visit", "wechat": "wechat", "sms": "sms",
              "email": "email", "note": "note"}
GRADE_COLOURS = {"A": "#15803d", "B": "#1d4ed8", "C": "#6b7280"}
CHIP_STYLE = (
    "QLabel { background: #e0ecff; color: #1e3a8a; border-radius: 9px; padding: 1px 8px; }"
)
CARD_STYLE = (
    "QFrame#contact_card { border: 1px solid #e5e7eb; border-radius: 6px; background: palette(base); }"
)

BANNER_STYLE = "background: #fef3c7; color: #92400e; border-radius: 4px; padding: 4px 8px;"



def text_label(text: str, *, secondary: bool = False, selectable: bool = True,
               wrap: bool = True, name: str = "") -> QLabel:
    """A label that shows book text exactly as typed."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setCursor(Qt.CursorShape.IBeamCursor)
    if secondary:
        label.setStyleSheet(SECONDARY_STYLE)
    if name:
        label.setObjectName(name)
    return label


def tool_button(icon_name: str, text: str, name: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(plain_tooltip(text))
    ico = icon(icon_name)
    if not ico.isNull():
        button.setIcon(ico)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    if name:
        button.setObjectName(name)
    return button



def _short_list(name: str, headers: list[str], stretch: int) -> QTreeWidget:
    """A few of the customer's records (deals, reminders), one line each; the `stretch`
    column takes the room left."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setStretchLastSection(False)
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _fit_height(tree: QTreeWidget, rows: int, most: int) -> None:
    """As tall as its rows, up to `most` of them (then it scrolls)."""
    tree.setFixedHeight(tree.header().sizeHint().height()
                        + min(rows, most) * tree.sizeHintForRow(0) + 2 * tree.frameWidth() + 2)


def _texts(tree: QTreeWidget | None) -> list[list[str]]:
    """What a short list shows, row by row."""
    if tree is None:
        return []
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]

class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e5e7eb;")
    return line


class CustomerDetail(QWidget):
    """The side panel for one customer. show_customer(None) shows an empty state."""

    edit_requested = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.row: dict | None = None
        self._show_all_timeline = False
        self.contact_dialog: ContactDialog | None = None
        self.setMinimumWidth(320)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.book_changed.connect(self._on_book_changed)
        self.show_customer(None)

    # -- translated names ----------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        return {
            "call": self.tr("Call"),
            "visit": self.tr("Visit"),
            "wechat": self.tr("WeChat"),
            "sms": self.tr("SMS"),
            "email": self.tr("E-mail"),
            "note": self.tr("Note"),
        }.get(kind, kind)

    # -- building ------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(2)
        ico = icon("customers")
        if not ico.isNull():
            picture = QLabel()
            picture.setPixmap(ico.pixmap(48, 48))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(picture)
        self.empty_title = QLabel(self.tr("No customer selected"))
        self.empty_title.setObjectName("empty_title")
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = QLabel(self.tr("Pick a customer in the list to see everything about "
                                         "them here: details, contact people and the timeline."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet(SECONDARY_STYLE)
        column.addWidget(self.empty_title)
        column.addWidget(self.empty_hint)
        column.addStretch(3)
        return page

    def _build_content(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details_area = _scroll(QWidget())
        self.tabs.addTab(self.details_area, self.tr("Details"))
        self.tabs.addTab(self._build_timeline_tab(), self.tr("Timeline"))
        self.history_area = _scroll(QWidget())
        self.tabs.addTab(self.history_area, self.tr("History"))
        column.addWidget(self.tabs, 1)
        return page

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("detail_header")
        column = QVBoxLayout(header)
        column.setContentsMargins(16, 14, 12, 10)
        column.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = text_label("", name="name_label")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.grade_badge = QLabel()
        self.grade_badge.setObjectName("grade_badge")
        self.grade_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_badge.setFixedSize(26, 22)
        self.health_light = QLabel()
        self.health_light.setObjectName("health_light")
        self.pin_button = QToolButton()
        self.pin_button.setObjectName("pin_grade")
        self.pin_button.setText(self.tr("Grade"))
        self.pin_button.setToolTip(self.tr("Pin a grade by hand, or let the rules grade"))
        self.pin_button.setAutoRaise(True)
        self.pin_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pin_menu = QMenu(self.pin_button)
        for grade in ("A", "B", "C"):
            act = self.pin_menu.addAction(self.tr("Pin grade {grade}").format(grade=grade))
            act.setObjectName(f"pin_{grade}")
            act.triggered.connect(lambda _=False, g=grade: self.pin_grade(g))
        self.pin_menu.addSeparator()
        self.unpin_action = self.pin_menu.addAction(self.tr("Grade by the rules"))
        self.unpin_action.setObjectName("unpin")
        self.unpin_action.triggered.connect(lambda: self.pin_grade(None))
        self.pin_button.setMenu(self.pin_menu)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setToolTip(self.tr("Edit this customer"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        top.addWidget(self.name_label, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.health_light, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.grade_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.pin_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.meta_label = text_label("", secondary=True, name="meta_label")
        column.addWidget(self.meta_label)
        self.trash_banner = QLabel(self.tr("This customer is in the trash."))
        self.trash_banner.setStyleSheet(BANNER_STYLE)
        self.trash_banner.hide()
        column.addWidget(self.trash_banner)
        return header

    def _build_timeline_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
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
        bar_layout.addWidget(self._build_follow_up_offer())
        self.log_edit.textChanged.connect(
            lambda: self.log_button.setEnabled(bool(self.log_edit.toPlainText().strip()))
        )
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), bar, self.log_interaction)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        column.addWidget(bar)
        column.addWidget(_separator())
        self.timeline_area = _scroll(QWidget())
        column.addWidget(self.timeline_area, 1)
        return page

    # -- showing -------------------------------------------------------------------------
    def show_customer(self, customer_id: str | None) -> None:
        if customer_id != self.customer_id:
            self._show_all_timeline = False
            self.log_edit.clear()
            self.follow_up_offer.hide()
        self.customer_id = customer_id
        self.refresh()

    def selected_kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return "call"

    def refresh(self) -> None:
        book = self.ctx.book
        self.row = queries.customer(book, self.customer_id) if self.customer_id else None
        if self.row is None:
            if self.customer_id:
                self.empty_title.setText(self.tr("This customer no longer exists"))
                self.empty_hint.setText(self.tr("It may have been removed by an undo or when "
                                                "the trash was emptied."))
            else:
                self.empty_title.setText(self.tr("No customer selected"))
                self.empty_hint.setText(self.tr("Pick a customer in the list to see everything "
                                                "about them here: details, contact people and "
                                                "the timeline."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._fill_header(self.row)
        keep = [a.verticalScrollBar().value()
                for a in (self.details_area, self.timeline_area, self.history_area)]
        specs = operations.custom_fields(book)
        contacts = queries.contacts(book, self.row["id"])
        timeline = queries.interactions(book, self.row["id"])
        self._set_page(self.details_area, self._details_page(self.row, specs, contacts))
        self._set_page(self.timeline_area, self._timeline_page(timeline))
        self._set_page(self.history_area, self._history_page(self.row))
        self.tabs.setTabText(1, self.tr("Timeline ({n})").format(n=len(timeline))
                             if timeline else self.tr("Timeline"))
        areas = (self.details_area, self.timeline_area, self.history_area)
        QTimer.singleShot(0, lambda: [a.verticalScrollBar().setValue(v)
                                      for a, v in zip(areas, keep, strict=True)])

    @staticmethod
    def _set_page(area: QScrollArea, page: QWidget) -> None:
        old = area.takeWidget()
        area.setWidget(page)
        if old is not None:
            old.deleteLater()

    def _fill_header(self, row: dict) -> None:
        self.name_label.setText(row["name"])
        grade = row["grade"]
        self.grade_badge.setVisible(bool(grade))
        self.grade_badge.setText(grade)
        pinned = bool(row.get("grade_pinned"))
        self.grade_badge.setToolTip(
            self.tr("Grade {grade}, pinned by hand").format(grade=grade) if pinned
            else self.tr("Grade {grade}").format(grade=grade))
        self.unpin_action.setEnabled(pinned)
        self.pin_button.setText(self.tr("Pinned") if pinned else self.tr("Grade"))
        self.pin_button.setEnabled(not row.get("deleted_at"))
        mark = None if row.get("deleted_at") else health.health(self.ctx.book, [row["id"]]).get(
            row["id"])
        self.health_light.setVisible(mark is not None)
        if mark is not None:
            self.health_light.setPixmap(health_dot(mark[0], 14).pixmap(14, 14))
            self.health_light.setToolTip(
                plain_tooltip(f"{health_name(mark[0])}: {health_reason(mark)}"))
        self.grade_badge.setStyleSheet(
            f"background: {GRADE_COLOURS.get(grade, '#6b7280')}; color: white; "
            "border-radius: 4px; font-weight: bold;"
        )
        parts = []
        if row.get("owner"):
            parts.append(self.tr("Owner: {name}").format(name=row["owner"]))
        parts += [p for p in (row["city"], row["industry"]) if p]
        self.meta_label.setText("  ·  ".join(parts))
        self.meta_label.setVisible(bool(parts))
        self.trash_banner.setVisible(bool(row.get("deleted_at")))
        allowed = may(self.ctx.book, "customer.edit", row)
        self.edit_button.setEnabled(allowed and not row.get("deleted_at"))
        self.edit_button.setToolTip(self.tr("Edit this customer") if allowed else self.tr(
            "This customer belongs to another salesperson: only they, a manager or an owner "
            "may change it."))

    def pin_grade(self, grade: str | None) -> None:
        """Pin this grade by hand (the rules leave it alone), or None: grade by the rules."""
        if self.row is None:
            return
        if grade is None:
            self.ctx.run(self, grading.unpin_grade, customer_id=self.row["id"])
        else:
            self.ctx.run(self, grading.pin_grade, customer_id=self.row["id"], grade=grade)

    # -- the details tab -----------------------------------------------------------------
    def _details_page(self, row: dict, specs: list[dict], contacts: list[dict]) -> QWidget:
        page = QWidget()
        page.setObjectName("details_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        labels = field_labels()

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        shown = 0

        def add(caption: str, widget: QWidget, key: str) -> None:
            nonlocal shown
            cap = text_label(caption, secondary=True, selectable=False, wrap=False)
            cap.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            widget.setObjectName(f"value_{key}")
            grid.addWidget(cap, shown, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, shown, 1)
            shown += 1

        for field in fields.CUSTOMER:  # the registry's plain fields (models/core/fields.py)
            key = field.key
            if not field.editable or field.type not in DETAIL_TYPES or key in IN_THE_HEADER:
                continue
            value = row.get(key) or ""
            if value:
                if field.type in ("mobile", "phone"):
                    value = "\n".join(value.split(values.NUMBER_SEPARATOR))
                add(labels[key], text_label(value), key)
        tags = values.tag_list(row["tags"])
        if tags:
            chips = QWidget()
            flow = FlowLayout(chips, spacing=5)
            for tag in tags:
                chip = text_label(tag, selectable=False, wrap=False, name="tag_chip")
                chip.setStyleSheet(CHIP_STYLE)
                flow.addWidget(chip)
            add(labels["tags"], chips, "tags")
        if row["next_follow_up"]:
            add(labels["next_follow_up"], self._follow_up_label(row["next_follow_up"]),
                "next_follow_up")
        for spec in specs:
            value = row["custom"].get(spec["key"])
            if value not in (None, ""):
                add(spec["label"], text_label(str(value)), "custom:" + spec["key"])
        if row["notes"]:
            add(labels["notes"], text_label(row["notes"]), "notes")
        if shown:
            column.addLayout(grid)
        else:
            column.addWidget(text_label(
                self.tr("No details yet. Use Edit to add a phone number, address or tags."),
                secondary=True, selectable=False))

        column.addSpacing(4)
        column.addWidget(_separator())
        column.addLayout(self._contacts_section(contacts))
        column.addWidget(_separator())
        # the pipeline's and the reminders' modules are read when a customer is first shown,
        # not at start-up
        from models import deals, reminders

        column.addLayout(self._deals_section(deals.deals_of_customer(self.ctx.book, row["id"])))
        column.addWidget(_separator())
        column.addLayout(self._reminders_section(
            reminders.reminders_of_customer(self.ctx.book, row["id"])))
        column.addWidget(_separator())
        stamps = self.tr("Created {created}  ·  Updated {updated}").format(
            created=local_time(row["created_at"]), updated=local_time(row["updated_at"]))
        small = text_label(stamps, secondary=True, name="stamps")
        font = small.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        small.setFont(font)
        column.addWidget(small)
        column.addStretch(1)
        return page

    def _follow_up_label(self, date: str) -> QLabel:
        label = text_label(date)
        try:
            overdue = dt.date.fromisoformat(date) < clock.today()
        except ValueError:
            overdue = False
        if overdue:
            label.setText(self.tr("{date} (overdue)").format(date=date))
            label.setStyleSheet("color: #b91c1c;")
        return label

    def _contacts_section(self, contacts: list[dict]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("Contact people ({n})").format(n=len(contacts))
                       if contacts else self.tr("Contact people"))
        title.setObjectName("contacts_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.add_contact_button = tool_button("add", self.tr("Add"), "add_contact")
        self.add_contact_button.setToolTip(self.tr("Add a contact person"))
        self.add_contact_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.add_contact_button.setEnabled(not self.row.get("deleted_at"))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.add_contact_button)
        column.addLayout(head)
        if not contacts:
            column.addWidget(text_label(self.tr("Nobody yet. Add the people you talk to."),
                                        secondary=True, selectable=False))
        for person in contacts:
            column.addWidget(self._contact_card(person))
        return column

    def _contact_card(self, person: dict) -> QFrame:
        card = QFrame()
        card.setObjectName("contact_card")
        card.setProperty("contact_id", person["id"])
        card.setStyleSheet(CARD_STYLE)
        row = QHBoxLayout(card)
        row.setContentsMargins(10, 8, 6, 8)
        row.setSpacing(6)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = text_label(person["name"], name="contact_name")
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        if person["title"]:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(name)
            line.addWidget(text_label(person["title"], secondary=True, name="contact_title"), 1)
            text.addLayout(line)
        else:
            text.addWidget(name)
        numbers = [n for n in (person["mobile"], person["phone"]) if n]
        details = ["  ·  ".join(numbers)] if numbers else []
        details += [v for v in (person["email"], person["wechat"] and self.tr("WeChat: {id}")
                                .format(id=person["wechat"])) if v]
        for line_text in details:
            text.addWidget(text_label(line_text))
        if person["notes"]:
            text.addWidget(text_label(person["notes"], secondary=True))
        row.addLayout(text, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        edit = tool_button("edit", self.tr("Edit"), "edit_contact")
        edit.setToolTip(plain_tooltip(self.tr("Edit {name}").format(name=person["name"])))
        remove = tool_button("delete", self.tr("Remove"), "remove_contact")
        remove.setToolTip(plain_tooltip(self.tr("Remove {name}").format(name=person["name"])))
        for button in (edit, remove):
            if not button.icon().isNull():
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setEnabled(not self.row.get("deleted_at"))
        edit.clicked.connect(lambda: self.edit_contact(person["id"]))
        remove.clicked.connect(lambda: self.remove_contact(person["id"], person["name"]))
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return card

    def _deals_section(self, rows: list[dict]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("Deals ({n})").format(n=len(rows)) if rows else self.tr("Deals"))
        title.setObjectName("deals_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.new_deal_button = tool_button("add", self.tr("New deal"), "new_deal")
        self.new_deal_button.setToolTip(self.tr("Start a deal with this customer"))
        self.new_deal_button.clicked.connect(self.new_deal)
        self.new_deal_button.setEnabled(not self.row.get("deleted_at"))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.new_deal_button)
        column.addLayout(head)
        self.deals_list = None
        if not rows:
            column.addWidget(text_label(
                self.tr("No deals yet. A deal follows one sale from the first talk to the "
                        "contract."), secondary=True, selectable=False, name="deals_empty"))
            return column
        tree = _short_list("deals_list", [self.tr("Deal"), self.tr("Stage"), self.tr("Amount"),
                                          self.tr("Expected close")], stretch=0)
        from models import deals
        from views.common import format_money
        from views.deal_dialog import stage_name, status_name

        every = {s["id"]: s for s in deals.stages(self.ctx.book)}
        colours = {"won": "#15803d", "lost": "#b91c1c"}
        for deal in rows:
            status = deal["status"]
            where = (stage_name(every.get(deal["stage_id"])) if status == "open"
                     else status_name(status))
            item = QTreeWidgetItem([deal["title"], where, format_money(deal["amount"]),
                                    deal.get("expected_close") or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, deal["id"])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, plain_tooltip(deal["title"]))
            if status in colours:
                item.setForeground(1, QColor(colours[status]))
            tree.addTopLevelItem(item)
        _fit_height(tree, len(rows), most=8)
        tree.itemActivated.connect(lambda item, _col: self.open_deal(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.deals_list = tree
        column.addWidget(tree)
        return column

    def deal_rows(self) -> list[list[str]]:
        """What the deals list shows, row by row."""
        return _texts(self.deals_list)

    def new_deal(self) -> str | None:
        if self.customer_id is None or self.row is None or self.row.get("deleted_at"):
            return None
        from views.deal_dialog import edit_deal

        return edit_deal(self.ctx, self, customer_id=self.customer_id)

    def open_deal(self, deal_id: str | None) -> str | None:
        if not deal_id:
            return None
        from views.deal_dialog import edit_deal

        return edit_deal(self.ctx, self, deal_id=deal_id)

    # -- reminders -----------------------------------------------------------------------
    def _reminders_section(self, rows: list[dict]) -> QVBoxLayout:
        from models import reminders
        from views.reminder_dialog import local, recurrence_text

        column = QVBoxLayout()
        column.setSpacing(6)
        head = QHBoxLayout()
        live = [r for r in rows if r["status"] == "open"]
        title = QLabel(self.tr("Reminders ({n})").format(n=len(live)) if live
                       else self.tr("Reminders"))
        title.setObjectName("reminders_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.new_reminder_button = tool_button("add", self.tr("New reminder"), "new_reminder")
        self.new_reminder_button.setToolTip(self.tr("Remind me of this customer"))
        self.new_reminder_button.clicked.connect(self.new_reminder)
        self.new_reminder_button.setEnabled(not self.row.get("deleted_at"))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.new_reminder_button)
        column.addLayout(head)
        self.reminders_list = None
        if not rows:
            column.addWidget(text_label(
                self.tr("No reminders. Kehu reminds you on the day you choose."),
                secondary=True, selectable=False, name="reminders_empty"))
            return column
        tree = _short_list("reminders_list", [self.tr("Due"), self.tr("Reminder"),
                                              self.tr("Repeats")], stretch=1)
        now = clock.now()
        for reminder in rows:
            due = local(reminder["due_at"])
            done = reminder["status"] == "done"
            title_text = reminders.title(reminder, QCoreApplication.translate) + (
                "  ·  " + self.tr("done") if done else "")
            item = QTreeWidgetItem([due.strftime("%Y-%m-%d %H:%M"), title_text,
                                    recurrence_text(reminder.get("recurrence"))])
            item.setData(0, Qt.ItemDataRole.UserRole, reminder["id"])
            item.setToolTip(1, plain_tooltip(title_text))
            if done:
                for col in range(3):
                    item.setForeground(col, QColor("#9ca3af"))
            elif due < now:
                item.setForeground(0, QColor("#b91c1c"))
            tree.addTopLevelItem(item)
        _fit_height(tree, len(rows), most=6)
        tree.itemActivated.connect(lambda item, _col: self.edit_reminder(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.reminders_list = tree
        column.addWidget(tree)
        return column

    def reminder_rows(self) -> list[list[str]]:
        return _texts(self.reminders_list)

    def new_reminder(self) -> str | None:
        from views.reminder_dialog import edit_reminder

        if self.customer_id is None or self.row is None or self.row.get("deleted_at"):
            return None
        return edit_reminder(self.ctx, self, customer_id=self.customer_id)

    def edit_reminder(self, reminder_id: str | None) -> str | None:
        from views.reminder_dialog import edit_reminder

        if not reminder_id:
            return None
        return edit_reminder(self.ctx, self, reminder_id=reminder_id)

    # -- the next follow-up, offered after logging a contact ------------------------------
    def _build_follow_up_offer(self) -> QWidget:
        offer = QFrame()
        offer.setObjectName("follow_up_offer")
        offer.setStyleSheet("QFrame#follow_up_offer { background: #eff6ff; border-radius: 4px; }")
        row = QHBoxLayout(offer)
        row.setContentsMargins(8, 4, 4, 4)
        row.setSpacing(6)
        self.follow_up_question = QLabel(self.tr("Next follow-up:"))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setObjectName("follow_up_date")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_set = QPushButton(self.tr("Set"))
        self.follow_up_set.setObjectName("follow_up_set")
        self.follow_up_set.setToolTip(self.tr("Kehu reminds you on that day"))
        self.follow_up_set.clicked.connect(self.set_follow_up)
        self.follow_up_skip = QPushButton(self.tr("Not now"))
        self.follow_up_skip.setObjectName("follow_up_skip")
        self.follow_up_skip.clicked.connect(offer.hide)
        row.addWidget(self.follow_up_question)
        row.addWidget(self.follow_up_date)
        row.addStretch(1)
        row.addWidget(self.follow_up_set)
        row.addWidget(self.follow_up_skip)
        offer.hide()
        self.follow_up_offer = offer
        return offer

    def offer_follow_up(self) -> None:
        """After a contact was logged: when to follow up next (the date set, if later, else a
        week from today)."""
        if self.row is None or self.row.get("deleted_at"):
            return
        today = clock.today()
        day = today + dt.timedelta(days=7)
        try:
            current = dt.date.fromisoformat(self.row.get("next_follow_up") or "")
        except ValueError:
            current = None
        if current and current > today:
            day = current
        self.follow_up_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.follow_up_date.setDate(QDate(day.year, day.month, day.day))
        self.follow_up_offer.show()
        self.follow_up_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_follow_up(self) -> None:
        if self.customer_id is None:
            return
        day = self.follow_up_date.date().toString(Qt.DateFormat.ISODate)
        if self.ctx.run(self, operations.update_customer, customer_id=self.customer_id,
                        data={"next_follow_up": day}) is not None:
            self.follow_up_offer.hide()

    # -- the timeline tab ----------------------------------------------------------------
    def _timeline_page(self, timeline: list[dict]) -> QWidget:
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
                secondary=True, selectable=False, name="timeline_empty"))
        shown = timeline if self._show_all_timeline else timeline[:TIMELINE_PAGE]
        for i, entry in enumerate(shown):
            if i:
                column.addWidget(_separator())
            column.addWidget(self._timeline_entry(entry))
        if len(shown) < len(timeline):
            more = QPushButton(self.tr("Show all {n} entries").format(n=len(timeline)))
            more.setObjectName("show_all")
            more.clicked.connect(self._show_whole_timeline)
            column.addSpacing(8)
            column.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    def _timeline_entry(self, entry: dict) -> QWidget:
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
        head.addWidget(text_label(who, secondary=True, selectable=False, wrap=False,
                                  name="entry_meta"), 1)
        column.addLayout(head)
        column.addWidget(text_label(entry["text"], name="entry_text"))
        return box

    def _show_whole_timeline(self) -> None:
        self._show_all_timeline = True
        self.refresh()

    def timeline_texts(self) -> list[str]:
        """The texts the timeline shows, top to bottom."""
        page = self.timeline_area.widget()
        return [w.findChild(QLabel, "entry_text").text()
                for w in page.findChildren(QWidget, "timeline_entry")]

    def log_interaction(self) -> None:
        text = self.log_edit.toPlainText().strip()
        if not text or self.customer_id is None or self.row is None:
            return
        new_id = self.ctx.run(self, operations.log_interaction, customer_id=self.customer_id,
                              kind=self.selected_kind(), text=text)
        if new_id is not None:
            self.log_edit.clear()
            self.timeline_area.verticalScrollBar().setValue(0)
            self.offer_follow_up()

    # -- the history tab -----------------------------------------------------------------
    def _history_page(self, row: dict) -> QWidget:
        page = QWidget()
        page.setObjectName("history_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(0)
        entries = history.items(self.ctx.book, row["id"])
        for i, item in enumerate(entries[:HISTORY_PAGE]):
            if i:
                column.addWidget(_separator())
            box = QWidget()
            box.setObjectName("history_entry")
            lines = QVBoxLayout(box)
            lines.setContentsMargins(0, 6, 0, 6)
            lines.setSpacing(2)
            meta = "  ·  ".join(p for p in (item.when, item.user) if p)
            if item.is_undo or item.is_redo:
                meta += "  ·  " + (self.tr("Undo") if item.is_undo else self.tr("Redo"))
            lines.addWidget(text_label(meta, secondary=True, name="history_meta"))
            lines.addWidget(text_label(history.render(item, QCoreApplication.translate),
                                       name="history_text"))
            column.addWidget(box)
        if len(entries) > HISTORY_PAGE:
            column.addWidget(text_label(
                self.tr("Only the latest {n} changes are shown.").format(n=HISTORY_PAGE),
                secondary=True, selectable=False))
        column.addStretch(1)
        return page

    def history_texts(self) -> list[str]:
        page = self.history_area.widget()
        return [w.text() for w in page.findChildren(QLabel, "history_text")]

    # -- actions -------------------------------------------------------------------------
    def _on_edit_clicked(self) -> None:
        if self.customer_id:
            self.edit_requested.emit(self.customer_id)

    def add_contact(self) -> None:
        if self.customer_id is not None:
            self._open_contact_dialog(ContactDialog(self.ctx, self.customer_id, parent=self))

    def edit_contact(self, contact_id: str) -> None:
        self._open_contact_dialog(ContactDialog(self.ctx, self.customer_id, contact_id, self))

    def _open_contact_dialog(self, dialog: ContactDialog) -> None:
        """Window-modal and not blocking; the panel refreshes through book_changed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contact_dialog = dialog
        dialog.finished.connect(lambda _: setattr(self, "contact_dialog", None))
        dialog.open()

    def remove_contact(self, contact_id: str, name: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove contact person"),
            plain_message(self.tr("Remove {name} from the contact people of this customer?")
                          .format(name=name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, operations.delete_contact, contact_id=contact_id)

    def _on_book_changed(self, changes) -> None:
        if self.customer_id is None:
            return
        if (self.customer_id in changes.ids("customers") or changes.ids("custom_fields")
                or changes.ids("users") or changes.ids("deals") or changes.ids("stages")
                or (changes.ids("reminders") and changes.op_name != "mark_notified")):
            self.refresh()
