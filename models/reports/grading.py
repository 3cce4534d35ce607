"""A/B/C grades by rules the owner can edit, applied on demand and once a month.

Rules live in the setting "grading.rules" as JSON: {"A": {"amount": 100000, "orders": 5,
"recent_days": 30, "on_time": 80}, "B": {...}}. A customer gets the best grade whose every
threshold it meets: won amount in the last 12 months >= amount, won deals in those 12 months
>= orders, days since the last contact (interaction) <= recent_days, and the percentage of what
fell due in those 12 months that it paid on time >= on_time (models.orders.punctuality; a
customer with nothing due meets it); otherwise C. A pinned grade (set by hand) is left
alone by the rules. Every change is kept in grade_changes (old -> new) so changes can be
charted (models.reports.grades).

The amount threshold is in major units (yuan) of the book's main currency
(models.deals.main_currency); the won amount it is compared with is the sum of the integer
minor units of the won deals in that currency (deals in other currencies are not converted:
they count as orders but not towards the amount).
"""

from __future__ import annotations

import datetime as dt

from models.core import clock, ids, money, scopes, settings
from models.core.book import Book, new_id
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.core.permissions import require

RULES_SETTING = settings.GRADING_RULES.key
LAST_APPLIED_SETTING = settings.GRADING_LAST_APPLIED.key
RULE_GRADES = ("A", "B")  # in order, best first; everyone else is C
THRESHOLDS = ("amount", "orders", "recent_days", "on_time")
DEFAULT_RULES = {
    "A": {"amount": 100000, "orders": 5, "recent_days": 30, "on_time": 80},
    "B": {"amount": 20000, "orders": 2, "recent_days": 90, "on_time": 0},
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
            if (isinstance(value, bool) or not isinstance(value, int | float) or value < 0
                    or (key == "on_time" and value > 100)):
                raise ValidationError(f"{grade}.{key}", BAD_RULE)
            clean[key] = float(value) if key == "amount" else int(value)
        out[grade] = clean
    return out


def rules(book: Book) -> dict:
    """The rules in force: the book's, or the defaults when unset or unreadable."""
    if settings.is_set(book, RULES_SETTING):
        try:
            return _clean_rules(settings.get(book, RULES_SETTING))
        except (ValueError, ValidationError):
            pass
    return _clean_rules(DEFAULT_RULES)


def set_rules(book: Book, *, rules: dict) -> dict:
    require(book, "settings.change")
    clean = _clean_rules(rules)
    settings.set_settings(book, {RULES_SETTING: clean})
    return clean


def grade_for(rule_set: dict, won: money.Money, orders: int, days: int | None,
              on_time: float | None = None) -> str:
    """The best grade whose every threshold is met (days None: never contacted; on_time None:
    nothing fell due, which meets any punctuality). won is what the customer won in the main
    currency; the rule's amount is in its major units; on_time a share (0..1)."""
    for grade in RULE_GRADES:
        rule = rule_set[grade]
        least = money.Money(money.from_float(rule["amount"], won.currency), won.currency)
        if (won >= least and orders >= rule["orders"] and days is not None
                and days <= rule["recent_days"]
                and (on_time is None or on_time * 100 >= rule["on_time"])):
            return grade
    return "C"


def computed_grades(book: Book, rule_set: dict | None = None) -> dict[str, tuple[str, str, int]]:
    """{customer id: (current grade, grade by the rules, pinned)} for the live customers; by
    the book's rules, or by rule_set (checked like the book's)."""
    rule_set = rules(book) if rule_set is None else _clean_rules(rule_set)
    today = clock.today()
    since = (today - dt.timedelta(days=365)).isoformat()
    from models.deals import main_currency

    code = main_currency(book)
    won = {r[0]: (money.Money(int(r[1] or 0), code), r[2]) for r in book.all(
        "SELECT customer_id, sum(CASE WHEN currency = ? THEN amount_minor END), count(*) "
        "FROM deals WHERE status = 'won' AND deleted_at IS NULL AND closed_at >= ? "
        "GROUP BY customer_id", (code, since))}
    nothing = (money.Money(0, code), 0)
    last = {r[0]: r[1] for r in book.all(
        "SELECT customer_id, max(at) FROM interactions WHERE deleted_at IS NULL "
        "GROUP BY customer_id")}
    from models.orders import punctuality

    punctual = punctuality(book, day=today)
    out = {}
    for r in book.all("SELECT id, grade, grade_pinned FROM customers WHERE deleted_at IS NULL"):
        amount, orders = won.get(r[0], nothing)
        at = last.get(r[0])
        days = (today - dt.date.fromisoformat(at[:10])).days if at else None
        on_time = punctual.get(r[0], {}).get("share")
        out[r[0]] = (r[1], grade_for(rule_set, amount, orders, days, on_time), r[2])
    return out


def _write_changes(op, changes: list[tuple[str, str, str]], *, by_hand: bool,
                   month: str = "") -> None:
    """Customers' new grades and their grade_changes rows, logged in bulk (op is open). A
    month's grading (month "YYYY-MM") names its rows after the month and the customer, so two
    PCs that grade the same month make the same rows."""
    conn = op.book.conn
    now = op.now
    rows = []
    for cid, old, new in changes:
        gid = ids.derived_id("grade", month, cid) if month else new_id()
        row = {"id": gid, "customer_id": cid, "at": now, "old": old, "new": new,
               "by_hand": int(by_hand), "created_at": now, "updated_at": now}
        rows.append(tuple(row.values()))
        op.log("customers", cid, "update", "grade", old, new)
        op.log("grade_changes", gid, "insert", None, None, row)
    conn.executemany("UPDATE customers SET grade = ?, updated_at = ? WHERE id = ?",
                     [(new, now, cid) for cid, _, new in changes])
    conn.executemany(
        "INSERT INTO grade_changes (id, customer_id, at, old, new, by_hand, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    op.flush()


def apply_grades(book: Book, *, month: str = "") -> dict:
    """Grade every live customer that is not pinned by the rules (whoever is signed in: the
    rules are the book's): one undoable operation; "changed" counts the customers the user
    sees.
    The grade is not part of the search text, so nothing is reindexed. month: the month whose
    grading this is (apply_if_due), which names its rows."""
    changes = [(cid, old, new) for cid, (old, new, pinned) in computed_grades(book).items()
               if not pinned and old != new]
    with book.operation("apply_grades", label=month, undoable=True) as op:
        if changes:
            _write_changes(op, changes, by_hand=False, month=month)
    # the rules grade the whole book; the user is told of the customers they see
    return {"changed": len(scopes.visible_ids(book, [c[0] for c in changes]))}


def apply_if_due(book: Book) -> dict | None:
    """Apply the rules once per calendar month (the first time Kehu opens the book in it);
    returns apply_grades' result, or None when this month's grading was done already."""
    month = clock.today().isoformat()[:7]
    if settings.get(book, LAST_APPLIED_SETTING) == month:
        return None
    result = apply_grades(book, month=month)
    settings.set_settings(book, {LAST_APPLIED_SETTING: month})
    return result


def _live_customer(book: Book, customer_id: str):
    scopes.require_visible(book, customer_id)
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
