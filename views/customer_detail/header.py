"""The top of the customer panel: the name, the health light, the grade and its pin, Share,
Edit, the owner and city line (and whom it is shared with), and the banners of a customer in the
trash and of one handed over that the user may only read until a day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.core.permissions import may
from models.customers import queries, sharing
from models.reports import grading, health
from models.team import pool
from views.customer_form import SECONDARY_STYLE
from views.customer_table import health_dot, health_name, health_reason
from views.widgets import icon, plain_tooltip, text_label

GRADE_COLOURS = {"A": "#15803d", "B": "#1d4ed8", "C": "#6b7280"}
BANNER_STYLE = "background: #fef3c7; color: #92400e; border-radius: 4px; padding: 4px 8px;"


class CustomerHeader(QWidget):
    """Who the customer is at a glance; pins a grade by hand, asks for the form with Edit."""

    edit_requested = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict | None = None
        self.setObjectName("detail_header")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 12, 10)
        column.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = text_label("", name="name_label")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.grade_badge = QLabel()
        self.grade_badge.setObjectName("grade_badge")
        self.grade_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_badge.setFixedSize(26, 22)
        self.health_light = QLabel()
        self.health_light.setObjectName("health_light")
        self.pin_button = QToolButton()
        self.pin_button.setObjectName("pin_grade")
        self.pin_button.setText(self.tr("Grade"))
        self.pin_button.setToolTip(self.tr("Pin a grade by hand, or let the rules grade"))
        self.pin_button.setAutoRaise(True)
        self.pin_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pin_menu = QMenu(self.pin_button)
        for grade in ("A", "B", "C"):
            act = self.pin_menu.addAction(self.tr("Pin grade {grade}").format(grade=grade))
            act.setObjectName(f"pin_{grade}")
            act.triggered.connect(lambda _=False, g=grade: self.pin_grade(g))
        self.pin_menu.addSeparator()
        self.unpin_action = self.pin_menu.addAction(self.tr("Grade by the rules"))
        self.unpin_action.setObjectName("unpin")
        self.unpin_action.triggered.connect(lambda: self.pin_grade(None))
        self.pin_button.setMenu(self.pin_menu)
        self.share_button = QToolButton()
        self.share_button.setObjectName("share_button")
        self.share_button.setText(self.tr("Share"))
        self.share_button.setToolTip(self.tr("Let another user see this customer (read only)"))
        self.share_button.setAutoRaise(True)
        self.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.share_menu = QMenu(self.share_button)
        self.share_menu.aboutToShow.connect(self._fill_share_menu)
        self.share_button.setMenu(self.share_menu)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setToolTip(self.tr("Edit this customer"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        # the name on a line of its own: beside the badge and the buttons a narrow panel (a
        # 1366x768 screen) broke even a short name into lines of two characters
        column.addWidget(self.name_label)
        top.addWidget(self.health_light, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.grade_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.pin_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        self.meta_label = text_label("", SECONDARY_STYLE, name="meta_label")
        column.addWidget(self.meta_label)
        self.trash_banner = QLabel(self.tr("This customer is in the trash."))
        self.trash_banner.setStyleSheet(BANNER_STYLE)
        self.trash_banner.hide()
        column.addWidget(self.trash_banner)
        self.read_only_banner = text_label("", name="read_only_banner")
        self.read_only_banner.setStyleSheet(BANNER_STYLE)
        self.read_only_banner.hide()
        column.addWidget(self.read_only_banner)

    def show_read_only(self, day: str, owner: str) -> None:
        """The banner of a customer handed over that the user may only read until `day`
        (hidden for '')."""
        self.read_only_banner.setText(self.tr(
            "Read-only until {day}: this customer was handed over to {owner}. You may look at "
            "everything, but change nothing.").format(day=day, owner=owner) if day else "")
        self.read_only_banner.setVisible(bool(day))

    def show_row(self, row: dict) -> None:
        self.row = row
        self.name_label.setText(row["name"])
        grade = row["grade"]
        self.grade_badge.setVisible(bool(grade))
        self.grade_badge.setText(grade)
        pinned = bool(row.get("grade_pinned"))
        self.grade_badge.setToolTip(
            self.tr("Grade {grade}, pinned by hand").format(grade=grade) if pinned
            else self.tr("Grade {grade}").format(grade=grade))
        self.unpin_action.setEnabled(pinned)
        self.pin_button.setText(self.tr("Pinned") if pinned else self.tr("Grade"))
        self.pin_button.setEnabled(not row.get("deleted_at"))
        mark = None if row.get("deleted_at") else health.health(self.ctx.book, [row["id"]]).get(
            row["id"])
        self.health_light.setVisible(mark is not None)
        if mark is not None:
            self.health_light.setPixmap(health_dot(mark[0], 14).pixmap(14, 14))
            self.health_light.setToolTip(
                plain_tooltip(f"{health_name(mark[0])}: {health_reason(mark)}"))
        self.grade_badge.setStyleSheet(
            f"background: {GRADE_COLOURS.get(grade, '#6b7280')}; color: white; "
            "border-radius: 4px; font-weight: bold;"
        )
        parts = []
        if row.get("owner"):
            parts.append(self.tr("Owner: {name}").format(name=row["owner"]))
        elif not row.get("owner_id") and not row.get("deleted_at"):
            parts.append(self.pool_text(row["id"]))
        parts += [p for p in (row["city"], row["industry"]) if p]
        shared = sharing.shared_with(self.ctx.book, row["id"])
        if shared:
            parts.append(self.tr("Shared with {names}").format(names=", ".join(
                self.tr("{name} (read-only until {day})").format(name=u["name"],
                                                                 day=u["read_until"])
                if u["read_until"] else u["name"] for u in shared)))
        self.meta_label.setText("  ·  ".join(parts))
        self.meta_label.setVisible(bool(parts))
        self.trash_banner.setVisible(bool(row.get("deleted_at")))
        self.share_button.setVisible(not row.get("deleted_at")
                                     and may(self.ctx.book, "customer.share", row))
        allowed = may(self.ctx.book, "customer.edit", row)
        self.edit_button.setEnabled(allowed and not row.get("deleted_at"))
        self.edit_button.setToolTip(self.tr("Edit this customer") if allowed else self.tr(
            "This customer belongs to another salesperson: only they, a manager or an owner "
            "may change it."))

    def pool_text(self, customer_id: str) -> str:
        """Where a customer of nobody came from: in the public pool since when, and why."""
        left = pool.left_pool(self.ctx.book, customer_id)
        if left is None:
            return self.tr("In the public pool")
        why = {pool.CONTACT: self.tr("no contact logged"),
               pool.DEAL: self.tr("no order or won deal")}.get(
            left["reason"], self.tr("given back"))
        return self.tr("In the public pool since {day} ({why})").format(day=left["day"],
                                                                        why=why)

    def pin_grade(self, grade: str | None) -> None:
        """Pin this grade by hand (the rules leave it alone), or None: grade by the rules."""
        if self.row is None:
            return
        if grade is None:
            self.ctx.run(self, grading.unpin_grade, customer_id=self.row["id"])
        else:
            self.ctx.run(self, grading.pin_grade, customer_id=self.row["id"], grade=grade)

    def _fill_share_menu(self) -> None:
        """One checkable entry per other active user: checked when the customer is shared
        with them; choosing it shares or stops sharing (each an undoable step)."""
        self.share_menu.clear()
        if self.row is None:
            return
        shared = {u["id"] for u in sharing.shared_with(self.ctx.book, self.row["id"])}
        for user in queries.users(self.ctx.book):
            if user["id"] == self.row.get("owner_id"):
                continue
            act = self.share_menu.addAction(user["name"])
            act.setObjectName(f"share_{user['id']}")
            act.setCheckable(True)
            act.setChecked(user["id"] in shared)
            act.triggered.connect(lambda on, uid=user["id"]: self.share_with(uid, on))

    def share_with(self, user_id: str, on: bool) -> None:
        if self.row is None:
            return
        op = sharing.share_customer if on else sharing.unshare_customer
        if self.ctx.run(self, op, customer_id=self.row["id"], user_id=user_id) is not None:
            self.show_row(self.row)

    def _on_edit_clicked(self) -> None:
        if self.row is not None:
            self.edit_requested.emit(self.row["id"])
