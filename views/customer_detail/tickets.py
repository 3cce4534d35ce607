"""The customer's service tickets (工单) on the Details tab, one card each, newest first: the
problem and its state (Overdue when open past its time, the SLA clock paused while waiting for
the customer), then the number, type, priority, who handles it and by when. New ticket opens
one; a double-click (or Enter) on a card opens that ticket. Cards rather than columns: the
panel is 300 to 460 pixels wide."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from models.core.permissions import may
from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import (
    plain_tooltip,
    replace_widget,
    separator,
    text_label,
)

COLOURS = {"overdue": "#b91c1c", "waiting": "#b45309", "resolved": "#15803d",
           "closed": "#6b7280", "new": "#1d4ed8", "in_progress": "#1d4ed8"}
CARD_STYLE = ("QFrame#ticket_card { border-radius: 4px; }"
              "QFrame#ticket_card:focus { background: #e0ecff; }")


class TicketCard(QFrame):
    """One ticket in two or three short lines; opened with a double-click or Enter."""

    opened = Signal(str)

    def __init__(self, ticket: dict, texts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket_id = ticket["id"]
        self.texts = texts  # number, problem, type, priority, state, handler, due
        number, title, kind, priority, state, handler, due = texts
        self.setObjectName("ticket_card")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(ticket["title"]))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 6, 4, 6)
        column.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(8)
        problem = text_label(title, selectable=False, name="ticket_problem")
        font = problem.font()
        font.setBold(True)
        problem.setFont(font)
        head.addWidget(problem, 1)
        shown = "overdue" if ticket["overdue"] else ticket["status"]
        status = text_label(state, f"color: {COLOURS.get(shown, '#374151')};",
                            selectable=False, wrap=False, name="ticket_state")
        status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(status, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(head)
        meta = " · ".join(p for p in (number, kind, priority, handler) if p)
        column.addWidget(text_label(meta, SECONDARY_STYLE, selectable=False,
                                    name="ticket_meta"))
        if due:
            style = f"color: {COLOURS['overdue']};" if ticket["overdue"] else SECONDARY_STYLE
            column.addWidget(text_label(due, style, selectable=False, name="ticket_due"))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.opened.emit(self.ticket_id)
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.ticket_id)
            event.accept()
            return
        super().keyPressEvent(event)


class TicketList(Section):
    """The tickets of one customer, newest first; the open ones counted in the title."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "tickets", parent)
        self.cards: list[TicketCard] = []
        self.new_ticket_button = self.add_button(
            self.tr("New ticket"), "new_ticket", self.new_ticket,
            tip=self.tr("Write down a complaint or request of this customer, who handles it "
                        "and by when"))

    def _due_text(self, t: dict) -> str:
        from views.ticket_dialog import hours_text, when_text

        if t["status"] == "waiting":
            if t["allowed_seconds"] is None:
                return self.tr("SLA clock paused until the customer replies")
            left = max(0.0, t["allowed_seconds"] - t["sla_seconds"])
            return self.tr("SLA clock paused until the customer replies ({left} left)").format(
                left=hours_text(left))
        if t["status"] in ("new", "in_progress") and t["due_by"]:
            if t["overdue"]:
                return self.tr("Overdue: it was due by {when}").format(
                    when=when_text(t["due_by"]))
            return self.tr("Due by {when}").format(when=when_text(t["due_by"]))
        if t["satisfaction"] is not None:
            return self.tr("Satisfaction {score}/5 {note}").format(
                score=t["satisfaction"], note=t["satisfaction_note"]).strip()
        if t["status"] == "resolved":
            return self.tr("Resolved on {when}: the satisfaction call is due").format(
                when=when_text(t["resolved_at"]))
        return ""

    def show_row(self, row: dict) -> None:
        from models import tickets
        from views.ticket_dialog import kind_name, priority_name, state_name

        book = self.ctx.book
        self.row = row
        rows = tickets.tickets_of_customer(book, row["id"])
        still = [t for t in rows if t["status"] in tickets.OPEN]
        self.title.setText(self.tr("Tickets ({n} open)").format(n=len(still)) if still
                           else self.tr("Tickets ({n})").format(n=len(rows)) if rows
                           else self.tr("Tickets"))
        self.new_ticket_button.setEnabled(not row.get("deleted_at") and may(
            book, "tickets.edit", {"owner_id": None, "customer_id": row["id"]}))
        self.cards = []
        if not rows:
            body = text_label(self.tr("No tickets. A complaint or request written down here is "
                                      "followed up: who handles it, by when, and a call to ask "
                                      "whether the customer is satisfied."), SECONDARY_STYLE,
                              selectable=False, name="tickets_empty")
            self.body = replace_widget(self.column, self.body, body)
            return
        body = QWidget()
        body.setObjectName("tickets_list")
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        for i, t in enumerate(rows):
            if i:
                box.addWidget(separator())
            card = TicketCard(t, [t["number"], t["title"], kind_name(t["kind"]),
                                  priority_name(t["priority"]), state_name(t), t["owner_name"],
                                  self._due_text(t)], body)
            card.opened.connect(self.open_ticket)
            self.cards.append(card)
            box.addWidget(card)
        self.body = replace_widget(self.column, self.body, body)

    def rows(self) -> list[list[str]]:
        """What the cards show, one list per ticket: number, problem, type, priority, state,
        who handles it, and by when (or its call)."""
        return [list(card.texts) for card in self.cards]

    def new_ticket(self) -> str | None:
        if self.row is None or self.row.get("deleted_at"):
            return None
        from views.ticket_dialog import edit_ticket

        return edit_ticket(self.ctx, self, customer_id=self.row["id"])

    def open_ticket(self, ticket_id: str | None, call: bool = False) -> str | None:
        if not ticket_id:
            return None
        from views.ticket_dialog import edit_ticket

        return edit_ticket(self.ctx, self, ticket_id=ticket_id, call=call)
