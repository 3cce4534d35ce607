"""The command line against hostile books and files: one line in the user's language, exit 2,
never a traceback, and nothing written that should not be."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from models.core.book import Book
from models.customers import operations
from tests.e2e.test_cli import kehu, one_line_error
from tests.unit.models.test_disk_errors import _run, _unmount, read_only  # noqa: F401


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop" / "book.sqlite"
    path.parent.mkdir()
    with Book.open(path) as b:
        for n in range(40):
            operations.add_customer(b, data={"name": f"客户{n}", "notes": "备注" * 200})
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path) -> None:
    """Overwrite some pages in the middle of the file with noise."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(3, min(12, len(data) // page - 1)):
        data[n * page + 100:n * page + 2000] = b"\x5a" * 1900
    path.write_bytes(bytes(data))


def test_damaged_pages_under_check_and_export_are_lines_not_tracebacks(shop, tmp_path):
    damage(shop)
    before = digest(shop)
    result = kehu("check", "--book", shop, tmp_path=tmp_path)
    assert result.returncode in (1, 2), result
    assert "Traceback" not in result.stderr + result.stdout
    if result.returncode == 2:
        one_line_error(result)
    else:
        assert "SQLite integrity check" in result.stdout
    result = kehu("export", "customers", "--book", shop, "--out", tmp_path / "o.csv",
                  tmp_path=tmp_path)
    assert "Traceback" not in result.stderr
    if result.returncode:
        one_line_error(result)
    assert digest(shop) == before


def test_a_database_locked_by_another_program_is_one_line(shop, tmp_path):
    other = sqlite3.connect(shop, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        line = one_line_error(kehu("export", "customers", "--book", shop, "--out",
                                   tmp_path / "o.csv", tmp_path=tmp_path, lang="zh_CN"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Traceback" not in line
    assert "book.sqlite" in line
    assert not (tmp_path / "o.csv").exists()


def test_an_import_through_a_symlink_meets_the_book_in_use(shop, tmp_path):
    link = tmp_path / "link.sqlite"
    link.symlink_to(shop)
    sheet = tmp_path / "客户.csv"
    sheet.write_text("名称,手机\n新客户,13800138000\n", encoding="utf-8")
    with Book.open(shop):
        line = one_line_error(kehu("import", sheet, "--book", link, "--yes", tmp_path=tmp_path))
    assert "already open in another Kehu window or program" in line
    with Book.open(shop) as b:
        assert b.scalar("SELECT count(*) FROM customers") == 40


def test_importing_a_folder_or_a_fifo_says_what_it_is(shop, tmp_path):
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    line = one_line_error(kehu("import", folder, "--book", shop, tmp_path=tmp_path,
                               lang="zh_CN"))
    assert "Is a directory" not in line and "folder.csv" in line
    fifo = tmp_path / "pipe.csv"
    import os

    os.mkfifo(fifo)
    line = one_line_error(kehu("import", fifo, "--book", shop, tmp_path=tmp_path))
    assert "not a file" in line


def test_check_with_a_foreign_wal_writes_nothing_and_says_so(shop, tmp_path):
    other = tmp_path / "other.sqlite"
    with Book.open(other) as b:
        for n in range(30):
            operations.add_customer(b, data={"name": f"别人{n}"})
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(100):
        conn.execute("UPDATE customers SET notes = ? WHERE rowid % 3 = ?", ("x" * 300, n % 3))
        conn.commit()
    shutil.copyfile(tmp_path / "other.sqlite-wal", shop.with_name("book.sqlite-wal"))
    conn.close()
    before = {p.name: digest(p) for p in shop.parent.iterdir()}
    result = kehu("check", "--book", shop, tmp_path=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "-wal file beside the book does not fit it" in result.stdout
    assert {p.name: digest(p) for p in shop.parent.iterdir()} == before


def test_a_read_only_book_is_read_checked_exported_and_backed_up(read_only, tmp_path):  # noqa: F811
    path = read_only.path / "book.sqlite"
    with Book.open(path) as b:
        operations.add_customer(b, data={"name": "只读客户", "mobile": "13800138000"})
    read_only.lock()
    out = tmp_path / "o.csv"
    result = kehu("export", "customers", "--book", path, "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "read-only" in result.stderr and "只读客户" in out.read_text(encoding="utf-8-sig")
    assert "not recorded in the book's history" in result.stderr  # and it says so
    assert kehu("check", "--book", path, tmp_path=tmp_path).returncode == 0
    result = kehu("backup", "--book", path, "--out", tmp_path / "b.sqlite", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    line = one_line_error(kehu("import", out, "--book", path, "--yes", tmp_path=tmp_path))
    assert "read-only" in line


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=400k,mode=0755", "kehu-tiny", str(mount)):
        pytest.skip("mounting a tmpfs is not permitted here (needs root / CAP_SYS_ADMIN)")
    try:
        yield mount
    finally:
        _unmount(mount)


def test_a_full_disk_under_demo_is_one_line_in_chinese(tiny_disk, tmp_path):
    line = one_line_error(kehu("demo", tiny_disk / "demo.sqlite", "--customers", 2000,
                               tmp_path=tmp_path, lang="zh_CN"))
    assert "Traceback" not in line
    assert "磁盘已满" in line or "满" in line


def test_the_app_opens_a_read_only_book_read_only_not_damaged(qtbot, read_only, told):  # noqa: F811
    from tests.e2e.test_backup_window import start, started

    path = read_only.path / "book.sqlite"
    with Book.open(path) as b:
        operations.add_customer(b, data={"name": "只读客户"})
    read_only.lock()
    book = Book.open(path)
    window = start(qtbot, book)
    try:
        started(qtbot, window)
        assert window.housekeeping.book_damaged is None and window.damaged_dialog is None
        assert "read-only" in window.statusBar().currentMessage()
        assert window.customers.model.rowCount() == 1
    finally:
        window.close()
        book.close()
