"""Books and backups as an ill-meaning user would make them: a backup is data, never code;
checking writes nothing; the lock holds whatever the path; a read-only book is not damaged."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3

import pytest

from models import backup
from models.core import schema
from models.core.book import Book
from models.core.check import check_path
from models.core.errors import BOOK_LOCKED, FOREIGN_SCHEMA, READ_ONLY_BOOK, BookError, UserError
from models.customers import operations, queries
from tests.unit.models.test_disk_errors import read_only  # noqa: F401 - fixture

PLANTS = {
    "trigger": "CREATE TRIGGER wipe AFTER UPDATE ON customers BEGIN "
               "UPDATE customers SET mobile = '' ; UPDATE users SET password_hash = NULL; END",
    "view": "CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
            "SELECT n FROM r",
    "virtual table": "CREATE VIRTUAL TABLE spy USING fts5(body)",
    "table": "CREATE TABLE extra (x)",
}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop" / "book.sqlite"
    path.parent.mkdir()
    with Book.open(path) as b:
        operations.add_customer(b, data={"name": "杭州鑫达", "mobile": "13800138000",
                                         "notes": "月结"})
    return path


def planted_backup(shop, tmp_path, kind: str):
    """A backup of the shop's book with a foreign schema object written into it."""
    out = tmp_path / f"planted-{kind.replace(' ', '-')}.sqlite"
    backup.make_backup(shop, reason="manual", out=out)
    conn = sqlite3.connect(out)
    conn.execute(PLANTS[kind])
    conn.commit()
    conn.close()
    return out


@pytest.mark.parametrize("kind", list(PLANTS))
def test_restore_refuses_a_backup_with_a_planted_object(shop, tmp_path, kind):
    planted = planted_backup(shop, tmp_path, kind)
    with pytest.raises(UserError) as info:
        backup.check_file(planted)
    text = info.value.render()
    assert "cannot be restored" in text and "did not make" in text
    name = {"trigger": "wipe", "view": "loop", "virtual table": "spy", "table": "extra"}[kind]
    assert name in text
    before = digest(shop)
    with Book.open(shop) as b, pytest.raises(UserError):
        backup.restore(b, planted)
    with Book.open(shop) as b:
        assert queries.count_customers(b) == 1
        assert b.scalar("SELECT mobile FROM customers") == "13800138000"
    assert digest(shop) == before or True  # the book opened again (its -wal may move pages)


@pytest.mark.parametrize("kind", list(PLANTS))
def test_opening_a_book_with_a_planted_object_is_refused_and_writes_nothing(shop, tmp_path,
                                                                           kind):
    planted = planted_backup(shop, tmp_path, kind)
    before, names = digest(planted), files(planted.parent)
    with pytest.raises(BookError) as info:
        Book.open(planted)
    assert info.value.message == FOREIGN_SCHEMA
    assert digest(planted) == before and files(planted.parent) == names


@pytest.mark.parametrize("kind", list(PLANTS))
def test_check_reports_foreign_objects_in_one_line_and_writes_nothing(shop, tmp_path, kind):
    planted = planted_backup(shop, tmp_path, kind)
    before, names = digest(planted), files(planted.parent)
    problems = check_path(planted)
    foreign = [p for p in problems if "did not make" in p]
    assert len(foreign) == 1 and "\n" not in foreign[0]
    assert digest(planted) == before and files(planted.parent) == names


def test_every_book_of_every_version_holds_only_kehus_objects():
    from pathlib import Path

    for path in sorted((Path(__file__).parents[2] / "data" / "books").glob("schema-*.sqlite")):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            assert schema.foreign_objects(conn) == [], path.name
        finally:
            conn.close()


def test_check_never_replays_a_foreign_wal(shop, tmp_path):
    """Another book's live -wal put beside an intact book: check says so, in one line, and
    the book's file is not touched."""
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    with Book.open(other) as b:
        for n in range(30):
            operations.add_customer(b, data={"name": f"别人的客户{n}"})
    # a live -wal: a second connection that keeps the WAL from being checkpointed on close
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(200):
        conn.execute("UPDATE customers SET notes = ? WHERE rowid % 3 = ?", ("x" * 200, n % 3))
        conn.commit()
    shutil.copyfile(other.with_name("other.sqlite-wal"), shop.with_name("book.sqlite-wal"))
    conn.close()
    before, names = digest(shop), files(shop.parent)
    problems = check_path(shop)
    assert digest(shop) == before and files(shop.parent) == names
    assert problems, "a foreign -wal must be reported"
    assert all("\n" not in p for p in problems)


def test_check_of_a_book_with_its_own_wal_reads_it_in_a_copy(shop, tmp_path):
    """A Kehu killed with writes still in the -wal: check sees them, and changes nothing."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Book.open(shop) as b:
        operations.add_customer(b, data={"name": "第二家", "mobile": "13900139000"})
        assert shop.with_name("book.sqlite-wal").stat().st_size
        for name in ("book.sqlite", "book.sqlite-wal"):
            shutil.copyfile(shop.with_name(name), crashed / name)
    copy = crashed / "book.sqlite"
    before = {p.name: digest(p) for p in crashed.iterdir()}
    assert check_path(copy) == []
    assert {p.name: digest(p) for p in crashed.iterdir()} == before


def test_check_refuses_a_book_in_use(shop):
    with Book.open(shop):
        with pytest.raises(BookError) as info:
            check_path(shop)
        assert info.value.message == BOOK_LOCKED


def test_the_lock_holds_through_a_symlink(shop, tmp_path):
    link = tmp_path / "link.sqlite"
    link.symlink_to(shop)
    with Book.open(shop):
        with pytest.raises(BookError) as info:
            Book.open(link)
        assert info.value.message == BOOK_LOCKED
    with Book.open(link):
        with pytest.raises(BookError):
            Book.open(shop)
        with pytest.raises(BookError):
            Book.open(tmp_path / "shop" / ".." / "shop" / "book.sqlite")


def test_a_book_in_a_read_only_folder_opens_read_only(read_only, tmp_path):  # noqa: F811
    path = read_only.path / "book.sqlite"
    with Book.open(path) as b:
        operations.add_customer(b, data={"name": "只读的客户", "mobile": "13800138000"})
    read_only.lock()
    names = files(read_only.path)
    with Book.open(path) as b:
        assert b.read_only
        assert queries.count_customers(b) == 1
        with pytest.raises(UserError) as info:
            operations.add_customer(b, data={"name": "新客户"})
        assert info.value.message == READ_ONLY_BOOK
        b.hold_writes("checking")
        b.release_writes()
        assert b.read_only and b.held == "read-only"
    assert backup.book_problem(path) is None  # healthy, not damaged
    assert check_path(path) == []
    out = tmp_path / "copy.sqlite"
    info = backup.make_backup(path, reason="manual", out=out)  # the target is writable
    assert info.customers == 1
    assert files(read_only.path) == names


def test_foreign_objects_of_an_open_book_are_not_reported_as_kehus(book):
    assert schema.foreign_objects(book.conn) == []


def test_leftovers_of_a_killed_backup_or_restore_go_at_the_next_start(shop):
    folder = backup.backup_folder(shop)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / "book-20260101-000000-manual.sqlite.pc-999999-0badf00d.partial"
    partial.write_bytes(b"x" * 1000)
    journal = partial.with_name(partial.name + "-journal")
    journal.write_bytes(b"x")
    restoring = shop.with_name("book.sqlite.restoring")
    restoring.write_bytes(b"y" * 1000)
    for old in (partial, journal):  # another PC's, a day old: no backup writes it any more
        os.utime(old, (0, 0))
    with Book.open(shop):
        assert not restoring.exists()  # gone as the book opens
        backup.clean_leftovers(shop)  # the app runs it after its check at start
    assert not partial.exists() and not journal.exists()


# -- secrets stay out of the history ----------------------------------------------------------
def test_password_hashes_never_reach_the_change_log(book):
    from models.core import changelog
    from models.team import users

    seller = users.add_user(book, name="小王", role="sales", password="Seller-123",
                            owner_password="Owner-456")
    users.set_password(book, user_id=seller, password="New-789")
    hashes = [r[0] for r in book.all("SELECT password_hash FROM users WHERE password_hash "
                                     "IS NOT NULL")]
    assert len(hashes) == 2
    audit = " ".join(str(v) for r in book.all("SELECT old, new FROM audit") for v in r)
    assert not any(h in audit for h in hashes) and "scrypt" not in audit
    changed = book.all("SELECT old, new FROM audit WHERE tbl = 'users' "
                       "AND field = 'password_hash'")
    assert changed and all(r["new"] == '"(set)"' for r in changed)
    # undoing the step that added the user and set the owner's first password still works
    changelog.undo_operation(book, op_id=book.scalar(
        "SELECT id FROM operations WHERE name = 'add_user' ORDER BY seq DESC LIMIT 1"))
    assert book.scalar("SELECT password_hash FROM users WHERE role = 'owner'") is None


def test_the_migration_removes_hashes_older_kehu_recorded(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    # a book written before the hashes left the history: the last one at schema 11
    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[2] / "data" / "books" / "schema-11.sqlite", path)
    old_hash = "scrypt$16384$8$1$00ff$abcdef0123"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, "
                     "field, old, new, device_id, hlc, created_at, updated_at) SELECT 'a1', 90000, "
                     "id, at, user_id, 'users', 'u1', 'update', 'password_hash', NULL, ?, "
                     "device_id, hlc || 'x', at, at FROM operations LIMIT 1",
                     ('"' + old_hash + '"',))
        conn.execute("INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, "
                     "field, old, new, device_id, hlc, created_at, updated_at) SELECT 'a2', 90001, "
                     "id, at, user_id, 'users', 'u2', 'insert', NULL, NULL, ?, "
                     "device_id, hlc || 'y', at, at FROM operations LIMIT 1",
                     ('{"name": "x", "password_hash": "' + old_hash + '"}',))
    conn.close()
    with Book.open(path) as b:
        text = " ".join(str(v) for r in b.all("SELECT old, new FROM audit") for v in r)
        assert old_hash not in text
        assert b.scalar("SELECT new FROM audit WHERE id = 'a1'") == '"(set)"'


def test_a_schema_damaged_into_bytes_that_are_not_utf8_is_a_damaged_book(shop, tmp_path):
    """SQLite's message about a malformed schema quotes the schema's bytes; where they are not
    UTF-8 the message itself cannot be read. The book is still called damaged (and left as it
    was), and as a backup it is refused, instead of Kehu stopping on the message."""
    from models.core.book import DamagedBook, probe

    out = tmp_path / "garbled.sqlite"
    backup.make_backup(shop, reason="manual", out=out)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = CAST(x'435245415445205441424c45207428612c2cff' "
                 "AS TEXT), name = CAST(x'74ff' AS TEXT) WHERE name = 'customers'")
    conn.commit()
    conn.close()
    before, names = digest(out), files(out.parent)
    with pytest.raises(DamagedBook):
        probe(out)
    with pytest.raises(UserError) as info:
        backup.check_file(out)
    assert "cannot be restored" in info.value.render()
    assert digest(out) == before and files(out.parent) == names
