"""撞单: a customer someone adds or imports is already another salesperson's.

When a user who does not see every customer (models.core.scopes) adds a customer whose mobile,
landline or company name (compared as company_key: without spaces, punctuation and the legal
form) belongs to a customer they may not see, the customer is not created: the save says so,
showing at most masked details (138****5678, 杭****材), and the owner gets an alert (word 撞单,
on the customer already in the book, with what was typed) to decide: assign, share or merge.
An import holds such rows in its preview instead of creating them (importers.plan), and tells
the owner the same way when it runs.

This works inside one book. Across the PCs of a team (a keyed hash of the numbers and names
published in the shared folder) it is not built yet.
"""

from __future__ import annotations

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
        found.update(r[0] for r in book.conn.execute(
            f"SELECT x.id FROM customers x WHERE x.rid IN ({search.PENDING_RIDS}) "
            f"AND x.deleted_at IS NULL AND instr({search.own_text('x')}, ?)", (term.lower(),)))
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
    if not candidates:
        return []
    hidden = candidates - set(scopes.visible_ids(book, candidates))
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
    return found


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


def check_new(book: Book, data: dict) -> None:
    """ClashFound (after telling the owner) when `data`, a customer about to be added, is
    another salesperson's customer."""
    found = find(book, data)
    if found:
        tell_owner(book, [(found[0], typed(data))])
        raise ClashFound(found[0])
