"""The customer's fields on the Details tab: the registry's plain fields, the tags, the next
follow-up, the custom fields and the notes, each with its caption."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from models.core import clock, fields, values
from models.customers import operations
from views.customer_form import SECONDARY_STYLE, field_labels
from views.widgets import FlowLayout, replace_widget, text_label

# the details tab lists the registry's fields of these types, but not those in the header
DETAIL_TYPES = ("name", "text", "mobile", "phone", "email")
IN_THE_HEADER = ("name", "city")
# the customer's contact is its main contact person, shown with the contact people
WITH_THE_PEOPLE = ("contact",)
CHIP_STYLE = (
    "QLabel { background: #e0ecff; color: #1e3a8a; border-radius: 9px; padding: 1px 8px; }"
)


class DetailsForm(QWidget):
    """The filled-in fields of one customer, read-only; a hint when none is filled in."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None

    def show_row(self, row: dict) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        labels = field_labels()
        specs = operations.custom_fields(self.ctx.book)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        shown = 0

        def add(caption: str, widget: QWidget, key: str) -> None:
            nonlocal shown
            cap = text_label(caption, SECONDARY_STYLE, selectable=False, wrap=False)
            cap.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            widget.setObjectName(f"value_{key}")
            grid.addWidget(cap, shown, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, shown, 1)
            shown += 1

        for field in fields.CUSTOMER:  # the registry's plain fields (models/fields.py)
            key = field.key
            if (not field.editable or field.type not in DETAIL_TYPES or key in IN_THE_HEADER
                    or key in WITH_THE_PEOPLE):
                continue
            value = row.get(key) or ""
            if value:
                if field.type in ("mobile", "phone"):
                    value = "\n".join(value.split(values.NUMBER_SEPARATOR))
                add(labels[key], text_label(value), key)
        tags = values.tag_list(row["tags"])
        if tags:
            chips = QWidget()
            flow = FlowLayout(chips, spacing=5)
            for tag in tags:
                chip = text_label(tag, CHIP_STYLE, selectable=False, wrap=False, name="tag_chip")
                flow.addWidget(chip)
            add(labels["tags"], chips, "tags")
        if row["next_follow_up"]:
            add(labels["next_follow_up"], self._follow_up_label(row["next_follow_up"]),
                "next_follow_up")
        for spec in specs:
            value = row["custom"].get(spec["key"])
            if value not in (None, ""):
                add(spec["label"], text_label(str(value)), "custom:" + spec["key"])
        if row["notes"]:
            add(labels["notes"], text_label(row["notes"]), "notes")
        if shown:
            column.addLayout(grid)
        else:
            column.addWidget(text_label(
                self.tr("No details yet. Use Edit to add a phone number, address or tags."),
                SECONDARY_STYLE, selectable=False))
        self.body = replace_widget(self.column, self.body, body)

    def _follow_up_label(self, date: str) -> QLabel:
        label = text_label(date)
        try:
            overdue = dt.date.fromisoformat(date) < clock.today()
        except ValueError:
            overdue = False
        if overdue:
            label.setText(self.tr("{date} (overdue)").format(date=date))
            label.setStyleSheet("color: #b91c1c;")
        return label
