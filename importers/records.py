"""Importing a price list as products, or an order sheet as orders, with the customer
import's engine: the same sources, header detection, mapping page and preview.

A price list: one product a row (name, model/spec, unit, price, currency, category, active).
A product already in the catalogue (the same name and spec, compared folded) is not made
again: it is skipped, or (mode "update") its price and currency are updated when they differ.

An order sheet: one row per order line, the order number repeated on each line, or one row
per order with its total and no lines. Rows with the same number are one order; a row without
a number is an order of its own. The customer is found by mobile, then by name
(importers.matching); a customer not in the book is held for the user's answer (mode "hold")
or created with the order (mode "create"). An order whose number is already in the book, or
(without a number) one with the same customer, date and total, is not imported again.
Amounts are read as integer minor units of the order's currency (models.core.money); a value
that cannot be read is a warning and the row is kept where it can be: a line's amount is the
file's when given (the discount makes up the difference), else quantity x price - discount.
Imported orders are confirmed unless the status says draft, each due in full on its date
(全款), and a paid amount becomes a payment of that day (confirmed when the importing user
may confirm payments).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from importers import mapping as columns_of
from importers import normalize
from importers.matching import BookIndex, fingerprint, name_key
from importers.plan import Mapping, PlanCounts, PlannedRow
from models.core import money, settings, values
from models.core.book import Book
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import Cancelled, UserError, ValidationError
from models.imports import ImportResult
from models.orders import checks, terms
from models.orders import imports as writes

RECORDS = writes.RECORDS  # customers, orders, products
PRODUCT_MODES = ("skip", "update")
ORDER_MODES = ("hold", "create")
SETTING_PREFIX = settings.IMPORT_MAPPINGS.key

# The fields of each kind of record, with the header words that name them.
PRODUCT_WORDS = {
    "name": "产品名称 产品 商品名称 商品 品名 名称 货品名称 货品 物料名称 物料 product productname "
            "item itemname name",
    "spec": "规格 型号 规格型号 型号规格 规格/型号 model spec specification",
    "unit": "单位 计量单位 unit uom",
    "price": "单价 价格 售价 销售价 零售价 批发价 报价 price unitprice listprice",
    "currency": "币种 货币 币别 currency",
    "category": "分类 类别 品类 类目 产品分类 商品分类 category type",
    "active": "状态 在售 是否在售 启用 是否启用 上架 active enabled status",
}
ORDER_WORDS = {
    "number": "订单号 订单编号 单号 单据编号 销售单号 合同号 合同编号 order orderno ordernumber "
              "number no",
    "order_date": "日期 订单日期 下单日期 单据日期 销售日期 签订日期 date orderdate",
    "customer": "客户 客户名称 客户全称 购买方 购货单位 单位名称 公司名称 customer customername "
                "company account",
    "phone": "手机 手机号 手机号码 电话 联系电话 mobile phone tel telephone",
    "product": "产品 产品名称 商品 商品名称 品名 货品 货品名称 物料 名称 明细 product item "
               "description",
    "quantity": "数量 件数 qty quantity",
    "unit": "单位 计量单位 unit uom",
    "price": "单价 价格 售价 price unitprice",
    "discount": "折扣 优惠 折让 优惠金额 折扣金额 discount",
    "amount": "金额 小计 行金额 金额小计 价税合计 amount lineamount linetotal subtotal",
    "total": "总金额 订单金额 订单总额 合计金额 总价 应收金额 合同金额 total ordertotal "
             "totalamount",
    "currency": "币种 货币 币别 currency",
    "salesperson": "销售 销售员 业务员 负责人 经办人 销售人员 salesperson sales seller owner rep",
    "status": "状态 订单状态 发货状态 status",
    "paid": "已收 已付 已收款 已付款 实收 实收金额 已收金额 收款 paid received",
    "notes": "备注 说明 notes note remark remarks comment",
}
WORDS = {"products": PRODUCT_WORDS, "orders": ORDER_WORDS}
TARGETS = {kind: tuple(words) for kind, words in WORDS.items()}
REQUIRED = {"products": "name", "orders": "customer"}

# Labels of the targets (views read them through QCoreApplication.translate).
LABELS = {
    "products": {
        "name": T("ImportTargets", "Product name"), "spec": T("ImportTargets", "Model / spec"),
        "unit": T("ImportTargets", "Unit"), "price": T("ImportTargets", "Price"),
        "currency": T("ImportTargets", "Currency"), "category": T("ImportTargets", "Category"),
        "active": T("ImportTargets", "Still sold"),
    },
    "orders": {
        "number": T("ImportTargets", "Order number"), "order_date": T("ImportTargets", "Order date"),
        "customer": T("ImportTargets", "Customer"), "phone": T("ImportTargets", "Customer phone"),
        "product": T("ImportTargets", "Product or text"), "quantity": T("ImportTargets", "Quantity"),
        "unit": T("ImportTargets", "Unit"), "price": T("ImportTargets", "Unit price"),
        "discount": T("ImportTargets", "Discount"), "amount": T("ImportTargets", "Line amount"),
        "total": T("ImportTargets", "Order total"), "currency": T("ImportTargets", "Currency"),
        "salesperson": T("ImportTargets", "Salesperson"), "status": T("ImportTargets", "Status"),
        "paid": T("ImportTargets", "Paid amount"), "notes": T("ImportTargets", "Notes"),
    },
}

NO_PRODUCT_NAME = T("errors", "The row has no product name.")
NO_CUSTOMER = T("errors", "The row has no customer.")
NO_DATE = T("errors", "The order has no date that can be read.")
NO_AMOUNT = T("errors", "The order has no lines and no total that can be read.")
PRODUCT_IN_BOOK = T("errors", "Already in the catalogue as {name}.")
PRODUCT_IN_FILE = T("errors", "Same product as row {line} of the file.")
PRICE_UPDATED = T("errors", "The price of {name} changes from {old} to {new}.")
ORDER_IN_BOOK = T("errors", "Order {number} is already in the book.")
SAME_ORDER_IN_BOOK = T("errors", "The same order (customer, date and total) is already in the "
                                 "book.")
UNKNOWN_CUSTOMER = T("errors", "{name} is not a customer in the book.")
CANCELLED_ORDER = T("errors", "The order is cancelled in the file; not imported.")
BAD_VALUE = {
    "price": T("errors", "Price: {value} cannot be read; left out."),
    "quantity": T("errors", "Quantity: {value} cannot be read; left out."),
    "discount": T("errors", "Discount: {value} cannot be read; left out."),
    "amount": T("errors", "Amount: {value} cannot be read; left out."),
    "total": T("errors", "Order total: {value} cannot be read; left out."),
    "paid": T("errors", "Paid amount: {value} cannot be read; left out."),
}
BAD_LINE = T("errors", "Row {line}: the line has no quantity, price or amount that can be "
                       "read; left out.")
AMOUNT_DIFFERS = T("errors", "Row {line}: the amount {amount} is not quantity × price − "
                             "discount; the file's amount is kept.")
TOTAL_DIFFERS = T("errors", "The lines add up to {lines}, the file says {total}; the lines "
                            "are kept.")
UNKNOWN_SALESPERSON = T("errors", "{value} is not a user of this book; the order goes to the "
                                  "customer's salesperson.")
OTHER_CURRENCY_PRODUCT = T("errors", "{value}: the currency cannot be read; CNY is used.")
MIXED_ROWS = T("errors", "Row {line} names another customer than the first row of order "
                         "{number}; the first row's customer is kept.")
NO_TARGET = T("errors", "No column is imported as {field}: choose one.")
BAD_MODE = T("errors", "Unknown choice: {value}.")

_NO = frozenset("否 停用 停售 下架 不在售 禁用 无效 no n false 0 inactive disabled off x".split())
_DRAFT = frozenset("草稿 未确认 待确认 draft".split())
_VOID = frozenset("作废 已作废 取消 已取消 void cancelled canceled".split())
_DELIVERED = frozenset("已发货 已送货 已交付 已完成 完成 已签收 delivered shipped done".split())
_PARTIAL = frozenset("部分发货 部分交付 partial partlydelivered".split())

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


# -- the mapping -----------------------------------------------------------------------------
def guess_columns(records: str, names: list[str]) -> list[str]:
    """Each column's target from its header words (exact first, then a part of the header);
    a target taken once."""
    words = {w: t for t, ws in WORDS[records].items() for w in ws.split()}
    out: list[str] = []
    taken: set[str] = set()
    for name in names:
        k = columns_of.key(name)
        target = words.get(k)
        if target is None and 1 < len(k) <= 12:
            target = next((t for w, t in sorted(words.items(), key=lambda x: -len(x[0]))
                           if len(w) > 1 and not w.isascii() and w in k), None)
        if target in taken:
            target = None
        if target:
            taken.add(target)
        out.append(target or columns_of.IGNORE)
    return out


def auto_mapping(book: Book, source, records: str, sheet: str | None = None) -> Mapping:
    """The mapping remembered for a sheet with this header (for this kind of record), or one
    guessed from its header words."""
    rows = source.rows(sheet)
    header = columns_of.find_header(rows)
    names = columns_of.header_names(rows, header)
    remembered = settings.get(book, _setting(records, names))
    if isinstance(remembered, dict) and isinstance(remembered.get("columns"), list) and len(
            remembered["columns"]) == len(names) and all(
            c in ("", *TARGETS[records]) for c in remembered["columns"]):
        return Mapping(sheet=sheet, header=header, columns=list(remembered["columns"]))
    return Mapping(sheet=sheet, header=header, columns=guess_columns(records, names))


def _setting(records: str, names: list[str]) -> str:
    return f"{SETTING_PREFIX}{records}:{columns_of.signature(names)}"


def mapping_from_json(records: str, data: dict) -> Mapping:
    """A hand-written mapping (--mapping FILE); ValueError for what is not one."""
    columns = data.get("columns", [])
    header = data.get("header", 0)
    if header is not None and (type(header) is not int or header < 0):
        raise ValueError(f"header must be a row number from 0, or null, not {header!r}")
    if not isinstance(columns, list) or any(c and c not in TARGETS[records] for c in columns):
        raise ValueError(f"columns must be a list of {', '.join(TARGETS[records])} or null")
    return Mapping(sheet=data.get("sheet"), header=header, columns=[c or "" for c in columns])


# -- the plan --------------------------------------------------------------------------------
@dataclass
class RecordPlan(PlanCounts):
    """What an import of products or orders will do; the wizard and the command line read it
    as they read a customer plan (importers.plan.Plan)."""

    records: str
    file: str
    kind: str
    sheet: str
    mode: str
    mapping: Mapping
    names: list[str]
    planned: list[PlannedRow]
    parts: list = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(r.sources or [r.line]) for r in self.planned)

    @property
    def in_file_duplicates(self) -> int:
        return self._count("merge")

    @property
    def new_customers(self) -> int:
        """Customers an order import makes (each once, however many orders name it)."""
        return len({r.data["customer_key"] for r in self.planned
                    if r.action == "create" and r.data.get("customer_key")})

    def summary(self) -> dict:
        return {**super().summary(), "new_customers": self.new_customers}

    def row(self, line: int, sheet: str = "") -> PlannedRow:
        return next(r for r in self.planned if r.line == line)

    def answer(self, book: Book, line: int, answer: str) -> PlannedRow:
        """An order held for its unknown customer: "new" (create the customer with it) or
        "hold" (not imported)."""
        row = self.row(line)
        if not row.asked:
            return row
        if answer not in ("hold", "new"):
            raise ValueError(answer)
        row.action = "create" if answer == "new" else "hold"
        return row

    def treat_as_same(self, book: Book, line: int, same: bool = True) -> PlannedRow:
        return self.row(line)


def _problem(message: str, **params) -> normalize.Problem:
    return normalize.Problem(message, params)


def _cell(cells: list, columns: list[str], target: str):
    """The first non-empty cell of the columns mapped to target."""
    for j, t in enumerate(columns):
        if t == target and j < len(cells) and normalize.text(cells[j]):
            return cells[j]
    return None


def _text(cells, columns, target) -> str:
    return values.fold(normalize.text(_cell(cells, columns, target)))


def _money(cell, code: str, target: str, problems: list) -> int | None:
    """Minor units of a cell (None when empty or unreadable: a warning then)."""
    if cell is None:
        return None
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        cell = normalize.amount(cell)[0]
    try:
        amount = money.parse(cell, code, "amount")
    except ValidationError:
        problems.append(_problem(BAD_VALUE[target], value=normalize.text(cell)))
        return None
    return None if amount is None else amount.minor


def _currency(cells, columns, problems: list) -> str:
    text = _text(cells, columns, "currency")
    try:
        return money.normalise_currency(text)
    except ValidationError:
        problems.append(_problem(OTHER_CURRENCY_PRODUCT, value=text))
        return money.DEFAULT_CURRENCY


def _body(rows: list[list], m: Mapping):
    """(line the user sees, cells) of the data rows: empty, total and second header rows
    passed over."""
    start = 0 if m.header is None else m.header + 1
    for n, cells in enumerate(rows[start:]):
        if cells.count(None) + cells.count("") == len(cells):
            continue
        if columns_of.is_total_row(cells) or (n < 3 and m.header is not None
                                              and columns_of.is_junk_row(cells)):
            continue
        yield start + n + 1, cells


def _check(records: str, mode: str, m: Mapping) -> None:
    if mode not in (PRODUCT_MODES if records == "products" else ORDER_MODES):
        raise UserError(BAD_MODE, value=mode)
    if REQUIRED[records] not in m.columns:
        raise UserError(NO_TARGET, field=LABELS[records][REQUIRED[records]])


def _product_key(name: str, spec: str) -> tuple[str, str]:
    return values.fold(name).lower(), values.fold(spec).lower()


def preview_products(book: Book, rows: list[list], m: Mapping, *, file: str = "",
                     kind: str = "", mode: str = "skip", progress: Progress | None = None,
                     cancelled: Check | None = None) -> RecordPlan:
    """What importing a price list would do; writes nothing."""
    _check("products", mode, m)
    catalogue = {}
    for r in book.all("SELECT id, name, spec, price_minor, currency FROM products "
                      "WHERE deleted_at IS NULL ORDER BY created_at"):
        catalogue.setdefault(_product_key(r["name"], r["spec"]), r)
    seen: dict[tuple, PlannedRow] = {}
    planned: list[PlannedRow] = []
    cols = m.columns
    for n, (line, cells) in enumerate(_body(rows, m)):
        if n % 2000 == 0 and cancelled and cancelled():
            raise Cancelled()
        problems: list = []
        name = _text(cells, cols, "name")
        row = PlannedRow(line=line, data={}, problems=problems, fingerprint=fingerprint(cells))
        planned.append(row)
        if not name:
            row.action, row.reason, row.cells = "error", NO_PRODUCT_NAME, list(cells)
            continue
        code = _currency(cells, cols, problems)
        price = _money(_cell(cells, cols, "price"), code, "price", problems)
        active = _text(cells, cols, "active").lower()
        data = {"name": name, "spec": _text(cells, cols, "spec"),
                "unit": _text(cells, cols, "unit"), "price_minor": price, "currency": code,
                "category": _text(cells, cols, "category"), "active": int(active not in _NO)}
        if price is not None and price < 0:
            problems.append(_problem(BAD_VALUE["price"],
                                     value=normalize.text(_cell(cells, cols, "price"))))
            data["price_minor"] = None
        row.data = data
        key = _product_key(name, data["spec"])
        if key in seen:
            row.action, row.same_as_line = "merge", seen[key].line
            row.reason, row.params = PRODUCT_IN_FILE, {"line": seen[key].line}
            continue
        seen[key] = row
        found = catalogue.get(key)
        if found is None:
            continue
        row.match_id, row.match_name = found["id"], found["name"]
        new_price = {"price_minor": data["price_minor"], "currency": code}
        if mode == "update" and data["price_minor"] is not None and (
                found["price_minor"], found["currency"]) != (data["price_minor"], code):
            row.action, row.changes = "update", new_price
            old = ("" if found["price_minor"] is None
                   else money.Money(found["price_minor"], found["currency"]).plain())
            row.reason, row.params = PRICE_UPDATED, {
                "name": found["name"], "old": old or "—",
                "new": money.Money(data["price_minor"], code).plain()}
        else:
            row.action, row.reason, row.params = "skip", PRODUCT_IN_BOOK, {"name": found["name"]}
    if progress:
        progress(len(planned), len(planned))
    return RecordPlan(records="products", file=str(file), kind=kind, sheet=m.sheet or "",
                      mode=mode, mapping=m, names=columns_of.header_names(rows, m.header),
                      planned=planned)


# -- orders ----------------------------------------------------------------------------------
def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _read_line(book: Book, cells, cols, line: int, code: str, products: dict,
               problems: list) -> dict | None:
    """An order line from a row, or None (the row holds no line)."""
    text = _text(cells, cols, "product")
    qty_cell = _cell(cells, cols, "quantity")
    price = _money(_cell(cells, cols, "price"), code, "price", problems)
    amount = _money(_cell(cells, cols, "amount"), code, "amount", problems)
    if not text and qty_cell is None and price is None and amount is None:
        return None
    qty = checks.MILLI
    if qty_cell is not None:
        try:
            qty = checks.parse_quantity(normalize.amount(qty_cell)[0] or normalize.text(qty_cell))
        except ValidationError:
            problems.append(_problem(BAD_VALUE["quantity"], value=normalize.text(qty_cell)))
            qty = 0
    if qty <= 0 or (price is None and amount is None):
        if amount is None:
            problems.append(_problem(BAD_LINE, line=line))
            return None
        qty = checks.MILLI
        price = None
    if price is None:
        price = _half_up(Decimal(amount) * checks.MILLI / qty)
    gross = checks.line_gross(qty, price)
    discount = 0
    disc_cell = _cell(cells, cols, "discount")
    if disc_cell is not None:
        try:
            discount = checks.clean_discount(normalize.text(disc_cell), gross, code, line)
        except ValidationError:
            problems.append(_problem(BAD_VALUE["discount"], value=normalize.text(disc_cell)))
    if amount is None:
        amount = max(0, gross - discount)
    elif amount != gross - discount:
        if gross - discount != amount and _cell(cells, cols, "price") is not None:
            problems.append(_problem(AMOUNT_DIFFERS, line=line,
                                     amount=money.Money(amount, code).plain()))
        discount = max(0, gross - amount)
        if gross < amount:
            price = _half_up(Decimal(amount) * checks.MILLI / qty)
            gross = checks.line_gross(qty, price)
            discount = max(0, gross - amount)
    product = products.get(values.fold(text).lower()) if text else None
    unit = _text(cells, cols, "unit")
    if product is not None:
        unit = unit or product["unit"]
    return {"product_id": product["id"] if product is not None else None,
            "description": text or (product["name"] if product is not None else "—"),
            "unit": unit, "qty_milli": qty, "price_minor": price, "discount_minor": discount,
            "amount_minor": amount}


def _status(text: str) -> tuple[str, str]:
    """(status, delivery) of an order from its status text."""
    t = text.lower().replace(" ", "")
    if t in _VOID:
        return "void", "pending"
    if t in _DRAFT:
        return "draft", "pending"
    if t in _DELIVERED:
        return "confirmed", "delivered"
    if t in _PARTIAL:
        return "confirmed", "partial"
    return "confirmed", "pending"


def preview_orders(book: Book, rows: list[list], m: Mapping, *, file: str = "",
                   kind: str = "", mode: str = "hold", datemode: int = 0,
                   progress: Progress | None = None,
                   cancelled: Check | None = None) -> RecordPlan:
    """What importing an order sheet would do; writes nothing."""
    _check("orders", mode, m)
    cols = m.columns
    index = BookIndex(book)
    users = {values.fold(r["name"]).lower(): r["id"] for r in book.all(
        "SELECT id, name FROM users WHERE deleted_at IS NULL")}
    products = {}
    for r in book.all("SELECT id, name, spec, unit FROM products WHERE deleted_at IS NULL "
                      "ORDER BY created_at"):
        products.setdefault(values.fold(r["name"]).lower(), r)
        if r["spec"]:
            products.setdefault(values.fold(f"{r['name']} {r['spec']}").lower(), r)
    numbers = {r[0] for r in book.all("SELECT number FROM orders WHERE deleted_at IS NULL")}
    owners = dict(book.conn.execute("SELECT id, owner_id FROM customers"))
    by_number: dict[str, PlannedRow] = {}
    planned: list[PlannedRow] = []
    for n, (line, cells) in enumerate(_body(rows, m)):
        if n % 2000 == 0 and cancelled and cancelled():
            raise Cancelled()
        number = _text(cells, cols, "number")
        order = by_number.get(number) if number else None
        if order is not None:  # another line of an order above
            order.sources.append(line)
            problems = order.problems
            customer = _text(cells, cols, "customer")
            if customer and customer != order.data["customer"]:
                problems.append(_problem(MIXED_ROWS, line=line, number=number))
            if order.action != "error":
                found = _read_line(book, cells, cols, line, order.data["currency"], products,
                                   problems)
                if found is not None:
                    order.data["lines"].append(found)
            continue
        problems = []
        row = PlannedRow(line=line, data={}, problems=problems, fingerprint=fingerprint(cells),
                         sources=[line], cells=list(cells))
        planned.append(row)
        if number:
            by_number[number] = row
        customer = _text(cells, cols, "customer")
        if not customer:
            row.action, row.reason, row.cells = "error", NO_CUSTOMER, list(cells)
            row.data = {"customer": "", "currency": money.DEFAULT_CURRENCY, "lines": []}
            continue
        day, found = normalize.date(_cell(cells, cols, "order_date"), datemode=datemode)
        code = _currency(cells, cols, problems)
        data = {"number": number, "customer": customer, "name": customer, "order_date": day,
                "currency": code, "lines": [], "notes": _text(cells, cols, "notes")}
        row.data = data
        if not day:
            row.action, row.reason, row.cells = "error", NO_DATE, list(cells)
            continue
        status, delivery = _status(_text(cells, cols, "status"))
        if status == "void":
            row.action, row.reason = "skip", CANCELLED_ORDER
            continue
        data.update(status=status, delivery=delivery)
        data["total"] = _money(_cell(cells, cols, "total"), code, "total", problems)
        data["paid"] = _money(_cell(cells, cols, "paid"), code, "paid", problems)
        seller = _text(cells, cols, "salesperson")
        data["owner_id"] = users.get(seller.lower()) if seller else None
        if seller and data["owner_id"] is None:
            problems.append(_problem(UNKNOWN_SALESPERSON, value=seller))
        line_data = _read_line(book, cells, cols, line, code, products, problems)
        if line_data is not None:
            data["lines"].append(line_data)
        # the customer: by mobile, then by name
        cid = None
        mobiles, _, _ = normalize.phones(_cell(cells, cols, "phone"))
        if not mobiles and customer.replace(" ", "").replace("-", "").isdigit():
            mobiles, _, _ = normalize.phones(customer)  # the customer named by a mobile
        for x in mobiles:
            cid = index.by_mobile(x)
            if cid:
                break
        if cid is None:
            same = index.by_name(name_key(customer))
            cid = same[0] if same else None
        if cid is not None:
            data["customer_id"] = cid
            data["customer_name"] = index.name(cid) if index.has(cid) else customer
            data["owner_id"] = data["owner_id"] or owners.get(cid)
        else:
            data["customer_key"] = name_key(customer)
            data["mobile"] = ";".join(mobiles)
            if mode == "hold":
                row.action, row.reason, row.params = "hold", UNKNOWN_CUSTOMER, {"name": customer}
                row.asked = True
        if number and number in numbers:
            row.action, row.reason, row.params = "skip", ORDER_IN_BOOK, {"number": number}
            row.match_id, row.match_name, row.asked = number, number, False
    existing = None
    for row in planned:
        if row.action not in ("create", "hold"):
            continue
        data = row.data
        total = sum(x["amount_minor"] for x in data["lines"])
        if data["lines"]:
            if data.get("total") is not None and data["total"] != total:
                row.problems.append(_problem(TOTAL_DIFFERS,
                                             lines=money.Money(total, data["currency"]).plain(),
                                             total=money.Money(data["total"],
                                                               data["currency"]).plain()))
            data["total"] = total
        elif data.get("total") is None or data["total"] <= 0:
            row.action, row.reason, row.asked = "error", NO_AMOUNT, False
            continue
        if not data["number"] and data.get("customer_id"):
            if existing is None:
                existing = {(r[0], r[1], r[2], r[3]) for r in book.all(
                    "SELECT customer_id, order_date, total_minor, currency FROM orders "
                    "WHERE deleted_at IS NULL AND status != 'void'")}
            if (data["customer_id"], data["order_date"], data["total"],
                    data["currency"]) in existing:
                row.action, row.reason, row.params = "skip", SAME_ORDER_IN_BOOK, {}
                row.match_id, row.asked = data["customer_id"], False
    if progress:
        progress(len(planned), len(planned))
    return RecordPlan(records="orders", file=str(file), kind=kind, sheet=m.sheet or "",
                      mode=mode, mapping=m, names=columns_of.header_names(rows, m.header),
                      planned=planned)


def preview(book: Book, source, records: str, m: Mapping, *, mode: str | None = None,
            progress: Progress | None = None, cancelled: Check | None = None) -> RecordPlan:
    """The plan of importing one sheet of source as products or orders."""
    rows = source.rows(m.sheet)
    if records == "products":
        return preview_products(book, rows, m, file=str(source.path), kind=source.kind,
                                mode=mode or "skip", progress=progress, cancelled=cancelled)
    return preview_orders(book, rows, m, file=str(source.path), kind=source.kind,
                          mode=mode or "hold", datemode=getattr(source, "datemode", 0),
                          progress=progress, cancelled=cancelled)


# -- running ---------------------------------------------------------------------------------
def _next_numbers(book: Book):
    """Numbers for orders of the file that have none (this PC's, models.orders.numbers)."""
    from models.orders import numbers

    taken: dict[str, int] = {}

    def make(order_date: str) -> str:
        if order_date not in taken:
            first = numbers.next_number(book, order_date)
            taken[order_date] = int(first.rsplit("-", 1)[1]) - 1
            prefix = first.rsplit("-", 1)[0]
            taken[order_date + "/"] = prefix
        taken[order_date] += 1
        return f"{taken[order_date + '/']}-{taken[order_date]:02d}"

    return make


def run_import(book: Book, plan: RecordPlan, *, progress: Progress | None = None,
               cancelled: Check | None = None, remember: bool = True) -> dict:
    """Write the plan in one operation (all or nothing); remember the mapping after.
    Returns a models.imports.ImportResult (created: products or orders)."""
    common = dict(file=plan.file, sheet=plan.sheet, kind=plan.kind, mode=plan.mode,
                  mapping=plan.mapping.to_json(), rows=plan.rows,
                  duplicates=plan.duplicates + plan.in_file_duplicates, skipped=plan.skipped,
                  errors=plan.error_list(), progress=progress, cancelled=cancelled)
    if plan.records == "products":
        creates = [r.data for r in plan.planned if r.action == "create"]
        updates = [(r.match_id, r.changes) for r in plan.planned if r.action == "update"]
        done = writes.import_products(book, creates=creates, updates=updates, **common)
    else:
        done = writes.import_orders(book, **_order_rows(book, plan), **common)
    if remember and plan.names:
        settings.set_settings(book, {_setting(plan.records, plan.names):
                                     {"columns": plan.mapping.columns}})
    return ImportResult(batch=done["batch"], rows=plan.rows, created=done["created"],
                        updated=done.get("updated", 0), duplicates=common["duplicates"],
                        skipped=plan.skipped, errors=common["errors"], changes=done["changes"])


def _order_rows(book: Book, plan: RecordPlan) -> dict:
    number_for = _next_numbers(book)
    customers: dict[str, dict] = {}
    orders = []
    for r in plan.planned:
        if r.action != "create":
            continue
        d = r.data
        order = {"number": d["number"] or number_for(d["order_date"]),
                 "order_date": d["order_date"], "currency": d["currency"],
                 "total_minor": d["total"], "status": d["status"], "delivery": d["delivery"],
                 "notes": d["notes"], "owner_id": d["owner_id"] or book.user_id,
                 "terms": "", "deal_id": None}
        if d.get("customer_id"):
            order["customer_id"] = d["customer_id"]
        else:
            key = d["customer_key"]
            customers.setdefault(key, {"_key": key, "name": d["customer"],
                                       "mobile": d.get("mobile", ""),
                                       "owner_id": d["owner_id"] or book.user_id})
            order["customer_key"] = key
        plan_rows = []
        if d["status"] == "confirmed":
            order["confirmed_at"], order["confirmed_by"] = d["order_date"], book.user_id
            order["terms"] = '{"template": "full"}'
            plan_rows = [{**x, "note": ""} for x in terms.plan_rows(
                "full", d["total"], dt.date.fromisoformat(d["order_date"]))]
        lines = [{**x, "position": n} for n, x in enumerate(d["lines"], start=1)]
        payment = None
        if d.get("paid") and d["paid"] > 0 and d["status"] == "confirmed":
            payment = {"received_on": d["order_date"], "amount_minor": d["paid"],
                       "currency": d["currency"], "method": "transfer",
                       "notes": ""}
        orders.append({"order": order, "lines": lines, "plan": plan_rows, "payment": payment})
    return {"orders": orders, "customers": list(customers.values())}
