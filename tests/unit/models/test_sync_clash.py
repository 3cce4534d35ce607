"""撞单 across the PCs of a team (models.sync.clash_index): a salesperson's PC that does not
hold another salesperson's customer still finds the clash, from the keyed hashes each PC
publishes in the shared folder; the index holds no number and no name."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook

from importers.plan import CLASH_HELD, preview, preview_rows, run_import
from importers.plan import Mapping as ColumnMapping
from importers.source import open_source
from models import alerts
from models.core.book import Book
from models.customers import clash, queries, sharing
from models.customers import operations as ops
from models.sync import access, clash_index, crypto, engine, folder
from models.team import handover, pool, users
from tests import sync_helpers
from tests.sync_helpers import PASS

MOBILE = "13912345678"
NAME = "杭州金达建材有限公司"


class Shop:
    """The owner's PC, 李娜's laptop and 王强's laptop, in one team."""

    def __init__(self, tmp_path: Path) -> None:
        self.share = tmp_path / "share"
        self.share.mkdir()
        with Book.open(tmp_path / "owner.sqlite") as owner:
            self.boss = owner.user_id
            self.li = users.add_user(owner, name="李娜", role="sales", owner_password="boss")
            self.wang = users.add_user(owner, name="王强", role="sales")
            engine.create_team(owner, folder_path=self.share, passphrase=PASS, name="老王建材")
        for who in ("li", "wang"):
            engine.join_team(tmp_path / f"{who}.sqlite", folder_path=self.share, passphrase=PASS)
        self.owner = Book.open(tmp_path / "owner.sqlite")
        self.a = Book.open(tmp_path / "li.sqlite")
        self.b = Book.open(tmp_path / "wang.sqlite")
        self.owner.user_id, self.a.user_id, self.b.user_id = self.boss, self.li, self.wang
        self.keys = engine.unlock(folder.read_team(self.share), PASS)

    def close(self) -> None:
        for book in (self.owner, self.a, self.b):
            book.close()

    def without_changes_of(self, book: Book):
        """That PC's change files have not reached the folder yet (its index has)."""
        return sync_helpers.without_changes_of(self.share, book)


@pytest.fixture
def shop(tmp_path):
    s = Shop(tmp_path)
    KEYS.clear()
    KEYS.update(s.keys)
    yield s
    s.close()


KEYS: dict[str, bytes] = {}


def sync(book: Book) -> engine.Report:
    return engine.sync_pass(book, keys=KEYS)


def held(book: Book, cid: str) -> bool:
    return book.one("SELECT 1 FROM customers WHERE id = ?", (cid,)) is not None


def clash_alerts(book: Book) -> list[dict]:
    return [a for a in alerts.alerts_list(book) if a["word"] == clash.CLASH_WORD]


def wangs_customer(shop: Shop) -> str:
    """王强 adds a customer on his laptop and syncs; 李娜's laptop syncs before his changes
    arrive (their index has)."""
    cid = ops.add_customer(shop.b, data={"name": NAME, "mobile": MOBILE,
                                         "phone": "0571-88886666"})
    sync(shop.b)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid)  # 李娜's laptop does not hold it
    return cid


TYPED = [  # what 李娜 types, and what she is told
    ({"name": "新客户", "mobile": "+86 139 1234 5678"},
     "Already another salesperson's customer (mobile 139****5678); the owner has been told."),
    ({"name": "新客户", "phone": "0571 8888 6666"},
     "Already another salesperson's customer (phone 057*****6666); the owner has been told."),
    ({"name": "杭州 金达建材（有限公司）"},
     "Already another salesperson's customer (name 杭***********)); the owner has been told."),
    ({"name": "另一家", "phone": "139-1234-5678"},  # his mobile, typed as a landline
     "Already another salesperson's customer (phone 139****5678); the owner has been told."),
]


def test_another_pcs_customer_is_found_and_the_owner_told_after_sync(shop):
    cid = wangs_customer(shop)
    before = shop.a.scalar("SELECT count(*) FROM customers")
    for data, said in TYPED:
        with pytest.raises(clash.ClashFound) as err:
            ops.add_customer(shop.a, data=data)
        assert str(err.value) == said
    assert shop.a.scalar("SELECT count(*) FROM customers") == before
    # the alert waits on her laptop (its customer is not there) and reaches the owner's PC
    assert shop.a.scalar("SELECT count(*) FROM alerts") == 0
    assert clash_alerts(shop.owner) == []
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    sync(shop.owner)
    (alert,) = clash_alerts(shop.owner)
    assert (alert["customer_id"], alert["customer_name"], alert["author_name"]) == (
        cid, NAME, "李娜")
    assert "另一家 · 139-1234-5678" in alert["context"]  # what she typed last
    # his changes reach her laptop sealed for the PCs that may see his customer: neither the
    # customer nor the alert about it is in her book
    sync(shop.a)
    assert not held(shop.a, cid)
    assert shop.a.scalar("SELECT count(*) FROM alerts WHERE customer_id = ?", (cid,)) == 0
    assert clash_alerts(shop.a) == []


def test_a_second_attempt_makes_no_second_alert_anywhere(shop):
    cid = wangs_customer(shop)
    sync(shop.owner)
    for name in ("甲", "乙"):
        with pytest.raises(clash.ClashFound):
            ops.add_customer(shop.a, data={"name": name, "mobile": MOBILE})
    # 张伟, another salesperson, on the owner's PC sees the customer in his book (one alert)
    zhang = users.add_user(shop.owner, name="张伟", role="sales")
    shop.owner.user_id = zhang
    with pytest.raises(clash.ClashFound):
        ops.add_customer(shop.owner, data={"name": "丙", "mobile": MOBILE})
    shop.owner.user_id = shop.boss
    sync(shop.a)
    sync(shop.owner)
    (alert,) = clash_alerts(shop.owner)
    assert alert["customer_id"] == cid and "丙" in alert["context"]  # the newest attempt
    sync(shop.b)
    sync(shop.a)
    assert shop.b.scalar("SELECT count(*) FROM alerts") == 0  # not approved: the owner's only
    # her own alert is about a customer her book does not hold: it waits there, unseen
    assert shop.a.scalar("SELECT count(*) FROM alerts") == 0
    assert shop.a.scalar("SELECT count(*) FROM sync_waiting") == 1


def test_the_pool_and_the_owner_have_no_clash(shop):
    wangs_customer(shop)
    # a customer 王强 gave back to the pool is everyone's to claim
    pooled = ops.add_customer(shop.b, data={"name": "公海客户", "mobile": "13700000002"})
    pool.give_back(shop.b, customer_ids=[pooled])
    sync(shop.b)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, pooled)
    assert ops.add_customer(shop.a, data={"name": "公海的另一家", "mobile": "13700000002"})
    with pytest.raises(clash.ClashFound):  # while his own customer is still his
        ops.add_customer(shop.a, data={"name": "别的", "mobile": MOBILE})
    # the owner sees every customer: no clash for him, with or without the index
    assert ops.add_customer(shop.owner, data={"name": "店主加的", "mobile": MOBILE})


def test_the_index_holds_no_number_and_no_name_and_needs_the_team_key(shop):
    wangs_customer(shop)
    path = folder.device_folder(shop.share, shop.b.device_id) / clash_index.NAME
    data = path.read_bytes()
    team = folder.read_team(shop.share)
    keys = engine.unlock(team, PASS)
    _, body = crypto.unseal(data, keys)
    for raw in (data, body):
        for secret in (MOBILE, "1234", "5678", "88886666", "0571"):
            assert secret.encode() not in raw
        for text in (NAME, "金达", "杭州", "有限公司"):
            assert text.encode("utf-8") not in raw and text.encode("utf-16-le") not in raw
    entries = clash_index.parse(body)
    assert {owner for _, _, owner in entries} == {shop.wang}
    assert all(len(d) == clash.DIGEST_BYTES for d, _, _ in entries)
    # a team key it was not sealed for opens nothing
    with pytest.raises(crypto.SealError) as err:
        crypto.unseal(data, {crypto.key_id(k): k for k in [crypto.new_key()]})
    assert err.value.kind == "no_key"
    # nor does the hash match without the clash key: another key makes other hashes
    other = clash_index.clash_key(crypto.new_key(), team["team_id"])
    assert not {d for d, _, _ in entries} & set(
        clash.Hasher(other).customer(NAME, MOBILE, "0571-88886666"))


def test_removing_the_customer_or_handing_it_to_her_ends_the_clash(shop):
    cid = wangs_customer(shop)
    sync(shop.owner)  # the owner's PC holds it and says so in its index
    # handed to 李娜 on the owner's PC: the owner's newer index names her
    handover.hand_over(shop.owner, from_user=shop.wang, to_users=[shop.li])
    sync(shop.owner)
    with shop.without_changes_of(shop.owner), shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid)
    assert ops.add_customer(shop.a, data={"name": "她的新客户", "mobile": MOBILE})


def test_a_deleted_customer_is_no_clash_once_its_pc_synced(shop):
    cid = wangs_customer(shop)
    ops.delete_customers(shop.b, customer_ids=[cid])
    sync(shop.b)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid)
    assert ops.add_customer(shop.a, data={"name": "新客户", "mobile": MOBILE})


def test_a_changed_number_counts_from_the_newest_index(shop):
    cid = wangs_customer(shop)
    sync(shop.owner)  # the owner's PC holds it, with the old number, in its index
    ops.update_customer(shop.b, customer_id=cid, data={"mobile": "13600000000"})
    sync(shop.b)
    with shop.without_changes_of(shop.b), shop.without_changes_of(shop.owner):
        sync(shop.a)
    assert not held(shop.a, cid)
    assert ops.add_customer(shop.a, data={"name": "新客户", "mobile": MOBILE})
    with pytest.raises(clash.ClashFound):
        ops.add_customer(shop.a, data={"name": "又一个", "mobile": "136 0000 0000"})


def test_an_import_holds_another_pcs_customers_and_tells_the_owner(shop, tmp_path):
    cid = wangs_customer(shop)
    xlsx = tmp_path / "客户.xlsx"
    wb = Workbook()
    ws = wb.active
    for row in (["客户名称", "手机", "电话"], ["新开五金店", "13900001111", ""],
                ["别的名字", "+86 139-1234-5678", ""], ["杭州金达建材", "", ""]):
        ws.append(row)
    wb.save(xlsx)
    plan = preview(shop.a, open_source(xlsx),
                   ColumnMapping(header=0, columns=["name", "mobile", "phone"]), mode="create")
    assert plan.summary()["created"] == 1 and plan.summary()["held"] == 2
    assert {h["reason"] for h in plan.held_list()} == {
        "Already another salesperson's customer (139****5678): not imported; the owner is told "
        "when you import.",
        "Already another salesperson's customer (杭****材): not imported; the owner is told "
        "when you import."}
    assert all(r.reason == CLASH_HELD for r in plan.held)
    run_import(shop.a, plan, remember=False)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    sync(shop.owner)
    (alert,) = clash_alerts(shop.owner)
    assert alert["customer_id"] == cid and alert["author_name"] == "李娜"


def test_leaving_the_team_forgets_the_key_and_the_others_index(shop):
    wangs_customer(shop)
    assert shop.a.scalar("SELECT count(*) FROM clash_index") > 0
    engine.leave_team(shop.a)
    assert shop.a.scalar("SELECT count(*) FROM clash_index") == 0
    assert clash.clash_key(shop.a) is None
    assert ops.add_customer(shop.a, data={"name": "新客户", "mobile": MOBILE})


def test_the_hashes_are_hmac_sha256_of_kind_and_normalised_value():
    import hashlib
    import hmac

    key = bytes(range(32))
    hashes = clash.Hasher(key)

    def plain(text: str) -> bytes:
        return hmac.new(key, text.encode(), hashlib.sha256).digest()[:16]

    assert hashes.customer("杭州 金达建材（有限公司）", "+86 139-1234-5678", "0571-88886666") == [
        plain("tel:057188886666"), plain("tel:13912345678"), plain("name:杭州金达建材")]
    # a number as the book keeps it and the same number typed otherwise hash alike
    for typed in ("8613912345678", "+86 139 1234 5678", "１３９１２３４５６７８"):
        assert clash.number_keys(typed) == {"13912345678"}
    assert clash.number_keys("123456") == set()


def test_the_index_is_written_again_only_when_its_customers_changed(shop):
    cid = wangs_customer(shop)
    path = folder.device_folder(shop.share, shop.b.device_id) / clash_index.NAME
    first = path.read_bytes()
    ops.update_customer(shop.b, customer_id=cid, data={"city": "杭州"})  # not in the index
    sync(shop.b)
    assert path.read_bytes() == first
    ops.update_customer(shop.b, customer_id=cid, data={"mobile": "13600000000"})
    sync(shop.b)
    assert path.read_bytes() != first
    path.unlink()  # gone from the folder: written again
    sync(shop.b)
    assert path.exists()


def test_a_half_arrived_index_is_read_at_the_next_sync(shop):
    cid = ops.add_customer(shop.b, data={"name": NAME, "mobile": MOBILE})
    sync(shop.b)
    path = folder.device_folder(shop.share, shop.b.device_id) / clash_index.NAME
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the sync tool is still copying it
    with shop.without_changes_of(shop.b):
        sync(shop.a)
        assert ops.add_customer(shop.a, data={"name": "甲", "mobile": "13900000000"})
        assert shop.a.scalar("SELECT count(*) FROM clash_index") == 0
        path.write_bytes(whole)
        sync(shop.a)
    assert not held(shop.a, cid)
    with pytest.raises(clash.ClashFound):
        ops.add_customer(shop.a, data={"name": "乙", "mobile": MOBILE})


OTHER = "13700000009"


def shared_with_li(shop: Shop) -> tuple[str, str]:
    """王强 adds two customers on his laptop; on the owner's PC, one is shared with 李娜; her
    laptop syncs before his changes arrive (the owner's share waits there for its customer)."""
    cid = ops.add_customer(shop.b, data={"name": NAME, "mobile": MOBILE})
    other = ops.add_customer(shop.b, data={"name": "宁波四海贸易", "mobile": OTHER})
    sync(shop.b)
    sync(shop.owner)
    sharing.share_customer(shop.owner, customer_id=cid, user_id=shop.li)
    sync(shop.owner)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid) and not held(shop.a, other)
    assert shop.a.scalar("SELECT count(*) FROM customer_shares") == 0
    return cid, other


def test_a_customer_shared_with_her_is_no_clash_on_a_pc_that_does_not_hold_it(shop):
    cid, other = shared_with_li(shop)
    # the form's duplicate check counts it as on its way; the other one she does not see
    assert clash.arriving(shop.a, {"name": "新客户", "mobile": MOBILE}) == [cid]
    assert clash.arriving(shop.a, {"name": "新客户", "mobile": OTHER}) == []
    assert ops.add_customer(shop.a, data={"name": "新客户", "mobile": "+86 139 1234 5678"})
    assert ops.add_customer(shop.a, data={"name": "杭州 金达建材"})
    with pytest.raises(clash.ClashFound) as err:  # the one not shared with her still is
        ops.add_customer(shop.a, data={"name": "又一个", "mobile": OTHER})
    assert str(err.value) == ("Already another salesperson's customer (mobile 137****0009); "
                              "the owner has been told.")
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    sync(shop.owner)
    assert [a["customer_id"] for a in clash_alerts(shop.owner)] == [other]
    # the index says with whom, by user id: neither a number nor a name
    path = folder.device_folder(shop.share, shop.owner.device_id) / clash_index.NAME
    _, body = crypto.unseal(path.read_bytes(), KEYS)
    assert clash_index.parse_shares(body) == {cid: [(shop.li, "")]}


def test_unsharing_brings_the_clash_back_after_the_next_sync(shop):
    cid, _ = shared_with_li(shop)
    sharing.unshare_customer(shop.owner, customer_id=cid, user_id=shop.li)
    assert ops.add_customer(shop.a, data={"name": "新客户", "mobile": MOBILE})  # not synced yet
    sync(shop.owner)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid)
    with pytest.raises(clash.ClashFound):
        ops.add_customer(shop.a, data={"name": "又一个", "mobile": MOBILE})
    # shared again: no clash at the next sync
    sharing.share_customer(shop.owner, customer_id=cid, user_id=shop.li)
    sync(shop.owner)
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert ops.add_customer(shop.a, data={"name": "再一个", "mobile": MOBILE})


def test_an_import_does_not_hold_a_customer_shared_with_her(shop):
    _, other = shared_with_li(shop)
    rows = [["客户名称", "手机"], ["新开五金店", MOBILE], ["别的名字", OTHER]]
    plan = preview_rows(shop.a, rows, ColumnMapping(header=0, columns=["name", "mobile"]),
                        mode="create")
    assert [r.clash.customer_id if r.clash else None for r in plan.planned] == [None, other]


def test_an_index_without_shares_is_read_as_naming_none(shop):
    """An index written before it named shares (or by such a Kehu): read, nothing shared."""
    cid, _ = shared_with_li(shop)
    path = folder.device_folder(shop.share, shop.owner.device_id) / clash_index.NAME
    header, _ = crypto.read_header(path.read_bytes())
    _, body = crypto.unseal(path.read_bytes(), KEYS)
    size = int.from_bytes(body[:4], "big")
    head = json.loads(body[4:4 + size])
    assert head.pop("shares")
    old = json.dumps(head).encode("utf-8")
    old_body = len(old).to_bytes(4, "big") + old + body[4 + size:]
    assert clash_index.parse_shares(old_body) == {}
    assert clash_index.parse(old_body) == clash_index.parse(body)
    header["hlc"] = shop.owner.clock.tick()  # the newest word about the customer
    folder.atomic_write(path, crypto.seal(old_body, header, KEYS))
    with shop.without_changes_of(shop.b):
        sync(shop.a)
    assert not held(shop.a, cid)
    with pytest.raises(clash.ClashFound):
        ops.add_customer(shop.a, data={"name": "新客户", "mobile": MOBILE})


def test_two_books_a_shared_customer_is_the_one_she_sees(tmp_path):
    """The owner's PC holds 李娜's customers; 王强's PC holds the one shared with him after a
    sync: it is no clash and the duplicate check names it; unshared, it is again."""
    with sync_helpers.team(tmp_path) as (owner, sales, _):
        li = users.add_user(owner, name="李娜", role="sales", owner_password="boss")
        wang = users.add_user(owner, name="王强", role="sales")
        cid = ops.add_customer(owner, data={"name": NAME, "mobile": MOBILE, "owner_id": li})
        other = ops.add_customer(owner, data={"name": "宁波四海贸易", "mobile": OTHER,
                                              "owner_id": li})
        sharing.share_customer(owner, customer_id=cid, user_id=wang)
        sync_helpers.sync(owner)
        sales.user_id = wang
        sync_helpers.approve(owner, sales)  # his laptop receives what he may see
        sync_helpers.sync(sales)
        assert held(sales, cid)
        assert not held(sales, other)  # 李娜's, not shared with him
        assert [d["id"] for d in queries.duplicates(sales, mobile=MOBILE)] == [cid]
        assert clash.find(sales, {"name": "新客户", "mobile": MOBILE}) == []
        assert [c.customer_id for c in clash.find(sales, {"name": "又一个", "mobile": OTHER})] \
            == [other]
        sharing.unshare_customer(owner, customer_id=cid, user_id=wang)
        sync_helpers.sync(owner)
        sync_helpers.sync(sales)
        assert not held(sales, cid)  # no longer his to see: off his laptop
        assert queries.duplicates(sales, mobile=MOBILE) == []
        with pytest.raises(clash.ClashFound):
            ops.add_customer(sales, data={"name": "新客户", "mobile": MOBILE})


# -- the index updated in place ---------------------------------------------------------------
NAMES = ["杭州金达建材有限公司", "宁波四海贸易", "温州 东方五金（有限公司）", "Acme Ltd.", "！！",
         "上海嘉禾食品"]


def _mobile(rng: random.Random) -> str:
    return rng.choice(["", f"139{rng.randrange(10**8):08d}", "13800000001",
                       f"+86 137 {rng.randrange(10**4):04d} {rng.randrange(10**4):04d}"])


def _phone(rng: random.Random) -> str:
    return rng.choice(["", f"0571-{rng.randrange(10**8):08d}", "0571-88886666", _mobile(rng)])


def _value(rng: random.Random, field: str, people: list[str]) -> str:
    if field == "name":
        return f"{rng.choice(NAMES)}{rng.choice(['', rng.randrange(99)])}"
    if field == "owner_id":
        return rng.choice(people)
    if field == "city":
        return rng.choice(["杭州", "宁波"])
    return _mobile(rng) if field == "mobile" else _phone(rng)


def _published(book: Book, path: Path) -> tuple[bytes, str]:
    """This PC's index in the folder and its note of what that was made from."""
    return path.read_bytes(), book.scalar("SELECT value FROM local WHERE key = ?",
                                          (clash_index.PUBLISHED,))


def _put_back(book: Book, path: Path, published: tuple[bytes, str]) -> None:
    path.write_bytes(published[0])
    with book.atomic():
        book.conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                          (clash_index.PUBLISHED, published[1]))


def _ids(book: Book, sql: str, args=()) -> list[str]:
    return [r[0] for r in book.conn.execute(sql, args)]


def _edit(book: Book, rng: random.Random, people: list[str], fields: list[str], k: int,
          owner: str = "%") -> None:
    live = _ids(book, "SELECT id FROM customers WHERE deleted_at IS NULL AND "
                      "coalesce(owner_id, '') LIKE ? ORDER BY id", (owner,))
    for cid in rng.sample(live, min(k, len(live))):
        field = rng.choice(fields)
        ops.update_customer(book, customer_id=cid, data={field: _value(rng, field, people)})


def _changes(book: Book, rng: random.Random, people: list[str], kept: str) -> None:
    """A pass's worth of random changes on the owner's PC (`kept`: a customer not to take out
    of the book)."""
    _edit(book, rng, people, ["name", "mobile", "phone", "owner_id", "city"], 6)
    for _ in range(rng.randrange(3)):
        ops.add_customer(book, data={"name": _value(rng, "name", people), "mobile": _mobile(rng),
                                     "phone": _phone(rng), "owner_id": rng.choice(people)})
    live = _ids(book, "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")
    ops.delete_customers(book, customer_ids=rng.sample(live, 2))
    trash = _ids(book, "SELECT id FROM customers WHERE deleted_at IS NOT NULL ORDER BY id")
    ops.restore_customers(book, customer_ids=rng.sample(trash, 1))
    owned = _ids(book, "SELECT id FROM customers WHERE deleted_at IS NULL AND owner_id IS NOT "
                       "NULL ORDER BY id")
    pool.give_back(book, customer_ids=rng.sample(owned, 1))
    giver = _ids(book, "SELECT DISTINCT owner_id FROM customers WHERE deleted_at IS NULL AND "
                       "city = '杭州' AND owner_id != ? ORDER BY owner_id", (book.user_id,))
    if giver:
        from_user = rng.choice(giver)
        handover.hand_over(book, from_user=from_user, filter={"cities": ["杭州"]},
                           to_users=[rng.choice([p for p in people if p != from_user])])
    for uid in rng.sample(people[1:], 2):
        others = _ids(book, "SELECT id FROM customers WHERE deleted_at IS NULL AND "
                            "coalesce(owner_id, '') != ? ORDER BY id", (uid,))
        sharing.share_customer(book, customer_id=rng.choice(others), user_id=uid)
    for cid, uid in book.conn.execute(
            "SELECT s.customer_id, s.user_id FROM customer_shares s JOIN customers c ON "
            "c.id = s.customer_id WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL "
            "ORDER BY s.id LIMIT 1").fetchall():
        sharing.unshare_customer(book, customer_id=cid, user_id=uid)
    # taken out of this copy, as when a PC may no longer see them: no change entry
    every = _ids(book, "SELECT id FROM customers WHERE id != ? ORDER BY id", (kept,))
    with book.atomic("sync"):
        access.remove_customers(book.conn, rng.sample(every, 2))
    # written without a change entry, as a demo book's customers are (one with an id that is
    # no uuid)
    with book.atomic():
        for cid in (str(uuid.UUID(int=rng.getrandbits(128))), f"demo-{rng.randrange(10**6)}"):
            book.conn.execute(
                "INSERT INTO customers (id, rid, name, mobile, owner_id, created_at, updated_at) "
                "VALUES (?, (SELECT max(rid) + 1 FROM customers), ?, ?, ?, '2026-01-01', "
                "'2026-01-01')", (cid, _value(rng, "name", people), _mobile(rng),
                                  rng.choice(people)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_index_updated_from_the_last_one_is_the_one_built_whole(tmp_path, seed):
    """Over several passes of random changes on the owner's PC and on 王强's (taken in), the
    index updated from the one published at the previous pass is, byte for byte, the one
    build() makes of the book as it is: edits of names and numbers, owners changed and handed
    over, customers deleted, restored, added, given back to the pool, shares made and ended,
    and customers taken out of the book without any change entry."""
    rng = random.Random(seed)
    with sync_helpers.team(tmp_path) as (owner, sales, share):
        li = users.add_user(owner, name="李娜", role="sales", owner_password="boss")
        wang = users.add_user(owner, name="王强", role="sales")
        people = [owner.user_id, li, wang]
        for _ in range(40):
            ops.add_customer(owner, data={"name": _value(rng, "name", people),
                                          "mobile": _mobile(rng), "phone": _phone(rng),
                                          "owner_id": rng.choice(people)})
        sync_helpers.sync(owner)
        sales.user_id = wang
        sync_helpers.approve(owner, sales)
        sync_helpers.sync(sales)
        team = folder.read_team(share)
        keys = engine.unlock(team, PASS)
        key = clash_index.clash_key(clash_index.team_key(team, keys), team["team_id"])
        path = folder.device_folder(share, owner.device_id) / clash_index.NAME
        before = _published(owner, path)
        for n in range(5):
            # 王强's PC edits and adds customers of his: the owner's PC takes them in
            _edit(sales, rng, people, ["name", "mobile", "phone"], 3, owner=wang)
            ops.add_customer(sales, data={"name": f"王强的客户{n}", "mobile": f"1360000000{n}"})
            sync_helpers.sync(sales)
            # the customer whose change entry the last index was made at stays (were its
            # entries taken out of the book, the index would be built whole)
            made_at = json.loads(before[1])["entry"]
            kept = owner.scalar("SELECT record_id FROM audit WHERE id = ?", (made_at,))
            _changes(owner, rng, people, kept)
            sync_helpers.sync(owner)  # takes in his changes and publishes its index
            whole, named = clash_index.build(owner, key)
            assert crypto.unseal(path.read_bytes(), keys)[1] == whole
            after = _published(owner, path)
            # the index of the previous pass, and the book as it is now
            _put_back(owner, path, before)
            updated = clash_index.update(owner, path, keys, key)
            assert updated is not None  # updated, not built whole
            assert updated == whole
            assert updated != crypto.unseal(before[0], keys)[1]  # the changes are in it
            assert named == len({cid for _, cid, _ in clash_index.parse(whole)})
            _put_back(owner, path, after)
            before = after


def test_an_index_that_is_not_the_one_noted_is_built_whole(tmp_path):
    """The index in the folder is updated only when it is the one this PC noted it published,
    made from change entries still in the book: otherwise publish builds it whole."""
    with sync_helpers.team(tmp_path) as (owner, _, share):
        (cid,) = _ids(owner, "SELECT id FROM customers")
        sync_helpers.sync(owner)
        team = folder.read_team(share)
        keys = engine.unlock(team, PASS)
        key = clash_index.clash_key(clash_index.team_key(team, keys), team["team_id"])
        path = folder.device_folder(share, owner.device_id) / clash_index.NAME

        def published() -> bytes:
            return crypto.unseal(path.read_bytes(), keys)[1]

        older = path.read_bytes()
        ops.update_customer(owner, customer_id=cid, data={"mobile": "13900000001"})
        sync_helpers.sync(owner)
        assert clash_index.update(owner, path, keys, key) == published()
        # a file-sync tool put an older copy back
        newer = path.read_bytes()
        path.write_bytes(older)
        assert clash_index.update(owner, path, keys, key) is None
        path.write_bytes(newer)
        assert clash_index.update(owner, path, keys, key) == published()
        # under another clash key
        other = clash_index.clash_key(crypto.new_key(), team["team_id"])
        assert clash_index.update(owner, path, keys, other) is None
        # the change entry it was made at is gone with its customer: the numbers of the
        # entries after it are given again
        added = ops.add_customer(owner, data={"name": "宁波四海贸易", "mobile": "13700000009"})
        sync_helpers.sync(owner)
        _, body = crypto.unseal(path.read_bytes(), keys)
        assert {c for _, c, _ in clash_index.parse(body)} == {cid, added}
        made_at = json.loads(owner.scalar("SELECT value FROM local WHERE key = ?",
                                          (clash_index.PUBLISHED,)))["entry"]
        assert owner.scalar("SELECT record_id FROM audit WHERE id = ?", (made_at,)) == added
        with owner.atomic("sync"):
            access.remove_customers(owner.conn, [added])
        ops.update_customer(owner, customer_id=cid, data={"phone": "0571-88886666"})
        assert clash_index.update(owner, path, keys, key) is None
        sync_helpers.sync(owner)
        assert published() == clash_index.build(owner, key)[0]
        assert {c for _, c, _ in clash_index.parse(published())} == {cid}
        # noted by a Kehu before the index was updated in place ("seq:key id")
        with owner.atomic():
            owner.conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                               (clash_index.PUBLISHED, f"1:{crypto.key_id(key)}"))
        assert clash_index.update(owner, path, keys, key) is None


def test_reading_an_index_without_what_this_book_holds_keeps_the_rest_as_parse_does():
    """parse_not_held: the entries of parse() whose customer is not held, uuid ids and others."""
    key = b"k" * 32
    hasher = clash.Hasher(key)
    ids = [str(uuid.UUID(int=n)) for n in range(1, 7)] + ["legacy-7", "legacy-8"]
    rows = [(cid, f"owner{n % 3}", f"五金店{n}", f"1380000{n:04d}", f"0571-8800{n:04d}")
            for n, cid in enumerate(ids)]
    body, _ = clash_index._body([clash_index._entry(hasher, *row) for row in rows], {})
    every = clash_index.parse(body)
    held = {ids[0], ids[3], "legacy-8", "not-in-the-index"}
    assert clash_index.parse_not_held(body, held) == [e for e in every if e[1] not in held]
    assert clash_index.parse_not_held(body, set()) == every
    with pytest.raises(ValueError):
        clash_index.parse_not_held(body[:-3], held)
