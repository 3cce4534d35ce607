"""One reminder: what, when (date and time), for whom, about which customer or deal, how
important, and whether it repeats.

Writes go through ctx.run with models.reminders' operations; a ValidationError marks its field
and the form keeps what was typed (as the deal form does).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models import deals, reminders, tickets
from models.core import clock
from models.customers import queries
from views.context import tr_error
from views.customer_form import DATE_FORMAT, SavesRecord, ValidatedForm, save_buttons
from views.deal_dialog import CustomerPicker
from views.widgets import fit_width, icon

UNITS = ("day", "week", "month", "year")
PRIORITIES = ("low", "normal", "high")
DEFAULT_TIME = QTime(9, 0)


def priority_name(priority: str) -> str:
    return {"low": QCoreApplication.translate("Reminders", "Low"), "normal": QCoreApplication.translate("Reminders", "Normal"), "high": QCoreApplication.translate("Reminders", "High")}.get(priority, priority)


def unit_name(unit: str) -> str:
    return {"day": QCoreApplication.translate("Reminders", "days"), "week": QCoreApplication.translate("Reminders", "weeks"), "month": QCoreApplication.translate("Reminders", "months"),
            "year": QCoreApplication.translate("Reminders", "years")}.get(unit, unit)


def weekday_names() -> list[str]:
    return [QCoreApplication.translate("Reminders", "Mon"), QCoreApplication.translate("Reminders", "Tue"), QCoreApplication.translate("Reminders", "Wed"), QCoreApplication.translate("Reminders", "Thu"), QCoreApplication.translate("Reminders", "Fri"), QCoreApplication.translate("Reminders", "Sat"), QCoreApplication.translate("Reminders", "Sun")]


def local(iso: str) -> dt.datetime:
    """A stored ISO time in the clock's time zone (the computer's, or the test's)."""
    when = dt.datetime.fromisoformat(iso)
    if when.tzinfo is None:
        when = when.replace(tzinfo=clock.now().tzinfo)
    return when.astimezone(clock.now().tzinfo)


def recurrence_text(rec: dict | None) -> str:
    """{"every": 2, "unit": "week", "weekdays": [0, 3]} -> "Every 2 weeks (Mon, Thu)"."""
    if not rec:
        return ""
    n, unit = int(rec.get("every") or 1), rec.get("unit", "day")
    if n == 1:
        text = {"day": QCoreApplication.translate("Reminders", "Every day"), "week": QCoreApplication.translate("Reminders", "Every week"), "month": QCoreApplication.translate("Reminders", "Every month"),
                "year": QCoreApplication.translate("Reminders", "Every year")}.get(unit, unit)
    else:
        text = QCoreApplication.translate("Reminders", "Every {n} {unit}").format(n=n, unit=unit_name(unit))
    if unit == "week" and rec.get("weekdays"):
        names = weekday_names()
        text += " (" + ", ".join(names[d] for d in sorted(rec["weekdays"]) if 0 <= d < 7) + ")"
    if unit == "month" and rec.get("monthday"):
        day = int(rec["monthday"])
        text += " (" + (QCoreApplication.translate("Reminders", "last day") if day == 31 else QCoreApplication.translate("Reminders", "day {n}").format(n=day)) + ")"
    return text


class RecurrenceField(QWidget):
    """Never, or every N days/weeks/months/years; weekdays for weeks, a day for months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.repeat_box = QCheckBox(self.tr("Every"))
        self.repeat_box.setObjectName("repeat")
        self.every_spin = QSpinBox()
        self.every_spin.setObjectName("every")
        self.every_spin.setRange(1, 365)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        for unit in UNITS:
            self.unit_combo.addItem(unit_name(unit), unit)
        top.addWidget(self.repeat_box)
        top.addWidget(self.every_spin)
        top.addWidget(self.unit_combo)
        top.addStretch(1)
        column.addLayout(top)

        self.weekdays_row = QWidget()
        days = QHBoxLayout(self.weekdays_row)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(4)
        self.weekday_boxes: list[QCheckBox] = []
        for i, name in enumerate(weekday_names()):
            box = QCheckBox(name)
            box.setObjectName(f"weekday_{i}")
            self.weekday_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        column.addWidget(self.weekdays_row)

        self.monthday_row = QWidget()
        month = QHBoxLayout(self.monthday_row)
        month.setContentsMargins(0, 0, 0, 0)
        month.setSpacing(6)
        self.monthday_box = QCheckBox(self.tr("On day"))
        self.monthday_box.setObjectName("monthday_on")
        self.monthday_spin = QSpinBox()
        self.monthday_spin.setObjectName("monthday")
        self.monthday_spin.setRange(1, 31)
        self.monthday_spin.setToolTip(self.tr("31 means the last day of shorter months"))
        month.addWidget(self.monthday_box)
        month.addWidget(self.monthday_spin)
        month.addStretch(1)
        column.addWidget(self.monthday_row)

        self.repeat_box.toggled.connect(self._update)
        self.unit_combo.currentIndexChanged.connect(self._update)
        self.monthday_box.toggled.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        on = self.repeat_box.isChecked()
        unit = self.unit_combo.currentData()
        self.every_spin.setEnabled(on)
        self.unit_combo.setEnabled(on)
        self.weekdays_row.setVisible(on and unit == "week")
        self.monthday_row.setVisible(on and unit == "month")
        self.monthday_spin.setEnabled(self.monthday_box.isChecked())

    def value(self) -> dict | None:
        if not self.repeat_box.isChecked():
            return None
        unit = self.unit_combo.currentData()
        rec: dict = {"every": self.every_spin.value(), "unit": unit}
        if unit == "week":
            days = [i for i, box in enumerate(self.weekday_boxes) if box.isChecked()]
            if days:
                rec["weekdays"] = days
        if unit == "month" and self.monthday_box.isChecked():
            rec["monthday"] = self.monthday_spin.value()
        return rec

    def set_value(self, rec: dict | None) -> None:
        self.repeat_box.setChecked(bool(rec))
        rec = rec or {}
        self.every_spin.setValue(int(rec.get("every") or 1))
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(rec.get("unit", "day")), 0))
        weekdays = set(rec.get("weekdays") or [])
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(i in weekdays)
        self.monthday_box.setChecked(bool(rec.get("monthday")))
        self.monthday_spin.setValue(int(rec.get("monthday") or 1))
        self._update()


class ReminderDialog(SavesRecord, QDialog):
    """Add a reminder (reminder_id None) or edit one. saved_id holds the id after accept."""

    def __init__(self, ctx, reminder_id: str | None = None, customer_id: str | None = None,
                 deal_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = ctx.book
        self.reminder_id = reminder_id
        self.saved_id: str | None = None
        self.row = reminders.reminder(self.book, reminder_id) if reminder_id else None
        if reminder_id and self.row is None:
            raise KeyError(f"no reminder {reminder_id}")
        self.setWindowTitle(self.tr("Reminder: {title}").format(title=self.row["title"])
                            if self.row else self.tr("New reminder"))
        self.setWindowIcon(icon("reminders"))
        self.setMinimumWidth(520)
        self._build()
        self._load(customer_id, deal_id)
        self._initial = self.values()
        fit_width(self, 560)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        book = self.book
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Call about the spring order (required)"))

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("due_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("due_time")
        self.time_edit.setDisplayFormat("HH:mm")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.setSpacing(6)
        when_row.addWidget(self.date_edit, 1)
        when_row.addWidget(self.time_edit)

        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_id")
        owners = queries.users(book)
        current = self.row["owner_id"] if self.row else book.user_id
        if current and all(u["id"] != current for u in owners):
            owners += [u for u in queries.users(book, active_only=False) if u["id"] == current]
        for user in owners:
            self.owner_combo.addItem(user["name"], user["id"])

        self.customer_edit = CustomerPicker(book)
        self.customer_edit.setObjectName("customer_id")
        self.customer_edit.setPlaceholderText(self.tr("None, or type a name to pick one"))
        self.customer_edit.customer_chosen.connect(lambda cid: self._fill_deals(cid, None))
        self.deal_combo = QComboBox()
        self.deal_combo.setObjectName("deal_id")

        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priority")
        for priority in PRIORITIES:
            self.priority_combo.addItem(priority_name(priority), priority)
        self.recurrence = RecurrenceField()
        self.recurrence.setObjectName("recurrence")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        self.form = ValidatedForm()
        self.form.add_field("title", self.tr("What"), self.title_edit)
        self.form.add_field("due_at", self.tr("When"), when)
        self.form.fields["due_at"] = (self.date_edit, self.form.fields["due_at"][1])
        self.form.add_field("recurrence", self.tr("Repeat"), self.recurrence)
        self.form.add_field("owner_id", self.tr("For"), self.owner_combo)
        self.form.add_field("customer_id", self.tr("Customer"), self.customer_edit)
        self.form.add_field("deal_id", self.tr("Deal"), self.deal_combo)
        self.form.add_field("priority", self.tr("Priority"), self.priority_combo)
        self.form.add_field("notes", self.tr("Notes"), self.notes_edit)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with Repeat
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self.form)
        layout.addWidget(save_buttons(self))
        self.title_edit.setFocus()

    def _fill_deals(self, customer_id: str | None, deal_id: str | None) -> None:
        self.deal_combo.clear()
        self.deal_combo.addItem(self.tr("None"), "")
        for deal in deals.deals_of_customer(self.book, customer_id) if customer_id else []:
            if deal["status"] == "open" or deal["id"] == deal_id:
                self.deal_combo.addItem(deal["title"], deal["id"])
        index = self.deal_combo.findData(deal_id or "")
        self.deal_combo.setCurrentIndex(max(index, 0))
        self.deal_combo.setEnabled(self.deal_combo.count() > 1)

    # -- loading -------------------------------------------------------------------------
    def _load(self, customer_id: str | None, deal_id: str | None) -> None:
        row = self.row
        if row is None:
            if deal_id and not customer_id:
                deal = deals.deal(self.book, deal_id)
                customer_id = deal["customer_id"] if deal else None
            if customer_id:
                self.customer_edit.set_customer(customer_id)
            self._fill_deals(customer_id, deal_id)
            tomorrow = clock.today() + dt.timedelta(days=1)
            self.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
            self.time_edit.setTime(DEFAULT_TIME)
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(self.book.user_id), 0))
            self.priority_combo.setCurrentIndex(PRIORITIES.index("normal"))
            self.recurrence.set_value(None)
            return
        self.title_edit.setText(reminders.title(row, QCoreApplication.translate))
        due = local(row["due_at"])
        self.date_edit.setDate(QDate(due.year, due.month, due.day))
        self.time_edit.setTime(QTime(due.hour, due.minute))
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(row.get("owner_id")), 0))
        if row.get("customer_id"):
            self.customer_edit.set_customer(row["customer_id"], row.get("customer_name"))
        self._fill_deals(row.get("customer_id"), row.get("deal_id"))
        self.priority_combo.setCurrentIndex(
            max(self.priority_combo.findData(row.get("priority") or "normal"), 0))
        self.notes_edit.setPlainText(row.get("notes") or "")
        self.recurrence.set_value(row.get("recurrence"))

    # -- reading and saving --------------------------------------------------------------
    def due_at(self) -> str:
        d, t = self.date_edit.date(), self.time_edit.time()
        when = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                           tzinfo=clock.now().tzinfo)
        return when.isoformat(timespec="seconds")

    def values(self) -> dict:
        return {
            "title": self.title_edit.text().strip(),
            "due_at": self.due_at(),
            "owner_id": self.owner_combo.currentData() or "",
            "customer_id": self.customer_edit.customer_id() or None,
            "deal_id": self.deal_combo.currentData() or None,
            "priority": self.priority_combo.currentData(),
            "notes": self.notes_edit.toPlainText(),
            "recurrence": self.recurrence.value(),
        }

    def changed_values(self) -> dict:
        now = self.values()
        changed = {k: v for k, v in now.items() if v != self._initial.get(k)}
        if "due_at" in changed and self.row is not None and \
                local(self.row["due_at"]) == dt.datetime.fromisoformat(now["due_at"]):
            changed.pop("due_at")  # the same moment written in another time zone
        return changed

    def clear_errors(self) -> None:
        self.form.clear_errors()

    def save(self) -> None:
        self.save_record(reminders.add_reminder, reminders.update_reminder,
                         reminder_id=self.reminder_id)

    def _mark_error(self) -> None:
        exc = self._error
        if exc is None:
            return
        field = {"customer": "customer_id", "deal": "deal_id", "owner": "owner_id",
                 "due": "due_at"}.get(exc.field, exc.field)
        if not self.form.show_error(field, tr_error(exc)):
            self.form.show_error("title", tr_error(exc))



def edit_reminder(ctx, parent: QWidget | None, reminder_id: str | None = None,
                  customer_id: str | None = None, deal_id: str | None = None) -> str | None:
    """Open the reminder form; the id saved, or None when cancelled. The satisfaction call
    after a service ticket opens that ticket at its call instead (the reminder's id when the
    call was recorded)."""
    if reminder_id:
        from views.ticket_dialog import call_ticket_id, edit_ticket

        ticket_id = call_ticket_id(reminders.reminder(ctx.book, reminder_id))
        if ticket_id and tickets.ticket(ctx.book, ticket_id) is not None:
            edit_ticket(ctx, parent, ticket_id=ticket_id, call=True)
            done = reminders.reminder(ctx.book, reminder_id)
            return reminder_id if done is None or done["status"] != "open" else None
    dialog = ReminderDialog(ctx, reminder_id, customer_id, deal_id, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
    finally:
        dialog.deleteLater()

