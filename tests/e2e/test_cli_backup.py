"""`python main.py backup` and `python main.py restore`, run as a user runs them."""

from __future__ import annotations

import sqlite3

import pytest

from tests.e2e.test_cli import kehu, one_line_error
from tests.e2e.test_cli_import import set_owner_password
from tests.unit.models.test_backup import corrupt


def count(path, sql="SELECT count(*) FROM customers WHERE deleted_at IS NULL"):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "shop.sqlite"
    result = kehu("demo", path, "--customers", 40, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    return path


def test_backup_into_the_folder_next_to_the_book_and_to_a_file(book, tmp_path):
    result = kehu("backup", "--book", book, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    made = list((tmp_path / "backups").glob("shop-*-manual.sqlite"))
    assert len(made) == 1 and count(made[0]) == 40
    assert f"Backed up 40 customers to {made[0]}" in result.stdout
    out = tmp_path / "usb" / "copy.sqlite"
    out.parent.mkdir()
    result = kehu("--lang", "zh_CN", "backup", "--book", book, "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert count(out) == 40 and "已备份 40 个客户" in result.stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.sqlite"]  # one file


def test_backup_refuses_to_overwrite_and_reports_bad_books(book, tmp_path):
    out = tmp_path / "taken.sqlite"
    out.write_text("mine")
    assert "already exists" in one_line_error(
        kehu("backup", "--book", book, "--out", out, tmp_path=tmp_path))
    assert out.read_text() == "mine"
    assert "does not exist" in one_line_error(
        kehu("backup", "--book", tmp_path / "nope.sqlite", tmp_path=tmp_path))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert "not a Kehu book" in one_line_error(
        kehu("backup", "--book", notes, tmp_path=tmp_path))


def test_restore_brings_the_book_back_and_keeps_the_state_before(book, tmp_path):
    out = tmp_path / "before.sqlite"
    assert kehu("backup", "--book", book, "--out", out, tmp_path=tmp_path).returncode == 0
    conn = sqlite3.connect(book)
    conn.execute("UPDATE customers SET deleted_at = '2026-12-01' WHERE rid <= 10")
    conn.commit()
    conn.close()
    assert count(book) == 30
    set_owner_password(book, "boss")  # the demo's owner shares the book with salespeople
    (tmp_path / "boss.txt").write_text("boss", encoding="utf-8")
    result = kehu("restore", out, "--book", book, "--user", "老板", "--password-file",
                  tmp_path / "boss.txt", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert count(book) == 40
    safety = list((tmp_path / "backups").glob("shop-*-restore.sqlite"))
    assert len(safety) == 1 and count(safety[0]) == 30
    assert str(safety[0]) in result.stdout
    assert count(book, "SELECT count(*) FROM operations WHERE name = 'restore'") == 1


def test_restore_refuses_a_bad_backup_and_changes_nothing(book, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    before = book.read_bytes()
    line = one_line_error(kehu("--lang", "zh_CN", "restore", bad, "--book", book,
                               tmp_path=tmp_path))
    assert "不能恢复" in line
    assert book.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_restore_replaces_a_damaged_book_and_keeps_its_files(book, tmp_path):
    out = tmp_path / "good.sqlite"
    assert kehu("backup", "--book", book, "--out", out, tmp_path=tmp_path).returncode == 0
    corrupt(book)
    damaged = book.read_bytes()
    assert "damaged" in one_line_error(kehu("backup", "--book", book, tmp_path=tmp_path))
    # the damaged book's users cannot be read: the backup's decide (its owner has no password)
    result = kehu("restore", out, "--book", book, "--user", "老板", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    kept = list(tmp_path.glob("shop.sqlite.damaged-*"))
    assert [p.read_bytes() == damaged for p in kept if not p.name.endswith(("-wal", "-shm"))] == [True]
    assert count(book) == 40
    assert kehu("check", "--book", book, tmp_path=tmp_path).returncode == 0


def test_a_command_that_writes_refuses_a_damaged_book_and_names_the_newest_good_backup(
        book, tmp_path):
    assert kehu("backup", "--book", book, tmp_path=tmp_path).returncode == 0
    good = next((tmp_path / "backups").glob("shop-*-manual.sqlite"))
    corrupt(book)
    damaged = book.read_bytes()
    sheet = tmp_path / "new.csv"
    sheet.write_text("客户名称,手机\n新客户,13800138000\n", encoding="utf-8")
    line = one_line_error(kehu("import", sheet, "--book", book, "--yes", tmp_path=tmp_path))
    assert "is damaged" in line and f"restore {good} --book {book}" in line
    assert book.read_bytes() == damaged
