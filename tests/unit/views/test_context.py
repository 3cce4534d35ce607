"""views.context.AppContext: what a write in a worker thread tells the views, and where."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from models.customers import operations


def test_a_write_in_the_runner_is_announced_on_the_gui_thread(qtbot, runner_ctx):
    heard: list[tuple[str, set]] = []

    def listen(changes) -> None:  # connected directly: it runs where the signal is emitted
        heard.append((threading.current_thread().name, set(changes.tables)))

    runner_ctx.book_changed.connect(listen, Qt.ConnectionType.DirectConnection)
    worker: list[str] = []

    def work(progress, cancelled):
        worker.append(threading.current_thread().name)
        return operations.add_customer(runner_ctx.book, data={"name": "温州阀门厂"})

    done: list[str] = []
    runner_ctx.runner.run(work, on_result=done.append, title="add")
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert worker and worker[0] != threading.main_thread().name
    assert heard == [(threading.main_thread().name, {"customers"})]


def test_a_write_on_the_gui_thread_is_announced_at_once(ctx):
    heard = []
    ctx.book_changed.connect(lambda changes: heard.append(set(changes.tables)))
    operations.add_customer(ctx.book, data={"name": "顺发五金"})
    assert heard == [{"customers"}]
