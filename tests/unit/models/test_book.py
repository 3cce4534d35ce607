"""Opening a book: the file, its pragmas, what is refused untouched, the lock, the trash."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid

import pytest

from models.core import schema, settings
from models.core.book import Book
from models.core.errors import BookError, PermissionDenied
from models.customers import operations as ops
from models.customers import queries
from models.customers.queries import CustomerFilter
from models.team import users

TABLES = ("users", "customers", "contacts", "interactions", "custom_fields", "settings",
          "operations", "audit")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def counts(book: Book) -> dict[str, int]:
    return {t: book.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


# -- the file ------------------------------------------------------------------------------
def test_a_new_book_is_one_sqlite_file_in_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "new.sqlite"
    with Book.open(path) as book:
        assert book.scalar("PRAGMA journal_mode") == "wal"
        assert book.scalar("PRAGMA foreign_keys") == 1
        assert book.scalar("PRAGMA user_version") == schema.LATEST
        assert book.scalar("PRAGMA application_id") == schema.APPLICATION_ID
        with pytest.raises(sqlite3.IntegrityError), book.atomic():
            book.conn.execute(
                "INSERT INTO contacts (id, customer_id, name, created_at, updated_at) "
                "VALUES ('x', 'no-such-customer', 'n', 't', 't')")
    with sqlite3.connect(path) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert set(TABLES) <= names


def test_every_table_has_text_uuid_keys_and_stamps(book):
    cid = ops.add_customer(book, data={"name": "张三"},
                           contacts=[{"name": "李四", "mobile": "13900139000"}])
    ops.log_interaction(book, customer_id=cid, kind="call", text="问价")
    ops.add_custom_field(book, label="预算", kind="number")
    settings.set_settings(book, {"shop.name": "鑫达建材"})
    for table in TABLES:
        cols = {r["name"]: r for r in book.all(f"PRAGMA table_info({table})")}
        assert {"created_at", "updated_at"} <= set(cols), table
        if table != "settings":
            assert cols["id"]["type"] == "TEXT" and cols["id"]["pk"] == 1, table
        if table in ("users", "customers", "contacts", "interactions", "custom_fields"):
            assert "deleted_at" in cols, table
        rows = book.all(f"SELECT * FROM {table}")
        assert rows, table
        for row in rows:
            assert row["created_at"] and row["updated_at"], table
            if table != "settings":
                assert str(uuid.UUID(row["id"])) == row["id"], table


def test_a_book_reopens_with_what_it_holds(tmp_path):
    path = tmp_path / "b.sqlite"
    with Book.open(path) as book:
        cid = ops.add_customer(book, data={"name": "王五", "city": "杭州"})
    with Book.open(path, create=False) as book:
        assert queries.customer(book, cid)["city"] == "杭州"
        assert book.migrated == []


def test_an_empty_file_becomes_a_book(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with Book.open(path) as book:
        assert book.migrated == list(range(1, schema.LATEST + 1))
        assert book.is_owner


# -- refused, untouched --------------------------------------------------------------------
def assert_refused_untouched(path, needle: str) -> BookError:
    before, files = sha(path), siblings(path)
    with pytest.raises(BookError) as err:
        Book.open(path)
    assert needle in str(err.value)
    assert str(path) in str(err.value)
    assert sha(path) == before
    assert siblings(path) == files  # no -wal, -shm or .lock left behind
    return err.value


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("客户名单\n张三 13800138000\n", encoding="utf-8")
    assert_refused_untouched(path, "not a Kehu book")


def test_a_short_file_is_refused_untouched(tmp_path):
    path = tmp_path / "short.sqlite"
    path.write_bytes(b"SQLite")
    assert_refused_untouched(path, "not a Kehu book")


def test_garbage_after_an_sqlite_header_is_refused_untouched(tmp_path):
    path = tmp_path / "garbage.sqlite"
    rnd = random.Random(7)
    path.write_bytes(b"SQLite format 3\x00" + bytes(rnd.randrange(256) for _ in range(8192)))
    assert_refused_untouched(path, "cannot be read")


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    raw.execute("INSERT INTO notes (body) VALUES ('hello')")
    raw.commit()
    raw.close()
    assert_refused_untouched(path, "not a Kehu book")


def test_another_programs_wal_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other-wal.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    raw.commit()
    raw.close()
    assert_refused_untouched(path, "not a Kehu book")


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    with pytest.raises(BookError, match="folder"):
        Book.open(folder)
    assert list(folder.iterdir()) == []


def test_a_missing_file_is_not_created_when_create_is_false(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(BookError, match="does not exist"):
        Book.open(path, create=False)
    assert not path.exists()
    assert siblings(path) == set()


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(BookError, match="folder does not exist"):
        Book.open(tmp_path / "nowhere" / "b.sqlite")
    assert not (tmp_path / "nowhere").exists()


# -- the lock ------------------------------------------------------------------------------
def test_a_second_open_of_the_same_book_is_refused_until_the_first_closes(tmp_path):
    path = tmp_path / "b.sqlite"
    first = Book.open(path)
    try:
        cid = ops.add_customer(first, data={"name": "张三"})
        with pytest.raises(BookError, match="already open"):
            Book.open(path)
        with pytest.raises(BookError, match="already open"):
            Book.open(str(path), create=False)
        assert queries.customer(first, cid)["name"] == "张三"  # the first still works
    finally:
        first.close()
    with Book.open(path) as second:
        assert queries.customer(second, cid)["name"] == "张三"


def test_a_refused_open_does_not_keep_the_lock(tmp_path):
    path = tmp_path / "b.sqlite"
    path.write_text("not a book")
    with pytest.raises(BookError):
        Book.open(path)
    path.unlink()
    with Book.open(path) as book:
        assert book.is_owner


def test_closing_twice_is_harmless(tmp_path):
    book = Book.open(tmp_path / "b.sqlite")
    book.close()
    book.close()
    with Book.open(tmp_path / "b.sqlite"):
        pass


# -- soft delete and the trash -------------------------------------------------------------
def live(book):
    return queries.customer_ids(book, CustomerFilter())


def trash(book):
    return queries.customer_ids(book, CustomerFilter(trash=True))


def test_delete_moves_to_the_trash_and_restore_brings_back(book):
    a = ops.add_customer(book, data={"name": "甲"})
    b = ops.add_customer(book, data={"name": "乙"})
    assert ops.delete_customers(book, customer_ids=[a]) == 1
    assert live(book) == [b]
    assert trash(book) == [a]
    row = book.one("SELECT * FROM customers WHERE id = ?", (a,))
    assert row is not None and row["deleted_at"]
    assert queries.count_customers(book) == 1
    assert queries.count_customers(book, trash=True) == 1
    assert ops.restore_customers(book, customer_ids=[a]) == 1
    assert sorted(live(book)) == sorted([a, b])
    assert trash(book) == []
    assert book.scalar("SELECT deleted_at FROM customers WHERE id = ?", (a,)) is None


def test_empty_trash_removes_customers_with_their_contacts_and_timeline(book):
    gone = ops.add_customer(book, data={"name": "甲"}, contacts=[{"name": "甲一"}])
    ops.add_contact(book, customer_id=gone, data={"name": "甲二"})
    ops.log_interaction(book, customer_id=gone, kind="visit", text="上门")
    kept = ops.add_customer(book, data={"name": "乙"}, contacts=[{"name": "乙一"}])
    kept_note = ops.log_interaction(book, customer_id=kept, kind="note", text="备注")
    ops.delete_customers(book, customer_ids=[gone])
    assert ops.empty_trash(book) == 1
    assert book.scalar("SELECT count(*) FROM customers WHERE id = ?", (gone,)) == 0
    assert book.scalar("SELECT count(*) FROM contacts WHERE customer_id = ?", (gone,)) == 0
    assert book.scalar("SELECT count(*) FROM interactions WHERE customer_id = ?", (gone,)) == 0
    assert trash(book) == []
    assert live(book) == [kept]
    assert [c["name"] for c in queries.contacts(book, kept)] == ["乙一"]
    assert [i["id"] for i in queries.interactions(book, kept)] == [kept_note]
    purged = book.all("SELECT * FROM audit WHERE action = 'purge'")
    assert {r["tbl"] for r in purged} == {"customers", "contacts", "interactions"}
    assert len(purged) == 4
    assert queries.customer_ids(book, CustomerFilter(text="甲")) == []
    assert queries.customer_ids(book, CustomerFilter(text="甲", trash=True)) == []


def test_only_an_owner_may_empty_the_trash(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.delete_customers(book, customer_ids=[cid])
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    users.sign_in(book, user_id=sales)
    before = counts(book)
    with pytest.raises(PermissionDenied):
        ops.empty_trash(book)
    assert counts(book) == before
    assert trash(book) == []  # the owner's customer: not hers to see (models.core.scopes)
    book.user_id = book.scalar("SELECT id FROM users WHERE role = 'owner'")
    assert trash(book) == [cid]
