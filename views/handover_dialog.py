"""Hand a salesperson's customers over (owner or manager): whose, which of them, to whom.

The dialog shows what the person has (customers, open deals, open reminders, unpaid orders),
a filter (city, grade, tag, stage of an open deal), the receivers (one or several, shared out
in turn or to whoever has fewest), a note, whether the person may still read the customers
until a day (a transfer; not offered for a leaver), and what would move, counted again at every
change. OK hands them over in one step (models.team.hand_over) that Edit > Undo takes back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import deals
from models.core import clock
from models.core.permissions import may
from models.customers import queries
from models.team import handover
from views.context import AppContext
from views.widgets import HINT, fit_to_screen, icon, plain_label

ID_ROLE = Qt.ItemDataRole.UserRole


def counts_text(counts: dict) -> str:
    return QCoreApplication.translate(
        "HandoverDialog", "{customers} customers, {deals} open deals, {reminders} open "
                          "reminders, {orders} unpaid orders").format(**counts)


class HandoverDialog(QDialog):
    """Whose customers, which, to whom; handed_over(result) after OK."""

    handed_over = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 from_user: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_counts: dict | None = None
        self.setWindowTitle(self.tr("Hand over customers"))
        self.setWindowIcon(icon("users"))
        book = ctx.book

        self.from_combo = QComboBox()
        self.from_combo.setObjectName("from_user")
        for user in queries.users(book, active_only=False):
            n = handover.owned_count(book, user["id"])
            text = user["name"] if user["active"] else self.tr("{name} (disabled)").format(
                name=user["name"])
            self.from_combo.addItem(self.tr("{name} · {n} customers").format(name=text, n=n),
                                    user["id"])
        self.has_label = plain_label("", HINT)
        self.has_label.setObjectName("has")

        self.city_combo = self._any_combo("city", self.tr("Any city"))
        self.grade_combo = self._any_combo("grade", self.tr("Any grade"))
        self.tag_combo = self._any_combo("tag", self.tr("Any tag"))
        self.stage_combo = self._any_combo("stage", self.tr("Any stage"))
        which = QGroupBox(self.tr("Which customers"))
        which_form = QFormLayout(which)
        which_form.addRow(self.tr("City:"), self.city_combo)
        which_form.addRow(self.tr("Grade:"), self.grade_combo)
        which_form.addRow(self.tr("Tag:"), self.tag_combo)
        which_form.addRow(self.tr("Open deal at stage:"), self.stage_combo)

        self.to_list = QListWidget()
        self.to_list.setObjectName("to_users")
        self.to_list.itemChanged.connect(self._update)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("mode")
        for key, label in handover.MODES.items():
            self.mode_combo.addItem(QCoreApplication.translate("handover", label), key)
        self.mode_combo.currentIndexChanged.connect(self._update)
        to_box = QGroupBox(self.tr("Who takes them over"))
        to_layout = QVBoxLayout(to_box)
        to_layout.addWidget(self.to_list, 1)
        mode_row = QHBoxLayout()
        mode_row.addWidget(plain_label(self.tr("With several, share them out:")))
        mode_row.addWidget(self.mode_combo, 1)
        to_layout.addLayout(mode_row)

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("e.g. left the company; moved to the south "
                                                  "region"))
        self.keep_read = QCheckBox(self.tr("They may still read these customers, and change "
                                           "nothing, until"))
        self.keep_read.setObjectName("keep_read")
        self.keep_read.toggled.connect(self._update)
        self.read_until = QDateEdit()
        self.read_until.setObjectName("read_until")
        self.read_until.setCalendarPopup(True)
        self.read_until.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.read_until.setMinimumDate(QDate(today.year, today.month, today.day))
        self.read_until.setDate(QDate(today.year, today.month, today.day).addDays(30))
        self.read_until.setEnabled(False)
        self.read_until.dateChanged.connect(self._update)
        self.keep_read.toggled.connect(self.read_until.setEnabled)
        read_row = QHBoxLayout()
        read_row.addWidget(self.keep_read)
        read_row.addWidget(self.read_until)
        read_row.addStretch(1)
        self.preview_label = plain_label("")
        self.preview_label.setObjectName("preview")
        self.preview_label.setWordWrap(True)
        font = self.preview_label.font()
        font.setBold(True)
        self.preview_label.setFont(font)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Hand over"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("Customers of:"), self.from_combo)
        top.addRow("", self.has_label)
        columns = QHBoxLayout()
        columns.addWidget(which, 1)
        columns.addWidget(to_box, 1)
        note = QFormLayout()
        note.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(note)
        layout.addLayout(read_row)
        layout.addWidget(plain_label(self.tr(
            "Each customer goes with its contact persons and this person's open deals (at "
            "their stage), open reminders and unpaid orders. Won or lost deals, done "
            "reminders and paid orders stay credited to them. Edit > Undo takes the whole "
            "handover back."), HINT))
        layout.addWidget(self.preview_label)
        layout.addWidget(self.buttons)

        if from_user is not None and self.from_combo.findData(from_user) >= 0:
            self.from_combo.setCurrentIndex(self.from_combo.findData(from_user))
        else:
            self._pick_first_with_customers()
        self.from_combo.currentIndexChanged.connect(self._from_changed)
        self._from_changed()
        fit_to_screen(self, 760, 560)

    def _any_combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.currentIndexChanged.connect(self._update)
        return combo

    def _pick_first_with_customers(self) -> None:
        for i in range(self.from_combo.count()):
            if handover.owned_count(self.ctx.book, self.from_combo.itemData(i)):
                self.from_combo.setCurrentIndex(i)
                return

    # -- what is chosen ----------------------------------------------------------------------
    def from_user(self) -> str:
        return self.from_combo.currentData()

    def receivers(self) -> list[str]:
        return [self.to_list.item(i).data(ID_ROLE) for i in range(self.to_list.count())
                if self.to_list.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_filter(self) -> handover.Filter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return handover.Filter(cities=one(self.city_combo), grades=one(self.grade_combo),
                               tags=one(self.tag_combo), stages=one(self.stage_combo))

    def read_until_day(self) -> str:
        """The last day of read-only access (YYYY-MM-DD), '' when not ticked."""
        if not self.keep_read.isChecked():
            return ""
        return self.read_until.date().toString("yyyy-MM-dd")

    def _from_changed(self) -> None:
        book = self.ctx.book
        giver = self.from_user()
        self._updating = True
        try:
            choices = handover.filter_choices(book, from_user=giver) if giver else {
                "cities": [], "grades": [], "tags": [], "stages": []}
            stage_names = {s["id"]: deals.stage_label(s, QCoreApplication.translate)
                           for s in deals.stages(book)}
            for combo, values, label in (
                    (self.city_combo, choices["cities"], None),
                    (self.grade_combo, choices["grades"], None),
                    (self.tag_combo, choices["tags"], None),
                    (self.stage_combo, choices["stages"], stage_names)):
                while combo.count() > 1:
                    combo.removeItem(1)
                for value in values:
                    combo.addItem(label.get(value, value) if label else value, value)
                combo.setCurrentIndex(0)
                combo.setEnabled(bool(values))
            checked = set(self.receivers())
            self.to_list.clear()
            for user in queries.users(book):
                if user["id"] == giver:
                    continue
                item = QListWidgetItem(self.tr("{name} · {n} customers").format(
                    name=user["name"], n=handover.owned_count(book, user["id"])))
                item.setData(ID_ROLE, user["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if user["id"] in checked
                                   else Qt.CheckState.Unchecked)
                self.to_list.addItem(item)
            active = self.from_combo.currentIndex() >= 0 and giver in {
                u["id"] for u in queries.users(book)}
            self.keep_read.setEnabled(active)
            if not active:
                self.keep_read.setChecked(False)
            self.keep_read.setToolTip("" if active else self.tr(
                "Read-only access is for a transfer: this person is disabled (a leaver)."))
            has = handover.preview_handover(book, from_user=giver) if giver else None
            self.has_label.setText(self.tr("Has {what}.").format(what=counts_text(has))
                                   if has else "")
        finally:
            self._updating = False
        self._update()

    def _update(self, *_args) -> None:
        if getattr(self, "_updating", True):
            return
        giver = self.from_user()
        receivers = self.receivers()
        counts = (handover.preview_handover(self.ctx.book, from_user=giver,
                                            filter=self.chosen_filter()) if giver else None)
        self.mode_combo.setEnabled(len(receivers) > 1)
        if not counts or not counts["customers"]:
            self.preview_label.setText(self.tr("No customer matches: nothing to hand over."))
        elif not receivers:
            self.preview_label.setText(self.tr("Will move {what}. Tick who takes them over.")
                                       .format(what=counts_text(counts)))
        else:
            names = "、".join(self.to_list.item(i).text().split(" · ")[0]
                             for i in range(self.to_list.count())
                             if self.to_list.item(i).data(ID_ROLE) in receivers)
            text = self.tr("Will move {what} to {names}.").format(
                what=counts_text(counts), names=names)
            if self.keep_read.isChecked():
                text = self.tr("{moves} {name} may read them until {day}.").format(
                    moves=text, name=self.from_combo.currentText().split(" · ")[0],
                    day=self.read_until_day())
            self.preview_label.setText(text)
        self.ok_button.setEnabled(bool(counts and counts["customers"] and receivers))

    def accept(self) -> None:
        done = self.ctx.run(self, handover.hand_over, from_user=self.from_user(),
                            to_users=self.receivers(), filter=self.chosen_filter(),
                            mode=self.mode_combo.currentData(), note=self.note_edit.text(),
                            keep_read_until=self.read_until_day() or None)
        if done is None:  # shown; the dialog keeps what was chosen and typed
            self._update()
            return
        self.result_counts = done
        self.handed_over.emit(done)
        super().accept()


def done_message(result: dict) -> str:
    """The status bar's line after a handover."""
    return QCoreApplication.translate(
        "HandoverDialog", "Handed over {what}. Edit > Undo takes it back.").format(
        what=counts_text(result))


def hand_over_customers(ctx: AppContext, parent: QWidget | None = None, *,
                        from_user: str | None = None) -> dict | None:
    """The dialog (owner or manager); what was handed over, or None."""
    if not may(ctx.book, "customers.hand_over"):
        return None
    dialog = HandoverDialog(ctx, parent, from_user=from_user)
    dialog.exec()
    dialog.deleteLater()
    return dialog.result_counts
