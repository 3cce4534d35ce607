"""History > Verify, used as an owner would: open it from the history, read per PC whether its
change log holds or which entry was changed outside Kehu; a salesperson does not see it. And
the pictures of the dialog and of the alerts Kehu raises by itself (a refused sync, a large
export)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from models import alerts
from models.core import chain, settings
from models.core.book import Book
from models.customers import export
from models.customers import operations as ops
from models.team import users
from tests.qt_helpers import demo_book, screenshots_dir, speaking
from views.alerts_page import COLUMNS, AlertsPage
from views.context import AppContext
from views.steps import StepsDialog
from views.verify_dialog import VerifyDialog, show_verify

SHOTS = screenshots_dir()


@pytest.fixture
def shop(book):
    """The owner (password boss) and a salesperson; three customers, each moved to 杭州."""
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    ids = []
    for name in ("杭州鑫达建材", "苏州精工", "宁波海兴"):
        cid = ops.add_customer(book, data={"name": name})
        ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
        ids.append(cid)
    return {"book": book, "sales": sales, "owner": book.user_id, "ids": ids}


def alter_entry(path, entry_id: str, new: str) -> None:
    """What someone with the sqlite3 shell does to the book file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE audit SET new = ? WHERE id = ?", (new, entry_id))
        conn.commit()
    finally:
        conn.close()


def city_entry(book, customer_id: str) -> dict:
    return dict(book.one("SELECT * FROM audit WHERE record_id = ? AND field = 'city'",
                         (customer_id,)))


def open_verify(qtbot, ctx) -> VerifyDialog:
    dialog = show_verify(ctx)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.devices) and dialog.job is None, timeout=10000)
    return dialog


def cells(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_whole_change_log_is_ok(qtbot, runner_ctx, shop):
    dialog = open_verify(qtbot, runner_ctx)
    n = shop["book"].scalar("SELECT count(*) FROM audit")
    assert cells(dialog) == [["This PC", f"{n:,}", "OK"]]
    assert dialog.summary.text() == (f"All {n:,} entries of this book's change log are as Kehu "
                                     "wrote them.")
    assert "are as Kehu wrote them" in dialog.details.text()


def test_an_altered_entry_is_named_in_plain_words(qtbot, runner_ctx, shop):
    book = shop["book"]
    victim = city_entry(book, shop["ids"][1])
    alter_entry(book.path, victim["id"], '"北京"')
    dialog = open_verify(qtbot, runner_ctx)
    n = book.scalar("SELECT count(*) FROM audit")
    assert cells(dialog) == [["This PC", f"{n:,}", "An entry was altered"]]
    assert dialog.summary.text() == (f"The change log of 1 of 1 PCs was changed outside Kehu; "
                                     f"{n:,} entries checked.")
    details = dialog.details.text()
    assert f"Entry number {victim['seq']} was altered outside Kehu" in details
    assert "in the step “edit customer 苏州精工”, changed City of customer “苏州精工”" in details
    assert ", Owner, " in details
    # the book is as it was: verifying only reads
    assert city_entry(book, shop["ids"][1])["new"] == '"北京"'
    # repaired (as a restore would), "Verify again" says so
    alter_entry(book.path, victim["id"], victim["new"])
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(dialog)[0][2] == "OK", timeout=10000)


def test_large_books_show_progress_through_the_runner(qtbot, runner_ctx, shop, monkeypatch):
    monkeypatch.setattr(chain, "PROGRESS_EVERY", 2)
    told: list[tuple[int, int]] = []
    dialog = VerifyDialog(runner_ctx)  # not shown: it verifies when shown
    qtbot.addWidget(dialog)
    dialog.verify()
    job = runner_ctx.runner.job
    assert job is not None and dialog.job is job and not dialog.again_button.isEnabled()
    job.progressed.connect(lambda done, total: told.append((done, total)))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    n = shop["book"].scalar("SELECT count(*) FROM audit")
    assert told and told[-1] == (n, n)
    assert dialog.again_button.isEnabled()


def test_only_owners_and_managers_may_verify(qtbot, ctx, shop):
    book = shop["book"]
    steps = StepsDialog(ctx)
    qtbot.addWidget(steps)
    assert not steps.verify_button.isHidden()
    dialog = steps.verify()
    assert isinstance(dialog, VerifyDialog)
    qtbot.addWidget(dialog)
    dialog.close()
    users.sign_in(book, user_id=shop["sales"])
    assert show_verify(ctx) is None
    steps = StepsDialog(ctx)
    qtbot.addWidget(steps)
    assert steps.verify_button.isHidden()


def test_the_edit_menu_offers_it_to_the_owner_only(qtbot, shop):
    from desktop.main_window import MainWindow

    book = shop["book"]
    window = MainWindow(AppContext(book))
    qtbot.addWidget(window)
    try:
        assert window.verify_action.isVisible()
        window.verify_action.trigger()
        dialog = window.findChild(VerifyDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.close()
        users.sign_in(book, user_id=shop["sales"])
        window.ctx.user_changed.emit()
        assert not window.verify_action.isVisible()
        assert window.export_action.isEnabled()  # a salesperson exports what they see
    finally:
        window.quit()


def test_an_export_shows_in_the_history(qtbot, ctx, shop, tmp_path):
    export.export_customers(shop["book"], tmp_path / "c.xlsx")
    steps = StepsDialog(ctx)
    qtbot.addWidget(steps)
    first = [steps.table.item(0, c).text() for c in range(steps.table.columnCount())]
    assert first[1:] == ["Owner", "this PC", "export 3 customers (all the user sees)",
                         "cannot be undone"]


def test_the_alerts_page_says_what_kehu_saw(qtbot, ctx, shop, tmp_path):
    book = shop["book"]
    settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 0})
    users.sign_in(book, user_id=shop["sales"])
    ops.add_customer(book, data={"name": "李娜的客户"})
    export.export_customers(book, tmp_path / "mine.csv")
    users.sign_in(book, user_id=shop["owner"], password="boss")
    alerts.report_refused(book, [{"device": "0A1B2C3D4E5F6071", "entry": "e-1", "why": "altered",
                                  "pc": "FRONT-DESK (李娜)"}])
    page = AlertsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    words = [page.model.index(r, COLUMNS.index("word")).data()
             for r in range(page.model.rowCount())]
    texts = [page.model.index(r, COLUMNS.index("context")).data()
             for r in range(page.model.rowCount())]
    assert sorted(words) == ["Large export", "Refused changes"]
    assert ("Changes from the PC FRONT-DESK (李娜) were refused: an entry was changed after it "
            "was written (entry e-1).") in texts[words.index("Refused changes")]
    assert texts[words.index("Large export")] == (
        "李娜 exported 1 customers (from the app) to mine.csv; more than 0 raises this alert.")
    page.table.selectRow(words.index("Refused changes"))
    assert page.where_label.text().startswith("Sync with the team's other PCs")
    assert "were refused" in page.sentence_view.toPlainText()


# -- pictures ---------------------------------------------------------------------------------
def two_pcs_book(tmp_path) -> Book:
    """A demo book copied to a second PC (a copy writes under its own device id), edited
    there, with one of the second PC's entries altered with the sqlite3 shell."""
    with demo_book(tmp_path, customers=120) as first:
        path = first.path
    copy = tmp_path / "front-desk.sqlite"
    shutil.copy(path, copy)
    with Book.open(copy, create=False) as book:
        ids = [r[0] for r in book.all("SELECT id FROM customers ORDER BY name LIMIT 6")]
        for cid in ids:
            ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
        victim = dict(book.one("SELECT * FROM audit WHERE device_id = ? AND field = 'city' "
                               "ORDER BY hlc LIMIT 1 OFFSET 3", (book.device_id,)))
    alter_entry(copy, victim["id"], '"北京"')
    return Book.open(copy, create=False)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(qtbot, tmp_path, language):
    from desktop.runner import Runner

    tag = "zh" if language == "zh_CN" else "en"
    book = two_pcs_book(tmp_path)
    try:
        ctx = AppContext(book)
        ctx.runner = Runner(ctx)
        settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 20})
        sales = book.one("SELECT id FROM users WHERE role = 'sales' AND active = 1")["id"]
        owner = book.user_id
        book.user_id = sales  # as if signed in (the demo's salespeople have no password)
        export.export_customers(book, tmp_path / "客户名单.xlsx")
        book.user_id = owner
        alerts.report_refused(book, [{"device": "0A1B2C3D4E5F6071", "entry":
                                      "5f0c2a1e-7d1b-4c55-9a0e-3b6a8e2d9c41", "why": "altered",
                                      "pc": "FRONT-DESK (李娜)"}])
        with speaking(language):
            for width, height in ((1366, 768), (1920, 1080)):
                area = QRect(0, 0, width, height - 40)
                dialog = VerifyDialog(ctx)
                qtbot.addWidget(dialog)
                dialog.resize(min(900, int(area.width() * 0.7)),
                              min(560, int(area.height() * 0.7)))
                dialog.show()
                qtbot.waitUntil(lambda d=dialog: bool(d.devices) and d.job is None,
                                timeout=20000)
                QApplication.processEvents()
                assert len(dialog.devices) == 2
                assert [d["kind"] for d in dialog.devices] == ["altered", ""]
                assert dialog.details.height() >= dialog.details.heightForWidth(
                    dialog.details.width())
                dialog.grab().save(str(SHOTS / f"verify_{tag}_{width}x{height}.png"))
                dialog.close()

                page = AlertsPage(ctx)
                qtbot.addWidget(page)
                page.resize(width - 200, height - 120)  # the page beside the navigation
                page.show()
                qtbot.waitExposed(page)
                page.table.selectRow(0)
                QApplication.processEvents()
                page.grab().save(str(SHOTS / f"verify_alerts_{tag}_{width}x{height}.png"))
                page.close()
        ctx.runner.wait(5000)
    finally:
        book.close()
