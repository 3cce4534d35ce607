"""The pipeline board: one list per stage, cards painted by a delegate, a home-made drag.

Each column is a QListView over a CardModel (a QAbstractListModel of the stage's card dicts)
whose CardDelegate paints the cards: 2,000 deals are 2,000 rows of a few models, never 2,000
widgets, so the board shows at once and only the visible cards are ever painted.

Dragging is done here rather than with QDrag, whose nested event loop tests cannot drive: a
press on a card, a move beyond QApplication.startDragDistance() and the board takes over, with
an application event filter, every mouse move and the release until the drop, wherever they
arrive (the source viewport that grabbed the mouse in real use, or the widget a test names).
It works from global positions only: the release is mapped to the column and the gap between
two cards under it, or to the Won/Lost targets below the columns.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.core.money import Totals
from views.common import format_money, format_totals
from views.widgets import plain_tooltip  # noqa: F401 - also read from here by other views

STALL_ORANGE = QColor("#e67e22")
STALL_RED = QColor("#d63031")
WON_GREEN = QColor("#2e9d57")
LOST_RED = QColor("#c0392b")
COLUMN_MIN_WIDTH = 210


def short_date(iso: str) -> str:
    """12-05 for a date of this year, 2027-01-05 for another year."""
    return iso[5:10] if iso[:4] == clock.today().isoformat()[:4] else iso[:10]


# -- the model of one column -------------------------------------------------------------------
class CardModel(QAbstractListModel):
    """The open deals of one stage, in board order, as card dicts (models.deals.board)."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    CardRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, stage: dict, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[dict] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card["title"]
        if role == self.IdRole:
            return card["id"]
        if role == self.CardRole:
            return card
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card["customer_name"] or "", card["title"] or "",
                     format_money(card["amount"])]
            if card.get("next_step"):
                lines.append(card["next_step"])
            if card.get("next_reminder"):
                lines.append(self.tr("Next reminder {when}").format(
                    when=card["next_reminder"][:16].replace("T", " ")))
            if card.get("stall_reason"):
                lines.append(card["stall_reason"])
            return plain_tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card['customer_name']} — {card['title']}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def ids(self) -> list[str]:
        return [c["id"] for c in self.cards]

    def row_of(self, deal_id: str) -> int:
        for row, card in enumerate(self.cards):
            if card["id"] == deal_id:
                return row
        return -1

    def set_cards(self, stage: dict, cards: list[dict]) -> None:
        """Show these cards: the same deals in the same order only repaint, others reset."""
        self.stage = stage
        if [c["id"] for c in cards] == self.ids():
            self.cards = cards
            if cards:
                self.dataChanged.emit(self.index(0), self.index(len(cards) - 1))
            return
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()


# -- painting a card ---------------------------------------------------------------------------
class CardDelegate(QStyledItemDelegate):
    """Paints a card: customer and amount, title, next step, days in stage and owner, and the
    stalled mark. Book text is drawn as plain text, elided to the card's width."""

    MARGIN_X, MARGIN_Y, PAD = 6, 3, 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._size: tuple[int, QSize] | None = None
        self.dragging_id: str | None = None  # the card being dragged: drawn faded in place

    def sizeHint(self, option, index) -> QSize:
        fm = option.fontMetrics
        key = fm.height()
        if self._size is None or self._size[0] != key:
            line = fm.height() + 3
            self._size = (key, QSize(COLUMN_MIN_WIDTH, 4 * line + 2 * self.PAD + 2 * self.MARGIN_Y))
        return self._size[1]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card = index.data(CardModel.CardRole)
        if card is None:
            return
        model = index.model()
        stage = getattr(model, "stage", None) or {}
        if card["id"] == self.dragging_id:
            painter.save()
            painter.setOpacity(0.35)
            self.paint_card(painter, QRect(option.rect), option, card, stage)
            painter.restore()
            return
        self.paint_card(painter, QRect(option.rect), option, card, stage)

    def paint_card(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem, card: dict,
                   stage: dict) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = QRectF(rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y))
        box.adjust(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(box, 6, 6)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        stalled = bool(card.get("stalled"))
        mark_color = STALL_RED if stalled and card.get("stalled_days", 0) >= max(
            1, int(stage.get("stall_days") or 7)) else STALL_ORANGE
        if stalled:  # a stripe on the left edge, in the mark's colour
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()), mark_color)
            painter.restore()
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(
            QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)
        if focused and not selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawPath(path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

        inner = box.toRect().adjusted(self.PAD + (2 if stalled else 0), self.PAD - 2,
                                      -self.PAD, -self.PAD + 2)
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setBold(True)
        fm, fm_bold = QFontMetrics(base_font), QFontMetrics(bold)
        line = fm.height() + 3
        text = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        width = inner.width()

        def row_rect(n: int) -> QRect:
            return QRect(inner.left(), inner.top() + n * line, width, line)

        # 1: customer, amount
        amount = format_money(card.get("amount"))
        amount_w = fm_bold.horizontalAdvance(amount) + 6
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(row_rect(0), right, amount)
        painter.drawText(row_rect(0).adjusted(0, 0, -amount_w, 0), left,
                         fm_bold.elidedText(card.get("customer_name") or "", Qt.TextElideMode.ElideRight,
                                            max(0, width - amount_w)))
        # 2: title
        painter.setFont(base_font)
        painter.drawText(row_rect(1), left,
                         fm.elidedText(card.get("title") or "", Qt.TextElideMode.ElideRight, width))
        # 3: next step
        painter.setPen(dim)
        step = card.get("next_step") or ""
        step_text = (self.tr("Next: {step}").format(step=step) if step
                     else self.tr("No next step"))
        follow = card.get("next_reminder") or ""
        follow_w = 0
        if follow:  # the deal's next reminder: red once it is due
            follow_text = self.tr("Reminder {date}").format(date=short_date(follow))
            follow_w = fm.horizontalAdvance(follow_text) + 8
            painter.setPen(STALL_RED if follow <= clock.today().isoformat() else dim)
            painter.drawText(row_rect(2), right, follow_text)
            painter.setPen(dim)
        painter.drawText(row_rect(2).adjusted(0, 0, -follow_w, 0), left,
                         fm.elidedText(step_text, Qt.TextElideMode.ElideRight,
                                       max(0, width - follow_w)))
        # 4: days in stage, owner; the stalled mark on the right
        mark = ""
        mark_w = 0
        if stalled:
            mark = self.tr("Stalled {n} d").format(n=card.get("stalled_days", 0))
            mark_w = fm_bold.horizontalAdvance(mark) + 8
            painter.setFont(bold)
            painter.setPen(mark_color)
            painter.drawText(row_rect(3), right, mark)
            painter.setFont(base_font)
            painter.setPen(dim)
        facts = self.tr("{n} d in stage").format(n=card.get("days_in_stage", 0))
        if card.get("owner_name"):
            facts += " · " + card["owner_name"]
        painter.drawText(row_rect(3).adjusted(0, 0, -mark_w, 0), left,
                         fm.elidedText(facts, Qt.TextElideMode.ElideRight, max(0, width - mark_w)))
        painter.restore()

    def card_pixmap(self, view: QListView, index, opacity: float = 0.85) -> QPixmap:
        """The card as a semi-transparent picture, for the card that follows the mouse."""
        rect = view.visualRect(index)
        ratio = view.devicePixelRatioF()
        pixmap = QPixmap(rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        option.state |= QStyle.StateFlag.State_Selected
        option.rect = QRect(QPoint(0, 0), rect.size())
        painter = QPainter(pixmap)
        painter.setOpacity(opacity)
        self.paint_card(painter, option.rect, option, index.data(CardModel.CardRole),
                        getattr(index.model(), "stage", {}) or {})
        painter.end()
        return pixmap


# -- the widgets of a column -------------------------------------------------------------------
class CardList(QListView):
    """The cards of one column. Keys the board handles are sent to it as signals."""

    move_focus = Signal(int)  # -1 = the column on the left, +1 = on the right
    move_card = Signal(int)  # -1/+1 = to the previous/next stage
    reorder_card = Signal(int)  # -1/+1 = up/down in the column
    open_card = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(24)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            (self.move_card if ctrl else self.move_focus).emit(step)
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder_card.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_card.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def reset_mouse_state(self) -> None:
        """After a drag the board finished, the view must not think the button is still down."""
        self.setState(QAbstractItemView.State.NoState)


class ColumnHeader(QWidget):
    """Stage name and count on the first line, total and weighted amount on the second: one
    of each per currency (views.common.format_totals), never a sum of two currencies."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = ""
        self.count = 0
        self.total = Totals()
        self.weighted = Totals()
        self.probability = 0
        self.split = False  # total and weighted on lines of their own (several currencies)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_values(self, name: str, count: int, total: Totals, weighted: Totals,
                   probability: int) -> None:
        self.name, self.count, self.total, self.weighted = name, count, total, weighted
        self.probability = probability
        self.setToolTip(plain_tooltip("\n".join((self.name, self.tr("{total} in all").format(
            total=format_totals(total, compact=False)), self.tr("{weighted} weighted").format(
            weighted=format_totals(weighted, compact=False))))))
        self.setAccessibleName(self.texts()[0])
        self.update()

    def texts(self) -> tuple[str, str]:
        """What the header shows, as text (for tests and accessibility)."""
        first = f"{self.name} ({self.count})"
        second = self.tr("{total}; weighted {weighted}").format(
            total=format_totals(self.total), weighted=format_totals(self.weighted))
        return first, second

    def amount_lines(self) -> list[str]:
        """The amounts as painted: one line, or total and weighted apart when split."""
        if not self.split:
            return [self.texts()[1]]
        return [self.tr("{total} in all").format(total=format_totals(self.total)),
                self.tr("{weighted} weighted").format(weighted=format_totals(self.weighted))]

    def set_split(self, split: bool) -> None:
        if split != self.split:
            self.split = split
            self.updateGeometry()
            self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        lines = 3 if self.split else 2
        return QSize(COLUMN_MIN_WIDTH, lines * fm.height() + 9 * lines)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        fm = self.fontMetrics()
        rect = self.rect().adjusted(8, 6, -8, -4)
        bold = QFont(self.font())
        bold.setBold(True)
        fmb = QFontMetrics(bold)
        count = str(self.count)
        badge_w = fmb.horizontalAdvance(count) + 14
        first = QRect(rect.left(), rect.top(), rect.width(), fm.height() + 2)
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(first.adjusted(0, 0, -badge_w - 4, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fmb.elidedText(self.name, Qt.TextElideMode.ElideRight,
                                        max(0, first.width() - badge_w - 4)))
        badge = QRectF(first.right() - badge_w, first.top() + 1, badge_w, first.height() - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.Base))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        top = first.bottom() + 3
        for text in self.amount_lines():
            line = QRect(rect.left(), top, rect.width(), fm.height() + 2)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, line.width()))
            top = line.bottom() + 3
        painter.end()


class BoardColumn(QFrame):
    """A stage: its header over its cards."""

    def __init__(self, stage: dict, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("board_column")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stage = stage
        self.header = ColumnHeader(self)
        self.model = CardModel(stage, self)
        self.list = CardList(self)
        self.list.setObjectName("board_list_" + (stage.get("key") or stage["id"]))
        self.list.setModel(self.model)
        self.list.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window,
                         palette.color(QPalette.ColorRole.Window).darker(104))
        self.setPalette(palette)

    @property
    def stage_id(self) -> str:
        return self.stage["id"]

    def insert_row_at(self, global_pos: QPoint) -> int:
        """The gap between cards under a global position: 0 = above the first card."""
        view = self.list
        vp = view.viewport()
        p = vp.mapFromGlobal(global_pos)
        n = self.model.rowCount()
        if p.y() < 0 or not n:
            return 0
        idx = view.indexAt(QPoint(max(0, min(vp.width() - 1, p.x())), p.y()))
        if not idx.isValid():
            return n
        rect = view.visualRect(idx)
        return idx.row() + (1 if p.y() > rect.center().y() else 0)

    def gap_y(self, row: int) -> int:
        """The y (in the viewport) of the gap before `row` (row == count: after the last)."""
        n = self.model.rowCount()
        if not n:
            return 2
        if row < n:
            return self.list.visualRect(self.model.index(row)).top()
        return self.list.visualRect(self.model.index(n - 1)).bottom() + 1


class DropZone(QWidget):
    """Won or Lost, at the bottom of the board: a target for a dragged card."""

    def __init__(self, kind: str, text: str, color: QColor, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.text = text
        self.color = color
        self.active = False  # a card hovers over it
        self.dragging = False  # a drag is on: the zone shows it takes cards
        self.setObjectName(f"drop_{kind}")
        self.setMinimumHeight(self.fontMetrics().height() + 22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 22)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = QRectF(self.rect()).adjusted(4.5, 3.5, -4.5, -3.5)
        fill = QColor(self.color)
        fill.setAlpha(90 if self.active else 40 if self.dragging else 22)
        painter.setBrush(fill)
        pen = QPen(self.color, 2 if self.active else 1,
                   Qt.PenStyle.SolidLine if self.active else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(box, 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.color.darker(115))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


# -- the board ---------------------------------------------------------------------------------
class Board(QWidget):
    """The columns side by side (scrolling sideways when they do not fit) and Won/Lost below.

    It shows what the page gives it (set_columns) and tells the page what the user asks for;
    it never writes the book itself.
    """

    card_activated = Signal(str)  # open the deal
    card_dropped = Signal(str, str, int)  # deal id, stage id, index among the other cards
    card_closed = Signal(str, str)  # deal id, "won" | "lost"
    card_menu = Signal(str, QPoint)  # deal id, global position
    card_key_move = Signal(str, int)  # deal id, -1/+1 stage
    card_key_reorder = Signal(str, int)  # deal id, -1/+1 place
    selection_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.delegate = CardDelegate(self)
        self.columns: list[BoardColumn] = []
        self._press: tuple[CardList, str, QPoint, QPoint] | None = None
        self._drag: dict | None = None
        self._filtering_app = False
        self._selecting = False

        self.strip = QWidget()
        self.strip.setObjectName("board_columns")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("board_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)

        self.won_zone = DropZone("won", self.tr("Won"), WON_GREEN, self)
        self.lost_zone = DropZone("lost", self.tr("Lost…"), LOST_RED, self)
        self.won_zone.setToolTip(self.tr("Drop a card here to mark the deal won"))
        self.lost_zone.setToolTip(self.tr("Drop a card here to mark the deal lost"))
        zones = QHBoxLayout()
        zones.setContentsMargins(0, 0, 0, 0)
        zones.setSpacing(6)
        zones.addWidget(self.won_zone)
        zones.addWidget(self.lost_zone)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(zones)

        # What shows a drag: the line where the card would land, the card under the mouse.
        self.indicator = QFrame(self)
        self.indicator.setObjectName("drop_indicator")
        self.indicator.setFixedHeight(3)
        self.indicator.setAutoFillBackground(True)
        pal = self.indicator.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Highlight))
        self.indicator.setPalette(pal)
        self.indicator.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.indicator.hide()
        self.floater = QLabel(self)
        self.floater.setObjectName("drag_card")
        self.floater.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.floater.hide()

    # -- showing ---------------------------------------------------------------------------
    def set_columns(self, data: list[dict], label) -> None:
        """Show models.deals.board() output; label(stage) gives a stage's name. Keeps the
        selected card and each column's scroll position."""
        selected = self.selected_id()
        had_focus = any(c.list.hasFocus() for c in self.columns)
        scrolls = {c.stage_id: c.list.verticalScrollBar().value() for c in self.columns}
        if [c.stage_id for c in self.columns] != [d["stage"]["id"] for d in data]:
            self._build_columns([d["stage"] for d in data])
        self._selecting = True
        # several currencies anywhere: every header gives total and weighted a line each, so
        # the headers keep one height
        split = any(len(item["total"]) > 1 for item in data)
        try:
            for column, item in zip(self.columns, data, strict=True):
                column.header.set_split(split)
                column.stage = item["stage"]
                column.model.set_cards(item["stage"], item["deals"])
                column.header.set_values(label(item["stage"]), item["count"], item["total"],
                                         item["weighted"], item["stage"].get("probability", 0))
                if column.stage_id in scrolls:
                    column.list.verticalScrollBar().setValue(scrolls[column.stage_id])
        finally:
            self._selecting = False
        if selected:
            self.select_deal(selected, focus=had_focus, scroll=False)

    def _build_columns(self, stages: list[dict]) -> None:
        for column in self.columns:
            column.list.viewport().removeEventFilter(self)
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for stage in stages:
            column = BoardColumn(stage, self.delegate, self.strip)
            column.list.viewport().installEventFilter(self)
            view = column.list
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev, v=view: self._current_changed(v, cur))
            view.doubleClicked.connect(lambda idx: self.card_activated.emit(idx.data(CardModel.IdRole)))
            view.open_card.connect(lambda v=view: self._emit_for(v, self.card_activated))
            view.move_focus.connect(lambda step, v=view: self.focus_neighbour(v, step))
            view.move_card.connect(lambda step, v=view: self._emit_for(v, self.card_key_move, step))
            view.reorder_card.connect(
                lambda step, v=view: self._emit_for(v, self.card_key_reorder, step))
            view.customContextMenuRequested.connect(lambda pos, v=view: self._menu_at(v, pos))
            self.strip_layout.addWidget(column, 1)
            self.columns.append(column)

    def column_of(self, stage_id: str) -> BoardColumn | None:
        return next((c for c in self.columns if c.stage_id == stage_id), None)

    # -- selection -------------------------------------------------------------------------
    def _current_changed(self, view: CardList, current) -> None:
        if not current.isValid() or self._selecting:
            return
        for column in self.columns:  # one selected card on the whole board
            if column.list is not view:
                column.list.clearSelection()
                column.list.setCurrentIndex(QModelIndex())
        self.selection_changed.emit()

    def selected_id(self) -> str | None:
        for column in self.columns:
            idx = column.list.currentIndex()
            if idx.isValid() and column.list.selectionModel().isSelected(idx):
                return idx.data(CardModel.IdRole)
        return None

    def select_deal(self, deal_id: str, *, focus: bool = True, scroll: bool = True) -> bool:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                idx = column.model.index(row)
                column.list.setCurrentIndex(idx)
                if scroll:
                    column.list.scrollTo(idx)
                    self.scroll.ensureWidgetVisible(column, 0, 0)
                if focus:
                    column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def focus_neighbour(self, view: CardList, step: int) -> None:
        """Left/Right: the nearest column with cards that way, about the same row."""
        i = next((n for n, c in enumerate(self.columns) if c.list is view), -1)
        row = max(0, view.currentIndex().row())
        j = i + step
        while 0 <= j < len(self.columns):
            column = self.columns[j]
            n = column.model.rowCount()
            if n:
                idx = column.model.index(min(row, n - 1))
                column.list.setCurrentIndex(idx)
                column.list.scrollTo(idx)
                column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            j += step

    def _emit_for(self, view: CardList, signal, *args) -> None:
        idx = view.currentIndex()
        if idx.isValid():
            signal.emit(idx.data(CardModel.IdRole), *args)

    def _menu_at(self, view: CardList, pos: QPoint) -> None:
        idx = view.indexAt(pos)
        if idx.isValid():
            view.setCurrentIndex(idx)
            self.card_menu.emit(idx.data(CardModel.IdRole), view.viewport().mapToGlobal(pos))

    # -- dragging --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._drag is not None:
            if kind == QEvent.Type.MouseMove:
                self._drag_to(event.globalPosition().toPoint())
                return True
            if kind == QEvent.Type.MouseButtonRelease:
                self._drop(event.globalPosition().toPoint())
                return True
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                return True
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.cancel_drag()
                return True
            if kind == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
                event.accept()
                return True
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            view = watched.parent()
            if isinstance(view, CardList):
                idx = view.indexAt(event.position().toPoint())
                self._press = (view, idx.data(CardModel.IdRole), event.globalPosition().toPoint(),
                               event.position().toPoint()) if idx.isValid() else None
            return False
        if kind == QEvent.Type.MouseMove and self._press is not None:
            if not event.buttons() & Qt.MouseButton.LeftButton:
                self._press = None
                return False
            gpos = event.globalPosition().toPoint()
            if (gpos - self._press[2]).manhattanLength() >= QApplication.startDragDistance():
                self._start_drag(gpos)
                return True
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            self._press = None
        return False

    def _start_drag(self, gpos: QPoint) -> None:
        view, deal_id, _press_g, press_local = self._press
        self._press = None
        column = next(c for c in self.columns if c.list is view)
        row = column.model.row_of(deal_id)
        if row < 0:
            return
        idx = column.model.index(row)
        rect = view.visualRect(idx)
        self._drag = {"deal_id": deal_id, "stage_id": column.stage_id, "row": row,
                      "hotspot": press_local - rect.topLeft(), "view": view, "target": None}
        self.floater.setPixmap(self.delegate.card_pixmap(view, idx))
        self.delegate.dragging_id = deal_id
        view.viewport().update()
        self.floater.resize(rect.size())
        self.floater.raise_()
        self.floater.show()
        for zone in (self.won_zone, self.lost_zone):
            zone.dragging = True
            zone.update()
        app = QApplication.instance()
        app.installEventFilter(self)
        self._filtering_app = True
        self._drag_to(gpos)

    def target_at(self, gpos: QPoint) -> tuple[str, str | None, int]:
        """What is under a global position: ("won"|"lost", None, -1), ("column", stage id,
        gap row) or ("none", None, -1)."""
        for zone in (self.won_zone, self.lost_zone):
            if zone.isVisible() and zone.rect().contains(zone.mapFromGlobal(gpos)):
                return zone.kind, None, -1
        area = self.scroll.viewport()
        if not area.rect().contains(area.mapFromGlobal(gpos)):
            return "none", None, -1
        for column in self.columns:
            if column.rect().contains(column.mapFromGlobal(gpos)):
                return "column", column.stage_id, column.insert_row_at(gpos)
        return "none", None, -1

    def _autoscroll(self, gpos: QPoint) -> None:
        """Near an edge of a column or of the board, scroll that way a little."""
        area = self.scroll.viewport()
        p = area.mapFromGlobal(gpos)
        bar = self.scroll.horizontalScrollBar()
        if 0 <= p.y() < area.height():
            if 0 <= p.x() < 30:
                bar.setValue(bar.value() - 20)
            elif area.width() - 30 < p.x() <= area.width():
                bar.setValue(bar.value() + 20)
        for column in self.columns:
            vp = column.list.viewport()
            q = vp.mapFromGlobal(gpos)
            if 0 <= q.x() < vp.width():
                vbar = column.list.verticalScrollBar()
                if -20 < q.y() < 24:
                    vbar.setValue(vbar.value() - 20)
                elif vp.height() - 24 < q.y() < vp.height() + 20:
                    vbar.setValue(vbar.value() + 20)

    def _drag_to(self, gpos: QPoint) -> None:
        drag = self._drag
        self._autoscroll(gpos)
        top_left = self.mapFromGlobal(gpos) - drag["hotspot"]
        self.floater.move(top_left)
        kind, stage_id, row = self.target_at(gpos)
        drag["target"] = (kind, stage_id, row)
        self.won_zone.active = kind == "won"
        self.lost_zone.active = kind == "lost"
        self.won_zone.update()
        self.lost_zone.update()
        if kind == "column":
            column = self.column_of(stage_id)
            vp = column.list.viewport()
            y = max(0, min(vp.height() - 2, column.gap_y(row) - 1))
            origin = vp.mapTo(self, QPoint(0, y))
            self.indicator.setGeometry(origin.x() + 4, origin.y(), vp.width() - 8, 3)
            self.indicator.show()
            self.indicator.raise_()
        else:
            self.indicator.hide()
        self.floater.raise_()

    def _end_drag(self) -> dict | None:
        drag, self._drag = self._drag, None
        if self._filtering_app:
            QApplication.instance().removeEventFilter(self)
            self._filtering_app = False
        self.indicator.hide()
        self.floater.hide()
        self.floater.clear()
        for zone in (self.won_zone, self.lost_zone):
            zone.active = zone.dragging = False
            zone.update()
        self.delegate.dragging_id = None
        if drag is not None:
            drag["view"].reset_mouse_state()
            drag["view"].viewport().update()
        return drag

    def cancel_drag(self) -> None:
        self._end_drag()

    def dragging(self) -> bool:
        return self._drag is not None

    def _drop(self, gpos: QPoint) -> None:
        drag = self._end_drag()
        if drag is None:
            return
        kind, stage_id, row = self.target_at(gpos)
        deal_id = drag["deal_id"]
        if kind in ("won", "lost"):
            self.card_closed.emit(deal_id, kind)
        elif kind == "column":
            if stage_id == drag["stage_id"]:
                if row > drag["row"]:
                    row -= 1  # the index among the other cards
                if row == drag["row"]:
                    return
            self.card_dropped.emit(deal_id, stage_id, row)

    def hideEvent(self, event) -> None:
        if self._drag is not None:
            self.cancel_drag()
        super().hideEvent(event)
