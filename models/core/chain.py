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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


def entry_hash(prev: str, entry: Mapping) -> str:
    digest = hashlib.sha256(prev.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(entry))
    return digest.hexdigest()


def head(conn: sqlite3.Connection, device: str) -> str:
    """The hash of the device's newest entry in this book ('' when it has none)."""
    row = conn.execute("SELECT hash FROM audit WHERE device_id = ? ORDER BY hlc DESC LIMIT 1",
                       (device,)).fetchone()
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
class Summary:
    entries: int
    devices: int
    breaks: list[Break]


def verify(conn: sqlite3.Connection, *, devices: Iterable[str] | None = None) -> Summary:
    """Walk each device's chain in clock order (reads only)."""
    if devices is None:
        devices = [r[0] for r in conn.execute("SELECT DISTINCT device_id FROM audit")]
    recorded = _recorded_head(conn)
    cols = ", ".join(ENTRY_CONTENT)
    total = 0
    breaks: list[Break] = []
    count = 0
    for device in sorted(devices):
        count += 1
        seen: set[str] = set()  # hashes of the entries walked so far
        claimed: dict[str, tuple[str, int, str]] = {}  # prev -> (id, seq, hash) of its follower
        expected = ""
        broken: Break | None = None
        n = 0
        last = None
        for row in conn.execute(
                f"SELECT {cols}, seq, prev, hash FROM audit WHERE device_id = ? "
                "ORDER BY hlc, seq", (device,)):
            n += 1
            if broken is not None:
                continue
            entry = dict(zip(ENTRY_CONTENT, row, strict=False))
            seq, prev, digest = row[len(ENTRY_CONTENT):]
            last = (entry["id"], seq, digest)
            if not digest or prev is None:
                broken = Break(device, "inserted", entry["id"], seq, 0)
            elif entry_hash(prev, entry) != digest:
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
            breaks.append(Break(broken.device, broken.kind, broken.entry_id, broken.seq, n))
    return Summary(total, count, breaks)


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
