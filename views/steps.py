"""The steps taken in the book: what each operation is called, and the history of steps
(Edit > History of changes…), where a user undoes one of their own steps and an owner anyone's.

A step's "undo" is models.changelog.undo_operation: refused, like Ctrl+Z, when its records
were changed since."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import changelog, settings
from models.core.clock import local_time
from models.core.permissions import may
from views.context import AppContext


@cache
def _template_pattern(template: str) -> re.Pattern:
    """"Follow up {customer}" -> a pattern whose groups are the template's fields."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+)"
                              for i, p in enumerate(parts)), re.DOTALL)


def label_text(label: str) -> str:
    """An operation's label in the user's language. A label is what the step was about (a
    customer's name, a deal's title); a reminder a rule made is labelled with its title as the
    book stores it, in English ("Follow up {customer}"), and is translated here, when shown."""
    from models import reminders  # not at start-up: the window's Undo names its step with it

    for template in (*reminders.RULE_TITLES.values(), *reminders.KEY_TITLES.values()):
        found = _template_pattern(template).fullmatch(label)
        if found:
            return QCoreApplication.translate("reminders", template).format(**found.groupdict())
    return label


def settings_text(label: str) -> str:
    """A set_setting step's label (the keys it changed) as the settings' names."""
    t = QCoreApplication.translate
    keys = [k.strip() for k in label.split(",") if k.strip()]
    return t("ops", ", ").join(t("settings", settings.label_of(k)) for k in keys)


def rules_text(label: str) -> str:
    """A reminder_rules step's label ("stall 10, no_contact 6", how many reminders each rule
    opened, as the book stores it) in the user's language."""
    t = QCoreApplication.translate
    texts = {"stall": t("ops", "stalled deals {n}"),
             "no_contact": t("ops", "no contact {n}"),
             "digest": t("ops", "digests {n}"),
             "follow_up": t("ops", "follow-ups {n}"),
             "overdue": t("ops", "overdue payments {n}"),
             "repurchase": t("ops", "repurchases {n}")}
    parts = []
    for part in label.split(","):
        key, _, n = part.strip().rpartition(" ")
        parts.append(texts[key].format(n=n) if key in texts and n.isdigit() else part.strip())
    return t("ops", ", ").join(p for p in parts if p)


def who_text(step: dict) -> str:
    """Who took the step: the user's name, or Kehu for its own housekeeping."""
    automatic = changelog.automatic_by(step["name"], step.get("label") or "")
    if automatic:
        return QCoreApplication.translate("ops", automatic)
    return step.get("user_name") or ""


def op_title(name: str, label: str) -> str:
    """A short human description of an operation, for undo messages."""
    t = QCoreApplication.translate
    if name == "set_setting":
        return f"{t('ops', 'settings')} {settings_text(label)}".strip()
    if name in ("export", "print"):
        return export_title(label, "print" if name == "print" else "")
    if name == "reminder_rules" and label:
        return f"{t('ops', 'reminders by the rules')} {rules_text(label)}"
    if name == "report_refused":
        return t("ops", "changes from another PC refused")
    if name == "apply_grades" and label:  # the monthly job: its label is the month
        return f"{t('ops', 'automatic grading')} {label}"
    names = {
        "add_customer": t("ops", "new customer"),
        "update_customer": t("ops", "edit customer"),
        "delete_customers": t("ops", "delete"),
        "restore_customers": t("ops", "restore"),
        "log_interaction": t("ops", "log contact"),
        "delete_interaction": t("ops", "delete contact entry"),
        "add_contact": t("ops", "new contact person"),
        "update_contact": t("ops", "edit contact person"),
        "delete_contact": t("ops", "delete contact person"),
        "add_custom_field": t("ops", "new custom field"),
        "remove_custom_field": t("ops", "remove custom field"),
        "add_user": t("ops", "new user"),
        "new_book": t("ops", "new book, its first owner"),
        "update_user": t("ops", "edit user"),
        "hand_over": t("ops", "hand over customers"),
        "claim": t("ops", "claim from the public pool"),
        "release": t("ops", "give back to the public pool"),
        "pool_return": t("ops", "back to the public pool by its rules"),
        "set_setting": t("ops", "change setting"),
        "import": t("ops", "import"),
        "undo_import": t("ops", "undo import"),
        "add_deal": t("ops", "new deal"),
        "update_deal": t("ops", "edit deal"),
        "move_deal": t("ops", "move deal"),
        "win_deal": t("ops", "deal won"),
        "lose_deal": t("ops", "deal lost"),
        "reopen_deal": t("ops", "reopen deal"),
        "delete_deal": t("ops", "delete deal"),
        "add_stage": t("ops", "new stage"),
        "update_stage": t("ops", "edit stage"),
        "reorder_stages": t("ops", "reorder stages"),
        "delete_stage": t("ops", "delete stage"),
        "snooze_stall": t("ops", "snooze stall"),
        "set_stall_reason": t("ops", "stall reason"),
        "stall_follow_up": t("ops", "stall follow-up"),
        "add_reminder": t("ops", "new reminder"),
        "update_reminder": t("ops", "edit reminder"),
        "complete_reminder": t("ops", "reminder done"),
        "reopen_reminder": t("ops", "reopen reminder"),
        "snooze_reminder": t("ops", "snooze reminder"),
        "delete_reminder": t("ops", "delete reminder"),
        "apply_grades": t("ops", "grade customers"),
        "pin_grade": t("ops", "pin grade"),
        "unpin_grade": t("ops", "unpin grade"),
        "empty_trash": t("ops", "empty the trash"),
        "mark_notified": t("ops", "reminders shown"),
        "reminder_rules": t("ops", "reminders by the rules"),
        "rescan_alerts": t("ops", "look for risk words"),
        "review_alert": t("ops", "alert reviewed"),
        "reopen_alert": t("ops", "alert reopened"),
        "restore": t("ops", "restore from a backup"),
        "set_password": t("ops", "change password"),
        "undo": t("ops", "undo"),
        "redo": t("ops", "redo"),
        "write_demo": t("ops", "demo book"),
        "add_ticket": t("ops", "new ticket"),
        "update_ticket": t("ops", "edit ticket"),
        "set_ticket_status": t("ops", "ticket state"),
        "record_satisfaction": t("ops", "satisfaction call"),
        "delete_ticket": t("ops", "delete ticket"),
    }
    text = names.get(name, name)
    return f"{text} {label_text(label)}".strip() if label else text


def export_title(label: str, how: str = "") -> str:
    """An export step: what, how many rows, and the filter (none: all the user sees)."""
    from models.customers.export import parse_export_label

    t = QCoreApplication.translate
    what, rows, filter_text = parse_export_label(label)
    texts = {"customers": t("ops", "export {n} customers"), "deals": t("ops", "export {n} deals"),
             "orders": t("ops", "export {n} orders"),
             "payments": t("ops", "export {n} payments"),
             "products": t("ops", "export {n} products")}
    text = texts.get(what, t("ops", "export {n} rows")).format(n=f"{rows:,}")
    if how == "print":
        text = t("ops", "print {n} customers").format(n=f"{rows:,}")
    if filter_text:
        return t("ops", "{export} (filter: {filter})").format(export=text, filter=filter_text)
    return t("ops", "{export} (all the user sees)").format(export=text)


def state_text(state: str) -> str:
    t = QCoreApplication.translate
    return {"done": t("ops", "done"), "undone": t("ops", "undone"),
            "dropped": t("ops", "cannot be redone"), "final": t("ops", "cannot be undone")}.get(state, state)


class StepsDialog(QDialog):
    """The newest 200 steps: the user's own, or (an owner) everyone's."""

    undone = Signal(str)  # the id of the step just undone

    COLUMNS = ("when", "who", "where", "what", "state")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("steps_dialog")
        self.setWindowTitle(self.tr("History of changes"))
        self.resize(760, 480)
        self.steps: list[dict] = []
        self.everyone = QCheckBox(self.tr("Everyone's steps"), self)
        self.everyone.setObjectName("everyone")
        others = may(ctx.book, "history.undo_other")
        self.everyone.setVisible(others)
        self.everyone.setChecked(others)
        self.everyone.toggled.connect(self.reload)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("steps")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Where"), self.tr("What"),
            self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.undo_button = QPushButton(self.tr("Undo this step"), self)
        self.undo_button.setObjectName("undo_step")
        self.undo_button.clicked.connect(self.undo_selected)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_button = QPushButton(self.tr("Verify…"), self)
        self.verify_button.setObjectName("verify_history")
        self.verify_button.setToolTip(self.tr("Check that nobody changed the history outside "
                                              "Kehu"))
        self.verify_button.setVisible(may(ctx.book, "history.verify"))
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The newest steps, newest first."), self))
        top.addStretch(1)
        top.addWidget(self.everyone)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self, *_args) -> None:
        book = self.ctx.book
        self.steps = changelog.steps(book, everyone=self.everyone.isChecked())
        self.table.setRowCount(len(self.steps))
        here, elsewhere = self.tr("this PC"), self.tr("another PC")
        for row, step in enumerate(self.steps):
            cells = (local_time(step["at"]), who_text(step),
                     here if step["here"] else elsewhere, op_title(step["name"], step["label"]),
                     state_text(step["state"]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, step["id"])
                self.table.setItem(row, column, item)
        self._selected()

    def current(self) -> dict | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.steps[rows.pop()] if len(rows) == 1 else None

    def _selected(self) -> None:
        step = self.current()
        allowed = step is not None and changelog.may_undo(self.ctx.book, step)
        self.undo_button.setEnabled(allowed)
        if step is not None and step["state"] == "done" and not allowed:
            self.note.setText(self.tr("Only an owner may undo another user's step."))
        else:
            self.note.clear()

    def verify(self):
        """History > Verify (views.verify_dialog)."""
        from views.verify_dialog import show_verify

        return show_verify(self.ctx, self)

    def undo_selected(self) -> None:
        step = self.current()
        if step is None or not changelog.may_undo(self.ctx.book, step):
            return
        if self.ctx.run(self, changelog.undo_operation, op_id=step["id"]) is None:
            return
        self.reload()
        self.note.setText(self.tr("Undone: {what}").format(
            what=op_title(step["name"], step["label"])))
        self.undone.emit(step["id"])


def show_steps(ctx: AppContext, parent: QWidget | None = None) -> StepsDialog:
    dialog = StepsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
