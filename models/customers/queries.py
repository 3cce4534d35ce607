"""Reading the book: search, lists, one customer's whole record."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from models.core import fields, scopes, search
from models.core.book import Book
from models.core.search import like_pattern, match_expression, query_terms
from models.core.values import fold, normalise_mobile, split_numbers

_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")

# the table's columns by the registry (models/core/fields.py); these sort by something else than
# their column: names by their stored pinyin key, other text in pinyin order too (the book's SQL
# function pinyin_order, models/core/search.py), empty grades and dates last, owners by name
_SORTED_BY = {
    "name": "c.sort_key",
    "grade": "CASE c.grade WHEN '' THEN 'Z' ELSE c.grade END",
    "owner": "pinyin_order(u.name)",
    "next_follow_up": "CASE c.next_follow_up WHEN '' THEN '9999' ELSE c.next_follow_up END",
}
_IN_PINYIN = {"name", "text", "tags", "longtext"}
SORTABLE = {f.name: _SORTED_BY.get(f.name, f"pinyin_order(c.{f.key})" if f.type in _IN_PINYIN
                                   else f"c.{f.key}")
            for f in fields.table_columns() if f.type != "health"}


@dataclass
class CustomerFilter:
    text: str = ""
    owner_id: str | None = None
    pool: bool = False  # only the public pool's customers (of nobody; models.team.pool)
    grade: str | None = None
    tag: str | None = None
    city: str | None = None
    trash: bool = False
    sort: str = "name"
    descending: bool = False
    extra: dict = field(default_factory=dict)



def _conditions(book: Book, flt: CustomerFilter, *, probe: bool = False
                ) -> tuple[str, list[str], list]:
    """(FROM clause, WHERE conditions, parameters) of a filter, among the customers the user
    may see (models.core.scopes).

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
    terms = query_terms(flt.text)
    for term in terms:
        table, expression = match_expression(term)
        if table:
            matches.setdefault(table, []).append(expression)
        else:
            literal.append(term)
    if terms and book.search_waits():
        # Some customers' search text is not written yet (an import's, or a sync pass's): the
        # index answers for the others, their own fields for them. One list of rids, which
        # SQLite walks to the customers, rather than two tests of each customer.
        members = []
        for table, expressions in matches.items():
            members.append(f"SELECT rowid FROM {table} WHERE {table} MATCH ?")
            params.append(" AND ".join(f"({e})" for e in expressions))
        for term in literal:
            members.append("SELECT rowid FROM customers_fts WHERE body LIKE ? ESCAPE '\\'")
            params.append(like_pattern(term))
        own = [search.own_match("x", term) for term in terms]
        # (compound selects go left to right: the index's matches, less the customers it does
        # not hold yet, and those of them whose own fields match)
        where.append(f"c.rid IN ({' INTERSECT '.join(members)} EXCEPT {search.PENDING_RIDS} "
                     f"UNION SELECT x.rid FROM search_pending s JOIN customers x "
                     f"ON x.rid = s.rid WHERE {' AND '.join(sql for sql, _ in own)})")
        params.extend(p for _, term_params in own for p in term_params)
        matches, literal = {}, []
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
    if flt.pool:
        where.append("(c.owner_id IS NULL OR c.owner_id = '')")
    if flt.grade is not None:
        where.append("c.grade = ?")
        params.append(flt.grade)
    if flt.city:
        where.append("c.city = ?")
        params.append(flt.city)
    if flt.tag:
        where.append("(', ' || c.tags || ', ') LIKE ? ESCAPE '\\'")
        params.append(like_pattern(", " + flt.tag + ", "))
    seen, seen_params = scopes.visible(book, "c")
    if seen != "1":
        where.append(seen)
        params += seen_params
    return source, where, params


def _rank(flt: CustomerFilter) -> tuple[str, list]:
    """(SQL expression, parameters) ranking a customer against the search text: 0 the name is
    the text, 1 the name starts with it, 2 the name holds it, 3 the contact or a phone number
    holds it, 4 it is found elsewhere (notes, address, contact persons...). A name is also
    matched by its full pinyin (`zhang` ranks 张... as a name prefix). ('', []) without text."""
    terms = query_terms(flt.text)
    if not terms or flt.trash:
        return "", []
    whole, first = fold(flt.text).lower(), terms[0]
    expression = (
        "CASE WHEN lower(c.name) = ? THEN 0 "
        "WHEN substr(lower(c.name), 1, length(?)) = ? OR substr(c.sort_key, 1, length(?)) = ? "
        "THEN 1 WHEN instr(c.sort_key, ?) THEN 2 "
        "WHEN instr(lower(c.contact), ?) OR instr(c.mobile, ?) OR instr(c.phone, ?) THEN 3 "
        "ELSE 4 END"
    )
    return expression, [whole, first, first, first, first, first, first, first, first]


def customer_ids(book: Book, flt: CustomerFilter, *, first: int | None = None) -> list[str]:
    """Ids of the customers that match, in display order; with first=N only the first N.
    Searched in name order, the best matches come first (_rank: the name, then the contact and
    the phone numbers, then the rest), each group in name order."""
    source, where, params = _conditions(book, flt)
    rank, rank_params = _rank(flt) if flt.sort == "name" else ("", [])
    if flt.sort.startswith("custom:"):
        order = "json_extract(c.custom, ?)"
        order_params = ["$." + flt.sort[7:]]
        kind = book.scalar("SELECT kind FROM custom_fields WHERE key = ?", (flt.sort[7:],))
        if kind == "number":  # stored as text: "100" would sort before "20"
            order = f"CAST({order} AS REAL)"
        elif kind != "date":
            order = f"pinyin_order({order})"
    else:
        order = SORTABLE.get(flt.sort, "c.sort_key")
        order_params = []
    direction = "DESC" if flt.descending else "ASC"
    join = "LEFT JOIN users u ON u.id = c.owner_id" if flt.sort == "owner" else ""
    sql = (
        f"SELECT c.id FROM {source} {join} WHERE {' AND '.join(where)} "
        f"ORDER BY {rank + ', ' if rank else ''}{order} {direction}"
        f"{', c.sort_key' if order != 'c.sort_key' else ''}, "
        f"c.id {direction if order == 'c.sort_key' else ''}"
    )
    if first is not None:
        sql += f" LIMIT {int(first)}"
    return [r[0] for r in book.conn.execute(sql, params + rank_params + order_params)]


def count_matching(book: Book, flt: CustomerFilter) -> int:
    source, where, params = _conditions(book, flt)
    return book.scalar(f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}", params)


def search_plan(book: Book, flt: CustomerFilter, total: int) -> int | None:
    """The number of matches when the first screenful should be looked for on its own
    (first_matches), else None (fetch them all: the usual case).

    Measured on 100,000 customers: fetching all matches in rank order costs about 5 us a match
    (110 ms for a character found in 21,000 customers), while first_matches takes 10-60 ms
    for a term in the names but up to 120 ms for one found mostly in notes (its walk of the
    name order finds little). Measured over the search benchmark's terms, it pays from a tenth
    of the book (a threshold of 2% made the 95th percentile three times worse, 30% 25% worse
    than 10%), and a prefix term
    (`li*`) makes each probe of its walk slow. The count
    comes from the index alone (a few ms) less the matching customers in the trash, so it is
    exact.
    """
    if (not flt.text.strip() or flt.sort != "name" or flt.trash or total < 5000
            or flt.owner_id or flt.pool or flt.grade is not None or flt.city or flt.tag
            or not scopes.sees_all(book)  # the index's count counts every customer
            or book.search_waits()):  # and holds every customer's text
        return None
    plans = {match_expression(t) for t in query_terms(flt.text)}
    tables = {table for table, _ in plans}
    if len(tables) != 1 or "" in tables or any("*" in e for _, e in plans):
        return None
    (table,) = tables
    expression = " AND ".join(f"({e})" for _, e in sorted(plans))
    n = book.scalar(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,))
    if n < 0.1 * total:
        return None
    in_trash = book.scalar(
        "SELECT count(*) FROM customers c WHERE c.deleted_at > '' AND EXISTS "
        f"(SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = c.rid)", (expression,))
    return n - in_trash


def first_matches(book: Book, flt: CustomerFilter, n: int, *, walk: int = 5000,
                  rest_walk: int = 1000, matches: int | None = None,
                  total: int | None = None) -> list[str] | None:
    """The first n matches in display order (customer_ids) when the text is one term of
    Chinese that a large share of the book holds (search_plan): sorting the 60,000 customers
    that hold 司 by rank to show the first 50 takes a quarter of a second, this 10-60 ms.

    The names that are the text and those that start with it come from the name index; the
    names that hold it from walking the name order through at most `walk` customers (enough
    when many names hold it: 有限公司). Otherwise one pass over the customers finds every name
    and contact that holds it, and the rest of the page comes from walking the name order
    (at most `rest_walk` customers) for the other matches. None when that does not fill n rows,
    or the text is not such a term: then fetch them all.

    `matches` and `total` (search_plan's count, the live customers) choose how the names and
    contacts that hold the term are found: from the search index when under a quarter of the
    book holds it (16 ms for 电城 in 11,000 of 100,000, against 35 ms for the pass), else by the
    pass (款 in 65,000: 36 ms, against 59 ms from the index). The other matches are then looked
    up in the index once (4 ms for 电城), not probed for each customer walked (56 ms); when
    most of the book holds the term, the walk is short and probing is the quicker."""
    terms = query_terms(flt.text)
    if (len(terms) != 1 or flt.descending or flt.trash or flt.sort != "name"
            or not _HAN_ONLY.fullmatch(terms[0]) or not scopes.sees_all(book)
            or book.search_waits()):
        return None  # (its first queries read every customer, not those the user may see,
    # and trust the index to hold every customer's text)
    term = terms[0]
    live = "deleted_at IS NULL"
    exact = [r[0] for r in book.conn.execute(
        f"SELECT id FROM customers WHERE name = ? AND {live} ORDER BY sort_key, id", (term,))]
    if len(exact) >= n:
        return exact[:n]
    prefix = [r[0] for r in book.conn.execute(
        f"SELECT id FROM customers WHERE name > ? AND name < ? AND {live} "
        f"ORDER BY sort_key, id LIMIT {int(n - len(exact))}", (term, term + "\U0010ffff"))]
    found = exact + prefix
    if len(found) >= n:
        return found[:n]
    few = matches is not None and bool(total) and matches < 0.25 * total
    if not few:  # many names may hold it (有限公司): walk the name order for them
        bound = _walk_bound(book, walk)
        inside = [r[0] for r in book.conn.execute(
            f"SELECT id FROM customers INDEXED BY customers_live_sort WHERE {live} AND "
            f"instr(name, ?) > 1 {bound[0]} ORDER BY sort_key, id LIMIT {int(n - len(found))}",
            (term, *bound[1]))]
        if len(found) + len(inside) == n:
            return found + inside
    # Few names hold it (号, 区: an address, a note): every name or contact that holds it, by
    # rank, then the other matches in name order.
    rank, rank_params = _rank(flt)
    table, expression = match_expression(term)
    if few:
        source = f"{table} f CROSS JOIN customers c ON c.rid = f.rowid"
        where, params = f"{table} MATCH ? AND c.{live}", [expression]
    else:
        source, where, params = "customers c INDEXED BY customers_rank", f"c.{live}", []
    best = [r[0] for r in book.conn.execute(
        f"SELECT c.id FROM {source} WHERE {where} AND (instr(c.name, ?) OR "
        f"instr(c.contact, ?)) ORDER BY {rank}, c.sort_key, c.id LIMIT {int(n)}",
        (*params, term, term, *rank_params))]
    if len(best) == n:
        return best
    bound = _walk_bound(book, rest_walk)
    rest = [r[0] for r in book.conn.execute(
        f"SELECT c.id FROM customers c INDEXED BY customers_live_sort WHERE c.{live} AND "
        + (f"c.rid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)" if few else
           f"EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = c.rid)")
        + " AND NOT "
        f"(instr(c.name, ?) OR instr(c.contact, ?)) {bound[0].replace('sort_key', 'c.sort_key')}"
        f" ORDER BY c.sort_key, c.id LIMIT {int(n - len(best))}",
        (expression, term, term, *bound[1]))]
    found = best + rest
    return found if len(found) == n else None


def _walk_bound(book: Book, walk: int) -> tuple[str, tuple]:
    """(SQL condition, parameters) keeping a walk of the name order to its first `walk`
    live customers."""
    bound = book.one(
        "SELECT sort_key, id FROM customers WHERE deleted_at IS NULL "
        "ORDER BY sort_key, id LIMIT 1 OFFSET ?", (walk - 1,))
    if bound is None:
        return "", ()
    return "AND (sort_key, id) <= (?, ?)", (bound[0], bound[1])


def customer_rows(book: Book, ids: list[str]) -> dict[str, dict]:
    """Rows for these ids (owner's name included), as dicts keyed by id; the customers the user
    may not see are left out, as if they did not exist."""
    out: dict[str, dict] = {}
    seen, seen_params = scopes.visible(book, "c")
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in book.conn.execute(
            f"SELECT c.*, u.name AS owner FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
            f"WHERE c.id IN ({marks}) AND {seen}",
            [*chunk, *seen_params],
        ):
            row = dict(r)
            row["custom"] = json.loads(row["custom"] or "{}")
            out[row["id"]] = row
    return out


def customer(book: Book, customer_id: str) -> dict | None:
    return customer_rows(book, [customer_id]).get(customer_id)


def count_customers(book: Book, trash: bool = False) -> int:
    """Customers the user may see, live or in the trash."""
    cond = "IS NOT NULL" if trash else "IS NULL"
    seen, params = scopes.visible(book, "c")
    return book.scalar(f"SELECT count(*) FROM customers c WHERE c.deleted_at {cond} AND {seen}",
                       params)


def has_customers(book: Book) -> bool:
    """Whether the user may see any live customer (without counting them all)."""
    seen, params = scopes.visible(book, "c")
    return bool(book.scalar(
        f"SELECT EXISTS (SELECT 1 FROM customers c WHERE c.deleted_at IS NULL AND {seen})",
        params))


def contacts(book: Book, customer_id: str) -> list[dict]:
    if not scopes.can_see(book, customer_id):
        return []
    return [dict(r) for r in book.all(
        "SELECT * FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at",
        (customer_id,))]


def interactions(book: Book, customer_id: str) -> list[dict]:
    """The timeline, newest first, with the name of who logged each entry."""
    if not scopes.can_see(book, customer_id):
        return []
    return [dict(r) for r in book.all(
        "SELECT i.*, u.name AS user FROM interactions i LEFT JOIN users u ON u.id = i.user_id "
        "WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.at DESC, i.created_at DESC",
        (customer_id,))]


def history(book: Book, customer_id: str) -> list[dict]:
    """Every audited change of the customer and its contacts and timeline, newest first (by
    clock stamp: another PC's change arrives later than it was made)."""
    if not scopes.can_see(book, customer_id):
        return []
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
    seen, params = scopes.visible(book, "c")
    return [r[0] for r in book.all(
        f"SELECT DISTINCT c.{column} FROM customers c WHERE c.deleted_at IS NULL AND "
        f"c.{column} != '' AND {seen} ORDER BY c.{column}", params)]


def all_tags(book: Book) -> list[str]:
    """Tags in use, the most used first (grouped by the tag lists, which repeat a lot)."""
    seen: dict[str, int] = {}
    where, params = scopes.visible(book, "c")
    for tags, n in book.conn.execute(
        "SELECT c.tags, count(*) FROM customers c WHERE c.deleted_at IS NULL AND c.tags != '' "
        f"AND {where} GROUP BY c.tags", params
    ):
        for tag in tags.split(", "):
            seen[tag] = seen.get(tag, 0) + n
    return sorted(seen, key=lambda t: (-seen[t], t))


def duplicates(book: Book, *, name: str = "", mobile: str = "", exclude_id: str | None = None,
               everyone: bool = False) -> list[dict]:
    """Live customers with the same name or sharing a mobile number, among those the user may
    see (everyone=True: among all, for the check that a customer is another salesperson's:
    models.customers.clash; never show those to the user)."""
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
    if not everyone:
        kept = set(scopes.visible_ids(book, found))
        return [r for cid, r in found.items() if cid in kept]
    return list(found.values())


def contact(book: Book, contact_id: str) -> dict | None:
    """One contact person (also when removed), or None."""
    row = book.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    return dict(row) if row else None
