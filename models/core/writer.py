"""The one writer: one write connection, held by one thread at a time.

Every write to a book, from the GUI, a timer or a background job, runs while its thread holds
the writer (Book.atomic does this). The thread that holds it uses the write connection; every
other thread reads through a connection of its own, so it sees only committed data and can never
join a transaction another thread opened (Anki ``taskman.py``: one executor owns the write
connection). A thread that asks while another holds the writer waits: a background job as long
as it takes, the GUI thread (the main thread) only a moment, then it is refused with BookBusy,
a message that names the work in the way; nothing was written, so nothing is lost and the user
can save again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import UserError

BUSY = T("errors", "Kehu is still busy with “{task}”; nothing was saved yet. Please try again "
                   "when it has finished.")
BUSY_UNNAMED = T("errors", "Kehu is still writing to the book; nothing was saved yet. Please "
                           "try again in a moment.")

MAIN_THREAD_WAIT_S = 2.0


class BookBusy(UserError):
    """Another thread holds the writer for longer than this thread may wait."""


class Writer:
    """Mutual exclusion for the write connection, re-entrant for the thread that holds it."""

    def __init__(self, main_thread_wait: float = MAIN_THREAD_WAIT_S) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self.task = ""  # what the holder is doing, for BookBusy's message
        self.main_thread_wait = main_thread_wait
        self._patience = threading.local()

    @property
    def held_here(self) -> bool:
        return self._owner == threading.get_ident()

    @property
    def busy(self) -> bool:
        return self._owner is not None

    def acquire(self, task: str = "", timeout: float | None = -1) -> None:
        """Hold the writer. timeout -1: the thread's default (the main thread waits
        main_thread_wait seconds, others as long as it takes); None: wait for ever; 0: do
        not wait. Raises BookBusy when the time is up."""
        me = threading.get_ident()
        if timeout == -1:
            timeout = getattr(self._patience, "seconds", -1)
        if timeout == -1:
            timeout = (self.main_thread_wait if threading.current_thread()
                       is threading.main_thread() else None)
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            if not self._cond.wait_for(lambda: self._owner is None, timeout):
                raise (BookBusy(BUSY, task=self.task) if self.task else BookBusy(BUSY_UNNAMED))
            self._owner, self._depth = me, 1
            self.task = task

    def release(self) -> None:
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("the writer is not held by this thread")
            self._depth -= 1
            if self._depth == 0:
                self._owner, self.task = None, ""
                self._cond.notify_all()

    @contextmanager
    def hold(self, task: str = "", timeout: float | None = -1) -> Iterator[None]:
        self.acquire(task, timeout)
        try:
            yield
        finally:
            self.release()

    @contextmanager
    def patience(self, seconds: float | None) -> Iterator[None]:
        """How long this thread's writes wait inside the block (0: not at all, so that
        housekeeping on a timer skips a turn instead of holding up the GUI)."""
        before = getattr(self._patience, "seconds", -1)
        self._patience.seconds = seconds
        try:
            yield
        finally:
            self._patience.seconds = before

    def set_task(self, task: str) -> None:
        """Name the work while it holds the writer (shown to whoever has to wait)."""
        if self.held_here and task:
            self.task = task
