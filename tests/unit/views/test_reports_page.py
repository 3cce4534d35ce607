"""The Reports page, used as an owner would: pick a month and a salesperson, look at the charts,
print them through the preview, save them as PDF, PNG files and a workbook; and its pictures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication

from models.customers import queries
from tests.qt_helpers import demo_book, screenshots_dir, speaking
from views.context import AppContext
from views.reports_page import ReportsPage, last_full_month, month_choices

SHOTS = screenshots_dir()


def pdf_pages(path) -> int:
    """The pages of a PDF (matplotlib's and Qt's writers keep page objects uncompressed)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


@pytest.fixture
def demo(tmp_path):
    with demo_book(tmp_path, customers=200) as book:
        yield book


@pytest.fixture
def page(qtbot, demo):
    p = ReportsPage(AppContext(demo))
    qtbot.addWidget(p)
    p.resize(1100, 800)
    with qtbot.waitSignal(p.rendered, timeout=20000):
        p.show()
    return p


def test_months_offered_and_the_last_full_month_first_chosen(demo):
    import datetime as dt

    assert last_full_month(dt.date(2026, 1, 15)) == "2025-12"
    assert month_choices("2026-02", 3) == ["2026-02", "2026-01", "2025-12"]


def test_the_page_shows_the_charts_of_the_last_full_month(page, demo):
    assert page.month == "2026-11"  # the demo book is written on 2026-12-01
    assert page.owner_id is None and page.owner_box.currentText() == "Everyone"
    keys = [key for key, _title, _fig in page.charts]
    assert len(keys) >= 8 and len(page.canvases) == len(keys)
    assert {"new_customers", "funnel"} <= set(keys) or len(set(keys)) == len(keys)
    assert all(c.isVisible() and c.height() > 200 for c in page.canvases)
    assert page.pack["month"] == "2026-11" and page.pack["owner_id"] is None
    assert "2026-11" in page.status_label.text()


def test_changing_month_or_salesperson_renders_again(qtbot, page, demo):
    first = [fig for _k, _t, fig in page.charts]
    with qtbot.waitSignal(page.rendered, timeout=20000):
        page.month_box.setCurrentIndex(page.month_box.findData("2026-06"))
    assert page.pack["month"] == "2026-06"
    assert not {id(f) for _k, _t, f in page.charts} & {id(f) for f in first}
    sales = [u for u in queries.users(demo) if u["role"] == "sales"][0]
    with qtbot.waitSignal(page.rendered, timeout=20000):
        page.owner_box.setCurrentIndex(page.owner_box.findData(sales["id"]))
    assert page.pack["owner_id"] == sales["id"]
    assert sales["name"] in page.status_label.text()


def test_save_pdf_writes_the_pages(page, tmp_path):
    path = tmp_path / "report.pdf"
    pages = page.save_pdf(path)
    assert pages and pages >= 5
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(path) == pages
    assert page.status_label.text() == f"Saved {pages} pages to {path}"


def test_png_export_into_a_folder(page, tmp_path):
    folder = tmp_path / "charts"
    folder.mkdir()
    written = page.save_pngs(folder)
    assert len(written) == len(page.charts)
    assert sorted(folder.iterdir()) == sorted(written)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in written)


def test_export_numbers_writes_one_sheet_per_chart(page, tmp_path):
    import openpyxl

    path = page.export_numbers(tmp_path / "numbers.xlsx")
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) >= len(page.charts) - 1


def test_print_preview_opens_and_paints_every_page(qtbot, page):
    from views import report_charts

    expected = len(report_charts.pages(page.pack, lambda c, t: t))
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["visible"] = dialog.isVisible()
        QTimer.singleShot(200, dialog.reject)

    page.print_preview(opened=look)
    assert seen["visible"] and seen["title"] == "Print report"
    assert page.pages_painted == expected


def test_paint_pages_on_an_a4_pdf_printer(page, tmp_path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    n = page.paint_pages(printer)
    assert n >= 5 and pdf_pages(out) == n


def test_printed_pages_are_vectors_not_pictures(page, tmp_path):
    """The preview and the printer get the same painting: drawn as vectors (no bitmap whose
    text blurs), so the printed PDF holds no image at all."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert page.paint_pages(printer) >= 5
    data = out.read_bytes()
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data
    assert len(data) > 20_000  # the charts are there, as paths


def test_the_mouse_wheel_over_a_chart_scrolls_the_page(qtbot, page):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    canvas = page.canvases[0]
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(centre, canvas.mapToGlobal(centre), QPoint(), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert bar.value() > 0


def test_the_page_does_not_import_matplotlib_until_shown(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tests.qt_helpers import demo_book\n"
        "from pathlib import Path\n"
        "from views.context import AppContext\n"
        "from views.reports_page import ReportsPage\n"
        f"with demo_book(Path({str(tmp_path)!r}), customers=30) as book:\n"
        "    page = ReportsPage(AppContext(book))\n"
        "    app.processEvents()\n"
        "    print('BEFORE', 'matplotlib' in sys.modules)\n"
        "    page.show()\n"
        "    for _ in range(5): app.processEvents()\n"
        "    print('AFTER', 'matplotlib' in sys.modules, len(page.canvases))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "BEFORE False" in done.stdout
    assert "AFTER True" in done.stdout and "AFTER True 0" not in done.stdout


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot(qtbot, demo, language):
    with speaking(language):
        p = ReportsPage(AppContext(demo))
        qtbot.addWidget(p)
        p.resize(1200, 900)
        with qtbot.waitSignal(p.rendered, timeout=20000):
            p.show()
        QApplication.processEvents()
        p.grab().save(str(SHOTS / f"reports_page_{language}.png"))
        p.scroll.verticalScrollBar().setValue(p.canvases[3].y())
        QApplication.processEvents()
        p.grab().save(str(SHOTS / f"reports_page_funnel_{language}.png"))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshots_of_the_pages_after_the_deal(qtbot, demo, language):
    """At 1366x768, each chart and list after the deal scrolled into view."""
    from views import report_money

    with speaking(language):
        p = ReportsPage(AppContext(demo))
        qtbot.addWidget(p)
        p.resize(1366, 768)
        with qtbot.waitSignal(p.rendered, timeout=20000):
            p.show()
        QApplication.processEvents()  # the scroll range follows the charts' layout
        keys = [key for key, _title, _fig in p.charts]
        assert set(report_money.CHARTS) <= set(keys)
        for key in report_money.CHARTS:
            canvas = p.canvases[keys.index(key)]
            p.scroll.verticalScrollBar().setValue(canvas.y())
            QApplication.processEvents()
            top = canvas.mapTo(p.scroll.viewport(), QPoint(0, 0)).y()
            assert 0 <= top < p.scroll.viewport().height() - 200, key
            p.grab().save(str(SHOTS / f"reports_{key}_{language}.png"))
