"""The customer's contact people on the Details tab: a card each, added, edited and removed
there.

One source for who the shop talks to: the customer's own Contact field (with its mobile, phone,
e-mail and WeChat) is its main contact, shown first as a card of its own, marked as such and
edited with the customer (Edit opens the customer's form); the other people are the contacts
table's. A contact person of the same name as the main contact is that card, not a second one.
Nothing is copied from one to the other, so imports and exports read both as before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from models.customers import operations, queries
from views.contact_dialog import ContactDialog
from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import plain_message, plain_tooltip, replace_widget, text_label, tool_button

CARD_STYLE = (
    "QFrame#contact_card { border: 1px solid #e5e7eb; border-radius: 6px; background: palette(base); }"
)


class ContactList(Section):
    """The people the shop talks to at one customer."""

    edit_requested = Signal(str)  # the main contact's Edit: the customer's form (customer id)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "contacts", parent)
        self.customer_id: str | None = None
        self.contact_dialog: ContactDialog | None = None
        self.add_contact_button = self.add_button(self.tr("Add"), "add_contact", self.add_contact,
                                                  tip=self.tr("Add a contact person"))
        self.add_contact_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cards: QWidget | None = None

    def show_row(self, row: dict) -> None:
        self.row = row
        self.customer_id = row["id"]
        contacts = queries.contacts(self.ctx.book, row["id"])
        main = (row.get("contact") or "").strip()
        same = next((p for p in contacts if p["name"].strip() == main), None) if main else None
        people = len(contacts) + (1 if main and same is None else 0)
        self.title.setText(self.tr("Contact people ({n})").format(n=people)
                           if people else self.tr("Contact people"))
        self.add_contact_button.setEnabled(not row.get("deleted_at"))
        cards = QWidget()
        column = QVBoxLayout(cards)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        if not people:
            column.addWidget(text_label(self.tr("Nobody yet. Add the people you talk to."),
                                        SECONDARY_STYLE, selectable=False))
        if main and same is None:
            column.addWidget(self._main_card(row))
        for person in sorted(contacts, key=lambda p: p is not same):
            column.addWidget(self._contact_card(person, main=person is same))
        self.cards = replace_widget(self.column, self.cards, cards)

    def _main_card(self, row: dict) -> QFrame:
        """The customer's own contact, from its fields; edited with the customer."""
        person = {"id": "", "name": row.get("contact") or "", "title": "",
                  "mobile": row.get("mobile") or "", "phone": row.get("phone") or "",
                  "email": row.get("email") or "", "wechat": row.get("wechat") or "",
                  "notes": ""}
        return self._contact_card(person, main=True, own=True)

    def _contact_card(self, person: dict, *, main: bool = False, own: bool = False) -> QFrame:
        """own: the customer's own contact fields (main contact), not a contacts row."""
        card = QFrame()
        card.setObjectName("contact_card")
        card.setProperty("contact_id", person["id"])
        card.setStyleSheet(CARD_STYLE)
        row = QHBoxLayout(card)
        row.setContentsMargins(10, 8, 6, 8)
        row.setSpacing(6)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = text_label(person["name"], name="contact_name")
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        role = " · ".join(t for t in (self.tr("Main contact") if main else "", person["title"])
                          if t)
        if role:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(name)
            line.addWidget(text_label(role, SECONDARY_STYLE, name="contact_title"), 1)
            text.addLayout(line)
        else:
            text.addWidget(name)
        numbers = [n for n in (person["mobile"], person["phone"]) if n]
        details = ["  ·  ".join(numbers)] if numbers else []
        details += [v for v in (person["email"], person["wechat"] and self.tr("WeChat: {id}")
                                .format(id=person["wechat"])) if v]
        for line_text in details:
            text.addWidget(text_label(line_text))
        if person["notes"]:
            text.addWidget(text_label(person["notes"], SECONDARY_STYLE))
        row.addLayout(text, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        edit = tool_button("edit", self.tr("Edit"), "edit_contact")
        edit.setToolTip(plain_tooltip(self.tr("Edit {name}").format(name=person["name"])))
        shown = [edit]
        if own:  # the customer's own fields: changed in the customer's form
            card.setProperty("main_contact", True)
            edit.setObjectName("edit_main_contact")
            edit.setToolTip(self.tr("Edit the customer's contact in its form"))
            edit.clicked.connect(lambda: self.edit_requested.emit(self.customer_id))
        else:
            remove = tool_button("delete", self.tr("Remove"), "remove_contact")
            remove.setToolTip(plain_tooltip(self.tr("Remove {name}").format(
                name=person["name"])))
            edit.clicked.connect(lambda: self.edit_contact(person["id"]))
            remove.clicked.connect(lambda: self.remove_contact(person["id"], person["name"]))
            shown.append(remove)
        for button in shown:
            if not button.icon().isNull():
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setEnabled(not self.row.get("deleted_at"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return card

    def add_contact(self) -> None:
        if self.customer_id is not None:
            self._open_contact_dialog(ContactDialog(self.ctx, self.customer_id, parent=self))

    def edit_contact(self, contact_id: str) -> None:
        self._open_contact_dialog(ContactDialog(self.ctx, self.customer_id, contact_id, self))

    def _open_contact_dialog(self, dialog: ContactDialog) -> None:
        """Window-modal and not blocking; the list refreshes through book_changed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contact_dialog = dialog
        dialog.finished.connect(lambda _: setattr(self, "contact_dialog", None))
        dialog.open()

    def remove_contact(self, contact_id: str, name: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove contact person"),
            plain_message(self.tr("Remove {name} from the contact people of this customer?")
                          .format(name=name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, operations.delete_contact, contact_id=contact_id)
