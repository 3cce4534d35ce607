"""Backups on the desktop: how a backup reads in a list, Back up now, the restore flow and the
dialog for a damaged book.

Restoring (models.backup.restore) checks the backup, backs up what is in the book now, then
replaces the book's content in one transaction; it runs off the GUI thread through ctx.runner
with progress and Cancel (Cancel before the copy leaves the book as it was). The main window
builds its pages again when the "restore" operation is announced on ctx.book_changed.

A damaged book is never written: recover_damaged() shows DamagedBookDialog, which offers the
newest backup that passes its check (or one the user picks), then models.backup.restore_damaged
sets the damaged files aside and puts the backup in place; the caller opens the book as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from models import backup
from models.backup import BackupInfo
from models.core.errors import UserError
from views.context import AppContext, show_error, tr_error

DETAIL_CHARS = 120  # of SQLite's report on a damaged book; the log has all of it


def short_detail(detail: str) -> str:
    """SQLite's report on a damaged book, on one line and short (the log has all of it)."""
    lines = [line.strip() for line in detail.replace(";", "\n").splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")] or [detail.strip()]
    text = lines[0] if len(lines[0]) <= DETAIL_CHARS else lines[0][:DETAIL_CHARS] + "…"
    return text + ("; …" if len(lines) > 1 else "")


def reason_name(reason: str) -> str:
    """Why a backup was made, in the user's language (models.backup.REASON_NAMES)."""
    text = backup.REASON_NAMES.get(reason)
    return QCoreApplication.translate("backup", text) if text else reason


def when_text(info: BackupInfo) -> str:
    """When the backup was made, in this PC's time: "2026-03-03 09:30"."""
    return info.when.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    t = QCoreApplication.translate
    if size >= 1024 * 1024:
        return t("BackupDialogs", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
    return t("BackupDialogs", "{n} KB").format(n=max(1, round(size / 1024)))


def customers_text(info: BackupInfo) -> str:
    return "–" if info.customers is None else f"{info.customers:,}"


def backup_filter() -> str:
    t = QCoreApplication.translate
    return t("BackupDialogs", "Kehu backups (*.sqlite);;All files (*)")


def _log_unexpected(exc: BaseException) -> None:
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


# -- Back up now ---------------------------------------------------------------------------
def back_up_now(ctx: AppContext, parent: QWidget | None, *,
                on_done: Callable[[BackupInfo | None], None] | None = None) -> bool:
    """A backup by hand (reason "manual"), off the GUI thread with progress and Cancel
    (directly when there is no runner). on_done(info) at the end, info None when it was
    cancelled or failed (a failure is shown as a message). False if it could not start."""
    t = QCoreApplication.translate
    path = ctx.book.path

    def work(progress, cancelled):
        return backup.make_backup(path, reason="manual", progress=progress, cancelled=cancelled)

    finish, failed = _outcome(parent, on_done)
    return _run(ctx, parent, work, title=t("BackupDialogs", "Backing up the book…"),
                on_result=finish, on_error=failed, on_cancel=lambda: finish(None))


def _outcome(parent: QWidget | None, on_done: Callable | None):
    """finish(value) hands the outcome on; failed(exc) shows the error first (a UserError as
    a message, anything else to the crash dialog), then finish(None)."""

    def finish(value) -> None:
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_error(parent, exc)
        else:
            _log_unexpected(exc)
        finish(None)

    return finish, failed


def _run(ctx: AppContext, parent: QWidget | None, work, *, title: str, on_result, on_error,
         on_cancel=None, cancellable: bool = True) -> bool:
    """work(progress, cancelled) through the runner (progress, Cancel), or at once when there
    is none. False if the runner was busy and it did not start."""
    if ctx.runner is None:
        try:
            value = work(None, None)
        except UserError as exc:
            on_error(exc)
            return True
        on_result(value)
        return True
    job = ctx.runner.run(work, on_result=on_result, on_error=on_error, on_cancel=on_cancel,
                         title=title, cancellable=cancellable, parent_widget=parent)
    return job is not None


# -- restoring -----------------------------------------------------------------------------
class RestoreConfirmation(QMessageBox):
    """Names the backup and says what restoring does; Restore or Cancel (the default)."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_confirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Restore a backup"))
        when = when_text(info)
        self.setText(self.tr("Restore the backup of {when}?").format(when=when))
        self.setTextFormat(Qt.TextFormat.PlainText)
        facts = self.tr("{customers} customers · {size} · {why}").format(
            customers=customers_text(info), size=size_text(info.size),
            why=reason_name(info.reason) if info.reason else self.tr("chosen file"))
        self.setInformativeText("\n".join([
            info.path.name, facts, "",
            self.tr("What is in the book now is backed up first, so you can go back to it."),
            self.tr("Then the whole book is replaced by this backup: everything changed since "
                    "{when} is no longer in it.").format(when=when),
        ]))
        self.restore_button = self.addButton(self.tr("Restore"),
                                             QMessageBox.ButtonRole.DestructiveRole)
        self.restore_button.setObjectName("restore_button")
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.restore_button


def confirm_restore(parent: QWidget | None, info: BackupInfo) -> bool:
    box = RestoreConfirmation(info, parent)
    box.exec()
    done = box.confirmed()
    box.deleteLater()
    return done


def restore_backup(ctx: AppContext, parent: QWidget | None, path: Path, *,
                   info: BackupInfo | None = None,
                   on_done: Callable[[tuple[BackupInfo, BackupInfo] | None], None] | None = None
                   ) -> bool:
    """Restore the backup at path into the open book, after the user confirmed it.

    Without info (a file the user picked) the file is checked first (models.backup.check_file,
    off the GUI thread); a refused file is shown as a message and nothing changes. Then
    models.backup.restore runs through the runner with progress and Cancel. on_done((restored,
    safety)) after a restore, on_done(None) when nothing was restored. False if it did not
    start (the runner was busy)."""
    t = QCoreApplication.translate
    book = ctx.book
    path = Path(path)

    finish, failed = _outcome(parent, on_done)

    def cancelled() -> None:
        QMessageBox.information(parent, t("BackupDialogs", "Restore a backup"),
                                t("BackupDialogs", "Restore cancelled; the book was not changed."))
        finish(None)

    def restored(result: tuple[BackupInfo, BackupInfo]) -> None:
        done, safety = result
        QMessageBox.information(
            parent, t("BackupDialogs", "Backup restored"),
            t("BackupDialogs", "The book was restored from the backup of {when} ({n} customers)."
                               "\n\nWhat was in it before is kept as the backup {safety} in {folder}.")
            .format(when=when_text(done), n=customers_text(done), safety=safety.path.name,
                    folder=safety.path.parent))
        finish(result)

    def work(progress, cancel):
        return backup.restore(book, path, progress=progress, cancelled=cancel)

    def confirmed_then_restore(checked: BackupInfo) -> None:
        if not confirm_restore(parent, checked):
            finish(None)
            return
        if not _run(ctx, parent, work, title=t("BackupDialogs", "Restoring the backup…"),
                    on_result=restored, on_error=failed, on_cancel=cancelled):
            finish(None)

    if info is not None:
        confirmed_then_restore(info)
        return True
    return _run(ctx, parent, lambda progress, cancel: backup.check_file(path),
                title=t("BackupDialogs", "Checking the backup…"), cancellable=False,
                on_result=confirmed_then_restore, on_error=failed)


def pick_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    """A backup file anywhere (a USB disk, another PC's backup folder)."""
    t = QCoreApplication.translate
    name, _ = QFileDialog.getOpenFileName(parent, t("BackupDialogs", "Choose a backup"),
                                          str(folder), backup_filter())
    return Path(name) if name else None


def restore_from_file(ctx: AppContext, parent: QWidget | None, *,
                      on_done: Callable[[tuple[BackupInfo, BackupInfo] | None], None] | None = None
                      ) -> bool:
    """Restore from a backup file the user picks; the same checks as from the list."""
    path = pick_backup_file(parent, backup.backup_folder(ctx.book.path))
    if path is None:
        return False
    return restore_backup(ctx, parent, path, on_done=on_done)


# -- a damaged book ------------------------------------------------------------------------
class DamagedBookDialog(QDialog):
    """The book fails SQLite's check: say so, offer the newest good backup (or a file).

    Accepted with `chosen` (a BackupInfo that passed models.backup.check_file) when the user
    wants it restored; rejected for Quit."""

    def __init__(self, book_path: Path, detail: str, good: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damaged_book")
        self.book_path = Path(book_path)
        self.detail = detail
        self.chosen = good
        self.picked = False  # chosen by the user rather than found by Kehu
        self.setWindowTitle(self.tr("The book is damaged"))

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = self._label(self.tr("The book “{name}” is damaged").format(
            name=self.book_path.name))
        font = QFont(headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        self.message = self._label(QCoreApplication.translate("errors", backup.DAMAGED).format(
            path=self.book_path, detail=short_detail(detail)))
        self.message.setToolTip(detail)
        self.offer = self._label("")
        self.offer.setObjectName("offer")
        self.kept = self._label(self.tr(
            "Restoring keeps the damaged files beside the book under a new name, so nothing "
            "is lost."))

        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.accept)
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.choose_button.setObjectName("choose_button")
        self.choose_button.clicked.connect(self.choose)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quit_button")
        self.quit_button.clicked.connect(self.reject)
        for button in (self.restore_button, self.choose_button, self.quit_button):
            button.setAutoDefault(False)

        text = QVBoxLayout()
        text.setSpacing(10)
        for label in (headline, self.message, self.offer, self.kept):
            text.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.resize(600, 10)
        self._show_offer()

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_offer(self) -> None:
        info = self.chosen
        if info is None:
            self.offer.setText(self.tr(
                "Kehu found no backup of this book that passes the check. If you have one "
                "elsewhere (a USB disk, another computer), choose it."))
        else:
            if self.picked:
                lead = self.tr("The backup you chose is from {when}, with {n} customers:")
            else:
                lead = self.tr("The newest good backup is from {when}, with {n} customers:")
            self.offer.setText(lead.format(when=when_text(info), n=customers_text(info))
                               + "\n" + str(info.path))
        self.restore_button.setVisible(info is not None)
        self.choose_button.setText(self.tr("Choose another backup…") if info is not None
                                   else self.tr("Choose a backup…"))
        (self.restore_button if info is not None else self.choose_button).setDefault(True)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped text needs at this width (not as a narrower width needs)."""
        width = max(self.width(), 600)
        layout = self.layout()
        layout.activate()
        self.resize(width, layout.totalHeightForWidth(width))

    def choose(self) -> None:
        folder = self.chosen.path.parent if self.chosen else backup.backup_folder(self.book_path)
        path = pick_backup_file(self, folder)
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = backup.check_file(path)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.chosen = info
        self.picked = True
        self._show_offer()

    def accept(self) -> None:
        if self.chosen is not None:
            super().accept()


_UNKNOWN = object()


def recover_damaged(book_path: Path, detail: str, parent: QWidget | None = None, *,
                    good=_UNKNOWN, chosen: BackupInfo | None = None
                    ) -> tuple[BackupInfo, Path] | None:
    """Put a backup in place of a damaged book that is not open: the dialog (unless chosen
    is given), then models.backup.restore_damaged. Returns (the backup, where the damaged
    files are kept), or None when the user quit. A refusal is shown, and the dialog again."""
    t = QCoreApplication.translate
    book_path = Path(book_path)
    if good is _UNKNOWN:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            good = backup.newest_good(book_path)
        finally:
            QGuiApplication.restoreOverrideCursor()
    while True:
        if chosen is None:
            dialog = DamagedBookDialog(book_path, detail, good, parent)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.chosen if accepted else None
            dialog.deleteLater()
            if chosen is None:
                return None
        try:
            aside = backup.restore_damaged(book_path, chosen.path)
        except UserError as exc:
            QMessageBox.warning(parent, t("errors", "Kehu"), tr_error(exc))
            chosen = None
            continue
        QMessageBox.information(
            parent, t("BackupDialogs", "Book restored"),
            t("BackupDialogs", "The book {book} was restored from the backup of {when} ({n} "
                               "customers).\n\nThe damaged files are kept as {aside}.").format(
                book=book_path.name, when=when_text(chosen), n=customers_text(chosen),
                aside=aside))
        return chosen, aside
