"""One row of a sheet -> the customer's clean values, and what was noticed on the way.

A row is never refused for one odd value: a phone number, e-mail, date, grade or number that
cannot be read is kept as typed in the customer's notes ("电话: 999"), and the preview lists it
as a warning. Only a row without a name cannot be imported.

Rows that are not customers (a total row, a second header row) are told apart by
importers.mapping.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from importers import mapping as columns_of
from importers import normalize
from models.core import fields, sheets, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.customers import operations

UNKNOWN_OWNER = T("imports", "{value} is not a user of this book; the customer goes to you.")
NOT_A_CHOICE = T("imports", "{value} is not one of the choices of {field}.")
UNREADABLE = T("imports", "Some characters of this row could not be read (an encoding the rest "
                          "of the file does not use); check it.")
KEPT_IN_NOTES = T("imports", "Kept as typed in the notes: {value}")

# the customer's plain text fields (models/core/fields.py); the name is read on its own
TEXT_TARGETS = {f.name for f in fields.CUSTOMER if f.importable and f.editable
                and f.type in ("name", "text") and f.key != "name"}

# -- the city in an address ------------------------------------------------------------------
_PROVINCES = """北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北
    湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门""".split()
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCE = re.compile(
    r"^(?:" + "|".join(sorted(_PROVINCES, key=len, reverse=True)) + r")"
    r"(?:省|市|(?:壮族|回族|维吾尔|)自治区|特别行政区)?")
_CITY = re.compile(r"^([\u4e00-\u9fff]{2,4}?)市")
_COUNTRY = re.compile(r"^(?:中华人民共和国|中国)\s*")  # a phone's or an e-shop's address may start so


def city_of(address: str) -> str:
    """The city an address starts with: 杭州市西湖区…, 浙江省杭州市… and 中国浙江省杭州市… -> 杭州,
    北京市朝阳区 -> 北京; "" when it does not start with one."""
    s = _COUNTRY.sub("", address.strip())
    for town in _MUNICIPALITIES:
        if s.startswith(town) and (s[2:3] in ("市", "") or "区" in s[2:8]):
            return town
    m = _PROVINCE.match(s)
    rest = s[m.end():].lstrip() if m else s  # "浙江省 杭州市 西湖区" (an online shop's order)
    m = _CITY.match(rest)
    return m.group(1) if m else ""


MEMO_LIMIT = 50_000  # different cells remembered with what their column made of them, per memo
MEMO_TOTAL = 150_000  # ... and by all the memos of a sheet (a sheet may map many columns)


class RowReader:
    """Cells of one row -> clean customer values, with the problems found."""

    def __init__(self, book: Book, columns: list[str], names: list[str], kind: str,
                 datemode: int) -> None:
        self.columns = [(i, t) for i, t in enumerate(columns) if t]
        self.names = names
        self.kind = kind
        self.datemode = datemode
        self.users: dict[str, str] = {}
        for user in book.all("SELECT id, name FROM users WHERE deleted_at IS NULL "
                             "ORDER BY active DESC, created_at"):
            self.users.setdefault(values.fold(user["name"]).lower(), user["id"])
        self.fields = {f["label"]: f for f in operations.custom_fields(book)}
        # cell as read -> what its column's normaliser made of it: a city, a trade, a person,
        # a grade, a date or a note repeats down a sheet, and is cleaned once (one memo per
        # normaliser; text and dates only, up to MEMO_LIMIT cells each and MEMO_TOTAL in all)
        self.texts_read: dict = {}
        self.names_read: dict = {}
        date = functools.partial(normalize.date, datemode=datemode)
        memos: dict[str, dict] = {}
        # per column: (index, kind, key of the value, memo, normaliser); kinds without a memo
        # are read in read() itself
        self.plan: list[tuple[int, str, str, dict | None, object]] = []
        for i, target in self.columns:
            if target in TEXT_TARGETS:
                work = (self.names_read, normalize.name) if target == "contact" else \
                    (self.texts_read, normalize.text)
                self.plan.append((i, "text", target, *work))
            elif target.startswith("custom:"):
                label = target[7:]
                self.plan.append((i, "custom", label, memos.setdefault(target, {}),
                                  functools.partial(self._custom_value, label, date)))
            elif target in _WORK:
                kind, work = _WORK[target]
                if kind == "owner":
                    work = self._owner
                elif work is None:  # the next follow-up's date
                    work = date
                memo = memos.setdefault("phones" if kind == "phones" else target, {})
                self.plan.append((i, kind, target, memo, work))
            elif target in _DIRECT:
                self.plan.append((i, target, target, None, None))
        count = len({id(memo) for *_, memo, _ in self.plan if memo is not None})
        self.memo_limit = min(MEMO_LIMIT, MEMO_TOTAL // max(1, count))
        # an empty city is filled from the address, except in Kehu's own export, which imports
        # back exactly as it was (a customer with no city keeps none)
        own = fields.exported_customer_columns()
        self.fill_city = "address" in columns and [
            columns_of.key(n) for n in names[:len(own)]] != [columns_of.key(n) for n in own]

    def _keep(self, found: list, i: int, cell, kept: list[str], problems: list) -> None:
        """Problems of one cell: a value that could not be read goes to the notes as typed."""
        if not found:
            return
        lost = False
        for p in found:
            if p.error:
                lost = True
                problems.append(normalize.Problem(p.message, p.params))
            else:
                lost = lost or p.message == normalize.WORDS_DROPPED
                problems.append(p)
        if lost:
            raw = cell.strip() if isinstance(cell, str) else normalize.text(cell)
            kept.append(f"{self._column_name(i)}: {raw}")

    def _column_name(self, i: int) -> str:
        return self.names[i] if i < len(self.names) else columns_of.column_letter(i)

    def read(self, cells: list) -> tuple[dict, list]:
        data: dict = {}
        problems: list = []
        mobiles: list[str] = []
        landlines: list[str] = []
        notes: list[str] = []
        kept: list[str] = []
        custom: dict = {}
        first = last = title = ""
        width = len(cells)
        csv = self.kind == "csv"
        limit = self.memo_limit
        for i, kind, key, memo, work in self.plan:
            cell = cells[i] if i < width else None
            if cell is None or cell == "":
                continue
            if csv and cell[:1] == "'":
                cell = sheets.unguard_csv(cell)  # Kehu's own CSV export guards formulas so
            if memo is not None:  # what the column's normaliser makes of the cell, once
                if cell.__class__ in _MEMO_TYPES:
                    got = memo.get(cell)
                    if got is None:
                        got = work(cell)
                        if len(memo) < limit:
                            memo[cell] = got
                else:
                    got = work(cell)
            if kind == "text":
                if got:
                    data[key] = f"{data[key]} {got}" if key in data else got
            elif kind == "phones":
                m, landline, found = got  # each list without repeats: only the row's
                if m:  # numbers before are compared with
                    mobiles += [x for x in m if x not in mobiles] if mobiles else m
                if landline:
                    landlines += [x for x in landline if x not in landlines] if landlines else \
                        landline
                if found:
                    self._keep(found, i, cell, kept, problems)
            elif kind == "name":
                value = normalize.name(cell)
                if value:
                    data["name"] = value
            elif kind == "found":  # e-mail, grade, next follow-up: (value, problems)
                value, found = got
                if found:
                    self._keep(found, i, cell, kept, problems)
                if value:
                    data[key] = value
            elif kind == "custom":
                value, found = got
                if found:
                    self._keep(found, i, cell, kept, problems)
                if value:
                    custom[key] = value
            elif kind == "notes":  # as written, like notes typed in Kehu: 老客户，月结 keeps its ，
                if got:
                    notes.append(got)
            elif kind == "owner":
                value, uid = got
                if uid:
                    data["owner_id"] = uid
                elif value:  # (a salesperson who left, or not yet a user): said, and kept
                    problems.append(normalize.Problem(UNKNOWN_OWNER, {"value": value}))
                    kept.append(f"{self._column_name(i)}: {value}")
            elif kind == "tags":
                if got:
                    data["tags"] = values.clean_tags([*values.tag_list(data.get("tags", "")),
                                                      *values.tag_list(got)])
            elif kind == "title":
                title = normalize.text(cell)
            elif kind == "first_name":
                first = normalize.name(cell) or _given(cell)
            elif kind == "last_name":
                last = normalize.name(cell) or _given(cell)
            elif kind == "id":
                data["_id"] = normalize.text(cell)
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
        for cell in cells:  # a loop: a third of the time of any() over a generator
            if cell.__class__ is str and "\ufffd" in cell:
                problems.append(normalize.Problem(UNREADABLE))
                break
        if kept:
            problems.append(normalize.Problem(KEPT_IN_NOTES, {"value": "; ".join(kept)}))
            notes += kept
        if notes:
            data["notes"] = "\n".join(notes)
        if custom:
            data["custom"] = custom
        if title:
            data["people"] = [{"name": data.get("contact") or data.get("name", ""),
                               "title": title}]
        if self.fill_city and "city" not in data and data.get("address"):
            city = city_of(data["address"])
            if city:
                data["city"] = city
        return data, problems

    def _owner(self, cell) -> tuple[str, str | None]:
        """(the owner's name as typed, cleaned; the user's id, None when there is no such
        user)."""
        value = normalize.text(cell)
        return value, (self.users.get(values.fold(value).lower()) if value else None)

    def _custom_value(self, label: str, date, cell) -> tuple[str, list]:
        spec = self.fields.get(label)
        kind = spec["kind"] if spec else "text"
        if kind == "number":
            return normalize.amount(cell)
        if kind == "date":
            return date(cell)
        value, found = normalize.text(cell), []
        if cell.__class__ is float and abs(cell) >= 1e15:
            # an ID card or bank account number typed as a number: Excel keeps 15 digits
            found = [normalize.Problem(normalize.ROUNDED, {"value": value})]
        if kind == "choice" and value and value not in spec["choices"]:
            found = [normalize.Problem(NOT_A_CHOICE, {"value": value, "field": label})]
        return value, found


# the classes of cells a memo may hold: 1, 1.0 and True are equal keys of a dict (and read
# differently), a text, a date and a date with a time never are. What a memo holds is shared
# by the rows of that cell: read, never changed.
_MEMO_TYPES = frozenset({str, dt.date, dt.datetime})


def _note(cell) -> str:
    value = cell.strip() if isinstance(cell, str) else normalize.text(cell)
    return "" if normalize.is_placeholder(value) else value


def _given(cell) -> str:
    """A first or last name that reads like a placeholder but is written as a name: Na (李娜 as
    Li Na), not NA or n/a."""
    if cell.__class__ is str:
        s = cell.strip()
        if s.isalpha() and s.isascii() and s[:1].isupper() and s[1:].islower():
            return s
    return ""


_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})  # every Google contact is in "* myContacts"


def _tags(cell) -> str:
    s = normalize.text(cell)
    if ":::" in s:  # a contacts export's groups: "* myContacts ::: 客户 ::: * starred"
        s = ", ".join(p for p in (part.strip().lstrip("*").strip() for part in s.split(":::"))
                      if p and p.lower() not in _SYSTEM_GROUPS)
    elif s.startswith("* ") and s[2:].strip().lower() in _SYSTEM_GROUPS:
        s = ""
    return values.clean_tags(s)


# targets read in read() itself, each a kind of its own (any other target is not read)
_DIRECT = frozenset({"name", "title", "first_name", "last_name", "id"})
# target -> (kind of column, normaliser); None: the date, made with the sheet's date mode
_WORK = {
    "mobile": ("phones", normalize.phones), "phone": ("phones", normalize.phones),
    "email": ("found", normalize.email), "grade": ("found", normalize.grade),
    "next_follow_up": ("found", None), "owner": ("owner", None), "notes": ("notes", _note),
    "tags": ("tags", _tags),
}
