"""The customers one agenda item stands for: "37 customers not contacted for 90 days"
(models.reminders.digest). The longest silent first; double-click one (or Open) to open it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QVBoxLayout, QWidget

from models import reminders
from views.widgets import fit_columns, fit_to_screen, make_list, plain_label, tree_texts

ID_ROLE = Qt.ItemDataRole.UserRole


class DigestDialog(QDialog):
    open_customer = Signal(str)

    def __init__(self, ctx, reminder: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digest_dialog")
        self.setWindowTitle(reminders.title(reminder, self._translate))
        rows = reminders.digest_customers(ctx.book, reminder)
        if rows:
            text = self.tr("{n} of them have still not been contacted. Open one to call it or "
                           "log a visit; Kehu reminds nobody of them one by one while this item "
                           "is on the list.").format(n=len(rows))
        else:
            text = self.tr("All of them have been contacted since.")
        self.note = plain_label(text)
        self.note.setObjectName("digest_note")
        self.list = make_list([self.tr("Customer"), self.tr("Grade"), self.tr("Last contact")])
        self.list.setObjectName("digest_customers")
        for row in rows:
            item = QTreeWidgetItem([row["name"], row["grade"], row["last_contact"]])
            item.setData(0, ID_ROLE, row["id"])
            self.list.addTopLevelItem(item)
        fit_columns(self.list)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda item, _col: self._open(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open customer"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("digest_open")
        self.open_button.setEnabled(bool(rows))
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def _open(self, item) -> None:
        if item is not None:
            self.open_customer.emit(item.data(0, ID_ROLE))

    def rows(self) -> list[list[str]]:
        return tree_texts(self.list)
