"""Settings > Backups: where this book's backups go, the list of them, Back up now, Restore and
Delete (models.backup).

Everyone may back up; only an owner may restore, delete a backup or change the folder (the
folder's choice is kept on this PC, not in the book). Everything here happens at once, so
Cancel of the dialog takes nothing back. After a restore the tab says `restored`: the other
tabs of the dialog show the book as it was before, so the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import backup
from models.backup import BackupInfo
from models.core.errors import UserError
from models.core.permissions import may
from views.backup_dialogs import (
    back_up_now,
    customers_text,
    reason_name,
    restore_backup,
    restore_from_file,
    size_text,
    when_text,
)
from views.context import AppContext, show_error
from views.widgets import HINT, fit_columns, icon, make_list, plain_label

INDEX_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("when", "why", "size", "customers", "version")


class BackupSettings(QWidget):
    """The Backups tab."""

    backed_up = Signal(object)  # models.backup.BackupInfo of a backup made here
    restored = Signal(object)  # (restored, safety backup) after a restore from here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.backups: list[BackupInfo] = []

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setReadOnly(True)
        self.change_folder_button = QPushButton(self.tr("Change…"))
        self.change_folder_button.clicked.connect(self.change_folder)
        self.default_folder_button = QPushButton(self.tr("Use the default"))
        self.default_folder_button.setToolTip(self.tr("The folder “backups” next to the book"))
        self.default_folder_button.clicked.connect(self.use_default_folder)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_buttons = QHBoxLayout()
        folder_buttons.addStretch(1)
        for button in (self.change_folder_button, self.default_folder_button,
                       self.open_folder_button):
            folder_buttons.addWidget(button)

        self.rotation = plain_label(self.tr(
            "Kehu backs up the book every day when it starts, and before an import, an upgrade "
            "or a restore. It keeps the newest backup of each of the last {days} days, {weeks} "
            "weeks and {months} months, and every backup made by hand until you delete it."
        ).format(days=backup.KEEP_DAILY, weeks=backup.KEEP_WEEKLY, months=backup.KEEP_MONTHLY),
            HINT)

        self.list = make_list([self.tr("Made"), self.tr("Why"), self.tr("Size"),
                                self.tr("Customers"), self.tr("Book version")], stretch=1)
        self.list.setObjectName("backups")
        header = self.list.header()
        for column in (2, 3, 4):
            self.list.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                                    | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.setToolTip(self.tr(
            "A backup from elsewhere, e.g. a USB disk"))
        self.restore_file_button.clicked.connect(self.restore_file)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.note = plain_label(self.tr(
            "Only an owner may restore a backup, delete one or change the folder."), HINT)
        self.result_label = plain_label()
        self.result_label.setObjectName("backup_result")

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addLayout(folder_buttons)
        layout.addWidget(self.rotation)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.result_label)
        ctx.user_changed.connect(self.reload)
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        path = self.ctx.book.path
        self.folder_edit.setText(str(backup.backup_folder(path)))
        self.folder_edit.setCursorPosition(0)
        chosen = self.selected()
        keep = select or (chosen.path if chosen else None)
        self.list.clear()
        self.backups = backup.list_backups(path)
        for index, info in enumerate(self.backups):
            item = QTreeWidgetItem([when_text(info), reason_name(info.reason),
                                    size_text(info.size), customers_text(info),
                                    str(info.schema_version or "–")])
            item.setData(0, INDEX_ROLE, index)
            item.setToolTip(0, str(info.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if info.path == keep:
                self.list.setCurrentItem(item)
        fit_columns(self.list)
        self.note.setVisible(not may(self.ctx.book, "backup.manage"))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        index = item.data(0, INDEX_ROLE)
        return self.backups[index] if index is not None and index < len(self.backups) else None

    def _update_buttons(self) -> None:
        owner = may(self.ctx.book, "backup.manage")
        restores = may(self.ctx.book, "backup.restore")
        chosen = self.selected() is not None
        idle = not self.busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and restores and chosen)
        self.restore_file_button.setEnabled(idle and restores)
        self.delete_button.setEnabled(idle and owner and chosen)
        self.change_folder_button.setEnabled(idle and owner)
        self.default_folder_button.setEnabled(
            idle and owner and backup.chosen_folder(self.ctx.book.path) is not None)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)

    # -- the folder ----------------------------------------------------------------------
    def change_folder(self) -> None:
        if not may(self.ctx.book, "backup.manage"):
            return
        current = backup.backup_folder(self.ctx.book.path)
        name = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the backups"),
                                                str(current if current.is_dir()
                                                    else self.ctx.book.path.parent))
        if name:
            self._set_folder(Path(name))

    def use_default_folder(self) -> None:
        if may(self.ctx.book, "backup.manage"):
            self._set_folder(None)

    def _set_folder(self, folder: Path | None) -> None:
        try:
            now = backup.set_folder(self.ctx.book.path, folder)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self._say(self.tr("New backups go to {folder}. Backups made before stay where they "
                          "are.").format(folder=now))

    def open_folder(self) -> None:
        folder = backup.backup_folder(self.ctx.book.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # opening shows what the system says about it
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- backing up, restoring, deleting -------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def backup_now(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self._say(self.tr("Backing up the book…"))
        if not back_up_now(self.ctx, self, on_done=self._backed_up):
            self._set_busy(False)
            self._say("")

    def _backed_up(self, info: BackupInfo | None) -> None:
        self._set_busy(False)
        if info is None:
            self._say(self.tr("No backup was made."))
            return
        self.reload(select=info.path)
        self._say(self.tr("Backed up to {path}").format(path=info.path))
        self.backed_up.emit(info)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.busy or not may(self.ctx.book, "backup.restore"):
            return
        self._set_busy(True)
        if not restore_backup(self.ctx, self, info.path, info=info, on_done=self._restored):
            self._set_busy(False)

    def restore_file(self) -> None:
        if self.busy or not may(self.ctx.book, "backup.restore"):
            return
        self._set_busy(True)
        if not restore_from_file(self.ctx, self, on_done=self._restored):
            self._set_busy(False)

    def _restored(self, result) -> None:
        self._set_busy(False)
        if result is None:
            return
        done, safety = result
        self.reload(select=safety.path)
        self._say(self.tr("Restored the backup of {when}.").format(when=when_text(done)))
        self.restored.emit(result)

    def delete_selected(self) -> None:
        info = self.selected()
        if info is None or self.busy or not may(self.ctx.book, "backup.manage"):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete a backup"),
            self.tr("Delete the backup of {when} ({why}, {customers} customers)? It cannot be "
                    "brought back.").format(when=when_text(info), why=reason_name(info.reason),
                                            customers=customers_text(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backup.delete_backup(info)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self._say(self.tr("Deleted the backup of {when}.").format(when=when_text(info)))
