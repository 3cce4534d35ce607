"""Orders' constants, error texts and the labels a view shows for statuses, methods, terms and
the derived state of a plan row."""
from __future__ import annotations

from models.core import settings
from models.core.errors import QT_TRANSLATE_NOOP as T

ORDER_STATUSES = ("draft", "confirmed", "void")
DELIVERY = ("pending", "partial", "delivered")
METHODS = ("cash", "transfer", "wechat", "alipay", "acceptance_bill")
PAYMENT_STATUSES = ("pending", "confirmed", "rejected")
# The derived state of a plan row on a given day (models.orders.ledger), never stored.
PLAN_STATES = ("not_due", "due", "partly_paid", "paid", "overdue")
TEMPLATES = ("full", "split", "instalments", "month_end")

PRODUCT_FIELDS = ("name", "spec", "unit", "price", "currency", "category", "active")
ORDER_FIELDS = ("customer_id", "deal_id", "owner_id", "order_date", "currency", "notes",
                "delivery")
DRAFT_ONLY = ("customer_id", "deal_id", "owner_id", "order_date", "currency")
LINE_FIELDS = ("product_id", "description", "unit", "quantity", "price", "discount")
PLAN_FIELDS = ("due_date", "amount", "note")

AGING_DAYS = settings.AGING_DAYS.key
DEFAULT_AGING_DAYS = tuple(settings.AGING_DAYS.default)
# A customer is a regular buyer (whose next order is expected) after this many orders on
# different days: two gaps give a median that is not one accident.
REGULAR_ORDERS = 3

STATUS_LABELS = {
    "draft": T("orders", "Draft"),
    "confirmed": T("orders", "Confirmed"),
    "void": T("orders", "Void"),
}
DELIVERY_LABELS = {
    "pending": T("orders", "Not delivered"),
    "partial": T("orders", "Partly delivered"),
    "delivered": T("orders", "Delivered"),
}
METHOD_LABELS = {
    "cash": T("orders", "Cash"),
    "transfer": T("orders", "Bank transfer"),
    "wechat": T("orders", "WeChat Pay"),
    "alipay": T("orders", "Alipay"),
    "acceptance_bill": T("orders", "Acceptance bill"),
}
PAYMENT_STATUS_LABELS = {
    "pending": T("orders", "Waiting for confirmation"),
    "confirmed": T("orders", "Confirmed"),
    "rejected": T("orders", "Rejected"),
}
PLAN_STATE_LABELS = {
    "not_due": T("orders", "Not due"),
    "due": T("orders", "Due today"),
    "partly_paid": T("orders", "Partly paid"),
    "paid": T("orders", "Paid"),
    "overdue": T("orders", "Overdue"),
}
TEMPLATE_LABELS = {
    "full": T("orders", "Full payment"),
    "split": T("orders", "Deposit and balance"),
    "instalments": T("orders", "Monthly instalments"),
    "month_end": T("orders", "Monthly statement (days after month end)"),
}

NAME_REQUIRED = T("errors", "The product needs a name.")
NO_SUCH_PRODUCT = T("errors", "There is no such product, or it was deleted.")
PRODUCT_CURRENCY = T("errors", "{product} is priced in {currency}; the order is in {order}.")
NEGATIVE_PRICE = T("errors", "The price cannot be less than 0.")
NO_SUCH_CUSTOMER = T("errors", "There is no such customer, or it is in the trash.")
CUSTOMER_REQUIRED = T("errors", "Choose the customer of the order.")
NO_SUCH_DEAL = T("errors", "There is no such deal.")
DEAL_OF_OTHER = T("errors", "That deal belongs to another customer.")
NO_SUCH_USER = T("errors", "There is no such user.")
NO_SUCH_ORDER = T("errors", "There is no such order.")
DATE_REQUIRED = T("errors", "Choose the date of the order.")
NOT_DRAFT = T("errors", "Order {number} is confirmed: it changes only by voiding it and "
                        "issuing a replacement.")
NOT_CONFIRMED = T("errors", "Order {number} is not confirmed.")
IS_VOID = T("errors", "Order {number} is void.")
NO_LINES = T("errors", "The order needs at least one line.")
LINE_TEXT_REQUIRED = T("errors", "Line {line}: choose a product or describe what is sold.")
BAD_QUANTITY = T("errors", "{value} is not a quantity (a number with at most 3 decimals, "
                           "such as 2.5).")
QUANTITY_NOT_POSITIVE = T("errors", "Line {line}: the quantity must be more than 0.")
BAD_DISCOUNT = T("errors", "Line {line}: the discount {value} is not an amount or a percentage "
                           "from 0 to 100.")
DISCOUNT_TOO_LARGE = T("errors", "Line {line}: the discount is more than the line's amount.")
NOT_POSITIVE_TOTAL = T("errors", "The order's total must be more than 0.")
REASON_REQUIRED = T("errors", "Say why the order is void.")
REJECT_REASON_REQUIRED = T("errors", "Say why the payment is rejected.")
BAD_TEMPLATE = T("errors", "Unknown payment terms: {value}.")
BAD_PERCENTS = T("errors", "The shares of the payment terms must be whole percents that add "
                           "up to 100.")
BAD_TERM_DAYS = T("errors", "The days of the payment terms must be a whole number, 0 or more.")
BAD_INSTALMENTS = T("errors", "The number of instalments must be from 1 to 120.")
PLAN_REQUIRED = T("errors", "The payment plan needs at least one row.")
PLAN_AMOUNT = T("errors", "Row {row} of the payment plan: the amount must be more than 0.")
PLAN_DATE = T("errors", "Row {row} of the payment plan needs a due date.")
PLAN_EARLY = T("errors", "Row {row} of the payment plan is due before the order's date.")
PLAN_SUM = T("errors", "The payment plan adds up to {plan}, but the order's total is {total}.")
NO_SUCH_PAYMENT = T("errors", "There is no such payment.")
PAYMENT_AMOUNT = T("errors", "The amount received must be more than 0.")
RECEIVED_REQUIRED = T("errors", "Give the date the money was received.")
RECEIVED_FUTURE = T("errors", "The money cannot have been received after today ({value}).")
BAD_METHOD = T("errors", "Unknown way of payment: {value}.")
ORDER_OF_OTHER = T("errors", "Order {number} belongs to another customer.")
PAYMENT_CURRENCY = T("errors", "Order {number} is in {order}; the payment is in {currency}.")
ALREADY_CONFIRMED = T("errors", "This payment is already confirmed.")
ALREADY_REJECTED = T("errors", "This payment was rejected.")
NOT_PENDING = T("errors", "Only a payment waiting for confirmation can be changed or deleted.")
BAD_AGING_DAYS = T("errors", "The aging edges must be whole days, more than 0 and rising "
                             "(such as 30, 60, 90).")


def _identity(context: str, text: str) -> str:
    return text


def label(table: dict, key: str, translate=None) -> str:
    """The label of key in one of the tables above, translated when translate is given."""
    text = table.get(key)
    return (translate or _identity)("orders", text) if text else key
