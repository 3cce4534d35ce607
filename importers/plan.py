"""Deciding what an import will do (the preview), then doing it.

preview() reads the mapped rows (importers.rowreader), normalises every value and matches each
row against the book and against the rows above it in the file (importers.matching):

- a row imported before (the same cells) is the customer it made;
- the same mobile, e-mail or WeChat id is the same customer, unless the names clearly differ:
  then the row is held for the user to answer (two companies sharing one person's mobile);
- the same normalised name with the same phone number or address is very likely the same; the
  same name with nothing else to compare is held;
- a customer id from a Kehu export is that customer;
- a similar name (rapidfuzz) is offered for review: the row is created unless the user says it
  is the customer it resembles.

Rows of the file that are one customer are combined, never dropped: their numbers are joined,
and a second person of the same company becomes a contact person of the customer. Total rows
(合计) and a second header row are skipped, and say so.

What a match does depends on the mode chosen for the import: skip it, fill only the fields
that are empty in the book, overwrite them, or create a new customer anyway. Held rows are not
imported until the user answers. run_import() then writes the plan in one transaction through
models.imports, with each row's fingerprint.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from collections.abc import Mapping as ReadOnly
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from importers import mapping as columns_of
from importers import normalize, rowreader
from importers.mapping import is_junk_row, is_note_row, is_total_row
from importers.matching import (
    BookIndex,
    fingerprints,
    identifiers,
    likely_same,
    name_key,
    same_party,
)
from importers.rowreader import NOT_A_CHOICE, UNKNOWN_OWNER, RowReader
from models.core import fields, settings, values
from models.core.book import Book
from models.core.bulk import paused_gc
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled, UserError, ValidationError
from models.customers import clash, operations
from models.imports import MODES, ImportResult, import_customers

SETTING_PREFIX = settings.IMPORT_MAPPINGS.key
EXPORTED = fields.exported_customer_columns()  # the columns of Kehu's own export, in order

NO_NAME = T("imports", "The row has no customer name.")
DUPLICATE_IN_BOOK = T("imports", "Already in the book as {name}.")
DUPLICATE_IN_FILE = T("imports", "Same customer as row {line} of the file.")
SIMILAR_NAME = T("imports", "The name is like {name}, already in the book.")
IMPORTED_BEFORE = T("imports", "Imported before as {name}.")
IMPORTED_DELETED = T("imports", "Imported before; the customer it made was deleted since.")
SHARED_NUMBER = T("imports", "{value} is also of {name}, a different name: the same customer?")
SHARED_NUMBER_IN_FILE = T("imports", "{value} is also in row {line} ({name}), a different name: "
                                     "the same customer?")
NAME_ONLY = T("imports", "Same name as {name} in the book, and nothing else to tell them "
                         "apart: the same customer?")
PERSON_ADDED = T("imports", "{person} added as a contact person of row {line}.")
TOTAL_ROW = T("imports", "A total row, not a customer.")
SECOND_HEADER = T("imports", "A second header row, not a customer.")
NOTE_ROW = T("imports", "A note on the list (who made it, when), not a customer.")
HEADER_AGAIN = T("imports", "The header again (a new page of the list), not a customer.")
NO_NAME_COLUMN = T("errors", "No column is imported as the customer name: choose one.")
BAD_MODE = T("errors", "Unknown choice for duplicates: {value} (skip, fill, overwrite or create).")
CANNOT_SAVE = T("errors", "{path} cannot be written: {reason}")
CLASH_HELD = T("imports", "Already another salesperson's customer ({value}): not imported; "
                          "the owner is told when you import.")
ANSWERS = ("hold", "same", "new")
SHEET = T("imports", "Sheet")  # the rejected rows' column naming the sheet of each

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


# -- the mapping -------------------------------------------------------------------------
@dataclass
class Mapping:
    """Which field each column of the sheet goes to."""

    sheet: str | None = None
    header: int | None = 0  # index of the header row in the sheet's rows; None: no header
    columns: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"sheet": self.sheet, "header": self.header, "columns": list(self.columns)}

    @classmethod
    def from_json(cls, data: dict) -> Mapping:
        """Raises ValueError for what is not a mapping (a hand-written --mapping file)."""
        header, columns, sheet = data.get("header", 0), data.get("columns", []), data.get("sheet")
        if header is not None and (type(header) is not int or header < 0):
            raise ValueError(f"header must be a row number from 0, or null, not {header!r}")
        if not isinstance(columns, list) or not all(
                c is None or isinstance(c, str) for c in columns):
            raise ValueError("columns must be a list of field names")
        unknown = next((c for c in columns if c and c not in columns_of.TARGETS
                        and not (c.startswith("custom:") and c[7:].strip())), None)
        if unknown is not None:
            raise ValueError(f"{unknown!r} is not a field (one of {', '.join(columns_of.TARGETS)}"
                             f" or custom:<label>)")
        if sheet is not None and not isinstance(sheet, str):
            raise ValueError("sheet must be a sheet name")
        return cls(sheet=sheet, header=header, columns=[c or "" for c in columns])


def header_names(rows: list[list], m: Mapping) -> list[str]:
    return columns_of.header_names(rows, m.header)


def auto_mapping(book: Book, source, sheet: str | None = None) -> Mapping:
    """The mapping remembered for a sheet with this header, or one guessed from it."""
    rows = source.rows(sheet)
    header = columns_of.find_header(rows)
    names = columns_of.header_names(rows, header)
    remembered = settings.get(book, SETTING_PREFIX + columns_of.signature(names))
    try:
        m = Mapping.from_json(remembered) if remembered else None
    except (ValueError, TypeError, KeyError, AttributeError):  # not a mapping any more (a field this version does not know): guess
        m = None
    if m is not None:
        if len(m.columns) == len(names):
            return Mapping(sheet=sheet, header=header, columns=m.columns)
    start = 0 if header is None else header + 1
    fields = operations.custom_fields(book)
    labels = {**{f["key"]: f["label"] for f in fields}, **{f["label"]: f["label"] for f in fields}}
    declared = getattr(source, "custom_fields", None) or {}
    guessed = columns_of.guess_mapping(names, rows[start:start + 50], [*labels, *declared])
    # Kehu's export names custom columns by their labels (before: by their keys): map them to
    # the fields' labels
    guessed = ["custom:" + labels.get(t[7:], t[7:]) if t.startswith("custom:") else t
               for t in guessed]
    own = list(EXPORTED)
    if header is not None and [columns_of.key(n) for n in names[:len(own)]] == [
            columns_of.key(n) for n in own]:
        # Kehu's own export: every column after its fields is a custom field by that name
        # (备注2 is a field of its own, never the notes)
        for j in range(len(own), len(names)):
            if columns_of.key(names[j]):
                guessed[j] = "custom:" + labels.get(names[j], names[j])
    return Mapping(sheet=sheet, header=header, columns=guessed)


def sheet_header(source, sheet: str) -> tuple[int | None, list[str]]:
    """(header row, column names) of a sheet as auto_mapping finds them."""
    rows = source.rows(sheet)
    header = columns_of.find_header(rows)
    return header, columns_of.header_names(rows, header)


def same_columns(names: list[str], other: list[str]) -> bool:
    """Whether two sheets' headers are the same columns in the same order (case, spaces and
    punctuation aside): then one mapping reads both."""
    return columns_of.signature(names) == columns_of.signature(other)


def remember_mapping(book: Book, names: list[str], m: Mapping) -> None:
    settings.set_settings(book, {SETTING_PREFIX + columns_of.signature(names):
                                 {"columns": m.columns}})


# -- the plan ----------------------------------------------------------------------------
# The changes and params of a row that has none: one read-only mapping shared by the rows of
# a plan (100,000 rows: 13 MB of empty dicts otherwise); a row that gets some is given its own.
_NOTHING: ReadOnly = MappingProxyType({})


def _nothing() -> ReadOnly:
    return _NOTHING


@dataclass(slots=True)
class PlannedRow:
    line: int  # the row number the user sees in the spreadsheet (1-based)
    data: dict
    action: str = "create"  # create | update | skip | merge | hold | error
    match_id: str | None = None  # the customer in the book this row is
    match_name: str = ""
    same_as_line: int | None = None  # the earlier row of the file this row is
    similar_id: str | None = None  # a customer with a similar name, for review
    similar_name: str = ""
    changes: ReadOnly = field(default_factory=_nothing)  # for update: the fields to write
    reason: str = ""  # English source text (T-marked), rendered with params
    params: ReadOnly = field(default_factory=_nothing)
    problems: list = field(default_factory=list)
    cells: list | None = None  # the row as read, kept for rows that cannot be imported
    fingerprint: str = ""  # the row as read (importers.matching.fingerprint)
    held_line: int | None = None  # a held row: the earlier row of the file it may be
    held_of: PlannedRow | None = None  # that row
    asked: bool = False  # held for the user's answer (and still so after it was answered)
    sources: list | None = None  # fingerprints of the rows combined into it
    sheet: str = ""  # the sheet of the row, when an import reads several
    clash: object = None  # 撞单: the models.customers.clash.Clash the row is (held, not asked)

    def reason_text(self, translate=None) -> str:
        if not self.reason:
            return ""
        text = translate("imports" if self.reason in _IMPORT_TEXTS else "errors", self.reason) \
            if translate else self.reason
        return text.format(**self.params) if self.params else text

    def warning_text(self, translate=None) -> str:
        """The warnings about the row's values, one sentence each."""
        def render(p):
            text = translate("imports" if p.message in _IMPORT_TEXTS else "errors", p.message) \
                if translate else p.message
            return text.format(**p.params) if p.params else text

        return " ".join(render(p) for p in self.problems)


_IMPORT_TEXTS = {NO_NAME, DUPLICATE_IN_BOOK, DUPLICATE_IN_FILE, SIMILAR_NAME, UNKNOWN_OWNER,
                 NOT_A_CHOICE, IMPORTED_BEFORE, IMPORTED_DELETED, SHARED_NUMBER,
                 SHARED_NUMBER_IN_FILE, NAME_ONLY, PERSON_ADDED, TOTAL_ROW, SECOND_HEADER,
                 CLASH_HELD, rowreader.KEPT_IN_NOTES, rowreader.UNREADABLE}


class PlanCounts:
    """What a plan of an import counts and lists, from its planned rows: shared by the plan of
    customers (Plan) and of products or orders (importers.records.RecordPlan)."""

    planned: list[PlannedRow]

    @property
    def rows(self) -> int:
        return len(self.planned)

    def _count(self, *actions: str) -> int:
        return sum(1 for r in self.planned if r.action in actions)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def duplicates(self) -> int:
        """Rows that are a customer already in the book."""
        return sum(1 for r in self.planned if r.match_id)

    @property
    def skipped(self) -> int:
        return self._count("skip", "merge")

    @property
    def errors(self) -> list[PlannedRow]:
        return [r for r in self.planned if r.action == "error"]

    @property
    def held(self) -> list[PlannedRow]:
        """Rows that may be a customer already there, not imported until the user answers."""
        return [r for r in self.planned if r.action == "hold"]

    @property
    def warned(self) -> list[PlannedRow]:
        """Rows imported with a warning about one of their values."""
        return [r for r in self.planned if r.problems and r.action != "error"]

    def _listed(self, rows, key: str, text) -> list[dict]:
        return [{**({"sheet": r.sheet} if r.sheet else {}), "row": r.line, key: text(r)}
                for r in rows]

    def error_list(self, translate=None) -> list[dict]:
        return self._listed(self.errors, "reason", lambda r: r.reason_text(translate))

    def held_list(self, translate=None) -> list[dict]:
        return self._listed(self.held, "reason", lambda r: r.reason_text(translate))

    def warning_list(self, translate=None) -> list[dict]:
        return self._listed(self.warned, "warning", lambda r: r.warning_text(translate))

    @property
    def in_file_duplicates(self) -> int:
        """Rows that repeat an earlier row of the file (and are not counted as in the book)."""
        return sum(1 for r in self.planned if r.same_as_line is not None and not r.match_id)

    @property
    def review(self) -> list[PlannedRow]:
        """Rows made new customers although a customer has a similar name."""
        return [r for r in self.planned if r.similar_id and r.action == "create"]

    def summary(self) -> dict:
        return {"rows": self.rows, "created": self.created, "updated": self.updated,
                "duplicates": self.duplicates, "in_file_duplicates": self.in_file_duplicates,
                "skipped": self.skipped, "held": len(self.held), "errors": len(self.errors),
                "review": len(self.review), "warnings": len(self.warned)}


@dataclass
class Plan(PlanCounts):
    file: str
    kind: str
    sheet: str
    mode: str
    mapping: Mapping
    names: list[str]
    planned: list[PlannedRow]
    datemode: int = 0
    parts: list = field(default_factory=list)  # (mapping, column names) of each sheet read
    # label -> {"kind", "choices"}: custom fields the file declares (a Kehu export's own)
    declared: dict = field(default_factory=dict)

    def row(self, line: int, sheet: str = "") -> PlannedRow:
        return next(r for r in self.planned if r.line == line and r.sheet == sheet)

    def by_sheet(self) -> list[tuple[str, int, int]]:
        """(sheet, rows read, new customers) of each sheet an import of several sheets reads,
        in the order they were read; [] when it reads one."""
        counts: dict[str, list[int]] = {}
        for r in self.planned:
            if r.sheet:
                c = counts.setdefault(r.sheet, [0, 0])
                c[0] += 1
                c[1] += r.action == "create"
        for m, _names in self.parts if len(self.parts) > 1 else ():
            counts.setdefault(m.sheet or "", [0, 0])
        order = [m.sheet or "" for m, _ in self.parts]
        return [(name, *counts[name]) for name in order if name in counts]

    def treat_as_same(self, book: Book, line: int, same: bool = True, *,
                      sheet: str = "") -> PlannedRow:
        """The user's answer for a row with a similar name: it is (or is not) that customer.
        sheet: the row's sheet, in an import of several."""
        row = self.row(line, sheet)
        if same and row.similar_id:
            _decide_book_match(book, row, row.similar_id, row.similar_name, self.mode)
        elif not same and row.match_id and row.match_id == row.similar_id:
            row.match_id, row.match_name, row.changes = None, "", {}
            row.action, row.reason, row.params = "create", SIMILAR_NAME, {"name": row.similar_name}
        return row

    def answer(self, book: Book, line: int, answer: str, *, sheet: str = "") -> PlannedRow:
        """The user's answer for a held row: "same" (the customer or the row it may be),
        "new" (a customer of its own) or "hold" (not imported). Answers can be changed.
        sheet: the row's sheet, in an import of several."""
        row = self.row(line, sheet)
        if not row.asked:
            return row
        if answer not in ANSWERS:
            raise ValueError(answer)
        earlier = row.held_of
        if earlier is not None and row.action == "merge":  # the answer changes: take it back
            row.action = "hold"  # (what was combined into the earlier row stays there)
        row.match_id, row.match_name, row.changes, row.same_as_line = None, "", {}, None
        if answer == "hold":
            row.action = "hold"
        elif answer == "new":
            row.action = "create"
        elif row.similar_id:
            reason, params = row.reason, row.params
            _decide_book_match(book, row, row.similar_id, row.similar_name, self.mode)
            row.reason, row.params = reason, params
        elif earlier is not None:
            row.same_as_line = earlier.line
            row.action = "merge"
            _combine(earlier, row, "fill" if self.mode == "skip" else self.mode)
        return row


_MERGE_LISTS = {"mobile", "phone"}


def _merge(current: dict, new: dict, mode: str) -> dict:
    """The fields of `new` to write over `current` in fill or overwrite mode."""
    changes: dict = {}
    for key, value in new.items():
        if key == "custom":
            old_custom = current.get("custom") or {}
            custom = {k: v for k, v in value.items()
                      if v and (mode == "overwrite" or not old_custom.get(k)) and old_custom.get(k) != v}
            if custom:
                changes["custom"] = custom
            continue
        if key == "people" or not value:
            continue
        old = current.get(key) or ""
        if key in _MERGE_LISTS or key == "tags":
            sep = values.NUMBER_SEPARATOR if key in _MERGE_LISTS else ", "
            parts = [p for p in old.split(sep) if p]
            merged = parts + [p for p in value.split(sep) if p and p not in parts]
            if merged != parts and (mode == "overwrite" or not old):
                changes[key] = sep.join(merged)
        elif not old or (mode == "overwrite" and old != value):
            changes[key] = value
    return changes


def _current(book: Book, cid: str) -> dict:
    row = dict(book.one("SELECT * FROM customers WHERE id = ?", (cid,)))
    labels = {f["key"]: f["label"] for f in operations.custom_fields(book)}
    row["custom"] = {labels.get(k, k): v for k, v in json.loads(row["custom"] or "{}").items()}
    return row


def _decide_book_match(book: Book, row: PlannedRow, cid: str, name: str, mode: str) -> None:
    row.match_id, row.match_name = cid, name
    row.reason, row.params = DUPLICATE_IN_BOOK, {"name": name}
    if mode == "create":
        row.action = "create"
    elif mode == "skip":
        row.action = "skip"
    else:
        row.changes = _merge(_current(book, cid), row.data, mode)
        row.action = "update" if row.changes else "skip"


def _combine(earlier: PlannedRow, row: PlannedRow, mode: str) -> None:
    """Row is the customer of the earlier row: nothing of it is lost. Its numbers join the
    earlier row's; a person of its own becomes a contact person, with their numbers; notes
    are added; the other fields fill what is empty (or overwrite, in overwrite mode)."""
    data, into = row.data, earlier.data
    person = data.get("contact", "")
    people = into.setdefault("people", [])
    known = {name_key(x) for x in (into.get("contact", ""), into.get("name", ""),
                                   *(p.get("name", "") for p in people)) if x}
    if person and name_key(person) not in known:
        people.append({k: v for k, v in (
            ("name", person), ("mobile", data.get("mobile", "")), ("phone", data.get("phone", "")),
            ("email", data.get("email", "")), ("wechat", data.get("wechat", "")),
            *(("title", p.get("title", "")) for p in data.get("people", ())[:1])) if v})
        row.problems.append(normalize.Problem(PERSON_ADDED, {"person": person,
                                                             "line": earlier.line}))
        data = {k: v for k, v in data.items()
                if k not in ("contact", "mobile", "email", "wechat", "people")}
    else:
        for p in data.get("people", ()):
            if name_key(p.get("name", "")) not in known:
                people.append(p)
    if not people:
        into.pop("people", None)
    notes = data.get("notes", "")
    if notes and notes not in into.get("notes", ""):
        into["notes"] = f"{into['notes']}\n{notes}" if into.get("notes") else notes
    for key in _MERGE_LISTS:
        if data.get(key):
            parts = [p for p in into.get(key, "").split(values.NUMBER_SEPARATOR) if p]
            parts += [p for p in data[key].split(values.NUMBER_SEPARATOR) if p not in parts]
            into[key] = values.NUMBER_SEPARATOR.join(parts)
    rest = {k: v for k, v in data.items() if k not in (*_MERGE_LISTS, "notes", "people")}
    merged = _merge(into, rest, "overwrite" if mode == "overwrite" else "fill")
    if "custom" in merged:
        merged["custom"] = {**into.get("custom", {}), **merged["custom"]}
    into.update(merged)
    earlier.sources = [*(earlier.sources or ()), row.fingerprint]


def preview(book: Book, source, m: Mapping, *, mode: str = "skip",
            progress: Progress | None = None, cancelled: Check | None = None) -> Plan:
    """What importing the mapped sheet of source (importers.source.Source) would do; writes
    nothing."""
    return preview_sheets(book, source, [m], mode=mode, progress=progress, cancelled=cancelled)


class _FileIndex:
    """The rows above in the file, by what identifies them."""

    def __init__(self) -> None:
        self.by_number: dict[str, PlannedRow] = {}  # mobile, e-mail, WeChat id
        self.by_key: dict[str, list[PlannedRow]] = {}

    def add(self, row: PlannedRow, numbers: list[str], key: str | None) -> None:
        for x in numbers:
            self.by_number.setdefault(x, row)
        if key is not None:
            self.by_key.setdefault(key, []).append(row)


def _numbers(data: dict) -> list[str]:
    """What identifies a customer on its own: each mobile, the e-mail and the WeChat id."""
    out = data["mobile"].split(values.NUMBER_SEPARATOR) if data.get("mobile") else []
    if data.get("email"):
        out.append("@" + data["email"].lower())
    if data.get("wechat"):
        out.append("wx:" + data["wechat"].lower())
    return out


def _shown(number: str) -> str:
    return number[3:] if number.startswith("wx:") else number.lstrip("@")


def preview_rows(book: Book, rows: list[list], m: Mapping, *, file: str = "", kind: str = "",
                 mode: str = "skip", datemode: int = 0, progress: Progress | None = None,
                 cancelled: Check | None = None) -> Plan:
    """What importing these rows would do; writes nothing."""
    return _preview(book, [(m, rows)], file=file, kind=kind, mode=mode, datemode=datemode,
                    progress=progress, cancelled=cancelled)


def preview_sheets(book: Book, source, mappings: list[Mapping], *, mode: str = "skip",
                   progress: Progress | None = None, cancelled: Check | None = None) -> Plan:
    """What importing several sheets of source (one mapping each) as one import would do: a
    row of one sheet is matched against the rows of the sheets before it too."""
    first = source.default_sheet
    plan = _preview(book, [(m, source.rows(m.sheet)) for m in mappings], file=str(source.path),
                    kind=source.kind, mode=mode, progress=progress, cancelled=cancelled,
                    flags={m.sheet or "": source.flags.get(m.sheet or first, {})
                           for m in mappings},
                    merged={m.sheet or "": getattr(source, "merged", {}).get(m.sheet or first, {})
                            for m in mappings})
    plan.declared = dict(getattr(source, "custom_fields", None) or {})
    return plan


@paused_gc()
def _preview(book: Book, parts: list[tuple[Mapping, list[list]]], *, file: str, kind: str,
             mode: str, datemode: int = 0, progress: Progress | None = None,
             cancelled: Check | None = None, flags: dict | None = None,
             merged: dict | None = None) -> Plan:
    if mode not in MODES:
        raise UserError(BAD_MODE, value=mode)
    for m, _ in parts:
        if "name" not in m.columns and not {"first_name", "last_name", "contact"} & set(
                m.columns):
            raise UserError(NO_NAME_COLUMN)
    index = BookIndex(book)
    in_file = _FileIndex()
    planned: list[PlannedRow] = []
    jobs = []
    for m, rows in parts:
        names = columns_of.header_names(rows, m.header)
        start = 0 if m.header is None else m.header + 1
        jobs.append((m, names, start, RowReader(book, m.columns, names, kind, datemode), rows))
    total = sum(max(0, len(rows) - start) for _, _, start, _, rows in jobs)
    done = 0
    for m, _names, start, reader, rows in jobs:
        first = len(planned)
        body = rows[start:]
        noticed = (flags or {}).get(m.sheet or "", {})
        # rows whose customer name is a cell merged over them from a row above: that row's
        # customer (a company merged over the rows of its people)
        cells_merged = (merged or {}).get(m.sheet or "", {})
        name_columns = [j for j, t in enumerate(m.columns) if t == "name"]
        merged_into = {r: top for (r, c), top in cells_merged.items() if c in name_columns} \
            if cells_merged and name_columns else {}
        by_line: dict[int, PlannedRow] = {}
        # the header repeated down the list (an export printed page by page)
        header = rows[m.header] if m.header is not None and m.header < len(rows) else None
        at_lead = next((j for j, c in enumerate(header) if isinstance(c, str) and c), None) \
            if header else None
        lead_header = header[at_lead] if at_lead is not None else None
        under_header = m.header is not None
        prints = fingerprints(body)
        # the customer each row made when it was imported before, read in a few queries
        befores = list(map(index.imported.get, prints)) if index.imported else None
        if befores:
            index.preload(befores)
        for n, cells in enumerate(body):
            done += 1
            if done % 2000 == 1:
                if cancelled and cancelled():
                    raise Cancelled()
                if progress:
                    progress(done - 1, total)
            lead = cells[0] if cells else None  # a row that starts with a value is not empty
            if (lead is None or lead == "") and \
                    cells.count(None) + cells.count("") == len(cells):
                continue  # an empty row
            line = start + n + 1
            fp = prints[n]
            if under_header:  # a second header row right under the header
                under_header = n < 3 and is_junk_row(cells)
                if under_header:
                    planned.append(_skipped(line, fp, SECOND_HEADER))
                    continue
            if is_total_row(cells):
                planned.append(_skipped(line, fp, TOTAL_ROW))
                continue
            before = befores[n] if befores else None
            if before is not None and mode == "skip":
                name = index.live_name(before)
                if name is not None:  # the row as it was imported before: nothing to read
                    planned.append(PlannedRow(
                        line=line, data={}, action="skip", match_id=before, match_name=name,
                        reason=IMPORTED_BEFORE, params={"name": name}, fingerprint=fp))
                    continue
            # (after the rows imported before, which a second import skips at once)
            if lead_header is not None and at_lead < len(cells) and \
                    cells[at_lead] == lead_header and _header_again(cells, header):
                planned.append(_skipped(line, fp, HEADER_AGAIN))
                continue
            if is_note_row(cells):
                planned.append(_skipped(line, fp, NOTE_ROW))
                continue
            data, problems = reader.read(cells)
            if noticed.get(line - 1):
                problems.append(normalize.Problem(noticed[line - 1]))
            row = PlannedRow(line=line, data=data, problems=problems, fingerprint=fp)
            planned.append(row)
            if not data.get("name"):
                row.action, row.reason, row.cells = "error", NO_NAME, list(cells)
                continue
            found = index.clash(data)
            if found is not None:  # 撞单: another salesperson's customer, whatever the mode
                row.action, row.reason, row.params = "hold", CLASH_HELD, {"value": found.masked}
                row.clash, row.cells = found, list(cells)
                data.pop("_id", "")
                continue
            numbers = _numbers(data)
            key = name_key(data["name"])
            record_id = data.pop("_id", "")
            # 1. the same customer in the book
            match = before if index.has(before) else None
            if before is not None and match is None:
                _hold(row, IMPORTED_DELETED, {})
                continue
            match = match or (record_id if index.has(record_id) else None)
            if match is None and index.any:  # an empty book (a first import) has none
                for x in numbers:
                    cid = (index.by_mobile(x) if x[0].isdigit() else
                           index.by_email(x[1:]) if x[0] == "@" else index.by_wechat(x[3:]))
                    if cid is None:
                        continue
                    name, _, _, _, contact, _ = index.info(cid)
                    if same_party(data, name, contact):
                        match = cid
                        break
                    if row.action != "hold":
                        _hold(row, SHARED_NUMBER, {"value": _shown(x), "name": name})
                        row.similar_id, row.similar_name = cid, name
            if match is None and row.action != "hold" and index.any:
                for cid in index.by_name(key):
                    name, phone, mobile, address, _, has_ids = index.info(cid)
                    if likely_same(data, phone, mobile, address):
                        match = cid
                        break
                    if not has_ids or not identifiers(data):
                        _hold(row, NAME_ONLY, {"name": name})
                        row.similar_id, row.similar_name = cid, name
                        break
            if match is not None and match in index.hidden:  # the same by e-mail, id ...
                found = clash.Clash(match, "name", clash.mask_name(data["name"]))
                row.action, row.reason, row.params = "hold", CLASH_HELD, {"value": found.masked}
                row.clash, row.cells, row.asked = found, list(cells), False
                row.similar_id, row.similar_name = None, ""
                continue
            if match is not None:
                row.action, row.reason, row.params = "create", "", {}
                row.similar_id, row.similar_name, row.asked = None, "", False
                _decide_book_match(book, row, match, index.name(match), mode)
                if match == before:
                    row.reason = IMPORTED_BEFORE
                if mode != "create":
                    continue
            if row.action == "hold":
                if mode == "create":  # "import them anyway": held rows too
                    row.action = "create"
                else:
                    continue
            # 2. the same customer earlier in the file
            earlier = None
            top = merged_into.get(start + n) if merged_into else None
            if top is not None:
                above = by_line.get(top + 1)
                if above is not None and above.action == "create" and \
                        name_key(above.data.get("name", "")) == key:
                    earlier = above
            for x in numbers if earlier is None else ():
                other = in_file.by_number.get(x)
                if other is None:
                    continue
                if same_party(data, other.data.get("name", ""), other.data.get("contact", "")):
                    earlier = other
                    break
                if mode != "create":
                    _hold(row, SHARED_NUMBER_IN_FILE, {"value": _shown(x), "line": other.line,
                                                       "name": other.data.get("name", "")})
                    row.held_line, row.held_of = other.line, other
                break
            if row.action == "hold":
                continue
            if earlier is None:
                for other in in_file.by_key.get(key, ()):
                    o = other.data
                    if kind == "vcf" or not identifiers(data) or not identifiers(o) or likely_same(
                            data, o.get("phone", ""), o.get("mobile", ""), o.get("address", "")):
                        earlier = other
                        break
            if earlier is not None and mode == "create":
                row.same_as_line = earlier.line
            elif earlier is not None:
                row.same_as_line = earlier.line
                row.reason, row.params = DUPLICATE_IN_FILE, {"line": earlier.line}
                row.action = "merge"
                _combine(earlier, row, "fill" if mode == "skip" else mode)
                in_file.add(earlier, numbers, None)
                continue
            # 3. a new customer, perhaps like one in the book
            if index.any and match is None and not row.similar_id:
                similar = index.similar(key)
                if similar:
                    row.similar_id, row.similar_name = similar
                    row.reason, row.params = SIMILAR_NAME, {"name": similar[1]}
            in_file.add(row, numbers, key)
            if merged_into:
                by_line[line] = row
        if len(jobs) > 1:
            for row in planned[first:]:
                row.sheet = m.sheet or ""
    if progress:
        progress(total, total)
    return Plan(file=str(file), kind=kind, sheet=", ".join(m.sheet or "" for m, *_ in jobs),
                mode=mode, mapping=jobs[0][0], names=jobs[0][1], planned=planned,
                datemode=datemode, parts=[(m, names) for m, names, *_ in jobs])


def _skipped(line: int, fingerprint: str, reason: str) -> PlannedRow:
    """A row of the file that is not a customer (a total, a header again, a note on the list)."""
    return PlannedRow(line=line, data={}, action="skip", reason=reason, fingerprint=fingerprint)


def _header_again(cells: list, header: list) -> bool:
    """Whether a row is the header once more: every filled cell the header's cell above it,
    two at least."""
    same = 0
    for cell, above in zip(cells, header, strict=False):
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str) or not isinstance(above, str) or \
                columns_of.key(cell) != columns_of.key(above):
            return False
        same += 1
    return same >= 2


def _hold(row: PlannedRow, reason: str, params: dict) -> None:
    row.action, row.reason, row.params, row.asked = "hold", reason, params, True


def run_import(book: Book, plan: Plan, *, progress: Progress | None = None,
               cancelled: Check | None = None, remember: bool = True) -> ImportResult:
    """Write the plan in one transaction (all or nothing); remember the mapping after."""
    creates = []
    for r in plan.planned:
        if r.action == "create":
            r.data["_rows"] = (r.fingerprint, *(r.sources or ()))  # in place: no copy of
            creates.append(r.data)  # 100,000 rows' values
    # Several rows may be one customer of the book: one update each, the first value kept in
    # fill mode (the field was empty), the last one in overwrite mode.
    combined: dict[str, dict] = {}
    known: list[tuple[str, str]] = []  # (fingerprint, customer) of rows matched in the book
    for r in plan.planned:
        if r.match_id and r.action in ("skip", "update") and r.reason != IMPORTED_BEFORE:
            known += [(fp, r.match_id) for fp in (r.fingerprint, *(r.sources or ()))]
        if r.action != "update":
            continue
        changes = combined.setdefault(r.match_id, {})
        for key, value in r.changes.items():
            if key == "custom":
                old = changes.get("custom", {})
                changes["custom"] = {**value, **old} if plan.mode == "fill" else {**old, **value}
            elif key == "people":
                changes.setdefault("people", []).extend(value)
            elif plan.mode != "fill" or key not in changes:
                changes[key] = value
    updates = list(combined.items())
    clashes = [(r.clash, clash.typed(r.data)) for r in plan.planned if r.clash is not None]
    kinds = new_field_kinds(book, plan.declared, [*creates, *(u for _, u in updates)])
    result = import_customers(
        book, file=plan.file, mode=plan.mode, creates=creates, updates=updates,
        sheet=plan.sheet, kind=plan.kind, mapping=plan.mapping.to_json(), rows=plan.rows,
        duplicates=plan.duplicates + plan.in_file_duplicates, skipped=plan.skipped,
        errors=plan.error_list(), progress=progress, cancelled=cancelled, known_rows=known,
        custom_kinds=kinds,
    )
    clash.tell_owner(book, clashes)  # after the import, in an operation of its own
    if remember:
        for m, names in plan.parts or [(plan.mapping, plan.names)]:
            if names:
                remember_mapping(book, names, m)
    return result


def new_field_kinds(book: Book, declared: dict, rows: list[dict]) -> dict[str, dict]:
    """label -> {"kind", "choices"} of the custom fields an import makes: what the file declares
    (a Kehu export) when every value fits it, else a number or date field when every value is
    one exactly as written (1,000 and 007 stay text), else text. A value is never changed or
    dropped to fit a kind."""
    existing = {f["label"] for f in operations.custom_fields(book)}
    seen: dict[str, list[str]] = {}
    for data in rows:
        for label, value in (data.get("custom") or {}).items():
            if label not in existing:
                bucket = seen.setdefault(label, [])
                if value not in ("", None):
                    bucket.append(str(value))
    out: dict[str, dict] = {}
    for label, found in seen.items():
        spec = declared.get(label) or {}
        kind = spec.get("kind")
        if kind == "choice":
            choices = list(spec.get("choices") or [])
            choices += [v for v in dict.fromkeys(found) if v not in choices]
            out[label] = {"kind": "choice", "choices": choices} if choices else {"kind": "text"}
            continue
        if kind in ("number", "date") and _all_exactly(found, kind):
            out[label] = {"kind": kind, "choices": []}
            continue
        if kind is None and found and not columns_of.is_code_header(label):  # 客户编码: text
            for guess in ("number", "date"):
                if _all_exactly(found, guess):
                    out[label] = {"kind": guess, "choices": []}
                    break
    return out


def _all_exactly(found: list[str], kind: str) -> bool:
    clean = values.clean_number if kind == "number" else values.clean_date
    if kind == "number" and any(v.lstrip("+-")[:1] == "0" and v.lstrip("+-")[1:2].isdigit()
                                for v in found):
        return False  # 007 is a code, not a number
    if kind == "number" and any(sum(ch.isdigit() for ch in v) > 15 for v in found):
        return False  # an order, bank account or ID number: more digits than a number holds
    try:
        return all(clean(v, "custom") == v for v in found)
    except ValidationError:
        return False


def save_rejected(plan: Plan, out_path, translate=None) -> int:
    """The rows that cannot be imported, as they were, with a reason column: fix, import again."""
    from models.customers.export import check_xlsx_target, write_rows_xlsx

    out = check_xlsx_target(out_path)
    reason = translate("imports", "Reason") if translate else "Reason"
    header = [*plan.names, reason]
    several = len(plan.parts) > 1  # a first column says which sheet each row is of
    if several:
        header.insert(0, translate("imports", SHEET) if translate else SHEET)

    def rows():
        for r in plan.errors:
            cells = [_plain(c) for c in (r.cells or [])]
            cells += [None] * (len(plan.names) - len(cells))
            yield [r.sheet, *cells, r.reason_text(translate)] if several else \
                [*cells, r.reason_text(translate)]

    return write_rows_xlsx(out, header, rows(), sheet="rejected")


def _plain(cell):
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e16:
        return int(cell)
    return cell


def default_rejected_path(plan: Plan) -> Path:
    source = Path(plan.file)
    return source.with_name(f"{source.stem}-rejected.xlsx")
