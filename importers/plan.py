"""Deciding what an import will do (the preview), then doing it.

preview() reads the mapped rows, normalises every value and matches each row against the book
and against the rows above it in the file:

- the same mobile number is the same customer;
- the same normalised name with the same phone number or address is very likely the same;
- a customer id from a Kehu export is that customer;
- a similar name (rapidfuzz) is offered for review: the row is created unless the user says it
  is the customer it resembles.

What a match does depends on the mode chosen for the import: skip it, fill only the fields
that are empty in the book, overwrite them, or create a new customer anyway. run_import() then
writes the plan in one transaction through models.imports.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from importers import mapping as columns_of
from importers import normalize
from models.core import fields, settings, sheets, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled, UserError
from models.customers import operations
from models.imports import MODES, ImportResult, import_customers

SETTING_PREFIX = settings.IMPORT_MAPPINGS.key
SIMILAR_SCORE = 88  # rapidfuzz ratio (0-100) from which two names are offered for review
SIMILAR_BLOCK = 400  # names compared per row at most (those sharing the first characters)

NO_NAME = T("imports", "The row has no customer name.")
DUPLICATE_IN_BOOK = T("imports", "Already in the book as {name}.")
DUPLICATE_IN_FILE = T("imports", "Same customer as row {line} of the file.")
SIMILAR_NAME = T("imports", "The name is like {name}, already in the book.")
UNKNOWN_OWNER = T("imports", "{value} is not a user of this book; the customer goes to you.")
NOT_A_CHOICE = T("imports", "{value} is not one of the choices of {field}.")
NO_NAME_COLUMN = T("errors", "No column is imported as the customer name: choose one.")
BAD_MODE = T("errors", "Unknown choice for duplicates: {value} (skip, fill, overwrite or create).")
CANNOT_SAVE = T("errors", "{path} cannot be written: {reason}")

Progress = Callable[[int, int], None]
Check = Callable[[], bool]

# the customer's plain text fields (models/core/fields.py); the name is read on its own
_TEXT_TARGETS = {f.name for f in fields.CUSTOMER if f.importable and f.editable
                 and f.type in ("name", "text") and f.key != "name"}
_SUFFIXES = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|责任公司|集团公司|公司|集团|商行|经营部|门市部|批发部|"
    r"分店|总店|专卖店|门店|co\.?,?ltd\.?|ltd\.?|inc\.?|limited|company)$"
)
_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """A name as compared for duplicates: folded, lower case, without spaces, punctuation and
    the legal form (有限公司, 商行, Ltd ...)."""
    key = _NOT_WORD.sub("", unicodedata.normalize("NFKC", name).lower())
    stripped = _SUFFIXES.sub("", key)
    return stripped or key


_NOT_DIGIT = re.compile(r"\D+")


def _phone_keys(text: str) -> set[str]:
    """The digits of each number (stored numbers are already folded to half-width)."""
    if not text:
        return set()
    return {d for d in (_NOT_DIGIT.sub("", p) for p in text.split(";")) if len(d) >= 7}


def _address_key(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "").lower())


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
    guessed = columns_of.guess_mapping(names, rows[start:start + 50], list(labels))
    # Kehu's export names custom columns by their keys: map them to the fields' labels
    guessed = ["custom:" + labels.get(t[7:], t[7:]) if t.startswith("custom:") else t
               for t in guessed]
    return Mapping(sheet=sheet, header=header, columns=guessed)


def remember_mapping(book: Book, names: list[str], m: Mapping) -> None:
    settings.set_settings(book, {SETTING_PREFIX + columns_of.signature(names):
                                 {"columns": m.columns}})


# -- the plan ----------------------------------------------------------------------------
@dataclass(slots=True)
class PlannedRow:
    line: int  # the row number the user sees in the spreadsheet (1-based)
    data: dict
    action: str = "create"  # create | update | skip | merge | error
    match_id: str | None = None  # the customer in the book this row is
    match_name: str = ""
    same_as_line: int | None = None  # the earlier row of the file this row is
    similar_id: str | None = None  # a customer with a similar name, for review
    similar_name: str = ""
    changes: dict = field(default_factory=dict)  # for update: the fields to write
    reason: str = ""  # English source text (T-marked), rendered with params
    params: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    cells: list | None = None  # the row as read, kept for rows that cannot be imported

    def reason_text(self, translate=None) -> str:
        if not self.reason:
            return ""
        text = translate("imports" if self.reason in _IMPORT_TEXTS else "errors", self.reason) \
            if translate else self.reason
        return text.format(**self.params) if self.params else text


_IMPORT_TEXTS = {NO_NAME, DUPLICATE_IN_BOOK, DUPLICATE_IN_FILE, SIMILAR_NAME, UNKNOWN_OWNER,
                 NOT_A_CHOICE}


@dataclass
class Plan:
    file: str
    kind: str
    sheet: str
    mode: str
    mapping: Mapping
    names: list[str]
    planned: list[PlannedRow]
    datemode: int = 0

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
    def in_file_duplicates(self) -> int:
        """Rows that repeat an earlier row of the file (and are not counted as in the book)."""
        return sum(1 for r in self.planned if r.same_as_line is not None and not r.match_id)

    @property
    def skipped(self) -> int:
        return self._count("skip", "merge")

    @property
    def errors(self) -> list[PlannedRow]:
        return [r for r in self.planned if r.action == "error"]

    @property
    def review(self) -> list[PlannedRow]:
        return [r for r in self.planned if r.similar_id and r.action == "create"]

    def summary(self) -> dict:
        return {"rows": self.rows, "created": self.created, "updated": self.updated,
                "duplicates": self.duplicates, "in_file_duplicates": self.in_file_duplicates,
                "skipped": self.skipped, "errors": len(self.errors), "review": len(self.review)}

    def error_list(self, translate=None) -> list[dict]:
        return [{"row": r.line, "reason": r.reason_text(translate)} for r in self.errors]

    def treat_as_same(self, book: Book, line: int, same: bool = True) -> PlannedRow:
        """The user's answer for a row with a similar name: it is (or is not) that customer."""
        row = next(r for r in self.planned if r.line == line)
        if same and row.similar_id:
            _decide_book_match(book, row, row.similar_id, row.similar_name, self.mode)
        elif not same and row.match_id and row.match_id == row.similar_id:
            row.match_id, row.match_name, row.changes = None, "", {}
            row.action, row.reason, row.params = "create", SIMILAR_NAME, {"name": row.similar_name}
        return row


class _BookIndex:
    """The live customers' matching keys, loaded once per preview."""

    def __init__(self, book: Book) -> None:
        self.by_mobile: dict[str, str] = {}
        self.by_key: dict[str, list[str]] = {}
        self.blocks: dict[str, list[tuple[str, str]]] = {}
        self.info: dict[str, tuple[str, set[str], str]] = {}
        for cid, name, mobile, phone, address in book.conn.execute(
            "SELECT id, name, mobile, phone, address FROM customers WHERE deleted_at IS NULL"
        ):
            for number in (mobile or "").split(values.NUMBER_SEPARATOR):
                if number:
                    self.by_mobile.setdefault(number, cid)
            key = name_key(name)
            self.by_key.setdefault(key, []).append(cid)
            self.blocks.setdefault(key[:2], []).append((key, cid))
            self.info[cid] = (name, phone, mobile, address)
        self.ids = set(self.info)


def _likely_same(data: dict, other: tuple) -> bool:
    """Two customers of the same normalised name: the same if they share a phone number or
    the address (other: the name, landlines, mobiles and address of the other)."""
    _, other_phone, other_mobile, other_address = other
    phones = _phone_keys(data.get("phone", "")) | _phone_keys(data.get("mobile", ""))
    if phones & (_phone_keys(other_phone) | _phone_keys(other_mobile)):
        return True
    address = _address_key(data.get("address", ""))
    return bool(address) and address == _address_key(other_address)


def _similar(index: _BookIndex, key: str) -> tuple[str, str] | None:
    if len(key) < 2:
        return None
    block = index.blocks.get(key[:2])
    if not block:
        return None
    from rapidfuzz import fuzz, process

    candidates = block[-SIMILAR_BLOCK:]
    found = process.extractOne(key, [k for k, _ in candidates], scorer=fuzz.ratio,
                               score_cutoff=SIMILAR_SCORE)
    if found is None:
        return None
    cid = candidates[found[2]][1]
    return cid, index.info[cid][0]


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


class _RowReader:
    """Cells of one row -> clean customer values, with the problems found."""

    def __init__(self, book: Book, m: Mapping, kind: str, datemode: int) -> None:
        self.columns = [(i, t) for i, t in enumerate(m.columns) if t]
        self.kind = kind
        self.datemode = datemode
        self.users: dict[str, str] = {}
        for user in book.all("SELECT id, name FROM users WHERE deleted_at IS NULL "
                             "ORDER BY active DESC, created_at"):
            self.users.setdefault(values.fold(user["name"]).lower(), user["id"])
        self.fields = {f["label"]: f for f in operations.custom_fields(book)}

    def read(self, cells: list) -> tuple[dict, list, normalize.Problem | None]:
        data: dict = {}
        problems: list = []
        mobiles: list[str] = []
        landlines: list[str] = []
        notes: list[str] = []
        custom: dict = {}
        first = last = title = ""
        width = len(cells)
        for i, target in self.columns:
            cell = cells[i] if i < width else None
            if cell is None or cell == "":
                continue
            if self.kind == "csv" and cell[:1] == "'":
                cell = sheets.unguard_csv(cell)  # Kehu's own CSV export guards formulas so
            if target == "name":
                value = normalize.name(cell)
                if value:
                    data["name"] = value
            elif target in _TEXT_TARGETS:
                value = normalize.name(cell) if target == "contact" else normalize.text(cell)
                if value:
                    data[target] = f"{data[target]} {value}" if target in data else value
            elif target in ("mobile", "phone"):
                m, landline, found = normalize.phones(cell)
                mobiles += [x for x in m if x not in mobiles]
                landlines += [x for x in landline if x not in landlines]
                problems += found
            elif target == "email":
                value, found = normalize.email(cell)
                problems += found
                if value:
                    data["email"] = value
            elif target == "grade":
                value, found = normalize.grade(cell)
                problems += found
                if value:
                    data["grade"] = value
            elif target == "next_follow_up":
                value, found = normalize.date(cell, datemode=self.datemode)
                problems += found
                if value:
                    data["next_follow_up"] = value
            elif target == "owner":
                value = normalize.text(cell)
                if value:
                    uid = self.users.get(values.fold(value).lower())
                    if uid:
                        data["owner_id"] = uid
                    else:
                        problems.append(normalize.Problem(UNKNOWN_OWNER, {"value": value}))
            elif target == "notes":  # as written, like notes typed in Kehu: 老客户，月结 keeps its ，
                value = cell.strip() if isinstance(cell, str) else normalize.text(cell)
                if normalize.is_placeholder(value):
                    value = ""
                if value:
                    notes.append(value)
            elif target == "tags":
                value = values.clean_tags(normalize.text(cell))
                if value:
                    data["tags"] = values.clean_tags([*values.tag_list(data.get("tags", "")),
                                                      *values.tag_list(value)])
            elif target == "title":
                title = normalize.text(cell)
            elif target == "first_name":
                first = normalize.name(cell)
            elif target == "last_name":
                last = normalize.name(cell)
            elif target == "id":
                data["_id"] = normalize.text(cell)
            elif target.startswith("custom:"):
                value = self._custom(target[7:], cell, problems)
                if value:
                    custom[target[7:]] = value
        if first or last:
            han = any("\u3400" <= ch <= "\u9fff" for ch in first + last)
            person = (last + first) if han else f"{first} {last}".strip()
            if "name" in data:
                data.setdefault("contact", person)
            else:
                data["name"] = person
        if "name" not in data and data.get("contact"):
            data["name"] = data["contact"]  # a person on their own is the customer
        if mobiles:
            data["mobile"] = values.NUMBER_SEPARATOR.join(mobiles)
        if landlines:
            data["phone"] = values.NUMBER_SEPARATOR.join(landlines)
        if notes:
            data["notes"] = "\n".join(notes)
        if custom:
            data["custom"] = custom
        if title:
            data["people"] = [{"name": data.get("contact") or data.get("name", ""),
                               "title": title}]
        error = next((p for p in problems if p.error), None)
        return data, problems, error

    def _custom(self, label: str, cell, problems: list) -> str:
        spec = self.fields.get(label)
        kind = spec["kind"] if spec else "text"
        if kind == "number":
            value, found = normalize.amount(cell)
        elif kind == "date":
            value, found = normalize.date(cell, datemode=self.datemode)
        else:
            value, found = normalize.text(cell), []
            if kind == "choice" and value and value not in spec["choices"]:
                found = [normalize.Problem(NOT_A_CHOICE, {"value": value, "field": label})]
        problems += found
        return value


def preview(book: Book, source, m: Mapping, *, mode: str = "skip",
            progress: Progress | None = None, cancelled: Check | None = None) -> Plan:
    """What importing the mapped sheet of source (importers.source.Source) would do; writes
    nothing."""
    return preview_rows(book, source.rows(m.sheet), m, file=str(source.path), kind=source.kind,
                        mode=mode, progress=progress, cancelled=cancelled)


def preview_rows(book: Book, rows: list[list], m: Mapping, *, file: str = "", kind: str = "",
                 mode: str = "skip", datemode: int = 0, progress: Progress | None = None,
                 cancelled: Check | None = None) -> Plan:
    """What importing these rows would do; writes nothing."""
    if mode not in MODES:
        raise UserError(BAD_MODE, value=mode)
    if "name" not in m.columns and not {"first_name", "last_name", "contact"} & set(m.columns):
        raise UserError(NO_NAME_COLUMN)
    names = columns_of.header_names(rows, m.header)
    start = 0 if m.header is None else m.header + 1
    reader = _RowReader(book, m, kind, datemode)
    index = _BookIndex(book)
    file_mobile: dict[str, PlannedRow] = {}
    file_key: dict[str, list[PlannedRow]] = {}
    planned: list[PlannedRow] = []
    body = rows[start:]
    total = len(body)
    for n, cells in enumerate(body):
        if n % 2000 == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(n, total)
        if not any(c is not None and c != "" for c in cells):
            continue
        line = start + n + 1
        data, problems, error = reader.read(cells)
        row = PlannedRow(line=line, data=data, problems=problems)
        planned.append(row)
        if error is not None:
            row.action, row.reason, row.params = "error", error.message, error.params
            row.cells = list(cells)
            continue
        if not data.get("name"):
            row.action, row.reason, row.cells = "error", NO_NAME, list(cells)
            continue
        mobiles = data["mobile"].split(values.NUMBER_SEPARATOR) if data.get("mobile") else []
        key = name_key(data["name"])
        record_id = data.pop("_id", "")
        # 1. the same customer in the book
        match = record_id if record_id in index.ids else None
        match = match or next((index.by_mobile[x] for x in mobiles if x in index.by_mobile), None)
        if match is None:
            match = next((cid for cid in index.by_key.get(key, ())
                          if _likely_same(data, index.info[cid])), None)
        if match is not None:
            _decide_book_match(book, row, match, index.info[match][0], mode)
            if mode != "create":
                continue
        # 2. the same customer earlier in the file
        earlier = next((file_mobile[x] for x in mobiles if x in file_mobile), None)
        if earlier is None:
            earlier = next((r for r in file_key.get(key, ())
                            if _likely_same(data, ("", r.data.get("phone", ""),
                                                   r.data.get("mobile", ""),
                                                   r.data.get("address", "")))), None)
        if earlier is not None and mode != "create":
            row.same_as_line = earlier.line
            row.reason, row.params = DUPLICATE_IN_FILE, {"line": earlier.line}
            row.action = "merge" if mode in ("fill", "overwrite") else "skip"
            if mode in ("fill", "overwrite"):
                merged = _merge(earlier.data, data, mode)
                if "custom" in merged:
                    merged["custom"] = {**earlier.data.get("custom", {}), **merged["custom"]}
                earlier.data.update(merged)
            continue
        if earlier is not None:
            row.same_as_line = earlier.line
        # 3. a new customer, perhaps like one in the book
        if match is None and index.info:
            similar = _similar(index, key)
            if similar:
                row.similar_id, row.similar_name = similar
                row.reason, row.params = SIMILAR_NAME, {"name": similar[1]}
        for x in mobiles:
            file_mobile.setdefault(x, row)
        file_key.setdefault(key, []).append(row)
    if progress:
        progress(total, total)
    return Plan(file=str(file), kind=kind, sheet=m.sheet or "", mode=mode, mapping=m,
                names=names, planned=planned, datemode=datemode)


def run_import(book: Book, plan: Plan, *, progress: Progress | None = None,
               cancelled: Check | None = None, remember: bool = True) -> ImportResult:
    """Write the plan in one transaction (all or nothing); remember the mapping after."""
    creates = [r.data for r in plan.planned if r.action == "create"]
    # Several rows may be one customer of the book: one update each, the first value kept in
    # fill mode (the field was empty), the last one in overwrite mode.
    combined: dict[str, dict] = {}
    for r in plan.planned:
        if r.action != "update":
            continue
        changes = combined.setdefault(r.match_id, {})
        for key, value in r.changes.items():
            if key == "custom":
                old = changes.get("custom", {})
                changes["custom"] = {**value, **old} if plan.mode == "fill" else {**old, **value}
            elif plan.mode != "fill" or key not in changes:
                changes[key] = value
    updates = list(combined.items())
    result = import_customers(
        book, file=plan.file, mode=plan.mode, creates=creates, updates=updates,
        sheet=plan.sheet, kind=plan.kind, mapping=plan.mapping.to_json(), rows=plan.rows,
        duplicates=plan.duplicates + plan.in_file_duplicates, skipped=plan.skipped,
        errors=plan.error_list(), progress=progress, cancelled=cancelled,
    )
    if remember and plan.names:
        remember_mapping(book, plan.names, plan.mapping)
    return result


def save_rejected(plan: Plan, out_path, translate=None) -> int:
    """The rows that cannot be imported, as they were, with a reason column: fix, import again."""
    from models.customers.export import check_xlsx_target, write_rows_xlsx

    out = check_xlsx_target(out_path)
    reason = translate("imports", "Reason") if translate else "Reason"
    header = [*plan.names, reason]

    def rows():
        for r in plan.errors:
            cells = [_plain(c) for c in (r.cells or [])]
            cells += [None] * (len(plan.names) - len(cells))
            yield [*cells, r.reason_text(translate)]

    return write_rows_xlsx(out, header, rows(), sheet="rejected")


def _plain(cell):
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e16:
        return int(cell)
    return cell


def default_rejected_path(plan: Plan) -> Path:
    source = Path(plan.file)
    return source.with_name(f"{source.stem}-rejected.xlsx")
