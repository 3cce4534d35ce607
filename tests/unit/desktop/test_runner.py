"""The background runner: work in a worker thread, its outcome and progress on the main thread."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.runner import SHOW_AFTER_MS, Runner
from models.core.errors import Cancelled, UserError

MAIN = threading.get_ident()


@pytest.fixture
def runner(qtbot):
    r = Runner()
    yield r
    r.cancel()
    r.wait(5000)
    qtbot.waitUntil(lambda: not r.busy, timeout=5000)


@pytest.fixture
def shown(monkeypatch):
    """Messages that would have popped up in a modal box."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: texts.append(text))
    return texts


def test_result_comes_back_on_the_main_thread_and_work_ran_in_another(runner, qtbot):
    where: dict[str, int] = {}
    results: list = []

    def work(progress, cancelled):
        where["work"] = threading.get_ident()
        return 42

    def on_result(value):
        where["result"] = threading.get_ident()
        results.append(value)

    with qtbot.waitSignal(runner.job_finished, timeout=5000):
        assert runner.run(work, on_result=on_result, title="sum") is not None
        assert runner.busy
    assert results == [42]
    assert where["work"] != MAIN
    assert where["result"] == MAIN
    assert not runner.busy


def test_progress_is_delivered_on_the_main_thread(runner, qtbot):
    seen: list[tuple[int, int, bool]] = []
    results: list = []

    def work(progress, cancelled):
        for i in range(1, 6):
            progress(i, 5)
            time.sleep(0.06)  # more than the runner's throttle, so every step is passed on
        return "ok"

    job = runner.run(work, on_result=results.append)
    job.progressed.connect(lambda d, t: seen.append((d, t, threading.get_ident() == MAIN)))
    qtbot.waitUntil(lambda: results == ["ok"], timeout=5000)
    assert seen, "no progress arrived"
    assert seen[-1][:2] == (5, 5)
    assert all(on_main for _, _, on_main in seen)


def test_a_quick_job_shows_no_dialog_a_slow_one_does_with_cancel(runner, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list = []
    runner.run(lambda p, c: 1, on_result=results.append, parent_widget=parent)
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    assert not runner.dialog_was_shown

    release = threading.Event()

    def slow(progress, cancelled):
        release.wait(5)
        return 2

    runner.run(slow, on_result=results.append, title="Slow work", parent_widget=parent)
    dialog = runner.dialog
    assert not dialog.isVisible()  # not at once: a short job must not flash a dialog
    qtbot.waitUntil(dialog.isVisible, timeout=SHOW_AFTER_MS + 2000)
    assert dialog.labelText() == "Slow work"
    buttons = dialog.findChildren(QPushButton)
    assert buttons and buttons[0].isVisible()
    dialog.grab().save("/tmp/kb/shots/runner_progress.png")
    release.set()
    qtbot.waitUntil(lambda: results == [1, 2], timeout=5000)
    assert runner.dialog_was_shown and runner.dialog is None


def test_cancel_button_stops_the_work_and_calls_on_cancel(runner, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list = []
    cancelled_calls: list[int] = []
    steps: list[int] = []

    def work(progress, cancelled):
        for i in range(1000):
            if cancelled():
                raise Cancelled()
            steps.append(i)
            progress(i, 1000)
            time.sleep(0.01)
        return "finished"

    runner.run(work, on_result=results.append,
               on_cancel=lambda: cancelled_calls.append(threading.get_ident()),
               title="Counting", parent_widget=parent)
    dialog: QProgressDialog = runner.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    cancel = dialog.findChildren(QPushButton)[0]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cancelled_calls), timeout=5000)
    assert cancelled_calls == [MAIN]
    assert results == []
    assert len(steps) < 1000
    assert not runner.busy


def test_cancel_without_on_cancel_goes_to_on_error(runner, qtbot):
    errors: list = []
    runner.run(lambda p, c: (_ for _ in ()).throw(Cancelled()), on_result=lambda v: None,
               on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)


def test_user_error_is_shown_as_a_message_when_not_handled(runner, qtbot, shown):
    def work(progress, cancelled):
        raise UserError("{path} is not a spreadsheet.", path="a.txt")

    runner.run(work, on_result=lambda v: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["a.txt is not a spreadsheet."]


def test_on_error_receives_the_exception_on_the_main_thread(runner, qtbot):
    got: list = []

    def work(progress, cancelled):
        raise ValueError("broken")

    runner.run(work, on_result=lambda v: None,
               on_error=lambda exc: got.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    exc, thread = got[0]
    assert isinstance(exc, ValueError) and str(exc) == "broken"
    assert thread == MAIN


def test_other_exceptions_go_to_the_excepthook_on_the_main_thread(runner, qtbot, monkeypatch):
    hooked: list = []
    monkeypatch.setattr(sys, "excepthook",
                        lambda t, e, tb: hooked.append((t, threading.get_ident(), tb)))

    def work(progress, cancelled):
        raise RuntimeError("bug")

    runner.run(work, on_result=lambda v: None)
    qtbot.waitUntil(lambda: bool(hooked), timeout=5000)
    exc_type, thread, tb = hooked[0]
    assert exc_type is RuntimeError
    assert thread == MAIN
    assert tb is not None  # the log gets the worker's traceback


def test_a_second_job_while_one_is_busy_is_refused_with_a_message(runner, qtbot, shown):
    release = threading.Event()
    results: list = []
    runner.run(lambda p, c: release.wait(5) and "first", on_result=results.append,
               title="Importing")
    assert runner.run(lambda p, c: "second", on_result=results.append) is None
    assert len(shown) == 1 and "Importing" in shown[0]
    release.set()
    qtbot.waitUntil(lambda: results == ["first"], timeout=5000)
    # Free again: the next job runs.
    assert runner.run(lambda p, c: "third", on_result=results.append) is not None
    qtbot.waitUntil(lambda: results == ["first", "third"], timeout=5000)


def test_a_job_that_fails_at_once_leaves_no_progress_dialog_over_its_message(runner, qtbot):
    """The message box's own event loop never deletes the finished job's dialog; its show
    timer used to bring it up some four seconds later, over the message, and neither
    answered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[bool] = []

    def work(progress, cancelled):
        raise UserError("The disk is full.")

    def on_error(exc):
        box = QMessageBox(QMessageBox.Icon.Warning, "Kehu", str(exc))

        def look():
            seen.append(any(isinstance(w, QProgressDialog) and w.isVisible()
                            for w in QApplication.topLevelWidgets()))
            box.done(0)

        QTimer.singleShot(4600, look)
        box.exec()

    runner.run(work, on_result=lambda v: None, on_error=on_error)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [False]


def test_a_job_asked_for_during_a_yielding_step_waits_for_it_instead_of_being_refused(
        runner, qtbot, shown):
    """Background work in short steps (`yields`): a job the user asks for meanwhile starts as
    soon as the step ends, with its callbacks; a second one asked for then is refused as
    before, and so is a job asked for while an ordinary job runs."""
    gate = threading.Event()
    order: list[str] = []

    def step(progress, cancelled):
        gate.wait(5)
        order.append("step")
        return "step"

    assert runner.run(step, on_result=order.append, title="index", quiet=True,
                      show_progress=False, yields=True) is not None
    users = runner.run(lambda p, c: order.append("user") or "user's", on_result=order.append,
                       title="export")
    assert users is not None and runner.job.title == "index"  # waits: no message
    assert runner.run(lambda p, c: None, on_result=order.append, title="third") is None
    assert shown == ["Kehu is still busy with “index”. Please wait until it has finished."]
    gate.set()
    qtbot.waitUntil(lambda: "user's" in order, timeout=5000)
    # the step's work, then its result and the user's work (started as the step ended, in the
    # worker thread) in either order, then the user's result
    assert order[0] == "step" and sorted(order[1:3]) == ["step", "user"]
    assert order[3:] == ["user's"]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)

    gate.clear()
    assert runner.run(step, on_result=order.append, title="ordinary") is not None
    assert runner.run(lambda p, c: None, on_result=order.append, title="user") is None
    assert shown[-1] == "Kehu is still busy with “ordinary”. Please wait until it has finished."
    gate.set()
