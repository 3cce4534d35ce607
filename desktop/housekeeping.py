"""What Kehu does by itself while its window is open: at start SQLite's check of the book, the
daily backup, then the reminder rules, the public pool's rules, the monthly grading and the
search text a sync pass left to write; every hour the rules and the daily backup again (for a
Kehu left open past midnight).

The public pool's rules (models.team.pool) return customers only on a PC where an owner is
signed in (pool.runs_here): a salesperson's or manager's Kehu never does, so two synced PCs
never return customers to the pool at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core import clock
from models.customers import queries

STALL_CHECK_MS = 60 * 60 * 1000  # every hour: new stalls, the daily backup (left open overnight)
CATCH_UP_STEP = 1.0  # seconds of search-index catching up per job (Housekeeping.catch_up_search)
CATCH_UP_RETRY_MS = 2000  # the runner was busy: the next try
# customers a transaction of catch_up_search writes: about 0.3 s on a 2-core laptop, well
# within the 2 s a save on the GUI thread waits for the writer (models.core.writer)
CATCH_UP_BATCH = 2000
GRADE_AT_ONCE = 5000  # customers graded on the GUI thread (well under a second); more: the runner


class Housekeeping(QObject):
    """The timers and the jobs of the book's upkeep, off the GUI thread through the runner where
    they take long; the window shows what they report (its signals) and starts them when ready.
    """

    message = Signal(str, int)  # for the status bar: the text (empty: none), for so many ms
    start_up_finished = Signal()  # the book passed its check and has today's backup
    rules_ran = Signal()  # reminders.run_rules made what came due by now
    pool_ran = Signal(object)  # the public pool's rules ran here: what they did (a dict)
    backed_up = Signal()  # the daily backup was made
    backup_failed = Signal(str)  # the daily backup failed, and why
    damage_found = Signal(str, object)  # the check failed: what it found, the newest good backup

    def __init__(self, ctx, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window  # the parent of the jobs' progress and of the messages
        self.started = False  # the start-up work is done
        self.book_checked = False  # SQLite's integrity check passed; the book takes writes
        self.book_damaged: str | None = None  # what the check found
        self.stalls_checked = None  # when reminders.run_rules last ran
        self.pool_checked = None  # when the public pool's rules last ran on this PC
        self._backing_up = False
        self._catching_up = False  # a job of catch_up_search is on the runner
        self._stopped = False  # the window closes
        self._backup_failure_shown = False
        self.stall_timer = QTimer(self)
        self.stall_timer.setInterval(STALL_CHECK_MS)
        self.stall_timer.timeout.connect(self._hourly)
        self.stall_timer.start()
        # Once the window is ready (its first rows shown; desktop.app emits its `ready`):
        # SQLite's integrity check of the book off the GUI thread (desktop.app opened the book
        # with its writes held, so nothing is written before it passed), the daily backup, then
        # what came due while Kehu was closed and the rules; start-up never waits for them. A
        # timer object rather than QTimer.singleShot, so closing can stop it.
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.setInterval(0)
        self.start_timer.timeout.connect(self._check_book)

    def start(self) -> None:
        """The start-up work, once the window is ready."""
        self.start_timer.start()

    def stop(self) -> None:
        """The window closes: nothing more starts."""
        self._stopped = True
        self.start_timer.stop()
        self.stall_timer.stop()

    def _hourly(self) -> None:
        if self.started and not self.ctx.book.read_only:
            self.check_stalls()
            self.return_to_pool()
            self.catch_up_search()
            self.back_up_if_due()

    # -- start-up: the check, the daily backup, then the rest ----------------------------
    def _check_book(self) -> None:
        """SQLite's integrity check of the book through its own connection, off the GUI
        thread (models.backup.book_problem); for a damaged book also the newest good backup."""
        from models import backup

        path = self.ctx.book.path

        def work(progress, cancelled):
            problem = backup.book_problem(path)
            return problem, (backup.newest_good(path) if problem else None)

        self.message.emit(self.tr("Checking the book…"), 0)
        runner = self.ctx.runner
        if runner is None:
            self._book_checked(work(None, None))
            return
        job = runner.run(work, on_result=self._book_checked, on_error=self._check_failed,
                         title=self.tr("Checking the book…"), cancellable=False,
                         parent_widget=self.window, quiet=True)
        if job is None:  # something started in the first moment: check when it is done
            self.start_timer.start(200)

    def _check_failed(self, exc: BaseException) -> None:
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)  # a fault of Kehu's, not the book's
        self._book_checked((None, None))

    def _book_checked(self, result: tuple) -> None:
        problem, good = result
        self.message.emit("", 0)
        if problem:
            self._damaged(problem, good)
            return
        self.ctx.book.release_writes()
        self.book_checked = True
        if self.ctx.book.read_only:  # healthy, but Kehu may not write it: reads only
            self.message.emit(self.tr(
                "The book is read-only (its file or folder cannot be written): Kehu shows it "
                "and saves nothing."), 0)
            self.started = True
            self.start_up_finished.emit()  # no rules, grading or backups: they would write
            return
        from models import backup

        backup.clean_leftovers(self.ctx.book.path)  # a killed backup's partial files
        self.back_up_if_due(then=self._after_start)

    def _damaged(self, problem: str, good) -> None:
        """The check failed: nothing is written and nothing more of the start-up runs; the
        window offers the newest good backup."""
        import logging

        logging.getLogger("kehu").error("The book %s fails its check: %s",
                                        self.ctx.book.path, problem)
        self.book_damaged = problem
        self.ctx.book.hold_writes("damaged")
        self.stall_timer.stop()
        self.damage_found.emit(problem, good)

    def _after_start(self) -> None:
        self.started = True
        self.start_up_finished.emit()
        self.check_stalls()
        self.apply_grades_if_due()
        self.return_to_pool()  # after the grading: a runner busy with it defers this an hour
        self.catch_up_search()

    def catch_up_search(self) -> None:
        """The search text a sync pass or a big import left to write (Book.reindex_later),
        written off the GUI thread in jobs of about a second each that yield to the user's:
        what the user starts meanwhile waits for the step under way, no longer, and is never
        refused for it (Runner.run's `yields`); when the runner is busy, again a little
        later."""
        book = self.ctx.book
        if book.read_only or self._stopped or self._catching_up or not book.search_waits():
            return
        runner = self.ctx.runner
        if runner is None:
            book.catch_up_search()
            return
        self._catching_up = True

        def step(left: int) -> None:
            self._catching_up = False
            if left:
                QTimer.singleShot(0, self, self.catch_up_search)

        def failed(exc: BaseException) -> None:
            self._catching_up = False
            self._job_failed(exc)

        job = runner.run(lambda progress, cancelled: book.catch_up_search(
                             seconds=CATCH_UP_STEP, batch=CATCH_UP_BATCH),
                         on_result=step, on_error=failed, title=self.tr("Updating the search index…"),
                         cancellable=False, parent_widget=self.window, quiet=True,
                         show_progress=False, yields=True)  # what the user asks for goes first
        if job is None:  # the runner is busy with something else: after it
            self._catching_up = False
            QTimer.singleShot(CATCH_UP_RETRY_MS, self, self.catch_up_search)

    # -- the jobs ------------------------------------------------------------------------
    def check_stalls(self) -> None:
        """The reminder rules (reminders.run_rules: stalled deals, silent customers, follow-up
        dates), at start, hourly and when the board shows; not again within 5 minutes."""
        from models import reminders

        now = clock.now()
        if self.ctx.book.read_only or (
                self.stalls_checked and (now - self.stalls_checked).total_seconds() < 300):
            return
        made = self.ctx.run_quietly(reminders.run_rules)
        if made is None:  # a job is writing the book: again at the next turn
            return
        self.stalls_checked = now
        self.rules_ran.emit()
        if made and made["stall"]:
            self.message.emit(
                self.tr("{n} stalled deals need a follow-up today").format(n=made["stall"]),
                8000)

    def return_to_pool(self) -> None:
        """The public pool's rules (models.team.pool.run_rules: warnings, then customers
        nobody followed up back to the pool), at start and hourly, on an owner's PC only; not
        again within 5 minutes."""
        from models.team import pool

        now = clock.now()
        book = self.ctx.book
        if book.read_only or not pool.runs_here(book) or not pool.rules(book)["enabled"] or (
                self.pool_checked and (now - self.pool_checked).total_seconds() < 300):
            return
        runner = self.ctx.runner
        if runner is None:
            done = self.ctx.run_quietly(pool.run_rules)
            if done is not None:  # None: a job is writing the book; again at the next turn
                self.pool_checked = now
                self._pool_done(done)
            return
        # Off the GUI thread: the first return after the rules were turned on may move
        # thousands of customers.
        job = runner.run(lambda progress, cancelled: pool.run_rules(book),
                         on_result=self._pool_done, on_error=self._job_failed,
                         title=self.tr("Returning customers to the public pool…"),
                         cancellable=False, parent_widget=self.window, quiet=True,
                         show_progress=False)
        if job is not None:  # None: busy with the user's work; again at the next turn
            self.pool_checked = now

    def _pool_done(self, done: dict) -> None:
        self.pool_ran.emit(done)
        if done["returned"]:
            self.message.emit(self.tr("{n} customers went back to the public pool").format(
                n=done["returned"]), 8000)

    def back_up_if_due(self, then=None) -> None:
        """The daily backup when today has none yet (at start, and hourly for a Kehu left
        open past midnight), off the GUI thread; then `then()`. A failure is shown in the
        status bar, and once in a message; it never stops Kehu."""
        path = self.ctx.book.path

        def finish() -> None:
            self._backing_up = False
            if then is not None:
                then()

        from models import backup

        if self._backing_up or self.book_damaged or not backup.daily_due(path):
            if then is not None:
                then()
            return

        def work(progress, cancelled):
            return backup.make_backup(path, reason="daily", progress=progress,
                                      cancelled=cancelled)

        def done(info) -> None:
            self.backed_up.emit()
            finish()

        def failed(exc: BaseException) -> None:
            self._backup_failed(exc)
            finish()

        self._backing_up = True
        runner = self.ctx.runner
        if runner is None:
            try:
                info = work(None, None)
            except Exception as exc:  # noqa: BLE001 - a failed backup never stops Kehu
                failed(exc)
                return
            done(info)
            return
        job = runner.run(work, on_result=done, on_error=failed, on_cancel=finish,
                         title=self.tr("Backing up the book…"), parent_widget=self.window,
                         quiet=True)
        if job is None:  # busy with the user's work: the next hour
            finish()

    def _backup_failed(self, exc: BaseException) -> None:
        import logging

        from models.core.errors import UserError
        from views.context import tr_error

        if isinstance(exc, UserError):
            text = tr_error(exc)
            logging.getLogger("kehu").warning("The daily backup failed: %s", exc)
        else:
            text = str(exc)
            logging.getLogger("kehu").error("The daily backup failed", exc_info=exc)
        self.backup_failed.emit(text)
        self.message.emit(self.tr("The daily backup failed: {reason}").format(reason=text),
                          15000)
        if not self._backup_failure_shown:
            self._backup_failure_shown = True
            QMessageBox.warning(self.window, self.tr("The daily backup failed"), text)

    def apply_grades_if_due(self) -> None:
        """The A/B/C grades by the rules, once a calendar month (models.grading). A large book
        off the GUI thread (100,000 customers take seconds); when the runner is busy then, at
        the next start."""
        from models.reports import grading

        runner = self.ctx.runner
        if runner is None or queries.count_customers(self.ctx.book) <= GRADE_AT_ONCE:
            self._graded(self.ctx.run_quietly(grading.apply_if_due))  # busy: at the next start
            return
        book = self.ctx.book
        runner.run(lambda progress, cancelled: grading.apply_if_due(book),
                   on_result=self._graded, on_error=self._job_failed,
                   title=self.tr("Grading the customers…"), cancellable=False,
                   parent_widget=self.window, quiet=True)

    def _graded(self, result: dict | None) -> None:
        if result and result.get("changed"):
            self.message.emit(
                self.tr("This month's grading: {n} customers changed grade").format(
                    n=result["changed"]), 8000)

    def _job_failed(self, exc: BaseException) -> None:
        """A job of the upkeep (the grading, the pool's rules) failed: a refusal is shown, a
        fault of Kehu's goes to the exception hook."""
        from models.core.errors import UserError
        from views.context import show_error

        if isinstance(exc, UserError):
            show_error(self.window, exc)
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)
