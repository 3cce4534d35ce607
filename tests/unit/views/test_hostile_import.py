"""The import wizard survives a reader that dies: the file is read in a child process."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from importers import limits
from models.customers import queries
from tests.unit.importers.test_limits import crafted_xlsx, inline
from tests.unit.views.test_import_wizard import (  # noqa: F401 - fixtures
    click,
    ctx,
    idle,
    next_button,
    open_wizard,
    write_workbook,
)


def test_the_wizard_survives_a_reader_that_dies(qtbot, ctx, tmp_path, monkeypatch):  # noqa: F811
    heavy = tmp_path / "重.xlsx"  # 8 million cells: the reader allocates past the limit, aborts
    crafted_xlsx(heavy, [(1, [inline("A1", "名称")]), (1_000_000, [inline("H1000000", "x")])],
                 "A1:H1000000")
    monkeypatch.setattr(limits, "READER_MEMORY", 120 << 20)
    wizard = open_wizard(qtbot, ctx, heavy)
    idle(qtbot, wizard)
    page = wizard.file_page
    assert page.error.isVisible()
    assert "重.xlsx could not be read" in page.error.text()
    assert not next_button(wizard).isEnabled()
    monkeypatch.setattr(limits, "READER_MEMORY", 2 << 30)
    good = write_workbook(tmp_path / "good.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    click(qtbot, page.choose_button)
    idle(qtbot, wizard)
    assert not page.error.isVisible()
    assert next_button(wizard).isEnabled()
    assert wizard.source.path == good and wizard.rows
    assert queries.count_customers(ctx.book) == 1  # nothing was written
