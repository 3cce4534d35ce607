"""Text from the book is shown as typed everywhere: HTML in a name, a note or an address is
never rendered (an <img src=...> in a note would load a local file)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton, QTreeWidget

from models import deals
from models.customers import operations
from views.customer_detail import CustomerDetail
from views.customer_table import CustomerTableModel
from views.widgets import plain_message, plain_tooltip

IMG = '<img src="file:///etc/hostname">'
NAME = "<b>粗体</b>五金" + IMG
NOTES = "第一行 <i>斜体</i>\n" + IMG


def shown(text: str) -> str:
    """What Qt shows for a tool tip or message text (rich when it might be rich)."""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def test_the_helpers_keep_text_as_typed():
    for text in (NAME, NOTES, "a & b", "plain\ntext", "x < y", "&lt;b&gt;"):
        assert shown(plain_tooltip(text)).replace("\u2028", "\n") == text
        assert shown(plain_message(text)).replace("\u2028", "\n") == text


def test_table_tooltips_of_notes_and_address_are_plain(book, qtbot):
    operations.add_customer(book, data={"name": NAME, "notes": NOTES, "address": IMG})
    model = CustomerTableModel(book)
    columns = [k for k, _ in model.columns]
    for key, expected in (("notes", NOTES), ("address", IMG)):
        if key not in columns:
            continue
        tip = model.data(model.index(0, columns.index(key)), Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip
        assert shown(tip).replace("\u2028", "\n") == expected


def test_the_customer_panel_shows_names_deals_and_contacts_as_typed(qtbot, ctx, monkeypatch):
    book = ctx.book
    cid = operations.add_customer(book, data={"name": NAME, "notes": NOTES})
    operations.add_contact(book, customer_id=cid, data={"name": NAME})
    deals.add_deal(book, data={"customer_id": cid, "title": NAME})
    # the orders, what the customer buys (a product, and a suggestion from another buyer) and
    # the tickets show book text too
    from models import orders, tickets

    product, other = (orders.add_product(book, data={"name": n}) for n in (NAME, NAME + "2"))
    for buyer, bought in ((cid, [product]), *((operations.add_customer(
            book, data={"name": f"同行{n}"}), [product, other]) for n in range(2))):
        oid = orders.add_order(book, data={"customer_id": buyer, "notes": NOTES}, lines=[
            {"product_id": p, "quantity": 1, "price": "10"} for p in bought])
        orders.confirm_order(book, order_id=oid)
    tickets.add_ticket(book, data={"customer_id": cid, "title": NAME, "description": NOTES})
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(cid)
    checked = set()
    for label in panel.findChildren(QLabel):
        if IMG in label.text() or "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
            checked.add(label.objectName())
    assert {"also_bought", "ticket_problem"} <= checked  # the new parts were looked at
    tips = [b.toolTip() for b in panel.findChildren(QToolButton) if "粗体" in b.toolTip()]
    assert tips, "the contact person's buttons name them"
    for tip in tips:
        assert "<img" not in tip and IMG in shown(tip)
    deal_tips = [tree.topLevelItem(i).toolTip(0) for tree in panel.deals.findChildren(QTreeWidget)
                 for i in range(tree.topLevelItemCount()) if "粗体" in tree.topLevelItem(i).text(0)]
    assert deal_tips
    for tip in deal_tips:
        assert "<img" not in tip and shown(tip) == NAME
    remove = next(b for b in panel.findChildren(QToolButton, "remove_contact"))
    remove.click()
    assert asked and "<img" not in asked[0] and IMG in shown(asked[0])


def test_the_trash_question_shows_the_name_as_typed(qtbot, ctx, monkeypatch):
    from views.customers_page import CustomersPage

    operations.add_customer(ctx.book, data={"name": NAME})
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.delete_selected()
    assert asked and "<img" not in asked[0]
    assert NAME in shown(asked[0])
