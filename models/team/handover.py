"""Handing a salesperson's customers over to others (a leaver, a transfer, a new territory).

preview_handover() counts what would move; hand_over() moves it in one operation, undoable as a
whole: the customers (all of the person's, or those of some cities, grades, tags, or with an open
deal at some stages) and, with each customer, the person's open deals (their stage kept), open
reminders and unpaid orders (drafts, and confirmed orders with money still to come). What is
closed stays credited to whoever closed it: won and lost deals, done reminders, paid or void
orders. Contact persons and the timeline belong to the customer and go with it.

The writes are set-based (one statement per table and receiver) with one change entry per row
(the owner: old -> new), so each customer's History tells who handed it to whom, and a row in
the handovers table (the handover log, handovers()) keeps who did it, the filter, the note and
the counts. ownership() reads a customer's owners, from when to when and why, from the change
log itself: no second record to keep in step.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from models.core import bulk, clock, permissions
from models.core.book import BULK_ROWS, Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.team import users as team_users

ROUND_ROBIN, FEWEST = "round_robin", "fewest"
MODES = {
    ROUND_ROBIN: T("handover", "Round robin"),
    FEWEST: T("handover", "Fewest customers first"),
}

NO_RECEIVER = T("errors", "Choose who takes the customers over.")
TO_SELF = T("errors", "{name} already has these customers: choose someone else to take them.")
NOT_ACTIVE = T("errors", "{name} is not an active user: customers can only go to an active user.")
BAD_MODE = T("errors", "Customers are shared out in turn or to whoever has fewest.")
NOTHING_TO_MOVE = T("errors", "{name} has no customers that match: nothing was handed over.")
READ_FOR_LEAVER = T("errors", "{name} is leaving (not an active user): read-only access is for "
                              "a transfer, not for a leaver.")
READ_IN_PAST = T("errors", "The day read-only access ends ({day}) has passed: choose today or "
                           "a later day.")
BAD_DAY = T("errors", "“{value}” is not a day: write it as YYYY-MM-DD, e.g. 2026-06-30.")

# Why a customer's owner changed, by the operation that changed it (ownership()).
CREATED, HANDOVER, CLAIM, RELEASE, UNDO, CHANGED = (
    "created", "handover", "claim", "release", "undo", "changed")
REASONS = {
    CREATED: T("handover", "Created"),
    HANDOVER: T("handover", "Handover"),
    CLAIM: T("handover", "Claimed from the pool"),
    RELEASE: T("handover", "Released to the pool"),
    UNDO: T("handover", "Undone"),
    CHANGED: T("handover", "Changed by hand"),
}
_REASON_OF_OP = {"hand_over": HANDOVER, "update_user": HANDOVER, "claim": CLAIM,
                 "release": RELEASE, "pool_return": RELEASE, "undo": UNDO}


@dataclass(frozen=True)
class Filter:
    """Which of the person's customers move: all (empty), or those in one of `cities`, of one
    of `grades`, with one of `tags`, or with an open deal at one of `stages` (stage ids); the
    parts that are given must all hold."""

    cities: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()

    @classmethod
    def of(cls, value: Filter | Mapping | None) -> Filter:
        if value is None:
            return cls()
        if isinstance(value, Filter):
            return value
        return cls(**{k: _strings(value.get(k)) for k in ("cities", "grades", "tags", "stages")})

    def as_dict(self) -> dict:
        return {k: list(v) for k, v in asdict(self).items() if v}

    def __bool__(self) -> bool:
        return any((self.cities, self.grades, self.tags, self.stages))


def _strings(value) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))


# -- what would move ---------------------------------------------------------------------------
def _user(book: Book, user_id: str):
    user = book.one("SELECT * FROM users WHERE id = ? AND deleted_at IS NULL", (user_id,))
    if user is None:
        raise ValidationError("user", team_users.NO_SUCH_USER)
    return user


def _customers(book: Book, from_user: str, flt: Filter) -> list[str]:
    return [cid for cid, _ in _customer_rows(book, from_user, flt)]


def _customer_rows(book: Book, from_user: str, flt: Filter) -> list[tuple[str, int]]:
    """(id, rowid) of the person's customers that match, in their order (sort key)."""
    where = ["c.owner_id = ?", "c.deleted_at IS NULL"]
    params: list = [from_user]
    if flt.cities:
        where.append(f"c.city IN ({', '.join('?' * len(flt.cities))})")
        params += flt.cities
    if flt.grades:
        where.append(f"c.grade IN ({', '.join('?' * len(flt.grades))})")
        params += flt.grades
    if flt.tags:
        where.append("(" + " OR ".join(
            "(', ' || c.tags || ', ') LIKE ? ESCAPE '\\'" for _ in flt.tags) + ")")
        params += [f"%, {_like(t)}, %" for t in flt.tags]
    if flt.stages:
        where.append("EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = c.id AND "
                     "d.status = 'open' AND d.deleted_at IS NULL AND d.stage_id IN "
                     f"({', '.join('?' * len(flt.stages))}))")
        params += flt.stages
    return [tuple(r) for r in book.all(
        f"SELECT c.id, c.rowid FROM customers c WHERE {' AND '.join(where)} "
        "ORDER BY c.sort_key, c.id", params)]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _followers(book: Book, from_user: str, customer_ids: list[str]) -> dict[str, list[tuple]]:
    """(id, customer id, rowid) of the person's open deals, open reminders and unpaid orders of these
    customers, by table."""
    chosen = json.dumps(customer_ids)
    mine = "owner_id = ? AND deleted_at IS NULL AND customer_id IN (SELECT value FROM json_each(?))"
    out = {
        "deals": book.all(f"SELECT id, customer_id, rowid FROM deals WHERE status = 'open' AND {mine} "
                          "ORDER BY customer_id, id", (from_user, chosen)),
        "reminders": book.all(f"SELECT id, customer_id, rowid FROM reminders WHERE status = 'open' "
                              f"AND {mine} ORDER BY customer_id, id", (from_user, chosen)),
    }
    orders = book.all(f"SELECT id, customer_id, status, rowid FROM orders WHERE status != 'void' AND "
                      f"{mine} ORDER BY customer_id, id", (from_user, chosen))
    owing: set[str] = set()
    if any(r["status"] == "confirmed" for r in orders):
        # what the book keeps of the receivables (models.core.schema, migration 23)
        owing = {r[0] for r in book.conn.execute(
            "SELECT DISTINCT order_id FROM receivable_rows")}
    out["orders"] = [(r["id"], r["customer_id"], r["rowid"]) for r in orders
                     if r["status"] == "draft" or r["id"] in owing]
    out["deals"] = [tuple(r) for r in out["deals"]]
    out["reminders"] = [tuple(r) for r in out["reminders"]]
    return out


def preview_handover(book: Book, *, from_user: str, filter: Filter | Mapping | None = None,
                     ) -> dict:
    """What hand_over() would move: {"customers", "deals", "reminders", "orders"} counts."""
    _user(book, from_user)
    customers = _customers(book, from_user, Filter.of(filter))
    followers = _followers(book, from_user, customers)
    return {"customers": len(customers), **{k: len(v) for k, v in followers.items()}}


def filter_choices(book: Book, *, from_user: str) -> dict:
    """What a filter of this person's customers can choose from: {"cities", "grades", "tags"}
    in use among them, and "stages" (ids) at which they have open deals, in board order."""
    mine = "FROM customers WHERE owner_id = ? AND deleted_at IS NULL"
    tags: dict[str, None] = {}
    for (text,) in book.all(f"SELECT DISTINCT tags {mine} AND tags != '' ORDER BY tags",
                            (from_user,)):
        tags.update(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
    return {
        "cities": [r[0] for r in book.all(
            f"SELECT DISTINCT city {mine} AND city != '' ORDER BY city", (from_user,))],
        "grades": [r[0] for r in book.all(
            f"SELECT DISTINCT grade {mine} AND grade != '' ORDER BY grade", (from_user,))],
        "tags": sorted(tags),
        "stages": [r[0] for r in book.all(
            "SELECT s.id FROM stages s WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "
            "deals d JOIN customers c ON c.id = d.customer_id WHERE d.stage_id = s.id AND "
            "d.status = 'open' AND d.deleted_at IS NULL AND c.owner_id = ? AND c.deleted_at "
            "IS NULL) ORDER BY s.position, s.created_at", (from_user,))],
    }


def owned_count(book: Book, user_id: str) -> int:
    """The user's customers (not in the trash)."""
    return book.scalar("SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL",
                       (user_id,))


# -- moving it ---------------------------------------------------------------------------------
def check_receivers(book: Book, *, from_user: str, to_users: Iterable[str]) -> None:
    """Refuse, as hand_over would, receivers who cannot take the customers (a preview that
    says what would move says so too)."""
    _receivers(book, from_user, to_users)


def _receivers(book: Book, from_user: str, to_users: Iterable[str]) -> list:
    wanted = list(dict.fromkeys(u for u in to_users if u))
    if not wanted:
        raise ValidationError("to_users", NO_RECEIVER)
    out = []
    for uid in wanted:
        user = _user(book, uid)
        if uid == from_user:
            raise ValidationError("to_users", TO_SELF, name=user["name"])
        if not user["active"]:
            raise ValidationError("to_users", NOT_ACTIVE, name=user["name"])
        out.append(user)
    return out


def _share(book: Book, customers: list[str], receivers: list[str], mode: str) -> dict[str, str]:
    """customer id -> receiver: in turn, or each to whoever has fewest customers so far."""
    if mode == ROUND_ROBIN:
        return {cid: receivers[i % len(receivers)] for i, cid in enumerate(customers)}
    heap = [(owned_count(book, uid), i, uid) for i, uid in enumerate(receivers)]
    heapq.heapify(heap)
    out = {}
    for cid in customers:
        n, i, uid = heapq.heappop(heap)
        out[cid] = uid
        heapq.heappush(heap, (n + 1, i, uid))
    return out


def read_until_day(book: Book, value, *, name: str = "", active: bool = True,
                   deactivate: bool = False) -> str:
    """The last day of a handover's read-only access as YYYY-MM-DD ('' for none): a
    dt.date or its text. Refused (ValidationError) for a day that has passed (by the clock)
    and for a leaver (`active` False, or `deactivate`)."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError("keep_read_until", BAD_DAY, value=str(value)) from None
    if deactivate or not active:
        raise ValidationError("keep_read_until", READ_FOR_LEAVER, name=name)
    if day < clock.today():
        raise ValidationError("keep_read_until", READ_IN_PAST, day=day.isoformat())
    return day.isoformat()


def hand_over(book: Book, *, from_user: str, to_users: list[str],
              filter: Filter | Mapping | None = None, mode: str = ROUND_ROBIN, note: str = "",
              deactivate: bool = False, keep_read_until: dt.date | str | None = None) -> dict:
    """Move the customers of `from_user` that match `filter` (all when empty), with their open
    deals, open reminders and unpaid orders, to `to_users` (in turn, or to whoever has fewest
    customers), as one operation. `deactivate`: also make `from_user` inactive in the same step
    (update_user does this; it needs users.manage). `keep_read_until` (a day, for a transfer:
    refused for a leaver and for a day past): `from_user` may still read the customers and all
    that belongs to them through that day, and change none of it (a read-only share each, which
    ends by itself; undoing the handover takes them away). Returns {"op_id", "customers",
    "deals", "reminders", "orders", "to": {user id: customers received}, "read_until"}."""
    permissions.require(book, "customers.hand_over")
    if mode not in MODES:
        raise ValidationError("mode", BAD_MODE)
    giver = _user(book, from_user)
    receivers = _receivers(book, from_user, to_users)
    read_until = read_until_day(book, keep_read_until, name=giver["name"],
                                active=bool(giver["active"]), deactivate=deactivate)
    if deactivate:
        team_users.check_user_change(book, user_id=from_user, active=False)
    flt = Filter.of(filter)
    note = str(note or "").strip()
    names = "、".join(u["name"] for u in receivers)
    with bulk.paused_gc(), book.operation("hand_over", label=f"{giver['name']} → {names}") as op:
        # Read inside the writer: what another thread wrote before is counted.
        chosen = _customer_rows(book, from_user, flt)
        customers = [cid for cid, _ in chosen]
        if not customers and not deactivate:
            raise ValidationError("filter", NOTHING_TO_MOVE, name=giver["name"])
        followers = _followers(book, from_user, customers)
        to = _share(book, customers, [u["id"] for u in receivers], mode)
        moves = {"customers": [(cid, cid, n) for cid, n in chosen], **followers}
        if sum(map(len, moves.values())) > BULK_ROWS:
            book.checkpoint_later()
        for table, rows in moves.items():
            _log_moves(op, table, rows, from_user, to)
        with op.flushing_aside():  # the entries chained while the rows change
            for table, rows in moves.items():
                _move(op, table, rows, to)
        if read_until:
            _keep_read(op, customers, from_user, read_until)
        counts = {k: len(v) for k, v in moves.items()}
        received: dict[str, int] = {u["id"]: 0 for u in receivers}
        for cid in customers:
            received[to[cid]] += 1
        if customers:
            op.insert("handovers", {
                "id": op.id, "at": op.now, "user_id": book.user_id, "from_user_id": from_user,
                "to_user_ids": json.dumps([u["id"] for u in receivers]),
                "filter": json.dumps(flt.as_dict(), ensure_ascii=False, sort_keys=True),
                "mode": mode, "note": note, **counts})
        if deactivate:
            op.update("users", from_user, {"active": 0})
    return {"op_id": op.id, **counts, "to": received, "read_until": read_until}


def _log_moves(op, table: str, rows: list[tuple[str, str, int]], from_user: str,
               to: dict[str, str]) -> None:
    """One change entry for each (record id, customer id, rowid) of `table`: its owner from
    `from_user` to the customer's new one, in the order of the record ids (the change log's
    index on them is walked in one direction instead of at random)."""
    op.log_updates(table, "owner_id", [(rid, from_user, to[cid]) for rid, cid, _ in sorted(rows)])


def _move(op, table: str, rows: list[tuple[str, str, int]], to: dict[str, str]) -> None:
    """Give each (record id, customer id, rowid) of `table` the customer's new owner: one
    UPDATE per receiver, which walks its rows in the order the table keeps them (rowid)."""
    places: dict[str, list[int]] = {}
    for _, cid, n in rows:
        places.setdefault(to[cid], []).append(n)
    for owner, part in places.items():
        op.book.conn.execute(
            f"UPDATE {table} SET owner_id = ?, updated_at = ? WHERE rowid IN "
            "(SELECT value FROM json_each(?))", (owner, op.now, json.dumps(part)))


def _keep_read(op, customers: list[str], user_id: str, day: str) -> None:
    """A read-only share of each customer for `user_id` through `day` (an earlier share of the
    same customer and user, live or not, is brought back with that day)."""
    from models.core.scopes import share_id

    known = {r[0]: r for r in op.book.conn.execute(
        "SELECT id, deleted_at, read_until FROM customer_shares WHERE user_id = ?", (user_id,))}
    for cid in customers:
        sid = share_id(cid, user_id)
        row = known.get(sid)
        if row is None:
            op.insert("customer_shares", {"id": sid, "customer_id": cid, "user_id": user_id,
                                          "read_until": day})
        else:
            op.update("customer_shares", sid, {"deleted_at": None, "read_until": day})


# -- reading it back ---------------------------------------------------------------------------
def handovers(book: Book, *, limit: int = 200, user_id: str | None = None) -> list[dict]:
    """The handover log, newest first (those from or to `user_id` when given): each with "at",
    "by" (who did it), "from_name", "to_names", "filter" (dict), "mode", "note" and the
    counts."""
    names = {r["id"]: r["name"] for r in book.all("SELECT id, name FROM users")}
    out = []
    for r in book.all("SELECT * FROM handovers ORDER BY at DESC, id LIMIT ?", (limit,)):
        d = dict(r)
        d["to_user_ids"] = json.loads(d["to_user_ids"] or "[]")
        if user_id is not None and user_id != d["from_user_id"] and user_id not in d[
                "to_user_ids"]:
            continue
        d["filter"] = json.loads(d["filter"] or "{}")
        d["by"] = names.get(d["user_id"], "")
        d["from_name"] = names.get(d["from_user_id"], "")
        d["to_names"] = [names.get(u, "") for u in d["to_user_ids"]]
        out.append(d)
    return out


def ownership(book: Book, customer_id: str) -> list[dict]:
    """Who owned the customer, oldest first: {"owner_id", "owner_name", "since", "until" ("" for
    the current owner), "reason" (a REASONS key)}, read from the change log (its creation and
    each change of its owner, with the operation that made it)."""
    names = {r["id"]: r["name"] for r in book.all("SELECT id, name FROM users")}
    periods: list[dict] = []
    for e in book.all(
            "SELECT a.action, a.new, a.at, o.name AS op_name, o.label FROM audit a JOIN operations o ON "
            "o.id = a.op_id WHERE a.tbl = 'customers' AND a.record_id = ? AND (a.action = "
            "'insert' OR (a.action = 'update' AND a.field = 'owner_id')) ORDER BY a.hlc, a.seq",
            (customer_id,)):
        new = json.loads(e["new"]) if e["new"] else None
        if e["action"] == "insert":
            owner, reason = (new or {}).get("owner_id"), CREATED
        else:
            op_name = e["label"] if e["op_name"] == "redo" else e["op_name"]
            owner, reason = new, _REASON_OF_OP.get(op_name, CHANGED)
        if periods:
            periods[-1]["until"] = e["at"]
        periods.append({"owner_id": owner, "owner_name": names.get(owner, "") if owner else "",
                        "since": e["at"], "until": "", "reason": reason})
    return periods
