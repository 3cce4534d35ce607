"""Checking a deal before it is written: its values cleaned and validated, the row it names,
and what a stage requires that the deal lacks."""
from __future__ import annotations

import json

from models.core import money, scopes, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.deals.labels import (
    BAD_PROBABILITY,
    COLUMNS,
    CUSTOMER_REQUIRED,
    DEAL_CLOSED,
    DEAL_FIELDS,
    NEGATIVE_AMOUNT,
    NO_SUCH_CUSTOMER,
    NO_SUCH_DEAL,
    NO_SUCH_USER,
    TITLE_REQUIRED,
)
from models.deals.reads import stage_row


# -- validation --------------------------------------------------------------------------
def clean_amount(value, code: str) -> int | None:
    """Minor units of an amount typed or given in major units (money.parse), or None."""
    amount = money.parse(value, code)
    if amount is None:
        return None
    if amount.minor < 0:
        raise ValidationError("amount", NEGATIVE_AMOUNT)
    return amount.minor


def clean_probability(value) -> int | None:
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


def clean_deal(book: Book, data: dict, row=None) -> dict:
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
            out["amount_minor"] = clean_amount(value, code)
        elif key == "probability":
            out[key] = clean_probability(value)
        elif key == "expected_close":
            out[key] = values.clean_date("" if value is None else str(value), "expected_close")
        elif key == "customer_id":
            if not value:
                raise ValidationError("customer_id", CUSTOMER_REQUIRED)
            if not book.one("SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL",
                            (value,)):
                raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
            scopes.require_visible(book, value)
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


def deal_row(book: Book, deal_id: str):
    row = book.one("SELECT * FROM deals WHERE id = ? AND deleted_at IS NULL", (deal_id,))
    if row is None:
        raise ValidationError("deal_id", NO_SUCH_DEAL)
    return row


def open_deal_row(book: Book, deal_id: str):
    row = deal_row(book, deal_id)
    if row["status"] != "open":
        raise ValidationError("status", DEAL_CLOSED)
    return row


def missing_requirements(book: Book, deal_id: str, stage_id: str, values: dict | None = None,
                         checked: list[str] | None = None) -> dict:
    """What the deal lacks to enter the stage, after applying the form's values and ticks."""
    stage = stage_row(book, stage_id)
    row = deal_row(book, deal_id)
    clean = clean_deal(book, values or {}, row) if values else {}
    ticked = set(json.loads(row["checked"] or "{}").get(stage_id, [])) | set(checked or ())
    fields = []
    for key in stage["requires"]:
        column = COLUMNS.get(key, key)
        value = clean[column] if column in clean else row[column]
        if value is None or (isinstance(value, str) and not value.strip()):
            fields.append(key)
    return {"fields": fields, "checklist": [i for i in stage["checklist"] if i not in ticked]}

