"""What the search index holds for a customer, and how a query is read.

The index is an FTS5 table with the trigram tokenizer (substrings of Chinese text, digits of
phone numbers), holding pinyin too: full pinyin and initials, so `zsf` and `zhangsanfeng` both
find 张三丰.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from models.core import fields
from models.core.values import digits, fold

_HAN = re.compile(r"[\u3400-\u9fff]")
_PHONE_LIKE = re.compile(r"^[\d\-() +]+$")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"\w+")

# Between the parts of a body. Whitespace only: query terms never hold whitespace, so no term
# can match the separator itself or run from one part into the next.
SEPARATOR = "\n"


@lru_cache(maxsize=8192)
def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of text, lower case; ('', '') when text has no Chinese."""
    if not text or not _HAN.search(text):
        return "", ""
    full = [syllable for run in _HAN_RUN.findall(text) for syllable in _run_pinyin(run)]
    return "".join(full).lower(), "".join(s[0] for s in full if s).lower()


@lru_cache(maxsize=65536)
def _run_pinyin(run: str) -> tuple[str, ...]:
    """The syllables of one run of Chinese characters. Names differ in their digits and
    letters more than in their Chinese (杭州金达建材店12, 杭州金达建材店13), so the runs repeat
    across an import where whole names do not: segmenting each run once saves most of it."""
    return tuple(syllable for word in _words(run) for syllable in _word_pinyin(word))


def _words(run: str) -> list[str]:
    """The words of a run of Chinese characters, as pypinyin segments them."""
    from pypinyin.seg.mmseg import seg  # its dictionaries are large; only writes need them

    return seg.cut(run)


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> tuple[str, ...]:
    """pypinyin's reading of one word. Names share their words (五金, 有限公司, 张), so reading
    word by word through this cache gives lazy_pinyin's result for the whole name at a small
    fraction of its cost (lazy_pinyin segments the same way, then reads each word alone)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word, errors="ignore"))


def sort_key(name: str) -> str:
    folded = fold(name)
    full, _ = pinyin_keys(folded)
    return (full + " " if full else "") + folded.lower()


@lru_cache(maxsize=262144)
def _pinyin_order(value: object) -> object:
    if not isinstance(value, str) or not value:
        return value
    if value.isascii():
        return value.lower()
    return sort_key(value)


def register_functions(conn) -> None:
    """SQL functions the queries use, on a connection to a book: pinyin_order(text) is the
    text's key in pinyin order, as sort_key gives for names (佛山 foshan before 上海 shanghai,
    which code points put the other way round). Sorting a column of 100,000 customers by it costs about 0.2 s
    more than by code point (0.8 s for addresses, nearly all different, the first time)."""
    conn.create_function("pinyin_order", 1, _pinyin_order, deterministic=True)


# the searched fields other than names and numbers (models/core/fields.py)
_CUSTOMER_TEXTS = fields.searchable_texts("customers")
_CONTACT_TEXTS = fields.searchable_texts("contacts")


def build_body(customer: dict, contacts: Iterable[dict] = (), interactions: Iterable[str] = ()) -> str:
    parts: list[str] = []
    people = [customer.get("name", ""), customer.get("contact", "")]
    phones = [customer.get("mobile", ""), customer.get("phone", "")]
    for c in contacts:
        people.append(c.get("name", ""))
        phones += [c.get("mobile", ""), c.get("phone", "")]
        parts += [c.get(key, "") for key in _CONTACT_TEXTS]
    for person in people:
        parts.append(person)
        parts.extend(pinyin_keys(person))
    for number in phones:
        if number:
            parts.append(number)
            # a number as Kehu keeps a mobile is its own digits
            parts.extend(n if n.isascii() and n.isdigit() else digits(n)
                         for n in number.split(";"))
    for key in _CUSTOMER_TEXTS:
        parts.append(customer.get(key, "") or "")
    parts.extend(interactions)
    return SEPARATOR.join(p for p in parts if p).lower()


# Customers whose search text waits to be written (Book.reindex_later, an import's customers;
# table search_pending, this PC's own): their rids as SQL, and the SQL of their own searched
# fields (own_match), which search reads for them until Book.index_pending has caught up.
PENDING_RIDS = "SELECT rid FROM search_pending"
_OWN_FIELDS = ("name", "sort_key", "contact", "mobile", "phone", *_CUSTOMER_TEXTS)


_HAS_LETTER = re.compile(r"[a-z]")
_OWN_DIGITS = "replace(replace(replace({a}.phone, '-', ''), ' ', ''), '+', '')"


def own_match(alias: str, term: str) -> tuple[str, list[str]]:
    """(SQL condition, parameters): one of the customer's own searched fields holds the term
    (lower case) - the name's full pinyin (its sort key) and the phone numbers also as digits
    among them: what build_body holds of the customer, less the initials, the contact persons
    and the notes of calls.

    Field by field, so that no text is built for each customer: a term without a Latin letter
    (Chinese, digits: most of what a shop searches for) is looked for as it is, and one with
    a letter by LIKE, which ignores the case of Latin letters as SQLite's lower() changes
    them. Over 100,000 customers waiting for their search text: 0.3 s a search before
    (lower() of all the fields joined), 0.1 s (without a letter) to 0.2 s (with one)."""
    if _HAS_LETTER.search(term):
        test, param = "{} LIKE ? ESCAPE '\\'", like_pattern(term)
    else:
        test, param = "instr({}, ?)", term
    columns = [f"{alias}.{f}" for f in _OWN_FIELDS] + [_OWN_DIGITS.format(a=alias)]
    return "(" + " OR ".join(test.format(c) for c in columns) + ")", [param] * len(columns)


def query_terms(text: str) -> list[str]:
    """Terms of a query: phone-like input is reduced to its digits; everything lower case."""
    text = fold(text).lower()
    if not text:
        return []
    if _PHONE_LIKE.match(text):
        d = digits(text)
        if text.startswith(("+86", "0086")):  # numbers are stored without the country code
            d = d[4:] if text.startswith("0086") else d[2:]
        return [d] if d else []
    return [t for t in text.split() if t]


def spaced(body: str) -> str:
    """The text for the index of short terms: each run of Chinese characters becomes tokens of
    its single characters and of its pairs (五金店 -> 五 金 店 五金 金店), so that a one- or
    two-character query is one token lookup."""
    return _HAN_RUN.sub(_run_tokens, body)


def _run_tokens(match: re.Match) -> str:
    return _tokens(match.group(0))


@lru_cache(maxsize=65536)
def _tokens(run: str) -> str:
    """Runs repeat across a book (cities, trades, streets), so their tokens are cached."""
    pairs = [run[i : i + 2] for i in range(len(run) - 1)]
    return " " + " ".join([*run, *pairs]) + " "


def match_expression(term: str) -> tuple[str, str]:
    """(index table, FTS5 MATCH expression) finding term as a substring.

    Terms of three characters or more use the trigram index. Shorter ones use the index of
    single characters and pairs: Chinese as one token, anything else as a prefix of a word
    (`zs` finds `zsf`, `13` finds 138...).
    """
    if len(term) >= 3:
        return "customers_fts", '"' + term.replace('"', '""') + '"'
    if not term.isalnum():
        # The short-term index drops punctuation (%, _, \ ...): ("", "") tells the caller to
        # compare the term literally instead, so it neither matches everything nor a prefix.
        return "", ""
    if _HAN_RUN.fullmatch(term):
        return "customers_chars", '"' + term + '"'
    words = _WORD.findall(_HAN_RUN.sub(lambda m: " " + " ".join(m.group(0)) + " ", term))
    if not words:
        return "", ""
    return "customers_chars", " AND ".join(
        f'"{w}"' if _HAN.match(w) else f'"{w}"*' for w in words
    )


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
