"""Which row of a sheet is its header, and which customer field each column holds.

find_header() finds the header below title rows, instructions and blank rows, or says there is
none; header_names() names the columns; guess_mapping() maps them from the header words (Chinese
and English, and Kehu's own export) and, where the words say nothing, from the values.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from models.core import fields
from models.core.errors import QT_TRANSLATE_NOOP as T

from . import normalize

# The customer's fields come from the registry (models/core/fields.py) with the header words that
# name them; the importer adds the company/person words (which of name and contact a column is
# depends on the other columns), a person's first and last name (joined into one), and the
# contact person's fields after the contact.
_FIELDS = fields.import_targets()
_ROUND_TRIP = [f for f in _FIELDS if not f.editable]  # Kehu's own export: id, created, updated
TARGETS = (
    *(f.name for f in _FIELDS if f.editable), "first_name", "last_name",
    *(f.name for f in _ROUND_TRIP),
)
IGNORE = ""
MULTI = frozenset(f.name for f in _FIELDS if f.multi)  # several columns are joined
COLUMN = T("errors", "Column {letter}")
SCAN_ROWS = 30

_COMPANY, _PERSON = "company", "person"
_WORDS = {
    _COMPANY: """客户名称 客户 客户名 客户全名 客户全称 客户简称 单位名称 单位 单位全称 公司名称 公司 公司全称
        企业名称 企业 企业全称 店名 店铺 店铺名 店铺名称 门店 门店名 门店名称 商户 商户名 商户名称 商家 往来单位
        往来单位全称 厂家 厂商 经销商 代理商 名称 company companyname accountname account
        customer customername organization organisation organizationname organisationname org
        business businessname""",
    _PERSON: """姓名 联系人 联系人姓名 联系人名称 客户姓名 姓名称呼 收货人 收件人 联络人 备注名 fullname contact
        contactname contactperson person name""",
    "first_name": "firstname givenname 名字 名 forename",
    "last_name": "lastname familyname surname 姓 姓氏",
    **{f.name: f.words for f in _FIELDS if f.words},
}
WORDS = {w: target for target, words in _WORDS.items() for w in words.split()}
# Header texts that contain one of these are read as that field ("客户名称（必填）" is caught by
# the exact words after the marks are taken off; these catch "开票单位名称", "公司联系电话" ...).
# The fields' own parts come first: "公司电话" is a phone, "负责人姓名" the owner.
_PARTS = (
    *((part, f.name) for f in _FIELDS for part in f.parts),
    ("联系人", _PERSON), ("姓名", _PERSON), ("名称", _COMPANY), ("公司", _COMPANY),
    ("company", _COMPANY),
)
_MARKS = re.compile(r"[\W_]+")
_SUFFIXES = ("必填", "选填", "可选", "required", "optional")


# The traditional characters of the header words (客戶名稱, 聯絡人, 手機, 電話 of a list from Hong
# Kong or Taiwan), read as the simplified ones the words are written in
_TRADITIONAL = str.maketrans(
    "戶稱聯絡機電話號碼郵備註業務員負責級來標籤職門單區縣傳編帳賬繫係連詳細資訊錄類別簡價額時間進說網營銷"
    "經歸屬帶寫選須項稅證據發開銀檔貨購買賣貿易廠與號輸隸舊區傢統",
    "户称联络机电话号码邮备注业务员负责级来标签职门单区县传编帐账系系连详细资讯录类别简价额时间进说网营销"
    "经归属带写选须项税证据发开银档货购买卖贸易厂与号输隶旧区家统",
)


def key(header: str) -> str:
    """A header compared without case, spaces or punctuation ("手机号码：" -> "手机号码"), and
    in simplified characters (客戶名稱 -> 客户名称)."""
    k = _MARKS.sub("", unicodedata.normalize("NFKC", header or "").lower())
    if not k.isascii():
        k = k.translate(_TRADITIONAL)
    for suffix in _SUFFIXES:
        if k.endswith(suffix) and len(k) > len(suffix):
            k = k[: -len(suffix)]
    return k


# Headers of codes and numbers that are not phones: their digits are never guessed as phones
# (and a fax or QQ number: digits, but not a number to call)
_CODE_PARTS = ("编号", "序号", "代码", "编码", "邮编", "邮政", "账号", "帐号", "工号", "单号", "身份证",
               "税号", "卡号", "批号", "货号", "识别号", "登记号", "传真")
_CODE_WORDS = frozenset("id no nr num code zip zipcode postcode postal ref record key sn serial "
                        "account fax qq".split())


def is_code_header(header: str) -> bool:
    """A header naming an id, a code or a postal code (编号, 邮编, Record ID - Company, No.), or
    a number that is not called (传真, Fax, QQ)."""
    text = unicodedata.normalize("NFKC", header or "").lower()
    if not text.isascii():
        text = text.translate(_TRADITIONAL)
    if any(part in text for part in _CODE_PARTS):
        return True
    return bool(_CODE_WORDS & set(re.findall(r"[a-z]+", text)))


LABEL = "label"  # _word() of a column that names the kind of the one beside it (Phone 1 - Type)
# "Phone 1 - Value", "E-mail 2 - Type", "Address 1 - City" (Google Contacts): a field, its number
# and a part of it
_NUMBERED = re.compile(r"^\s*([A-Za-z][A-Za-z -]*?)\s*\d+\s*-\s*([A-Za-z][A-Za-z /]*?)\s*$")
# "Business Street", "Home City", "Other Phone" (Outlook): a qualifier before the field's word
_QUALIFIERS = ("business", "home", "work", "office", "other", "primary", "personal", "private",
               "mailing", "billing", "shipping", "main")
_ORGANIZATION = frozenset({"organization", "organisation", "company"})


def _word(header: str) -> str | None:
    k = key(header)
    if k in WORDS:
        return WORDS[k]
    numbered = _NUMBERED.match(header or "")
    if numbered:
        group, part = key(numbered.group(1)), key(numbered.group(2))
        if part in ("type", "label"):
            return LABEL
        if part in ("value", "formatted"):
            return _word(numbered.group(1))
        if group in _ORGANIZATION and part == "name":
            return _COMPANY
        return WORDS.get(part) if part not in ("name", "pobox") else None
    if k.isascii():
        for qualifier in _QUALIFIERS:
            if k.startswith(qualifier) and k[len(qualifier):] in WORDS:
                return WORDS[k[len(qualifier):]]  # Primary Contact is a person too
    segments = re.split(r"\s+", (header or "").strip())
    if len(segments) > 1 and not k.isascii():
        # "商务地址 市/县", "住宅地址 邮政编码" (Outlook in Chinese): the last part says what it is
        last = segments[-1]
        if is_code_header(last):
            return None
        if key(last) in WORDS:
            return WORDS[key(last)]
    if len(k) > 12:  # a sentence that mentions 备注 is not the notes header
        return None
    for part, target in _PARTS:
        if part in k:
            return target
    return None


# -- rows that are not customers -------------------------------------------------------------
TOTALS = frozenset("""合计 总计 小计 共计 总合计 累计 合计金额 本页合计 本页小计 总数 汇总
    total totals subtotal grandtotal sum""".split())
HINTS = frozenset("""必填 选填 可选 非必填 必须 可不填 文本 数字 日期 text number numeric date
    string required optional mandatory""".split())


_TOTAL_STARTS = frozenset(w[0] for w in TOTALS) | frozenset(w[0].upper() for w in TOTALS)


def is_total_row(cells: list) -> bool:
    """A row whose first filled cell says 合计 / 总计 / 小计 / Total: a sum, not a customer."""
    for cell in cells:
        if cell is None or cell == "":
            continue
        if cell.__class__ is not str or len(cell) > 16:
            return False
        s = cell.lstrip()
        return bool(s) and s[0] in _TOTAL_STARTS and key(cell) in TOTALS
    return False


# What a line under a list says about the list: who made, checked or printed it, when, a page
NOTE_LABELS = frozenset("""制表 制表人 制单 制单人 填表 填表人 填报人 编制 编制人 审核 审核人 复核 复核人
    审批 审批人 经办人 统计人 打印 打印人 打印时间 打印日期 导出时间 导出日期 导出人 制表日期 制表时间
    填表日期 填报日期 统计时间 统计日期 截止日期 截至日期 日期 时间 单位盖章 盖章 签字 说明 注 注意
    preparedby printed printedby printedon exported exportedon date page""".split())
_NOTE = re.compile(r"^\s*([^:：]{1,12}?)\s*[:：]")
_PAGE = re.compile(r"^\s*第\s*\d+\s*页|^\s*共\s*\d+\s*页|^\s*page\s+\d+", re.IGNORECASE)


def is_note_row(cells: list) -> bool:
    """A line under the list that says who made, checked or printed it, or when ("制表人：张三",
    "审核：李四", "打印日期：2024-01-05", "第 1 页 共 3 页"): every filled cell one such note."""
    filled = 0
    for cell in cells:
        if cell is None or cell == "":
            continue
        if cell.__class__ is not str:
            return False
        if "：" not in cell and ":" not in cell and "页" not in cell and "age" not in cell:
            return False  # a customer's row, told at its first cell
        found = _NOTE.match(cell)
        if not (found and key(found.group(1)) in NOTE_LABELS) and not _PAGE.match(cell):
            return False
        filled += 1
    return filled > 0


def is_junk_row(cells: list) -> bool:
    """A second header row: every filled cell (two at least) a hint (必填, text) or a mark of
    one or two letters ("s", "x", "*")."""
    filled = [c for c in cells if c is not None and c != ""]
    if len(filled) < 2:
        return False
    for cell in filled:
        if not isinstance(cell, str):
            return False
        s = cell.strip()
        if not ((len(s) <= 2 and s.isascii() and not s.isdigit()) or key(s) in HINTS):
            return False
    return True


# -- the header row ------------------------------------------------------------------------
def _kind(cell) -> str:
    """'' (empty), 'text' (could be a header), or what the data looks like."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "data"
    if isinstance(cell, int | float):
        return "number"
    if not isinstance(cell, str):
        return "date"  # date, datetime, time
    s = normalize.text(cell)
    if not s:
        return ""
    if "\n" in s:  # a header typed on two lines (客户\n名称), or two numbers; else a long text
        lines = s.splitlines()
        if len(lines) > 4 or any(len(line) > 15 for line in lines):
            return "long"
        s = " ".join(line.strip() for line in lines)
    if len(s) > 30:
        return "long"
    if "@" in s:
        return "email"
    if any(ch.isdigit() for ch in s):
        if sum(ch.isdigit() for ch in s) >= 5:
            iso, problems = normalize.date(s) if not s.isdigit() or len(s) == 8 else ("", ())
            if iso or any(p.message == normalize.AMBIGUOUS_DATE for p in problems):
                return "date"
            mobiles, landlines, problems = normalize.phones(s)
            if mobiles and not problems:
                return "phone"
            if landlines and not problems and all(_dialled(x) for x in landlines):
                return "phone"
        if normalize.amount(s)[0]:
            return "number"
    return "text"


def _dialled(number: str) -> bool:
    """A landline as people write one (an area code, a dash, brackets, +, 400/800), not a run
    of digits that may as well be an id (112365) or a postal code (310012)."""
    return number[:1] in ("0", "+", "(") or number.startswith(("400", "800")) or "-" in number \
        or " " in number


def _header_like(cell) -> bool:
    """A header text longer than most ("Organization 1 - Job Description" of a Google Contacts
    export): one line of at most 64 characters, no digits run of a phone or a date."""
    s = normalize.text(cell)
    return len(s) <= 64 and "\n" not in s and "@" not in s and \
        sum(ch.isdigit() for ch in s) < 5


def find_header(rows: list[list]) -> int | None:
    """The index of the header row among the first rows, or None when the sheet has no header.

    Each row is scored by how many of its cells are known header words and short texts, and
    by how different the row below is. Title rows (one cell of a wide sheet, like a merged
    "2023年客户名单"), instructions and blank rows are passed over. A sheet whose first rows hold
    phone numbers, dates or long texts has no header.
    """
    top = rows[:SCAN_ROWS]
    if not top:
        return None
    width = max((len(r) for r in top), default=0)
    kinds = [[_kind(c) for c in r] for r in top]
    best, best_score = None, 0.0
    junk = [is_junk_row(r) for r in top]
    for i, row in enumerate(top):
        ks = kinds[i]
        filled = [j for j, k in enumerate(ks) if k]
        if not filled or len(filled) < min(2, width) or junk[i]:
            continue  # blank, a title / instruction alone in its row, or a row of marks
        wordy = [j for j in filled if ks[j] == "long" and _header_like(row[j])]
        # columns headed by a month or a year (monthly sales: 2024-01, 2023): dates, numbers
        periods = [j for j in filled if ks[j] in ("date", "number")]
        if any(ks[j] != "text" for j in filled if j not in wordy and j not in periods):
            continue  # data, not a header
        texts = [normalize.text(row[j]) for j in filled if j not in periods]
        known = sum(_word(t) is not None for t in texts)
        if wordy and known < 2:
            continue  # long texts beside known header words only ("Organization 1 - Job ...")
        if periods and sum(key(t) in WORDS for t in texts) < 2:
            continue  # dates or numbers beside two header words at least (客户名称, 手机)
        below = next((kinds[n] for n in range(i + 1, len(top)) if any(kinds[n]) and not junk[n]),
                     None)
        differs = 0
        if below is not None:
            differs = sum(1 for j in filled if j < len(below) and below[j] not in ("text", ""))
        if not known and not differs:
            continue  # a row of plain texts over more of them: names, not a header
        unique = len(set(texts)) == len(texts)
        score = 3 * known + len(filled) + differs + unique - 2 * sum(len(t) > 20 for t in texts)
        if score > best_score:
            best, best_score = i, score
    return best


def split_tables(rows: list[list]) -> list[tuple[int, int]]:
    """The column ranges [start, end) of tables standing side by side in one sheet, or [] for
    one table. Tables side by side are parted by columns empty from top to bottom, and each
    has a header of its own that names a customer or person column (so an empty column inside
    one list does not cut it in two)."""
    width = max((len(r) for r in rows[:SCAN_ROWS]), default=0)
    if width < 5:
        return []
    empty = [j for j in range(width)
             if all(j >= len(r) or r[j] is None or r[j] == "" for r in rows[:200])]
    if not empty:
        return []
    empty = [j for j in empty if all(j >= len(r) or r[j] is None or r[j] == "" for r in rows)]
    blocks: list[tuple[int, int]] = []
    start = 0
    for j in [*empty, width]:
        if j - start >= 2:
            blocks.append((start, j))
        start = j + 1
    if len(blocks) < 2:
        return []
    for a, b in blocks:
        part = [r[a:b] for r in rows[:SCAN_ROWS]]
        header = find_header(part)
        if header is None or not any(
                _word(normalize.text(c)) in (_COMPANY, _PERSON, "first_name", "last_name")
                for c in part[header] if c is not None):
            return []
    return blocks


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_names(rows, header: int | None, translate=None) -> list[str]:
    """Unique, non-empty column names: "电话", "电话 (2)"; "Column C" for an empty header cell.

    translate(context, text) turns "Column {letter}" into the interface language; without it
    the names are English. guess_mapping() knows both forms.
    """
    width = max(map(len, rows), default=0)
    cells = rows[header] if header is not None and header < len(rows) else []
    column = translate("errors", COLUMN) if translate else COLUMN
    names: list[str] = []
    seen: set[str] = set()
    for j in range(width):
        cell = cells[j] if j < len(cells) else None
        if cell.__class__ is str and "\n" in cell:  # 开户\n银行 typed on two lines: 开户银行
            cell = _join_lines(cell)
        base = normalize.name(cell) if j < len(cells) else ""
        base = base or column.format(letter=column_letter(j))
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            candidate = f"{base} ({n})"
        seen.add(candidate)
        names.append(candidate)
    return names


def _join_lines(text: str) -> str:
    """A header's lines as one: without a space between Chinese characters, else with one."""
    out = ""
    for line in (part.strip() for part in text.splitlines()):
        if not line:
            continue
        if out and not (out[-1] >= "\u2e80" and line[0] >= "\u2e80"):
            out += " "
        out += line
    return out


def _generated(name: str, index: int) -> bool:
    """A name header_names() made up for a column without a header text."""
    letter = column_letter(index)
    if name == COLUMN.format(letter=letter):
        return True
    return re.sub(r"[^A-Za-z]+", " ", name).split() == [letter] and name != letter


# -- the mapping ---------------------------------------------------------------------------
def _value_kind(values: list) -> str | None:
    """What most (3 in 5) of a column's non-empty sample values are."""
    filled = [v for v in values if normalize.text(v)]
    if not filled:
        return None
    counts = {"mobile": 0, "phone": 0, "email": 0, "date": 0, "text": 0}
    for v in filled:
        if isinstance(v, int | float) and not isinstance(v, bool):
            mobiles, landlines, problems = normalize.phones(v)
            if mobiles and not landlines and not problems:
                counts["mobile"] += 1
            continue
        if not isinstance(v, str):
            if not isinstance(v, bool):
                counts["date"] += 1
            continue
        kind = _kind(v)
        if kind == "phone":
            mobiles, landlines, _ = normalize.phones(v)
            counts["mobile" if len(mobiles) >= len(landlines) else "phone"] += 1
        elif kind == "email":
            counts["email" if normalize.email(v)[0] else "text"] += 1
        elif kind in ("date", "text"):
            counts[kind] += 1
    if counts["mobile"] + counts["phone"] >= 0.6 * len(filled) and (
        counts["mobile"] or counts["phone"]
    ):
        return "mobile" if counts["mobile"] >= counts["phone"] else "phone"
    for kind in ("email", "date", "text"):
        if counts[kind] >= 0.6 * len(filled):
            return kind
    return None


_STAMPS = frozenset({"id", "created_at", "updated_at"})
_PAST = ("最后", "上次", "最近", "首次", "第一次", "last", "previous", "first", "recent")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def _kehu_export(names: list[str]) -> bool:
    """Whether a header is Kehu's own export's (its columns first, in their order)."""
    own = fields.exported_customer_columns()
    return [key(x) for x in names[:len(own)]] == [key(x) for x in own]


def _kehu_ids(values: list) -> bool:
    """Whether a column's sample values are Kehu's customer ids (UUIDs)."""
    filled = [normalize.text(v) for v in values if normalize.text(v)]
    return bool(filled) and all(_UUID.match(v) for v in filled)


_ADDRESS_PART = re.compile(r"[省市区县镇乡村路街巷弄号]")
_COMPANY_PART = re.compile(r"公司|店|厂|行|部|中心|商|社|馆|所|院|场|城|坊|铺")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _is_address(value) -> bool:
    s = normalize.text(value)
    return len(s) >= 6 and len(_ADDRESS_PART.findall(s)) >= 2


def _is_person(value) -> bool:
    s = normalize.text(value)
    return bool(_HAN_NAME.fullmatch(s)) and not _COMPANY_PART.search(s)


def _looks_like(values: list, test) -> bool:
    """Whether most (3 in 5) of a column's non-empty sample values pass the test."""
    filled = [v for v in values if normalize.text(v)]
    return bool(filled) and sum(1 for v in filled if test(v)) >= 0.6 * len(filled)


def _not_grades(values: list) -> bool:
    """Whether most (3 in 5, two at least) of a column's sample values are not a grade Kehu
    knows (A, B, C, A级, 甲 ...)."""
    filled = [v for v in values if normalize.text(v)]
    bad = sum(1 for v in filled if not normalize.grade(v)[0])
    return bad >= 2 and bad >= 0.6 * len(filled)


# At most this many columns become new custom fields by themselves; in a sheet with more, the
# rest are left out until the user maps them (a 16,384-column sheet never makes 16,382 fields).
MAX_NEW_CUSTOM = 30


def guess_mapping(names: list[str], sample: list[list], custom_labels=()) -> list[str]:
    """One target per column: a TARGETS field, "custom:<label>" or IGNORE ("").

    sample: some data rows (below the header). custom_labels: the labels of the book's custom
    fields; a column whose header matches one maps to "custom:<that label>".
    """
    n = len(names)
    columns = [[row[j] if j < len(row) else None for row in sample] for j in range(n)]
    generated = [_generated(names[j], j) for j in range(n)]
    words = [None if generated[j] else _word(names[j]) for j in range(n)]
    kinds = [_value_kind(col) for col in columns]
    customs = {key(label): label for label in custom_labels}
    out: list[str | None] = [None] * n

    companies = [j for j in range(n) if words[j] == _COMPANY]
    persons = [j for j in range(n) if words[j] == _PERSON]
    if companies:  # 公司 + 联系人: the company is the customer, the person its contact
        out[companies[0]] = "name"
        if persons:
            out[persons[0]] = "contact"
    elif persons:  # only people: the first is the customer (Kehu's own export: name, contact)
        out[persons[0]] = "name"
        if len(persons) > 1:
            out[persons[1]] = "contact"
    for j in range(n):
        if words[j] == "grade" and _not_grades(columns[j]):
            words[j] = None  # 会员等级 of 黄金会员, VIP1: the shop's own levels, a field of its own
        if words[j] == LABEL:
            out[j] = IGNORE  # "Mobile", "Work": the kind of the number beside it
        elif out[j] is None and words[j] not in (None, _COMPANY, _PERSON):
            out[j] = words[j]
            if words[j] == "phone" and kinds[j] == "mobile":  # 电话 / 联系方式 full of mobiles
                out[j] = "mobile"

    if any(out[j] in _STAMPS for j in range(n)) and not _kehu_export(names):
        for j in range(n):
            # another program's 创建时间 / ID: its own, kept as a field of its own (Kehu's stamps
            # are read from Kehu's export only, and an id only when it is one of Kehu's)
            if out[j] in ("created_at", "updated_at") or (
                    out[j] == "id" and not _kehu_ids(columns[j])):
                out[j], words[j] = None, None
    for j in range(n):  # columns the header says nothing about: the values
        if out[j] is not None or words[j] in (_COMPANY, _PERSON):
            continue
        if not generated[j] and is_code_header(names[j]) and key(names[j]) not in customs:
            continue  # an id or a postal code, kept as a custom field below
        if key(names[j]) in customs:
            out[j] = "custom:" + customs[key(names[j])]
        elif kinds[j] in ("mobile", "phone", "email"):
            out[j] = kinds[j]
        elif generated[j] and _looks_like(columns[j], _is_address):
            out[j] = "address"  # a list without a header: 杭州市西湖区文三路1号 is an address
        elif kinds[j] == "date" and ("跟进" in names[j] or "follow" in names[j].lower()) and \
                not any(w in names[j].lower() for w in _PAST):
            out[j] = "next_follow_up"  # not 最后跟进时间, the last one
    if "name" not in out and not any(w in ("first_name", "last_name") for w in words):
        for j in range(n):  # the first column of plain short texts is the customer's name
            if out[j] is None and kinds[j] == "text" and words[j] is None:
                out[j] = "name"
                break
    if "name" in out and "contact" not in out:
        for j in range(n):  # without a header: a column of people's names beside the company
            if out[j] is None and generated[j] and _looks_like(columns[j], _is_person):
                out[j] = "contact"
                break

    # a field of one value named by several columns (Outlook's Title and Job Title, Home
    # Address and Business Street): the first that holds something in the sample takes it
    claims: dict[str, list[int]] = {}
    for j, target in enumerate(out):
        if target and target not in MULTI and target not in ("name", "contact"):
            claims.setdefault(target, []).append(j)
    for columns_of_target in claims.values():
        filled = [j for j in columns_of_target if any(normalize.text(v) for v in columns[j])]
        if filled and filled[0] != columns_of_target[0]:
            for j in columns_of_target:
                if j != filled[0]:
                    out[j] = None
    used: set[str] = set()
    result: list[str] = []
    new_fields = 0
    for j in range(n):
        target = out[j]
        if target and target not in MULTI and not target.startswith("custom:"):
            if target in used:
                target = None  # a second address column: kept as a custom field below
            else:
                used.add(target)
        if target is None:
            empty = not any(normalize.text(v) for v in columns[j])
            if empty and sample:
                target = IGNORE
            elif generated[j]:  # no header to name a field after: its values go to the notes
                target = "notes"  # (they were left out, and lost without a word)
            elif key(names[j]) in customs:
                target = "custom:" + customs[key(names[j])]
            elif key(names[j]):
                target = "custom:" + names[j]
            else:
                target = IGNORE
        if target.startswith("custom:"):
            if target in used:
                target = IGNORE
            elif key(target[7:]) not in customs:
                new_fields += 1
                if new_fields > MAX_NEW_CUSTOM:  # thousands of columns: the user chooses
                    target = IGNORE
            used.add(target)
        result.append(target)
    return result


def signature(names: list[str]) -> str:
    """A stable key of a header (order matters; case, spaces and punctuation do not)."""
    joined = "\x1f".join(key(name) for name in names)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()
