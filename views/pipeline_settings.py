"""Settings > Pipeline: the stages of the board and the reasons a deal may be lost.

Like the users tab, only an owner may change anything here, and every change is written at
once by its own operation (audited, undone with Ctrl+Z), so Cancel of the dialog does not
take it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import deals
from models.core.permissions import may
from views.context import AppContext
from views.deal_dialog import deal_field_names, stage_name
from views.settings_dialog import ID_ROLE, ok_cancel
from views.widgets import (
    ERROR_STYLE,
    HINT,
    fit_columns,
    fit_width,
    icon,
    keep_place,
    make_list,
    plain_label,
    returns_true,
)


def _ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(QCoreApplication.translate("PipelineSettings", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("PipelineSettings", "Cancel"))
    dialog.resize(360, dialog.sizeHint().height())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.textValue().strip()
        return value or None
    finally:
        dialog.deleteLater()


class PipelineSettings(QWidget):
    """The Pipeline tab: stages (in board order) and lost reasons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.note = plain_label(self.tr("Only an owner may change the pipeline."), HINT)

        self.stages_list = make_list(
            [self.tr("Stage"), self.tr("Probability"), self.tr("Stalled after"),
             self.tr("Requires")], stretch=3)
        self.stages_list.setObjectName("stages_list")
        self.stages_list.itemSelectionChanged.connect(self._update_buttons)
        self.stages_list.itemDoubleClicked.connect(lambda *_: self.edit_stage())
        self.add_stage_button = QPushButton(icon("add"), self.tr("Add stage…"))
        self.add_stage_button.clicked.connect(self.add_stage)
        self.edit_stage_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.edit_stage_button.clicked.connect(self.edit_stage)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.delete_stage_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.delete_stage_button.clicked.connect(self.delete_stage)
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage_button, self.edit_stage_button, self.up_button,
                       self.down_button, self.delete_stage_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)

        self.reasons_list = QListWidget()
        self.reasons_list.setObjectName("reasons_list")
        self.reasons_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reasons_list.itemSelectionChanged.connect(self._update_buttons)
        self.reasons_list.itemDoubleClicked.connect(lambda *_: self.rename_reason())
        self.add_reason_button = QPushButton(icon("add"), self.tr("Add…"))
        self.add_reason_button.clicked.connect(self.add_reason)
        self.rename_reason_button = QPushButton(self.tr("Rename…"))
        self.rename_reason_button.clicked.connect(self.rename_reason)
        self.reason_up_button = QPushButton(self.tr("Up"))
        self.reason_up_button.clicked.connect(lambda: self.move_reason(-1))
        self.reason_down_button = QPushButton(self.tr("Down"))
        self.reason_down_button.clicked.connect(lambda: self.move_reason(1))
        self.remove_reason_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_reason_button.clicked.connect(self.remove_reason)
        reason_buttons = QVBoxLayout()
        for button in (self.add_reason_button, self.rename_reason_button,
                       self.reason_up_button, self.reason_down_button,
                       self.remove_reason_button):
            reason_buttons.addWidget(button)
        reason_buttons.addStretch(1)
        reasons_row = QHBoxLayout()
        reasons_row.addWidget(self.reasons_list, 1)
        reasons_row.addLayout(reason_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(plain_label(self.tr(
            "The columns of the board, left to right. A deal stalls when nothing happens for "
            "longer than its stage allows."), HINT))
        layout.addWidget(self.stages_list, 3)
        layout.addLayout(stage_buttons)
        layout.addSpacing(6)
        layout.addWidget(plain_label(self.tr("Reasons a deal is lost:")))
        layout.addLayout(reasons_row, 2)
        self.reload()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_stages()
        self.reload_reasons()

    def reload_stages(self, keep: str | None = None) -> None:
        chosen = self.selected_stage()
        keep = keep or (chosen["id"] if chosen else None)
        names = deal_field_names()
        self.stages_list.clear()
        self._stages = {s["id"]: s for s in deals.stages(self.ctx.book)}
        for stage in self._stages.values():
            required = [names.get(k, k) for k in stage["requires"]]
            if stage["checklist"]:
                required.append(self.tr("{n} checklist items").format(n=len(stage["checklist"])))
            item = QTreeWidgetItem([
                stage_name(stage),
                f"{stage['probability']} %",
                self.tr("{n} days").format(n=stage["stall_days"]),
                "  ·  ".join(required),
            ])
            item.setData(0, ID_ROLE, stage["id"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.stages_list.addTopLevelItem(item)
            if stage["id"] == keep:
                self.stages_list.setCurrentItem(item)
        fit_columns(self.stages_list)
        self._update_buttons()

    def reload_reasons(self, keep: int | None = None) -> None:
        row = self.reasons_list.currentRow() if keep is None else keep
        self.reasons_list.clear()
        for reason in deals.lost_reasons(self.ctx.book):
            item = QListWidgetItem(deals.reason_label(reason, QCoreApplication.translate))
            item.setData(ID_ROLE, reason)
            self.reasons_list.addItem(item)
        if 0 <= row < self.reasons_list.count():
            self.reasons_list.setCurrentRow(row)
        self._update_buttons()

    def stage_names(self) -> list[str]:
        return [self.stages_list.topLevelItem(i).text(0)
                for i in range(self.stages_list.topLevelItemCount())]

    def reason_texts(self) -> list[str]:
        return [self.reasons_list.item(i).text() for i in range(self.reasons_list.count())]

    def selected_stage(self) -> dict | None:
        if not hasattr(self, "_stages"):
            return None
        item = self.stages_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._stages.get(item.data(0, ID_ROLE))

    def select_stage(self, stage_id: str) -> None:
        for i in range(self.stages_list.topLevelItemCount()):
            item = self.stages_list.topLevelItem(i)
            if item.data(0, ID_ROLE) == stage_id:
                self.stages_list.setCurrentItem(item)

    def _selected_reason_row(self) -> int:
        item = self.reasons_list.currentItem()
        return self.reasons_list.row(item) if item is not None and item.isSelected() else -1

    def _update_buttons(self) -> None:
        owner = may(self.ctx.book, "settings.change")
        self.note.setVisible(not owner)
        stage = self.selected_stage()
        order = list(getattr(self, "_stages", {}))
        index = order.index(stage["id"]) if stage else -1
        self.add_stage_button.setEnabled(owner)
        self.edit_stage_button.setEnabled(owner and stage is not None)
        self.up_button.setEnabled(owner and index > 0)
        self.down_button.setEnabled(owner and 0 <= index < len(order) - 1)
        self.delete_stage_button.setEnabled(owner and stage is not None and len(order) > 1)
        row = self._selected_reason_row()
        count = self.reasons_list.count()
        self.add_reason_button.setEnabled(owner)
        self.rename_reason_button.setEnabled(owner and row >= 0)
        self.remove_reason_button.setEnabled(owner and row >= 0 and count > 1)
        self.reason_up_button.setEnabled(owner and row > 0)
        self.reason_down_button.setEnabled(owner and 0 <= row < count - 1)

    # -- stages --------------------------------------------------------------------------
    def add_stage(self) -> None:
        if not may(self.ctx.book, "settings.change"):
            return
        dialog = StageDialog(self.ctx, None, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        new_id = dialog.saved_id
        dialog.deleteLater()
        if accepted:
            self.reload_stages(keep=new_id)

    def edit_stage(self) -> None:
        stage = self.selected_stage()
        if stage is None or not may(self.ctx.book, "settings.change"):
            return
        dialog = StageDialog(self.ctx, stage, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.reload_stages(keep=stage["id"])

    def move_stage(self, step: int) -> None:
        stage = self.selected_stage()
        if stage is None or not may(self.ctx.book, "settings.change"):
            return
        order = list(self._stages)
        index = order.index(stage["id"])
        target = index + step
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        self.ctx.run(self, returns_true(deals.reorder_stages), stage_ids=order)
        self.reload_stages(keep=stage["id"])

    def delete_stage(self) -> None:
        stage = self.selected_stage()
        if stage is None or not may(self.ctx.book, "settings.change") or len(self._stages) < 2:
            return
        count = sum(1 for d in deals.list_deals(self.ctx.book, status=None)
                    if d["stage_id"] == stage["id"])
        others = [s for s in self._stages.values() if s["id"] != stage["id"]]
        dialog = DeleteStageDialog(stage, others, count, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        move_to = dialog.move_to()
        dialog.deleteLater()
        if not accepted or move_to is None:
            return
        if self.ctx.run(self, returns_true(deals.delete_stage), stage_id=stage["id"],
                        move_to=move_to):
            self.reload_stages(keep=move_to)

    # -- lost reasons --------------------------------------------------------------------
    def _reasons(self) -> list[str]:
        return [self.reasons_list.item(i).data(ID_ROLE) for i in range(self.reasons_list.count())]

    def _write_reasons(self, reasons: list[str], keep: int) -> None:
        self.ctx.run(self, returns_true(deals.set_lost_reasons), reasons=reasons)
        self.reload_reasons(keep=keep)

    def add_reason(self) -> None:
        if not may(self.ctx.book, "settings.change"):
            return
        text = _ask_text(self, self.tr("Add lost reason"), self.tr("Reason:"))
        if text:
            reasons = self._reasons() + [text]
            self._write_reasons(reasons, len(reasons) - 1)

    def rename_reason(self) -> None:
        row = self._selected_reason_row()
        if row < 0 or not may(self.ctx.book, "settings.change"):
            return
        item = self.reasons_list.item(row)
        text = _ask_text(self, self.tr("Rename lost reason"), self.tr("Reason:"), item.text())
        if text and text != item.text():
            reasons = self._reasons()
            reasons[row] = text
            self._write_reasons(reasons, row)

    def remove_reason(self) -> None:
        row = self._selected_reason_row()
        if row < 0 or not may(self.ctx.book, "settings.change") or self.reasons_list.count() < 2:
            return
        reasons = self._reasons()
        del reasons[row]
        self._write_reasons(reasons, min(row, len(reasons) - 1))

    def move_reason(self, step: int) -> None:
        row = self._selected_reason_row()
        target = row + step
        if row < 0 or not may(self.ctx.book, "settings.change") or not 0 <= target < self.reasons_list.count():
            return
        reasons = self._reasons()
        reasons[row], reasons[target] = reasons[target], reasons[row]
        self._write_reasons(reasons, target)


class StageDialog(QDialog):
    """A new stage, or one stage's name, probability, stall threshold, requirements and
    checklist; OK writes them with one operation."""

    def __init__(self, ctx: AppContext, stage: dict | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stage = stage
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Add stage") if stage is None else self.tr("Edit stage"))
        self.setWindowIcon(icon("pipeline"))
        self.name_edit = QLineEdit(stage_name(stage) if stage else "")
        self.name_edit.setObjectName("stage_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Sample sent"))
        self.probability_spin = QSpinBox()
        self.probability_spin.setObjectName("stage_probability")
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setValue(stage["probability"] if stage else 0)
        self.stall_spin = QSpinBox()
        self.stall_spin.setObjectName("stage_stall_days")
        self.stall_spin.setRange(1, 365)
        self.stall_spin.setSuffix(self.tr(" days"))
        self.stall_spin.setValue(stage["stall_days"] if stage else 7)
        for spin in (self.probability_spin, self.stall_spin):
            spin.setMinimumWidth(spin.sizeHint().width() + 24)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        names = deal_field_names()
        self.require_checks: dict[str, QCheckBox] = {}
        requires = QGridLayout()
        requires.setHorizontalSpacing(16)
        for i, key in enumerate(deals.REQUIRABLE):
            check = QCheckBox(names.get(key, key))
            check.setObjectName(f"requires_{key}")
            check.setChecked(bool(stage) and key in stage["requires"])
            self.require_checks[key] = check
            requires.addWidget(check, i // 3, i % 3)

        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        for text in (stage["checklist"] if stage else []):
            self.checklist.addItem(self._checklist_item(text))
        lines = self.checklist.fontMetrics().lineSpacing()
        self.checklist.setFixedHeight(5 * (lines + 6) + 6)
        self.checklist.itemSelectionChanged.connect(self._update_buttons)
        self.item_edit = QLineEdit()
        self.item_edit.setObjectName("checklist_item")
        self.item_edit.setPlaceholderText(self.tr("e.g. Quote approved by the boss"))
        self.item_edit.textChanged.connect(self._update_buttons)
        self.item_edit.installEventFilter(self)
        self.add_item_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_item_button.setAutoDefault(False)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_item_button.setAutoDefault(False)
        self.remove_item_button.clicked.connect(self.remove_item)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item_edit, 1)
        item_row.addWidget(self.add_item_button)
        item_row.addWidget(self.remove_item_button)
        checklist_box = QVBoxLayout()
        checklist_box.addWidget(self.checklist)
        checklist_box.addLayout(item_row)

        self.message = plain_label("", ERROR_STYLE)
        keep_place(self.message)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Default probability:"), self.probability_spin)
        form.addRow(self.tr("Stalled after:"), self.stall_spin)
        form.addRow(self.tr("Required fields:"), requires)
        form.addRow("", plain_label(self.tr(
            "A deal moves into this stage only when these are filled in."), HINT))
        form.addRow(self.tr("Checklist:"), checklist_box)
        buttons = ok_cancel(self, self.tr("Add") if stage is None else self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_buttons()
        fit_width(self, 520)

    @staticmethod
    def _checklist_item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def eventFilter(self, watched, event) -> bool:
        """Enter in the checklist line adds the item instead of closing the dialog."""
        if (watched is self.item_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.item_edit.text().strip()):
            self.add_item()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.add_item_button.setEnabled(bool(self.item_edit.text().strip()))
        self.remove_item_button.setEnabled(bool(self.checklist.selectedItems()))

    def add_item(self) -> None:
        text = self.item_edit.text().strip()
        if text:
            self.checklist.addItem(self._checklist_item(text))
            self.item_edit.clear()

    def remove_item(self) -> None:
        for item in self.checklist.selectedItems():
            self.checklist.takeItem(self.checklist.row(item))
        self._update_buttons()

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "probability": self.probability_spin.value(),
            "stall_days": self.stall_spin.value(),
            "requires": [k for k, c in self.require_checks.items() if c.isChecked()],
            "checklist": [t for t in (self.checklist.item(i).text().strip()
                                      for i in range(self.checklist.count())) if t],
        }

    def accept(self) -> None:
        data = self.values()
        if self.stage is None:
            new_id = self.ctx.run(self, deals.add_stage, **data)
            if new_id is None:
                return
            self.saved_id = new_id
        else:
            changed = {}
            for key, value in data.items():
                old = stage_name(self.stage) if key == "name" else self.stage[key]
                if value != old:
                    changed[key] = value
            if changed and not self.ctx.run(self, returns_true(deals.update_stage),
                                            stage_id=self.stage["id"], **changed):
                return
            self.saved_id = self.stage["id"]
        super().accept()


class DeleteStageDialog(QDialog):
    """Which stage the deals of a deleted stage move to."""

    def __init__(self, stage: dict, others: list[dict], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete stage"))
        name = stage_name(stage)
        if count:
            text = self.tr("“{stage}” has {n} deals. Move them to:").format(stage=name, n=count)
        else:
            text = self.tr("Delete the stage “{stage}”? It has no deals.").format(stage=name)
        self.target = QComboBox()
        self.target.setObjectName("move_to")
        for other in others:
            self.target.addItem(stage_name(other), other["id"])
        # the stage just before the deleted one is the natural place
        order = [s["id"] for s in others]
        before = [s for s in others if s["position"] < stage["position"]]
        if before:
            self.target.setCurrentIndex(order.index(before[-1]["id"]))
        buttons = ok_cancel(self, self.tr("Delete stage"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        message = plain_label(text)
        message.setObjectName("delete_message")
        layout.addWidget(message)
        layout.addWidget(self.target)
        self.target.setVisible(bool(count))
        layout.addWidget(plain_label(self.tr("Undo brings the stage back."), HINT))
        layout.addWidget(buttons)
        fit_width(self, 380)

    def move_to(self) -> str | None:
        return self.target.currentData()


