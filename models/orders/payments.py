"""Money received: each payment a row of its own with the day it really arrived, how it came
and who recorded it. It counts as received only once an owner confirms it (Wukong's approved
回款), and confirming never changes the day it arrived (Wukong set that to the approval time).
What it pays is worked out when read (models.orders.ledger)."""
from __future__ import annotations

from models.core import clock, money, permissions, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders.checks import customer_row, order_row, payment_row
from models.orders.labels import (
    ALREADY_CONFIRMED,
    ALREADY_REJECTED,
    BAD_METHOD,
    METHODS,
    NOT_PENDING,
    ORDER_OF_OTHER,
    PAYMENT_AMOUNT,
    PAYMENT_CURRENCY,
    RECEIVED_FUTURE,
    RECEIVED_REQUIRED,
    REJECT_REASON_REQUIRED,
)


def _clean(book: Book, *, customer_id: str, amount, received_on, method: str,
           currency: str | None, order_id: str | None) -> dict:
    customer = customer_row(book, customer_id)
    permissions.require(book, "payments.record", customer)
    code = money.normalise_currency(currency)
    order = None
    if order_id:
        order = order_row(book, order_id)
        if order["customer_id"] != customer_id:
            raise ValidationError("order_id", ORDER_OF_OTHER, number=order["number"])
        if currency is None:
            code = order["currency"]
        elif order["currency"] != code:
            raise ValidationError("currency", PAYMENT_CURRENCY, number=order["number"],
                                  order=order["currency"], currency=code)
    parsed = money.parse(amount, code)
    if parsed is None or parsed.minor <= 0:
        raise ValidationError("amount", PAYMENT_AMOUNT)
    day = values.clean_date("" if received_on is None else str(received_on), "received_on")
    if not day:
        raise ValidationError("received_on", RECEIVED_REQUIRED)
    if day > clock.today().isoformat():
        raise ValidationError("received_on", RECEIVED_FUTURE, value=day)
    if method not in METHODS:
        raise ValidationError("method", BAD_METHOD, value=str(method))
    return {"customer_id": customer_id, "order_id": order["id"] if order else None,
            "received_on": day, "amount_minor": parsed.minor, "currency": code,
            "method": method}


def record_payment(book: Book, *, customer_id: str, amount, received_on, method: str,
                   currency: str | None = None, order_id: str | None = None,
                   reference: str = "", notes: str = "") -> str:
    """Money the customer paid, waiting for an owner to confirm it. amount as typed or a
    money.Money; currency defaults to the named order's, else CNY; received_on the real day
    (not after today); method one of METHODS. Naming an order makes it pay that order first.
    Returns the payment's id."""
    row = _clean(book, customer_id=customer_id, amount=amount, received_on=received_on,
                 method=method, currency=currency, order_id=order_id)
    row.update(reference=values.fold(reference or ""), notes=(notes or "").strip(),
               recorded_by=book.user_id, status="pending")
    label = money.Money(row["amount_minor"], row["currency"]).plain()
    with book.operation("record_payment", label=label) as op:
        return op.insert("payments", row)


def update_payment(book: Book, *, payment_id: str, data: dict) -> dict:
    """A payment still waiting for confirmation: amount, received_on, method, currency,
    order_id, reference, notes."""
    row = payment_row(book, payment_id)
    if row["status"] != "pending":
        raise ValidationError("status", NOT_PENDING)
    unknown = set(data) - {"amount", "received_on", "method", "currency", "order_id",
                           "reference", "notes"}
    if unknown:
        raise KeyError(sorted(unknown)[0])
    code = data.get("currency", row["currency"])
    clean = _clean(book, customer_id=row["customer_id"],
                   amount=data.get("amount", money.Money(row["amount_minor"], code)),
                   received_on=data.get("received_on", row["received_on"]),
                   method=data.get("method", row["method"]), currency=code,
                   order_id=data.get("order_id", row["order_id"]))
    if "reference" in data:
        clean["reference"] = values.fold(data["reference"] or "")
    if "notes" in data:
        clean["notes"] = (data["notes"] or "").strip()
    with book.operation("update_payment", label=row["received_on"]) as op:
        return op.update("payments", payment_id, clean)


def delete_payment(book: Book, *, payment_id: str) -> str:
    """A payment still waiting for confirmation, recorded by mistake (soft)."""
    row = payment_row(book, payment_id)
    permissions.require(book, "payments.record", customer_row(book, row["customer_id"]))
    if row["status"] != "pending":
        raise ValidationError("status", NOT_PENDING)
    with book.operation("delete_payment", label=row["received_on"]) as op:
        op.update("payments", payment_id, {"deleted_at": op.now})
    return payment_id


def confirm_payment(book: Book, *, payment_id: str) -> dict:
    """The money arrived: from now on it counts as received (on the day it was received)."""
    permissions.require(book, "payments.confirm")
    row = payment_row(book, payment_id)
    if row["status"] == "confirmed":
        raise ValidationError("status", ALREADY_CONFIRMED)
    if row["status"] == "rejected":
        raise ValidationError("status", ALREADY_REJECTED)
    label = money.Money(row["amount_minor"], row["currency"]).plain()
    with book.operation("confirm_payment", label=label) as op:
        return op.update("payments", payment_id, {"status": "confirmed", "confirmed_at": op.now,
                                                  "confirmed_by": book.user_id})


def reject_payment(book: Book, *, payment_id: str, reason: str) -> dict:
    """The money did not arrive (or a confirmed payment turned out wrong: a bounced bill); it
    no longer counts. The reason is kept."""
    permissions.require(book, "payments.confirm")
    row = payment_row(book, payment_id)
    if row["status"] == "rejected":
        raise ValidationError("status", ALREADY_REJECTED)
    reason = values.fold(reason or "")
    if not reason:
        raise ValidationError("reject_reason", REJECT_REASON_REQUIRED)
    label = money.Money(row["amount_minor"], row["currency"]).plain()
    with book.operation("reject_payment", label=label) as op:
        return op.update("payments", payment_id, {"status": "rejected", "reject_reason": reason,
                                                  "confirmed_at": op.now,
                                                  "confirmed_by": book.user_id})
