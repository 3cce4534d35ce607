"""The tray: one message per reminder that comes due, never twice; a click opens what it is
about; the start-up list of what came due while Kehu was closed; minimise to tray; and the
navigation's counts. The clock is moved by hand, never slept on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop import tray as tray_module
from desktop.main_window import MainWindow
from models import deals, reminders
from models.core import clock
from models.core.book import Book
from models.customers import operations
from models.team import users
from tests.qt_helpers import screenshots_dir
from views.context import AppContext
from views.settings import set_minimise_to_tray

TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
SHOTS = screenshots_dir()
# The offscreen platform cannot raise a window; a real desktop does.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def now():
    state = {"t": T0}
    clock.set_clock(lambda: state["t"])
    return state


@pytest.fixture
def messages(monkeypatch):
    """The desktop has a tray; what it would have shown is recorded instead."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "hide", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *a: shown.append((title, text)))
    return shown


@pytest.fixture
def customer(book, now):
    return operations.add_customer(book, data={"name": "杭州鑫达建材"})


def make_window(qtbot, book) -> MainWindow:
    window = MainWindow(AppContext(book))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window):
    window.quit()


def test_a_due_reminder_shows_one_message_once(qtbot, book, now, messages, customer):
    rid = reminders.add_reminder(book, data={"title": "回访报价", "customer_id": customer,
                                             "due_at": T0 + dt.timedelta(minutes=30)})
    window = make_window(qtbot, book)
    try:
        tray = window.tray
        assert tray.start() is None  # nothing had come due: no start-up list
        assert tray.timer.isActive() and tray.timer.interval() == 30_000
        tray.check()
        assert messages == []
        now["t"] = T0 + dt.timedelta(minutes=31)
        with qtbot.waitSignal(tray.message_shown) as shown:
            tray.timer.timeout.emit()
        assert shown.args == [rid]
        assert messages == [("回访报价", "10:30  杭州鑫达建材")]
        assert reminders.reminder(book, rid)["notified_at"] != ""
        tray.check()
        now["t"] += dt.timedelta(minutes=5)
        tray.check()
        assert len(messages) == 1  # never twice
        # still in the agenda until it is done
        assert [r["id"] for r in reminders.agenda(book)["today"]] == [rid]
    finally:
        close_window(window)


def test_clicking_the_message_opens_the_customer(qtbot, book, now, messages, customer):
    operations.add_customer(book, data={"name": "宁波海达五金"})
    rid = reminders.add_reminder(book, data={"title": "回访", "customer_id": customer,
                                             "due_at": T0 + dt.timedelta(minutes=1)})
    window = make_window(qtbot, book)
    try:
        window.show_page(window.pipeline)
        window.customers.search.setText("宁波")
        window.tray.start()
        now["t"] += dt.timedelta(minutes=2)
        window.tray.check()
        assert window.tray.current["id"] == rid
        window.tray.message_clicked()
        assert window.pages.currentWidget() is window.customers
        assert window.customers.current_id() == customer  # the search no longer hides it
        assert window.customers.detail.customer_id == customer
    finally:
        close_window(window)


def test_clicking_the_message_of_a_deal_opens_the_deal(qtbot, book, now, messages, customer):
    did = deals.add_deal(book, data={"title": "瓷砖 200 箱", "customer_id": customer})
    reminders.add_reminder(book, data={"title": "催合同", "deal_id": did,
                                       "due_at": T0 + dt.timedelta(minutes=1)})
    window = make_window(qtbot, book)
    opened = []

    def look():
        dialog = QApplication.activeModalWidget()
        opened.append(getattr(dialog, "deal_id", None))
        if dialog is not None:
            dialog.reject()

    try:
        window.tray.start()
        now["t"] += dt.timedelta(minutes=2)
        window.tray.check()
        QTimer.singleShot(0, look)
        window.tray.message_clicked()
        assert opened == [did]
    finally:
        close_window(window)


def test_many_due_at_once_make_one_message_that_opens_the_agenda(qtbot, book, now, messages):
    for n in range(5):
        reminders.add_reminder(book, data={"title": f"r{n}",
                                           "due_at": T0 + dt.timedelta(minutes=n + 1)})
    window = make_window(qtbot, book)
    try:
        window.tray.start()
        now["t"] += dt.timedelta(minutes=10)
        assert window.tray.check() == 5
        assert messages == [("Kehu: reminders", "5 reminders are due. Click to see them.")]
        window.tray.message_clicked()
        assert window.pages.currentWidget() is window.reminders
        assert reminders.to_notify(book) == []
    finally:
        close_window(window)


def test_messages_of_a_few_come_one_after_another(qtbot, book, now, messages):
    for n in range(2):
        reminders.add_reminder(book, data={"title": f"r{n}",
                                           "due_at": T0 + dt.timedelta(minutes=n + 1)})
    window = make_window(qtbot, book)
    try:
        tray = window.tray
        tray.start()
        now["t"] += dt.timedelta(minutes=10)
        tray.check()
        assert [m[0] for m in messages] == ["r0"] and tray.gap.isActive()
        tray.gap.timeout.emit()
        assert [m[0] for m in messages] == ["r0", "r1"]
    finally:
        close_window(window)


def test_the_start_up_list_shows_what_came_due_while_closed_once(qtbot, tmp_path, now,
                                                                 messages):
    path = tmp_path / "shop.sqlite"
    book = Book.open(path)
    cid = operations.add_customer(book, data={"name": "温州大华电器"})
    for title, hours in (("早上打电话", 1), ("下午送样", 6), ("晚上对账", 10), ("下周", 24 * 8)):
        reminders.add_reminder(book, data={"title": title, "customer_id": cid,
                                           "due_at": T0 + dt.timedelta(hours=hours)})
    window = make_window(qtbot, book)
    window.tray.start()
    assert window.tray.catch_up is None
    window.quit()
    book.close()

    now["t"] = T0 + dt.timedelta(days=2)  # Kehu was closed for two days
    book = Book.open(path)
    window = make_window(qtbot, book)
    try:
        dialog = window.tray.start()
        assert dialog is window.tray.catch_up and dialog.isVisible()
        assert not dialog.isModal()
        assert dialog.titles() == ["早上打电话", "下午送样", "晚上对账"]
        assert dialog.findChild(type(dialog.list), "catch_up_list").topLevelItemCount() == 3
        window.tray.check()
        assert messages == []  # shown in the list: no tray message as well
        # a double-click on one opens its customer
        item = dialog.list.topLevelItem(0)
        dialog.list.itemActivated.emit(item, 0)
        assert window.customers.current_id() == cid
        dialog.close()
    finally:
        window.quit()
        book.close()

    book = Book.open(path)  # and the next start does not list them again
    window = make_window(qtbot, book)
    try:
        assert window.tray.start() is None
        assert len(reminders.agenda(book)["overdue"]) == 3  # still there until done
    finally:
        window.quit()
        book.close()


def test_the_window_starts_the_tray_and_the_rules(qtbot, book, now, messages, customer):
    reminders.add_reminder(book, data={"title": "昨天的", "due_at": T0 - dt.timedelta(days=1)})
    window = make_window(qtbot, book)
    try:
        assert not window.tray.started  # nothing runs before the window is ready
        window.ready.emit()  # as desktop.app.start_window does once the first rows show
        qtbot.waitUntil(lambda: window.tray.started)
        qtbot.waitUntil(lambda: window.tray.catch_up is not None)
        assert window.tray.catch_up.titles() == ["昨天的"]
        assert window.housekeeping.stalls_checked is not None  # run_rules ran after it showed
        assert window.housekeeping.stall_timer.isActive()
    finally:
        close_window(window)


# -- minimise to tray --------------------------------------------------------------------------
def test_close_hides_to_the_tray_when_the_setting_is_on(qtbot, book, now, messages):
    set_minimise_to_tray(True)
    window = make_window(qtbot, book)
    window.tray.start()
    window.close()
    assert not window.isVisible()
    assert window.tray.timer.isActive()  # reminders keep firing
    window.tray.open_action.trigger()
    assert window.isVisible()
    window.tray.quit_action.trigger()  # the tray's Quit closes for real
    assert not window.isVisible() and not window.tray.timer.isActive()


def test_close_quits_when_the_setting_is_off(qtbot, book, now, messages):
    set_minimise_to_tray(False)
    window = make_window(qtbot, book)
    window.tray.start()
    window.close()
    assert not window.isVisible() and not window.tray.timer.isActive()


def test_no_tray_no_hiding(qtbot, book, now, monkeypatch):
    """Without a tray (some Linux desktops) closing must close, or Kehu could not be found."""
    monkeypatch.setattr(tray_module, "tray_available", lambda: False)
    set_minimise_to_tray(True)
    window = make_window(qtbot, book)
    window.close()
    assert not window.isVisible() and not window.tray.timer.isActive()


# -- the navigation's counts -------------------------------------------------------------------
def nav_texts(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())
            if not window.nav.item(i).isHidden()]


def test_navigation_counts_reminders_due_and_alerts(qtbot, book, now, messages, customer):
    window = make_window(qtbot, book)
    try:
        assert nav_texts(window) == ["Customers", "Pipeline", "Reminders", "Alerts", "Receivables",
                                     "Reports", "Trash"]
        rid = reminders.add_reminder(book, data={"title": "a", "due_at": T0 - dt.timedelta(days=1)})
        reminders.add_reminder(book, data={"title": "b", "due_at": T0 + dt.timedelta(hours=2)})
        reminders.add_reminder(book, data={"title": "c", "due_at": T0 + dt.timedelta(days=2)})
        assert window.reminders_item.text() == "Reminders (2)"  # overdue and today
        reminders.complete_reminder(book, reminder_id=rid)
        assert window.reminders_item.text() == "Reminders (1)"
        now["t"] += dt.timedelta(days=2)  # the minute timer follows the clock
        window.count_timer.timeout.emit()
        assert window.reminders_item.text() == "Reminders (2)"
        operations.log_interaction(book, customer_id=customer, kind="call", text="他说可以走私单")
        assert window.alerts_item.text() == "Alerts (1)"
        window.show_page(window.reminders)
        assert window.pages.currentWidget() is window.reminders

        sales = users.add_user(book, name="李娜", role="sales", password="x", owner_password="boss")
        book.user_id = sales
        window.ctx.user_changed.emit()
        assert "Alerts" not in " ".join(nav_texts(window))  # owners only
        assert window.reminders_item.text() == "Reminders"  # the sales user's own: none
    finally:
        close_window(window)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_start_up_list(qtbot, book, now, language):
    from desktop import i18n

    app = QApplication.instance()
    font = app.font()
    cid = operations.add_customer(book, data={"name": "温州大华电器"})
    did = deals.add_deal(book, data={"title": "吊灯一批", "customer_id": cid})
    for title, hours, extra in (("早上打电话问报价", 1, {"customer_id": cid}),
                                ("送样品", 6, {"deal_id": did, "priority": "high"}),
                                ("月底对账", 10, {})):
        reminders.add_reminder(book, data={"title": title, "due_at": T0 + dt.timedelta(hours=hours),
                                           **extra})
    now["t"] = T0 + dt.timedelta(days=1)
    try:
        i18n.install_translators(app, language)
        i18n.register_font(app)
        dialog = tray_module.CatchUpDialog(reminders.to_notify(book))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.titles() == ["早上打电话问报价", "送样品", "月底对账"]
        tag = "zh" if language == "zh_CN" else "en"
        dialog.grab().save(str(SHOTS / f"catch_up_{tag}.png"))
        dialog.close()
    finally:
        i18n.remove_translators(app)
        app.setFont(font)
