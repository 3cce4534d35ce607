"""Numbered migrations: from an empty book and every earlier version; each in a transaction."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from models import operations as ops
from models import queries, schema
from models.book import Book
from models.errors import BookError

TABLES = {"users", "customers", "contacts", "interactions", "custom_fields", "settings",
          "operations", "audit", "customers_fts", "imports", "stages", "deals", "deal_history",
          "reminders", "alerts"}


def build_at_version(path, version: int) -> None:
    """A book as an older Kehu left it: migrations applied up to `version`, nothing more."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        for number in range(version):
            raw.execute("BEGIN")
            schema.MIGRATIONS[number](raw)
            raw.execute(f"PRAGMA user_version = {number + 1}")
            raw.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            raw.execute("COMMIT")
    finally:
        raw.close()


def file_state(path):
    raw = sqlite3.connect(path)
    try:
        version = raw.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        raw.close()
    return version, tables


@pytest.mark.parametrize("start", range(schema.LATEST))
def test_a_book_from_every_earlier_version_is_brought_up_to_date(tmp_path, start):
    path = tmp_path / f"v{start}.sqlite"
    build_at_version(path, start)
    assert file_state(path)[0] == start
    seen = []
    with Book.open(path, before_migration=lambda p, v: seen.append((p, v))) as book:
        assert book.migrated == list(range(start + 1, schema.LATEST + 1))
        assert book.scalar("PRAGMA user_version") == schema.LATEST
        assert book.scalar("PRAGMA application_id") == schema.APPLICATION_ID
        # the migrated book works: a customer can be written, found and undone
        cid = ops.add_customer(book, data={"name": "迁移测试"})
        assert queries.customer_ids(book, queries.CustomerFilter(text="迁移")) == [cid]
    # a book that had a version got a chance to be backed up before each migration
    if start:
        assert seen == [(path, v) for v in range(start, schema.LATEST)]
    else:
        assert seen == []
    version, tables = file_state(path)
    assert version == schema.LATEST
    assert tables >= TABLES


def test_a_book_at_version_2_gets_the_pipeline(tmp_path):
    from models import clock, deals

    path = tmp_path / "v2.sqlite"
    build_at_version(path, 2)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO customers (id, rid, name, created_at, updated_at) "
                "VALUES ('c1', 1, '老客户', '2024-01-01', '2024-01-01')")
    raw.commit()
    raw.close()
    assert "stages" not in file_state(path)[1]
    clock.set_clock(lambda: __import__("datetime").datetime(2025, 5, 1, 8, 0).astimezone())
    try:
        with Book.open(path) as book:
            assert book.migrated == list(range(3, schema.LATEST + 1))
            got = [(s["key"], s["name"], s["position"], s["probability"], s["stall_days"],
                    s["requires"], s["checklist"]) for s in deals.stages(book)]
            assert got == [
                ("initial", "", 1, 10, 7, [], []), ("needs", "", 2, 25, 7, [], []),
                ("proposal", "", 3, 50, 7, ["amount"], []),
                ("negotiation", "", 4, 70, 7, ["expected_close"], []),
                ("contract", "", 5, 90, 7, [], []),
            ]
            stage = deals.stages(book)[0]
            assert len(stage["id"]) == 36 and stage["created_at"].startswith("2025-05-01")
            assert stage["updated_at"] == stage["created_at"]
            did = deals.add_deal(book, data={"title": "老客户的新单", "customer_id": "c1"})
            assert deals.board(book)[0]["deals"][0]["id"] == did
            indexes = {r[0] for r in book.all("SELECT name FROM sqlite_master WHERE type='index'")}
            assert {"deals_board", "deals_customer", "deal_history_deal"} <= indexes
    finally:
        clock.set_clock(None)
    assert file_state(path)[0] == schema.LATEST


def test_a_failing_migration_rolls_back_and_keeps_the_version(tmp_path, monkeypatch):
    path = tmp_path / "b.sqlite"
    with Book.open(path) as book:
        cid = ops.add_customer(book, data={"name": "张三"})
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def creates_a_table(conn):
        conn.execute("CREATE TABLE added_ok (id TEXT PRIMARY KEY)")

    def fails_halfway(conn):
        conn.execute("CREATE TABLE half_done (id TEXT PRIMARY KEY)")
        conn.execute("ALTER TABLE customers ADD COLUMN half TEXT")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, fails_halfway])
    monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS))
    with pytest.raises(BookError, match="no_such_table") as err:
        Book.open(path)
    # the failed open closed its connection (its -wal went away with it), though the error
    # and its traceback are still alive
    assert err.value is not None
    assert not (tmp_path / "b.sqlite-wal").exists()
    version, tables = file_state(path)
    assert version == schema.LATEST - 1
    assert "half_done" not in tables
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    # one that succeeds stays applied when the next one fails
    monkeypatch.setattr(schema, "MIGRATIONS",
                        [*schema.MIGRATIONS[:-1], creates_a_table, fails_halfway])
    monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS))
    with pytest.raises(BookError):
        Book.open(path)
    version, tables = file_state(path)
    assert version == schema.LATEST - 1
    assert "added_ok" in tables and "half_done" not in tables
    raw = sqlite3.connect(path)
    cols = [r[1] for r in raw.execute("PRAGMA table_info(customers)")]
    names = [r[0] for r in raw.execute("SELECT name FROM customers WHERE id = ?", (cid,))]
    raw.close()
    assert "half" not in cols
    assert names == ["张三"]

    # and the lock was released: once the bad migration is gone the book opens
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:-1])
    monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS))
    with Book.open(path) as book:
        assert queries.customer(book, cid)["name"] == "张三"


def test_a_book_from_a_newer_kehu_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    with Book.open(path) as book:
        ops.add_customer(book, data={"name": "张三"})
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    raw.commit()
    raw.close()
    files = {p.name for p in tmp_path.iterdir()}
    assert not (tmp_path / "newer.sqlite-wal").exists()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(BookError) as err:
        Book.open(path)
    text = str(err.value)
    assert f"book version {schema.LATEST + 1}" in text
    assert "newer version of Kehu" in text
    assert err.value.params["found"] == schema.LATEST + 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "newer.sqlite-wal").exists()
    assert {p.name for p in tmp_path.iterdir()} == files


def test_a_newer_book_is_refused_even_with_create_false(tmp_path):
    path = tmp_path / "newer.sqlite"
    build_at_version(path, schema.LATEST)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(BookError, match=f"book version {schema.LATEST + 5}"):
        Book.open(path, create=False)
    assert file_state(path)[0] == schema.LATEST + 5


def test_a_book_at_version_3_gets_reminders_and_alerts(tmp_path):
    path = tmp_path / "v3.sqlite"
    build_at_version(path, 3)
    assert "reminders" not in file_state(path)[1]
    with Book.open(path) as book:
        assert book.migrated == list(range(4, schema.LATEST + 1))
        indexes = {r[0] for r in book.all("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"reminders_due", "reminders_rule", "alerts_once", "alerts_open"} <= indexes
    assert {"reminders", "alerts"} <= file_state(path)[1]


def test_a_book_at_version_4_gets_grading(tmp_path):
    """Migration 5: pinned grades, grade_changes and the report pack's indexes."""
    assert schema.LATEST >= 5
    path = tmp_path / "v4.sqlite"
    build_at_version(path, 4)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO customers (id, rid, name, grade, created_at, updated_at) "
                "VALUES ('c1', 1, '老客户', 'B', '2024-01-01', '2024-01-01')")
    raw.commit()
    raw.close()
    with Book.open(path) as book:
        assert book.migrated == list(range(5, schema.LATEST + 1))
        assert tuple(book.one("SELECT grade, grade_pinned FROM customers WHERE id = 'c1'")) == ("B", 0)
        columns = [r[1] for r in book.all("PRAGMA table_info(grade_changes)")]
        assert columns == ["id", "customer_id", "at", "old", "new", "by_hand", "created_at",
                           "updated_at"]
        indexes = {r[0] for r in book.all("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"grade_changes_at", "customers_created", "deals_closed", "interactions_when"} <= indexes


def _roles_migration() -> int:
    """The number of the migration that lets users.role be 'manager' (found by function)."""
    return schema.MIGRATIONS.index(schema._m6_roles) + 1


@pytest.mark.parametrize("start", range(_roles_migration()))
def test_users_keep_their_rows_and_references_and_may_be_managers(tmp_path, start):
    """Roles as data: SQLite cannot change users.role's CHECK, so migration 'roles' rebuilds the
    table with foreign keys off; every reference to a user still holds afterwards."""
    path = tmp_path / f"v{start}.sqlite"
    build_at_version(path, start)
    if start:
        raw = sqlite3.connect(path)
        raw.execute("INSERT INTO users (id, name, role, active, password_hash, created_at, "
                    "updated_at) VALUES ('u1', '老板', 'owner', 1, NULL, '2024-01-01', "
                    "'2024-01-01'), ('u2', '李娜', 'sales', 0, 'scrypt$x', '2024-01-02', "
                    "'2024-01-02')")
        raw.execute("INSERT INTO customers (id, rid, name, owner_id, created_at, updated_at) "
                    "VALUES ('c1', 1, '老客户', 'u2', '2024-01-01', '2024-01-01')")
        raw.commit()
        raw.close()
    with Book.open(path) as book:
        assert _roles_migration() in book.migrated or start >= _roles_migration()
        assert book.scalar("PRAGMA foreign_keys") == 1  # on again after the rebuild
        assert book.all("PRAGMA foreign_key_check") == []
        if start:
            rows = [tuple(r) for r in book.all(
                "SELECT id, name, role, active, password_hash, created_at FROM users ORDER BY id")]
            assert rows == [("u1", "老板", "owner", 1, None, "2024-01-01"),
                            ("u2", "李娜", "sales", 0, "scrypt$x", "2024-01-02")]
            assert book.scalar("SELECT owner_id FROM customers WHERE id = 'c1'") == "u2"
        # the new role, and the foreign keys still enforced on the rebuilt table
        book.conn.execute("UPDATE users SET role = 'manager' WHERE id = ?", (book.user_id,))
        with pytest.raises(sqlite3.IntegrityError):
            book.conn.execute("UPDATE users SET role = 'boss' WHERE id = ?", (book.user_id,))
        with pytest.raises(sqlite3.IntegrityError):
            book.conn.execute("INSERT INTO customers (id, rid, name, owner_id, created_at, "
                              "updated_at) VALUES ('c9', 9, 'x', 'nobody', '', '')")
        sql = book.scalar("SELECT sql FROM sqlite_master WHERE name = 'customers'")
        assert "REFERENCES users(id)" in sql
        assert book.all("PRAGMA table_info(sign_in_tries)")


def test_the_roles_migration_refuses_to_break_a_reference_and_rolls_back(tmp_path, monkeypatch):
    """foreign_key_check runs before the rebuild commits: a rebuild that lost a user that rows
    point to is rolled back, the book left at its version."""
    number = _roles_migration()
    path = tmp_path / "old.sqlite"
    build_at_version(path, number - 1)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO users (id, name, role, created_at, updated_at) "
                "VALUES ('u1', '老板', 'owner', '', '')")
    raw.execute("INSERT INTO customers (id, rid, name, owner_id, created_at, updated_at) "
                "VALUES ('c1', 1, '老客户', 'u1', '', '')")
    raw.commit()
    raw.close()
    original = schema.MIGRATIONS[number - 1]

    def losing(conn):
        original(conn)
        conn.execute("DELETE FROM users")  # a faulty rebuild

    losing.rebuilds_tables = True
    patched = list(schema.MIGRATIONS)
    patched[number - 1] = losing
    monkeypatch.setattr(schema, "MIGRATIONS", patched)
    with pytest.raises(BookError):
        Book.open(path)
    assert file_state(path)[0] == number - 1
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    raw.close()


def test_a_reference_broken_before_the_roles_migration_does_not_stop_it(tmp_path):
    path = tmp_path / "old.sqlite"
    build_at_version(path, _roles_migration() - 1)
    raw = sqlite3.connect(path)  # foreign keys off: an older Kehu or a tool left this behind
    raw.execute("INSERT INTO customers (id, rid, name, owner_id, created_at, updated_at) "
                "VALUES ('c1', 1, '老客户', 'gone', '', '')")
    raw.commit()
    raw.close()
    with Book.open(path) as book:
        assert book.scalar("PRAGMA user_version") == schema.LATEST
        assert len(book.all("PRAGMA foreign_key_check")) == 1
