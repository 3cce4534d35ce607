"""Users: owners and salespeople, passwords as salted scrypt, who wrote what."""

from __future__ import annotations

import hashlib

import pytest

from models.core import changelog
from models.core.book import Book
from models.core.errors import PermissionDenied, ValidationError
from models.customers import operations as ops
from models.customers import queries
from models.team import users

TABLES = ("users", "customers", "operations", "audit")


def counts(book: Book) -> dict[str, int]:
    return {t: book.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def test_the_first_open_creates_one_owner_and_later_opens_do_not(tmp_path):
    path = tmp_path / "b.sqlite"
    with Book.open(path, owner_name="老板") as book:
        [owner] = queries.users(book)
        assert (owner["name"], owner["role"], owner["active"]) == ("老板", "owner", 1)
        assert book.user_id == owner["id"] and book.is_owner
    with Book.open(path, owner_name="别人") as book:
        assert [u["name"] for u in queries.users(book, active_only=False)] == ["老板"]
        assert book.user_id == owner["id"]


def test_passwords_are_salted_scrypt_hashes(book):
    a = users.add_user(book, name="小李", role="sales", password="secret-123", owner_password="boss")
    b = users.add_user(book, name="小王", role="sales", password="secret-123", owner_password="boss")
    ha = book.scalar("SELECT password_hash FROM users WHERE id = ?", (a,))
    hb = book.scalar("SELECT password_hash FROM users WHERE id = ?", (b,))
    assert ha.startswith("scrypt$") and hb.startswith("scrypt$")
    assert ha != hb
    everything = "\n".join(str(tuple(r)) for t in ("users", "audit")
                           for r in book.all(f"SELECT * FROM {t}"))
    assert "secret-123" not in everything
    assert hashlib.sha256(b"secret-123").hexdigest() not in everything
    assert users.check_password(ha, "secret-123")
    assert not users.check_password(ha, "secret-124")


def test_a_password_hashed_by_hashlib_before_still_signs_in():
    salt = bytes(range(16))
    digest = hashlib.scrypt(b"secret-123", salt=salt, n=2**14, r=8, p=1)  # as Kehu hashed before
    stored = f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"
    assert users.check_password(stored, "secret-123")
    assert not users.check_password(stored, "secret-12")
    made = users.hash_password("secret-123")
    _, n, r, p, salt_hex, digest_hex = made.split("$")
    assert hashlib.scrypt(b"secret-123", salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                          p=int(p)).hex() == digest_hex


def test_sign_in_checks_the_password(book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", password="pw", owner_password="boss")
    with pytest.raises(PermissionDenied):
        users.sign_in(book, user_id=sales, password="wrong")
    assert book.user_id == owner
    users.sign_in(book, user_id=sales, password="pw")
    assert book.user_id == sales and not book.is_owner


def test_an_inactive_user_cannot_sign_in(book):
    sales = users.add_user(book, name="小李", role="sales", password="pw", owner_password="boss")
    users.update_user(book, user_id=sales, active=False)
    with pytest.raises(ValidationError):
        users.sign_in(book, user_id=sales, password="pw")
    assert [u["name"] for u in queries.users(book)] == [book.user["name"]]
    assert len(queries.users(book, active_only=False)) == 2


def test_only_owners_add_or_change_users(book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    users.sign_in(book, user_id=sales)
    before = counts(book)
    with pytest.raises(PermissionDenied):
        users.add_user(book, name="小王", role="sales", owner_password="boss")
    with pytest.raises(PermissionDenied):
        users.update_user(book, user_id=sales, role="owner")
    with pytest.raises(PermissionDenied):
        users.update_user(book, user_id=owner, active=False)
    with pytest.raises(PermissionDenied):
        users.set_password(book, user_id=owner, password="mine")
    assert counts(book) == before
    assert book.scalar("SELECT role FROM users WHERE id = ?", (sales,)) == "sales"
    # a salesperson may set their own password
    users.set_password(book, user_id=sales, password="new")
    with pytest.raises(PermissionDenied):
        users.set_password(book, user_id=sales, password="newer", current="wrong")
    users.set_password(book, user_id=sales, password="newer", current="new")
    users.sign_in(book, user_id=owner, password="boss")
    with pytest.raises(PermissionDenied):
        users.sign_in(book, user_id=sales, password="new")
    users.sign_in(book, user_id=sales, password="newer")


def test_an_owner_changes_users(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    with pytest.raises(ValidationError) as err:  # an owner of a shared book needs a password
        users.update_user(book, user_id=sales, name="李明", role="owner")
    assert "李明 needs a password" in str(err.value)
    users.set_password(book, user_id=sales, password="lm")
    users.update_user(book, user_id=sales, name="李明", role="owner")
    row = book.one("SELECT * FROM users WHERE id = ?", (sales,))
    assert (row["name"], row["role"]) == ("李明", "owner")
    with pytest.raises(ValidationError) as err:
        users.update_user(book, user_id=sales, role="boss")
    assert err.value.field == "role"
    with pytest.raises(ValidationError) as err:
        users.add_user(book, name=" ", role="sales", owner_password="boss")
    assert err.value.field == "name"


def test_the_last_active_owner_cannot_be_demoted_or_deactivated(book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    before = counts(book)
    with pytest.raises(ValidationError):
        users.update_user(book, user_id=owner, role="sales")
    with pytest.raises(ValidationError):
        users.update_user(book, user_id=owner, active=False)
    assert counts(book) == before
    assert book.is_owner
    # an inactive second owner does not count
    second = users.add_user(book, name="二老板", role="owner", password="2")
    users.update_user(book, user_id=second, active=False)
    with pytest.raises(ValidationError):
        users.update_user(book, user_id=owner, role="sales")
    # an active one does
    users.update_user(book, user_id=second, active=True)
    users.update_user(book, user_id=owner, role="sales")
    assert book.scalar("SELECT role FROM users WHERE id = ?", (owner,)) == "sales"
    assert book.scalar("SELECT role FROM users WHERE id = ?", (sales,)) == "sales"


def test_the_current_user_is_recorded_on_every_write(book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "甲", "owner_id": sales})
    mark = book.scalar("SELECT max(seq) FROM audit")
    users.sign_in(book, user_id=sales)
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    iid = ops.log_interaction(book, customer_id=cid, kind="call", text="打过电话")
    ops.add_contact(book, customer_id=cid, data={"name": "王"})
    ops.delete_customers(book, customer_ids=[cid])
    changelog.undo(book)
    later = book.all("SELECT * FROM audit WHERE seq > ?", (mark,))
    assert len(later) >= 5
    assert {r["user_id"] for r in later} == {sales}
    assert {r["user_id"] for r in book.all("SELECT * FROM audit WHERE seq <= ? AND op_id IN "
                                           "(SELECT id FROM operations WHERE user_id IS NOT NULL)",
                                           (mark,))} == {owner}
    assert book.scalar("SELECT user_id FROM interactions WHERE id = ?", (iid,)) == sales
    assert queries.interactions(book, cid)[0]["user"] == "小李"
    ops_by_sales = book.all("SELECT * FROM operations WHERE user_id = ? ORDER BY seq", (sales,))
    assert [o["name"] for o in ops_by_sales] == [
        "update_customer", "log_interaction", "add_contact", "delete_customers", "undo"]


def test_a_new_customer_belongs_to_the_current_user(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    users.sign_in(book, user_id=sales)
    cid = ops.add_customer(book, data={"name": "甲"})
    assert queries.customer(book, cid)["owner_id"] == sales
