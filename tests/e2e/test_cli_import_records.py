"""`python main.py import FILE --as orders|products [--json]`, run as a user runs it."""

from __future__ import annotations

import csv
import json
import sqlite3

import openpyxl

from tests.e2e.test_cli import kehu
from tests.e2e.test_cli_import import book, digest, empty_book, owner  # noqa: F401 - fixtures


def count(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_products_json_preview_then_import_then_again_then_undo(book, tmp_path):  # noqa: F811
    price_list = tmp_path / "价格表.csv"
    with open(price_list, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["品名", "规格", "单位", "单价", "分类"],
                                 ["水泥", "P.O 42.5", "吨", "420", "建材"],
                                 ["黄沙", "", "吨", "价格面议", "建材"],
                                 ["", "", "", "", ""], ["", "无名", "", "1", ""]])
    before = digest(book)
    result = kehu("import", price_list, "--book", book, "--as", "products", "--json",
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["batch"], out["as"], out["rows"], out["created"], out["duplicates"]) == (
        None, "products", 3, 2, 0)
    assert out["errors"] == [{"row": 5, "reason": "The row has no product name."}]
    assert out["warnings"][0]["row"] == 3 and "价格面议" in out["warnings"][0]["warning"]
    assert digest(book) == before

    result = kehu("import", price_list, "--book", book, "--as", "products", *owner(book),
                  "--yes", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    batch = json.loads(result.stdout)["batch"]
    assert batch and count(book, "products") == 2

    result = kehu("import", price_list, "--book", book, "--as", "products", *owner(book),
                  "--yes", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 new products" in result.stdout and count(book, "products") == 2

    result = kehu("undo-import", batch, "--book", book, *owner(book), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 orders, products or customers removed" in result.stdout
    assert count(book, "products") == 0


def test_orders_held_then_created_with_their_customers(book, tmp_path):  # noqa: F811
    sheet = tmp_path / "订单.xlsx"
    wb = openpyxl.Workbook()
    for row in [["订单号", "日期", "客户", "产品", "数量", "单价", "金额"],
                ["X-1", "2026-11-01", "杭州新店", "水泥", 2, 420, 840],
                ["X-1", "2026-11-01", "杭州新店", "运费", 1, 100, 100],
                ["X-2", "2026-11-03", "杭州新店", "黄沙", 1, "", 135]]:
        wb.active.append(row)
    wb.save(sheet)
    result = kehu("import", sheet, "--book", book, "--as", "orders",
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 rows; 0 new orders (0 new customers), 2 held" in result.stdout
    assert "杭州新店 is not a customer in the book." in result.stdout

    result = kehu("import", sheet, "--book", book, "--as", "orders", "--new-customers",
                  *owner(book), "--yes", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["created"], out["new_customers"], out["held"]) == (2, 1, [])
    assert count(book, "orders") == 2 and count(book, "customers") == 1
    conn = sqlite3.connect(book)
    try:
        assert conn.execute("SELECT total_minor FROM orders WHERE number = 'X-1'").fetchone() == (
            94000,)
    finally:
        conn.close()
    result = kehu("undo-import", out["batch"], "--book", book, *owner(book), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert count(book, "orders") == 0 and count(book, "customers") == 0
