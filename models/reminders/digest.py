"""The rule for silent customers, with its grace period and its digest.

A customer of a graded customer (A, B, C) gets a reminder when nobody contacted it for the days
its grade allows (setting "reminders.no_contact_days"). Its silence is counted from its last
contact (its creation when there is none), and at the earliest from

- the day the rules first ran in this book (setting "reminders.rules_since"): a book brought in
  with years of silence, or opened by Kehu for the first time, gives each customer its full
  number of days before a reminder;
- the last import that wrote the customer: customers imported (or updated by an import) get no
  reminder until that many days after the import.

When one run would open more than DIGEST_AT such reminders for one person and grade, it opens
ONE reminder instead, the digest ("37 customers not contacted for 90 days"), which stands for
all of them: digest_customers() lists them (those still silent), and none of them gets a
reminder of its own while its silence goes on. The digest is done by itself once all of them
were contacted.

A digest's rule_key names what it stands for: digest:<owner id>:<grade>:<days>:<n>:<date>
(the person, the grade, its days, how many customers, the day it was made).
"""

from __future__ import annotations

import datetime as dt

from models.core import settings
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.reminders.labels import RULE_TITLES, rule_key_range
from models.reminders.operations import new_row, no_contact_days

DIGEST_AT = 5  # more new silent customers than this for one person and grade: one digest
DIGEST_TITLE = T("reminders", "{n} customers not contacted for {days} days")
DIGEST_PREFIX = "digest:"
RULES_SINCE = settings.RULES_SINCE.key

# the day of the last contact (of the creation when there is none), and of the last import
_LAST_DAY = ("substr(coalesce((SELECT max(i.at) FROM interactions i WHERE i.customer_id = c.id "
             "AND i.deleted_at IS NULL), c.created_at), 1, 10)")
_IMPORTED = ("LEFT JOIN (SELECT ir.customer_id AS cid, substr(max(im.at), 1, 10) AS day "
             "FROM import_rows ir JOIN imports im ON im.id = ir.import_id "
             "GROUP BY ir.customer_id) li ON li.cid = c.id")


def rules_since(book: Book) -> str:
    """The day the rules first ran in this book ("" before they ever ran)."""
    return settings.get(book, RULES_SINCE) or ""


def ensure_rules_since(book: Book, today: dt.date) -> str:
    """The day the rules first ran in this book, written on their first run (today; a book
    whose rules ran before this setting existed keeps the day they first opened a reminder)."""
    since = rules_since(book)
    if not since:
        first = book.scalar("SELECT substr(min(created_at), 1, 10) FROM reminders "
                            "WHERE rule_key != ''")
        since = min(first or today.isoformat(), today.isoformat())
        settings.set_settings(book, {RULES_SINCE: since})
    return since


def is_digest(reminder: dict) -> bool:
    """One reminder that stands for many: silent customers here, the other rules' digests
    (models.reminders.backlog, "digest_stall:..." and the like)."""
    return (reminder.get("rule_key") or "").startswith((DIGEST_PREFIX, "digest_"))


def digest_key(owner_id: str, grade: str, days: int, n: int, day: str) -> str:
    return f"{DIGEST_PREFIX}{owner_id}:{grade}:{days}:{n}:{day}"


def parse_digest_key(key: str) -> dict | None:
    """{"owner_id", "grade", "days", "n", "date"} of a digest's rule_key; None for another key."""
    if not key.startswith(DIGEST_PREFIX):
        return None
    parts = key[len(DIGEST_PREFIX):].split(":")
    if len(parts) != 5:
        return None
    owner, grade, days, n, day = parts
    try:
        return {"owner_id": owner, "grade": grade, "days": int(days), "n": int(n), "date": day}
    except ValueError:
        return None


def digest_title(reminder: dict, translate=None) -> str:
    info = parse_digest_key(reminder.get("rule_key") or "") or {"n": 0, "days": 0}
    text = translate("reminders", DIGEST_TITLE) if translate else DIGEST_TITLE
    return text.format(n=info["n"], days=info["days"])


def _silent(book: Book, cutoffs: dict[str, str], since: str, *, owner_id: str | None = None,
            fallback_owner: str | None = None) -> list[tuple]:
    """(id, owner id, name, grade, last contact day, day the silence counts from) of the live
    customers silent since before their grade's cutoff day, the longest silent first."""
    if not cutoffs:
        return []
    grades = ", ".join("?" * len(cutoffs))
    case = " ".join("WHEN ? THEN ?" for _ in cutoffs)
    params: list = [since, *cutoffs, *(x for pair in cutoffs.items() for x in pair)]
    where = ""
    if owner_id is not None:
        where = " AND coalesce(owner_id, ?) = ?"
        params += [fallback_owner or "", owner_id]
    return [tuple(r) for r in book.conn.execute(
        "SELECT id, owner_id, name, grade, day, counted FROM (SELECT *, max(day, ?, "
        "coalesce(imported, '')) AS counted FROM (SELECT c.id, c.owner_id, c.name, c.grade, "
        f"{_LAST_DAY} AS day, li.day AS imported FROM customers c {_IMPORTED} "
        f"WHERE c.deleted_at IS NULL AND c.grade IN ({grades}))) "
        f"WHERE counted < CASE grade {case} END{where} ORDER BY day, id", params).fetchall()]


def _cutoffs(book: Book, today: dt.date) -> dict[str, str]:
    return {g: (today - dt.timedelta(days=n)).isoformat()
            for g, n in no_contact_days(book).items() if n > 0}


def digest_customers(book: Book, reminder: dict) -> list[dict]:
    """The customers a digest stands for that are still silent, the longest silent first:
    {"id", "name", "grade", "last_contact", "owner_id"}."""
    info = parse_digest_key(reminder.get("rule_key") or "")
    if info is None:
        return []
    made = dt.date.fromisoformat(info["date"])
    cutoff = {info["grade"]: (made - dt.timedelta(days=info["days"])).isoformat()}
    rows = _silent(book, cutoff, rules_since(book), owner_id=info["owner_id"],
                   fallback_owner=book.user_id)
    return [{"id": r[0], "owner_id": r[1], "name": r[2], "grade": r[3], "last_contact": r[4]}
            for r in rows]


def no_contact_rule(book: Book, today: dt.date, now_iso: str, inserts: list[dict],
                    done: list[tuple], counts: dict) -> None:
    """run_rules' rule (2): adds the rows to open to inserts and the digests whose customers
    were all contacted to done; counts "no_contact" and "digest"."""
    since = ensure_rules_since(book, today)
    cutoffs = _cutoffs(book, today)
    limits = no_contact_days(book)
    known = {r[0] for r in book.conn.execute(
        f"SELECT r.rule_key FROM reminders r WHERE {rule_key_range('no_contact:')}")}
    covered: dict[tuple[str, str], str] = {}  # (owner, grade) -> the newest digest's cutoff
    open_digests = []
    for rid, key, status in book.conn.execute(
            f"SELECT r.id, r.rule_key, r.status FROM reminders r WHERE "
            f"{rule_key_range(DIGEST_PREFIX)} AND r.deleted_at IS NULL").fetchall():
        info = parse_digest_key(key)
        if info is None:
            continue
        cut = (dt.date.fromisoformat(info["date"]) - dt.timedelta(days=info["days"])).isoformat()
        group = (info["owner_id"], info["grade"])
        covered[group] = max(covered.get(group, ""), cut)
        if status == "open":
            open_digests.append((rid, key))
    groups: dict[tuple[str, str], list[tuple]] = {}
    for cid, owner, name, grade, day, counted in _silent(book, cutoffs, since):
        key = f"no_contact:{cid}:{day}"
        owner = owner or book.user_id
        if key in known or counted < covered.get((owner, grade), ""):
            continue
        groups.setdefault((owner, grade), []).append((cid, name, day, key))
    for (owner, grade), rows in groups.items():
        if len(rows) > DIGEST_AT:
            key = digest_key(owner, grade, limits[grade], len(rows), today.isoformat())
            inserts.append(new_row(
                title=DIGEST_TITLE.format(n=len(rows), days=limits[grade]), owner_id=owner,
                kind="no_contact", rule_key=key, due_at=now_iso, first_due_at=now_iso))
            counts["digest"] += 1
            continue
        for cid, name, day, key in rows:
            inserts.append(new_row(
                title=RULE_TITLES["no_contact"].format(date=day, customer=name),
                owner_id=owner, customer_id=cid, kind="no_contact", rule_key=key,
                due_at=now_iso, first_due_at=now_iso))
            counts["no_contact"] += 1
    closed = {"status": "done", "done_at": now_iso, "done_by": None}
    opened = {"status": "open", "done_at": "", "done_by": None}
    for rid, key in open_digests:
        if not digest_customers(book, {"rule_key": key}):
            done.append((rid, opened, closed))
