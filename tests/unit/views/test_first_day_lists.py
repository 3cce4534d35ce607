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


# -- the agenda, the alerts, the receivables -------------------------------------------------
def show(qtbot, page, width=1366, height=700):
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_an_empty_agenda_says_so_and_offers_a_reminder(qtbot, ctx, book, still, monkeypatch):
    from models.team import users
    from views.reminders_page import RemindersPage

    other = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    page = show(qtbot, RemindersPage(ctx))
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "Nothing to remind you of"
    assert page.empty_new.isVisible() and page.empty_everyone.isVisible()  # "mine" is a filter
    made = []
    monkeypatch.setattr(page, "new_reminder", lambda customer_id=None: made.append(1))
    qtbot.mouseClick(page.empty_new, Qt.MouseButton.LeftButton)
    assert made == [1]
    page.set_owner(other)
    assert page.empty.title.text() == "李娜 has no open reminders."
    qtbot.mouseClick(page.empty_everyone, Qt.MouseButton.LeftButton)
    assert page.owner_id() is None and not page.empty_everyone.isVisible()


def test_an_empty_agenda_of_a_book_of_one_offers_no_one_elses(qtbot, ctx, book, still):
    """Alone in the book, "Show everyone's reminders" would show the same nothing."""
    from views.reminders_page import RemindersPage

    page = show(qtbot, RemindersPage(ctx))
    assert page.stack.currentWidget() is page.empty
    assert page.empty_new.isVisible() and not page.empty_everyone.isVisible()


def test_a_digest_in_the_agenda_opens_its_customers(qtbot, ctx, book, still):
    from models import reminders
    from views.reminders_page import RemindersPage

    silent = []
    for n in range(7):
        cid = operations.add_customer(book, data={"name": f"老客户{n}", "grade": "B"})
        operations.log_interaction(book, customer_id=cid, kind="call", text="问候",
                                   at=f"2023-0{n + 1}-10T10:00:00+08:00")
        silent.append(cid)
    reminders.run_rules(book)  # the book's first open: the grace period starts
    later = START + dt.timedelta(days=31)
    clock.set_clock(lambda: later)
    assert reminders.run_rules(book)["digest"] == 1
    page = show(qtbot, RemindersPage(ctx))
    assert page.titles("today") == ["7 customers not contacted for 30 days"]
    page.select(page.model.sections["today"][0]["id"])
    opened = []
    page.open_customer.connect(opened.append)
    page.open_current()
    dialog = page.digest_dialog
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [r[0] for r in rows] == [f"老客户{n}" for n in range(7)]  # the longest silent first
    assert rows[0][1:] == ["B", "2023-01-10"]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [silent[2]]


def test_an_empty_alerts_page_says_so(qtbot, ctx, book):
    from models import alerts
    from views.alerts_page import AlertsPage

    page = show(qtbot, AlertsPage(ctx))
    assert page.empty_state.isVisible() and not page.table.isVisible()
    assert not page.details.isVisible()
    assert page.empty_text().startswith("Nothing to review\nKehu reads every note")
    cid = operations.add_customer(book, data={"name": "温州大华电器"})
    operations.log_interaction(book, customer_id=cid, kind="note", text="这单返点给我")
    (alert,) = alerts.alerts_list(book)
    alerts.review_alert(book, alert_id=alert["id"], note="问过了")
    page.refresh()
    assert page.empty_state.isVisible() and page.show_all_button.isVisible()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.table.isVisible() and page.model.rowCount() == 1
    page.search_edit.setText("没有这句话")
    page.reload()
    assert page.empty_text() == "No alerts match."
    assert page.show_all_button.text() == "Clear search and filters"


def test_nothing_owed_says_so(qtbot, ctx, book):
    from views.receivables_page import ReceivablesPage

    page = show(qtbot, ReceivablesPage(ctx))
    assert page.aging_stack.currentWidget() is page.nothing_owed
    assert page.nothing_owed.title.text() == "Nothing is owed"


# -- the customer panel: one source for the contact -------------------------------------------
def test_the_customers_contact_is_its_main_contact_person(qtbot, ctx, book):
    from PySide6.QtWidgets import QLabel, QToolButton

    from models.customers import queries
    from views.customer_detail import CustomerDetail

    cid = operations.add_customer(book, data={"name": "金华宏远建材", "contact": "金雪梅",
                                              "mobile": "13905790000"})
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    panel.show_customer(cid)
    page = panel.details_area.widget()

    def texts(name):
        return [w.text() for w in page.findChildren(QLabel, name)]

    assert texts("contacts_title") == ["Contact people (1)"]
    assert texts("contact_name") == ["金雪梅"] and texts("contact_title") == ["Main contact"]
    assert "Nobody yet. Add the people you talk to." not in [w.text() for w in page.findChildren(QLabel)]
    assert page.findChild(QLabel, "value_contact") is None  # said once, with the people
    assert page.findChild(QLabel, "value_mobile").text() == "13905790000"
    edited = []
    panel.edit_requested.connect(edited.append)
    qtbot.mouseClick(page.findChild(QToolButton, "edit_main_contact"), Qt.MouseButton.LeftButton)
    assert edited == [cid]  # the customer's form: where the field is
    assert queries.contacts(book, cid) == []  # nothing copied: one source
    # a contact person of the same name is that main contact, not a second card
    operations.add_contact(book, customer_id=cid, data={"name": "金雪梅", "title": "老板娘"})
    operations.add_contact(book, customer_id=cid, data={"name": "张伟", "title": "采购"})
    panel.show_customer(cid)
    page = panel.details_area.widget()
    assert texts("contacts_title") == ["Contact people (2)"]
    assert texts("contact_name") == ["金雪梅", "张伟"]
    assert texts("contact_title") == ["Main contact · 老板娘", "采购"]
    # no contact field: only the people, or "Nobody yet"
    bare = operations.add_customer(book, data={"name": "散客"})
    panel.show_customer(bare)
    page = panel.details_area.widget()
    assert texts("contacts_title") == ["Contact people"]
    assert "Nobody yet. Add the people you talk to." in [w.text() for w in page.findChildren(QLabel)]


def test_the_status_bar_names_a_new_books_owner_once(qtbot, book):
    """A new book's first user is named as the role ("Owner"): "User: Owner", not "User:
    Owner (Owner)"; a named user keeps the role beside the name."""
    from desktop.main_window import MainWindow
    from models.team import users
    from views.context import AppContext

    window = MainWindow(AppContext(book))
    qtbot.addWidget(window)
    assert window.user_label.text() == "User: Owner"
    users.update_user(book, user_id=book.user_id, name="王老板")
    window._update_status()
    assert window.user_label.text() == "User: 王老板 (Owner)"
