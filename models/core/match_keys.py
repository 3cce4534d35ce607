"""The keys an import matches a customer by, stored per customer (tables match_keys and
match_sources, migration 20), so that a preview looks up the keys of the rows it reads
instead of loading and normalising every customer of the book (importers.matching.BookIndex).

For each customer: each mobile number as stored ("m"), the digits of each mobile and landline
number as 撞单 compares them ("M", "P"; models.customers.clash.number_keys), the e-mail and
WeChat id in lower case ("e", "w") and the name's duplicate key ("n", company_key).
match_sources keeps, per customer, the fields the keys were made from. A customer inserted or
updated with other fields than those (by Kehu until its write path makes the keys again, or by
a tool outside Kehu) is noted in match_dirty by a trigger (migration 20) and not trusted to its
keys: the preview makes that customer's keys from its fields itself. So the stored keys can
only make a preview faster, never change which rows match.

Kept up to date on the write path: Book.reindex and Book.reindex_later (every operation, and
what a sync pass takes in), the import's bulk writer, purges and the undo of an import.
Local to each PC, never synced: they are made again from the customers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from . import values

SOURCE_FIELDS = ("name", "mobile", "phone", "email", "wechat")
SEPARATOR = "\x1f"
# the same text as source() makes, in SQL, for the customers table aliased c
SOURCE_SQL = " || char(31) || ".join(f"c.{f}" for f in SOURCE_FIELDS)

_SUFFIXES = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|责任公司|集团公司|公司|集团|商行|经营部|门市部|批发部|"
    r"分店|总店|专卖店|门店|co\.?,?ltd\.?|ltd\.?|inc\.?|limited|company)$"
)
_NOT_WORD = re.compile(r"[\W_]+")
_CHUNK = 500


def company_key(name: str) -> str:
    """A name as compared for duplicates: folded, lower case, without spaces, punctuation and
    the legal form (有限公司, 商行, Ltd ...)."""
    key = _NOT_WORD.sub("", unicodedata.normalize("NFKC", name or "").lower())
    stripped = _SUFFIXES.sub("", key)
    return stripped or key


def number_keys(text: str) -> set[str]:
    """The digits of each number of a field (mobiles without +86), seven digits or more."""
    text = text or ""
    if text.isascii() and text.isdigit():  # one number as the book keeps it: no need to split
        d = text[2:] if len(text) == 13 and text.startswith("86") else text
        return {d} if len(d) >= 7 else set()
    out = set()
    for part in values.split_numbers(text):
        d = values.normalise_mobile(part)
        if len(d) >= 7:
            out.add(d)
    return out


def source(name: str, mobile: str, phone: str, email: str, wechat: str) -> str:
    return SEPARATOR.join((name, mobile, phone, email, wechat))


def keys(name: str, mobile: str, phone: str, email: str, wechat: str) -> set[tuple[str, str]]:
    """(kind, key) of one customer's fields."""
    out = {("m", n) for n in (mobile or "").split(values.NUMBER_SEPARATOR) if n}
    out.update(("M", n) for n in number_keys(mobile))
    out.update(("P", n) for n in number_keys(phone))
    if email:
        out.add(("e", email.lower()))
    if wechat:
        out.add(("w", wechat.lower()))
    out.add(("n", company_key(name)))
    return out


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _forget(conn, ids: list[str]) -> None:
    """Remove the stored keys of these customers (by what they were made from)."""
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        old = conn.execute(f"SELECT customer_id, source FROM match_sources "
                           f"WHERE customer_id IN ({marks})", part).fetchall()
        if not old:
            continue
        conn.executemany("DELETE FROM match_keys WHERE kind = ? AND key = ? AND customer_id = ?",
                         [(kind, key, cid) for cid, text in old
                          for kind, key in keys(*_fields(text))])
        conn.execute(f"DELETE FROM match_sources WHERE customer_id IN ({marks})", part)


def _fields(text: str) -> list[str]:
    parts = text.split(SEPARATOR)
    return (parts + [""] * len(SOURCE_FIELDS))[:len(SOURCE_FIELDS)]


def add(conn, rows: Iterable[tuple]) -> None:
    """Store the keys of customers that have none yet: rows of (id, name, mobile, phone, email,
    wechat). Before the customers are inserted, their insert is not noted as dirty."""
    pairs, sources = [], []
    for cid, *fields in rows:
        fields = [f or "" for f in fields]
        sources.append((cid, source(*fields)))
        pairs += [(kind, key, cid) for kind, key in keys(*fields)]
    pairs.sort()  # the table's key in order: one pass over its pages instead of random seeks
    conn.executemany("INSERT OR IGNORE INTO match_keys (kind, key, customer_id) VALUES (?, ?, ?)",
                     pairs)
    conn.executemany("INSERT OR REPLACE INTO match_sources (customer_id, source) VALUES (?, ?)",
                     sources)


def refresh(conn, ids: Iterable[str]) -> None:
    """Make the keys of these customers again from their fields (inside the caller's
    transaction); a customer no longer in the table loses its keys. Only the keys that
    changed are written: a customer whose fields the keys come from stayed the same (its city
    or notes edited) writes nothing."""
    ids = list(dict.fromkeys(ids))
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        stored = dict(conn.execute(f"SELECT customer_id, source FROM match_sources "
                                   f"WHERE customer_id IN ({marks})", part).fetchall())
        now = {row[0]: source(*(f or "" for f in row[1:])) for row in conn.execute(
            f"SELECT id, {', '.join(SOURCE_FIELDS)} FROM customers WHERE id IN ({marks})",
            part)}
        gone, made, sources = [], [], []
        for cid in part:
            old, new = stored.get(cid), now.get(cid)
            if old == new:
                continue
            before = keys(*_fields(old)) if old is not None else set()
            after = keys(*_fields(new)) if new is not None else set()
            gone += [(kind, key, cid) for kind, key in before - after]
            made += [(kind, key, cid) for kind, key in after - before]
            if new is not None:
                sources.append((cid, new))
        if gone:
            conn.executemany(
                "DELETE FROM match_keys WHERE kind = ? AND key = ? AND customer_id = ?",
                sorted(gone))
        if made:
            conn.executemany(
                "INSERT OR IGNORE INTO match_keys (kind, key, customer_id) VALUES (?, ?, ?)",
                sorted(made))
        lost = [cid for cid in part if cid in stored and cid not in now]
        if lost:
            conn.execute(f"DELETE FROM match_sources WHERE customer_id IN "
                         f"({', '.join('?' * len(lost))})", lost)
        if sources:
            conn.executemany(
                "INSERT OR REPLACE INTO match_sources (customer_id, source) VALUES (?, ?)",
                sources)
        conn.execute(f"DELETE FROM match_dirty WHERE customer_id IN ({marks})", part)


def forget(conn, ids: Iterable[str]) -> None:
    """Customers purged: their keys go too."""
    _forget(conn, list(dict.fromkeys(ids)))


def rebuild(conn) -> None:
    """Every customer's keys made again (a migration, a book written in bulk)."""
    conn.execute("DELETE FROM match_keys")
    conn.execute("DELETE FROM match_sources")
    conn.execute("DELETE FROM match_dirty")
    cursor = conn.execute(f"SELECT id, {', '.join(SOURCE_FIELDS)} FROM customers")
    while batch := cursor.fetchmany(5000):
        add(conn, batch)


def stale(conn) -> list[tuple]:
    """The live customers whose stored keys may not be made from their fields as they are now
    (noted in match_dirty): (rowid, id, name, contact, mobile, phone, email, wechat, address)."""
    return conn.execute(
        "SELECT c.rowid, c.id, c.name, c.contact, c.mobile, c.phone, c.email, c.wechat, "
        "c.address FROM match_dirty d JOIN customers c ON c.id = d.customer_id "
        "WHERE c.deleted_at IS NULL ORDER BY c.rowid").fetchall()
