"""Lists: filters, every sort column, custom fields; duplicates; one customer's record."""

from __future__ import annotations

import datetime as dt

import pytest

from models.core import clock
from models.customers import operations as ops
from models.customers import queries
from models.customers.queries import SORTABLE, CustomerFilter, customer_ids
from models.team import users


def ids(book, **kw):
    return customer_ids(book, CustomerFilter(**kw))


@pytest.fixture
def three(book):
    """Three customers, created a minute apart, whose values sort differently per column.

    Chinese text sorts in pinyin order (test_chinese_columns_sort_in_pinyin_order); these
    cities are in the same order by code point.
    """
    start = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    minutes = iter(range(100))
    clock.set_clock(lambda: start + dt.timedelta(minutes=next(minutes)))
    alice = users.add_user(book, name="Alice", role="sales", owner_password="boss")
    bob = users.add_user(book, name="Bob", role="sales", owner_password="boss")
    rows = [
        # name (pinyin a < b < c), every other column in another order
        {"name": "阿里商行", "contact": "b", "mobile": "13900000002", "phone": "0571-2",
         "email": "b@x.cn", "wechat": "wb", "address": "b路", "city": "大连", "industry": "b",
         "source": "b", "grade": "B", "owner_id": bob, "tags": "b", "notes": "b",
         "next_follow_up": "2024-02-02"},
        {"name": "博物馆", "contact": "c", "mobile": "13900000003", "phone": "0571-3",
         "email": "c@x.cn", "wechat": "wc", "address": "c路", "city": "杭州", "industry": "c",
         "source": "c", "grade": "", "owner_id": None, "tags": "c", "notes": "c",
         "next_follow_up": ""},
        {"name": "陈记", "contact": "a", "mobile": "13900000001", "phone": "0571-1",
         "email": "a@x.cn", "wechat": "wa", "address": "a路", "city": "北京", "industry": "a",
         "source": "a", "grade": "A", "owner_id": alice, "tags": "a", "notes": "a",
         "next_follow_up": "2024-02-01"},
    ]
    made = [ops.add_customer(book, data=row) for row in rows]
    return book, made


# the expected ascending order, as indexes into `three`
ORDERS = {
    "name": [0, 1, 2], "contact": [2, 0, 1], "mobile": [2, 0, 1], "phone": [2, 0, 1],
    "email": [2, 0, 1], "wechat": [2, 0, 1], "address": [2, 0, 1], "city": [2, 0, 1],
    "industry": [2, 0, 1], "source": [2, 0, 1], "grade": [2, 0, 1],  # ungraded last
    "owner": [2, 0, 1],  # Alice, Bob, then the book's owner "Owner"
    "tags": [2, 0, 1], "notes": [2, 0, 1],
    "next_follow_up": [2, 0, 1],  # no date last
    "created_at": [0, 1, 2],
}


def test_every_sortable_column_is_tested():
    assert set(ORDERS) | {"updated_at", "deleted_at"} == set(SORTABLE)


@pytest.mark.parametrize("column", sorted(ORDERS))
def test_sort_by_each_column_both_ways(three, column):
    book, made = three
    expected = [made[i] for i in ORDERS[column]]
    assert ids(book, sort=column) == expected
    assert ids(book, sort=column, descending=True) == expected[::-1]


def test_sort_by_updated_and_deleted(three):
    book, made = three
    ops.update_customer(book, customer_id=made[0], data={"notes": "new"})
    assert ids(book, sort="updated_at") == [made[1], made[2], made[0]]
    assert ids(book, sort="updated_at", descending=True) == [made[0], made[2], made[1]]
    ops.delete_customers(book, customer_ids=[made[2]])
    ops.delete_customers(book, customer_ids=[made[0]])
    assert ids(book, trash=True, sort="deleted_at") == [made[2], made[0]]
    assert ids(book, trash=True, sort="deleted_at", descending=True) == [made[0], made[2]]


def test_sort_by_custom_fields(three):
    book, made = three
    number = ops.add_custom_field(book, label="预算", kind="number")
    date = ops.add_custom_field(book, label="签约", kind="date")
    text = ops.add_custom_field(book, label="Colour", kind="text")
    values = [("100", "2024-03-01", "red"), ("20", "2023-12-31", "blue"),
              ("3.5", "2024-01-15", "green")]
    for cid, (n, d, t) in zip(made, values, strict=True):
        ops.update_customer(book, customer_id=cid, data={
            f"custom:{number}": n, f"custom:{date}": d, f"custom:{text}": t})
    assert ids(book, sort=f"custom:{number}") == [made[2], made[1], made[0]]  # 3.5 < 20 < 100
    assert ids(book, sort=f"custom:{number}", descending=True) == [made[0], made[1], made[2]]
    assert ids(book, sort=f"custom:{date}") == [made[1], made[2], made[0]]
    assert ids(book, sort=f"custom:{date}", descending=True) == [made[0], made[2], made[1]]
    assert ids(book, sort=f"custom:{text}") == [made[1], made[2], made[0]]


def test_chinese_columns_sort_in_pinyin_order(book):
    """上海 comes before 佛山 by code point; in pinyin: beijing, foshan, guangzhou, shanghai."""
    alice = users.add_user(book, name="赵敏", role="sales", owner_password="boss")
    bob = users.add_user(book, name="安琪", role="sales", owner_password="boss")
    region = ops.add_custom_field(book, label="片区", kind="text")
    made = {}
    for city, contact, owner in [("上海", "孙丽", alice), ("佛山", "陈强", bob),
                                 ("北京", "王芳", None), ("广州", "李娜", None)]:
        made[city] = ops.add_customer(book, data={
            "name": city + "商行", "city": city, "contact": contact, "owner_id": owner,
            "industry": city + "建材", "address": city + "路1号", "tags": city,
            f"custom:{region}": city})
    pinyin = [made[c] for c in ("北京", "佛山", "广州", "上海")]
    for column in ("city", "industry", "address", "tags", f"custom:{region}"):
        assert ids(book, sort=column) == pinyin, column
        assert ids(book, sort=column, descending=True) == pinyin[::-1], column
    # 陈 chen, 李 li, 孙 sun, 王 wang
    assert ids(book, sort="contact") == [made[c] for c in ("佛山", "广州", "上海", "北京")]
    # 安琪 anqi, the book's owner "Owner" (two customers, in name order), 赵敏 zhaomin
    assert ids(book, sort="owner") == [made[c] for c in ("佛山", "北京", "广州", "上海")]
    # Latin and Chinese together: by their letters
    latin = ops.add_customer(book, data={"name": "Delta", "city": "Dalian"})
    assert ids(book, sort="city") == [made["北京"], latin, made["佛山"], made["广州"],
                                      made["上海"]]


def test_filters(three):
    book, made = three
    alice = book.scalar("SELECT id FROM users WHERE name = 'Alice'")
    ops.update_customer(book, customer_id=made[1], data={"tags": "VIP, 批发", "city": "大连"})
    ops.update_customer(book, customer_id=made[0], data={"tags": "批发商"})
    assert ids(book, owner_id=alice) == [made[2]]
    assert ids(book, owner_id=book.user_id) == [made[1]]
    assert ids(book, grade="A") == [made[2]]
    assert ids(book, grade="") == [made[1]]
    assert ids(book, city="大连") == [made[0], made[1]]
    assert ids(book, tag="批发") == [made[1]]  # a whole tag, not a part of 批发商
    assert ids(book, tag="VIP") == [made[1]]
    assert ids(book, tag="%") == []
    assert ids(book, city="大连", tag="批发商") == [made[0]]
    assert ids(book, city="大连", text="博物") == [made[1]]
    assert ids(book, city="大连", grade="A") == []
    ops.delete_customers(book, customer_ids=[made[2]])
    assert ids(book, owner_id=alice) == []
    assert ids(book, owner_id=alice, trash=True) == [made[2]]


def test_lists_of_values(three):
    book, made = three
    assert queries.distinct_values(book, "city") == ["北京", "大连", "杭州"]
    ops.update_customer(book, customer_id=made[0], data={"tags": "VIP, b"})
    ops.update_customer(book, customer_id=made[1], data={"tags": "VIP"})
    assert queries.all_tags(book) == ["VIP", "a", "b"]
    ops.delete_customers(book, customer_ids=[made[2]])
    assert "a" not in queries.all_tags(book)
    assert queries.distinct_values(book, "city") == ["大连", "杭州"]


def test_customer_rows_carry_the_owners_name(three):
    book, made = three
    rows = queries.customer_rows(book, made)
    assert [rows[c]["owner"] for c in made] == ["Bob", book.user["name"], "Alice"]
    assert queries.customer(book, "no-such-id") is None


# -- duplicates ----------------------------------------------------------------------------
def test_duplicates_by_name_or_shared_mobile(book):
    a = ops.add_customer(book, data={"name": "张三", "mobile": "13800138000"})
    b = ops.add_customer(book, data={"name": "李四", "mobile": "13900139000; 13800138001"})
    c = ops.add_customer(book, data={"name": "王五", "mobile": "13700137000/13600136000"})

    def dupes(**kw):
        return sorted(d["id"] for d in queries.duplicates(book, **kw))

    assert dupes(name="张三") == [a]
    assert dupes(name=" 张三 ") == [a]
    assert dupes(name="张") == []
    assert dupes(mobile="138 0013 8000") == [a]
    assert dupes(mobile="+86 13800138000") == [a]
    assert dupes(mobile="13800138001") == [b]
    assert dupes(mobile="13900139000") == [b]
    assert dupes(mobile="13600136000") == [c]
    assert dupes(mobile="13700137000") == [c]
    assert dupes(mobile="1380013") == []  # part of a number is not the same number
    assert dupes(mobile="1380013800") == []
    assert dupes(name="李四", mobile="13800138000") == sorted([a, b])
    assert dupes(name="张三", mobile="13800138000", exclude_id=a) == []
    assert dupes(name="王五", mobile="13800138000", exclude_id=a) == [c]
    ops.delete_customers(book, customer_ids=[a])
    assert dupes(name="张三", mobile="13800138000") == []


# -- one customer's record -----------------------------------------------------------------
def test_history_lists_every_change_of_a_customer_newest_first(book):
    cid = ops.add_customer(book, data={"name": "甲"}, contacts=[{"name": "乙"}])
    other = ops.add_customer(book, data={"name": "丙"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    ops.update_customer(book, customer_id=other, data={"city": "宁波"})
    ops.log_interaction(book, customer_id=cid, kind="call", text="电话")
    history = queries.history(book, cid)
    assert [(h["op_name"], h["tbl"], h["action"], h["field"]) for h in history] == [
        ("log_interaction", "interactions", "insert", None),
        ("update_customer", "customers", "update", "city"),
        ("add_customer", "contacts", "insert", None),
        ("add_customer", "customers", "insert", None),
    ]
    assert {h["user"] for h in history} == {book.user["name"]}


def _insert(book, rows):
    """(id, rid, name, sort_key) rows straight into the book and its search index."""
    from models.core.book import write_search_rows

    with book.atomic():
        book.conn.executemany(
            "INSERT INTO customers (id, rid, name, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')", rows)
        write_search_rows(book.conn, [(rid, name) for _, rid, name, _ in rows])


def test_first_matches_walks_the_name_order_and_gives_up_on_late_clusters(book):
    # 600 customers a..., then 600 z... of which only the z ones say 公司.
    rows = [(f"a{i:04d}", i + 1, f"甲{i:04d}店", f"a{i:04d}") for i in range(600)]
    rows += [(f"z{i:04d}", 601 + i, f"乙{i:04d}公司", f"z{i:04d}") for i in range(600)]
    _insert(book, rows)
    everyone = queries.CustomerFilter(text="店")
    assert queries.first_matches(book, everyone, 20) == [f"a{i:04d}" for i in range(20)]
    assert queries.first_matches(book, everyone, 20) == customer_ids(book, everyone, first=20)
    late = queries.CustomerFilter(text="公司")
    assert queries.first_matches(book, late, 20) == [f"z{i:04d}" for i in range(20)]
    # not among the first 250 in name order: one pass over the names and contacts finds them
    assert queries.first_matches(book, late, 20, walk=250) == [f"z{i:04d}" for i in range(20)]
    # a character no name holds (甲 is in every a... name): the other matches in name order,
    # as long as they are among the first customers in name order
    shop = queries.CustomerFilter(text="店")
    assert queries.first_matches(book, shop, 20, walk=10) == [f"a{i:04d}" for i in range(20)]
    assert queries.customer_ids(book, late)[:3] == ["z0000", "z0001", "z0002"]
    # a name that is the text, then names that start with it, come first
    _insert(book, [("exact", 2000, "公司", "zz gongsi"), ("start", 2001, "公司甲", "zz gongsijia")])
    first = queries.first_matches(book, late, 5)
    assert first == ["exact", "start", "z0000", "z0001", "z0002"]
    assert first == customer_ids(book, late, first=5)
    # not for Latin text (its short terms are prefixes of words), nor a descending list
    assert queries.first_matches(book, queries.CustomerFilter(text="a0"), 5) is None
    assert queries.first_matches(book, queries.CustomerFilter(text="店", descending=True), 5) is None


def test_first_matches_is_the_first_page_of_the_list_from_the_index_or_the_pass(book):
    """Names and contacts that hold the term come first, then the others in name order: the
    same page whether the names are found from the search index (few matches) or by a pass
    over the customers (many), and whether notes or addresses hold the term."""
    for i in range(40):
        data = {"name": f"{'电城' if i % 7 == 0 else '永昌'}{i:02d}号", "notes": "去电城送货"
                if i % 2 else "", "address": "电城路" if i % 5 == 0 else "",
                "contact": "电城老李" if i == 11 else ""}
        ops.add_customer(book, data=data)
    live = queries.count_customers(book)
    for text in ("电城", "号", "送货", "老李"):
        flt = queries.CustomerFilter(text=text)
        want = customer_ids(book, flt, first=8)
        n = len(customer_ids(book, flt))
        for matches in (1, n):  # under a quarter of the book: from the index; else the pass
            got = queries.first_matches(book, flt, 8, matches=matches, total=live)
            assert got in (want, None), (text, matches)
        if n >= 8:  # (fewer than a page: None, fetch them all)
            assert queries.first_matches(book, flt, 8, matches=1, total=live) == want, text


def test_search_ranks_the_name_then_contact_and_phone_then_the_rest(book):
    """An exact name is not buried under the notes that mention it (issue: 31 note matches
    listed before the customer called so)."""
    for i in range(31):
        ops.add_customer(book, data={"name": f"阿{i:02d}商行", "notes": f"介绍人是金达建材 {i}"})
    by_contact = ops.add_customer(book, data={"name": "博远商行", "contact": "金达建材老王"})
    by_phone = ops.add_customer(book, data={"name": "晨光商行", "mobile": "13912345678"})
    inside = ops.add_customer(book, data={"name": "杭州金达建材店"})
    starts = ops.add_customer(book, data={"name": "金达建材店"})
    exact = ops.add_customer(book, data={"name": "金达建材"})
    found = ids(book, text="金达建材")
    assert found[:4] == [exact, starts, inside, by_contact]
    assert len(found) == 35  # still every match: the notes follow, in name order
    names = [queries.customer(book, c)["name"] for c in found[4:]]
    assert names == sorted(names)
    # the quick way to the first screenful gives the same rows in the same order
    flt = CustomerFilter(text="金达建材")
    assert queries.first_matches(book, flt, 10) == found[:10]
    assert queries.first_matches(book, flt, 10, walk=2) == found[:10]
    assert queries.first_matches(book, flt, 10, rest_walk=3) is None  # notes further on
    # a phone number ranks above a note that holds it
    ops.add_customer(book, data={"name": "阿尔法", "notes": "电话 13912345678"})
    assert ids(book, text="1391234")[0] == by_phone
    # full pinyin of a name ranks as the name
    assert ids(book, text="jindajiancai")[0] == exact
    # another sort column: that order alone, no ranking
    assert set(ids(book, text="金达建材", sort="city")) == set(found)
