"""The command line acts as a named user and obeys the same permissions as the app:
`--user NAME`, the password from --password-file or typed at a terminal, owner-only commands
refused to a salesperson with one line and exit code 2, the book unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.e2e.test_cli import ROOT, kehu, one_line_error


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM customers WHERE deleted_at IS NULL"))
    finally:
        conn.close()


@pytest.fixture
def shop(tmp_path):
    """老板 (owner, password boss), 李娜 (sales, password ln), 张伟 (sales, no password); one
    import made by 老板; a backup of the book; password files."""
    from models.core.book import Book
    from models.customers import operations as ops
    from models.team import users

    path = tmp_path / "shop.sqlite"
    with Book.open(path, owner_name="老板") as book:
        users.add_user(book, name="李娜", role="sales", password="ln", owner_password="boss")
        users.add_user(book, name="张伟", role="sales")
        ops.add_customer(book, data={"name": "杭州鑫达建材"})
    sheet = tmp_path / "客户.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["客户名称", "手机"])
    wb.active.append(["宁波新客户有限公司", "13912345678"])
    wb.save(sheet)
    files = {}
    for name, text in (("boss", "boss\n"), ("ln", "ln"), ("wrong", "guess\n")):
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text, encoding="utf-8")
    result = kehu("import", sheet, "--book", path, "--yes", "--user", "老板",
                  "--password-file", files["boss"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    batch = result.stdout.strip().split()[-1]
    backup = tmp_path / "before.sqlite"
    assert kehu("backup", "--book", path, "--out", backup, tmp_path=tmp_path).returncode == 0
    return {"path": path, "files": files, "batch": batch, "backup": backup, "sheet": sheet}


def test_a_salesperson_cannot_restore_or_undo_anothers_import(shop, tmp_path):
    path, files = shop["path"], shop["files"]
    before = digest(path)
    as_li = ["--user", "李娜", "--password-file", files["ln"]]
    line = one_line_error(kehu("restore", shop["backup"], "--book", path, *as_li,
                               tmp_path=tmp_path))
    assert line == "Only an owner can restore a backup."
    line = one_line_error(kehu("undo-import", shop["batch"], "--book", path, *as_li,
                               tmp_path=tmp_path))
    assert line == ("Only the person who made the import, a manager or an owner may take it "
                    "back.")
    # a salesperson without a password: the same
    line = one_line_error(kehu("--lang", "zh_CN", "restore", shop["backup"], "--book", path,
                               "--user", "张伟", tmp_path=tmp_path))
    assert line == "只有老板可以恢复备份。"
    assert digest(path) == before
    made = [p.name for p in (tmp_path / "backups").glob("*.sqlite")]
    assert not [n for n in made if "restore" in n or "undo-import" in n]  # nor a safety backup
    # the owner may
    result = kehu("undo-import", shop["batch"], "--book", path, "--user", "老板",
                  "--password-file", files["boss"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert names(path) == ["杭州鑫达建材"]


def test_a_salesperson_takes_back_their_own_import(shop, tmp_path):
    path, files = shop["path"], shop["files"]
    result = kehu("import", shop["sheet"], "--book", path, "--yes", "--on-duplicate", "create",
                  "--user", "李娜", "--password-file", files["ln"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    mine = result.stdout.strip().split()[-1]
    result = kehu("undo-import", mine, "--book", path, "--user", "李娜", "--password-file",
                  files["ln"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


def test_commands_that_write_need_a_user_when_several_people_use_the_book(shop, tmp_path):
    path = shop["path"]
    before = digest(path)
    for args in (("undo-import", shop["batch"]), ("restore", shop["backup"]),
                 ("import", shop["sheet"], "--yes")):
        line = one_line_error(kehu(*args, "--book", path, tmp_path=tmp_path))
        assert line == "More than one person uses this book: say who you are with --user NAME."
    assert digest(path) == before
    # reading still works without a name
    assert kehu("check", "--book", path, tmp_path=tmp_path).returncode == 0
    out = tmp_path / "all.csv"
    assert kehu("export", "customers", "--book", path, "--out", out,
                tmp_path=tmp_path).returncode == 0


def test_a_wrong_password_an_unknown_user_and_no_password_at_all(shop, tmp_path):
    path, files = shop["path"], shop["files"]
    line = one_line_error(kehu("undo-import", shop["batch"], "--book", path, "--user", "老板",
                               "--password-file", files["wrong"], tmp_path=tmp_path))
    assert line == "The password is not right."
    line = one_line_error(kehu("undo-import", shop["batch"], "--book", path, "--user", "王五",
                               tmp_path=tmp_path))
    assert line == "There is no active user called 王五 in this book."
    # no terminal and no file: the password cannot be asked for
    line = one_line_error(kehu("undo-import", shop["batch"], "--book", path, "--user", "老板",
                               tmp_path=tmp_path))
    assert "--password-file" in line
    line = one_line_error(kehu("undo-import", shop["batch"], "--book", path, "--user", "老板",
                               "--password-file", tmp_path / "nope.txt", tmp_path=tmp_path))
    assert line.startswith("The password file") and "cannot be read" in line
    assert names(path) == ["宁波新客户有限公司", "杭州鑫达建材"]


def test_wrong_passwords_make_the_command_line_wait_too(shop, tmp_path):
    """The count is kept in the book: starting the command again does not reset it."""
    path, files = shop["path"], shop["files"]
    args = ("undo-import", shop["batch"], "--book", path, "--user", "老板")
    for _ in range(4):
        line = one_line_error(kehu(*args, "--password-file", files["wrong"], tmp_path=tmp_path))
        assert line == "The password is not right."
    line = one_line_error(kehu(*args, "--password-file", files["wrong"], tmp_path=tmp_path))
    assert line == ("The password is not right. After too many wrong tries, 老板 can try "
                    "again in 30 seconds.")
    line = one_line_error(kehu(*args, "--password-file", files["boss"], tmp_path=tmp_path))
    assert line.startswith("Too many wrong passwords for 老板. Try again in ")
    assert names(path) == ["宁波新客户有限公司", "杭州鑫达建材"]


def test_over_a_damaged_book_the_backups_owner_restores(shop, tmp_path):
    from tests.unit.views.test_backup_dialogs import corrupt_table

    path, files = shop["path"], shop["files"]
    corrupt_table(path, "users")  # a damaged page that SQLite's check finds
    damaged = digest(path)
    line = one_line_error(kehu("restore", shop["backup"], "--book", path, tmp_path=tmp_path))
    assert line == "More than one person uses this book: say who you are with --user NAME."
    line = one_line_error(kehu("restore", shop["backup"], "--book", path, "--user", "李娜",
                               "--password-file", files["ln"], tmp_path=tmp_path))
    assert line == "Only an owner can restore a backup."
    line = one_line_error(kehu("restore", shop["backup"], "--book", path, "--user", "老板",
                               "--password-file", files["wrong"], tmp_path=tmp_path))
    assert line == "The password is not right."
    assert digest(path) == damaged and not list(tmp_path.glob("shop.sqlite.damaged-*"))
    result = kehu("restore", shop["backup"], "--book", path, "--user", "老板",
                  "--password-file", files["boss"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert names(path) == ["宁波新客户有限公司", "杭州鑫达建材"]


def test_a_single_user_book_needs_no_name(tmp_path):
    path = tmp_path / "mine.sqlite"
    from models.core.book import Book

    Book.open(path).close()
    backup = tmp_path / "b.sqlite"
    assert kehu("backup", "--book", path, "--out", backup, tmp_path=tmp_path).returncode == 0
    result = kehu("restore", backup, "--book", path, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(os.name == "nt", reason="a pseudo-terminal (pty) is POSIX only")
def test_the_password_is_asked_at_a_terminal(shop, tmp_path):
    import pty

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "d")}
    pid, fd = pty.fork()
    if pid == 0:  # the child: Kehu with a terminal for stdin
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "main.py", "--lang", "en", "undo-import",
                                   shop["batch"], "--book", str(shop["path"]), "--user", "老板"],
                  env)
    seen = b""
    while b"Password for" not in seen:
        seen += os.read(fd, 1024)
    os.write(fd, b"boss\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    text = seen.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "Password for 老板: " in text and "boss" not in text.split("Password for")[1]
    assert "Undid the import" in text
    assert names(shop["path"]) == ["杭州鑫达建材"]


def test_help_names_the_options():
    result = subprocess.run([sys.executable, "main.py", "restore", "--help"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "--user NAME" in result.stdout and "--password-file FILE" in result.stdout
