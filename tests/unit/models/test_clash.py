"""撞单 (models.customers.clash): a salesperson adding or importing another salesperson's
customer is told so with masked details only, nothing is created, and the owner gets an
alert."""

from __future__ import annotations

import pytest

from importers.plan import CLASH_HELD, Mapping, preview_rows, run_import
from models import alerts
from models.customers import clash, operations, queries
from models.team import users


@pytest.fixture
def shop(book):
    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    wang = users.add_user(book, name="王强", role="sales")
    theirs = operations.add_customer(book, data={
        "name": "杭州金达建材有限公司", "owner_id": wang, "mobile": "13812345678",
        "phone": "0571-88886666"})
    return {"book": book, "owner": owner, "li": li, "wang": wang, "theirs": theirs}


def customers(book) -> int:
    return book.scalar("SELECT count(*) FROM customers")


def clash_alerts(book) -> list[dict]:
    return [a for a in alerts.alerts_list(book) if a["word"] == clash.CLASH_WORD]


@pytest.mark.parametrize(("data", "said"), [
    ({"name": "新客户", "mobile": "+86 138-1234-5678"},
     "Already another salesperson's customer (mobile 138****5678); the owner has been told."),
    ({"name": "新客户", "phone": "057188886666"},
     "Already another salesperson's customer (phone 057*****6666); the owner has been told."),
    ({"name": "杭州 金达建材（有限公司）"},
     "Already another salesperson's customer (name 杭***********)); the owner has been told."),
])
def test_adding_another_salespersons_customer_is_refused_and_the_owner_told(shop, data, said):
    book = shop["book"]
    book.user_id = shop["li"]
    before = customers(book)
    with pytest.raises(clash.ClashFound) as err:
        operations.add_customer(book, data=data)
    assert str(err.value) == said
    assert "88886666" not in str(err.value) and "12345678" not in str(err.value)
    assert customers(book) == before
    book.user_id = shop["owner"]
    (alert,) = clash_alerts(book)
    assert (alert["customer_id"], alert["author_name"], alert["reviewed_at"]) == (
        shop["theirs"], "李娜", "")
    assert clash.values.fold(data["name"]) in alert["context"]  # what was typed
    # the salesperson cannot take the alert back with undo
    from models.core import changelog
    from models.core.errors import UndoError

    book.user_id = shop["li"]
    with pytest.raises(UndoError):
        changelog.undo(book)
    book.user_id = shop["owner"]
    assert len(clash_alerts(book)) == 1


def test_a_second_attempt_reopens_the_alert_and_the_owner_may_add_anything(shop):
    book = shop["book"]
    book.user_id = shop["li"]
    with pytest.raises(clash.ClashFound):
        operations.add_customer(book, data={"name": "甲", "mobile": "13812345678"})
    book.user_id = shop["owner"]
    (alert,) = clash_alerts(book)
    alerts.review_alert(book, alert_id=alert["id"], note="已分配")
    book.user_id = shop["li"]
    with pytest.raises(clash.ClashFound):
        operations.add_customer(book, data={"name": "乙", "mobile": "13812345678"})
    book.user_id = shop["owner"]
    (alert,) = clash_alerts(book)
    assert alert["reviewed_at"] == "" and "乙" in alert["context"]
    # who sees the customer adds it as a duplicate, as before: no 撞单
    operations.add_customer(book, data={"name": "丙", "mobile": "13812345678",
                                        "owner_id": shop["wang"]})
    book.user_id = shop["wang"]
    operations.add_customer(book, data={"name": "丁", "mobile": "13812345678"})
    book.user_id = shop["owner"]
    assert len(clash_alerts(book)) == 1


def test_the_duplicate_check_of_the_form_shows_nobody_the_user_may_not_see(shop):
    book = shop["book"]
    book.user_id = shop["li"]
    assert queries.duplicates(book, name="杭州金达建材有限公司", mobile="13812345678") == []
    book.user_id = shop["owner"]
    assert len(queries.duplicates(book, mobile="13812345678")) == 1


def test_masks():
    assert clash.mask_number("13812345678") == "138****5678"
    assert clash.mask_name("杭州金达") == "杭**达"
    assert clash.mask_name("王") == "王*"


def test_an_import_holds_the_rows_of_another_salespersons_customers(shop):
    book = shop["book"]
    book.user_id = shop["li"]
    rows = [["客户名称", "手机", "电话"],
            ["新开五金店", "13900001111", ""],
            ["别的名字", "13812345678", ""],
            ["杭州金达建材", "", ""],
            ["又一家", "", "0571-88886666"]]
    plan = preview_rows(book, rows, Mapping(header=0, columns=["name", "mobile", "phone"]),
                        mode="create")
    assert plan.summary()["created"] == 1 and plan.summary()["held"] == 3
    held = plan.held_list()
    assert [h["row"] for h in held] == [3, 4, 5]
    assert {h["reason"] for h in held} == {
        "Already another salesperson's customer (138****5678): not imported; the owner is told "
        "when you import.",
        "Already another salesperson's customer (杭****材): not imported; the owner is told "
        "when you import.",
        "Already another salesperson's customer (057*****6666): not imported; the owner is told "
        "when you import."}
    assert all(r.reason == CLASH_HELD and not r.asked for r in plan.held)
    plan.answer(book, 3, "new")  # a held 撞单 row cannot be answered into the book
    assert plan.row(3).action == "hold"
    before = customers(book)
    run_import(book, plan, remember=False)
    assert customers(book) == before + 1
    book.user_id = shop["owner"]
    (alert,) = clash_alerts(book)  # one alert for the one customer, the last attempt's text
    assert alert["customer_id"] == shop["theirs"]
    # the owner imports the same rows: duplicates as before, no 撞单
    plan = preview_rows(book, rows, Mapping(header=0, columns=["name", "mobile", "phone"]))
    assert not any(r.clash for r in plan.planned)


def test_a_customer_shared_with_her_or_in_the_pool_is_no_clash_and_is_shown_to_her(shop):
    from models.customers import sharing
    from models.team import pool

    book = shop["book"]
    sharing.share_customer(book, customer_id=shop["theirs"], user_id=shop["li"])
    pooled = operations.add_customer(book, data={"name": "公海五金", "owner_id": shop["wang"],
                                                 "mobile": "13700000002"})
    book.user_id = shop["wang"]
    pool.give_back(book, customer_ids=[pooled])
    book.user_id = shop["li"]
    # the form's duplicate check points to the customers she sees instead
    assert [d["id"] for d in queries.duplicates(book, mobile="13812345678")] == [shop["theirs"]]
    assert [d["id"] for d in queries.duplicates(book, mobile="13700000002")] == [pooled]
    for data in ({"name": "新客户", "mobile": "13812345678"},
                 {"name": "杭州金达建材有限公司", "phone": "0571-88886666"},
                 {"name": "公海的另一家", "mobile": "13700000002"}):
        assert clash.find(book, data) == []
    rows = [["客户名称", "手机", "电话"],
            ["杭州金达建材有限公司", "13812345678", ""],
            ["另一个名字", "13812345678", ""],
            ["公海五金", "13700000002", ""]]
    plan = preview_rows(book, rows, Mapping(header=0, columns=["name", "mobile", "phone"]),
                        mode="skip")
    assert plan.summary()["held"] == 1 and not any(r.clash for r in plan.planned)
    # the same customer, or one sharing its number: the one she sees is named
    assert [plan.row(2).match_id, plan.row(3).similar_id, plan.row(4).match_id] == [
        shop["theirs"], shop["theirs"], pooled]
    operations.add_customer(book, data={"name": "新客户", "mobile": "13812345678"})
    book.user_id = shop["owner"]
    assert clash_alerts(book) == []
    # no longer shared with her: 撞单 again
    sharing.unshare_customer(book, customer_id=shop["theirs"], user_id=shop["li"])
    book.user_id = shop["li"]
    with pytest.raises(clash.ClashFound):
        operations.add_customer(book, data={"name": "又一个", "mobile": "13812345678"})
