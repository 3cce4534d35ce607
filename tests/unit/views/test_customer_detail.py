"""The customer detail panel, driven as a person would, checked against the book."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton, QWidget

from models.core import changelog, clock
from models.customers import operations, queries
from models.team import users
from views.customer_detail import CustomerDetail

T0 = dt.datetime(2024, 5, 3, 14, 20, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    """Modal message boxes would block the test: record them and answer Yes."""
    shown: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", answer)
    return shown


@pytest.fixture
def ticking_clock():
    """A clock that moves one minute on at every reading, so entries have distinct times."""
    state = {"now": T0}

    def now():
        state["now"] += dt.timedelta(minutes=1)
        return state["now"]

    clock.set_clock(now)
    return state


@pytest.fixture
def detail(qtbot, ctx):
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(420, 800)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def labels(widget: QWidget, name: str) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel, name)]


def details_page(detail):
    return detail.details_area.widget()


def test_empty_state(detail):
    assert detail.stack.currentIndex() == 0
    assert detail.empty_title.text() == "No customer selected"
    assert detail.empty_title.isVisible()


def test_the_customers_page_is_built_when_first_needed(detail, book):
    """The empty panel at start builds nothing else; the first customer shown builds the
    customer's page, and so does reaching one of its parts before that."""
    assert detail.stack.count() == 1
    assert "header" not in vars(detail)
    cid = operations.add_customer(book, data={"name": "张三丰五金店"})
    detail.show_customer(cid)
    assert detail.stack.count() == 2 and detail.stack.currentIndex() == 1
    assert detail.name_label.text() == "张三丰五金店" and detail.name_label.isVisible()
    detail.show_customer(None)
    assert detail.stack.currentIndex() == 0 and detail.empty_title.isVisible()

    other = CustomerDetail(detail.ctx)
    assert other.log_button.objectName() == other.timeline.log_button.objectName()
    assert other.stack.count() == 2 and other.stack.currentIndex() == 0
    other.build_content()  # once only
    assert other.stack.count() == 2
    other.deleteLater()


def test_shows_the_fields_and_plain_text_names(detail, book):
    operations.add_custom_field(book, label="Budget", kind="number")
    cid = operations.add_customer(book, data={
        "name": "<b>x</b>", "mobile": "13800138000; 13912345678", "city": "Hangzhou",
        "grade": "A", "tags": "tea, <i>vip</i>", "email": "li@example.com",
        "notes": "<script>1</script>", "custom:budget": "1200"})
    detail.show_customer(cid)

    assert detail.stack.currentIndex() == 1
    assert detail.name_label.text() == "<b>x</b>"
    assert detail.name_label.textFormat() == Qt.TextFormat.PlainText
    assert detail.grade_badge.text() == "A" and detail.grade_badge.isVisible()
    assert "Owner: Owner" in detail.meta_label.text() and "Hangzhou" in detail.meta_label.text()
    page = details_page(detail)
    assert page.findChild(QLabel, "value_mobile").text() == "13800138000\n13912345678"
    assert page.findChild(QLabel, "value_email").text() == "li@example.com"
    assert page.findChild(QLabel, "value_custom:budget").text() == "1200"
    notes = page.findChild(QLabel, "value_notes")
    assert notes.text() == "<script>1</script>"
    assert notes.textFormat() == Qt.TextFormat.PlainText
    assert labels(page, "tag_chip") == ["tea", "<i>vip</i>"]
    assert all(c.textFormat() == Qt.TextFormat.PlainText
               for c in page.findChildren(QLabel, "tag_chip"))
    assert detail.trash_banner.isHidden()


def test_edit_button_asks_for_the_form(qtbot, detail, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    detail.show_customer(cid)
    with qtbot.waitSignal(detail.edit_requested) as signal:
        qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [cid]


def test_log_a_call_from_the_quick_bar(qtbot, detail, book, ticking_clock):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    operations.log_interaction(book, customer_id=cid, kind="visit", text="First visit")
    detail.show_customer(cid)
    detail.tabs.setCurrentIndex(1)
    assert detail.timeline_texts() == ["First visit"]
    assert not detail.log_button.isEnabled()

    qtbot.keyClicks(detail.log_edit, "Called about the May order")
    qtbot.mouseClick(detail.log_button, Qt.MouseButton.LeftButton)

    assert detail.timeline_texts() == ["Called about the May order", "First visit"]
    top = detail.timeline_area.widget().findChildren(QWidget, "timeline_entry")[0]
    assert top.findChild(QLabel, "entry_kind").text() == "Call"
    meta = top.findChild(QLabel, "entry_meta").text()
    stamp = dt.datetime.fromisoformat(queries.interactions(book, cid)[0]["at"]).astimezone()
    assert meta == stamp.strftime("%Y-%m-%d %H:%M") + "  ·  Owner"
    assert detail.log_edit.toPlainText() == ""
    [newest, _] = queries.interactions(book, cid)
    assert (newest["kind"], newest["text"]) == ("call", "Called about the May order")
    assert detail.tabs.tabText(1) == "Timeline (2)"

    # Ctrl+Enter saves too, with the kind picked on the bar
    qtbot.mouseClick(detail.kind_buttons["wechat"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.log_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.log_edit, "Sent the price list")
    qtbot.keyClick(detail.log_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert detail.timeline_texts()[0] == "Sent the price list"
    assert queries.interactions(book, cid)[0]["kind"] == "wechat"


def test_undo_refreshes_the_timeline(qtbot, detail, book, ticking_clock):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    detail.show_customer(cid)
    qtbot.keyClicks(detail.log_edit, "Called")
    qtbot.mouseClick(detail.log_button, Qt.MouseButton.LeftButton)
    assert detail.timeline_texts() == ["Called"]

    changelog.undo(book)
    assert detail.timeline_texts() == []
    assert queries.interactions(book, cid) == []
    assert detail.timeline_area.widget().findChild(QLabel, "timeline_empty") is not None

    changelog.redo(book)
    assert detail.timeline_texts() == ["Called"]


def test_changes_elsewhere_refresh_the_shown_customer_only(detail, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    other = operations.add_customer(book, data={"name": "Other"})
    detail.show_customer(cid)
    operations.update_customer(book, customer_id=cid, data={"name": "Jade Tea"})
    assert detail.name_label.text() == "Jade Tea"
    operations.delete_customers(book, customer_ids=[cid])
    assert detail.trash_banner.isVisible()
    assert not detail.edit_button.isEnabled()
    operations.update_customer(book, customer_id=other, data={"name": "Other 2"})
    assert detail.name_label.text() == "Jade Tea"


def test_undoing_the_creation_shows_that_it_is_gone(detail, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    detail.show_customer(cid)
    changelog.undo(book)
    assert detail.stack.currentIndex() == 0
    assert detail.empty_title.text() == "This customer no longer exists"


def test_add_and_remove_a_contact_person(qtbot, detail, book, boxes):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    detail.show_customer(cid)
    add = details_page(detail).findChild(QToolButton, "add_contact")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = detail.contact_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edits["name"], "Li Na")
    qtbot.keyClicks(dialog.edits["title"], "Buyer")
    qtbot.keyClicks(dialog.edits["mobile"], "13800138000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [person] = queries.contacts(book, cid)
    assert person["name"] == "Li Na"
    page = details_page(detail)
    assert labels(page, "contact_name") == ["Li Na"]
    assert labels(page, "contact_title") == ["Buyer"]
    assert page.findChild(QLabel, "contacts_title").text() == "Contact people (1)"

    remove = page.findChild(QToolButton, "remove_contact")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert "Li Na" in boxes[-1]
    assert queries.contacts(book, cid) == []
    assert labels(details_page(detail), "contact_name") == []
    assert any("Contact person removed: Li Na" in t for t in detail.history_texts())


def test_edit_a_contact_person(qtbot, detail, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea"})
    pid = operations.add_contact(book, customer_id=cid, data={"name": "Li Na"})
    detail.show_customer(cid)
    qtbot.mouseClick(details_page(detail).findChild(QToolButton, "edit_contact"),
                     Qt.MouseButton.LeftButton)
    dialog = detail.contact_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.edits["name"].text() == "Li Na"
    qtbot.keyClicks(dialog.edits["title"], "Boss")
    qtbot.keyClick(dialog.edits["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert queries.contact(book, pid)["title"] == "Boss"
    assert labels(details_page(detail), "contact_title") == ["Boss"]


def test_history_lists_every_change(detail, book):
    cid = operations.add_customer(book, data={"name": "Golden Dragon Tea", "city": "Hangzhou"})
    operations.update_customer(book, customer_id=cid, data={"city": "Suzhou", "grade": "B"})
    detail.show_customer(cid)
    texts = detail.history_texts()
    assert "City: Hangzhou → Suzhou" in texts
    assert "Grade: — → B" in texts
    assert texts[-1] == "Created the customer"
    metas = labels(detail.history_area.widget(), "history_meta")
    assert all(m.endswith("Owner") for m in metas)


# -- deals -------------------------------------------------------------------------------
def test_the_deals_section_lists_opens_and_creates_deals(qtbot, ctx, book, detail):
    from PySide6.QtWidgets import QTreeWidget

    from models import deals
    from tests.unit.views.test_settings_dialog import on_modal

    clock.set_clock(lambda: T0)
    cid = operations.add_customer(book, data={"name": "顺发五金"})
    other = operations.add_customer(book, data={"name": "别家"})
    deals.add_deal(book, data={"title": "别家的单", "customer_id": other})
    lost = deals.add_deal(book, data={"title": "货架", "customer_id": cid, "amount": 12500})
    deals.lose_deal(book, deal_id=lost, reason="price")
    detail.show_customer(cid)
    page = details_page(detail)
    assert labels(page, "deals_title") == ["Deals (1)"]
    assert detail.deal_rows() == [["货架", "Lost", "¥12,500", ""]]

    def fill(modal):
        assert modal.customer_edit.text() == "顺发五金"  # preset
        qtbot.keyClicks(modal.title_edit, "Door locks")
        qtbot.keyClicks(modal.amount_edit, "86000")
        qtbot.mouseClick(modal.save_button, Qt.MouseButton.LeftButton)

    modal = on_modal(fill)
    qtbot.mouseClick(page.findChild(QToolButton, "new_deal"), Qt.MouseButton.LeftButton)
    assert not modal, modal
    assert [d["title"] for d in deals.deals_of_customer(book, cid)] == ["Door locks", "货架"]
    # the panel refreshed on book_changed: the new deal is listed first, in its stage
    assert labels(details_page(detail), "deals_title") == ["Deals (2)"]
    assert detail.deal_rows()[0] == ["Door locks", "Initial contact", "¥86,000", ""]

    tree = details_page(detail).findChild(QTreeWidget, "deals_list")

    def edit(modal):
        assert modal.title_edit.text() == "Door locks"
        modal.next_step_edit.setText("send the quote")
        qtbot.mouseClick(modal.save_button, Qt.MouseButton.LeftButton)

    modal = on_modal(edit)
    rect = tree.visualItemRect(tree.topLevelItem(0))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not modal, modal
    assert deals.deals_of_customer(book, cid)[0]["next_step"] == "send the quote"

    deals.win_deal(book, deal_id=deals.deals_of_customer(book, cid)[0]["id"])
    assert detail.deal_rows()[0][1] == "Won"


def test_a_customer_without_deals(detail, book):
    cid = operations.add_customer(book, data={"name": "新客户"})
    detail.show_customer(cid)
    assert labels(details_page(detail), "deals_title") == ["Deals"]
    assert labels(details_page(detail), "deals_empty")
    assert detail.deal_rows() == []


def test_a_salesperson_edits_only_their_own_customers_and_those_of_nobody(detail, ctx):
    book = ctx.book
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales")
    mine = operations.add_customer(book, data={"name": "李娜的客户", "owner_id": li})
    theirs = operations.add_customer(book, data={"name": "王强的客户", "owner_id": wang})
    hidden = operations.add_customer(book, data={"name": "王强的另一个客户", "owner_id": wang})
    from models.customers import sharing

    sharing.share_customer(book, customer_id=theirs, user_id=li)  # 李娜 sees it, read only
    users.sign_in(book, user_id=li)
    ctx.user_changed.emit()
    detail.show_customer(hidden)  # one she may not see is not found
    assert detail.stack.currentIndex() == 0
    detail.show_customer(theirs)
    assert not detail.edit_button.isEnabled()
    assert "belongs to another salesperson" in detail.edit_button.toolTip()
    detail.show_customer(mine)
    assert detail.edit_button.isEnabled()
    users.sign_in(book, user_id=book.scalar("SELECT id FROM users WHERE role = 'owner'"),
                       password="boss")
    detail.show_customer(theirs)
    assert detail.edit_button.isEnabled()


def test_share_a_customer_from_its_header_and_undo_it(qtbot, detail, book):
    from models.core import scopes

    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    cid = operations.add_customer(book, data={"name": "顺发五金"})
    detail.show_customer(cid)
    header = detail.header
    assert header.share_button.isVisible()
    header._fill_share_menu()
    (act,) = [a for a in header.share_menu.actions() if a.text() == "李娜"]
    assert not act.isChecked()
    act.trigger()  # checks it: shared
    assert scopes.can_see(book, cid, user_id=sales)
    assert "Shared with 李娜" in header.meta_label.text()
    header._fill_share_menu()
    (act,) = [a for a in header.share_menu.actions() if a.text() == "李娜"]
    assert act.isChecked()
    changelog.undo(book)
    assert not scopes.can_see(book, cid, user_id=sales)
    # a salesperson sees the customer shared with them, read only: no Share, no Edit
    changelog.redo(book)
    book.user_id = sales
    detail.show_customer(cid)
    assert not header.share_button.isVisible() and not header.edit_button.isEnabled()


def test_a_long_stage_leaves_the_deal_its_title_in_a_narrow_panel(qtbot, ctx, book):
    """English stage names are long ("Requirements confirmed"): in the panel as narrow as on a
    1366x768 screen the deal's title still shows, and every column fits the list."""
    from PySide6.QtWidgets import QApplication

    from models import deals

    cid = operations.add_customer(book, data={"name": "鼎盛灯饰城"})
    did = deals.add_deal(book, data={"title": "瓷砖胶补货", "customer_id": cid, "amount": 2000,
                                     "expected_close": "2027-03-30"})
    from views.deal_dialog import stage_name

    stage = next(s for s in deals.stages(book) if stage_name(s) == "Requirements confirmed")
    deals.move_deal(book, deal_id=did, stage_id=stage["id"])
    panel = CustomerDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(330, 760)
    panel.show()
    panel.show_customer(cid)
    QApplication.processEvents()
    tree = panel.deals.deals_list
    assert panel.deal_rows() == [["瓷砖胶补货", "Requirements confirmed", "¥2,000", "2027-03-30"]]
    widths = [tree.columnWidth(c) for c in range(tree.columnCount())]
    assert sum(widths) <= tree.viewport().width()
    assert widths[0] >= tree.fontMetrics().horizontalAdvance("瓷砖胶补货")
    assert tree.topLevelItem(0).toolTip(1) == "Requirements confirmed"


def test_a_short_name_is_one_line_in_a_narrow_panel(qtbot, ctx, book):
    """Beside the grade badge and the buttons a panel as narrow as on a 1366x768 screen broke
    "鼎盛灯饰城" into two lines; the name has a line of its own."""
    from PySide6.QtWidgets import QApplication

    from tests.qt_helpers import screenshots_dir, speaking

    cid = operations.add_customer(book, data={"name": "鼎盛灯饰城", "grade": "A"})
    with speaking("en"):
        panel = CustomerDetail(ctx)
        qtbot.addWidget(panel)
        panel.resize(330, 700)
        panel.show()
        panel.show_customer(cid)
        QApplication.processEvents()
        name = panel.name_label
        assert name.height() < 2 * name.fontMetrics().lineSpacing()
        assert panel.edit_button.isVisible() and panel.grade_badge.isVisible()
        panel.grab().save(str(screenshots_dir() / "customer_detail_narrow_en.png"))


def test_a_customer_without_recorded_changes_says_so(qtbot, ctx, tmp_path):
    """The demo book's customers were written with no change log of their own: their History
    tab said nothing at all; it says why it is empty."""
    from models.customers import history
    from models.customers.queries import CustomerFilter
    from tests.qt_helpers import demo_book
    from views.context import AppContext

    with demo_book(tmp_path, customers=20) as demo:
        cid = next(i for i in queries.customer_ids(demo, CustomerFilter())
                   if not history.items(demo, i))
        panel = CustomerDetail(AppContext(demo))
        qtbot.addWidget(panel)
        panel.show_customer(cid)
        panel.tabs.setCurrentIndex(2)
        assert panel.history_area.texts() == []
        assert labels(panel.history_area.widget(), "history_empty")[0].startswith(
            "No changes are recorded for this customer yet.")
        panel.close()


def _handed_over_with_read_access(book):
    """李娜's customer handed over to 王强, 李娜 keeping read access until 2026-03-31 (clock:
    2026-03-03); she is signed in."""
    from models.team import handover

    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales")
    cid = operations.add_customer(book, data={"name": "东方建材", "city": "上海", "owner_id": li},
                                  contacts=[{"name": "张经理", "mobile": "13800138000"}])
    mine = operations.add_customer(book, data={"name": "李娜的客户", "owner_id": li})
    users.sign_in(book, user_id=li)
    operations.log_interaction(book, customer_id=cid, kind="call", text="问了水泥的价格")
    users.sign_in(book, user_id=owner, password="boss")
    handover.hand_over(book, from_user=li, to_users=[wang], filter={"cities": ["上海"]},
                       keep_read_until="2026-03-31")
    users.sign_in(book, user_id=li)
    return cid, mine


def test_a_customer_handed_over_shows_read_only_until_the_day(qtbot, detail, ctx, now):
    book = ctx.book
    cid, mine = _handed_over_with_read_access(book)
    ctx.user_changed.emit()
    detail.show_customer(cid)
    assert detail.stack.currentIndex() == 1
    banner = detail.header.read_only_banner
    assert banner.isVisible()
    assert banner.text() == ("Read-only until 2026-03-31: this customer was handed over to 王强. "
                             "You may look at everything, but change nothing.")
    assert detail.timeline_texts() and "问了水泥的价格" in " ".join(detail.timeline_texts())
    for widget in detail.action_widgets():
        assert not widget.isEnabled(), widget.objectName()
        assert widget.toolTip() == "Read-only until 2026-03-31: the customer was handed over."
    # her own customer: everything back as it was
    detail.show_customer(mine)
    assert not detail.header.read_only_banner.isVisible()
    assert detail.edit_button.isEnabled() and detail.add_contact_button.isEnabled()
    assert detail.timeline.log_edit.isEnabled()
    assert detail.header.pin_button.toolTip() == "Pin a grade by hand, or let the rules grade"
    # after the day the customer is gone from her sight
    now["t"] = dt.datetime(2026, 4, 1, 9, 0, tzinfo=now["t"].tzinfo)
    detail.show_customer(cid)
    assert detail.stack.currentIndex() == 0


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots_of_the_read_only_banner(qtbot, ctx, now, language):
    from PySide6.QtWidgets import QApplication

    from tests.qt_helpers import screenshots_dir, speaking

    cid, _ = _handed_over_with_read_access(ctx.book)
    suffix = "zh" if language == "zh_CN" else "en"
    with speaking(language):
        for width, height in ((1366, 768), (1920, 1080)):
            panel = CustomerDetail(ctx)
            qtbot.addWidget(panel)
            panel.resize(int(width * 0.4), height - 80)
            panel.show_customer(cid)
            panel.show()
            qtbot.waitExposed(panel)
            QApplication.processEvents()
            banner = panel.header.read_only_banner
            assert banner.height() >= banner.heightForWidth(banner.width())
            panel.grab().save(str(screenshots_dir() / f"read_only_{suffix}_{width}x{height}.png"))
            panel.close()
