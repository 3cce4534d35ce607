"""The change log as hash chains, one per device: nobody rewrites it quietly.

Each change entry (the audit table) holds `prev`, the hash of the entry its device wrote before
it ('' for a device's first), and `hash`, SHA-256 over `prev` and a canonical encoding of what
the entry says (ENTRY_CONTENT: which record, which field, old -> new, who, when, on which PC).
A device's entries follow one another by their clock stamps (hlc), which only ever grow on one
device. Entries another PC wrote keep that PC's chain here: they arrive with their hashes and
are verified before they are taken in (models.sync.merge).

verify() walks every chain and names the first entry that was altered (its hash does not fit
what it says), inserted (no hash, or a `prev` that another entry already claims, or one that
fits no entry) or deleted (an entry's `prev` is the hash of an earlier entry than the one
before it) outside Kehu. A chain's newest entry is also compared with the head this copy
recorded for its own device (the `local` table), so that deleting the newest entries shows too.

What a chain cannot do on its own: someone who rewrites a whole chain from the altered entry on,
with the hashes computed again, and the recorded head too, leaves a chain that fits. The other
PCs of a team hold copies of this PC's chain and refuse what does not follow it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from models.core.errors import Cancelled

ENTRY_CONTENT = ("id", "op_id", "at", "user_id", "tbl", "record_id", "action", "field", "old",
                 "new", "device_id", "hlc")
HEAD_KEY = "chain_head"  # local key: {"device": ..., "hash": ...} of this copy's newest entry


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def canonical(entry: Mapping) -> bytes:
    """What an entry says, as bytes that are the same on every PC."""
    return _ENCODE([entry[k] for k in ENTRY_CONTENT]).encode("utf-8")


def content_hash(prev: str, content: list) -> str:
    """entry_hash of an entry given as its values in ENTRY_CONTENT order (the writer's way:
    no mapping built for each entry)."""
    digest = hashlib.sha256(prev.encode("ascii"))
    digest.update(b"\n")
    digest.update(_ENCODE(content).encode("utf-8"))
    return digest.hexdigest()


try:
    from json.encoder import c_encode_basestring as _encode_text
except ImportError:  # pragma: no cover - CPython always has the C encoder
    from json.encoder import py_encode_basestring as _encode_text


def link(prev: str, contents: Iterable[list]) -> list[tuple[str, str]]:
    """(prev, hash) of each entry, chained from `prev` in the order given, each entry as its
    values in ENTRY_CONTENT order: what content_hash gives one by one, in one pass. Text and
    None (every value the writer logs) are encoded here as the canonical encoder does; any
    other value goes through the encoder itself."""
    out = []
    sha = hashlib.sha256
    text = _encode_text
    for content in contents:
        try:
            body = ",".join(["null" if v is None else text(v) for v in content])
        except TypeError:  # a value that is not text (an int): the encoder's own way
            body = _ENCODE(content)[1:-1]
        digest = sha(f"{prev}\n[{body}]".encode()).hexdigest()
        out.append((prev, digest))
        prev = digest
    return out


def entry_hash(prev: str, entry: Mapping) -> str:
    digest = hashlib.sha256(prev.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(entry))
    return digest.hexdigest()


# The newest clock stamp of any device (a book's clock goes on from it): each device's newest
# through audit_device_chain, the devices found by stepping through that index.
NEWEST_SQL = (
    "WITH RECURSIVE d(dev) AS (SELECT min(device_id) FROM audit UNION ALL SELECT (SELECT "
    "min(device_id) FROM audit WHERE device_id > d.dev) FROM d WHERE d.dev IS NOT NULL) "
    "SELECT max((SELECT max(hlc) FROM audit WHERE device_id = d.dev)) FROM d "
    "WHERE d.dev IS NOT NULL")


def _has_stubs(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                        "name = 'audit_stubs'").fetchone() is not None


def head(conn: sqlite3.Connection, device: str) -> str:
    """The hash of the device's newest entry in this book ('' when it has none), counting the
    stubs of entries this copy may not read (models.sync.access)."""
    row = conn.execute("SELECT hash, hlc FROM audit WHERE device_id = ? ORDER BY hlc DESC "
                       "LIMIT 1", (device,)).fetchone()
    if _has_stubs(conn):
        stub = conn.execute("SELECT hash, hlc FROM audit_stubs WHERE device_id = ? "
                            "ORDER BY hlc DESC LIMIT 1", (device,)).fetchone()
        if stub is not None and (row is None or stub[1] > row[1]):
            row = stub
    return (row[0] or "") if row else ""


def rechain(conn: sqlite3.Connection) -> int:
    """Compute every device's chain from its entries (a book from before the chains). Returns
    how many entries were chained."""
    n = 0
    devices = [r[0] for r in conn.execute("SELECT DISTINCT device_id FROM audit")]
    for device in devices:
        prev = ""
        updates = []
        cols = ", ".join(ENTRY_CONTENT)
        for row in conn.execute(f"SELECT {cols} FROM audit WHERE device_id = ? ORDER BY hlc, seq",
                                (device,)):
            entry = dict(zip(ENTRY_CONTENT, row, strict=True))
            digest = entry_hash(prev, entry)
            updates.append((prev, digest, entry["id"]))
            prev = digest
        conn.executemany("UPDATE audit SET prev = ?, hash = ? WHERE id = ?", updates)
        n += len(updates)
    return n


@dataclass(frozen=True)
class Break:
    """The first place a device's chain does not hold."""

    device: str
    kind: str  # "altered", "inserted", "deleted", "deleted_newest"
    entry_id: str  # the entry named (for "deleted": the first entry after the gap)
    seq: int | None  # its local number in this book
    count: int  # entries of the device in this book


@dataclass(frozen=True)
class DeviceCheck:
    """One device's chain as verify() found it: how many entries, and its break if any."""

    device: str
    entries: int
    broken: Break | None = None


@dataclass(frozen=True)
class Summary:
    entries: int
    devices: int
    breaks: list[Break]
    checked: tuple[DeviceCheck, ...] = ()  # every device, in the order walked


PROGRESS_EVERY = 5000  # entries between progress reports


def verify(conn: sqlite3.Connection, *, devices: Iterable[str] | None = None,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> Summary:
    """Walk each device's chain in clock order (reads only). progress(done, total) is told of
    the entries walked; cancelled() is polled as often, and when it says so Cancelled is
    raised (nothing was written, so nothing is left to undo)."""
    stubs = _has_stubs(conn)
    if devices is None:
        devices = [r[0] for r in conn.execute(
            "SELECT DISTINCT device_id FROM audit" + (
                " UNION SELECT DISTINCT device_id FROM audit_stubs" if stubs else ""))]
    devices = sorted(devices)
    # a stub (an entry this copy may not read) stands in the chain with its links only
    stub_sql = (" UNION ALL SELECT id, " + ", ".join(["NULL"] * (len(ENTRY_CONTENT) - 2))
                + ", hlc, seq, prev, hash, 1 FROM audit_stubs WHERE device_id = ?"
                if stubs else "")
    recorded = _recorded_head(conn)
    cols = ", ".join(ENTRY_CONTENT)
    grand = 0
    if progress is not None:
        grand = sum(conn.execute("SELECT count(*) FROM audit WHERE device_id = ?",
                                 (d,)).fetchone()[0] for d in devices)
        progress(0, grand)
    total = 0
    breaks: list[Break] = []
    checked: list[DeviceCheck] = []
    for device in devices:
        seen: set[str] = set()  # hashes of the entries walked so far
        claimed: dict[str, tuple[str, int, str]] = {}  # prev -> (id, seq, hash) of its follower
        expected = ""
        broken: Break | None = None
        n = 0
        last = None
        if stubs and conn.execute("SELECT 1 FROM audit_stubs WHERE device_id = ? LIMIT 1",
                                  (device,)).fetchone():
            rows = conn.execute(
                f"SELECT {cols}, seq, prev, hash, 0 AS stub FROM audit WHERE device_id = ?"
                f"{stub_sql} ORDER BY {len(ENTRY_CONTENT)}, {len(ENTRY_CONTENT) + 1}",
                (device, device))
        else:
            rows = conn.execute(f"SELECT {cols}, seq, prev, hash, 0 AS stub FROM audit "
                                "WHERE device_id = ? ORDER BY hlc, seq", (device,))
        for row in rows:
            n += 1
            if (progress is not None or cancelled is not None) \
                    and (total + n) % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(total + n, grand)
            if broken is not None:
                continue
            entry = dict(zip(ENTRY_CONTENT, row, strict=False))
            seq, prev, digest, stub = row[len(ENTRY_CONTENT):]
            last = (entry["id"], seq, digest)
            if not digest or prev is None:
                broken = Break(device, "inserted", entry["id"], seq, 0)
            elif not stub and entry_hash(prev, entry) != digest:
                broken = Break(device, "altered", entry["id"], seq, 0)
            elif prev != expected:
                first = claimed.get(prev)
                if first is not None:
                    # two entries follow the same one: the one this entry skips over is new,
                    # else this one is
                    if first[2] == expected:
                        broken = Break(device, "inserted", first[0], first[1], 0)
                    else:
                        broken = Break(device, "inserted", entry["id"], seq, 0)
                elif prev in seen:
                    broken = Break(device, "inserted", entry["id"], seq, 0)
                else:  # it follows an entry that is not here any more
                    broken = Break(device, "deleted", entry["id"], seq, 0)
            claimed.setdefault(prev or "", (entry["id"], seq, digest))
            seen.add(digest)
            expected = digest
        if broken is None and recorded and recorded.get("device") == device \
                and recorded.get("hash") and recorded["hash"] != expected \
                and recorded["hash"] not in seen:
            broken = Break(device, "deleted_newest", last[0] if last else "",
                           last[1] if last else None, 0)
        total += n
        if broken is not None:
            broken = Break(broken.device, broken.kind, broken.entry_id, broken.seq, n)
            breaks.append(broken)
        checked.append(DeviceCheck(device, n, broken))
    if progress is not None:
        progress(grand, grand)
    return Summary(total, len(checked), breaks, tuple(checked))


def entry_details(conn: sqlite3.Connection, entry_id: str) -> dict | None:
    """What a change entry says, for a person: when, who (their name as the book knows it),
    which step (the operation's name and label), what it did (action, field) to which record
    (its table, id and, where the record has one, its name or title). None when there is no
    such entry."""
    row = conn.execute(
        "SELECT a.id, a.seq, a.at, a.user_id, a.tbl, a.record_id, a.action, a.field, "
        "a.device_id, coalesce(u.name, '') AS user_name, coalesce(o.name, '') AS op_name, "
        "coalesce(o.label, '') AS op_label FROM audit a LEFT JOIN users u ON u.id = a.user_id "
        "LEFT JOIN operations o ON o.id = a.op_id WHERE a.id = ?", (entry_id,)).fetchone()
    if row is None:
        return None
    keys = ("id", "seq", "at", "user_id", "tbl", "record_id", "action", "field", "device_id",
            "user_name", "op_name", "op_label")
    out = dict(zip(keys, tuple(row), strict=True))
    out["record_name"] = record_name(conn, out["tbl"], out["record_id"])
    return out


_NAMED = {"customers": "name", "contacts": "name", "users": "name", "deals": "title",
          "products": "name", "stages": "name", "reminders": "title"}


def record_name(conn: sqlite3.Connection, table: str, record_id: str) -> str:
    """A record's name or title ('' for a table without one, or a record no longer here)."""
    column = _NAMED.get(table)
    if column is None:
        return ""
    try:
        row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    except sqlite3.OperationalError:
        return ""
    return str(row[0] or "") if row else ""


def device_writers(conn: sqlite3.Connection, device: str, limit: int = 3) -> list[str]:
    """The names of the users who wrote most of a device's entries, most first."""
    return [r[0] for r in conn.execute(
        "SELECT u.name FROM audit a JOIN users u ON u.id = a.user_id WHERE a.device_id = ? "
        "GROUP BY a.user_id ORDER BY count(*) DESC, u.name LIMIT ?", (device, limit))]


def _recorded_head(conn: sqlite3.Connection) -> dict:
    try:
        row = conn.execute("SELECT value FROM local WHERE key = ?", (HEAD_KEY,)).fetchone()
    except sqlite3.OperationalError:
        return {}
    if not row:
        return {}
    try:
        value = json.loads(row[0])
    except ValueError:
        return {"device": "", "hash": "?"}
    return value if isinstance(value, dict) else {}


def report(conn: sqlite3.Connection, *, own: Iterable[str] = (),
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> list[dict]:
    """verify() for a person (History > Verify): per device, this PC's first, then by who
    wrote on it: {device, here (one of `own`, this PC's ids), writers (names), entries, kind
    ('' when the chain holds), entry (entry_details of the entry named, or None)}. Reads one
    snapshot of the book."""
    begun = not conn.in_transaction
    if begun:
        conn.execute("BEGIN")
    try:
        summary = verify(conn, progress=progress, cancelled=cancelled)
        mine = set(own)
        out = []
        for found in summary.checked:
            broken = found.broken
            out.append({
                "device": found.device, "here": found.device in mine,
                "writers": device_writers(conn, found.device), "entries": found.entries,
                "kind": broken.kind if broken else "",
                "entry": entry_details(conn, broken.entry_id)
                if broken and broken.entry_id else None})
    finally:
        if begun:
            conn.execute("COMMIT")
    out.sort(key=lambda d: (not d["here"], d["kind"] == "", d["writers"][:1], d["device"]))
    return out
