"""Operations: customers, custom fields, contacts, the timeline; each audited in one transaction."""

from __future__ import annotations

import json

import pytest

from models.core import changelog, settings
from models.core.book import Book
from models.core.errors import ValidationError
from models.customers import operations as ops
from models.customers import queries
from models.team import users

TABLES = ("users", "customers", "contacts", "interactions", "custom_fields", "settings",
          "operations", "audit")

FULL = {
    "name": "杭州张三丰五金店",
    "contact": "张三丰",
    "mobile": "138 0013 8000/13900139000",
    "phone": "0571-88886666",
    "email": "zsf@example.com",
    "wechat": "zsf_wx",
    "address": "杭州市西湖区文三路 1 号",
    "city": "杭州",
    "industry": "五金",
    "source": "展会",
    "grade": "a",
    "tags": "VIP，批发, VIP",
    "notes": "  老客户，月结  ",
    "next_follow_up": "2024-03-01",
}


def counts(book: Book) -> dict[str, int]:
    return {t: book.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def test_a_customer_keeps_every_field_normalised(book):
    cid = ops.add_customer(book, data=FULL)
    row = queries.customer(book, cid)
    assert row["name"] == "杭州张三丰五金店"
    assert row["contact"] == "张三丰"
    assert row["mobile"] == "13800138000; 13900139000"
    assert row["phone"] == "0571-88886666"
    assert row["email"] == "zsf@example.com"
    assert row["wechat"] == "zsf_wx"
    assert row["address"] == "杭州市西湖区文三路 1 号"
    assert row["city"] == "杭州"
    assert row["industry"] == "五金"
    assert row["source"] == "展会"
    assert row["grade"] == "A"
    assert row["tags"] == "VIP, 批发"
    assert row["notes"] == "老客户，月结"
    assert row["next_follow_up"] == "2024-03-01"
    assert row["owner_id"] == book.user_id
    assert row["owner"] == book.user["name"]
    assert row["custom"] == {}
    assert row["created_at"] == row["updated_at"]
    assert row["deleted_at"] is None


def test_an_owner_can_be_given_and_must_exist(book):
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    cid = ops.add_customer(book, data={"name": "甲", "owner_id": sales})
    assert queries.customer(book, cid)["owner"] == "小李"
    before = counts(book)
    with pytest.raises(ValidationError) as err:
        ops.add_customer(book, data={"name": "乙", "owner_id": "no-such-user"})
    assert err.value.field == "owner_id"
    assert counts(book) == before


def test_full_width_and_plus86_numbers_are_normalised(book):
    cid = ops.add_customer(book, data={"name": "全角", "mobile": "＋８６ １３８００１３８０００",
                                       "phone": "０５７１－８８８８６６６６"})
    row = queries.customer(book, cid)
    assert row["mobile"] == "13800138000"
    assert row["phone"] == "0571-88886666"


def test_update_writes_only_what_changed_and_audits_old_and_new(book):
    cid = ops.add_customer(book, data={"name": "甲", "city": "杭州", "mobile": "13800138000"})
    changed = ops.update_customer(book, customer_id=cid,
                                  data={"city": "宁波", "mobile": "13800138000", "grade": "b"})
    assert set(changed) == {"city", "grade"}
    row = queries.customer(book, cid)
    assert (row["city"], row["grade"], row["mobile"]) == ("宁波", "B", "13800138000")
    audit = book.all("SELECT * FROM audit WHERE action = 'update' AND record_id = ? ORDER BY seq",
                     (cid,))
    assert [(a["field"], json.loads(a["old"]), json.loads(a["new"])) for a in audit] == [
        ("city", "杭州", "宁波"), ("grade", "", "B")]
    assert {a["user_id"] for a in audit} == {book.user_id}
    assert {a["tbl"] for a in audit} == {"customers"}
    # nothing changed: no operation, no audit
    before = counts(book)
    assert ops.update_customer(book, customer_id=cid, data={"city": "宁波"}) == {}
    assert counts(book) == before


def test_renaming_updates_the_sort_key(book):
    cid = ops.add_customer(book, data={"name": "张三"})
    ops.update_customer(book, customer_id=cid, data={"name": "李四"})
    assert book.scalar("SELECT sort_key FROM customers WHERE id = ?", (cid,)).startswith("lisi")


def test_add_customer_audits_the_whole_row_in_one_operation(book):
    before = counts(book)
    cid = ops.add_customer(book, data=FULL, contacts=[{"name": "王五"}, {"name": "赵六"}])
    after = counts(book)
    assert after["customers"] == before["customers"] + 1
    assert after["contacts"] == before["contacts"] + 2
    assert after["operations"] == before["operations"] + 1
    # the customer, two contact people, and the reminder of its next follow-up (FULL has one)
    assert after["audit"] == before["audit"] + 4
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert (op["name"], op["label"], op["user_id"], op["state"]) == (
        "add_customer", FULL["name"], book.user_id, "done")
    follow = book.one("SELECT * FROM audit WHERE tbl = 'reminders'")
    assert follow["op_id"] == op["id"] and json.loads(follow["new"])["customer_id"] == cid
    entry = book.one("SELECT * FROM audit WHERE tbl = 'customers' AND record_id = ?", (cid,))
    assert entry["op_id"] == op["id"] and entry["action"] == "insert"
    assert entry["old"] is None
    assert json.loads(entry["new"])["mobile"] == "13800138000; 13900139000"
    assert entry["at"] == op["at"]


# -- validation leaves the book unchanged --------------------------------------------------
@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "甲", "mobile": "1380013800"}, "mobile"),
        ({"name": "甲", "mobile": "abc"}, "mobile"),
        ({"name": "甲", "phone": "call me"}, "phone"),
        ({"name": "甲", "email": "zsf@"}, "email"),
        ({"name": "甲", "next_follow_up": "2024-02-30"}, "next_follow_up"),
        ({"name": "甲", "grade": "S"}, "grade"),
        ({"name": ""}, "name"),
        ({"name": "  "}, "name"),
        ({"city": "杭州"}, "name"),
        ({"name": "甲", "custom:level": "金牌"}, "custom:level"),
        ({"name": "甲", "custom:budget": "很多"}, "custom:budget"),
        ({"name": "甲", "custom:visit": "next week"}, "custom:visit"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_written(book, data, field):
    ops.add_custom_field(book, label="level", kind="choice", choices=["银牌", "铜牌"])
    ops.add_custom_field(book, label="budget", kind="number")
    ops.add_custom_field(book, label="visit", kind="date")
    cid = ops.add_customer(book, data={"name": "原样", "mobile": "13800138000"})
    before = counts(book)
    with pytest.raises(ValidationError) as err:
        ops.add_customer(book, data=data)
    assert err.value.field == field
    assert counts(book) == before
    with pytest.raises(ValidationError) as err:
        ops.update_customer(book, customer_id=cid, data=data if "name" in data else
                            {"name": "", **data})
    assert err.value.field == field
    assert counts(book) == before
    row = queries.customer(book, cid)
    assert (row["name"], row["mobile"], row["custom"]) == ("原样", "13800138000", {})


def test_a_failing_operation_writes_neither_rows_nor_audit(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    before = counts(book)
    with pytest.raises(KeyError), book.operation("two_writes") as op:
        op.update("customers", cid, {"city": "杭州"})
        op.update("customers", "no-such-id", {"city": "宁波"})
    assert counts(book) == before
    assert queries.customer(book, cid)["city"] == ""
    # contacts that are refused take the customer with them
    with pytest.raises(ValidationError):
        ops.add_customer(book, data={"name": "乙"}, contacts=[{"name": "丙", "mobile": "12"}])
    assert counts(book) == before


def test_a_contact_without_a_name_is_refused(book):
    before = counts(book)
    with pytest.raises(ValidationError) as err:
        ops.add_customer(book, data={"name": "乙"}, contacts=[{"mobile": "13800138000"}])
    assert err.value.field == "name"
    assert counts(book) == before


# -- custom fields -------------------------------------------------------------------------
def test_custom_fields_of_each_kind_hold_their_values(book):
    text = ops.add_custom_field(book, label="Shop Sign", kind="text")
    number = ops.add_custom_field(book, label="预算", kind="number")
    date = ops.add_custom_field(book, label="签约日", kind="date")
    choice = ops.add_custom_field(book, label="等级", kind="choice", choices=["金", "银", " "])
    assert (text, number, date, choice) == ("shop_sign", "预算", "签约日", "等级")
    fields = {f["key"]: f for f in ops.custom_fields(book)}
    assert fields["等级"]["choices"] == ["金", "银"]
    assert [f["kind"] for f in ops.custom_fields(book)] == ["text", "number", "date", "choice"]
    cid = ops.add_customer(book, data={
        "name": "甲", f"custom:{text}": "红色招牌", f"custom:{number}": "1,200",
        f"custom:{date}": "２０２４-０５-０１", f"custom:{choice}": "金"})
    assert queries.customer(book, cid)["custom"] == {
        "shop_sign": "红色招牌", "预算": "1200", "签约日": "2024-05-01", "等级": "金"}
    changed = ops.update_customer(book, customer_id=cid, data={
        f"custom:{choice}": "银", f"custom:{text}": ""})
    assert changed == {"custom:等级": ("金", "银"), "custom:shop_sign": ("红色招牌", "")}
    assert queries.customer(book, cid)["custom"] == {
        "预算": "1200", "签约日": "2024-05-01", "等级": "银"}
    audit = book.all("SELECT field, old, new FROM audit WHERE action = 'update' ORDER BY seq")
    assert {(a["field"], json.loads(a["old"]), json.loads(a["new"])) for a in audit} == {
        ("custom:等级", "金", "银"), ("custom:shop_sign", "红色招牌", "")}


def test_a_custom_field_label_is_unique_and_an_unknown_key_is_refused(book):
    ops.add_custom_field(book, label="预算", kind="number")
    with pytest.raises(ValidationError) as err:
        ops.add_custom_field(book, label="预算", kind="text")
    assert err.value.field == "label"
    with pytest.raises(ValidationError) as err:
        ops.add_custom_field(book, label="颜色", kind="choice", choices=[])
    assert err.value.field == "choices"
    with pytest.raises(KeyError):
        ops.add_customer(book, data={"name": "甲", "custom:nothing": "x"})
    assert [f["key"] for f in ops.custom_fields(book)] == ["预算"]


def test_a_removed_custom_field_keeps_its_values(book):
    key = ops.add_custom_field(book, label="预算", kind="number")
    cid = ops.add_customer(book, data={"name": "甲", f"custom:{key}": "5"})
    ops.remove_custom_field(book, key=key)
    assert ops.custom_fields(book) == []
    assert queries.customer(book, cid)["custom"] == {"预算": "5"}
    changelog.undo(book)
    assert [f["key"] for f in ops.custom_fields(book)] == [key]


# -- contact people ------------------------------------------------------------------------
def test_a_customer_has_several_contact_people_with_their_own_phones(book):
    cid = ops.add_customer(book, data={"name": "甲公司", "mobile": "13800138000"},
                           contacts=[{"name": "王经理", "title": "采购", "mobile": "13900139000"}])
    second = ops.add_contact(book, customer_id=cid, data={
        "name": "李会计", "mobile": "137 0013 7000/13600136000", "phone": "0571-88886666",
        "email": "li@example.com"})
    people = queries.contacts(book, cid)
    assert [(p["name"], p["mobile"]) for p in people] == [
        ("王经理", "13900139000"), ("李会计", "13700137000; 13600136000")]
    assert people[0]["title"] == "采购" and people[1]["phone"] == "0571-88886666"
    assert queries.customer(book, cid)["mobile"] == "13800138000"
    ops.update_contact(book, contact_id=second, data={"title": "财务"})
    assert queries.contacts(book, cid)[1]["title"] == "财务"
    ops.delete_contact(book, contact_id=second)
    assert [p["name"] for p in queries.contacts(book, cid)] == ["王经理"]
    assert book.scalar("SELECT deleted_at FROM contacts WHERE id = ?", (second,))
    before = counts(book)
    with pytest.raises(ValidationError) as err:
        ops.add_contact(book, customer_id=cid, data={"name": "", "mobile": "13800138000"})
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        ops.add_contact(book, customer_id=cid, data={"name": "赵", "mobile": "12345"})
    assert err.value.field == "mobile"
    assert counts(book) == before


# -- the timeline --------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ops.INTERACTION_KINDS)
def test_each_kind_of_interaction_is_logged_with_time_and_user(book, kind):
    cid = ops.add_customer(book, data={"name": "甲"})
    iid = ops.log_interaction(book, customer_id=cid, kind=kind, text=" 谈了价格 ",
                              at="2024-03-01T10:00:00+08:00")
    [entry] = queries.interactions(book, cid)
    assert entry["id"] == iid
    assert (entry["kind"], entry["text"], entry["at"]) == (
        kind, "谈了价格", "2024-03-01T10:00:00+08:00")
    assert entry["user_id"] == book.user_id and entry["user"] == book.user["name"]


def test_a_bad_interaction_is_refused(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    before = counts(book)
    with pytest.raises(ValidationError) as err:
        ops.log_interaction(book, customer_id=cid, kind="fax", text="x")
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        ops.log_interaction(book, customer_id=cid, kind="call", text="   ")
    assert err.value.field == "text"
    assert counts(book) == before


def test_the_timeline_is_newest_first_and_a_deleted_entry_stays_in_the_book(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    old = ops.log_interaction(book, customer_id=cid, kind="call", text="第一次",
                              at="2024-01-01T09:00:00+08:00")
    new = ops.log_interaction(book, customer_id=cid, kind="visit", text="第二次",
                              at="2024-02-01T09:00:00+08:00")
    assert [i["id"] for i in queries.interactions(book, cid)] == [new, old]
    audit_before = book.scalar("SELECT count(*) FROM audit WHERE record_id = ?", (old,))
    ops.delete_interaction(book, interaction_id=old)
    assert [i["id"] for i in queries.interactions(book, cid)] == [new]
    row = book.one("SELECT * FROM interactions WHERE id = ?", (old,))
    assert row["text"] == "第一次" and row["deleted_at"]
    assert book.scalar("SELECT count(*) FROM audit WHERE record_id = ?", (old,)) == audit_before + 1
    history = queries.history(book, cid)
    assert [h["record_id"] for h in history][:1] == [old]
    assert {h["op_name"] for h in history} == {"add_customer", "log_interaction",
                                               "delete_interaction"}


def test_listeners_hear_what_changed_after_the_commit(book):
    heard = []
    book.listeners.append(heard.append)
    cid = ops.add_customer(book, data={"name": "甲"})
    iid = ops.log_interaction(book, customer_id=cid, kind="call", text="x")
    assert [c.op_name for c in heard] == ["add_customer", "log_interaction"]
    assert heard[0].ids("customers") == {cid}
    assert heard[1].ids("interactions") == {iid} and heard[1].ids("customers") == {cid}
    ops.update_customer(book, customer_id=cid, data={"name": "甲"})
    assert len(heard) == 2  # nothing changed, nothing announced


def test_settings_are_audited(book):
    settings.set_settings(book, {"shop.name": "鑫达"})
    settings.set_settings(book, {"shop.name": "鑫达建材"})
    assert settings.get(book, "shop.name") == "鑫达建材"
    rows = book.all("SELECT action, old, new FROM audit WHERE tbl = 'settings' ORDER BY seq")
    assert [(r["action"], r["old"] and json.loads(r["old"]), json.loads(r["new"])) for r in rows
            ] == [("insert", None, {"key": "shop.name", "value": "鑫达"}),
                  ("update", "鑫达", "鑫达建材")]
