"""Undo and redo: each user undoes their own steps on this PC by replaying the change log
backwards; an owner may also undo another user's step from the history."""

from __future__ import annotations

import json

from models.core import bulk, permissions
from models.core.book import BULK_ROWS, SECRET_SET, Book, Changes
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import PermissionDenied, UndoError

NOTHING_TO_UNDO = T("errors", "There is nothing to undo.")
NOTHING_TO_REDO = T("errors", "There is nothing to redo.")
CHANGED_SINCE = T("errors", "This cannot be undone: the records were changed since.")
UNDO_PROTECTED = T(
    "errors",
    "This cannot be undone or redone by a salesperson: a risk alert points to the text it "
    "would take away. An owner or a manager may do it.",
)


# it is this PC's own stack.
def undo_stack(book: Book, limit: int = 50) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM operations WHERE state = 'done' AND user_id IS ? AND device_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT ?",
        (book.user_id, json.dumps(book.own_devices), limit))]


def redo_stack(book: Book, limit: int = 50) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM operations WHERE state = 'undone' AND user_id IS ? AND device_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?",
        (book.user_id, json.dumps(book.own_devices), limit))]


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
    return any(row.get(k) != v for k, v in inserted.items()
               if k != "updated_at" and v != SECRET_SET)  # a secret's value is not kept


def guard_replay(book: Book, op_id: str, *, backwards: bool) -> None:
    """PermissionDenied when a salesperson would undo (backwards) or redo an operation that
    takes alerted text away: it created, deleted or changed an alerted field of a record, or
    wrote an alert. Redoing a creation brings text back, and is allowed."""
    if permissions.may(book, "alerts.delete"):
        return
    touches = book.one(
        "SELECT 1 FROM audit a JOIN alerts l ON l.tbl = a.tbl AND l.record_id = a.record_id "
        "WHERE a.op_id = ? AND l.deleted_at IS NULL "
        "AND (a.field IS NULL OR a.field = l.field OR a.field = 'deleted_at') "
        "AND (? OR a.action != 'insert') LIMIT 1", (op_id, int(backwards)))
    if touches is None:
        touches = book.one(
            "SELECT 1 FROM audit WHERE op_id = ? AND tbl = 'alerts' AND (? OR action != 'insert') "
            "LIMIT 1", (op_id, int(backwards)))
    if touches is not None:
        raise PermissionDenied(UNDO_PROTECTED)


def _replay(book: Book, target: dict, backwards: bool) -> Changes:
    guard_replay(book, target["id"], backwards=backwards)
    order = "DESC" if backwards else "ASC"
    entries = book.all(f"SELECT * FROM audit WHERE op_id = ? ORDER BY seq {order}", (target["id"],))
    name = "undo" if backwards else "redo"
    try:
        with bulk.paused_gc(), book.operation(name, label=target["name"], undoable=False) as op:
            # Checked again inside the writer: another thread may have moved it since.
            state = book.scalar("SELECT state FROM operations WHERE id = ?", (target["id"],))
            if state != ("done" if backwards else "undone"):
                raise UndoError(NOTHING_TO_UNDO if backwards else NOTHING_TO_REDO)
            op.undo_of = target["id"]
            if len(entries) > BULK_ROWS:
                book.checkpoint_later()
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
                        if exists or SECRET_SET in new.values():
                            raise UndoError(CHANGED_SINCE)  # a password cannot come back
                        op.insert(table, new)
                    continue
                want, put = (new, old) if backwards else (old, new)
                if SECRET_SET in (want, put):  # a password: set or not, its value not kept
                    if put == SECRET_SET or not exists or bool(
                            _current(book, table, rid, e["field"])) != bool(want):
                        raise UndoError(CHANGED_SINCE)
                    op.update(table, rid, {e["field"]: put})
                    continue
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
        from models.imports import undo_import

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
    if target["user_id"] != book.user_id or target["device_id"] not in book.own_devices:
        permissions.require(book, "history.undo_other")
    return _undo(book, dict(target))


# Steps Kehu takes by itself (its housekeeping), never by a person's hand, though they are
# written in the name of the user whose Kehu took them: shown as Kehu's.
KEHU = T("ops", "Kehu (automatic)")
AUTOMATIC_GRADING = T("ops", "Kehu (automatic grading)")
AUTOMATIC_OPS = frozenset({"reminder_rules", "mark_notified", "rescan_alerts", "write_demo",
                           "pool_return", "new_book"})
KEHU_SETTINGS = frozenset({"grading.last_applied", "reminders.rules_since"})


def automatic_by(name: str, label: str = "") -> str | None:
    """Who took a step that Kehu took by itself (an English source text, context "ops"); None
    for a person's step. A month's grading (apply_grades labelled with its month, the
    monthly job) is Kehu's; grading applied from Settings is the person's."""
    if name == "apply_grades":
        return AUTOMATIC_GRADING if label else None
    if name == "set_setting":  # what the monthly grading and the rules note for themselves
        keys = {k.strip() for k in label.split(",") if k.strip()}
        return KEHU if keys and keys <= KEHU_SETTINGS else None
    return KEHU if name in AUTOMATIC_OPS else None


def steps(book: Book, *, limit: int = 200, everyone: bool = False) -> list[dict]:
    """The newest steps, newest first (by clock stamp, so another PC's steps fall in place):
    the user's own, or everyone's (an owner's history). Each with the user's name and whether
    it was taken on this PC."""
    where = "" if everyone else "WHERE o.user_id IS ?"
    params = () if everyone else (book.user_id,)
    return [dict(r) for r in book.all(
        "SELECT o.id, o.name, o.label, o.at, o.hlc, o.state, o.user_id, o.device_id, "
        "o.device_id IN (SELECT value FROM json_each(?)) AS here, "
        "coalesce(u.name, '') AS user_name FROM operations o "
        f"LEFT JOIN users u ON u.id = o.user_id {where} ORDER BY o.hlc DESC, o.seq DESC LIMIT ?",
        (json.dumps(book.own_devices), *params, limit))]


def may_undo(book: Book, step: dict) -> bool:
    """Whether the user may undo this step from the history (undo_operation)."""
    if step["state"] != "done":
        return False
    own = step["user_id"] == book.user_id and step["device_id"] in book.own_devices
    return own or permissions.may(book, "history.undo_other")


def operation_label(book: Book, op_id: str) -> dict | None:
    """What a step is, for "Undo …" texts: its name, label, user and time."""
    row = book.one(
        "SELECT o.id, o.name, o.label, o.at, o.hlc, o.user_id, coalesce(u.name, '') AS user_name "
        "FROM operations o LEFT JOIN users u ON u.id = o.user_id WHERE o.id = ?", (op_id,))
    return dict(row) if row else None

