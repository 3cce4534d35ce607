"""Importing customers in bulk, and taking an import back.

An import is one operation, and that operation's id is the batch: every customer it created and
every field it changed has its audit entry like any other write. The rows are written in bulk
(executemany, in batches, inside the operation's one transaction) because an import may bring
100,000 customers; Cancel between two batches rolls the whole import back.

Undoing an import removes the customers it created and restores the fields it changed, except
where somebody changed that record after the import: the later edit is kept, and the result
says which records were kept and why.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from models import alerts, backup
from models.core import changelog, ids, match_keys, search
from models.core.book import Book, Changes, new_id
from models.core.bulk import paused_gc
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled, UserError
from models.core.permissions import require
from models.customers.operations import (
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    customer_row,
    insert_custom_field,
)
from models.orders import imports as order_imports

BATCH = 2000
BULK_REBUILD = 5000  # an import of this many customers, and more than the book holds, writes
# them first and builds the tables' secondary indexes after (a sort instead of random inserts)
INDEX_LATER = 2000  # an import creating more customers than this leaves their search text and
# matching keys to Book.index_pending: the import commits without them (100,000 customers:
# about 10 of its 18.5 s of writing), search reads their own fields meanwhile, and the index
# catches up in steps other writes can go between
MODES = ("skip", "fill", "overwrite", "create")

NO_SUCH_IMPORT = T("errors", "There is no import {batch} in this book.")
ALREADY_UNDONE = T("errors", "The import of {file} was already undone.")

KEPT_EDITED = T("imports", "changed after the import")
KEPT_CONTACTS = T("imports", "has contacts or contact people added after the import")
KEPT_FIELD = T("imports", "{field} was changed after the import")

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


@dataclass
class ImportResult:
    batch: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: list[dict] = field(default_factory=list)  # {"row": line, "reason": text}
    changes: Changes | None = None

    def to_json(self) -> dict:
        return {"batch": self.batch, "rows": self.rows, "created": self.created,
                "updated": self.updated, "duplicates": self.duplicates, "skipped": self.skipped,
                "errors": self.errors}


@dataclass
class UndoImportResult:
    batch: str
    removed: int = 0  # customers the import created, now gone
    restored: int = 0  # customers whose fields the import changed, now as before
    kept: list[dict] = field(default_factory=list)  # {"id", "name", "reason"} left as they are
    changes: Changes | None = None


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def custom_keys(book: Book, op, labels: Iterable[str],
                kinds: dict[str, dict] | None = None) -> dict[str, str]:
    """label -> key of the custom fields, creating fields for new labels (in op): of the kind
    and choices `kinds` gives for the label, else text."""
    existing = {r["label"]: r["key"] for r in book.all(
        "SELECT key, label FROM custom_fields WHERE deleted_at IS NULL")}
    out: dict[str, str] = {}
    for label in labels:
        if label in out:
            continue
        if label in existing:
            out[label] = existing[label]
            continue
        spec = (kinds or {}).get(label) or {}
        key = insert_custom_field(book, op, label=label, kind=spec.get("kind") or "text",
                                  choices=spec.get("choices") or ())
        existing[label] = out[label] = key
    return out


_CUSTOMER_COLUMNS = ("id", "rid", *CUSTOMER_FIELDS, "custom", "sort_key", "created_at",
                     "updated_at")
_NOTES = _CUSTOMER_COLUMNS.index("notes")
_customer_values = itemgetter(*_CUSTOMER_COLUMNS)  # the row's values in the insert's order
_key_values = itemgetter("id", *match_keys.SOURCE_FIELDS)  # what match_keys.add takes
_INSERT_CUSTOMER = (f"INSERT INTO customers ({', '.join(_CUSTOMER_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_CUSTOMER_COLUMNS))})")
_CONTACT_COLUMNS = ("id", "customer_id", *CONTACT_FIELDS, "created_at", "updated_at")
_INSERT_CONTACT = (f"INSERT INTO contacts ({', '.join(_CONTACT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(_CONTACT_COLUMNS))})")


_INSERT_SOURCES = ("INSERT OR IGNORE INTO import_rows (import_id, fingerprint, customer_id) "
                   "VALUES (?, ?, ?)")
_INSERT_FTS = "INSERT INTO customers_fts(rowid, body) VALUES (?, ?)"
_INSERT_CHARS = "INSERT INTO customers_chars(rowid, body) VALUES (?, ?)"
_FTS_TABLES = ("customers_fts", "customers_chars")
# Indexes the import's rows come into in their order (the same operation, device, table and
# time; ascending ids, rids and clock stamps; a few grades, owners, cities, tags), so that
# keeping them costs less than building them again, and no sort of 100,000 rows at the end.
_IN_ORDER = frozenset({"audit_op", "audit_device_chain", "audit_record_hlc", "customers_rank",
                       "customers_created", "customers_owner", "customers_grade",
                       "customers_tags", "customers_city"})
# notes a customer inserted without its matching keys; the import writes the keys of the rows
# it inserts before them (models.core.match_keys.add), so the trigger would note none of them
_DIRTY_TRIGGER = "match_dirty_insert"


class _BulkWriter:
    """Runs the import's inserts in batches (executemany), on the caller's thread.

    A writer thread of its own was measured slower (100,000 rows: 16.1 s against 13.2 s): each
    row it binds needs the GIL back from the thread preparing the next batch.

    With rebuild, the secondary indexes of customers and audit are dropped first and built again
    at the end (a sort instead of random inserts), and the search indexes do not merge their
    segments while the rows come in: all inside the operation's transaction, so a failure or
    Cancel rolls the whole of it back.

    The trigger that notes customers inserted without their matching keys (match_dirty_insert)
    is dropped while the rows come in and made again after: the import writes each row's keys
    just before the row, so the trigger would note none of them, and running it for each row
    cost 4 of the 25 s of writing 100,000 customers.
    """

    def __init__(self, book: Book, *, rebuild: bool, inserts: bool = True) -> None:
        self.conn = book.conn
        self.rebuild = rebuild
        self.inserts = inserts
        self.indexes: list[str] = []
        self.trigger = ""

    def __enter__(self) -> _BulkWriter:
        if self.rebuild:
            found = [(name, sql) for name, sql in self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('customers', 'audit')") if name not in _IN_ORDER]
            self.indexes = [sql for _, sql in found]
            for name, _ in found:
                self.conn.execute(f"DROP INDEX {name}")
            for table in _FTS_TABLES:
                self.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")
        found = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = ?", (_DIRTY_TRIGGER,)).fetchone()
        if found is not None and self.inserts:
            self.trigger = found[0]
            self.conn.execute(f"DROP TRIGGER {_DIRTY_TRIGGER}")
        return self

    def put(self, sql: str, rows: list) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None and self.rebuild:
            for sql in self.indexes:
                self.conn.execute(sql)
            for table in _FTS_TABLES:
                self.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 4)")
        if exc_type is None and self.trigger:
            self.conn.execute(self.trigger)
        return False


@paused_gc()
def import_customers(
    book: Book,
    *,
    file: str,
    mode: str,
    creates: Sequence[dict],
    updates: Sequence[tuple[str, dict]] = (),
    sheet: str = "",
    kind: str = "",
    mapping: dict | None = None,
    rows: int = 0,
    duplicates: int = 0,
    skipped: int = 0,
    errors: Sequence[dict] = (),
    progress: Progress | None = None,
    cancelled: Check | None = None,
    backup_first: bool = True,
    known_rows: Sequence[tuple[str, str]] = (),
    custom_kinds: dict[str, dict] | None = None,
) -> ImportResult:
    """Write one import: new customers (`creates`: clean field values, "custom" as {label:
    value}, "people" as contact persons, "_rows" the fingerprints of the rows it came from) and
    changes to existing ones (`updates`: (id, values)). `known_rows`: (fingerprint, customer
    id) of the rows that are customers already in the book. Each fingerprint is remembered
    with the customer it is (import_rows), so that importing the same rows again finds them.

    All or nothing: one transaction; `cancelled()` is polled between batches and raises
    Cancelled, which leaves the book as it was. The book is backed up first (models.backup).
    """
    if mode not in MODES:
        raise KeyError(mode)
    total = len(creates) + len(updates)
    done = 0
    labels = [label for data in [*creates, *(u for _, u in updates)]
              for label in data.get("custom", {})]
    if backup_first and (creates or updates):  # nothing to write: nothing to go back to
        backup.make_backup(book.path, reason="import", cancelled=cancelled)
    sources: list[tuple[str, str, str]] = []
    with book.operation("import", label=Path(file).name) as op:
        # the rows' fingerprints are written with each batch, before the import's own record
        # (its row comes last, with the counts): their reference to it is checked at commit
        book.conn.execute("PRAGMA defer_foreign_keys = ON")  # until this transaction ends
        keys = custom_keys(book, op, labels, custom_kinds)
        rid = book.scalar("SELECT coalesce(max(rid), 0) FROM customers")
        created_ids: list[str] = []
        # ids in ascending order: the tables' keys and the change log's are written in order
        persons = sum(len(data.get("people", ())) for data in creates)
        next_id = ids.ascending_stream(len(creates)).__next__
        next_person_id = ids.ascending_stream(persons).__next__
        op.expect_entries(len(creates) + persons)
        if len(creates) + len(updates) > BATCH:
            book.checkpoint_later()  # the journal copied into the book file after, aside
        existing = book.scalar("SELECT count(*) FROM customers")
        later = len(creates) > INDEX_LATER
        first_rid = rid + 1
        with _BulkWriter(book, rebuild=len(creates) >= max(BULK_REBUILD, existing),
                         inserts=bool(creates)) as writer:
            for batch in _chunks(creates, BATCH):
                if cancelled and cancelled():
                    raise Cancelled()
                customers, people, bodies, keyed = [], [], [], []
                for data in batch:
                    rid += 1
                    row = _customer_row(book, data, keys)
                    row["id"], row["rid"] = next_id(), rid
                    row["created_at"] = row["updated_at"] = op.now
                    customers.append(_customer_values(row))
                    op.log("customers", row["id"], "insert", None, None, row)
                    contacts = []
                    for person in data.get("people", ()):
                        contact = {c: person.get(c, "") for c in _CONTACT_COLUMNS}
                        contact.update(id=next_person_id(), customer_id=row["id"], created_at=op.now,
                                       updated_at=op.now)
                        people.append(tuple(contact[c] for c in _CONTACT_COLUMNS))
                        op.log("contacts", contact["id"], "insert", None, None, contact)
                        contacts.append(contact)
                    if not later:
                        keyed.append(_key_values(row))
                        bodies.append((rid, search.build_body(row, contacts)))
                    created_ids.append(row["id"])
                    sources += [(op.id, fp, row["id"]) for fp in data.get("_rows", ()) if fp]
                if keyed:
                    match_keys.add(book.conn, keyed)  # first: the inserts are then not dirty
                writer.put(_INSERT_CUSTOMER, customers)
                writer.put(_INSERT_SOURCES, sorted(sources))
                sources = []
                alerts.check_imported(op, [(c[0], c[_NOTES]) for c in customers if c[_NOTES]])
                if people:
                    writer.put(_INSERT_CONTACT, people)
                op.flush()
                if bodies:
                    writer.put(_INSERT_FTS, bodies)
                    writer.put(_INSERT_CHARS, [(r, search.spaced(body)) for r, body in bodies])
                done += len(batch)
                if progress:
                    progress(done, total)
        if later:
            # their matching keys are made with their search text; until then the preview of
            # another import keys them from their fields (models.core.match_keys)
            book.conn.execute("INSERT OR IGNORE INTO match_dirty (customer_id) "
                              "SELECT id FROM customers WHERE rid >= ?", (first_rid,))
            book.reindex_later_from(first_rid)
        updated = 0
        for batch in _chunks(updates, BATCH):
            if cancelled and cancelled():
                raise Cancelled()
            for cid, data in batch:
                updated += bool(_update(book, op, cid, data, keys))
            op.flush()
            done += len(batch)
            if progress:
                progress(done, total)
        op.changes.tables.setdefault("customers", set()).update(created_ids)
        record = {"id": op.id, "file": str(file), "sheet": sheet or "", "kind": kind,
                  "mode": mode, "mapping": _dump(mapping or {}), "rows": rows,
                  "created": len(created_ids), "updated": updated, "duplicates": duplicates,
                  "skipped": skipped, "errors": len(errors), "at": op.now,
                  "user_id": book.user_id, "created_at": op.now, "updated_at": op.now}
        book.conn.execute(
            f"INSERT INTO imports ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
            list(record.values()))
        op.log("imports", op.id, "insert", None, None, record)  # the other PCs list it too
        op.flush()
        sources += [(op.id, fp, cid) for fp, cid in known_rows if fp]
        book.conn.executemany(_INSERT_SOURCES, sources)
        op.keep_in_history()  # the import is listed even when every row was a duplicate
        op.changes.add("imports", op.id)
    return ImportResult(batch=op.id, rows=rows, created=len(created_ids), updated=updated,
                        duplicates=duplicates, skipped=skipped, errors=list(errors),
                        changes=op.changes)


def _customer_row(book: Book, data: dict, keys: dict[str, str]) -> dict:
    """The customer's row as add_customer writes it, custom values given by field label."""
    custom = data.get("custom")
    return customer_row(book, data, {keys[label]: v for label, v in custom.items()}
                        if custom else {})


def _update(book: Book, op, cid: str, data: dict, keys: dict[str, str]) -> dict:
    """Write the fields of data that differ from the customer's; returns {field: (old, new)}."""
    row = book.one("SELECT * FROM customers WHERE id = ?", (cid,))
    if row is None:
        return {}
    changed: dict = {}
    plain: dict = {}
    for key, new in data.items():
        if key in ("custom", "people", "_rows"):
            continue
        if key == "name":
            plain["sort_key"] = search.sort_key(new)
        if (row[key] or "") != (new or ""):
            changed[key] = (row[key], new)
            plain[key] = new
    custom = json.loads(row["custom"] or "{}")
    for label, new in data.get("custom", {}).items():
        key = keys[label]
        if (custom.get(key) or "") != (new or ""):
            changed["custom:" + key] = (custom.get(key, ""), new)
            custom[key] = new
    if not changed:
        return {}
    if any(k.startswith("custom:") for k in changed):
        plain["custom"] = _dump({k: v for k, v in custom.items() if v})
    plain = {k: v for k, v in plain.items() if k in changed or k in ("custom", "sort_key")}
    plain["updated_at"] = op.now
    book.conn.execute(f"UPDATE customers SET {', '.join(f'{k} = ?' for k in plain)} WHERE id = ?",
                      [*plain.values(), cid])
    for key, (old, new) in changed.items():
        op.log("customers", cid, "update", key, old, new)
    if "notes" in changed:
        alerts.check_imported(op, [(cid, data["notes"])])
    contacts = []
    for person in data.get("people", ()):
        contact = {c: person.get(c, "") for c in _CONTACT_COLUMNS}
        contact.update(id=new_id(), customer_id=cid, created_at=op.now, updated_at=op.now)
        book.conn.execute(_INSERT_CONTACT, tuple(contact[c] for c in _CONTACT_COLUMNS))
        op.log("contacts", contact["id"], "insert", None, None, contact)
        contacts.append(contact)
    op.customers.add(cid)  # search text rebuilt when the operation ends
    op.changes.add("customers", cid)
    return changed


# -- history and undo --------------------------------------------------------------------
def import_history(book: Book) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT i.*, coalesce(u.name, '') AS user_name FROM imports i "
        "LEFT JOIN users u ON u.id = i.user_id ORDER BY i.at DESC, i.rowid DESC")]


def undo_import(book: Book, *, batch_id: str, backup_first: bool = True) -> UndoImportResult:
    imp = book.one("SELECT * FROM imports WHERE id = ?", (batch_id,))
    if imp is None:
        raise UserError(NO_SUCH_IMPORT, batch=batch_id)
    if imp["undone_at"]:
        raise UserError(ALREADY_UNDONE, file=Path(imp["file"]).name)
    require(book, "import.undo", imp)
    changelog.guard_replay(book, batch_id, backwards=True)
    if backup_first:
        backup.make_backup(book.path, reason="undo-import")
    result = UndoImportResult(batch=batch_id)
    entries = book.all("SELECT * FROM audit WHERE op_id = ? ORDER BY seq", (batch_id,))
    inserted = {"customers": {}, "contacts": {}, "custom_fields": {}, "alerts": {}}
    updated: dict[str, list] = {}
    product_updates: list = []  # (id, field, old, new): prices a price list changed
    for e in entries:
        if e["action"] == "insert":
            inserted.setdefault(e["tbl"], {})[e["record_id"]] = json.loads(e["new"])
        elif e["action"] == "update" and e["tbl"] == "products":
            product_updates.append((e["record_id"], e["field"], *(
                None if v is None else json.loads(v) for v in (e["old"], e["new"]))))
        elif e["action"] == "update" and e["tbl"] == "customers":
            fields = updated.setdefault(e["record_id"], [])
            old, new = (None if v is None else json.loads(v) for v in (e["old"], e["new"]))
            first = next((i for i, f in enumerate(fields) if f[0] == e["field"]), None)
            if first is None:
                fields.append((e["field"], old, new))
            else:  # the same field written twice: restore the value from before the first
                fields[first] = (e["field"], fields[first][1], new)
    with book.operation("undo_import", label=Path(imp["file"]).name, undoable=False) as op:
        # an order or price-list import's orders and products first (their customers after)
        removed, restored, kept, keep_customers = order_imports.undo_records(
            book, op, batch_id, inserted, product_updates)
        result.removed += removed
        result.restored += restored
        result.kept += kept
        purge_customers: list[tuple[str, int, str]] = []
        for ids in _chunks(list(inserted["customers"]), 500):
            marks = ", ".join("?" * len(ids))
            current = {r["id"]: dict(r) for r in book.all(
                f"SELECT * FROM customers WHERE id IN ({marks})", ids)}
            later_children = {r[0] for r in book.all(
                f"SELECT customer_id FROM contacts WHERE customer_id IN ({marks}) "
                f"AND deleted_at IS NULL AND id NOT IN (SELECT record_id FROM audit "
                f"WHERE op_id = ? AND tbl = 'contacts') UNION SELECT customer_id FROM "
                f"interactions WHERE customer_id IN ({marks}) AND deleted_at IS NULL "
                f"UNION SELECT customer_id FROM orders WHERE customer_id IN ({marks}) "
                f"UNION SELECT customer_id FROM payments WHERE customer_id IN ({marks})",
                [*ids, batch_id, *ids, *ids, *ids])} | keep_customers
            for cid in ids:
                row = current.get(cid)
                if row is None:
                    continue  # purged since (trash emptied)
                if _differs(row, inserted["customers"][cid]):
                    result.kept.append({"id": cid, "name": row["name"], "reason": KEPT_EDITED})
                elif cid in later_children:
                    result.kept.append({"id": cid, "name": row["name"], "reason": KEPT_CONTACTS})
                else:
                    purge_customers.append((cid, row["rid"], row["name"]))
        gone = {cid for cid, _, _ in purge_customers}
        for contact_id, contact in inserted["contacts"].items():
            if contact["customer_id"] in gone:
                book.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
                op.tombstone("contacts", [contact_id])
                op.log("contacts", contact_id, "purge", None, {"name": contact["name"]}, None)
        alerts.purge_of_customers(op, [c for c, _, _ in purge_customers])
        for batch in _chunks(purge_customers, BATCH):
            book.conn.executemany("DELETE FROM customers WHERE id = ?", [(c,) for c, _, _ in batch])
            match_keys.forget(book.conn, [c for c, _, _ in batch])
            op.tombstone("customers", [c for c, _, _ in batch])
            for table in ("customers_fts", "customers_chars"):
                book.conn.executemany(f"DELETE FROM {table} WHERE rowid = ?",
                                      [(rid,) for _, rid, _ in batch])
            book.conn.executemany("DELETE FROM search_pending WHERE rid = ?",
                                  [(rid,) for _, rid, _ in batch])
            for cid, _, name in batch:
                op.log("customers", cid, "purge", None, {"name": name}, None)
            op.flush()
        result.removed += len(purge_customers)
        for cid, fields in updated.items():
            row = book.one("SELECT * FROM customers WHERE id = ?", (cid,))
            if row is None:
                continue
            custom = json.loads(row["custom"] or "{}")
            restore: dict = {}
            for fld, old, new in fields:
                now = custom.get(fld[7:], "") if fld.startswith("custom:") else row[fld]
                if (now or "") != (new or ""):
                    result.kept.append({"id": cid, "name": row["name"], "reason": KEPT_FIELD,
                                        "field": fld})
                    continue
                restore[fld] = old
            if not restore:
                continue
            plain = {k: v for k, v in restore.items() if not k.startswith("custom:")}
            if "name" in plain:
                plain["sort_key"] = search.sort_key(plain["name"])
            if len(plain) < len(restore):
                for k, v in restore.items():
                    if k.startswith("custom:"):
                        custom[k[7:]] = v
                plain["custom"] = _dump({k: v for k, v in custom.items() if v})
            plain["updated_at"] = op.now
            book.conn.execute(
                f"UPDATE customers SET {', '.join(f'{k} = ?' for k in plain)} WHERE id = ?",
                [*plain.values(), cid])
            for fld, old in restore.items():
                new = next(n for f, _, n in fields if f == fld)
                op.log("customers", cid, "update", fld, new, old)
            op.customers.add(cid)
            op.changes.add("customers", cid)
            result.restored += 1
        for field_id, spec in inserted["custom_fields"].items():
            used = book.scalar("SELECT 1 FROM customers WHERE custom LIKE ? LIMIT 1",
                               (f'%"{spec["key"]}":%',))
            if not used and book.one("SELECT 1 FROM custom_fields WHERE id = ?", (field_id,)):
                book.conn.execute("DELETE FROM custom_fields WHERE id = ?", (field_id,))
                op.tombstone("custom_fields", [field_id])
                op.log("custom_fields", field_id, "purge", None, {"label": spec["label"]}, None)
                op.changes.add("custom_fields", field_id)
        op.flush()
        op.changes.tables.setdefault("customers", set()).update(gone)
        book.conn.execute("UPDATE imports SET undone_at = ?, undo_op = ?, updated_at = ? "
                          "WHERE id = ?", (op.now, op.id, op.now, batch_id))
        op.log("imports", batch_id, "update", "undone_at", None, op.now)
        op.log("imports", batch_id, "update", "undo_op", None, op.id)
        op.flush()
        # its rows are forgotten: importing them again makes them again
        book.conn.execute("DELETE FROM import_rows WHERE import_id = ?", (batch_id,))
        # The import is no longer on the undo stack: it cannot be undone twice, nor redone.
        book.conn.execute("UPDATE operations SET state = 'dropped', updated_at = ? WHERE id = ?",
                          (op.now, batch_id))
        op.keep_in_history()
        op.changes.add("imports", batch_id)
    result.changes = op.changes
    return result


def _differs(row: dict, inserted: dict) -> bool:
    """Whether a customer differs from what the import wrote (updated_at aside)."""
    row = {**row, "custom": json.loads(row["custom"] or "{}")}
    inserted = {**inserted, "custom": json.loads(inserted.get("custom") or "{}")}
    return any(row.get(k) != v for k, v in inserted.items() if k != "updated_at")
