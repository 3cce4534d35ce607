"""Printing a customer list: a permission as exporting is (customers.print, which the owner may
open to salespeople: the customers.print_sales setting), and recorded as an export is.

print_rows() gives what a list of the customers page shows under its filter, only the
customers the user sees (models.core.scopes); the app lays them out and shows a print preview
(views). record_print() records the print in the history in the export's way (who, how many
rows, which filter; models.customers.export.record_export, how "print"), and a print of more
customers than the exports.alert_rows setting by a salesperson raises the same owner alert."""

from __future__ import annotations

from models.core.book import Book
from models.core.permissions import require
from models.customers import queries
from models.customers.export import record_export

COLUMNS = ("name", "contact", "mobile", "city", "grade", "owner")


def filter_text(flt: queries.CustomerFilter, owner_name: str = "") -> str:
    """The filter as the history shows it ('' for every customer the user sees)."""
    parts = []
    if flt.text.strip():
        parts.append(f"“{flt.text.strip()}”")
    if flt.pool:
        parts.append("pool")
    elif flt.owner_id:
        parts.append(f"owner={owner_name or flt.owner_id}")
    for key in ("grade", "tag", "city"):
        value = getattr(flt, key)
        if value is not None and value != "":
            parts.append(f"{key}={value}")
    if flt.trash:
        parts.append("trash")
    return ", ".join(parts)


def print_rows(book: Book, flt: queries.CustomerFilter) -> list[dict]:
    """The customers of the filter the user sees, in the list's order: {column: text} of
    COLUMNS. PermissionDenied unless the user may print customer lists."""
    require(book, "customers.print")
    ids = queries.customer_ids(book, flt)
    rows = queries.customer_rows(book, ids)
    return [{k: str(rows[i].get(k) or "") for k in COLUMNS} for i in ids if i in rows]


def record_print(book: Book, *, rows: int, filter_text: str = "") -> str:
    """Record a print of `rows` customers (after it was sent to the printer); returns the
    record's id ('' for a book Kehu may not write)."""
    require(book, "customers.print")
    return record_export(book, what="customers", rows=rows, file="", how="print",
                         filter_text=filter_text)
