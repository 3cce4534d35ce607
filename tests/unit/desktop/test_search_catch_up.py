"""The search text a big import or sync pass left for after it is written by the window's
housekeeping, off the GUI thread, in jobs of about a second: a job the user starts meanwhile
runs between two of them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop import housekeeping
from desktop.housekeeping import Housekeeping
from desktop.runner import Runner
from models import imports
from models.customers.queries import CustomerFilter, customer_ids
from views.context import AppContext


def test_the_search_index_catches_up_in_steps_and_lets_other_jobs_in(qtbot, book, monkeypatch):
    monkeypatch.setattr(imports, "INDEX_LATER", 10)
    imports.import_customers(book, file="客户.xlsx", mode="skip", backup_first=False, creates=[
        {"name": f"温州阀门厂{i}", "mobile": f"139{i:08d}"} for i in range(60)])
    assert book.scalar("SELECT count(*) FROM search_pending") == 60
    monkeypatch.setattr(housekeeping, "CATCH_UP_STEP", 0)  # one step of `batch` per job
    steps = []
    real = book.catch_up_search
    monkeypatch.setattr(book, "catch_up_search",
                        lambda **kw: steps.append(kw) or real(batch=25, **kw))
    window = QWidget()
    qtbot.addWidget(window)
    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    keeper = Housekeeping(ctx, window)
    monkeypatch.setattr(housekeeping, "CATCH_UP_RETRY_MS", 50)
    ran = []

    def users_job(title: str) -> None:  # asked for as the first step ends
        if not ran:
            ran.append(None)
            ctx.runner.run(lambda p, c: ran.append(
                book.scalar("SELECT count(*) FROM search_pending")), on_result=lambda _: None)

    ctx.runner.job_finished.connect(users_job)
    keeper.catch_up_search()
    qtbot.waitUntil(lambda: not book.search_waits(), timeout=20000)
    qtbot.waitUntil(lambda: ctx.runner.job is None, timeout=10000)
    assert len(steps) == 3  # 60 customers, 25 a step
    assert ran[1:] == [35]  # it ran between the first two steps
    assert len(customer_ids(book, CustomerFilter(text="wzfmc"))) == 60  # initials: the index's
    keeper.catch_up_search()  # nothing waits: no job
    assert ctx.runner.job is None and len(steps) == 3
    keeper.stop()
