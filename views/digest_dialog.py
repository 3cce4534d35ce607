"""What one agenda item stands for: "37 customers not contacted for 90 days"
(models.reminders.digest), "12 stalled deals need a follow-up" and the other rules' digests
(models.reminders.backlog), "8 customers go back to the public pool soon" (models.team.pool). The longest waiting first; double-click one (or Open) to open it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QVBoxLayout, QWidget

from models import reminders
from models.team import pool
from views.widgets import fit_columns, fit_to_screen, make_list, plain_label, tree_texts

ID_ROLE = Qt.ItemDataRole.UserRole


class DigestDialog(QDialog):
    open_customer = Signal(str)
    open_deal = Signal(str)

    def __init__(self, ctx, reminder: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digest_dialog")
        self.setWindowTitle(reminders.title(reminder, self._translate))
        if reminders.is_backlog(reminder):  # stalls, follow-ups, payments, repurchases
            kind = reminder.get("kind") or ""
            items = reminders.digest_items(ctx.book, reminder)
            columns, rows = self._backlog(kind, items)
            text = (self.tr("{n} of them still wait. Open one to deal with it; Kehu reminds "
                            "nobody of them one by one while this item is on the list.")
                    .format(n=len(items)) if items
                    else self.tr("All of them have been dealt with since."))
        elif pool.parse_digest_key(reminder.get("rule_key") or ""):  # going back to the pool
            found = pool.digest_customers(ctx.book, reminder)
            why = {pool.CONTACT: self.tr("No contact logged"),
                   pool.DEAL: self.tr("No order or won deal")}
            columns = [self.tr("Customer"), self.tr("Goes back on"), self.tr("Why")]
            rows = [([r["name"], r["day"], why.get(r["reason"], "")], ("customer", r["id"]))
                    for r in found]
            text = (self.tr("{n} of them go back to the public pool unless they are followed "
                            "up: log a contact, or win a deal or an order. Kehu warns nobody of "
                            "them one by one while this item is on the list.").format(
                                n=len(found)) if found
                    else self.tr("None of them is about to go back to the pool any more."))
        else:  # silent customers
            found = reminders.digest_customers(ctx.book, reminder)
            columns = [self.tr("Customer"), self.tr("Grade"), self.tr("Last contact")]
            rows = [([r["name"], r["grade"], r["last_contact"]], ("customer", r["id"]))
                    for r in found]
            text = (self.tr("{n} of them have still not been contacted. Open one to call it or "
                            "log a visit; Kehu reminds nobody of them one by one while this "
                            "item is on the list.").format(n=len(found)) if found
                    else self.tr("All of them have been contacted since."))
        self.note = plain_label(text)
        self.note.setObjectName("digest_note")
        self.list = make_list(columns)
        self.list.setObjectName("digest_customers")
        for texts, target in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, ID_ROLE, target)
            self.list.addTopLevelItem(item)
        fit_columns(self.list)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda item, _col: self._open(item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        opens_deals = bool(rows) and rows[0][1][0] == "deal"
        self.open_button = buttons.addButton(
            self.tr("Open deal") if opens_deals else self.tr("Open customer"),
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

    def _backlog(self, kind: str, items: list[dict]) -> tuple[list[str], list]:
        """The columns and rows of a stall, follow-up, payment or repurchase digest."""
        if kind == "stall":
            return ([self.tr("Deal"), self.tr("Customer"), self.tr("Stalled since")],
                    [([i["name"], i["customer"], i["date"]], ("deal", i["deal_id"]))
                     for i in items])
        when = {"follow_up": self.tr("Next follow-up"), "overdue": self.tr("Due date"),
                "repurchase": self.tr("Next order expected")}.get(kind, self.tr("Date"))
        return ([self.tr("Customer"), when],
                [([i["customer"], i["date"]], ("customer", i["customer_id"])) for i in items])

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def _open(self, item) -> None:
        if item is None:
            return
        what, about = item.data(0, ID_ROLE)
        (self.open_deal if what == "deal" else self.open_customer).emit(about)

    def rows(self) -> list[list[str]]:
        return tree_texts(self.list)
