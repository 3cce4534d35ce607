"""The team's shared folder: what is in it and how a file gets there.

    kehu-team.json                  the team: format, lowest Kehu that reads it, team id, the
                                    team key wrapped by the passphrase (written once, by the
                                    owner's PC)
    devices/<device>/seg-*.kehu     one PC's changes, sealed, append-only; each names the one
                                    before it (prev), so a missing or late file is noticed
    devices/<device>/device.kehu    that PC: its name, user, last sync, what it has taken in
    devices/<device>/clash.kehu     keyed hashes of its customers' numbers and names, for 撞单
                                    (models.sync.clash_index)
    devices/<device>/quarantine/    copies that PC moved aside (a file-sync tool's conflict
                                    copies of its own files); never deleted
    snapshots/<device>-<n>.kehu     a whole book, sealed, for a PC joining the team

Each PC writes only its own devices/<device> folder (and a snapshot of its own), so no file has
two writers. A file is written under a temporary name, flushed to disk and renamed, so a reader
sees it whole or not at all; a reader that meets a half-arrived copy (a sync tool still copying)
skips it and tries again next time. Files are recognised by what they hold, not by their names:
"seg-1.sync-conflict-20261204-101010-ABCDEFG.kehu" and "seg-1 (张三's conflicted copy).kehu"
are read like any other, and duplicates are known by their content's hash."""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from models.sync.crypto import SealError, read_header

TEAM_FILE = "kehu-team.json"
FORMAT = 1
SUFFIX = ".kehu"
QUARANTINE = "quarantine"
CLASH = "clash"  # a PC's clash index: clash.kehu and a sync tool's copies of it
# Names a sync tool gives files it is still copying; never read.
_TEMP = (".tmp", ".part", ".partial", "~", ".!sync", ".crdownload")


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, flush to disk, rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:  # the rename itself reaches the disk (POSIX; Windows has no directory handles)
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def segment_name(first_seq: int, last_seq: int) -> str:
    return f"seg-{first_seq:012d}-{last_seq:012d}{SUFFIX}"


def own_name(header: dict) -> str | None:
    """The name a PC gives the file this header belongs to (None for a kind it does not
    keep under one name)."""
    kind = header.get("kind")
    if kind == "segment":
        try:
            return segment_name(int(header["first_seq"]), int(header["last_seq"]))
        except (KeyError, TypeError, ValueError):
            return None
    if kind in ("device", "removed", "clash"):
        return f"{kind}{SUFFIX}"
    return None


_OWN_NAME = re.compile(r"^(seg-\d{12}-\d{12}|device|removed|clash)" + re.escape(SUFFIX) + "$")


def is_copy(path: Path, header: dict | None = None) -> bool:
    """A file-sync tool's copy of a PC's file (a conflict copy, whatever the tool calls it):
    not under the name its PC gave it. Told by the header where it can be read."""
    if header is not None:
        return own_name(header) != Path(path).name
    return not _OWN_NAME.match(Path(path).name)


def quarantine(path: Path) -> Path:
    """Move a file aside into its folder's quarantine/ (never deleted); returns where."""
    target_dir = Path(path).parent / QUARANTINE
    target_dir.mkdir(exist_ok=True)
    target = target_dir / Path(path).name
    n = 1
    while target.exists():
        target = target_dir / f"{Path(path).stem}.{n}{Path(path).suffix}"
        n += 1
    os.replace(path, target)
    return target


def remove_old_temporary(folder: Path, device_id: str, *, older_than_s: float = 3600) -> int:
    """Remove this PC's own temporary files (atomic_write's, left by a pass that was cut
    short) older than `older_than_s`, in its own folder and its snapshots. Returns how many."""
    now = time.time()
    n = 0
    places = [(device_folder(folder, device_id), "."),
              (Path(folder) / "snapshots", f".{device_id}-")]
    for place, prefix in places:
        try:
            files = [f for f in place.iterdir() if f.is_file()]
        except OSError:
            continue
        for f in files:
            if not (f.name.startswith(prefix) and f.name.endswith(".tmp")):
                continue
            try:
                if now - f.stat().st_mtime > older_than_s:
                    f.unlink()
                    n += 1
            except OSError:
                continue
    return n


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_temporary(name: str) -> bool:
    return name.startswith((".", "~")) or name.endswith(_TEMP) or ".syncthing." in name


@dataclass
class Found:
    """A sealed file found in the folder: where, its header, its hash."""

    path: Path
    header: dict
    hash: str
    size: int


@dataclass
class Unreadable:
    path: Path
    kind: str  # SealError.kind


def read_team(folder: Path) -> dict | None:
    path = Path(folder) / TEAM_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) and data.get("team_id") else None


def write_team(folder: Path, team: dict) -> None:
    atomic_write(Path(folder) / TEAM_FILE,
                 json.dumps(team, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))


def device_folder(folder: Path, device_id: str) -> Path:
    return Path(folder) / "devices" / device_id


_HEAD = 1 << 16  # bytes read first: a header fits in them (else the file is read whole)


def _read_head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(_HEAD)


def scan(folder: Path, *, kinds: tuple[str, ...] = ("segment", "device"),
         device: str | None = None, whole: bool = True) -> tuple[list[Found], list[Unreadable]]:
    """Every sealed file under devices/ (quarantine folders aside) whose header names one of
    `kinds`, whatever its name; and the files that could not be read yet. With `device`, only
    that PC's folder is read (its own files, for the PC itself). A file is read whole (for its
    hash) only when its header is one asked for, and not at all with `whole=False` (a grant of
    a whole book is hundreds of MB: its hash is ''; the caller reads the file it wants)."""
    found, unreadable = [], []
    root = Path(folder) / "devices"
    try:
        device_dirs = [d for d in root.iterdir() if d.is_dir()
                       and (device is None or d.name == device)]
    except OSError:
        return [], []
    for d in sorted(device_dirs):
        try:
            files = [f for f in d.iterdir() if f.is_file() and not is_temporary(f.name)]
        except OSError:
            continue
        for f in sorted(files):
            if f.name.startswith(CLASH) and CLASH not in kinds:
                continue  # a PC's clash index (models.sync.clash_index), read on its own
            try:
                data = _read_head(f)
                try:
                    header, _ = read_header(data)
                except SealError as exc:
                    if exc.kind != "incomplete" or len(data) < _HEAD:
                        raise
                    data = f.read_bytes()  # a header longer than the first bytes read
                    header, _ = read_header(data)
                if header.get("kind") not in kinds or header.get("device_id") != d.name:
                    continue
                if not whole:
                    found.append(Found(f, header, "", f.stat().st_size))
                    continue
                if len(data) == _HEAD:  # the rest, and the header as the whole file has it
                    data = f.read_bytes()
                    header, _ = read_header(data)
                    if header.get("kind") not in kinds or header.get("device_id") != d.name:
                        continue
            except OSError:
                unreadable.append(Unreadable(f, "incomplete"))
                continue
            except SealError as exc:
                if exc.kind != "not_sealed":
                    unreadable.append(Unreadable(f, exc.kind))
                continue
            found.append(Found(f, header, content_hash(data), len(data)))
    return found, unreadable


def snapshots(folder: Path) -> list[Found]:
    root = Path(folder) / "snapshots"
    out = []
    try:
        files = [f for f in root.iterdir() if f.is_file() and not is_temporary(f.name)]
    except OSError:
        return []
    for f in files:
        try:
            with open(f, "rb") as fh:
                head = fh.read(1 << 16)
            header, _ = read_header(head)
        except (OSError, SealError):
            continue
        if header.get("kind") == "snapshot":
            out.append(Found(f, header, "", f.stat().st_size))
    return sorted(out, key=lambda s: s.header.get("hlc", ""))
