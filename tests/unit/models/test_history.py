"""models.customers.history: audit entries as sentences a person reads (labels from the fields registry,
values shown by the field's type)."""

from __future__ import annotations

import pytest

from models.core import changelog
from models.customers import history
from models.customers import operations as ops
from models.team import users


def texts(book, cid) -> list[str]:
    return [history.render(item) for item in history.items(book, cid)]


def test_changes_read_with_the_fields_labels_and_values_by_type(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "金龙茶行", "city": "杭州"})
    ops.update_customer(book, customer_id=cid, data={
        "city": "苏州", "grade": "B", "owner_id": sales, "wechat": "jinlong88",
        "notes": "第一行\n第二行   很长" + "茶" * 100})
    got = texts(book, cid)
    assert got[-1] == "Created the customer"
    assert "City: 杭州 → 苏州" in got
    assert "Grade: — → B" in got
    assert "WeChat: — → jinlong88" in got
    assert "Owner: Owner → 小李" in got  # a user's name, not the id
    notes = next(t for t in got if t.startswith("Notes: "))
    assert "\n" not in notes and notes.endswith("…") and len(notes) < 120


def test_trash_restore_contacts_and_timeline_are_summarised(book):
    cid = ops.add_customer(book, data={"name": "顺发五金"})
    pid = ops.add_contact(book, customer_id=cid, data={"name": "李娜"})
    ops.update_contact(book, contact_id=pid, data={"title": "老板"})
    ops.delete_contact(book, contact_id=pid)
    ops.log_interaction(book, customer_id=cid, kind="email", text="报价单已发")
    ops.delete_customers(book, customer_ids=[cid])
    ops.restore_customers(book, customer_ids=[cid])
    got = texts(book, cid)
    assert got[:2] == ["Restored from the trash", "Moved to the trash"]
    assert "Logged: E-mail — 报价单已发" in got
    assert "Contact person removed: 李娜" in got
    assert "Contact person 李娜: Title: — → 老板" in got
    assert "Contact person added: 李娜" in got


def test_items_say_who_when_and_undo(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    changelog.undo(book)
    items = history.items(book, cid)
    assert items[0].is_undo and history.render(items[0]) == "City: 杭州 → —"
    assert all(item.user == "Owner" for item in items)
    assert all(len(item.when) == len("2024-05-03 14:20") for item in items)


def test_translated_through_the_given_function(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return {"City": "城市", "{field}: {old} → {new}": "{field}：{old} → {new}"}.get(text, text)

    assert history.render(history.items(book, cid)[0], translate) == "城市：— → 杭州"
    assert ("CustomerFields", "City") in seen and ("history", "{field}: {old} → {new}") in seen


def test_custom_fields_read_with_their_label(book):
    ops.add_custom_field(book, label="预算", kind="number")
    key = ops.custom_fields(book)[0]["key"]
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={f"custom:{key}": "5000"})
    assert texts(book, cid)[0] == "预算: — → 5000"


@pytest.mark.parametrize("extra", ["origin TEXT", "signature TEXT NOT NULL DEFAULT ''"])
def test_columns_the_reader_does_not_know_are_ignored(book, extra):
    with book.atomic():
        book.conn.execute(f"ALTER TABLE audit ADD {extra}")
    cid = ops.add_customer(book, data={"name": "甲", "city": "杭州"})
    ops.update_customer(book, customer_id=cid, data={"city": "苏州"})
    assert texts(book, cid) == ["City: 杭州 → 苏州", "Created the customer"]


def test_the_monthly_grading_is_kehus_not_the_owners(book):
    from models.reports import grading

    cid = ops.add_customer(book, data={"name": "老客户", "grade": "A"})
    grading.apply_if_due(book)
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    by_field = {item.field: item for item in history.items(book, cid)}
    assert by_field["grade"].automatic == history.Text("ops", "Kehu (automatic grading)")
    assert history.render(by_field["grade"]) == "Grade: A → C"
    assert by_field["city"].automatic is None and by_field["city"].user
