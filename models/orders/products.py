"""The product catalogue: name, model/spec, unit (吨, 桶, 箱, 米 ...), price with its currency,
category and whether it is still sold. Reads and the named operations that write it
(permission "products.manage")."""
from __future__ import annotations

from models.core import money, permissions, values
from models.core.book import Book
from models.core.errors import ValidationError
from models.orders.checks import clean_product, product_row
from models.orders.labels import NAME_REQUIRED


def _dict(row) -> dict:
    out = dict(row)
    out["price"] = (None if row["price_minor"] is None
                    else money.Money(row["price_minor"], row["currency"]))
    out["active"] = bool(row["active"])
    return out


def products(book: Book, *, active_only: bool = True, category: str | None = None,
             search: str = "") -> list[dict]:
    """Products by category and name; search matches any part of the name, spec or category."""
    where, params = ["deleted_at IS NULL"], []
    if active_only:
        where.append("active = 1")
    if category is not None:
        where.append("category = ?")
        params.append(category)
    needle = values.fold(search)
    if needle:
        where.append("(instr(name, ?) OR instr(spec, ?) OR instr(category, ?))")
        params += [needle] * 3
    return [_dict(r) for r in book.all(
        f"SELECT * FROM products WHERE {' AND '.join(where)} ORDER BY category, name, id",
        params)]


def product(book: Book, product_id: str) -> dict | None:
    row = book.one("SELECT * FROM products WHERE id = ? AND deleted_at IS NULL", (product_id,))
    return _dict(row) if row is not None else None


def categories(book: Book) -> list[str]:
    return [r[0] for r in book.all(
        "SELECT DISTINCT category FROM products WHERE deleted_at IS NULL AND category != '' "
        "ORDER BY category")]


def add_product(book: Book, *, data: dict) -> str:
    permissions.require(book, "products.manage")
    clean = clean_product(data)
    if not clean.get("name"):
        raise ValidationError("name", NAME_REQUIRED)
    row = {"spec": "", "unit": "", "price_minor": None, "currency": money.DEFAULT_CURRENCY,
           "category": "", "active": 1, **clean}
    with book.operation("add_product", label=row["name"]) as op:
        return op.insert("products", row)


def update_product(book: Book, *, product_id: str, data: dict) -> dict:
    """Changes the fields given ("active": False stops offering it on new orders; orders
    written before keep their lines as they were). Returns {field: (old, new)}."""
    permissions.require(book, "products.manage")
    row = product_row(book, product_id)
    clean = clean_product(data, row)
    with book.operation("update_product", label=clean.get("name") or row["name"]) as op:
        return op.update("products", product_id, clean)


def delete_product(book: Book, *, product_id: str) -> str:
    """Soft: lines that name it keep their text, unit and price."""
    permissions.require(book, "products.manage")
    row = product_row(book, product_id)
    with book.operation("delete_product", label=row["name"]) as op:
        op.update("products", product_id, {"deleted_at": op.now})
    return product_id
