"""The forecast strip above the board: weighted amount by expected close month, painted.

A few bars need no chart library: QPainter draws them, each with its amount above it and its
month below, so the strip stays light and reads the same in both languages. Amounts are per
currency (money.Totals): the label above a bar and the six months' sum name every currency;
the bars' heights are drawn for the book's main currency only (two currencies are never added,
so they cannot share one bar), which the strip then says.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models.core import money
from models.core.money import Totals
from views.common import format_totals
from views.pipeline_board import plain_tooltip

BAR = QColor("#4a90d9")


class ForecastStrip(QWidget):
    """models.deals.forecast() as bars: one per month, the weighted amount readable on each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("forecast")
        self.months: list[dict] = []
        self.main = money.DEFAULT_CURRENCY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_months(self, months: list[dict], main: str = money.DEFAULT_CURRENCY) -> None:
        """models.deals.forecast() output; main: the currency the bars are drawn in."""
        self.months = months
        self.main = main
        self.setAccessibleDescription("; ".join(
            f"{self.month_label(m['month'])} {self._text(m['weighted'])}" for m in months))
        self.update()

    def _text(self, totals: Totals, compact: bool = True) -> str:
        return format_totals(totals, compact=compact, main=self.main)

    def summary(self) -> str:
        """The second line under the title: the six months' weighted sum per currency, and
        which currency the bars show when there are several."""
        total = Totals()
        for m in self.months:
            total = total + m["weighted"]
        text = self.tr("6 months: {total}").format(total=self._text(total))
        if any(code != self.main for code in total):
            text += "\n" + self.tr("Bars: {currency} only").format(currency=self.main)
        return text

    def month_label(self, month: str) -> str:
        """"Jan 2026" / "2026年1月": the format is translated (QDate.toString names months in
        English whatever the locale, so Chinese uses digits)."""
        year, mon = int(month[:4]), int(month[5:7])
        return QDate(year, mon, 1).toString(self.tr("MMM yyyy"))

    def title(self) -> str:
        return self.tr("Weighted forecast")

    def sizeHint(self) -> QSize:
        return QSize(600, 4 * self.fontMetrics().height() + 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _slots(self) -> list[QRect]:
        bold = QFont(self.font())
        bold.setBold(True)
        fm = self.fontMetrics()
        summary = max((fm.horizontalAdvance(line) for line in self.summary().split("\n")),
                      default=0)
        title_w = min(max(QFontMetrics(bold).horizontalAdvance(self.title()) + 24, summary + 20,
                          110), max(110, self.width() // 4))
        area = self.rect().adjusted(title_w, 4, -8, -4)
        n = max(1, len(self.months))
        width = area.width() / n
        return [QRect(int(area.left() + i * width), area.top(), int(width), area.height())
                for i in range(len(self.months))]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        fmb = QFontMetrics(bold)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRect(10, 0, self.width(), self.height() // 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.title())
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        title_w = self._slots()[0].left() - 10 if self.months else self.width()
        painter.drawText(QRect(10, self.height() // 2 + 2, title_w, self.height() // 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.summary())
        top = max((m["weighted"].get(self.main, 0) for m in self.months), default=0) or 1
        value_h = fmb.height() + 2
        label_h = fm.height() + 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for slot, month in zip(self._slots(), self.months, strict=True):
            bar_area = QRect(slot.left() + 6, slot.top() + value_h, slot.width() - 12,
                             slot.height() - value_h - label_h)
            h = max(2.0, bar_area.height() * month["weighted"].get(self.main, 0) / top)
            bar_w = min(bar_area.width(), max(24, bar_area.width() * 2 // 3))
            bar = QRectF(bar_area.center().x() - bar_w / 2, bar_area.bottom() - h + 1, bar_w, h)
            color = QColor(BAR)
            if not month["weighted"].get(self.main, 0):
                color = palette.color(QPalette.ColorRole.Mid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            value_rect = QRect(slot.left(), int(bar.top()) - value_h, slot.width(), value_h)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             fmb.elidedText(self._text(month["weighted"]),
                                            Qt.TextElideMode.ElideRight, slot.width() - 4))
            painter.setFont(self.font())
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(slot.left(), slot.bottom() - label_h + 1, slot.width(), label_h),
                             Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(self.month_label(month["month"]),
                                           Qt.TextElideMode.ElideRight, slot.width() - 4))
        painter.end()

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            pos = event.pos()
            for slot, month in zip(self._slots(), self.months, strict=True):
                if slot.contains(pos):
                    text = self.tr("{month}: {count} deals, {total} in all, {weighted} weighted"
                                   ).format(month=self.month_label(month["month"]),
                                            count=month["count"],
                                            total=self._text(month["total"], False),
                                            weighted=self._text(month["weighted"], False))
                    QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
