"""Sharing a customer with a user who does not own it: they see it (models.core.scopes), read
only. A handover may leave a share that ends by itself after a day (read_until: read-only, see
models.core.scopes); one past its day counts nowhere. One row per customer and user in customer_shares, its id derived from both, so sharing
again brings the same row back and two PCs sharing the same customer make one row. Each share
and unshare is an undoable operation; the owning salesperson, a manager who sees the customer
or an owner may do it (permissions: customer.share)."""

from __future__ import annotations

from models.core import permissions, scopes
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

NO_SUCH_CUSTOMER = T("errors", "There is no such customer.")
NO_SUCH_USER = T("errors", "There is no such user.")
SHARE_WITH_OWNER = T("errors", "{name} owns this customer already.")
NOT_SHARED = T("errors", "This customer is not shared with {name}.")


share_id = scopes.share_id


def _checked(book: Book, customer_id: str, user_id: str):
    customer = book.one("SELECT id, name, owner_id FROM customers WHERE id = ? AND "
                        "deleted_at IS NULL", (customer_id,))
    if customer is None:
        raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
    permissions.require(book, "customer.share", customer)
    user = book.one("SELECT id, name FROM users WHERE id = ? AND active = 1 AND "
                    "deleted_at IS NULL", (user_id,))
    if user is None:
        raise ValidationError("user_id", NO_SUCH_USER)
    return customer, user


def share_customer(book: Book, *, customer_id: str, user_id: str) -> str:
    """Let `user_id` see the customer; returns the share's id (the same when shared before)."""
    customer, user = _checked(book, customer_id, user_id)
    if customer["owner_id"] == user_id:
        raise ValidationError("user_id", SHARE_WITH_OWNER, name=user["name"])
    sid = share_id(customer_id, user_id)
    row = book.one("SELECT deleted_at, read_until FROM customer_shares WHERE id = ?", (sid,))
    if row is not None and row["deleted_at"] is None and not row["read_until"]:
        return sid
    with book.operation("share_customer", label=f"{customer['name']} → {user['name']}") as op:
        if row is None:
            op.insert("customer_shares", {"id": sid, "customer_id": customer_id,
                                          "user_id": user_id})
        else:  # shared before, or readable until a day after a handover: shared for good now
            op.update("customer_shares", sid, {"deleted_at": None, "read_until": ""})
    return sid


def unshare_customer(book: Book, *, customer_id: str, user_id: str) -> str:
    """Stop showing the customer to `user_id` (unless they own it or see it otherwise)."""
    customer, user = _checked(book, customer_id, user_id)
    sid = share_id(customer_id, user_id)
    row = book.one("SELECT deleted_at, read_until FROM customer_shares WHERE id = ?", (sid,))
    if row is None or row["deleted_at"] is not None or (
            row["read_until"] and row["read_until"] < scopes.today_text()):
        raise ValidationError("user_id", NOT_SHARED, name=user["name"])
    with book.operation("unshare_customer", label=f"{customer['name']} → {user['name']}") as op:
        op.update("customer_shares", sid, {"deleted_at": op.now})
    return sid


def shared_with(book: Book, customer_id: str) -> list[dict]:
    """The users the customer is shared with (id, name, read_until: '' or the last day of a
    handover's read-only access), by name; a read-only share past its day is over and not
    listed."""
    return [dict(r) for r in book.all(
        "SELECT u.id, u.name, s.read_until FROM customer_shares s JOIN users u ON "
        "u.id = s.user_id WHERE s.customer_id = ? AND s.deleted_at IS NULL AND "
        "(s.read_until = '' OR s.read_until >= ?) ORDER BY u.name",
        (customer_id, scopes.today_text()))]
