"""Numbered migrations: from an empty book and every earlier version; each in a transaction."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from models.core import changelog, schema
from models.core.book import Book
from models.core.check import check_book
from models.core.errors import BookError
from models.customers import operations as ops
from models.customers import queries
from tests.book_helpers import raw_write

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
    from models import deals
    from models.core import clock

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


def test_a_book_at_version_5_gets_a_change_log_another_pc_can_merge(tmp_path):
    """Migration 6: device id and clock stamps on every old entry and step, tombstones for
    rows purged before, and the default stages renamed to the ids every book gives them."""
    import shutil
    from pathlib import Path

    from models.core import hlc, ids

    path = tmp_path / "v5.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "data" / "books" / "schema-5.sqlite",
                    path)
    raw = sqlite3.connect(path)
    old_stages = dict(raw.execute("SELECT key, id FROM stages").fetchall())
    deal_stages = dict(raw.execute(
        "SELECT d.id, s.key FROM deals d JOIN stages s ON s.id = d.stage_id").fetchall())
    history = raw.execute("SELECT count(*) FROM deal_history").fetchone()[0]
    entries = raw.execute("SELECT count(*) FROM audit").fetchone()[0]
    # a customer purged by an older Kehu (the trash emptied): its entry, no row
    raw.execute("INSERT INTO operations (id, seq, name, at, user_id, state, created_at, "
                "updated_at) SELECT 'op-purge', max(seq) + 1, 'empty_trash', "
                "'2026-11-30T10:00:00+08:00', NULL, 'final', 't', 't' FROM operations")
    raw.execute("INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, old, "
                "created_at, updated_at) SELECT 'a-purge', max(seq) + 1, 'op-purge', "
                "'2026-11-30T10:00:00+08:00', NULL, 'customers', 'gone-1', 'purge', "
                "'{\"name\": \"旧客户\"}', 't', 't' FROM audit")
    raw.commit()
    raw.close()
    assert old_stages["initial"] != ids.derived_id("stage", "initial")

    with Book.open(path) as book:
        assert book.migrated == list(range(6, schema.LATEST + 1))
        assert hlc.is_device_id(book.device_id)
        stages = dict((r["key"], r["id"]) for r in book.all("SELECT key, id FROM stages"))
        assert stages == {k: ids.derived_id("stage", k) for k in old_stages}
        assert dict((r[0], r[1]) for r in book.all(
            "SELECT d.id, s.key FROM deals d JOIN stages s ON s.id = d.stage_id")) == deal_stages
        assert book.scalar("SELECT count(*) FROM deal_history WHERE to_stage NOT IN "
                           "(SELECT id FROM stages)") == 0
        assert book.scalar("SELECT count(*) FROM deal_history") == history
        assert book.all("PRAGMA foreign_key_check") == []
        # no entry still names an old stage id
        for old in old_stages.values():
            assert book.scalar("SELECT count(*) FROM audit WHERE instr(coalesce(new, ''), ?) "
                               "OR instr(coalesce(old, ''), ?) OR record_id = ?",
                               (old, old, old)) == 0
        rows = book.all("SELECT seq, at, hlc, device_id FROM audit ORDER BY seq")
        assert len(rows) == entries + 1
        assert {r["device_id"] for r in rows} == {book.device_id}
        assert len({r["hlc"] for r in rows}) == len(rows)
        for r in rows:
            assert hlc.Stamp.parse(r["hlc"]).device == book.device_id
        assert book.scalar("SELECT count(*) FROM operations WHERE hlc = '' OR device_id = ''") == 0
        stone = book.one("SELECT * FROM tombstones WHERE record_id = 'gone-1'")
        assert (stone["tbl"], stone["op_id"]) == ("customers", "op-purge")
        assert stone["hlc"].startswith("2026-11-30T02:00:00")
        # new entries sort after every old one
        newest = book.scalar("SELECT max(hlc) FROM audit")
        ops.add_customer(book, data={"name": "迁移后"})
        assert book.scalar("SELECT hlc FROM audit WHERE action = 'insert' AND tbl = 'customers' "
                           "ORDER BY seq DESC LIMIT 1") > newest
# -- money as integers ------------------------------------------------------------------------
MONEY_MIGRATION = schema.MIGRATIONS.index(schema._m7_money_minor_units)  # its index, not a number
BOOKS = Path(__file__).resolve().parents[2] / "data" / "books"
# (id, amount REAL as older Kehu kept it, currency) -> minor units afterwards
OLD_AMOUNTS = [
    ("d1", 1234.5, "CNY", 123450), ("d2", 0.29, "CNY", 29), ("d3", None, "CNY", None),
    ("d4", 12345678.9, "CNY", 1234567890), ("d5", 1500.0, "JPY", 1500),
    ("d6", 99.95, "USD", 9995), ("d7", 0.0, "CNY", 0), ("d8", 1.005, "CNY", 101),
    ("d9", 70000000000.01, "CNY", 7000000000001), ("d10", 2.675, "EUR", 268),
]


def test_deal_amounts_become_exact_minor_units_and_the_audit_follows(tmp_path):
    from models import deals
    from models.core.money import Money

    path = tmp_path / "old.sqlite"
    build_at_version(path, MONEY_MIGRATION)
    raw = sqlite3.connect(path)
    stage = raw.execute("SELECT id FROM stages ORDER BY position LIMIT 1").fetchone()[0]
    raw.execute("INSERT INTO customers (id, rid, name, created_at, updated_at) "
                "VALUES ('c1', 1, '老客户', '2024-01-01', '2024-01-01')")
    for deal_id, amount, code, _ in OLD_AMOUNTS:
        raw.execute("INSERT INTO deals (id, title, customer_id, amount, currency, stage_id, "
                    "stage_entered_at, created_at, updated_at) VALUES (?, ?, 'c1', ?, ?, ?, "
                    "'2024-01-01', '2024-01-01', '2024-01-01')",
                    (deal_id, f"单 {deal_id}", amount, code, stage))
    # what an older Kehu audited: the deal's insert (the whole row) and an amount's change
    for seq, (op_id, name) in enumerate((("op0", "add_deal"), ("op1", "update_deal")), 1):
        raw.execute("INSERT INTO operations (id, seq, name, at, state, created_at, updated_at) "
                    "VALUES (?, ?, ?, '2024-01-02', 'done', '2024-01-02', '2024-01-02')",
                    (op_id, seq, name))
    audit = "INSERT INTO audit (id, seq, op_id, at, tbl, record_id, action, field, old, new, " \
            "created_at, updated_at) VALUES (?, ?, ?, '2024-01-02', 'deals', ?, ?, ?, ?, ?, " \
            "'2024-01-02', '2024-01-02')"
    raw.execute(audit, ("a1", 1, "op0", "d1", "insert", None, None, json.dumps(
        {"id": "d1", "title": "单 d1", "amount": 1000.25, "currency": "CNY"})))
    raw.execute(audit, ("a2", 2, "op1", "d1", "update", "amount", "1000.25", "1234.5"))
    raw.execute(audit, ("a3", 3, "op1", "d6", "update", "amount", "null", "99.95"))
    raw.commit()
    raw.close()

    with Book.open(path) as book:
        assert MONEY_MIGRATION + 1 in book.migrated
        got = {r["id"]: r["amount_minor"] for r in book.all("SELECT id, amount_minor FROM deals")}
        assert got == {d: minor for d, _, _, minor in OLD_AMOUNTS}
        columns = [r["name"] for r in book.all("PRAGMA table_info(deals)")]
        assert "amount" not in columns and "amount_minor" in columns
        assert book.scalar("SELECT typeof(amount_minor) FROM deals WHERE id = 'd4'") == "integer"
        index = [r["name"] for r in book.all("PRAGMA index_info(deals_closed)")]
        assert "amount_minor" in index and "currency" in index
        assert deals.deal(book, "d5")["amount"] == Money(1500, "JPY")
        entries = {r["id"]: dict(r) for r in book.all("SELECT * FROM audit")}
        assert json.loads(entries["a1"]["new"])["amount_minor"] == 100025
        assert "amount" not in json.loads(entries["a1"]["new"])
        assert (entries["a2"]["field"], entries["a2"]["old"], entries["a2"]["new"]) == (
            "amount_minor", "100025", "123450")
        assert (entries["a3"]["old"], entries["a3"]["new"]) == ("null", "9995")
        # undo replays the rewritten entries on the new column (an older Kehu's step: the
        # owner undoes it from the history)
        changelog.undo_operation(book, op_id="op1")
        assert deals.deal(book, "d1")["amount_minor"] == 100025
        assert deals.deal(book, "d6")["amount_minor"] is None


@pytest.mark.parametrize("k", [3, 4, 5])
def test_released_books_keep_every_deal_amount(tmp_path, k):
    path = tmp_path / "shop.sqlite"
    shutil.copyfile(BOOKS / f"schema-{k}.sqlite", path)
    raw = sqlite3.connect(path)
    before = raw.execute("SELECT id, amount, currency FROM deals").fetchall()
    raw.close()
    assert len(before) == 40 and all(isinstance(a, float) for _, a, _ in before)
    with Book.open(path) as book:
        after = {r[0]: r[1] for r in book.all("SELECT id, amount_minor FROM deals")}
        # every amount the old book held is the same number of yuan, to the fen
        assert after == {d: int(round(a * 100)) for d, a, _ in before}
        assert all(after[d] / 100 == a for d, a, _ in before)
        assert check_book(book) == []
def test_the_shop_name_saved_under_its_old_key_moves_to_the_registered_key(tmp_path):
    """The settings registry: the dialog once saved `shop_name`, the reports read `shop.name`."""
    from models.core import settings
    from models.reports import monthly

    number = schema.MIGRATIONS.index(schema._m8_settings_keys)
    path = tmp_path / "shop.sqlite"
    build_at_version(path, number)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO settings (key, value, created_at, updated_at) "
                "VALUES ('shop_name', '老王五金店', '2025-01-01', '2025-01-01')")
    raw.commit()
    raw.close()
    with Book.open(path) as book:
        assert number + 1 in book.migrated
        assert settings.get(book, "shop.name") == "老王五金店"
        assert monthly.shop_name(book) == "老王五金店"
        assert book.one("SELECT 1 FROM settings WHERE key = 'shop_name'") is None


def test_a_shop_name_under_the_new_key_wins_over_the_old_one(tmp_path):
    from models.core import settings

    number = schema.MIGRATIONS.index(schema._m8_settings_keys)
    path = tmp_path / "shop.sqlite"
    build_at_version(path, number)
    raw = sqlite3.connect(path)
    raw.executemany("INSERT INTO settings (key, value, created_at, updated_at) "
                    "VALUES (?, ?, '2025-01-01', '2025-01-01')",
                    [("shop_name", "旧名字"), ("shop.name", "鑫达建材")])
    raw.commit()
    raw.close()
    with Book.open(path) as book:
        assert settings.get(book, "shop.name") == "鑫达建材"
        assert book.scalar("SELECT count(*) FROM settings WHERE key LIKE 'shop%'") == 1
def _roles_migration() -> int:
    """The number of the migration that lets users.role be 'manager' (found by function)."""
    return schema.MIGRATIONS.index(schema._m9_roles) + 1


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
        raw_write(book, "UPDATE users SET role = 'manager' WHERE id = ?", (book.user_id,))
        with pytest.raises(sqlite3.IntegrityError):
            raw_write(book, "UPDATE users SET role = 'boss' WHERE id = ?", (book.user_id,))
        with pytest.raises(sqlite3.IntegrityError):
            raw_write(book, "INSERT INTO customers (id, rid, name, owner_id, created_at, "
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


def test_the_latest_schemas_objects_are_kept_and_a_damaged_copy_is_worked_out_again(
        tmp_path, monkeypatch):
    monkeypatch.setenv("KEHU_DATA_DIR", str(tmp_path))
    schema.expected_objects.cache_clear()
    try:
        objects = schema.expected_objects(schema.LATEST)
        (kept,) = (tmp_path / "cache").glob(f"schema-{schema.LATEST}-*.json")
        schema.expected_objects.cache_clear()
        assert schema.expected_objects(schema.LATEST) == objects  # read from the kept file
        kept.write_text('[["trigger", "wipe", "CREATE TRIGGER', encoding="utf-8")  # damaged
        schema.expected_objects.cache_clear()
        assert schema.expected_objects(schema.LATEST) == objects
        assert ("table", "customers") in objects and ("trigger", "wipe") not in objects
    finally:
        schema.expected_objects.cache_clear()


def test_the_kept_objects_file_is_found_again_by_the_next_start(tmp_path):
    import os
    import subprocess
    import sys

    probe = ("from models.core import schema; from models.core.book import Book; "
             "Book.open(r'%s').close(); schema.expected_objects(schema.LATEST)")
    env = {**os.environ, "KEHU_DATA_DIR": str(tmp_path / "data")}
    written = []
    for n in range(2):  # two processes (another hash seed, other reference counts)
        subprocess.run([sys.executable, "-c", probe % (tmp_path / f"b{n}.sqlite")],
                       cwd=Path(__file__).parents[3], env=env, check=True, timeout=120)
        written.append({p.name: p.stat().st_mtime_ns
                        for p in (tmp_path / "data" / "cache").glob("schema-*.json")})
    assert len(written[0]) == 1
    assert written[1] == written[0]  # found, not worked out and written again


def test_deleting_a_reminder_looks_up_those_that_follow_it_by_an_index(tmp_path):
    """A reminder's previous_id refers to another reminder: deleting one makes SQLite look for
    reminders that follow it, which without an index reads them all, once per reminder (a
    laptop taking 20,000 handed-over customers out of its copy spent 14 s on it)."""
    with Book.open(tmp_path / "shop.sqlite") as book:
        plan = " ".join(r[3] for r in book.conn.execute(
            "EXPLAIN QUERY PLAN DELETE FROM reminders WHERE id = ?", ("x",)))
    assert "SCAN reminders" not in plan
    assert "reminders_previous" in plan
