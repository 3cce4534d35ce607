"""What every view shares: the open book, the app-wide "book changed" signal, running operations.

Views never write SQL: they call an operation from models.customers.operations through `run`, which
shows a problem the user can fix as a translated message instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core.book import Book
from models.core.errors import UserError
from views.widgets import plain_message


def tr_error(exc: UserError) -> str:
    return exc.render(QCoreApplication.translate)


class AppContext(QObject):
    """The open book and its events. One per main window."""

    book_changed = Signal(object)  # models.core.book.Changes, after every committed operation
    user_changed = Signal()
    language_changed = Signal()
    _committed_elsewhere = Signal(object)  # a commit in a worker thread, queued to this one

    def __init__(self, book: Book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.runner = None  # desktop.runner.Runner: long work off the GUI thread (set by the app)
        self.team_sync = None  # desktop.team_sync.TeamSync while the book is open in a window
        # The book tells its listeners in the thread that committed: an import or a sync pass
        # commits in the runner's worker thread. book_changed is always emitted in this
        # object's (the GUI) thread, so that every view refreshes there, however connected.
        self._committed_elsewhere.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        book.listeners.append(self._committed)

    def _committed(self, changes) -> None:
        if QThread.currentThread() == self.thread():
            self.book_changed.emit(changes)
        else:
            self._committed_elsewhere.emit(changes)

    def _announce(self, changes) -> None:
        self.book_changed.emit(changes)

    def run(self, parent: QWidget | None, operation: Callable[..., Any], **kwargs) -> Any:
        """Call operation(book, **kwargs); on a UserError show it and return None.

        Every operation returns something that is not None on success (an id, a key, what
        changed), so None always means it did not happen."""
        try:
            return operation(self.book, **kwargs)
        except UserError as exc:
            show_error(parent, exc)
            return None


    def run_quietly(self, operation: Callable[..., Any], **kwargs) -> Any:
        """Housekeeping on a timer (rules, grading, the tray): operation(book, **kwargs) when
        the book's writer is free at once; None, to be tried at the next turn, when another
        job is writing. Other errors are raised as from run()."""
        from models.core.writer import BookBusy

        try:
            with self.book.writer.patience(0):
                return operation(self.book, **kwargs)
        except BookBusy:
            return None


def show_error(parent: QWidget | None, exc: UserError) -> None:
    # an error names what the user typed or the book holds: shown as typed
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Kehu"),
                        plain_message(tr_error(exc)))
