"""A shop's first day: the first-run page of an empty book, the empty lists, keeping the
user's place after Delete and undo, windows that fit the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core import changelog, settings
from models.customers import operations, queries
from models.team import users
from tests.qt_helpers import type_text
from views.context import AppContext
from views.customers_page import CustomersPage


@pytest.fixture
def make_page(book):
    """Customers pages over the test's book, closed before the book is."""
    made = []

    def make(**kwargs) -> CustomersPage:
        page = CustomersPage(AppContext(book), **kwargs)
        page.resize(1300, 700)
        page.show()
        made.append(page)
        return page

    yield make
    for page in made:
        page.flush_detail()
        page.close()
        page.deleteLater()


def test_an_empty_book_opens_on_the_first_run_page(qtbot, book, make_page):
    page = make_page()
    assert page.body.currentWidget() is page.first_run
    assert not page.search.isVisible()
    operations.add_customer(book, data={"name": "张三丰五金店"})
    page.ctx.book_changed.emit(_changes("add_customer"))
    assert page.body.currentWidget() is page.splitter
    assert page.search.isVisible()
    assert page.list_stack.currentWidget() is page.table


def _changes(op_name):
    from models.core.book import Changes

    changes = Changes(op_name)
    changes.add("customers", "x")
    return changes


def test_the_first_run_page_saves_the_shop_name_and_password(qtbot, book, make_page):
    page = make_page()
    first = page.first_run
    type_text(qtbot, first.shop_name, "杭州合众陶瓷")
    type_text(qtbot, first.password, "secret-1")
    type_text(qtbot, first.repeat, "secret-2")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert first.error.isVisible()
    assert first.password.text() == "secret-1", "what was typed is kept"
    assert settings.get(book, "shop.name") == ""
    first.repeat.clear()
    type_text(qtbot, first.repeat, "secret-1")
    qtbot.keyClick(first.repeat, Qt.Key.Key_Return)
    assert not first.error.isVisible()
    assert settings.get(book, "shop.name") == "杭州合众陶瓷"
    assert users.check_password(book.user["password_hash"], "secret-1")
    assert first.saved_label.text()
    assert not first.password.isEnabled(), "changing it needs the current one: Settings"


def test_the_first_run_page_offers_three_ways_in(qtbot, book, make_page, monkeypatch):
    page = make_page()
    first = page.first_run
    with qtbot.waitSignal(first.import_requested):
        qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(first.demo_requested):
        qtbot.mouseClick(first.demo_button, Qt.MouseButton.LeftButton)
    opened = []
    monkeypatch.setattr(CustomersPage, "new_customer", lambda self: opened.append(True))
    page2 = make_page()
    qtbot.mouseClick(page2.first_run.add_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_a_search_with_no_results_says_so_and_clears(qtbot, book, make_page):
    operations.add_customer(book, data={"name": "张三丰五金店", "city": "杭州"})
    operations.add_customer(book, data={"name": "李四建材", "city": "上海"})
    page = make_page()
    assert page.list_stack.currentWidget() is page.table
    page.city_box.setCurrentIndex(page.city_box.findData("上海"))
    type_text(qtbot, page.search, "zsf")
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.no_results
    assert page.body.currentWidget() is page.splitter, "not the first-run page"
    assert "zsf" in page.no_results_label.text()
    assert page.clear_button.isVisible()
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == ""
    assert page.city_box.currentIndex() == 0
    assert page.model.rowCount() == 2
    assert page.list_stack.currentWidget() is page.table


def test_an_empty_trash_says_so(qtbot, book, make_page):
    page = make_page(trash=True)
    assert page.list_stack.currentWidget() is page.no_results
    assert not page.clear_button.isVisible()
    assert page.no_results_label.text()


@pytest.fixture
def five(book):
    return [operations.add_customer(book, data={"name": f"客户{i}"}) for i in range(5)]


def test_delete_selects_the_next_row_and_undo_the_restored_customer(qtbot, book, make_page, five,
                                                                      monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = make_page()
    page.select_customer(five[2])
    page.delete_selected()
    assert queries.customer(book, five[2])["deleted_at"] is not None
    assert page.current_id() == five[3]
    page.flush_detail()
    assert page.detail.customer_id == five[3]
    page.ctx.run(page, changelog.undo)
    assert page.current_id() == five[2]
    # the last row: the one before it is next
    page.select_customer(five[4])
    page.delete_selected()
    assert page.current_id() == five[3]


def test_windows_fit_a_small_screen():
    from views.widgets import available_rect, clamp_to_screen, fit_to_screen

    area = available_rect()
    widget = QWidget()
    fit_to_screen(widget, area.width() + 500, area.height() + 500)
    assert widget.width() <= area.width() and widget.height() <= area.height()
    widget.resize(400, 300)
    widget.move(area.right() + 2000, area.bottom() + 2000)  # a screen that is gone
    clamp_to_screen(widget)
    assert area.contains(widget.frameGeometry().topLeft())
    widget.deleteLater()


@pytest.mark.parametrize(("screen", "name"), [(1366, 191), (1920, 300), (1024, 160)])
def test_the_first_columns_up_to_the_next_follow_up_fit_beside_the_panel(qtbot, make_page,
                                                                         screen, name):
    """At first start the list's columns are sized to the room the table has beside the page
    list and the customer panel (the screen's width less 150 and a quarter, 300 to 460): at
    1366 pixels every column up to the next follow-up is in sight, the name 191 pixels wide."""
    page = make_page()
    panel = max(300, min(460, screen // 4))
    page._table_room = screen - 150 - panel
    shown = [k for k, _ in page.model.columns if k not in ("phone", "source", "email",
                                                            "wechat", "address", "notes",
                                                            "created_at", "deleted_at")]
    widths = page._default_widths(shown)
    first = shown[:shown.index("next_follow_up") + 1]
    assert first[-3:] == ["owner", "tags", "next_follow_up"] and "health" in first
    assert widths["name"] == name
    if screen >= 1366:
        assert sum(widths[k] for k in first) <= page._table_room - 24


def test_the_list_comes_back_sorted_as_left_without_writing_the_settings_again(qtbot, book,
                                                                               make_page):
    from pathlib import Path

    from views.settings import app_settings

    for name, city in (("甲店", "杭州"), ("乙店", "苏州"), ("丙店", "宁波")):
        operations.add_customer(book, data={"name": name, "city": city})
    page = make_page()
    keys = [k for k, _ in page.model.columns]
    page.table.sortByColumn(keys.index("city"), Qt.SortOrder.DescendingOrder)  # remembered
    settings_file = Path(app_settings().fileName())
    written = settings_file.read_bytes()
    mtime = settings_file.stat().st_mtime_ns

    again = make_page()  # the next start: the layout is put back, not written again
    assert settings_file.stat().st_mtime_ns == mtime
    assert settings_file.read_bytes() == written
    assert again.table.horizontalHeader().sortIndicatorSection() == keys.index("city")
    assert (again.model.filter.sort, again.model.filter.descending) == ("city", True)
    assert again.model.data(again.model.index(0, keys.index("city"))) == "苏州"
