"""The side panel for one customer: a header over three tabs (the details with the contact
people, deals, orders, service tickets and reminders; the timeline; the history), each part its own class.

Until a customer is shown the panel shows its empty page; the customer's page and its parts are
built (and imported) when first needed or once the window is ready (build_content)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import scopes
from models.core.clock import local_time
from models.customers import queries
from views.widgets import SECONDARY_STYLE, icon, scroll_area, separator, text_label


class CustomerDetail(QWidget):
    """Everything about the customer shown: which one, and the parts that show it.
    show_customer(None) shows an empty state."""

    edit_requested = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.row: dict | None = None
        self.setMinimumWidth(320)

        self._held: list[tuple[QWidget, bool, str]] = []  # actions off while read-only
        self._content_state = "none"  # the customer's page: "none", "building", "built"
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.book_changed.connect(self._on_book_changed)
        self.show_customer(None)

    def __getattr__(self, name: str):
        """A part of the customer's page (self.header, self.timeline, ...) before the page was
        built: the page is built now, then the part is there."""
        if name.startswith("_") or self.__dict__.get("_content_state") != "none":
            raise AttributeError(name)
        self.build_content()
        return getattr(self, name)

    def build_content(self) -> None:
        """Build the customer's page (the header, the tabs and every part). Start-up shows the
        empty page alone and builds this once the window is ready (desktop.main_window), or
        when a customer is first shown, whichever comes first."""
        if self._content_state != "none":
            return
        self._content_state = "building"
        self.stack.addWidget(self._build_content())
        self._content_state = "built"
        # The parts' widgets, reached through the panel as before (the tests drive them).
        header, offer = self.header, self.timeline.follow_up
        self.name_label, self.grade_badge, self.health_light = (
            header.name_label, header.grade_badge, header.health_light)
        self.pin_button, self.pin_menu, self.unpin_action = (
            header.pin_button, header.pin_menu, header.unpin_action)
        self.edit_button, self.meta_label, self.trash_banner = (
            header.edit_button, header.meta_label, header.trash_banner)
        self.kind_buttons, self.log_edit, self.log_button = (
            self.timeline.kind_buttons, self.timeline.log_edit, self.timeline.log_button)
        self.timeline_area = self.timeline.area
        self.follow_up_offer, self.follow_up_date = offer, offer.date
        self.follow_up_set, self.follow_up_skip = offer.set_button, offer.skip_button
        self.add_contact_button = self.contacts.add_contact_button
        self.new_deal_button = self.deals.new_deal_button
        self.new_reminder_button = self.reminders.new_reminder_button
        self.new_ticket_button = self.tickets.new_ticket_button
        self.header.edit_requested.connect(self.edit_requested)
        self.contacts.edit_requested.connect(self.edit_requested)

    @property
    def contact_dialog(self):
        """The contact person's form while it is open."""
        return self.contacts.contact_dialog

    # -- building ------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(2)
        ico = icon("customers")
        if not ico.isNull():
            picture = QLabel()
            picture.setPixmap(ico.pixmap(48, 48))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(picture)
        self.empty_title = QLabel(self.tr("No customer selected"))
        self.empty_title.setObjectName("empty_title")
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = QLabel(self.tr("Pick a customer in the list to see everything about "
                                         "them here: details, contact people and the timeline."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet(SECONDARY_STYLE)
        column.addWidget(self.empty_title)
        column.addWidget(self.empty_hint)
        column.addStretch(3)
        return page

    def _build_content(self) -> QWidget:
        from views.customer_detail.header import CustomerHeader
        from views.customer_detail.history_tab import HistoryTab
        from views.customer_detail.timeline import Timeline

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = CustomerHeader(self.ctx, self)
        column.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details_area = scroll_area(self._build_details())
        self.tabs.addTab(self.details_area, self.tr("Details"))
        self.timeline = Timeline(self.ctx, self)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.history_area = HistoryTab(self.ctx, self)
        self.tabs.addTab(self.history_area, self.tr("History"))
        column.addWidget(self.tabs, 1)
        return page

    def _build_details(self) -> QWidget:
        """The Details tab: the fields, the contact people, the deals, the orders and what the
        customer buys, the service tickets, the reminders and when the customer was created and
        last changed."""
        from views.customer_detail.buying import BuyingSummary
        from views.customer_detail.contacts import ContactList
        from views.customer_detail.deals import DealList
        from views.customer_detail.details import DetailsForm
        from views.customer_detail.orders import OrderList
        from views.customer_detail.reminders import ReminderList
        from views.customer_detail.tickets import TicketList

        page = QWidget()
        page.setObjectName("details_page")
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        self.form = DetailsForm(self.ctx, page)
        self.contacts = ContactList(self.ctx, page)
        self.deals = DealList(self.ctx, page)
        self.orders = OrderList(self.ctx, page)
        self.buying = BuyingSummary(self.ctx, page)
        self.tickets = TicketList(self.ctx, page)
        self.reminders = ReminderList(self.ctx, page)
        column.addWidget(self.form)
        column.addSpacing(4)
        column.addWidget(separator())
        column.addWidget(self.contacts)
        column.addWidget(separator())
        column.addWidget(self.deals)
        column.addWidget(separator())
        column.addWidget(self.orders)
        column.addWidget(self.buying)  # under the orders, once there are some
        column.addWidget(separator())
        column.addWidget(self.tickets)
        column.addWidget(separator())
        column.addWidget(self.reminders)
        column.addWidget(separator())
        self.stamps = text_label("", SECONDARY_STYLE, name="stamps")
        font = self.stamps.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.stamps.setFont(font)
        column.addWidget(self.stamps)
        column.addStretch(1)
        return page

    # -- showing -------------------------------------------------------------------------
    def show_customer(self, customer_id: str | None) -> None:
        if customer_id != self.customer_id:
            self.timeline.start_over()
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        book = self.ctx.book
        self.row = queries.customer(book, self.customer_id) if self.customer_id else None
        if self.row is None:
            if self.customer_id:
                self.empty_title.setText(self.tr("This customer no longer exists"))
                self.empty_hint.setText(self.tr("It may have been removed by an undo or when "
                                                "the trash was emptied."))
            else:
                self.empty_title.setText(self.tr("No customer selected"))
                self.empty_hint.setText(self.tr("Pick a customer in the list to see everything "
                                                "about them here: details, contact people and "
                                                "the timeline."))
            self.stack.setCurrentIndex(0)
            return
        self.build_content()
        self.stack.setCurrentIndex(1)
        row = self.row
        self._release_held()
        self.header.show_row(row)
        areas = (self.details_area, self.timeline_area, self.history_area)
        keep = [a.verticalScrollBar().value() for a in areas]
        self.form.show_row(row)
        self.contacts.show_row(row)
        self.deals.show_row(row)
        self.orders.show_row(row)
        self.buying.show_row(row)
        self.tickets.show_row(row)
        self.reminders.show_row(row)
        self.stamps.setText(self.tr("Created {created}  ·  Updated {updated}").format(
            created=local_time(row["created_at"]), updated=local_time(row["updated_at"])))
        logged = self.timeline.show_row(row)
        self.history_area.show_row(row)
        self._show_read_only(scopes.read_only_until(book, row["id"]))
        self.tabs.setTabText(1, self.tr("Timeline ({n})").format(n=logged)
                             if logged else self.tr("Timeline"))
        # after the new pages are laid out; not for a panel closed in the meantime
        QTimer.singleShot(0, self, lambda: [a.verticalScrollBar().setValue(v)
                                            for a, v in zip(areas, keep, strict=True)])

    def action_widgets(self) -> list[QWidget]:
        """Everything in the panel that changes the customer or what belongs to it."""
        header, timeline = self.header, self.timeline
        out = [header.edit_button, header.pin_button, header.share_button,
               self.contacts.add_contact_button, self.deals.new_deal_button,
               self.orders.new_order_button, self.orders.payment_button,
               self.tickets.new_ticket_button, self.reminders.new_reminder_button,
               *timeline.kind_buttons.values(), timeline.log_edit, timeline.log_button,
               timeline.follow_up.set_button]
        for name in ("edit_contact", "remove_contact"):
            out += self.contacts.findChildren(QWidget, name)
        return out

    def _show_read_only(self, day: str) -> None:
        """A customer handed over that the user may read until `day`: the banner, and every
        action off with a tooltip saying why (the models refuse the changes anyway)."""
        self.header.show_read_only(day, self.row.get("owner") or "")
        if not day:
            return
        tip = self.tr("Read-only until {day}: the customer was handed over.").format(day=day)
        for widget in self.action_widgets():
            self._held.append((widget, widget.isEnabled(), widget.toolTip()))
            widget.setEnabled(False)
            widget.setToolTip(tip)

    def _release_held(self) -> None:
        """The actions turned off for a read-only customer as they were (before the parts show
        the next customer and set what they manage themselves)."""
        held, self._held = self._held, []
        for widget, enabled, tip in held:
            try:
                widget.setEnabled(enabled)
                widget.setToolTip(tip)
            except RuntimeError:  # a part's row button, made anew since
                pass

    def _on_book_changed(self, changes) -> None:
        if self.customer_id is None:
            return
        if (self.customer_id in changes.ids("customers") or changes.ids("custom_fields")
                or changes.ids("users") or changes.ids("deals") or changes.ids("stages")
                or changes.ids("orders") or changes.ids("payments")
                or changes.ids("tickets") or changes.ids("ticket_events")
                or (changes.ids("reminders") and changes.op_name != "mark_notified")):
            self.refresh()

    # -- what the parts show and do, asked of the panel ----------------------------------
    def kind_label(self, kind: str) -> str:
        return self.timeline.kind_label(kind)

    def selected_kind(self) -> str:
        return self.timeline.selected_kind()

    def timeline_texts(self) -> list[str]:
        """The texts the timeline shows, top to bottom."""
        return self.timeline.texts()

    def history_texts(self) -> list[str]:
        return self.history_area.texts()

    def deal_rows(self) -> list[list[str]]:
        """What the deals list shows, row by row."""
        return self.deals.rows()

    def reminder_rows(self) -> list[list[str]]:
        return self.reminders.rows()

    def ticket_rows(self) -> list[list[str]]:
        """What the tickets list shows, row by row."""
        return self.tickets.rows()

    def pin_grade(self, grade: str | None) -> None:
        """Pin this grade by hand (the rules leave it alone), or None: grade by the rules."""
        if self.row is not None:
            self.header.pin_grade(grade)

    def log_interaction(self) -> None:
        if self.customer_id is not None and self.row is not None:
            self.timeline.log_interaction()

    def offer_follow_up(self) -> None:
        """When to follow up next (the date set, if later, else a week from today)."""
        if self.row is not None:
            self.timeline.follow_up.offer()

    def set_follow_up(self) -> None:
        if self.customer_id is not None:
            self.timeline.follow_up.set_follow_up()

    def new_deal(self) -> str | None:
        if self.customer_id is None or self.row is None:
            return None
        return self.deals.new_deal()

    def open_deal(self, deal_id: str | None) -> str | None:
        return self.deals.open_deal(deal_id)

    def new_reminder(self) -> str | None:
        if self.customer_id is None or self.row is None:
            return None
        return self.reminders.new_reminder()

    def edit_reminder(self, reminder_id: str | None) -> str | None:
        return self.reminders.edit_reminder(reminder_id)

    def new_ticket(self) -> str | None:
        if self.customer_id is None or self.row is None:
            return None
        return self.tickets.new_ticket()

    def open_ticket(self, ticket_id: str | None) -> str | None:
        return self.tickets.open_ticket(ticket_id)

    def add_contact(self) -> None:
        if self.customer_id is not None:
            self.contacts.add_contact()

    def edit_contact(self, contact_id: str) -> None:
        self.contacts.edit_contact(contact_id)

    def remove_contact(self, contact_id: str, name: str) -> None:
        self.contacts.remove_contact(contact_id, name)
