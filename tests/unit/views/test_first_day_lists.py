"""The first day, continued: lists that are empty say so and lead on (the board, the agenda,
the alerts, the receivables); a new deal is shown where it landed; Won and Lost say what
happened, with Undo, and keep the user's place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import deals
from models.core import clock
from models.customers import operations
from views.pipeline_page import PipelinePage

TZ = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


@pytest.fixture
def still():
    clock.set_clock(lambda: START)
    yield
    clock.set_clock(None)


def make_board(qtbot, ctx, width=1500, height=820) -> PipelinePage:
    page = PipelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def new_deal_from_the_form(monkeypatch, data: dict) -> None:
    import views.deal_dialog

    monkeypatch.setattr(views.deal_dialog, "edit_deal",
                        lambda ctx, parent, deal_id=None, customer_id=None:
                        deals.add_deal(ctx.book, data=data))


# -- the board -----------------------------------------------------------------------------
def test_an_empty_board_says_so_and_offers_a_new_deal(qtbot, ctx, book, still, monkeypatch):
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    page = make_board(qtbot, ctx)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No open deals"
    assert page.empty_new.isVisible() and not page.empty_clear.isVisible()
    new_deal_from_the_form(monkeypatch, {"title": "瓷砖 200 箱", "customer_id": cid})
    qtbot.mouseClick(page.empty_new, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.board
    assert deals.deal(book, page.board.selected_id())["title"] == "瓷砖 200 箱"


def test_a_board_emptied_by_its_search_offers_to_clear_it(qtbot, ctx, book, still):
    cid = operations.add_customer(book, data={"name": "宁波海达五金"})
    deals.add_deal(book, data={"title": "门锁年度供货", "customer_id": cid})
    page = make_board(qtbot, ctx)
    assert page.stack.currentWidget() is page.board
    page.search.setText("没有这个")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No open deal matches the search and filters."
    assert page.empty_clear.isVisible() and not page.empty_new.isVisible()
    qtbot.mouseClick(page.empty_clear, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.stack.currentWidget() is page.board


def test_a_new_deal_is_scrolled_into_view(qtbot, ctx, book, still, monkeypatch):
    """On a narrow window the last stage is off to the right: the new deal's column comes
    into view and its card is selected."""
    cid = operations.add_customer(book, data={"name": "温州大华电器"})
    stages = deals.stages(book)
    for n in range(3):
        deals.add_deal(book, data={"title": f"单{n}", "customer_id": cid,
                                   "stage_id": stages[0]["id"]})
    page = make_board(qtbot, ctx, width=700)
    last = page.board.column_of(stages[-1]["id"])
    viewport = page.board.scroll.viewport()

    def in_view(column) -> bool:
        left = column.mapTo(viewport, column.rect().topLeft()).x()
        return left >= 0 and left + column.width() <= viewport.width() + 1

    assert not in_view(last)
    new_deal_from_the_form(monkeypatch, {"title": "样品试单", "customer_id": cid,
                                         "stage_id": stages[-1]["id"], "amount": 3000})
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert deals.deal(book, page.board.selected_id())["title"] == "样品试单"
    assert in_view(last)


def test_a_new_deal_hidden_by_the_search_is_announced(qtbot, ctx, book, still, monkeypatch):
    cid = operations.add_customer(book, data={"name": "苏州精工"})
    deals.add_deal(book, data={"title": "螺丝", "customer_id": cid})
    page = make_board(qtbot, ctx)
    page.search.setText("螺丝")
    notices = []
    page.notice.connect(lambda text, op: notices.append((text, op)))
    new_deal_from_the_form(monkeypatch, {"title": "吊灯一批", "customer_id": cid})
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert notices == [("吊灯一批 is saved; the search and filters hide it.", "")]


def test_won_says_so_with_undo_and_keeps_the_place(qtbot, book, still):
    from desktop.main_window import MainWindow
    from views.context import AppContext

    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    ids = [deals.add_deal(book, data={"title": t, "customer_id": cid})
           for t in ("瓷砖 200 箱", "水管配件", "吊灯一批")]
    window = MainWindow(AppContext(book))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_page(window.pipeline)
        page = window.pipeline.page
        qtbot.waitUntil(lambda: page.board.select_deal(ids[1]))
        menu = page.card_menu(ids[1])
        next(a for a in menu.actions() if a.objectName() == "won").trigger()
        assert deals.deal(book, ids[1])["status"] == "won"
        notice = window.undo_notice
        assert notice.isVisible() and notice.label.text() == "Won: 水管配件"
        assert notice.button.isVisible()
        # the user's place: the card that came after it
        assert page.board.selected_id() == ids[2]
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
        assert deals.deal(book, ids[1])["status"] == "open"
        assert not notice.isVisible()
        assert window.statusBar().currentMessage() == "Undone: deal won 水管配件"
    finally:
        window.quit()


def test_lost_says_so_too(qtbot, ctx, book, still, monkeypatch):
    import views.deal_dialog

    cid = operations.add_customer(book, data={"name": "宁波海达五金"})
    first = deals.add_deal(book, data={"title": "门锁年度供货", "customer_id": cid})
    page = make_board(qtbot, ctx)
    monkeypatch.setattr(views.deal_dialog, "ask_lost_reason", lambda ctx, parent: ("price", ""))
    notices = []
    page.notice.connect(lambda text, op: notices.append((text, op)))
    assert page.lose(first)
    (text, op), = notices
    assert text == "Lost: 门锁年度供货" and op
    assert page.stack.currentWidget() is page.empty  # the last open deal: the board is empty
