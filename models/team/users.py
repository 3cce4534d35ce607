"""The book's users: adding and changing them, passwords (salted scrypt) and signing in,
with a growing wait after wrong passwords."""

from __future__ import annotations

import os

from models.core import permissions, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import PasswordNeeded, PermissionDenied, ValidationError

USER_NAME_REQUIRED = T("errors", "The user needs a name.")
BAD_ROLE = T("errors", "A user is an owner, a manager or a salesperson.")
LAST_OWNER = T("errors", "The book needs at least one active owner.")
WRONG_PASSWORD = T("errors", "The password is not right.")
NO_SUCH_USER = T("errors", "There is no such user.")
OWNS_CUSTOMERS = T("errors", "{name} still has {n} customers. Choose who takes them over before "
                             "{name} is deactivated: no customer is left without an owner.")
SET_YOURS_FIRST = T("errors", "Set a password for yourself first: when more than one person "
                              "uses the book, an owner needs a password, or anyone could sign "
                              "in as the owner.")
NEEDS_PASSWORD = T("errors", "{name} needs a password: when more than one person uses the book, "
                             "every owner and manager needs one.")
CHOOSE_PASSWORD = T("errors", "{name} has no password yet. More than one person uses this "
                              "book, so choose a password for {name} now.")
WAIT_SECONDS = T("errors", "Too many wrong passwords for {name}. Try again in {n} seconds.")
WAIT_MINUTES = T("errors", "Too many wrong passwords for {name}. Try again in {n} minutes.")
WRONG_WAIT_SECONDS = T("errors", "The password is not right. After too many wrong tries, "
                                 "{name} can try again in {n} seconds.")
WRONG_WAIT_MINUTES = T("errors", "The password is not right. After too many wrong tries, "
                                 "{name} can try again in {n} minutes.")
FREE_TRIES = 5  # wrong passwords in a row before the first wait
FIRST_WAIT, LONGEST_WAIT = 30, 15 * 60  # seconds; the wait doubles after each further wrong one


# -- users -------------------------------------------------------------------------------
def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """scrypt with a 64-byte result, as hashlib.scrypt made the hashes stored before: from
    `cryptography`, which team sync uses too, so that the frozen app needs no second copy of
    OpenSSL for hashlib (imported here, when a password is set or checked, not at start-up)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(password.encode())


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(password, salt, 2**14, 8, 1)
    return f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"


def check_password(stored: str | None, password: str) -> bool:
    if not stored:
        return True
    import hmac

    _, n, r, p, salt, digest = stored.split("$")
    got = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(got.hex(), digest)


def _password_gap(book: Book, users: list[dict]) -> None:
    """Refuse when more than one of `users` (every user as they would be after the change) is
    active and an owner or manager among them has no password: anyone could sign in as them."""
    active = [u for u in users if u["active"] and not u.get("deleted_at")]
    if len(active) < 2:
        return
    missing = [u for u in active
               if permissions.needs_password(u["role"]) and not u["password_hash"]]
    for u in sorted(missing, key=lambda u: u["id"] != book.user_id):
        if u["id"] == book.user_id:
            raise ValidationError("owner_password", SET_YOURS_FIRST)
        raise ValidationError("password", NEEDS_PASSWORD, name=u["name"])


def _all_users(book: Book) -> list[dict]:
    return [dict(r) for r in book.all("SELECT * FROM users WHERE deleted_at IS NULL")]


def add_user(book: Book, *, name: str, role: str, password: str = "", owner_password: str = "",
             first: bool = False) -> str:
    """A new user. When the book gets its second active user, every owner and manager needs a
    password: an owner who has none gives theirs in `owner_password`, set in the same step
    (ignored when they have one: changing it asks for the current one, see set_password)."""
    if not first:
        permissions.require(book, "users.manage")
    name = values.fold(name)
    if not name:
        raise ValidationError("name", USER_NAME_REQUIRED)
    if role not in permissions.ROLES:
        raise ValidationError("role", BAD_ROLE)
    row = {"name": name, "role": role, "active": 1,
           "password_hash": hash_password(password) if password else None}
    mine = None  # the acting owner's first password, given in this call
    if not first:
        others = _all_users(book)
        for u in others:
            if u["id"] == book.user_id and owner_password and not u["password_hash"]:
                mine = u["password_hash"] = hash_password(owner_password)
        _password_gap(book, [*others, {**row, "id": None}])
    # the first owner comes with the new book: Kehu's step (changelog.AUTOMATIC_OPS)
    with book.operation("new_book" if first else "add_user", label=name,
                        undoable=not first) as op:
        if mine:
            op.update("users", book.user_id, {"password_hash": mine})
        uid = op.insert("users", row)
    if first:
        book.user_id = uid
    return uid


def check_user_change(book: Book, *, user_id: str, name: str | None = None,
                      role: str | None = None, active: bool | None = None) -> dict:
    """The fields that update_user would write, checked (a name, a known role, an owner left,
    passwords where they are needed); ValidationError or PermissionDenied otherwise."""
    permissions.require(book, "users.manage")
    data: dict = {}
    if name is not None:
        if not values.fold(name):
            raise ValidationError("name", USER_NAME_REQUIRED)
        data["name"] = values.fold(name)
    if role is not None:
        if role not in permissions.ROLES:
            raise ValidationError("role", BAD_ROLE)
        data["role"] = role
    if active is not None:
        data["active"] = int(active)
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    demotes = user["role"] == permissions.OWNER and (
        data.get("role", permissions.OWNER) != permissions.OWNER or data.get("active") == 0)
    if demotes:
        others = book.scalar(
            "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND deleted_at IS NULL "
            "AND id != ?", (permissions.OWNER, user_id))
        if not others:
            raise ValidationError("role", LAST_OWNER)
    _password_gap(book, [{**u, **data} if u["id"] == user_id else u for u in _all_users(book)])
    return data


def update_user(book: Book, *, user_id: str, name: str | None = None, role: str | None = None,
                active: bool | None = None, hand_over_to: list[str] | None = None,
                mode: str = "round_robin", note: str = "") -> dict:
    """Change a user. Deactivating one who still has customers is refused (OWNS_CUSTOMERS)
    unless `hand_over_to` names who takes them (models.team.handover, in turn or by `mode`):
    then the customers move and the user is deactivated in one step."""
    data = check_user_change(book, user_id=user_id, name=name, role=role, active=active)
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if data.get("active") == 0 and user["active"]:
        from models.team import handover

        n = handover.owned_count(book, user_id)
        if n and not hand_over_to:
            raise ValidationError("active", OWNS_CUSTOMERS, name=user["name"], n=n)
        if n:
            data.pop("active")
            moved = handover.hand_over(book, from_user=user_id, to_users=hand_over_to,
                                       mode=mode, note=note, deactivate=True)
            changed = {"active": (1, 0)}
            if data:
                changed.update(update_user(book, user_id=user_id, **{
                    k: v for k, v in (("name", name), ("role", role)) if v is not None}))
            changed["handover"] = moved
            return changed
    with book.operation("update_user", label=user["name"]) as op:
        return op.update("users", user_id, data)


NOT_A_MANAGER = T("errors", "Only a manager can lead a team.")


def set_manager(book: Book, *, user_id: str, manager_id: str | None) -> dict:
    """Put a user in a manager's team (the manager then sees their customers:
    models.core.scopes), or out of any team with manager_id=None."""
    permissions.require(book, "users.manage")
    user = book.one("SELECT * FROM users WHERE id = ? AND deleted_at IS NULL", (user_id,))
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if manager_id is not None:
        boss = book.one("SELECT role FROM users WHERE id = ? AND deleted_at IS NULL",
                        (manager_id,))
        if boss is None:
            raise ValidationError("manager_id", NO_SUCH_USER)
        if boss["role"] != permissions.MANAGER or manager_id == user_id:
            raise ValidationError("manager_id", NOT_A_MANAGER)
    with book.operation("set_manager", label=user["name"]) as op:
        return op.update("users", user_id, {"manager_id": manager_id})


def set_password(book: Book, *, user_id: str, password: str, current: str = "") -> str:
    """A user sets their own password (knowing the current one); an owner may set anyone's."""
    user = book.one("SELECT * FROM users WHERE id = ?", (user_id,))
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if user_id != book.user_id:
        permissions.require(book, "users.manage")
    elif user["password_hash"]:
        _try_password(book, user, current)
    if not password:
        _password_gap(book, [dict(u, password_hash=None) if u["id"] == user_id else u
                             for u in _all_users(book)])
    with book.operation("set_password", label=user["name"], undoable=False) as op:
        op.update("users", user_id, {"password_hash": hash_password(password) if password else None})
    return user_id


def sign_in(book: Book, *, user_id: str, password: str = "", new_password: str = "") -> str:
    """The user at the keyboard from now on. A wrong password counts against them (see
    _try_password). An owner or manager without a password, in a book used by more than one
    person, must choose one now (`new_password`): PasswordNeeded until they do."""
    user = book.one(
        "SELECT * FROM users WHERE id = ? AND active = 1 AND deleted_at IS NULL", (user_id,)
    )
    if user is None:
        raise ValidationError("user", NO_SUCH_USER)
    if user["password_hash"]:
        _try_password(book, user, password)
    elif permissions.needs_password(user["role"]) and book.scalar(
            "SELECT count(*) FROM users WHERE active = 1 AND deleted_at IS NULL") > 1:
        if not new_password:
            raise PasswordNeeded(CHOOSE_PASSWORD, name=user["name"])
        before, book.user_id = book.user_id, user_id
        try:
            set_password(book, user_id=user_id, password=new_password)
        except BaseException:
            book.user_id = before
            raise
    book.user_id = user_id
    return user_id


def _try_password(book: Book, user, password: str) -> None:
    """PermissionDenied unless `password` is the user's. After FREE_TRIES wrong ones in a row
    the user waits before the next try (30 s, doubling up to 15 min), kept in the book's
    sign_in_tries table, so that restarting Kehu or the command line does not reset it. That
    table belongs to this copy of the book: it is written without an operation or audit entry,
    is not undone and is not shared with other PCs. A right password clears it."""
    import datetime as dt

    from models.core import clock

    uid = user["id"]
    row = book.one("SELECT failures, locked_until FROM sign_in_tries WHERE user_id = ?", (uid,))
    now = clock.now()
    if row is not None and row["locked_until"]:
        until = dt.datetime.fromisoformat(row["locked_until"])
        if until > now:
            raise _wait_error(user["name"], (until - now).total_seconds())
    if check_password(user["password_hash"], password):
        if row is not None:
            with book.atomic():
                book.conn.execute("DELETE FROM sign_in_tries WHERE user_id = ?", (uid,))
        return
    failures = (row["failures"] if row is not None else 0) + 1
    wait = 0
    if failures >= FREE_TRIES:
        wait = min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT)
    until = (now + dt.timedelta(seconds=wait)).isoformat(timespec="seconds") if wait else ""
    with book.atomic():
        book.conn.execute(
            "INSERT INTO sign_in_tries (user_id, failures, locked_until, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET failures = "
            "excluded.failures, locked_until = excluded.locked_until, "
            "updated_at = excluded.updated_at",
            (uid, failures, until, now.isoformat(timespec="seconds")))
    if wait:
        raise _wait_error(user["name"], wait, wrong=True)
    raise PermissionDenied(WRONG_PASSWORD)


def _wait_error(name: str, seconds: float, wrong: bool = False) -> PermissionDenied:
    seconds = max(1, int(-(-seconds // 1)))
    if seconds < 120:
        return PermissionDenied(WRONG_WAIT_SECONDS if wrong else WAIT_SECONDS,
                                name=name, n=seconds)
    return PermissionDenied(WRONG_WAIT_MINUTES if wrong else WAIT_MINUTES,
                            name=name, n=-(-seconds // 60))


# -- undo and redo -----------------------------------------------------------------------
# Each user undoes their own steps on this PC (newest first); an owner may also undo another
# user's step from the history (undo_operation). Local order (seq) decides "newest" here only:
