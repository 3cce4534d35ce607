"""Every write to the book is one of these named, keyword-only operations.

Each validates, writes its rows and their audit entries in one transaction (Book.operation),
and returns what it created or changed. Undo and redo replay the audit.
"""

from __future__ import annotations

import json
import os
import re

from . import fields, values
from .book import Book, Changes
from .errors import QT_TRANSLATE_NOOP as T
from .errors import PermissionDenied, UndoError, ValidationError

CUSTOMER_FIELDS = fields.customer_fields()  # the registry's (models/fields.py)
CONTACT_FIELDS = fields.contact_fields()
INTERACTION_KINDS = ("call", "visit", "wechat", "sms", "email", "note")
CUSTOM_KINDS = ("text", "number", "date", "choice")

OWNER_ONLY = T("errors", "Only an owner may do this.")
NOTHING_TO_UNDO = T("errors", "There is nothing to undo.")
NOTHING_TO_REDO = T("errors", "There is nothing to redo.")
CHANGED_SINCE = T("errors", "This cannot be undone: the records were changed since.")
USER_NAME_REQUIRED = T("errors", "The user needs a name.")
BAD_ROLE = T("errors", "A user is either an owner or a salesperson.")
LAST_OWNER = T("errors", "The book needs at least one active owner.")
WRONG_PASSWORD = T("errors", "The password is not right.")
BAD_KIND = T("errors", "Unknown kind of contact: {value}.")
FIELD_LABEL_REQUIRED = T("errors", "The field needs a name.")
FIELD_EXISTS = T("errors", "There is already a field called {value}.")
CHOICES_REQUIRED = T("errors", "A choice field needs at least one choice.")
CONTACT_NAME_REQUIRED = T("errors", "The contact person needs a name.")
TEXT_REQUIRED = T("errors", "Write what happened.")
NO_SUCH_USER = T("errors", "There is no such user.")


def _alerts():
    """models.alerts, imported on first use: start-up does not need its word tables."""
    from . import alerts

    return alerts


def _require_owner(book: Book) -> None:
    if not book.is_owner:
        raise PermissionDenied(OWNER_ONLY)


# -- customers ---------------------------------------------------------------------------
def custom_fields(book: Book) -> list[dict]:
    return [
        dict(r, choices=json.loads(r["choices"]))
        for r in book.all(
            "SELECT * FROM custom_fields WHERE deleted_at IS NULL ORDER BY position, created_at"
        )
    ]


def clean_customer(book: Book, data: dict) -> dict:
    """Validated, normalised values for the customer fields present in data."""
    out: dict = {}
    registry = fields.of("customers")
    custom = {f["key"]: f for f in custom_fields(book)}
    for key, value in data.items():
        if key.startswith("custom:"):
            spec = custom.get(key[7:])
            if spec is None:
                raise KeyError(key)
            out[key] = _clean_custom(spec, "" if value is None else str(value))
            continue
        if key not in CUSTOMER_FIELDS:
            raise KeyError(key)
        field = registry[key]
        if field.type == "user":
            if value and not book.one("SELECT 1 FROM users WHERE id = ?", (value,)):
                raise ValidationError(key, NO_SUCH_USER)
            out[key] = value or None
            continue
        out[key] = field.clean(value)
    if "name" in out and not out["name"]:
        raise ValidationError("name", values.NAME_REQUIRED)
    return out


def _clean_custom(spec: dict, value: str) -> str:
    key = "custom:" + spec["key"]
    if spec["kind"] == "number":
        return values.clean_number(value, key)
    if spec["kind"] == "date":
        return values.clean_date(value, key)
    value = values.fold(value)
    if spec["kind"] == "choice" and value and value not in spec["choices"]:
        raise ValidationError(key, values.BAD_CHOICE, value=value)
    return value


def customer_row(book: Book, clean: dict) -> dict:
    from .search import sort_key

    row = {k: clean.get(k, "") for k in CUSTOMER_FIELDS}
    row["owner_id"] = clean.get("owner_id") or book.user_id
    row["custom"] = json.dumps(
        {k[7:]: v for k, v in clean.items() if k.startswith("custom:") and v}, ensure_ascii=False
    )
    row["sort_key"] = sort_key(row["name"])
    return row


def add_customer(book: Book, *, data: dict, contacts: list[dict] = ()) -> str:
    clean = clean_customer(book, data)
    if "name" not in clean:
        raise ValidationError("name", values.NAME_REQUIRED)
    people = [_clean_contact(c) for c in contacts]
    if any(not person.get("name") for person in people):
        raise ValidationError("name", CONTACT_NAME_REQUIRED)
    with book.operation("add_customer", label=clean["name"]) as op:
        cid = op.insert("customers", customer_row(book, clean))
        _alerts().check_text(op, tbl="customers", record_id=cid, field="notes",
                          text=clean.get("notes", ""), customer_id=cid)
        if clean.get("next_follow_up"):  # its follow-up reminder, in the same step
            from .reminders import sync_follow_up

            sync_follow_up(op, cid)
        for person in people:
            op.insert("contacts", {**person, "customer_id": cid})
    return cid


def update_customer(book: Book, *, customer_id: str, data: dict) -> dict:
    from .search import sort_key

    clean = clean_customer(book, data)
    if "name" in clean:
        clean["sort_key"] = sort_key(clean["name"])
    name = clean.get("name") or book.scalar("SELECT name FROM customers WHERE id = ?", (customer_id,))
    with book.operation("update_customer", label=name) as op:
        changed = op.update("customers", customer_id, clean)
        if "next_follow_up" in changed or "owner_id" in changed:
            from .reminders import sync_follow_up

            sync_follow_up(op, customer_id)  # the follow-up reminder moves with the date
        if "notes" in changed:
            _alerts().check_text(op, tbl="customers", record_id=customer_id, field="notes",
                              text=clean["notes"], customer_id=customer_id)
        return changed


def delete_customers(book: Book, *, customer_ids: list[str]) -> int:
    """Move to the trash."""
    names = [book.scalar("SELECT name FROM customers WHERE id = ?", (c,)) for c in customer_ids]
    with book.operation("delete_customers", label=", ".join(n for n in names if n)[:80]) as op:
        n = 0
        for cid in customer_ids:
            n += bool(op.update("customers", cid, {"deleted_at": op.now}))
    return n


def restore_customers(book: Book, *, customer_ids: list[str]) -> int:
    names = [book.scalar("SELECT name FROM customers WHERE id = ?", (c,)) for c in customer_ids]
    with book.operation("restore_customers", label=", ".join(n for n in names if n)[:80]) as op:
        n = 0
        for cid in customer_ids:
            n += bool(op.update("customers", cid, {"deleted_at": None}))
    return n


def empty_trash(book: Book) -> int:
    """Delete the customers in the trash for good, with their contacts and timeline. Owners only."""
    _require_owner(book)
    ids = [r[0] for r in book.all("SELECT id FROM customers WHERE deleted_at IS NOT NULL")]
    with book.operation("empty_trash", label=str(len(ids)), undoable=False) as op:
        for cid in ids:
            # newest first: a recurring reminder's next one points at the one before it
            for (child,) in book.all(
                    "SELECT id FROM reminders WHERE customer_id = ? ORDER BY rowid DESC", (cid,)):
                op.purge("reminders", child)
            for table in ("alerts", "contacts", "interactions"):
                for (child,) in book.all(f"SELECT id FROM {table} WHERE customer_id = ?", (cid,)):
                    op.purge(table, child)
            name = book.scalar("SELECT name FROM customers WHERE id = ?", (cid,))
            op.purge("customers", cid, keep={"name": name})
        # Earlier steps that wrote these records can no longer be undone or redone; drop them
        # from the stacks so that undo reaches the steps before them.
        op.flush()
        book.conn.execute(
            "UPDATE operations SET state = 'dropped', updated_at = ? WHERE state IN "
            "('done', 'undone') AND id IN (SELECT a.op_id FROM audit a JOIN audit p "
            "ON p.record_id = a.record_id AND p.tbl = a.tbl WHERE p.op_id = ?)",
            (op.now, op.id),
        )
    return len(ids)


# -- contact people ----------------------------------------------------------------------
def _clean_contact(data: dict) -> dict:
    out = {}
    registry = fields.of("contacts")
    for key, value in data.items():
        if key not in CONTACT_FIELDS:
            raise KeyError(key)
        out[key] = registry[key].clean(value or "")
    if "name" in out and not out["name"]:
        raise ValidationError("name", CONTACT_NAME_REQUIRED)
    return out


def add_contact(book: Book, *, customer_id: str, data: dict) -> str:
    clean = _clean_contact(data)
    if not clean.get("name"):
        raise ValidationError("name", CONTACT_NAME_REQUIRED)
    with book.operation("add_contact", label=clean["name"]) as op:
        return op.insert("contacts", {**clean, "customer_id": customer_id})


def update_contact(book: Book, *, contact_id: str, data: dict) -> dict:
    clean = _clean_contact(data)
    with book.operation("update_contact", label=clean.get("name", "")) as op:
        return op.update("contacts", contact_id, clean)


def delete_contact(book: Book, *, contact_id: str) -> str:
    name = book.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,))
    with book.operation("delete_contact", label=name or "") as op:
        op.update("contacts", contact_id, {"deleted_at": op.now})
    return contact_id


# -- the timeline ------------------------------------------------------------------------
def log_interaction(
    book: Book, *, customer_id: str, kind: str, text: str, at: str | None = None
) -> str:
    if kind not in INTERACTION_KINDS:
        raise ValidationError("kind", BAD_KIND, value=kind)
    text = (text or "").strip()
    if not text:
        raise ValidationError("text", TEXT_REQUIRED)
    name = book.scalar("SELECT name FROM customers WHERE id = ?", (customer_id,))
    with book.operation("log_interaction", label=name or "") as op:
        iid = op.insert(
            "interactions",
            {"customer_id": customer_id, "kind": kind, "at": at or op.now,
             "user_id": book.user_id, "text": text},
        )
        _alerts().check_text(op, tbl="interactions", record_id=iid, field="text", text=text,
                          customer_id=customer_id)
        return iid


def delete_interaction(book: Book, *, interaction_id: str) -> str:
    """Hidden from the timeline; the row and its audit stay, so the history is never lost.
    A salesperson may not delete an entry a risk alert points to."""
    _alerts().guard_delete(book, "interactions", interaction_id)
    with book.operation("delete_interaction") as op:
        op.update("interactions", interaction_id, {"deleted_at": op.now})
    return interaction_id


# -- custom fields -----------------------------------------------------------------------
def add_custom_field(book: Book, *, label: str, kind: str, choices: list[str] = ()) -> str:
    label = values.fold(label)
    if not label:
        raise ValidationError("label", FIELD_LABEL_REQUIRED)
    if kind not in CUSTOM_KINDS:
        raise KeyError(kind)
    if book.one("SELECT 1 FROM custom_fields WHERE label = ? AND deleted_at IS NULL", (label,)):
        raise ValidationError("label", FIELD_EXISTS, value=label)
    choices = [values.fold(c) for c in choices if values.fold(c)]
    if kind == "choice" and not choices:
        raise ValidationError("choices", CHOICES_REQUIRED)
    with book.operation("add_custom_field", label=label) as op:
        return insert_custom_field(book, op, label=label, kind=kind, choices=choices)


def insert_custom_field(book: Book, op, *, label: str, kind: str, choices: list[str] = ()) -> str:
    """The row of a new custom field, written in op; returns its key, made from the label."""
    key = re.sub(r"\W+", "_", label.lower()).strip("_") or "field"
    base, n = key, 2
    while book.one("SELECT 1 FROM custom_fields WHERE key = ?", (key,)):
        key, n = f"{base}_{n}", n + 1
    position = book.scalar("SELECT coalesce(max(position), 0) + 1 FROM custom_fields")
    op.insert(
        "custom_fields",
        {"key": key, "label": label, "kind": kind,
         "choices": json.dumps(list(choices), ensure_ascii=False), "position": position},
    )
    return key


def remove_custom_field(book: Book, *, key: str) -> str:
    """Hides the field; the values stay in the book and come back with undo."""
    fid = book.scalar("SELECT id FROM custom_fields WHERE key = ?", (key,))
    with book.operation("remove_custom_field", label=key) as op:
        op.update("custom_fields", fid, {"deleted_at": op.now})
    return key


# -- users -------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    import hashlib  # passwords only: start-up does not load OpenSSL's library

    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"


def check_password(stored: str | None, password: str) -> bool:
    if not stored:
        return True
    import hashlib
    import hmac

    _, n, r, p, salt, digest = stored.split("$")
    got = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(got.hex(), digest)


def add_user(book: Book, *, name: str, role: str, password: str = "", first: bool = False) -> str:
    if not first:
        _require_owner(book)
    name = values.fold(name)
    if not name:
        raise ValidationError("name", USER_NAME_REQUIRED)
    if role not in ("owner", "sales"):
        raise ValidationError("role", BAD_ROLE)
    row = {"name": name, "role": role, "active": 1,
           "password_hash": hash_password(password) if password else None}
    with book.operation("add_user", label=name, undoable=not first) as op:
        uid = op.insert("users", row)
    if first:
        book.user_id = uid
    return uid


def update_user(book: Book, *, user_id: str, name: str | None = None, role: str | None = None,
                active: bool | None = None) -> dict:
    _require_owner(book)
    data: dict = {}
    if name is not None:
        if not values.fold(name):
            raise ValidationError("name", USER_NAME_REQUIRED)
        data["name"] = values.fold(name)
    if role is not None:
        if role not in ("owner", "sales"):
            raise ValidationError("role", BAD_ROLE)
        data["role"] = role
    if active is not None:
        data["active"] = int(active)
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    demotes = user["role"] == "owner" and (data.get("role") == "sales" or data.get("active") == 0)
    if demotes:
        others = book.scalar(
            "SELECT count(*) FROM users WHERE role = 'owner' AND active = 1 AND deleted_at IS NULL "
            "AND id != ?", (user_id,))
        if not others:
            raise ValidationError("role", LAST_OWNER)
    with book.operation("update_user", label=user["name"]) as op:
        return op.update("users", user_id, data)


def set_password(book: Book, *, user_id: str, password: str, current: str = "") -> str:
    """A user sets their own password (knowing the current one); an owner may set anyone's."""
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if user_id != book.user_id:
        _require_owner(book)
    elif not check_password(user["password_hash"], current):
        raise PermissionDenied(WRONG_PASSWORD)
    with book.operation("set_password", label=user["name"], undoable=False) as op:
        op.update("users", user_id, {"password_hash": hash_password(password) if password else None})
    return user_id


def sign_in(book: Book, *, user_id: str, password: str = "") -> str:
    user = book.one(
        "SELECT * FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL", (user_id,)
    )
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if not check_password(user["password_hash"], password):
        raise PermissionDenied(WRONG_PASSWORD)
    book.user_id = user_id
    return user_id


# -- undo and redo -----------------------------------------------------------------------
# Each user undoes their own steps on this PC (newest first); an owner may also undo another
# user's step from the history (undo_operation). Local order (seq) decides "newest" here only:
# it is this PC's own stack.
def undo_stack(book: Book, limit: int = 50) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM operations WHERE state = 'done' AND user_id IS ? AND device_id = ? "
        "ORDER BY seq DESC LIMIT ?", (book.user_id, book.device_id, limit))]


def redo_stack(book: Book, limit: int = 50) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM operations WHERE state = 'undone' AND user_id IS ? AND device_id = ? "
        "ORDER BY seq LIMIT ?", (book.user_id, book.device_id, limit))]


def _current(book: Book, table: str, record_id: str, fld: str):
    if fld.startswith("custom:"):
        raw = book.scalar(f"SELECT custom FROM {table} WHERE id = ?", (record_id,))
        return None if raw is None else json.loads(raw).get(fld[7:], "")
    return book.scalar(f"SELECT {fld} FROM {table} WHERE id = ?", (record_id,))


def _changed_since_insert(book: Book, table: str, record_id: str, inserted: dict) -> bool:
    """Whether a row differs from what its insert wrote (updated_at aside: undoing later
    steps restores the values but not the stamp)."""
    row = dict(book.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,)))
    if table == "customers":  # the same custom values may come back in another key order
        row["custom"] = json.loads(row["custom"])
        inserted = {**inserted, "custom": json.loads(inserted.get("custom") or "{}")}
    return any(row.get(k) != v for k, v in inserted.items() if k != "updated_at")


def _replay(book: Book, target: dict, backwards: bool) -> Changes:
    _alerts().guard_replay(book, target["id"], backwards=backwards)
    order = "DESC" if backwards else "ASC"
    entries = book.all(f"SELECT * FROM audit WHERE op_id = ? ORDER BY seq {order}", (target["id"],))
    name = "undo" if backwards else "redo"
    try:
        with book.operation(name, label=target["name"], undoable=False) as op:
            # Checked again inside the writer: another thread may have moved it since.
            state = book.scalar("SELECT state FROM operations WHERE id = ?", (target["id"],))
            if state != ("done" if backwards else "undone"):
                raise UndoError(NOTHING_TO_UNDO if backwards else NOTHING_TO_REDO)
            op.undo_of = target["id"]
            for e in entries:
                old = None if e["old"] is None else json.loads(e["old"])
                new = None if e["new"] is None else json.loads(e["new"])
                table, rid = e["tbl"], e["record_id"]
                exists = book.one(f"SELECT 1 FROM {table} WHERE id = ?", (rid,)) is not None
                if e["action"] == "purge":
                    raise UndoError(CHANGED_SINCE)
                if e["action"] == "insert":
                    if backwards:
                        if not exists or _changed_since_insert(book, table, rid, new):
                            raise UndoError(CHANGED_SINCE)
                        op.purge(table, rid, keep=new)
                    else:
                        if exists:
                            raise UndoError(CHANGED_SINCE)
                        op.insert(table, new)
                    continue
                want, put = (new, old) if backwards else (old, new)
                if not exists or _current(book, table, rid, e["field"]) not in (want, *(
                        ("", None) if want in ("", None) else ())):
                    raise UndoError(CHANGED_SINCE)
                op.update(table, rid, {e["field"]: put})
            book.conn.execute(
                "UPDATE operations SET state = ?, updated_at = ? WHERE id = ?",
                ("undone" if backwards else "done", op.now, target["id"]),
            )
    except Exception as exc:
        if isinstance(exc, UndoError):
            raise
        if exc.__class__.__name__ == "IntegrityError":
            raise UndoError(CHANGED_SINCE) from None
        raise
    return op.changes


def undo(book: Book) -> Changes:
    """Undo the current user's own last step on this PC."""
    stack = undo_stack(book, 1)
    if not stack:
        raise UndoError(NOTHING_TO_UNDO)
    return _undo(book, stack[0])


def _undo(book: Book, target: dict) -> Changes:
    if target["name"] == "import":  # keeps what was edited after the import (models.imports)
        from .imports import undo_import

        return undo_import(book, batch_id=target["id"]).changes
    return _replay(book, target, backwards=True)


def redo(book: Book) -> Changes:
    stack = redo_stack(book, 1)
    if not stack:
        raise UndoError(NOTHING_TO_REDO)
    return _replay(book, stack[0], backwards=False)


def undo_operation(book: Book, *, op_id: str) -> Changes:
    """Undo one step chosen in the history: the user's own, or (an owner) anyone's. Refused
    when its records were changed since, as for Ctrl+Z."""
    target = book.one("SELECT * FROM operations WHERE id = ?", (op_id,))
    if target is None or target["state"] != "done":
        raise UndoError(NOTHING_TO_UNDO)
    if target["user_id"] != book.user_id or target["device_id"] != book.device_id:
        _require_owner(book)
    return _undo(book, dict(target))


def steps(book: Book, *, limit: int = 200, everyone: bool = False) -> list[dict]:
    """The newest steps, newest first (by clock stamp, so another PC's steps fall in place):
    the user's own, or everyone's (an owner's history). Each with the user's name and whether
    it was taken on this PC."""
    where = "" if everyone else "WHERE o.user_id IS ?"
    params = () if everyone else (book.user_id,)
    return [dict(r) for r in book.all(
        "SELECT o.id, o.name, o.label, o.at, o.hlc, o.state, o.user_id, o.device_id, "
        "o.device_id = ? AS here, coalesce(u.name, '') AS user_name FROM operations o "
        f"LEFT JOIN users u ON u.id = o.user_id {where} ORDER BY o.hlc DESC, o.seq DESC LIMIT ?",
        (book.device_id, *params, limit))]


def may_undo(book: Book, step: dict) -> bool:
    """Whether the user may undo this step from the history (undo_operation)."""
    if step["state"] != "done":
        return False
    own = step["user_id"] == book.user_id and step["device_id"] == book.device_id
    return own or book.is_owner


def operation_label(book: Book, op_id: str) -> dict | None:
    """What a step is, for "Undo …" texts: its name, label, user and time."""
    row = book.one(
        "SELECT o.id, o.name, o.label, o.at, o.hlc, o.user_id, coalesce(u.name, '') AS user_name "
        "FROM operations o LEFT JOIN users u ON u.id = o.user_id WHERE o.id = ?", (op_id,))
    return dict(row) if row else None


# Public name for views that validate a contact person before saving (inline errors).
clean_contact = _clean_contact
