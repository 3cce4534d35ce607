"""Checking a book: SQLite's own checks plus the invariants Kehu relies on.

check_book() reads only; it never repairs. check_path() checks a book file that nobody needs
to open: it writes nothing (no -wal, -shm or lock file appears beside the book) and never lets
SQLite replay into the book a -wal file it did not write (a -wal beside the book is read in a
copy). Each problem is a Problem: a str holding the English
text, which also keeps its source message and parameters so the desktop layer can translate it
(context "errors").
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from models.core import chain, schema, search, values
from models.core.book import Book, probe
from models.core.errors import BOOK_LOCKED, FOREIGN_SCHEMA, BookError, ValidationError
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.lock import BookLock

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
FOREIGN = T("errors", "The book holds things Kehu did not make: {objects}.")
CHAIN_ALTERED = T("errors", "The change log of PC {device} was altered outside Kehu: entry {entry} "
                            "(number {seq}) does not match its hash.")
CHAIN_INSERTED = T("errors", "The change log of PC {device} has an entry inserted outside Kehu: "
                             "entry {entry} (number {seq}).")
CHAIN_DELETED = T("errors", "The change log of PC {device} lost entries deleted outside Kehu: "
                            "right before entry {entry} (number {seq}).")
CHAIN_DELETED_NEWEST = T("errors", "The change log of PC {device} lost its newest entries, "
                                   "deleted outside Kehu after entry {entry} (number {seq}).")
CHAIN_MESSAGES = {"altered": CHAIN_ALTERED, "inserted": CHAIN_INSERTED, "deleted": CHAIN_DELETED,
                  "deleted_newest": CHAIN_DELETED_NEWEST}
FOREIGN_WAL = T("errors", "The -wal file beside the book does not fit it (another book's, or "
                          "damaged: {detail}); the book's own file is intact. Move the -wal file "
                          "away while no Kehu has the book open.")


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
    return check_connection(book.conn)


def check_connection(conn: sqlite3.Connection) -> list[str]:
    """Problems found in the database behind conn (read only). A page so damaged that SQLite
    stops reading is one problem, not an exception."""
    problems: list[str] = []
    try:
        _check(conn, problems)
    except sqlite3.DatabaseError as exc:
        problems.append(Problem(INTEGRITY, detail=str(exc)))
    return problems


def _check(conn: sqlite3.Connection, problems: list[str]) -> None:
    foreign = schema.foreign_objects(conn)
    if foreign:
        problems.append(Problem(FOREIGN, objects=", ".join(foreign)))
    for (line,) in conn.execute("PRAGMA integrity_check(20)"):
        if line != "ok":  # one problem per line SQLite reports, each on one line
            for part in str(line).splitlines():
                if part.strip() and not part.startswith("***"):
                    problems.append(Problem(INTEGRITY, detail=part.strip()))
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(Problem(FOREIGN_KEY, table=table, rowid=rowid, parent=parent))
    found = schema.user_version(conn)
    if found != schema.LATEST:
        problems.append(Problem(BAD_VERSION, found=found, known=schema.LATEST))
    _count(problems, conn, NO_NAME,
           "SELECT count(*), min(id) FROM customers WHERE deleted_at IS NULL AND trim(name) = ''")
    _count(problems, conn, BAD_GRADE,
           "SELECT count(*), min(id) FROM customers WHERE grade NOT IN ('', 'A', 'B', 'C')")
    for index in ("customers_fts", "customers_chars"):
        _count(problems, conn, NOT_INDEXED,
               "SELECT count(*), min(id) FROM customers "
               f"WHERE rid NOT IN (SELECT rowid FROM {index}) "
               f"AND rid NOT IN ({search.PENDING_RIDS})")  # (written after a sync pass)
        _count(problems, conn, ORPHAN_INDEX,
               f"SELECT count(*), min(rowid) FROM {index} "
               "WHERE rowid NOT IN (SELECT rid FROM customers)")
    for table in ("customers", "contacts"):
        _mobiles(problems, conn, table)
    _count(problems, conn, BAD_STATE,
           "SELECT count(*), min(id) FROM operations "
           "WHERE state NOT IN ('done', 'undone', 'dropped', 'final')")
    _count(problems, conn, ORPHAN_AUDIT,
           "SELECT count(*), min(id) FROM audit WHERE op_id NOT IN (SELECT id FROM operations)")
    if schema.user_version(conn) >= schema.CHAINED:
        for broken in chain.verify(conn).breaks:
            problems.append(chain_problem(broken))
    owners = conn.execute(
        "SELECT count(*) FROM users WHERE role = 'owner' AND active = 1 AND deleted_at IS NULL"
    ).fetchone()[0]
    if not owners:
        problems.append(Problem(NO_OWNER))


def chain_problem(broken: chain.Break) -> Problem:
    """One line naming the first entry of a device's chain that does not hold."""
    return Problem(CHAIN_MESSAGES[broken.kind], device=broken.device, entry=broken.entry_id or "?",
                   seq=broken.seq if broken.seq is not None else "?")


def _count(problems: list[str], conn: sqlite3.Connection, message: str, sql: str) -> None:
    count, example = conn.execute(sql).fetchone()
    if count:
        problems.append(Problem(message, count=count, example=example))


def _mobiles(problems: list[str], conn: sqlite3.Connection, table: str) -> None:
    bad = 0
    for record_id, mobile in conn.execute(
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


def _immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def check_path(path) -> list[str]:
    """Check the book file at path without writing anything (see the module's docstring).
    Raises BookError for what is not a Kehu book, a newer Kehu's book, or a book that another
    Kehu has open (its -wal may be half written); schema objects Kehu did not make, damaged
    pages and a -wal that does not fit are problems in the list."""
    path = Path(path).expanduser()
    try:
        probe(path, ignore_wal=True)
    except BookError as exc:
        if exc.message != FOREIGN_SCHEMA:
            raise  # foreign objects are reported below, with everything else
    lock = BookLock(path)
    if not lock.acquire(create=False):
        raise BookError(BOOK_LOCKED, path=str(path))
    try:
        wal = path.with_name(path.name + "-wal")
        if not (wal.is_file() and wal.stat().st_size):
            conn = _immutable(path)
            try:
                return check_connection(conn)
            finally:
                conn.close()
        # The -wal holds committed writes the file does not have yet: replay it into a copy,
        # never into the book (a -wal of another book would overwrite the book's pages).
        with tempfile.TemporaryDirectory(prefix="kehu-check-") as folder:
            copy = Path(folder) / "book.sqlite"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            conn = sqlite3.connect(copy)
            try:
                problems = check_connection(conn)
            finally:
                conn.close()
        if any(p.message == INTEGRITY for p in problems if isinstance(p, Problem)):
            conn = _immutable(path)
            try:
                alone = check_connection(conn)
            finally:
                conn.close()
            if not any(p.message == INTEGRITY for p in alone if isinstance(p, Problem)):
                detail = next(p.params["detail"] for p in problems
                              if isinstance(p, Problem) and p.message == INTEGRITY)
                lines = [x for x in str(detail).splitlines() if not x.startswith("***")]
                detail = "; ".join(lines[:3]) + ("; …" if len(lines) > 3 else "")
                return [Problem(FOREIGN_WAL, detail=detail),
                        *(p for p in alone)]
        return problems
    finally:
        lock.release()
