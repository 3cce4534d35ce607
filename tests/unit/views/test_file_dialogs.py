"""Save and open dialogs start in Documents or the last folder of their kind, never in
Kehu's data folder. The static QFileDialog call would block (a native dialog), so it is
replaced by one that records where it opened and answers as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from views.context import AppContext
from views.file_dialogs import documents, existing_folder, start_folder
from views.reports_page import ReportsPage


@pytest.fixture
def opened(monkeypatch):
    """Where each dialog opened; the answer is the next entry of answers."""
    seen: list[str] = []
    answers: list[str] = []

    def save(parent, title, start, filters, *a, **k):
        seen.append(start)
        return (answers.pop(0) if answers else "", "")

    def folder(parent, title, start, *a, **k):
        seen.append(start)
        return answers.pop(0) if answers else ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return seen, answers


def test_a_report_is_first_offered_in_documents_then_where_the_last_one_went(
        qtbot, book, tmp_path, opened):
    seen, answers = opened
    page = ReportsPage(AppContext(book))
    qtbot.addWidget(page)
    assert page.save_pdf() is None  # cancelled
    first = Path(seen[-1])
    assert first.parent == documents()
    assert first.suffix == ".pdf"
    assert book.path.parent not in (first.parent, *first.parents)  # not Kehu's data folder

    usb = tmp_path / "usb"
    usb.mkdir()
    answers.append(str(usb / "report.xlsx"))
    assert page.export_numbers() is not None
    assert (usb / "report.xlsx").is_file()
    assert page.save_pdf() is None
    assert Path(seen[-1]).parent == usb  # remembered for reports
    assert start_folder("import") == documents()  # other kinds keep their own folder


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(tmp_path, opened):
    seen, answers = opened
    gone = tmp_path / "gone"
    gone.mkdir()
    answers.append(str(gone))
    assert existing_folder(None, "reports", "PNG") == str(gone)
    assert start_folder("reports") == gone
    gone.rmdir()
    assert start_folder("reports") == documents()


def test_no_dialog_is_forced_to_be_qts_own():
    root = Path(__file__).resolve().parents[3]
    for folder in ("views", "desktop"):
        for path in (root / folder).rglob("*.py"):
            assert "DontUseNativeDialog" not in path.read_text(encoding="utf-8"), path
