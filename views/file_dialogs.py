"""The platform's own file dialogs, opened where a person keeps their files.

A save or open dialog starts in the folder the last file of the same kind went to or came from
(customers exported, a report, a spreadsheet imported), remembered on this PC
(models.core.settings "folders/<kind>"); the first time, or when that folder is gone, in
Documents, never in Kehu's own data folder (a hidden AppData folder on Windows). QFileDialog's
static functions use the native dialog wherever the platform has one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from models.core import settings as registry
from views.settings import pc_value, set_pc_value


def documents() -> Path:
    """The user's Documents folder, else their home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _key(kind: str) -> str:
    if kind not in registry.FILE_KINDS:
        raise KeyError(kind)
    return f"folders/{kind}"


def start_folder(kind: str) -> Path:
    """Where a dialog for this kind of file opens: the last folder used, else Documents."""
    last = str(pc_value(_key(kind)) or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def remember_folder(kind: str, path: str | Path) -> None:
    """Keep the folder of a file (or a folder itself) for the next dialog of this kind."""
    path = Path(path)
    set_pc_value(_key(kind), str(path if path.is_dir() else path.parent))


def save_file_name(parent: QWidget | None, kind: str, title: str, name: str,
                   filters: str) -> str:
    """A path to save to, proposed as name in the kind's folder; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name),
                                          filters)
    if path:
        remember_folder(kind, path)
    return path


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str,
                   start: Path | None = None) -> str:
    """A file to open, starting in start or the kind's folder; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start or start_folder(kind)),
                                          filters)
    if path:
        remember_folder(kind, path)
    return path


def existing_folder(parent: QWidget | None, kind: str, title: str) -> str:
    """A folder to write into, starting in the kind's folder; "" when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if folder:
        remember_folder(kind, folder)
    return folder
