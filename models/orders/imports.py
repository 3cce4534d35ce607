"""Writing an import of products (a price list) or of orders (an order sheet), and taking it
back.

Like a customer import (models.imports) each is one operation named "import", all or nothing,
its id the batch, listed in the import history (imports.mapping says what the file held:
{"records": "products" | "orders", ...}). The rows it writes are ordinary rows with their
change entries; undo_records() takes them back unless they were changed since (an order
with a payment recorded after the import, a product whose price was edited since).

The importer (importers.records) decides what to write; these functions only write it."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from models import backup
from models.core import permissions
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled
from models.customers.operations import customer_row
from models.orders.operations import line_id, plan_id

RECORDS = ("customers", "orders", "products")
KEPT_ORDER = T("imports", "the order has payments or changes made after the import")
KEPT_PRODUCT = T("imports", "the product was changed or used on an order after the import")

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


def _record(book: Book, op, *, file: str, sheet: str, kind: str, records: str, mode: str,
            mapping: dict | None, rows: int, created: int, updated: int, duplicates: int,
            skipped: int, errors: int) -> None:
    """The import's entry in the import history (read by models.imports.import_history)."""
    record = {"id": op.id, "file": str(file), "sheet": sheet or "", "kind": kind, "mode": mode,
              "mapping": json.dumps({**(mapping or {}), "records": records},
                                    ensure_ascii=False),
              "rows": rows, "created": created, "updated": updated, "duplicates": duplicates,
              "skipped": skipped, "errors": errors, "at": op.now, "user_id": book.user_id,
              "created_at": op.now, "updated_at": op.now}
    book.conn.execute(
        f"INSERT INTO imports ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
        list(record.values()))
    op.log("imports", op.id, "insert", None, None, record)
    op.keep_in_history()
    op.changes.add("imports", op.id)


def _step(done: int, total: int, progress: Progress | None, cancelled: Check | None) -> None:
    if done % 500 == 0:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, total)


def import_products(book: Book, *, file: str, creates: Sequence[dict],
                    updates: Sequence[tuple[str, dict]] = (), sheet: str = "", kind: str = "",
                    mode: str = "skip", mapping: dict | None = None, rows: int = 0,
                    duplicates: int = 0, skipped: int = 0, errors: Sequence[dict] = (),
                    progress: Progress | None = None, cancelled: Check | None = None,
                    backup_first: bool = True) -> dict:
    """New products (`creates`: product rows without id: name, spec, unit, price_minor,
    currency, category, active) and new prices of products already in the catalogue
    (`updates`: (id, {"price_minor", "currency"})), in one operation. Returns {"batch",
    "created", "updated", "changes"}."""
    permissions.require(book, "products.manage")
    if backup_first and (creates or updates):
        backup.make_backup(book.path, reason="import", cancelled=cancelled)
    total = len(creates) + len(updates)
    updated = 0
    with book.operation("import", label=Path(file).name) as op:
        for n, row in enumerate(creates):
            _step(n, total, progress, cancelled)
            op.insert("products", dict(row))
        for n, (pid, values) in enumerate(updates, start=len(creates)):
            _step(n, total, progress, cancelled)
            updated += bool(op.update("products", pid, values))
        _record(book, op, file=file, sheet=sheet, kind=kind, records="products", mode=mode,
                mapping=mapping, rows=rows, created=len(creates), updated=updated,
                duplicates=duplicates, skipped=skipped, errors=len(errors))
    if progress:
        progress(total, total)
    return {"batch": op.id, "created": len(creates), "updated": updated, "changes": op.changes}


def import_orders(book: Book, *, file: str, orders: Sequence[dict],
                  customers: Sequence[dict] = (), sheet: str = "", kind: str = "",
                  mode: str = "hold", mapping: dict | None = None, rows: int = 0,
                  duplicates: int = 0, skipped: int = 0, errors: Sequence[dict] = (),
                  progress: Progress | None = None, cancelled: Check | None = None,
                  backup_first: bool = True) -> dict:
    """New customers (`customers`: clean customer fields, each with a "_key" the orders name
    in "customer_key") and orders: each {"order": the order row without id (customer_id, or
    customer_key for a customer of this import), "lines": line rows (position, product_id,
    description, unit, qty_milli, price_minor, discount_minor, amount_minor), "plan": plan
    rows (seq, due_date, amount_minor, note), "payment": a payment row or None}, in one
    operation. Returns {"batch", "created", "customers", "changes"}."""
    for data in orders:
        permissions.require(book, "orders.edit", {"owner_id": data["order"].get("owner_id")})
    if backup_first and orders:
        backup.make_backup(book.path, reason="import", cancelled=cancelled)
    total = len(customers) + len(orders)
    confirm = permissions.may(book, "payments.confirm")
    with book.operation("import", label=Path(file).name) as op:
        made: dict[str, str] = {}
        for n, data in enumerate(customers):
            _step(n, total, progress, cancelled)
            clean = {k: v for k, v in data.items() if not k.startswith("_")}
            made[data["_key"]] = op.insert("customers", customer_row(book, clean))
        for n, data in enumerate(orders, start=len(customers)):
            _step(n, total, progress, cancelled)
            order = dict(data["order"])
            key = order.pop("customer_key", None)
            if key is not None:
                order["customer_id"] = made[key]
            oid = op.insert("orders", order)
            for line in data.get("lines", ()):
                op.insert("order_lines", {"id": line_id(oid, line["position"]), "order_id": oid,
                                          **line})
            for row in data.get("plan", ()):
                op.insert("payment_plans", {"id": plan_id(oid, row["seq"]), "order_id": oid,
                                            **row})
            payment = data.get("payment")
            if payment:
                status = {"status": "confirmed", "confirmed_by": book.user_id,
                          "confirmed_at": op.now} if confirm else {"status": "pending"}
                op.insert("payments", {**payment, **status, "order_id": oid,
                                       "customer_id": order["customer_id"],
                                       "recorded_by": book.user_id})
        _record(book, op, file=file, sheet=sheet, kind=kind, records="orders", mode=mode,
                mapping=mapping, rows=rows, created=len(orders), updated=0,
                duplicates=duplicates, skipped=skipped, errors=len(errors))
    if progress:
        progress(total, total)
    return {"batch": op.id, "created": len(orders), "customers": len(customers),
            "changes": op.changes}


# -- undo ------------------------------------------------------------------------------------
_ORDER_PARTS = ("order_lines", "payment_plans", "payments")


def undo_records(book: Book, op, batch_id: str, inserted: dict[str, dict],
                 updated: list) -> tuple[int, int, list[dict], set[str]]:
    """Inside undo_import's operation: take back the orders, their lines, plan rows and
    payments, and the products an import wrote, and restore the prices it changed. Rows
    changed since, and orders with payments or rows added since, are kept. Returns (removed,
    restored, kept [{"id", "name", "reason"}], ids of customers that must stay
    because an order of theirs stays)."""
    removed, restored, kept, keep_customers = 0, 0, [], set()
    orders = inserted.get("orders", {})
    parts = {t: inserted.get(t, {}) for t in _ORDER_PARTS}
    for oid, row in orders.items():
        current = book.one("SELECT * FROM orders WHERE id = ?", (oid,))
        if current is None:
            continue
        own = {t: set(rows) for t, rows in parts.items()}
        later = any(book.one(
            f"SELECT 1 FROM {t} WHERE order_id = ? AND id NOT IN "
            f"(SELECT value FROM json_each(?)) LIMIT 1",
            (oid, json.dumps(sorted(own[t])))) for t in _ORDER_PARTS)
        changed = _differs(dict(current), row) or any(
            _differs(dict(r), parts[t][r["id"]]) for t in _ORDER_PARTS
            for r in book.all(f"SELECT * FROM {t} WHERE order_id = ?", (oid,))
            if r["id"] in parts[t])
        if later or changed:
            kept.append({"id": oid, "name": current["number"], "reason": KEPT_ORDER})
            keep_customers.add(current["customer_id"])
            continue
        for t in ("payments", "payment_plans", "order_lines"):
            for (rid,) in book.all(f"SELECT id FROM {t} WHERE order_id = ?", (oid,)):
                op.purge(t, rid, keep={"order_id": oid})
        op.purge("orders", oid, keep={"number": current["number"]})
        removed += 1
    for pid, row in inserted.get("products", {}).items():
        current = book.one("SELECT * FROM products WHERE id = ?", (pid,))
        if current is None:
            continue
        used = book.one("SELECT 1 FROM order_lines WHERE product_id = ? LIMIT 1", (pid,))
        if used or _differs(dict(current), row):
            kept.append({"id": pid, "name": current["name"], "reason": KEPT_PRODUCT})
            continue
        op.purge("products", pid, keep={"name": current["name"]})
        removed += 1
    for pid, fields in _by_record(updated).items():
        current = book.one("SELECT * FROM products WHERE id = ?", (pid,))
        if current is None:
            continue
        if any(current[f] != new for f, _, new in fields):
            kept.append({"id": pid, "name": current["name"], "reason": KEPT_PRODUCT})
            continue
        op.update("products", pid, {f: old for f, old, _ in fields})
        restored += 1
    return removed, restored, kept, keep_customers


def _by_record(updated: list) -> dict[str, list]:
    """(record id, field, old, new) entries -> record id -> [(field, first old, last new)]."""
    out: dict[str, list] = {}
    for rid, fld, old, new in updated:
        fields = out.setdefault(rid, [])
        first = next((i for i, f in enumerate(fields) if f[0] == fld), None)
        if first is None:
            fields.append((fld, old, new))
        else:
            fields[first] = (fld, fields[first][1], new)
    return out


def _differs(row: dict, inserted: dict) -> bool:
    return any(row.get(k) != v for k, v in inserted.items() if k != "updated_at")
