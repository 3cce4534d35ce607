"""Syncing a team's book in the background while its window is open (models.sync.engine).

A pass runs off the GUI thread through the runner: once the book has passed its check at start,
10 seconds after the last change (changes come in bursts), every minute, and on File > Sync
now (also in Settings > Team). A background pass is quiet: when the runner is busy with other
work it waits for its next turn, and it shows no progress. The team key comes from the keyring;
a PC without one is asked for the team passphrase once a session (desktop users are told why).

A pass that would remove many customers asks first, with the numbers, and runs again only if
the user agrees; otherwise sync pauses until Sync now. What the pass took in reaches the views
as any change does (ctx.book_changed, on the GUI thread); a copy made again from a snapshot
(this PC was away too long) is shown as after a restore (`rebased`).

Sync itself (models.sync.engine: encryption, merging) and its dialogs are loaded when a pass
first runs or a problem is shown, so a window opens without them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from models.core import clock
from models.customers import queries
from models.sync.team import team_of
from views.sync_state import SyncState

if TYPE_CHECKING:
    from models.sync import engine

log = logging.getLogger("kehu")

AFTER_CHANGE_MS = 10 * 1000  # a pass this long after the last change
EVERY_MS = 60 * 1000  # and every minute
PROBLEM_STYLE = "color: #b26a00;"


class TeamSync(QObject):
    """The background sync of the window's book; `label` is its place in the status bar."""

    changed = Signal()  # the state changed (a pass started, ended or stopped)
    rebased = Signal()  # the book's content was replaced (the team's snapshot, a whole book)

    def __init__(self, ctx, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.state = SyncState()
        self.keys: dict[str, bytes] | None = None
        self.active = False  # started (the book passed its check) and not stopped
        self.asked = False  # the passphrase was asked this session (Cancel: not again by itself)
        self.held = False  # a pass that would remove many customers was refused: until Sync now
        self.again = False  # a change came while a pass ran: another pass after it
        self.label = QLabel(window)
        self.label.setObjectName("sync_status")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        # On the first day of an empty book: the way to the team's book, if there is one.
        self.join_hint = QPushButton(self.tr("Join a team…"), window)
        self.join_hint.setObjectName("join_hint")
        self.join_hint.setFlat(True)
        self.join_hint.setToolTip(self.tr(
            "Your shop already uses Kehu on another PC? Get the team's book here."))
        self.join_hint.hide()
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync)
        ctx.book_changed.connect(self._book_changed)
        ctx.team_sync = self

    # -- when ----------------------------------------------------------------------------
    def team(self) -> dict | None:
        return team_of(self.ctx.book)

    def start(self) -> None:
        """The book passed its check: the first pass now, then every minute."""
        self.active = True
        self.timer.start()
        self.sync()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        self.after_change.stop()

    def team_changed(self) -> None:
        """The book joined (set up) or left a team in Settings > Team."""
        self.state = SyncState()
        self.keys = None
        self.held = False
        self.show_state()
        if self.team() is not None:
            self.sync()

    def _book_changed(self, changes) -> None:
        if self.team() is None:
            if self.join_hint.isVisible() and "customers" in changes.tables:
                self.show_state()
            return
        if self.active and changes.op_name != "sync":
            self.after_change.start()

    def sync_now(self, parent: QWidget | None = None) -> None:
        """File > Sync now: a pass at once, with progress; asks again for what it may ask."""
        self.held = False
        self.sync(by_user=True, parent=parent)

    # -- a pass --------------------------------------------------------------------------
    def sync(self, *, by_user: bool = False, confirm_deletes: bool = False,
             parent: QWidget | None = None, problem: str = "") -> bool:
        """Start a pass; False when none started (not in a team, busy, no key, paused)."""
        team = self.team()
        if team is None or (not self.active and not by_user) or self.ctx.book.read_only:
            return False  # a read-only book takes nothing in and has nothing to send
        from models.sync import engine
        from views.team_dialogs import ask_passphrase, team_keys

        if self.held and not by_user:
            return False
        runner = self.ctx.runner
        if runner is not None and runner.busy:
            if self.state.running or not by_user:
                self.again = self.again or self.state.running
                return False
        found = self.keys or team_keys(team["team_id"])
        passphrase = ""
        if found is None:
            if self.asked and not by_user:
                return False
            self.asked = True
            passphrase = ask_passphrase(team["folder"], parent or self.window, problem) or ""
            if not passphrase:
                self._paused(engine.SyncPaused(engine.NO_KEY))
                return False
        book = self.ctx.book

        def one_pass():
            if found is not None:
                return engine.sync_pass(book, keys=found, confirm_deletes=confirm_deletes), \
                    found, False
            from models.sync import folder

            described = folder.read_team(Path(team["folder"]))
            if described is None:  # the folder is gone or not a team's: the pass says which
                return engine.sync_pass(book, passphrase=passphrase), None, False
            typed = engine.unlock(described, passphrase)
            return engine.sync_pass(book, keys=typed, confirm_deletes=confirm_deletes), typed, True

        def work(progress=None, cancelled=None):
            result = one_pass()
            book.catch_up_search()  # what a big pass left to index, a step at a time
            return result

        self.state.running = True
        self.show_state()
        if runner is None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - every outcome is shown as the runner does
                self._failed(exc, by_user, parent)
                return True
            self._done(result)
            return True
        job = runner.run(work, on_result=self._done,
                         on_error=lambda exc: self._failed(exc, by_user, parent),
                         title=self.tr("Syncing with the team…"), cancellable=False,
                         parent_widget=parent or self.window, quiet=not by_user,
                         show_progress=by_user)
        if job is None:
            self.state.running = False
            self.show_state()
            return False
        return True

    def _done(self, result) -> None:
        from views.team_dialogs import keep_keys

        report, used, typed = result
        team = self.team()
        if typed and team is not None:  # unlocked by the passphrase typed: kept this session
            keep_keys(team["team_id"], used)
        self.keys = used or self.keys
        self.state = SyncState(at=clock.now(), report=report)
        self.show_state()
        if report.rebased or report.whole:
            self.rebased.emit()
        if self.again:
            self.again = False
            self.after_change.start()

    def _failed(self, exc: BaseException, by_user: bool, parent: QWidget | None) -> None:
        from models.sync import engine
        from views.team_settings import paused_texts

        self.state.running = False
        if isinstance(exc, engine.NeedsConfirmation):
            self._confirm(exc, by_user, parent)
            return
        if isinstance(exc, engine.UserError) and exc.message == engine.WRONG_PASSPHRASE:
            self.keys = None
            self._paused(exc)
            text = paused_texts(exc)[1]
            QTimer.singleShot(0, lambda: self.sync(by_user=True, parent=parent, problem=text))
            return
        if isinstance(exc, engine.UserError):
            if exc.message == engine.NO_KEY:
                self.keys = None
            if exc.message == engine.REMOVED:
                self.stop()
            log.info("Sync paused: %s", exc)
        elif isinstance(exc, OSError):
            log.warning("Sync failed: %s", exc)
        else:
            log.error("Sync failed", exc_info=exc)
        self._paused(exc)

    def _confirm(self, exc: engine.NeedsConfirmation, by_user: bool,
                 parent: QWidget | None) -> None:
        from views.team_settings import confirm_refused_texts

        n, total = int(exc.params.get("n", 0)), int(exc.params.get("total", 0))
        answer = QMessageBox.question(
            parent or self.window, self.tr("Sync would remove customers"),
            self.tr("Taking in the other PCs' changes would remove {n} of the {total} customers "
                    "in this PC's book (they were deleted on another PC). If the team folder "
                    "is only partly there, say No and check it first.\n\nRemove the {n} "
                    "customers?").format(n=n, total=total),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.held = False
            self.sync(by_user=True, confirm_deletes=True, parent=parent)
            return
        self.held = True
        short, full = confirm_refused_texts(n, total)
        self.state = SyncState(at=self.state.at, report=self.state.report, paused=full,
                               paused_short=short)
        self.show_state()

    def _paused(self, exc: BaseException) -> None:
        from views.team_settings import paused_texts

        short, full = paused_texts(exc)
        self.state = SyncState(at=self.state.at, report=self.state.report, paused=full,
                               paused_short=short)
        self.show_state()

    # -- the status bar ------------------------------------------------------------------
    def show_state(self) -> None:
        in_team = self.team() is not None
        self.join_hint.setVisible(not in_team and not queries.has_customers(self.ctx.book))
        if not in_team:
            self.label.hide()
            self.changed.emit()
            return
        from views.team_settings import status_line

        text, tip, problem = status_line(self.state)
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.label.setVisible(bool(text))
        self.changed.emit()
