"""Settings > Grading: the thresholds of grades A and B (models.reports.grading) and "Apply now".

A customer gets the best grade whose every threshold it meets (won amount in the last 12
months, won deals in 12 months, days since the last contact, the share of what fell due in 12
months paid on time), else C; customers whose grade
was pinned by hand keep it. Kehu applies the rules by itself once a month; "Apply now" does it
at once. Only an owner may change the rules; the Settings dialog's OK saves them with the other
tabs, its Cancel drops them ("Apply now" saves edited rules first, then grades).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import deals
from models.core.permissions import may
from models.reports import grading
from views.common import symbol
from views.context import AppContext
from views.widgets import HINT, plain_label

GRADES = ("A", "B")
FIELDS = ("amount", "orders", "recent_days", "on_time")


class GradingSettings(QWidget):
    """The Grading tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.note = plain_label(self.tr("Only an owner may change the grading rules."), HINT)
        intro = plain_label(self.tr(
            "A customer gets the best grade whose every threshold it meets, else C. Kehu grades "
            "at the start of each month; grades pinned by hand in the customer panel are kept."),
            HINT)
        grid = QGridLayout()
        main = deals.main_currency(ctx.book)  # the thresholds' currency (models.reports.grading)
        grid.addWidget(QLabel(self.tr("Won in the last 12 months at least ({currency})").format(
            currency=symbol(main).strip())), 1, 0)
        grid.addWidget(QLabel(self.tr("Won deals in the last 12 months at least")), 2, 0)
        grid.addWidget(QLabel(self.tr("Last contact at most this many days ago")), 3, 0)
        grid.addWidget(QLabel(self.tr("Paid on time in the last 12 months at least")), 4, 0)
        self.edits: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        for col, grade in enumerate(GRADES, start=1):
            grid.addWidget(QLabel(self.tr("Grade {grade}").format(grade=grade)), 0, col)
            amount = QDoubleSpinBox()
            amount.setRange(0, 1e12)
            amount.setDecimals(0)
            amount.setSingleStep(1000)
            amount.setGroupSeparatorShown(True)
            orders = QSpinBox()
            orders.setRange(0, 100000)
            days = QSpinBox()
            days.setRange(1, 3650)
            on_time = QSpinBox()
            on_time.setRange(0, 100)
            on_time.setSuffix(" %")
            on_time.setToolTip(self.tr("The share of the money that fell due in the last 12 "
                                       "months that the customer paid by its due date; a "
                                       "customer with nothing due meets it"))
            for row, (field, edit) in enumerate(zip(FIELDS, (amount, orders, days, on_time),
                                                    strict=True), start=1):
                edit.setObjectName(f"grade_{grade}_{field}")
                edit.valueChanged.connect(self._edited)
                self.edits[(grade, field)] = edit
                grid.addWidget(edit, row, col)
        grid.setColumnStretch(0, 1)
        self.edited = False
        self.apply_button = QPushButton(self.tr("Apply now"))
        self.apply_button.setObjectName("apply_grading")
        self.apply_button.setToolTip(self.tr("Grade every customer by the rules now"))
        self.apply_button.clicked.connect(self.apply_now)
        self.result_label = plain_label()
        self.result_label.setObjectName("grading_result")
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.user_changed.connect(self.reload)
        self.reload()

    def rules(self) -> dict:
        """The rules as the tab shows them."""
        out: dict = {}
        for (grade, field), edit in self.edits.items():
            value = edit.value()
            out.setdefault(grade, {})[field] = float(value) if field == "amount" else int(value)
        return out

    def reload(self) -> None:
        rules = grading.rules(self.ctx.book)
        for (grade, field), edit in self.edits.items():
            edit.blockSignals(True)
            edit.setValue(rules.get(grade, {}).get(field, 0))
            edit.blockSignals(False)
        owner = may(self.ctx.book, "settings.change")
        self.note.setVisible(not owner)
        for edit in self.edits.values():
            edit.setEnabled(owner)
        self.apply_button.setEnabled(owner)
        self.edited = False

    def _edited(self) -> None:
        self.edited = may(self.ctx.book, "settings.change")

    def save(self) -> bool:
        if self.ctx.run(self, grading.set_rules, rules=self.rules()) is None:
            return False
        self.edited = False
        return True

    def save_if_edited(self) -> bool:
        """The Settings dialog's OK: write the rules when they were edited."""
        return self.save() if self.edited else True

    def apply_now(self) -> int | None:
        """Save edited rules, then grade every customer; how many changed grade."""
        if not self.save_if_edited():
            return None
        done = self.ctx.run(self, grading.apply_grades)
        if done is None:
            return None
        self.result_label.setText(self.tr("{n} customers changed grade.").format(
            n=done["changed"]))
        return done["changed"]
