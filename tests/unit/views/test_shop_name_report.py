"""The shop name typed in Settings is the one the reports show, down to the saved PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.reports import monthly
from tests.qt_helpers import demo_book, type_text
from views.context import AppContext
from views.reports_page import ReportsPage
from views.settings_dialog import SettingsDialog


@pytest.fixture
def demo(tmp_path):
    with demo_book(tmp_path, customers=40) as book:
        yield book


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_shop_name_set_in_settings_is_on_the_report_pdf(qtbot, demo, tmp_path):
    ctx = AppContext(demo)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shop_name_edit.clear()  # the demo shop has a name of its own
    type_text(qtbot, dialog.shop_name_edit, "老王五金店")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert monthly.shop_name(demo) == "老王五金店"

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    with qtbot.waitSignal(page.rendered, timeout=20000):
        page.show()
    assert page.pack["shop"] == "老王五金店"
    assert page.status_label.text().startswith("老王五金店 · ")  # the header above the charts
    path = tmp_path / "report.pdf"
    assert page.save_pdf(path)
    text = pdf_text(path)
    assert "老王五金店" in text
    assert demo.path.stem not in text  # the file name no longer stands in for the shop
    first_page = text.split("\n", 1)[0]
    assert first_page.strip() == "老王五金店"  # the title page opens with the shop's name
