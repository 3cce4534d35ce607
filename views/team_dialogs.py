"""The team's dialogs: setting up a team (Settings > Team), joining one (File > Join a team)
and the team passphrase on a PC that keeps no team key.

Setting up and joining run off the GUI thread through ctx.runner (models.sync.engine writes
or reads a whole copy of the book, which takes seconds for a big one). The team key is kept in
the operating system's keyring (models.sync.keys) and, for this session, here: a PC without a
keyring is asked for the passphrase once each time Kehu starts.

The book itself never goes into the shared folder: a folder that holds the book (directly or
deeper down) is refused, and so is a copy of the team's book saved inside the folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import paths
from models.core import settings as book_settings
from models.core.errors import UserError
from models.sync import keys as keyring
from views.context import AppContext, tr_error
from views.widgets import ERROR_STYLE, HINT, fit_width, icon, plain_label

MIN_PASSPHRASE = 8  # as models.sync.engine asks

_session_keys: dict[str, dict[str, bytes]] = {}  # team id -> keys typed or made this session


def team_keys(team_id: str) -> dict[str, bytes] | None:
    """The team's keys: from this PC's keyring, else as unlocked earlier in this session."""
    return keyring.load(team_id) or _session_keys.get(team_id)


def keep_keys(team_id: str, keys: dict[str, bytes]) -> bool:
    """Keep the keys for this session, and in the keyring; False when this PC has none."""
    _session_keys[team_id] = keys
    return keyring.save(team_id, keys)


def forget_keys(team_id: str) -> None:
    _session_keys.pop(team_id, None)
    keyring.forget(team_id)


def _norm(path: Path) -> str:
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def holds(folder: Path, path: Path) -> bool:
    """Whether `path` lies in `folder` or anywhere below it."""
    outer, inner = _norm(folder), _norm(path)
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


def file_name(name: str) -> str:
    """A team's or shop's name as a file name on every system ("老王建材" stays as it is)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", name).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:60] or "team"


def free_book_path(folder: Path, name: str) -> Path:
    """`<name>.sqlite` in folder, or `<name> 2.sqlite` ... when that is taken: never a file
    that exists."""
    stem = file_name(name)
    path = folder / f"{stem}.sqlite"
    n = 2
    while path.exists():
        path = folder / f"{stem} {n}.sqlite"
        n += 1
    return path


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _warning_label(text: str):
    label = plain_label(text, ERROR_STYLE)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class _FolderRow(QWidget):
    """A folder's path and Choose…"""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.button = QPushButton(self.tr("Choose…"))
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def choose(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.title, start)
        if chosen:
            self.edit.setText(str(Path(chosen)))

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class _TeamDialog(QDialog):
    """What the set-up and join dialogs share: a message line, OK named for what it does,
    and the work through ctx.runner. (Its texts name their context: self.tr here would look
    them up under the subclass's name.)"""

    def __init__(self, ctx: AppContext, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.kept_in_keyring = False
        self.message = plain_label("", ERROR_STYLE)
        self.message.setObjectName("team_message")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("TeamDialogs", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, result: int) -> None:
        if self.busy:  # the work is running; its result closes the dialog
            return
        super().done(result)

    def _check_passphrase(self, edit: QLineEdit, repeat: QLineEdit | None = None) -> str | None:
        passphrase = edit.text()
        if len(passphrase) < MIN_PASSPHRASE:
            self.say(QCoreApplication.translate(
                "TeamDialogs", "The team passphrase has at least {n} characters.").format(
                n=MIN_PASSPHRASE))
            edit.setFocus()
            return None
        if repeat is not None and repeat.text() != passphrase:
            self.say(QCoreApplication.translate("TeamDialogs",
                                                "The two passphrases are not the same."))
            repeat.clear()
            repeat.setFocus()
            return None
        return passphrase

    def _run(self, work, title: str) -> None:
        """work() off the GUI thread with progress; then finished(result) or the error here."""
        self.say("")
        runner = self.ctx.runner
        if runner is None:
            try:
                result = work()
            except UserError as exc:
                self._failed(exc)
                return
            self.finished_work(result)
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        job = runner.run(lambda progress, cancelled: work(), on_result=self._succeeded,
                         on_error=self._failed, title=title, cancellable=False,
                         parent_widget=self)
        if job is None:
            self._idle()

    def _idle(self) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)

    def _succeeded(self, result) -> None:
        self._idle()
        self.finished_work(result)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, UserError):
            self.say(tr_error(exc))
            return
        if isinstance(exc, OSError):
            self.say(QCoreApplication.translate(
                "TeamDialogs", "Kehu could not use the folder: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def finished_work(self, result) -> None:
        raise NotImplementedError


class SetUpTeamDialog(_TeamDialog):
    """Settings > Team > Set up a team (owner): the shared folder and the team passphrase."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Set up the team"))
        self.setWindowTitle(self.tr("Set up a team"))
        self.setWindowIcon(icon("users"))
        self.team: dict | None = None
        intro = plain_label(self.tr(
            "Choose a folder that every PC of the shop can reach: a Windows share, a 坚果云 "
            "(Nutstore), Nextcloud or OneDrive folder, a Syncthing folder or a USB stick. Each "
            "PC keeps its own copy of the book; Kehu puts only its change files in the shared "
            "folder, encrypted with the team passphrase."))
        warning = _warning_label(self.tr(
            "Never put the book itself (the .sqlite file) in the shared folder: a book that a "
            "file-sync tool copies, or that is used over a network share, gets damaged. Keep "
            "it on this PC's own disk."))
        warning.setObjectName("book_warning")
        self.folder = _FolderRow(self.tr("The team's shared folder"), "team_folder")
        self.name_edit = QLineEdit(book_settings.get(ctx.book, book_settings.SHOP_NAME.key))
        self.name_edit.setObjectName("team_name")
        self.name_edit.setPlaceholderText(self.tr("The shop's name"))
        self.passphrase_edit = _password_edit("passphrase")
        self.repeat_edit = _password_edit("repeat_passphrase")
        hint = plain_label(self.tr(
            "At least {n} characters. Each PC that joins types it once. Write it down and keep "
            "it safe: without it nobody can read the folder, and Kehu cannot recover it."
        ).format(n=MIN_PASSPHRASE), HINT)
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), self.folder)
        form.addRow(self.tr("Team name:"), self.name_edit)
        form.addRow(self.tr("Team passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_width(self, 600)

    def accept(self) -> None:
        if self.busy:
            return
        root = self.folder.path()
        if root is None:
            self.say(self.tr("Choose the shared folder."))
            self.folder.edit.setFocus()
            return
        if not root.is_dir():
            self.say(self.tr("The folder {folder} does not exist or cannot be reached.").format(
                folder=root))
            return
        if holds(root, self.ctx.book.path):
            self.say(self.tr("The book {book} is in that folder. Choose a shared folder that "
                             "does not hold the book: the book stays on this PC's own disk."
                             ).format(book=self.ctx.book.path))
            return
        passphrase = self._check_passphrase(self.passphrase_edit, self.repeat_edit)
        if passphrase is None:
            return
        from models.sync import engine

        book, name = self.ctx.book, self.name_edit.text().strip()

        def work():
            team = engine.create_team(book, folder_path=root, passphrase=passphrase, name=name)
            return team, engine.unlock(team, passphrase)

        self._run(work, self.tr("Setting up the team…"))

    def finished_work(self, result) -> None:
        self.team, found = result
        self.kept_in_keyring = keep_keys(self.team["team_id"], found)
        super().accept()


class JoinTeamDialog(_TeamDialog):
    """File > Join a team: this PC's copy of the team's book from the shared folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Join"))
        self.setWindowTitle(self.tr("Join a team"))
        self.setWindowIcon(icon("users"))
        self.joined: Path | None = None
        self.team: dict | None = None
        self._path_typed = False
        intro = plain_label(self.tr(
            "Kehu makes this PC's own copy of the team's book from the shared folder and opens "
            "it instead of the book open now, which stays as it is. From then on Kehu opens the "
            "team's book when it starts, and keeps it in step with the other PCs."))
        self.folder = _FolderRow(self.tr("The team's shared folder"), "team_folder")
        self.folder.edit.textChanged.connect(self._folder_changed)
        self.passphrase_edit = _password_edit("passphrase")
        self.path_edit = QLineEdit(str(free_book_path(paths.data_dir(), "team")))
        self.path_edit.setObjectName("book_path")
        self.path_edit.textEdited.connect(lambda *_: setattr(self, "_path_typed", True))
        path_button = QPushButton(self.tr("Choose…"))
        path_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(path_button)
        warning = _warning_label(self.tr(
            "Keep this PC's copy on its own disk, never in the shared folder."))
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), self.folder)
        form.addRow(self.tr("Team passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("This PC's copy:"), path_row)
        form.addRow("", warning)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_width(self, 600)

    def _folder_changed(self) -> None:
        """The copy is named after the team (the shop) unless the user chose a name."""
        if self._path_typed:
            return
        from models.sync import folder

        root = self.folder.path()
        team = None
        try:
            team = folder.read_team(root) if root is not None and root.is_dir() else None
        except (OSError, ValueError):
            team = None
        name = (team or {}).get("name") or "team"
        current = Path(self.path_edit.text().strip() or paths.data_dir())
        self.path_edit.setText(str(free_book_path(current.parent, str(name))))

    def choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep this PC's copy"), self.path_edit.text(),
            self.tr("Kehu book (*.sqlite)"))
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".sqlite":
                path = path.with_name(path.name + ".sqlite")
            self.path_edit.setText(str(path))
            self._path_typed = True

    def accept(self) -> None:
        if self.busy:
            return
        root = self.folder.path()
        if root is None or not root.is_dir():
            self.say(self.tr("Choose the team's shared folder as it is on this PC.")
                     if root is None else
                     self.tr("The folder {folder} does not exist or cannot be reached.").format(
                         folder=root))
            self.folder.edit.setFocus()
            return
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None:
            self.say(self.tr("Choose where to keep this PC's copy of the book."))
            return
        if holds(root, path):
            self.say(self.tr("This PC's copy cannot be in the shared folder: a book that a "
                             "file-sync tool copies gets damaged. Choose a place on this PC's "
                             "own disk."))
            return
        if path.exists():
            self.say(self.tr("{path} already exists. Choose a new file for this PC's copy."
                             ).format(path=path))
            return
        passphrase = self._check_passphrase(self.passphrase_edit)
        if passphrase is None:
            return
        from models.sync import engine

        def work():
            team = engine.join_team(path, folder_path=root, passphrase=passphrase)
            return path, team, engine.unlock(team, passphrase)

        self._run(work, self.tr("Making this PC's copy of the team's book…"))

    def finished_work(self, result) -> None:
        self.joined, self.team, found = result
        self.kept_in_keyring = keep_keys(self.team["team_id"], found)
        super().accept()


class PassphraseDialog(QDialog):
    """The team passphrase, asked when this PC keeps no team key: once a session."""

    def __init__(self, folder: str, parent: QWidget | None = None, *, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team passphrase"))
        self.setWindowIcon(icon("users"))
        why = plain_label(self.tr(
            "To sync this book with the team, Kehu needs the team passphrase. This PC keeps no "
            "team key (it has no keyring to keep one in), so Kehu asks once each time it "
            "starts."))
        where = plain_label(self.tr("The team's folder: {folder}").format(folder=folder), HINT)
        self.edit = _password_edit("passphrase")
        self.message = plain_label(problem, ERROR_STYLE)
        self.message.setVisible(bool(problem))
        later = plain_label(self.tr(
            "Cancel: this PC does not sync until you choose File > Sync now."), HINT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sync"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Team passphrase:"), self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_width(self, 480)

    def accept(self) -> None:
        if not self.edit.text():
            self.edit.setFocus()
            return
        super().accept()


def ask_passphrase(folder: str, parent: QWidget | None, problem: str = "") -> str | None:
    """The team passphrase typed, or None (Cancel)."""
    dialog = PassphraseDialog(folder, parent, problem=problem)
    answer = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.edit.text()
    dialog.deleteLater()
    return text if answer else None
