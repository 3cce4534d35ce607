"""Orders, their lines and plans, products and payments travel between the PCs of a team like
every other record (models.sync.tables), and both books end the same."""

from __future__ import annotations

import pytest

from models import orders
from models.customers import operations as ops
from tests.sync_helpers import state, sync, team

NEW_TABLES = ("products", "orders", "order_lines", "payment_plans", "payments")


@pytest.fixture
def shop(tmp_path):
    with team(tmp_path) as books:
        yield books


def test_everything_written_about_orders_syncs(shop):
    a, b, _ = shop
    cid = ops.add_customer(a, data={"name": "东方建材"})
    cement = orders.add_product(a, data={"name": "水泥", "unit": "吨", "price": "420"})
    orders.update_product(a, product_id=cement, data={"price": "430"})
    gone = orders.add_product(a, data={"name": "停产的"})
    orders.delete_product(a, product_id=gone)
    oid = orders.add_order(a, data={"customer_id": cid}, lines=[
        {"product_id": cement, "quantity": "2.5"}, {"description": "运费", "quantity": 1,
                                                   "price": "80"}],
        plan_terms={"template": "split"})
    orders.update_order(a, order_id=oid, lines=[{"product_id": cement, "quantity": "3"}])
    orders.confirm_order(a, order_id=oid)
    pid = orders.record_payment(a, customer_id=cid, amount="300", received_on=a.scalar(
        "SELECT order_date FROM orders WHERE id = ?", (oid,)), method="transfer", order_id=oid)
    orders.confirm_payment(a, payment_id=pid)
    new = orders.void_order(a, order_id=oid, reason="改价", replace=True)
    orders.set_payment_plan(a, order_id=new, plan_terms={"template": "instalments", "n": 3})
    orders.confirm_order(a, order_id=new)
    sync(a)
    sync(b)
    assert state(a) == state(b)
    for table in NEW_TABLES:
        assert b.scalar(f"SELECT count(*) FROM {table}") > 0, table
    assert orders.balance(b, cid) == orders.balance(a, cid)
    assert orders.aging(b)["totals"] == orders.aging(a)["totals"]


def test_payments_recorded_on_a_laptop_are_confirmed_at_the_office(shop):
    a, b, _ = shop
    cid = ops.add_customer(a, data={"name": "东方建材"})
    oid = orders.add_order(a, data={"customer_id": cid}, lines=[
        {"description": "水泥", "quantity": 1, "price": "1000"}])
    orders.confirm_order(a, order_id=oid)
    sync(a)
    sync(b)
    pid = orders.record_payment(b, customer_id=cid, amount="400", received_on=b.scalar(
        "SELECT order_date FROM orders WHERE id = ?", (oid,)), method="wechat")
    sync(b)
    sync(a)
    assert orders.balance(a, cid)["pending"] == {"CNY": 40000}
    orders.confirm_payment(a, payment_id=pid)
    sync(a)
    sync(b)
    assert orders.balance(b, cid)["received"] == {"CNY": 40000}
    assert orders.balance(b, cid)["outstanding"] == {"CNY": 60000}
    assert state(a) == state(b)
