"""Writing deals: add, change, move on the board, win, lose, reopen, delete, and the stall's
snooze and reason. Each a named, keyword-only operation.

A deal is changed by whoever may change its customer: each operation asks the permissions
module for customer.edit on the deal's customer (and on the customer a deal moves to) before
it writes, as an edit of the customer does. A salesperson may not touch the deals of another
salesperson's customer, nor those of a customer only shared with them or left to them
read-only after a handover."""
from __future__ import annotations

import datetime as dt
import json
import math
import uuid

from models import alerts
from models.core import clock, money, permissions, scopes, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.deals.checks import (
    clean_deal,
    deal_row,
    missing_requirements,
    open_deal_row,
)
from models.deals.labels import (
    ALERTED,
    BAD_SNOOZE,
    CUSTOMER_REQUIRED,
    DEAL_OPEN,
    LAST_STAGE,
    REASON_REQUIRED,
    RENUMBER_GAP,
    TITLE_REQUIRED,
    RequirementsMissing,
)
from models.deals.reads import stage_row, stages


# -- writing: deals ----------------------------------------------------------------------
def may_change(book: Book, customer_id: str | None) -> bool:
    """Whether the user may write the deals of this customer (what every deal operation asks:
    customer.edit), for a view to open them read-only; True for no customer yet."""
    row = book.one("SELECT id, owner_id FROM customers WHERE id = ?", (customer_id or "",))
    return row is None or permissions.may(book, "customer.edit", row)


def require_customer_edit(book: Book, *customer_ids: str | None) -> None:
    """PermissionDenied unless the user may change each of these customers (customer.edit,
    models.core.permissions; a read-only share says until when)."""
    for cid in dict.fromkeys(c for c in customer_ids if c):
        row = book.one("SELECT id, owner_id FROM customers WHERE id = ?", (cid,))
        if row is not None:
            permissions.require(book, "customer.edit", row)


def record_history(op, deal_id: str, *, from_stage, to_stage, from_status, to_status) -> None:
    op.insert("deal_history", {
        "deal_id": deal_id, "at": op.now, "user_id": op.book.user_id, "from_stage": from_stage,
        "to_stage": to_stage, "from_status": from_status, "to_status": to_status,
    })


def bottom_position(book: Book, stage_id: str, exclude: str | None = None) -> float:
    top = book.scalar(
        "SELECT max(position) FROM deals WHERE stage_id = ? AND status = 'open' AND "
        "deleted_at IS NULL AND id != ?", (stage_id, exclude or ""))
    return 1.0 if top is None else float(math.floor(top)) + 1.0


def add_deal(book: Book, *, data: dict) -> str:
    data = dict(data)
    stage_id = data.pop("stage_id", None)
    clean = clean_deal(book, data)
    if not clean.get("title"):
        raise ValidationError("title", TITLE_REQUIRED)
    if not clean.get("customer_id"):
        raise ValidationError("customer_id", CUSTOMER_REQUIRED)
    require_customer_edit(book, clean["customer_id"])
    if stage_id:
        stage_row(book, stage_id)
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
                   position=bottom_position(book, stage_id), stage_entered_at=op.now)
        deal_id = op.insert("deals", row)
        for fld in ALERTED:
            alerts.check_text(op, tbl="deals", record_id=deal_id, field=fld, text=row[fld],
                              customer_id=row["customer_id"])
        record_history(op, deal_id, from_stage=None, to_stage=stage_id, from_status=None,
                 to_status="open")
    return deal_id


def update_deal(book: Book, *, deal_id: str, data: dict) -> dict:
    """Changes the deal's fields (not its stage or status); returns {field: (old, new)}."""
    row = deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    clean = clean_deal(book, data, row)
    require_customer_edit(book, clean.get("customer_id"))
    with book.operation("update_deal", label=clean.get("title") or row["title"]) as op:
        changed = op.update("deals", deal_id, clean)
        for fld in ALERTED:
            if fld in changed:
                alerts.check_text(op, tbl="deals", record_id=deal_id, field=fld,
                                  text=clean[fld], customer_id=clean.get("customer_id",
                                                                          row["customer_id"]))
        return changed


def _place(book: Book, op, deal_id: str, stage_id: str, index: int | None) -> float:
    """The position that puts the deal at `index` of the stage's open deals that the user sees
    (models.core.scopes: a salesperson's board shows only theirs), renumbering the whole column
    1..n when the neighbours are closer than RENUMBER_GAP."""
    others = book.all(
        "SELECT id, position, customer_id FROM deals WHERE stage_id = ? AND status = 'open' AND "
        "deleted_at IS NULL AND id != ? ORDER BY position, created_at", (stage_id, deal_id))
    shown = others
    if not scopes.sees_all(book):
        seen = set(scopes.visible_ids(book, {r["customer_id"] for r in others}))
        shown = [r for r in others if r["customer_id"] in seen]
    if index is None or index >= len(shown):
        return bottom_position(book, stage_id, exclude=deal_id)
    index = max(0, index)
    after = shown[index]["position"]
    if index == 0:
        return after - 1.0
    before = shown[index - 1]["position"]
    if after - before >= RENUMBER_GAP * 2:
        return (before + after) / 2
    ids = [r["id"] for r in others]
    index = ids.index(shown[index]["id"])  # just before that card, in the whole column
    ids.insert(index, deal_id)
    for n, other in enumerate(ids, start=1):
        if other != deal_id:
            op.update("deals", other, {"position": float(n)})
    return float(index + 1)


def move_deal(book: Book, *, deal_id: str, stage_id: str, index: int | None = None,
              values: dict | None = None, checked: list[str] | None = None) -> dict:
    """To another stage (with a history row) or to another place in its own column."""
    row = open_deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    stage = stage_row(book, stage_id)
    same = row["stage_id"] == stage_id
    change: dict = {}
    if not same:
        missing = missing_requirements(book, deal_id, stage_id, values, checked)
        if missing["fields"] or missing["checklist"]:
            raise RequirementsMissing(missing)
        if values:
            change.update(clean_deal(book, values, row))
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
            record_history(op, deal_id, from_stage=row["stage_id"], to_stage=stage["id"],
                     from_status="open", to_status="open")
    return changed


def _close(book: Book, deal_id: str, name: str, status: str, extra: dict) -> dict:
    row = open_deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    with book.operation(name, label=row["title"]) as op:
        changed = op.update("deals", deal_id, {"status": status, "closed_at": op.now, **extra})
        record_history(op, deal_id, from_stage=row["stage_id"], to_stage=row["stage_id"],
                 from_status="open", to_status=status)
    return changed


def win_deal(book: Book, *, deal_id: str) -> dict:
    return _close(book, deal_id, "win_deal", "won", {})


def lose_deal(book: Book, *, deal_id: str, reason: str, note: str = "") -> dict:
    require_customer_edit(book, deal_row(book, deal_id)["customer_id"])
    reason = values.fold(reason or "")
    if not reason:
        raise ValidationError("lost_reason", REASON_REQUIRED)
    return _close(book, deal_id, "lose_deal", "lost",
                  {"lost_reason": reason, "lost_note": (note or "").strip()})


def reopen_deal(book: Book, *, deal_id: str, stage_id: str | None = None) -> dict:
    """Back on the board, at the bottom of its stage (or of stage_id); its days in the stage
    count from now. The stage's requirements are not asked again."""
    row = deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    if row["status"] == "open":
        raise ValidationError("status", DEAL_OPEN)
    stage_id = stage_id or row["stage_id"]
    if stage_row(book, stage_id, live=False)["deleted_at"] is not None:
        live = stages(book)
        if not live:
            raise ValidationError("stage_id", LAST_STAGE)
        stage_id = live[0]["id"]
    with book.operation("reopen_deal", label=row["title"]) as op:
        changed = op.update("deals", deal_id, {
            "status": "open", "closed_at": "", "lost_reason": "", "lost_note": "",
            "stage_id": stage_id, "stage_entered_at": op.now,
            "position": bottom_position(book, stage_id, exclude=deal_id),
            "stall_snoozed_until": "", "stall_reason": "",
        })
        record_history(op, deal_id, from_stage=row["stage_id"], to_stage=stage_id,
                 from_status=row["status"], to_status="open")
    return changed


def delete_deal(book: Book, *, deal_id: str) -> str:
    """Soft: the deal and its history stay in the book; undo brings it back. A salesperson
    may not delete a deal a risk alert points to."""
    row = deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    alerts.guard_delete(book, "deals", deal_id)
    with book.operation("delete_deal", label=row["title"]) as op:
        op.update("deals", deal_id, {"deleted_at": op.now})
    return deal_id


# -- stalls ------------------------------------------------------------------------------
def snooze_stall(book: Book, *, deal_id: str, days: int) -> dict:
    """Not stalled until today + days (included)."""
    row = open_deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ValidationError("days", BAD_SNOOZE)
    until = (clock.today() + dt.timedelta(days=days)).isoformat()
    with book.operation("snooze_stall", label=row["title"]) as op:
        return op.update("deals", deal_id, {"stall_snoozed_until": until})


def set_stall_reason(book: Book, *, deal_id: str, reason: str) -> dict:
    """Why the deal is stuck (shown on its card); cleared when it changes stage."""
    row = deal_row(book, deal_id)
    require_customer_edit(book, row["customer_id"])
    with book.operation("set_stall_reason", label=row["title"]) as op:
        return op.update("deals", deal_id, {"stall_reason": (reason or "").strip()})
