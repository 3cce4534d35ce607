"""The owner's pipeline settings: adding, changing, ordering and deleting stages, and the reasons
for lost deals."""
from __future__ import annotations

import json
import uuid

from models.core import settings, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.core.permissions import require
from models.deals.checks import clean_probability
from models.deals.labels import (
    BAD_ORDER,
    BAD_PROBABILITY,
    BAD_REQUIREMENT,
    BAD_STALL_DAYS,
    LAST_STAGE,
    LOST_REASONS_SETTING,
    MOVE_TO_ITSELF,
    REASONS_REQUIRED,
    REQUIRABLE,
    STAGE_EXISTS,
    STAGE_NAME_REQUIRED,
    stage_label,
)
from models.deals.operations import bottom_position, record_history
from models.deals.reads import stage_row, stages


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
            p = clean_probability(probability)
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
    stage = stage_row(book, stage_id)
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
    stage = stage_row(book, stage_id)
    if move_to == stage_id:
        raise ValidationError("move_to", MOVE_TO_ITSELF)
    if len(stages(book)) <= 1:
        raise ValidationError("stage_id", LAST_STAGE)
    stage_row(book, move_to)
    rows = book.all("SELECT * FROM deals WHERE stage_id = ? AND deleted_at IS NULL "
                    "ORDER BY position, created_at", (stage_id,))
    with book.operation("delete_stage", label=stage_label(stage)) as op:
        bottom = bottom_position(book, move_to)
        for row in rows:
            change = {"stage_id": move_to}
            if row["status"] == "open":
                change.update(position=bottom, stage_entered_at=op.now,
                              stall_snoozed_until="", stall_reason="")
                bottom += 1.0
            op.update("deals", row["id"], change)
            record_history(op, row["id"], from_stage=stage_id, to_stage=move_to,
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
