"""Small widgets and helpers every view shares: icons, labels, buttons, lists, layouts, styles.

One public module, so that no view imports another view's private helpers (STYLE.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #c62828;"
SECONDARY_STYLE = "color: #6b7280;"  # hints and dates beside the main text
HINT = "hint"


def icon(name: str) -> QIcon:
    """resources.icon(name), or an empty icon while the icon set is not there: an icon is
    decoration, and never blocks a page or a dialog."""
    try:
        import resources

        return resources.icon(name)
    except Exception:  # noqa: BLE001
        return QIcon()


def returns_true(operation: Callable[..., Any]) -> Callable[..., bool]:
    """For operations that return nothing: lets `ctx.run` tell success (True) from an error
    it has already shown (None)."""

    def run(book, **kwargs) -> bool:
        operation(book, **kwargs)
        return True

    return run


def plain_tooltip(text: str) -> str:
    """Book text for a place where Qt guesses whether text is rich (tool tips, an item's tool
    tip, message boxes): escaped and marked rich, so that it shows exactly as typed (an
    <img src=...> in a note stays those characters and loads nothing)."""
    if "<" not in text and "&" not in text:
        return text  # nothing Qt could take for a tag: plain text shows as it is
    import html

    return ('<qt><span style="white-space: pre-wrap">'
            + html.escape(text, quote=False).replace("\n", "<br>") + "</span></qt>")


plain_message = plain_tooltip  # QMessageBox.question(parent, title, plain_message(text))


def plain_label(text: str = "", style: str = "") -> QLabel:
    """A wrapping label; style HINT greys it like a placeholder, else a style sheet."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style == HINT:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    elif style:
        label.setStyleSheet(style)
    return label


def text_label(text: str, style: str = "", *, selectable: bool = True, wrap: bool = True,
               name: str = "") -> QLabel:
    """A label that shows book text exactly as typed, selectable by default; `style` a style
    sheet."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setCursor(Qt.CursorShape.IBeamCursor)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


def tool_button(icon_name: str, text: str, name: str = "") -> QToolButton:
    """A flat button with an icon and its text beside it (the text alone without the icon)."""
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


def separator() -> QFrame:
    """A thin grey line across."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e5e7eb;")
    return line


def scroll_area(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down, never sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def replace_widget(layout: QLayout, old: QWidget | None, new: QWidget) -> QWidget:
    """`new` where `old` was in `layout` (at its end for no `old`); `old` is deleted."""
    index = layout.indexOf(old) if old is not None else -1
    if old is not None:
        old.hide()  # first, so that the keyboard focus leaves it within its window
        old.setParent(None)  # out of the layout, and no longer found among its children
        old.deleteLater()
    if index < 0:
        layout.addWidget(new)
    else:
        layout.insertWidget(index, new)
    return new


def keep_place(widget: QWidget) -> None:
    """Hiding the widget leaves its place empty, so the dialog does not jump in size."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def make_list(headers: list[str], stretch: int = 0) -> QTreeWidget:
    """A flat list with column headers, one row selected at a time, not edited in place."""
    tree = QTreeWidget()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def fit_columns(tree: QTreeWidget) -> None:
    """Columns as wide as their widest text plus some air; the stretching one takes the rest."""
    header = tree.header()
    for column in range(tree.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + 20)


def short_list(name: str, headers: list[str], stretch: int) -> QTreeWidget:
    """A few records (a customer's deals, reminders), one line each; the `stretch` column takes
    the room left, the others are as wide as their text."""
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


def fit_height(tree: QTreeWidget, rows: int, most: int) -> None:
    """As tall as its rows, up to `most` of them (then it scrolls)."""
    tree.setFixedHeight(tree.header().sizeHint().height()
                        + min(rows, most) * tree.sizeHintForRow(0) + 2 * tree.frameWidth() + 2)


def tree_texts(tree: QTreeWidget | None) -> list[list[str]]:
    """What a flat list shows, row by row (none for no list)."""
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


def available_rect(widget: QWidget | None = None) -> QRect:
    """The screen's area free of task bars: the widget's screen, else the primary one."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_to_screen(widget: QWidget, width: int, height: int, *, share: float = 0.9) -> None:
    """Size a window to `width` x `height`, or to `share` of the screen's free area when the
    screen is smaller, and centre it there: nothing of it runs off the screen."""
    area = available_rect(widget)
    w = min(width, int(area.width() * share))
    h = min(height, int(area.height() * share))
    widget.resize(w, h)
    widget.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)


def fit_width(widget: QWidget, width: int) -> None:
    """Size a dialog to `width` and as tall as its content at that width: word-wrapped text
    (a hint, an explanation) takes the lines it needs there instead of being cut off, as the
    size hint alone (made for another width) would leave it; no taller than the screen."""
    layout = widget.layout()
    height = widget.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    widget.resize(width, min(height, available_rect(widget).height()))


def clamp_to_screen(widget: QWidget) -> None:
    """After restoring a saved geometry: a window whose screen is gone, or that is larger than
    its screen, is brought back onto a visible screen, whole."""
    from PySide6.QtGui import QGuiApplication

    frame = widget.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    margin = frame.size() - widget.geometry().size()  # the title bar and borders
    w = min(widget.width(), area.width() - margin.width())
    h = min(widget.height(), area.height() - margin.height())
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class EmptyState(QWidget):
    """What an empty list says instead of a blank: a line in bold, a line of explanation, and
    buttons that lead on (add the first one, clear the filters). set_text() changes the words
    (a list empty because of its filters says so); add_button() adds a way on."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = plain_label()
        self.title.setObjectName("empty_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.text = plain_label(style=HINT)
        self.text.setObjectName("empty_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 12, 48, 12)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def set_text(self, title: str, text: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))

    def add_button(self, text: str, slot: Callable[[], Any], name: str = "",
                   icon_name: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class UndoNotice(QWidget):
    """What just happened, with a button to take it back, for the status bar: "Won: 水泥采购
    [Undo]". It hides by itself after a while or when another notice replaces it."""

    undo_requested = Signal(str)  # the id of the step to undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_notice")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("undo_notice_text")
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setObjectName("undo_notice_button")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline;"
                                  " padding: 0 4px; }")
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.op_id = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_notice(self, text: str, op_id: str = "", ms: int = 12000) -> None:
        self.label.setText(text)
        self.op_id = op_id
        self.button.setVisible(bool(op_id))
        self.show()
        self.timer.start(ms)

    def _undo(self) -> None:
        op_id, self.op_id = self.op_id, ""
        self.hide()
        if op_id:
            self.undo_requested.emit(op_id)
