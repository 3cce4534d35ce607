"""Checking a book: SQLite's own checks plus the invariants Kehu relies on.

check_book() reads only; it never repairs. Each problem is a Problem: a str holding the English
text, which also keeps its source message and parameters so the desktop layer can translate it
(context "errors").
"""

from __future__ import annotations

from models.core import schema, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

INTEGRITY = T("errors", "SQLite integrity check: {detail}")
FOREIGN_KEY = T("errors", "Row {rowid} of table {table} points to a missing row of {parent}.")
BAD_VERSION = T("errors", "The book's schema version is {found}, expected {known}.")
NO_NAME = T("errors", "{count} customers have no name (for example record {example}).")
BAD_GRADE = T("errors", "{count} customers have a grade other than A, B or C (for example {example}).")
NOT_INDEXED = T("errors", "{count} customers are missing from the search index (for example {example}).")
ORPHAN_INDEX = T("errors", "{count} search index entries belong to no customer (for example row {example}).")
BAD_MOBILE = T("errors", "{table} record {example} has an invalid mobile number: {value}")
MORE_BAD_MOBILES = T("errors", "{count} more {table} records have invalid mobile numbers.")
BAD_STATE = T("errors", "{count} operations have an unknown state (for example {example}).")
ORPHAN_AUDIT = T("errors", "{count} audit entries belong to no operation (for example {example}).")
NO_OWNER = T("errors", "The book has no active owner.")


class Problem(str):
    """The English text of a problem; .message and .params let a translator render it."""

    message: str
    params: dict

    def __new__(cls, message: str, **params: object) -> Problem:
        self = super().__new__(cls, message.format(**params))
        self.message = message
        self.params = params
        return self

    def render(self, translate=None) -> str:
        text = translate("errors", self.message) if translate else self.message
        return text.format(**self.params)


def check_book(book: Book) -> list[str]:
    """Problems found in the book; an empty list means it is fine."""
    problems: list[str] = []
    conn = book.conn
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            problems.append(Problem(INTEGRITY, detail=line))
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(Problem(FOREIGN_KEY, table=table, rowid=rowid, parent=parent))
    found = schema.user_version(conn)
    if found != schema.LATEST:
        problems.append(Problem(BAD_VERSION, found=found, known=schema.LATEST))
    _count(problems, book, NO_NAME,
           "SELECT count(*), min(id) FROM customers WHERE deleted_at IS NULL AND trim(name) = ''")
    _count(problems, book, BAD_GRADE,
           "SELECT count(*), min(id) FROM customers WHERE grade NOT IN ('', 'A', 'B', 'C')")
    for index in ("customers_fts", "customers_chars"):
        _count(problems, book, NOT_INDEXED,
               "SELECT count(*), min(id) FROM customers "
               f"WHERE rid NOT IN (SELECT rowid FROM {index})")
        _count(problems, book, ORPHAN_INDEX,
               f"SELECT count(*), min(rowid) FROM {index} "
               "WHERE rowid NOT IN (SELECT rid FROM customers)")
    for table in ("customers", "contacts"):
        _mobiles(problems, book, table)
    _count(problems, book, BAD_STATE,
           "SELECT count(*), min(id) FROM operations "
           "WHERE state NOT IN ('done', 'undone', 'dropped', 'final')")
    _count(problems, book, ORPHAN_AUDIT,
           "SELECT count(*), min(id) FROM audit WHERE op_id NOT IN (SELECT id FROM operations)")
    owners = book.scalar(
        "SELECT count(*) FROM users WHERE role = 'owner' AND active = 1 AND deleted_at IS NULL"
    )
    if not owners:
        problems.append(Problem(NO_OWNER))
    return problems


def _count(problems: list[str], book: Book, message: str, sql: str) -> None:
    count, example = book.one(sql)
    if count:
        problems.append(Problem(message, count=count, example=example))


def _mobiles(problems: list[str], book: Book, table: str) -> None:
    bad = 0
    for record_id, mobile in book.conn.execute(
        f"SELECT id, mobile FROM {table} WHERE mobile != '' AND deleted_at IS NULL"
    ):
        try:
            ok = values.clean_mobiles(mobile) == mobile
        except ValidationError:
            ok = False
        if not ok:
            bad += 1
            if bad == 1:
                problems.append(Problem(BAD_MOBILE, table=table, example=record_id, value=mobile))
    if bad > 1:
        problems.append(Problem(MORE_BAD_MOBILES, count=bad - 1, table=table))
