"""The hourly housekeeping runs the public pool's rules on an owner's PC, and never on a
salesperson's: two synced PCs do not both return customers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desktop.housekeeping import Housekeeping
from models.customers import operations as ops
from models.team import pool, users
from views.context import AppContext


def owner_of(book, cid):
    return book.scalar("SELECT owner_id FROM customers WHERE id = ?", (cid,))


def test_hourly_rules_return_customers_on_the_owners_pc_only(qtbot, book, now):
    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    boss = book.user_id
    users.sign_in(book, user_id=li, password="l")
    cid = ops.add_customer(book, data={"name": "东方建材", "grade": "B"})
    users.sign_in(book, user_id=boss, password="boss")
    pool.set_rules(book, enabled=True, days={"B": {"contact": 30}})
    now["t"] += dt.timedelta(days=31)
    window = QWidget()
    qtbot.addWidget(window)
    keeper = Housekeeping(AppContext(book), window)
    said = []
    keeper.message.connect(lambda text, ms: said.append(text))

    users.sign_in(book, user_id=li, password="l")  # a salesperson's PC: nothing
    keeper.started = True
    keeper._hourly()
    assert owner_of(book, cid) == li and keeper.pool_checked is None

    users.sign_in(book, user_id=boss, password="boss")  # the owner's PC: back to the pool
    with qtbot.waitSignal(keeper.pool_ran) as ran:
        keeper.return_to_pool()
    assert ran.args[0]["returned"] == 1
    assert owner_of(book, cid) is None
    assert "1 customers went back to the public pool" in said
    keeper.stop()


def test_the_rules_run_off_the_gui_thread_through_the_runner(qtbot, book, now):
    from desktop.runner import Runner

    made = ops.add_customer(book, data={"name": "南方五金", "grade": "C"})
    pool.set_rules(book, enabled=True, days={"C": {"contact": 10}})
    now["t"] += dt.timedelta(days=11)
    window = QWidget()
    qtbot.addWidget(window)
    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    keeper = Housekeeping(ctx, window)
    with qtbot.waitSignal(keeper.pool_ran, timeout=10000) as ran:
        keeper.return_to_pool()
    assert ran.args[0]["returned"] == 1 and owner_of(book, made) is None
    keeper.return_to_pool()  # not again within 5 minutes
    assert not ctx.runner.busy
    keeper.stop()
    ctx.runner.wait(5000)
