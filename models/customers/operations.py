"""Customers, their contact people, the contact log and custom fields: each write a named,
keyword-only operation that checks permissions, validates, writes its rows and their change
entries in one transaction (Book.operation), and returns what it created or changed."""

from __future__ import annotations

import json
import re

from models.core import fields, permissions, scopes, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

CUSTOMER_FIELDS = fields.customer_fields()  # the registry's (models/fields.py)
CONTACT_FIELDS = fields.contact_fields()
INTERACTION_KINDS = ("call", "visit", "wechat", "sms", "email", "note")
CUSTOM_KINDS = ("text", "number", "date", "choice")
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(v, ensure_ascii=False)
BAD_KIND = T("errors", "Unknown kind of contact: {value}.")
FIELD_LABEL_REQUIRED = T("errors", "The field needs a name.")
FIELD_EXISTS = T("errors", "There is already a field called {value}.")
CHOICES_REQUIRED = T("errors", "A choice field needs at least one choice.")
CONTACT_NAME_REQUIRED = T("errors", "The contact person needs a name.")
TEXT_REQUIRED = T("errors", "Write what happened.")
NO_SUCH_USER = T("errors", "There is no such user.")


def _alerts():
    """models.alerts, imported on first use: start-up does not need its word tables."""
    from models import alerts

    return alerts


def _may_edit(book: Book, customer_ids: list[str]) -> None:
    """PermissionDenied unless the user may change each of these customers (and sees them:
    models.core.scopes)."""
    if scopes.sees_all(book):
        return
    for cid in customer_ids:
        row = book.one("SELECT id, owner_id FROM customers WHERE id = ?", (cid,))
        if row is not None:
            permissions.require(book, "customer.edit", row)


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


def customer_row(book: Book, clean: dict, custom: dict | None = None) -> dict:
    """The new customer's row: its custom values are clean's "custom:KEY" items, or `custom`
    ({KEY: value}) when given (an import's, so that its 100,000 rows are not searched key by key
    nor copied: 1.08 -> 0.76 s)."""
    from models.core.search import sort_key

    row = {k: clean.get(k, "") for k in CUSTOMER_FIELDS}
    row["owner_id"] = clean.get("owner_id") or book.user_id
    if custom is None:
        custom = {k[7:]: v for k, v in clean.items() if k.startswith("custom:") and v}
    else:
        custom = {k: v for k, v in custom.items() if v}
    row["custom"] = _ENCODE(custom) if custom else "{}"
    row["sort_key"] = sort_key(row["name"])
    return row


def add_customer(book: Book, *, data: dict, contacts: list[dict] = ()) -> str:
    clean = clean_customer(book, data)
    if "name" not in clean:
        raise ValidationError("name", values.NAME_REQUIRED)
    people = [clean_contact(c) for c in contacts]
    if any(not person.get("name") for person in people):
        raise ValidationError("name", CONTACT_NAME_REQUIRED)
    from models.customers import clash

    clash.check_new(book, clean)  # another salesperson's customer: not added, the owner told
    with book.operation("add_customer", label=clean["name"]) as op:
        cid = op.insert("customers", customer_row(book, clean))
        _alerts().check_text(op, tbl="customers", record_id=cid, field="notes",
                          text=clean.get("notes", ""), customer_id=cid)
        if clean.get("next_follow_up"):  # its follow-up reminder, in the same step
            from models.reminders import sync_follow_up

            sync_follow_up(op, cid)
        for person in people:
            op.insert("contacts", {**person, "customer_id": cid})
    return cid


def update_customer(book: Book, *, customer_id: str, data: dict) -> dict:
    from models.core.search import sort_key

    _may_edit(book, [customer_id])
    clean = clean_customer(book, data)
    if "name" in clean:
        clean["sort_key"] = sort_key(clean["name"])
    name = clean.get("name") or book.scalar("SELECT name FROM customers WHERE id = ?", (customer_id,))
    with book.operation("update_customer", label=name) as op:
        changed = op.update("customers", customer_id, clean)
        if "next_follow_up" in changed or "owner_id" in changed:
            from models.reminders import sync_follow_up

            sync_follow_up(op, customer_id)  # the follow-up reminder moves with the date
        if "notes" in changed:
            _alerts().check_text(op, tbl="customers", record_id=customer_id, field="notes",
                              text=clean["notes"], customer_id=customer_id)
        return changed


def delete_customers(book: Book, *, customer_ids: list[str]) -> int:
    """Move to the trash."""
    _may_edit(book, customer_ids)
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
    """Delete the customers in the trash for good, with their contacts, timeline, deals,
    orders and payments (permission "trash.empty")."""
    permissions.require(book, "trash.empty")
    ids = [r[0] for r in book.all("SELECT id FROM customers WHERE deleted_at IS NOT NULL")]
    with book.operation("empty_trash", label=str(len(ids)), undoable=False) as op:
        for cid in ids:
            # newest first: a recurring reminder's next one points at the one before it
            for (child,) in book.all(
                    "SELECT id FROM reminders WHERE customer_id = ? ORDER BY rowid DESC", (cid,)):
                op.purge("reminders", child)
            for table in ("alerts", "contacts", "interactions", "payments"):
                for (child,) in book.all(f"SELECT id FROM {table} WHERE customer_id = ?", (cid,)):
                    op.purge(table, child)
            # its orders (a replacement before the order it replaces) and deals, each with
            # what points to it
            for (order_id,) in book.all("SELECT id FROM orders WHERE customer_id = ? "
                                        "ORDER BY rowid DESC", (cid,)):
                for table in ("payment_plans", "order_lines"):
                    for (child,) in book.all(f"SELECT id FROM {table} WHERE order_id = ?",
                                             (order_id,)):
                        op.purge(table, child)
                op.purge("orders", order_id)
            for (ticket_id,) in book.all("SELECT id FROM tickets WHERE customer_id = ?",
                                         (cid,)):
                for (child,) in book.all("SELECT id FROM ticket_events WHERE ticket_id = ?",
                                         (ticket_id,)):
                    op.purge("ticket_events", child)
                op.purge("tickets", ticket_id)
            for (deal_id,) in book.all("SELECT id FROM deals WHERE customer_id = ?", (cid,)):
                for table in ("reminders", "deal_history"):
                    for (child,) in book.all(f"SELECT id FROM {table} WHERE deal_id = ? "
                                             "ORDER BY rowid DESC", (deal_id,)):
                        op.purge(table, child)
                op.purge("deals", deal_id)
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
def clean_contact(data: dict) -> dict:
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
    clean = clean_contact(data)
    if not clean.get("name"):
        raise ValidationError("name", CONTACT_NAME_REQUIRED)
    scopes.require_visible(book, customer_id)
    with book.operation("add_contact", label=clean["name"]) as op:
        return op.insert("contacts", {**clean, "customer_id": customer_id})


def update_contact(book: Book, *, contact_id: str, data: dict) -> dict:
    clean = clean_contact(data)
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
    scopes.require_visible(book, customer_id)
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




def take_back(book: Book, *, table: str, record_id: str, field: str, value) -> dict:
    """Put back a value that another PC's change replaced without seeing it (the history
    lists such values): an ordinary change of that field, undoable like any other."""
    if table == "customers":
        return update_customer(book, customer_id=record_id, data={field: value})
    if table == "contacts":
        return update_contact(book, contact_id=record_id, data={field: value})
    raise KeyError(table)
