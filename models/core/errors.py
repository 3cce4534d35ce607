"""Errors a user can read.

Messages are English source texts, translated by the desktop layer through Qt
(context "errors"). QT_TRANSLATE_NOOP is a plain marker here so that lupdate finds the
texts without models/ importing Qt.
"""

from __future__ import annotations


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
        return text.format(**self.params) if self.params else text


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
