"""Who may read which change entries in the team folder: a salesperson's laptop holds only the
customers its user may see.

The folder is readable by everyone who has the team passphrase, so the app's scopes
(models.core.scopes) cannot be the only guard. Once a team has a user who does not see every
customer (a salesperson, a manager with a team), the entries about a customer that has an
owner travel sealed for the PCs whose user may see it:

- Each PC has its own X25519 key pair (its private half in the book's `local` table, never in
  the folder); its device file publishes the public half and the user signed in there.
- Anyone with the passphrase could write a device file that claims to be the owner's PC, so
  a PC's key counts only once the owner has approved it: the owner's PC keeps an Ed25519
  signing key (made when the team is set up; its public half is in kehu-team.json and every
  PC pins it when it joins) and signs the list of approved PCs, each with its user and key
  (approved.kehu in the owner's folder). An approved PC is trusted with what its user may see,
  as the scopes say on the PC that writes.
- A segment holds the public entries (the public pool, users, settings, stages, products ...)
  as before; the entries about customers that have an owner go into parts, each sealed for
  the approved PCs that may see the customer before or after the change (the old owner learns
  that it was handed over; the salespeople learn that a pool customer was claimed). Every
  entry keeps its place in its device's hash chain: a PC that cannot open a part keeps a stub
  of each entry in it (id, clock stamp, prev, hash) and checks the chain's links over it.
- When a customer becomes visible to a PC (a handover, a share, an approval), the owner's PC
  sends that PC the customer's whole history in a grant sealed for it alone; each entry in it
  must fit the hash of the stub the PC holds, so the owner's PC cannot forge one either.
- When a PC's user may no longer see a customer, the PC removes it from its book at the end
  of the pass: the records go, their entries become stubs (models.sync.engine).
- The snapshot a new PC joins from holds the public part of the book only; the rest arrives as
  grants once the owner approves the PC.

A team whose users all see every customer works as before: every entry is public."""

from __future__ import annotations

import base64
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

from models.core import scopes
from models.sync import crypto, folder
from models.sync.tables import ORDER, TABLES

PC_KEY = "sync_pc_key"  # local: this PC's X25519 private key
SIGN_KEY = "team_sign_key"  # local: the team's Ed25519 signing key (the owner's PC only)
SIGN_PUB = "team_sign_pub"  # local: the team's public signing key, pinned when joining
GRANTS_TAKEN = "sync_grants_taken"  # local: the grant files this PC has taken in (names)

# Tables whose records belong to a customer: directly (customer_id), or through a parent.
DIRECT = ("contacts", "interactions", "deals", "alerts", "grade_changes", "orders", "payments",
          "customer_shares", "tickets")
VIA = {"deal_history": ("deal_id", "deals"), "order_lines": ("order_id", "orders"),
       "payment_plans": ("order_id", "orders"), "ticket_events": ("ticket_id", "tickets")}
STUB_FIELDS = ("id", "device_id", "seq", "hlc", "prev", "hash")
UNKNOWN = "?"  # an entry about a record of a customer this book no longer holds


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _local(conn, key: str) -> str:
    row = conn.execute("SELECT value FROM local WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def _set_local(conn, values: dict) -> None:
    conn.executemany("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                     [(k, str(v)) for k, v in values.items()])


# -- keys --------------------------------------------------------------------------------------
def pc_key(book):
    """This PC's own private key (made the first time it is asked for)."""
    raw = _local(book.conn, PC_KEY)
    if raw:
        return crypto.pc_key_from(_unb64(raw))
    key = crypto.new_pc_key()
    with book.atomic("sync"):
        _set_local(book.conn, {PC_KEY: _b64(crypto.private_bytes(key))})
    return key


def public_text(book) -> str:
    return _b64(crypto.public_bytes(pc_key(book)))


def make_signing_key(book) -> str:
    """A new signing key for the team, kept on this PC (the owner's); its public half."""
    key = crypto.new_signing_key()
    public = _b64(crypto.public_bytes(key))
    with book.atomic("sync"):
        _set_local(book.conn, {SIGN_KEY: _b64(crypto.private_bytes(key)), SIGN_PUB: public})
    return public


def pinned(book) -> str:
    """The team's public signing key this PC trusts ('' for a team from before it)."""
    return _local(book.conn, SIGN_PUB)


def pin(book, public: str) -> None:
    with book.atomic("sync"):
        _set_local(book.conn, {SIGN_PUB: public})


def signs(book) -> bool:
    """Whether this PC holds the team's signing key (it approves PCs and writes grants)."""
    raw = _local(book.conn, SIGN_KEY)
    if not raw or not pinned(book):
        return False
    return _b64(crypto.public_bytes(crypto.signing_key_from(_unb64(raw)))) == pinned(book)


# -- the approved PCs --------------------------------------------------------------------------
APPROVED_FILE = "approved" + folder.SUFFIX


def _listing_bytes(listing: dict) -> bytes:
    return json.dumps(listing, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def read_approved(root: Path, keys: dict[str, bytes], public: str,
                  team_id: str) -> dict | None:
    """The newest list of approved PCs signed by the team's key: {"serial": n, "pcs":
    {device id: {"user_id", "public"}}, "signer": the device whose folder holds it}; None when
    there is none (or none is signed right)."""
    best = None
    for f in folder.scan(root, kinds=("approved",))[0]:
        try:
            _, body = crypto.unseal(f.path.read_bytes(), keys)
            doc = json.loads(body.decode("utf-8"))
            listing = doc["list"]
            if listing.get("team_id") != team_id or not crypto.signed_by(
                    public, _listing_bytes(listing), doc["sig"]):
                continue
            if best is None or int(listing["serial"]) > int(best["serial"]):
                best = {**listing, "signer": f.header.get("device_id", "")}
        except (OSError, crypto.SealError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return best


def write_approved(book, root: Path, keys: dict[str, bytes], team_id: str,
                   pcs: dict[str, dict], serial: int) -> dict:
    listing = {"serial": serial, "team_id": team_id, "pcs": pcs}
    key = crypto.signing_key_from(_unb64(_local(book.conn, SIGN_KEY)))
    doc = {"list": listing, "sig": crypto.sign(key, _listing_bytes(listing))}
    header = {"kind": "approved", "format": folder.FORMAT, "team_id": team_id,
              "device_id": book.device_id, "hlc": book.clock.last}
    folder.atomic_write(folder.device_folder(root, book.device_id) / APPROVED_FILE,
                        crypto.seal(json.dumps(doc, ensure_ascii=False).encode("utf-8"),
                                    header, keys))
    return {**listing, "signer": book.device_id}


# -- which entries are private -----------------------------------------------------------------
def private_mode(book) -> bool:
    """Whether some user of the book does not see every customer (then entries about owned
    customers travel sealed)."""
    users = [r[0] for r in book.conn.execute(
        "SELECT id FROM users WHERE active = 1 AND deleted_at IS NULL")]
    return any(not scopes.sees_all(book, uid) for uid in users)


def _chunks(items: list, size: int = 400) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _inserted(conn, table: str, record_id: str) -> dict:
    row = conn.execute("SELECT new FROM audit WHERE tbl = ? AND record_id = ? AND "
                       "action = 'insert' ORDER BY hlc DESC LIMIT 1",
                       (table, record_id)).fetchone()
    try:
        value = json.loads(row[0]) if row and row[0] else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def customers_of(conn, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """The customer each (table, record id) belongs to: its id, None for a record of no
    customer (users, settings, products ...), UNKNOWN when the book cannot tell (gone)."""
    out: dict[tuple[str, str], str | None] = {}
    by_table: dict[str, set[str]] = {}
    for table, record_id in pairs:
        by_table.setdefault(table, set()).add(record_id)
    for table, record_ids in by_table.items():
        rids = sorted(record_ids)
        if table == "customers":
            out.update({(table, r): r for r in rids})
            continue
        if table == "reminders":
            sql = ("SELECT r.id, coalesce(r.customer_id, d.customer_id) FROM reminders r "
                   "LEFT JOIN deals d ON d.id = r.deal_id WHERE r.id IN ({})")
        elif table in DIRECT:
            sql = f"SELECT id, customer_id FROM {table} WHERE id IN ({{}})"
        elif table in VIA:
            column, parent = VIA[table]
            sql = (f"SELECT t.id, p.customer_id FROM {table} t LEFT JOIN {parent} p "
                   f"ON p.id = t.{column} WHERE t.id IN ({{}})")
        else:
            out.update({(table, r): None for r in rids})
            continue
        found: dict[str, str | None] = {}
        for part in _chunks(rids):
            found.update((r[0], r[1]) for r in conn.execute(
                sql.format(", ".join("?" * len(part))), part))
        for r in rids:
            if r in found:
                out[(table, r)] = found[r] or None
                continue
            row = _inserted(conn, table, r)  # gone from its table: what it was made with
            if table in VIA:
                column, parent = VIA[table]
                parent_id = row.get(column)
                got = customers_of(conn, [(parent, parent_id)]).get((parent, parent_id)) \
                    if parent_id else None
            elif table == "reminders" and not row.get("customer_id") and row.get("deal_id"):
                got = customers_of(conn, [("deals", row["deal_id"])]).get(
                    ("deals", row["deal_id"]))
            else:
                got = row.get("customer_id")
            out[(table, r)] = got or (UNKNOWN if row == {} else None)
    return out


def owned(conn, customer_ids: Iterable[str]) -> dict[str, str | None]:
    """customer id -> its owner ('' for the public pool); customers not here are left out."""
    ids = sorted(set(customer_ids))
    out = {}
    for part in _chunks(ids):
        out.update((r[0], r[1] or "") for r in conn.execute(
            f"SELECT id, owner_id FROM customers WHERE id IN ({', '.join('?' * len(part))})",
            part))
    return out


def public_key(pc: dict) -> bytes | None:
    """A PC's X25519 public key as the list gives it (None when it is not one)."""
    try:
        raw = _unb64(str(pc.get("public") or ""))
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def _pcs_of_users(approved: dict, users: Iterable[str]) -> set[str]:
    wanted = set(users)
    return {d for d, pc in approved["pcs"].items() if pc.get("user_id") in wanted}


def split(book, batch: dict, approved: dict) -> dict:
    """A batch of this PC's entries (merge.outgoing) as a segment's body: the public entries
    and operations, a stub for each private entry, and the private ones in parts, one per
    audience (the approved PCs that may read them), sealed for those PCs' keys."""
    conn = book.conn
    entries = batch["entries"]
    belongs = customers_of(conn, {(e["tbl"], e["record_id"]) for e in entries})
    customer_ids = {c for c in belongs.values() if c and c != UNKNOWN}
    owners = owned(conn, customer_ids)
    private_ids = {c for c in customer_ids if owners.get(c, None) != ""}
    # who sees each private customer now, by the scopes of each approved PC's user
    users = {pc["user_id"] for pc in approved["pcs"].values() if pc.get("user_id")}
    seen_by: dict[str, set[str]] = {c: set() for c in private_ids}
    present = [(c, owners[c]) for c in private_ids if c in owners]
    for uid in users:
        pcs = _pcs_of_users(approved, [uid])
        # the scopes' own predicate, over (customer, owner) pairs already read
        for cid in scopes.visible_as(book, present, user_id=uid):
            seen_by[cid] |= pcs
    everyone = set(approved["pcs"])
    bosses = {d for d, pc in approved["pcs"].items()
              if pc.get("user_id") and scopes.sees_all(book, pc["user_id"])}
    public, stubs, parts = [], [], {}
    for e in entries:
        cid = belongs.get((e["tbl"], e["record_id"]))
        if cid is None or (cid != UNKNOWN and cid not in private_ids):
            public.append(e)
            continue
        if cid == UNKNOWN or cid not in owners:
            # about a customer this copy does not hold: that it was deleted for good goes to
            # every PC that may hold it; anything else (an alert about another salesperson's
            # customer) to those who see every customer
            audience = set(everyone) if e["action"] == "purge" else set(bosses)
        else:
            audience = set(seen_by[cid])
        audience |= _before(conn, e, approved, everyone)
        # and this PC itself: under a new id (a backup restored) its key still opens them
        audience.add(book.device_id)
        parts.setdefault(tuple(sorted(audience)), []).append(e)
        stubs.append({k: e[k] for k in STUB_FIELDS})
    ops = {op["id"]: op for op in batch["operations"]}
    public_ops = {e["op_id"] for e in public}
    private_ops = {e["op_id"] for group in parts.values() for e in group}
    body = {
        # an operation's label may name a private customer: the public copy goes without it
        "operations": [{**op, "label": "" if op["id"] in private_ops else op["label"]}
                       for op in batch["operations"] if op["id"] in public_ops],
        "entries": public, "stubs": stubs, "parts": []}
    own = _unb64(public_text(book))
    for audience, group in sorted(parts.items()):
        inner = {"entries": group,
                 "operations": [ops[o] for o in sorted({e["op_id"] for e in group}) if o in ops]}
        pcs = {d: key for d in audience if d != book.device_id
               and (key := public_key(approved["pcs"][d]))}
        pcs[book.device_id] = own
        body["parts"].append({"for": list(audience), "data": _b64(crypto.seal(
            zlib.compress(json.dumps(inner, ensure_ascii=False).encode("utf-8"), 6),
            {"kind": "part"}, {}, pcs=pcs))})
    return body


def _before(conn, entry: dict, approved: dict, everyone: set[str]) -> set[str]:
    """The PCs that saw the customer before this entry changed who sees it: the former owner
    (everyone, for a customer claimed from the pool), the user a share is taken from."""
    if entry["tbl"] == "customers" and entry["action"] == "update" \
            and entry["field"] == "owner_id":
        try:
            old = json.loads(entry["old"]) if entry["old"] else None
        except ValueError:
            old = None
        return set(everyone) if not old else _pcs_of_users(approved, [old])
    if entry["tbl"] == "customer_shares":
        row = conn.execute("SELECT user_id FROM customer_shares WHERE id = ?",
                           (entry["record_id"],)).fetchone()
        user = row[0] if row else _inserted(conn, "customer_shares",
                                            entry["record_id"]).get("user_id")
        return _pcs_of_users(approved, [user]) if user else set()
    return set()


def open_parts(body: dict, device_ids: list[str], key) -> tuple[list, list]:
    """The entries and operations of the parts sealed for this PC (under any of its ids)."""
    entries, operations = [], []
    for part in body.get("parts", []):
        mine = [d for d in device_ids if d in part.get("for", [])]
        if not mine:
            continue
        _, inner = crypto.unseal(_unb64(part["data"]), {}, pc=(mine[0], key))
        got = json.loads(zlib.decompress(inner).decode("utf-8"))
        entries += got["entries"]
        operations += got["operations"]
    return entries, operations


# -- a customer's whole history ----------------------------------------------------------------
def records_of(conn, customer_ids: list[str]) -> dict[str, list[str]]:
    """table -> the ids of the records of these customers this book holds."""
    out: dict[str, list[str]] = {"customers": list(customer_ids)}
    for part in _chunks(list(customer_ids)):
        marks = ", ".join("?" * len(part))
        for table in DIRECT:
            out.setdefault(table, []).extend(r[0] for r in conn.execute(
                f"SELECT id FROM {table} WHERE customer_id IN ({marks})", part))
        out.setdefault("reminders", []).extend(r[0] for r in conn.execute(
            f"SELECT r.id FROM reminders r LEFT JOIN deals d ON d.id = r.deal_id WHERE "
            f"r.customer_id IN ({marks}) OR (r.customer_id IS NULL AND d.customer_id IN "
            f"({marks}))", part + part))
        for table, (column, parent) in VIA.items():
            out.setdefault(table, []).extend(r[0] for r in conn.execute(
                f"SELECT t.id FROM {table} t JOIN {parent} p ON p.id = t.{column} "
                f"WHERE p.customer_id IN ({marks})", part))
    return out


def history_of(conn, customer_ids: list[str], columns: Iterable[str]) -> list[dict]:
    """Every change entry about these customers and what belongs to them, in clock order."""
    cols = ", ".join(columns)
    rows: list[dict] = []
    for table, record_ids in records_of(conn, customer_ids).items():
        for part in _chunks(sorted(set(record_ids))):
            rows += [dict(r) for r in conn.execute(
                f"SELECT {cols} FROM audit WHERE tbl = ? AND record_id IN "
                f"({', '.join('?' * len(part))})", [table, *part])]
    return sorted(rows, key=lambda r: r["hlc"])


def rows_without_history(conn, customer_ids: list[str]) -> dict[str, list[dict]]:
    """table -> the rows of these customers' records that no change entry made (a demo book's,
    written straight into its tables): with no history to send, a grant carries them as they
    are, signed by the owner's PC (write_grants), for a PC that can hold them no other way."""
    out: dict[str, list[dict]] = {}
    for table, record_ids in records_of(conn, customer_ids).items():
        spec = TABLES.get(table)
        if spec is None:
            continue
        for part in _chunks(sorted(set(record_ids))):
            marks = ", ".join("?" * len(part))
            out.setdefault(table, []).extend(spec.shared(dict(r)) for r in conn.execute(
                f"SELECT * FROM {table} WHERE {spec.key} IN ({marks}) AND {spec.key} NOT IN "
                f"(SELECT record_id FROM audit WHERE tbl = ? AND action = 'insert' AND "
                f"record_id IN ({marks}))", [*part, table, *part]))
    return {table: rows for table, rows in out.items() if rows}


def _rows_bytes(device: str, rows: dict) -> bytes:
    return json.dumps({"for": device, "rows": rows}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), default=str).encode("utf-8")


def signed_rows(got: dict, device: str, public: str) -> dict[str, list[dict]]:
    """The rows of a grant for `device` (rows_without_history) when the team's signing key
    signed them for it; none otherwise (a grant any other PC could have written)."""
    rows = got.get("rows")
    if not rows or not isinstance(rows, dict) or not public:
        return {}
    try:
        ok = crypto.signed_by(public, _rows_bytes(device, rows), str(got.get("rows_sig", "")))
    except (ValueError, TypeError):
        ok = False
    return rows if ok else {}


def put_rows(book, rows: dict[str, list[dict]]) -> set[str]:
    """Write the rows of a grant that this copy holds nothing of (no row, no tombstone), parents
    before children; returns the customers written."""
    conn = book.conn
    made: set[str] = set()
    rid = conn.execute("SELECT coalesce(max(rid), 0) FROM customers").fetchone()[0]
    for table in sorted(rows, key=lambda t: ORDER.get(t, 99)):
        spec = TABLES.get(table)
        if spec is None:
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        wanted = [r for r in rows[table] if isinstance(r, dict) and r.get(spec.key) is not None]
        for part in _chunks(wanted):
            keys = [r[spec.key] for r in part]
            marks = ", ".join("?" * len(keys))
            held = {r[0] for r in conn.execute(
                f"SELECT {spec.key} FROM {table} WHERE {spec.key} IN ({marks}) UNION "
                f"SELECT record_id FROM tombstones WHERE tbl = ? AND record_id IN ({marks})",
                [*keys, table, *keys])}
            fresh = []
            for row in part:
                key = row[spec.key]
                if key in held:
                    continue
                held.add(key)
                row = {k: v for k, v in spec.shared(row).items() if k in columns}
                if table == "customers":
                    rid += 1
                    row["rid"] = rid
                fresh.append(row)
            made |= _insert_rows(conn, table, fresh, spec.key if table == "customers" else "")
    return made


def _insert_rows(conn, table: str, rows: list[dict], key: str) -> set[str]:
    """Insert rows, those with the same columns together; one whose parent is not here is
    left out (the others go in). Returns the `key` values of the rows written (none without
    a key)."""
    written: set[str] = set()
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for columns, group in groups.items():
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
               f"({', '.join('?' * len(columns))})")
        conn.execute("SAVEPOINT put_rows")
        try:
            conn.executemany(sql, [list(r.values()) for r in group])
            ok = group
        except sqlite3.IntegrityError:  # one row at a time: which one points nowhere
            conn.execute("ROLLBACK TO put_rows")
            ok = []
            for row in group:
                try:
                    conn.execute(sql, list(row.values()))
                except sqlite3.IntegrityError:
                    continue  # what it points to is not here: left out
                ok.append(row)
        conn.execute("RELEASE put_rows")
        if key:
            written.update(r[key] for r in ok)
    return written


def _whole_bytes(team_id: str, device: str, name: str, hlc: str, digest: str) -> bytes:
    return "\n".join(("kehu-whole-book", team_id, device, name, hlc, digest)).encode("utf-8")


def sign_whole(book, team_id: str, device: str, name: str, hlc: str, digest: str) -> str:
    """The team key's signature of a whole book sent to `device` in the file `name` (its
    packed content's SHA-256 `digest`), on the owner's PC."""
    key = crypto.signing_key_from(_unb64(_local(book.conn, SIGN_KEY)))
    return crypto.sign(key, _whole_bytes(team_id, device, name, hlc, digest))


def whole_signed(book, header: dict, name: str, digest: str) -> bool:
    """Whether the team's key signed this whole book for this PC under this file name (any PC
    of the team can write a file in the owner's folder and seal it for this PC's key)."""
    try:
        return header.get("digest") == digest and crypto.signed_by(
            pinned(book), _whole_bytes(str(header["team_id"]), str(header["for"]), name,
                                       str(header["hlc"]), digest), str(header["sig"]))
    except (KeyError, ValueError, TypeError):
        return False


# -- grants ------------------------------------------------------------------------------------
WHOLE_FROM = 2000  # customers from which a new PC that sees every one is sent the whole book


def write_grants(book, root: Path, keys: dict[str, bytes], team_id: str, approved: dict,
                 entry_fields, operation_fields, whole=None) -> int:
    """On the owner's PC: for each approved PC, the whole history of the customers its user
    may see now and has not been sent yet, sealed for that PC alone. A PC that was sent none
    yet, whose user sees every customer, is sent the whole book instead when that is at least
    WHOLE_FROM customers: `whole(device, its public key)` writes it. Returns how many
    customers were sent."""
    conn = book.conn
    sent = 0
    for device, pc in sorted(approved["pcs"].items()):
        if device == book.device_id or not pc.get("user_id"):
            continue
        where, params = scopes.visible(book, "c", user_id=pc["user_id"])
        # the pool too: a customer given back to it after its entries went out sealed
        # worked out by SQLite over its indexes: a PC's 100,000 customers sent before make
        # no set of 100,000 ids here at each pass
        new = [r[0] for r in conn.execute(
            f"SELECT c.id FROM customers c WHERE ({where}) AND NOT EXISTS (SELECT 1 FROM "
            f"sync_granted g WHERE g.device_id = ? AND g.customer_id = c.id) ORDER BY c.id",
            [*params, device])]
        gone = [r[0] for r in conn.execute(
            f"SELECT g.customer_id FROM sync_granted g WHERE g.device_id = ? AND NOT EXISTS "
            f"(SELECT 1 FROM customers c WHERE c.id = g.customer_id AND ({where})) "
            f"ORDER BY g.customer_id", [device, *params])]
        granted = conn.execute("SELECT 1 FROM sync_granted WHERE device_id = ? LIMIT 1",
                               (device,)).fetchone() is not None
        key = public_key(pc)
        if whole is not None and key is not None and not granted and len(new) >= WHOLE_FROM \
                and scopes.sees_all(book, pc["user_id"]):
            whole(device, key)
            sent += len(new)
        elif new:
            entries = history_of(conn, new, entry_fields)
            op_ids = sorted({e["op_id"] for e in entries})
            operations = []
            for part in _chunks(op_ids):
                operations += [dict(r) for r in conn.execute(
                    f"SELECT {', '.join(operation_fields)} FROM operations WHERE id IN "
                    f"({', '.join('?' * len(part))})", part)]
            doc = {"entries": entries, "operations": operations}
            rows = rows_without_history(conn, new)
            if rows:
                signing = crypto.signing_key_from(_unb64(_local(conn, SIGN_KEY)))
                doc.update(rows=rows, rows_sig=crypto.sign(signing, _rows_bytes(device, rows)))
            body = json.dumps(doc, ensure_ascii=False, default=str).encode("utf-8")
            header = {"kind": "grant", "format": folder.FORMAT, "team_id": team_id,
                      "device_id": book.device_id, "for": device, "hlc": book.clock.last,
                      "count": len(entries)}
            name = f"grant-{device}-{int(time.time() * 1000)}{folder.SUFFIX}"
            if key is None:
                continue
            folder.atomic_write(folder.device_folder(root, book.device_id) / name,
                                crypto.seal(body, header, {}, pcs={device: key}))
            sent += len(new)
        if new or gone:
            with book.atomic("sync"):
                book.conn.executemany(
                    "INSERT OR IGNORE INTO sync_granted (device_id, customer_id) VALUES (?, ?)",
                    [(device, c) for c in new])
                book.conn.executemany(
                    "DELETE FROM sync_granted WHERE device_id = ? AND customer_id = ?",
                    [(device, c) for c in gone])
    return sent


def prune_grants(book, root: Path, pcs: list[dict]) -> None:
    """The owner's PC removes the grants a PC says it has taken in (its device file)."""
    taken = {pc["device_id"]: set(pc.get("grants") or []) for pc in pcs}
    own = folder.device_folder(root, book.device_id)
    for f in folder.scan(root, kinds=("grant",), device=book.device_id, whole=False)[0]:
        if f.path.parent == own and f.path.name in taken.get(f.header.get("for"), set()):
            f.path.unlink(missing_ok=True)


def grants_taken(book) -> list[str]:
    try:
        return list(json.loads(_local(book.conn, GRANTS_TAKEN) or "[]"))
    except ValueError:
        return []


# -- leaving customers out ---------------------------------------------------------------------
_CHILDREN_FIRST = ("ticket_events", "tickets", "payments", "payment_plans", "order_lines",
                   "orders", "deal_history", "reminders", "deals", "interactions", "contacts",
                   "alerts", "grade_changes", "customer_shares")


def remove_customers(conn, customer_ids: list[str], *, keep_device: str = "",
                     keep_after: int = 0) -> int:
    """Take these customers and everything of theirs out of this copy: the records go (no
    change entry, no tombstone: they live on in the team), their change entries become stubs.
    A customer with entries of `keep_device` after its seq `keep_after` (not yet published) is
    kept for now. Returns how many customers were removed. The caller holds the transaction."""
    from models.core.book import delete_search_rows

    ids = list(customer_ids)
    if keep_device:
        pending = set()
        for table, record_ids in records_of(conn, ids).items():
            for part in _chunks(sorted(set(record_ids))):
                for r in conn.execute(
                        f"SELECT record_id FROM audit WHERE device_id = ? AND seq > ? AND "
                        f"tbl = ? AND record_id IN ({', '.join('?' * len(part))})",
                        [keep_device, keep_after, table, *part]):
                    pending.add((table, r[0]))
        if pending:
            owners = customers_of(conn, pending)
            held = {c for c in owners.values() if c}
            ids = [c for c in ids if c not in held]
    if not ids:
        return 0
    conn.execute("PRAGMA defer_foreign_keys = ON")
    records = records_of(conn, ids)
    for table, record_ids in records.items():
        for part in _chunks(sorted(set(record_ids))):
            marks = ", ".join("?" * len(part))
            # a step's label may name the customer: it goes with the entries
            conn.execute(f"UPDATE operations SET label = '' WHERE id IN (SELECT op_id FROM "
                         f"audit WHERE tbl = ? AND record_id IN ({marks}))", [table, *part])
            conn.execute(
                f"INSERT OR IGNORE INTO audit_stubs (id, device_id, seq, hlc, prev, hash) "
                f"SELECT id, device_id, seq, hlc, coalesce(prev, ''), coalesce(hash, '') "
                f"FROM audit WHERE tbl = ? AND record_id IN ({marks})", [table, *part])
            conn.execute(f"DELETE FROM audit WHERE tbl = ? AND record_id IN ({marks})",
                         [table, *part])
    for table in _CHILDREN_FIRST:
        for part in _chunks(sorted(set(records.get(table, [])))):
            conn.execute(f"DELETE FROM {table} WHERE id IN ({', '.join('?' * len(part))})",
                         part)
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        for (rid,) in conn.execute(f"SELECT rid FROM customers WHERE id IN ({marks}) "
                                   "AND rid IS NOT NULL", part).fetchall():
            delete_search_rows(conn, rid)
        for table in ("match_keys", "match_sources", "match_dirty", "import_rows",
                      "receivable_rows", "receivable_balances"):
            conn.execute(f"DELETE FROM {table} WHERE customer_id IN ({marks})", part)
        conn.execute(f"DELETE FROM customers WHERE id IN ({marks})", part)
    return len(ids)
