"""One service ticket (工单): the form that opens or changes it (title, kind, priority, who
handles it, due by, description), the steps that move it (new -> in progress -> waiting for
the customer, the SLA clock paused -> resolved -> closed, each with a note), the satisfaction
call after it is resolved (1-5 with what the customer said; 1 or 2 alerts the owner), and the
states it went through.

Every write is an operation of models.tickets through ctx.run, so a refusal is a message in the
user's language and the form keeps what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import tickets
from models.core import clock
from models.core.permissions import may
from models.customers import queries
from models.tickets.labels import DUE_HOURS
from views.context import tr_error
from views.customer_form import (
    SECONDARY_STYLE,
    SavesRecord,
    ValidatedForm,
    save_footer,
)
from views.widgets import fit_height, plain_tooltip, short_list, text_label, tree_texts

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
OVERDUE_STYLE = "color: #b91c1c; font-weight: bold;"
STATE_STYLES = {"new": "color: #1d4ed8;", "in_progress": "color: #1d4ed8;",
                "waiting": "color: #b45309;", "resolved": "color: #15803d;",
                "closed": "color: #6b7280;"}
SATISFACTION_RULE_PREFIX = "satisfaction:"  # models.tickets: the call reminder's rule_key


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def when_text(iso: str | None) -> str:
    """A stored ISO time as "YYYY-MM-DD HH:MM" in the clock's time zone (the computer's)."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    zone = clock.now().tzinfo
    when = when.replace(tzinfo=zone) if when.tzinfo is None else when.astimezone(zone)
    return when.strftime("%Y-%m-%d %H:%M")


def kind_name(kind: str) -> str:
    return tickets.label(tickets.KIND_LABELS, kind, _translate)


def priority_name(priority: str) -> str:
    return tickets.label(tickets.PRIORITY_LABELS, priority, _translate)


def state_name(ticket: dict) -> str:
    """The state shown: its label, and Overdue when it is open past its time."""
    text = tickets.label(tickets.STATUS_LABELS, ticket["status"], _translate)
    if ticket.get("overdue"):
        text += "  ·  " + tickets.label({"overdue": tickets.OVERDUE_LABEL}, "overdue",
                                        _translate)
    return text


def hours_text(seconds: float) -> str:
    """3600 -> "1 h", 5400 -> "1.5 h" (in the user's language)."""
    value = round(seconds / 3600, 1)
    shown = f"{value:g}" if value != int(value) else str(int(value))
    return QCoreApplication.translate("TicketDialog", "{n} h").format(n=shown)


def sla_text(ticket: dict) -> str:
    """How much of its time the ticket took: "Worked 6 h of 24 h · paused 48 h"."""
    t = QCoreApplication.translate
    given = ticket.get("allowed_seconds")
    used = hours_text(ticket["sla_seconds"])
    text = (t("TicketDialog", "Time taken {used} of {given}").format(
        used=used, given=hours_text(given)) if given is not None
        else t("TicketDialog", "Time taken {used}").format(used=used))
    if ticket["paused_seconds"]:
        text += "  ·  " + t("TicketDialog", "paused {n} while waiting for the customer").format(
            n=hours_text(ticket["paused_seconds"]))
    return text


class DueField(QWidget):
    """A due date and time that may be left to the priority: value() is "YYYY-MM-DDTHH:MM:00"
    in local time, or "" when the check box is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.check = QCheckBox()
        self.check.setObjectName("due_set")
        self.check.setToolTip(self.tr("Set a date and time; otherwise the priority decides "
                                      "(urgent 4 h, high 1 day, normal 3 days, low 7 days)"))
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("due_by")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.edit.setEnabled(False)
        self.hint = QLabel(self.tr("by the priority"))
        self.hint.setStyleSheet(SECONDARY_STYLE)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        row.addWidget(self.hint)
        self.check.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.hint.setVisible(not on)

    def show_default(self, when: dt.datetime) -> None:
        """While no date is set: the due date the priority gives, shown greyed."""
        if not self.check.isChecked():
            self.edit.setDateTime(QDateTime.fromString(when.strftime("%Y-%m-%d %H:%M"),
                                                       DATE_TIME_FORMAT))

    def value(self) -> str:
        if not self.check.isChecked():
            return ""
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm:00")

    def set_value(self, iso: str) -> None:
        shown = when_text(iso)
        if shown:
            self.edit.setDateTime(QDateTime.fromString(shown, DATE_TIME_FORMAT))
            self.check.setChecked(True)
        else:
            self.check.setChecked(False)

    def focus_widget(self) -> QWidget:
        return self.edit if self.check.isChecked() else self.check


class TicketDialog(SavesRecord, QDialog):
    """A new ticket of a customer (ticket_id None) or an existing one with its steps and the
    satisfaction call. saved_id holds the ticket's id after Save."""

    def __init__(self, ctx, ticket_id: str | None = None, customer_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = ctx.book
        self.ticket_id = ticket_id
        self.saved_id: str | None = None
        self.row = tickets.ticket(self.book, ticket_id) if ticket_id else None
        self.customer_id = self.row["customer_id"] if self.row else customer_id
        customer = queries.customer(self.book, self.customer_id) if self.customer_id else None
        self.customer_name = (self.row["customer_name"] if self.row
                              else customer["name"] if customer else "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.heading = text_label("", name="ticket_heading")
        self.heading.setContentsMargins(16, 0, 16, 0)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        # the form on the left; the progress, the call and the steps of a ticket on the right
        columns = QHBoxLayout()
        columns.setContentsMargins(16, 4, 16, 8)
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        body = QVBoxLayout()
        body.setSpacing(10)
        columns.addLayout(body, 1)
        self.side = QWidget()
        self.side.setObjectName("ticket_side")
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        columns.addWidget(self.side, 1)

        self.form = ValidatedForm()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("What is the customer's problem or request?"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in tickets.KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priority")
        for priority in tickets.PRIORITIES:
            self.priority_combo.addItem(priority_name(priority), priority)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_id")
        self.due_field = DueField()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the customer said, order or "
                                                         "product, what was tried"))
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        kind_row = QWidget()
        pair = QHBoxLayout(kind_row)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.kind_combo, 1)
        priority_caption = QLabel(self.tr("Priority:"))
        priority_caption.setBuddy(self.priority_combo)
        pair.addSpacing(12)
        pair.addWidget(priority_caption)
        pair.addWidget(self.priority_combo, 1)
        self.form.add_field("title", self.tr("Problem:"), self.title_edit)
        self.form.add_field("kind", self.tr("Type:"), kind_row)
        self.form.add_field("owner_id", self.tr("Handled by:"), self.owner_combo)
        self.form.add_field("due_by", self.tr("Due by:"), self.due_field)
        self.form.add_field("description", self.tr("Description:"), self.description_edit)
        body.addLayout(self.form)
        body.addStretch(1)

        self.progress_box = self._build_progress()
        side.addWidget(self.progress_box)
        self.call_box = self._build_call()
        side.addWidget(self.call_box)
        self.steps_list = short_list("ticket_steps", [self.tr("When"), self.tr("State"),
                                                      self.tr("By"), self.tr("Note")], stretch=3)
        side.addWidget(self.steps_list)
        side.addStretch(1)
        footer = save_footer(self)
        self.delete_button = QPushButton(self.tr("Delete ticket"))
        self.delete_button.setObjectName("delete_ticket")
        self.delete_button.clicked.connect(self.delete)
        footer.insertWidget(0, self.delete_button)
        layout.addLayout(footer)
        self._load()

    # -- building --------------------------------------------------------------------------
    def _build_progress(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"))
        box.setObjectName("ticket_progress")
        column = QVBoxLayout(box)
        column.setSpacing(6)
        self.state_label = text_label("", selectable=False, wrap=False, name="ticket_state")
        self.sla_label = text_label("", SECONDARY_STYLE, selectable=False, name="ticket_sla")
        column.addWidget(self.state_label)
        column.addWidget(self.sla_label)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("step_note")
        self.note_edit.setPlaceholderText(self.tr("A note for the next step (when resolving: "
                                                  "how it was resolved)"))
        column.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        self.move_buttons: dict[str, QPushButton] = {}
        for status in ("in_progress", "waiting", "resolved", "closed"):
            button = QPushButton()
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _=False, s=status: self.move(s))
            self.move_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _build_call(self) -> QGroupBox:
        box = QGroupBox(self.tr("Satisfaction call"))
        box.setObjectName("satisfaction_call")
        column = QVBoxLayout(box)
        column.setSpacing(6)
        self.call_label = text_label("", selectable=False, name="satisfaction_shown")
        column.addWidget(self.call_label)
        column.addWidget(QLabel(self.tr("How satisfied is the customer? (1 very unhappy … 5 "
                                        "very happy)")))
        scores = QHBoxLayout()
        self.score_group = QButtonGroup(self)
        for score in range(1, 6):
            button = QRadioButton(str(score))
            button.setObjectName(f"score_{score}")
            self.score_group.addButton(button, score)
            scores.addWidget(button)
        scores.addStretch(1)
        column.addLayout(scores)
        self.call_note_edit = QLineEdit()
        self.call_note_edit.setObjectName("satisfaction_note")
        self.call_note_edit.setPlaceholderText(self.tr("What the customer said"))
        column.addWidget(self.call_note_edit)
        row = QHBoxLayout()
        row.addWidget(text_label(self.tr("1 or 2 alerts the owner."), SECONDARY_STYLE,
                                 selectable=False, wrap=False))
        row.addStretch(1)
        self.call_button = QPushButton(self.tr("Record the call"))
        self.call_button.setObjectName("record_satisfaction")
        self.call_button.clicked.connect(lambda: self.record_call())
        row.addWidget(self.call_button)
        column.addLayout(row)
        return box

    # -- showing ---------------------------------------------------------------------------
    def _fill_owners(self, current: str | None) -> None:
        owners = queries.users(self.book)
        if current and all(u["id"] != current for u in owners):
            owners += [u for u in queries.users(self.book, active_only=False)
                       if u["id"] == current]
        self.owner_combo.clear()
        for user in owners:
            self.owner_combo.addItem(user["name"], user["id"])

    def _load(self) -> None:
        row = self.row
        if row is None:
            self.setWindowTitle(self.tr("New ticket"))
            self.heading.setText(self.tr("New ticket for {name}").format(
                name=self.customer_name))
            customer = queries.customer(self.book, self.customer_id) if self.customer_id \
                else None
            handler = (customer or {}).get("owner_id") or self.book.user_id
            self._fill_owners(handler)
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(handler), 0))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("complaint"))
            self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
            self.priority_combo.currentIndexChanged.connect(self._priority_changed)
            self._priority_changed()
            for part in (self.side, self.delete_button):
                part.hide()
            self.setMinimumWidth(520)
        else:
            self.title_edit.setText(row["title"])
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(row["kind"]), 0))
            self.priority_combo.setCurrentIndex(
                max(self.priority_combo.findData(row["priority"]), 0))
            self._fill_owners(row["owner_id"])
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(row["owner_id"]), 0))
            self.due_field.set_value(row["due_by"])
            self.description_edit.setPlainText(row["description"] or "")
            self.setMinimumWidth(980)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self._show_state()
        self._initial = self.values()
        editable = self._may_edit()
        for widget in (self.title_edit, self.kind_combo, self.priority_combo, self.owner_combo,
                       self.due_field, self.description_edit):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _priority_changed(self) -> None:
        hours = DUE_HOURS.get(self.priority_combo.currentData(), 0)
        self.due_field.show_default(clock.now() + dt.timedelta(hours=hours))

    def _may_edit(self) -> bool:
        if self.row is None:
            return bool(self.customer_id) and may(self.book, "tickets.edit", {
                "owner_id": None, "customer_id": self.customer_id})
        seller = (queries.customer(self.book, self.row["customer_id"]) or {}).get("owner_id")
        return may(self.book, "tickets.edit", {"owner_id": self.row["owner_id"],
                                               "customer_owner_id": seller,
                                               "customer_id": self.row["customer_id"]})

    def _show_state(self) -> None:
        """The ticket's state, SLA, the moves it may make, its call and its steps."""
        row = self.row
        self.setWindowTitle(self.tr("Ticket {number}").format(number=row["number"]))
        self.heading.setText(self.tr("{number} · {name}").format(number=row["number"],
                                                                  name=row["customer_name"]))
        self.state_label.setText(self.tr("State: {state}").format(state=state_name(row)))
        self.state_label.setStyleSheet(OVERDUE_STYLE if row["overdue"]
                                       else STATE_STYLES.get(row["status"], ""))
        self.sla_label.setText(sla_text(row) + "  ·  " + self.tr("due by {when}").format(
            when=when_text(row["due_by"])) if row["due_by"] else sla_text(row))
        self.sla_label.setStyleSheet(OVERDUE_STYLE if row["late"] else SECONDARY_STYLE)
        editable = self._may_edit()
        allowed = tickets.MOVES[row["status"]]
        texts = {"in_progress": (self.tr("Reopen") if row["status"] == "resolved"
                                 else self.tr("Customer replied") if row["status"] == "waiting"
                                 else self.tr("Start work")),
                 "waiting": self.tr("Wait for the customer"),
                 "resolved": self.tr("Resolved"),
                 "closed": self.tr("Close ticket")}
        tips = {"waiting": self.tr("The SLA clock is paused while waiting for the customer"),
                "resolved": self.tr("Write how it was resolved in the note; a reminder to call "
                                    "the customer is made for the next workday"),
                "closed": self.tr("Close without a satisfaction call")}
        for status, button in self.move_buttons.items():
            button.setText(texts[status])
            button.setToolTip(tips.get(status, ""))
            button.setVisible(status in allowed)
            button.setEnabled(editable)
        self.note_edit.setVisible(bool(allowed))
        self.note_edit.setEnabled(editable)
        done = row["satisfaction"] is not None
        self.call_box.setVisible(row["status"] in ("resolved", "closed") and (
            done or row["status"] == "resolved" or bool(row["resolved_at"])))
        if done:
            self.call_label.setText(self.tr("Recorded on {when}: {score}/5 {note}").format(
                when=when_text(row["satisfaction_at"]), score=row["satisfaction"],
                note=row["satisfaction_note"]).strip())
            self.call_label.setStyleSheet(OVERDUE_STYLE if row["satisfaction"] <= 2 else "")
            self.call_button.setText(self.tr("Record again"))
        else:
            self.call_label.setText(self.tr("Resolved: {resolution}").format(
                resolution=row["resolution"]) if row["resolution"] else "")
            self.call_label.setStyleSheet("")
            self.call_button.setText(self.tr("Record the call"))
        self.call_label.setVisible(bool(self.call_label.text()))
        self.call_button.setEnabled(editable)
        self.steps_list.clear()
        for event in row["events"]:
            item = QTreeWidgetItem([when_text(event["at"]),
                                    tickets.label(tickets.STATUS_LABELS, event["status"],
                                                  _translate),
                                    event["user_name"], event["note"]])
            item.setToolTip(3, plain_tooltip(event["note"]))
            self.steps_list.addTopLevelItem(item)
        fit_height(self.steps_list, len(row["events"]), most=5)
        self.steps_list.show()
        self.delete_button.setVisible(may(self.book, "tickets.delete"))

    def _reload(self) -> None:
        self.row = tickets.ticket(self.book, self.ticket_id)
        if self.row is not None:
            self._show_state()

    def steps(self) -> list[list[str]]:
        """What the list of steps shows, row by row."""
        return tree_texts(self.steps_list)

    # -- the form --------------------------------------------------------------------------
    def values(self) -> dict:
        data = {
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "priority": self.priority_combo.currentData(),
            "owner_id": self.owner_combo.currentData() or "",
            "due_by": self.due_field.value(),
            "description": self.description_edit.toPlainText().strip(),
        }
        if self.row is None:
            data["customer_id"] = self.customer_id
        return data

    def changed_values(self) -> dict:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._initial.get(k)}

    def clear_errors(self) -> None:
        self.form.clear_errors()

    def _mark_error(self) -> None:
        exc = self._error
        if exc is None:
            return
        if not self.form.show_error(exc.field, tr_error(exc)):
            self.form.show_error("title", tr_error(exc))

    def save(self) -> None:
        self.save_record(tickets.add_ticket, tickets.update_ticket, ticket_id=self.ticket_id)

    # -- moving and the call ---------------------------------------------------------------
    def move(self, status: str):
        """Moves the ticket to status with the note typed; what changed, or None."""
        if self.row is None:
            return None
        note = self.note_edit.text().strip()
        changed = self.ctx.run(self, tickets.set_ticket_status, ticket_id=self.ticket_id,
                               status=status, note=note)
        if changed is not None:
            self.note_edit.clear()
            self._reload()
        return changed

    def record_call(self, score: int | None = None, note: str | None = None):
        """Records the satisfaction call (the score chosen and the note typed, unless given);
        what changed, or None."""
        if self.row is None:
            return None
        if score is None:
            score = self.score_group.checkedId() if self.score_group.checkedId() > 0 else None
        text = self.call_note_edit.text() if note is None else note
        changed = self.ctx.run(self, tickets.record_satisfaction, ticket_id=self.ticket_id,
                               score=score, note=text)
        if changed is not None:
            self.call_note_edit.clear()
            self._reload()
        return changed

    def focus_call(self) -> None:
        """Opened from the satisfaction call's reminder: the call, ready to be recorded."""
        if not self.call_box.isHidden():
            button = self.score_group.button(5)
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self) -> str | None:
        if self.row is None:
            return None
        answer = QMessageBox.question(
            self, self.tr("Delete ticket"),
            self.tr("Delete ticket {number}? Undo brings it back.").format(
                number=self.row["number"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        done = self.ctx.run(self, tickets.delete_ticket, ticket_id=self.ticket_id)
        if done is not None:
            self.saved_id = done
            QDialog.accept(self)
        return done


def edit_ticket(ctx, parent: QWidget | None, ticket_id: str | None = None,
                customer_id: str | None = None, call: bool = False) -> str | None:
    """Open the ticket form (call: at its satisfaction call); the ticket's id when saved, None
    when closed without saving the form (its steps and call are written as they are made)."""
    dialog = TicketDialog(ctx, ticket_id, customer_id, parent)
    if call:
        dialog.focus_call()
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
    finally:
        dialog.deleteLater()


def call_ticket_id(reminder: dict | None) -> str | None:
    """The ticket whose satisfaction call a reminder is, or None."""
    key = (reminder or {}).get("rule_key") or ""
    if not key.startswith(SATISFACTION_RULE_PREFIX):
        return None
    return key[len(SATISFACTION_RULE_PREFIX):].split(":", 1)[0] or None
