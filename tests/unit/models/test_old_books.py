"""Books written by every released schema version open in this Kehu, backed up first, whole.

tests/data/books/schema-<k>.sqlite were written by the demo command of the last commit whose
schema was k (tests/data/books/README.md says which commit and how). Unlike the migration tests,
which build old schemas with this Kehu's own migration code, these hold what the old code wrote.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import backup
from models.core import schema
from models.core.book import Book, DamagedBook
from models.core.check import check_book
from models.customers import operations as ops
from models.customers.queries import CustomerFilter, customer_ids

BOOKS = Path(__file__).resolve().parents[2] / "data" / "books"
COUNTED = ("customers", "contacts", "interactions", "users", "deals", "reminders", "alerts",
           "imports")
KNOWN = "上海嘉禾食品实业有限公司"  # the first customer of every demo book


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def counts(path: Path) -> dict[str, int]:
    conn = read_only(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in COUNTED if t in tables}
    finally:
        conn.close()


def version(path: Path) -> int:
    conn = read_only(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_a_book_of_every_schema_version():
    assert sorted(p.name for p in BOOKS.glob("schema-*.sqlite")) == sorted(
        f"schema-{k}.sqlite" for k in range(1, schema.LATEST + 1))
    for k in range(1, schema.LATEST + 1):
        path = BOOKS / f"schema-{k}.sqlite"
        assert version(path) == k
        assert path.stat().st_size < 2_000_000  # 40 customers with a year of orders: ~1.5 MB
        assert not path.with_name(path.name + "-wal").exists()  # the whole book is in the file


@pytest.mark.parametrize("k", range(1, schema.LATEST + 1))
def test_a_book_of_schema_k_opens_migrated_backed_up_and_whole(tmp_path, k):
    path = tmp_path / "shop.sqlite"
    shutil.copyfile(BOOKS / f"schema-{k}.sqlite", path)
    before = counts(path)
    assert before["customers"] == 40 and before["users"] == 5

    with Book.open(path) as book:
        assert book.migrated == list(range(k + 1, schema.LATEST + 1))
        made = backup.list_backups(path)
        if k < schema.LATEST:
            # the book as it was, before anything was changed
            assert [b.reason for b in made] == ["migration"]
            saved = backup.check_file(made[0].path)
            assert saved.schema_version == made[0].schema_version == k
            assert version(saved.path) == k
            assert counts(saved.path) == before
        else:
            assert made == []  # nothing to migrate: no backup
        assert book.scalar("PRAGMA user_version") == schema.LATEST
        after = counts(path)
        assert {t: after[t] for t in before} == before
        assert check_book(book) == []
        known = book.scalar("SELECT id FROM customers WHERE name = ?", (KNOWN,))
        assert known in customer_ids(book, CustomerFilter(text="嘉禾食品"))
        # the book works on: a new customer is saved and found
        cid = ops.add_customer(book, data={"name": "升级以后的新客户", "mobile": "13912345678"})
        assert customer_ids(book, CustomerFilter(text="升级以后")) == [cid]
        assert customer_ids(book, CustomerFilter(text="13912345678")) == [cid]
        assert check_book(book) == []

    with Book.open(path) as again:  # up to date now: no migration, no second backup
        assert again.migrated == []
        assert again.scalar("SELECT count(*) FROM customers") == before["customers"] + 1
    assert len(backup.list_backups(path)) == len(made)


def corrupt_a_page(path: Path, table: str) -> int:
    """Overwrite the cells of one page of a table's b-tree; returns the page number."""
    conn = read_only(path)
    try:
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                            "ORDER BY pageno LIMIT 1 OFFSET 1", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size + 8)
        fh.write(b"\xff\x7f" * 200)
    return page


def test_a_damaged_book_that_needs_a_migration_is_refused_untouched(tmp_path):
    folder = tmp_path / "books"
    folder.mkdir()
    path = folder / "shop.sqlite"
    shutil.copyfile(BOOKS / "schema-4.sqlite", path)
    corrupt_a_page(path, "interactions")
    assert backup.book_problem(path)
    damaged = digest(path)
    files = sorted(p.name for p in folder.iterdir())

    with pytest.raises(DamagedBook) as err:
        Book.open(path)
    assert err.value.path == path
    assert "damaged" in str(err.value) and err.value.params["detail"]
    assert digest(path) == damaged
    assert version(path) == 4
    assert backup.list_backups(path) == []  # a damaged book is not "backed up" either
    assert sorted(p.name for p in folder.iterdir() if p.name != "shop.sqlite.lock") == files


def test_the_list_of_customers_whose_search_text_waits_moves_into_its_table(tmp_path):
    """Schema 27 keeps the customers whose search text waits (Book.reindex_later) in a table:
    a schema-26 book's list of them, kept in `local`, is moved there, and a list that is not
    one is dropped (the customers are then indexed as they are written again)."""
    for kept, rids in (('[3, 1, 2, "x"]', [1, 2, 3]), ("not json", []), ('{"a": 1}', [])):
        path = tmp_path / f"b{len(rids)}{kept[:1]}.sqlite"
        shutil.copy(BOOKS / "schema-26.sqlite", path)
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO local (key, value) VALUES ('search_pending', ?)", (kept,))
        conn.commit()
        conn.close()
        book = Book.open(path)
        try:
            assert book.pending_search() == rids
            assert book.scalar("SELECT count(*) FROM local WHERE key = 'search_pending'") == 0
            book.catch_up_search()
            assert not book.search_waits()
        finally:
            book.close()
