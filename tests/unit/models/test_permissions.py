"""Roles as data (models.core.permissions): who may do what, to which record; owner passwords in a
shared book; waiting after wrong passwords."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models.core import permissions
from models.core.errors import PasswordNeeded, PermissionDenied, ValidationError
from models.core.permissions import may, require
from models.customers import operations as ops
from models.team import users
from tests.book_helpers import raw_write

ROOT = Path(__file__).resolve().parents[3]

# What each role may do, for every registered action (without a record: "to some record").
EXPECTED = {
    "settings.change": {"owner"},
    "users.manage": {"owner"},
    "trash.empty": {"owner", "manager"},
    "alerts.view": {"owner", "manager"},
    "alerts.review": {"owner", "manager"},
    "alerts.delete": {"owner", "manager"},
    "backup.restore": {"owner"},
    "backup.manage": {"owner"},
    "import.undo": {"owner", "manager", "sales"},  # a salesperson: their own imports
    "history.undo_other": {"owner"},
    "team.manage": {"owner"},
    "customer.edit": {"owner", "manager", "sales"},  # a salesperson: theirs and nobody's
    "customer.share": {"owner", "manager", "sales"},  # a salesperson: their own customers
    "customers.hand_over": {"owner", "manager"},
    "products.manage": {"owner", "manager"},
    "orders.edit": {"owner", "manager", "sales"},  # a salesperson: their own orders
    "orders.replan": {"owner", "manager"},
    "orders.void": {"owner"},
    "payments.record": {"owner", "manager", "sales"},  # a salesperson: their customers'
    "payments.confirm": {"owner"},
    "tickets.edit": {"owner", "manager", "sales"},  # a salesperson: theirs, their customers'
    "tickets.delete": {"owner", "manager"},
    "history.verify": {"owner", "manager"},
    "customers.export": {"owner", "manager", "sales"},  # a salesperson: what they see
    "customers.export_unwatched": {"owner", "manager"},  # the others: an alert past a limit
    "customers.print": {"owner", "manager", "sales"},  # salespeople: while the owner lets them
    "pool.run": {"owner"},  # on an owner's PC only
    "pool.claim": {"owner", "manager", "sales"},  # within the pool's limits
    "pool.release": {"owner", "manager", "sales"},  # a salesperson: their own customers
}


@pytest.fixture
def team(book):
    """The owner (password boss), a manager (mg) and two salespeople (no password)."""
    owner = book.user_id
    manager = users.add_user(book, name="经理", role="manager", password="mg", owner_password="boss")
    li = users.add_user(book, name="李娜", role="sales")
    wang = users.add_user(book, name="王强", role="sales")
    return {"owner": owner, "manager": manager, "sales": li, "other": wang}


def test_every_action_is_registered_with_what_each_role_may_do(book, team):
    assert set(permissions.ACTIONS) == set(EXPECTED)
    for name, roles in EXPECTED.items():
        for role, uid in (("owner", team["owner"]), ("manager", team["manager"]),
                          ("sales", team["sales"])):
            assert may(book, name, user_id=uid) == (role in roles), (name, role)
            act = permissions.ACTIONS[name]
            if act.rule is None and not act.setting:  # the same answer outside a book
                assert permissions.role_may(role, name) == (role in roles), (name, role)


def test_the_signed_in_user_is_asked_by_default_and_require_says_why(book, team):
    assert may(book, "settings.change")
    users.sign_in(book, user_id=team["sales"])
    assert not may(book, "settings.change")
    with pytest.raises(PermissionDenied) as err:
        require(book, "backup.restore")
    assert str(err.value) == "Only an owner can restore a backup."
    with pytest.raises(PermissionDenied, match="owner or a manager"):
        require(book, "trash.empty")
    with pytest.raises(KeyError):
        may(book, "no.such.action")


def test_a_disabled_user_may_do_nothing(book, team):
    users.update_user(book, user_id=team["manager"], active=False)
    assert not may(book, "trash.empty", user_id=team["manager"])
    with pytest.raises(PermissionDenied, match="Nobody is signed in"):
        require(book, "customer.edit", user_id=team["manager"])


def test_a_salesperson_edits_their_own_customers_and_those_of_nobody(book, team):
    mine = ops.add_customer(book, data={"name": "李娜的客户", "owner_id": team["sales"]})
    theirs = ops.add_customer(book, data={"name": "王强的客户", "owner_id": team["other"]})
    nobodys = ops.add_customer(book, data={"name": "公共客户"})
    raw_write(book, "UPDATE customers SET owner_id = NULL WHERE id = ?", (nobodys,))
    row = lambda cid: book.one("SELECT * FROM customers WHERE id = ?", (cid,))  # noqa: E731
    assert may(book, "customer.edit", row(mine), user_id=team["sales"])
    assert may(book, "customer.edit", row(nobodys), user_id=team["sales"])
    assert not may(book, "customer.edit", row(theirs), user_id=team["sales"])
    assert may(book, "customer.edit", row(theirs), user_id=team["manager"])
    # the operations ask the same question
    users.sign_in(book, user_id=team["sales"])
    ops.update_customer(book, customer_id=mine, data={"city": "杭州"})
    ops.update_customer(book, customer_id=nobodys, data={"city": "杭州"})
    before = book.scalar("SELECT count(*) FROM audit")
    with pytest.raises(PermissionDenied, match="not among those you may see"):
        ops.update_customer(book, customer_id=theirs, data={"city": "杭州"})
    with pytest.raises(PermissionDenied):
        ops.delete_customers(book, customer_ids=[mine, theirs])
    assert book.scalar("SELECT count(*) FROM audit") == before
    assert row(theirs)["city"] == "" and row(mine)["deleted_at"] is None


def test_owner_only_operations_refuse_a_manager_and_a_salesperson(book, team):
    from models import alerts, deals
    from models.reports import grading

    for uid in (team["manager"], team["sales"]):
        users.sign_in(book, user_id=uid, password="mg")
        before = book.scalar("SELECT count(*) FROM audit")
        for call in (lambda: alerts.set_words(book, words=["回扣"]),
                     lambda: grading.set_rules(book, rules=grading.rules(book)),
                     lambda: deals.add_stage(book, name="新阶段"),
                     lambda: users.add_user(book, name="新人", role="sales"),
                     lambda: users.update_user(book, user_id=team["other"], active=False)):
            with pytest.raises(PermissionDenied):
                call()
        assert book.scalar("SELECT count(*) FROM audit") == before
    users.sign_in(book, user_id=team["manager"], password="mg")
    ops.empty_trash(book)  # a manager may empty the trash; a salesperson may not
    users.sign_in(book, user_id=team["sales"])
    with pytest.raises(PermissionDenied):
        ops.empty_trash(book)


def test_roles_accept_a_manager_and_nothing_unknown(book, team):
    with pytest.raises(ValidationError) as err:
        users.update_user(book, user_id=team["other"], role="manager")  # has no password
    assert err.value.field == "password"
    users.set_password(book, user_id=team["other"], password="wq")
    users.update_user(book, user_id=team["other"], role="manager")
    assert permissions.role_of(book, team["other"]) == "manager"
    with pytest.raises(ValidationError):
        users.update_user(book, user_id=team["other"], role="boss")


# -- an owner password in a shared book ---------------------------------------------------
def test_the_second_user_needs_the_owners_password_first(book):
    owner = book.user_id
    before = book.scalar("SELECT count(*) FROM users")
    with pytest.raises(ValidationError) as err:
        users.add_user(book, name="李娜", role="sales")
    assert err.value.field == "owner_password"
    assert "Set a password for yourself first" in str(err.value)
    assert book.scalar("SELECT count(*) FROM users") == before
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    assert users.check_password(book.scalar("SELECT password_hash FROM users WHERE id = ?",
                                          (owner,)), "boss")
    # a new owner or manager in a shared book brings a password too
    with pytest.raises(ValidationError, match="经理 needs a password"):
        users.add_user(book, name="经理", role="manager")
    users.add_user(book, name="经理", role="manager", password="m")
    # nor can an owner take their password away while others use the book
    with pytest.raises(ValidationError):
        users.set_password(book, user_id=owner, password="", current="boss")
    # the owner_password of a later call does not change a password already set
    users.add_user(book, name="王强", role="sales", owner_password="other")
    users.sign_in(book, user_id=li)
    users.sign_in(book, user_id=owner, password="boss")


def test_a_single_user_book_needs_no_password(book):
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.update_user(book, user_id=li, active=False)
    users.set_password(book, user_id=book.user_id, password="", current="boss")
    assert book.user["password_hash"] is None


def test_an_owner_without_a_password_in_a_shared_book_must_choose_one_to_sign_in(book):
    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    # a book from before this rule: the owner has no password yet
    raw_write(book, "UPDATE users SET password_hash = NULL WHERE id = ?", (owner,))
    users.sign_in(book, user_id=li)
    with pytest.raises(PasswordNeeded, match="choose a password"):
        users.sign_in(book, user_id=owner)
    assert book.user_id == li
    users.sign_in(book, user_id=owner, new_password="new-boss")
    assert book.user_id == owner
    users.sign_in(book, user_id=li)
    with pytest.raises(PermissionDenied):
        users.sign_in(book, user_id=owner)
    users.sign_in(book, user_id=owner, password="new-boss")


# -- waiting after wrong passwords ----------------------------------------------------------
def test_wrong_passwords_make_the_user_wait_longer_each_time(book, now):
    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=li)
    for _ in range(4):
        with pytest.raises(PermissionDenied) as err:
            users.sign_in(book, user_id=owner, password="guess")
        assert str(err.value) == "The password is not right."
    with pytest.raises(PermissionDenied, match="can try again in 30 seconds"):
        users.sign_in(book, user_id=owner, password="guess")
    # while waiting even the right password is refused, and says how long is left
    now["t"] += dt.timedelta(seconds=10)
    with pytest.raises(PermissionDenied, match=r"Try again in 20 seconds"):
        users.sign_in(book, user_id=owner, password="boss")
    assert book.user_id == li
    now["t"] += dt.timedelta(seconds=20)
    with pytest.raises(PermissionDenied, match="60 seconds"):
        users.sign_in(book, user_id=owner, password="guess")
    waits = []
    for _ in range(6):
        now["t"] += dt.timedelta(minutes=20)
        with pytest.raises(PermissionDenied) as err:
            users.sign_in(book, user_id=owner, password="guess")
        waits.append(re.search(r"again in (\d+ \w+)", str(err.value)).group(1))
    assert waits == ["2 minutes", "4 minutes", "8 minutes", "15 minutes", "15 minutes",
                     "15 minutes"]
    # kept in the book: closing and opening it again does not reset the count
    path = book.path
    book.close()
    from models.core.book import Book

    with Book.open(path) as again:
        with pytest.raises(PermissionDenied, match="15 minutes"):
            users.sign_in(again, user_id=owner, password="boss")
        now["t"] += dt.timedelta(minutes=15)
        users.sign_in(again, user_id=owner, password="boss")  # the right one clears the count
        assert again.scalar("SELECT count(*) FROM sign_in_tries") == 0
        users.sign_in(again, user_id=li)
        with pytest.raises(PermissionDenied) as err:
            users.sign_in(again, user_id=owner, password="guess")
        assert str(err.value) == "The password is not right."
        # none of it is an operation: nothing to undo, nothing in the audit
        assert again.scalar("SELECT count(*) FROM audit WHERE tbl = 'sign_in_tries'") == 0


def test_a_wrong_current_password_counts_too(book, now):
    users.add_user(book, name="李娜", role="sales", owner_password="boss")
    for _ in range(4):
        with pytest.raises(PermissionDenied):
            users.set_password(book, user_id=book.user_id, password="x", current="no")
    with pytest.raises(PermissionDenied, match="30 seconds"):
        users.set_password(book, user_id=book.user_id, password="x", current="no")
    with pytest.raises(PermissionDenied, match="Try again"):
        users.set_password(book, user_id=book.user_id, password="x", current="boss")


# -- no role checks outside models.core.permissions ---------------------------------------------
ROLE_LITERAL = re.compile(r"""["'](owner|manager|sales)["']""")


def asks_about_roles(line: str) -> bool:
    """A line that asks about roles itself: is_owner, or a role name next to a role."""
    if "is_owner" in line or "_require_owner" in line:
        return True
    return bool(re.search(r"role", line, re.IGNORECASE) and ROLE_LITERAL.search(line))


def test_views_and_the_desktop_never_test_roles_themselves():
    found = []
    for folder in ("views", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if asks_about_roles(line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == [], "ask models.core.permissions.may() instead:\n" + "\n".join(found)


def test_the_role_test_finds_what_it_looks_for():
    for line in ('if book.is_owner:', 'ok = user["role"] == "owner"', "if role != 'sales':",
                 'x = "manager" == role', 'combo.addItem(role_name("owner"), "owner")',
                 'if user["role"] in ("owner", "manager"):'):
        assert asks_about_roles(line), line
    for line in ('may(book, "settings.change")', 'role_name(user["role"])',
                 'if role == Qt.ItemDataRole.DisplayRole:', 'if column == "owner":'):
        assert not asks_about_roles(line), line
