"""File > Print customer list… (Ctrl+P): the customers the list shows under its filter, as a
table in a print preview (QPrintPreviewDialog). Printing is a permission
(models.customers.printing); a print that was sent to the printer is recorded as an export is,
and a large one by a salesperson raises an owner alert."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from models.core.clock import local_time, now_iso
from models.customers import printing, queries


def headers() -> list[str]:
    t = QCoreApplication.translate
    return [t("PrintList", "Customer"), t("PrintList", "Contact"), t("PrintList", "Mobile"),
            t("PrintList", "City"), t("PrintList", "Grade"), t("PrintList", "Owner")]


def document(rows: list[dict], *, shop: str, filter_text: str) -> QTextDocument:
    """The list as a document: a title, what it holds, and one table row per customer (the
    book's text escaped: a name like <b>x</b> prints as typed)."""
    t = QCoreApplication.translate
    title = t("PrintList", "Customer list · {shop}").format(shop=shop)
    about = t("PrintList", "{n} customers · printed {when}").format(
        n=len(rows), when=local_time(now_iso()))
    if filter_text:
        about = t("PrintList", "{about} · filter: {filter}").format(about=about,
                                                                    filter=filter_text)
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers())
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(r[k])}</td>" for k in printing.COLUMNS) + "</tr>"
        for r in rows)
    doc = QTextDocument()
    doc.setDefaultFont(print_font())
    doc.setHtml(
        f"<h2>{escape(title)}</h2><p>{escape(about)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return doc


# Fonts with whole Latin and digits, the first found leads a printed list: the glyphs of Kehu's
# bundled subset print right, but a PDF made from them loses the text of its digits.
PRINT_FAMILIES = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans",
                  "DejaVu Sans", "Liberation Sans", "Arial")


def print_font() -> QFont:
    """The app's font, led by a whole system font where one is found (PRINT_FAMILIES); the
    Chinese the system font lacks comes from the app's fonts after it."""
    font = QFont(QGuiApplication.font())
    families = font.families() or [font.family()]
    present = set(QFontDatabase.families())
    lead = [f for f in PRINT_FAMILIES if f in present][:1]
    font.setFamilies(lead + [f for f in families if f not in lead])
    return font


def printer() -> QPrinter:
    out = QPrinter(QPrinter.PrinterMode.HighResolution)
    out.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                  QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                  QPageLayout.Unit.Millimeter))
    return out


def print_document(doc: QTextDocument, out: QPrinter) -> None:
    """The document laid out on the printer's page (points), then printed to it."""
    doc.setPageSize(out.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    doc.print_(out)


class PrintPreview(QPrintPreviewDialog):
    """The preview of one list; Print in it sends the list to the printer."""

    def __init__(self, doc: QTextDocument, parent: QWidget | None = None) -> None:
        target = printer()
        super().__init__(target, parent)
        self.target = target  # the dialog does not own its printer: kept alive with it
        self.setObjectName("print_preview")
        self.setWindowTitle(QCoreApplication.translate("PrintList", "Print customer list"))
        self.doc = doc
        self.paintRequested.connect(lambda out: print_document(doc, out))


def print_customer_list(ctx, parent: QWidget | None, flt: queries.CustomerFilter) -> int | None:
    """Show the preview of the filter's customers; returns how many were printed (None: not
    allowed, or not printed)."""
    rows = ctx.run(parent, printing.print_rows, flt=flt)
    if rows is None:
        return None
    owner = ""
    if flt.owner_id:
        owner = ctx.book.scalar("SELECT name FROM users WHERE id = ?", (flt.owner_id,)) or ""
    text = printing.filter_text(flt, owner)
    shop = ctx.book.path.stem
    preview = PrintPreview(document(rows, shop=shop, filter_text=text), parent)
    printed = preview.exec() == QDialog.DialogCode.Accepted
    preview.deleteLater()
    if not printed:
        return None
    if ctx.run(parent, printing.record_print, rows=len(rows), filter_text=text) is None:
        return None
    return len(rows)
