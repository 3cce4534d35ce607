"""Merging another PC's changes field by field (models.sync.merge), between real books: copies
of one book opened at other paths, each with its own device id, as the PCs of a team."""

from __future__ import annotations

import shutil

import pytest

from models import deals
from models.core import changelog
from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import merge
from models.sync.tables import TABLES


class Team:
    """n PCs, each its own copy of one book; `send(a, b)` gives b what a has not sent it."""

    def __init__(self, tmp_path, n: int = 2) -> None:
        first = tmp_path / "pc0.sqlite"
        with Book.open(first) as book:
            self.owner = book.user_id
        self.paths = [first]
        for i in range(1, n):
            path = tmp_path / f"pc{i}.sqlite"
            shutil.copy(first, path)
            self.paths.append(path)
        self.books = [Book.open(p) for p in self.paths]
        self.sent: dict[tuple[int, int], int] = {}

    def batch(self, a: int) -> dict:
        return merge.outgoing(self.books[a], 0)

    def send(self, a: int, b: int) -> None:
        merge.apply(self.books[b], [self.batch(a)])

    def everyone(self) -> None:
        for _ in range(2):
            for a in range(len(self.books)):
                for b in range(len(self.books)):
                    if a != b:
                        self.send(a, b)

    def close(self) -> None:
        for book in self.books:
            book.close()


@pytest.fixture
def team(tmp_path):
    t = Team(tmp_path, 3)
    yield t
    t.close()


def export(book: Book) -> dict:
    """Every shared table's rows, without what each PC keeps for itself."""
    out = {}
    for spec in TABLES.values():
        rows = [spec.shared(dict(r)) for r in book.all(f"SELECT * FROM {spec.name}")]
        out[spec.name] = sorted(repr(sorted(r.items())) for r in rows)
    return out


def test_copies_have_their_own_devices(team):
    ids = {b.device_id for b in team.books}
    assert len(ids) == 3


def test_a_new_customer_reaches_the_other_pc_and_is_found(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "杭州建材", "mobile": "13800000001", "city": "杭州"})
    team.send(0, 1)
    row = queries.customer(b, cid)
    assert row["name"] == "杭州建材" and row["mobile"] == "13800000001"
    flt = queries.CustomerFilter(text="建材")
    assert queries.customer_ids(b, flt) == [cid]


def test_edits_to_different_fields_both_survive(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "老王五金", "mobile": "13800000002"})
    team.send(0, 1)
    ops.update_customer(a, customer_id=cid, data={"city": "宁波"})
    ops.update_customer(b, customer_id=cid, data={"mobile": "13900000002"})
    team.everyone()
    for book in (a, b):
        row = queries.customer(book, cid)
        assert (row["city"], row["mobile"]) == ("宁波", "13900000002")


def test_the_same_field_ends_the_same_everywhere(team):
    a, b, c = team.books
    cid = ops.add_customer(a, data={"name": "东方建材"})
    team.everyone()
    ops.update_customer(a, customer_id=cid, data={"city": "上海"})
    ops.update_customer(b, customer_id=cid, data={"city": "苏州"})  # stamped later
    team.send(1, 2)
    team.send(0, 2)  # the older one arrives last at c
    team.everyone()
    assert {queries.customer(x, cid)["city"] for x in (a, b, c)} == {"苏州"}
    assert export(a) == export(b) == export(c)


def test_an_edit_after_a_delete_brings_the_customer_back(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "被删客户"})
    team.send(0, 1)
    ops.delete_customers(a, customer_ids=[cid])
    ops.update_customer(b, customer_id=cid, data={"notes": "刚通过电话"})  # b did not know
    team.everyone()
    for book in (a, b):
        row = queries.customer(book, cid)
        assert row["deleted_at"] is None and row["notes"] == "刚通过电话"


def test_a_delete_after_the_edit_stays_deleted(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "要删的"})
    team.everyone()
    ops.update_customer(b, customer_id=cid, data={"notes": "旧的"})
    team.everyone()
    ops.delete_customers(a, customer_ids=[cid])
    team.everyone()
    assert queries.customer(b, cid)["deleted_at"] is not None


def test_a_contact_arriving_before_its_customer_waits_for_it(team):
    a, b, c = team.books
    cid = ops.add_customer(a, data={"name": "先后不一"})
    team.send(0, 1)
    contact = ops.add_contact(b, customer_id=cid, data={"name": "金雪梅", "mobile": "13700000003"})
    team.send(1, 2)  # c gets the contact, not yet its customer
    assert queries.contact(c, contact) is None
    team.send(0, 2)
    assert queries.contact(c, contact)["name"] == "金雪梅"


def test_applying_twice_changes_nothing(team):
    a, b = team.books[0], team.books[1]
    ops.add_customer(a, data={"name": "一次"})
    batch = team.batch(0)
    merge.apply(b, [batch])
    before = (export(b), b.scalar("SELECT count(*) FROM audit"))
    changes = merge.apply(b, [batch])
    assert not changes
    assert (export(b), b.scalar("SELECT count(*) FROM audit")) == before


def test_entries_keep_their_device_and_clock(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "谁写的"})
    team.send(0, 1)
    row = b.one("SELECT device_id, hlc FROM audit WHERE record_id = ? AND action = 'insert'",
                (cid,))
    assert row["device_id"] == a.device_id and row["hlc"].endswith(a.device_id)
    # b's next change sorts after what it has seen
    ops.update_customer(b, customer_id=cid, data={"city": "温州"})
    later = b.scalar("SELECT max(hlc) FROM audit WHERE device_id = ?", (b.device_id,))
    assert later > row["hlc"]


def test_the_trash_emptied_on_one_pc_is_emptied_on_all(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "永久删除"})
    ops.log_interaction(a, customer_id=cid, kind="call", text="来过电话")
    team.send(0, 1)
    ops.delete_customers(a, customer_ids=[cid])
    ops.empty_trash(a)
    team.send(0, 1)
    assert queries.customer(b, cid) is None
    assert b.one("SELECT 1 FROM tombstones WHERE tbl = 'customers' AND record_id = ?", (cid,))
    assert queries.customer_ids(b, queries.CustomerFilter(text="永久")) == []


def test_an_undo_on_one_pc_follows_on_the_others(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "撤销", "city": "杭州"})
    ops.update_customer(a, customer_id=cid, data={"city": "绍兴"})
    team.send(0, 1)
    changelog.undo(a)
    team.send(0, 1)
    assert queries.customer(b, cid)["city"] == "杭州"


def test_deals_and_their_stages_merge(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "有商机"})
    did = deals.add_deal(a, data={"title": "水泥 200 吨", "customer_id": cid, "amount": "12000"})
    team.send(0, 1)
    stage = deals.stages(b)[2]["id"]
    deals.move_deal(b, deal_id=did, stage_id=stage)
    team.send(1, 0)
    assert deals.deal(a, did)["stage_id"] == stage


def test_the_value_that_lost_is_in_the_history_and_can_be_taken_back(team):
    from models.customers import history

    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "两台电脑同时改"})
    team.send(0, 1)
    ops.update_customer(a, customer_id=cid, data={"mobile": "13812345678"})
    ops.update_customer(b, customer_id=cid, data={"mobile": "13900000000"})  # later, unseen
    team.everyone()
    for book in (a, b):
        assert queries.customer(book, cid)["mobile"] == "13900000000"
        lost = [i for i in history.items(book, cid) if i.lost]
        assert len(lost) == 1 and lost[0].lost_value == "13812345678"
        assert "13812345678" in history.render(lost[0]) and "replaced" in history.render(lost[0])
    # an ordinary later change is not "lost"
    ops.update_customer(a, customer_id=cid, data={"city": "杭州"})
    team.everyone()
    ops.update_customer(b, customer_id=cid, data={"city": "宁波"})
    team.everyone()
    assert len([i for i in history.items(a, cid) if i.lost]) == 1
    item = next(i for i in history.items(a, cid) if i.lost)
    ops.take_back(a, table=item.table, record_id=item.record_id, field=item.field,
                  value=item.lost_value)
    team.everyone()
    assert queries.customer(b, cid)["mobile"] == "13812345678"


def test_a_contact_added_while_its_customer_was_deleted_for_good_waits(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "清掉的"})
    team.send(0, 1)
    ops.delete_customers(a, customer_ids=[cid])
    ops.empty_trash(a)
    contact = ops.add_contact(b, customer_id=cid, data={"name": "不知道的人"})  # b did not know
    team.everyone()
    for book in (a, b):
        assert queries.customer(book, cid) is None
        assert queries.contact(book, contact) is None
    assert export(a) == export(b)
    assert b.one("SELECT 1 FROM audit WHERE record_id = ?", (contact,))  # kept in the history


def test_a_risk_word_written_on_two_pcs_in_one_field_is_one_alert(team):
    a, b = team.books[0], team.books[1]
    cid = ops.add_customer(a, data={"name": "两边都写了"})
    team.send(0, 1)
    ops.update_customer(a, customer_id=cid, data={"notes": "这单走私单"})
    ops.update_customer(b, customer_id=cid, data={"notes": "私单 再说"})
    team.everyone()  # before, the second alert's row broke the merge (UNIQUE)
    for book in (a, b):
        (alert,) = book.all("SELECT context FROM alerts WHERE record_id = ?", (cid,))
        assert alert["context"] == "私单 再说"  # the later one
    assert export(a) == export(b)
