"""Opening a book: one SQLite file, WAL, foreign keys on, migrated, locked for one process.

Inside the process, one writer (models.core.writer): the thread that holds it writes through
the write connection; every other thread reads through its own connection. Every write is an
Operation whose change entries go through one function (Operation.log), each stamped with the
device that wrote it and a hybrid logical clock (models.core.hlc), so that another PC's copy of
the book can merge them."""

from __future__ import annotations

import json
import operator
import os
import platform
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from models.core import chain, clock, ids, match_keys, schema, scopes, search
from models.core.errors import (
    BOOK_LOCKED,
    FOREIGN_SCHEMA,
    IS_FOLDER,
    NEWER_SCHEMA,
    NO_SUCH_FILE,
    NO_SUCH_FOLDER,
    NOT_A_BOOK,
    NOT_A_FILE,
    NOT_KEHU,
    READ_ONLY_BOOK,
    READ_ONLY_OLD,
    UNREADABLE,
    BookError,
    os_reason,
)
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.hlc import Clock
from models.core.lock import BookLock
from models.core.writer import Writer

HELD_DAMAGED = T("errors", "The book is damaged; Kehu does not write to it, so nothing was saved.")
STILL_CHECKING = T("errors", "Kehu is still checking the book; nothing was saved. Please try "
                             "again in a moment.")
WRITE_ERRORS = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN")


class DamagedBook(BookError):
    """The book fails SQLite's integrity check; nothing was written to it."""

    def __init__(self, path: Path, detail: str) -> None:
        from models.backup import DAMAGED

        super().__init__(DAMAGED, path=str(path), detail=detail)
        self.path = path


def write_error(book_path: Path, exc: sqlite3.Error, held: str | None = None) -> BookError | None:
    """A disk that is full or read-only, as a message for the user (None: another error).
    `held`: why the app holds the book's writes (Book.hold_writes), which is then the reason."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name.startswith(WRITE_ERRORS):
        return None
    if name.startswith("SQLITE_READONLY") and held == "read-only":
        return BookError(READ_ONLY_BOOK, path=str(book_path))
    if name.startswith("SQLITE_READONLY") and held:
        return BookError(HELD_DAMAGED if held == "damaged" else STILL_CHECKING)
    from models.backup import WRITE_FAILED, BackupError, os_reason

    return BackupError(WRITE_FAILED, path=str(book_path), reason=os_reason(exc))

SQLITE_HEADER = b"SQLite format 3\x00"


new_id = ids.new_id


class _Connection(sqlite3.Connection):
    """A connection whose `with conn:` joins Kehu's open transaction instead of committing it.

    sqlite-utils wraps each write in `with db.conn:`; inside Book.atomic() that must not
    commit half of an operation.
    """

    joined = 0

    def __enter__(self):
        if self.joined:
            return self
        return super().__enter__()

    def __exit__(self, *exc):
        if self.joined:
            return False
        return super().__exit__(*exc)


@dataclass
class Changes:
    """What an operation changed: table -> ids. Sent to listeners after each commit."""

    op_name: str = ""
    tables: dict[str, set[str]] = field(default_factory=dict)

    def add(self, table: str, record_id: str) -> None:
        self.tables.setdefault(table, set()).add(record_id)

    def ids(self, table: str) -> set[str]:
        return self.tables.get(table, set())

    def __bool__(self) -> bool:
        return bool(self.tables)


def read_uri(path: Path) -> str:
    """A URI that reads the book without writing anything: immutable when no -wal is beside it
    (nobody has it open, nothing to replay) or when the folder cannot take SQLite's -shm file;
    else read-only, seeing what the -wal holds."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if wal.exists() and (shm.exists() or os.access(path.parent, os.W_OK)):
        return f"{path.as_uri()}?mode=ro"
    return f"{path.as_uri()}?mode=ro&immutable=1"


def writable(path: Path) -> bool:
    """Whether Kehu may write the book: its file, and its folder (WAL keeps -wal and -shm
    files beside the book)."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sqlite_reason(exc: sqlite3.Error) -> str:
    return os_reason(exc, reading=True)


def probe(path: Path, *, ignore_wal: bool = False) -> None:
    """Refuse what is not a Kehu book of a version we know, or a book holding schema objects
    Kehu did not make (a trigger, a view, a virtual table or a table of another program's:
    code that would run when the book is read or written), without writing to it.
    ignore_wal: read the file alone, as immutable, even when a -wal is beside it."""
    if path.is_dir():
        raise BookError(UNREADABLE, path=str(path), reason=IS_FOLDER)
    if path.exists() and not path.is_file():
        raise BookError(UNREADABLE, path=str(path), reason=NOT_A_FILE)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BookError(UNREADABLE, path=str(path), reason=os_reason(exc, reading=True)) from None
    if not header:
        return  # an empty file becomes a new book
    if header != SQLITE_HEADER:
        raise BookError(NOT_A_BOOK, path=str(path))
    # A read-only connection to a WAL database creates -wal and -shm files next to it. When
    # there is no -wal (nobody has the book open, nothing left to replay), read the file as
    # immutable so that probing leaves the folder exactly as it was.
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1" if ignore_wal else read_uri(path)
        conn = sqlite3.connect(uri, uri=True)
        try:
            version = schema.user_version(conn)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            foreign = schema.foreign_objects(conn) if app_id == schema.APPLICATION_ID else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
            raise DamagedBook(path, str(exc)) from None  # its schema pages are damaged
        raise BookError(UNREADABLE, path=str(path), reason=_sqlite_reason(exc)) from None
    except UnicodeDecodeError:
        # SQLite's message about a damaged schema quotes its bytes, which need not be UTF-8
        raise DamagedBook(path, MALFORMED_SCHEMA) from None
    if tables and app_id != schema.APPLICATION_ID:
        raise BookError(NOT_KEHU, path=str(path))
    if version > schema.LATEST:
        raise BookError(NEWER_SCHEMA, path=str(path), found=version, known=schema.LATEST)
    if foreign:
        raise BookError(FOREIGN_SCHEMA, path=str(path), objects=", ".join(foreign[:5])
                        + (" …" if len(foreign) > 5 else ""))


# What a damaged schema is called when SQLite's own message cannot be decoded.
MALFORMED_SCHEMA = "malformed database schema"


def _remove_restoring(path: Path) -> None:
    """What a restore killed halfway left beside the book (models.backup.restore_damaged
    writes it while holding the lock, which the caller holds now). The backup folder's
    partial files go with models.backup.clean_leftovers, which the app runs after its check."""
    fresh = Path(path).resolve()
    fresh = fresh.with_name(fresh.name + ".restoring")
    for extra in (fresh, *(fresh.with_name(fresh.name + end) for end in ("-journal", "-wal",
                                                                         "-shm"))):
        try:
            extra.unlink()
        except OSError:
            pass


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    """Close a connection that failed while opening (a failed migration was rolled back)."""
    if conn is not None:
        try:
            conn.close()
        except sqlite3.Error:
            pass


def write_search_rows(conn, rows, *, replace: Iterable[int] = ()) -> None:
    """(rid, body) pairs into both search indexes: trigrams, and single characters; the rows
    of the rids in `replace` taken out first."""
    rows = list(rows)
    gone = [(r,) for r in replace]
    if gone:
        for table in ("customers_fts", "customers_chars"):
            conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", gone)
    conn.executemany("INSERT INTO customers_fts(rowid, body) VALUES (?, ?)", rows)
    conn.executemany(
        "INSERT INTO customers_chars(rowid, body) VALUES (?, ?)",
        [(rid, search.spaced(body)) for rid, body in rows],
    )


_AUTO_CHECKPOINT = 1000  # SQLite's default: pages in the journal that make a commit copy them
BULK_ROWS = 2000  # rows written by one step from which its checkpoint runs aside (checkpoint_later)
_MERGE_LATER = 1000  # customers reindexed at once from which the indexes merge afterwards
_FTS_TABLES = ("customers_fts", "customers_chars")


def _checkpoint(path: Path) -> None:
    """Copy the journal's committed pages into the book file (a passive checkpoint: it waits
    for no one). A failure is harmless: the pages stay in the journal, and the next commit's
    automatic checkpoint copies them."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        pass
    finally:
        conn.close()


@contextmanager
def _merging_later(conn):
    for table in _FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")
    try:
        yield
    finally:
        for table in _FTS_TABLES:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 4)")


def delete_search_rows(conn, rid: int) -> None:
    """A customer's search text, and its place among those waiting to be written."""
    for table in ("customers_fts", "customers_chars", "search_pending"):
        conn.execute(f"DELETE FROM {table} WHERE {'rid' if table == 'search_pending' else 'rowid'} "
                     "= ?", (rid,))


class Book:
    """An open customer book. Create with Book.open()."""

    def __init__(self, path: Path, conn: _Connection, lock: BookLock | None) -> None:
        search.register_functions(conn)
        self.path = path
        self._write_conn = conn
        self.writer = Writer()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._dbs: dict[int, object] = {}
        self._lock = lock
        self.user_id: str | None = None
        self.listeners: list[Callable[[Changes], None]] = []
        self.migrated: list[int] = []
        self.held: str | None = None  # why writes are held (hold_writes), None: they are not
        self.device_id = ""
        # Ids this copy wrote under before (a restored backup takes a new one): the user's
        # steps under them stay theirs to undo here.
        self.former_devices: list[str] = []
        self.clock: Clock | None = None
        self._unsaved_device = False
        self.read_only = False  # opened from a file or folder Kehu may not write (Book.open)
        self._checkpoint_later = False  # the transaction's checkpoint runs after it, aside
        self._checkpointer: threading.Thread | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The write connection for the thread that holds the writer; for any other thread, a
        read-only connection of its own (it sees committed data only)."""
        if self.writer.held_here or self._write_conn is None:
            return self._write_conn
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open_reader()
        return conn

    def _open_reader(self) -> sqlite3.Connection:
        if self.read_only:
            conn = sqlite3.connect(read_uri(self.path), uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        search.register_functions(conn)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -16000")
        self._local.conn = conn
        with self._readers_lock:
            self._readers.append(conn)
        return conn

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        owner_name: str = "Owner",
        before_migration: Callable[[Path, int], None] | None = None,
        check: bool = False,
    ) -> Book:
        """Open (or create) the book. Before a migration the book is checked and backed up
        (models.backup); with check=True it is checked in any case, before anything is
        written. A book that fails the check raises DamagedBook and is left untouched."""
        path = Path(path).expanduser()
        if path.exists():
            probe(path)
            if path.stat().st_size and not writable(path):
                return cls._open_read_only(path)
        elif not create:
            raise BookError(NO_SUCH_FILE, path=str(path))
        elif not path.parent.is_dir():
            raise BookError(UNREADABLE, path=str(path), reason=NO_SUCH_FOLDER)
        lock = BookLock(path)
        try:
            locked = lock.acquire()
        except OSError as exc:
            raise BookError(UNREADABLE, path=str(path), reason=os_reason(exc)) from None
        if not locked:
            raise BookError(BOOK_LOCKED, path=str(path))
        conn = None
        try:
            conn = sqlite3.connect(
                path, factory=_Connection, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 2000")  # another program's short write
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA cache_size = -32000")
            book = cls(path, conn, lock)
            _remove_restoring(path)  # a killed restore's file (the lock is held)
            if check:
                book._check()
            hook = book._before_migration(before_migration, checked=check)
            book.migrated = schema.migrate(conn, hook if schema.user_version(conn) else None)
            book._start_clock()
            book._ensure_owner(owner_name)
        except sqlite3.DatabaseError as exc:
            _close_quietly(conn)
            lock.release()
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise BookError(BOOK_LOCKED, path=str(path)) from None
            raise BookError(UNREADABLE, path=str(path), reason=_sqlite_reason(exc)) from None
        except BaseException:
            _close_quietly(conn)
            lock.release()
            raise
        return book

    @classmethod
    def _open_read_only(cls, path: Path) -> Book:
        """A healthy book in a file or folder Kehu may not write: opened for reading, every
        write refused with READ_ONLY_BOOK (Book.held is "read-only"). A book that would need a
        migration cannot be read this way and is refused."""
        lock = BookLock(path)
        try:
            if not lock.acquire():
                raise BookError(BOOK_LOCKED, path=str(path))
        except OSError:
            lock = None  # no lock file can be made there, so no Kehu writes the book either
        conn = None
        try:
            conn = sqlite3.connect(read_uri(path), uri=True, factory=_Connection,
                                   isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA foreign_keys = ON")
            if schema.user_version(conn) < schema.LATEST:
                raise BookError(READ_ONLY_OLD, path=str(path))
            book = cls(path, conn, lock)
            book.read_only = True
            book.held = "read-only"
            book._start_clock()
            book._unsaved_device = False
            book.user_id = book.scalar(
                "SELECT id FROM users WHERE deleted_at IS NULL AND active = 1 "
                "ORDER BY role = 'owner' DESC, created_at LIMIT 1")
        except sqlite3.DatabaseError as exc:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise BookError(UNREADABLE, path=str(path), reason=_sqlite_reason(exc)) from None
        except BaseException:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise
        return book

    def _check(self) -> None:
        from models.backup import book_problem

        problem = book_problem(self.path)
        if problem:
            raise DamagedBook(self.path, problem)

    def _before_migration(self, extra, *, checked: bool):
        """Once before the first migration of an existing book: check it, back it up."""
        done = []

        def hook(version: int) -> None:
            if not done:
                from models.backup import make_backup

                if not checked:
                    self._check()
                make_backup(self.path, reason="migration")
                done.append(version)
            if extra:
                extra(self.path, version)

        return hook

    def _start_clock(self) -> None:
        """This copy's device id and its clock, which goes on from the newest stamp it wrote
        (a restored backup or a wall clock set back never makes it go backwards).

        A device id belongs to one copy of the book: the file at one path on one computer. A
        copy of the file (another folder, another PC) makes its own id the first time it is
        opened, so two copies never write entries in one device's name."""
        conn = self._write_conn
        local = dict(conn.execute("SELECT key, value FROM local").fetchall())
        here = f"{platform.node()}|{self.path.resolve()}"
        device = local.get("device_id")
        if device is None or local.get("device_path", here) != here:
            device = ids.new_device_id()  # a copy, or a team's snapshot (which has none)
        # Written with the first write (a preview, a check or a report writes nothing).
        self._unsaved_device = device != local.get("device_id") or local.get("device_path") != here
        self.device_id = device
        same_copy = device == local.get("device_id")
        self.former_devices = _json_list(local.get("former_devices")) if same_copy else []
        newest = conn.execute(chain.NEWEST_SQL).fetchone()[0] or ""
        self.clock = Clock(device, max(local.get("hlc", ""), newest))

    def _keep_local(self) -> None:
        """Write this copy's device id and clock back (after a restore replaced the table)."""
        self._write_conn.executemany(
            "INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
            [("device_id", self.device_id), ("hlc", self.clock.last),
             ("device_path", f"{platform.node()}|{self.path.resolve()}"),
             ("former_devices", json.dumps(self.former_devices))])

    @property
    def own_devices(self) -> list[str]:
        """This copy's device id and those it wrote under before."""
        return [self.device_id, *self.former_devices]

    def hold_writes(self, why: str) -> None:
        """Refuse every write until release_writes(): "checking" while the app runs SQLite's
        integrity check after opening, "damaged" when the check failed. A refused write says
        why (write_error). A read-only book stays "read-only" unless it is damaged."""
        if self.read_only and why != "damaged":
            return
        with self.writer.hold(timeout=None):
            self.held = why
            self._write_conn.execute("PRAGMA query_only = 1")

    def release_writes(self) -> None:
        if self.read_only:
            return  # a read-only book stays so
        with self.writer.hold(timeout=None):
            self.held = None
            self._write_conn.execute("PRAGMA query_only = 0")

    @contextmanager
    def exclusive(self, task: str = "") -> Iterator[sqlite3.Connection]:
        """Hold the writer without opening a transaction (a restore writes the whole book
        through the backup API); yields the write connection."""
        with self.writer.hold(task):
            yield self._write_conn

    def after_restore(self) -> None:
        """After models.backup.restore replaced the content: this copy takes a new device id
        (the entries it wrote after the backup was made may have reached the other PCs of a
        team, and new entries must never take their numbers), keeps its clock going forward,
        and the user is checked again (the caller holds the writer)."""
        self.former_devices = [*self.former_devices, self.device_id][-20:]
        self.device_id = ids.new_device_id()
        self.clock = Clock(self.device_id, self.clock.last)
        self._keep_local()
        self._unsaved_device = False
        if self.user_id is None or self.one(
                "SELECT 1 FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL",
                (self.user_id,)) is None:
            self.user_id = None
            self._ensure_owner("Owner")

    @property
    def db(self):
        """sqlite-utils over this thread's connection, for bulk work and introspection.
        Imported on first use: it pulls in numpy when installed, which start-up does not need."""
        conn = self.conn
        db = self._dbs.get(id(conn))
        if db is None:
            import sqlite_utils

            db = self._dbs[id(conn)] = sqlite_utils.Database(conn)
        return db

    def close_readers(self) -> None:
        """Close every thread's read connection (they reopen when next used). For work that
        needs the file to itself, such as changing its journal mode; no other thread may be
        reading."""
        self.wait_for_checkpoint()
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            self._dbs.pop(id(reader), None)
            _close_quietly(reader)
        self._local = threading.local()

    def close(self) -> None:
        self.wait_for_checkpoint()
        self.close_readers()
        self._dbs.clear()
        if self._write_conn is not None:
            self._write_conn.close()
            self._write_conn = None  # type: ignore[assignment]
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _ensure_owner(self, name: str) -> None:
        row = self.conn.execute(
            "SELECT id FROM users WHERE deleted_at IS NULL AND active = 1 "
            "ORDER BY role = 'owner' DESC, created_at LIMIT 1"
        ).fetchone()
        if row is None:
            from models.team.users import add_user

            self.user_id = add_user(self, name=name, role="owner", first=True)
        else:
            self.user_id = row["id"]

    # -- reading -------------------------------------------------------------------------
    def one(self, sql: str, params: tuple | list = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple | list = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def user(self) -> sqlite3.Row | None:
        return self.one("SELECT * FROM users WHERE id = ?", (self.user_id,))

    @property
    def is_owner(self) -> bool:
        user = self.user
        return bool(user and user["role"] == "owner")

    # -- writing -------------------------------------------------------------------------
    @contextmanager
    def atomic(self, task: str = "") -> Iterator[None]:
        """One transaction on the write connection, with the writer held by this thread; a
        nested atomic() of the same thread joins it (and so do sqlite-utils writes inside it).
        Another thread's write waits for it, or is refused (models.core.writer)."""
        with self.writer.hold(task):
            conn = self._write_conn
            if conn.joined:
                conn.joined += 1
                try:
                    yield
                finally:
                    conn.joined -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise (write_error(self.path, exc, self.held) or exc) from None
            conn.joined = 1
            try:
                if self._unsaved_device:
                    self._keep_local()
                yield
            except sqlite3.Error as exc:
                self._rollback()
                error = write_error(self.path, exc, self.held)
                if error is None:
                    raise
                raise error from exc
            except BaseException:
                self._rollback()
                raise
            conn.joined = 0
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:  # a full disk can refuse the commit itself
                self._rollback()
                error = write_error(self.path, exc, self.held)
                if error is None:
                    raise
                raise error from exc
            finally:
                self._checkpoint_aside()
            self._unsaved_device = False

    # -- checkpoints -----------------------------------------------------------------------
    def checkpoint_later(self) -> None:
        """For a write of many pages (a handover of 20,000 customers: 80 MB of the journal):
        the transaction's commit does not copy the journal into the book file itself, as
        SQLite's automatic checkpoint would at the commit (a third of a handover's time); a
        checkpoint on a connection of its own, in a thread of its own, does it right after,
        while the user goes on (it waits for no writer and holds none up). Reads and writes
        that follow see the committed data either way; closing the book waits for it."""
        if self._write_conn is not None and self._write_conn.joined:
            self._write_conn.execute("PRAGMA wal_autocheckpoint = 0")
            self._checkpoint_later = True

    def _checkpoint_aside(self) -> None:
        if not self._checkpoint_later:
            return
        self._checkpoint_later = False
        self._write_conn.execute(f"PRAGMA wal_autocheckpoint = {_AUTO_CHECKPOINT}")
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return  # the one under way, or the next commit's, takes this one's pages too
        self._checkpointer = threading.Thread(target=_checkpoint, args=(self.path,),
                                              name="kehu-checkpoint", daemon=True)
        self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        """Wait for a checkpoint running aside (checkpoint_later) to end."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def _rollback(self) -> None:
        conn = self._write_conn
        conn.joined = 0
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            conn.execute("ROLLBACK")
        if self._checkpoint_later:  # nothing was written: the usual checkpoint, at once
            self._checkpoint_later = False
            conn.execute(f"PRAGMA wal_autocheckpoint = {_AUTO_CHECKPOINT}")
        # The clock keeps going: stamps of a rolled-back step are never handed out again.

    def operation(self, name: str, *, label: str = "", undoable: bool = True) -> Operation:
        return Operation(self, name, label=label, undoable=undoable)

    def notify(self, changes: Changes) -> None:
        for listener in list(self.listeners):
            listener(changes)

    def reindex(self, customer_ids: set[str] | list[str]) -> None:
        """Rebuild the search text of these customers (inside the caller's transaction), in
        batches: their rows, contacts and interactions read a few hundred at a time, and the
        search rows written together."""
        wanted = list(dict.fromkeys(customer_ids))
        match_keys.refresh(self.conn, wanted)
        if len(wanted) > _MERGE_LATER:
            # Many rows: the search indexes do not merge their segments while the rows come
            # in (10,000 changes taken in by sync: 4.3 -> 2.5 s); their merging is spread over
            # the writes that follow, as when they are not turned off.
            with _merging_later(self.conn):
                self._reindex(wanted)
        else:
            self._reindex(wanted)

    def reindex_later(self, customer_ids: set[str] | list[str]) -> None:
        """Mark these customers' search text to be rebuilt after this transaction, by
        index_pending (inside the caller's transaction). For a sync pass taking in thousands of
        changes: the pass commits without the index's cost (10,000 changes: most of its
        time), and the index catches up in steps that other writes can go between. Until then
        search reads these customers' own fields (search.PENDING_RIDS, search.own_match).
        Their matching keys (models.core.match_keys) are made again with their search text:
        meanwhile the triggers have noted in match_dirty those whose fields changed, and an
        import's preview keys those from their fields."""
        wanted = list(dict.fromkeys(customer_ids))
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            self.conn.execute(f"INSERT OR IGNORE INTO search_pending (rid) SELECT rid FROM "
                              f"customers WHERE id IN ({', '.join('?' * len(part))}) "
                              f"AND rid IS NOT NULL", part)

    def reindex_later_from(self, rid: int) -> None:
        """reindex_later for the customers from this rid on (those a bulk write just
        inserted: their rids follow the book's last), in one statement."""
        self.conn.execute("INSERT OR IGNORE INTO search_pending (rid) SELECT rid FROM customers "
                          "WHERE rid >= ?", (rid,))

    def pending_search(self) -> list[int]:
        """The customers (by rid) whose search text waits for index_pending."""
        return [r[0] for r in self.all("SELECT rid FROM search_pending ORDER BY rid")]

    def search_waits(self) -> bool:
        """Whether some customers' search text waits for index_pending."""
        return self.one("SELECT 1 FROM search_pending LIMIT 1") is not None

    def index_pending(self, batch: int | None = 500) -> int:
        """Rebuild the search text of up to `batch` customers (None: all) that reindex_later
        marked, in a transaction of its own; returns how many still wait."""
        with self.atomic("search index"):
            last = self.conn.execute(
                "SELECT max(rid) FROM (SELECT rid FROM search_pending ORDER BY rid LIMIT ?)",
                (-1 if batch is None else batch,)).fetchone()[0]
            if last is None:
                return 0
            self.checkpoint_later()  # a step writes thousands of index pages
            self.reindex([r[0] for r in self.conn.execute(
                "SELECT c.id FROM search_pending p JOIN customers c ON c.rid = p.rid "
                "WHERE p.rid <= ? ORDER BY p.rid", (last,))])
            self.conn.execute("DELETE FROM search_pending WHERE rid <= ?", (last,))
            return self.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]

    def catch_up_search(self, progress: Callable[[int, int], None] | None = None, *,
                        seconds: float | None = None, batch: int | None = 5000) -> int:
        """index_pending until nothing waits, `batch` customers a step (None: all in one, for
        the command line, where nothing else waits for the writer), or for about `seconds`
        (then what waits is left for another call, so that other work can go between);
        progress(done, total) after each step. Returns how many still wait."""
        total = self.scalar("SELECT count(*) FROM search_pending")
        until = None if seconds is None else time.monotonic() + seconds
        left = total
        while left:
            left = self.index_pending(batch=batch)
            if progress:
                progress(total - left, total)
            if until is not None and time.monotonic() >= until:
                break
        return left

    def _reindex(self, wanted: list[str]) -> None:
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            marks = ", ".join("?" * len(part))
            contacts: dict[str, list[dict]] = {}
            for r in self.all(f"SELECT * FROM contacts WHERE customer_id IN ({marks}) "
                              "AND deleted_at IS NULL ORDER BY customer_id, rowid", part):
                contacts.setdefault(r["customer_id"], []).append(dict(r))
            texts: dict[str, list[str]] = {}
            for r in self.all(f"SELECT customer_id, text FROM interactions WHERE customer_id IN "
                              f"({marks}) AND deleted_at IS NULL ORDER BY customer_id, at, rowid",
                              part):
                texts.setdefault(r[0], []).append(r[1])
            rows = {r["id"]: r for r in self.all(
                f"SELECT * FROM customers WHERE id IN ({marks})", part)}
            bodies = sorted((rows[cid]["rid"], search.build_body(
                dict(rows[cid]), contacts.get(cid, ()), texts.get(cid, ())))
                for cid in part if cid in rows)
            if not bodies:
                continue
            rids = [rid for rid, _ in bodies]
            have = dict(self.all(f"SELECT rowid, body FROM customers_fts WHERE rowid IN "
                                 f"({', '.join('?' * len(rids))})", rids))
            # a text that stays the same is not written again (the index's costliest part);
            # one the index does not hold yet (a new customer's) has nothing to take out
            changed = [(rid, body) for rid, body in bodies if have.get(rid) != body]
            held = set(have) | {r[0] for r in self.conn.execute(
                f"SELECT rowid FROM customers_chars WHERE rowid IN ({', '.join('?' * len(rids))})",
                rids)}
            write_search_rows(self.conn, changed,
                              replace=[rid for rid, _ in changed if rid in held])

    def setting(self, key: str, default: str = "") -> str:
        row = self.one("SELECT value FROM settings WHERE key = ?", (key,))
        return row[0] if row else default


def _json_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _dump(value) -> str:
    return _ENCODE(value)


# Fields whose values never go into the change log: an entry records that they changed
# (SECRET_SET for a value, None for none), never the value (a password's hash).
SECRETS = {"users": ("password_hash",)}
SECRET_SET = schema.SECRET_SET


def _redact(table: str, fld, value):
    secret = SECRETS.get(table)
    if not secret:
        return value
    if fld in secret:
        return SECRET_SET if value else None
    if fld is None and isinstance(value, dict) and any(value.get(k) for k in secret):
        return {**value, **{k: SECRET_SET for k in secret if value.get(k)}}
    return value


_LOG_SQL = ("INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, field, old, "
            "new, device_id, hlc, created_at, updated_at, prev, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_LOG_FIELDS = ("id", "seq", "op_id", "at", "user_id", "tbl", "record_id", "action", "field", "old",
               "new", "device_id", "hlc")
_CONTENT_OF = operator.itemgetter(*(_LOG_FIELDS.index(k) for k in chain.ENTRY_CONTENT))

# What belongs to a customer: tables with a customer_id, and those that reach one through the
# record they belong to (their key, that table).
_OF_CUSTOMER = frozenset({"contacts", "interactions", "deals", "reminders", "orders", "payments",
                          "tickets", "customer_shares", "grade_changes"})
_THROUGH = {"order_lines": ("order_id", "orders"), "payment_plans": ("order_id", "orders"),
            "ticket_events": ("ticket_id", "tickets"), "deal_history": ("deal_id", "deals")}


class Operation:
    """A named write: rows and their change entries in one transaction; listeners told after.

    Operation.log is the one place that writes change entries (the audit table): each names
    the operation, the user, the device and a clock stamp. Entries are buffered and written in
    bulk (flush), at the latest when the operation ends."""

    def __init__(self, book: Book, name: str, *, label: str = "", undoable: bool = True) -> None:
        self.book = book
        self.name = name
        self.label = label
        self.undoable = undoable
        self.changes = Changes(op_name=name)
        self.customers: set[str] = set()
        self.id = new_id()
        self.now = clock.now_iso()
        self.undo_of: str | None = None
        self.user_id: str | None = None
        self._entries = 0
        self._pending: list[list] = []
        self._next_id = ids.id_stream(256).__next__  # the change entries' ids
        self._seq: int | None = None
        self._head: str | None = None  # the hash of this device's newest entry
        self._read_only: dict[str, str] = {}  # customers the user may only read: last day
        self._atomic = None

    def __enter__(self) -> Operation:
        self._atomic = self.book.atomic(self.label or self.name)
        self._atomic.__enter__()
        try:
            book = self.book
            conn = book.conn
            self.user_id = book.user_id
            seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM operations").fetchone()[0]
            conn.execute(
                "INSERT INTO operations (id, seq, name, label, at, user_id, state, device_id, "
                "hlc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.id, seq, self.name, self.label, self.now, self.user_id,
                 "done" if self.undoable else "final", book.device_id, book.clock.tick(),
                 self.now, self.now),
            )
            self._read_only = scopes.read_only_customers(book)
        except BaseException as exc:
            self._atomic.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self.book.conn
        if exc_type is None:
            try:
                self.flush()
                if self._entries == 0:
                    conn.execute("DELETE FROM operations WHERE id = ?", (self.id,))
                else:
                    if self.undo_of:
                        conn.execute(
                            "UPDATE operations SET undo_of = ? WHERE id = ?", (self.undo_of, self.id)
                        )
                    elif self.undoable:  # a new step: this user's undone steps cannot be redone
                        conn.execute(
                            "UPDATE operations SET state = 'dropped', updated_at = ? "
                            "WHERE state = 'undone' AND user_id IS ? AND device_id IN "
                            "(SELECT value FROM json_each(?))",
                            (self.now, self.user_id, json.dumps(self.book.own_devices)),
                        )
                    self.book.reindex(self.customers)
                conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES ('hlc', ?)",
                             (self.book.clock.last,))
            except BaseException as inner:
                self._atomic.__exit__(type(inner), inner, inner.__traceback__)
                raise
        self._atomic.__exit__(exc_type, exc, tb)
        if exc_type is None and self._entries:
            self.book.notify(self.changes)
        return False

    # -- the change log ------------------------------------------------------------------
    def log(self, table: str, record_id: str, action: str, fld, old, new) -> None:
        """One change entry: an insert (new: the row), an update of one field (old -> new), or
        a purge (old: what is kept of the row). Written at the next flush. A secret (SECRETS)
        is recorded as set or not, never as its value. A change about a customer the user may
        only read (a handover's read-only share) is refused: PermissionDenied, and the
        operation writes nothing."""
        if self._read_only:
            self._refuse_read_only(table, record_id, new if action == "insert" else old)
        old, new = _redact(table, fld, old), _redact(table, fld, new)
        self._pending.append([
            self._next_id(), 0, self.id, self.now, self.user_id, table, record_id, action, fld,
            None if old is None else _dump(old), None if new is None else _dump(new),
            self.book.device_id, "", self.now, self.now])
        self._entries += 1
        self.changes.add(table, record_id)

    def expect_entries(self, count: int) -> None:
        """The next `count` change entries (a bulk write's) get ids in ascending order, drawn
        in one go (ids.ascending_stream): the change log's key is then written in one
        direction."""
        self._next_id = ids.ascending_stream(count).__next__

    def log_updates(self, table: str, fld: str, changes: Iterable[tuple[str, object, object]]
                    ) -> None:
        """Change entries of one field of many records ((record id, old, new) each): what
        log(table, id, "update", fld, old, new) writes for each, made without its per-entry
        steps (a handover's 60,000 owners). The entries' ids are drawn in one go and given in
        ascending order, so that writing them walks the change log's key in one direction."""
        if SECRETS.get(table):
            for record_id, old, new in changes:
                self.log(table, record_id, "update", fld, old, new)
            return
        changes = list(changes)
        if not changes:
            return
        if self._read_only:
            for record_id, _, _ in changes:
                self._refuse_read_only(table, record_id, None)
        op_id, now, user, device = self.id, self.now, self.user_id, self.book.device_id
        ids_ = self.changes.tables.setdefault(table, set())
        # the few distinct values (owners) encoded once each
        encoded = {v: None if v is None else _ENCODE(v)
                   for v in {old for _, old, _ in changes} | {new for _, _, new in changes}}
        entry_ids = sorted(ids.new_ids(len(changes)))
        self._pending += [
            [entry_id, 0, op_id, now, user, table, record_id, "update", fld, encoded[old],
             encoded[new], device, "", now, now]
            for entry_id, (record_id, old, new) in zip(entry_ids, changes, strict=True)]
        ids_.update(record_id for record_id, _, _ in changes)
        self._entries += len(changes)

    def flush(self) -> None:
        """Write the buffered change entries: local order (seq), clock stamps (hlc), and each
        chained to this device's entry before it (models.core.chain)."""
        rows = self._pending
        if not rows:
            return
        self._where_from()
        self._number(rows)
        self._write(rows)
        self._pending = []

    @contextmanager
    def flushing_aside(self) -> Iterator[None]:
        """flush(), with the entries numbered, stamped and chained (Python's part, a third of a
        handover's time) in a thread of its own while the block runs (SQL: sqlite3 lets other
        threads run while a statement works), and written when it ends. The block must log
        nothing more, nor read the clock."""
        rows, self._pending = self._pending, []
        if not rows:
            yield
            return
        self._where_from()
        failed: list[BaseException] = []

        def number() -> None:
            try:
                self._number(rows)
            except BaseException as exc:  # noqa: BLE001 - raised again on the writer's thread
                failed.append(exc)

        worker = threading.Thread(target=number, name="kehu-chain", daemon=True)
        worker.start()
        try:
            yield
        finally:
            worker.join()
        if failed:
            raise failed[0]
        self._write(rows)

    def _where_from(self) -> None:
        """This device's last local order and chain hash, read once per operation."""
        conn = self.book.conn
        if self._seq is None:
            self._seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
        if self._head is None:
            self._head = chain.head(conn, self.book.device_id)

    def _number(self, rows: list[list]) -> None:
        stamps = self.book.clock.ticks(len(rows))
        seq = self._seq
        for row, stamp in zip(rows, stamps, strict=True):
            seq += 1
            row[1], row[12] = seq, stamp
        links = chain.link(self._head, map(_CONTENT_OF, rows))
        for row, pair in zip(rows, links, strict=True):
            row += pair
        self._seq = seq
        self._head = links[-1][1]

    def _write(self, rows: list[list]) -> None:
        conn = self.book.conn
        conn.executemany(_LOG_SQL, rows)
        conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                     (chain.HEAD_KEY, json.dumps({"device": self.book.device_id,
                                                  "hash": self._head})))

    def _customer_of(self, table: str, record_id: str, row) -> str | None:
        """The customer a record is about (None: none), from the row when given."""
        if table == "customers":
            return record_id
        conn = self.book.conn
        row = row if isinstance(row, dict) else {}
        if table in _OF_CUSTOMER:
            if "customer_id" in row:
                return row["customer_id"]
            found = conn.execute(f"SELECT customer_id FROM {table} WHERE id = ?",
                                 (record_id,)).fetchone()
            return found[0] if found else None
        if table in _THROUGH:
            key, parent = _THROUGH[table]
            parent_id = row.get(key)
            if parent_id is None:
                found = conn.execute(f"SELECT {key} FROM {table} WHERE id = ?",
                                     (record_id,)).fetchone()
                parent_id = found[0] if found else None
            return self._customer_of(parent, parent_id, None) if parent_id else None
        return None

    def _refuse_read_only(self, table: str, record_id: str, row) -> None:
        customer_id = self._customer_of(table, record_id, row)
        if customer_id in self._read_only:
            scopes.refuse_read_only(self.book, customer_id, self._read_only[customer_id])

    def keep_in_history(self) -> None:
        """Keep the operation in the history even when it logged no change (an import whose
        rows were all duplicates)."""
        self._entries += 1

    def _log_row(self, table: str, record_id: str, action: str, fld, old, new) -> None:
        self.log(table, record_id, action, fld, old, new)
        self._touch_customer(table, record_id)

    def _touch_customer(self, table: str, record_id: str) -> None:
        if table == "customers":
            self.customers.add(record_id)
        elif table in ("contacts", "interactions"):
            cid = self.book.scalar(f"SELECT customer_id FROM {table} WHERE id = ?", (record_id,))
            if cid:
                self.customers.add(cid)
                self.changes.add("customers", cid)

    # -- the writes ----------------------------------------------------------------------
    def insert(self, table: str, row: dict) -> str:
        row = dict(row)
        row.setdefault("id", new_id())
        row.setdefault("created_at", self.now)
        row.setdefault("updated_at", self.now)
        if table == "customers" and "rid" not in row:
            row["rid"] = self.book.scalar("SELECT coalesce(max(rid), 0) + 1 FROM customers")
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        conn = self.book.conn
        conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        conn.execute("DELETE FROM tombstones WHERE tbl = ? AND record_id = ?", (table, row["id"]))
        self._log_row(table, row["id"], "insert", None, None, row)
        return row["id"]

    def insert_waiting(self, table: str, row: dict) -> str:
        """A record that points to one this PC does not hold (another PC's customer, told by
        the team's clash index): its change entry is written as insert() writes it, and the
        record waits in sync_waiting, as one taken in from another PC does, until what it
        points to arrives (models.sync.merge settles it then). A PC that holds what it points
        to makes it as soon as the entry arrives."""
        row = dict(row)
        row.setdefault("id", new_id())
        row.setdefault("created_at", self.now)
        row.setdefault("updated_at", self.now)
        self.book.conn.execute("INSERT OR IGNORE INTO sync_waiting (tbl, record_id) VALUES (?, ?)",
                               (table, row["id"]))
        self.log(table, row["id"], "insert", None, None, row)
        return row["id"]

    def update(self, table: str, record_id: str, values: dict) -> dict:
        """Write the fields that differ; returns {field: (old, new)} of what changed."""
        row = self.book.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        if row is None:
            raise KeyError(record_id)
        custom = json.loads(row["custom"]) if table == "customers" else {}
        changed: dict = {}
        plain: dict = {}
        for key, new in values.items():
            if key.startswith("custom:"):
                old = custom.get(key[7:], "")
                if (old or "") != (new or ""):
                    changed[key] = (old, new)
                    if new in (None, ""):
                        custom.pop(key[7:], None)
                    else:
                        custom[key[7:]] = new
            elif row[key] != new:
                changed[key] = (row[key], new)
                plain[key] = new
        if not changed:
            return {}
        if any(k.startswith("custom:") for k in changed):
            plain["custom"] = _dump(custom)
        plain["updated_at"] = self.now
        sets = ", ".join(f"{k} = ?" for k in plain)
        self.book.conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = ?", [*plain.values(), record_id]
        )
        for key, (old, new) in changed.items():
            self._log_row(table, record_id, "update", key, old, new)
        return changed

    def purge(self, table: str, record_id: str, keep: dict | None = None) -> None:
        """Delete a row for good (emptying the trash, undoing a creation), leaving a tombstone
        (which row, when, who, on which PC) and the change entry."""
        self._touch_customer(table, record_id)
        conn = self.book.conn
        if table == "customers":
            rid = self.book.scalar("SELECT rid FROM customers WHERE id = ?", (record_id,))
            delete_search_rows(conn, rid)
            match_keys.forget(conn, [record_id])
            self.customers.discard(record_id)
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        self.tombstone(table, [record_id])
        self._log_row(table, record_id, "purge", None, keep, None)
        if table == "customers":
            self.customers.discard(record_id)

    def tombstone(self, table: str, record_ids: list[str]) -> None:
        """Tombstones for rows deleted for good in this operation (bulk deletes call it)."""
        stamps = self.book.clock.ticks(len(record_ids))
        self.book.conn.executemany(
            "INSERT OR REPLACE INTO tombstones (tbl, record_id, op_id, user_id, device_id, hlc, "
            "at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(table, rid, self.id, self.user_id, self.book.device_id, stamp, self.now)
             for rid, stamp in zip(record_ids, stamps, strict=True)])
