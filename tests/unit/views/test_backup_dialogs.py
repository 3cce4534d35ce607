"""Restoring through the real dialogs and the runner, and the dialog for a damaged book.

Real books in tmp_path; only the static QMessageBox/QFileDialog calls that would block are
replaced. The helpers here (when_modal, add_customers, corrupt_table) serve the other backup
tests too."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from models import backup
from models.core.book import Book
from models.customers import operations, queries
from models.team import users
from tests.qt_helpers import screenshots_dir, speaking
from views.backup_dialogs import (
    DamagedBookDialog,
    RestoreConfirmation,
    recover_damaged,
    restore_backup,
)
from views.backup_settings import BackupSettings
from views.context import AppContext

SHOTS = screenshots_dir()


# -- helpers -------------------------------------------------------------------------------
class when_modal:  # noqa: N801 - reads as a phrase: when_modal(RestoreConfirmation, click)
    """Call act(dialog) on the next modal dialog of class `kind` that opens (its exec() would
    block the test), found by polling with timers; afterwards the dialog is closed if act left
    it open, so a failing check cannot hang the test. `ran`: it came; `failures`: what act
    raised."""

    def __init__(self, kind, act, tries: int = 500) -> None:
        self.kind, self.act, self.tries = kind, act, tries
        self.ran = False
        self.failures: list[BaseException] = []
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, self.kind) and modal.isVisible():
            self.ran = True
            try:
                self.act(modal)
            except BaseException as exc:  # noqa: BLE001 - reported by the test afterwards
                self.failures.append(exc)
            finally:
                if modal.isVisible():
                    modal.reject()
            return
        self.tries -= 1
        if self.tries > 0:
            QTimer.singleShot(10, self._poll)

    def __bool__(self) -> bool:
        return self.ran and not self.failures

    def __repr__(self) -> str:
        return repr(self.failures) if self.ran else f"no {self.kind.__name__} opened"


def add_customers(book: Book, n: int, prefix: str = "客户") -> None:
    for i in range(n):
        operations.add_customer(book, data={"name": f"{prefix}{i:03d}", "notes": "备注" * 60})


def corrupt_table(path: Path, table: str = "customers") -> int:
    """Overwrite the cell pointers of a page in the middle of `table` in the CLOSED book at
    path, as a failing disk does; returns the page's number."""
    path = Path(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            pages = [r[0] for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                "ORDER BY pageno", (table,))]
        except sqlite3.OperationalError:  # an SQLite built without dbstat: the table's root
            pages = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                  (table,)).fetchone()[0]]
    finally:
        conn.close()
    page = pages[len(pages) // 2]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size + 8)  # past the page header: its cell pointer array
        fh.write(b"\xff" * 64)
    return page


def all_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()








def make_tab(qtbot, ctx) -> BackupSettings:
    tab = BackupSettings(ctx)
    qtbot.addWidget(tab)
    tab.resize(720, 460)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def select(tab: BackupSettings, path: Path) -> None:
    for row in range(tab.list.topLevelItemCount()):
        item = tab.list.topLevelItem(row)
        if tab.backups[item.data(0, Qt.ItemDataRole.UserRole)].path == path:
            tab.list.setCurrentItem(item)
            return
    raise AssertionError(f"{path.name} is not in the list")


def click_restore(box: RestoreConfirmation) -> None:
    box.restore_button.click()


# -- restoring -----------------------------------------------------------------------------
def test_restore_through_the_dialog_brings_the_book_back(qtbot, runner_ctx, told):
    book = runner_ctx.book
    add_customers(book, 2)
    made = backup.make_backup(book.path, reason="manual")
    add_customers(book, 3, prefix="新客户")
    assert queries.count_customers(book) == 5
    tab = make_tab(qtbot, runner_ctx)
    select(tab, made.path)
    seen = {}

    def check_and_restore(box: RestoreConfirmation) -> None:
        seen["text"] = box.text() + "\n" + box.informativeText()
        assert box.defaultButton() is box.cancel_button  # Enter does not restore by mistake
        box.restore_button.click()

    confirm = when_modal(RestoreConfirmation, check_and_restore)
    with qtbot.waitSignal(tab.restored, timeout=15000) as restored:
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert confirm, confirm
    assert made.path.name in seen["text"] and "2 customers" in seen["text"]
    assert "backed up first" in seen["text"]
    done, safety = restored.args[0]
    assert done.path == made.path
    assert queries.count_customers(book) == 2
    assert sorted(r["name"] for r in book.all("SELECT name FROM customers")) == ["客户000",
                                                                                 "客户001"]
    assert safety.reason == "restore" and safety.customers == 5 and safety.path.exists()
    assert told["information"] and safety.path.name in told["information"][0]
    assert told["warning"] == []
    # the list shows the safety backup, chosen, and says what happened
    assert tab.selected().path == safety.path
    assert tab.list.currentItem().text(1) == "before a restore"
    assert "Restored the backup of" in tab.result_label.text()
    assert book.one("SELECT name FROM operations ORDER BY seq DESC LIMIT 1")["name"] == "restore"


def test_cancel_at_the_confirmation_changes_nothing(qtbot, runner_ctx, told):
    book = runner_ctx.book
    add_customers(book, 1)
    made = backup.make_backup(book.path, reason="manual")
    add_customers(book, 1, prefix="后来")
    tab = make_tab(qtbot, runner_ctx)
    select(tab, made.path)
    confirm = when_modal(RestoreConfirmation, lambda box: box.cancel_button.click())
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirm.ran)
    qtbot.waitUntil(lambda: not tab.busy)
    assert confirm, confirm
    assert queries.count_customers(book) == 2
    assert [b.reason for b in backup.list_backups(book.path)] == ["manual"]  # no safety backup
    assert told["information"] == []


def test_cancel_before_the_copy_leaves_the_book_as_it_was(qtbot, runner_ctx, told):
    """Cancel pressed while the current state is being backed up: nothing restored."""
    book = runner_ctx.book
    add_customers(book, 2)
    made = backup.make_backup(book.path, reason="manual")
    add_customers(book, 2, prefix="后来")
    before = [tuple(r) for r in book.all("SELECT id, name, updated_at FROM customers")]
    runner = runner_ctx.runner
    gate = threading.Event()

    class Blocker(QRunnable):  # holds the runner's one thread, so Cancel comes first
        def run(self) -> None:
            gate.wait(10)

    runner.pool.start(Blocker())
    outcome = []
    confirm = when_modal(RestoreConfirmation, click_restore)
    assert restore_backup(runner_ctx, None, made.path, info=made, on_done=outcome.append)
    assert confirm, confirm
    assert runner.busy
    runner._cancel_pressed()  # what the progress dialog's Cancel does
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert outcome == [None]
    assert [tuple(r) for r in book.all("SELECT id, name, updated_at FROM customers")] == before
    assert [b.reason for b in backup.list_backups(book.path)] == ["manual"]
    assert told["information"] == ["Restore cancelled; the book was not changed."]


def test_a_refused_file_shows_why_and_changes_nothing(qtbot, runner_ctx, told, tmp_path,
                                                      monkeypatch):
    book = runner_ctx.book
    add_customers(book, 3)
    other = tmp_path / "usb" / "notes.sqlite"  # an SQLite file that is not a Kehu book
    other.parent.mkdir()
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE notes (text)")
    raw.commit()
    raw.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    tab = make_tab(qtbot, runner_ctx)
    qtbot.mouseClick(tab.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told["warning"]), timeout=10000)
    assert "notes.sqlite cannot be restored: it is not a Kehu book" in told["warning"][0]
    qtbot.waitUntil(lambda: not tab.busy)
    assert queries.count_customers(book) == 3
    assert backup.list_backups(book.path) == []


def test_a_damaged_backup_in_the_list_is_refused(qtbot, runner_ctx, told):
    book = runner_ctx.book
    add_customers(book, 200)
    made = backup.make_backup(book.path, reason="manual")
    corrupt_table(made.path)
    add_customers(book, 1, prefix="后来")
    tab = make_tab(qtbot, runner_ctx)
    select(tab, made.path)
    confirm = when_modal(RestoreConfirmation, click_restore)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told["warning"]), timeout=10000)
    assert confirm, confirm
    assert "cannot be restored: it fails SQLite's integrity check" in told["warning"][0]
    qtbot.waitUntil(lambda: not tab.busy)
    assert queries.count_customers(book) == 201
    assert [b.reason for b in backup.list_backups(book.path)] == ["manual"]


def test_restore_from_a_file_on_a_usb_disk(qtbot, runner_ctx, told, tmp_path, monkeypatch):
    book = runner_ctx.book
    add_customers(book, 4)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(book.path, reason="manual", out=usb / "shop-copy.sqlite")
    add_customers(book, 2, prefix="后来")
    asked = []

    def pick(parent, title, folder, filters):
        asked.append((folder, filters))
        return str(made.path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    tab = make_tab(qtbot, runner_ctx)
    confirm = when_modal(RestoreConfirmation, click_restore)
    with qtbot.waitSignal(tab.restored, timeout=15000):
        qtbot.mouseClick(tab.restore_file_button, Qt.MouseButton.LeftButton)
    assert confirm, confirm
    assert asked[0][0] == str(backup.backup_folder(book.path)) and "*.sqlite" in asked[0][1]
    assert queries.count_customers(book) == 4
    assert [b.reason for b in backup.list_backups(book.path)] == ["restore"]


def test_a_salesperson_cannot_restore(qtbot, runner_ctx, told):
    book = runner_ctx.book
    add_customers(book, 1)
    made = backup.make_backup(book.path, reason="manual")
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    book.user_id = sales
    tab = make_tab(qtbot, runner_ctx)
    select(tab, made.path)
    assert not tab.restore_button.isEnabled() and not tab.restore_file_button.isEnabled()
    tab.restore_selected()  # even when called: nothing happens
    assert QApplication.activeModalWidget() is None
    # and the flow itself refuses (models.backup.restore checks the role)
    outcome = []
    confirm = when_modal(RestoreConfirmation, click_restore)
    restore_backup(runner_ctx, tab, made.path, info=made, on_done=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert confirm, confirm
    assert outcome == [None]
    assert told["warning"] == ["Only an owner can restore a backup."]
    assert book.scalar("SELECT count(*) FROM customers WHERE deleted_at IS NULL") == 1
    assert [b.reason for b in backup.list_backups(book.path)] == ["manual"]


def test_without_a_runner_the_restore_runs_at_once(qtbot, book, told):
    ctx = AppContext(book)
    add_customers(book, 2)
    made = backup.make_backup(book.path, reason="manual")
    add_customers(book, 1, prefix="后来")
    outcome = []
    confirm = when_modal(RestoreConfirmation, click_restore)
    assert restore_backup(ctx, None, made.path, info=made, on_done=outcome.append)
    assert confirm, confirm
    (done, safety), = outcome
    assert queries.count_customers(book) == 2 and safety.customers == 3


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_restore_confirmation_picture(qtbot, book, language):
    add_customers(book, 12)
    made = backup.make_backup(book.path, reason="daily")
    with speaking(language):
        box = RestoreConfirmation(made)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        box.grab().save(str(SHOTS / f"backup_restore_confirm_{language}.png"))
        text = box.text() + box.informativeText()
        assert made.path.name in text
        assert ("12 个客户" if language == "zh_CN" else "12 customers") in text
        box.close()


# -- a damaged book ------------------------------------------------------------------------
def damaged_book(tmp_path, *, backups: bool = True) -> tuple[Path, backup.BackupInfo | None]:
    """A closed book with 300 customers, damaged after its backup (of 250) was made."""
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        add_customers(book, 250)
        made = backup.make_backup(book.path, reason="daily") if backups else None
        add_customers(book, 50, prefix="后来")
    corrupt_table(path)
    assert backup.book_problem(path)
    return path, made


def test_the_dialog_offers_the_newest_good_backup(qtbot, tmp_path):
    path, made = damaged_book(tmp_path)
    newer = backup.make_backup(path, reason="manual")  # a backup of the damaged book
    assert backup.newest_good(path).path == made.path  # ... fails its check: not offered
    dialog = DamagedBookDialog(path, backup.book_problem(path), backup.newest_good(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "shop.sqlite" in dialog.message.text() and "has not changed it" in dialog.message.text()
    offer = dialog.offer.text()
    assert "newest good backup" in offer and "250 customers" in offer and str(made.path) in offer
    assert str(newer.path) not in offer
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()
    assert dialog.choose_button.text() == "Choose another backup…"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen.path == made.path


def test_without_a_good_backup_choose_a_file_or_quit(qtbot, tmp_path, monkeypatch, told):
    path, _ = damaged_book(tmp_path, backups=False)
    dialog = DamagedBookDialog(path, "database disk image is malformed", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "found no backup" in dialog.offer.text()
    assert not dialog.restore_button.isVisible()
    assert dialog.choose_button.text() == "Choose a backup…" and dialog.choose_button.isDefault()
    # a file that is no backup is refused; the dialog stays as it was
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert told["warning"] and "it is not an SQLite database" in told["warning"][0]
    assert dialog.chosen is None and not dialog.restore_button.isVisible()
    # a good one from a USB disk is offered
    usb = tmp_path / "usb"
    usb.mkdir()
    with Book.open(tmp_path / "elsewhere.sqlite") as other:
        add_customers(other, 7)
        copy = backup.make_backup(other.path, reason="manual", out=usb / "copy.sqlite")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy.path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen.path == copy.path
    assert "you chose" in dialog.offer.text() and "7 customers" in dialog.offer.text()
    assert dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected


def test_recover_damaged_puts_the_backup_in_place_and_keeps_the_damaged_file(qtbot, tmp_path,
                                                                             told):
    path, made = damaged_book(tmp_path)
    damaged = all_bytes(path)
    seen = {}

    def restore(dialog: DamagedBookDialog) -> None:
        seen["offer"] = dialog.offer.text()
        dialog.restore_button.click()

    clicked = when_modal(DamagedBookDialog, restore)
    chosen, aside = recover_damaged(path, "database disk image is malformed")
    assert clicked, clicked
    assert "250 customers" in seen["offer"]
    assert chosen.path == made.path
    assert aside.exists() and all_bytes(aside) == damaged
    assert str(aside) in told["information"][0]
    assert backup.book_problem(path) is None
    with Book.open(path) as book:
        assert queries.count_customers(book) == 250


def test_quit_leaves_the_damaged_book_alone(qtbot, tmp_path):
    path, _ = damaged_book(tmp_path)
    damaged = all_bytes(path)
    quit_ = when_modal(DamagedBookDialog, lambda d: d.quit_button.click())
    assert recover_damaged(path, "database disk image is malformed") is None
    assert quit_, quit_
    assert all_bytes(path) == damaged
    assert not list(tmp_path.glob("shop.sqlite.damaged-*"))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_damaged_book_dialog_picture(qtbot, tmp_path, language):
    path, made = damaged_book(tmp_path)
    with speaking(language):
        dialog = DamagedBookDialog(path, backup.book_problem(path), made)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(SHOTS / f"backup_damaged_{language}.png"))
        none = DamagedBookDialog(path, "database disk image is malformed", None)
        qtbot.addWidget(none)
        none.show()
        qtbot.waitExposed(none)
        none.grab().save(str(SHOTS / f"backup_damaged_no_backup_{language}.png"))
    assert dialog.chosen is made
