"""The main window's pipeline parts: navigation, Edit > New deal, undo names, daily stall check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import make_app, start_window
from models import deals, reminders
from models.core import clock
from models.core.book import Book
from models.customers import operations, queries

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_pipeline_page_new_deal_undo_and_stall_check(qtbot, tmp_path):
    now = {"t": T0}
    clock.set_clock(lambda: now["t"])
    make_app("en")
    book = Book.open(tmp_path / "b.sqlite")
    cid = operations.add_customer(book, data={"name": "Shunfa Hardware"})
    window = start_window(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.housekeeping.started)  # its start-up work done
    try:
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav == ["Customers", "Pipeline", "Reminders", "Alerts", "Receivables", "Reports",
                       "Trash"]
        window.show_page(window.pipeline)
        assert window.pages.currentWidget() is window.pipeline

        done = []

        def fill():
            dialog = QApplication.activeModalWidget()
            done.append(dialog is not None)
            qtbot.keyClicks(dialog.title_edit, "Locks")
            dialog.customer_edit.set_customer(cid)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        QTimer.singleShot(50, fill)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert done == [True]
        (deal,) = deals.list_deals(book)
        assert window.undo_action.text() == "&Undo new deal Locks"

        # Ten days later the deal has stalled: the hourly rules give its owner one reminder.
        now["t"] = T0 + dt.timedelta(days=10)
        window.housekeeping.check_stalls()
        (stall,) = reminders.reminders_of_deal(book, deal["id"])
        assert (stall["kind"], stall["owner_id"]) == ("stall", book.user_id)
        assert "1 stalled deals" in window.statusBar().currentMessage()
        assert queries.customer(book, cid)["next_follow_up"] == ""  # the customer's stays
        now["t"] += dt.timedelta(hours=1)
        window.housekeeping.check_stalls()  # an hour later: the same stall is not reminded again
        assert len(reminders.reminders_of_deal(book, deal["id"])) == 1
    finally:
        window.close()
        book.close()


def test_a_move_on_the_board_is_undone_with_ctrl_z(qtbot, tmp_path):
    clock.set_clock(lambda: T0)
    make_app("en")
    book = Book.open(tmp_path / "b.sqlite")
    cid = operations.add_customer(book, data={"name": "Shunfa Hardware"})
    did = deals.add_deal(book, data={"title": "Locks", "customer_id": cid, "amount": 900})
    first, second = (s["id"] for s in deals.stages(book)[:2])
    window = start_window(book)
    qtbot.addWidget(window)
    try:
        window.show_page(window.pipeline)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.housekeeping.started)  # its start-up work done
        board = window.pipeline.board
        board.select_deal(did)
        cards = board.column_of(first).list
        cards.setFocus()
        qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert deals.deal(book, did)["stage_id"] == second
        assert window.undo_action.text() == "&Undo move deal Locks"
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert deals.deal(book, did)["stage_id"] == first
        assert [c["id"] for c in board.column_of(first).model.cards] == [did]
        assert board.column_of(second).model.cards == []
        assert book.scalar("SELECT count(*) FROM deal_history WHERE deal_id = ?", (did,)) == 1
    finally:
        window.close()
        book.close()


# Modules the window loads after it is ready, or when first used: the other pages, backups,
# sync and its encryption, the listener for a second start, the commands' parsers, the
# reminders, the customer panel's parts (shown once a customer is chosen).
LATER = ("views.pipeline_page", "views.reminders_page", "views.alerts_page", "views.deal_dialog",
         "views.reports_page", "views.report_charts", "matplotlib", "models.backup",
         "views.backup_dialogs", "views.backup_settings", "models.sync.engine", "cryptography",
         "views.team_dialogs", "views.team_settings", "desktop.instance", "PySide6.QtNetwork",
         "multiprocessing", "desktop.cli_team", "desktop.cli_handover", "desktop.cli_pool",
         "models.reminders", "views.customer_detail.header", "views.customer_detail.timeline",
         "views.customer_form", "models.customers.clash", "views.settings_dialog",
         "models.team.handover", "_strptime", "html")


@pytest.mark.parametrize("customers", [0, 40])
def test_start_up_leaves_the_other_pages_for_later(tmp_path, customers):
    """The pipeline, the agenda and the alerts are built (and imported) when first shown, and
    what the first page does not show yet is loaded after ready, so that start-up shows the
    customers as fast as before they existed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "b.sqlite"
    if customers:
        from models.demo import write_demo

        write_demo(path, customers=customers)
    probe = (
        "import atexit, runpy, sys\n"
        f"lazy = {LATER!r}\n"
        "atexit.register(lambda: print('LOADED', [m for m in lazy if m in sys.modules]))\n"
        f"sys.argv = ['main.py', '--book', {str(path)!r}, '--exit-when-ready']\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"ready ({customers} customers shown" in done.stderr
    assert "LOADED []" in done.stdout, done.stdout
