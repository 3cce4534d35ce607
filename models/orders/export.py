"""Orders, payments and products to .csv or .xlsx, through the customers' one cell writer.

Keys, not labels (status confirmed, method wechat), so a file reads the same in any language;
amounts are numbers in major units of the row's currency, exact (they come from integer minor
units), with the currency in its own column. An order is one row per line (the order's columns
repeated), so a file read back by an import rebuilds it. A salesperson exports the orders and
payments of their own customers; owners and managers the whole shop."""

from __future__ import annotations

from collections.abc import Iterator

from models.core import scopes
from models.core.book import Book
from models.core.money import Money
from models.customers.export import check_target, write_rows
from models.orders.checks import quantity_text

ORDER_COLUMNS = (
    "number", "order_date", "customer", "salesperson", "status", "delivery", "currency",
    "total", "line", "product", "description", "quantity", "unit", "unit_price", "discount",
    "amount", "notes", "void_reason", "replaces",
)
PAYMENT_COLUMNS = (
    "received_on", "customer", "order", "amount", "currency", "method", "reference", "status",
    "recorded_by", "confirmed_by", "confirmed_at", "notes",
)
PRODUCT_COLUMNS = ("name", "spec", "unit", "price", "currency", "category", "active")


def _major(minor: int | None, code: str) -> int | float | str:
    """Minor units as a spreadsheet number: an int when whole, else the float whose shortest
    text is the exact amount (150050 fen -> 1500.5); empty when not known."""
    if minor is None:
        return ""
    major = Money(minor, code).major
    return int(major) if major == major.to_integral_value() else float(major)


def order_rows(book: Book, owner_id: str | None = None) -> Iterator[list]:
    """The orders of the customers the user may see (models.core.scopes), one row per line;
    owner_id: only one salesperson's customers."""
    seen, params = scopes.visible(book, "c")
    where = f" AND {seen}"
    if owner_id is not None:
        where, params = where + " AND c.owner_id = ?", [*params, owner_id]
    rows = book.all(
        "SELECT o.number, o.order_date, c.name AS customer, coalesce(u.name, '') AS salesperson, "
        "o.status, o.delivery, o.currency, o.total_minor, o.notes, o.void_reason, "
        "coalesce(r.number, '') AS replaces, l.position, coalesce(p.name, '') AS product, "
        "l.description, l.qty_milli, l.unit, l.price_minor, l.discount_minor, l.amount_minor "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN orders r ON r.id = o.replaces_id "
        "JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
        "LEFT JOIN products p ON p.id = l.product_id "
        "WHERE o.deleted_at IS NULL" + where + " ORDER BY o.order_date, o.number, l.position",
        params)
    for r in rows:
        code = r["currency"]
        yield [r["number"], r["order_date"], r["customer"], r["salesperson"], r["status"],
               r["delivery"], code, _major(r["total_minor"], code), r["position"], r["product"],
               r["description"], quantity_text(r["qty_milli"]), r["unit"],
               _major(r["price_minor"], code), _major(r["discount_minor"], code),
               _major(r["amount_minor"], code), r["notes"], r["void_reason"], r["replaces"]]


def payment_rows(book: Book, owner_id: str | None = None) -> Iterator[list]:
    seen, params = scopes.visible(book, "c")
    where = f" AND {seen}"
    if owner_id is not None:
        where, params = where + " AND c.owner_id = ?", [*params, owner_id]
    for r in book.all(
            "SELECT p.*, c.name AS customer, coalesce(o.number, '') AS order_number, "
            "coalesce(a.name, '') AS recorder, coalesce(b.name, '') AS confirmer "
            "FROM payments p JOIN customers c ON c.id = p.customer_id "
            "LEFT JOIN orders o ON o.id = p.order_id LEFT JOIN users a ON a.id = p.recorded_by "
            "LEFT JOIN users b ON b.id = p.confirmed_by WHERE p.deleted_at IS NULL" + where
            + " ORDER BY p.received_on, p.created_at", params):
        yield [r["received_on"], r["customer"], r["order_number"],
               _major(r["amount_minor"], r["currency"]), r["currency"], r["method"],
               r["reference"], r["status"], r["recorder"], r["confirmer"], r["confirmed_at"],
               r["notes"]]


def product_rows(book: Book) -> Iterator[list]:
    for r in book.all("SELECT * FROM products WHERE deleted_at IS NULL ORDER BY category, name"):
        yield [r["name"], r["spec"], r["unit"], _major(r["price_minor"], r["currency"]),
               r["currency"], r["category"], int(r["active"])]


def export_orders(book: Book, out_path) -> int:
    """The orders the user may see, one row per line; returns how many rows were written."""
    out = check_target(out_path)
    return write_rows(out, list(ORDER_COLUMNS), order_rows(book), sheet="orders")


def export_payments(book: Book, out_path) -> int:
    out = check_target(out_path)
    return write_rows(out, list(PAYMENT_COLUMNS), payment_rows(book),
                      sheet="payments")


def export_products(book: Book, out_path) -> int:
    out = check_target(out_path)
    return write_rows(out, list(PRODUCT_COLUMNS), product_rows(book), sheet="products")
