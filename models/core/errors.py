"""Errors a user can read.

Messages are English source texts, translated by the desktop layer through Qt
(context "errors"). QT_TRANSLATE_NOOP is a plain marker here so that lupdate finds the
texts without models/ importing Qt.
"""

from __future__ import annotations

import errno
import sqlite3


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    return text


class UserError(Exception):
    """A problem caused by input or state the user can fix; shown without a traceback."""

    context = "errors"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params

    def render(self, translate=None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        if not self.params:
            return text
        params = self.params
        if translate and isinstance(params.get("reason"), str):  # one of REASONS, or as it is
            params = {**params, "reason": translate("errors", params["reason"])}
        return text.format(**params)


class BookError(UserError):
    """The book cannot be opened or used."""


class ValidationError(UserError):
    """A value does not fit its field."""

    def __init__(self, field: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class PermissionDenied(UserError):
    """The current user may not do this."""


class PasswordNeeded(PermissionDenied):
    """An owner or manager of a book used by more than one person has no password yet."""


class UndoError(UserError):
    """Nothing to undo or redo, or the records changed since."""


class Cancelled(Exception):
    """Long work stopped because the user pressed Cancel; nothing was written."""


T = QT_TRANSLATE_NOOP
NOT_A_BOOK = T("errors", "{path} is not a Kehu book (not an SQLite database).")
UNREADABLE = T("errors", "{path} cannot be read: {reason}")
NEWER_SCHEMA = T(
    "errors",
    "{path} was written by a newer version of Kehu (book version {found}, this Kehu reads up "
    "to {known}). Please update Kehu; the book was not changed.",
)
NOT_KEHU = T("errors", "{path} is an SQLite database but not a Kehu book; it was not changed.")
BOOK_LOCKED = T("errors", "The book {path} is already open in another Kehu window or program.")
NO_SUCH_FILE = T("errors", "{path} does not exist.")
FOREIGN_SCHEMA = T(
    "errors",
    "{path} holds things Kehu did not make ({objects}). A book holds only data, so Kehu does "
    "not use this one; it was not changed.",
)
READ_ONLY_BOOK = T("errors", "The book {path} is read-only (its file or folder cannot be "
                             "written); nothing was saved. Copy it to a folder you may write "
                             "to, and open the copy.")
READ_ONLY_OLD = T("errors", "The book {path} is read-only and was written by an older Kehu; "
                            "it must be upgraded, which needs writing. Copy it to a folder you "
                            "may write to, and open the copy.")

# Reasons an operating system or SQLite gives, in words a user reads (os_reason).
DISK_FULL = T("errors", "the disk is full")
READ_ONLY = T("errors", "the folder is read-only")
NOT_ALLOWED = T("errors", "Kehu may not write there")
NO_SUCH_FOLDER = T("errors", "the folder does not exist")
DISK_ERROR = T("errors", "the disk reported an error")
IS_FOLDER = T("errors", "it is a folder, not a file")
NOT_A_FOLDER = T("errors", "a part of the path is a file, not a folder")
NAME_TOO_LONG = T("errors", "the name is too long")
IN_USE = T("errors", "the book is open in another Kehu window or program")
DAMAGED_FILE = T("errors", "the file is damaged")
NOT_A_FILE = T("errors", "it is not a file (a device, a pipe or a socket)")
MISSING_FILE = T("errors", "the file does not exist")
NOT_READABLE = T("errors", "Kehu may not read it")
OUT_OF_MEMORY = T("errors", "there is not enough memory")
REASONS = (DISK_FULL, READ_ONLY, NOT_ALLOWED, NO_SUCH_FOLDER, DISK_ERROR, IS_FOLDER, NOT_A_FOLDER,
           NAME_TOO_LONG, IN_USE, DAMAGED_FILE, NOT_A_FILE, MISSING_FILE, NOT_READABLE,
           OUT_OF_MEMORY)


def literal(text: str) -> str:
    """A reason that is not one of ours: kept as it is when the message is formatted."""
    return text.replace("{", "{{").replace("}", "}}")


def os_reason(exc: BaseException, *, reading: bool = False) -> str:
    """The English reason for an OSError or SQLite error (one of REASONS where Kehu knows it,
    else the system's own words); translated by the desktop layer. reading: the error came
    from reading a file, so "may not" is about reading."""
    if isinstance(exc, MemoryError):
        return OUT_OF_MEMORY
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_FULL":
            return DISK_FULL
        if name.startswith("SQLITE_READONLY"):
            return READ_ONLY
        if name.startswith("SQLITE_CANTOPEN"):
            return NOT_READABLE if reading else NOT_ALLOWED
        if name.startswith("SQLITE_IOERR"):
            return DISK_ERROR
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return IN_USE
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return DAMAGED_FILE
        return literal(str(exc))
    code = getattr(exc, "errno", None)
    known = {
        errno.ENOSPC: DISK_FULL, getattr(errno, "EDQUOT", -1): DISK_FULL,
        errno.EROFS: READ_ONLY, errno.EACCES: NOT_READABLE if reading else NOT_ALLOWED,
        errno.EPERM: NOT_READABLE if reading else NOT_ALLOWED,
        errno.ENOENT: MISSING_FILE if reading else NO_SUCH_FOLDER, errno.EIO: DISK_ERROR,
        errno.EISDIR: IS_FOLDER, errno.ENOTDIR: NOT_A_FOLDER, errno.ENAMETOOLONG: NAME_TOO_LONG,
        errno.ENXIO: NOT_A_FILE, errno.ENOMEM: OUT_OF_MEMORY,
    }
    if code in known:
        return known[code]
    return literal(getattr(exc, "strerror", None) or str(exc))
