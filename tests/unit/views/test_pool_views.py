"""The public pool on screen: the customers page's "Public pool" filter with Claim and Give
back, and Settings > Public pool for the owner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.customers import operations as ops
from models.team import pool, users
from tests.qt_helpers import speaking
from views.context import AppContext
from views.customers_page import CustomersPage
from views.settings_dialog import SettingsDialog

SHOTS = Path("/work/shots/pool")


@pytest.fixture
def team(book, now):
    boss = book.user_id
    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales", password="w")
    made = {}
    for name, city, grade, who in (("东方建材", "上海", "A", li), ("南方五金", "广州", "B", li),
                                   ("北方钢铁", "上海", "C", wang), ("西部物流", "成都", "B", wang),
                                   ("中原机械", "郑州", "B", boss), ("华东纺织", "杭州", "C", boss)):
        made[name] = ops.add_customer(book, data={"name": name, "city": city, "grade": grade,
                                                  "owner_id": who})
    pool.give_back(book, customer_ids=[made["中原机械"], made["华东纺织"]])
    return {"boss": boss, "li": li, "wang": wang, "c": made}


def owner_of(book, cid):
    return book.scalar("SELECT owner_id FROM customers WHERE id = ?", (cid,))


def names(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def select(page, name: str) -> None:
    page.select_customer(next(cid for r in range(page.model.rowCount())
                              if page.model.data(page.model.index(r, 0)) == name
                              and (cid := page.model.customer_id(r))))


def test_a_salesperson_claims_from_the_pool_and_gives_back(qtbot, book, team, monkeypatch,
                                                           told):
    users.sign_in(book, user_id=team["li"], password="l")
    ctx = AppContext(book)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    assert page.owner_box.itemText(1) == "Public pool"
    assert page.give_back_button.isVisibleTo(page) and not page.claim_button.isVisibleTo(page)
    choose(page.owner_box, "Public pool")
    assert sorted(names(page)) == sorted(["中原机械", "华东纺织"])
    assert page.claim_button.isVisibleTo(page) and not page.give_back_button.isVisibleTo(page)
    select(page, "中原机械")
    qtbot.mouseClick(page.claim_button, Qt.MouseButton.LeftButton)
    assert owner_of(book, team["c"]["中原机械"]) == team["li"]
    assert names(page) == ["华东纺织"]  # claimed: out of the pool's list

    # the limits: Li holds 3, may hold 3
    users.sign_in(book, user_id=team["boss"], password="boss")
    pool.set_rules(book, max_customers=3, claims_per_day=5)
    users.sign_in(book, user_id=team["li"], password="l")
    ctx.user_changed.emit()
    assert page.pool_info.text() == "you hold 3 of 3  ·  claimed today: 1 of 5"
    select(page, "华东纺织")
    qtbot.mouseClick(page.claim_button, Qt.MouseButton.LeftButton)
    assert told["warning"] == ["You may hold at most 3 customers and hold 3: give some back or "
                               "ask the owner."]
    assert owner_of(book, team["c"]["华东纺织"]) is None

    # give one back: asked first
    choose(page.owner_box, "All owners")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    select(page, "南方五金")
    qtbot.mouseClick(page.give_back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Give 南方五金 back to the public pool?\nAny salesperson may claim them "
                     "then."]
    assert owner_of(book, team["c"]["南方五金"]) is None
    choose(page.owner_box, "Public pool")
    select(page, "南方五金")
    page.flush_detail()
    assert page.detail.header.meta_label.text().startswith(
        "In the public pool since 2026-03-03 (given back)")
    choose(page.owner_box, "All owners")
    assert "北方钢铁" not in names(page)  # Wang's: Li does not even see it
    page.cancel_pending()  # the detail waiting to be shown: the book closes with the test


def test_the_owner_sets_the_rules_in_settings(qtbot, book, team, monkeypatch):
    ctx = AppContext(book)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.pool_tab
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Public pool"
    assert not tab.enabled_box.isChecked()
    qtbot.mouseClick(tab.enabled_box, Qt.MouseButton.LeftButton)
    spin = tab.days[("B", "contact")]
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), "45")
    tab.max_spin.setValue(200)
    tab.claims_spin.setValue(5)
    tab.reclaim_spin.setValue(30)
    dialog.accept()
    rules = pool.rules(book)
    assert rules["enabled"] and rules["since"] == "2026-03-03"
    assert rules["days"]["B"] == {"contact": 45, "deal": 0}
    assert (rules["max_customers"], rules["claims_per_day"], rules["reclaim_days"]) == (
        200, 5, 30)

    users.sign_in(book, user_id=team["li"], password="l")
    dialog = SettingsDialog(AppContext(book))
    qtbot.addWidget(dialog)
    assert not dialog.pool_tab.enabled_box.isEnabled()
    assert dialog.pool_tab.note.isVisibleTo(dialog.pool_tab)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(qtbot, book, team, language):
    SHOTS.mkdir(parents=True, exist_ok=True)
    pool.set_rules(book, enabled=True, max_customers=50, claims_per_day=5, reclaim_days=30,
                   days={"A": {"contact": 60, "deal": 180}, "B": {"contact": 30, "deal": 90},
                         "C": {"contact": 15}, "": {"contact": 15}})
    suffix = "zh" if language == "zh_CN" else "en"
    with speaking(language):
        users.sign_in(book, user_id=team["li"], password="l")
        page = CustomersPage(AppContext(book))
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.owner_box.setCurrentIndex(1)
        page.show()
        qtbot.waitExposed(page)
        page.flush_detail()
        QApplication.processEvents()
        assert page.claim_button.isVisible()
        page.grab().save(str(SHOTS / f"customers_pool_{suffix}_1366x768.png"))
        users.sign_in(book, user_id=team["boss"], password="boss")
        dialog = SettingsDialog(AppContext(book))
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.pool_tab)
        dialog.fit_to_screen(QRect(0, 0, 1366, 728))  # the screen less a task bar
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert dialog.width() <= 1366 and dialog.height() <= 728
        dialog.grab().save(str(SHOTS / f"settings_pool_{suffix}_1366x768.png"))
        dialog.close()
        if language == "zh_CN":
            assert page.claim_button.text() != "Claim"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_pool_digest_lists_its_customers_with_their_reasons(qtbot, ctx, book, team, now,
                                                                 language):
    import datetime as dt

    from models import reminders
    from tests.qt_helpers import screenshots_dir
    from views.digest_dialog import DigestDialog

    for n in range(6):
        ops.add_customer(book, data={"name": f"批量客户{n}", "grade": "B", "owner_id": team["li"]})
    pool.set_rules(book, enabled=True, days={"A": {"contact": 60}, "B": {"contact": 30},
                                             "C": {"contact": 0, "deal": 30}, "": {}},
                   warn_days=3)
    now["t"] = now["t"] + dt.timedelta(days=28)
    pool.run_rules(book)
    row = book.one("SELECT id FROM reminders WHERE owner_id = ? AND status = 'open'",
                   (team["li"],))
    digest = reminders.reminder(book, row["id"])
    with speaking(language):
        dialog = DigestDialog(ctx, digest)
        qtbot.addWidget(dialog)
        rows = dialog.rows()
        if language == "en":
            assert dialog.windowTitle() == "7 customers go back to the public pool soon"
            assert ["南方五金", "2026-04-02", "No contact logged"] in rows
            assert dialog.note.text().startswith("7 of them go back to the public pool")
        else:
            assert dialog.windowTitle() == "7 个客户即将退回公海"
            assert ["南方五金", "2026-04-02", "未记录联系"] in rows
        assert len(rows) == 7
        dialog.show()
        qtbot.waitExposed(dialog)
        suffix = "zh" if language == "zh_CN" else "en"
        dialog.grab().save(str(screenshots_dir() / f"pool_digest_{suffix}.png"))
        with qtbot.waitSignal(dialog.open_customer) as opened:
            dialog.open_button.click()
        assert opened.args == [team["c"]["南方五金"]]  # the first row
