"""Every write to the book is one of these named, keyword-only operations.

Each validates, writes its rows and their audit entries in one transaction (Book.operation),
and returns what it created or changed. Undo and redo replay the audit.
"""

from __future__ import annotations

import json
import os
import re

from . import fields, permissions, values
from .book import Book, Changes
from .errors import QT_TRANSLATE_NOOP as T
from .errors import PasswordNeeded, PermissionDenied, UndoError, ValidationError

CUSTOMER_FIELDS = fields.customer_fields()  # the registry's (models/fields.py)
CONTACT_FIELDS = fields.contact_fields()
INTERACTION_KINDS = ("call", "visit", "wechat", "sms", "email", "note")
CUSTOM_KINDS = ("text", "number", "date", "choice")

NOTHING_TO_UNDO = T("errors", "There is nothing to undo.")
NOTHING_TO_REDO = T("errors", "There is nothing to redo.")
CHANGED_SINCE = T("errors", "This cannot be undone: the records were changed since.")
USER_NAME_REQUIRED = T("errors", "The user needs a name.")
BAD_ROLE = T("errors", "A user is an owner, a manager or a salesperson.")
LAST_OWNER = T("errors", "The book needs at least one active owner.")
WRONG_PASSWORD = T("errors", "The password is not right.")
BAD_KIND = T("errors", "Unknown kind of contact: {value}.")
FIELD_LABEL_REQUIRED = T("errors", "The field needs a name.")
FIELD_EXISTS = T("errors", "There is already a field called {value}.")
CHOICES_REQUIRED = T("errors", "A choice field needs at least one choice.")
CONTACT_NAME_REQUIRED = T("errors", "The contact person needs a name.")
TEXT_REQUIRED = T("errors", "Write what happened.")
NO_SUCH_USER = T("errors", "There is no such user.")
SET_YOURS_FIRST = T("errors", "Set a password for yourself first: when more than one person "
                              "uses the book, an owner needs a password, or anyone could sign "
                              "in as the owner.")
NEEDS_PASSWORD = T("errors", "{name} needs a password: when more than one person uses the book, "
                             "every owner and manager needs one.")
CHOOSE_PASSWORD = T("errors", "{name} has no password yet. More than one person uses this "
                              "book, so choose a password for {name} now.")
WAIT_SECONDS = T("errors", "Too many wrong passwords for {name}. Try again in {n} seconds.")
WAIT_MINUTES = T("errors", "Too many wrong passwords for {name}. Try again in {n} minutes.")
WRONG_WAIT_SECONDS = T("errors", "The password is not right. After too many wrong tries, "
                                 "{name} can try again in {n} seconds.")
WRONG_WAIT_MINUTES = T("errors", "The password is not right. After too many wrong tries, "
                                 "{name} can try again in {n} minutes.")
FREE_TRIES = 5  # wrong passwords in a row before the first wait
FIRST_WAIT, LONGEST_WAIT = 30, 15 * 60  # seconds; the wait doubles after each further wrong one


def _alerts():
    """models.alerts, imported on first use: start-up does not need its word tables."""
    from . import alerts

    return alerts


def _may_edit(book: Book, customer_ids: list[str]) -> None:
    """PermissionDenied unless the user may change each of these customers."""
    if permissions.unrestricted(book, "customer.edit"):
        return
    for cid in customer_ids:
        row = book.one("SELECT owner_id FROM customers WHERE id = ?", (cid,))
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

    _may_edit(book, [customer_id])
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
    """Delete the customers in the trash for good, with their contacts and timeline
    (permission "trash.empty")."""
    permissions.require(book, "trash.empty")
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


def _password_gap(book: Book, users: list[dict]) -> None:
    """Refuse when more than one of `users` (every user as they would be after the change) is
    active and an owner or manager among them has no password: anyone could sign in as them."""
    active = [u for u in users if u["active"] and not u.get("deleted_at")]
    if len(active) < 2:
        return
    missing = [u for u in active
               if permissions.needs_password(u["role"]) and not u["password_hash"]]
    for u in sorted(missing, key=lambda u: u["id"] != book.user_id):
        if u["id"] == book.user_id:
            raise ValidationError("owner_password", SET_YOURS_FIRST)
        raise ValidationError("password", NEEDS_PASSWORD, name=u["name"])


def _all_users(book: Book) -> list[dict]:
    return [dict(r) for r in book.all("SELECT * FROM users WHERE deleted_at IS NULL")]


def add_user(book: Book, *, name: str, role: str, password: str = "", owner_password: str = "",
             first: bool = False) -> str:
    """A new user. When the book gets its second active user, every owner and manager needs a
    password: an owner who has none gives theirs in `owner_password`, set in the same step
    (ignored when they have one: changing it asks for the current one, see set_password)."""
    if not first:
        permissions.require(book, "users.manage")
    name = values.fold(name)
    if not name:
        raise ValidationError("name", USER_NAME_REQUIRED)
    if role not in permissions.ROLES:
        raise ValidationError("role", BAD_ROLE)
    row = {"name": name, "role": role, "active": 1,
           "password_hash": hash_password(password) if password else None}
    mine = None  # the acting owner's first password, given in this call
    if not first:
        others = _all_users(book)
        for u in others:
            if u["id"] == book.user_id and owner_password and not u["password_hash"]:
                mine = u["password_hash"] = hash_password(owner_password)
        _password_gap(book, [*others, {**row, "id": None}])
    with book.operation("add_user", label=name, undoable=not first) as op:
        if mine:
            op.update("users", book.user_id, {"password_hash": mine})
        uid = op.insert("users", row)
    if first:
        book.user_id = uid
    return uid


def update_user(book: Book, *, user_id: str, name: str | None = None, role: str | None = None,
                active: bool | None = None) -> dict:
    permissions.require(book, "users.manage")
    data: dict = {}
    if name is not None:
        if not values.fold(name):
            raise ValidationError("name", USER_NAME_REQUIRED)
        data["name"] = values.fold(name)
    if role is not None:
        if role not in permissions.ROLES:
            raise ValidationError("role", BAD_ROLE)
        data["role"] = role
    if active is not None:
        data["active"] = int(active)
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    demotes = user["role"] == permissions.OWNER and (
        data.get("role", permissions.OWNER) != permissions.OWNER or data.get("active") == 0)
    if demotes:
        others = book.scalar(
            "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND deleted_at IS NULL "
            "AND id != ?", (permissions.OWNER, user_id))
        if not others:
            raise ValidationError("role", LAST_OWNER)
    _password_gap(book, [{**u, **data} if u["id"] == user_id else u for u in _all_users(book)])
    with book.operation("update_user", label=user["name"]) as op:
        return op.update("users", user_id, data)


def set_password(book: Book, *, user_id: str, password: str, current: str = "") -> str:
    """A user sets their own password (knowing the current one); an owner may set anyone's."""
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if user_id != book.user_id:
        permissions.require(book, "users.manage")
    elif user["password_hash"]:
        _try_password(book, user, current)
    if not password:
        _password_gap(book, [dict(u, password_hash=None) if u["id"] == user_id else u
                             for u in _all_users(book)])
    with book.operation("set_password", label=user["name"], undoable=False) as op:
        op.update("users", user_id, {"password_hash": hash_password(password) if password else None})
    return user_id


def sign_in(book: Book, *, user_id: str, password: str = "", new_password: str = "") -> str:
    """The user at the keyboard from now on. A wrong password counts against them (see
    _try_password). An owner or manager without a password, in a book used by more than one
    person, must choose one now (`new_password`): PasswordNeeded until they do."""
    user = book.one(
        "SELECT * FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL", (user_id,)
    )
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if user["password_hash"]:
        _try_password(book, user, password)
    elif permissions.needs_password(user["role"]) and book.scalar(
            "SELECT count(*) FROM users WHERE active = 1 AND deleted_at IS NULL") > 1:
        if not new_password:
            raise PasswordNeeded(CHOOSE_PASSWORD, name=user["name"])
        before, book.user_id = book.user_id, user_id
        try:
            set_password(book, user_id=user_id, password=new_password)
        except BaseException:
            book.user_id = before
            raise
    book.user_id = user_id
    return user_id


def _try_password(book: Book, user, password: str) -> None:
    """PermissionDenied unless `password` is the user's. After FREE_TRIES wrong ones in a row
    the user waits before the next try (30 s, doubling up to 15 min), kept in the book's
    sign_in_tries table, so that restarting Kehu or the command line does not reset it. That
    table belongs to this copy of the book: it is written without an operation or audit entry,
    is not undone and is not shared with other PCs. A right password clears it."""
    import datetime as dt

    from . import clock

    uid = user["id"]
    row = book.one("SELECT failures, locked_until FROM sign_in_tries WHERE user_id = ?", (uid,))
    now = clock.now()
    if row is not None and row["locked_until"]:
        until = dt.datetime.fromisoformat(row["locked_until"])
        if until > now:
            raise _wait_error(user["name"], (until - now).total_seconds())
    if check_password(user["password_hash"], password):
        if row is not None:
            with book.atomic():
                book.conn.execute("DELETE FROM sign_in_tries WHERE user_id = ?", (uid,))
        return
    failures = (row["failures"] if row is not None else 0) + 1
    wait = 0
    if failures >= FREE_TRIES:
        wait = min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT)
    until = (now + dt.timedelta(seconds=wait)).isoformat(timespec="seconds") if wait else ""
    with book.atomic():
        book.conn.execute(
            "INSERT INTO sign_in_tries (user_id, failures, locked_until, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET failures = "
            "excluded.failures, locked_until = excluded.locked_until, "
            "updated_at = excluded.updated_at",
            (uid, failures, until, now.isoformat(timespec="seconds")))
    if wait:
        raise _wait_error(user["name"], wait, wrong=True)
    raise PermissionDenied(WRONG_PASSWORD)


def _wait_error(name: str, seconds: float, wrong: bool = False) -> PermissionDenied:
    seconds = max(1, int(-(-seconds // 1)))
    if seconds < 120:
        return PermissionDenied(WRONG_WAIT_SECONDS if wrong else WAIT_SECONDS,
                                name=name, n=seconds)
    return PermissionDenied(WRONG_WAIT_MINUTES if wrong else WAIT_MINUTES,
                            name=name, n=-(-seconds // 60))


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
        permissions.require(book, "history.undo_other")
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
    return own or permissions.may(book, "history.undo_other")


def operation_label(book: Book, op_id: str) -> dict | None:
    """What a step is, for "Undo …" texts: its name, label, user and time."""
    row = book.one(
        "SELECT o.id, o.name, o.label, o.at, o.hlc, o.user_id, coalesce(u.name, '') AS user_name "
        "FROM operations o LEFT JOIN users u ON u.id = o.user_id WHERE o.id = ?", (op_id,))
    return dict(row) if row else None


# Public name for views that validate a contact person before saving (inline errors).
clean_contact = _clean_contact
