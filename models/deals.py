"""The sales pipeline: stages, deals on a board, stalls and the forecast.

Reading functions return plain dicts ("card dicts") for the board and lists; every write is a
named, keyword-only operation (Book.operation) whose rows are audited, so models.core.changelog.undo
and redo replay it. Qt-free: texts are English source strings marked with T(context, text).

Dates: stage_entered_at and interaction times are ISO date-times; their first ten characters are
the local date. "Today" is models.core.clock.today(), injectable in tests.

Stalls: an open deal's last activity is the later of the day it entered its stage and its
customer's latest interaction. It is stalled when more than the stage's stall_days have passed
since then (stall_days 0 turns stalls off for that stage) and it is not snoozed
(stall_snoozed_until >= today). The stall "starts" on last activity + stall_days;
models.reminders.run_rules opens one reminder for the deal's owner per start (its rule_key
names the deal and the start). A new interaction or a stage change moves the last activity, so
a later stall has another start and another reminder. (deals.stall_followed is no longer
written: the rule_key remembers which stalls were followed up.)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid

from models import alerts
from models.core import clock, money, settings, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.core.permissions import require

DEAL_FIELDS = ("title", "customer_id", "amount", "currency", "expected_close", "probability",
               "owner_id", "source", "next_step", "notes", "products")
ALERTED = ("notes", "next_step")  # the free text scanned for risk words (models.alerts)
REQUIRABLE = ("amount", "expected_close", "next_step", "products", "source", "notes")
COLUMNS = {"amount": "amount_minor"}  # the column of a field whose name differs
LOST_REASONS = tuple(settings.LOST_REASONS.default)
STATUSES = ("open", "won", "lost")
LOST_REASONS_SETTING = settings.LOST_REASONS.key
RENUMBER_GAP = 1e-6

STAGE_NAMES = {
    "initial": T("stages", "Initial contact"),
    "needs": T("stages", "Needs confirmed"),
    "proposal": T("stages", "Proposal/quote"),
    "negotiation": T("stages", "Negotiation"),
    "contract": T("stages", "Contract signing"),
}
STATUS_LABELS = {
    "open": T("deals", "Open"),
    "won": T("deals", "Won"),
    "lost": T("deals", "Lost"),
}
REASON_LABELS = {
    "price": T("deals", "Price"),
    "competitor": T("deals", "Competitor"),
    "no_budget": T("deals", "No budget"),
    "went_silent": T("deals", "Went silent"),
    "private_deal": T("deals", "Private deal suspected"),
    "other": T("deals", "Other"),
}
FIELD_LABELS = {
    "title": T("deals", "Title"),
    "customer_id": T("deals", "Customer"),
    "amount": T("deals", "Amount"),
    "currency": T("deals", "Currency"),
    "expected_close": T("deals", "Expected close"),
    "probability": T("deals", "Probability"),
    "owner_id": T("deals", "Owner"),
    "source": T("deals", "Source"),
    "next_step": T("deals", "Next step"),
    "notes": T("deals", "Notes"),
    "products": T("deals", "Products"),
}

TITLE_REQUIRED = T("errors", "The deal needs a title.")
CUSTOMER_REQUIRED = T("errors", "Choose the customer of the deal.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
NEGATIVE_AMOUNT = T("errors", "The amount cannot be less than 0.")
BAD_PROBABILITY = T("errors", "The probability must be a whole number from 0 to 100.")
NO_SUCH_USER = T("errors", "There is no such user.")
NO_SUCH_DEAL = T("errors", "There is no such deal.")
NO_SUCH_STAGE = T("errors", "There is no such stage.")
DEAL_CLOSED = T("errors", "This deal is already won or lost; reopen it first.")
DEAL_OPEN = T("errors", "This deal is still open.")
REASON_REQUIRED = T("errors", "Choose why the deal was lost.")
REQUIREMENTS_MISSING = T("errors", "This stage needs: {fields}")
STAGE_NAME_REQUIRED = T("errors", "The stage needs a name.")
STAGE_EXISTS = T("errors", "There is already a stage called {value}.")
BAD_STALL_DAYS = T("errors", "The days before a deal counts as stalled must be 0 or more.")
BAD_REQUIREMENT = T("errors", "A stage cannot require {value}.")
LAST_STAGE = T("errors", "The pipeline needs at least one stage.")
MOVE_TO_ITSELF = T("errors", "Choose another stage for the deals of the deleted stage.")
BAD_ORDER = T("errors", "The new order must list every stage once.")
REASONS_REQUIRED = T("errors", "Keep at least one reason for lost deals.")
BAD_SNOOZE = T("errors", "Snooze for at least one day.")


class RequirementsMissing(ValidationError):
    """The target stage needs fields or checklist items the deal does not have yet."""

    def __init__(self, missing: dict) -> None:
        self.missing = missing
        super().__init__(missing["fields"][0] if missing["fields"] else "checklist",
                         REQUIREMENTS_MISSING, fields=_missing_text(missing, None))

    def render(self, translate=None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        return text.format(fields=_missing_text(self.missing, translate))


def _missing_text(missing: dict, translate) -> str:
    names = [field_label(k, translate) for k in missing["fields"]]
    return ", ".join([*names, *missing["checklist"]])


# -- labels ------------------------------------------------------------------------------
def _identity(context: str, text: str) -> str:
    return text


def stage_label(stage: dict, translate=None) -> str:
    """The name the user sees: the owner's name for it, else the translated default name."""
    if stage.get("name"):
        return stage["name"]
    default = STAGE_NAMES.get(stage.get("key", ""))
    if default is None:
        return stage.get("key", "")
    return (translate or _identity)("stages", default)


def reason_label(reason: str, translate=None) -> str:
    label = REASON_LABELS.get(reason)
    return (translate or _identity)("deals", label) if label else reason


def field_label(key: str, translate=None) -> str:
    label = FIELD_LABELS.get(key)
    return (translate or _identity)("deals", label) if label else key


def status_label(status: str, translate=None) -> str:
    return (translate or _identity)("deals", STATUS_LABELS.get(status, status))


# -- reading: stages ---------------------------------------------------------------------
def _stage_dict(row) -> dict:
    d = dict(row)
    d["requires"] = json.loads(d["requires"] or "[]")
    d["checklist"] = json.loads(d["checklist"] or "[]")
    return d


def stages(book: Book) -> list[dict]:
    return [_stage_dict(r) for r in book.all(
        "SELECT * FROM stages WHERE deleted_at IS NULL ORDER BY position, created_at")]


def _stage(book: Book, stage_id: str, *, live: bool = True) -> dict:
    row = book.one("SELECT * FROM stages WHERE id = ?", (stage_id,))
    if row is None or (live and row["deleted_at"] is not None):
        raise ValidationError("stage_id", NO_SUCH_STAGE)
    return _stage_dict(row)


def lost_reasons(book: Book) -> list[str]:
    reasons = settings.get(book, LOST_REASONS_SETTING)
    if isinstance(reasons, list) and reasons:
        return [str(r) for r in reasons]
    return list(LOST_REASONS)


# -- reading: deals ----------------------------------------------------------------------
# The board is one query of plain tuples (no sqlite3.Row). Each customer's latest interaction
# is a correlated max() that the partial index interactions_live answers with one seek
# (measured faster than a second, grouped query). Stages and users are a handful of rows,
# looked up in dicts instead of joined. tests/bench/bench_board.py measures it.
_CARD_SQL = (
    "SELECT d.id, d.title, d.customer_id, c.name, d.amount_minor, d.currency, d.probability, "
    "d.owner_id, d.stage_id, d.status, d.expected_close, d.next_step, d.stage_entered_at, "
    "d.stall_snoozed_until, d.stall_reason, d.position, d.stall_followed, c.next_follow_up, "
    "(SELECT max(i.at) FROM interactions i WHERE i.customer_id = d.customer_id "
    "AND i.deleted_at IS NULL) "
    "FROM deals d JOIN customers c ON c.id = d.customer_id "
)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _stall(status: str, stall_days: int, entered: dt.date, last_interaction: dt.date | None,
           snoozed: str, today: dt.date) -> tuple[dt.date | None, int]:
    """(stall start, days past the threshold), or (None, 0) when the deal is not stalled."""
    if status != "open" or stall_days <= 0:
        return None, 0
    last = last_interaction if last_interaction and last_interaction > entered else entered
    start = last + dt.timedelta(days=stall_days)
    if today <= start:
        return None, 0
    if snoozed and snoozed[:10] >= today.isoformat():
        return None, 0
    return start, (today - start).days


def _cards(book: Book, where: list[str], params: list, *, order: str,
           live_customers: bool = True) -> list[dict]:
    clauses = ["d.deleted_at IS NULL", *where]
    cursor = book.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        _CARD_SQL + "WHERE " + " AND ".join(
            [*clauses, "c.deleted_at IS NULL"] if live_customers else clauses)
        + f" ORDER BY {order}", params).fetchall()
    if not rows:
        return []
    stage_info = {r[0]: (r[1], r[2]) for r in cursor.execute(
        "SELECT id, probability, stall_days FROM stages").fetchall()}
    users = dict(cursor.execute("SELECT id, name FROM users").fetchall())
    reminded = _next_reminders(cursor, [r[0] for r in rows])
    today = clock.today()
    dates: dict[str, dt.date | None] = {}

    def day(text):
        key = (text or "")[:10]
        if key not in dates:
            dates[key] = _date(key)
        return dates[key]

    cards = []
    for (did, title, cid, cname, amount, currency, probability, owner_id, stage_id, status,
         expected_close, next_step, entered_at, snoozed, reason, position, followed,
         follow_up, last_seen) in rows:
        stage_probability, stall_days = stage_info[stage_id]
        if status == "won":
            probability = 100
        elif status == "lost":
            probability = 0
        elif probability is None:
            probability = stage_probability
        entered = day(entered_at) or today
        start, past = _stall(status, stall_days, entered, day(last_seen), snoozed, today)
        cards.append({
            "id": did, "title": title, "customer_id": cid, "customer_name": cname,
            "amount": None if amount is None else money.Money(amount, currency),
            "currency": currency, "probability": probability,
            "owner_id": owner_id, "owner_name": users.get(owner_id, ""), "stage_id": stage_id,
            "status": status, "expected_close": expected_close, "next_step": next_step,
            "days_in_stage": max(0, (today - entered).days), "stalled": start is not None,
            "stalled_days": past, "stall_reason": reason, "position": position,
            "stall_start": start.isoformat() if start else "", "stall_followed": followed,
            "next_follow_up": follow_up,  # the customer's
            "next_reminder": reminded.get(did, ""),  # due_at of the deal's next open reminder
        })
    return cards


def _next_reminders(cursor, deal_ids: list[str]) -> dict[str, str]:
    """Deal id -> due_at of its earliest open reminder, in one grouped query (the reminders_deal
    index: only reminders that have a deal are read)."""
    live = "status = 'open' AND deleted_at IS NULL"
    if len(deal_ids) <= 500:
        marks = ", ".join("?" * len(deal_ids))
        sql = (f"SELECT deal_id, min(due_at) FROM reminders WHERE deal_id IN ({marks}) AND {live} "
               "GROUP BY deal_id")
        return dict(cursor.execute(sql, deal_ids).fetchall())
    return dict(cursor.execute(
        f"SELECT deal_id, min(due_at) FROM reminders WHERE deal_id IS NOT NULL AND {live} "
        "GROUP BY deal_id").fetchall())


def _filtered(cards: list[dict], search: str, only_stalled: bool) -> list[dict]:
    needle = values.fold(search).casefold()
    if needle:
        cards = [c for c in cards if any(
            needle in values.fold(c[k] or "").casefold()
            for k in ("title", "customer_name", "next_step"))]
    if only_stalled:
        cards = [c for c in cards if c["stalled"]]
    return cards


def _filters(status: str | None, owner_id: str | None) -> tuple[list[str], list]:
    where, params = [], []
    if status is not None:
        if status not in STATUSES:
            raise KeyError(status)
        where.append("d.status = ?")
        params.append(status)
    if owner_id is not None:
        where.append("d.owner_id = ?")
        params.append(owner_id)
    return where, params


def deal(book: Book, deal_id: str) -> dict | None:
    """A card dict plus every column of the deal (checked decoded to a dict); None when the
    deal does not exist or was deleted. Also while its customer is in the trash."""
    row = book.one("SELECT * FROM deals WHERE id = ? AND deleted_at IS NULL", (deal_id,))
    if row is None:
        return None
    out = dict(row)
    out["checked"] = json.loads(row["checked"] or "{}")
    out["own_probability"] = row["probability"]  # None: the stage's default
    out.update(_cards(book, ["d.id = ?"], [deal_id], order="d.id", live_customers=False)[0])
    return out


def deal_history(book: Book, deal_id: str) -> list[dict]:
    """The deal's stage and status changes, oldest first: at, user_id, user_name, from_stage,
    to_stage, from_status, to_status, and from_stage_row / to_stage_row (stage dicts, deleted
    stages too, for stage_label; None where there is no stage)."""
    stages_by_id = {r["id"]: _stage_dict(r) for r in book.all("SELECT * FROM stages")}
    rows = book.all(
        "SELECT h.*, u.name AS user_name FROM deal_history h LEFT JOIN users u ON u.id = h.user_id "
        "WHERE h.deal_id = ? ORDER BY h.at, h.rowid", (deal_id,))
    return [{**dict(r), "user_name": r["user_name"] or "",
             "from_stage_row": stages_by_id.get(r["from_stage"]),
             "to_stage_row": stages_by_id.get(r["to_stage"])} for r in rows]


def board(book: Book, *, owner_id: str | None = None, search: str = "",
          only_stalled: bool = False) -> list[dict]:
    """One column per stage: its open deals by position, their count, and their total and
    weighted sum per currency (money.Totals, never one sum across currencies). Deals of
    customers in the trash are left out."""
    where, params = _filters("open", owner_id)
    cards = _filtered(_cards(book, where, params, order="d.position, d.created_at"),
                      search, only_stalled)
    columns = [{"stage": s, "deals": [], "count": 0} for s in stages(book)]
    by_stage = {c["stage"]["id"]: c for c in columns}
    for card in cards:
        column = by_stage.get(card["stage_id"])
        if column is None:  # a deleted stage's deal (delete_stage moves them all)
            continue
        column["deals"].append(card)
        column["count"] += 1
    for column in columns:
        column["total"] = money.Totals(c["amount"] for c in column["deals"] if c["amount"] is not None)
        column["weighted"] = money.weighted_totals(
            (c["amount"], c["probability"]) for c in column["deals"])
    return columns


def list_deals(book: Book, *, status: str | None = "open", owner_id: str | None = None,
               search: str = "", only_stalled: bool = False) -> list[dict]:
    """Deals in board order (stage, then position); status None = all statuses."""
    where, params = _filters(status, owner_id)
    order = {s["id"]: s["position"] for s in stages(book)}
    cards = _filtered(_cards(book, where, params, order="d.position, d.created_at"),
                      search, only_stalled)
    cards.sort(key=lambda c: order.get(c["stage_id"], 1 << 30))
    return cards


def deals_of_customer(book: Book, customer_id: str) -> list[dict]:
    """All the customer's live deals, any status, newest first (also while it is in the trash)."""
    return _cards(book, ["d.customer_id = ?"], [customer_id],
                  order="d.created_at DESC, d.rowid DESC", live_customers=False)


def stalled_deals(book: Book, *, owner_id: str | None = None) -> list[dict]:
    return list_deals(book, status="open", owner_id=owner_id, only_stalled=True)


def main_currency(book: Book) -> str:
    """The currency most of the book's deals are in (CNY when there are none, or on a tie):
    the one the reports chart and the grading thresholds are in. Amounts in other currencies
    are shown apart, never added to it."""
    row = book.one("SELECT currency, count(*) AS n FROM deals WHERE deleted_at IS NULL "
                   "GROUP BY currency ORDER BY n DESC, currency != ?, currency LIMIT 1",
                   (money.DEFAULT_CURRENCY,))
    return row["currency"] if row else money.DEFAULT_CURRENCY


def forecast(book: Book, *, months: int = 6, owner_id: str | None = None,
             start: str | None = None) -> list[dict]:
    """`months` entries from the current month (or from start, "YYYY-MM"): open deals by
    expected close month, with their count and their total and weighted sum per currency
    (money.Totals). Deals expected before the first month count in it; those without a date
    are left out."""
    if start:
        year, month = int(start[:4]), int(start[5:7])
    else:
        today = clock.today()
        year, month = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    out = {k: {"month": k, "count": 0, "pairs": []} for k in keys}
    if not keys:
        return []
    where, params = _filters("open", owner_id)
    rows = book.all(
        "SELECT d.expected_close, d.amount_minor, d.currency, "
        "coalesce(d.probability, s.probability) AS p "
        "FROM deals d JOIN stages s ON s.id = d.stage_id "
        "WHERE d.deleted_at IS NULL AND d.expected_close != '' AND d.customer_id NOT IN "
        "(SELECT id FROM customers WHERE deleted_at IS NOT NULL) AND "
        + " AND ".join(where), params)
    for r in rows:
        key = max(r["expected_close"][:7], keys[0])
        bucket = out.get(key)
        if bucket is None:
            continue
        bucket["count"] += 1
        if r["amount_minor"] is not None:
            bucket["pairs"].append((money.Money(r["amount_minor"], r["currency"]), r["p"]))
    for bucket in out.values():
        pairs = bucket.pop("pairs")
        bucket["total"] = money.Totals(m for m, _ in pairs)
        bucket["weighted"] = money.weighted_totals(pairs)
    return list(out.values())


def missing_requirements(book: Book, deal_id: str, stage_id: str, values: dict | None = None,
                         checked: list[str] | None = None) -> dict:
    """What the deal lacks to enter the stage, after applying the form's values and ticks."""
    stage = _stage(book, stage_id)
    row = _deal_row(book, deal_id)
    clean = _clean(book, values or {}, row) if values else {}
    ticked = set(json.loads(row["checked"] or "{}").get(stage_id, [])) | set(checked or ())
    fields = []
    for key in stage["requires"]:
        column = COLUMNS.get(key, key)
        value = clean[column] if column in clean else row[column]
        if value is None or (isinstance(value, str) and not value.strip()):
            fields.append(key)
    return {"fields": fields, "checklist": [i for i in stage["checklist"] if i not in ticked]}


# -- validation --------------------------------------------------------------------------
def _clean_amount(value, code: str) -> int | None:
    """Minor units of an amount typed or given in major units (money.parse), or None."""
    amount = money.parse(value, code)
    if amount is None:
        return None
    if amount.minor < 0:
        raise ValidationError("amount", NEGATIVE_AMOUNT)
    return amount.minor


def _clean_probability(value) -> int | None:
    if value is None or (isinstance(value, str) and not values.fold(value)):
        return None
    try:
        text = values.fold(str(value)).rstrip("%").strip()
        number = float(text)
    except ValueError:
        raise ValidationError("probability", BAD_PROBABILITY) from None
    if not number.is_integer() or not 0 <= number <= 100:
        raise ValidationError("probability", BAD_PROBABILITY)
    return int(number)


def _clean(book: Book, data: dict, row=None) -> dict:
    """Validated values for the deal fields present in data (KeyError on an unknown key), by
    column: "amount" (what was typed, a number in major units, or a money.Money) becomes
    amount_minor, in the currency of data or else of the deal (row). A new currency without a
    new amount keeps the amount's value (1,234.50 yuan -> 1,234.50 dollars)."""
    out: dict = {}
    code = row["currency"] if row is not None else money.DEFAULT_CURRENCY
    if "currency" in data:
        code = money.normalise_currency(data["currency"])
    for key, value in data.items():
        if key not in DEAL_FIELDS:
            raise KeyError(key)
        if key == "amount":
            out["amount_minor"] = _clean_amount(value, code)
        elif key == "probability":
            out[key] = _clean_probability(value)
        elif key == "expected_close":
            out[key] = values.clean_date("" if value is None else str(value), "expected_close")
        elif key == "customer_id":
            if not value:
                raise ValidationError("customer_id", CUSTOMER_REQUIRED)
            if not book.one("SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL",
                            (value,)):
                raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
            out[key] = value
        elif key == "owner_id":
            if value and not book.one("SELECT 1 FROM users WHERE id = ?", (value,)):
                raise ValidationError("owner_id", NO_SUCH_USER)
            out[key] = value or None
        elif key == "currency":
            out[key] = code
        elif key == "notes":
            out[key] = (value or "").strip()
        else:
            out[key] = values.fold(value or "")
    if "title" in out and not out["title"]:
        raise ValidationError("title", TITLE_REQUIRED)
    if (row is not None and "amount" not in data and code != row["currency"]
            and row["amount_minor"] is not None):
        amount = money.Money(row["amount_minor"], row["currency"])
        out["amount_minor"] = money.Money.from_major(amount.major, code).minor
    return out


def _deal_row(book: Book, deal_id: str):
    row = book.one("SELECT * FROM deals WHERE id = ? AND deleted_at IS NULL", (deal_id,))
    if row is None:
        raise ValidationError("deal_id", NO_SUCH_DEAL)
    return row


def _open_deal(book: Book, deal_id: str):
    row = _deal_row(book, deal_id)
    if row["status"] != "open":
        raise ValidationError("status", DEAL_CLOSED)
    return row


# -- writing: deals ----------------------------------------------------------------------
def _history(op, deal_id: str, *, from_stage, to_stage, from_status, to_status) -> None:
    op.insert("deal_history", {
        "deal_id": deal_id, "at": op.now, "user_id": op.book.user_id, "from_stage": from_stage,
        "to_stage": to_stage, "from_status": from_status, "to_status": to_status,
    })


def _bottom(book: Book, stage_id: str, exclude: str | None = None) -> float:
    top = book.scalar(
        "SELECT max(position) FROM deals WHERE stage_id = ? AND status = 'open' AND "
        "deleted_at IS NULL AND id != ?", (stage_id, exclude or ""))
    return 1.0 if top is None else float(math.floor(top)) + 1.0


def add_deal(book: Book, *, data: dict) -> str:
    data = dict(data)
    stage_id = data.pop("stage_id", None)
    clean = _clean(book, data)
    if not clean.get("title"):
        raise ValidationError("title", TITLE_REQUIRED)
    if not clean.get("customer_id"):
        raise ValidationError("customer_id", CUSTOMER_REQUIRED)
    if stage_id:
        _stage(book, stage_id)
    else:
        first = stages(book)
        if not first:
            raise ValidationError("stage_id", LAST_STAGE)
        stage_id = first[0]["id"]
    row = {"title": "", "amount_minor": None, "currency": money.DEFAULT_CURRENCY,
           "expected_close": "",
           "probability": None, "source": "", "next_step": "", "notes": "", "products": "",
           **clean}
    row["owner_id"] = clean.get("owner_id") or book.user_id
    with book.operation("add_deal", label=clean["title"]) as op:
        row.update(id=str(uuid.uuid4()), stage_id=stage_id, status="open",
                   position=_bottom(book, stage_id), stage_entered_at=op.now)
        deal_id = op.insert("deals", row)
        for fld in ALERTED:
            alerts.check_text(op, tbl="deals", record_id=deal_id, field=fld, text=row[fld],
                              customer_id=row["customer_id"])
        _history(op, deal_id, from_stage=None, to_stage=stage_id, from_status=None,
                 to_status="open")
    return deal_id


def update_deal(book: Book, *, deal_id: str, data: dict) -> dict:
    """Changes the deal's fields (not its stage or status); returns {field: (old, new)}."""
    row = _deal_row(book, deal_id)
    clean = _clean(book, data, row)
    with book.operation("update_deal", label=clean.get("title") or row["title"]) as op:
        changed = op.update("deals", deal_id, clean)
        for fld in ALERTED:
            if fld in changed:
                alerts.check_text(op, tbl="deals", record_id=deal_id, field=fld,
                                  text=clean[fld], customer_id=clean.get("customer_id",
                                                                          row["customer_id"]))
        return changed


def _place(book: Book, op, deal_id: str, stage_id: str, index: int | None) -> float:
    """The position that puts the deal at `index` of the stage's open deals (renumbering the
    column 1..n when the neighbours are closer than RENUMBER_GAP)."""
    others = book.all(
        "SELECT id, position FROM deals WHERE stage_id = ? AND status = 'open' AND "
        "deleted_at IS NULL AND id != ? ORDER BY position, created_at", (stage_id, deal_id))
    if index is None or index >= len(others):
        return _bottom(book, stage_id, exclude=deal_id)
    index = max(0, index)
    after = others[index]["position"]
    if index == 0:
        return after - 1.0
    before = others[index - 1]["position"]
    if after - before >= RENUMBER_GAP * 2:
        return (before + after) / 2
    ids = [r["id"] for r in others]
    ids.insert(index, deal_id)
    for n, other in enumerate(ids, start=1):
        if other != deal_id:
            op.update("deals", other, {"position": float(n)})
    return float(index + 1)


def move_deal(book: Book, *, deal_id: str, stage_id: str, index: int | None = None,
              values: dict | None = None, checked: list[str] | None = None) -> dict:
    """To another stage (with a history row) or to another place in its own column."""
    row = _open_deal(book, deal_id)
    stage = _stage(book, stage_id)
    same = row["stage_id"] == stage_id
    change: dict = {}
    if not same:
        missing = missing_requirements(book, deal_id, stage_id, values, checked)
        if missing["fields"] or missing["checklist"]:
            raise RequirementsMissing(missing)
        if values:
            change.update(_clean(book, values, row))
        if checked:
            ticks = json.loads(row["checked"] or "{}")
            have = ticks.get(stage_id, [])
            ticks[stage_id] = [*have, *(i for i in checked if i not in have)]
            change["checked"] = json.dumps(ticks, ensure_ascii=False)
    with book.operation("move_deal", label=row["title"]) as op:
        change["position"] = _place(book, op, deal_id, stage_id, index)
        if not same:
            change.update(stage_id=stage_id, stage_entered_at=op.now, stall_snoozed_until="",
                          stall_reason="")
        changed = op.update("deals", deal_id, change)
        if not same:
            _history(op, deal_id, from_stage=row["stage_id"], to_stage=stage["id"],
                     from_status="open", to_status="open")
    return changed


def _close(book: Book, deal_id: str, name: str, status: str, extra: dict) -> dict:
    row = _open_deal(book, deal_id)
    with book.operation(name, label=row["title"]) as op:
        changed = op.update("deals", deal_id, {"status": status, "closed_at": op.now, **extra})
        _history(op, deal_id, from_stage=row["stage_id"], to_stage=row["stage_id"],
                 from_status="open", to_status=status)
    return changed


def win_deal(book: Book, *, deal_id: str) -> dict:
    return _close(book, deal_id, "win_deal", "won", {})


def lose_deal(book: Book, *, deal_id: str, reason: str, note: str = "") -> dict:
    reason = values.fold(reason or "")
    if not reason:
        raise ValidationError("lost_reason", REASON_REQUIRED)
    return _close(book, deal_id, "lose_deal", "lost",
                  {"lost_reason": reason, "lost_note": (note or "").strip()})


def reopen_deal(book: Book, *, deal_id: str, stage_id: str | None = None) -> dict:
    """Back on the board, at the bottom of its stage (or of stage_id); its days in the stage
    count from now. The stage's requirements are not asked again."""
    row = _deal_row(book, deal_id)
    if row["status"] == "open":
        raise ValidationError("status", DEAL_OPEN)
    stage_id = stage_id or row["stage_id"]
    if _stage(book, stage_id, live=False)["deleted_at"] is not None:
        live = stages(book)
        if not live:
            raise ValidationError("stage_id", LAST_STAGE)
        stage_id = live[0]["id"]
    with book.operation("reopen_deal", label=row["title"]) as op:
        changed = op.update("deals", deal_id, {
            "status": "open", "closed_at": "", "lost_reason": "", "lost_note": "",
            "stage_id": stage_id, "stage_entered_at": op.now,
            "position": _bottom(book, stage_id, exclude=deal_id),
            "stall_snoozed_until": "", "stall_reason": "",
        })
        _history(op, deal_id, from_stage=row["stage_id"], to_stage=stage_id,
                 from_status=row["status"], to_status="open")
    return changed


def delete_deal(book: Book, *, deal_id: str) -> str:
    """Soft: the deal and its history stay in the book; undo brings it back. A salesperson
    may not delete a deal a risk alert points to."""
    row = _deal_row(book, deal_id)
    alerts.guard_delete(book, "deals", deal_id)
    with book.operation("delete_deal", label=row["title"]) as op:
        op.update("deals", deal_id, {"deleted_at": op.now})
    return deal_id


# -- writing: stages (owners only) -------------------------------------------------------
def _clean_stage_fields(book: Book, stage_id: str | None, *, name=None, probability=None,
                        stall_days=None, requires=None, checklist=None) -> dict:
    out: dict = {}
    if name is not None:
        name = values.fold(name)
        if not name:
            raise ValidationError("name", STAGE_NAME_REQUIRED)
        for s in stages(book):
            if s["id"] != stage_id and stage_label(s).casefold() == name.casefold():
                raise ValidationError("name", STAGE_EXISTS, value=name)
        out["name"] = name
    if probability is not None:
        try:
            p = _clean_probability(probability)
        except ValidationError:
            raise ValidationError("probability", BAD_PROBABILITY) from None
        if p is None:
            raise ValidationError("probability", BAD_PROBABILITY)
        out["probability"] = p
    if stall_days is not None:
        text = values.fold(str(stall_days))
        if isinstance(stall_days, bool) or not text.isdigit():
            raise ValidationError("stall_days", BAD_STALL_DAYS)
        out["stall_days"] = int(text)
    if requires is not None:
        keys = []
        for key in requires:
            if key not in REQUIRABLE:
                raise ValidationError("requires", BAD_REQUIREMENT, value=key)
            if key not in keys:
                keys.append(key)
        out["requires"] = json.dumps(keys)
    if checklist is not None:
        items = []
        for item in checklist:
            item = values.fold(item)
            if item and item not in items:
                items.append(item)
        out["checklist"] = json.dumps(items, ensure_ascii=False)
    return out


def add_stage(book: Book, *, name: str, probability: int = 0, stall_days: int = 7,
              requires=(), checklist=()) -> str:
    require(book, "settings.change")
    clean = _clean_stage_fields(book, None, name=name, probability=probability,
                                stall_days=stall_days, requires=list(requires),
                                checklist=list(checklist))
    position = book.scalar(
        "SELECT coalesce(max(position), 0) + 1 FROM stages WHERE deleted_at IS NULL")
    with book.operation("add_stage", label=clean["name"]) as op:
        return op.insert("stages", {"key": "s_" + uuid.uuid4().hex[:12], "position": position,
                                    **clean})


def update_stage(book: Book, *, stage_id: str, name: str | None = None,
                 probability: int | None = None, stall_days: int | None = None,
                 requires: list[str] | None = None, checklist: list[str] | None = None) -> dict:
    require(book, "settings.change")
    stage = _stage(book, stage_id)
    clean = _clean_stage_fields(book, stage_id, name=name, probability=probability,
                                stall_days=stall_days,
                                requires=None if requires is None else list(requires),
                                checklist=None if checklist is None else list(checklist))
    with book.operation("update_stage", label=clean.get("name") or stage_label(stage)) as op:
        return op.update("stages", stage_id, clean)


def reorder_stages(book: Book, *, stage_ids: list[str]) -> dict:
    """Positions 1..n in the order given; returns {stage id: (old, new)} of those that moved."""
    require(book, "settings.change")
    live = [s["id"] for s in stages(book)]
    if sorted(stage_ids) != sorted(live) or len(set(stage_ids)) != len(stage_ids):
        raise ValidationError("stage_ids", BAD_ORDER)
    moved: dict = {}
    with book.operation("reorder_stages") as op:
        for n, sid in enumerate(stage_ids, start=1):
            change = op.update("stages", sid, {"position": n})
            if change:
                moved[sid] = change["position"]
    return moved


def delete_stage(book: Book, *, stage_id: str, move_to: str) -> int:
    """Hide the stage; its deals (open and closed) go to move_to, each with a history row.
    Returns how many deals moved."""
    require(book, "settings.change")
    stage = _stage(book, stage_id)
    if move_to == stage_id:
        raise ValidationError("move_to", MOVE_TO_ITSELF)
    if len(stages(book)) <= 1:
        raise ValidationError("stage_id", LAST_STAGE)
    _stage(book, move_to)
    rows = book.all("SELECT * FROM deals WHERE stage_id = ? AND deleted_at IS NULL "
                    "ORDER BY position, created_at", (stage_id,))
    with book.operation("delete_stage", label=stage_label(stage)) as op:
        bottom = _bottom(book, move_to)
        for row in rows:
            change = {"stage_id": move_to}
            if row["status"] == "open":
                change.update(position=bottom, stage_entered_at=op.now,
                              stall_snoozed_until="", stall_reason="")
                bottom += 1.0
            op.update("deals", row["id"], change)
            _history(op, row["id"], from_stage=stage_id, to_stage=move_to,
                     from_status=row["status"], to_status=row["status"])
        op.update("stages", stage_id, {"deleted_at": op.now})
    return len(rows)


def set_lost_reasons(book: Book, *, reasons: list[str]) -> list[str]:
    """The choices offered when a deal is lost (keys of LOST_REASONS or owner-written texts)."""
    require(book, "settings.change")
    clean: list[str] = []
    for reason in reasons:
        reason = values.fold(reason)
        if reason and reason not in clean:
            clean.append(reason)
    if not clean:
        raise ValidationError("reasons", REASONS_REQUIRED)
    settings.set_settings(book, {LOST_REASONS_SETTING: clean})
    return clean


# -- stalls ------------------------------------------------------------------------------
def snooze_stall(book: Book, *, deal_id: str, days: int) -> dict:
    """Not stalled until today + days (included)."""
    row = _open_deal(book, deal_id)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ValidationError("days", BAD_SNOOZE)
    until = (clock.today() + dt.timedelta(days=days)).isoformat()
    with book.operation("snooze_stall", label=row["title"]) as op:
        return op.update("deals", deal_id, {"stall_snoozed_until": until})


def set_stall_reason(book: Book, *, deal_id: str, reason: str) -> dict:
    """Why the deal is stuck (shown on its card); cleared when it changes stage."""
    row = _deal_row(book, deal_id)
    with book.operation("set_stall_reason", label=row["title"]) as op:
        return op.update("deals", deal_id, {"stall_reason": (reason or "").strip()})

