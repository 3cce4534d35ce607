"""撞单: a customer someone adds or imports is already another salesperson's.

When a user who does not see every customer (models.core.scopes) adds a customer whose mobile,
landline or company name (compared as company_key: without spaces, punctuation and the legal
form) belongs to a customer they may not see, the customer is not created: the save says so,
showing at most masked details (138****5678, 杭****材), and the owner gets an alert (word 撞单,
on the customer already in the book, with what was typed) to decide: assign, share or merge.
An import holds such rows in its preview instead of creating them (importers.plan), and tells
the owner the same way when it runs.

Across the PCs of a team, a customer of another salesperson may not be in this PC's book yet
(their changes have not arrived). Each PC publishes in the shared folder a clash index of the
customers it holds (models.sync.clash_index): per customer its id, its owner and a keyed hash
(HMAC-SHA256 with the team's clash key, cut to 16 bytes) of each number ("tel:" + its digits)
and of its company key ("name:" + company_key); a PC keeps what the others published, as last
synced, for the customers it does not hold itself (the clash_index table). find() looks the
hashes of what was typed up there too; the masked details shown are made from what the user
typed, and the owner's alert is written on the customer by its id: it waits on this PC until
that customer arrives and reaches the owner's PC through the folder like any other change.

A customer shared with the user (models.customers.sharing), or in the public pool, is no 撞单
for them: they see it (models.core.scopes), and the form's duplicate check shows it to them when
this book holds it. The index names each customer's shares with it, so that a customer shared
with the user is none on a PC that does not hold it yet either; an unshare counts from the
index of a PC that took it in.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from models.core import scopes, search, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.core.match_keys import company_key, number_keys  # noqa: F401 - named here too

CLASH_WORD = "撞单"  # the alert's word: the trade's own term, as the owner searches for it
CLASH_FIELD = "clash"  # the alert's field (views.alerts_page names the place)
KEY_LOCAL = "clash_key"  # where a team's PC keeps the clash key (the book's local table)
# where it keeps the shares the other PCs' indexes name (models.sync.clash_index)
SHARES_LOCAL = "clash_shares"
DIGEST_BYTES = 16
MESSAGES = {
    "mobile": T("errors", "Already another salesperson's customer (mobile {value}); the owner "
                          "has been told."),
    "phone": T("errors", "Already another salesperson's customer (phone {value}); the owner "
                         "has been told."),
    "name": T("errors", "Already another salesperson's customer (name {value}); the owner has "
                        "been told."),
}

_NOT_DIGIT = re.compile(r"\D+")


def mask_number(digits: str) -> str:
    """138****5678: the first three and the last four digits."""
    if len(digits) <= 7:
        return digits[:2] + "*" * (len(digits) - 2)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_name(name: str) -> str:
    """杭****材: the first and the last character."""
    name = values.fold(name)
    if len(name) <= 2:
        return name[:1] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


class Hasher:
    """The keyed hashes of values as the clash index holds them: HMAC-SHA256 under the clash
    key of "tel:<digits>" (a number, mobile or landline alike) or "name:<company key>", cut to
    DIGEST_BYTES."""

    def __init__(self, key: bytes) -> None:
        self._base = hmac.new(key, digestmod="sha256")

    def __call__(self, kind: str, value: str) -> bytes:
        one = self._base.copy()
        one.update(f"{kind}:{value}".encode())
        return one.digest()[:DIGEST_BYTES]

    def customer(self, name: str, mobile: str, phone: str) -> list[bytes]:
        """The hashes of a customer's numbers and company key."""
        out = [self("tel", n) for n in sorted(number_keys(mobile) | number_keys(phone))]
        name_key = company_key(name)
        if name_key:
            out.append(self("name", name_key))
        return out


def clash_key(book: Book) -> bytes | None:
    """This PC's copy of the team's clash key (kept by models.sync.clash_index), or None."""
    row = book.conn.execute("SELECT value FROM local WHERE key = ?", (KEY_LOCAL,)).fetchone()
    if not row or not row[0]:
        return None
    try:
        return bytes.fromhex(row[0])
    except ValueError:
        return None


def kept_shares(book: Book) -> dict[str, dict[str, list]]:
    """The shares the other PCs' indexes name, as this PC kept them for the customers it does
    not hold: device -> customer id -> [[user id, read_until], ...]."""
    row = book.conn.execute("SELECT value FROM local WHERE key = ?",
                            (SHARES_LOCAL,)).fetchone()
    try:
        kept = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


@dataclass(frozen=True)
class Clash:
    customer_id: str  # the customer already in the book (never shown to the user)
    kind: str  # mobile | phone | name
    masked: str  # what the user may be shown

    def message(self) -> str:
        return MESSAGES[self.kind]


class ClashFound(ValidationError):
    """The customer is another salesperson's: not created, the owner told."""

    def __init__(self, clash: Clash) -> None:
        super().__init__("name" if clash.kind == "name" else clash.kind, clash.message(),
                         value=clash.masked)
        self.clash = clash


def _fts_ids(book: Book, term: str) -> set[str]:
    """Customers whose search text holds term (three characters or more), by the index."""
    if len(term) < 3:
        return set()
    found = {r[0] for r in book.conn.execute(
        "SELECT c.id FROM customers_fts f JOIN customers c ON c.rid = f.rowid "
        "WHERE customers_fts MATCH ? AND c.deleted_at IS NULL",
        ('"' + term.replace('"', '""') + '"',))}
    if book.search_waits():  # their text in the index may be out of date
        own, params = search.own_match("x", term.lower())
        found.update(r[0] for r in book.conn.execute(
            f"SELECT x.id FROM customers x WHERE x.rid IN ({search.PENDING_RIDS}) "
            f"AND x.deleted_at IS NULL AND {own}", params))
    return found


def find(book: Book, data: dict, *, exclude_id: str | None = None) -> list[Clash]:
    """The customers the user may not see that share a mobile, a landline or the company name
    with `data` (cleaned customer values); none for a user who sees every customer."""
    if scopes.sees_all(book):
        return []
    mobiles, phones = number_keys(data.get("mobile", "")), number_keys(data.get("phone", ""))
    key = company_key(data.get("name", ""))
    candidates: set[str] = set()
    for number in mobiles | phones:
        candidates |= _fts_ids(book, number)
    if len(key) >= 3:
        candidates |= _fts_ids(book, key)
    elif key:
        candidates |= {r[0] for r in book.conn.execute(
            "SELECT id FROM customers WHERE deleted_at IS NULL AND name = ?",
            (values.fold(data.get("name", "")),))}
    candidates.discard(exclude_id)
    hidden = candidates - set(scopes.visible_ids(book, candidates)) if candidates else set()
    found: list[Clash] = []
    for cid in sorted(hidden):
        row = book.one("SELECT name, mobile, phone FROM customers WHERE id = ?", (cid,))
        theirs = number_keys(row["mobile"]) | number_keys(row["phone"])
        for kind, numbers in (("mobile", mobiles), ("phone", phones)):
            same = sorted(numbers & theirs)
            if same:
                found.append(Clash(cid, kind, mask_number(same[0])))
                break
        else:
            if key and company_key(row["name"]) == key:
                found.append(Clash(cid, "name", mask_name(data.get("name", ""))))
    return found + Elsewhere(book).find(data, skip={exclude_id, *candidates})


class Elsewhere:
    """The customers the other PCs of the team published (the clash_index table, as last
    synced) that this book does not hold: looked up by the keyed hashes of typed values."""

    def __init__(self, book: Book, *, many: bool = False) -> None:
        """many: the hashes are read once into memory, for looking up many rows (an import);
        otherwise each lookup asks the table's index."""
        self.book = book
        key = clash_key(book)
        self.hash = Hasher(key) if key is not None else None
        self.sees_all = scopes.sees_all(book)
        self.active = key is not None and book.conn.execute(
            "SELECT 1 FROM clash_index LIMIT 1").fetchone() is not None
        self.known: set[bytes] | None = None
        self.shares: dict[str, dict[str, list]] | None = None  # read when first needed
        if self.active and many and not self.sees_all:
            cursor = book.conn.cursor()
            cursor.row_factory = None  # plain tuples: 60,000 digests read in two thirds the time
            self.known = {d for (d,) in cursor.execute("SELECT digest FROM clash_index")}
            self.shares = kept_shares(book)

    def find(self, data: dict, *, skip: Iterable[str | None] = ()) -> list[Clash]:
        """Another PC's customers the user may not see that share a mobile, a landline or
        the company name with `data`, masked from what was typed (one Clash per customer)."""
        if not self.active or self.sees_all:
            return []
        asked, hits, seen = self._lookup(data, set(skip))
        order = {d: i for i, d in enumerate(asked)}
        found = []
        for cid, rows in sorted(hits.items()):
            if cid in seen or not rows:
                continue
            kind, typed_value = asked[min((r[0] for r in rows), key=order.__getitem__)]
            found.append(Clash(cid, kind, mask_name(typed_value) if kind == "name"
                               else mask_number(typed_value)))
        return found

    def seen(self, data: dict) -> list[str]:
        """Another PC's customers, not in this book yet, that share a mobile, a landline or
        the company name with `data` and that the user sees (shared with them, their own added
        on another PC): the same customer, arriving with the next sync."""
        if not self.active:
            return []
        _, hits, seen = self._lookup(data, set())
        return sorted(cid for cid, rows in hits.items() if rows and cid in seen)

    def _lookup(self, data: dict, skip: set) -> tuple[dict, dict, set[str]]:
        """(digest -> (kind, what was typed) of the typed values, customer id -> [(digest,
        device, stamp)] of the hits in the newest word about each customer this book does not
        hold, the ids of those the user would see)."""
        asked: dict[bytes, tuple[str, str]] = {}  # digest -> (kind, what was typed)
        for kind in ("mobile", "phone"):
            for number in sorted(number_keys(data.get(kind) or "")):
                asked.setdefault(self.hash("tel", number), (kind, number))
        key = company_key(data.get("name") or "")
        if key:
            asked.setdefault(self.hash("name", key), ("name", data.get("name") or ""))
        if self.known is not None:
            asked = {d: v for d, v in asked.items() if d in self.known}
        if not asked:
            return asked, {}, set()
        conn = self.book.conn
        hits: dict[str, list[tuple[bytes, str, str]]] = {}
        for d, cid, device, stamp in conn.execute(
                f"SELECT digest, customer_id, device_id, stamp FROM clash_index WHERE digest IN "
                f"({', '.join('?' * len(asked))})", list(asked)):
            if cid not in skip:
                hits.setdefault(cid, []).append((d, device, stamp))
        owners: dict[str, str | None] = {}
        devices: dict[str, str] = {}
        for cid in list(hits):
            if conn.execute("SELECT 1 FROM customers WHERE id = ?", (cid,)).fetchone():
                del hits[cid]  # in this book now: find() has looked at it itself
                continue
            # the newest word about the customer counts (a change of hands, a changed number)
            device, stamp, owner = conn.execute(
                "SELECT device_id, stamp, owner_id FROM clash_index WHERE customer_id = ? "
                "ORDER BY stamp DESC LIMIT 1", (cid,)).fetchone()
            hits[cid] = [h for h in hits[cid] if (h[1], h[2]) == (device, stamp)]
            owners[cid], devices[cid] = owner, device
        if not hits:
            return asked, hits, set()
        if self.shares is None or self.known is None:  # one lookup: read as they are now
            self.shares = kept_shares(self.book)
        # the shares as the PC whose word counts published them with the customer
        shared = {cid: self.shares.get(devices[cid], {}).get(cid, []) for cid in hits}
        seen = scopes.visible_as(self.book, [(cid, owners[cid]) for cid in hits], shared=shared)
        return asked, hits, seen


def typed(data: dict) -> str:
    """What the user typed, for the owner's alert (they typed it: nothing leaks)."""
    return " · ".join(v for v in (values.fold(str(data.get(k) or "")) for k in
                                  ("name", "contact", "mobile", "phone")) if v)


def tell_owner(book: Book, clashes: Iterable[tuple[Clash, str]]) -> int:
    """One alert per customer already in the book (word 撞单), in one operation: the context
    is what was typed. An alert already there is brought back to review with the new
    attempt. Returns how many alerts were written or reopened."""
    from models import alerts

    return alerts.report_clashes(book, [(c.customer_id, text) for c, text in clashes],
                                 word=CLASH_WORD, field=CLASH_FIELD)


def arriving(book: Book, data: dict) -> list[str]:
    """The customers the user sees that share a mobile, a landline or the company name with
    `data` (cleaned customer values) and that this PC does not hold yet: another PC of the
    team published them (a customer shared with the user, their own added on another PC).
    The form's duplicate check counts them; it cannot show them before they arrive."""
    return Elsewhere(book).seen(data)


def check_new(book: Book, data: dict) -> None:
    """ClashFound (after telling the owner) when `data`, a customer about to be added, is
    another salesperson's customer."""
    found = find(book, data)
    if found:
        tell_owner(book, [(found[0], typed(data))])
        raise ClashFound(found[0])
