"""Merging another PC's changes into this book, field by field.

Every change entry (models.core.book Operation.log) names its record, field, new value, clock
stamp (HLC, which sorts by time, then counter, then device) and device. A PC publishes its own
entries (outgoing) and takes in the others' (apply). Taking an entry in keeps it in the audit
table with its own id, stamp and device, so the history shows it, and then the record is worked
out again from every entry about it (_settle):

- each field holds the value of its newest entry (an insert counts for every field it wrote):
  concurrent edits to different fields both survive, and the same field ends the same on every
  PC whatever the order the entries came in;
- a purge (the trash emptied) removes the record for good, unless an insert newer than it
  brought the record back; updates of a purged record stay in the history only;
- a soft delete (deleted_at) is undone by an edit from another PC stamped after it: that PC
  did not know of the delete, and its edit must not vanish into the trash ("restored by a
  later edit", models.sync.history shows it);
- a record with no entries at all (made before the change log, or brought by a snapshot) keeps
  what it holds until an entry about it arrives.

Applying is idempotent (an entry already here is skipped by its id) and atomic (one
transaction per batch). A record pointing to one not here yet waits in sync_waiting and is
settled again when later batches arrive."""

from __future__ import annotations

import json
from collections.abc import Iterable

from models.core import chain, clock, fields
from models.core.book import BULK_ROWS, Book, Changes
from models.sync.tables import AUTOMATIC, ORDER, TABLES, Synced

ENTRY_FIELDS = ("id", "seq", "op_id", "at", "user_id", "tbl", "record_id", "action", "field",
                "old", "new", "device_id", "hlc", "prev", "hash")
OPERATION_FIELDS = ("id", "name", "label", "at", "user_id", "state", "undo_of", "device_id",
                    "hlc", "created_at", "updated_at")
# customers whose search text a pass rebuilds itself; more wait for Book.index_pending
REINDEX_AFTER = 200


# -- what this PC publishes ----------------------------------------------------------------
def last_own_seq(book: Book) -> int:
    return book.scalar("SELECT coalesce(max(seq), 0) FROM audit WHERE device_id = ?",
                       (book.device_id,))


def outgoing(book: Book, after_seq: int, *, limit: int | None = None) -> dict:
    """This PC's own entries after its local seq `after_seq`, oldest first, with the operations
    they belong to (and the undo or redo of earlier ones)."""
    sql = (f"SELECT {', '.join(ENTRY_FIELDS)} FROM audit WHERE device_id = ? AND seq > ? "
           "ORDER BY seq")
    params: list = [book.device_id, after_seq]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    entries = [dict(r) for r in book.all(sql, params)]
    operations = operations_of(book.conn, entries)
    return {"device_id": book.device_id, "entries": entries, "operations": operations,
            "first_seq": entries[0]["seq"] if entries else after_seq,
            "last_seq": entries[-1]["seq"] if entries else after_seq}


def operations_of(conn, entries: list[dict]) -> list[dict]:
    """The operations (OPERATION_FIELDS) these entries belong to, read from `conn`."""
    op_ids = sorted({e["op_id"] for e in entries})
    operations = []
    for start in range(0, len(op_ids), 500):
        chunk = op_ids[start:start + 500]
        operations += [dict(r) for r in conn.execute(
            f"SELECT {', '.join(OPERATION_FIELDS)} FROM operations WHERE id IN "
            f"({', '.join('?' * len(chunk))})", chunk)]
    return operations


# -- taking another PC's entries in --------------------------------------------------------
def apply(book: Book, batches: Iterable[dict]) -> Changes:
    """Take in batches of other PCs' entries (as `outgoing` made them) in one transaction.
    Returns what changed, for the views."""
    changes = Changes(op_name="sync")
    changes.refused = []  # (device, entry id): a PC's changes that do not follow its chain
    changes.refused_why = {}  # entry id -> "altered", "unsealed" or "gap" (models.alerts)
    with book.atomic("sync"):
        conn = book.conn
        conn.execute("PRAGMA defer_foreign_keys = ON")
        touched: set[tuple[str, str]] = set(
            map(tuple, conn.execute("SELECT tbl, record_id FROM sync_waiting")))
        conn.execute("DELETE FROM sync_waiting")
        undone: list[dict] = []
        refused_devices: set[str] = set()
        written = 0
        for batch in batches:
            if batch["device_id"] in refused_devices:
                continue  # what follows a refused segment cannot follow the chain either
            broken = _broken_link(conn, batch)
            if broken is not None:
                refused_devices.add(batch["device_id"])
                changes.refused.append((batch["device_id"], broken[0]))
                changes.refused_why[broken[0]] = broken[1]
                continue
            touched |= _take_in(book, batch, undone)
            written += len(batch["entries"])
        if written > BULK_ROWS:  # the journal copied into the book file after the commit
            book.checkpoint_later()
        for op in undone:
            _mark_undo(conn, op)
        customers: set[str] = set()
        searched: dict[str, list[str]] = {"contacts": [], "interactions": []}
        ordered = sorted(touched, key=lambda k: (ORDER.get(k[0], 99), k[1]))
        read: dict[tuple[str, str], tuple[list, dict | None]] = {}
        for n, (table, record_id) in enumerate(ordered):
            spec = TABLES.get(table)
            if spec is None:
                continue  # kept in the history; not a table this Kehu merges
            if (table, record_id) not in read:  # this one and the next few hundred, at once
                read = _read_for_settling(conn, ordered[n:n + _SETTLE_READ])
            changed = _settle(book, spec, record_id, *read[(table, record_id)])
            if not changed:
                continue
            changes.add(table, record_id)
            if table in _SEARCHED and (changed & _SEARCHED[table] or _WHOLE in changed):
                # its customer's search text is rebuilt, once per pass, after the merge
                if table == "customers":
                    customers.add(record_id)
                else:
                    searched[table].append(record_id)
        for table, record_ids in searched.items():
            for start in range(0, len(record_ids), 500):
                part = record_ids[start:start + 500]
                customers.update(r[0] for r in conn.execute(
                    f"SELECT customer_id FROM {table} WHERE id IN ({', '.join('?' * len(part))}) "
                    "AND customer_id IS NOT NULL", part))
        by_table: dict[str, list[str]] = {}
        for table, record_id in touched:
            if table in TABLES:
                by_table.setdefault(table, []).append(record_id)
        for table, record_ids in by_table.items():  # what pointed to a record purged just now
            for record_id in _missing(conn, table, TABLES[table].key, record_ids):
                touched.update(_children(conn, table, record_id))
        _park_orphans(book, touched)
        # those still here (a customer purged or parked has none); many at once after the
        # pass, so that the writer is free again sooner (Book.reindex_later)
        if len(customers) > REINDEX_AFTER:
            book.reindex_later(customers)
        else:
            book.reindex(customers)
        conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES ('hlc', ?)",
                     (book.clock.last,))
    if changes.tables:
        book.notify(changes)
    return changes


def _broken_link(conn, batch: dict) -> tuple[str, str] | None:
    """The id of the first new entry of the batch that does not follow its device's chain in
    this book, and why: "unsealed" (no hash), "altered" (its hash does not fit what it says)
    or "gap" (it does not follow the entry before it: a link missing, or forged); None when
    all follow."""
    heads: dict[str, str] = {}
    if batch.get("grant"):
        # a customer's history sent by the owner's PC: each entry fits its own hash and the
        # stub this book holds of it (the link its device's segment gave)
        stubs = _stubs(conn, [e["id"] for e in batch["entries"]])
        known = _known_entries(conn, [e["id"] for e in batch["entries"]])
        for e in batch["entries"]:
            if e["id"] in known:
                continue
            prev, digest = e.get("prev"), e.get("hash")
            if not digest or prev is None:
                return e["id"], "unsealed"
            if chain.entry_hash(prev, e) != digest or stubs.get(e["id"]) != (prev, digest):
                return e["id"], "altered"
        return None
    stubs = batch.get("stubs") or []
    ids = [e["id"] for e in batch["entries"]] + [s["id"] for s in stubs]
    known = _known_entries(conn, ids) | set(_stubs(conn, ids))
    items = [(e, False) for e in batch["entries"]] + [(s, True) for s in stubs]
    for e, stub in sorted(items, key=lambda x: x[0]["hlc"]):
        if e["id"] in known:
            continue
        device = e["device_id"]
        if device not in heads:
            heads[device] = chain.head(conn, device)
        prev, digest = e.get("prev"), e.get("hash")
        if not digest or prev is None:
            return e["id"], "unsealed"
        if not stub and chain.entry_hash(prev, e) != digest:
            return e["id"], "altered"
        if prev != heads[device]:
            return e["id"], "gap"
        heads[device] = digest
    return None


def _stubs(conn, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The stubs this book holds of these entries (models.sync.access): id -> (prev, hash)."""
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        out.update((r[0], (r[1], r[2])) for r in conn.execute(
            f"SELECT id, prev, hash FROM audit_stubs WHERE id IN "
            f"({', '.join('?' * len(part))})", part))
    return out


def grant_ready(book: Book, batch: dict) -> bool:
    """Whether every entry of a grant is either here already or stands here as a stub (else
    the segment that holds its link has not arrived yet, and the grant waits)."""
    ids = [e["id"] for e in batch["entries"]]
    have = _known_entries(book.conn, ids) | set(_stubs(book.conn, ids))
    return all(i in have for i in ids)


def _take_in(book: Book, batch: dict, undone: list[dict]) -> set[tuple[str, str]]:
    conn = book.conn
    device = batch["device_id"]
    if device == book.device_id:
        return set()
    grant = bool(batch.get("grant"))
    seen = conn.execute("SELECT last_seq FROM sync_seen WHERE device_id = ?", (device,)).fetchone()
    after = 0 if grant else (seen[0] if seen else 0)
    entries = [e for e in batch["entries"] if e["seq"] > after or grant]
    stubs = [s for s in batch.get("stubs") or [] if s["seq"] > after]
    if stubs:  # entries this copy may not read keep their place in their device's chain
        conn.executemany(
            "INSERT OR IGNORE INTO audit_stubs (id, device_id, seq, hlc, prev, hash) "
            "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM audit WHERE id = ?)",
            [(s["id"], s["device_id"], s["seq"], s["hlc"], s["prev"], s["hash"], s["id"])
             for s in stubs])
    if not entries:
        if stubs and not grant:
            _seen(conn, device, batch)
        return set()
    op_seq = conn.execute("SELECT coalesce(max(seq), 0) FROM operations").fetchone()[0]
    for op in batch["operations"]:
        exists = conn.execute("SELECT label FROM operations WHERE id = ?",
                              (op["id"],)).fetchone()
        if exists:
            if not exists[0] and op.get("label"):  # its public copy came without its label
                conn.execute("UPDATE operations SET label = ? WHERE id = ?",
                             (op["label"], op["id"]))
            continue
        op_seq += 1
        row = {k: op.get(k) for k in OPERATION_FIELDS}
        conn.execute(
            f"INSERT INTO operations (seq, {', '.join(row)}) VALUES (?, "
            f"{', '.join('?' * len(row))})", [op_seq, *row.values()])
        if op.get("undo_of") and op["name"] in ("undo", "redo"):
            undone.append(op)
    seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    touched = set()
    rows = []
    known = _known_entries(conn, [e["id"] for e in entries])
    newest = ""
    for e in entries:
        if e["id"] in known:
            continue
        seq += 1
        newest = max(newest, e["hlc"])  # stamps sort as their times do
        rows.append((e["id"], seq, e["op_id"], e["at"], e["user_id"], e["tbl"], e["record_id"],
                     e["action"], e["field"], e["old"], e["new"], e["device_id"], e["hlc"],
                     e["at"], e["at"], e.get("prev"), e.get("hash")))
        touched.add((e["tbl"], e["record_id"]))
    if newest:
        book.clock.receive(newest)
    conn.executemany(
        "INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, field, old, "
        "new, device_id, hlc, created_at, updated_at, prev, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if grant:  # the entries stand in their chains now, in place of their stubs
        conn.executemany("DELETE FROM audit_stubs WHERE id = ?", [(r[0],) for r in rows])
    else:
        _seen(conn, device, batch)
    return touched


def _seen(conn, device: str, batch: dict) -> None:
    conn.execute(
        "INSERT INTO sync_seen (device_id, last_seq, last_hash, seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq), "
        "last_hash = excluded.last_hash, seen_at = excluded.seen_at",
        (device, batch["last_seq"], batch.get("hash", ""), clock.now_iso()))


def _known_entries(conn, ids: list[str]) -> set[str]:
    """Which of these change entries this book has already (a few hundred ids a query)."""
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        known.update(r[0] for r in conn.execute(
            f"SELECT id FROM audit WHERE id IN ({', '.join('?' * len(part))})", part))
    return known


def _missing(conn, table: str, key: str, record_ids: list[str]) -> list[str]:
    """Which of these records the table does not hold (purged, or never made here)."""
    have: set[str] = set()
    for start in range(0, len(record_ids), 500):
        part = record_ids[start:start + 500]
        have.update(r[0] for r in conn.execute(
            f"SELECT {key} FROM {table} WHERE {key} IN ({', '.join('?' * len(part))})", part))
    return [r for r in record_ids if r not in have]


def _mark_undo(conn, op: dict) -> None:
    """Another PC undid (or redid) one of its steps: its state follows here too."""
    state = "undone" if op["name"] == "undo" else "done"
    conn.execute("UPDATE operations SET state = ?, updated_at = ? WHERE id = ?",
                 (state, op["at"], op["undo_of"]))


def _load(text):
    return None if text is None else json.loads(text)


# The fields a customer's search text is made of (models.core.search.build_body), per table;
# a change to any other field leaves it as it is.
_SEARCHED = {
    "customers": {"name", "contact", "mobile", "phone", "rid",
                  *fields.searchable_texts("customers")},
    "contacts": {"name", "mobile", "phone", "customer_id", "deleted_at",
                 *fields.searchable_texts("contacts")},
    "interactions": {"text", "customer_id", "deleted_at", "at"},
}
_WHOLE = "*"  # the record came or went as a whole


_SETTLE_READ = 400  # records whose entries and rows are read together before settling them


def _read_for_settling(conn, records: list[tuple[str, str]]) -> dict:
    """(table, record id) -> (its entries in clock order, its row or None), for records of
    tables this Kehu merges: a few queries for a few hundred records instead of two each."""
    by_table: dict[str, list[str]] = {}
    for table, record_id in records:
        if table in TABLES:
            by_table.setdefault(table, []).append(record_id)
    out: dict[tuple[str, str], tuple[list, dict | None]] = {}
    for table, record_ids in by_table.items():
        spec = TABLES[table]
        marks = ", ".join("?" * len(record_ids))
        entries: dict[str, list] = {r: [] for r in record_ids}
        for e in conn.execute(
                "SELECT a.record_id, a.action, a.field, a.new, a.hlc, a.device_id, a.at, "
                "o.name AS op_name FROM audit a LEFT JOIN operations o ON o.id = a.op_id "
                f"WHERE a.tbl = ? AND a.record_id IN ({marks}) ORDER BY a.record_id, a.hlc",
                [table, *record_ids]):
            entries[e["record_id"]].append(e)
        rows = {r[spec.key]: dict(r) for r in conn.execute(
            f"SELECT * FROM {table} WHERE {spec.key} IN ({marks})", record_ids)}
        for r in record_ids:
            out[(table, r)] = (entries[r], rows.get(r))
    return out


def _settle(book: Book, spec: Synced, record_id: str, entries: list,
            current: dict | None) -> set[str]:
    """Work the record out again from every entry about it (`entries`, in clock order) and
    its row as it is (`current`); write it if it differs. Returns the fields it changed
    ({_WHOLE} when the record was made or removed; empty: nothing)."""
    conn = book.conn
    if not entries:
        return set()
    purges = [e for e in entries if e["action"] == "purge"]
    if purges:
        last_purge = purges[-1]["hlc"]
        entries = [e for e in entries if e["hlc"] > last_purge]
    inserts = [e for e in entries if e["action"] == "insert"]
    if not inserts and (purges or current is None):
        if current is not None:  # deleted for good, and nothing made it again since
            _purge(book, spec, record_id, current, purges[-1])
            return {_WHOLE}
        return set()
    # field -> (hlc, device, value); an insert counts for each field it wrote
    newest: dict[str, tuple[str, str, object]] = {}
    for e in entries:
        if e["action"] == "insert":
            row = spec.shared(_load(e["new"]) or {})
            custom = row.pop("custom", None)
            for key, value in row.items():
                _offer(newest, key, e, value)
            if custom is not None:
                for key, value in (json.loads(custom) if isinstance(custom, str) else custom).items():
                    _offer(newest, f"custom:{key}", e, value)
        elif e["action"] == "update" and e["field"] not in spec.local:
            _offer(newest, e["field"], e, _load(e["new"]))
    row = dict(current) if current is not None else {}
    custom = json.loads(row.get("custom") or "{}") if "custom" in row or spec.name == "customers" \
        else None
    for key, (_, _, value) in newest.items():
        if key.startswith("custom:") and custom is not None:
            if value in (None, ""):
                custom.pop(key[7:], None)
            else:
                custom[key[7:]] = value
        else:
            row[key] = value
    if custom is not None:
        row["custom"] = json.dumps(custom, ensure_ascii=False, sort_keys=True) \
            if current is None or json.loads(current.get("custom") or "{}") != custom \
            else current["custom"]
    if spec.soft_delete and "deleted_at" in newest and newest["deleted_at"][2] is not None:
        hlc, device, _ = newest["deleted_at"]
        if any(e["action"] == "update" and e["field"] != "deleted_at" and e["hlc"] > hlc
               and e["device_id"] != device and e["op_name"] not in AUTOMATIC
               for e in entries):
            row["deleted_at"] = None  # restored by a later edit from a PC that did not know
    if entries:
        row["updated_at"] = max(row.get("updated_at") or "", entries[-1]["at"])
    columns = _columns(conn, spec.name)
    row = {k: v for k, v in row.items() if k in columns}  # a field this Kehu does not know
    if current is None:
        for stamp in ("created_at", "updated_at"):  # an insert entry may not list them
            if stamp in columns and not row.get(stamp):
                row[stamp] = entries[0]["at"] if stamp == "created_at" else entries[-1]["at"]
        if spec.name == "customers":
            row["rid"] = book.scalar("SELECT coalesce(max(rid), 0) + 1 FROM customers")
        conn.execute(f"INSERT INTO {spec.name} ({', '.join(row)}) VALUES "
                     f"({', '.join('?' * len(row))})", list(row.values()))
        conn.execute("DELETE FROM tombstones WHERE tbl = ? AND record_id = ?",
                     (spec.name, record_id))
        return {_WHOLE}
    differs = {k: v for k, v in row.items() if k in current and current[k] != v}
    if not differs:
        return set()
    conn.execute(f"UPDATE {spec.name} SET {', '.join(f'{k} = ?' for k in differs)} "
                 f"WHERE {spec.key} = ?", [*differs.values(), record_id])
    return set(differs)


def _offer(newest: dict, key: str, entry, value) -> None:
    have = newest.get(key)
    if have is None or entry["hlc"] > have[0]:
        newest[key] = (entry["hlc"], entry["device_id"], value)


def _purge(book: Book, spec: Synced, record_id: str, current: dict, purge) -> None:
    conn = book.conn
    if spec.name == "customers" and current.get("rid") is not None:
        from models.core.book import delete_search_rows

        delete_search_rows(conn, current["rid"])
    conn.execute(f"DELETE FROM {spec.name} WHERE {spec.key} = ?", (record_id,))
    conn.execute(
        "INSERT OR REPLACE INTO tombstones (tbl, record_id, op_id, user_id, device_id, hlc, at) "
        "SELECT ?, ?, op_id, user_id, device_id, hlc, at FROM audit "
        "WHERE tbl = ? AND record_id = ? AND hlc = ?",
        (spec.name, record_id, spec.name, record_id, purge["hlc"]))


def _park_orphans(book: Book, touched: set[tuple[str, str]]) -> None:
    """Records pointing to one that is not here yet (its PC's changes have not arrived) leave
    the tables until it comes; their entries stay, and they are settled again next time.
    Only the records this merge touched are looked at (SQLite's foreign_key_check would read
    every table)."""
    conn = book.conn
    todo = sorted(touched, key=lambda k: (ORDER.get(k[0], 99), k[1]))
    while todo:
        table, record_id = todo.pop(0)
        spec = TABLES.get(table)
        if spec is None:
            continue
        row = conn.execute(f"SELECT * FROM {table} WHERE {spec.key} = ?", (record_id,)).fetchone()
        if row is None or not _points_nowhere(conn, table, row):
            continue
        if table == "customers":
            from models.core.book import delete_search_rows

            delete_search_rows(conn, row["rid"])
        conn.execute(f"DELETE FROM {table} WHERE {spec.key} = ?", (record_id,))
        conn.execute("INSERT OR IGNORE INTO sync_waiting (tbl, record_id) VALUES (?, ?)",
                     (table, record_id))
        todo += _children(conn, table, record_id)  # they now point nowhere too


_KEYS: dict[str, list[tuple[str, str, str]]] = {}


def _points_nowhere(conn, table: str, row) -> bool:
    if table not in _KEYS:
        _KEYS[table] = [(r["from"], r["table"], r["to"] or "id")
                        for r in conn.execute(f"PRAGMA foreign_key_list({table})")]
    for column, parent, target in _KEYS[table]:
        value = row[column]
        if value is not None and conn.execute(
                f"SELECT 1 FROM {parent} WHERE {target} = ?", (value,)).fetchone() is None:
            return True
    return False


def _children(conn, table: str, record_id: str) -> list[tuple[str, str]]:
    out = []
    for spec in TABLES.values():
        if spec.name not in _KEYS:
            _KEYS[spec.name] = [(r["from"], r["table"], r["to"] or "id") for r in
                                conn.execute(f"PRAGMA foreign_key_list({spec.name})")]
        for column, parent, _target in _KEYS[spec.name]:
            if parent == table:
                out += [(spec.name, r[0]) for r in conn.execute(
                    f"SELECT {spec.key} FROM {spec.name} WHERE {column} = ?", (record_id,))]
    return out



_COLUMNS: dict[str, set[str]] = {}


def _columns(conn, table: str) -> set[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    return _COLUMNS[table]
