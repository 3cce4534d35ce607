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
                        lambda **kw: steps.append(kw) or real(**{**kw, "batch": 25}))
    window = QWidget()
    qtbot.addWidget(window)
    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    keeper = Housekeeping(ctx, window)
    monkeypatch.setattr(housekeeping, "CATCH_UP_RETRY_MS", 50)
    ran = []
    keeper.catch_up_search()
    assert ctx.runner.job.title == "Updating the search index…"
    # the user's own job, asked for while the first step runs: not refused, it runs when
    # that step ends, before the next one
    assert ctx.runner.run(lambda p, c: ran.append(
        book.scalar("SELECT count(*) FROM search_pending")), on_result=lambda _: None,
        title="export") is not None
    qtbot.waitUntil(lambda: not book.search_waits(), timeout=20000)
    qtbot.waitUntil(lambda: ctx.runner.job is None, timeout=10000)
    assert len(steps) == 3  # 60 customers, 25 a step
    assert ran == [35]  # it ran between the first two steps
    assert len(customer_ids(book, CustomerFilter(text="wzfmc"))) == 60  # initials: the index's
    keeper.catch_up_search()  # nothing waits: no job
    assert ctx.runner.job is None and len(steps) == 3
    keeper.stop()


def test_after_a_big_import_through_the_window_the_index_catches_up(qtbot, book, tmp_path,
                                                                   monkeypatch):
    """The window's import: the wizard's import commits without the search text of its many
    customers, and the window then writes it in the background."""
    import openpyxl
    from PySide6.QtWidgets import QWizard

    from desktop.main_window import MainWindow

    monkeypatch.setattr(imports, "INDEX_LATER", 3)
    path = tmp_path / "客户.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["客户名称", "手机"])
    for i in range(8):
        wb.active.append([f"温州阀门厂{i}", f"139{i:08d}"])
    wb.save(path)
    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.import_file(str(path))
        wizard = window.import_wizard
        qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == wizard.MAPPING,
                        timeout=10000)
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)
        assert wizard.decision_page.count_text("created") == "8"
        wizard.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10000)
        qtbot.waitUntil(lambda: not book.search_waits(), timeout=20000)
        assert book.scalar("SELECT count(*) FROM customers_fts") == 8
        assert len(customer_ids(book, CustomerFilter(text="wzfmc"))) == 8
    finally:
        ctx.runner.wait(5000)
        window.quit()
