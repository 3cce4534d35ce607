"""Digests for the other rules: stalled deals, past follow-up dates, overdue payments and late
repurchases that a book or an import brings in all at once.

A book opened by Kehu for the first time, or an import, can bring years of old dates: deals
nobody touched since 2021, customers whose next follow-up was in 2019, payment plans and
orders of years ago. One reminder each would bury the agenda. So, as for silent customers
(models.reminders.digest): when one run of the rules would open more than DIGEST_AT reminders
of one kind for one person (of follow-ups only the dates already past count: a future date is
a plan, not a backlog), it opens ONE reminder instead, "12 stalled deals need a follow-up",
which stands for all of them. digest_items() lists those whose cause goes on (the longest
waiting first); none of them gets a reminder of its own while it goes on, and the digest is
done by itself once every one of them was dealt with (the deal moved on, won, lost or
snoozed; the follow-up date changed or cleared; the payment received; the order placed).

No grace period here, unlike silence: a stall, a follow-up date, money owed and a late order
are each true on the day they come in, and the board, the customer and the receivables show
them one by one; only the agenda takes them as one item.

A digest's rule_key names what it stands for: digest_<kind>:<owner id>:<n>:<date> (the kind,
the person, how many, the day it was made); its id comes from the key (the same on every PC).
"""

from __future__ import annotations

import datetime as dt

from models.core import ids
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.reminders.digest import DIGEST_AT
from models.reminders.labels import rule_key_range
from models.reminders.operations import new_row

KINDS = ("stall", "follow_up", "overdue", "repurchase")
TITLES = {
    "stall": T("reminders", "{n} stalled deals need a follow-up"),
    "follow_up": T("reminders", "{n} customers' follow-up dates have passed"),
    "overdue": T("reminders", "{n} payments past due and not received"),
    "repurchase": T("reminders", "{n} regular customers have not reordered when expected"),
}


def prefix(kind: str) -> str:
    return f"digest_{kind}:"


def key_of(kind: str, owner_id: str, n: int, day: str) -> str:
    return f"{prefix(kind)}{owner_id}:{n}:{day}"


def parse_key(key: str) -> dict | None:
    """{"kind", "owner_id", "n", "date"} of such a digest's rule_key; None for another key."""
    head, _, rest = (key or "").partition(":")
    kind = head[len("digest_"):] if head.startswith("digest_") else ""
    parts = rest.split(":")
    if kind not in KINDS or len(parts) != 3:
        return None
    owner, n, day = parts
    try:
        return {"kind": kind, "owner_id": owner, "n": int(n), "date": day}
    except ValueError:
        return None


def is_backlog(reminder: dict) -> bool:
    return parse_key(reminder.get("rule_key") or "") is not None


def title(reminder: dict, translate=None) -> str:
    info = parse_key(reminder.get("rule_key") or "")
    if info is None:
        return reminder.get("title") or ""
    text = TITLES[info["kind"]]
    return (translate("reminders", text) if translate else text).format(n=info["n"])


def _covers(kind: str, date: str, made: str) -> bool:
    """A digest made on `made` stands for the items of its kind dated so far (a follow-up
    digest: the dates already past on that day)."""
    return date < made if kind == "follow_up" else date <= made


def _existing(book: Book, kind: str) -> set[str]:
    return {r[0] for r in book.conn.execute(
        f"SELECT r.rule_key FROM reminders r WHERE {rule_key_range(kind + ':')}")}


def current(book: Book, kind: str, today: dt.date) -> list[dict]:
    """What the rule of `kind` would remind of now, each {"key", "owner_id", "date", "id",
    "customer_id", "deal_id", "name", "customer"}, the longest waiting first."""
    user = book.user_id
    out = []
    if kind == "stall":
        from models import deals

        for card in deals.stalled_deals(book):
            out.append({"key": f"stall:{card['id']}:{card['stall_start']}",
                        "owner_id": card["owner_id"] or user, "date": card["stall_start"],
                        "id": card["id"], "customer_id": card["customer_id"],
                        "deal_id": card["id"], "name": card["title"],
                        "customer": card["customer_name"]})
    elif kind == "follow_up":
        for cid, owner, name, day in book.conn.execute(
                "SELECT c.id, c.owner_id, c.name, c.next_follow_up FROM customers c "
                "WHERE c.deleted_at IS NULL AND c.next_follow_up != '' AND NOT EXISTS (SELECT 1 "
                f"FROM reminders r WHERE r.customer_id = c.id AND {rule_key_range('follow_up:')} "
                "AND r.status = 'open' AND r.deleted_at IS NULL)").fetchall():
            out.append({"key": f"follow_up:{cid}:{day}", "owner_id": owner or user, "date": day,
                        "id": cid, "customer_id": cid, "deal_id": None, "name": name,
                        "customer": name})
    else:
        from models.orders import due as orders_due  # orders build on reminders: lazy

        items = (orders_due.overdue_rows(book, today) if kind == "overdue"
                 else orders_due.repurchases_due(book, today))
        for item in items:
            out.append({"key": f"{kind}:{item['about']}:{item['date']}",
                        "owner_id": item["owner_id"] or user, "date": item["date"],
                        "id": item["about"], "customer_id": item["customer_id"],
                        "deal_id": None, "name": item["customer_name"],
                        "customer": item["customer_name"]})
    return sorted(out, key=lambda i: (i["date"], i["name"] or "", i["id"]))


def digest_items(book: Book, reminder: dict, *, _cache: dict | None = None) -> list[dict]:
    """The items a digest stands for whose cause goes on, the longest waiting first:
    {"id" (the deal, customer or plan row), "customer_id", "deal_id", "name" (the deal's title,
    else the customer's name), "customer", "date" (stalled since, the follow-up date, the due
    date, the expected order)}."""
    from models.core import clock

    info = parse_key(reminder.get("rule_key") or "")
    if info is None:
        return []
    kind = info["kind"]
    if _cache is None or kind not in _cache:
        found = (current(book, kind, clock.today()), _existing(book, kind))
        if _cache is not None:
            _cache[kind] = found
    else:
        found = _cache[kind]
    items, own = found
    return [i for i in items if i["owner_id"] == info["owner_id"]
            and _covers(kind, i["date"], info["date"]) and i["key"] not in own]


def covered(book: Book) -> dict[tuple[str, str], str]:
    """(kind, owner id) -> the day of the newest digest (open or done) of that kind."""
    out: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        for (key,) in book.conn.execute(
                f"SELECT r.rule_key FROM reminders r WHERE {rule_key_range(prefix(kind))} "
                "AND r.deleted_at IS NULL").fetchall():
            info = parse_key(key)
            if info is not None:
                group = (kind, info["owner_id"])
                out[group] = max(out.get(group, ""), info["date"])
    return out


def fold(kind: str, candidates: list[tuple[str, str, dict]], *, covers: dict, today: dt.date,
         now_iso: str, counts: dict) -> list[dict]:
    """The rows to open for the new reminders a rule found, (owner id, date, row) each: those
    an earlier digest of the kind covers are left out; more than DIGEST_AT of one person at
    once (for follow-ups: dates already past) become one digest. Counts each row opened under
    its kind and each digest under "digest"."""
    day = today.isoformat()
    rows: list[dict] = []
    groups: dict[str, list[dict]] = {}
    for owner, date, row in candidates:
        made = covers.get((kind, owner))
        if made and _covers(kind, date, made):
            continue
        if kind == "follow_up" and date >= day:
            rows.append(row)
            continue
        groups.setdefault(owner, []).append(row)
    for owner, group in groups.items():
        if len(group) <= DIGEST_AT:
            rows.extend(group)
            continue
        key = key_of(kind, owner, len(group), day)
        rows.append(new_row(id=ids.derived_id("reminder", key),
                            title=TITLES[kind].format(n=len(group)), owner_id=owner, kind=kind,
                            rule_key=key, due_at=now_iso, first_due_at=now_iso))
        counts["digest"] += 1
    counts[kind] += sum(1 for r in rows if not parse_key(r["rule_key"]))
    return rows


def done_digests(book: Book) -> list[str]:
    """The open digests of these kinds whose items were all dealt with."""
    out = []
    cache: dict = {}  # each kind's items found once
    for kind in KINDS:
        for rid, key in book.conn.execute(
                f"SELECT r.id, r.rule_key FROM reminders r WHERE {rule_key_range(prefix(kind))} "
                "AND r.status = 'open' AND r.deleted_at IS NULL").fetchall():
            if not digest_items(book, {"rule_key": key}, _cache=cache):
                out.append(rid)
    return out
