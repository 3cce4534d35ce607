"""The Reports page: the monthly report pack (models.reports) as charts, for a month and a
salesperson or everyone; printed through Qt's print preview, saved as PDF, as PNG files or as
the numbers behind the charts in a workbook.

matplotlib is heavy: neither this module nor the main window imports it. The page imports
views.report_charts (and with it matplotlib) the first time it is shown, so start-up stays as
fast as before the reports existed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.core import clock
from models.customers import queries
from models.reports import monthly
from views.context import AppContext
from views.file_dialogs import existing_folder, save_file_name
from views.widgets import fit_to_screen

MONTHS_BACK = 36  # months offered in the month picker
REPORT_TABLES = {"customers", "deals", "deal_history", "interactions", "reminders", "users",
                 "grade_changes", "stages", "settings"}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def last_full_month(today: dt.date) -> str:
    first = today.replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def month_choices(newest: str, count: int = MONTHS_BACK) -> list[str]:
    """newest and the months before it, newest first."""
    year, month = (int(p) for p in newest.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out


def figure_svg(fig) -> bytes:
    """The figure as SVG drawn by matplotlib (text as outlines of the bundled font): Qt paints
    it as vectors, as sharp in the preview as on paper, whatever the printer's resolution.
    A blank glyph (a space) is a <path> with no outline that text <use>s; Qt's SVG reader
    drops such a path and warns of each link to it, so both are left out."""
    import io
    import re

    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", facecolor="white")
    svg = buffer.getvalue().decode("utf-8")
    blank = set(re.findall(r'<path id="([^"]+)"(?![^>]*\sd=)[^>]*/>', svg))
    if blank:
        names = "|".join(re.escape(name) for name in blank)
        svg = re.sub(rf'\s*<path id="(?:{names})"(?![^>]*\sd=)[^>]*/>', "", svg)
        svg = re.sub(rf'\s*<use xlink:href="#(?:{names})"[^>]*/>', "", svg)
    return svg.encode("utf-8")


def chart_canvas(fig) -> QWidget:
    """A Qt canvas for a chart that leaves the mouse wheel to the page: the charts are not
    zoomed or panned, so a wheel turned over one scrolls the page under it."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class ChartCanvas(FigureCanvasQTAgg):
        def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()
                return
            QCoreApplication.sendEvent(area.viewport(), event.clone())
            event.accept()

    return ChartCanvas(fig)


class ReportsPage(QWidget):
    rendered = Signal()  # the charts show the chosen month and salesperson

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.ctx = ctx
        self.pack: dict | None = None
        self.charts: list[tuple[str, str, object]] = []  # (key, title, Figure) shown
        self.canvases: list[QWidget] = []
        self._stale = True
        self.month_box = QComboBox(self)
        self.month_box.setObjectName("report_month")
        for month in month_choices(clock.now().strftime("%Y-%m")):
            self.month_box.addItem(month, month)
        self.month_box.setCurrentIndex(self.month_box.findData(last_full_month(clock.today())))
        self.owner_box = QComboBox(self)
        self.owner_box.setObjectName("report_owner")
        self._fill_owners()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("report_print")
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("report_pdf")
        self.png_button = QPushButton(self.tr("Save charts as PNG…"), self)
        self.png_button.setObjectName("report_png")
        self.xlsx_button = QPushButton(self.tr("Export numbers…"), self)
        self.xlsx_button.setObjectName("report_xlsx")
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.png_button.clicked.connect(lambda: self.save_pngs())
        self.xlsx_button.clicked.connect(lambda: self.export_numbers())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month_box)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Salesperson"), self))
        top.addWidget(self.owner_box)
        top.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.png_button, self.xlsx_button):
            top.addWidget(button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("report_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.charts_widget = QWidget()
        self.charts_layout = QVBoxLayout(self.charts_widget)
        self.charts_layout.setSpacing(16)
        self.charts_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("report_charts")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.charts_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll, 1)
        self.month_box.currentIndexChanged.connect(self._choice_changed)
        self.owner_box.currentIndexChanged.connect(self._choice_changed)
        self.refresh_timer = QTimer(self)  # many operations in a row render once
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(300)
        self.refresh_timer.timeout.connect(self._refresh_if_shown)
        ctx.book_changed.connect(self._book_changed)
        ctx.user_changed.connect(self._fill_owners)

    # -- choosing ------------------------------------------------------------------------
    @property
    def month(self) -> str:
        return self.month_box.currentData()

    @property
    def owner_id(self) -> str | None:
        return self.owner_box.currentData()

    def set_month(self, month: str) -> None:
        index = self.month_box.findData(month)
        if index < 0:
            self.month_box.insertItem(0, month, month)
            index = 0
        self.month_box.setCurrentIndex(index)

    def set_owner(self, owner_id: str | None) -> None:
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(owner_id)))

    def _fill_owners(self) -> None:
        current = self.owner_box.currentData()
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("Everyone"), None)
        for user in queries.users(self.ctx.book):
            self.owner_box.addItem(user["name"], user["id"])
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(current)))
        self.owner_box.blockSignals(False)

    def _choice_changed(self) -> None:
        self._stale = True
        self._refresh_if_shown()

    def _book_changed(self, changes) -> None:
        if "users" in changes.tables:
            self._fill_owners()
        if REPORT_TABLES & set(changes.tables):
            self._stale = True
            if self.isVisible():
                self.refresh_timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._stale:
            self.render_charts()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._refresh_if_shown)  # the page paints first, then charts

    # -- the charts ----------------------------------------------------------------------
    def make_pack(self) -> dict:
        return monthly.pack(self.ctx.book, self.month, self.owner_id)

    def render_charts(self) -> None:
        """The pack's charts, one under another (imports matplotlib the first time)."""
        from views import report_charts

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report_charts.setup_font()
            self.pack = self.make_pack()
            try:
                charts = report_charts.figures(self.pack, translate)
            except Exception as exc:  # noqa: BLE001 - logged and shown; the page stays usable
                import sys

                self._stale = False  # not again until the month, salesperson or book change
                self.status_label.setText(self.tr("The charts could not be drawn: {error}")
                                          .format(error=exc))
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            for canvas in self.canvases:
                self.charts_layout.removeWidget(canvas)
                canvas.deleteLater()
            self.canvases = []
            self.charts = list(charts)
            for n, (key, title, fig) in enumerate(self.charts):
                canvas = chart_canvas(fig)
                canvas.setObjectName(f"chart_{key}")
                canvas.setToolTip(title)
                height = fig.get_size_inches()[1]
                canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                canvas.setFixedHeight(int(height * self.logicalDpiY() * 0.9))
                self.charts_layout.insertWidget(n, canvas)
                self.canvases.append(canvas)
            self._stale = False
            owner = self.owner_box.currentText()
            self.status_label.setText(self.tr("{shop} · {month} · {owner}").format(
                shop=self.pack.get("shop", ""), month=self.month, owner=owner).strip(" ·"))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.rendered.emit()

    def _current_pack(self) -> dict:
        if self.pack is None or self._stale:
            self.render_charts()
        return self.pack

    @staticmethod
    def language() -> str:
        # Translated to "zh_CN" in Chinese: the language the PDF's dates and numbers take.
        text = QCoreApplication.translate("ReportsPage", "en")
        return text if text in ("zh_CN", "en") else "en"

    def _file_stem(self) -> str:
        owner = self.owner_box.currentText() if self.owner_id else ""
        return "-".join(p for p in (self.ctx.book.path.stem, self.month, owner) if p)

    def _failed(self, title: str, path, exc: OSError) -> None:
        QMessageBox.warning(self, title, self.tr("Could not write {path}: {reason}").format(
            path=path, reason=exc.strerror or str(exc)))

    # -- printing and saving -------------------------------------------------------------
    def page_figures(self) -> list:
        """The pages write_pdf saves: a title page, then one or two charts a page."""
        from views import report_charts

        return report_charts.pages(self._current_pack(), translate, language=self.language())

    def page_svgs(self) -> list[bytes]:
        """The pages as SVG documents (figure_svg), made once for a preview."""
        return [figure_svg(fig) for fig in self.page_figures()]

    def paint_pages(self, printer, svgs: list[bytes] | None = None) -> int:
        """Each page of the pack as vectors (its SVG drawn by QSvgRenderer), one per printer
        page, as large as the page allows: sharp in the preview and on paper."""
        from PySide6.QtCore import QRectF
        from PySide6.QtSvg import QSvgRenderer

        if svgs is None:
            svgs = self.page_svgs()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        painted = 0
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for n, svg in enumerate(svgs):
                if n:
                    printer.newPage()
                renderer = QSvgRenderer(svg)
                size = renderer.defaultSize().toSizeF().scaled(
                    area.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
                x = (area.width() - size.width()) / 2
                renderer.render(painter, QRectF(x, 0, size.width(), size.height()))
                painted += 1
        finally:
            painter.end()
        self.pages_painted = painted
        return painted

    def print_preview(self, *, opened=None) -> None:
        """Qt's print preview on A4 portrait; its Print button prints on the chosen printer.
        The pages are drawn (as SVG) before the dialog opens, so it shows them at once instead
        of what was under it. `opened(dialog)` (for tests) is called once the dialog shows."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        self._current_pack()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            svgs = self.page_svgs()
        finally:
            QGuiApplication.restoreOverrideCursor()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.tr("Report {month}").format(month=self.month))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("report_preview")
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.paintRequested.connect(lambda p: self.paint_pages(p, svgs))
        fit_to_screen(dialog, 900, 1000)
        if opened is not None:
            QTimer.singleShot(0, lambda: opened(dialog))
        dialog.exec()
        dialog.deleteLater()

    def save_pdf(self, path: str | Path | None = None) -> int | None:
        """The pack as a PDF (report_charts.write_pdf); the number of pages."""
        from views import report_charts

        title = self.tr("Save PDF")
        if path is None:
            path = save_file_name(self, "reports", title, f"{self._file_stem()}.pdf",
                                  self.tr("PDF (*.pdf)"))
            if not path:
                return None
        pack = self._current_pack()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = report_charts.write_pdf(pack, str(path), translate, self.language())
        except OSError as exc:
            self._failed(title, path, exc)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status_label.setText(self.tr("Saved {n} pages to {path}").format(n=pages,
                                                                            path=path))
        return pages

    def save_pngs(self, folder: str | Path | None = None) -> list[Path] | None:
        """Each chart as a PNG file in a folder; the files written."""
        from views import report_charts

        title = self.tr("Save charts as PNG")
        if folder is None:
            folder = existing_folder(self, "reports", title)
            if not folder:
                return None
        self._current_pack()
        folder = Path(folder)
        written = []
        try:
            for n, (key, _title, fig) in enumerate(self.charts, start=1):
                path = folder / f"{self._file_stem()}-{n:02d}-{key}.png"
                report_charts.write_png(fig, str(path))
                written.append(path)
        except OSError as exc:
            self._failed(title, folder, exc)
            return None
        self.status_label.setText(self.tr("Saved {n} charts in {folder}").format(
            n=len(written), folder=folder))
        return written

    def export_numbers(self, path: str | Path | None = None) -> Path | None:
        """The numbers behind each chart, one sheet a chart (report_charts.write_xlsx)."""
        from views import report_charts

        title = self.tr("Export numbers")
        if path is None:
            path = save_file_name(self, "reports", title, f"{self._file_stem()}.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        pack = self._current_pack()
        try:
            report_charts.write_xlsx(pack, str(path), translate)
        except OSError as exc:
            self._failed(title, path, exc)
            return None
        self.status_label.setText(self.tr("Exported the numbers to {path}").format(path=path))
        return Path(path)
