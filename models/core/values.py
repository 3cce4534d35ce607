"""Normalising and validating field values (phones, e-mail, dates, grades)."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

NUMBER_SEPARATOR = "; "
_SPLIT = re.compile(r"[/\\;,，；、\n]+")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MOBILE_CHARS = re.compile(r"^[\d\-()+. ]+$")
# digits, an extension, and a label in brackets as the importer keeps it: 0571-88886666 (南)
_LANDLINE_CHARS = re.compile(
    r"^[\d\-()+ ]+(?:(?:转|ext\.?|x)\s*\d*)?(?:\s*[(（][^()（）\d]{1,8}[)）])?$", re.IGNORECASE)

BAD_MOBILE = T("errors", "{value} does not look like a mobile number (11 digits starting with 1).")
BAD_PHONE = T("errors", "{value} does not look like a phone number.")
BAD_EMAIL = T("errors", "{value} does not look like an e-mail address.")
BAD_DATE = T("errors", "{value} is not a date (write it as 2024-01-31).")
BAD_GRADE = T("errors", "The grade must be A, B or C.")
NAME_REQUIRED = T("errors", "The customer needs a name.")
BAD_NUMBER = T("errors", "{value} is not a number.")
BAD_CHOICE = T("errors", "{value} is not one of the choices of this field.")

GRADES = ("A", "B", "C")
_NOT_DIGIT = re.compile(r"\D")


def fold(text: str) -> str:
    """Full-width to half-width, trimmed (NFKC keeps Chinese characters as they are)."""
    return unicodedata.normalize("NFKC", text or "").strip()


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", fold(text))


def split_numbers(text: str) -> list[str]:
    return [part for part in _SPLIT.split(fold(text)) if part]


def normalise_mobile(number: str) -> str:
    d = digits(number)
    if len(d) == 13 and d.startswith("86"):
        d = d[2:]
    return d


def clean_mobiles(text: str, field: str = "mobile") -> str:
    """One or several mobile numbers, validated and joined with NUMBER_SEPARATOR.

    Spaces inside one number are kept together ("138 0013 8000"); numbers separated only by
    spaces are split when each piece is a mobile on its own.
    """
    out = []
    for part in split_numbers(text):
        if not _MOBILE_CHARS.match(part):  # letters are not silently dropped
            raise ValidationError(field, BAD_MOBILE, value=part)
        number = normalise_mobile(part)
        if _MOBILE.match(number):
            pieces = [number]
        else:
            pieces = [normalise_mobile(p) for p in part.split()]
            if len(pieces) < 2 or not all(_MOBILE.match(p) for p in pieces):
                raise ValidationError(field, BAD_MOBILE, value=part)
        out.extend(p for p in pieces if p not in out)
    return NUMBER_SEPARATOR.join(out)


def clean_phones(text: str, field: str = "phone") -> str:
    """Landlines keep their area code and leading zero; several are split on / ; , 、."""
    out = []
    for part in re.split(r"[/\\;,，；、]+", fold(text)):
        part = part.strip()
        if not part:
            continue
        if not _LANDLINE_CHARS.match(part) or len(digits(part)) < 5:
            raise ValidationError(field, BAD_PHONE, value=part)
        if part not in out:
            out.append(part)
    return NUMBER_SEPARATOR.join(out)


def clean_email(text: str, field: str = "email") -> str:
    value = fold(text)
    if value and not _EMAIL.match(value):
        raise ValidationError(field, BAD_EMAIL, value=value)
    return value


def clean_date(text: str, field: str) -> str:
    value = fold(text)
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(field, BAD_DATE, value=value) from None


def clean_grade(text: str) -> str:
    value = fold(text).upper()
    if value and value not in GRADES:
        raise ValidationError("grade", BAD_GRADE)
    return value


def clean_tags(text: str | list[str]) -> str:
    parts = text if isinstance(text, list) else re.split(r"[,，;；、]+", fold(text))
    out: list[str] = []
    for part in parts:
        part = fold(part)
        if part and part not in out:
            out.append(part)
    return ", ".join(out)


def tag_list(text: str) -> list[str]:
    return [t for t in (text or "").split(", ") if t]


def clean_number(text: str, field: str) -> str:
    value = fold(text).replace(",", "")
    if not value:
        return ""
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(field, BAD_NUMBER, value=value) from None
    if not math.isfinite(number):  # float() takes "nan" and "inf"
        raise ValidationError(field, BAD_NUMBER, value=value)
    return value
