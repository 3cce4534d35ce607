"""Checking a book: a sound book passes; damage done by hand is reported."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from models.core.book import Book
from models.core.check import check_book
from models.customers import operations
from models.demo import write_demo
from models.team import users


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return write_demo(tmp_path_factory.mktemp("check") / "demo.sqlite", customers=40)


def damaged(demo_path, tmp_path, *statements: str):
    """A copy of the demo book changed with raw SQL, as a broken tool or a person might."""
    copy = tmp_path / "damaged.sqlite"
    shutil.copy(demo_path, copy)
    conn = sqlite3.connect(copy)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return copy


def problems_of(path) -> list[str]:
    with Book.open(path, create=False) as book:
        return check_book(book)


def test_a_fresh_book_is_fine(book):
    operations.add_customer(book, data={"name": "老李五金店", "mobile": "13800138000"})
    assert check_book(book) == []


def test_the_demo_book_is_fine(demo_path):
    assert problems_of(demo_path) == []


def test_missing_search_entry(demo_path, tmp_path):
    path = damaged(demo_path, tmp_path, "DELETE FROM customers_fts WHERE rowid = 3")
    problems = problems_of(path)
    assert len(problems) == 1
    assert "missing from the search index" in problems[0]


def test_orphan_search_entry(demo_path, tmp_path):
    path = damaged(demo_path, tmp_path,
                   "INSERT INTO customers_fts(rowid, body) VALUES (9999, 'ghost')")
    assert any("belong to no customer" in p for p in problems_of(path))


def test_customer_without_a_name(demo_path, tmp_path):
    path = damaged(demo_path, tmp_path, "UPDATE customers SET name = '  ' WHERE rid = 5")
    problems = problems_of(path)
    assert len(problems) == 1 and "have no name" in problems[0]
    assert problems[0].startswith("1 customers")


def test_bad_mobile_and_audit_without_operation(demo_path, tmp_path):
    path = damaged(
        demo_path, tmp_path,
        "UPDATE customers SET mobile = '12345' WHERE rid = 7",
        "INSERT INTO audit (id, seq, op_id, at, tbl, record_id, action, created_at, updated_at) "
        "VALUES ('a1', 99999, 'no-such-op', 'x', 'customers', 'x', 'insert', 'x', 'x')",
    )
    problems = problems_of(path)
    assert any("invalid mobile number: 12345" in p for p in problems)
    assert any("audit entries belong to no operation" in p for p in problems)
    assert any("points to a missing row of operations" in p for p in problems)


def test_no_active_owner(tmp_path):
    with Book.open(tmp_path / "b.sqlite") as book:
        users.add_user(book, name="李娜", role="sales", owner_password="boss")
    conn = sqlite3.connect(tmp_path / "b.sqlite")
    conn.execute("UPDATE users SET active = 0 WHERE role = 'owner'")
    conn.commit()
    conn.close()
    problems = problems_of(tmp_path / "b.sqlite")
    assert [str(p) for p in problems] == ["The book has no active owner."]


def test_problems_can_be_translated(demo_path, tmp_path):
    path = damaged(demo_path, tmp_path, "DELETE FROM customers_fts WHERE rowid = 3")
    (problem,) = problems_of(path)
    catalog = {"{count} customers are missing from the search index (for example {example}).":
               "有 {count} 个客户不在搜索索引中（例如 {example}）。"}
    text = problem.render(lambda context, source: catalog.get(source, source))
    assert text.startswith("有 1 个客户不在搜索索引中")
