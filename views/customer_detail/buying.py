"""What the customer buys, on the Details tab: how often they order and when the next order is
expected, how punctually they pay, the products they bought, and what customers who buy the
same also buy (models.orders.buying). Shown once the customer has a confirmed order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QVBoxLayout, QWidget

from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import fit_height, replace_widget, short_list, text_label

LATE_STYLE = "color: #b91c1c;"


class BuyingSummary(Section):
    """The customer's buying at a glance; hidden for a customer who has bought nothing yet."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "buying", parent)
        self.title.setText(self.tr("What they buy"))
        self.products_list = None
        self.setVisible(False)

    def show_row(self, row: dict) -> None:
        from models import orders  # read when a customer is first shown, not at start-up
        from models.core import clock
        from views.common import format_money

        self.row = row
        book = self.ctx.book
        bought = orders.history(book, row["id"])
        self.products_list = None
        if not bought["orders"]:
            self.setVisible(False)
            return
        self.setVisible(True)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        today = clock.today()
        for text, style, name in self._facts(bought["repurchase"], row["id"], today):
            box.addWidget(text_label(text, style, name=name))
        tree = short_list("products_bought", [self.tr("Product"), self.tr("Orders"),
                                              self.tr("Quantity"), self.tr("Amount"),
                                              self.tr("Last bought")], stretch=0)
        for p in bought["products"][:8]:
            item = QTreeWidgetItem([p["name"], str(p["orders"]),
                                    f"{p['quantity']} {p['unit']}".strip(),
                                    format_money(p["amount"]), p["last"]])
            for col in (1, 2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        fit_height(tree, min(len(bought["products"]), 8), most=8)
        self.products_list = tree
        box.addWidget(tree)
        also = orders.also_bought(book, row["id"])
        if also:
            lines = [self.tr("{n} of {peers} customers who buy {because} also buy {name}").format(
                because=a["because"], name=a["name"], n=a["buyers"], peers=a["peers"])
                for a in also]
            box.addWidget(text_label(self.tr("Suggestions: ") + "; ".join(lines),
                                     SECONDARY_STYLE, name="also_bought"))
        self.body = replace_widget(self.column, self.body, body)

    def _facts(self, cycle: dict, customer_id: str, today: dt.date
               ) -> list[tuple[str, str, str]]:
        """(text, style, object name) of the lines above the products: the order rhythm and the
        next order, then punctuality."""
        from models import orders

        out = []
        if cycle["cycle_days"]:
            text = self.tr("Orders about every {days} days ({n} orders, the last on {last}).")
            out.append((text.format(days=cycle["cycle_days"], n=cycle["orders"],
                                    last=cycle["last_order"]), "", "buying_cycle"))
            late = (today - dt.date.fromisoformat(cycle["next_order"])).days
            if late > 0:
                out.append((self.tr("The next order was expected on {day}: {n} days late.")
                            .format(day=cycle["next_order"], n=late), LATE_STYLE,
                            "buying_next"))
            else:
                out.append((self.tr("The next order is expected on {day}.").format(
                    day=cycle["next_order"]), "", "buying_next"))
        else:
            out.append((self.tr("One order so far, on {day}.").format(day=cycle["last_order"]),
                        "", "buying_cycle"))
        punctual = orders.punctuality(self.ctx.book, [customer_id], day=today).get(customer_id)
        if punctual is not None:
            percent = int(punctual["share"] * 100)
            out.append((self.tr("Paid {percent}% of what fell due in 12 months on time.").format(
                percent=percent), LATE_STYLE if percent < 80 else SECONDARY_STYLE,
                "buying_punctual"))
        return out
