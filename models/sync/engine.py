"""Setting up a team, joining it, and one sync pass.

A pass: check the folder is the team's (a missing, empty or unmounted folder pauses sync and
deletes nothing), publish this PC's new change entries as sealed segments in its own folder,
write its device file, then take in every other PC's segments that follow, by their `prev`
chain, what this book has already taken (never by file times). Everything taken in one pass is
merged in one transaction (models.sync.merge), together with the record of how far each PC has
been taken in, so a pass cut short leaves the book as it was and the next pass starts again.

This PC's team settings live in the book's `local` table (they belong to this copy): the team
id, the folder, and how far it has published (the last own entry and the hash of its last
segment)."""

from __future__ import annotations

import hashlib
import io
import json
import platform
import sqlite3
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from models import alerts
from models.core import clock, ids, permissions, schema, scopes
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import UserError
from models.core.hlc import Stamp
from models.sync import access, clash_index, crypto, folder, merge
from models.sync.team import local_value, team_of

VERSION = "0.1.0"
SEGMENT_ENTRIES = 5000  # entries per segment at most
SKEW_WARNING_MS = 5 * 60 * 1000
DELETE_SHARE = 0.2  # a pass that would remove more than this share of customers asks first
DELETE_FLOOR = 10  # ... and more than this many
SNAPSHOT_DAYS = 7  # an owner's PC writes a new snapshot when the newest is older than this
SNAPSHOT_SEGMENTS = 200  # ... or when more segments than this have been written since
SNAPSHOTS_KEPT = 2  # each PC keeps its newest snapshots; older ones of its own are removed
ACTIVE_DAYS = 90  # a PC not seen for longer no longer holds back the removal of old segments

FOLDER_MISSING = T("sync", "The team folder {folder} cannot be reached. Sync is paused and "
                           "nothing was changed; check that the drive or share is connected.")
NOT_A_TEAM = T("sync", "The folder {folder} holds no Kehu team (kehu-team.json is missing). "
                       "Sync is paused and nothing was changed. If the folder is a share or a "
                       "cloud drive, check that it is connected and fully downloaded.")
OTHER_TEAM = T("sync", "The folder {folder} belongs to another team. Sync is paused.")
NEWER_FORMAT = T("sync", "The team folder was made by a newer Kehu ({version}). Update Kehu on "
                         "this PC to keep syncing.")
WRONG_PASSPHRASE = T("sync", "The team passphrase is not right.")
NO_KEY = T("sync", "This PC does not have the team key. Enter the team passphrase to go on "
                   "syncing; nothing was changed.")
NOT_IN_TEAM = T("sync", "This book is not part of a team yet.")
ALREADY_IN_TEAM = T("sync", "This book is already part of a team.")
FOLDER_HAS_TEAM = T("sync", "The folder {folder} already holds a team. Join it instead, or "
                            "choose an empty folder.")
NO_SNAPSHOT = T("sync", "The team folder holds no copy of the book yet; the owner's PC writes "
                        "one when the team is set up. Wait until the folder has arrived whole.")
BOOK_EXISTS = T("sync", "{path} already exists. Choose a new file for this PC's copy of the "
                        "team's book.")
BIG_DELETE = T("sync", "This sync would remove {n} of {total} customers from this PC's book. "
                       "Nothing was changed; check the team folder, then sync again and "
                       "confirm if this is right.")
REMOVED = T("sync", "The owner has removed this PC from the team: it no longer syncs. The book "
                    "on this PC stays as it is.")
PASSPHRASE_SHORT = T("sync", "Choose a team passphrase of at least 8 characters.")
NO_APPROVED = T("sync", "The owner's list of approved PCs has not arrived in the team folder "
                        "yet. Sync is paused and nothing was changed; try again when the "
                        "folder has arrived whole.")
NOT_SIGNER = T("sync", "Only the PC the team was set up on approves PCs.")
UNKNOWN_PC = T("sync", "No PC {device} has synced with the team folder yet.")
PC_NO_USER = T("sync", "Nobody is signed in on that PC yet: it can be approved once a user has "
                       "signed in there and synced.")


class SyncPaused(UserError):
    """The pass stopped before changing anything; the message says why."""


class NeedsConfirmation(SyncPaused):
    def __init__(self, message: str, **params) -> None:
        super().__init__(message, **params)
        self.removed = params.get("n", 0)


@dataclass
class Report:
    published: int = 0  # own entries written to the folder
    taken: int = 0  # other PCs' entries taken in
    pcs: list[dict] = field(default_factory=list)  # the team's PCs seen in the folder
    waiting: list[str] = field(default_factory=list)  # PCs whose next segment has not arrived
    unreadable: int = 0  # files not arrived whole yet, or damaged
    newer: list[str] = field(default_factory=list)  # PCs that run a newer format
    skewed: list[dict] = field(default_factory=list)  # PCs whose clock runs ahead
    duplicates: int = 0
    quarantined: int = 0  # copies of this PC's own files moved aside
    rebased: bool = False  # this PC was so far behind that it was made again from a snapshot
    whole: bool = False  # this PC's book was made from the whole book the owner's PC sent it
    granted: int = 0  # customers whose history this PC (the owner's) sent to other PCs
    received: int = 0  # entries of customers' histories this PC was sent
    forgotten: int = 0  # customers this PC's user may no longer see, removed from this copy
    changes: object = None
    refused: list = field(default_factory=list)  # (device, entry id) not following its chain

    def in_step(self) -> bool:
        return not (self.waiting or self.unreadable or self.newer)


# -- this PC's team settings (the book's local table) --------------------------------------
# (whether the book is a team's, team_of, is models.sync.team: the window asks it at start)
_local = local_value


def _set_local(book: Book, values: dict) -> None:
    book.conn.executemany("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                          [(k, str(v)) for k, v in values.items()])


# -- keys ------------------------------------------------------------------------------------
def unlock(team: dict, passphrase: str) -> dict[str, bytes]:
    """The team's keys, unwrapped from the passphrase (WrongPassphrase otherwise)."""
    out = {}
    for info in team.get("keys", []):
        try:
            key = crypto.unwrap_with_passphrase(info, passphrase, team_id=team["team_id"])
        except crypto.WrongPassphrase:
            continue
        out[crypto.key_id(key)] = key
    if not out:
        raise UserError(WRONG_PASSPHRASE)
    return out


# -- who may read what (models.sync.access) ----------------------------------------------------
def _approved(book: Book, root: Path, keys: dict[str, bytes], team: dict,
              devices: list[dict] | None = None) -> dict | None:
    """The list of approved PCs this pass seals for (None for a team set up before PCs were
    approved: everything travels under the team key, as it did). The owner's PC (it holds the
    signing key) keeps itself on the list; a team from before gets its signing key from the
    owner's PC now, and the other PCs pin it at their next pass."""
    public = access.pinned(book)
    if not public:
        if team.get("signing_key"):
            public = team["signing_key"]
            access.pin(book, public)
        elif permissions.role_of(book) == permissions.OWNER and book.device_id == \
                team.get("created_by"):
            public = access.make_signing_key(book)
            folder.write_team(root, {**team, "signing_key": public})
        else:
            return None
    if access.signs(book):
        listing = access.read_approved(root, keys, public, team["team_id"])
        me = {"user_id": book.user_id or "", "public": access.public_text(book)}
        pcs = dict(listing["pcs"]) if listing else {}
        pcs[book.device_id] = me
        # an approved PC that took a new id (a backup restored, made again from a snapshot)
        # keeps its key: it stays approved for the same user (what is sealed for its new id
        # opens with that key alone, so a device file that copies the key gains nothing)
        held = {(pc["public"], pc["user_id"]) for pc in pcs.values()}
        removed = removed_pcs(root, keys)
        for pc in devices if devices is not None else _devices(book, root, keys):
            if pc["device_id"] not in pcs and pc["device_id"] not in removed \
                    and (pc.get("public"), pc.get("user_id")) in held and pc.get("user_id"):
                pcs[pc["device_id"]] = {"user_id": pc["user_id"], "public": pc["public"]}
        if listing is None or pcs != listing["pcs"]:
            listing = access.write_approved(book, root, keys, team["team_id"], pcs,
                                            int(listing["serial"]) + 1 if listing else 1)
        return listing
    listing = access.read_approved(root, keys, public, team["team_id"])
    if listing is None:
        if access.private_mode(book):
            raise SyncPaused(NO_APPROVED)
        return {"serial": 0, "team_id": team["team_id"], "pcs": {}}
    return listing


def _managed_team(book: Book) -> tuple[Path, dict]:
    """The team's folder and descriptor, for an owner who manages the team."""
    permissions.require(book, "team.manage")
    mine = team_of(book)
    if mine is None:
        raise UserError(NOT_IN_TEAM)
    root = Path(mine["folder"])
    return root, _team_here(root, mine["team_id"])


def approve_pc(book: Book, *, keys: dict[str, bytes], device_id: str) -> dict:
    """The owner approves a PC of the team for the user signed in there (as its device file
    says): from the next passes on it receives, sealed for its own key, the customers that
    user may see, with their whole history. Approving it again after another user signed in
    there moves it to that user. Returns the PC as pcs() gives it."""
    root, team = _managed_team(book)
    listing = _approved(book, root, keys, team)
    if listing is None or not access.signs(book):
        raise UserError(NOT_SIGNER)
    found = {pc["device_id"]: pc for pc in _devices(book, root, keys)}
    pc = found.get(device_id)
    if pc is None or device_id in removed_pcs(root, keys):
        raise UserError(UNKNOWN_PC, device=device_id)
    if not pc.get("user_id") or access.public_key(pc) is None:
        raise UserError(PC_NO_USER)
    pcs_ = dict(listing["pcs"])
    pcs_[device_id] = {"user_id": pc["user_id"], "public": pc["public"]}
    access.write_approved(book, root, keys, team["team_id"], pcs_, int(listing["serial"]) + 1)
    return next(p for p in pcs(book, keys) if p["device_id"] == device_id)


def _is_approved(pc: dict, listing: dict | None) -> bool:
    """Whether the owner approved this PC for the user signed in there now, with its key."""
    held = (listing or {}).get("pcs", {}).get(pc["device_id"])
    return bool(held and held.get("user_id") == pc.get("user_id")
                and held.get("public") == pc.get("public"))


def _take_grants(book: Book, root: Path, team_id: str, approved: dict, report: Report) -> None:
    """The customers' histories the owner's PC sent this PC (access.write_grants): taken in
    once each, when every entry in them stands here (as a stub at least)."""
    signer = approved.get("signer", "")
    taken = set(access.grants_taken(book))
    batches, names = [], []
    key = access.pc_key(book)
    found = [f for f in folder.scan(root, kinds=("grant",), whole=False)[0]
             if f.header.get("for") in book.own_devices and f.header.get("team_id") == team_id]
    present = {f.path.name for f in found}
    # a whole book first: the grants of single customers that follow find them here
    for f in sorted(found, key=lambda f: not f.header.get("whole")):
        if f.path.name in taken or (signer and f.header.get("device_id") != signer):
            continue
        try:
            data = f.path.read_bytes()
            _, body = crypto.unseal(data, {}, pc=(f.header["for"], key))
        except (OSError, crypto.SealError):
            continue  # arriving: tried next time
        if f.header.get("whole"):
            whole = _take_whole(book, f, body, report)
            if whole is not None:
                names.append(f.path.name)
                if whole and merge.grant_ready(book, whole):
                    batches.append(whole)
            continue
        try:
            got = json.loads(body.decode("utf-8"))
        except ValueError:
            continue
        batch = {"grant": True, "device_id": f"grant:{f.header['device_id']}",
                 "entries": got["entries"], "operations": got["operations"], "last_seq": 0,
                 "hash": folder.content_hash(data),
                 "rows": access.signed_rows(got, f.header["for"], access.pinned(book))}
        if merge.grant_ready(book, batch):
            batches.append(batch)
            names.append(f.path.name)
    if batches:
        changes = merge.apply(book, batches)
        report.refused += list(getattr(changes, "refused", []))
        report.received = sum(len(b["entries"]) for b in batches)
    made: set[str] = set()
    with book.atomic("sync"):
        # records no change entry made (a demo book's): as the owner's PC signed them
        for batch in batches:
            if batch["rows"]:
                made |= access.put_rows(book, batch["rows"])
        if len(made) > merge.REINDEX_AFTER:  # as a pass taking in many changes does
            book.reindex_later(made)
        elif made:
            book.reindex(made)
        _set_local(book, {access.GRANTS_TAKEN: json.dumps(sorted((taken & present) | set(names)))})
    _tell_customers(book, made)


WHOLE_AT = "sync_whole_at"  # local: the clock stamp of the whole book this PC was made from
# local keys about the content of the book this PC had: made again after a whole book
_CONTENT_KEYS = (clash_index.PUBLISHED, clash_index.TAKEN, clash_index.SHARES)


def _take_whole(book: Book, f: folder.Found, body: bytes, report: Report) -> dict | None:
    """A whole book the owner's PC sent this PC (_write_whole). Made this PC's book, as a
    restore would (a backup of the book first), when this copy holds no change entry of its
    own the whole book lacks: this PC keeps its device id, keys and team settings. Otherwise
    its customers' histories come in as any grant's (returned as a grant batch), so that
    nothing made here is lost. {} when it was taken, or is not to be (not signed by the
    team's key for this PC under this name, or older than the one this PC was made from);
    None when it waits (made by a newer Kehu, or no room to unpack it: taken later)."""
    import zstandard

    header = f.header
    if int(header.get("schema") or 0) > schema.LATEST:
        return None
    if not access.whole_signed(book, header, f.path.name, hashlib.sha256(body).hexdigest()) \
            or str(header.get("hlc", "")) <= _local(book, WHOLE_AT):
        return {}
    copy = book.path.with_name(book.path.name + ".whole")
    try:
        try:
            with open(copy, "wb") as out:
                zstandard.ZstdDecompressor().copy_stream(io.BytesIO(body), out)
        except (OSError, zstandard.ZstdError):
            return None  # no room to unpack it (a full disk): tried again next pass
        covers = header.get("covers") or {}
        own = any(book.scalar("SELECT 1 FROM audit WHERE device_id = ? AND seq > ? LIMIT 1",
                              (d, int(covers.get(d) or 0))) for d in book.own_devices)
        if own:
            return _whole_as_grant(book, copy, header)
        _adopt_whole(book, copy, header)
        report.whole = True
        return {}
    finally:
        for extra in ("", "-journal", "-wal", "-shm"):
            Path(f"{copy}{extra}").unlink(missing_ok=True)


def _adopt_whole(book: Book, copy: Path, header: dict) -> None:
    from models import backup

    kept = [(k, v) for k, v in book.all("SELECT key, value FROM local")
            if k not in _CONTENT_KEYS]
    backup.make_backup(book.path, reason="sync")
    _copy_into(book, copy)
    book.clock.receive(str(header["hlc"]))
    with book.atomic("sync"):
        book.conn.execute("DELETE FROM local")
        book.conn.executemany("INSERT INTO local (key, value) VALUES (?, ?)", kept)
        _set_local(book, {WHOLE_AT: header["hlc"], "hlc": book.clock.last})


def _copy_into(book: Book, copy: Path, *, new_device: bool = False) -> None:
    """The book file `copy` becomes this book's content, in one step of SQLite's backup API,
    brought up to this Kehu's schema; with `new_device`, as after a restore (Book.after_restore:
    this copy takes a new device id)."""
    with book.exclusive("sync") as conn:
        source = sqlite3.connect(copy)
        try:
            source.backup(conn)
        finally:
            source.close()
        conn.execute("PRAGMA journal_mode = WAL")
        schema.migrate(conn)
        if new_device:
            book.after_restore()


def _whole_as_grant(book: Book, copy: Path, header: dict) -> dict:
    """The customers of a whole book this copy does not hold, as a grant's batch: their
    histories, and the rows no change entry made (the team's key signed the whole)."""
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    source.row_factory = sqlite3.Row
    try:
        held = {r[0] for r in book.conn.execute("SELECT id FROM customers")}
        ids = [r[0] for r in source.execute("SELECT id FROM customers") if r[0] not in held]
        entries = access.history_of(source, ids, merge.ENTRY_FIELDS)
        operations = merge.operations_of(source, entries)
        rows = access.rows_without_history(source, ids)
    finally:
        source.close()
    return {"grant": True, "device_id": f"grant:{header['device_id']}", "entries": entries,
            "operations": operations, "last_seq": 0, "hash": header.get("digest", ""),
            "rows": rows}


def _forget_unseen(book: Book, approved: dict) -> int:
    """Remove from this copy the customers its approved user may no longer see (handed over,
    a share ended): their records go and their entries become stubs. One with changes made
    here and not yet published waits for the next pass."""
    me = approved["pcs"].get(book.device_id)
    if not me or not me.get("user_id"):
        return 0
    where, params = scopes.visible(book, "c", user_id=me["user_id"])
    if where == "1":
        return 0
    gone = [r[0] for r in book.all(
        f"SELECT c.id FROM customers c WHERE c.owner_id IS NOT NULL AND c.owner_id != '' "
        f"AND NOT ({where})", params)]
    if not gone:
        return 0
    with book.atomic("sync"):
        n = access.remove_customers(book.conn, gone, keep_device=book.device_id,
                                    keep_after=int(_local(book, "sync_published_seq", "0")
                                                   or 0))
    if n:
        _tell_customers(book, gone)
    return n


def _tell_customers(book: Book, customer_ids) -> None:
    """Tell the book's listeners that these customers came or went with a sync pass."""
    if not customer_ids:
        return
    from models.core.book import Changes

    changes = Changes(op_name="sync")
    for cid in customer_ids:
        changes.add("customers", cid)
    book.notify(changes)


# -- setting up ------------------------------------------------------------------------------
def create_team(book: Book, *, folder_path, passphrase: str, name: str = "") -> dict:
    """Make `folder_path` the team's folder, with this book as the first copy (owner only)."""
    permissions.require(book, "team.manage")
    root = Path(folder_path)
    if team_of(book):
        raise UserError(ALREADY_IN_TEAM)
    if len(passphrase) < 8:
        raise UserError(PASSPHRASE_SHORT)
    if not root.is_dir():
        raise SyncPaused(FOLDER_MISSING, folder=str(root))
    if folder.read_team(root) is not None:
        raise UserError(FOLDER_HAS_TEAM, folder=str(root))
    team_id = ids.new_id()
    key = crypto.new_key()
    team = {"format": folder.FORMAT, "min_kehu": VERSION, "team_id": team_id, "name": name,
            "created_at": clock.now_iso(), "created_by": book.device_id,
            "keys": [crypto.wrap_with_passphrase(key, passphrase, team_id=team_id)],
            "signing_key": access.make_signing_key(book)}
    keys = {crypto.key_id(key): key}
    with book.atomic("team"):
        _set_local(book, {"team_id": team_id, "team_folder": str(root),
                          "sync_published_seq": merge.last_own_seq(book),
                          "sync_prev_hash": "", "sync_device": book.device_id})
    write_snapshot(book, root, keys, team_id)
    _approved(book, root, keys, team)
    folder.write_team(root, team)  # last: a folder without it is not a team yet
    _write_device(book, root, keys, team_id)
    return team


def write_snapshot(book: Book, root: Path, keys: dict[str, bytes], team_id: str) -> None:
    """The whole book, sealed, for PCs that join: it holds this PC's entries up to what it
    has published and what it has taken from the others, and says so (sync_seen), so that a
    PC made from it takes in only the segments that follow."""
    private = access.private_mode(book)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "snapshot.sqlite"
        covers, prev = _book_copy(book, copy, private=private, vacuum=True)
        body = zlib.compress(copy.read_bytes(), 6)
    header = {"kind": "snapshot", "format": folder.FORMAT, "team_id": team_id,
              "device_id": book.device_id, "hlc": book.clock.last, "schema": schema.LATEST,
              "prev": prev, "covers": covers}
    name = f"{book.device_id}-{int(time.time() * 1000)}{folder.SUFFIX}"
    folder.atomic_write(root / "snapshots" / name, crypto.seal(body, header, keys))


def _book_copy(book: Book, copy: Path, *, private: bool, vacuum: bool) -> tuple[dict, str]:
    """This book copied to `copy` as another PC may start from it: without this PC's own
    settings and keys (the local table), its sign-in tries, its clash index and grant records,
    and its entries not yet published (their changes go out in its next segment); with
    `private`, without the customers only some PCs may see. Returns (the last seq of each PC
    it holds, the hash of this PC's last segment)."""
    with book.exclusive("snapshot") as conn:
        target = sqlite3.connect(copy)
        try:
            conn.backup(target)
        finally:
            target.close()
        published = int(_local(book, "sync_published_seq", "0") or 0)
        prev = _local(book, "sync_prev_hash")
        covers = {r["device_id"]: r["last_seq"] for r in conn.execute(
            "SELECT device_id, last_seq FROM sync_seen")}
        covers[book.device_id] = published
    target = sqlite3.connect(copy)
    try:
        with target:
            target.execute("DELETE FROM local")
            target.execute("DELETE FROM sign_in_tries")
            target.execute("DELETE FROM sync_waiting")
            target.execute("DELETE FROM clash_index")
            target.execute("DELETE FROM sync_granted")
            if private:  # what only some may see arrives as grants, once approved
                target.row_factory = sqlite3.Row
                access.remove_customers(target, [r[0] for r in target.execute(
                    "SELECT id FROM customers WHERE owner_id IS NOT NULL AND "
                    "owner_id != ''")])
            target.execute(
                "INSERT OR REPLACE INTO sync_seen (device_id, last_seq, last_hash, seen_at) "
                "VALUES (?, ?, ?, ?)", (book.device_id, published, prev, clock.now_iso()))
            # this PC's entries not yet published are left for its next segment
            target.execute("DELETE FROM audit WHERE device_id = ? AND seq > ?",
                           (book.device_id, published))
        if vacuum:
            target.execute("VACUUM")
    finally:
        target.close()
    return covers, prev


def _write_whole(book: Book, root: Path, team_id: str, device: str, key: bytes) -> None:
    """For an approved PC whose user sees every customer and which holds none of the
    customers only some PCs may see yet (a new PC of the owner's): the whole book as a grant,
    sealed for that PC alone and signed with the team's key, instead of every customer's
    history one by one (100,000 customers: about 10 s on each side instead of 100 s). The PC
    takes it as its book when it holds no change of its own the book lacks (_take_whole)."""
    import zstandard

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "whole.sqlite"
        covers, prev = _book_copy(book, copy, private=False, vacuum=False)
        packed = io.BytesIO()
        with open(copy, "rb") as source:
            zstandard.ZstdCompressor(level=1, threads=-1).copy_stream(source, packed)
    body = packed.getbuffer()
    name = f"grant-{device}-{int(time.time() * 1000)}{folder.SUFFIX}"
    digest = hashlib.sha256(body).hexdigest()
    hlc = book.clock.last
    header = {"kind": "grant", "whole": True, "format": folder.FORMAT, "team_id": team_id,
              "device_id": book.device_id, "for": device, "hlc": hlc, "schema": schema.LATEST,
              "covers": covers, "prev": prev, "digest": digest,
              "sig": access.sign_whole(book, team_id, device, name, hlc, digest)}
    folder.atomic_write(folder.device_folder(root, book.device_id) / name,
                        crypto.seal(body, header, {}, pcs={device: key}))


def join_team(book_path, *, folder_path, passphrase: str) -> dict:
    """Make a new copy of the team's book at `book_path` from the newest snapshot in the
    folder (then a sync pass takes in what came after it). The caller then signs in as one of
    the team's users."""
    root = Path(folder_path)
    path = Path(book_path)
    if path.exists():
        raise UserError(BOOK_EXISTS, path=str(path))
    team = _team_here(root, None)
    keys = unlock(team, passphrase)
    found = folder.snapshots(root)
    if not found:
        raise SyncPaused(NO_SNAPSHOT)
    for snap in reversed(found):
        try:
            header, body = crypto.unseal(snap.path.read_bytes(), keys)
        except (OSError, crypto.SealError):
            continue  # still arriving: an older one will do
        if header.get("team_id") != team["team_id"]:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".joining")
        tmp.write_bytes(zlib.decompress(body))
        tmp.replace(path)
        with Book.open(path) as book:
            with book.atomic("team"):
                _set_local(book, {"team_id": team["team_id"], "team_folder": str(root),
                                  "sync_published_seq": merge.last_own_seq(book),
                                  "sync_prev_hash": "", "sync_device": book.device_id})
            if team.get("signing_key"):
                access.pin(book, team["signing_key"])
            access.pc_key(book)
        return team
    raise SyncPaused(NO_SNAPSHOT)


def _team_here(root: Path, team_id: str | None) -> dict:
    if not root.is_dir():
        raise SyncPaused(FOLDER_MISSING, folder=str(root))
    team = folder.read_team(root)
    if team is None:
        raise SyncPaused(NOT_A_TEAM, folder=str(root))
    if team_id and team["team_id"] != team_id:
        raise SyncPaused(OTHER_TEAM, folder=str(root))
    if int(team.get("format", 0)) > folder.FORMAT:
        raise SyncPaused(NEWER_FORMAT, version=str(team.get("min_kehu", "?")))
    return team


def leave_team(book: Book) -> None:
    """This PC stops syncing; its book stays as it is (and can join a team again as a new
    copy). The key is forgotten from the keyring."""
    from models.sync import keys as keyring

    mine = team_of(book)
    if mine is None:
        raise UserError(NOT_IN_TEAM)
    with book.atomic("team"):
        book.conn.execute("DELETE FROM local WHERE key IN ('team_id', 'team_folder', "
                          "'sync_published_seq', 'sync_prev_hash', 'sync_device')")
    clash_index.forget(book)
    keyring.forget(mine["team_id"])


def remove_pc(book: Book, *, keys: dict[str, bytes], device_id: str) -> None:
    """The owner takes a PC out of the team (a lost laptop, a salesperson who left): its
    later files are not taken in, it no longer holds back the cleanup of the folder, and it
    stops syncing when it next tries. Written in the owner's own folder."""
    root, team = _managed_team(book)
    removed = removed_pcs(root, keys)
    removed.setdefault(device_id, clock.now_iso())
    header = {"kind": "removed", "format": folder.FORMAT, "team_id": team["team_id"],
              "device_id": book.device_id, "hlc": book.clock.last}
    body = json.dumps({"removed": removed}, ensure_ascii=False).encode("utf-8")
    folder.atomic_write(folder.device_folder(root, book.device_id) / f"removed{folder.SUFFIX}",
                        crypto.seal(body, header, keys))
    listing = _approved(book, root, keys, team)
    if listing is not None and access.signs(book) and device_id in listing["pcs"]:
        key = listing["pcs"][device_id].get("public")  # under any id it took
        pcs_ = {d: pc for d, pc in listing["pcs"].items()
                if d != device_id and pc.get("public") != key}
        access.write_approved(book, root, keys, team["team_id"], pcs_,
                              int(listing["serial"]) + 1)


def removed_pcs(root: Path, keys: dict[str, bytes]) -> dict[str, str]:
    """Every PC an owner has removed: device id -> when."""
    out: dict[str, str] = {}
    for f in folder.scan(root, kinds=("removed",))[0]:
        try:
            _, body = crypto.unseal(f.path.read_bytes(), keys)
            out.update(json.loads(body.decode("utf-8")).get("removed", {}))
        except (OSError, crypto.SealError, ValueError, AttributeError):
            continue
    return out


# -- a pass ----------------------------------------------------------------------------------
def sync_pass(book: Book, *, keys: dict[str, bytes] | None = None, passphrase: str = "",
              confirm_deletes: bool = False) -> Report:
    mine = team_of(book)
    if mine is None:
        raise UserError(NOT_IN_TEAM)
    root = Path(mine["folder"])
    team = _team_here(root, mine["team_id"])
    if keys is None:
        if not passphrase:
            raise SyncPaused(NO_KEY)
        keys = unlock(team, passphrase)
    removed = removed_pcs(root, keys)
    if book.device_id in removed:
        raise SyncPaused(REMOVED)
    report = Report()
    folder.remove_old_temporary(root, book.device_id)
    others = _devices(book, root, keys)  # the device files, read once for the pass
    approved = _approved(book, root, keys, team, others)
    report.published = _publish(book, root, keys, team["team_id"], approved)
    behind = _behind(book, others)
    if behind:
        _rebase(book, root, keys, team["team_id"])
        report.rebased = True
    _take_in(book, root, keys, team["team_id"], report, confirm_deletes, removed)
    if approved is not None and access.signs(book):
        report.granted = access.write_grants(
            book, root, keys, team["team_id"], approved, merge.ENTRY_FIELDS,
            merge.OPERATION_FIELDS,
            whole=lambda device, key: _write_whole(book, root, team["team_id"], device, key))
        access.prune_grants(book, root, others)
    elif approved is not None:
        _take_grants(book, root, team["team_id"], approved, report)
        report.forgotten = _forget_unseen(book, approved)
    if report.refused:
        _alert_refused(book, report, others)
    _secrets_in(book, others)
    clash_index.exchange(book, root, keys, team, removed)
    _write_device(book, root, keys, team["team_id"])
    report.quarantined = _quarantine_copies(book, root, keys)
    report.pcs = [pc for pc in _devices(book, root, keys) if pc["device_id"] not in removed]
    # whether each PC is approved, where that matters (some user does not see everything)
    private = approved is not None and access.private_mode(book)
    for pc in report.pcs:
        pc["approved"] = _is_approved(pc, approved) if private else None
    compact(book, root, keys, team["team_id"], report.pcs)
    return report


# -- a PC far behind ---------------------------------------------------------------------------
def _behind(book: Book, pcs: list[dict]) -> list[str]:
    """PCs whose files this book still needs but which they have removed (this PC was away
    longer than the others waited for it)."""
    seen = {r["device_id"]: r["last_seq"] for r in book.all("SELECT * FROM sync_seen")}
    return [pc["device_id"] for pc in pcs if not pc["me"]
            and int(pc.get("pruned_seq") or 0) > seen.get(pc["device_id"], 0)]


def _rebase(book: Book, root: Path, keys: dict[str, bytes], team_id: str) -> None:
    """Make this PC's copy again from the newest snapshot, as a restore does: a backup of the
    book first, then the snapshot in its place, under a new device id. This PC's own changes
    were published before (the pass publishes first), so they come back from its old id's
    files like any other PC's."""
    from models import backup

    for snap in reversed(folder.snapshots(root)):
        try:
            header, body = crypto.unseal(snap.path.read_bytes(), keys)
        except (OSError, crypto.SealError):
            continue
        if header.get("team_id") != team_id:
            continue
        folder_path = _local(book, "team_folder")
        # this PC's own key and the team's signing key stay: the same PC under a new id
        kept = {k: _local(book, k) for k in (access.PC_KEY, access.SIGN_KEY, access.SIGN_PUB)}
        backup.make_backup(book.path, reason="sync")
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "snapshot.sqlite"
            copy.write_bytes(zlib.decompress(body))
            _copy_into(book, copy, new_device=True)
        with book.atomic("sync"):
            _set_local(book, {"team_id": team_id, "team_folder": folder_path,
                              "sync_published_seq": 0, "sync_prev_hash": "",
                              "sync_device": book.device_id,
                              **{k: v for k, v in kept.items() if v}})
        return
    raise SyncPaused(NO_SNAPSHOT)


# -- compaction ------------------------------------------------------------------------------
def compact(book: Book, root: Path, keys: dict[str, bytes], team_id: str, pcs: list[dict], *,
            snapshot_days: float = SNAPSHOT_DAYS, snapshot_segments: int = SNAPSHOT_SEGMENTS
            ) -> None:
    """Keep the folder small. An owner's PC writes a new snapshot now and then, so that a PC
    joining after years loads one snapshot and the recent segments. Each PC then removes its
    own segments (no other PC ever deletes them) once the newest snapshot holds them and every
    active PC has taken them in; and its own snapshots but the newest."""
    if permissions.role_of(book) == permissions.OWNER:
        snaps = folder.snapshots(root)
        newest = snaps[-1] if snaps else None
        own_segments = folder.scan(root, kinds=("segment",), device=book.device_id)[0]
        age_ms = (int(time.time() * 1000) - Stamp.parse(newest.header["hlc"]).millis
                  if newest and newest.header.get("hlc") else None)
        since = len([s for s in own_segments if newest is None
                     or s.header.get("hlc", "") > newest.header.get("hlc", "")])
        if newest is None or age_ms is None or age_ms > snapshot_days * 86_400_000 \
                or since > snapshot_segments:
            write_snapshot(book, root, keys, team_id)
    _prune(book, root, keys, pcs)


def _prune(book: Book, root: Path, keys: dict[str, bytes], pcs: list[dict]) -> None:
    snaps = folder.snapshots(root)
    mine = [s for s in snaps if s.header.get("device_id") == book.device_id]
    for old in mine[:-SNAPSHOTS_KEPT]:
        old.path.unlink(missing_ok=True)
    covered = _covered_by_newest_snapshot(root, keys, snaps, book.device_id)
    if covered is None:
        return
    now_ms = int(time.time() * 1000)
    taken = []
    for pc in pcs:
        if pc["me"]:
            continue
        seen_ms = _millis(pc.get("synced_at"))
        if seen_ms is not None and now_ms - seen_ms > ACTIVE_DAYS * 86_400_000:
            continue  # gone quiet: it will load a snapshot when it comes back
        taken.append(int((pc.get("taken_seq") or {}).get(book.device_id, 0)))
    limit = min([covered, *taken])
    own = folder.device_folder(root, book.device_id)
    pruned = int(_local(book, "sync_pruned_seq", "0") or 0)
    for f in folder.scan(root, kinds=("segment",), device=book.device_id)[0]:
        if f.header["last_seq"] <= limit and f.path.parent == own:
            f.path.unlink(missing_ok=True)
            pruned = max(pruned, int(f.header["last_seq"]))
    if pruned:
        with book.atomic("sync"):  # said in the device file: a PC behind this must rebase
            _set_local(book, {"sync_pruned_seq": pruned})


def _millis(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        import datetime as dt

        return int(dt.datetime.fromisoformat(iso).timestamp() * 1000)
    except ValueError:
        return None


def _covered_by_newest_snapshot(root: Path, keys: dict[str, bytes], snaps: list,
                                device_id: str) -> int | None:
    """How far the newest readable snapshot holds this PC's entries (its last seq)."""
    for snap in reversed(snaps):
        covered = snap.header.get("covers", {})
        if device_id in covered:
            return int(covered[device_id])
        if "covers" in snap.header:
            return 0
    return None


def _publish(book: Book, root: Path, keys: dict[str, bytes], team_id: str,
             approved: dict | None = None) -> int:
    """This PC's entries after what it has published, as segments in its own folder."""
    published = _carry_over(book, root, keys, team_id, approved)
    while True:
        after = int(_local(book, "sync_published_seq", "0") or 0)
        prev = _local(book, "sync_prev_hash")
        if _adopt(book, root, prev):
            continue
        batch = merge.outgoing(book, after, limit=SEGMENT_ENTRIES)
        if not batch["entries"]:
            return published
        _write_segment(book, root, keys, team_id, batch, prev, approved)
        published += len(batch["entries"])


def _adopt(book: Book, root: Path, prev: str) -> bool:
    """A segment written before a crash and not yet recorded here is taken as published."""
    found, _ = folder.scan(root, kinds=("segment",), device=book.device_id)
    adopted = [f for f in found if f.header.get("prev") == prev]
    if not adopted:
        return False
    seg = min(adopted, key=lambda f: f.header["first_seq"])
    with book.atomic("sync"):
        _set_local(book, {"sync_published_seq": seg.header["last_seq"],
                          "sync_prev_hash": seg.hash, "sync_device": book.device_id})
    return True


def _write_segment(book: Book, root: Path, keys: dict[str, bytes], team_id: str, batch: dict,
                   prev: str, approved: dict | None = None) -> None:
    header = {"kind": "segment", "format": folder.FORMAT, "team_id": team_id,
              "device_id": book.device_id, "first_seq": batch["first_seq"],
              "last_seq": batch["last_seq"], "count": len(batch["entries"]),
              "prev": prev, "schema": schema.LATEST, "hlc": book.clock.last}
    if approved is not None and access.private_mode(book):
        # entries about customers only some may see travel sealed for their PCs
        content = access.split(book, batch, approved)
    else:
        content = {"entries": batch["entries"], "operations": batch["operations"]}
    body = zlib.compress(json.dumps(content, ensure_ascii=False).encode("utf-8"), 6)
    data = crypto.seal(body, header, keys)
    name = folder.segment_name(batch["first_seq"], batch["last_seq"])
    folder.atomic_write(folder.device_folder(root, book.device_id) / name, data)
    with book.atomic("sync"):
        _set_local(book, {"sync_published_seq": batch["last_seq"],
                          "sync_prev_hash": folder.content_hash(data),
                          "sync_device": book.device_id})


def _carry_over(book: Book, root: Path, keys: dict[str, bytes], team_id: str,
                approved: dict | None = None) -> int:
    """This copy took a new device id (a backup was restored): what it wrote under the old
    id and had not published goes out first, under the new one (the others take each entry
    once, by its id), and the new id's segments start a chain of their own."""
    former = _local(book, "sync_device")
    if not former or former == book.device_id:
        return 0
    after = int(_local(book, "sync_published_seq", "0") or 0)
    rows = [dict(r) for r in book.all(
        f"SELECT {', '.join(merge.ENTRY_FIELDS)} FROM audit WHERE device_id = ? AND seq > ? "
        "ORDER BY seq", (former, after))]
    if not rows or _adopt(book, root, ""):
        # nothing to carry over, or a pass that broke after writing it: recorded now
        if not rows:
            with book.atomic("sync"):
                _set_local(book, {"sync_device": book.device_id, "sync_published_seq": 0,
                                  "sync_prev_hash": ""})
        return 0
    ops = sorted({r["op_id"] for r in rows})
    operations = [dict(r) for op in ops for r in book.all(
        f"SELECT {', '.join(merge.OPERATION_FIELDS)} FROM operations WHERE id = ?", (op,))]
    batch = {"entries": rows, "operations": operations, "first_seq": rows[0]["seq"],
             "last_seq": rows[-1]["seq"]}
    # written first, recorded after (in _write_segment, with the new id): a pass that breaks
    # in between carries the same entries over again next time
    _write_segment(book, root, keys, team_id, batch, "", approved)
    return len(rows)


def _quarantine_copies(book: Book, root: Path, keys: dict[str, bytes]) -> int:
    """A file-sync tool's copies of this PC's own files, in its own folder, are moved aside
    (never deleted) once nothing is lost by it: a copy of the device file (written anew each
    pass); a list of removed PCs the one in place holds entirely; a segment whose entries are
    all in this book and that the chain does not go on from (another sealing of it, or the
    same bytes, stays in place). What cannot be read is left where it is."""
    found, _ = folder.scan(root, kinds=("segment", "device", "removed"), device=book.device_id)
    segments = [f for f in found if f.header["kind"] == "segment"]
    chained = {f.header.get("prev", "") for f in segments} | {_local(book, "sync_prev_hash")}
    moved = 0
    for f in found:
        if not folder.is_copy(f.path, f.header):
            continue
        kind = f.header["kind"]
        if kind == "device":
            pass
        elif kind == "removed":
            try:
                _, body = crypto.unseal(f.path.read_bytes(), keys)
                held = set(json.loads(body.decode("utf-8")).get("removed", {}))
            except (OSError, crypto.SealError, ValueError, AttributeError):
                continue
            in_place = _removed_in(folder.device_folder(root, book.device_id), keys)
            if not held <= set(in_place):
                continue
        else:
            same = [g for g in segments if g is not f and (
                g.hash == f.hash or (g.header.get("prev") == f.header.get("prev")
                                     and g.header.get("first_seq") == f.header.get("first_seq")
                                     and g.header.get("last_seq") == f.header.get("last_seq")))]
            if f.hash in chained and not any(g.hash == f.hash for g in same):
                continue  # the chain goes on from this very sealing
            if not same or not _all_here(book, f, keys):
                continue
        try:
            folder.quarantine(f.path)
        except OSError:
            continue
        moved += 1
        if kind == "segment":
            segments.remove(f)
    return moved


def _removed_in(own: Path, keys: dict[str, bytes]) -> dict[str, str]:
    """The PCs removed by the list in this PC's own folder, under its own name."""
    try:
        _, body = crypto.unseal((own / f"removed{folder.SUFFIX}").read_bytes(), keys)
        return dict(json.loads(body.decode("utf-8")).get("removed", {}))
    except (OSError, crypto.SealError, ValueError, AttributeError, TypeError):
        return {}


def _all_here(book: Book, seg: folder.Found, keys: dict[str, bytes]) -> bool:
    """Every entry the segment holds is in this book (by its id)."""
    try:
        _, body = crypto.unseal(seg.path.read_bytes(), keys)
        wanted = [e["id"] for e in json.loads(zlib.decompress(body).decode("utf-8"))["entries"]]
    except (OSError, crypto.SealError, ValueError, KeyError, TypeError, zlib.error):
        return False
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        if book.scalar(f"SELECT count(*) FROM audit WHERE id IN ({', '.join('?' * len(part))})",
                       part) != len(set(part)):
            return False
    return True


def _take_in(book: Book, root: Path, keys: dict[str, bytes], team_id: str, report: Report,
             confirm_deletes: bool, removed: dict[str, str] | None = None) -> None:
    found, unreadable = folder.scan(root, kinds=("segment",))
    # a copy a sync tool made (a conflict copy) is read only when it is whole and sealed by
    # the team; one that is not is no file of the chain, and nothing waits for it
    report.unreadable = len([u for u in unreadable if not folder.is_copy(u.path)])
    seen = {r["device_id"]: (r["last_seq"], r["last_hash"])
            for r in book.all("SELECT * FROM sync_seen")}
    by_device: dict[str, dict[str, list[folder.Found]]] = {}
    for f in found:
        device = f.header["device_id"]
        if device == book.device_id or f.header.get("team_id") != team_id \
                or device in (removed or {}):
            continue
        chain = by_device.setdefault(device, {})
        if any(f.hash == g.hash for same in chain.values() for g in same):
            report.duplicates += 1  # a second copy of the same segment, byte for byte
            continue
        # two files with one `prev` are two sealings of the same entries by that PC (a copy
        # written again after a crash, or kept by a sync tool under another name): both are
        # taken in (each entry once, by its id) and the chain goes on from either
        chain.setdefault(f.header.get("prev", ""), []).append(f)
    batches = []
    now_ms = int(time.time() * 1000)
    for device, chain in sorted(by_device.items()):
        done_seq, prev = seen.get(device, (0, ""))
        # the chain also goes on from another sealing of the last segment taken in
        heads = {prev} | {g.hash for same in chain.values() for g in same
                          if done_seq and int(g.header["last_seq"]) == done_seq}
        stalled = False
        while not stalled and any(h in chain for h in heads):
            here = [seg for h in sorted(heads) for seg in chain.pop(h, [])]
            taken = []
            for seg in sorted(here, key=lambda g: g.path.name):
                if int(seg.header.get("format", 0)) > folder.FORMAT \
                        or int(seg.header.get("schema", 0)) > schema.LATEST:
                    # written by a newer Kehu: kept in the folder, taken in after an upgrade
                    report.newer.append(device)
                    stalled = True
                    break
                copy = folder.is_copy(seg.path, seg.header)
                try:
                    _, body = crypto.unseal(seg.path.read_bytes(), keys)
                    batch = json.loads(zlib.decompress(body).decode("utf-8"))
                except OSError:
                    report.unreadable += not copy
                    continue
                except crypto.SealError as exc:
                    if exc.kind == "no_key" and not copy:
                        raise SyncPaused(NO_KEY) from None
                    report.unreadable += not copy  # arriving, or damaged: tried next time
                    continue
                except (ValueError, zlib.error):
                    report.unreadable += not copy
                    continue
                if batch.get("parts"):
                    try:
                        entries, operations = access.open_parts(batch, book.own_devices,
                                                                access.pc_key(book))
                    except (crypto.SealError, ValueError, KeyError, TypeError, zlib.error):
                        report.unreadable += not copy
                        continue
                    opened = {e["id"] for e in entries}
                    batch["entries"] = batch["entries"] + entries
                    # the sealed copy of an operation has its label: it is taken first
                    batch["operations"] = operations + batch["operations"]
                    batch["stubs"] = [s for s in batch.get("stubs", [])
                                      if s["id"] not in opened]
                batch.pop("parts", None)
                batch.update(device_id=device, last_seq=seg.header["last_seq"], hash=seg.hash)
                taken.append((seg, batch))
            if stalled or not taken:
                break
            # the sealing the chain goes on from is taken last: its hash is the one recorded
            taken.sort(key=lambda t: t[0].hash in chain)
            batches += [b for _, b in taken]
            for seg, _ in taken:
                stamp = seg.header.get("hlc", "")
                if stamp and Stamp.parse(stamp).millis - now_ms > SKEW_WARNING_MS:
                    report.skewed.append({"device_id": device,
                                          "ahead_minutes": (Stamp.parse(stamp).millis - now_ms)
                                          // 60000})
            heads = {seg.hash for seg, _ in taken}
            done_seq = max(done_seq, *(int(seg.header["last_seq"]) for seg, _ in taken))
        if any(s.header["last_seq"] > done_seq and s.hash not in heads
               for same in chain.values() for s in same):
            report.waiting.append(device)  # what follows has arrived; one before it has not
    if not batches:
        return
    before = book.scalar("SELECT count(*) FROM customers WHERE deleted_at IS NULL")
    report.taken = sum(len(b["entries"]) for b in batches)
    if not confirm_deletes and before >= DELETE_FLOOR:
        removed = _would_remove(book, batches)
        if removed > DELETE_FLOOR and removed > before * DELETE_SHARE:
            raise NeedsConfirmation(BIG_DELETE, n=removed, total=before)
    report.changes = merge.apply(book, batches)
    report.refused = list(getattr(report.changes, "refused", []))


def _alert_refused(book: Book, report: Report, pcs: list[dict]) -> None:
    """An owner alert for each segment refused (models.alerts.report_refused), naming the PC
    as its device file does (its name and the user signed in there)."""
    names = {}
    for pc in pcs:
        name = pc.get("name") or ""
        if pc.get("user"):
            name = f"{name} ({pc['user']})" if name else pc["user"]
        names[pc["device_id"]] = name
    why = getattr(report.changes, "refused_why", {})
    alerts.report_refused(book, [
        {"device": device, "entry": entry, "why": why.get(entry, "gap"),
         "pc": names.get(device) or device} for device, entry in report.refused])


def _would_remove(book: Book, batches: list[dict]) -> int:
    """How many live customers the batches would delete or purge (counted from the entries;
    the fail-safe runs before anything is written)."""
    ids_ = set()
    for b in batches:
        for e in b["entries"]:
            if e["tbl"] != "customers":
                continue
            if e["action"] == "purge" or (e["action"] == "update" and e["field"] == "deleted_at"
                                          and e["new"] not in (None, "null")):
                ids_.add(e["record_id"])
    if not ids_:
        return 0
    chunk = list(ids_)
    n = 0
    for start in range(0, len(chunk), 500):
        part = chunk[start:start + 500]
        n += book.scalar(f"SELECT count(*) FROM customers WHERE deleted_at IS NULL AND id IN "
                         f"({', '.join('?' * len(part))})", part)
    return n


def _write_device(book: Book, root: Path, keys: dict[str, bytes], team_id: str) -> None:
    user = book.one("SELECT name FROM users WHERE id = ?", (book.user_id,)) \
        if book.user_id else None
    info = {"name": platform.node(), "user": user[0] if user else "", "kehu": VERSION,
            "user_id": book.user_id or "", "public": access.public_text(book),
            "grants": access.grants_taken(book),
            "synced_at": clock.now_iso(),
            "taken": {r["device_id"]: r["last_hash"] for r in book.all("SELECT * FROM sync_seen")},
            "taken_seq": {r["device_id"]: r["last_seq"]
                          for r in book.all("SELECT * FROM sync_seen")},
            "published": _local(book, "sync_prev_hash"),
            "pruned_seq": int(_local(book, "sync_pruned_seq", "0") or 0),
            "secrets": _secrets_out(book)}
    header = {"kind": "device", "format": folder.FORMAT, "team_id": team_id,
              "device_id": book.device_id, "hlc": book.clock.last}
    body = json.dumps(info, ensure_ascii=False).encode("utf-8")
    folder.atomic_write(folder.device_folder(root, book.device_id) / f"device{folder.SUFFIX}",
                        crypto.seal(body, header, keys))


# -- passwords ---------------------------------------------------------------------------------
# The change log says that a user's password changed, never its hash (models.core.book
# SECRETS). The hash travels in the device files, which only the team can read: each PC says,
# per user, which change (its clock stamp) the hash it holds comes from. Another PC takes a
# hash that comes from the newest password change it knows of.
_PASSWORD_CHANGES = (
    "SELECT record_id, max(hlc) AS hlc FROM audit WHERE tbl = 'users' AND "
    "(field = 'password_hash' OR (action = 'insert' AND "
    "json_extract(new, '$.password_hash') IS NOT NULL)) GROUP BY record_id")


def _secret_stamps(book: Book) -> dict[str, str]:
    try:
        return json.loads(_local(book, "sync_secrets", "{}"))
    except ValueError:
        return {}


def _secrets_out(book: Book) -> dict[str, dict]:
    """Per user: the hash this PC holds and the password change it comes from."""
    stamps = _secret_stamps(book)
    own = set(book.own_devices)
    for row in book.all(_PASSWORD_CHANGES):
        if row["hlc"] and row["hlc"][-16:] in own:  # this PC made the newest change itself
            stamps[row["record_id"]] = row["hlc"]
    out = {}
    for user in book.all("SELECT id, password_hash FROM users WHERE password_hash IS NOT NULL"):
        if user["id"] in stamps:
            out[user["id"]] = {"hlc": stamps[user["id"]], "hash": user["password_hash"]}
    return out


def _secrets_in(book: Book, pcs: list[dict]) -> None:
    newest = {r["record_id"]: r["hlc"] for r in book.all(_PASSWORD_CHANGES)}
    stamps = _secret_stamps(book)
    taken = {}
    for pc in pcs:
        if pc["me"]:
            continue
        for uid, secret in (pc.get("secrets") or {}).items():
            if not isinstance(secret, dict) or secret.get("hlc") != newest.get(uid):
                continue  # not the newest change this PC knows of (yet)
            if stamps.get(uid) != secret["hlc"]:
                taken[uid] = secret
    if not taken:
        return
    with book.atomic("sync"):
        for uid, secret in taken.items():
            book.conn.execute("UPDATE users SET password_hash = ? WHERE id = ?",
                              (secret["hash"], uid))
            stamps[uid] = secret["hlc"]
        _set_local(book, {"sync_secrets": json.dumps(stamps)})


def _devices(book: Book, root: Path, keys: dict[str, bytes]) -> list[dict]:
    """One record per PC. A file-sync tool may leave an older version of a PC's device file
    as a conflict copy: the newest by that PC's own clock (the stamp in its header, then when
    it synced) is the one that counts, and the copy's stale view is ignored."""
    found, _ = folder.scan(root, kinds=("device",))
    newest: dict[str, tuple[tuple, dict]] = {}
    for f in found:
        try:
            header, body = crypto.unseal(f.path.read_bytes(), keys)
            info = json.loads(body.decode("utf-8"))
        except (OSError, crypto.SealError, ValueError):
            continue
        if not isinstance(info, dict):
            continue
        device = f.header["device_id"]
        order = (str(header.get("hlc") or ""), str(info.get("synced_at") or ""),
                 f.path.name == f"device{folder.SUFFIX}")
        record = {"device_id": device, "me": device == book.device_id,
                  **{k: info.get(k) for k in ("name", "user", "synced_at", "kehu",
                                              "taken_seq", "pruned_seq", "secrets",
                                              "user_id", "public", "grants")}}
        if device not in newest or order > newest[device][0]:
            newest[device] = (order, record)
    out = [record for _, record in newest.values()]
    return sorted(out, key=lambda d: (not d["me"], d.get("name") or ""))


def pcs(book: Book, keys: dict[str, bytes]) -> list[dict]:
    """The team's PCs as the folder shows them (one record each, this PC first; a PC the owner
    removed is left out): device_id, me, name, user, synced_at (ISO), kehu (its version).
    Reads the folder; raises SyncPaused when it cannot be reached."""
    mine = team_of(book)
    if mine is None:
        raise UserError(NOT_IN_TEAM)
    root = Path(mine["folder"])
    _team_here(root, mine["team_id"])
    removed = removed_pcs(root, keys)
    public = access.pinned(book) if access.private_mode(book) else ""
    listing = access.read_approved(root, keys, public, mine["team_id"]) if public else None
    out = []
    for pc in _devices(book, root, keys):
        if pc["device_id"] in removed:
            continue
        record = {k: pc.get(k) for k in ("device_id", "me", "name", "user", "synced_at",
                                         "kehu")}
        # approved: the PC receives what its user may see; None for a team from before, or
        # where every user sees everything (approval changes nothing there)
        record["approved"] = _is_approved(pc, listing) if public else None
        record["user_id"] = pc.get("user_id") or ""
        out.append(record)
    return out
