"""Checking what is written before it is: products, order values, lines (quantities, prices,
discounts, amounts) and plan rows; the rows an operation names."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models.core import money, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders.labels import (
    BAD_DISCOUNT,
    BAD_QUANTITY,
    CUSTOMER_REQUIRED,
    DATE_REQUIRED,
    DEAL_OF_OTHER,
    DELIVERY,
    DISCOUNT_TOO_LARGE,
    LINE_FIELDS,
    LINE_TEXT_REQUIRED,
    NAME_REQUIRED,
    NEGATIVE_PRICE,
    NO_LINES,
    NO_SUCH_CUSTOMER,
    NO_SUCH_DEAL,
    NO_SUCH_ORDER,
    NO_SUCH_PAYMENT,
    NO_SUCH_PRODUCT,
    NO_SUCH_USER,
    ORDER_FIELDS,
    PLAN_AMOUNT,
    PLAN_DATE,
    PLAN_EARLY,
    PLAN_REQUIRED,
    PLAN_SUM,
    PRODUCT_CURRENCY,
    PRODUCT_FIELDS,
    QUANTITY_NOT_POSITIVE,
)

MILLI = 1000  # quantities are kept in thousandths
_DISCOUNT_RATE = re.compile(r"^(\d+(?:\.\d+)?)\s*折$")  # 9折: the customer pays 90%


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- products --------------------------------------------------------------------------------
def clean_price(value, code: str, field: str = "price") -> int | None:
    amount = money.parse(value, code, field)
    if amount is None:
        return None
    if amount.minor < 0:
        raise ValidationError(field, NEGATIVE_PRICE)
    return amount.minor


def clean_product(data: dict, row=None) -> dict:
    """Columns for the product fields in data (KeyError on an unknown key); "price" is read in
    the currency of data, else of the product (row), and becomes price_minor."""
    out: dict = {}
    code = row["currency"] if row is not None else money.DEFAULT_CURRENCY
    if "currency" in data:
        code = money.normalise_currency(data["currency"])
    for key, value in data.items():
        if key not in PRODUCT_FIELDS:
            raise KeyError(key)
        if key == "price":
            out["price_minor"] = clean_price(value, code)
        elif key == "currency":
            out["currency"] = code
        elif key == "active":
            out["active"] = 1 if value else 0
        else:
            out[key] = values.fold(value or "")
    if "name" in out and not out["name"]:
        raise ValidationError("name", NAME_REQUIRED)
    return out


def product_row(book: Book, product_id: str):
    row = book.one("SELECT * FROM products WHERE id = ? AND deleted_at IS NULL", (product_id,))
    if row is None:
        raise ValidationError("product_id", NO_SUCH_PRODUCT)
    return row


# -- orders ----------------------------------------------------------------------------------
def customer_row(book: Book, customer_id: str | None):
    if not customer_id:
        raise ValidationError("customer_id", CUSTOMER_REQUIRED)
    row = book.one("SELECT * FROM customers WHERE id = ? AND deleted_at IS NULL", (customer_id,))
    if row is None:
        raise ValidationError("customer_id", NO_SUCH_CUSTOMER)
    return row


def clean_order(book: Book, data: dict, row=None) -> dict:
    """Columns for the order fields in data (KeyError on an unknown key)."""
    out: dict = {}
    for key, value in data.items():
        if key not in ORDER_FIELDS:
            raise KeyError(key)
        if key == "customer_id":
            out[key] = customer_row(book, value)["id"]
        elif key == "deal_id":
            out[key] = value or None
        elif key == "owner_id":
            if value and not book.one("SELECT 1 FROM users WHERE id = ?", (value,)):
                raise ValidationError("owner_id", NO_SUCH_USER)
            out[key] = value or None
        elif key == "order_date":
            day = values.clean_date("" if value is None else str(value), "order_date")
            if not day:
                raise ValidationError("order_date", DATE_REQUIRED)
            out[key] = day
        elif key == "currency":
            out[key] = money.normalise_currency(value)
        elif key == "delivery":
            if value not in DELIVERY:
                raise KeyError(value)
            out[key] = value
        else:
            out[key] = (value or "").strip()
    deal_id = out.get("deal_id")
    if deal_id:
        deal = book.one("SELECT customer_id FROM deals WHERE id = ? AND deleted_at IS NULL",
                        (deal_id,))
        if deal is None:
            raise ValidationError("deal_id", NO_SUCH_DEAL)
        customer = out.get("customer_id") or (row["customer_id"] if row is not None else None)
        if deal["customer_id"] != customer:
            raise ValidationError("deal_id", DEAL_OF_OTHER)
    return out


def order_row(book: Book, order_id: str):
    row = book.one("SELECT * FROM orders WHERE id = ? AND deleted_at IS NULL", (order_id,))
    if row is None:
        raise ValidationError("order_id", NO_SUCH_ORDER)
    return row


def payment_row(book: Book, payment_id: str):
    row = book.one("SELECT * FROM payments WHERE id = ? AND deleted_at IS NULL", (payment_id,))
    if row is None:
        raise ValidationError("payment_id", NO_SUCH_PAYMENT)
    return row


# -- lines -----------------------------------------------------------------------------------
def parse_quantity(value, field: str = "quantity") -> int:
    """Thousandths of a quantity given as a number or typed ("2.5", "1,200", "１２"); at most
    three decimals (a kilogram of a tonne, a millimetre of a metre)."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(field, BAD_QUANTITY, value=str(value))
    if isinstance(value, float):
        value = repr(value)
    text = values.fold(str(value)).replace(",", "").replace("，", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, BAD_QUANTITY, value=text) from None
    if not number.is_finite():
        raise ValidationError(field, BAD_QUANTITY, value=text)
    milli = number * MILLI
    if milli != milli.to_integral_value() or abs(milli) >= money.MAX_MINOR:
        raise ValidationError(field, BAD_QUANTITY, value=text)
    return int(milli)


def quantity_text(milli: int) -> str:
    """2500 -> "2.5", 3000 -> "3"."""
    text = str(Decimal(milli).scaleb(-3).normalize())
    return format(Decimal(text), "f")


def line_gross(qty_milli: int, price_minor: int) -> int:
    """quantity x unit price, rounded to the nearest minor unit (halves up)."""
    return _half_up(Decimal(qty_milli) * price_minor / MILLI)


def clean_discount(value, gross: int, code: str, line: int) -> int:
    """The discount in minor units: an amount ("50", "¥50"), a percentage off ("10%") or a
    Chinese rate ("9折": 90% is paid, 10% off); rounded to the nearest minor unit."""
    if value is None or (isinstance(value, str) and not values.fold(value)):
        return 0
    text = values.fold(str(value)) if isinstance(value, str) else None
    rate = None
    if text is not None and text.endswith("%"):
        try:
            rate = Decimal(text[:-1].strip()) / 100
        except InvalidOperation:
            raise ValidationError("discount", BAD_DISCOUNT, line=line, value=text) from None
    elif text is not None and (match := _DISCOUNT_RATE.match(text)):
        paid = Decimal(match.group(1))
        rate = (10 - paid) / 10 if paid <= 10 else Decimal(-1)
    if rate is not None:
        if not rate.is_finite() or not 0 <= rate <= 1:
            raise ValidationError("discount", BAD_DISCOUNT, line=line, value=text)
        return _half_up(gross * rate)
    try:
        amount = money.parse(value, code, "discount")
    except ValidationError:
        raise ValidationError("discount", BAD_DISCOUNT, line=line, value=str(value)) from None
    if amount is None:
        return 0
    if amount.minor < 0:
        raise ValidationError("discount", BAD_DISCOUNT, line=line, value=str(value))
    return amount.minor


def clean_lines(book: Book, lines: list[dict], code: str) -> list[dict]:
    """Order lines as rows: product (its name, unit and price unless given), description,
    unit, qty_milli, price_minor, discount_minor and amount_minor, position from 1. Prices
    are in the order's currency `code`; a product priced in another currency is refused."""
    if not lines:
        raise ValidationError("lines", NO_LINES)
    out = []
    for n, line in enumerate(lines, start=1):
        unknown = set(line) - set(LINE_FIELDS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        product = product_row(book, line["product_id"]) if line.get("product_id") else None
        description = values.fold(line.get("description") or "")
        unit = values.fold(line.get("unit") or "")
        price = line.get("price")
        if product is not None:
            description = description or product["name"]
            unit = unit or product["unit"]
            if price is None or price == "":
                if product["currency"] != code:
                    raise ValidationError("price", PRODUCT_CURRENCY, product=product["name"],
                                          currency=product["currency"], order=code)
                price = money.Money(product["price_minor"] or 0, code)
        if not description:
            raise ValidationError("description", LINE_TEXT_REQUIRED, line=n)
        qty = parse_quantity(line.get("quantity"))
        if qty <= 0:
            raise ValidationError("quantity", QUANTITY_NOT_POSITIVE, line=n)
        price_minor = clean_price(price, code) or 0
        gross = line_gross(qty, price_minor)
        discount = clean_discount(line.get("discount"), gross, code, n)
        if discount > gross:
            raise ValidationError("discount", DISCOUNT_TOO_LARGE, line=n)
        out.append({"position": n, "product_id": product["id"] if product else None,
                    "description": description, "unit": unit, "qty_milli": qty,
                    "price_minor": price_minor, "discount_minor": discount,
                    "amount_minor": gross - discount})
    return out


# -- plan rows -------------------------------------------------------------------------------
def clean_plan(rows: list[dict], total: int, code: str, order_date: str) -> list[dict]:
    """A plan given row by row ({"due_date", "amount", "note"}): every row due on or after
    the order's date with an amount above 0, and together exactly the order's total."""
    if not rows:
        raise ValidationError("plan", PLAN_REQUIRED)
    out = []
    for n, row in enumerate(rows, start=1):
        due = values.clean_date(str(row.get("due_date") or ""), "due_date")
        if not due:
            raise ValidationError("due_date", PLAN_DATE, row=n)
        if due < order_date:
            raise ValidationError("due_date", PLAN_EARLY, row=n)
        amount = row.get("amount_minor")
        if amount is None:
            parsed = money.parse(row.get("amount"), code, "amount")
            amount = parsed.minor if parsed is not None else 0
        if amount <= 0:
            raise ValidationError("amount", PLAN_AMOUNT, row=n)
        out.append({"seq": n, "due_date": due, "amount_minor": amount,
                    "note": (row.get("note") or "").strip()})
    check_sum(out, total, code)
    return out


def check_sum(rows: list[dict], total: int, code: str) -> None:
    planned = sum(r["amount_minor"] for r in rows)
    if planned != total:
        raise ValidationError("plan", PLAN_SUM, plan=money.Money(planned, code).plain(),
                              total=money.Money(total, code).plain())
