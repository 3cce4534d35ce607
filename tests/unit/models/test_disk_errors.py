"""A full disk and a read-only folder: a message, and the book exactly as it was.

Real file systems where this machine allows mounting them (root, CAP_SYS_ADMIN): a small tmpfs
filled to the brim, and a read-only bind mount; each test skips where mounting is refused.
SQLite's own "database or disk is full" (PRAGMA max_page_count) and OSErrors injected into the
backup's file calls run everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest

from importers import plan as planner
from importers.source import open_source
from models import backup, demo
from models.core.book import Book
from models.core.check import check_book
from models.core.errors import UserError
from models.customers import operations as ops


# -- real file systems -------------------------------------------------------------------
def _run(*command: str) -> bool:
    if os.name == "nt" or shutil.which(command[0]) is None:
        return False
    return subprocess.run(command, capture_output=True).returncode == 0


def _unmount(path: Path) -> None:
    if not _run("umount", str(path)):
        _run("umount", "-l", str(path))  # something still holds a file open: detach it


@pytest.fixture
def small_disk(tmp_path):
    """An empty 16 MB tmpfs (room for a -wal of 1000 pages before its checkpoint)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=16m,mode=0755", "kehu-test", str(mount)):
        pytest.skip("mounting a tmpfs is not permitted here (needs root / CAP_SYS_ADMIN)")
    try:
        yield mount
    finally:
        _unmount(mount)


class ReadOnly:
    """A folder that becomes read-only on .lock() (a bind mount remounted ro)."""

    def __init__(self, tmp_path: Path) -> None:
        self.source = tmp_path / "ro-source"
        self.path = tmp_path / "ro"
        self.source.mkdir()
        self.path.mkdir()
        self.mounted = _run("mount", "--bind", str(self.source), str(self.path))

    def lock(self) -> None:
        assert _run("mount", "-o", "remount,ro,bind", str(self.path))
        with pytest.raises(OSError) as err:
            (self.path / "probe").write_bytes(b"")
        assert err.value.errno == errno.EROFS


@pytest.fixture
def read_only(tmp_path):
    folder = ReadOnly(tmp_path)
    if not folder.mounted:
        pytest.skip("bind mounts are not permitted here (needs root / CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        _unmount(folder.path)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of folder with one file, leaving about `leave` bytes free."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (b"\0" * (1 << 16), b"\0" * 512):
            try:
                while True:
                    os.write(fd, chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        if leave:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler


def free(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def state(book: Book) -> dict:
    """What the book holds, read through its own connection."""
    rows = ("customers", "contacts", "custom_fields", "operations", "audit", "imports")
    counted = ("customers_fts", "customers_chars", "alerts", "reminders")
    return {
        **{t: [tuple(r) for r in book.all(f"SELECT * FROM {t} ORDER BY rowid")] for t in rows},
        **{t: book.scalar(f"SELECT count(*) FROM {t}") for t in counted},
    }


def assert_disk_full(exc: UserError, message: str) -> None:
    assert isinstance(exc, backup.BackupError)
    assert exc.message == message
    assert exc.params["reason"] == backup.DISK_FULL
    assert "the disk is full" in str(exc) and "the disk is full" in exc.render()


def sheet(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户名称", "联系人", "手机", "地址", "备注"])
    for i in range(rows):
        ws.append([f"满盘导入{i}号", f"联系人{i}", f"137{i:08d}", f"宁波市中山路{i}号" * 3, "备注" * 40])
    wb.save(path)
    return path


def import_sheet(book: Book, path: Path):
    source = open_source(path)
    plan = planner.preview(book, source, planner.auto_mapping(book, source))
    return planner.run_import(book, plan)


@pytest.fixture
def book_on_small_disk(small_disk):
    """A book of 40 customers on the tmpfs, opened anew so that its -wal starts empty."""
    path = small_disk / "shop.sqlite"
    with Book.open(path) as book:
        for n in range(40):
            ops.add_customer(book, data={"name": f"客户{n:02d}", "mobile": f"1390000{n:04d}"},
                             contacts=[{"name": f"联系人{n}"}])
    book = Book.open(path)
    yield book
    book.close()


def test_saving_a_customer_on_a_full_disk_is_refused_and_the_book_stays_as_it_was(
        book_on_small_disk):
    book = book_on_small_disk
    cid = book.scalar("SELECT id FROM customers WHERE name = '客户07'")
    before = state(book)
    filler = fill(book.path.parent, leave=8192)  # a frame or two of the -wal, not a write
    assert free(book.path.parent) < 16384

    with pytest.raises(UserError) as err:
        ops.add_customer(book, data={"name": "写不下的客户", "notes": "备注" * 200})
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert str(book.path) in str(err.value)
    assert state(book) == before
    with pytest.raises(UserError) as err:
        ops.update_customer(book, customer_id=cid, data={"notes": "改了" * 3000})
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert state(book) == before  # no operations or audit rows, the search index as it was
    assert check_book(book) == []

    filler.unlink()
    book.close()
    with Book.open(book.path) as again:
        assert state(again) == before
        assert check_book(again) == []
        assert again.scalar("PRAGMA integrity_check") == "ok"
        ops.update_customer(again, customer_id=cid, data={"notes": "改了"})  # room again: it saves
        ops.add_customer(again, data={"name": "写得下的客户"})
        assert check_book(again) == []


def test_an_import_into_a_book_on_a_full_disk_is_refused_whole(book_on_small_disk, tmp_path):
    book = book_on_small_disk
    rows = sheet(tmp_path / "客户.xlsx", 600)
    before = state(book)
    fill(book.path.parent, leave=64 << 10)

    # the backup before the import goes next to the book: the disk is full, nothing is imported
    with pytest.raises(UserError) as err:
        import_sheet(book, rows)
    assert_disk_full(err.value, backup.BACKUP_FAILED)
    assert state(book) == before
    left = list(backup.backup_folder(book.path).iterdir())
    assert left == []  # no half backup either

    # with the backups on another disk the import itself meets the full disk
    elsewhere = tmp_path / "backups"
    elsewhere.mkdir()
    backup.set_folder(book.path, elsewhere)
    with pytest.raises(UserError) as err:
        import_sheet(book, rows)
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert [b.reason for b in backup.list_backups(book.path)] == ["import"]
    assert state(book) == before
    assert check_book(book) == []
    assert book.scalar("SELECT count(*) FROM customers WHERE name LIKE '满盘导入%'") == 0


def test_a_backup_into_a_full_folder_is_refused_and_leaves_nothing(small_disk, tmp_path):
    path = demo.write_demo(tmp_path / "shop.sqlite", customers=100)
    folder = small_disk / "backups"
    folder.mkdir()
    backup.set_folder(path, folder)
    fill(small_disk, leave=256 << 10)
    assert path.stat().st_size > 1 << 20
    with Book.open(path) as book:
        before = state(book)
        with pytest.raises(UserError) as err:
            backup.make_backup(book.path, reason="manual")
        assert_disk_full(err.value, backup.BACKUP_FAILED)
        assert str(folder) in str(err.value)
        assert os.listdir(folder) == []  # no *.sqlite, *.partial or journal left
        assert state(book) == before
        assert check_book(book) == []
        # the daily backup fails the same way, the next write to the book still works
        with pytest.raises(UserError):
            backup.make_backup(book.path, reason="daily")
        ops.add_customer(book, data={"name": "备份失败后"})
    assert os.listdir(folder) == []


def test_a_backup_into_a_read_only_folder_is_refused(read_only, tmp_path):
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        ops.add_customer(book, data={"name": "张三"})
    backup.set_folder(path, read_only.path)  # chosen while it could be written (a USB disk)
    read_only.lock()
    book_bytes = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(UserError) as err:
        backup.make_backup(path, reason="manual")
    assert isinstance(err.value, backup.BackupError)
    assert err.value.params["reason"] == backup.READ_ONLY
    assert "read-only" in str(err.value) and "read-only" in err.value.render()
    assert os.listdir(read_only.source) == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == book_bytes


def test_a_read_only_folder_cannot_be_chosen_for_backups(read_only, tmp_path):
    path = tmp_path / "shop.sqlite"
    Book.open(path).close()
    read_only.lock()
    with pytest.raises(UserError) as err:
        backup.set_folder(path, read_only.path)
    assert "read-only" in str(err.value)
    assert err.value.params["reason"] == backup.READ_ONLY
    assert backup.backup_folder(path) == backup.default_folder(path)


# -- SQLite's own "disk is full" -----------------------------------------------------------
@pytest.fixture
def capped(tmp_path):
    """A book of 30 customers whose connection may not grow the file (PRAGMA max_page_count)."""
    path = tmp_path / "shop.sqlite"
    book = Book.open(path)
    for n in range(30):
        ops.add_customer(book, data={"name": f"客户{n:02d}"}, contacts=[{"name": f"人{n}"}])
    book.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = book.scalar("PRAGMA page_count")
    with book.exclusive() as conn:  # the write connection's limit
        assert conn.execute(f"PRAGMA max_page_count = {pages + 1}").fetchone()[0] == pages + 1
    yield book
    book.close()


def test_sqlite_full_becomes_the_disk_is_full_and_nothing_is_half_written(capped, tmp_path):
    book = capped
    cid = book.scalar("SELECT id FROM customers WHERE name = '客户03'")
    before = state(book)
    big = "很长的备注。" * 4000  # some 70 KB: many new pages
    with pytest.raises(UserError) as err:
        ops.add_customer(book, data={"name": "新客户", "notes": big})
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert state(book) == before
    with pytest.raises(UserError) as err:
        ops.update_customer(book, customer_id=cid, data={"notes": big})
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert state(book) == before
    with pytest.raises(UserError) as err:
        import_sheet(book, sheet(tmp_path / "客户.xlsx", 300))  # its backup is not capped
    assert_disk_full(err.value, backup.WRITE_FAILED)
    assert state(book) == before
    assert check_book(book) == []
    with book.exclusive() as conn:
        assert not conn.in_transaction

    with book.exclusive() as conn:
        conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    ops.add_customer(book, data={"name": "新客户", "notes": big})
    assert check_book(book) == []
    book.close()
    with Book.open(book.path) as again:
        assert again.scalar("SELECT count(*) FROM customers") == 31
        assert check_book(again) == []


# -- errors the operating system reports to the backup ------------------------------------
@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        for n in range(50):
            ops.add_customer(book, data={"name": f"客户{n:02d}"})
    return path


def _in_backups(path) -> bool:
    return Path(path).parent.name == "backups"


@pytest.mark.parametrize(("code", "reason"), [
    (errno.ENOSPC, backup.DISK_FULL), (errno.EROFS, backup.READ_ONLY),
    (errno.EACCES, backup.NOT_ALLOWED), (errno.EIO, backup.DISK_ERROR),
])
@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_an_os_error_while_backing_up_is_a_message_and_leaves_nothing(
        shop, monkeypatch, code, reason, call):
    real = {"replace": os.replace, "fsync": os.fsync}[call]
    opened: dict[int, str] = {}
    real_open = os.open

    def track_open(path, *args, **kwargs):
        fd = real_open(path, *args, **kwargs)
        opened[fd] = str(path)
        return fd

    def failing(*args, **kwargs):
        target = opened.get(args[0], "") if call == "fsync" else args[0]
        if _in_backups(target):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, "open", track_open)
    monkeypatch.setattr(os, call, failing)
    with Book.open(shop) as book:
        before = state(book)
        with pytest.raises(UserError) as err:
            backup.make_backup(book.path, reason="manual")
        assert isinstance(err.value, backup.BackupError)
        assert err.value.message == backup.BACKUP_FAILED
        assert err.value.params["reason"] == reason
        assert reason in err.value.render()
        assert state(book) == before
    monkeypatch.undo()
    assert os.listdir(backup.backup_folder(shop)) == []  # no *.sqlite, no *.partial
    assert backup.make_backup(shop, reason="manual").customers == 50  # and the next one works


def test_a_backup_whose_description_cannot_be_written_is_still_made(shop, monkeypatch):
    real = os.replace

    def failing(src, dst, *args, **kwargs):
        if str(dst).endswith(".json") and _in_backups(dst):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing)
    info = backup.make_backup(shop, reason="manual")
    monkeypatch.undo()
    assert backup.check_file(info.path).customers == 50
    assert backup.list_backups(shop)[0].customers == 50  # read from the file itself


def test_the_messages_translate_their_reason_too(tmp_path):
    """The desktop layer translates the message and, separately, its reason (both in context
    "errors"); any translation, here one that marks what it translated."""

    def translate(context: str, text: str) -> str:
        assert context == "errors"
        return f"<{text}>"

    full = backup.BackupError(backup.WRITE_FAILED, path="/books/shop.sqlite",
                              reason=backup.os_reason(OSError(errno.ENOSPC, "full")))
    assert full.render(translate).startswith("<Kehu could not save to /books/shop.sqlite: "
                                             "<the disk is full>. Nothing was lost")
    odd = backup.BackupError(backup.BACKUP_FAILED, folder="/usb",
                             reason=backup.os_reason(OSError(errno.ENOTCONN, "gone {away}")))
    assert "/usb: gone {away}. The book" in odd.render()  # a reason of the system, kept as is
    missing = tmp_path / "gone"
    with pytest.raises(UserError) as err:
        backup.set_folder(tmp_path / "shop.sqlite", missing)
    assert err.value.render(translate) == (
        f"<The backup folder {missing} cannot be used: {{reason}}.>".replace(
            "{reason}", "<the folder does not exist>"))


def test_sqlite_errors_are_named_for_the_user():
    def error(name: str) -> sqlite3.Error:
        exc = sqlite3.OperationalError("x")
        exc.sqlite_errorname = name
        return exc

    assert backup.os_reason(error("SQLITE_FULL")) == backup.DISK_FULL
    assert backup.os_reason(error("SQLITE_READONLY_DBMOVED")) == backup.READ_ONLY
    assert backup.os_reason(error("SQLITE_IOERR_WRITE")) == backup.DISK_ERROR
    assert backup.os_reason(error("SQLITE_CANTOPEN")) == backup.NOT_ALLOWED


def test_a_write_while_the_app_holds_writes_says_the_book_is_being_checked(tmp_path):
    with Book.open(tmp_path / "held.sqlite") as book:
        book.hold_writes("checking")
        with pytest.raises(UserError, match="still checking the book"):
            ops.add_customer(book, data={"name": "等一下"})
        book.hold_writes("damaged")
        with pytest.raises(UserError, match="damaged; Kehu does not write to it"):
            ops.add_customer(book, data={"name": "坏了"})
        book.release_writes()
        assert ops.add_customer(book, data={"name": "现在可以"})
        assert book.scalar("SELECT count(*) FROM customers") == 1
