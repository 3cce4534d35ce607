"""Settings > Public pool: the owner's rules for customers nobody follows up (models.team.pool).

Per grade, the days without a logged contact and without a confirmed order or won deal after
which a customer goes back to the pool; the days of warning; what a salesperson may hold and
claim. Written when the Settings dialog's OK is pressed; only an owner may change them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core.permissions import may
from models.team import pool
from views.context import AppContext
from views.widgets import HINT, plain_label, returns_true, text_label


class PoolSettings(QWidget):
    """The Public pool tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        rules = pool.rules(ctx.book)
        self.enabled_box = QCheckBox(self.tr("Return customers nobody follows up to the "
                                             "public pool, for any salesperson to claim"))
        self.enabled_box.setObjectName("pool_enabled")
        self.enabled_box.setChecked(rules["enabled"])

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(plain_label(self.tr("No contact logged for")), 0, 1)
        grid.addWidget(plain_label(self.tr("No order or won deal for")), 0, 2)
        self.days: dict[tuple[str, str], QSpinBox] = {}
        names = {"A": self.tr("Grade A"), "B": self.tr("Grade B"), "C": self.tr("Grade C"),
                 "": self.tr("No grade")}
        for row, grade in enumerate(pool.GRADES, start=1):
            grid.addWidget(QLabel(names[grade]), row, 0)
            for col, reason in enumerate((pool.CONTACT, pool.DEAL), start=1):
                spin = self._spin(f"pool_{reason}_{grade or 'none'}", self.tr("never"),
                                  self.tr(" days"), rules["days"][grade][reason])
                self.days[(grade, reason)] = spin
                grid.addWidget(spin, row, col)
        grid.setColumnStretch(3, 1)

        self.warn_spin = self._spin("pool_warn_days", self.tr("no warning"), self.tr(" days"),
                                    rules["warn_days"])
        self.max_spin = self._spin("pool_max_customers", self.tr("no limit"), "",
                                   rules["max_customers"], top=99999)
        self.claims_spin = self._spin("pool_claims_per_day", self.tr("no limit"), "",
                                      rules["claims_per_day"])
        self.reclaim_spin = self._spin("pool_reclaim_days", self.tr("at once"),
                                       self.tr(" days"), rules["reclaim_days"])
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Warn the salesperson before:"), self.warn_spin)
        form.addRow(self.tr("A salesperson may hold at most:"), self.max_spin)
        form.addRow(self.tr("Claims a day, at most:"), self.claims_spin)
        form.addRow(self.tr("Claiming back a customer one gave away, after:"),
                    self.reclaim_spin)

        rules_box = QGroupBox(self.tr("When a customer goes back to the pool"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.enabled_box)
        rules_layout.addLayout(grid)
        rules_layout.addWidget(text_label(self.tr(
            "Customers with open deals, open orders or money still owed never go back. "
            "Kehu returns customers on the owner's PC, every hour while it is open."), HINT,
            selectable=False))
        limits_box = QGroupBox(self.tr("Warnings and limits"))
        limits_box.setLayout(form)
        self.note = plain_label(self.tr("Only an owner may change these."), HINT)
        allowed = may(ctx.book, "settings.change")
        for widget in (self.enabled_box, *self.days.values(), self.warn_spin, self.max_spin,
                       self.claims_spin, self.reclaim_spin):
            widget.setEnabled(allowed)
        self.note.setVisible(not allowed)

        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(limits_box)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _spin(self, name: str, zero: str, suffix: str, value: int, top: int = 999) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, top)
        spin.setSpecialValueText(zero)
        spin.setSuffix(suffix)
        spin.setValue(int(value or 0))
        return spin

    def values(self) -> dict:
        """The rules as the form shows them (set_rules' keywords)."""
        days = {g: {r: self.days[(g, r)].value() for r in (pool.CONTACT, pool.DEAL)}
                for g in pool.GRADES}
        return {"enabled": self.enabled_box.isChecked(), "days": days,
                "warn_days": self.warn_spin.value(), "max_customers": self.max_spin.value(),
                "claims_per_day": self.claims_spin.value(),
                "reclaim_days": self.reclaim_spin.value()}

    def save(self) -> bool:
        """Write what changed; False if the operation refused (its message was shown)."""
        book = self.ctx.book
        if not may(book, "settings.change"):
            return True
        rules = pool.rules(book)
        wanted = self.values()
        if all(rules[k] == v for k, v in wanted.items()):
            return True
        return bool(self.ctx.run(self, returns_true(pool.set_rules), **wanted))
