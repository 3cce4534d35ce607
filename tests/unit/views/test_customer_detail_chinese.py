"""The customer panel in Chinese: each of its parts translates its own words, also where one
English word reads differently on the panel than elsewhere (a part's class name is its
translation context)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from models import deals
from models.core import clock
from models.customers import operations
from tests.qt_helpers import screenshots_dir, speaking
from views.customer_detail import CustomerDetail

T0 = dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_every_part_of_the_panel_speaks_chinese(qtbot, ctx, book):
    clock.set_clock(lambda: T0)
    cid = operations.add_customer(book, data={"name": "顺发五金", "grade": "B",
                                              "next_follow_up": "2026-03-01"})
    operations.add_contact(book, customer_id=cid, data={"name": "李娜", "wechat": "lina"})
    deals.add_deal(book, data={"title": "门锁", "customer_id": cid, "amount": 900})
    operations.log_interaction(book, customer_id=cid, kind="email", text="发了报价")
    with speaking("zh_CN"):
        panel = CustomerDetail(ctx)
        qtbot.addWidget(panel)
        panel.resize(460, 800)
        panel.show()
        assert panel.empty_title.text() == "未选择客户"  # the panel's own
        panel.show_customer(cid)
        page = panel.details_area.widget()

        def text(name: str) -> str:
            return page.findChild(QLabel, name).text()

        assert panel.pin_button.text() == "等级"  # the header
        assert panel.meta_label.text() == "负责人：Owner"
        assert text("value_next_follow_up") == "2026-03-01（已逾期）"  # the fields
        assert text("contacts_title") == "联系人（1）"  # the contact people
        assert "微信：lina" in [w.text() for w in page.findChildren(QLabel)]
        tree = panel.deals.deals_list  # the deals: the panel's short headers
        assert [tree.headerItem().text(c) for c in range(4)] == ["商机", "阶段", "金额",
                                                                   "预计成交"]
        assert text("reminders_title") == "提醒 (1)"  # the reminders: the follow-up
        assert panel.kind_buttons["email"].text() == "邮件"  # the timeline: 邮件, not 邮箱
        top = panel.timeline_area.widget().findChild(QWidget, "timeline_entry")
        assert top.findChild(QLabel, "entry_kind").text() == "邮件"
        assert panel.follow_up_set.text() == "设定"  # the follow-up offer: 设定, not 已设置
        assert panel.tabs.tabText(1) == "跟进记录（1）"
        panel.tabs.setCurrentIndex(1)
        panel.offer_follow_up()
        panel.grab().save(str(screenshots_dir() / "customer_detail_zh_CN.png"))
