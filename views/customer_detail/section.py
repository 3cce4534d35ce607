"""The shape every list on the customer's Details tab shares: a bold title with its buttons on
the right, then a body that show_row puts in place (replace_widget(self.column, self.body, ...)).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from views.widgets import tool_button


class Section(QWidget):
    """A titled part of the Details tab (contacts, deals, reminders, orders, tickets). `name`
    names the title label (`<name>_title`), which tests and screen readers find it by."""

    def __init__(self, ctx, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName(f"{name}_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.head.addWidget(self.title)
        self.head.addStretch(1)
        self.column.addLayout(self.head)
        self.body: QWidget | None = None

    def add_button(self, text: str, name: str, slot: Callable[[], object], *, tip: str = "",
                   icon: str = "add") -> QToolButton:
        """A button at the right of the title (in the order they are added)."""
        button = tool_button(icon, text, name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.head.addWidget(button)
        return button
