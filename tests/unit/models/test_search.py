"""Search: Chinese substrings, pinyin, phone digits in any format, several terms, the trash."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.core import changelog, search
from models.core.book import Book
from models.customers import operations as ops
from models.customers.queries import CustomerFilter, customer_ids


def find(book, text, **kw):
    return customer_ids(book, CustomerFilter(text=text, **kw))


@pytest.fixture
def shop(book):
    """Three customers; returns the book and their ids."""
    ids = {
        "zsf": ops.add_customer(book, data={
            "name": "张三丰五金店", "contact": "张三丰", "mobile": "13800138000",
            "phone": "0571-88886666", "email": "ZSF@Example.com", "wechat": "wudang_zsf",
            "address": "杭州市西湖区文三路", "notes": "喜欢喝龙井茶"}),
        "lsm": ops.add_customer(book, data={
            "name": "李思明建材", "contact": "李思明", "mobile": "139 0013 9000",
            "address": "宁波市鄞州区", "notes": "月底结账"}),
        "wwu": ops.add_customer(book, data={
            "name": "王五百货", "phone": "(021) 6666-1234", "address": "上海市浦东新区",
            "email": "wang@shop.cn"}),
    }
    return book, ids


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("五金", ["zsf"]),  # two characters: under the trigram minimum
        ("五", ["zsf", "wwu"]),
        ("张三丰五金店", ["zsf"]),
        ("三丰", ["zsf"]),
        ("西湖", ["zsf"]),
        ("杭州市西湖区", ["zsf"]),
        ("龙井", ["zsf"]),
        ("结账", ["lsm"]),
        ("思明", ["lsm"]),
        ("zsf", ["zsf"]),
        ("ZSF", ["zsf"]),
        ("zhangsanfeng", ["zsf"]),
        ("zhang", ["zsf"]),
        ("sanfeng", ["zsf"]),
        ("lsm", ["lsm"]),
        ("lisiming", ["lsm"]),
        ("wangwu", ["wwu"]),
        ("8000", ["zsf"]),
        ("9000", ["lsm"]),
        ("1234", ["wwu"]),
        ("0571 8888", ["zsf"]),
        ("0571-8888", ["zsf"]),
        ("057188886666", ["zsf"]),
        ("88886666", ["zsf"]),
        ("138-0013", ["zsf"]),
        ("138 0013 8000", ["zsf"]),
        ("+86 138 0013 8000", ["zsf"]),
        ("１３８００１３８０００", ["zsf"]),
        ("13900139000", ["lsm"]),
        ("021-6666", ["wwu"]),
        ("zsf@example.com", ["zsf"]),
        ("example", ["zsf"]),
        ("wudang", ["zsf"]),
        ("shop.cn", ["wwu"]),
        ("张 杭州", ["zsf"]),  # several terms: all must match
        ("五 上海", ["wwu"]),
        ("zhang 宁波", []),
        ("赵六", []),
        ("99999", []),
    ],
)
def test_search_finds(shop, text, who):
    book, ids = shop
    assert sorted(find(book, text)) == sorted(ids[w] for w in who)


def test_an_empty_search_lists_every_live_customer(shop):
    book, ids = shop
    assert sorted(find(book, "")) == sorted(ids.values())
    assert sorted(find(book, "   ")) == sorted(ids.values())


def test_contact_people_and_their_phones_are_searched(shop):
    book, ids = shop
    ops.add_contact(book, customer_id=ids["wwu"], data={
        "name": "赵敏", "mobile": "13700137000", "email": "zhao@shop.cn", "title": "采购经理"})
    assert find(book, "赵敏") == [ids["wwu"]]
    assert find(book, "zm") == [ids["wwu"]]
    assert find(book, "zhaomin") == [ids["wwu"]]
    assert find(book, "137 0013") == [ids["wwu"]]
    assert find(book, "采购") == [ids["wwu"]]


def test_search_follows_the_timeline(shop):
    book, ids = shop
    assert find(book, "报价单") == []
    iid = ops.log_interaction(book, customer_id=ids["lsm"], kind="email", text="发了报价单")
    assert find(book, "报价单") == [ids["lsm"]]
    ops.delete_interaction(book, interaction_id=iid)
    assert find(book, "报价单") == []
    changelog.undo(book)
    assert find(book, "报价单") == [ids["lsm"]]
    changelog.undo(book)
    assert find(book, "报价单") == []


def test_search_follows_edits_and_undo(shop):
    book, ids = shop
    ops.update_customer(book, customer_id=ids["wwu"], data={
        "name": "赵六超市", "mobile": "13600136000"})
    assert find(book, "王五") == [] and find(book, "wangwu") == []
    assert find(book, "超市") == [ids["wwu"]] and find(book, "zhaoliu") == [ids["wwu"]]
    assert find(book, "6000") == [ids["wwu"]]
    changelog.undo(book)
    assert find(book, "王五") == [ids["wwu"]] and find(book, "wangwu") == [ids["wwu"]]
    assert find(book, "超市") == [] and find(book, "6000") == []
    changelog.redo(book)
    assert find(book, "zlcs") == [ids["wwu"]]


def test_deleted_customers_are_found_only_in_the_trash(shop):
    book, ids = shop
    ops.delete_customers(book, customer_ids=[ids["zsf"]])
    assert find(book, "五金") == []
    assert find(book, "五金", trash=True) == [ids["zsf"]]
    assert find(book, "", trash=True) == [ids["zsf"]]
    assert find(book, "李", trash=True) == []
    ops.restore_customers(book, customer_ids=[ids["zsf"]])
    assert find(book, "五金") == [ids["zsf"]]


def test_search_is_not_confused_by_like_metacharacters(shop):
    book, ids = shop
    pct = ops.add_customer(book, data={"name": "打折50%店"})
    under = ops.add_customer(book, data={"name": "a_b商行"})
    slash = ops.add_customer(book, data={"name": "c\\d工作室"})
    for text in ("%", "50%", "_", "a_b", "\\", "c\\d", "%%", "\\%", "'", '"', "*", "(", ")",
                 "NEAR", "AND", "OR", "-", "^", "[", "|"):
        find(book, text)  # does not raise
    assert find(book, "%") == [pct]
    assert find(book, "50%") == [pct]
    assert sorted(find(book, "_")) == sorted([under, ids["zsf"]])  # wechat wudang_zsf
    assert find(book, "a_b") == [under]
    assert find(book, "acb") == []
    assert find(book, "\\") == [slash]
    assert find(book, "c\\d") == [slash]
    assert find(book, "%%") == [] and find(book, "\\%") == []
    assert find(book, "|") == []  # the index's own separator is not found either


# -- properties ----------------------------------------------------------------------------
HAN = "张王李赵刘陈杨黄吴周徐孙马朱胡林郭何高罗郑梁谢宋唐五金店铺超市批发建材茶行"


def test_any_substring_of_a_stored_name_finds_the_customer(tmp_path):
    with Book.open(tmp_path / "prop.sqlite") as book:

        @settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])
        @given(name=st.text(alphabet=HAN, min_size=1, max_size=8), data=st.data())
        def check(name, data):
            cid = ops.add_customer(book, data={"name": name})
            start = data.draw(st.integers(0, len(name) - 1))
            end = data.draw(st.integers(start + 1, len(name)))
            assert cid in find(book, name[start:end])
            full, initials = search.pinyin_keys(name)
            assert cid in find(book, full)
            assert cid in find(book, initials)

        check()


def test_like_metacharacters_only_find_literal_matches(tmp_path):
    alphabet = "%_\\ab"
    with Book.open(tmp_path / "meta.sqlite") as book:
        names = {}
        for name in ("a%b", "a_b", "a\\b", "ab", "%%", "__", "\\\\", "b%a_", "aab", "%_\\"):
            names[ops.add_customer(book, data={"name": name})] = name

        @settings(max_examples=150, deadline=None)
        @given(term=st.text(alphabet=alphabet, min_size=1, max_size=4))
        def check(term):
            expected = {cid for cid, name in names.items() if term in name}
            got = set(find(book, term))
            if len(term) < 3 and term.isalnum():
                # one or two letters find the words they start (`zs` finds zsf)
                assert got <= expected
            else:
                assert got == expected

        check()


@given(st.text(alphabet=string.printable + HAN + "％＿＼　", max_size=12))
@settings(max_examples=200, deadline=None)
def test_query_terms_never_hold_spaces_and_are_lower_case(text):
    for term in search.query_terms(text):
        assert term and term == term.lower() and not any(ch.isspace() for ch in term)


def test_customers_whose_search_text_waits_are_found_by_their_own_fields(shop):
    """A sync pass that took in many changes leaves their search text to be written after it
    (Book.reindex_later); until then search reads those customers' own fields, and once
    index_pending has caught up the index answers again, the same."""
    from models.customers import queries
    from tests.book_helpers import raw_write

    book, ids = shop
    raw_write(book, "UPDATE customers SET name = '张三丰水暖商行', city = '湖州' WHERE id = ?",
              (ids["zsf"],))  # as a pass writes it, with the index not yet told
    raw_write(book, "INSERT INTO customers (id, rid, name, mobile, email, created_at, "
              "updated_at) VALUES ('x1', 99, '欧阳水暖', '13512345678', 'OuYang@Example.COM', "
              "'', '')")  # a new one: not indexed
    assert find(book, "水暖") == []
    with book.atomic():
        book.reindex_later([ids["zsf"], "x1"])
    assert book.search_waits()
    assert set(find(book, "水暖")) == {ids["zsf"], "x1"}
    assert find(book, "湖州") == [ids["zsf"]]
    assert find(book, "zhangsanfeng") == [ids["zsf"]]  # the name's pinyin (its sort key)
    assert find(book, "135-1234-5678") == ["x1"]
    assert find(book, "0571 8888 6666") == [ids["zsf"]]  # digits of a landline
    assert find(book, "宁波") == [ids["lsm"]]  # the others from the index, as always
    assert find(book, "OUYANG@example") == ["x1"]  # Latin letters in any case
    assert find(book, "水暖 湖州") == [ids["zsf"]]  # every term, each in any field
    assert find(book, "湖州 1351") == []
    assert find(book, "水暖 1351") == ["x1"]
    flt = CustomerFilter(text="水暖")
    assert queries.search_plan(book, flt, 100_000) is None  # no shortcut trusts the index
    assert queries.first_matches(book, flt, 2) is None
    assert book.index_pending(batch=1) == 1  # a step at a time
    book.catch_up_search()
    assert not book.search_waits()
    assert set(find(book, "水暖")) == {ids["zsf"], "x1"}
    assert find(book, "zsfsnsh") == [ids["zsf"]]  # the new name's initials: the index's own


def test_matching_keys_of_customers_left_to_index_later_are_made_with_their_search_text(shop):
    """Book.reindex_later leaves the matching keys (models.core.match_keys) to index_pending
    too: meanwhile the customers a pass changed are noted dirty, and an import's preview finds
    them by their new numbers all the same; once caught up, their keys are made and not dirty."""
    from importers.matching import BookIndex
    from tests.book_helpers import raw_write

    book, ids = shop
    raw_write(book, "UPDATE customers SET mobile = '13900001111' WHERE id = ?", (ids["zsf"],))
    with book.atomic():
        book.reindex_later([ids["zsf"]])
    keys = lambda: {r[0] for r in book.all(  # noqa: E731
        "SELECT key FROM match_keys WHERE customer_id = ? AND kind = 'm'", (ids["zsf"],))}
    dirty = lambda: book.scalar(  # noqa: E731
        "SELECT count(*) FROM match_dirty WHERE customer_id = ?", (ids["zsf"],))
    assert "13900001111" not in keys() and dirty() == 1
    assert [cid for _, cid in BookIndex(book)._all("m", "13900001111")] == [ids["zsf"]]
    book.catch_up_search()
    assert "13900001111" in keys() and dirty() == 0
    assert [cid for _, cid in BookIndex(book)._all("m", "13900001111")] == [ids["zsf"]]
