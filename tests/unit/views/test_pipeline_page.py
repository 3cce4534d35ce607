"""The pipeline page: dragging cards with the mouse, the keyboard, the requirements form, Lost,
stalls, filters, the list, and pictures of the board in both languages."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QListWidget

from models import deals, reminders
from models.core import changelog, clock
from models.core.book import Book
from models.core.money import Money, Totals
from models.customers import operations
from models.team import users
from tests.qt_helpers import demo_book, screenshots_dir, speaking
from views.common import format_totals
from views.context import AppContext
from views.pipeline_board import STALL_ORANGE, STALL_RED, CardModel
from views.pipeline_list import DealTableModel
from views.pipeline_page import PipelinePage

SHOTS = screenshots_dir()
TZ = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


# -- a book with a pipeline --------------------------------------------------------------------
@pytest.fixture
def pipeline(book):
    """Five default stages; deals in the first two; two owners. The clock stands still."""
    clock.set_clock(lambda: START)
    other = users.add_user(book, name="李娜", role="sales", password="x", owner_password="boss")
    customers = {name: operations.add_customer(book, data={"name": name}) for name in (
        "杭州鑫达建材", "宁波海达五金", "温州大华电器", "<b>苏州</b>精工")}
    stages = {s["key"]: s["id"] for s in deals.stages(book)}
    ids = {}

    def add(title, customer, stage, amount=None, owner=None, **extra):
        data = {"title": title, "customer_id": customers[customer], "stage_id": stages[stage],
                "amount": amount, **extra}
        if owner:
            data["owner_id"] = owner
        ids[title] = deals.add_deal(book, data=data)

    add("瓷砖 200 箱", "杭州鑫达建材", "initial", 12300, next_step="发报价单")
    add("水管配件", "宁波海达五金", "initial", None)  # no amount: the quote stage needs one
    add("吊灯一批", "温州大华电器", "initial", 8000, owner=other)
    add("门锁年度供货", "宁波海达五金", "needs", 56000, expected_close="2026-04-15")
    add("精工螺丝", "<b>苏州</b>精工", "needs", 3000, owner=other)
    return {"book": book, "stages": stages, "deals": ids, "customers": customers,
            "other": other}


@pytest.fixture
def page(qtbot, ctx, pipeline):
    p = PipelinePage(ctx)
    qtbot.addWidget(p)
    p.resize(1500, 820)
    p.show()
    qtbot.waitExposed(p)
    return p


def column(page, key, pipeline):
    return page.board.column_of(pipeline["stages"][key])


def titles(page, key, pipeline) -> list[str]:
    return [c["title"] for c in column(page, key, pipeline).model.cards]


def card_center(page, key, pipeline, row) -> QPoint:
    col = column(page, key, pipeline)
    return col.list.visualRect(col.model.index(row)).center()


def gap_point(page, key, pipeline, row) -> QPoint:
    """A point (in the target viewport) in the lower half of card `row` - 1, i.e. the gap
    before card `row`; row 0 is the upper half of the first card."""
    col = column(page, key, pipeline)
    if row == 0:
        rect = col.list.visualRect(col.model.index(0))
        return QPoint(rect.center().x(), rect.top() + 4)
    rect = col.list.visualRect(col.model.index(row - 1))
    return QPoint(rect.center().x(), rect.bottom() - 4)


def drag(qtbot, source, start: QPoint, target, end: QPoint, *, check=None) -> None:
    """Press on the source, move past the drag distance, move over the target, release there
    (QTest sends each event to the widget named, as pytest-qt users do)."""
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(source, start + QPoint(0, QApplication.startDragDistance() + 6))
    qtbot.mouseMove(target, end - QPoint(0, 1))
    qtbot.mouseMove(target, end)
    if check is not None:
        check()
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)


def when_dialog(qtbot, handle, kind=QDialog) -> list:
    """Call handle(dialog) once a modal dialog of `kind` is up (dialogs run their own loop)."""
    seen: list = []

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and not seen:
            seen.append(widget)
            handle(widget)
        elif not seen:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def double_click(qtbot, widget, pos: QPoint) -> None:
    """What a person's double click delivers: press, release, then the double click (QTest's
    mouseDClick alone leaves item views without the press they check it against)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def history(book: Book, deal_id: str) -> list[tuple]:
    return [(r["from_stage"], r["to_stage"], r["from_status"], r["to_status"]) for r in book.all(
        "SELECT * FROM deal_history WHERE deal_id = ? ORDER BY at, rowid", (deal_id,))]


# -- dragging ----------------------------------------------------------------------------------
def test_drag_a_card_to_the_next_column_between_two_cards_then_undo(qtbot, page, pipeline):
    book, stages = pipeline["book"], pipeline["stages"]
    deal_id = pipeline["deals"]["瓷砖 200 箱"]
    source = column(page, "initial", pipeline).list.viewport()
    target = column(page, "needs", pipeline).list.viewport()
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "精工螺丝"]
    assert page.header_texts(stages["needs"])[0].endswith("(2)")

    def while_dragging():
        board = page.board
        assert board.dragging()
        assert board.floater.isVisible() and not board.floater.pixmap().isNull()
        assert board.indicator.isVisible()
        # the line sits in the gap between the two cards of the target column
        gap = target.mapTo(board, QPoint(0, column(page, "needs", pipeline).gap_y(1)))
        assert abs(board.indicator.geometry().center().y() - gap.y()) <= 3

    drag(qtbot, source, card_center(page, "initial", pipeline, 0), target,
         gap_point(page, "needs", pipeline, 1), check=while_dragging)

    assert not page.board.dragging() and not page.board.floater.isVisible()
    row = book.one("SELECT stage_id, status FROM deals WHERE id = ?", (deal_id,))
    assert row["stage_id"] == stages["needs"] and row["status"] == "open"
    assert history(book, deal_id)[-1] == (stages["initial"], stages["needs"], "open", "open")
    op = changelog.undo_stack(book, 1)[0]
    assert op["name"] == "move_deal"
    audit = book.all("SELECT field, old, new FROM audit WHERE op_id = ? AND record_id = ?",
                     (op["id"], deal_id))
    changes = {a["field"]: (json.loads(a["old"]), json.loads(a["new"])) for a in audit}
    assert changes["stage_id"] == (stages["initial"], stages["needs"])
    # the page: in the middle of the second column, selected; the headers count again
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "瓷砖 200 箱", "精工螺丝"]
    assert titles(page, "initial", pipeline) == ["水管配件", "吊灯一批"]
    assert page.board.selected_id() == deal_id
    first, second = page.header_texts(stages["needs"])
    assert first.endswith("(3)")
    assert second.startswith(format_totals(Totals({"CNY": (56000 + 12300 + 3000) * 100})))
    assert second.startswith("¥71.3K")  # the English source; Chinese shows ¥7.1万

    changelog.undo(book)  # what Ctrl+Z in the main window does
    assert book.one("SELECT stage_id FROM deals WHERE id = ?",
                    (deal_id,))["stage_id"] == stages["initial"]
    assert titles(page, "initial", pipeline) == ["瓷砖 200 箱", "水管配件", "吊灯一批"]
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "精工螺丝"]


def test_drag_with_the_release_at_the_source_viewport(qtbot, page, pipeline):
    """A real mouse is grabbed by the viewport it pressed on: the release arrives there, and
    the board works from the global position."""
    deal_id = pipeline["deals"]["吊灯一批"]
    source = column(page, "initial", pipeline).list.viewport()
    target = column(page, "needs", pipeline).list.viewport()
    start = card_center(page, "initial", pipeline, 2)
    end_global = target.mapToGlobal(gap_point(page, "needs", pipeline, 0))
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(source, start + QPoint(12, 12))
    qtbot.mouseMove(source, source.mapFromGlobal(end_global))
    qtbot.mouseRelease(source, Qt.MouseButton.LeftButton, pos=source.mapFromGlobal(end_global))
    assert titles(page, "needs", pipeline)[0] == "吊灯一批"
    assert deals.deal(pipeline["book"], deal_id)["stage_id"] == pipeline["stages"]["needs"]


def test_reorder_inside_a_column_by_dragging(qtbot, page, pipeline):
    book = pipeline["book"]
    view = column(page, "initial", pipeline).list.viewport()
    n_history = book.scalar("SELECT count(*) FROM deal_history")
    drag(qtbot, view, card_center(page, "initial", pipeline, 0), view,
         gap_point(page, "initial", pipeline, 3) + QPoint(0, 30))  # below the last card
    assert titles(page, "initial", pipeline) == ["水管配件", "吊灯一批", "瓷砖 200 箱"]
    assert book.scalar("SELECT count(*) FROM deal_history") == n_history  # no stage change
    # down into the gap between the second and the third card
    drag(qtbot, view, card_center(page, "initial", pipeline, 0), view,
         gap_point(page, "initial", pipeline, 2))
    assert titles(page, "initial", pipeline) == ["吊灯一批", "水管配件", "瓷砖 200 箱"]
    # up into the gap between the first and the second card
    drag(qtbot, view, card_center(page, "initial", pipeline, 2), view,
         gap_point(page, "initial", pipeline, 1))
    assert titles(page, "initial", pipeline) == ["吊灯一批", "瓷砖 200 箱", "水管配件"]


def test_a_short_wiggle_is_a_click_not_a_drag(qtbot, page, pipeline):
    view = column(page, "initial", pipeline).list.viewport()
    start = card_center(page, "initial", pipeline, 1)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(1, 1))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(1, 1))
    assert not page.board.dragging()
    assert page.board.selected_id() == pipeline["deals"]["水管配件"]
    assert titles(page, "initial", pipeline)[1] == "水管配件"


def test_escape_cancels_a_drag(qtbot, page, pipeline):
    source = column(page, "initial", pipeline).list.viewport()
    target = column(page, "needs", pipeline).list.viewport()
    start = card_center(page, "initial", pipeline, 0)
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(source, start + QPoint(0, 20))
    qtbot.mouseMove(target, gap_point(page, "needs", pipeline, 1))
    assert page.board.dragging()
    qtbot.keyClick(source, Qt.Key.Key_Escape)
    assert not page.board.dragging() and not page.board.indicator.isVisible()
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=gap_point(page, "needs", pipeline, 1))
    assert titles(page, "initial", pipeline)[0] == "瓷砖 200 箱"


def test_drag_into_a_stage_that_needs_an_amount_asks_for_it(qtbot, page, pipeline):
    from views.deal_dialog import RequirementsDialog

    book, stages = pipeline["book"], pipeline["stages"]
    deal_id = pipeline["deals"]["水管配件"]
    source = column(page, "initial", pipeline).list.viewport()
    target = column(page, "proposal", pipeline).list.viewport()

    # Cancel first: the deal stays where it was, nothing is written
    ops = book.scalar("SELECT count(*) FROM operations")
    when_dialog(qtbot, lambda d: d.reject(), RequirementsDialog)
    drag(qtbot, source, card_center(page, "initial", pipeline, 1), target, QPoint(60, 30))
    assert deals.deal(book, deal_id)["stage_id"] == stages["initial"]
    assert book.scalar("SELECT count(*) FROM operations") == ops
    assert "水管配件" in titles(page, "initial", pipeline)

    def fill(dialog):
        amount = dialog.findChild(QLineEdit, "amount")
        assert amount is not None and dialog.ok_button.isEnabled() is False
        amount.setText("45,000")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    shown = when_dialog(qtbot, fill, RequirementsDialog)
    drag(qtbot, source, card_center(page, "initial", pipeline, 1), target, QPoint(60, 30))
    assert shown, "the requirements form did not open"
    row = deals.deal(book, deal_id)
    assert row["stage_id"] == stages["proposal"] and row["amount"] == Money(4500000)
    assert titles(page, "proposal", pipeline) == ["水管配件"]
    assert page.header_texts(stages["proposal"])[1].startswith("¥45K")


def test_drop_on_lost_asks_the_reason(qtbot, page, pipeline):
    from views.deal_dialog import LostReasonDialog

    book = pipeline["book"]
    deal_id = pipeline["deals"]["门锁年度供货"]
    source = column(page, "needs", pipeline).list.viewport()
    lost = page.board.lost_zone

    when_dialog(qtbot, lambda d: d.reject(), LostReasonDialog)  # cancel: nothing changes
    drag(qtbot, source, card_center(page, "needs", pipeline, 0), lost, lost.rect().center(),
         check=lambda: (lost.active or pytest.fail("Lost is not highlighted")))
    assert deals.deal(book, deal_id)["status"] == "open"
    assert titles(page, "needs", pipeline)[0] == "门锁年度供货"

    def choose(dialog):
        reasons = dialog.findChild(QListWidget, "lost_reasons")
        for i in range(reasons.count()):
            if reasons.item(i).data(Qt.ItemDataRole.UserRole) == "competitor":
                reasons.setCurrentRow(i)
        dialog.findChild(QLineEdit, "lost_note").setText("隔壁便宜五个点")
        dialog.accept()

    when_dialog(qtbot, choose, LostReasonDialog)
    drag(qtbot, source, card_center(page, "needs", pipeline, 0), lost, lost.rect().center())
    row = deals.deal(book, deal_id)
    assert (row["status"], row["lost_reason"], row["lost_note"]) == ("lost", "competitor",
                                                                     "隔壁便宜五个点")
    assert history(book, deal_id)[-1][2:] == ("open", "lost")
    assert "门锁年度供货" not in titles(page, "needs", pipeline)


def test_drop_on_won(qtbot, page, pipeline):
    deal_id = pipeline["deals"]["精工螺丝"]
    source = column(page, "needs", pipeline).list.viewport()
    won = page.board.won_zone
    drag(qtbot, source, card_center(page, "needs", pipeline, 1), won, won.rect().center())
    assert deals.deal(pipeline["book"], deal_id)["status"] == "won"
    assert titles(page, "needs", pipeline) == ["门锁年度供货"]


def test_a_drop_outside_the_columns_changes_nothing(qtbot, page, pipeline):
    book = pipeline["book"]
    ops = book.scalar("SELECT count(*) FROM operations")
    source = column(page, "initial", pipeline).list.viewport()
    drag(qtbot, source, card_center(page, "initial", pipeline, 0), page.forecast,
         page.forecast.rect().center())
    assert not page.board.dragging()
    assert book.scalar("SELECT count(*) FROM operations") == ops
    assert titles(page, "initial", pipeline)[0] == "瓷砖 200 箱"


def test_a_drop_on_a_column_header_puts_the_card_on_top(qtbot, page, pipeline):
    header = column(page, "needs", pipeline).header
    source = column(page, "initial", pipeline).list.viewport()
    drag(qtbot, source, card_center(page, "initial", pipeline, 2), header, header.rect().center())
    assert titles(page, "needs", pipeline)[0] == "吊灯一批"


def test_stages_changed_in_settings_show_at_once(qtbot, page, pipeline):
    book = pipeline["book"]
    new = deals.add_stage(book, name="样品确认", probability=40)
    assert [c.stage_id for c in page.board.columns][-1] == new
    assert page.header_texts(new)[0] == "样品确认 (0)"
    deals.update_stage(book, stage_id=pipeline["stages"]["needs"], name="需求<i>确认</i>")
    assert page.header_texts(pipeline["stages"]["needs"])[0] == "需求<i>确认</i> (2)"
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "精工螺丝"]


def test_new_deal_button_opens_the_form_and_selects_the_deal(qtbot, page, pipeline,
                                                               monkeypatch):
    import views.deal_dialog

    def edit_deal(ctx, parent, deal_id=None, customer_id=None):
        assert deal_id is None and parent is page
        return deals.add_deal(ctx.book, data={
            "title": "新单", "customer_id": pipeline["customers"]["杭州鑫达建材"]})

    monkeypatch.setattr(views.deal_dialog, "edit_deal", edit_deal)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert titles(page, "initial", pipeline)[-1] == "新单"
    assert deals.deal(pipeline["book"], page.board.selected_id())["title"] == "新单"


# -- the keyboard ------------------------------------------------------------------------------
def test_keyboard_moves_the_selection_and_the_card(qtbot, page, pipeline):
    book, stages = pipeline["book"], pipeline["stages"]
    first = column(page, "initial", pipeline).list
    page.board.select_deal(pipeline["deals"]["水管配件"])
    assert first.hasFocus() or QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.board.selected_id() == pipeline["deals"]["吊灯一批"]
    qtbot.keyClick(first, Qt.Key.Key_Right)  # to the next column, about the same row
    needs = column(page, "needs", pipeline).list
    assert page.board.selected_id() == pipeline["deals"]["精工螺丝"]
    qtbot.keyClick(needs, Qt.Key.Key_Left)
    assert page.board.selected_id() == pipeline["deals"]["水管配件"]  # row 2 of 2 -> row 2
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.board.selected_id() == pipeline["deals"]["吊灯一批"]

    deal_id = pipeline["deals"]["吊灯一批"]
    qtbot.keyClick(first, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert deals.deal(book, deal_id)["stage_id"] == stages["needs"]
    assert titles(page, "needs", pipeline)[0] == "吊灯一批"  # on top of the next stage
    assert page.board.selected_id() == deal_id  # the selection follows the card
    qtbot.keyClick(needs, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "吊灯一批", "精工螺丝"]
    qtbot.keyClick(needs, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert deals.deal(book, deal_id)["stage_id"] == stages["initial"]


def test_enter_and_double_click_open_the_deal(qtbot, page, pipeline, monkeypatch):
    import views.deal_dialog

    opened = []
    monkeypatch.setattr(views.deal_dialog, "edit_deal",
                        lambda ctx, parent, deal_id=None, customer_id=None: opened.append(deal_id))
    view = column(page, "initial", pipeline).list
    page.board.select_deal(pipeline["deals"]["吊灯一批"])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    pos = card_center(page, "initial", pipeline, 0)
    double_click(qtbot, view.viewport(), pos)
    assert opened == [pipeline["deals"]["吊灯一批"], pipeline["deals"]["瓷砖 200 箱"]]


def test_context_menu_moves_wins_and_deletes(qtbot, page, pipeline):
    book, stages = pipeline["book"], pipeline["stages"]
    deal_id = pipeline["deals"]["瓷砖 200 箱"]
    menu = page.card_menu(deal_id)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["open", "won", "lost", "snooze", "why_stalled", "delete"]
    move = menu.findChild(type(menu), "move_to")
    assert not move.findChild(type(menu.actions()[0]), "move_" + stages["initial"]).isEnabled()
    move.findChild(type(menu.actions()[0]), "move_" + stages["contract"]).trigger()
    assert deals.deal(book, deal_id)["stage_id"] == stages["contract"]
    assert titles(page, "contract", pipeline) == ["瓷砖 200 箱"]
    next(a for a in page.card_menu(deal_id).actions() if a.objectName() == "won").trigger()
    assert deals.deal(book, deal_id)["status"] == "won"
    assert titles(page, "contract", pipeline) == []


# -- stalls ------------------------------------------------------------------------------------
def stall_pixels(page, key, pipeline, row) -> int:
    col = column(page, key, pipeline)
    image = col.list.viewport().grab(col.list.visualRect(col.model.index(row))).toImage()
    marks = (STALL_ORANGE, STALL_RED)
    count = 0
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if any(abs(c.red() - m.red()) + abs(c.green() - m.green()) + abs(c.blue() - m.blue())
                   < 40 for m in marks):
                count += 1
    return count


def test_a_deal_stalls_when_the_clock_moves_and_can_be_snoozed(qtbot, page, pipeline):
    book = pipeline["book"]
    assert page.stalled_button.text().endswith("(0)")
    assert stall_pixels(page, "initial", pipeline, 0) == 0
    clock.set_clock(lambda: START + dt.timedelta(days=9))  # past the stages' 7 days
    operations.log_interaction(book, customer_id=pipeline["customers"]["宁波海达五金"],
                               kind="call", text="问了价格")  # this customer's deals are fresh
    card = column(page, "initial", pipeline).model.cards[0]
    assert card["title"] == "瓷砖 200 箱" and card["stalled"] and card["stalled_days"] == 2
    assert not column(page, "initial", pipeline).model.cards[1]["stalled"]
    assert page.stalled_button.text().endswith("(3)")
    assert stall_pixels(page, "initial", pipeline, 0) > 50  # the stripe and "Stalled 2 d"
    assert stall_pixels(page, "initial", pipeline, 1) == 0

    page.only_stalled.setChecked(True)
    assert titles(page, "initial", pipeline) == ["瓷砖 200 箱", "吊灯一批"]
    page.only_stalled.setChecked(False)

    page.stalled_button.click()
    assert page.stalled_panel.isVisible()
    listed = [page.stalled_list.topLevelItem(i).text(1)
              for i in range(page.stalled_list.topLevelItemCount())]
    assert sorted(listed) == sorted(["瓷砖 200 箱", "吊灯一批", "精工螺丝"])
    page.board.select_deal(pipeline["deals"]["门锁年度供货"])
    page.refresh()  # filling the stalled list does not move the board's selection
    assert page.board.selected_id() == pipeline["deals"]["门锁年度供货"]
    for i in range(page.stalled_list.topLevelItemCount()):
        if page.stalled_list.topLevelItem(i).text(1) == "瓷砖 200 箱":
            item = page.stalled_list.topLevelItem(i)
            rect = page.stalled_list.visualItemRect(item)
            qtbot.mouseClick(page.stalled_list.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
    assert page.board.selected_id() == pipeline["deals"]["瓷砖 200 箱"]  # its card, shown

    def why(dialog):
        dialog.setTextValue("老板出差")
        dialog.accept()

    when_dialog(qtbot, why, QInputDialog)
    qtbot.mouseClick(page.reason_button, Qt.MouseButton.LeftButton)
    deal_id = pipeline["deals"]["瓷砖 200 箱"]
    assert deals.deal(book, deal_id)["stall_reason"] == "老板出差"

    def five_days(dialog):
        dialog.setIntValue(5)
        dialog.accept()

    when_dialog(qtbot, five_days, QInputDialog)
    qtbot.mouseClick(page.snooze_button, Qt.MouseButton.LeftButton)
    assert not deals.deal(book, deal_id)["stalled"]
    assert page.stalled_button.text().endswith("(2)")
    assert stall_pixels(page, "initial", pipeline, 0) == 0


def test_a_stall_opens_one_reminder_that_the_card_shows(qtbot, page, pipeline):
    book = pipeline["book"]
    deal_id = pipeline["deals"]["瓷砖 200 箱"]
    customer_id = pipeline["customers"]["杭州鑫达建材"]
    tip = column(page, "initial", pipeline).model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Next reminder" not in tip
    later = START + dt.timedelta(days=9)
    clock.set_clock(lambda: later)
    assert reminders.run_rules(book)["stall"] == 5  # every deal of the still board
    assert reminders.run_rules(book)["stall"] == 0  # once per stall
    (stall,) = reminders.reminders_of_deal(book, deal_id)
    assert (stall["kind"], stall["owner_id"], stall["status"]) == ("stall", book.user_id, "open")
    # the stall is the owner's reminder; the customer's follow-up date stays as it was
    assert book.scalar("SELECT next_follow_up FROM customers WHERE id = ?", (customer_id,)) == ""
    card = column(page, "initial", pipeline).model.cards[0]
    assert card["id"] == deal_id and card["next_reminder"] == stall["due_at"]
    tip = column(page, "initial", pipeline).model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Next reminder {stall['due_at'][:16].replace('T', ' ')}" in tip
    # done: the card has no reminder left to show
    reminders.complete_reminder(book, reminder_id=stall["id"])
    tip = column(page, "initial", pipeline).model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Next reminder" not in tip
    # a follow-up date set on the customer has its own reminder, on the customer
    operations.update_customer(book, customer_id=customer_id, data={"next_follow_up": "2026-03-13"})
    assert [(r["kind"], r["status"], r["due_at"][:10]) for r in reminders.reminders_of_customer(
        book, customer_id)] == [("follow_up", "open", "2026-03-13"), ("stall", "done", "2026-03-11")]


# -- filters -----------------------------------------------------------------------------------
def test_search_and_owner_filter(qtbot, page, pipeline):
    from tests.qt_helpers import type_text

    search = page.findChild(QLineEdit, "deal_search")
    type_text(qtbot, search, "宁波")
    assert titles(page, "initial", pipeline) == ["水管配件"]
    assert titles(page, "needs", pipeline) == ["门锁年度供货"]
    assert page.header_texts(pipeline["stages"]["needs"])[0].endswith("(1)")
    search.clear()
    assert len(titles(page, "initial", pipeline)) == 3

    page.owner_box.setCurrentIndex(page.owner_box.findData(pipeline["other"]))
    assert titles(page, "initial", pipeline) == ["吊灯一批"]
    assert titles(page, "needs", pipeline) == ["精工螺丝"]
    page.owner_box.setCurrentIndex(0)
    assert len(titles(page, "needs", pipeline)) == 2


def test_drag_on_a_filtered_board_lands_before_the_card_shown(qtbot, page, pipeline):
    """With a search on, the gap between two shown cards is a place among all the deals."""
    book, stages = pipeline["book"], pipeline["stages"]
    page.search.setText("宁波")  # initial: 水管配件 only; needs: 门锁年度供货 only
    source = column(page, "initial", pipeline).list.viewport()
    target = column(page, "needs", pipeline).list.viewport()
    drag(qtbot, source, card_center(page, "initial", pipeline, 0), target,
         gap_point(page, "needs", pipeline, 1) + QPoint(0, 40))  # below 门锁年度供货
    page.search.clear()
    assert titles(page, "needs", pipeline) == ["门锁年度供货", "水管配件", "精工螺丝"]
    assert deals.deal(book, pipeline["deals"]["水管配件"])["stage_id"] == stages["needs"]


def test_refresh_keeps_the_selection_and_the_scroll(qtbot, ctx, book):
    clock.set_clock(lambda: START)
    cid = operations.add_customer(book, data={"name": "长沙湘江贸易"})
    first = deals.stages(book)[0]["id"]
    ids = [deals.add_deal(book, data={"title": f"单子 {n:02d}", "customer_id": cid,
                                      "stage_id": first, "amount": 100 * n}) for n in range(40)]
    p = PipelinePage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    qtbot.waitExposed(p)
    view = p.board.columns[0].list
    p.board.select_deal(ids[30])
    bar = view.verticalScrollBar()
    value = bar.value()
    assert value > 0
    deals.update_deal(book, deal_id=ids[2], data={"title": "单子 02 改"})
    assert p.board.selected_id() == ids[30]
    assert bar.value() == value
    assert p.board.columns[0].model.cards[2]["title"] == "单子 02 改"


# -- the list ----------------------------------------------------------------------------------
def test_list_view_sorts_and_opens(qtbot, page, pipeline, monkeypatch):
    import views.deal_dialog

    page.list_button.click()
    assert page.table.isVisible()
    proxy = page.table.model()
    assert proxy.rowCount() == 5
    header = page.table.horizontalHeader()
    amount_col = [k for k, _ in page.list_model.columns].index("amount")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(amount_col) + 20, 8))
    order = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    asc = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    expected = ["水管配件", "精工螺丝", "吊灯一批", "瓷砖 200 箱", "门锁年度供货"]
    assert order == (expected if asc else expected[::-1])
    assert proxy.index(order.index("瓷砖 200 箱"), amount_col).data() == "¥12,300"

    page.status_box.setCurrentIndex(page.status_box.findData(None))
    assert proxy.rowCount() == 5
    opened = []
    monkeypatch.setattr(views.deal_dialog, "edit_deal",
                        lambda ctx, parent, deal_id=None, customer_id=None: opened.append(deal_id))
    rect = page.table.visualRect(proxy.index(0, 0))
    double_click(qtbot, page.table.viewport(), rect.center())
    assert opened == [proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 11)]
    page.board_button.click()
    assert page.board.isVisible()


def test_models_pass_the_model_tester(qtmodeltester, pipeline):
    book = pipeline["book"]
    data = deals.board(book)
    cards = CardModel(data[0]["stage"])
    cards.set_cards(data[0]["stage"], data[0]["deals"])
    qtmodeltester.check(cards)
    table = DealTableModel()
    table.set_rows(deals.list_deals(book, status=None), deals.stages(book))
    qtmodeltester.check(table)


def test_book_text_is_plain(qtbot, page, pipeline):
    card = next(c for c in column(page, "needs", pipeline).model.cards
                if c["title"] == "精工螺丝")
    assert card["customer_name"] == "<b>苏州</b>精工"
    tip = column(page, "needs", pipeline).model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip  # shown as typed, not bold


# -- pictures ----------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_demo_board(qtbot, tmp_path, language):
    with demo_book(tmp_path) as demo:
        with speaking(language):
            context = AppContext(demo)
            p = PipelinePage(context)
            qtbot.addWidget(p)
            p.resize(1366, 768)
            p.show()
            qtbot.waitExposed(p)
            p.stalled_button.click()
            assert sum(c.model.rowCount() for c in p.board.columns) > 50
            assert any(card["stalled"] for c in p.board.columns for card in c.model.cards)
            if language == "zh_CN":
                assert p.board.won_zone.text == "赢单"
                assert p.forecast.month_label("2026-12") == "2026年12月"
            tag = "zh" if language == "zh_CN" else "en"
            p.grab().save(str(SHOTS / f"board_{tag}.png"))
            # a card on its way: the floating card and the line where it would land
            first, second = p.board.columns[0], p.board.columns[1]
            start = first.list.visualRect(first.model.index(0)).center()
            gap = second.list.visualRect(second.model.index(1))
            qtbot.mousePress(first.list.viewport(), Qt.MouseButton.LeftButton, pos=start)
            qtbot.mouseMove(first.list.viewport(), start + QPoint(0, 30))
            qtbot.mouseMove(second.list.viewport(), QPoint(gap.center().x() - 40, gap.bottom() - 6))
            assert p.board.dragging() and p.board.indicator.isVisible()
            p.grab().save(str(SHOTS / f"board_drag_{tag}.png"))
            qtbot.keyClick(first.list, Qt.Key.Key_Escape)
            assert not p.board.dragging()
            p.list_button.click()
            p.grab().save(str(SHOTS / f"board_list_{tag}.png"))
            p.close()
