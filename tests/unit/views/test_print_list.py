"""File > Print customer list…: the preview's document, printed to a PDF file and read back
with pdftotext; only what the user sees, recorded when printed; refused when not allowed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from models import alerts
from models.core import settings
from models.customers import export, printing
from models.customers import operations as ops
from models.customers.queries import CustomerFilter
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking
from views import print_list

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def shop(book):
    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=li)
    for i, city in enumerate(("上海", "上海", "广州")):
        ops.add_customer(book, data={"name": f"李娜的客户{i}", "city": city,
                                     "mobile": f"1380013800{i}"})
    ops.add_customer(book, data={"name": "<b>粗体</b>五金", "city": "上海"})
    users.sign_in(book, user_id=owner, password="boss")
    ops.add_customer(book, data={"name": "店主的客户", "city": "上海"})
    users.sign_in(book, user_id=li)
    return {"owner": owner, "li": li}


def pdf_text(doc, path) -> str:
    out = print_list.printer()
    out.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out.setOutputFileName(str(path))
    assert out.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    print_list.print_document(doc, out)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_printed_list_holds_what_the_salesperson_sees_under_the_filter(qtbot, book, shop,
                                                                          tmp_path):
    flt = CustomerFilter(city="上海")
    rows = printing.print_rows(book, flt)
    with speaking("en"):  # as Kehu starts: its bundled font, which has the Chinese
        doc = print_list.document(rows, shop="shop", filter_text=printing.filter_text(flt))
        text = pdf_text(doc, tmp_path / "list.pdf")
    assert "Customer list · shop" in text and "3 customers" in text and "city=上海" in text
    assert "李娜的客户0" in text and "13800138000" in text and "李娜的客户1" in text
    assert "<b>粗体</b>五金" in text  # as typed
    assert "李娜的客户2" not in text  # 广州: not in the filter
    assert "店主的客户" not in text  # not hers


def test_print_from_the_preview_records_it_and_cancel_does_not(qtbot, ctx, book, shop,
                                                              monkeypatch):
    answers = iter([QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted])
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        return next(answers)

    monkeypatch.setattr(print_list.PrintPreview, "exec", exec_)
    assert print_list.print_customer_list(ctx, None, CustomerFilter()) is None
    assert export.exports(book) == []
    assert print_list.print_customer_list(ctx, None, CustomerFilter()) == 4
    (record,) = export.exports(book)
    assert (record["how"], record["rows"]) == ("print", 4)
    assert shown[0].windowTitle() == "Print customer list"


def test_a_salesperson_the_owner_did_not_allow_gets_a_clear_refusal(qtbot, ctx, book, shop,
                                                                   told):
    users.sign_in(book, user_id=shop["owner"], password="boss")
    settings.set_settings(book, {settings.PRINT_SALES.key: False})
    users.sign_in(book, user_id=shop["li"])
    assert print_list.print_customer_list(ctx, None, CustomerFilter()) is None
    assert any("may not print customer lists" in t for t in told["warning"])
    assert export.exports(book) == [] and not alerts.alerts_list(book)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots_of_the_preview(qtbot, ctx, book, shop, language, tmp_path):
    suffix = "zh" if language == "zh_CN" else "en"
    with speaking(language):
        rows = printing.print_rows(book, CustomerFilter())
        doc = print_list.document(rows, shop="演示店", filter_text="")
        text = pdf_text(doc, tmp_path / "zh.pdf")
        if language == "zh_CN":
            assert "客户名单" in text
        for width, height in ((1366, 768), (1920, 1080)):
            preview = print_list.PrintPreview(doc)
            qtbot.addWidget(preview)
            preview.resize(int(width * 0.8), int(height * 0.85))
            preview.show()
            qtbot.waitExposed(preview)
            QApplication.processEvents()
            preview.grab().save(str(screenshots_dir() / f"print_{suffix}_{width}x{height}.png"))
            preview.close()
