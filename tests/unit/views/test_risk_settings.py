"""Settings > Risk words: an owner edits the list and rescans the book through the runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.runner import Runner
from models import alerts
from models.customers import operations
from models.team import users
from tests.qt_helpers import screenshots_dir, type_text
from views.context import AppContext
from views.risk_settings import RiskSettings
from views.settings_dialog import SettingsDialog

SHOTS = screenshots_dir()


@pytest.fixture
def ctx(book):
    context = AppContext(book)
    context.runner = Runner(context)
    yield context
    context.runner.cancel()
    context.runner.wait(5000)


@pytest.fixture
def tab(qtbot, ctx):
    t = RiskSettings(ctx)
    qtbot.addWidget(t)
    t.resize(620, 460)
    t.show()
    qtbot.waitExposed(t)
    return t


def test_the_owner_adds_and_removes_words(qtbot, tab, ctx):
    assert tab.words() == list(alerts.DEFAULT_WORDS)
    assert not tab.add_button.isEnabled()
    type_text(qtbot, tab.word_edit, "现金")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert alerts.words(ctx.book)[-1] == "现金" and tab.words()[-1] == "现金"
    assert tab.word_edit.text() == ""
    type_text(qtbot, tab.word_edit, "回扣")  # already there
    qtbot.keyClick(tab.word_edit, Qt.Key.Key_Return)
    assert "already" in tab.result_label.text()
    assert alerts.words(ctx.book).count("回扣") == 1
    tab.words_list.clearSelection()
    tab.words_list.findItems("私单", Qt.MatchFlag.MatchExactly)[0].setSelected(True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "私单" not in alerts.words(ctx.book) and "私单" not in tab.words()
    qtbot.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    assert alerts.words(ctx.book) == list(alerts.DEFAULT_WORDS)


def test_rescan_through_the_runner_with_progress_and_its_result(qtbot, tab, ctx, monkeypatch):
    book = ctx.book
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    for n in range(30):
        operations.log_interaction(book, customer_id=cid, kind="call", text=f"第{n}次：只收现金")
    alerts.set_words(book, words=["现金"])
    seen = []
    real = alerts.rescan

    def rescan(b, *, progress=None, cancelled=None):
        def spy(done, total):
            seen.append((done, total))
            progress(done, total)
        return real(b, progress=spy, cancelled=cancelled)

    monkeypatch.setattr(alerts, "rescan", rescan)
    with qtbot.waitSignal(tab.rescan_finished, timeout=10000) as finished:
        qtbot.mouseClick(tab.rescan_button, Qt.MouseButton.LeftButton)
        assert not tab.rescan_button.isEnabled()  # busy
    assert finished.args == [30]
    assert seen[-1] == (30, 30)
    assert tab.result_label.text() == "Found 30 new alerts; see Alerts."
    assert alerts.unreviewed_count(book) == 30
    assert tab.rescan_button.isEnabled()
    with qtbot.waitSignal(tab.rescan_finished, timeout=10000) as again:
        tab.rescan_button.click()
    assert again.args == [0] and tab.result_label.text() == "No new alerts."


def test_cancel_leaves_the_book_as_it_was(qtbot, tab, ctx, monkeypatch):
    book = ctx.book
    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    operations.log_interaction(book, customer_id=cid, kind="call", text="只收现金")
    alerts.set_words(book, words=["现金"])
    real = alerts.rescan
    monkeypatch.setattr(alerts, "rescan", lambda b, progress=None, cancelled=None: real(
        b, progress=progress, cancelled=lambda: True))
    tab.rescan_button.click()
    qtbot.waitUntil(lambda: tab.job is None, timeout=10000)
    assert tab.result_label.text() == "Rescan cancelled; nothing was changed."
    assert alerts.unreviewed_count(book) == 0


def test_the_owner_sets_how_many_customers_a_salesperson_exports_without_an_alert(qtbot, tab,
                                                                                  ctx):
    from models.core import settings

    assert tab.export_limit.value() == 50 and tab.export_limit.isEnabled()
    tab.export_limit.selectAll()
    qtbot.keyClicks(tab.export_limit, "200")
    qtbot.keyClick(tab.export_limit, Qt.Key.Key_Return)
    assert settings.get(ctx.book, "exports.alert_rows") == 200
    assert "more than 200 customers" in tab.result_label.text()


def test_a_salesperson_cannot_edit_and_the_dialog_hides_the_tab(qtbot, ctx):
    book = ctx.book
    sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    owner_dialog = SettingsDialog(ctx)
    qtbot.addWidget(owner_dialog)
    assert owner_dialog.risk_tab is not None
    titles = [owner_dialog.tabs.tabText(i) for i in range(owner_dialog.tabs.count())]
    assert "Risk words" in titles
    users.sign_in(book, user_id=sales)
    sales_dialog = SettingsDialog(ctx)
    qtbot.addWidget(sales_dialog)
    assert sales_dialog.risk_tab is None
    t = RiskSettings(ctx)
    qtbot.addWidget(t)
    t.show()
    assert t.note.isVisible()
    assert not t.word_edit.isEnabled() and not t.rescan_button.isEnabled()
    assert not t.export_limit.isEnabled()
    t.words_list.item(0).setSelected(True)
    assert not t.remove_button.isEnabled()


def test_without_a_runner_there_is_no_rescan(qtbot, book):
    t = RiskSettings(AppContext(book))
    qtbot.addWidget(t)
    assert not t.rescan_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_tab(qtbot, ctx, language):
    from desktop import i18n

    app = QApplication.instance()
    font = app.font()
    try:
        i18n.install_translators(app, language)
        i18n.register_font(app)
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.risk_tab)
        dialog.resize(680, 500)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.risk_tab.rescan_finished, timeout=10000):
            dialog.risk_tab.rescan_button.click()
        tag = "zh" if language == "zh_CN" else "en"
        dialog.grab().save(str(SHOTS / f"risk_words_{tag}.png"))
        dialog.close()
    finally:
        i18n.remove_translators(app)
        app.setFont(font)
