"""What the search index holds for a customer, and how a query is read.

The index is an FTS5 table with the trigram tokenizer (substrings of Chinese text, digits of
phone numbers), holding pinyin too: full pinyin and initials, so `zsf` and `zhangsanfeng` both
find 张三丰.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from .values import digits, fold

_HAN = re.compile(r"[\u3400-\u9fff]")
_PHONE_LIKE = re.compile(r"^[\d\-() +]+$")


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of text, lower case; ('', '') when text has no Chinese."""
    if not text or not _HAN.search(text):
        return "", ""
    full = lazy_pinyin(text, errors="ignore")
    return "".join(full).lower(), "".join(s[0] for s in full if s).lower()


def sort_key(name: str) -> str:
    full, _ = pinyin_keys(fold(name))
    return (full + " " if full else "") + fold(name).lower()


def build_body(customer: dict, contacts: Iterable[dict] = (), interactions: Iterable[str] = ()) -> str:
    parts: list[str] = []
    people = [customer.get("name", ""), customer.get("contact", "")]
    phones = [customer.get("mobile", ""), customer.get("phone", "")]
    for c in contacts:
        people.append(c.get("name", ""))
        phones += [c.get("mobile", ""), c.get("phone", "")]
        parts += [c.get("title", ""), c.get("email", ""), c.get("wechat", ""), c.get("notes", "")]
    for person in people:
        parts.append(person)
        parts.extend(pinyin_keys(person))
    for number in phones:
        if number:
            parts.append(number)
            parts.extend(digits(n) for n in number.split(";"))
    for key in ("email", "wechat", "address", "city", "industry", "source", "tags", "notes"):
        parts.append(customer.get(key, "") or "")
    parts.extend(interactions)
    return " | ".join(p for p in parts if p).lower()


def query_terms(text: str) -> list[str]:
    """Terms of a query: phone-like input is reduced to its digits; everything lower case."""
    text = fold(text).lower()
    if not text:
        return []
    if _PHONE_LIKE.match(text):
        d = digits(text)
        return [d] if d else []
    return [t for t in text.split() if t]


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
