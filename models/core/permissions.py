"""Roles as data: who may do what, and to which record.

Every permission question in Kehu is asked here: operations call require() before they write,
views call may() to hide or disable what the signed-in user may not do, and the command line
obeys the same answers. Nothing else compares role names.

A role is a row of ROLES; an action is an entry of ACTIONS (its name, the roles that may do it
to any record, and for the other roles, an optional rule that allows it on some records).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import PermissionDenied

if TYPE_CHECKING:
    from models.core.book import Book

OWNER, MANAGER, SALES = "owner", "manager", "sales"


@dataclass(frozen=True)
class Role:
    key: str
    label: str  # translatable (context "Roles")
    needs_password: bool  # in a book used by more than one person


ROLES: dict[str, Role] = {
    r.key: r for r in (
        Role(OWNER, T("Roles", "Owner"), True),
        Role(MANAGER, T("Roles", "Manager"), True),
        Role(SALES, T("Roles", "Sales"), False),
    )
}

OWNER_ONLY = T("errors", "Only an owner may do this.")
OWNER_OR_MANAGER = T("errors", "Only an owner or a manager may do this.")
NOT_SIGNED_IN = T("errors", "Nobody is signed in to this book.")
NOT_YOUR_CUSTOMER = T("errors", "This customer belongs to another salesperson: only they, a "
                                "manager or an owner may change it.")

Rule = Callable[[Mapping, str], bool]  # (record, user id) -> allowed


@dataclass(frozen=True)
class Action:
    name: str
    roles: frozenset[str]  # may do it to any record
    denied: str  # translatable message when refused
    rule: Rule | None = None  # for the other roles: allowed on this record?
    about: str = ""  # what it covers, for readers of this registry
    customer: str = ""  # the record's key naming its customer: refused unless the user sees it
    setting: str = ""  # a book setting (bool) that, when on, lets the other roles do it too


ACTIONS: dict[str, Action] = {}


def action(name: str, roles: tuple[str, ...], denied: str, rule: Rule | None = None,
           about: str = "", customer: str = "", setting: str = "") -> Action:
    """Register an action (one entry; a new check is one more line here)."""
    if name in ACTIONS:
        raise ValueError(f"action {name} is registered twice")
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"action {name}: unknown roles {sorted(unknown)}")
    ACTIONS[name] = Action(name, frozenset(roles), denied, rule, about, customer, setting)
    return ACTIONS[name]


def _own_or_nobodys(record: Mapping, user_id: str) -> bool:
    owner = record["owner_id"] if "owner_id" in record.keys() else None
    return owner in (None, "", user_id)


def _own(record: Mapping, user_id: str) -> bool:
    return (record["owner_id"] if "owner_id" in record.keys() else None) == user_id


def _made_by(record: Mapping, user_id: str) -> bool:
    return record["user_id"] == user_id


BOSSES = (OWNER, MANAGER)

action("settings.change", (OWNER,), OWNER_ONLY,
       about="book settings: pipeline stages and lost reasons, reminder rules, grading rules, "
             "risk words")
action("users.manage", (OWNER,), OWNER_ONLY,
       about="add users, change their name, role or active flag, set another user's password")
action("trash.empty", BOSSES, OWNER_OR_MANAGER, about="delete the trash for good")
action("alerts.view", BOSSES, OWNER_OR_MANAGER,
       about="the Alerts page and which risk words are watched")
action("alerts.review", BOSSES, OWNER_OR_MANAGER, about="review or reopen an alert")
action("alerts.delete", BOSSES, OWNER_OR_MANAGER,
       about="delete, or undo/redo away, text that an alert points to")
action("backup.restore", (OWNER,), T("errors", "Only an owner can restore a backup."),
       about="put a backup in place of the book (its users and settings too)")
action("backup.manage", (OWNER,), OWNER_ONLY, about="delete backups, choose the backup folder")
action("import.undo", BOSSES, T("errors", "Only the person who made the import, a manager or "
                                          "an owner may take it back."),
       rule=_made_by, about="take an import back; a salesperson: their own imports")
action("history.undo_other", (OWNER,), OWNER_ONLY,
       about="undo another user's operation from the history")
action("history.verify", BOSSES, OWNER_OR_MANAGER,
       about="History > Verify: check that nobody rewrote the change log outside Kehu")
action("customers.export", (OWNER, MANAGER, SALES),
       T("errors", "You may not export or print customer lists."),
       about="export or print customer (and deal) lists; each export is recorded in the "
             "history (who, how many rows, which filter). A salesperson exports only the "
             "customers they see (models.core.scopes), and an export of more than the "
             "exports.alert_rows setting raises an owner alert")
action("customers.print", BOSSES, T("errors", "You may not print customer lists: the owner "
                                             "decides who may (Settings > Risk words)."),
       setting="customers.print_sales",
       about="print customer lists (File > Print customer list…); salespeople too when the "
             "owner lets them (the customers.print_sales setting). Each print is recorded as "
             "an export is (who, how many rows, which filter), only the customers the user "
             "sees are printed, and a print of more than the exports.alert_rows setting by a "
             "salesperson raises an owner alert")
action("customers.export_unwatched", BOSSES, OWNER_OR_MANAGER,
       about="export any number of customers without an owner alert (for the others: "
             "more than the exports.alert_rows setting raises one)")
action("team.manage", (OWNER,), OWNER_ONLY,
       about="set up a team in a shared folder, remove a PC from it")
action("customer.edit", BOSSES, NOT_YOUR_CUSTOMER, rule=_own_or_nobodys, customer="id",
       about="change or delete a customer; a salesperson: their own and those of nobody; a "
             "manager: those they see (models.core.scopes). A customer shared with a "
             "salesperson stays read-only for them")
action("customer.share", BOSSES, T("errors", "Only the customer's salesperson, a manager or "
                                             "an owner may share it."),
       rule=_own, customer="id",
       about="let another user see a customer, or stop it; a salesperson: their own customers")
action("customers.hand_over", BOSSES, OWNER_OR_MANAGER,
       about="hand a salesperson's customers (with their open deals, open reminders and unpaid "
             "orders) over to others, and say where a deactivated user's customers go")
action("pool.run", (OWNER,), OWNER_ONLY,
       about="return customers nobody followed up to the public pool by its rules (only on "
             "an owner's PC, so that two PCs never return customers at once)")
action("pool.claim", (OWNER, MANAGER, SALES), NOT_SIGNED_IN,
       about="claim a customer from the public pool, within the pool's limits (owners are "
             "not limited)")
action("pool.release", BOSSES, NOT_YOUR_CUSTOMER, rule=_own, customer="id",
       about="give a customer back to the public pool; a salesperson: their own")
action("products.manage", BOSSES, OWNER_OR_MANAGER,
       about="add, change, deactivate or delete products and their prices")
action("orders.edit", BOSSES, T("errors", "This order belongs to another salesperson: only "
                                          "they, a manager or an owner may change it."),
       rule=_own_or_nobodys, customer="customer_id",
       about="write, change, confirm or delete an order; a salesperson: their own")
action("orders.replan", BOSSES, OWNER_OR_MANAGER,
       about="change the payment plan of a confirmed order")
action("orders.void", (OWNER,), OWNER_ONLY,
       about="void a confirmed order (with a reason), issuing a replacement")
action("payments.record", BOSSES, NOT_YOUR_CUSTOMER, rule=_own_or_nobodys, customer="id",
       about="record money received from a customer; a salesperson: from their own customers "
             "and those of nobody (the record is the customer)")
action("payments.confirm", (OWNER,), T("errors", "Only an owner may confirm or reject a "
                                                 "payment."),
       about="confirm that recorded money arrived (only then it counts as received), or "
             "reject it")
def _handles_or_sells(record: Mapping, user_id: str) -> bool:
    """A ticket: its handler, or the customer's salesperson, or nobody's yet."""
    keys = record.keys()
    handler = record["owner_id"] if "owner_id" in keys else None
    seller = record["customer_owner_id"] if "customer_owner_id" in keys else None
    return handler in (None, "", user_id) or seller == user_id


action("tickets.edit", BOSSES, T("errors", "This ticket is handled by another salesperson: "
                                           "only they, the customer's salesperson, a manager "
                                           "or an owner may change it."),
       rule=_handles_or_sells, customer="customer_id",
       about="open or change a service ticket, move it through its states, record the "
             "satisfaction call; a salesperson: tickets they handle or of their customers, of "
             "customers they may see")
action("tickets.delete", BOSSES, OWNER_OR_MANAGER,
       about="delete a service ticket (a complaint stays on record for anyone else)")


def user_row(book: Book, user_id: str | None = None):
    """The user (default: the signed-in one) if active; None otherwise."""
    uid = book.user_id if user_id is None else user_id
    if uid is None:
        return None
    return book.one("SELECT * FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL",
                    (uid,))


def role_of(book: Book, user_id: str | None = None) -> str | None:
    user = user_row(book, user_id)
    return user["role"] if user is not None else None


def may(book: Book, name: str, record: Mapping | None = None, user_id: str | None = None) -> bool:
    """May the user (default: the signed-in one) do `name` (an ACTIONS key), to `record` when
    given (a row as a mapping)? Without a record: may they do it at all, to some record."""
    return _refusal(book, name, record, user_id) is None


def require(book: Book, name: str, record: Mapping | None = None,
            user_id: str | None = None) -> None:
    """PermissionDenied, with the action's message, unless may()."""
    refusal = _refusal(book, name, record, user_id)
    if refusal is not None:
        customer_id = _read_only_customer(book, name, record, user_id)
        if customer_id:  # say why: handed over, readable until a day
            from models.core import scopes

            scopes.refuse_read_only(book, customer_id, scopes.read_only_until(
                book, customer_id, user_id=user_id))
        raise PermissionDenied(refusal)


def _read_only_customer(book: Book, name: str, record: Mapping | None,
                        user_id: str | None) -> str | None:
    """The customer of `record` when the user may only read it (a handover's read-only share)
    and `name` is about a customer."""
    act = ACTIONS[name]
    if not act.customer or record is None or act.customer not in record.keys():
        return None
    from models.core import scopes

    customer_id = record[act.customer]
    return customer_id if scopes.read_only_until(book, customer_id, user_id=user_id) else None


def unrestricted(book: Book, name: str, user_id: str | None = None) -> bool:
    """Whether the user may do `name` to every record (their role needs no record rule)."""
    return role_of(book, user_id) in ACTIONS[name].roles


def _refusal(book: Book, name: str, record: Mapping | None, user_id: str | None) -> str | None:
    act = ACTIONS[name]  # an unknown name is a programming error: KeyError
    user = user_row(book, user_id)
    if user is None:
        return NOT_SIGNED_IN
    if (act.customer and record is not None and user["role"] != OWNER
            and act.customer in record.keys() and record[act.customer]):
        from models.core import scopes

        if not scopes.can_see(book, record[act.customer], user_id=user["id"]):
            return scopes.NOT_VISIBLE
    if user["role"] in act.roles:
        return None
    if act.setting:
        from models.core import settings

        return None if settings.get(book, act.setting) else act.denied
    if _read_only_customer(book, name, record, user["id"]):
        return act.denied
    if act.rule is None:
        return act.denied
    if record is None or act.rule(record, user["id"]):
        return None
    return act.denied


def role_may(role: str, name: str) -> bool:
    """Whether a role may do `name` to any record, for a user read from outside an open book
    (the users of a backup restored over a damaged book)."""
    return role in ACTIONS[name].roles


def needs_password(role: str) -> bool:
    return ROLES[role].needs_password
