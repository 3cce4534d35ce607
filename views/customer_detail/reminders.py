"""The customer's reminders on the Details tab: when each is due, what and how often; New
reminder makes one for the customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from models.core import clock
from views.customer_detail.section import Section
from views.customer_form import SECONDARY_STYLE
from views.widgets import (
    fit_height,
    plain_tooltip,
    replace_widget,
    short_list,
    text_label,
    tree_texts,
)


class ReminderList(Section):
    """The reminders of one customer, open and done; the overdue ones in red."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "reminders", parent)
        self.new_reminder_button = self.add_button(
            self.tr("New reminder"), "new_reminder", self.new_reminder,
            tip=self.tr("Remind me of this customer"))
        self.reminders_list: QTreeWidget | None = None

    def show_row(self, row: dict) -> None:
        # the reminders' modules are read when a customer is first shown, not at start-up
        from models import reminders
        from views.reminder_dialog import local, recurrence_text

        self.row = row
        rows = reminders.reminders_of_customer(self.ctx.book, row["id"])
        live = [r for r in rows if r["status"] == "open"]
        self.title.setText(self.tr("Reminders ({n})").format(n=len(live)) if live
                           else self.tr("Reminders"))
        self.new_reminder_button.setEnabled(not row.get("deleted_at"))
        self.reminders_list = None
        if not rows:
            body = text_label(self.tr("No reminders. Kehu reminds you on the day you choose."),
                              SECONDARY_STYLE, selectable=False, name="reminders_empty")
            self.body = replace_widget(self.column, self.body, body)
            return
        tree = short_list("reminders_list", [self.tr("Due"), self.tr("Reminder"),
                                             self.tr("Repeats")], stretch=1)
        now = clock.now()
        for reminder in rows:
            due = local(reminder["due_at"])
            done = reminder["status"] == "done"
            title_text = reminders.title(reminder, QCoreApplication.translate) + (
                "  ·  " + self.tr("done") if done else "")
            item = QTreeWidgetItem([due.strftime("%Y-%m-%d %H:%M"), title_text,
                                    recurrence_text(reminder.get("recurrence"))])
            item.setData(0, Qt.ItemDataRole.UserRole, reminder["id"])
            item.setToolTip(1, plain_tooltip(title_text))
            if done:
                for col in range(3):
                    item.setForeground(col, QColor("#9ca3af"))
            elif due < now:
                item.setForeground(0, QColor("#b91c1c"))
            tree.addTopLevelItem(item)
        fit_height(tree, len(rows), most=6)
        tree.itemActivated.connect(lambda item, _col: self.edit_reminder(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.reminders_list = tree
        self.body = replace_widget(self.column, self.body, tree)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row."""
        return tree_texts(self.reminders_list)

    def new_reminder(self) -> str | None:
        from views.reminder_dialog import edit_reminder

        if self.row is None or self.row.get("deleted_at"):
            return None
        return edit_reminder(self.ctx, self, customer_id=self.row["id"])

    def edit_reminder(self, reminder_id: str | None) -> str | None:
        from views.reminder_dialog import edit_reminder

        if not reminder_id:
            return None
        return edit_reminder(self.ctx, self, reminder_id=reminder_id)
