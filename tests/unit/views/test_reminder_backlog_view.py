"""The other rules' digests in the agenda: "7 stalled deals need a follow-up" is one item, in
the user's language, and opens the list of what it stands for."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import deals, reminders
from models.core import clock
from models.customers import operations
from tests.qt_helpers import speaking

TZ = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


@pytest.fixture
def stalled(book):
    """Seven deals of the owner untouched for a month: the rules made one digest."""
    clock.set_clock(lambda: START)
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    ids = [deals.add_deal(book, data={"title": f"瓷砖 {n + 1}00 箱", "customer_id": cid})
           for n in range(7)]
    later = START + dt.timedelta(days=30)
    clock.set_clock(lambda: later)
    assert reminders.run_rules(book)["digest"] == 1
    yield ids
    clock.set_clock(None)


def show(qtbot, page, width=1366, height=700):
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_stall_digest_opens_its_deals(qtbot, ctx, book, stalled):
    from views.reminders_page import RemindersPage

    page = show(qtbot, RemindersPage(ctx))
    assert page.titles("today") == ["7 stalled deals need a follow-up"]
    page.select(page.model.sections["today"][0]["id"])
    opened = []
    page.open_deal.connect(opened.append)
    page.open_current()
    dialog = page.digest_dialog
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [r[0] for r in rows] == [f"瓷砖 {n + 1}00 箱" for n in range(7)]
    assert rows[0][1:] == ["杭州鑫达建材", "2026-03-09"]
    assert dialog.open_button.text() == "Open deal"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(3))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [stalled[3]]


def test_a_digest_speaks_chinese(qtbot, ctx, book, stalled):
    from views.reminders_page import RemindersPage

    with speaking("zh_CN"):
        page = show(qtbot, RemindersPage(ctx))
        assert page.titles("today") == ["7 个商机停滞，需要跟进"]
        page.select(page.model.sections["today"][0]["id"])
        page.open_current()
        qtbot.addWidget(page.digest_dialog)
        assert page.digest_dialog.windowTitle() == "7 个商机停滞，需要跟进"
        assert page.digest_dialog.open_button.text() == "打开商机"


def test_the_open_button_opens_a_digest(qtbot, ctx, book, stalled):
    """A digest is about no one customer or deal, yet Open (as Enter) shows what it stands for:
    the button is not greyed out."""
    from views.reminders_page import RemindersPage

    page = show(qtbot, RemindersPage(ctx))
    page.select(page.model.sections["today"][0]["id"])
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.digest_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and len(dialog.rows()) == 7
