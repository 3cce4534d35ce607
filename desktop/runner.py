"""The one background runner: long work off the GUI thread, its outcome back on it.

    ctx.runner.run(work, on_result=show, title=self.tr("Importing…"), parent_widget=self)

``work(progress, cancelled)`` runs in a worker thread and never touches a widget. It may call
``progress(done, total)`` as often as it likes (the runner passes on at most ~20 updates a
second, queued to the main thread) and polls ``cancelled()``; when that returns True the work
raises ``models.core.errors.Cancelled`` and leaves the book as it was.

A progress dialog appears only when the work takes longer than half a second, and always has
Cancel. The outcome comes back on the main thread: ``on_result(value)``; ``on_cancel()`` (or
``on_error(Cancelled)``) after Cancel; ``on_error(exc)`` for an exception, and when there is no
``on_error`` a UserError is shown as a message and anything else goes to ``sys.excepthook``
(the app's crash dialog logs it).

One job at a time: the book has one connection, and only one thread may write it. A second
``run`` while a job is busy is refused with a message (``run`` returns None); a caller that can
wait (a preview that should be redone) keeps its own "again when done" flag. Background work
the user did not ask for runs in short steps marked ``yields``: a job asked for during one
starts when that step ends instead of being refused.
(Picard ``util/thread.py``, Anki ``progress.py``.)
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from models.core.errors import Cancelled, UserError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

SHOW_AFTER_MS = 500
PROGRESS_EVERY_S = 0.05


class Job(QObject):
    """One run of a work function; lives in the main thread, its signals are queued there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.title = title
        self._cancel = threading.Event()
        self._last = 0.0
        self.done = False
        self.worker_thread: int | None = None
        self.yields = False  # a step of background work that a job asked for waits for

    # -- called from the worker thread ---------------------------------------------------
    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> None:
        self.worker_thread = threading.get_ident()
        try:
            result = self.work(self.progress, self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the main thread
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)  # Cancel pressed after the last poll: the work is done

    # -- main thread ---------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()


class _Task(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.execute()


class Runner(QObject):
    """Runs one job at a time in a worker thread. One per main window (``ctx.runner``)."""

    job_started = Signal(str)
    job_finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self._callbacks: dict[str, Callable | None] = {}
        self.dialog_was_shown = False  # by the last job (a quick one shows none)
        self._waiting: tuple[Job, dict] | None = None  # asked for while a yielding job ran

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(
        self,
        work: Work,
        *,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        title: str = "",
        cancellable: bool = True,
        parent_widget: QWidget | None = None,
        quiet: bool = False,
        show_progress: bool = True,
        yields: bool = False,
    ) -> Job | None:
        """Start work in the worker thread; None when another job is still running.
        `quiet`: say nothing when busy; `show_progress=False`: no progress dialog at all (work
        the user did not start and need not wait for, such as a background sync). `yields`: a
        short step of background work (a second of the search index catching up): a job
        asked for while it runs is not refused but starts as soon as it ends (one such job
        waits at a time)."""
        start = {"callbacks": {"result": on_result, "error": on_error, "cancel": on_cancel},
                 "cancellable": cancellable, "parent_widget": parent_widget,
                 "show_progress": show_progress}
        if self.job is not None:
            if self.job.yields and self._waiting is None and not yields:
                job = Job(work, title, self)
                self._waiting = (job, start)  # started by _finish
                return job
            if not quiet:
                QMessageBox.information(
                    parent_widget, self.tr("Kehu"),
                    self.tr("Kehu is still busy with “{title}”. Please wait until it has "
                            "finished.").format(title=self.job.title or self.tr("a task")),
                )
            return None
        job = Job(work, title, self)
        job.yields = yields
        self._start(job, **start)
        return job

    def _start(self, job: Job, *, callbacks: dict, cancellable: bool,
               parent_widget: QWidget | None, show_progress: bool) -> None:
        self.job = job
        self._callbacks = callbacks
        self.dialog = (self._make_dialog(job, job.title, cancellable, parent_widget)
                       if show_progress else None)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self.job_started.emit(job.title)
        self.pool.start(_Task(job))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle (for closing the app and for tests)."""
        return self.pool.waitForDone(msecs)

    # -- the progress dialog -------------------------------------------------------------
    def _make_dialog(self, job: Job, title: str, cancellable: bool,
                     parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setObjectName("runner_progress")
        dialog.setWindowTitle(self.tr("Kehu"))
        dialog.setLabelText(title or self.tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                                 else Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.setRange(0, 0)  # busy until the first progress
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.disconnect()
            dialog.canceled.connect(self._cancel_pressed)
        else:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        # QProgressDialog shows itself after minimumDuration only from setValue(); a timer
        # makes sure a job that reports no progress still gets its dialog (and its Cancel).
        QTimer.singleShot(SHOW_AFTER_MS, lambda: self._show_late(job))
        return dialog

    def _show_late(self, job: Job) -> None:
        if self.job is job and self.dialog is not None and not self.dialog.isVisible():
            self.dialog.show()

    def _cancel_pressed(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, QProgressDialog) and dialog is not self.dialog:
            dialog.hide()  # a finished job's dialog: it just goes away
            return
        if self.job is None or self.dialog is None:
            return
        self.job.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))
        for button in self.dialog.findChildren(QPushButton):
            button.setEnabled(False)
        self.dialog.show()  # keep it up until the work has stopped

    def _progressed(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or self.job is None or self.job.cancelled():
            return
        if total > 0:
            if dialog.maximum() != total:
                dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    # -- outcomes, on the main thread ----------------------------------------------------
    def _finish(self) -> dict[str, Callable | None]:
        job, callbacks = self.job, self._callbacks
        self.job, self._callbacks = None, {}
        self.dialog_was_shown = False
        if self.dialog is not None:
            self.dialog_was_shown = self.dialog.isVisible()
            # reset() stops QProgressDialog's own show timer: hide() alone does not, and a
            # message box opened next (an error) would not let deleteLater() run, so the dead
            # dialog would pop up seconds later over the message, neither of them answering.
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if job is not None:
            job.done = True
            job.deleteLater()
            self.job_finished.emit(job.title)
        if self._waiting is not None and self.job is None:
            waiting, start = self._waiting
            self._waiting = None
            self._start(waiting, **start)
        return callbacks

    def _succeeded(self, result: Any) -> None:
        callbacks = self._finish()
        callbacks["result"](result)

    def _failed(self, exc: BaseException) -> None:
        callbacks = self._finish()
        on_error, on_cancel = callbacks.get("error"), callbacks.get("cancel")
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
            elif on_error is not None:
                on_error(exc)
            return
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, UserError):
            from views.context import show_error

            show_error(QApplication.activeWindow(), exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
