"""The handover dialog (owner or manager), and disabling a user who still has customers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import deals
from models.core import changelog
from models.customers import operations as ops
from models.team import handover, users
from tests.qt_helpers import screenshots_dir, speaking, type_text
from views.handover_dialog import HandoverDialog, done_message, hand_over_customers
from views.settings_dialog import UserDialog


@pytest.fixture
def team(book, now):
    boss = book.user_id
    li = users.add_user(book, name="李娜", role="sales", password="l", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales", password="w")
    zhao = users.add_user(book, name="赵敏", role="sales", password="z")
    users.sign_in(book, user_id=li, password="l")
    made = [ops.add_customer(book, data={"name": n, "city": c, "tags": t})
            for n, c, t in (("东方建材", "上海", "VIP"), ("南方五金", "广州", ""),
                            ("北方钢铁", "上海", ""), ("西部物流", "上海", "VIP"))]
    stage = deals.stages(book)[2]["id"]
    deals.add_deal(book, data={"title": "新仓库", "customer_id": made[0], "stage_id": stage})
    users.sign_in(book, user_id=boss, password="boss")
    return {"boss": boss, "li": li, "wang": wang, "zhao": zhao, "customers": made}


def tick(dialog, name: str) -> None:
    for i in range(dialog.to_list.count()):
        item = dialog.to_list.item(i)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(name)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_choose_filter_receivers_and_hand_over_then_undo(qtbot, ctx, book, team):
    dialog = HandoverDialog(ctx, from_user=team["li"])
    qtbot.addWidget(dialog)
    assert dialog.from_combo.currentText() == "李娜 · 4 customers"
    assert dialog.has_label.text() == ("Has 4 customers, 1 open deals, 0 open reminders, "
                                       "0 unpaid orders.")
    # nobody ticked yet: nothing to do
    assert not dialog.ok_button.isEnabled()
    assert "Tick who takes them over" in dialog.preview_label.text()
    assert [dialog.city_combo.itemText(i) for i in range(dialog.city_combo.count())] == [
        "Any city", "上海", "广州"]
    choose(dialog.city_combo, "上海")
    tick(dialog, "王强")
    tick(dialog, "赵敏")
    assert dialog.preview_label.text() == ("Will move 3 customers, 1 open deals, 0 open "
                                           "reminders, 0 unpaid orders to 王强、赵敏.")
    choose(dialog.tag_combo, "VIP")
    assert dialog.preview_label.text().startswith("Will move 2 customers,")
    type_text(qtbot, dialog.note_edit, "调到华南")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.handed_over) as signal:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args[0]["customers"] == 2
    got = dict(book.all("SELECT name, (SELECT name FROM users WHERE id = owner_id) "
                        "FROM customers"))
    assert got == {"东方建材": "王强", "西部物流": "赵敏", "南方五金": "李娜", "北方钢铁": "李娜"}
    [log] = handover.handovers(book)
    assert (log["note"], log["filter"]) == ("调到华南", {"cities": ["上海"], "tags": ["VIP"]})
    assert done_message(signal.args[0]) == ("Handed over 2 customers, 1 open deals, 0 open "
                                            "reminders, 0 unpaid orders. Edit > Undo takes it "
                                            "back.")
    # the normal undo takes it back
    assert changelog.undo_stack(book, 1)[0]["name"] == "hand_over"
    changelog.undo(book)
    assert set(dict(book.all("SELECT name, owner_id FROM customers")).values()) == {team["li"]}


def test_a_refused_handover_keeps_what_was_chosen(qtbot, ctx, book, team, told):
    dialog = HandoverDialog(ctx, from_user=team["li"])
    qtbot.addWidget(dialog)
    tick(dialog, "王强")
    type_text(qtbot, dialog.note_edit, "离职")
    users.update_user(book, user_id=team["wang"], active=False)  # meanwhile, on the side
    dialog.accept()
    assert told["warning"] == ["王强 is not an active user: customers can only go to an "
                               "active user."]
    assert dialog.note_edit.text() == "离职" and dialog.receivers() == [team["wang"]]
    assert handover.owned_count(book, team["li"]) == 4


def test_a_salesperson_does_not_get_the_dialog(qtbot, ctx, book, team):
    users.sign_in(book, user_id=team["wang"], password="w")
    assert hand_over_customers(ctx, None, from_user=team["li"]) is None


def test_disabling_a_user_with_customers_asks_where_they_go(qtbot, ctx, book, team):
    li = book.one("SELECT * FROM users WHERE id = ?", (team["li"],))
    dialog = UserDialog(ctx, dict(li))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.heir_combo.isVisible()
    dialog.active_check.setChecked(False)
    assert dialog.heir_combo.isVisible()
    assert dialog.heir_label.text() == ("李娜 has 4 customers: choose who takes them over when "
                                        "李娜 is disabled.")
    choose(dialog.heir_combo, "赵敏")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert book.scalar("SELECT active FROM users WHERE id = ?", (team["li"],)) == 0
    assert handover.owned_count(book, team["zhao"]) == 4


def test_a_transfer_may_keep_read_only_access_until_a_day(qtbot, ctx, book, team):
    from PySide6.QtCore import QDate

    dialog = HandoverDialog(ctx, from_user=team["li"])
    qtbot.addWidget(dialog)
    tick(dialog, "王强")
    assert not dialog.read_until.isEnabled() and dialog.read_until_day() == ""
    qtbot.mouseClick(dialog.keep_read, Qt.MouseButton.LeftButton,
                     pos=dialog.keep_read.rect().center())
    assert dialog.keep_read.isChecked() and dialog.read_until.isEnabled()
    # no day before today (the injected clock: 2026-03-03)
    dialog.read_until.setDate(QDate(2026, 3, 1))
    assert dialog.read_until.date() == QDate(2026, 3, 3)
    dialog.read_until.setDate(QDate(2026, 3, 31))
    assert dialog.preview_label.text().endswith("李娜 may read them until 2026-03-31.")
    dialog.ok_button.click()
    assert dialog.result_counts["read_until"] == "2026-03-31"
    assert book.scalar("SELECT count(*) FROM customer_shares WHERE user_id = ? AND "
                       "read_until = '2026-03-31' AND deleted_at IS NULL", (team["li"],)) == 4


def test_a_leaver_gets_no_read_only_access(qtbot, ctx, book, team):
    users.update_user(book, user_id=team["zhao"], active=False)
    ops.add_customer(book, data={"name": "留下的客户", "owner_id": team["zhao"]})
    dialog = HandoverDialog(ctx, from_user=team["zhao"])
    qtbot.addWidget(dialog)
    assert not dialog.keep_read.isEnabled() and not dialog.keep_read.isChecked()
    assert "leaver" in dialog.keep_read.toolTip()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(qtbot, ctx, book, team, language):
    suffix = "zh" if language == "zh_CN" else "en"
    with speaking(language):
        for width, height in ((1366, 768), (1920, 1080)):
            dialog = HandoverDialog(ctx, from_user=team["li"])
            qtbot.addWidget(dialog)
            area = QRect(0, 0, width, height - 40)
            dialog.resize(min(760, int(area.width() * 0.9)), min(560, int(area.height() * 0.9)))
            tick(dialog, "王强")
            tick(dialog, "赵敏")
            dialog.city_combo.setCurrentIndex(1)
            dialog.keep_read.setChecked(True)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            assert dialog.width() <= area.width() and dialog.height() <= area.height()
            # every text shows in full: the labels fit their lines
            assert dialog.preview_label.height() >= dialog.preview_label.heightForWidth(
                dialog.preview_label.width())
            dialog.grab().save(str(screenshots_dir() / f"handover_{suffix}_{width}x{height}.png"))
            if language == "zh_CN":
                assert dialog.windowTitle() != "Hand over customers"
            dialog.close()
