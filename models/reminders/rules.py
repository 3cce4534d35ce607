"""Rules that make reminders by themselves: a stalled deal, a customer not contacted for too
long, a follow-up date written by an import, a payment overdue, a repurchase late. Their ids
come from what they are about. Old dates brought in by a book or an import make a digest
(models.reminders.digest, models.reminders.backlog), not one reminder each."""

from __future__ import annotations

import datetime as dt

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
from models.core import clock
from models.core.book import Book
from models.reminders import backlog
from models.reminders.dates import as_local, iso_seconds, morning_of, placed, skip_holidays
from models.reminders.digest import no_contact_rule
from models.reminders.labels import COLUMNS, RULE_TITLES, RULES_OP, rule_key_range
from models.reminders.operations import follow_up_title, new_row


# -- rules -------------------------------------------------------------------------------
def _audit(op, entries: list[tuple]) -> None:
    """Change entries for bulk writes: (table, record id, action, field, old, new)."""
    for entry in entries:
        op.log(*entry)
    op.flush()


def _bulk_insert(op, rows: list[dict]) -> None:
    stamped = [{**r, "created_at": op.now, "updated_at": op.now} for r in rows]
    op.book.conn.executemany(
        f"INSERT INTO reminders ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [tuple(r[c] for c in COLUMNS) for r in stamped])
    _audit(op, [("reminders", r["id"], "insert", None, None, r) for r in stamped])


def _bulk_update(op, changes: list[tuple[str, dict, dict]]) -> None:
    """(reminder id, old values, new values) for each row; all rows change the same fields."""
    if not changes:
        return
    fields = list(changes[0][2])
    op.book.conn.executemany(
        f"UPDATE reminders SET {', '.join(f'{f} = ?' for f in fields)}, updated_at = ? "
        "WHERE id = ?", [(*(new[f] for f in fields), op.now, rid) for rid, _, new in changes])
    _audit(op, [("reminders", rid, "update", f, old.get(f), new[f])
                for rid, old, new in changes for f in fields if old.get(f) != new[f]])


def _keys(book: Book, prefix: str) -> set[str]:
    """Every rule_key starting with prefix ("stall:"), open, done or deleted (an index range)."""
    return {r[0] for r in book.conn.execute(
        f"SELECT r.rule_key FROM reminders r WHERE {rule_key_range(prefix)}")}


def run_rules(book: Book) -> dict:
    """Open the reminders the rules call for, in ONE operation that is not undoable (the app's
    housekeeping, not a step of the user's: it neither enters the undo stack nor drops the redo
    stack). Returns how many reminders each rule opened: {"stall", "no_contact", "digest",
    "follow_up", "overdue", "repurchase"} ("digest": reminders that each stand for many: silent
    customers of one person and grade, models.reminders.digest; stalled deals, past follow-up
    dates, overdue payments or late repurchases of one person, models.reminders.backlog).

    Also: a rule's open reminder whose cause is gone is put right: a stall reminder of a deal no
    longer stalled (activity, a new stage, won/lost, snoozed) and a no-contact reminder of a
    customer contacted since are done; follow-ups move with their customer's date and are
    deleted when it is cleared. Set-based: a few queries and executemany, whatever the size."""
    now = clock.now()
    now_iso = iso_seconds(as_local(now))
    today = clock.today()
    inserts: list[dict] = []
    done: list[tuple[str, dict, dict]] = []
    moves: list[tuple[str, dict, dict]] = []
    deletes: list[tuple[str, dict, dict]] = []
    counts = {"stall": 0, "no_contact": 0, "digest": 0, "follow_up": 0, "overdue": 0,
              "repurchase": 0}
    closed = {"status": "done", "done_at": now_iso, "done_by": None}
    opened = {"status": "open", "done_at": "", "done_by": None}

    # a book or an import brought in with old dates: many new reminders of one kind for one
    # person at once make one digest (models.reminders.backlog)
    covers = backlog.covered(book)

    # (1) stalled deals
    known = _keys(book, "stall:")
    found = []
    stalls = backlog.current(book, "stall", today)
    for item in stalls:
        if item["key"] not in known:
            found.append((item["owner_id"], item["date"], new_row(
                title=RULE_TITLES["stall"].format(deal=item["name"]), owner_id=item["owner_id"],
                customer_id=item["customer_id"], deal_id=item["deal_id"], kind="stall",
                rule_key=item["key"], due_at=now_iso, first_due_at=now_iso)))
    inserts += backlog.fold("stall", found, covers=covers, today=today, now_iso=now_iso,
                            counts=counts)
    current = {i["key"] for i in stalls}
    for rid, key in book.conn.execute(
            f"SELECT r.id, r.rule_key FROM reminders r WHERE {rule_key_range('stall:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL").fetchall():
        if key not in current:
            done.append((rid, opened, closed))

    # (2) customers without contact for too long: silence counts from the last contact, and
    # at the earliest from the rules' first run in this book and from the last import that
    # wrote the customer (a grace period); many at once for one person: one digest
    no_contact_rule(book, today, now_iso, inserts, done, counts)
    # contacted since (an interaction after the day in the key): the silence is over
    for (rid,) in book.conn.execute(
            f"SELECT r.id FROM reminders r WHERE {rule_key_range('no_contact:')} AND r.status = 'open' "
            "AND r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM interactions i "
            "WHERE i.customer_id = r.customer_id AND i.deleted_at IS NULL "
            "AND i.at >= date(substr(r.rule_key, -10), '+1 day'))").fetchall():
        done.append((rid, opened, closed))

    # (3) customers' next follow-up dates
    skip = skip_holidays(book)
    found = []
    for cid, owner, name, day in book.conn.execute(
            "SELECT c.id, c.owner_id, c.name, c.next_follow_up FROM customers c "
            "WHERE c.deleted_at IS NULL AND c.next_follow_up != '' AND NOT EXISTS (SELECT 1 "
            f"FROM reminders r WHERE r.customer_id = c.id AND {rule_key_range('follow_up:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM "
            "reminders k WHERE k.rule_key != '' AND k.rule_key = 'follow_up:' || c.id || ':' "
            "|| c.next_follow_up)").fetchall():
        when = morning_of(dt.date.fromisoformat(day))
        due_at, moved = placed(book, when, skip)
        owner = owner or book.user_id
        found.append((owner, day, new_row(
            title=follow_up_title(name), owner_id=owner, customer_id=cid,
            kind="follow_up", rule_key=f"follow_up:{cid}:{day}", due_at=iso_seconds(due_at),
            first_due_at=iso_seconds(when), moved_from=moved)))
    inserts += backlog.fold("follow_up", found, covers=covers, today=today, now_iso=now_iso,
                            counts=counts)
    for rid, cid, day, due_at, first, moved_from, notified, key in book.conn.execute(
            "SELECT r.id, r.customer_id, c.next_follow_up, r.due_at, r.first_due_at, "
            "r.moved_from, r.notified_at, r.rule_key FROM reminders r "
            f"JOIN customers c ON c.id = r.customer_id WHERE {rule_key_range('follow_up:')} "
            "AND r.status = 'open' AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND r.rule_key != 'follow_up:' || c.id || ':' || c.next_follow_up").fetchall():
        if not day:
            deletes.append((rid, {"deleted_at": None}, {"deleted_at": now_iso}))
            continue
        when = morning_of(dt.date.fromisoformat(day))
        new_due, moved = placed(book, when, skip)
        moves.append((rid, {"due_at": due_at, "first_due_at": first, "moved_from": moved_from,
                            "notified_at": notified, "rule_key": key},
                      {"due_at": iso_seconds(new_due), "first_due_at": iso_seconds(when), "moved_from": moved,
                       "notified_at": "", "rule_key": f"follow_up:{cid}:{day}"}))

    # (4) plan rows not paid when due, (5) regular customers whose next order is late; each
    # reminder is done once its cause is gone (paid, the order void, a new order)
    for kind in ("overdue", "repurchase"):
        known = _keys(book, f"{kind}:")
        items = backlog.current(book, kind, today)
        found = [(item["owner_id"], item["date"], new_row(
            title=RULE_TITLES[kind].format(date=item["date"], customer=item["customer"]),
            owner_id=item["owner_id"], customer_id=item["customer_id"], kind=kind,
            rule_key=item["key"], due_at=now_iso, first_due_at=now_iso))
            for item in items if item["key"] not in known]
        inserts += backlog.fold(kind, found, covers=covers, today=today, now_iso=now_iso,
                                counts=counts)
        current = {item["key"] for item in items}
        for rid, key in book.conn.execute(
                f"SELECT r.id, r.rule_key FROM reminders r WHERE {rule_key_range(kind + ':')} "
                "AND r.status = 'open' AND r.deleted_at IS NULL").fetchall():
            if key not in current:
                done.append((rid, opened, closed))

    # the other rules' digests whose every item was dealt with
    done += [(rid, opened, closed) for rid in backlog.done_digests(book)]

    if not (inserts or done or moves or deletes):
        return counts
    label = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    with book.operation(RULES_OP, label=label, undoable=False) as op:
        _bulk_insert(op, inserts)
        _bulk_update(op, done)
        _bulk_update(op, moves)
        _bulk_update(op, deletes)
    return counts
