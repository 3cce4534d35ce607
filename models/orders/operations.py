"""Writing orders: write a draft, change it and its lines, set its payment plan, confirm it,
set its delivery, delete a draft, and void a confirmed one (with a reason), issuing a linked
replacement. Each a named, keyword-only operation through Book.operation.

A draft changes freely. A confirmed order is the contract: its lines, total, customer and date
no longer change; only its delivery, its notes and (for an owner or manager) its payment plan
do. Anything else is a void with a reason and a replacement that points to it (replaces_id).

Lines and plan rows have ids derived from (order, position) and (order, 期数): writing them
again updates the same rows, so two PCs editing one draft merge field by field instead of
doubling its lines."""
from __future__ import annotations

import datetime as dt
import json

from models.core import clock, ids, money, permissions, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders import numbers, terms
from models.orders.checks import (
    check_sum,
    clean_lines,
    clean_order,
    clean_plan,
    customer_row,
    order_row,
    quantity_text,
)
from models.orders.labels import (
    DRAFT_ONLY,
    IS_VOID,
    NO_LINES,
    NOT_CONFIRMED,
    NOT_DRAFT,
    NOT_POSITIVE_TOTAL,
    REASON_REQUIRED,
)


def line_id(order_id: str, position: int) -> str:
    return ids.derived_id("order_line", order_id, str(position))


def plan_id(order_id: str, seq: int) -> str:
    return ids.derived_id("payment_plan", order_id, str(seq))


def _put_rows(op, table: str, order_id: str, rows: list[dict], make_id) -> None:
    """The order's live rows of `table` become `rows` (by derived id): changed in place,
    added, and those beyond them deleted softly."""
    book = op.book
    key = "position" if table == "order_lines" else "seq"
    keep = set()
    for row in rows:
        rid = make_id(order_id, row[key])
        keep.add(rid)
        if book.one(f"SELECT 1 FROM {table} WHERE id = ?", (rid,)):
            op.update(table, rid, {**row, "deleted_at": None})
        else:
            op.insert(table, {"id": rid, "order_id": order_id, **row})
    for (rid,) in book.all(f"SELECT id FROM {table} WHERE order_id = ? AND deleted_at IS NULL",
                           (order_id,)):
        if rid not in keep:
            op.update(table, rid, {"deleted_at": op.now})


def _terms_rows(spec: dict, total: int, order_date: str) -> list[dict]:
    spec = dict(spec)
    template = spec.pop("template", None)
    unknown = set(spec) - {"days", "percents", "n"}
    if unknown:
        raise KeyError(sorted(unknown)[0])
    rows = terms.plan_rows(template, total, dt.date.fromisoformat(order_date), **spec)
    return [{**r, "note": ""} for r in rows]


def _plan(spec: dict | None, rows: list[dict] | None, total: int, code: str,
          order_date: str) -> tuple[list[dict] | None, str]:
    """(plan rows, terms text) from payment terms or rows given one by one; (None, '') when
    neither is given."""
    if spec is not None:
        return _terms_rows(spec, total, order_date), json.dumps(spec, sort_keys=True)
    if rows is not None:
        return clean_plan(rows, total, code, order_date), ""
    return None, ""


def _require_order(book: Book, row) -> None:
    permissions.require(book, "orders.edit", row)


# -- drafts ----------------------------------------------------------------------------------
def add_order(book: Book, *, data: dict, lines: list[dict], plan_terms: dict | None = None,
              plan: list[dict] | None = None) -> str:
    """A draft order. data: customer_id (required), order_date (default today), currency
    (default CNY), owner_id (default the customer's salesperson, else the user), deal_id,
    notes, delivery. lines: {"product_id" or "description", "quantity", "unit", "price",
    "discount"}. The payment plan from plan_terms ({"template": "split", "percents": [30, 70],
    "days": 30}, see models.orders.terms) or plan rows ({"due_date", "amount", "note"}).
    Returns the order's id."""
    data = dict(data)
    data.setdefault("order_date", clock.today().isoformat())
    clean = clean_order(book, data)
    if "customer_id" not in clean:
        customer_row(book, None)
    customer = customer_row(book, clean["customer_id"])
    permissions.require(book, "customer.edit", customer)
    code = clean.get("currency", money.DEFAULT_CURRENCY)
    rows = clean_lines(book, lines, code)
    total = sum(r["amount_minor"] for r in rows)
    plan_rows, terms_text = _plan(plan_terms, plan, total, code, clean["order_date"])
    order = {"deal_id": None, "currency": code, "notes": "", "delivery": "pending", **clean}
    order["owner_id"] = clean.get("owner_id") or customer["owner_id"] or book.user_id
    permissions.require(book, "orders.edit", order)
    order.update(id=ids.new_id(), number=numbers.next_number(book, order["order_date"]),
                 total_minor=total, terms=terms_text, status="draft")
    with book.operation("add_order", label=order["number"]) as op:
        op.insert("orders", order)
        _put_rows(op, "order_lines", order["id"], rows, line_id)
        if plan_rows is not None:
            _put_rows(op, "payment_plans", order["id"], plan_rows, plan_id)
    return order["id"]


def _draft(book: Book, order_id: str):
    row = order_row(book, order_id)
    if row["status"] != "draft":
        raise ValidationError("status", NOT_DRAFT, number=row["number"])
    _require_order(book, row)
    return row


def update_order(book: Book, *, order_id: str, data: dict | None = None,
                 lines: list[dict] | None = None) -> dict:
    """A draft's fields and (when given) all its lines; a confirmed order's delivery and
    notes only. A draft whose plan came from payment terms is split again when its total
    changes; a plan given row by row is kept, and confirming says when it no longer adds up.
    Returns {field: (old, new)} of the order."""
    data = dict(data or {})
    row = order_row(book, order_id)
    if row["status"] != "draft" and (lines is not None or set(data) & set(DRAFT_ONLY)):
        raise ValidationError("status", NOT_DRAFT, number=row["number"])
    if row["status"] == "void":
        raise ValidationError("status", IS_VOID, number=row["number"])
    _require_order(book, row)
    clean = clean_order(book, data, row)
    if "customer_id" in clean and clean["customer_id"] != row["customer_id"]:
        permissions.require(book, "customer.edit", customer_row(book, clean["customer_id"]))
    if "owner_id" in clean:
        permissions.require(book, "orders.edit", {"owner_id": clean["owner_id"]})
    code = clean.get("currency", row["currency"])
    new_lines = None
    if lines is not None or code != row["currency"]:
        given = lines if lines is not None else _line_inputs(book, order_id, code)
        new_lines = clean_lines(book, given, code)
        clean["total_minor"] = sum(r["amount_minor"] for r in new_lines)
    order_date = clean.get("order_date", row["order_date"])
    replan = None
    if row["terms"] and ("total_minor" in clean or order_date != row["order_date"]):
        replan = _terms_rows(json.loads(row["terms"]), clean.get("total_minor",
                                                                 row["total_minor"]), order_date)
    with book.operation("update_order", label=row["number"]) as op:
        changed = op.update("orders", order_id, clean)
        if new_lines is not None:
            _put_rows(op, "order_lines", order_id, new_lines, line_id)
        if replan is not None:
            _put_rows(op, "payment_plans", order_id, replan, plan_id)
        return changed


def _line_inputs(book: Book, order_id: str, code: str) -> list[dict]:
    """The order's lines as inputs again (a draft's currency changed: same numbers, the new
    currency, as deals keep an amount's value)."""
    return [{"product_id": r["product_id"], "description": r["description"], "unit": r["unit"],
             "quantity": quantity_text(r["qty_milli"]),
             "price": money.Money(r["price_minor"], code),
             "discount": money.Money(r["discount_minor"], code)}
            for r in book.all("SELECT * FROM order_lines WHERE order_id = ? AND deleted_at IS NULL "
                              "ORDER BY position", (order_id,))]


def set_payment_plan(book: Book, *, order_id: str, plan_terms: dict | None = None,
                     plan: list[dict] | None = None) -> list[str]:
    """The order's plan from payment terms or rows given one by one, which must add up to its
    total exactly. A draft's by whoever may change the order; a confirmed order's (a schedule
    agreed again) by an owner or manager only. Returns the plan rows' ids."""
    row = order_row(book, order_id)
    if row["status"] == "void":
        raise ValidationError("status", IS_VOID, number=row["number"])
    if row["status"] == "confirmed":
        permissions.require(book, "orders.replan")
    else:
        _require_order(book, row)
    rows, terms_text = _plan(plan_terms, plan, row["total_minor"], row["currency"],
                             row["order_date"])
    if rows is None:
        rows, terms_text = _plan({"template": "full"}, None, row["total_minor"],
                                 row["currency"], row["order_date"])
    with book.operation("set_payment_plan", label=row["number"]) as op:
        op.update("orders", order_id, {"terms": terms_text})
        _put_rows(op, "payment_plans", order_id, rows, plan_id)
    return [plan_id(order_id, r["seq"]) for r in rows]


def delete_order(book: Book, *, order_id: str) -> str:
    """A draft only (soft; undo brings it back). A confirmed order is voided instead."""
    row = _draft(book, order_id)
    with book.operation("delete_order", label=row["number"]) as op:
        op.update("orders", order_id, {"deleted_at": op.now})
    return order_id


# -- confirmed -------------------------------------------------------------------------------
def confirm_order(book: Book, *, order_id: str) -> dict:
    """The draft becomes the contract. It needs a line and a total above 0; without a plan it
    is due in full on its date (全款); the plan must add up to the total."""
    row = _draft(book, order_id)
    customer_row(book, row["customer_id"])
    lines = book.scalar("SELECT count(*) FROM order_lines WHERE order_id = ? "
                        "AND deleted_at IS NULL", (order_id,))
    if not lines:
        raise ValidationError("lines", NO_LINES)
    if row["total_minor"] <= 0:
        raise ValidationError("total", NOT_POSITIVE_TOTAL)
    plan = [dict(r) for r in book.all(
        "SELECT seq, due_date, amount_minor FROM payment_plans WHERE order_id = ? "
        "AND deleted_at IS NULL ORDER BY seq", (order_id,))]
    default = None
    if not plan:
        default = _terms_rows({"template": "full"}, row["total_minor"], row["order_date"])
    else:
        check_sum(plan, row["total_minor"], row["currency"])
    with book.operation("confirm_order", label=row["number"]) as op:
        if default is not None:
            _put_rows(op, "payment_plans", order_id, default, plan_id)
            op.update("orders", order_id, {"terms": json.dumps({"template": "full"})})
        return op.update("orders", order_id, {"status": "confirmed", "confirmed_at": op.now,
                                              "confirmed_by": book.user_id})


def set_delivery(book: Book, *, order_id: str, delivery: str) -> dict:
    """pending, partial or delivered; any order that is not void."""
    return update_order(book, order_id=order_id, data={"delivery": delivery})


def void_order(book: Book, *, order_id: str, reason: str, replace: bool = False) -> str | None:
    """A confirmed order voided (an owner's step), with the reason; its plan no longer counts.
    With replace, a draft replacement in the same step: the same customer, deal, salesperson,
    date, lines and payment terms, pointing to the void order (replaces_id); payments that
    named the void order name the replacement. Returns the replacement's id (or None)."""
    row = order_row(book, order_id)
    if row["status"] != "confirmed":
        raise ValidationError("status", NOT_CONFIRMED, number=row["number"])
    permissions.require(book, "orders.void")
    reason = values.fold(reason or "")
    if not reason:
        raise ValidationError("void_reason", REASON_REQUIRED)
    new_id = None
    with book.operation("void_order", label=row["number"]) as op:
        op.update("orders", order_id, {"status": "void", "void_reason": reason,
                                       "voided_at": op.now, "voided_by": book.user_id})
        if replace:
            new_id = ids.new_id()
            copy = {k: row[k] for k in ("customer_id", "deal_id", "owner_id", "order_date",
                                        "currency", "total_minor", "terms", "notes",
                                        "delivery")}
            copy.update(id=new_id, number=numbers.next_number(book, row["order_date"]),
                        status="draft", replaces_id=order_id)
            op.insert("orders", copy)
            for table, make_id, key in (("order_lines", line_id, "position"),
                                        ("payment_plans", plan_id, "seq")):
                rows = [{k: r[k] for k in r.keys()
                         if k not in ("id", "order_id", "created_at", "updated_at",
                                      "deleted_at")}
                        for r in book.all(f"SELECT * FROM {table} WHERE order_id = ? AND "
                                          f"deleted_at IS NULL ORDER BY {key}", (order_id,))]
                _put_rows(op, table, new_id, rows, make_id)
            for (pid,) in book.all("SELECT id FROM payments WHERE order_id = ? "
                                   "AND deleted_at IS NULL", (order_id,)):
                op.update("payments", pid, {"order_id": new_id})
    return new_id
