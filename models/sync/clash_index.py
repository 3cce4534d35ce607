"""The clash index: what each PC of a team tells the others about the customers it holds, so
that 撞单 (models.customers.clash) is found on a PC that does not hold the other salesperson's
customer, without showing anyone a number or a name.

    devices/<device>/clash.kehu     sealed like the segments (models.sync.crypto), written
                                    anew (atomic_write) when the PC's customers changed:
                                    from the last one, with only the customers changed since
                                    hashed again (update), or from the whole book (build)

What it holds, per live customer that has an owner: the customer's id and its owner's user id
(random uuids) and, for each of its numbers and its company key, HMAC-SHA256 under the team's
clash key of "tel:<digits>" or "name:<company key>", cut to 16 bytes. The clash key comes from
the team key through HKDF-SHA256 (salt: the team id, info CLASH_INFO): a hash is useless to
anyone without the passphrase, and the team key itself is never used for it. No number, name,
masked number or the kind of a value is written.

What a reader learns: anyone who holds the passphrase (every PC of the team) can compute the
clash key, and phone numbers are a small space (China's mobiles are about 10^10 strings): by
hashing every possible number they find which numbers the index holds and whose customer each
is; a list of company names can be tried the same way. The index only holds hashes, but it
protects the numbers no better than the team passphrase does. The README says so.

The index also names, per customer, the users it is shared with (models.customers.sharing)
and the last day of a handover's read-only share: the user it is shared with sees it, so it is
no 撞单 for them (models.core.scopes.visible_as). User ids are random uuids, as the owners'.

Body layout (version 1): the length (4 bytes, big-endian) of a JSON preamble {"version",
"digest_bytes", "owners": [user ids], "shares": {customer id: [[user id, read_until], ...]}},
then per customer: its id (a 0 byte and 16 bytes for a uuid, else its length and its UTF-8
bytes), the owner's place in "owners" (2 bytes), the number of hashes (1 byte) and the hashes.
"shares" came later in the same version: an index without it names no share (a Kehu before it
reads the rest and ignores it), and it lists only customers that have a live share.

A PC reads the others' newest indexes at each pass and keeps, in its own clash_index table,
the entries about customers it does not hold (those it does hold it checks itself), and the
shares of those customers in its local table (SHARES: device -> customer id -> [[user id,
read_until]]), replaced with that PC's entries; an index from a newer Kehu is left for after
the upgrade, one not arrived whole is read next time."""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.core import schema, scopes
from models.core.book import Book
from models.customers import clash
from models.sync import crypto, folder

VERSION = 1
KIND = folder.CLASH
NAME = f"{KIND}{folder.SUFFIX}"
CLASH_INFO = b"kehu clash index v1"
PUBLISHED = "clash_published"  # local: what the index in the folder was made from
TAKEN = "clash_taken"  # local: the other PCs' indexes taken in (device -> stamp), and from what
SHARES = clash.SHARES_LOCAL  # local: the shares those indexes name (device -> customer -> users)
MAX_HASHES = 255


def clash_key(team_key: bytes, team_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=team_id.encode("utf-8"),
                info=CLASH_INFO).derive(team_key)


def team_key(team: dict, keys: dict[str, bytes]) -> bytes | None:
    """The team key the clash key comes from: the first one the team file names (every PC
    picks the same), or None when this PC does not hold it."""
    for info in team.get("keys", []):
        key = keys.get(info.get("key_id"))
        if key is not None:
            return key
    return None


# -- the file --------------------------------------------------------------------------------
# the customers an index names (those of them with a number or a company key), in the order it
# names them: the rows' order in the table, the same for the whole and the incremental build
_NAMED = ("FROM customers WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND owner_id != ''")


def build(book: Book, key: bytes) -> tuple[bytes, int]:
    """The body of this PC's index and how many customers it names."""
    hasher = clash.Hasher(key)
    rows = book.conn.execute(f"SELECT id, owner_id, name, mobile, phone {_NAMED} ORDER BY rowid")
    return _body((_entry(hasher, *row) for row in rows), _live_shares(book))


# one customer as the index names it: its id, its id as written, its owner, and the number of
# its hashes (a byte) and the hashes
Entry = tuple[str, bytes, str, bytes]


def _entry(hasher: clash.Hasher, cid: str, owner: str, name: str | None, mobile: str | None,
           phone: str | None) -> Entry | None:
    digests = hasher.customer(name or "", mobile or "", phone or "")[:MAX_HASHES]
    if not digests:
        return None
    return cid, _id_bytes(cid), owner, bytes([len(digests)]) + b"".join(digests)


def _body(entries: Iterable[Entry | None], shared: dict[str, list[list[str]]]
          ) -> tuple[bytes, int]:
    """The body naming `entries` in their order (None: a customer with nothing to hash), the
    owners numbered as they first come, with the shares of those customers."""
    owners: dict[str, int] = {}
    parts = []
    shares: dict[str, list[list[str]]] = {}
    for entry in entries:
        if entry is None:
            continue
        cid, raw, owner, hashed = entry
        parts += (raw, _PLACE.pack(owners.setdefault(owner, len(owners))), hashed)
        if cid in shared:
            shares[cid] = shared[cid]
    return _framed(owners, shares, parts), len(parts) // 3


_PLACE = struct.Struct(">H")


def _framed(owners: Iterable[str], shares: dict, parts: list[bytes]) -> bytes:
    head = json.dumps({"version": VERSION, "digest_bytes": clash.DIGEST_BYTES,
                       "owners": list(owners), "shares": shares}).encode("utf-8")
    return struct.pack(">I", len(head)) + head + b"".join(parts)


def _live_shares(book: Book) -> dict[str, list[list[str]]]:
    """customer id -> [[user id, read_until], ...] of the shares that count today (a read-only
    one past its day counts nowhere), in a stable order."""
    out: dict[str, list[list[str]]] = {}
    for cid, uid, until in book.conn.execute(
            "SELECT customer_id, user_id, read_until FROM customer_shares "
            "WHERE deleted_at IS NULL AND (read_until = '' OR read_until >= ?) "
            "ORDER BY customer_id, user_id", (scopes.today_text(),)):
        out.setdefault(cid, []).append([uid, until or ""])
    return out


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _id_bytes(cid: str) -> bytes:
    """An id written as str(uuid) writes one in 17 bytes; any other as its length and bytes."""
    if _UUID.fullmatch(cid):
        return b"\x00" + bytes.fromhex(cid.replace("-", ""))
    raw = cid.encode("utf-8")[:255]
    return bytes([len(raw)]) + raw


def _uuid_text(raw: bytes) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _head(body: bytes) -> tuple[dict, int]:
    """The preamble of an index body and where its entries start."""
    (size,) = struct.unpack_from(">I", body, 0)
    head = json.loads(body[4:4 + size].decode("utf-8"))
    if int(head.get("version", 0)) > VERSION:
        raise ValueError("a newer index")
    return head, 4 + size


def parse(body: bytes) -> list[tuple[bytes, str, str | None]]:
    """(hash, customer id, owner id) of each entry of an index body (ValueError when it is
    not one this Kehu reads)."""
    head, start = _head(body)
    width = int(head["digest_bytes"])
    owners = list(head["owners"])
    out = []
    at, end = start, len(body)
    while at < end:
        tag = body[at]
        if tag == 0:
            cid = _uuid_text(body[at + 1:at + 17])
            at += 17
        else:
            cid = body[at + 1:at + 1 + tag].decode("utf-8")
            at += 1 + tag
        place, count = struct.unpack_from(">HB", body, at)
        at += 3
        owner = owners[place]
        for _ in range(count):
            out.append((body[at:at + width], cid, owner))
            at += width
        if at > end:
            raise ValueError("cut short")
    return out


def parse_not_held(body: bytes, held: set[str]) -> list[tuple[bytes, str, str | None]]:
    """parse(), for the entries about customers not in `held` only (ids as the book keeps
    them): an index of 100,000 customers this book holds is walked without making a tuple of
    each of its hashes (ValueError when it is not one this Kehu reads)."""
    head, start = _head(body)
    width = int(head["digest_bytes"])
    owners = list(head["owners"])
    held_raw = set()
    for cid in held:
        if _UUID.fullmatch(cid):
            held_raw.add(bytes.fromhex(cid.replace("-", "")))
    out = []
    at, end = start, len(body)
    while at < end:
        tag = body[at]
        if tag == 0:
            raw = body[at + 1:at + 17]
            at += 17
            cid = None if raw in held_raw else _uuid_text(raw)
        else:
            cid = body[at + 1:at + 1 + tag].decode("utf-8")
            at += 1 + tag
            if cid in held:
                cid = None
        place, count = struct.unpack_from(">HB", body, at)
        at += 3 + count * width
        if at > end:
            raise ValueError("cut short")
        if cid is None:
            continue
        owner = owners[place]
        out += [(body[d:d + width], cid, owner) for d in range(at - count * width, at, width)]
    return out


def parse_shares(body: bytes) -> dict[str, list[tuple[str, str]]]:
    """customer id -> [(user id, read_until), ...] of the shares an index body names ({} for
    an index written before it named them; ValueError when they are not as written here)."""
    head, _ = _head(body)
    shares = head.get("shares", {})
    if not isinstance(shares, dict):
        raise ValueError("shares")
    out: dict[str, list[tuple[str, str]]] = {}
    for cid, users in shares.items():
        if not isinstance(users, list):
            raise ValueError("shares")
        out[cid] = []
        for user in users:
            if not (isinstance(user, list) and len(user) == 2
                    and all(isinstance(v, str) for v in user)):
                raise ValueError("shares")
            out[cid].append((user[0], user[1]))
    return out


# -- one pass ----------------------------------------------------------------------------------
def _local(book: Book, key: str) -> str:
    row = book.conn.execute("SELECT value FROM local WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def _held(book: Book) -> str:
    """Which customers this book holds, in a few characters (changes when one comes or
    goes)."""
    count, top = book.conn.execute("SELECT count(*), max(rid) FROM customers").fetchone()
    return f"{count}:{top}"


def exchange(book: Book, root: Path, keys: dict[str, bytes], team: dict,
             removed: dict[str, str] | None = None) -> tuple[bool, int]:
    """Keep this PC's clash key, publish its index when its customers changed, take in the
    others' newest indexes. Returns (published, how many other PCs' indexes were taken in)."""
    source = team_key(team, keys)
    if source is None:
        return False, 0
    key = clash_key(source, team["team_id"])
    if _local(book, clash.KEY_LOCAL) != key.hex():
        with book.atomic("sync"):
            book.conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                              (clash.KEY_LOCAL, key.hex()))
    published = publish(book, root, keys, team["team_id"], key)
    return published, take_in(book, root, keys, team["team_id"], removed or {})


# the customers' fields an index is made of: a change to any other leaves it as it is; any
# change to a share (made, ended, its day) counts
_FIELDS = ("name", "mobile", "phone", "owner_id", "deleted_at")
_OF_INDEX = ("tbl = 'customers' AND (action != 'update' "
             f"OR field IN ({', '.join(repr(f) for f in _FIELDS)}))")
_CHANGED = f"SELECT 1 FROM audit WHERE seq > ? AND (tbl = 'customer_shares' OR {_OF_INDEX}) LIMIT 1"
# a customer made of these hashes to a value that changes when the way values are hashed does
# (the numbers' and the company names' rules, the key): an index made under other rules is
# made again whole
_PROBE = ("杭州 金达建材（有限公司）Ltd.", "+86 139-1234-5678；１３８ ０００ ０１１１", "0571-88886666 转 8")


def _made(book: Book) -> dict:
    """What the index in the folder was made from, as publish() noted it: {"seq": the last
    change entry then, "key": the clash key's id, and, since the index is updated in place,
    "entry": that entry's id, "held": _held(), "body": the body's hash, "rules": the probe's
    hashes, "schema": the book's version}. An older note ("seq:key id") gives the first two."""
    text = _local(book, PUBLISHED)
    if text.startswith("{"):
        try:
            made = json.loads(text)
        except ValueError:
            return {}
        return made if isinstance(made, dict) and isinstance(made.get("seq"), int) else {}
    seq, _, key_id = text.partition(":")
    return {"seq": int(seq), "key": key_id} if seq.isdigit() else {}


def _rules(key: bytes) -> str:
    return hashlib.sha256(b"".join(clash.Hasher(key).customer(*_PROBE))).hexdigest()[:32]


def publish(book: Book, root: Path, keys: dict[str, bytes], team_id: str, key: bytes) -> bool:
    """Write this PC's index when a customer came, went or changed a field it is made of, or a
    share changed, since the last one (change entries after the one it was made at, made here
    or taken in; customers this book stopped or started holding without any), under another
    clash key, or when the file is gone from the folder. The index in the folder is updated
    (update()) where it can be trusted, else made whole (build())."""
    own = folder.device_folder(root, book.device_id)
    target = own / NAME
    _quarantine_copies(own, book.device_id)
    made = _made(book)
    held = _held(book)
    if made.get("key") == crypto.key_id(key) and made.get("held", held) == held \
            and target.exists() \
            and book.conn.execute(_CHANGED, (made["seq"],)).fetchone() is None:
        return False
    last = book.conn.execute("SELECT seq, id FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    body = update(book, target, keys, key)
    if body is None:
        body, _ = build(book, key)
    header = {"kind": KIND, "format": folder.FORMAT, "version": VERSION, "team_id": team_id,
              "device_id": book.device_id, "hlc": book.clock.last}
    folder.atomic_write(target, crypto.seal(body, header, keys))
    note = {"seq": last[0] if last else 0, "key": crypto.key_id(key),
            "entry": last[1] if last else "", "held": held,
            "body": hashlib.sha256(body).hexdigest(), "rules": _rules(key),
            "schema": schema.user_version(book.conn)}
    with book.atomic("sync"):
        book.conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                          (PUBLISHED, json.dumps(note)))
    return True


def update(book: Book, path: Path, keys: dict[str, bytes], key: bytes) -> bytes | None:
    """The body build() would write now, made from this PC's index at `path` (made as
    publish() noted it) by hashing again only the customers that changed since: those
    with change entries after it of a field the index is made of (made here or taken in), and
    those the book started or stopped naming without any (a customer taken out of this copy,
    one written from a grant). The shares are read again (a few). None when that index cannot
    be trusted to be the one noted: gone, unreadable, under another key, version or rules, of
    another body, or when the change entries after it were taken out of the book (their
    numbers are then given again), or when most customers changed (then building it whole
    is quicker): the caller builds it whole."""
    made = _made(book)
    try:
        if not (made.get("body") and made.get("key") == crypto.key_id(key)
                and made.get("rules") == _rules(key)
                and made.get("schema") == schema.user_version(book.conn)):
            return None
        if made["seq"] and book.conn.execute(
                "SELECT 1 FROM audit WHERE seq = ? AND id = ?",
                (made["seq"], made.get("entry"))).fetchone() is None:
            return None
        header, body = crypto.unseal(path.read_bytes(), keys)
        if header.get("kind") != KIND or header.get("device_id") != book.device_id \
                or int(header.get("version", 0)) != VERSION \
                or hashlib.sha256(body).hexdigest() != made["body"]:
            return None
        before = _entries(body)
    except (OSError, crypto.SealError, ValueError, KeyError, TypeError, IndexError,
            UnicodeDecodeError, struct.error):
        return None
    if before is None:
        return None
    conn = book.conn
    named = [r[0] for r in conn.execute(f"SELECT id {_NAMED} ORDER BY rowid")]
    again = {r[0] for r in conn.execute(
        f"SELECT DISTINCT record_id FROM audit WHERE seq > ? AND {_OF_INDEX}", (made["seq"],))}
    again.update(c for c in named if c not in before)  # the gone need nothing: not named
    if len(again) > max(len(named) // 2, 1000):
        return None  # most of them: reading them all in one go is quicker (a handover of all)
    hasher = clash.Hasher(key)
    fresh: dict[str, Entry | None] = {}
    listed = sorted(again)
    for start in range(0, len(listed), 500):
        part = listed[start:start + 500]
        for row in conn.execute(f"SELECT id, owner_id, name, mobile, phone {_NAMED} AND id IN "
                                f"({', '.join('?' * len(part))})", part):
            fresh[row[0]] = _entry(hasher, *row)
    # as _body() writes them, the unchanged entries copied from the old body: a run of them
    # that follow each other there and keep their owner's place, in one piece
    shared = _live_shares(book)
    owners: dict[str, int] = {}
    parts: list[bytes] = []
    shares: dict[str, list[list[str]]] = {}
    run_from = run_to = 0
    for cid in named:
        if cid in again:
            entry = fresh.get(cid)
            if entry is None:
                continue
            _, raw, owner, hashed = entry
            parts += (body[run_from:run_to], raw,
                      _PLACE.pack(owners.setdefault(owner, len(owners))), hashed)
            run_from = run_to = 0
        else:
            at, after_id, owner, place, end = before[cid]
            if owners.setdefault(owner, len(owners)) != place:
                parts += (body[run_from:run_to], body[at:after_id],
                          _PLACE.pack(owners[owner]), body[after_id + 2:end])
                run_from = run_to = 0
            elif at == run_to:
                run_to = end
            else:
                parts.append(body[run_from:run_to])
                run_from, run_to = at, end
        if cid in shared:
            shares[cid] = shared[cid]
    parts.append(body[run_from:run_to])
    return _framed(owners, shares, parts)


def _entries(body: bytes) -> dict[str, tuple[int, int, str, int, int]] | None:
    """Where each entry of an index body written by this version is, by customer id: (its
    start, the end of its id, its owner, the owner's place, its end); None when it is not
    one: another version or hash width, a customer named twice."""
    head, at = _head(body)
    if int(head.get("version", 0)) != VERSION \
            or int(head.get("digest_bytes", 0)) != clash.DIGEST_BYTES:
        return None
    owners = list(head["owners"])
    width = clash.DIGEST_BYTES
    out: dict[str, tuple[int, int, str, int, int]] = {}
    end = len(body)
    n = 0
    while at < end:
        tag = body[at]
        if tag == 0:
            after_id = at + 17
            h = body[at + 1:after_id].hex()
            cid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        else:
            after_id = at + 1 + tag
            cid = body[at + 1:after_id].decode("utf-8")
        place = body[after_id] << 8 | body[after_id + 1]
        stop = after_id + 3 + width * body[after_id + 2]
        out[cid] = (at, after_id, owners[place], place, stop)
        at = stop
        n += 1
    return out if at == end and len(out) == n else None


def _quarantine_copies(own: Path, device_id: str) -> None:
    """A file-sync tool's copies of this PC's own index are moved aside (the index is made
    from the book: nothing is lost)."""
    try:
        files = [f for f in own.iterdir() if f.is_file() and f.name.startswith(KIND)
                 and f.name != NAME and not folder.is_temporary(f.name)]
    except OSError:
        return
    for f in files:
        try:
            header, _ = crypto.read_header(f.read_bytes())
        except (OSError, crypto.SealError):
            continue
        if header.get("kind") == KIND and header.get("device_id") == device_id:
            try:
                folder.quarantine(f)
            except OSError:
                continue


def _newest(root: Path, device_id: str, team_id: str) -> tuple[Path, dict] | None:
    """The newest whole index of that PC in its folder (its own file or a sync tool's copy of
    it), by the PC's clock."""
    best = None
    try:
        files = [f for f in folder.device_folder(root, device_id).iterdir() if f.is_file()
                 and f.name.startswith(KIND) and not folder.is_temporary(f.name)]
    except OSError:
        return None
    for f in files:
        try:
            with open(f, "rb") as fh:
                header, _ = crypto.read_header(fh.read(1 << 16))
        except (OSError, crypto.SealError):
            continue
        if header.get("kind") != KIND or header.get("device_id") != device_id \
                or header.get("team_id") != team_id:
            continue
        if best is None or str(header.get("hlc", "")) > str(best[1].get("hlc", "")):
            best = (f, header)
    return best


def take_in(book: Book, root: Path, keys: dict[str, bytes], team_id: str,
            removed: dict[str, str]) -> int:
    """Read the other PCs' newest indexes that changed since the last pass (all of them when
    the customers this book holds changed) and keep their entries about customers this book
    does not hold. Returns how many indexes were taken in."""
    try:
        taken = json.loads(_local(book, TAKEN) or "{}")
    except ValueError:
        taken = {}
    stamps: dict[str, str] = dict(taken.get("stamps", {}))
    held = _held(book)
    again = taken.get("held") != held
    try:
        devices = sorted(d.name for d in (Path(root) / "devices").iterdir() if d.is_dir())
    except OSError:
        return 0
    fresh: dict[str, tuple[str, list, dict]] = {}
    held_ids: set[str] | None = None  # read once, when an index is to be read
    for device in devices:
        if device == book.device_id or device in removed:
            continue
        newest = _newest(root, device, team_id)
        if newest is None:
            continue
        path, header = newest
        stamp = str(header.get("hlc", ""))
        if not again and stamps.get(device) == stamp:
            continue
        if int(header.get("format", 0)) > folder.FORMAT or int(header.get("version", 0)) > VERSION:
            continue  # a newer Kehu's: what this PC took before stays until it is updated
        if held_ids is None:
            held_ids = {r[0] for r in book.conn.execute("SELECT id FROM customers")}
        try:
            _, body = crypto.unseal(path.read_bytes(), keys)
            # those about customers held here are left out again below, in the transaction
            entries, shares = parse_not_held(body, held_ids), parse_shares(body)
        except (OSError, crypto.SealError, ValueError, KeyError, TypeError, IndexError,
                UnicodeDecodeError, struct.error):
            continue  # not arrived whole: read next time
        fresh[device] = (stamp, entries, shares)
    gone = [d for d in stamps if d in removed or d not in devices or d == book.device_id]
    if not fresh and not gone and not again:
        return 0
    shared = clash.kept_shares(book)
    with book.atomic("sync"):
        conn = book.conn  # the write connection, inside the transaction
        for device in gone:
            conn.execute("DELETE FROM clash_index WHERE device_id = ?", (device,))
            stamps.pop(device, None)
            shared.pop(device, None)
        if again:  # which customers this book holds changed: what it keeps is looked at again
            conn.execute("DELETE FROM clash_index WHERE customer_id IN (SELECT id FROM customers)")
            for device, by_customer in list(shared.items()):
                kept = _not_held(book, set(by_customer))
                shared[device] = {c: u for c, u in by_customer.items() if c in kept}
        for device, (stamp, entries, shares) in fresh.items():
            conn.execute("DELETE FROM clash_index WHERE device_id = ?", (device,))
            wanted = _not_held(book, {cid for _, cid, _ in entries})
            conn.executemany(
                "INSERT INTO clash_index (digest, customer_id, owner_id, device_id, stamp) "
                "VALUES (?, ?, ?, ?, ?)",
                [(d, cid, owner, device, stamp) for d, cid, owner in entries if cid in wanted])
            shared[device] = {c: u for c, u in shares.items() if c in wanted}
            stamps[device] = stamp
        conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                     (TAKEN, json.dumps({"stamps": stamps, "held": held})))
        conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                     (SHARES, json.dumps({d: s for d, s in shared.items() if s})))
    return len(fresh)


def _not_held(book: Book, ids: set[str]) -> set[str]:
    """Those of `ids` this book does not hold (in any state)."""
    if not ids:
        return set()
    conn = book.conn
    # the table is read whole when the index names most of it: one pass instead of lookups
    if len(ids) > 2000:
        return ids - {r[0] for r in conn.execute("SELECT id FROM customers")}
    listed = list(ids)
    have: set[str] = set()
    for start in range(0, len(listed), 500):
        part = listed[start:start + 500]
        have.update(r[0] for r in conn.execute(
            f"SELECT id FROM customers WHERE id IN ({', '.join('?' * len(part))})", part))
    return ids - have


def forget(book: Book) -> None:
    """This PC left its team: its clash key and what it took from the others go."""
    with book.atomic("team"):
        book.conn.execute("DELETE FROM clash_index")
        book.conn.execute("DELETE FROM local WHERE key IN (?, ?, ?, ?)",
                          (clash.KEY_LOCAL, PUBLISHED, TAKEN, SHARES))
