"""Reading the book: search, lists, one customer's whole record."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from models.core import fields
from models.core.book import Book
from models.core.search import like_pattern, match_expression, query_terms
from models.core.values import fold, normalise_mobile, split_numbers

# the table's columns by the registry (models/core/fields.py); these sort by something else than
# their column: names by their pinyin key, empty grades and dates last, owners by name
_SORTED_BY = {
    "name": "c.sort_key",
    "grade": "CASE c.grade WHEN '' THEN 'Z' ELSE c.grade END",
    "owner": "u.name",
    "next_follow_up": "CASE c.next_follow_up WHEN '' THEN '9999' ELSE c.next_follow_up END",
}
SORTABLE = {f.name: _SORTED_BY.get(f.name, f"c.{f.key}")
            for f in fields.table_columns() if f.type != "health"}


@dataclass
class CustomerFilter:
    text: str = ""
    owner_id: str | None = None
    grade: str | None = None
    tag: str | None = None
    city: str | None = None
    trash: bool = False
    sort: str = "name"
    descending: bool = False
    extra: dict = field(default_factory=dict)


def _conditions(flt: CustomerFilter, *, probe: bool = False) -> tuple[str, list[str], list]:
    """(FROM clause, WHERE conditions, parameters) of a filter.

    Normally the query is driven from the search index (CROSS JOIN keeps SQLite from walking
    customers in sort order and probing the index for each). With probe=True it walks the
    customers in sort order and probes the index for each one: the fast way to the first
    screenful when a term matches a large share of the book.
    """
    where = ["c.deleted_at IS NOT NULL" if flt.trash else "c.deleted_at IS NULL"]
    params: list = []
    source = "customers c"
    matches: dict[str, list[str]] = {}
    literal: list[str] = []
    for term in query_terms(flt.text):
        table, expression = match_expression(term)
        if table:
            matches.setdefault(table, []).append(expression)
        else:
            literal.append(term)
    for n, (table, expressions) in enumerate(matches.items()):
        expression = " AND ".join(f"({e})" for e in expressions)
        if probe:
            where.append(
                f"EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = c.rid)"
            )
        elif n == 0:
            source = f"{table} f CROSS JOIN customers c ON c.rid = f.rowid"
            where.append(f"{table} MATCH ?")
        else:
            where.append(f"c.rid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
        params.append(expression)
    for term in literal:  # short terms no index can answer (%, _, \ ...): scan, literally
        where.append("c.rid IN (SELECT rowid FROM customers_fts WHERE body LIKE ? ESCAPE '\\')")
        params.append(like_pattern(term))
    if flt.owner_id:
        where.append("c.owner_id = ?")
        params.append(flt.owner_id)
    if flt.grade is not None:
        where.append("c.grade = ?")
        params.append(flt.grade)
    if flt.city:
        where.append("c.city = ?")
        params.append(flt.city)
    if flt.tag:
        where.append("(', ' || c.tags || ', ') LIKE ? ESCAPE '\\'")
        params.append(like_pattern(", " + flt.tag + ", "))
    return source, where, params


def customer_ids(book: Book, flt: CustomerFilter, *, first: int | None = None) -> list[str]:
    """Ids of the customers that match, in display order; with first=N only the first N, found
    by walking the name order (use it when the text matches a large share of the book)."""
    probe = first is not None and bool(flt.text.strip()) and flt.sort == "name"
    source, where, params = _conditions(flt, probe=probe)
    if flt.sort.startswith("custom:"):
        order = "json_extract(c.custom, ?)"
        order_params = ["$." + flt.sort[7:]]
        kind = book.scalar("SELECT kind FROM custom_fields WHERE key = ?", (flt.sort[7:],))
        if kind == "number":  # stored as text: "100" would sort before "20"
            order = f"CAST({order} AS REAL)"
    else:
        order = SORTABLE.get(flt.sort, "c.sort_key")
        order_params = []
    direction = "DESC" if flt.descending else "ASC"
    join = "LEFT JOIN users u ON u.id = c.owner_id" if flt.sort == "owner" else ""
    sql = (
        f"SELECT c.id FROM {source} {join} WHERE {' AND '.join(where)} "
        f"ORDER BY {order} {direction}{', c.sort_key' if order != 'c.sort_key' else ''}, "
        f"c.id {direction if order == 'c.sort_key' else ''}"
    )
    if first is not None:
        sql += f" LIMIT {int(first)}"
    return [r[0] for r in book.conn.execute(sql, params + order_params)]


def count_matching(book: Book, flt: CustomerFilter) -> int:
    source, where, params = _conditions(flt)
    return book.scalar(f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}", params)


def search_plan(book: Book, flt: CustomerFilter, total: int) -> int | None:
    """The number of matches when the first screenful should be looked for by walking the
    name order (first_matches), else None (fetch them all: the usual case).

    Measured on 100,000 customers: fetching all matches costs about 1.5 us a match (145 ms for
    a character found in every customer), while walking the name order and probing the index
    costs 35-50 us a customer walked (2.5 ms for the first 64 of those). Walking only pays
    when a large share matches, and a prefix term (`li*`) makes each probe slow. The count
    comes from the index alone (a few ms) less the matching customers in the trash, so it is
    exact.
    """
    if (not flt.text.strip() or flt.sort != "name" or flt.trash or total < 5000
            or flt.owner_id or flt.grade is not None or flt.city or flt.tag):
        return None
    plans = {match_expression(t) for t in query_terms(flt.text)}
    tables = {table for table, _ in plans}
    if len(tables) != 1 or "" in tables or any("*" in e for _, e in plans):
        return None
    (table,) = tables
    expression = " AND ".join(f"({e})" for _, e in sorted(plans))
    n = book.scalar(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,))
    if n < 0.3 * total:
        return None
    in_trash = book.scalar(
        "SELECT count(*) FROM customers c WHERE c.deleted_at > '' AND EXISTS "
        f"(SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = c.rid)", (expression,))
    return n - in_trash


def first_matches(book: Book, flt: CustomerFilter, n: int, *, walk: int = 250
                  ) -> list[str] | None:
    """The first n matches in name order, looked for among the first `walk` customers only
    (about 10-20 ms at most); None when they are not all there (matches that cluster later in
    the name order, such as names starting with a city): then fetch them all."""
    source, where, params = _conditions(flt, probe=True)
    desc = flt.descending
    direction = "DESC" if desc else "ASC"
    bound = book.one(
        "SELECT sort_key, id FROM customers WHERE deleted_at IS NULL "
        f"ORDER BY sort_key {direction}, id {direction} LIMIT 1 OFFSET ?", (walk - 1,))
    if bound is not None:  # walk no further than the walk-th customer in name order
        where.append(f"(c.sort_key, c.id) {'>=' if desc else '<='} (?, ?)")
        params += [bound[0], bound[1]]
    sql = (
        f"SELECT c.id FROM customers c WHERE {' AND '.join(where)} "
        f"ORDER BY c.sort_key {direction}, c.id {direction} LIMIT {int(n)}"
    )
    ids = [r[0] for r in book.conn.execute(sql, params)]
    return ids if len(ids) == n else None



def customer_rows(book: Book, ids: list[str]) -> dict[str, dict]:
    """Rows for these ids (owner's name included), as dicts keyed by id."""
    out: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in book.conn.execute(
            f"SELECT c.*, u.name AS owner FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
            f"WHERE c.id IN ({marks})",
            chunk,
        ):
            row = dict(r)
            row["custom"] = json.loads(row["custom"] or "{}")
            out[row["id"]] = row
    return out


def customer(book: Book, customer_id: str) -> dict | None:
    return customer_rows(book, [customer_id]).get(customer_id)


def count_customers(book: Book, trash: bool = False) -> int:
    cond = "IS NOT NULL" if trash else "IS NULL"
    return book.scalar(f"SELECT count(*) FROM customers WHERE deleted_at {cond}")


def contacts(book: Book, customer_id: str) -> list[dict]:
    return [dict(r) for r in book.all(
        "SELECT * FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at",
        (customer_id,))]


def interactions(book: Book, customer_id: str) -> list[dict]:
    """The timeline, newest first, with the name of who logged each entry."""
    return [dict(r) for r in book.all(
        "SELECT i.*, u.name AS user FROM interactions i LEFT JOIN users u ON u.id = i.user_id "
        "WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.at DESC, i.created_at DESC",
        (customer_id,))]


def history(book: Book, customer_id: str) -> list[dict]:
    """Every audited change of the customer and its contacts and timeline, newest first (by
    clock stamp: another PC's change arrives later than it was made)."""
    return [dict(r) for r in book.all(
        "SELECT a.*, u.name AS user, o.name AS op_name, o.label AS op_label FROM audit a "
        "LEFT JOIN users u ON u.id = a.user_id JOIN operations o ON o.id = a.op_id "
        "WHERE (a.tbl = 'customers' AND a.record_id = ?) OR (a.tbl IN ('contacts', "
        "'interactions') AND a.record_id IN (SELECT id FROM contacts WHERE customer_id = ? "
        "UNION SELECT id FROM interactions WHERE customer_id = ?)) ORDER BY a.hlc DESC, a.seq DESC",
        (customer_id, customer_id, customer_id))]


def users(book: Book, active_only: bool = True) -> list[dict]:
    cond = "AND active = 1" if active_only else ""
    return [dict(r) for r in book.all(
        f"SELECT * FROM users WHERE deleted_at IS NULL {cond} ORDER BY role = 'owner' DESC, name")]


def distinct_values(book: Book, column: str) -> list[str]:
    assert column in ("city", "industry", "source")
    return [r[0] for r in book.all(
        f"SELECT DISTINCT {column} FROM customers WHERE deleted_at IS NULL AND {column} != '' "
        f"ORDER BY {column}")]


def all_tags(book: Book) -> list[str]:
    """Tags in use, the most used first (grouped by the tag lists, which repeat a lot)."""
    seen: dict[str, int] = {}
    for tags, n in book.conn.execute(
        "SELECT tags, count(*) FROM customers WHERE deleted_at IS NULL AND tags != '' "
        "GROUP BY tags"
    ):
        for tag in tags.split(", "):
            seen[tag] = seen.get(tag, 0) + n
    return sorted(seen, key=lambda t: (-seen[t], t))


def duplicates(book: Book, *, name: str = "", mobile: str = "", exclude_id: str | None = None
               ) -> list[dict]:
    """Live customers with the same name or sharing a mobile number."""
    found: dict[str, dict] = {}
    if fold(name):  # names are stored folded (full-width to half-width, trimmed)
        for r in book.all(
            "SELECT id, name, mobile FROM customers WHERE deleted_at IS NULL AND name = ?",
            (fold(name),),
        ):
            found[r["id"]] = dict(r)
    for number in split_numbers(mobile):
        d = normalise_mobile(number)  # stored without +86, as whole numbers joined by "; "
        if len(d) < 7:
            continue
        for r in book.all(
            "SELECT id, name, mobile FROM customers WHERE deleted_at IS NULL AND "
            "(mobile = ? OR mobile LIKE ? OR mobile LIKE ? OR mobile LIKE ?)",
            (d, d + ";%", "%; " + d, "%; " + d + ";%"),
        ):
            found[r["id"]] = dict(r)
    found.pop(exclude_id, None)
    return list(found.values())


def contact(book: Book, contact_id: str) -> dict | None:
    """One contact person (also when removed), or None."""
    row = book.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    return dict(row) if row else None
