"""`receivables --book B [--json]` and `export orders|payments|products` on the command line."""

from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl

from desktop.cli import main
from models import orders
from models.core import clock
from models.core.book import Book
from models.customers import operations

T0 = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def shop(path) -> None:
    clock.set_clock(lambda: T0)
    with Book.open(path) as book:
        cid = operations.add_customer(book, data={"name": "顺发五金"})
        cement = orders.add_product(book, data={"name": "水泥", "unit": "吨", "price": "450.5"})
        oid = orders.add_order(book, data={"customer_id": cid, "order_date": "2026-01-05"},
                               lines=[{"product_id": cement, "quantity": "2"},
                                      {"description": "=运费", "quantity": "1", "price": "99"}])
        orders.confirm_order(book, order_id=oid)  # 1,000 due 2026-01-05: 64 days late
        paid = orders.record_payment(book, customer_id=cid, amount="400",
                                     received_on="2026-03-02", method="wechat")
        orders.confirm_payment(book, payment_id=paid)
        orders.record_payment(book, customer_id=cid, amount="100", received_on="2026-03-09",
                              method="cash")


def test_receivables_as_text_and_json(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    shop(path)
    assert main(["--lang", "en", "receivables", "--book", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["顺发五金: owes 600.00 CNY (61-90 600.00)",
                   "In all: 600.00 CNY",
                   "This month in CNY: expected 0.00, received 400.00, recorded and waiting "
                   "for confirmation 100.00"]
    assert main(["receivables", "--book", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["buckets"] == ["not_due", "1-30", "31-60", "61-90", "90+"]
    (row,) = data["customers"]
    assert (row["name"], row["owed_minor"], row["buckets_minor"]) == (
        "顺发五金", 60000, [0, 0, 0, 60000, 0])
    assert data["totals"] == {"CNY": {"owed_minor": 60000, "buckets_minor": [0, 0, 0, 60000, 0]}}
    assert data["month"]["collected"] == {"CNY": 40000}
    assert data["month"]["pending"] == {"CNY": 10000}


def test_export_orders_payments_and_products(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    shop(path)
    out = tmp_path / "orders.csv"
    assert main(["--lang", "en", "export", "orders", "--book", str(path), "--out", str(out)]) == 0
    assert "Exported 2 rows" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["line"], r["product"], r["description"], r["quantity"], r["amount"])
            for r in rows] == [("1", "水泥", "水泥", "2", "901"), ("2", "", "'=运费", "1", "99")]
    assert {r["total"] for r in rows} == {"1000"} and {r["status"] for r in rows} == {"confirmed"}
    xlsx = tmp_path / "payments.xlsx"
    assert main(["export", "payments", "--book", str(path), "--out", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:8] == ["received_on", "customer", "order", "amount", "currency", "method",
                             "reference", "status"]
    assert [(v[0], v[3], v[5], v[7]) for v in values[1:]] == [
        ("2026-03-02", 400, "wechat", "confirmed"), ("2026-03-09", 100, "cash", "pending")]
    products = tmp_path / "products.csv"
    assert main(["export", "products", "--book", str(path), "--out", str(products)]) == 0
    with products.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][:5] == ["水泥", "", "吨", "450.5", "CNY"]
    assert main(["--lang", "en", "export", "orders", "--book", str(path),
                 "--out", str(tmp_path / "x.txt")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
