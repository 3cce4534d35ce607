"""Settings > Pipeline: stages and lost reasons, driven as an owner would, checked in the book."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from models import deals
from models.core import changelog
from models.customers import operations
from models.team import users
from tests.qt_helpers import type_text
from tests.unit.views.test_settings_dialog import click_ok, on_modal, select_row
from views.context import AppContext
from views.settings_dialog import SettingsDialog

PIPELINE = 3


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def dialog(ctx, qtbot):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentIndex(PIPELINE)
    return d


@pytest.fixture
def tab(dialog):
    return dialog.pipeline


def click(qtbot, widget):
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def run_modal(qtbot, button, act):
    failures = on_modal(act)
    click(qtbot, button)
    if failures.failures:
        raise failures.failures[0]
    assert failures.ran, "no dialog opened"


def test_the_tab_lists_the_default_stages_and_reasons(dialog, tab):
    assert dialog.tabs.tabText(PIPELINE) == "Pipeline"
    assert tab.stage_names() == ["Initial contact", "Requirements confirmed", "Proposal/quote",
                                 "Negotiation", "Contract signing"]
    tree = tab.stages_list
    assert [tree.topLevelItem(i).text(1) for i in range(5)] == ["10 %", "25 %", "50 %", "70 %",
                                                                 "90 %"]
    assert tree.topLevelItem(2).text(3) == "Amount"
    assert tree.topLevelItem(3).text(3) == "Expected close"
    assert tab.reason_texts() == ["Price", "Competitor", "No budget", "Went silent",
                                  "Private deal suspected", "Other"]


def test_add_and_edit_a_stage(qtbot, ctx, tab):
    def add(modal):
        type_text(qtbot, modal.name_edit, "样品已寄")
        modal.probability_spin.setValue(35)
        modal.stall_spin.setValue(5)
        click(qtbot, modal.require_checks["next_step"])
        type_text(qtbot, modal.item_edit, "样品签收")
        qtbot.keyClick(modal.item_edit, Qt.Key.Key_Return)
        type_text(qtbot, modal.item_edit, "客户试用")
        click(qtbot, modal.add_item_button)
        assert modal.checklist.count() == 2
        click_ok(qtbot, modal)

    run_modal(qtbot, tab.add_stage_button, add)
    added = deals.stages(ctx.book)[-1]
    assert (added["name"], added["probability"], added["stall_days"]) == ("样品已寄", 35, 5)
    assert added["requires"] == ["next_step"] and added["checklist"] == ["样品签收", "客户试用"]
    assert tab.stage_names()[-1] == "样品已寄"
    assert tab.selected_stage()["id"] == added["id"]

    def edit(modal):
        assert modal.name_edit.text() == "样品已寄"
        assert modal.require_checks["next_step"].isChecked()
        modal.name_edit.clear()
        type_text(qtbot, modal.name_edit, "样品寄出")
        click(qtbot, modal.require_checks["next_step"])
        click(qtbot, modal.require_checks["amount"])
        click(qtbot, modal.require_checks["products"])
        modal.checklist.setCurrentRow(0)
        click(qtbot, modal.remove_item_button)
        click_ok(qtbot, modal)

    run_modal(qtbot, tab.edit_stage_button, edit)
    edited = deals.stages(ctx.book)[-1]
    assert edited["name"] == "样品寄出"
    assert edited["requires"] == ["amount", "products"]
    assert edited["checklist"] == ["客户试用"]
    assert tab.stages_list.topLevelItem(5).text(3) == "Amount  ·  Products  ·  1 checklist items"


def test_rename_a_default_stage_and_a_duplicate_name_is_refused(qtbot, ctx, tab, warnings):
    select_row(qtbot, tab.stages_list, "Requirements confirmed")

    def rename(modal):
        modal.name_edit.clear()
        qtbot.keyClicks(modal.name_edit, "Negotiation")
        click_ok(qtbot, modal)
        assert modal.isVisible()  # refused: the dialog stays with what was typed
        assert modal.name_edit.text() == "Negotiation"
        modal.name_edit.clear()
        qtbot.keyClicks(modal.name_edit, "Site visit")
        click_ok(qtbot, modal)

    run_modal(qtbot, tab.edit_stage_button, rename)
    assert warnings == ["There is already a stage called Negotiation."]
    assert tab.stage_names()[1] == "Site visit"
    assert deals.stages(ctx.book)[1]["name"] == "Site visit"


def test_reorder_stages(qtbot, ctx, tab):
    select_row(qtbot, tab.stages_list, "Negotiation")
    assert tab.up_button.isEnabled() and tab.down_button.isEnabled()
    click(qtbot, tab.up_button)
    click(qtbot, tab.up_button)
    assert tab.stage_names() == ["Initial contact", "Negotiation", "Requirements confirmed",
                                 "Proposal/quote", "Contract signing"]
    assert [deals.stage_label(s) for s in deals.stages(ctx.book)] == tab.stage_names()
    assert tab.selected_stage()["key"] == "negotiation"  # stays chosen while it moves
    select_row(qtbot, tab.stages_list, "Initial contact")
    assert not tab.up_button.isEnabled()
    click(qtbot, tab.down_button)
    assert tab.stage_names()[:2] == ["Negotiation", "Initial contact"]
    changelog.undo(ctx.book)
    tab.reload()
    assert tab.stage_names()[:2] == ["Initial contact", "Negotiation"]


def test_delete_a_stage_moves_its_deals(qtbot, ctx, book, tab):
    cid = operations.add_customer(book, data={"name": "顺发五金"})
    needs = deals.stages(book)[1]
    first = deals.stages(book)[0]
    for title in ("A", "B"):
        deals.add_deal(book, data={"title": title, "customer_id": cid, "stage_id": needs["id"]})
    deals.add_deal(book, data={"title": "C", "customer_id": cid})
    select_row(qtbot, tab.stages_list, "Requirements confirmed")

    def delete(modal):
        label = modal.findChild(QLabel, "delete_message")
        assert label.text() == "“Requirements confirmed” has 2 deals. Move them to:"
        assert modal.target.currentText() == "Initial contact"  # the stage before it
        modal.target.setCurrentIndex(modal.target.findText("Negotiation"))
        click_ok(qtbot, modal)

    run_modal(qtbot, tab.delete_stage_button, delete)
    assert "Requirements confirmed" not in tab.stage_names()
    negotiation = next(s for s in deals.stages(book) if s["key"] == "negotiation")
    moved = {d["title"]: d["stage_id"] for d in deals.list_deals(book, status=None)}
    assert moved == {"A": negotiation["id"], "B": negotiation["id"], "C": first["id"]}


def test_lost_reasons_add_rename_reorder_remove(qtbot, ctx, book, tab):
    def answer(text):
        def act(modal):
            modal.setTextValue(text)
            modal.accept()
        return act

    run_modal(qtbot, tab.add_reason_button, answer("疑似压价"))
    assert deals.lost_reasons(book)[-1] == "疑似压价"
    assert tab.reason_texts()[-1] == "疑似压价"

    tab.reasons_list.setCurrentRow(0)  # "Price" (a default key) becomes the owner's text
    run_modal(qtbot, tab.rename_reason_button, answer("价格太高"))
    assert deals.lost_reasons(book)[0] == "价格太高"

    tab.reasons_list.setCurrentRow(6)
    click(qtbot, tab.reason_up_button)
    assert deals.lost_reasons(book)[5:] == ["疑似压价", "other"]
    assert tab.reasons_list.currentRow() == 5
    click(qtbot, tab.remove_reason_button)
    assert deals.lost_reasons(book) == ["价格太高", "competitor", "no_budget", "went_silent",
                                        "private_deal", "other"]
    assert tab.reason_texts()[1:3] == ["Competitor", "No budget"]


def test_only_an_owner_changes_the_pipeline(qtbot, book):
    seller = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=seller)
    dialog = SettingsDialog(AppContext(book))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(PIPELINE)
    tab = dialog.pipeline
    assert tab.note.isVisible()
    select_row(qtbot, tab.stages_list, "Negotiation")
    tab.reasons_list.setCurrentRow(1)
    for button in (tab.add_stage_button, tab.edit_stage_button, tab.up_button,
                   tab.down_button, tab.delete_stage_button, tab.add_reason_button,
                   tab.rename_reason_button, tab.remove_reason_button):
        assert not button.isEnabled(), button.text()
