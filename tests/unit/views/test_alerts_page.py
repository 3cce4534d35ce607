"""The Alerts page, used as an owner would: read the list, filter it, mark an alert reviewed,
open the customer; and its pictures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models import alerts, deals
from models.core import clock
from models.customers import operations
from models.team import users
from tests.qt_helpers import demo_book, screenshots_dir, speaking, type_text
from views.alerts_page import COLUMNS, AlertsPage, AlertTableModel
from views.context import AppContext

SHOTS = screenshots_dir()
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=TZ)


@pytest.fixture
def shop(book):
    clock.set_clock(lambda: NOW)
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    owner = book.user_id
    hz = operations.add_customer(book, data={"name": "杭州鑫达建材", "owner_id": sales})
    bold = operations.add_customer(book, data={"name": "<b>苏州</b>精工", "owner_id": sales})
    users.sign_in(book, user_id=sales)
    operations.log_interaction(book, customer_id=hz, kind="call",
                               text="王总说这单可以走私单。价格不变")
    clock.set_clock(lambda: NOW + dt.timedelta(hours=1))
    operations.log_interaction(book, customer_id=bold, kind="wechat",
                               text="<i>客户</i>要回扣 3 个点！")
    users.sign_in(book, user_id=owner, password="boss")
    deals.add_deal(book, data={"title": "门锁", "customer_id": hz, "notes": "老板要返点"})
    return {"book": book, "sales": sales, "owner": owner, "hz": hz, "bold": bold}


@pytest.fixture
def page(qtbot, ctx, shop):
    p = AlertsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 560)
    p.show()
    qtbot.waitExposed(p)
    return p


def shown(page, key):
    column = COLUMNS.index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_list_shows_who_wrote_what_and_the_sentence(page, shop):
    assert shown(page, "word") == ["返点", "回扣", "私单"]  # newest first
    assert shown(page, "author_name") == ["Owner", "李娜", "李娜"]
    assert shown(page, "customer_name") == ["杭州鑫达建材", "<b>苏州</b>精工", "杭州鑫达建材"]
    assert shown(page, "context")[2] == "王总说这单可以走私单。"
    assert shown(page, "written_at")[2] == clock.now().replace(hour=9).astimezone().strftime(
        "%Y-%m-%d %H:%M")
    assert page.count_label.text() == "3 to review"
    # book text as typed: escaped in tool tips, plain in the details
    tip = page.model.index(1, COLUMNS.index("context")).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;客户&lt;/i&gt;" in tip
    page.table.selectRow(1)
    assert page.sentence_view.toPlainText() == "<i>客户</i>要回扣 3 个点！"
    assert "李娜" in page.where_label.text() and "Timeline" in page.where_label.text()


def test_the_word_is_highlighted_in_the_details(page):
    page.table.selectRow(2)
    doc = page.sentence_view.document()
    text = doc.toPlainText()
    start = text.index("私单")
    block = doc.begin()
    formats = {(f.start, f.length): f.format for f in block.layout().formats()} or {}
    if not formats:  # formats merged into the fragments
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            formats[(frag.position(), frag.length())] = frag.charFormat()
            it += 1
    bold = [(s, n) for (s, n), f in formats.items() if f.fontWeight() >= 700]
    assert bold == [(start, 2)]


def test_filters(qtbot, page, shop):
    page.word_combo.setCurrentIndex(page.word_combo.findData("回扣"))
    assert shown(page, "word") == ["回扣"]
    page.word_combo.setCurrentIndex(0)
    page.author_combo.setCurrentIndex(page.author_combo.findData(shop["owner"]))
    assert shown(page, "word") == ["返点"]
    page.author_combo.setCurrentIndex(0)
    type_text(qtbot, page.search_edit, "苏州")
    qtbot.waitUntil(lambda: shown(page, "word") == ["回扣"])
    page.search_edit.clear()
    page.reload()
    assert len(shown(page, "word")) == 3


def test_mark_reviewed_with_a_note_then_reopen(qtbot, page, shop):
    book = shop["book"]
    page.table.selectRow(2)
    assert page.review_button.isEnabled() and not page.reopen_button.isEnabled()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.review_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.note_edit, "已和李娜谈过")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    (done,) = alerts.alerts_list(book, reviewed=True)
    assert (done["word"], done["review_note"]) == ("私单", "已和李娜谈过")
    # the default view shows what is still to review
    assert shown(page, "word") == ["返点", "回扣"]
    assert page.count_label.text() == "2 to review"
    page.status_combo.setCurrentIndex(page.status_combo.findData(True))
    assert shown(page, "word") == ["私单"] and shown(page, "status") == ["Reviewed"]
    page.table.selectRow(0)
    assert "已和李娜谈过" in page.review_label.text()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert alerts.unreviewed_count(book) == 3 and shown(page, "word") == []


def test_ctrl_enter_marks_reviewed_and_enter_writes_a_new_line(qtbot, page, shop):
    book = shop["book"]
    page.table.selectRow(2)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.review_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.note_edit.setFocus()
    type_text(qtbot, dialog.note_edit, "谈过")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.note_edit, "下不为例")
    assert dialog.isVisible() and alerts.unreviewed_count(book) == 3
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (done,) = alerts.alerts_list(book, reviewed=True)
    assert done["review_note"] == "谈过\n下不为例"


def test_cancel_reviews_nothing(qtbot, page, shop):
    page.table.selectRow(0)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    page.review_dialog.reject()
    assert alerts.unreviewed_count(shop["book"]) == 3


def test_double_click_opens_the_customer(qtbot, page, shop):
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_customer) as opened:  # a person's click, then the double
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [shop["bold"]]


def test_refreshes_when_the_book_changes(page, shop):
    operations.log_interaction(shop["book"], customer_id=shop["hz"], kind="note",
                               text="私下转账")
    assert shown(page, "word")[0] == "私下"
    assert page.count_label.text() == "4 to review"


def test_a_salesperson_sees_no_review_buttons(qtbot, shop):
    book = shop["book"]
    users.sign_in(book, user_id=shop["sales"])
    p = AlertsPage(AppContext(book))
    qtbot.addWidget(p)
    p.show()
    p.table.selectRow(0)
    assert not p.review_button.isEnabled() and p.owner_note.isVisible()


def test_the_model(qtmodeltester, shop):
    model = AlertTableModel()
    model.set_rows(alerts.alerts_list(shop["book"]))
    qtmodeltester.check(model)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_alerts_page(qtbot, tmp_path, language):
    with demo_book(tmp_path) as demo:
        alerts.rescan(demo)
        some = demo.all("SELECT id FROM customers LIMIT 3")
        operations.log_interaction(demo, customer_id=some[0][0], kind="wechat",
                                   text="他说货款直接转到我个人账户，不走公司。")
        operations.update_customer(demo, customer_id=some[1][0],
                                   data={"notes": "<b>老客户</b>，上次提过回扣的事"})
        first = alerts.alerts_list(demo)[-1]
        alerts.review_alert(demo, alert_id=first["id"], note="年度返点，正常")
        with speaking(language):
            p = AlertsPage(AppContext(demo))
            qtbot.addWidget(p)
            p.resize(1200, 640)
            p.show()
            qtbot.waitExposed(p)
            assert p.model.rowCount() > 5
            p.table.selectRow(1)
            tag = "zh" if language == "zh_CN" else "en"
            p.grab().save(str(SHOTS / f"alerts_{tag}.png"))
            p.status_combo.setCurrentIndex(p.status_combo.findData(True))
            p.table.selectRow(0)
            p.grab().save(str(SHOTS / f"alerts_reviewed_{tag}.png"))
            p.close()
