"""Settings > Reminders: hide to the tray on close (this PC), move reminders off public
holidays and the days without contact after which a customer is reminded of (the book).

Written when the Settings dialog's OK is pressed, like the General tab; the book's two
settings are the owner's to change.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import reminders
from models.core.permissions import may
from views.context import AppContext
from views.settings import minimise_to_tray, set_minimise_to_tray
from views.widgets import HINT, plain_label, returns_true

GRADES = ("A", "B", "C")




class ReminderSettings(QWidget):
    """The Reminders tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        book = ctx.book

        self.tray_box = QCheckBox(self.tr("Closing the window keeps Kehu running in the tray, "
                                          "so reminders still pop up"))
        self.tray_box.setObjectName("minimise_to_tray")
        self.tray_box.setChecked(minimise_to_tray())
        this_pc = QGroupBox(self.tr("On this computer"))
        pc_layout = QVBoxLayout(this_pc)
        pc_layout.addWidget(self.tray_box)

        self.holidays_box = QCheckBox(self.tr("Move reminders that fall on a public holiday to "
                                              "the next working day"))
        self.holidays_box.setObjectName("skip_holidays")
        self.holidays_box.setChecked(reminders.skip_holidays(book))
        self.days = {}
        days_row = QHBoxLayout()
        days_row.setSpacing(12)
        current = reminders.no_contact_days(book)
        for grade in GRADES:
            spin = QSpinBox()
            spin.setObjectName(f"no_contact_{grade}")
            spin.setRange(0, 999)
            spin.setSpecialValueText(self.tr("never"))
            spin.setSuffix(self.tr(" days"))
            spin.setValue(int(current.get(grade) or 0))
            self.days[grade] = spin
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            form.addRow(self.tr("Grade {g}:").format(g=grade), spin)
            days_row.addLayout(form)
        days_row.addStretch(1)
        book_box = QGroupBox(self.tr("For everyone using this book"))
        book_layout = QVBoxLayout(book_box)
        book_layout.addWidget(self.holidays_box)
        book_layout.addSpacing(6)
        book_layout.addWidget(plain_label(self.tr(
            "Remind the customer's owner when a customer has not been contacted for:")))
        book_layout.addLayout(days_row)
        self.note = plain_label(self.tr("Only an owner may change these."), HINT)
        book_layout.addWidget(self.note)
        for widget in (self.holidays_box, *self.days.values()):
            widget.setEnabled(may(book, "settings.change"))
        self.note.setVisible(not may(book, "settings.change"))

        layout = QVBoxLayout(self)
        layout.addWidget(this_pc)
        layout.addWidget(book_box)
        layout.addStretch(1)

    def days_value(self) -> dict:
        return {grade: spin.value() for grade, spin in self.days.items()}

    def save(self) -> bool:
        """Write what changed; False if an operation refused (its message was shown)."""
        set_minimise_to_tray(self.tray_box.isChecked())
        book = self.ctx.book
        if not may(book, "settings.change"):
            return True
        if self.holidays_box.isChecked() != reminders.skip_holidays(book):
            if not self.ctx.run(self, reminders.set_skip_holidays,
                                on=self.holidays_box.isChecked()):
                return False
        days = self.days_value()
        if days != {g: int(v or 0) for g, v in reminders.no_contact_days(book).items()}:
            if not self.ctx.run(self, returns_true(reminders.set_no_contact_days), days=days):
                return False
        return True

