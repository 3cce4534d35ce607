"""A/B/C grades by rules the owner can edit, applied on demand and once a month.

Rules live in the setting "grading.rules" as JSON: {"A": {"amount": 100000, "orders": 5,
"recent_days": 30}, "B": {...}}. A customer gets the best grade whose every threshold it meets:
won amount in the last 12 months >= amount, won deals in those 12 months >= orders, days since
the last contact (interaction) <= recent_days; otherwise C. A pinned grade (set by hand) is left
alone by the rules. Every change is kept in grade_changes (old -> new) so changes can be
charted (models.reports.grades).
"""

from __future__ import annotations

import datetime as dt
import json

from . import clock
from .book import Book, new_id
from .errors import QT_TRANSLATE_NOOP as T
from .errors import ValidationError
from .operations import set_setting
from .permissions import require

RULES_SETTING = "grading.rules"
LAST_APPLIED_SETTING = "grading.last_applied"
RULE_GRADES = ("A", "B")  # in order, best first; everyone else is C
THRESHOLDS = ("amount", "orders", "recent_days")
DEFAULT_RULES = {
    "A": {"amount": 100000, "orders": 5, "recent_days": 30},
    "B": {"amount": 20000, "orders": 2, "recent_days": 90},
}

BAD_RULE = T("errors", "A grade's thresholds must be numbers of 0 or more.")
BAD_PIN = T("errors", "Choose grade A, B or C.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")


def _clean_rules(data) -> dict:
    if not isinstance(data, dict):
        raise ValidationError("rules", BAD_RULE)
    out = {}
    for grade in RULE_GRADES:
        rule = data.get(grade, DEFAULT_RULES[grade])
        if not isinstance(rule, dict):
            raise ValidationError(grade, BAD_RULE)
        clean = {}
        for key in THRESHOLDS:
            value = rule.get(key, DEFAULT_RULES[grade][key])
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValidationError(f"{grade}.{key}", BAD_RULE)
            clean[key] = float(value) if key == "amount" else int(value)
        out[grade] = clean
    return out


def rules(book: Book) -> dict:
    """The rules in force: the book's, or the defaults when unset or unreadable."""
    text = book.setting(RULES_SETTING)
    if text:
        try:
            return _clean_rules(json.loads(text))
        except (ValueError, ValidationError):
            pass
    return _clean_rules(DEFAULT_RULES)


def set_rules(book: Book, *, rules: dict) -> dict:
    require(book, "settings.change")
    clean = _clean_rules(rules)
    set_setting(book, key=RULES_SETTING, value=json.dumps(clean, ensure_ascii=False))
    return clean


def grade_for(rule_set: dict, amount: float, orders: int, days: int | None) -> str:
    """The best grade whose every threshold is met (days None: never contacted)."""
    for grade in RULE_GRADES:
        rule = rule_set[grade]
        if (amount >= rule["amount"] and orders >= rule["orders"] and days is not None
                and days <= rule["recent_days"]):
            return grade
    return "C"


def computed_grades(book: Book) -> dict[str, tuple[str, str, int]]:
    """{customer id: (current grade, grade by the rules, pinned)} for the live customers."""
    rule_set = rules(book)
    today = clock.today()
    since = (today - dt.timedelta(days=365)).isoformat()
    won = {r[0]: (float(r[1] or 0), r[2]) for r in book.all(
        "SELECT customer_id, sum(amount), count(*) FROM deals WHERE status = 'won' "
        "AND deleted_at IS NULL AND closed_at >= ? GROUP BY customer_id", (since,))}
    last = {r[0]: r[1] for r in book.all(
        "SELECT customer_id, max(at) FROM interactions WHERE deleted_at IS NULL "
        "GROUP BY customer_id")}
    out = {}
    for r in book.all("SELECT id, grade, grade_pinned FROM customers WHERE deleted_at IS NULL"):
        amount, orders = won.get(r[0], (0.0, 0))
        at = last.get(r[0])
        days = (today - dt.date.fromisoformat(at[:10])).days if at else None
        out[r[0]] = (r[1], grade_for(rule_set, amount, orders, days), r[2])
    return out


def _write_changes(op, changes: list[tuple[str, str, str]], *, by_hand: bool) -> None:
    """Customers' new grades and their grade_changes rows, audited in bulk (op is open)."""
    conn = op.book.conn
    now, user = op.now, op.book.user_id
    seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    audit, rows = [], []
    for cid, old, new in changes:
        row = {"id": new_id(), "customer_id": cid, "at": now, "old": old, "new": new,
               "by_hand": int(by_hand), "created_at": now, "updated_at": now}
        rows.append(tuple(row.values()))
        seq += 1
        audit.append((new_id(), seq, op.id, now, user, "customers", cid, "update", "grade",
                      json.dumps(old), json.dumps(new), now, now))
        seq += 1
        audit.append((new_id(), seq, op.id, now, user, "grade_changes", row["id"], "insert",
                      None, None, json.dumps(row, ensure_ascii=False), now, now))
        op.changes.add("customers", cid)
        op.changes.add("grade_changes", row["id"])
    conn.executemany("UPDATE customers SET grade = ?, updated_at = ? WHERE id = ?",
                     [(new, now, cid) for cid, _, new in changes])
    conn.executemany(
        "INSERT INTO grade_changes (id, customer_id, at, old, new, by_hand, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany(
        "INSERT INTO audit (id, seq, op_id, at, user_id, tbl, record_id, action, field, old, "
        "new, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", audit)
    op._entries += len(audit)


def apply_grades(book: Book) -> dict:
    """Grade every live customer that is not pinned by the rules: one undoable operation.
    The grade is not part of the search text, so nothing is reindexed."""
    changes = [(cid, old, new) for cid, (old, new, pinned) in computed_grades(book).items()
               if not pinned and old != new]
    with book.operation("apply_grades", undoable=True) as op:
        if changes:
            _write_changes(op, changes, by_hand=False)
    return {"changed": len(changes)}


def apply_if_due(book: Book) -> dict | None:
    """Apply the rules once per calendar month (the first time Kehu opens the book in it);
    returns apply_grades' result, or None when this month's grading was done already."""
    month = clock.today().isoformat()[:7]
    if book.setting(LAST_APPLIED_SETTING) == month:
        return None
    result = apply_grades(book)
    set_setting(book, key=LAST_APPLIED_SETTING, value=month)
    return result


def _live_customer(book: Book, customer_id: str):
    row = book.one("SELECT id, grade, grade_pinned FROM customers WHERE id = ? AND "
                   "deleted_at IS NULL", (customer_id,))
    if row is None:
        raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
    return row


def pin_grade(book: Book, *, customer_id: str, grade: str) -> dict:
    """Set the grade by hand; the rules leave it alone until unpinned."""
    grade = (grade or "").strip().upper()
    if grade not in ("A", "B", "C"):
        raise ValidationError("grade", BAD_PIN)
    row = _live_customer(book, customer_id)
    with book.operation("pin_grade", label=grade) as op:
        op.update("customers", customer_id, {"grade_pinned": 1})
        if row["grade"] != grade:
            _write_changes(op, [(customer_id, row["grade"], grade)], by_hand=True)
    return {"customer_id": customer_id, "grade": grade, "pinned": True}


def unpin_grade(book: Book, *, customer_id: str) -> dict:
    """The rules grade the customer again from the next time they are applied."""
    _live_customer(book, customer_id)
    with book.operation("unpin_grade") as op:
        op.update("customers", customer_id, {"grade_pinned": 0})
    return {"customer_id": customer_id, "pinned": False}
