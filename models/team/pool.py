"""The public pool (公海): customers of nobody, which any salesperson may claim.

The owner's rules (book settings pool.*, models.core.settings), per grade: a customer with no
logged contact for N days, or no confirmed order or won deal for M days, goes back to the pool;
its salesperson is warned by a reminder some days before ("pool:<customer>:<day>" or
"pool_deal:<customer>:<day>", the day it goes back; the same id on every PC), and that reminder,
marked done when the customer goes, keeps the reason on record. A customer with an open deal, a
draft order or a confirmed order still owed is never returned (CordysCRM #2327). The silence of
a customer counts from its last contact (or order), and at the earliest from when it was
created, when its owner last changed (an undo puts the clock back as it was: it does not count)
and when the rules were turned on.

run_rules() returns customers in ONE operation ("pool_return"), undoable as a whole. It runs
only where the signed-in user is an owner (runs_here()): the app's housekeeping of a
salesperson's or manager's PC never does it, so two synced PCs never return and claim at once.
An owner with two PCs makes the same rows on both (the warnings' ids come from their keys; a
return writes the same owner, nobody).

When one run would warn more than DIGEST_AT customers of one salesperson, it opens ONE reminder
for them instead, the pool's digest ("12 customers go back to the public pool soon"), with the
key digest_pool:<salesperson>:<n>:<day made> (its id derived from it: the same on every PC).
digest_customers() lists the customers it stands for, each with its own reason and day (no
logged contact, or no order or won deal), read when asked: those of the salesperson whose day
falls within the warning days of the day it was made and that have not gone back or become
exempt since. None of them gets a warning of its own while the digest is open; the digest is
done when none of them is left, and a customer that goes back still leaves its own (done)
warning with its reason, as before. At most one digest a day for a salesperson: the
customers coming into the warning days on a later day make their own warnings or digest.

claim() and give_back() are the salesperson's steps ("claim", "release"), each one operation.
The limits (pool.max_customers, pool.claims_per_day, pool.reclaim_days) are counted from the
ownership history in the change log (who got which customer when, by which operation), never
from a cached number; owners are not limited. Every step shows in the customer's History and
in models.team.handover.ownership() as "Claimed from the pool" / "Released to the pool".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from models.core import clock, ids, permissions, settings
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import PermissionDenied, ValidationError

RETURN_OP, CLAIM_OP, RELEASE_OP = "pool_return", "claim", "release"
CONTACT, DEAL = "contact", "deal"
KEY_PREFIX = {CONTACT: "pool", DEAL: "pool_deal"}
GRADES = ("A", "B", "C", "")

NOTHING_CHOSEN = T("errors", "Choose the customers first.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NOT_IN_POOL = T("errors", "{name} is not in the public pool: someone has it already.")
IN_POOL = T("errors", "{name} is in the public pool already.")
BUSY = T("errors", "{name} has open deals, open orders or money still owed: hand it over to "
                   "someone instead of giving it back to the pool.")
HOLD_LIMIT = T("errors", "You may hold at most {limit} customers and hold {held}: give some "
                         "back or ask the owner.")
DAY_LIMIT = T("errors", "You may claim at most {limit} customers a day and have claimed {done} "
                        "today.")
RECLAIM_LOCK = T("errors", "You gave {name} back to the pool on {day}: you may claim it again "
                           "from {until}.")
DIGEST_AT = 5  # more new warnings than this for one salesperson in one run: one digest
DIGEST_PREFIX = "digest_pool:"

BAD_DAYS = T("errors", "The days of the pool's rules must be whole numbers, 0 or more.")


# -- the rules ---------------------------------------------------------------------------------
def rules(book: Book) -> dict:
    """The pool's rules as stored: {"enabled", "days": {grade: {"contact", "deal"}}, "warn_days",
    "max_customers", "claims_per_day", "reclaim_days", "since"}."""
    days = settings.get(book, settings.POOL_DAYS.key)
    clean = {}
    for grade in GRADES:
        row = days.get(grade) if isinstance(days, dict) else None
        row = row if isinstance(row, dict) else {}
        clean[grade] = {k: _days(row.get(k)) for k in (CONTACT, DEAL)}
    return {
        "enabled": settings.get(book, settings.POOL_ENABLED.key),
        "days": clean,
        "warn_days": max(0, settings.get(book, settings.POOL_WARN_DAYS.key)),
        "max_customers": max(0, settings.get(book, settings.POOL_MAX_CUSTOMERS.key)),
        "claims_per_day": max(0, settings.get(book, settings.POOL_CLAIMS_PER_DAY.key)),
        "reclaim_days": max(0, settings.get(book, settings.POOL_RECLAIM_DAYS.key)),
        "since": settings.get(book, settings.POOL_SINCE.key),
    }


def _days(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def set_rules(book: Book, *, enabled: bool | None = None, days: dict | None = None,
              warn_days: int | None = None, max_customers: int | None = None,
              claims_per_day: int | None = None, reclaim_days: int | None = None) -> list[str]:
    """Change the rules given (owner only: settings.change), in one operation. Turning them on
    stamps today as the day silence counts from at the earliest. Returns the keys changed."""
    values: dict = {}
    if days is not None:
        clean = {}
        for grade in GRADES:
            row = days.get(grade) or {}
            clean[grade] = {}
            for k in (CONTACT, DEAL):
                v = row.get(k, 0)
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    raise ValidationError("days", BAD_DAYS)
                clean[grade][k] = v
        values[settings.POOL_DAYS.key] = clean
    for key, value in ((settings.POOL_WARN_DAYS.key, warn_days),
                       (settings.POOL_MAX_CUSTOMERS.key, max_customers),
                       (settings.POOL_CLAIMS_PER_DAY.key, claims_per_day),
                       (settings.POOL_RECLAIM_DAYS.key, reclaim_days)):
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValidationError(key, BAD_DAYS)
            values[key] = value
    if enabled is not None:
        values[settings.POOL_ENABLED.key] = bool(enabled)
        if enabled and not settings.get(book, settings.POOL_ENABLED.key):
            values[settings.POOL_SINCE.key] = clock.today().isoformat()
    return settings.set_settings(book, values)


def runs_here(book: Book) -> bool:
    """Whether this PC returns customers to the pool: where an owner is signed in."""
    return permissions.role_of(book) == permissions.OWNER


def _busy_sql() -> str:
    """SQL: the customer c has an open deal or a draft order (a confirmed order still owed is
    found with the ledger, _owing())."""
    return ("(EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = c.id AND d.status = 'open' "
            "AND d.deleted_at IS NULL) OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = "
            "c.id AND o.status = 'draft' AND o.deleted_at IS NULL))")


def _owing(book: Book) -> set[str]:
    """Customers with a confirmed order whose payment plan is not paid in full."""
    # what the book keeps of the receivables (models.core.schema, migration 23)
    return {r[0] for r in book.conn.execute("SELECT DISTINCT customer_id FROM receivable_balances")}


_SILENCE = """
SELECT c.id, c.name, c.owner_id, c.grade, substr(c.created_at, 1, 10) AS created,
  (SELECT max(substr(i.at, 1, 10)) FROM interactions i
     WHERE i.customer_id = c.id AND i.deleted_at IS NULL) AS contacted,
  (SELECT max(substr(a.at, 1, 10)) FROM audit a JOIN operations o ON o.id = a.op_id
     WHERE a.tbl = 'customers' AND a.record_id = c.id AND a.field = 'owner_id'
       AND o.name NOT IN ('undo', 'redo') AND o.state NOT IN ('undone', 'dropped')) AS owned,
  (SELECT max(o.order_date) FROM orders o
     WHERE o.customer_id = c.id AND o.status = 'confirmed' AND o.deleted_at IS NULL) AS ordered,
  (SELECT max(substr(d.closed_at, 1, 10)) FROM deals d
     WHERE d.customer_id = c.id AND d.status = 'won' AND d.deleted_at IS NULL) AS won,
  {busy} AS busy
FROM customers c
WHERE c.deleted_at IS NULL AND c.owner_id IS NOT NULL AND c.owner_id != ''
"""


def due(book: Book, *, today: dt.date | None = None) -> list[dict]:
    """Every owned customer that a rule of its grade would return: {"id", "name", "owner_id",
    "grade", "reason" (CONTACT or DEAL), "day" (when it goes back, YYYY-MM-DD), "key" (its
    warning's rule_key)}, exempt customers left out; by day."""
    r = rules(book)
    today = today or clock.today()
    owing = _owing(book)
    out = []
    for row in book.conn.execute(_SILENCE.format(busy=_busy_sql())):
        limits = r["days"].get(row["grade"] or "", {})
        if row["busy"] or row["id"] in owing or not any(limits.values()):
            continue
        floor = max(x for x in (row["created"], row["owned"], r["since"]) if x)
        best = None
        for reason, last in ((CONTACT, row["contacted"]),
                             (DEAL, max(row["ordered"] or "", row["won"] or ""))):
            n = limits.get(reason, 0)
            if not n:
                continue
            start = max(last or "", floor)
            day = (dt.date.fromisoformat(start[:10]) + dt.timedelta(days=n)).isoformat()
            if best is None or day < best[1]:
                best = (reason, day)
        if best is None:
            continue
        reason, day = best
        out.append({"id": row["id"], "name": row["name"], "owner_id": row["owner_id"],
                    "grade": row["grade"], "reason": reason, "day": day,
                    "key": f"{KEY_PREFIX[reason]}:{row['id']}:{day}"})
    out.sort(key=lambda d: (d["day"], d["name"], d["id"]))
    return out


def _warning_row(item: dict, now_iso: str, *, done: bool) -> dict:
    key = item["key"]
    return {"id": ids.derived_id("reminder", key),
            "title": f"{item['name']}: public pool on {item['day']}", "due_at": now_iso,
            "first_due_at": now_iso, "owner_id": item["owner_id"], "customer_id": item["id"],
            "deal_id": None, "priority": "high", "notes": "",
            "status": "done" if done else "open", "done_at": now_iso if done else "",
            "done_by": None, "recurrence": "", "kind": "follow_up", "rule_key": key,
            "previous_id": None, "moved_from": "", "created_at": now_iso, "updated_at": now_iso}


def _open_warnings(book: Book) -> list:
    return book.all(
        "SELECT id, rule_key, customer_id FROM reminders WHERE rule_key != '' AND ((rule_key "
        ">= 'pool:' AND rule_key < 'pool;') OR (rule_key >= 'pool_deal:' AND rule_key < "
        "'pool_deal;')) AND status = 'open' AND deleted_at IS NULL")


def _known_keys(book: Book) -> set[str]:
    return {r[0] for r in book.conn.execute(
        "SELECT rule_key FROM reminders WHERE rule_key != '' AND ((rule_key >= 'pool:' AND "
        "rule_key < 'pool;') OR (rule_key >= 'pool_deal:' AND rule_key < 'pool_deal;'))")}


def run_rules(book: Book, *, force: bool = False) -> dict:
    """Warn and return by the rules, as of the clock's today. Returns {"returned": customers
    returned, "warned": warnings opened, "op_id": the operation (None: nothing written),
    "skipped": "" or why nothing ran ("off": the rules are off; "not_here": this PC does not
    return customers, runs_here())}. `force` (the command line's `pool run`): run where the
    user may (an owner), whatever runs_here() says. Undo the operation to take it all back."""
    out = {"returned": 0, "warned": 0, "op_id": None, "skipped": ""}
    if not settings.get(book, settings.POOL_ENABLED.key):
        out["skipped"] = "off"
        return out
    if not force and not runs_here(book):
        out["skipped"] = "not_here"
        return out
    permissions.require(book, "pool.run")
    today = clock.today()
    warn = rules(book)["warn_days"]
    now_iso = clock.now_iso()
    with book.operation(RETURN_OP, label="") as op:
        items = due(book, today=today)  # read inside the writer
        known = _known_keys(book)
        going = [i for i in items if i["day"] <= today.isoformat()]
        coming = [i for i in items if today.isoformat() < i["day"]
                  and (dt.date.fromisoformat(i["day"]) - today).days <= warn]
        gone = {i["id"] for i in going}
        current = {i["key"] for i in coming} | {i["key"] for i in going}
        digests = _open_digests(book)
        warned = {r["customer_id"] for r in _open_warnings(book)}
        covered: set[str] = set()  # customers an open digest stands for
        for digest in digests:
            digest["members"] = _members(items, digest["info"], warn, today, warned)
            covered |= {i["id"] for i in digest["members"]}
        new = [i for i in coming if i["key"] not in known and i["id"] not in covered]
        by_owner: dict[str, list[dict]] = {}
        for i in new:
            by_owner.setdefault(i["owner_id"], []).append(i)
        made_today = {d["info"]["owner_id"] for d in digests
                      if d["info"]["date"] == today.isoformat()}
        inserts = []
        for owner, mine in by_owner.items():
            if len(mine) > DIGEST_AT and owner not in made_today:
                inserts.append(_digest_row(owner, len(mine), today.isoformat(), now_iso))
            else:
                inserts += [_warning_row(i, now_iso, done=False) for i in mine]
        inserts += [_warning_row(i, now_iso, done=True) for i in going if i["key"] not in known]
        closing = [(r["id"], r["rule_key"]) for r in _open_warnings(book)
                   if r["customer_id"] in gone or r["rule_key"] not in current]
        closing += [(d["id"], d["rule_key"]) for d in digests if not d["members"]]
        for row in inserts:
            op.insert("reminders", row)
        for rid, _key in closing:
            op.update("reminders", rid, {"status": "done", "done_at": now_iso})
        _set_owner(op, [(i["id"], i["owner_id"]) for i in going], None)
        out["returned"] = len(going)
        out["warned"] = sum(1 for r in inserts if r["status"] == "open" and not r["rule_key"]
                            .startswith(DIGEST_PREFIX)) + sum(
            parse_digest_key(r["rule_key"])["n"] for r in inserts
            if r["rule_key"].startswith(DIGEST_PREFIX))
        op.label = f"{len(going)} → pool" if going else f"{out['warned']} warned"
        book.conn.execute("UPDATE operations SET label = ? WHERE id = ?", (op.label, op.id))
    if inserts or closing or going:
        out["op_id"] = op.id
    return out


# -- the digest ----------------------------------------------------------------------------------
def digest_key(owner_id: str, n: int, day: str) -> str:
    return f"{DIGEST_PREFIX}{owner_id}:{n}:{day}"


def parse_digest_key(key: str) -> dict | None:
    """{"owner_id", "n", "date"} of a pool digest's rule_key; None for another key."""
    if not (key or "").startswith(DIGEST_PREFIX):
        return None
    parts = key[len(DIGEST_PREFIX):].split(":")
    if len(parts) != 3:
        return None
    owner, n, day = parts
    try:
        dt.date.fromisoformat(day)
        return {"owner_id": owner, "n": int(n), "date": day}
    except ValueError:
        return None


def _digest_row(owner_id: str, n: int, day: str, now_iso: str) -> dict:
    key = digest_key(owner_id, n, day)
    return {"id": ids.derived_id("reminder", key),
            "title": f"{n} customers go back to the public pool soon", "due_at": now_iso,
            "first_due_at": now_iso, "owner_id": owner_id, "customer_id": None,
            "deal_id": None, "priority": "high", "notes": "", "status": "open", "done_at": "",
            "done_by": None, "recurrence": "", "kind": "follow_up", "rule_key": key,
            "previous_id": None, "moved_from": "", "created_at": now_iso, "updated_at": now_iso}


def _open_digests(book: Book) -> list[dict]:
    out = []
    for r in book.all("SELECT id, rule_key FROM reminders WHERE rule_key >= ? AND rule_key < ? "
                      "AND status = 'open' AND deleted_at IS NULL",
                      (DIGEST_PREFIX, DIGEST_PREFIX[:-1] + ";")):
        info = parse_digest_key(r["rule_key"])
        if info is not None:
            out.append({"id": r["id"], "rule_key": r["rule_key"], "info": info})
    return out


def _members(items: list[dict], info: dict, warn: int, today: dt.date,
             warned: set[str]) -> list[dict]:
    """Of due()'s items, those a digest made on info["date"] stands for: its salesperson's
    customers, not gone back yet (day after today), whose day was within the warning days of
    the day the digest was made, without a warning of their own (`warned`)."""
    last = (dt.date.fromisoformat(info["date"]) + dt.timedelta(days=warn)).isoformat()
    return [i for i in items if i["owner_id"] == info["owner_id"] and i["id"] not in warned
            and today.isoformat() < i["day"] <= last]


def digest_customers(book: Book, reminder: dict) -> list[dict]:
    """The customers a pool digest stands for, soonest first: {"id", "name", "grade",
    "reason" (CONTACT or DEAL), "day" (when it goes back)}; empty once all went back, were
    followed up or became exempt."""
    info = parse_digest_key(reminder.get("rule_key") or "")
    if info is None:
        return []
    today = clock.today()
    warned = {r["customer_id"] for r in _open_warnings(book)}
    items = _members(due(book, today=today), info, rules(book)["warn_days"], today, warned)
    return [{k: i[k] for k in ("id", "name", "grade", "reason", "day")} for i in items]


def _set_owner(op, moves: list[tuple[str, str | None]], owner: str | None) -> None:
    """(customer id, old owner) each -> owner, with one change entry each (the owner is not
    part of a customer's search text: nothing to reindex)."""
    for start in range(0, len(moves), 500):
        part = moves[start:start + 500]
        op.book.conn.executemany("UPDATE customers SET owner_id = ?, updated_at = ? WHERE id = ?",
                                 [(owner, op.now, cid) for cid, _ in part])
        op.log_updates("customers", "owner_id", [(cid, old, owner) for cid, old in part])
        op.flush()


# -- a salesperson's steps ---------------------------------------------------------------------
def _rows(book: Book, customer_ids: Iterable[str]) -> list:
    wanted = list(dict.fromkeys(c for c in customer_ids if c))
    if not wanted:
        raise ValidationError("customer_ids", NOTHING_CHOSEN)
    rows = []
    for cid in wanted:
        row = book.one("SELECT * FROM customers WHERE id = ? AND deleted_at IS NULL", (cid,))
        if row is None:
            raise ValidationError("customer_ids", NO_SUCH_CUSTOMER)
        rows.append(row)
    return rows


def held(book: Book, user_id: str) -> int:
    """The customers the user holds now (not in the trash)."""
    return book.scalar("SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL",
                       (user_id,))


def claimed_on(book: Book, user_id: str, day: dt.date | None = None) -> int:
    """Customers the user claimed from the pool on that day (default today), from the change
    log: each claim's entry of a customer's owner, not counting claims undone."""
    day = day or clock.today()
    return book.scalar(
        "SELECT count(*) FROM audit a JOIN operations o ON o.id = a.op_id WHERE a.tbl = "
        "'customers' AND a.field = 'owner_id' AND a.action = 'update' AND a.new = ? AND "
        "(o.name = ? OR (o.name = 'redo' AND o.label = ?)) AND o.state NOT IN ('undone', 'dropped') AND "
        "substr(a.at, 1, 10) = ?",
        (json.dumps(user_id), CLAIM_OP, CLAIM_OP, day.isoformat()))


def last_release(book: Book, customer_id: str, user_id: str) -> str:
    """When (YYYY-MM-DD) the customer last left the user for the pool (given back or returned
    by the rules; an undone step does not count); "" if never."""
    return book.scalar(
        "SELECT max(substr(a.at, 1, 10)) FROM audit a JOIN operations o ON o.id = a.op_id "
        "WHERE a.tbl = 'customers' AND a.record_id = ? AND a.field = 'owner_id' AND a.action = "
        "'update' AND a.old = ? AND a.new IS NULL AND o.name IN (?, ?) AND o.state NOT IN ('undone', 'dropped')",
        (customer_id, json.dumps(user_id), RELEASE_OP, RETURN_OP)) or ""


def limits_for(book: Book, user_id: str | None = None) -> dict:
    """What the user may still claim: {"limited" (False for an owner), "held", "max_customers",
    "claimed_today", "claims_per_day"}."""
    uid = user_id or book.user_id
    r = rules(book)
    return {"limited": permissions.role_of(book, uid) != permissions.OWNER,
            "held": held(book, uid), "max_customers": r["max_customers"],
            "claimed_today": claimed_on(book, uid), "claims_per_day": r["claims_per_day"]}


def claim(book: Book, *, customer_ids: Iterable[str]) -> dict:
    """The signed-in user takes these customers from the pool, in one operation, within the
    limits. Returns {"op_id", "claimed": count}."""
    permissions.require(book, "pool.claim")
    uid = book.user_id
    ids_ = list(customer_ids)
    with book.operation(CLAIM_OP, label="") as op:
        rows = _rows(book, ids_)
        for row in rows:
            if row["owner_id"]:
                raise ValidationError("customer_ids", NOT_IN_POOL, name=row["name"])
        lim = limits_for(book, uid)
        if lim["limited"]:
            r = rules(book)
            if lim["max_customers"] and lim["held"] + len(rows) > lim["max_customers"]:
                raise PermissionDenied(HOLD_LIMIT, limit=lim["max_customers"],
                                       held=lim["held"])
            if lim["claims_per_day"] and lim["claimed_today"] + len(rows) > lim["claims_per_day"]:
                raise PermissionDenied(DAY_LIMIT, limit=lim["claims_per_day"],
                                       done=lim["claimed_today"])
            if r["reclaim_days"]:
                for row in rows:
                    last = last_release(book, row["id"], uid)
                    if not last:
                        continue
                    until = dt.date.fromisoformat(last) + dt.timedelta(days=r["reclaim_days"])
                    if clock.today() < until:
                        raise PermissionDenied(RECLAIM_LOCK, name=row["name"], day=last,
                                               until=until.isoformat())
        op.label = "、".join(r["name"] for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        book.conn.execute("UPDATE operations SET label = ? WHERE id = ?", (op.label, op.id))
        _set_owner(op, [(r["id"], r["owner_id"]) for r in rows], uid)
    return {"op_id": op.id, "claimed": len(rows)}


def give_back(book: Book, *, customer_ids: Iterable[str]) -> dict:
    """These customers go back to the pool (a salesperson: their own), in one operation; their
    pool warnings are done. A customer with open deals, open orders or money owed cannot: it is
    handed over instead. Returns {"op_id", "released": count}."""
    ids_ = list(customer_ids)
    rows = _rows(book, ids_)
    for row in rows:
        if not row["owner_id"]:
            raise ValidationError("customer_ids", IN_POOL, name=row["name"])
        permissions.require(book, "pool.release", record=row)
    with book.operation(RELEASE_OP, label="") as op:
        rows = _rows(book, ids_)
        owing = _owing(book)
        marks = ",".join("?" * len(rows))
        busy = {r[0] for r in book.all(
            f"SELECT c.id FROM customers c WHERE c.id IN ({marks}) AND {_busy_sql()}",
            [r["id"] for r in rows])} | (owing & {r["id"] for r in rows})
        for row in rows:
            if row["id"] in busy:
                raise ValidationError("customer_ids", BUSY, name=row["name"])
        op.label = "、".join(r["name"] for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        book.conn.execute("UPDATE operations SET label = ? WHERE id = ?", (op.label, op.id))
        mine = {r["id"] for r in rows}
        for w in _open_warnings(book):
            if w["customer_id"] in mine:
                op.update("reminders", w["id"], {"status": "done", "done_at": op.now})
        _set_owner(op, [(r["id"], r["owner_id"]) for r in rows], None)
    return {"op_id": op.id, "released": len(rows)}


# -- reading -----------------------------------------------------------------------------------
def left_pool(book: Book, customer_id: str) -> dict | None:
    """Why and when a pool customer last went back to the pool: {"day", "reason" (CONTACT,
    DEAL, or "" when given back by hand), "by_rule" (bool)}; None if it never did."""
    row = book.one(
        "SELECT a.at, o.name FROM audit a JOIN operations o ON o.id = a.op_id WHERE a.tbl = "
        "'customers' AND a.record_id = ? AND a.field = 'owner_id' AND a.new IS NULL AND "
        "o.name IN (?, ?) AND o.state NOT IN ('undone', 'dropped') ORDER BY a.hlc DESC LIMIT 1",
        (customer_id, RELEASE_OP, RETURN_OP))
    if row is None:
        return None
    reason = ""
    if row["name"] == RETURN_OP:
        key = book.scalar(
            "SELECT rule_key FROM reminders WHERE customer_id = ? AND rule_key != '' AND "
            "((rule_key >= 'pool:' AND rule_key < 'pool;') OR (rule_key >= 'pool_deal:' AND "
            "rule_key < 'pool_deal;')) ORDER BY rule_key DESC LIMIT 1", (customer_id,))
        reason = DEAL if key and key.startswith("pool_deal:") else CONTACT
    return {"day": row["at"][:10], "reason": reason, "by_rule": row["name"] == RETURN_OP}
