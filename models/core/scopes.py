"""Who sees which customers: the one place that decides it.

- An owner sees every customer.
- A manager sees the customers of their team (their own, and those of the users whose
  manager they are: users.manager_id), the public pool (customers of nobody) and the customers
  shared with them. A manager who leads nobody yet sees every customer, as managers did
  before teams existed: the owner narrows their sight by giving them a team
  (models.team.users.set_manager).
- A salesperson sees their own customers, the public pool and the customers shared with them
  (customer_shares, models.customers.sharing).
- Nobody signed in sees nothing.

Everything that belongs to a customer (contacts, contact log, deals, reminders, orders,
payments, grades) is seen exactly when its customer is. Every read in models/ that lists or
counts customers or what belongs to them asks visible() (or customer_in()) for its predicate,
so there is no second rule anywhere. A customer the user may not see does not exist for them:
a read by id answers None, as for a customer that never was.

A handover may leave the former salesperson a read-only share until a day (read_until, the
last day it counts): it gives sight and nothing else, and ends by itself after that day,
derived when read from the clock (models.core.clock), so no job has to take it away. While it
lasts, read_only_until() says so, and every change entry the user's operations would write
about that customer or what belongs to it is refused (models.core.book.Operation), whatever the
operation: the book stays as it was.

Sharing gives sight, not the right to change: a shared customer is read-only for the one it is
shared with (permissions: customer.edit stays with the owning salesperson, managers of their
team and owners). Writes on a customer the user may not see are refused with NOT_VISIBLE
(permissions._refusal asks can_see for customer records).

The predicates use indexes: customers_owner for owner_id, the primary key for the shared ids,
customer_shares_user for the shares of one user.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP as T

if TYPE_CHECKING:
    from models.core.book import Book

NOT_VISIBLE = T("errors", "This customer is not among those you may see.")
READ_ONLY = T("errors", "{name} was handed over to someone else: you may read it until {day}, "
                        "but not change anything of it.")

_ROLE_SQL = "SELECT role FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL"
# A live share: not deleted, and without an end or not past it (read_until >= today).
_SHARED = ("SELECT customer_id FROM customer_shares WHERE user_id = ? AND deleted_at IS NULL "
           "AND (read_until = '' OR read_until >= ?)")
_READ_ONLY = ("SELECT customer_id, read_until FROM customer_shares WHERE user_id = ? AND "
              "deleted_at IS NULL AND read_until != '' AND read_until >= ?")


def share_id(customer_id: str, user_id: str) -> str:
    """The id of the share of a customer with a user (the same on every PC)."""
    from models.core.ids import derived_id

    return derived_id("customer_share", customer_id, user_id)


def today_text() -> str:
    """Today by the clock (injectable in tests), as shares' read_until is written."""
    from models.core import clock

    return clock.today().isoformat()


def _role(book: Book, user_id: str | None) -> str | None:
    uid = book.user_id if user_id is None else user_id
    if uid is None:
        return None
    row = book.conn.execute(_ROLE_SQL, (uid,)).fetchone()
    return row[0] if row else None


def sees_all(book: Book, user_id: str | None = None) -> bool:
    """Whether the user (default: the signed-in one) sees every customer (an owner, or a
    manager who leads nobody yet)."""
    return visible(book, user_id=user_id)[0] == "1"


def visible(book: Book, alias: str = "c", *, user_id: str | None = None,
            shares: bool = True) -> tuple[str, list]:
    """(SQL predicate, parameters) true for the rows of `customers` (as `alias`) that the user
    (default: the signed-in one) may see. Put it in a WHERE clause in parentheses as given;
    "1" for an owner, so that their queries stay as they were. shares=False: what they see
    without the customers shared with them."""
    uid = book.user_id if user_id is None else user_id
    role = _role(book, uid)
    if role == "owner":
        return "1", []
    if role is None:
        return "0", []
    a = alias
    pool = f"{a}.owner_id IS NULL OR {a}.owner_id = ''"
    shared, shared_params = (f" OR {a}.id IN ({_SHARED})", [uid, today_text()]) if shares \
        else ("", [])
    if role == "manager":
        if book.conn.execute("SELECT 1 FROM users WHERE manager_id = ? AND deleted_at IS NULL "
                             "LIMIT 1", (uid,)).fetchone() is None:
            return "1", []
        team = (f"{a}.owner_id IN (SELECT id FROM users WHERE id = ? UNION "
                f"SELECT id FROM users WHERE manager_id = ?)")
        return f"({pool} OR {team}{shared})", [uid, uid, *shared_params]
    return f"({pool} OR {a}.owner_id = ?{shared})", [uid, *shared_params]


def customer_in(book: Book, column: str, *, user_id: str | None = None) -> tuple[str, list]:
    """(SQL predicate, parameters) true when `column` (a customer id, such as d.customer_id)
    names a customer the user may see; "1" for an owner. For tables that point to customers
    without joining them."""
    where, params = visible(book, "sc", user_id=user_id)
    if where == "1":
        return "1", []
    return f"{column} IN (SELECT sc.id FROM customers sc WHERE {where})", params


def can_see(book: Book, customer_id: str | None, *, user_id: str | None = None) -> bool:
    """Whether the user may see this customer (a missing one: False)."""
    if not customer_id:
        return False
    where, params = visible(book, "c", user_id=user_id)
    return book.conn.execute(f"SELECT 1 FROM customers c WHERE c.id = ? AND {where}",
                             [customer_id, *params]).fetchone() is not None


def visible_ids(book: Book, customer_ids, *, user_id: str | None = None) -> list[str]:
    """Those of `customer_ids` the user may see, in the order given."""
    ids = list(customer_ids)
    where, params = visible(book, "c", user_id=user_id)
    if where == "1":
        return ids
    seen: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        seen.update(r[0] for r in book.conn.execute(
            f"SELECT c.id FROM customers c WHERE c.id IN ({marks}) AND {where}",
            [*chunk, *params]))
    return [i for i in ids if i in seen]


def visible_as(book: Book, customers, *, shared=None, user_id: str | None = None) -> set[str]:
    """Those of `customers`, (customer id, owner id) pairs of customers this book does not hold
    (another PC's, models.customers.clash), that the user would see if it held them: the same
    predicate, over the pairs instead of the table. shared: {customer id: [(user id,
    read_until), ...]}, the customers' shares as their PC published them (this book may hold
    none of them yet): a share with the user that counts today shows the customer, as one in
    customer_shares does."""
    pairs = list(customers)
    where, params = visible(book, "c", user_id=user_id)
    if where == "1":
        return {cid for cid, _ in pairs}
    seen: set[str] = set()
    if where != "0" and shared:
        uid, today = book.user_id if user_id is None else user_id, today_text()
        seen.update(cid for cid, _ in pairs if any(
            user == uid and (not until or until >= today) for user, until in shared.get(cid, ())))
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        marks = ", ".join("(?, ?)" for _ in chunk)
        seen.update(r[0] for r in book.conn.execute(
            f"WITH c(id, owner_id) AS (VALUES {marks}) SELECT c.id FROM c WHERE {where}",
            [v for pair in chunk for v in pair] + params))
    return seen


def require_visible(book: Book, customer_id: str | None, *, user_id: str | None = None) -> None:
    """PermissionDenied (NOT_VISIBLE) unless the user may see this customer; nothing for no
    customer (a reminder or deal about nobody)."""
    if not customer_id or sees_all(book, user_id):
        return
    if not can_see(book, customer_id, user_id=user_id):
        from models.core.errors import PermissionDenied

        raise PermissionDenied(NOT_VISIBLE)


def read_only_customers(book: Book, *, user_id: str | None = None) -> dict[str, str]:
    """{customer id: the last day} of the customers the user sees only through a handover's
    read-only share that has not ended: those they may read and not change. Empty for most
    users (one indexed read)."""
    uid = book.user_id if user_id is None else user_id
    if uid is None:
        return {}
    rows = dict(book.conn.execute(_READ_ONLY, (uid, today_text())).fetchall())
    if not rows:
        return rows
    where, params = visible(book, "c", user_id=uid, shares=False)
    if where == "1":
        return {}
    ids = json.dumps(list(rows))
    for (cid,) in book.conn.execute(
            f"SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) "
            f"AND {where}", [ids, *params]):
        rows.pop(cid, None)  # seen otherwise (their own again, their team's, the pool)
    return rows


def read_only_until(book: Book, customer_id: str | None, *, user_id: str | None = None) -> str:
    """The last day (YYYY-MM-DD) the user may read this customer, when a handover's read-only
    share is how they see it; '' otherwise (they may change it as their role allows, or do not
    see it at all)."""
    if not customer_id:
        return ""
    uid = book.user_id if user_id is None else user_id
    if uid is None:
        return ""
    row = book.conn.execute(
        f"{_READ_ONLY} AND customer_id = ?", (uid, today_text(), customer_id)).fetchone()
    if row is None:
        return ""
    where, params = visible(book, "c", user_id=uid, shares=False)
    if where == "1" or book.conn.execute(f"SELECT 1 FROM customers c WHERE c.id = ? AND {where}",
                                         [customer_id, *params]).fetchone():
        return ""
    return row[1]


def refuse_read_only(book: Book, customer_id: str, day: str) -> None:
    """PermissionDenied (READ_ONLY) about this customer, readable until `day`."""
    from models.core.errors import PermissionDenied

    name = book.conn.execute("SELECT name FROM customers WHERE id = ?",
                             (customer_id,)).fetchone()
    raise PermissionDenied(READ_ONLY, name=name[0] if name else "", day=day)
