"""Edit > History of changes: each user's own steps; an owner undoes anyone's from there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.customers import operations, queries
from models.team import users
from views.steps import StepsDialog


def open_steps(qtbot, ctx) -> StepsDialog:
    dialog = StepsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: StepsDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


def select(qtbot, dialog: StepsDialog, what: str) -> None:
    for r in range(dialog.table.rowCount()):
        if what in dialog.table.item(r, 3).text():
            rect = dialog.table.visualItemRect(dialog.table.item(r, 3))
            qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
            return
    raise AssertionError(f"no step {what!r} in {rows(dialog)}")


def test_an_owner_undoes_a_salespersons_step_from_the_history(qtbot, ctx, book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    book.user_id = sales
    cid = operations.add_customer(book, data={"name": "小李的新客户"})
    book.user_id = owner
    operations.add_customer(book, data={"name": "老板的客户"})
    dialog = open_steps(qtbot, ctx)
    assert dialog.everyone.isVisible() and dialog.everyone.isChecked()
    shown = rows(dialog)
    assert [r[1] for r in shown[:2]] == ["Owner", "小李"]
    assert shown[1][2] == "this PC" and "小李的新客户" in shown[1][3] and shown[1][4] == "done"
    select(qtbot, dialog, "小李的新客户")
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert book.one("SELECT 1 FROM customers WHERE id = ?", (cid,)) is None
    assert "小李的新客户" in dialog.note.text()
    assert [r[4] for r in rows(dialog) if "小李的新客户" in r[3]] == ["undone"]
    assert queries.count_customers(book) == 1  # the owner's own customer is untouched


def test_a_salesperson_sees_and_undoes_only_their_own_steps(qtbot, ctx, book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    operations.add_customer(book, data={"name": "老板的客户"})
    book.user_id = sales
    operations.add_customer(book, data={"name": "小李的客户"})
    dialog = open_steps(qtbot, ctx)
    assert not dialog.everyone.isVisible()
    assert [r[1] for r in rows(dialog)] == ["小李"]
    select(qtbot, dialog, "小李的客户")
    assert dialog.undo_button.isEnabled()
    dialog.everyone.setChecked(True)  # not offered to a salesperson; even so, the owner's
    select(qtbot, dialog, "老板的客户")  # steps cannot be undone from here
    assert not dialog.undo_button.isEnabled()
    assert "owner" in dialog.note.text()


def test_kehus_own_steps_are_kehus_and_settings_are_named(qtbot, ctx, book):
    """The monthly grading and the rules are Kehu's, never the owner's by hand; a change of
    settings names the settings, not their keys."""
    from models import reminders
    from models.core import settings
    from models.reports import grading

    operations.add_customer(book, data={"name": "甲", "grade": "A"})
    grading.apply_if_due(book)  # the monthly job: A -> C by the rules
    reminders.run_rules(book)
    settings.set_settings(book, {settings.SHOP_NAME.key: "鑫达建材", settings.SKIP_HOLIDAYS.key: True})
    operations.add_customer(book, data={"name": "乙", "grade": "A"})
    grading.apply_grades(book)  # applied by hand from Settings: the owner's
    shown = rows(open_steps(qtbot, ctx))
    who = {r[3]: r[1] for r in shown}
    month = next(r[3] for r in shown if r[3].startswith("automatic grading"))
    assert who[month] == "Kehu (automatic grading)"
    assert who["settings First run of the reminder rules"] == "Kehu (automatic)"
    assert who["settings Shop name, Skip public holidays"] == "Owner"
    assert who["grade customers"] == "Owner"
    assert not any("shop.name" in r[3] or "grading.last_applied" in r[3] for r in shown)
    assert who["settings Last monthly grading"] == "Kehu (automatic)"


def test_the_rules_step_names_its_rules_in_the_users_language(qtbot, ctx, book, now):
    """"reminders by the rules stall 2" showed the rules' keys in either language; each
    count is named."""
    import datetime as dt

    from models import deals, reminders
    from tests.qt_helpers import speaking
    from views.steps import op_title

    cid = operations.add_customer(book, data={"name": "杭州鑫达建材"})
    for title in ("瓷砖", "地板"):
        deals.add_deal(book, data={"title": title, "customer_id": cid})
    now["t"] += dt.timedelta(days=30)
    assert reminders.run_rules(book)["stall"] == 2
    with speaking("en"):
        assert op_title("reminder_rules", "stall 10, no_contact 6") == \
            "reminders by the rules stalled deals 10, no contact 6"
    with speaking("zh_CN"):
        shown = [r[3] for r in rows(open_steps(qtbot, ctx))]
        assert "自动生成提醒 停滞商机 2" in shown, shown
        assert not any("stall" in r for r in shown)
