"""The customer's deals on the Details tab: one line each, opened with a double-click; New deal
starts one with the customer filled in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import (
    fit_height,
    plain_tooltip,
    replace_widget,
    short_list,
    text_label,
    tree_texts,
)


class DealList(Section):
    """The deals of one customer: where each stands, its amount and when it should close."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "deals", parent)
        self.new_deal_button = self.add_button(
            self.tr("New deal"), "new_deal", self.new_deal,
            tip=self.tr("Start a deal with this customer"))
        self.deals_list: QTreeWidget | None = None

    def show_row(self, row: dict) -> None:
        # the pipeline's modules are read when a customer is first shown, not at start-up
        from models import deals
        from views.common import format_money
        from views.deal_dialog import stage_name, status_name

        self.row = row
        rows = deals.deals_of_customer(self.ctx.book, row["id"])
        self.title.setText(self.tr("Deals ({n})").format(n=len(rows)) if rows
                           else self.tr("Deals"))
        self.new_deal_button.setEnabled(not row.get("deleted_at"))
        self.deals_list = None
        if not rows:
            body = text_label(
                self.tr("No deals yet. A deal follows one sale from the first talk to the "
                        "contract."), SECONDARY_STYLE, selectable=False, name="deals_empty")
            self.body = replace_widget(self.column, self.body, body)
            return
        tree = short_list("deals_list", [self.tr("Deal"), self.tr("Stage"), self.tr("Amount"),
                                         self.tr("Closes")], stretch=0)
        # a long stage ("Requirements confirmed") shares the room with the title instead of
        # squeezing it to one character; both say themselves in full in their tooltips
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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
            item.setToolTip(1, plain_tooltip(where))
            if status in colours:
                item.setForeground(1, QColor(colours[status]))
            tree.addTopLevelItem(item)
        fit_height(tree, len(rows), most=8)
        tree.itemActivated.connect(lambda item, _col: self.open_deal(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.deals_list = tree
        self.body = replace_widget(self.column, self.body, tree)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row."""
        return tree_texts(self.deals_list)

    def new_deal(self) -> str | None:
        if self.row is None or self.row.get("deleted_at"):
            return None
        from views.deal_dialog import edit_deal

        return edit_deal(self.ctx, self, customer_id=self.row["id"])

    def open_deal(self, deal_id: str | None) -> str | None:
        if not deal_id:
            return None
        from views.deal_dialog import edit_deal

        return edit_deal(self.ctx, self, deal_id=deal_id)
