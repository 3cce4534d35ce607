"""Backups of a book: SQLite's online backup API, never a file copy of a live book.

A backup is one self-contained SQLite file (rollback journal, not WAL) named
``<book stem>-YYYYMMDD-HHMMSS-<reason>.sqlite`` in the book's backup folder, with a small JSON
beside it (when, why, how many customers, schema version), so the list shows without opening
every file. The folder is ``backups/`` next to the book unless the user chose another one (a USB
disk, a network share); that choice lives in the data dir (``backups.json``), not in the book,
so it is known even when the book is damaged.

Each backup is written as a ``*.partial`` file of its own, synced to disk, then renamed: a
crash or a full disk leaves no half backup that looks whole. After each automatic backup the folder is thinned:
kept are the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, the
newest KEEP_RECENT backups whatever they are, and every backup made by hand ("Back up now"),
which only the user deletes.

Restoring checks the backup first (SQLite's integrity check, a Kehu book, a schema this Kehu
reads), backs up the current state, then copies the backup into the open book through the
backup API: one transaction, so a crash halfway leaves the book as it was. A book that fails its
own check is never written: restore_damaged() sets its files aside and puts the backup in place.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import secrets
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.core import clock, paths, schema
from models.core.book import read_uri
from models.core.errors import (  # noqa: F401 - the reasons are part of this module's names
    DISK_ERROR,
    DISK_FULL,
    NO_SUCH_FOLDER,
    NOT_ALLOWED,
    READ_ONLY,
    Cancelled,
    UserError,
    os_reason,
)
from models.core.errors import IN_USE as BOOK_BUSY
from models.core.errors import MISSING_FILE as MISSING
from models.core.errors import QT_TRANSLATE_NOOP as T

Progress = Callable[[int, int], None]
Check = Callable[[], bool]

REASONS = ("daily", "manual", "migration", "import", "undo-import", "restore", "sync")
REASON_NAMES = {
    "daily": T("backup", "daily"),
    "manual": T("backup", "by hand"),
    "migration": T("backup", "before an upgrade"),
    "import": T("backup", "before an import"),
    "undo-import": T("backup", "before undoing an import"),
    "restore": T("backup", "before a restore"),
    "sync": T("backup", "before a sync"),
}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_RECENT = 10
PAGES_PER_STEP = 2048  # 8 MB of 4 KB pages between progress reports

BACKUP_FAILED = T("errors", "The backup could not be written to {folder}: {reason}. The book "
                            "was not changed.")
BAD_BACKUP = T("errors", "{path} cannot be restored: {reason}. Nothing was changed.")
DAMAGED = T("errors", "The book {path} is damaged ({detail}). Kehu has not changed it.")
NO_FOLDER = T("errors", "The backup folder {folder} cannot be used: {reason}.")
WRITE_FAILED = T("errors", "Kehu could not save to {path}: {reason}. Nothing was lost: what "
                           "you were saving was not written, and the book is as it was before.")

NOT_SQLITE = T("errors", "it is not an SQLite database")
NOT_KEHU_BOOK = T("errors", "it is not a Kehu book")
TOO_NEW = T("errors", "it was written by a newer Kehu (book version {found})")
FOREIGN = T("errors", "it holds things Kehu did not make ({objects}); a backup holds only "
                      "data")
FAILS_CHECK = T("errors", "it fails SQLite's integrity check ({detail})")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str  # ISO 8601 with the UTC offset, local time of the PC that made it
    reason: str
    size: int
    customers: int | None
    schema_version: int

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)


# -- the folder --------------------------------------------------------------------------
def _config_path() -> Path:
    return paths.data_dir() / "backups.json"


def _read_config() -> dict:
    try:
        data = json.loads(_config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(book_path: Path) -> str:
    return str(Path(book_path).expanduser().resolve())


def default_folder(book_path: Path) -> Path:
    return Path(book_path).expanduser().resolve().parent / "backups"


def chosen_folder(book_path: Path) -> Path | None:
    """The folder the user chose for this book's backups, or None for the default."""
    folder = _read_config().get("folders", {}).get(_key(book_path))
    return Path(folder) if folder else None


def backup_folder(book_path: Path) -> Path:
    return chosen_folder(book_path) or default_folder(book_path)


def set_folder(book_path: Path, folder: Path | None) -> Path:
    """Keep this book's backups in folder (None: next to the book). The folder must exist and
    take a file; backups already made stay where they are."""
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        if not folder.is_dir():
            raise BackupError(NO_FOLDER, folder=str(folder), reason=NO_SUCH_FOLDER)
        probe = folder / f".kehu-write-test-{os.getpid()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise BackupError(NO_FOLDER, folder=str(folder), reason=os_reason(exc)) from None
    config = _read_config()
    folders = config.setdefault("folders", {})
    if folder is None or folder == default_folder(book_path):
        folders.pop(_key(book_path), None)
    else:
        folders[_key(book_path)] = str(folder)
    _write_json(_config_path(), config)
    return backup_folder(book_path)


class BackupError(UserError):
    """A backup or restore problem whose {reason} is itself a message to translate."""

    def __init__(self, message: str, **params: object) -> None:
        params.setdefault("reason", "")
        super().__init__(message, **{**params, "reason": str(params["reason"]).format(**params)})
        self.params = params

    def render(self, translate=None) -> str:
        params = dict(self.params)
        reason = str(params["reason"])
        if translate:
            reason = translate("errors", reason)
        params["reason"] = reason.format(**params)
        text = translate(self.context, self.message) if translate else self.message
        return text.format(**params)


# -- files -------------------------------------------------------------------------------
def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows has no directory fsync
        return
    try:
        _fsync(folder)
    except OSError:
        pass


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _remove(path: Path) -> None:
    """Clean up; on a read-only disk even a missing file raises (EROFS): leave it be."""
    try:
        path.unlink()
    except OSError:
        pass


def _name_pattern(stem: str) -> re.Pattern:
    reasons = "|".join(re.escape(r) for r in REASONS)
    return re.compile(rf"{re.escape(stem)}-(\d{{8}})-(\d{{6}})(?:-\d+)?-({reasons})\.sqlite")


def _target(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-{stamp}-{reason}.sqlite"
    n = 2
    while path.exists() or path.with_name(path.name + ".json").exists():
        path = folder / f"{stem}-{stamp}-{n}-{reason}.sqlite"
        n += 1
    return path


# -- making a backup ---------------------------------------------------------------------
# Each backup writes its own partial file, named after the computer and the process making it:
# two backups of books with the same name into one folder (a second Kehu, a scheduled
# `kehu backup`, two PCs sharing a folder) never write, nor clean up, each other's files. A
# rotation removes only the partial files no running backup writes (SQLITE_IOERR_DELETE_NOENT,
# "the disk reported an error", came from one backup deleting the other's journal).
_HOST = re.sub(r"[^A-Za-z0-9]", "", platform.node())[:24] or "pc"
_PARTIAL = re.compile(r"\.sqlite\.(?P<host>[A-Za-z0-9]+)-(?P<pid>\d+)-[0-9a-f]{8}\.partial")
_IN_PROGRESS: set[str] = set()  # this process's partial files being written
FOREIGN_PARTIAL_AGE_S = 24 * 3600


def _partial_name(target: Path) -> Path:
    return target.with_name(f"{target.name}.{_HOST}-{os.getpid()}-{secrets.token_hex(4)}.partial")


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would not ask there: assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, run by another user
    return True


def _stale_partial(path: Path) -> bool:
    """A partial file that no running backup writes (a killed or failed one left it)."""
    base = re.sub(r"\.partial-(journal|wal|shm)$", ".partial", path.name)
    if base in _IN_PROGRESS:
        return False
    match = _PARTIAL.search(base)
    if match is None:
        return True  # an older Kehu's name: its backup is long over
    pid = int(match["pid"])
    if match["host"] == _HOST and pid == os.getpid():
        return True
    if match["host"] == _HOST and sys.platform != "win32":
        return not _alive(pid)
    try:  # another computer's, or a process Kehu cannot ask about: when it is old
        return time.time() - path.stat().st_mtime > FOREIGN_PARTIAL_AGE_S
    except OSError:
        return False


def _sqlite_extras(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it writes it."""
    return [path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm")]


def _remove_copy(path: Path) -> None:
    for each in (path, *_sqlite_extras(path)):
        _remove(each)


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None,
          cancelled: Check | None) -> None:
    """Copy source into a new file at target through the backup API, then make it a
    self-contained rollback-journal file synced to disk."""
    for leftover in _sqlite_extras(target):  # a killed backup's -wal is not read
        _remove(leftover)
    with target.open("xb"):  # an OSError names the reason (read-only...); SQLite would not
        pass
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        def step(status, remaining, total):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(total - remaining, total)

        source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(target)


def make_backup(book_path: Path, *, reason: str, out: Path | None = None,
                progress: Progress | None = None, cancelled: Check | None = None,
                rotate_after: bool = True) -> BackupInfo:
    """Back up the book at book_path (open or not) into its backup folder, or to `out`.

    Reads through its own connection, so it sees only committed data and never blocks the
    app's writes for long. Raises UserError (nothing written) when the folder cannot take it,
    Cancelled when cancelled (the partial file is removed)."""
    if reason not in REASONS:
        raise KeyError(reason)
    book_path = Path(book_path).expanduser().resolve()
    now = clock.now()
    if out is not None:
        target = Path(out).expanduser().resolve()
        folder = target.parent
    else:
        folder = backup_folder(book_path)
        target = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(BACKUP_FAILED, folder=str(folder), reason=os_reason(exc)) from None
    if target is None:
        target = _target(folder, book_path.stem, reason, now)
    partial = _partial_name(target)
    _IN_PROGRESS.add(partial.name)
    source = sqlite3.connect(read_uri(book_path), uri=True)
    try:
        _copy(source, partial, progress, cancelled)
        info = _describe(partial, created_at=now.isoformat(timespec="seconds"), reason=reason)
        os.replace(partial, target)
        _fsync_dir(folder)
    except Cancelled:
        _remove_copy(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_copy(partial)  # with the journal SQLite left when the disk filled up
        raise BackupError(BACKUP_FAILED, folder=str(folder), reason=os_reason(exc)) from None
    finally:
        source.close()
        _IN_PROGRESS.discard(partial.name)
    info = BackupInfo(target, info.created_at, reason, info.size, info.customers,
                      info.schema_version)
    try:  # a backup written elsewhere (--out) is one file, as asked
        if out is None:
            _write_json(target.with_name(target.name + ".json"), {
                "created_at": info.created_at, "reason": reason, "customers": info.customers,
                "schema_version": info.schema_version, "size": info.size,
                "book": str(book_path)})
    except OSError:
        pass  # the list reads the file itself when its description is missing
    if out is None and rotate_after:
        rotate(book_path)
    return info


def _open_ro(path: Path) -> sqlite3.Connection:
    """Read a closed SQLite file without creating anything next to it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _describe(path: Path, *, created_at: str | None = None, reason: str = "") -> BackupInfo:
    conn = _open_ro(path)
    try:
        version = schema.user_version(conn)
        try:
            customers = conn.execute(
                "SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.Error:
            customers = None
    finally:
        conn.close()
    stat = path.stat()
    if created_at is None:
        created_at = dt.datetime.fromtimestamp(stat.st_mtime).astimezone().isoformat(
            timespec="seconds")
    return BackupInfo(path, created_at, reason, stat.st_size, customers, version)


# -- the list and its rotation -----------------------------------------------------------
def list_backups(book_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """This book's backups in its backup folder, newest first."""
    book_path = Path(book_path).expanduser().resolve()
    folder = folder or backup_folder(book_path)
    pattern = _name_pattern(book_path.stem)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = pattern.fullmatch(path.name)
        if not match or not path.is_file():
            continue
        found.append(_read_info(path, match.group(3)))
    found = [b for b in found if b is not None]
    found.sort(key=lambda b: (b.when, b.path.name), reverse=True)
    return found


def _read_info(path: Path, reason: str) -> BackupInfo | None:
    try:
        data = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        return BackupInfo(path, str(data["created_at"]), reason, path.stat().st_size,
                          data.get("customers"), int(data.get("schema_version", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        return _describe(path, reason=reason)
    except (OSError, sqlite3.Error):
        try:
            stat = path.stat()
        except OSError:
            return None
        when = dt.datetime.fromtimestamp(stat.st_mtime).astimezone()
        return BackupInfo(path, when.isoformat(timespec="seconds"), reason, stat.st_size, None, 0)


def to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Which backups rotation keeps (see the module's docstring)."""
    ordered = sorted(backups, key=lambda b: (b.when, b.path.name), reverse=True)
    keep = {b.path for b in ordered if b.reason == "manual"}
    keep |= {b.path for b in ordered[:KEEP_RECENT]}
    for count, bucket in ((KEEP_DAILY, lambda d: d.date()),
                          (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
                          (KEEP_MONTHLY, lambda d: (d.year, d.month))):
        seen: set = set()
        for b in ordered:
            key = bucket(b.when)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(b.path)
    return keep


def rotate(book_path: Path) -> list[Path]:
    """Delete the backups rotation does not keep; returns their paths. Left-over partial
    files of a backup that was interrupted go too."""
    book_path = Path(book_path).expanduser().resolve()
    folder = backup_folder(book_path)
    backups = list_backups(book_path, folder)
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                _remove(b.path.with_name(b.path.name + ".json"))
                removed.append(b.path)
            except OSError:
                pass
    _remove_partials(book_path, folder)
    return removed


def _remove_partials(book_path: Path, folder: Path) -> None:
    prefix = book_path.stem + "-"
    try:
        for path in folder.glob(f"{glob_escape(prefix)}*.partial*"):
            # a killed backup leaves its SQLite journal beside the partial file
            if path.name.endswith((".partial", ".partial-journal", ".partial-wal",
                                   ".partial-shm")) and _stale_partial(path):
                _remove(path)
    except OSError:
        pass


def clean_leftovers(book_path: Path) -> None:
    """At start, with the book's lock held: what a killed backup (its .partial files, of no
    running backup) or a killed restore (``<book>.restoring``) left behind goes, instead of
    waiting for the next backup."""
    book_path = Path(book_path).expanduser().resolve()
    for extra in (book_path.with_name(book_path.name + ".restoring"),
                  *_sqlite_extras(book_path.with_name(book_path.name + ".restoring"))):
        if extra.exists():
            _remove(extra)
    folder = backup_folder(book_path)
    if folder.is_dir():
        _remove_partials(book_path, folder)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def delete_backup(info: BackupInfo) -> None:
    try:
        info.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise BackupError(NO_FOLDER, folder=str(info.path.parent), reason=os_reason(exc)) from None
    _remove(info.path.with_name(info.path.name + ".json"))


def daily_due(book_path: Path) -> bool:
    """True when no daily backup of this book was made today."""
    today = clock.today()
    return not any(b.reason == "daily" and b.when.date() == today
                   for b in list_backups(book_path))


# -- checking ----------------------------------------------------------------------------
def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """The first line SQLite's integrity check reports, or None when the file is fine."""
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except UnicodeDecodeError:  # a damaged schema's message quotes bytes that are not UTF-8
        return "malformed database schema"
    lines = [r[0] for r in rows]
    return None if lines == ["ok"] else "; ".join(lines)


def check_file(path: Path) -> BackupInfo:
    """Refuse (UserError BAD_BACKUP) what cannot be restored; describe what can."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError(BAD_BACKUP, path=str(path), reason=MISSING)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BackupError(BAD_BACKUP, path=str(path), reason=os_reason(exc)) from None
    if header != b"SQLite format 3\x00":
        raise BackupError(BAD_BACKUP, path=str(path), reason=NOT_SQLITE)
    try:
        conn = sqlite3.connect(read_uri(path), uri=True)
        try:
            problem = integrity_problem(conn)
            if problem:
                raise BackupError(BAD_BACKUP, path=str(path), reason=FAILS_CHECK, detail=problem)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = schema.user_version(conn)
            foreign = schema.foreign_objects(conn) if app_id == schema.APPLICATION_ID else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(BAD_BACKUP, path=str(path), reason=FAILS_CHECK, detail=str(exc)) from None
    except UnicodeDecodeError:
        raise BackupError(BAD_BACKUP, path=str(path), reason=FAILS_CHECK,
                          detail="malformed database schema") from None
    if app_id != schema.APPLICATION_ID:
        raise BackupError(BAD_BACKUP, path=str(path), reason=NOT_KEHU_BOOK)
    if version > schema.LATEST:
        raise BackupError(BAD_BACKUP, path=str(path), reason=TOO_NEW, found=version)
    if foreign:
        raise BackupError(BAD_BACKUP, path=str(path), reason=FOREIGN, objects=", ".join(
            foreign[:5]) + (" …" if len(foreign) > 5 else ""))
    reason = next((r for r in REASONS if path.name.endswith(f"-{r}.sqlite")), "")
    return _read_info(path, reason) or _describe(path, reason=reason)


def newest_good(book_path: Path) -> BackupInfo | None:
    """The newest backup of this book that passes check_file, or None."""
    for info in list_backups(book_path):
        try:
            return check_file(info.path)
        except UserError:
            continue
    return None


def book_problem(book_path: Path) -> str | None:
    """SQLite's integrity check of a book file, read through its own connection (the book may
    be open elsewhere in this process); None when it is fine."""
    path = Path(book_path).expanduser().resolve()
    try:  # with no -wal, nothing to replay: read it as it is, creating nothing beside it
        conn = sqlite3.connect(read_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return integrity_problem(conn)
    finally:
        conn.close()


# -- restoring ---------------------------------------------------------------------------
def restore(book, backup_path: Path, *, progress: Progress | None = None,
            cancelled: Check | None = None) -> tuple[BackupInfo, BackupInfo]:
    """Put the backup's content into the open book (a models.core.book.Book).

    Checks the backup, backs up the current state (reason "restore"), then copies the backup
    into the book through the backup API in one step: SQLite writes it as one transaction.
    Brings an older backup up to the current schema. Returns (restored, safety backup)."""
    from models.core.permissions import require

    require(book, "backup.restore")
    info = check_file(backup_path)
    # Rotation waits until the copy is done: it could otherwise remove the backup being restored.
    safety = make_backup(book.path, reason="restore", progress=progress, cancelled=cancelled,
                         rotate_after=False)
    if cancelled and cancelled():
        raise Cancelled()
    with book.exclusive("restore") as conn:
        source = _open_ro(Path(backup_path))
        try:
            try:
                source.backup(conn)
            except sqlite3.Error as exc:
                raise BackupError(WRITE_FAILED, path=str(book.path),
                                  reason=os_reason(exc)) from None
        finally:
            source.close()
        conn.execute("PRAGMA journal_mode = WAL")
        schema.migrate(conn)
        book.after_restore()
        with book.operation("restore", label=info.path.name, undoable=False) as op:
            op.log("book", info.path.name, "update", "restored_from", None, {
                "backup": info.path.name, "created_at": info.created_at,
                "customers": info.customers, "safety_backup": safety.path.name})
    rotate(book.path)
    return info, safety


def restore_damaged(book_path: Path, backup_path: Path) -> Path:
    """Replace a book that fails its check (and is not open) by a backup.

    The damaged files are kept beside it as ``<name>.damaged-YYYYMMDD-HHMMSS`` (nothing is
    lost, and nothing is written into them); the backup is copied into a new file that is
    renamed over the book. Returns the path of the damaged copy."""
    from models.core.lock import BookLock

    check_file(backup_path)
    book_path = Path(book_path).expanduser().resolve()
    lock = BookLock(book_path)
    try:
        if not lock.acquire():
            raise BackupError(BAD_BACKUP, path=str(backup_path), reason=BOOK_BUSY)
    except OSError as exc:
        raise BackupError(BAD_BACKUP, path=str(backup_path), reason=os_reason(exc)) from None
    try:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        aside = book_path.with_name(f"{book_path.name}.damaged-{stamp}")
        fresh = book_path.with_name(book_path.name + ".restoring")
        source = _open_ro(Path(backup_path))
        try:
            _copy(source, fresh, None, None)
        except (OSError, sqlite3.Error) as exc:
            _remove(fresh)
            raise BackupError(WRITE_FAILED, path=str(book_path), reason=os_reason(exc)) from None
        finally:
            source.close()
        try:
            if book_path.exists():
                _keep_aside(book_path, aside)
            os.replace(fresh, book_path)
            _fsync_dir(book_path.parent)
        except OSError as exc:
            _remove(fresh)
            raise BackupError(WRITE_FAILED, path=str(book_path), reason=os_reason(exc)) from None
    finally:
        lock.release()
    return aside


def _keep_aside(book_path: Path, aside: Path) -> None:
    """Keep the damaged book's files under new names: -wal and -shm move, the main file gets a
    second name (a hard link, else a byte copy of the closed file) so that replacing it never
    leaves the folder without a book."""
    for suffix in ("-wal", "-shm", "-journal"):
        extra = book_path.with_name(book_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    try:
        os.link(book_path, aside)
    except OSError:
        import shutil

        shutil.copyfile(book_path, aside)
