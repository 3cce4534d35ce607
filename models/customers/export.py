"""Exporting customers or deals to a spreadsheet (.csv for any program, .xlsx for Excel).

Rows are streamed from the book, so 100,000 customers never sit in memory at once. The file is
written next to the target under a temporary name and moved into place at the end: a failure
never leaves half a file where the user expects one.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from models import alerts
from models.core import fields, scopes, settings, sheets
from models.core.book import Book, new_id
from models.core.errors import IS_FOLDER, NO_SUCH_FOLDER, UserError
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.money import Money
from models.core.permissions import may, require
from models.customers.operations import custom_fields

FIELDS = fields.exported_customer_columns()  # the registry's (models/core/fields.py)
DEAL_FIELDS = (
    "id", "title", "customer_id", "customer_name", "amount", "currency", "stage", "probability",
    "owner", "expected_close", "status", "lost_reason", "created_at", "updated_at",
    "stage_entered_at",
)
FORMATS = (".csv", ".xlsx")

UNKNOWN_FORMAT = T(
    "errors", "Kehu cannot export to {name}: choose a file name ending in .csv or .xlsx."
)
CANNOT_WRITE = T("errors", "{path} cannot be written: {reason}")


# A Kehu export in .xlsx carries the definitions of its custom fields (kind, choices) in a
# very hidden sheet of this name, so that importing it into another book makes the same fields.
FIELDS_SHEET = "_kehu_fields"
FIELDS_SHEET_HEADER = ["key", "label", "kind", "choices"]


def header(book: Book) -> list[str]:
    """The export's column names: the fields' keys, then the custom fields' labels (as the user
    named them: 备注2 stays 备注2)."""
    return [*FIELDS, *(f["label"] for f in custom_fields(book))]


def customer_rows(book: Book, custom_keys: list[str]) -> Iterator[list[str]]:
    """Live customers the user may see (models.core.scopes) in display order, one list of
    texts per customer, fetched lazily."""
    plain = ", ".join(f"c.{f.key}" for f in fields.CUSTOMER if f.exported and f.type != "user")
    seen, params = scopes.visible(book, "c")
    cursor = book.conn.execute(
        f"SELECT {plain}, coalesce(u.name, '') AS owner, c.custom FROM customers c "
        f"LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL AND {seen} "
        "ORDER BY c.sort_key, c.id", params
    )
    while batch := cursor.fetchmany(1000):
        for r in batch:
            custom = json.loads(r["custom"] or "{}")
            yield [
                *("" if r[f] is None else str(r[f]) for f in FIELDS),
                *(str(custom.get(k, "")) for k in custom_keys),
            ]


def check_target(out_path) -> Path:
    """The path to write, or a UserError saying why it cannot be: called before any work."""
    out = Path(out_path).expanduser()
    if out.suffix.lower() not in FORMATS:
        raise UserError(UNKNOWN_FORMAT, name=out.name)
    if out.is_dir():
        raise UserError(CANNOT_WRITE, path=str(out), reason=IS_FOLDER)
    if not out.parent.is_dir():
        raise UserError(CANNOT_WRITE, path=str(out), reason=NO_SUCH_FOLDER)
    return out


def export_customers(book: Book, out_path, *, how: str = "app") -> int:
    """Write every live customer the user sees to out_path (.csv or .xlsx); returns how many
    were written. The export is recorded (record_export) before the file is put in place; a
    book that cannot record it gets no file. how: "app" or "cli" (EXPORT_HOW)."""
    require(book, "customers.export")
    out = check_target(out_path)
    custom = custom_fields(book)
    definitions = [[f["key"], f["label"], f["kind"], json.dumps(f["choices"], ensure_ascii=False)]
                   for f in custom]
    return write_rows(out, header(book), customer_rows(book, [f["key"] for f in custom]),
                      sheet="customers",
                      hidden=(FIELDS_SHEET, FIELDS_SHEET_HEADER, definitions) if custom else None,
                      record=lambda n: record_export(book, what="customers", rows=n,
                                                     file=out.name, how=how))


# -- the record of exports -------------------------------------------------------------------
EXPORT_OP = "export"
PRINT_OP = "print"  # a printed customer list (models.customers.printing), recorded the same way
EXPORTED = ("customers", "deals", "orders", "payments", "products")  # what an export may hold


def export_label(what: str, rows: int, filter_text: str = "") -> str:
    """The export step's label, read back by parse_export_label: what, rows, filter."""
    return f"{what}:{rows}:{filter_text}"


def parse_export_label(label: str) -> tuple[str, int, str]:
    what, _, rest = (label or "").partition(":")
    rows, _, filter_text = rest.partition(":")
    try:
        count = int(rows)
    except ValueError:
        count = 0
    return what, count, filter_text


def record_export(book: Book, *, what: str, rows: int, file: str, how: str = "app",
                  filter_text: str = "") -> str:
    """Record an export (or print) in the change log: one step, not undoable, by the signed-in
    user, saying what was exported, how many rows, the filter ('' for every record the user
    sees), how and to which file. A customer list of more than the exports.alert_rows setting
    exported by a user who may not export unwatched (a salesperson) raises an owner alert
    (models.alerts.export_alert) in the same step. Returns the export's id; '' for a book
    Kehu may not write (Book.read_only: its file or folder is locked), which records nothing
    (whoever may read the file may copy it anyway; the command line says so)."""
    if what not in EXPORTED:
        raise ValueError(what)
    if book.read_only:
        return ""
    export_id = new_id()
    limit = settings.get(book, settings.EXPORT_ALERT_ROWS.key)
    with book.operation(PRINT_OP if how == "print" else EXPORT_OP,
                        label=export_label(what, rows, filter_text),
                        undoable=False) as op:
        op.log("exports", export_id, "insert", None, None, {
            "id": export_id, "what": what, "rows": rows, "filter": filter_text, "how": how,
            "file": file, "user_id": book.user_id, "at": op.now})
        if what == "customers" and rows > max(limit, 0) \
                and not may(book, "customers.export_unwatched"):
            user = book.one("SELECT name FROM users WHERE id = ?", (book.user_id,))
            alerts.export_alert(op, export_id=export_id, user=user[0] if user else "",
                                rows=rows, how=how, file=file, limit=limit)
    return export_id


def exports(book: Book, *, limit: int = 200) -> list[dict]:
    """The newest exports recorded, newest first: {id, what, rows, filter, how, file, at,
    user_id, user_name}."""
    out = []
    for r in book.all(
            "SELECT a.record_id, a.new, a.at, a.user_id, coalesce(u.name, '') AS user_name "
            "FROM audit a LEFT JOIN users u ON u.id = a.user_id "
            "WHERE a.tbl = 'exports' AND a.action = 'insert' ORDER BY a.hlc DESC LIMIT ?",
            (limit,)):
        try:
            data = json.loads(r["new"] or "{}")
        except ValueError:
            data = {}
        out.append({"id": r["record_id"], "what": data.get("what", ""),
                    "rows": data.get("rows", 0), "filter": data.get("filter", ""),
                    "how": data.get("how", ""), "file": data.get("file", ""), "at": r["at"],
                    "user_id": r["user_id"], "user_name": r["user_name"]})
    return out


def deal_rows(book: Book, translate=None) -> Iterator[list]:
    """Every live deal (open, won and lost; also of customers in the trash), oldest first.

    stage is the stage's name as the user sees it: the owner's name for it, or the default
    name in the user's language (translate(context, text), as QCoreApplication.translate;
    English without it); status and lost_reason are keys (open/won/lost, price ...) or the
    owner's own reason text, like the column names, so a program reads the file the same
    whatever language Kehu runs in. probability is the effective one (the
    stage's when the deal has none); amount is a number in major units of the deal's
    currency (12000, 1500.5; exact: it comes from integer minor units), or empty when not
    known; the currency column says which currency.
    """
    from models.deals import stage_label

    labels = {r["id"]: stage_label(dict(r), translate)
              for r in book.all("SELECT * FROM stages")}
    seen, params = scopes.visible(book, "c")  # a deal is seen when its customer is
    cursor = book.conn.execute(
        "SELECT d.*, c.name AS customer_name, coalesce(u.name, '') AS owner, "
        "s.probability AS stage_probability FROM deals d "
        "JOIN customers c ON c.id = d.customer_id JOIN stages s ON s.id = d.stage_id "
        f"LEFT JOIN users u ON u.id = d.owner_id WHERE d.deleted_at IS NULL AND {seen} "
        "ORDER BY d.created_at, d.rowid", params
    )
    while batch := cursor.fetchmany(1000):
        for r in batch:
            amount = _major(r["amount_minor"], r["currency"])
            if r["status"] == "won":
                probability = 100
            elif r["status"] == "lost":
                probability = 0
            else:
                probability = r["probability"]
                if probability is None:
                    probability = r["stage_probability"]
            out = {"amount": "" if amount is None else amount, "stage": labels[r["stage_id"]],
                   "probability": probability}
            yield [out[f] if f in out else ("" if r[f] is None else str(r[f]))
                   for f in DEAL_FIELDS]


def _major(minor: int | None, code: str) -> int | float | str:
    """Minor units as a spreadsheet number: an int when whole, else the float whose shortest
    text is the exact amount (150050 fen -> 1500.5)."""
    if minor is None:
        return ""
    major = Money(minor, code).major
    return int(major) if major == major.to_integral_value() else float(major)


def export_deals(book: Book, out_path, translate=None, *, how: str = "app") -> int:
    """Write all live deals the user sees to out_path (.csv or .xlsx); returns how many were
    written (recorded as export_customers does). translate: the user's language for the stage
    names (deal_rows)."""
    require(book, "customers.export")
    out = check_target(out_path)
    return write_rows(out, list(DEAL_FIELDS), deal_rows(book, translate), sheet="deals",
                      record=lambda n: record_export(book, what="deals", rows=n, file=out.name,
                                                     how=how))


def check_xlsx_target(out_path) -> Path:
    out = check_target(out_path)
    if out.suffix.lower() != ".xlsx":
        raise UserError(UNKNOWN_FORMAT, name=out.name)
    return out


def write_rows_xlsx(out: Path, columns: list[str], rows: Iterator[list], sheet: str) -> int:
    return write_rows(out, columns, rows, sheet=sheet)


def write_rows(out: Path, columns: list[str], rows: Iterator[list], *, sheet: str,
               hidden: tuple[str, list[str], list[list]] | None = None,
               record: Callable[[int], object] | None = None) -> int:
    """Rows to a .csv or .xlsx file, written under a temporary name and moved into place.

    hidden: (name, columns, rows) of a very hidden sheet added to an .xlsx (not to a .csv).
    record(count): called once the rows are written and before the file is put in place
    (an export's record, record_export); when it raises, no file is left."""
    suffix = out.suffix.lower()
    # a hidden name in the same folder (so os.replace is atomic), created with the user's umask
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        fh = tmp.open("xb")
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from None
    try:
        with fh:
            if suffix == ".csv":
                count = _write_csv(fh, columns, rows)
            else:
                count = _write_xlsx(fh, columns, rows, sheet, hidden)
        if record is not None:
            record(count)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


FORMULA_STARTS = sheets.FORMULA_STARTS
csv_safe = sheets.csv_text  # the one writer of cells (models/core/sheets.py)


def _write_csv(fh, columns: list[str], rows: Iterator[list]) -> int:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow([sheets.csv_text(c) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([sheets.csv_text(v) for v in row])
        count += 1
    text.flush()
    text.detach()
    return count


def _write_xlsx(fh, columns: list[str], rows: Iterator[list], sheet: str,
                hidden: tuple[str, list[str], list[list]] | None = None) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append(sheets.xlsx_row(ws, columns, font=Font(bold=True)))
    count = 0
    for row in rows:
        # Texts are written as text cells, so 13800138000 and 0571-88886666 stay text, and
        # nothing a customer's name or a file's header holds becomes a formula.
        ws.append(sheets.xlsx_row(ws, row))
        count += 1
    if hidden:
        name, head, body = hidden
        extra = wb.create_sheet(name)
        extra.sheet_state = "veryHidden"
        for row in [head, *body]:
            extra.append(sheets.xlsx_row(extra, row))
    wb.save(fh)
    return count
