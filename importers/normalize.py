"""Cell values from spreadsheets, turned into the values the book keeps.

Every function takes a raw cell (None, str, int, float, bool, date, datetime or time, as the
readers return them) and is pure. They run over every cell of a file (a million and more), so
the common case, a short text with nothing to fix, takes a few microseconds.

Problems are returned, never raised: ``error=True`` means the value (or one number of a cell)
cannot be imported and was left out; ``error=False`` is a warning about a value that was kept.
Whether a row with an error is rejected is the caller's decision.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from models.core import values
from models.core.errors import QT_TRANSLATE_NOOP as T

ROUNDED = T("errors", "Excel may have rounded {value}; check the number")
ROUNDED_LOST = T(
    "errors", "Excel has rounded {value} and its digits are lost; type the number again"
)
WORDS_DROPPED = T("errors", "Only the mobile number was kept from {value}")
ZERO_RESTORED = T(
    "errors", "{value} was stored as a number and lost its leading zero; check the number"
)
AMBIGUOUS_DATE = T("errors", "ambiguous date {value}: write it as 2024-01-05")
EXTRA_EMAIL = T("errors", "Only the first e-mail address was kept; {value} was left out")
BAD_GRADE_VALUE = T("errors", "{value} is not a grade (A, B or C)")
BAD_PHONE = values.BAD_PHONE
BAD_EMAIL = values.BAD_EMAIL
BAD_DATE = values.BAD_DATE
BAD_NUMBER = values.BAD_NUMBER


@dataclass(frozen=True)
class Problem:
    message: str  # English source text, marked with T("errors", ...); may use {value}
    params: dict = field(default_factory=dict, hash=False)
    error: bool = False  # True: the value cannot be imported; False: a warning

    def render(self, translate=None) -> str:
        text = translate("errors", self.message) if translate else self.message
        return text.format(**self.params) if self.params else text


# -- text ----------------------------------------------------------------------------------
# Compared after NFKC, trimming and lower-casing; "（空）" and "？" arrive here as "(空)" and "?".
PLACEHOLDERS = frozenset(
    """null none nil nan n/a n.a. na #n/a #null! #value! undefined
    (空) [空] 空 空白 无 暂无 没有 未知 不详 未填 未填写 待定 待补充 (无) [无]""".split()
) | frozenset(["[not provided]", "not provided", "n / a"])
# a cell of nothing but these marks is empty too ("-/-", "...", "***", "——")
_MARKS = "-—–_/\\?.*·~ "
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_MAX_PLACEHOLDER = max(map(len, PLACEHOLDERS))


def is_placeholder(s: str) -> bool:
    """True for the texts people type for "nothing here": null, N/A, 无, 暂无, -, / ..."""
    if len(s) > _MAX_PLACEHOLDER:
        return not s.strip(_MARKS)
    s = s.strip()
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s).strip()
    return s.lower() in PLACEHOLDERS or not s.strip(_MARKS)


def _clean_str(s: str) -> str:
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
        if "\u200b" in s or "\ufeff" in s or "\u200d" in s or "\u2060" in s or "\u200c" in s:
            s = s.translate(_INVISIBLE)
    s = s.strip()
    if len(s) <= _MAX_PLACEHOLDER and (s.lower() in PLACEHOLDERS or not s.strip(_MARKS)):
        return ""
    return s


def _number_text(x: float) -> str:
    if x.is_integer() and abs(x) < 2**53:
        return str(int(x))
    s = repr(x)
    if "e" in s or "E" in s:
        s = format(Decimal(s), "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
    return s


def text(cell) -> str:
    """The cell as text: NFKC, trimmed, placeholders -> "", 12.0 -> "12", dates ISO."""
    if cell.__class__ is str:
        return _clean_str(cell)
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        return _number_text(cell) if math.isfinite(cell) else ""
    if isinstance(cell, dt.datetime):
        if cell.time() == dt.time(0):
            return cell.date().isoformat()
        return cell.isoformat(sep=" ", timespec="seconds")
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    if isinstance(cell, str):  # a str subclass
        return _clean_str(str(cell))
    return _clean_str(str(cell))


_KEEP = str.maketrans("（）", "\ue000\ue001")  # full-width brackets, past NFKC
_RESTORE = str.maketrans("\ue000\ue001", "（）")
_PADDED = re.compile(r"^([\u3400-\u9fff])\s+([\u3400-\u9fff])$")


def name(cell) -> str:
    """text(), with runs of spaces, tabs and line breaks inside folded to one space.

    A name keeps its full-width brackets as typed (上海明珠（海昌路店）); the space that pads a
    two-character name to the width of three (王 勇, 王　勇) is dropped: 王勇."""
    if cell.__class__ is str and ("（" in cell or "）" in cell):
        if not text(cell):
            return ""
        s = text(cell.translate(_KEEP)).translate(_RESTORE)
    else:
        s = text(cell)
    if "  " in s or "\t" in s or "\n" in s or "\r" in s:
        s = " ".join(s.split())
    if " " in s and len(s) == 3:
        m = _PADDED.match(s)
        if m:
            return m.group(1) + m.group(2)
    return s


# -- phone numbers -------------------------------------------------------------------------
# after NFKC: ，；-> , ; and " ::: " between the numbers of one entry (Google Contacts)
_SEPARATORS = re.compile(r"\s*(?:[/\\;,、|\n]|\s或\s|:::)\s*")
_EXT = re.compile(r"^(.*?\d)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
_COMMON_LANDLINE = re.compile(r"^0\d{2,3}-[2-9]\d{6,7}$")
_FLOAT_TEXT = re.compile(r"^\d{5,}\.0+$")
_NUMBER_CHARS = re.compile(r"^[\d\-()+. ]+$")
_MOBILE = values._MOBILE
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d(?:[- ]?\d){8})(?!\d)")
_SCIENTIFIC = re.compile(r"^[+-]?(\d+)(?:\.(\d*))?e\+?(\d+)$", re.IGNORECASE)


def _mobile_digits(d: str) -> str | None:
    """The 11 digits of a mobile number written with a +86 / 0086 / 86 / 0 prefix, or None."""
    n = len(d)
    if n == 11:
        return d if _MOBILE.match(d) else None
    if n == 13 and d.startswith("86"):
        d = d[2:]
    elif n == 15 and d.startswith("0086"):
        d = d[4:]
    elif n == 12 and d.startswith("01"):
        d = d[1:]
    else:
        return None
    return d if _MOBILE.match(d) else None


_COUNTRY_BEFORE_ZERO = re.compile(r"^(?:\+\s*86|0086|86(?=[\s\-(]))[\s\-]*(?=\(?0[1-9])")
_DASH_EXT = re.compile(r"^(\(?0\d{2,3}\)?[\- ]?[2-9]\d{6,7})-(\d{1,5})$")


def _landline(part: str) -> str | None:
    """The landline as typed (area code, leading zero, extension kept), tidied, or None.

    China's country code before the area code's 0 is left out (+86 0571 88886666, +86(0571)…,
    86-0571-…: dialled at home as 0571 88886666); an extension after a second dash
    (0571-88886666-801) is an extension."""
    country = _COUNTRY_BEFORE_ZERO.match(part)
    if country:
        part = part[country.end():]
    elif part[:4] == "0086":  # 0086-10-12345678: dialled from abroad, as +86 10 12345678
        part = "+86" + part[4:]
    m = _EXT.match(part) or _DASH_EXT.match(part)
    main, ext = (m.group(1), m.group(2)) if m else (part, "")
    if not _NUMBER_CHARS.match(main):
        return None
    d = "".join(ch for ch in main if ch.isdigit())
    if main.startswith("+") and not d.startswith("86") and 7 <= len(d) <= 15 \
            and main.count("+") == 1:  # a number abroad: +1-202-555-0143, +852 2345 6789
        main = " ".join(main.split())
        return f"{main} ext {ext}" if ext else main
    if not 5 <= len(d) <= 13 or main.count("+") > 1 or "+" in main.lstrip("(")[1:]:
        return None
    if d[0] == "1" and len(d) > 6:  # a mobile with a digit too many or too few
        return None
    main = " ".join(main.replace(".", "-").split())
    return f"{main}转{ext}" if ext else main


# a number with a label beside it: 0571-88886666(南), 北：0571-88887777, 0571-88886666 门市
_LABEL_AFTER = re.compile(r"^([\d\-()+. ]*\d[\d\-()+. ]*?)\s*[(\[]\s*([^\d()\[\]]{1,8})\s*[)\]]$")
_LABEL_BEFORE = re.compile(r"^([^\d():\[\]]{1,8}?)\s*[:(\[]?\s*[)\]]?\s*:?\s*(\+?[\d\-()+. ]{7,})$")
_RANGE = re.compile(r"^\d{1,4}$")


def _one_number(part: str, mobiles: list, landlines: list, problems: list) -> None:
    if part.isdigit() and len(part) == 11 and _MOBILE.match(part):  # the common case
        if part not in mobiles:
            mobiles.append(part)
        return
    if _NUMBER_CHARS.match(part):
        d = "".join(ch for ch in part if ch.isdigit())
        if not d.strip("0"):
            return  # "0", "000-0000": nothing
        mobile = _mobile_digits(d)
        if mobile:
            if mobile not in mobiles:
                mobiles.append(mobile)
            return
        if " " in part:  # "13800138000 13900139000", "0571-88886666 0571-88887777"
            pieces = part.split()
            if all(_standalone(p) for p in pieces):
                for p in pieces:
                    _one_number(p, mobiles, landlines, problems)
                return
        if len(d) > 13 and len(d) % 11 == 0:  # mobiles typed without a separator
            chunks = [d[i : i + 11] for i in range(0, len(d), 11)]
            if all(_MOBILE.match(c) for c in chunks):
                for c in chunks:
                    if c not in mobiles:
                        mobiles.append(c)
                return
        if 5 <= len(d) <= 13 and "+" not in part and not (d[0] == "1" and len(d) > 6):  # a landline: no extension, no letters
            landline = " ".join(part.replace(".", "-").split())
            if landline not in landlines:
                landlines.append(landline)
            return
    if (m := _SCIENTIFIC.match(part)) and _scientific(m, part, mobiles, landlines, problems):
        return
    landline = _landline(part)
    if landline:
        if landline not in landlines:
            landlines.append(landline)
        return
    if _labelled(part, mobiles, landlines, problems):
        return
    # "13800138000（微信同号）", "张经理 13800138000": keep the mobiles, flag the text
    found = [m.group(1).replace("-", "").replace(" ", "") for m in _MOBILE_IN_TEXT.finditer(part)]
    if found:
        for number in found:
            if number not in mobiles:
                mobiles.append(number)
        problems.append(Problem(WORDS_DROPPED, {"value": part}))
        return
    problems.append(Problem(BAD_PHONE, {"value": part}, error=True))


def _labelled(part: str, mobiles: list, landlines: list, problems: list) -> bool:
    """A landline with a label, kept with its label: "0571-88886666 (南)"; a mobile with one
    keeps its digits, and the label is reported (the caller keeps the cell as typed)."""
    m = _LABEL_AFTER.match(part)
    number, label = (m.group(1), m.group(2)) if m else ("", "")
    if not m:
        m = _LABEL_BEFORE.match(part)
        if m:
            label, number = m.group(1), m.group(2)
    label = label.strip(" :-")
    if not m or not label or label.lower() in ("tel", "phone", "mobile", "电话", "手机", "座机"):
        if m and label:  # "电话：0571-88886666": the word says nothing the field does not
            before = len(problems)
            _one_number(number.strip(), mobiles, landlines, problems)
            return len(problems) == before or not any(p.error for p in problems[before:])
        return False
    found_m: list[str] = []
    found_l: list[str] = []
    found_p: list[Problem] = []
    _one_number(number.strip(), found_m, found_l, found_p)
    if any(p.error for p in found_p) or not (found_m or found_l):
        return False
    for x in found_m:
        if x not in mobiles:
            mobiles.append(x)
    if found_m:
        problems.append(Problem(WORDS_DROPPED, {"value": part}))
    for x in found_l:
        x = f"{x} ({label})"
        if x not in landlines:
            landlines.append(x)
    return True


def _expand_ranges(parts: list[str]) -> list[str]:
    """021-58355611/2/3 is three numbers: 021-58355611, 021-58355612, 021-58355613; and
    025-52070641/47 two: 025-52070641, 025-52070647 (the last digits replaced)."""
    out: list[str] = []
    base = ""
    for part in parts:
        if base and _RANGE.match(part):
            digits_in_base = sum(ch.isdigit() for ch in base)
            if len(part) < digits_in_base - 4:
                cut, left = len(base), len(part)
                while left:  # drop the last len(part) digits of the base, separators kept
                    cut -= 1
                    if base[cut].isdigit():
                        left -= 1
                out.append(base[:cut] + part)
                continue
        out.append(part)
        if part[-1:].isdigit() and sum(ch.isdigit() for ch in part) >= 7:
            base = part
        elif not _RANGE.match(part):
            base = ""
    return out


def _standalone(piece: str) -> bool:
    """A piece between spaces that is a whole number on its own (not "0571" or "8888")."""
    d = "".join(ch for ch in piece if ch.isdigit())
    if _mobile_digits(d):
        return True
    return len(d) >= 7 and _landline(piece) is not None and ("-" in piece or "(" in piece
                                                            or d.startswith("0") or len(d) >= 10)


def _scientific(m, part, mobiles, landlines, problems) -> bool:
    """A text like "1.38001E+10": the number Excel showed instead of the digits."""
    whole, frac, exp = m.group(1), m.group(2) or "", int(m.group(3))
    if exp > 20:
        return False
    written = (whole + frac).lstrip("0")
    number = int(Decimal(part))
    d = str(abs(number))
    if len(written) < len(d):
        problems.append(Problem(ROUNDED_LOST, {"value": part}, error=True))
        return True
    problems.append(Problem(ROUNDED, {"value": part}))
    _one_number(d, mobiles, landlines, problems)
    return True


def _number_phone(x, mobiles, landlines, problems) -> None:
    if isinstance(x, float):
        if not math.isfinite(x):
            problems.append(Problem(BAD_PHONE, {"value": str(x)}, error=True))
            return
        if not x.is_integer() or abs(x) >= 2**53 or abs(x) >= 1e15:
            problems.append(Problem(ROUNDED, {"value": _number_text(x)}))
            x = round(x)
        x = int(x)
    if x == 0:
        return
    d = str(x)
    if x < 0:
        problems.append(Problem(BAD_PHONE, {"value": d}, error=True))
        return
    n = len(d)
    if n in (10, 11) and d[0] != "1" and not d.startswith(("400", "800")) and not _mobile_digits(d):
        # 0571 8888 6666 typed into a number cell: Excel dropped the area code's zero
        problems.append(Problem(ZERO_RESTORED, {"value": d}))
        d = "0" + d
    _one_number(d, mobiles, landlines, problems)


def phones(cell) -> tuple[list[str], list[str], list[Problem]]:
    """(mobiles, landlines, problems) of one cell.

    Mobiles come back as their 11 digits ("+86 138-0013-8000" -> "13800138000"); landlines as
    typed, tidied ("0571-88886666", "(0571)88886666", "400-800-8888", "8888-6666转12"). Several
    numbers in one cell are split on / \\ ; , 、 | and line breaks, and on spaces when every
    piece is a number on its own. Join each list with values.NUMBER_SEPARATOR to store it.
    """
    # the common cases first, as the general way below reads them: a mobile stored as a
    # number, a mobile or a landline typed in plain digits
    if cell.__class__ is float and 1e10 <= cell < 2e10 and cell.is_integer():
        d = str(int(cell))
        if _MOBILE.match(d):
            return [d], [], []
    elif cell.__class__ is str and cell.isascii():
        if len(cell) == 11 and cell.isdigit() and _MOBILE.match(cell):
            return [cell], [], []
        if _COMMON_LANDLINE.fullmatch(cell):
            return [], [cell], []
    mobiles: list[str] = []
    landlines: list[str] = []
    problems: list[Problem] = []
    if cell is None:
        return mobiles, landlines, problems
    if isinstance(cell, bool) or not isinstance(cell, str | int | float):
        problems.append(Problem(BAD_PHONE, {"value": text(cell)}, error=True))
        return mobiles, landlines, problems
    if not isinstance(cell, str):
        _number_phone(cell, mobiles, landlines, problems)
        return mobiles, landlines, problems
    s = _clean_str(cell)
    if not s:
        return mobiles, landlines, problems
    if s[-2:] == ".0" and _FLOAT_TEXT.match(s):  # a number Excel or a script wrote as 1.0
        s = s[:s.index(".")]
    if len(s) == 11 and s.isdigit() and _MOBILE.match(s):
        return [s], landlines, problems
    if _COMMON_LANDLINE.match(s):  # 0571-88886666
        return mobiles, [s], problems
    parts = [p for p in _SEPARATORS.split(s) if p]
    if len(parts) > 1:
        parts = _expand_ranges(parts)
    for part in parts:
        _one_number(part, mobiles, landlines, problems)
    return mobiles, landlines, problems


# -- e-mail --------------------------------------------------------------------------------
_EMAIL = values._EMAIL
_EMAIL_SPLIT = re.compile(r"[\s;,/、]+|:::")
_ANGLE = re.compile(r"<([^<>]+@[^<>]+)>")


def email(cell) -> tuple[str, list[Problem]]:
    """One e-mail address (the field holds one); "Name <a@b.cn>" and "mailto:" are unwrapped."""
    s = text(cell)
    if not s:
        return "", []
    if _EMAIL.match(s) and not s[:7].lower() == "mailto:":
        return s.replace("。", "."), []
    if "<" in s:
        s = " ".join(_ANGLE.findall(s)) or s
    parts = [p for p in _EMAIL_SPLIT.split(s.replace("。", ".")) if p]
    parts = [p[7:] if p.lower().startswith("mailto:") else p for p in parts]
    good = [p for p in parts if _EMAIL.match(p)]
    if not good:
        return "", [Problem(BAD_EMAIL, {"value": s}, error=True)]
    # beside a good address, the rest is left out with a warning
    problems = [Problem(BAD_EMAIL, {"value": p}) for p in parts if not _EMAIL.match(p)]
    problems += [Problem(EXTRA_EMAIL, {"value": p}) for p in good[1:] if p != good[0]]
    return good[0], problems


# -- dates ---------------------------------------------------------------------------------
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_YMD = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
    r"(?:[T ]+\d{1,2}[:时点]\d{2}(?:[:分]\d{2}(?:\.\d+)?)?秒?)?$"
)
_THREE = re.compile(r"^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DMY_NAMED = re.compile(r"^(\d{1,2})[\s\-]+([a-z]{3,9})\.?[\s\-,]+(\d{4})$", re.IGNORECASE)
_MDY_NAMED = re.compile(r"^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.IGNORECASE)
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
_MAX_SERIAL = 2958465  # 9999-12-31


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _serial(x: float, datemode: int) -> str | None:
    """An Excel date serial: days since 1900-01-00 (with Excel's 1900-02-29) or 1904-01-01."""
    if not math.isfinite(x):
        return None
    days = math.floor(x)
    if datemode == 1:
        return (_EPOCH_1904 + dt.timedelta(days)).isoformat() if 0 <= days <= _MAX_SERIAL - 1462 else None
    if days < 1 or days > _MAX_SERIAL or days == 60:  # 60 is Excel's 1900-02-29
        return None
    if days < 60:
        days += 1  # before the invented leap day the epoch is one day later
    return (_EPOCH_1900 + dt.timedelta(days)).isoformat()


def _year(y: str) -> int:
    n = int(y)
    if len(y) <= 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def _three_parts(a: str, b: str, c: str, s: str) -> tuple[str, list[Problem]]:
    if len(a) == 4:  # 2024/1/5
        iso = _ymd(int(a), int(b), int(c))
        return (iso, []) if iso else ("", [Problem(BAD_DATE, {"value": s}, error=True)])
    readings = set()
    if len(c) == 4 or len(c) == 2:
        y = _year(c)
        readings.add(_ymd(y, int(b), int(a)))  # 25/12/2024 (day first)
        readings.add(_ymd(y, int(a), int(b)))  # 12/25/2024 (month first)
    if len(a) == 2 and len(c) <= 2:  # 24/1/5 (two-digit year first)
        readings.add(_ymd(_year(a), int(b), int(c)))
    readings.discard(None)
    if len(readings) == 1:
        return readings.pop(), []
    if readings:
        return "", [Problem(AMBIGUOUS_DATE, {"value": s}, error=True)]
    return "", [Problem(BAD_DATE, {"value": s}, error=True)]


def date(cell, *, datemode: int = 0) -> tuple[str, list[Problem]]:
    """ISO "2024-01-05" (or "") from a date cell, an Excel serial or a date typed as text.

    Day and month are never guessed: 05/01/2024 is refused as ambiguous, 25/12/2024 and
    12/25/2024 are read. A time of day and a time zone are dropped (the date as written).
    """
    if cell is None:
        return "", []
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat(), []
    if isinstance(cell, dt.date):
        return cell.isoformat(), []
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if isinstance(cell, int) or cell.is_integer():
            n = int(cell)
            if 19000101 <= n <= 29991231:  # 20240105 typed as a number
                iso = _ymd(n // 10000, n // 100 % 100, n % 100)
                if iso:
                    return iso, []
        iso = _serial(cell, datemode)
        if iso:
            return iso, []
        return "", [Problem(BAD_DATE, {"value": text(cell)}, error=True)]
    s = text(cell)
    if not s:
        return "", []
    if not isinstance(cell, str):  # bool, time
        return "", [Problem(BAD_DATE, {"value": s}, error=True)]
    if len(s) == 10 and s[4] == "-" and s[7] == "-":  # already ISO
        try:
            return dt.date.fromisoformat(s).isoformat(), []
        except ValueError:
            pass
    m = _ISO.match(s) or _YMD.match(s)
    if m:
        iso = _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (iso, []) if iso else ("", [Problem(BAD_DATE, {"value": s}, error=True)])
    if s.isdigit():
        if len(s) == 8:
            iso = _ymd(int(s[:4]), int(s[4:6]), int(s[6:]))
            if iso:
                return iso, []
        elif len(s) == 5:  # a serial exported as text
            iso = _serial(int(s), datemode)
            if iso:
                return iso, []
        return "", [Problem(BAD_DATE, {"value": s}, error=True)]
    m = _THREE.match(s)
    if m:
        return _three_parts(m.group(1), m.group(3), m.group(4), s)
    m = _DMY_NAMED.match(s)
    if m and m.group(2)[:3].lower() in _MONTHS:
        iso = _ymd(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
        if iso:
            return iso, []
    m = _MDY_NAMED.match(s)
    if m and m.group(1)[:3].lower() in _MONTHS:
        iso = _ymd(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
        if iso:
            return iso, []
    return "", [Problem(BAD_DATE, {"value": s}, error=True)]


# -- amounts -------------------------------------------------------------------------------
_CURRENCY = re.compile(r"^(?:¥|RMB|CNY|人民币)\s*|\s*(?:元|圆|块|RMB|CNY|人民币)$", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$|^\.\d+$")
_SCALE = {"万": Decimal(10000), "w": Decimal(10000), "亿": Decimal(100000000)}


def _decimal_text(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def amount(cell) -> tuple[str, list[Problem]]:
    """A number as plain text ("12345.5"): ¥ ￥ RMB 元, thousands commas, 万 and (1,234)."""
    if cell is None:
        return "", []
    if isinstance(cell, int) and not isinstance(cell, bool):
        return str(cell), []
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return "", [Problem(BAD_NUMBER, {"value": str(cell)}, error=True)]
        return _number_text(cell), []
    s = text(cell)
    if not s:
        return "", []
    if not isinstance(cell, str):
        return "", [Problem(BAD_NUMBER, {"value": s}, error=True)]
    if _PLAIN.match(s):
        return _decimal_text(Decimal(s)), []
    t = s.replace(" ", "").replace("_", "")
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    if t.startswith("-"):
        negative, t = not negative, t[1:]
    elif t.startswith("+"):
        t = t[1:]
    for _ in range(2):
        t = _CURRENCY.sub("", t)
    if t.startswith("-") and not negative:  # ¥-12
        negative, t = True, t[1:]
    scale = Decimal(1)
    if t and t[-1].lower() in _SCALE:
        scale, t = _SCALE[t[-1].lower()], t[:-1]
        t = _CURRENCY.sub("", t)
    if "," in t:
        if not _GROUPED.match(t):
            return "", [Problem(BAD_NUMBER, {"value": s}, error=True)]
        t = t.replace(",", "")
    if not _PLAIN.match(t):
        return "", [Problem(BAD_NUMBER, {"value": s}, error=True)]
    try:
        d = Decimal(t) * scale
    except InvalidOperation:
        return "", [Problem(BAD_NUMBER, {"value": s}, error=True)]
    return _decimal_text(-d if negative else d), []


# -- grade ---------------------------------------------------------------------------------
_GRADES = {"A": "A", "B": "B", "C": "C", "甲": "A", "乙": "B", "丙": "C"}
_GRADE_SUFFIX = re.compile(r"^([ABC甲乙丙])\s*(?:级|类|等|级客户|类客户|客户)?$")


def grade(cell) -> tuple[str, list[Problem]]:
    """"A" | "B" | "C" | "": also a, A级, A类, A类客户, 甲/乙/丙."""
    s = text(cell)
    if not s:
        return "", []
    u = s.upper()
    if u in _GRADES:
        return _GRADES[u], []
    m = _GRADE_SUFFIX.match(u)
    if m:
        return _GRADES[m.group(1)], []
    return "", [Problem(BAD_GRADE_VALUE, {"value": s}, error=True)]
