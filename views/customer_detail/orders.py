"""The customer's orders and payments on the Details tab: what was ordered, what is owed and
what is only recorded but not yet confirmed, each shown apart; New order, Record payment, and
for the chosen row Confirm (an order or, by an owner, a payment), Reject and Void."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QInputDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.permissions import may
from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import (
    FlowLayout,
    fit_height,
    replace_widget,
    short_list,
    text_label,
    tool_button,
    tree_texts,
)

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_COLOURS = {"void": "#6b7280", "draft": "#b45309", "overdue": "#b91c1c",
                 "pending": "#b45309", "rejected": "#6b7280"}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class OrderList(Section):
    """One customer's orders (state, total, paid, owed) and payments (received on, amount,
    method, confirmed or waiting)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "orders", parent)
        self.new_order_button = self.add_button(self.tr("New order"), "new_order",
                                                self.new_order)
        self.payment_button = self.add_button(self.tr("Record payment"), "record_payment",
                                              self.record_payment)
        self.balance_label = text_label("", SECONDARY_STYLE, name="orders_balance")
        self.column.addWidget(self.balance_label)
        self.actions_box = actions_box = QWidget()  # the buttons wrap in a narrow panel
        actions = FlowLayout(actions_box)
        self.confirm_button = tool_button("edit", self.tr("Confirm"), "confirm_selected")
        self.confirm_button.setToolTip(self.tr("Confirm the chosen draft order or payment"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.reject_button = tool_button("delete", self.tr("Reject payment"), "reject_payment")
        self.reject_button.clicked.connect(self.reject_selected)
        self.void_button = tool_button("delete", self.tr("Void and replace…"), "void_order")
        self.void_button.setToolTip(self.tr("Void the chosen confirmed order with a reason; a "
                                            "draft replacement takes its place"))
        self.void_button.clicked.connect(self.void_selected)
        for button in (self.confirm_button, self.reject_button, self.void_button):
            actions.addWidget(button)
        self.column.addWidget(actions_box)
        self.body: QWidget | None = None
        self.orders_list: QTreeWidget | None = None
        self.payments_list: QTreeWidget | None = None
        self._update_actions()

    # -- showing ---------------------------------------------------------------------------
    def show_row(self, row: dict) -> None:
        from models import orders
        from models.core.money import Money
        from views.common import format_money, format_totals

        book = self.ctx.book
        self.row = row
        listed = orders.orders_of_customer(book, row["id"])
        payments = orders.payments_of_customer(book, row["id"])
        self.title.setText(self.tr("Orders ({n})").format(n=len(listed)) if listed
                           else self.tr("Orders"))
        live = not row.get("deleted_at")
        self.new_order_button.setEnabled(live and may(book, "orders.edit", row))
        self.payment_button.setEnabled(live and may(book, "payments.record", row))
        owed = orders.balance(book, row["id"])
        self.balance_label.setText(self.tr(
            "Owed {owed} (overdue {overdue})  ·  Received {received}  ·  Recorded, waiting for "
            "confirmation {pending}").format(
                owed=format_totals(owed["outstanding"], compact=False),
                overdue=format_totals(owed["overdue"], compact=False),
                received=format_totals(owed["received"], compact=False),
                pending=format_totals(owed["pending"], compact=False)))
        self.orders_list = self.payments_list = None
        # with nothing to act on, "Owed ¥0 ..." and three greyed-out buttons say nothing
        self.balance_label.setVisible(bool(listed or payments))
        self.actions_box.setVisible(bool(listed or payments))
        if not listed and not payments:
            body = text_label(self.tr("No orders yet. An order holds what the customer bought "
                                      "and the plan of when they pay."), SECONDARY_STYLE,
                              selectable=False, name="orders_empty")
            self.body = replace_widget(self.column, self.body, body)
            self._update_actions()
            return
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        tree = short_list("orders_list", [self.tr("Order"), self.tr("Date"), self.tr("State"),
                                          self.tr("Total"), self.tr("Paid"), self.tr("Owed")],
                          stretch=0)
        for o in listed:
            full = orders.order(book, o["id"])
            code = o["currency"]
            paid = sum(r["paid"] for r in full["plan"])
            left = sum(r["outstanding"] for r in full["plan"])
            state = o["status"]
            if state == "confirmed" and any(r["state"] == "overdue" for r in full["plan"]):
                state = "overdue"
            shown = (orders.label(orders.PLAN_STATE_LABELS, "overdue", _translate)
                     if state == "overdue"
                     else orders.label(orders.STATUS_LABELS, o["status"], _translate))
            counts = o["status"] == "confirmed"
            item = QTreeWidgetItem([
                o["number"], o["order_date"], shown, format_money(o["total"]),
                format_money(Money(paid, code)) if counts else "",
                format_money(Money(left, code)) if counts else ""])
            item.setData(0, ID_ROLE, ("order", o["id"], o["status"]))
            for col in (3, 4, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if state in STATE_COLOURS:
                item.setForeground(2, QColor(STATE_COLOURS[state]))
            if o["status"] == "void" and o.get("void_reason"):
                item.setToolTip(2, o["void_reason"])
            tree.addTopLevelItem(item)
        fit_height(tree, len(listed), most=8)
        tree.itemSelectionChanged.connect(lambda: self._picked(self.orders_list))
        self.orders_list = tree
        box.addWidget(tree)
        if payments:
            pays = short_list("payments_list", [self.tr("Received on"), self.tr("Amount"),
                                                self.tr("Method"), self.tr("Payment state")],
                              stretch=0)
            for p in payments:
                item = QTreeWidgetItem([
                    p["received_on"], format_money(p["amount"]),
                    orders.label(orders.METHOD_LABELS, p["method"], _translate),
                    orders.label(orders.PAYMENT_STATUS_LABELS, p["status"], _translate)])
                item.setData(0, ID_ROLE, ("payment", p["id"], p["status"]))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                if p["status"] in STATE_COLOURS:
                    item.setForeground(3, QColor(STATE_COLOURS[p["status"]]))
                pays.addTopLevelItem(item)
            fit_height(pays, len(payments), most=6)
            pays.itemSelectionChanged.connect(lambda: self._picked(self.payments_list))
            self.payments_list = pays
            box.addWidget(pays)
        self.body = replace_widget(self.column, self.body, body)
        self._update_actions()

    def _picked(self, tree: QTreeWidget | None) -> None:
        other = self.payments_list if tree is self.orders_list else self.orders_list
        if other is not None and tree is not None and tree.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_actions()

    def selected(self) -> tuple[str, str, str] | None:
        """("order" or "payment", id, status) of the chosen row, or None."""
        for tree in (self.orders_list, self.payments_list):
            if tree is not None and tree.selectedItems():
                return tree.selectedItems()[0].data(0, ID_ROLE)
        return None

    def _update_actions(self) -> None:
        book = self.ctx.book
        picked = self.selected()
        kind, _, status = picked if picked else ("", "", "")
        self.confirm_button.setEnabled(
            (kind == "order" and status == "draft")
            or (kind == "payment" and status == "pending" and may(book, "payments.confirm")))
        self.reject_button.setEnabled(kind == "payment" and status == "pending"
                                      and may(book, "payments.confirm"))
        self.void_button.setEnabled(kind == "order" and status == "confirmed"
                                    and may(book, "orders.void"))

    def rows(self) -> list[list[str]]:
        """What the orders list shows, row by row."""
        return tree_texts(self.orders_list)

    def payment_rows(self) -> list[list[str]]:
        return tree_texts(self.payments_list)

    def choose(self, kind: str, record_id: str) -> None:
        """Select the row of this order or payment."""
        tree = self.orders_list if kind == "order" else self.payments_list
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.data(0, ID_ROLE)[1] == record_id:
                tree.setCurrentItem(item)
                return

    # -- doing -----------------------------------------------------------------------------
    def new_order(self) -> str | None:
        if self.row is None or self.row.get("deleted_at"):
            return None
        from views.orders_dialog import OrderDialog

        dialog = OrderDialog(self.ctx, self.row["id"], self)
        dialog.exec()
        return dialog.order_id

    def record_payment(self) -> str | None:
        if self.row is None or self.row.get("deleted_at"):
            return None
        from views.orders_dialog import PaymentDialog

        picked = self.selected()
        order_id = picked[1] if picked and picked[0] == "order" else None
        dialog = PaymentDialog(self.ctx, self.row["id"], self, order_id=order_id)
        dialog.exec()
        return dialog.payment_id

    def confirm_selected(self):
        from models import orders

        picked = self.selected()
        if picked is None:
            return None
        kind, rid, _ = picked
        if kind == "order":
            return self.ctx.run(self, orders.confirm_order, order_id=rid)
        return self.ctx.run(self, orders.confirm_payment, payment_id=rid)

    def reject_selected(self, reason: str | None = None):
        from models import orders

        picked = self.selected()
        if picked is None or picked[0] != "payment":
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reject payment"),
                                              self.tr("Why is this payment rejected?"))
            if not ok:
                return None
        return self.ctx.run(self, orders.reject_payment, payment_id=picked[1], reason=reason)

    def void_selected(self, reason: str | None = None) -> str | None:
        """Voids the chosen confirmed order with a reason; returns the draft replacement's id."""
        from models import orders

        picked = self.selected()
        if picked is None or picked[0] != "order":
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Void the order"),
                self.tr("Why is this order void? A draft replacement is made with the same "
                        "lines, to be corrected and confirmed."))
            if not ok:
                return None
        return self.ctx.run(self, orders.void_order, order_id=picked[1], reason=reason,
                            replace=True)
