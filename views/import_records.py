"""What the import wizard says and shows when the file holds orders or products instead of
customers (importers.records): the column choices, the live preview's values, the counts,
the choices for records already in the book, and the summary after the import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from importers import mapping as mapping_mod
from importers import normalize, records
from models.core import money, values
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError
from models.orders import checks

# (what the file holds, mode) of each choice the decision page offers, in its order
MODES = (("customers", "skip"), ("customers", "fill"), ("customers", "overwrite"),
         ("customers", "create"), ("products", "skip"), ("products", "update"),
         ("orders", "hold"), ("orders", "create"))
FIRST_MODE = {"customers": "skip", "products": "skip", "orders": "hold"}
MONEY_TARGETS = {"price", "discount", "amount", "total", "paid"}
HIDDEN_COUNTS = {"customers": (), "products": ("review", "held"),
                 "orders": ("review", "updated")}  # counts that never say anything there


def t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def kind_texts() -> dict[str, str]:
    return {"customers": t(T("ImportWizard", "Customers")), "orders": t(T("ImportWizard", "Orders (one row per order line, or one "
                                                     "row per order)")),
            "products": t(T("ImportWizard", "Products (a price list)"))}


def target_label(what: str, target: str) -> str:
    if target == mapping_mod.IGNORE:
        return QCoreApplication.translate("ImportTargets", "Ignore")
    return QCoreApplication.translate("ImportTargets", records.LABELS[what].get(target, target))


def choices(what: str) -> list[tuple[str, str]]:
    """(label, target) of each choice of a column's combo."""
    return [(target_label(what, target), target)
            for target in (mapping_mod.IGNORE, *records.TARGETS[what])]


def preview_value(what: str, target: str, cell) -> tuple[str, list]:
    """What a cell becomes in a target, for the live preview."""
    if target in MONEY_TARGETS:
        if target == "discount" and isinstance(cell, str) and cell.strip().endswith(("%", "折")):
            return values.fold(cell), []
        text = normalize.text(cell)
        if not text:
            return "", []
        try:
            amount = money.parse(normalize.amount(cell)[0] if isinstance(
                cell, int | float) else cell)
        except ValidationError:
            return text, [normalize.Problem(records.BAD_VALUE[target], {"value": text})]
        return ("" if amount is None else amount.plain()), []
    if target == "quantity":
        text = normalize.text(cell)
        if not text:
            return "", []
        try:
            return checks.quantity_text(checks.parse_quantity(
                normalize.amount(cell)[0] or text)), []
        except ValidationError:
            return text, [normalize.Problem(records.BAD_VALUE["quantity"], {"value": text})]
    if target == "order_date":
        return normalize.date(cell)
    return values.fold(normalize.text(cell)), []


def required_hint(what: str) -> str:
    return (t(T("ImportWizard", "Choose the column that holds the product name.")) if what == "products"
            else t(T("ImportWizard", "Choose the column that holds the customer of each order.")))


def missing_text(what: str) -> str:
    return (QCoreApplication.translate("errors", records.NO_PRODUCT_NAME) if what == "products"
            else QCoreApplication.translate("errors", records.NO_CUSTOMER))


def count_texts(what: str) -> dict[str, str]:
    if what == "products":
        return {"created": t(T("ImportWizard", "New products:")), "updated": t(T("ImportWizard", "New prices:")),
                "duplicates": t(T("ImportWizard", "Already in the catalogue:")), "who": t(T("ImportWizard", "Product"))}
    return {"created": t(T("ImportWizard", "New orders:")), "updated": t(T("ImportWizard", "Orders to update:")),
            "duplicates": t(T("ImportWizard", "Already in the book:")), "who": t(T("ImportWizard", "Customer"))}


def mode_title(what: str) -> str:
    if what == "products":
        return t(T("ImportWizard", "Products already in the catalogue (same name and model):"))
    return t(T("ImportWizard", "Orders whose customer is not in the book:"))


def mode_texts() -> dict[tuple[str, str], str]:
    return {("products", "skip"): t(T("ImportWizard", "Skip them (keep the catalogue's price)")),
            ("products", "update"): t(T("ImportWizard", "Update their price and currency from the file")),
            ("orders", "hold"): t(T("ImportWizard", "Hold them for my answer (not imported)")),
            ("orders", "create"): t(T("ImportWizard", "Create those customers with their orders"))}


def held_choices() -> list[tuple[str, str]]:
    return [("hold", t(T("ImportWizard", "Hold it (not imported)"))), ("new", t(T("ImportWizard", "Create the customer")))]


def summary_text(what: str, result) -> str:
    if what == "products":
        lines = [t(T("ImportWizard", "Imported {n} new products.")).format(n=f"{result.created:,}")]
        if result.updated:
            lines.append(t(T("ImportWizard", "New prices of products in the catalogue: {n}")).format(
                n=f"{result.updated:,}"))
    else:
        lines = [t(T("ImportWizard", "Imported {n} orders.")).format(n=f"{result.created:,}")]
    if result.skipped:
        lines.append(t(T("ImportWizard", "Skipped rows already in the book or repeated: {n}")).format(
            n=f"{result.skipped:,}"))
    if result.errors:
        lines.append(t(T("ImportWizard", "Rows that could not be imported: {n}")).format(n=f"{len(result.errors):,}"))
    return "\n".join(lines)


def undo_note(what: str) -> str:
    if what == "products":
        return t(T("ImportWizard", "Undo removes the products this import created and puts back the prices it "
                 "changed. You can also undo it later from File > Import history."))
    return t(T("ImportWizard", "Undo removes the orders this import created, with their lines, payment plans "
             "and payments, and the customers it created for them. You can also undo it later "
             "from File > Import history."))


def undo_text(result) -> str:
    lines = [t(T("ImportWizard", "Undone: removed {removed}, restored {restored}.")).format(
        removed=f"{result.removed:,}", restored=f"{result.restored:,}")]
    if result.kept:
        lines.append(t(T("ImportWizard", "Kept, because they changed after the import:")))
        for kept in result.kept[:20]:
            reason = QCoreApplication.translate("imports", kept.get("reason", ""))
            lines.append(f"  • {kept.get('name', '')}: {reason}")
    return "\n".join(lines)
