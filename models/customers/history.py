"""A customer's history as a person reads it: who changed what, when, from what to what.

items() turns the audit entries of a customer, its contact persons and its timeline into Items:
the field's label comes from the fields registry (models/core/fields.py) or the custom field, the
old and new values are shown by the field's type (a user's name for an owner id, local time for
a time stamp, one shortened line for a text), and inserts, deletions and restores read as one
sentence each. The views translate an Item with render(item, translate).

Audit rows are read by column name; columns this module does not know are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from models.core import changelog, fields
from models.core.book import Book
from models.core.clock import local_time
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.customers import queries

CONTEXT = "history"
EMPTY = "—"
VALUE_CHARS = 80  # an old or new value is cut to this many characters
NOTE_CHARS = 40  # a logged note, in "Logged: Call — ..."

CREATED = T("history", "Created the customer")
PURGED = T("history", "Deleted for good")
TRASHED = T("history", "Moved to the trash")
RESTORED = T("history", "Restored from the trash")
CONTACT_ADDED = T("history", "Contact person added: {name}")
CONTACT_BACK = T("history", "Contact person back: {name}")
CONTACT_REMOVED = T("history", "Contact person removed: {name}")
CONTACT_CHANGED = T("history", "Contact person {name}: {field}: {old} → {new}")
LOGGED = T("history", "Logged: {kind}")
LOGGED_NOTE = T("history", "Logged: {kind} — {text}")
ENTRY_REMOVED = T("history", "Timeline entry removed")
ENTRY_HIDDEN = T("history", "Timeline entry hidden")
ENTRY_BACK = T("history", "Timeline entry back")
CHANGED = T("history", "{field}: {old} → {new}")
HANDED_OVER = T("history", "Handed over: {old} → {new}")
CLAIMED = T("history", "Claimed from the public pool by {new}")
GIVEN_BACK = T("history", "Given back to the public pool by {old}")
RETURNED = T("history", "Back to the public pool by its rules (was {old}'s)")
REPLACED = T("history", "{field}: {new}, from {user}'s PC — replaced by {winner}'s later change "
                        "made without seeing it")
CONTACT_REPLACED = T("history", "Contact person {name}: {field}: {new}, from {user}'s PC — "
                                "replaced by {winner}'s later change made without seeing it")

# How a change of owner reads, by the operation that made it.
_OWNER_TEXTS = {"hand_over": HANDED_OVER, "claim": CLAIMED, "release": GIVEN_BACK,
                "pool_return": RETURNED}

KINDS = {
    "call": T("history", "Call"),
    "visit": T("history", "Visit"),
    "wechat": T("history", "WeChat"),
    "sms": T("history", "SMS"),
    "email": T("history", "E-mail"),
    "note": T("history", "Note"),
}


@dataclass(frozen=True, slots=True)
class Text:
    """A text the views translate (context, English source)."""

    context: str
    source: str


@dataclass(slots=True)
class Item:
    at: str  # when, as stored (ISO, UTC)
    when: str  # when, in this computer's time zone: "2024-05-03 14:20"
    user: str  # who (the user's name)
    op_name: str  # the operation ("update_customer", "undo" ...)
    table: str
    record_id: str
    action: str  # insert, update, purge
    field: str | None
    message: str  # English source (context "history") with {placeholders}
    params: dict = field(default_factory=dict)  # str, or Text to translate
    # A change that lost to another PC's change made at the same time, without seeing it:
    # the value it wrote (as stored), which the user may take back.
    lost_value: object = None
    lost: bool = False
    # a step Kehu took by itself (a month's grading, a rule): who, to translate; else None
    automatic: Text | None = None

    @property
    def is_undo(self) -> bool:
        return self.op_name == "undo"

    @property
    def is_redo(self) -> bool:
        return self.op_name == "redo"



def render(item: Item, translate=None) -> str:
    """The item as one sentence; translate(context, text) is Qt's (None: English)."""
    def tr(context: str, text: str) -> str:
        return translate(context, text) if translate else text

    params = {k: tr(v.context, v.source) if isinstance(v, Text) else v
              for k, v in item.params.items()}
    return tr(CONTEXT, item.message).format(**params)


def items(book: Book, customer_id: str) -> list[Item]:
    """Every audited change of the customer, its contact persons and its timeline, newest
    first."""
    entries = queries.history(book, customer_id)
    reader = _Reader(book, entries)
    return [reader.item(e) for e in entries]


def _replaced(entries: list[dict]) -> dict[str, dict]:
    """Updates that lost to a later update of the same field from another PC whose writer had
    not seen them (its old value is not what they wrote): entry id -> the winning entry."""
    by_field: dict[tuple, list[dict]] = {}
    for e in entries:
        if e.get("action") == "update" and e.get("field") != "deleted_at":
            by_field.setdefault((e["tbl"], e["record_id"], e["field"]), []).append(e)
    out = {}
    for group in by_field.values():
        group.sort(key=lambda e: e.get("hlc") or "")
        for i, e in enumerate(group):
            for later in group[i + 1:]:
                if later.get("device_id") != e.get("device_id") and later.get("old") != e.get("new"):
                    out[e["id"]] = later
                    break
                if later.get("old") == e.get("new"):
                    break  # the next change saw this one: replaced in the ordinary way
    return out


class _Reader:
    def __init__(self, book: Book, entries: list[dict]) -> None:
        self.users = {r["id"]: r["name"] for r in book.all("SELECT id, name FROM users")}
        self.custom = {"custom:" + r["key"]: r["label"]
                       for r in book.all("SELECT key, label FROM custom_fields")}
        self.replaced = _replaced(entries)
        self.names: dict[str, str] = {}  # contact persons by id, as they were added
        for e in entries:
            if e.get("action") == "insert" and e.get("tbl") == "contacts" and e.get("new"):
                self.names[e["record_id"]] = _load(e["new"]).get("name", "")

    def item(self, e: dict) -> Item:
        message, params = self._describe(e)
        winner = self.replaced.get(e.get("id"))
        lost = winner is not None and e.get("tbl") in ("customers", "contacts")
        if lost:
            message = CONTACT_REPLACED if e.get("tbl") == "contacts" else REPLACED
            params = {**params, "user": e.get("user") or "",
                      "winner": self.users.get(winner.get("user_id"), "")}
        return Item(at=e.get("at") or "", when=local_time(e.get("at")), user=e.get("user") or "",
                    op_name=e.get("op_name") or "", table=e.get("tbl") or "",
                    record_id=e.get("record_id") or "", action=e.get("action") or "",
                    field=e.get("field"), message=message, params=params,
                    lost_value=_load(e.get("new")) if lost else None, lost=lost,
                    automatic=_automatic(e.get("op_name") or "", e.get("op_label") or ""))

    def _describe(self, e: dict) -> tuple[str, dict]:
        table, action, fld = e.get("tbl"), e.get("action"), e.get("field")
        new = _load(e.get("new")) if e.get("new") and action == "insert" else {}
        new = new if isinstance(new, dict) else {}
        gone = e.get("new") not in (None, "null")  # a deleted_at being set, not cleared
        if table == "customers":
            if action == "insert":
                return CREATED, {}
            if action == "purge":
                return PURGED, {}
            if fld == "deleted_at":
                return (TRASHED if gone else RESTORED), {}
            if fld == "owner_id" and e.get("op_name") in _OWNER_TEXTS:
                change = self._change(table, fld, e)
                return _OWNER_TEXTS[e["op_name"]], {"old": change["old"], "new": change["new"]}
        elif table == "contacts":
            name = self.names.get(e.get("record_id"), "")
            if action == "insert":
                return CONTACT_ADDED, {"name": new.get("name", "")}
            if action == "purge" or fld == "deleted_at":
                if fld == "deleted_at" and not gone:
                    return CONTACT_BACK, {"name": name}
                return CONTACT_REMOVED, {"name": name}
            return CONTACT_CHANGED, {"name": name, **self._change(table, fld, e)}
        elif table == "interactions":
            if action == "insert":
                kind = new.get("kind", "")
                text = " ".join(str(new.get("text", "")).split())
                text = text if len(text) <= NOTE_CHARS else text[:NOTE_CHARS - 1] + "…"
                label = Text(CONTEXT, KINDS[kind]) if kind in KINDS else kind
                if text:
                    return LOGGED_NOTE, {"kind": label, "text": text}
                return LOGGED, {"kind": label}
            if action == "purge":
                return ENTRY_REMOVED, {}
            if fld == "deleted_at":
                return (ENTRY_HIDDEN if gone else ENTRY_BACK), {}
        return CHANGED, self._change(table, fld, e)

    def _change(self, table: str, fld: str | None, e: dict) -> dict:
        spec = fields.field(table, fld) if fld else None
        if spec is not None:
            label: str | Text = Text(fields.LABEL_CONTEXT, spec.label)
        else:
            label = self.custom.get(fld, fld or "")
        kind = spec.type if spec else "text"
        return {"field": label, "old": self._value(kind, e.get("old")),
                "new": self._value(kind, e.get("new"))}

    def _value(self, kind: str, raw: str | None) -> str:
        value = _load(raw)
        if value in (None, ""):
            return EMPTY
        if kind == "user":
            return self.users.get(value, str(value))
        if kind == "datetime":
            return local_time(str(value))
        text = " ".join(str(value).split())
        return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "…"


def _automatic(name: str, label: str) -> Text | None:
    who = changelog.automatic_by(name, label)
    return Text("ops", who) if who else None


def _load(raw):
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return raw
