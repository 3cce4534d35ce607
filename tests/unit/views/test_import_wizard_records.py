"""The import wizard with a price list and an order sheet: the user says what the file holds,
maps, previews, imports and undoes; pictures of the order pages in both languages."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

from models import orders
from models.customers import operations
from models.imports import import_history
from tests.qt_helpers import screenshots_dir, speaking
from tests.unit.views.test_import_wizard import (  # noqa: F401 - the wizard's fixtures
    choose_target,
    click,
    click_radio,
    ctx,
    idle,
    next_button,
    open_wizard,
)


def write_rows(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def products_in(book):
    return sorted((p["name"], p["spec"], p["price"].minor if p["price"] else None)
                  for p in orders.products(book, active_only=False))


def test_choosing_products_maps_previews_imports_and_undoes(qtbot, ctx, tmp_path):  # noqa: F811
    orders.add_product(ctx.book, data={"name": "水泥", "spec": "P.O 42.5", "price": "400"})
    path = write_rows(tmp_path / "价格表.xlsx", [
        ["品名", "规格型号", "单位", "单价", "备用"],
        ["水泥", "P.O 42.5", "吨", "420", ""],
        ["黄沙", "中砂", "吨", "135.5", ""],
        ["白乳胶", "18kg", "桶", "面议", ""],
        ["", "无名", "箱", "5", ""]])
    wizard = open_wizard(qtbot, ctx)
    click_radio(qtbot, wizard.file_page.kind_buttons["products"])
    assert wizard.records == "products"
    wizard.load_file(path)
    idle(qtbot, wizard)
    click(qtbot, next_button(wizard))

    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == ["name", "spec", "unit", "price", ""]
    assert page.preview_text(1, "price") == "135.50"
    assert page.preview.item(2, 3).toolTip()  # 面议 is not a price: a warning
    choose_target(qtbot, page.combos[0], "")
    assert not next_button(wizard).isEnabled() and page.hint.text()
    choose_target(qtbot, page.combos[0], "name")
    click(qtbot, next_button(wizard))

    decision = wizard.decision_page
    idle(qtbot, wizard)
    assert decision.mode_buttons["fill"].isHidden()  # customers' choices are not offered
    assert not decision.all_mode_buttons[("products", "update")].isHidden()
    assert (decision.count_text("created"), decision.count_text("duplicates"),
            decision.count_text("errors"), decision.count_text("warnings")) == ("2", "1", "1", "1")
    click_radio(qtbot, decision.all_mode_buttons[("products", "update")])
    idle(qtbot, wizard)
    assert wizard.plan.mode == "update" and decision.count_text("updated") == "1"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10000)
    idle(qtbot, wizard)
    assert products_in(ctx.book) == [("水泥", "P.O 42.5", 42000), ("白乳胶", "18kg", None),
                                      ("黄沙", "中砂", 13550)]
    assert "2" in wizard.done_page.summary.text()
    assert '"records": "products"' in import_history(ctx.book)[0]["mapping"]

    click(qtbot, wizard.done_page.undo_button)
    idle(qtbot, wizard)
    assert products_in(ctx.book) == [("水泥", "P.O 42.5", 40000)]


ORDER_ROWS = [
    ["订单号", "日期", "客户名称", "产品名称", "数量", "单位", "单价", "金额", "业务员", "状态"],
    ["SO-1", "2026-11-02", "老客户", "水泥", 10, "吨", 420, 4200, "", "已发货"],
    ["SO-1", "2026-11-02", "老客户", "运费", 1, "次", 300, 300, "", ""],
    ["SO-2", "2026-11-05", "宁波新客户五金", "黄沙", 2, "吨", "135.5", "", "", ""],
    ["SO-3", "2026-11-06", "老客户", "螺丝", "许多", "盒", "12", "12", "", ""],
]


def test_orders_held_customer_answered_then_imported_with_pictures(qtbot, ctx,  # noqa: F811
                                                                   tmp_path):
    path = write_rows(tmp_path / "订单.xlsx", ORDER_ROWS)
    shots = screenshots_dir()
    for language, suffix in (("en", "en"), ("zh_CN", "zh")):
        with speaking(language):
            wizard = open_wizard(qtbot, ctx)
            click_radio(qtbot, wizard.file_page.kind_buttons["orders"])
            wizard.load_file(path)
            idle(qtbot, wizard)
            pages = []
            for _ in range(2):
                pages.append(wizard.currentPage())
                for size in ((1366, 768), (1920, 1080)):
                    wizard.resize(QSize(size[0] - 150, size[1] - 60))
                    qtbot.wait(20)
                    wizard.grab().save(str(shots / f"import_orders_{wizard.currentPage().objectName()}"
                                           f"_{suffix}_{size[0]}x{size[1]}.png"))
                click(qtbot, next_button(wizard))
                idle(qtbot, wizard)
            decision = wizard.decision_page
            for size in ((1366, 768), (1920, 1080)):
                wizard.resize(QSize(size[0] - 150, size[1] - 60))
                qtbot.wait(20)
                wizard.grab().save(str(shots / f"import_orders_decision_page_{suffix}_"
                                       f"{size[0]}x{size[1]}.png"))
            if language == "zh_CN":
                assert decision.mode_title.text() != "Orders whose customer is not in the book:"
                wizard.close()
                continue
            assert wizard.mapping.columns[:8] == ["number", "order_date", "customer", "product",
                                                  "quantity", "unit", "price", "amount"]
            assert (decision.count_text("created"), decision.count_text("held"),
                    decision.count_text("warnings")) == ("2", "1", "1")
            held = decision.held_boxes[4]
            held.setCurrentIndex(held.findData("new"))
            assert decision.count_text("created") == "3"
            click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
            qtbot.waitUntil(lambda w=wizard: w.currentId() == w.DONE, timeout=10000)
            idle(qtbot, wizard)
            for size in ((1366, 768), (1920, 1080)):
                wizard.resize(QSize(size[0] - 150, size[1] - 60))
                wizard.grab().save(str(shots / f"import_orders_done_page_{suffix}_"
                                       f"{size[0]}x{size[1]}.png"))
            numbers = sorted(r[0] for r in ctx.book.all("SELECT number FROM orders"))
            assert numbers == ["SO-1", "SO-2", "SO-3"]
            assert ctx.book.scalar("SELECT total_minor FROM orders WHERE number = 'SO-1'") == 450000
            assert [c["name"] for c in ctx.book.all(
                "SELECT name FROM customers ORDER BY name")] == ["宁波新客户五金", "老客户"]
            click(qtbot, wizard.done_page.undo_button)
            idle(qtbot, wizard)
            assert ctx.book.scalar("SELECT count(*) FROM orders") == 0
            assert [c["name"] for c in ctx.book.all("SELECT name FROM customers")] == ["老客户"]
            wizard.close()
    assert operations.custom_fields(ctx.book) == []
