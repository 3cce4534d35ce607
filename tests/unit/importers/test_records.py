"""Importing a price list and order sheets (importers.records): spreadsheets written here,
then what the book holds; a second import of the same file makes nothing; undo takes it
back."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from importers import records
from importers.source import open_source
from models import orders
from models.core import changelog, money
from models.core.errors import UserError
from models.customers import operations
from models.imports import import_history, undo_import

PRICE_LIST = [
    ["2026年价格表"],
    ["品名", "规格型号", "单位", "单价", "分类", "是否在售"],
    ["水泥", "P.O 42.5", "吨", "420", "建材", "是"],
    ["黄沙", "中砂", "吨", "¥135.50", "建材", "是"],
    ["白乳胶", "18kg", "桶", "一百", "辅料", "否"],  # a price that cannot be read: a warning
    ["水泥", "P.O 42.5", "吨", "430", "建材", "是"],  # the same product again
    [None, "无名", "箱", "5", "", ""],  # no name: cannot be imported
]


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    return path


def plan_of(book, path, what, mode=None):
    source = open_source(path)
    m = records.auto_mapping(book, source, what, source.sheets[0].name)
    return records.preview(book, source, what, m, mode=mode)


def counts(book):
    return {t: book.scalar(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")
            for t in ("products", "orders", "order_lines", "payment_plans", "payments",
                      "customers")}


def test_price_list_maps_previews_imports_and_a_second_import_makes_nothing(book, tmp_path):
    path = write_xlsx(tmp_path / "价格表.xlsx", PRICE_LIST)
    plan = plan_of(book, path, "products")
    assert plan.mapping.header == 1
    assert plan.mapping.columns == ["name", "spec", "unit", "price", "category", "active"]
    summary = plan.summary()
    assert (summary["created"], summary["in_file_duplicates"], summary["errors"],
            summary["warnings"]) == (3, 1, 1, 1)
    assert plan.error_list()[0] == {"row": 7, "reason": records.NO_PRODUCT_NAME}
    assert "一百" in plan.warning_list()[0]["warning"]
    result = records.run_import(book, plan)
    cement, = [p for p in orders.products(book, active_only=False) if p["name"] == "水泥"]
    assert (cement["spec"], cement["unit"], cement["price"]) == (
        "P.O 42.5", "吨", money.Money(42000, "CNY"))
    glue, = [p for p in orders.products(book, active_only=False) if p["name"] == "白乳胶"]
    assert glue["price"] is None and glue["active"] is False
    history = import_history(book)[0]
    assert history["id"] == result.batch and history["created"] == 3
    assert '"records": "products"' in history["mapping"]

    again = plan_of(book, path, "products")
    assert again.created == 0 and again.duplicates == 3
    records.run_import(book, again)
    assert counts(book)["products"] == 3


def test_price_list_updates_prices_only_when_asked(book, tmp_path):
    records.run_import(book, plan_of(book, write_xlsx(tmp_path / "a.xlsx", PRICE_LIST),
                                     "products"))
    rows = [PRICE_LIST[1], ["水泥", "P.O 42.5", "吨", "450", "建材", "是"]]
    path = write_csv(tmp_path / "新价格.csv", rows)
    skip = plan_of(book, path, "products")
    assert skip.updated == 0 and skip.created == 0
    update = plan_of(book, path, "products", mode="update")
    assert update.updated == 1
    result = records.run_import(book, update)
    cement, = [p for p in orders.products(book) if p["name"] == "水泥"]
    assert cement["price"] == money.Money(45000, "CNY")
    undone = undo_import(book, batch_id=result.batch)
    assert undone.restored == 1
    cement, = [p for p in orders.products(book) if p["name"] == "水泥"]
    assert cement["price"] == money.Money(42000, "CNY")


def test_undo_of_a_price_list_removes_its_products_and_keeps_an_edited_one(book, tmp_path):
    before = counts(book)
    result = records.run_import(book, plan_of(book, write_xlsx(tmp_path / "p.xlsx", PRICE_LIST),
                                              "products"))
    sand, = [p for p in orders.products(book) if p["name"] == "黄沙"]
    orders.update_product(book, product_id=sand["id"], data={"price": "140"})
    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 2
    assert [k["name"] for k in undone.kept] == ["黄沙"]
    assert counts(book) == {**before, "products": 1}
    with pytest.raises(UserError):
        undo_import(book, batch_id=result.batch)


LINES = [
    ["订单号", "日期", "客户名称", "手机", "产品名称", "数量", "单位", "单价", "折扣", "金额",
     "业务员", "状态", "备注"],
    ["SO-001", "2026-11-02", "上海明珠贸易有限公司", "", "水泥", 10, "吨", 420, "", 4200, "",
     "已发货", "首单"],
    ["SO-001", "2026-11-02", "上海明珠贸易有限公司", "", "运费", 1, "次", 300, 50, 250, "", "",
     ""],
    ["SO-002", "2026/11/05", "宁波新客户五金", "13912345678", "黄沙", "2.5", "吨", "135.5", "",
     "", "", "", ""],
    ["SO-003", "2026-11-06", "宁波新客户五金", "13912345678", "螺丝", "许多", "盒", "12",
     "", "", "", "", ""],  # a quantity that cannot be read and no amount: the line left out
    ["SO-004", "2026-11-07", "老王建材", "", "水泥", 1, "吨", 420, "", 420, "", "作废", ""],
    ["SO-005", "", "上海明珠贸易有限公司", "", "水泥", 1, "吨", 420, "", 420, "", "", ""],
]


@pytest.fixture
def shop(book):
    cid = operations.add_customer(book, data={"name": "上海明珠贸易有限公司",
                                              "mobile": "13800138000"})
    orders.add_product(book, data={"name": "水泥", "spec": "P.O 42.5", "unit": "吨",
                                   "price": "420"})
    return cid


def test_order_lines_sheet_holds_unknown_customers_then_creates_them_when_asked(book, tmp_path,
                                                                                 shop):
    path = write_xlsx(tmp_path / "订单.xlsx", LINES)
    plan = plan_of(book, path, "orders")
    assert plan.mapping.columns[:12] == ["number", "order_date", "customer", "phone", "product",
                                         "quantity", "unit", "price", "discount", "amount",
                                         "salesperson", "status"]
    by_line = {r.line: r for r in plan.planned}
    assert by_line[2].action == "create" and by_line[2].sources == [2, 3]
    assert by_line[4].action == "hold"
    assert by_line[5].action == "error"  # its one line left out: nothing to import
    assert by_line[6].action == "skip"  # cancelled in the file
    assert by_line[7].action == "error"  # no date
    assert plan.summary()["held"] == 1
    assert "许多" in by_line[5].warning_text()

    held = records.run_import(book, plan)  # the held orders are not written
    assert counts(book)["orders"] == 1
    order_row = book.one("SELECT * FROM orders WHERE number = 'SO-001'")
    assert (order_row["customer_id"], order_row["total_minor"], order_row["status"],
            order_row["delivery"], order_row["notes"]) == (shop, 445000, "confirmed",
                                                           "delivered", "首单")
    lines = book.all("SELECT * FROM order_lines WHERE order_id = ? ORDER BY position",
                     (order_row["id"],))
    assert [(x["description"], x["qty_milli"], x["price_minor"], x["discount_minor"],
             x["amount_minor"], x["product_id"] is not None) for x in lines] == [
        ("水泥", 10000, 42000, 0, 420000, True), ("运费", 1000, 30000, 5000, 25000, False)]
    plan_rows = book.all("SELECT * FROM payment_plans WHERE order_id = ?", (order_row["id"],))
    assert [(p["due_date"], p["amount_minor"]) for p in plan_rows] == [("2026-11-02", 445000)]

    created = plan_of(book, path, "orders", mode="create")
    assert created.summary()["created"] == 1 and created.duplicates == 1  # SO-001 is in the book
    assert created.new_customers == 1
    result = records.run_import(book, created)
    new_customer = book.one("SELECT * FROM customers WHERE name = '宁波新客户五金'")
    assert new_customer["mobile"] == "13912345678"
    sand = book.one("SELECT o.total_minor, l.qty_milli, l.price_minor FROM orders o JOIN "
                    "order_lines l ON l.order_id = o.id WHERE o.number = 'SO-002'")
    assert tuple(sand) == (33875, 2500, 13550)
    assert book.one("SELECT 1 FROM orders WHERE number = 'SO-003'") is None  # no line, no total

    third = plan_of(book, path, "orders", mode="create")
    assert third.created == 0
    before = counts(book)
    records.run_import(book, third)
    assert counts(book) == before

    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 2 and not undone.kept  # the order and its new customer
    assert book.one("SELECT 1 FROM customers WHERE name = '宁波新客户五金'") is None
    assert book.one("SELECT 1 FROM orders WHERE number = 'SO-001'") is not None
    undo_import(book, batch_id=held.batch)
    assert counts(book)["orders"] == 0


def test_one_row_per_order_with_totals_and_payments(book, tmp_path, shop):
    rows = [["单号", "下单日期", "客户", "订单金额", "已收金额", "币种"],
            ["A1", dt.datetime(2026, 10, 1), "上海明珠贸易", "12,000.50", "2000", ""],
            ["A2", "2026-10-15", "13800138000", "1.2万", "", "美元"],
            ["A3", "2026-10-20", "上海明珠贸易有限公司", "abc", "", ""]]
    path = write_xlsx(tmp_path / "orders.xlsx", rows)
    plan = plan_of(book, path, "orders")
    assert plan.mapping.columns == ["number", "order_date", "customer", "total", "paid",
                                    "currency"]
    by_line = {r.line: r for r in plan.planned}
    assert by_line[4].action == "error"  # a total that cannot be read, no lines
    assert by_line[3].action == "create"  # the customer named by a mobile
    assert by_line[3].data["customer_id"] == shop
    records.run_import(book, plan)
    a1 = book.one("SELECT * FROM orders WHERE number = 'A1'")
    assert (a1["customer_id"], a1["total_minor"], a1["currency"], a1["order_date"]) == (
        shop, 1200050, "CNY", "2026-10-01")
    assert not book.all("SELECT 1 FROM order_lines WHERE order_id = ?", (a1["id"],))
    pay = book.one("SELECT * FROM payments WHERE order_id = ?", (a1["id"],))
    assert (pay["amount_minor"], pay["status"], pay["received_on"]) == (200000, "confirmed",
                                                                        "2026-10-01")
    a2 = book.one("SELECT * FROM orders WHERE number = 'A2'")
    assert (a2["customer_id"], a2["total_minor"], a2["currency"]) == (shop, 1200000, "USD")
    owed = {r["currency"]: r["total"] for r in orders.aging(book, day="2026-12-01")["rows"]}
    assert owed == {"CNY": 1000050, "USD": 1200000}


def test_an_order_import_is_one_step_and_ctrl_z_takes_it_back(book, tmp_path, shop):
    before = counts(book)
    path = write_xlsx(tmp_path / "订单.xlsx", LINES[:4])
    records.run_import(book, plan_of(book, path, "orders", mode="create"))
    assert counts(book)["orders"] == 2
    changelog.undo(book)
    assert counts(book) == before


def test_an_order_with_a_payment_after_the_import_is_kept_on_undo(book, tmp_path, shop):
    path = write_xlsx(tmp_path / "订单.xlsx", LINES[:3])
    result = records.run_import(book, plan_of(book, path, "orders"))
    oid = book.scalar("SELECT id FROM orders WHERE number = 'SO-001'")
    orders.record_payment(book, customer_id=shop, order_id=oid, amount="100",
                          received_on="2026-11-03", method="cash")
    undone = undo_import(book, batch_id=result.batch)
    assert undone.removed == 0 and [k["name"] for k in undone.kept] == ["SO-001"]
    assert book.one("SELECT 1 FROM orders WHERE id = ?", (oid,)) is not None


def test_an_order_import_needs_a_customer_column(book, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["产品", "数量"], ["水泥", 1]])
    with pytest.raises(UserError):
        plan_of(book, path, "orders")
    with pytest.raises(UserError):
        plan_of(book, path, "orders", mode="maybe")
