"""The next follow-up, offered under the quick bar once a contact is logged: a date, Set or Not
now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from models.core import clock
from models.customers import operations


class FollowUpOffer(QFrame):
    """Sets the customer's next follow-up date (which makes its reminder); hidden until
    offered."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict | None = None
        self.setObjectName("follow_up_offer")
        self.setStyleSheet("QFrame#follow_up_offer { background: #eff6ff; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.setSpacing(6)
        self.question = QLabel(self.tr("Next follow-up:"))
        self.date = QDateEdit()
        self.date.setObjectName("follow_up_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setObjectName("follow_up_set")
        self.set_button.setToolTip(self.tr("Kehu reminds you on that day"))
        self.set_button.clicked.connect(self.set_follow_up)
        self.skip_button = QPushButton(self.tr("Not now"))
        self.skip_button.setObjectName("follow_up_skip")
        self.skip_button.clicked.connect(self.hide)
        row.addWidget(self.question)
        row.addWidget(self.date)
        row.addStretch(1)
        row.addWidget(self.set_button)
        row.addWidget(self.skip_button)
        self.hide()

    def show_row(self, row: dict) -> None:
        """The customer it would set the date of."""
        self.row = row

    def offer(self) -> None:
        """When to follow up next: the date set, if later, else a week from today."""
        if self.row is None or self.row.get("deleted_at"):
            return
        today = clock.today()
        day = today + dt.timedelta(days=7)
        try:
            current = dt.date.fromisoformat(self.row.get("next_follow_up") or "")
        except ValueError:
            current = None
        if current and current > today:
            day = current
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.show()
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        # Enter in the date (the spin box lets it through once the typed date is taken) sets
        # it, as Set does; Escape is Not now.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.set_follow_up()
        elif event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def set_follow_up(self) -> None:
        if self.row is None:
            return
        day = self.date.date().toString(Qt.DateFormat.ISODate)
        if self.ctx.run(self, operations.update_customer, customer_id=self.row["id"],
                        data={"next_follow_up": day}) is not None:
            self.hide()
