"""A salesperson's laptop holds only the customers its user may see (models.sync.access): the
entries about an owned customer travel sealed for the approved PCs that may see it, a handover
sends the whole history to the new salesperson's PC and takes it off the old one's, and the
folder with the passphrase opens none of it."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from models.core import chain
from models.core.book import Book
from models.customers import operations as ops
from models.customers import sharing
from models.sync import access, crypto, engine, folder
from models.team import handover, pool, users
from tests.sync_helpers import PASS

LI_NAME, WANG_NAME, POOL_NAME = "宁波李记五金", "温州王氏阀门", "公海里的钢材行"
WANG_NOTE = "王强的客户说下月要二十吨"


class Shop:
    """The owner's PC, 李娜's laptop (a) and 王强's laptop (b), both approved by the owner."""

    def __init__(self, tmp_path: Path, *, approve: bool = True) -> None:
        self.tmp = tmp_path
        self.share = tmp_path / "share"
        self.share.mkdir()
        with Book.open(tmp_path / "owner.sqlite") as owner:
            self.boss = owner.user_id
            self.li = users.add_user(owner, name="李娜", role="sales", owner_password="boss")
            self.wang = users.add_user(owner, name="王强", role="sales")
            engine.create_team(owner, folder_path=self.share, passphrase=PASS, name="老王建材")
        self.keys = engine.unlock(folder.read_team(self.share), PASS)
        self.owner = Book.open(tmp_path / "owner.sqlite")
        self.a = self.laptop("li", self.li)
        self.b = self.laptop("wang", self.wang)
        if approve:
            for pc in (self.a, self.b):
                self.approve(pc)

    def laptop(self, name: str, user: str) -> Book:
        engine.join_team(self.tmp / f"{name}.sqlite", folder_path=self.share, passphrase=PASS)
        book = Book.open(self.tmp / f"{name}.sqlite")
        book.user_id = user
        self.sync(book)  # its device file: who is signed in there, and its key
        return book

    def approve(self, pc: Book) -> None:
        engine.approve_pc(self.owner, keys=self.keys, device_id=pc.device_id)

    def sync(self, book: Book) -> engine.Report:
        return engine.sync_pass(book, keys=self.keys)

    def round(self) -> None:
        for book in (self.owner, self.a, self.b, self.owner, self.a, self.b):
            self.sync(book)

    def close(self) -> None:
        for book in (self.owner, self.a, self.b):
            book.close()


@pytest.fixture
def shop(tmp_path):
    s = Shop(tmp_path)
    yield s
    s.close()


def customers_of_each(shop: Shop) -> dict[str, str]:
    owner = shop.owner
    li = ops.add_customer(owner, data={"name": LI_NAME, "mobile": "13811112222",
                                       "owner_id": shop.li})
    wang = ops.add_customer(owner, data={"name": WANG_NAME, "mobile": "13933334444",
                                         "owner_id": shop.wang})
    pooled = ops.add_customer(owner, data={"name": POOL_NAME, "mobile": "13755556666"})
    pool.give_back(owner, customer_ids=[pooled])
    ops.add_contact(owner, customer_id=wang, data={"name": "王经理", "mobile": "13900001111"})
    ops.log_interaction(owner, customer_id=wang, kind="call", text=WANG_NOTE)
    ops.log_interaction(owner, customer_id=li, kind="call", text="李记要样品")
    return {"li": li, "wang": wang, "pool": pooled}


def names_in_file(path: Path) -> set[str]:
    """The customers' names the SQLite file holds, read directly (not through Kehu)."""
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()


def texts_in_file(path: Path) -> str:
    """Every change entry's text in the file, read directly."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(f"{r[0]} {r[1]}" for r in conn.execute("SELECT old, new FROM audit"))
    finally:
        conn.close()


def test_each_laptop_holds_only_what_its_salesperson_may_see(shop):
    customers_of_each(shop)
    shop.round()
    for book in (shop.owner, shop.a, shop.b):
        book.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert names_in_file(shop.owner.path) == {LI_NAME, WANG_NAME, POOL_NAME}
    assert names_in_file(shop.a.path) == {LI_NAME, POOL_NAME}
    assert names_in_file(shop.b.path) == {WANG_NAME, POOL_NAME}
    # nothing of 王强's customer is in 李娜's file: no entry, no contact, no note
    text = texts_in_file(shop.a.path)
    for secret in (WANG_NAME, "王经理", "13900001111", WANG_NOTE):
        assert secret not in text
        assert secret.encode("utf-8") not in shop.a.path.read_bytes()
    assert shop.a.scalar("SELECT count(*) FROM interactions") == 1
    # the owner's chain, as 李娜's copy holds it (stubs where it may not read), still holds
    assert chain.verify(shop.a.conn).breaks == []
    assert shop.a.scalar("SELECT count(*) FROM audit_stubs WHERE device_id = ?",
                         (shop.owner.device_id,)) > 0
    # the owner's PC sees all of it
    assert {r["name"] for r in shop.owner.all("SELECT name FROM customers")} >= {WANG_NAME}


def test_her_key_and_the_passphrase_open_none_of_his_customers(shop):
    customers_of_each(shop)
    shop.round()
    li_key = access.pc_key(shop.a)
    parts_for_wang = 0
    for f in folder.scan(shop.share, kinds=("segment",))[0]:
        _, body = crypto.unseal(f.path.read_bytes(), shop.keys)
        content = json.loads(zlib.decompress(body).decode("utf-8"))
        # what the team key opens holds no private entry of his
        assert WANG_NAME not in json.dumps(content, ensure_ascii=False)
        for part in content.get("parts", []):
            # sealed for its writer too: under a new id (a restored backup) its key opens it
            assert f.header["device_id"] in part["for"]
            data = crypto._unb64(part["data"])
            if shop.a.device_id in part["for"]:
                continue
            parts_for_wang += shop.b.device_id in part["for"]
            with pytest.raises(crypto.SealError):
                crypto.unseal(data, shop.keys, pc=(shop.a.device_id, li_key))
            with pytest.raises(crypto.SealError) as err:
                crypto.unseal(data, shop.keys)
            assert err.value.kind == "no_key"
    assert parts_for_wang >= 1
    # the snapshot a new PC joins from holds the public pool only
    engine.write_snapshot(shop.owner, shop.share, shop.keys, engine.team_of(shop.owner)["team_id"])
    snap = folder.snapshots(shop.share)[-1]
    _, body = crypto.unseal(snap.path.read_bytes(), shop.keys)
    copy = shop.tmp / "snap.sqlite"
    copy.write_bytes(zlib.decompress(body))
    assert names_in_file(copy) == {POOL_NAME}
    assert WANG_NOTE not in texts_in_file(copy)
    assert WANG_NOTE.encode("utf-8") not in copy.read_bytes()


def test_a_handover_moves_the_whole_history_to_the_new_laptop_and_off_the_old(shop):
    ids = customers_of_each(shop)
    shop.round()
    assert names_in_file(shop.a.path) == {LI_NAME, POOL_NAME}
    handover.hand_over(shop.owner, from_user=shop.wang, to_users=[shop.li], note="王强离职")
    reports = {}
    for name, book in (("owner", shop.owner), ("a", shop.a), ("b", shop.b),
                       ("owner2", shop.owner), ("a2", shop.a), ("b2", shop.b)):
        reports[name] = shop.sync(book)
    assert reports["b"].forgotten == 1
    # 李娜's laptop has the customer with its contact and the call logged before
    assert names_in_file(shop.a.path) == {LI_NAME, WANG_NAME, POOL_NAME}
    assert shop.a.scalar("SELECT count(*) FROM interactions WHERE customer_id = ?",
                         (ids["wang"],)) == 1
    assert shop.a.scalar("SELECT count(*) FROM contacts WHERE customer_id = ?",
                         (ids["wang"],)) == 1
    history = shop.a.all("SELECT action, field FROM audit WHERE record_id = ?", (ids["wang"],))
    assert ("insert", None) in [tuple(r) for r in history]
    assert ("update", "owner_id") in [tuple(r) for r in history]
    # 王强's laptop no longer holds it: no record, no entry about it, stubs in their place
    shop.b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert names_in_file(shop.b.path) == {POOL_NAME}
    assert WANG_NOTE not in texts_in_file(shop.b.path)
    assert shop.b.scalar("SELECT count(*) FROM audit WHERE record_id = ?", (ids["wang"],)) == 0
    for book in (shop.owner, shop.a, shop.b):
        assert chain.verify(book.conn).breaks == []
    # the owner's PC and the new salesperson's agree on the customer
    row = "SELECT name, owner_id, mobile FROM customers WHERE id = ?"
    assert tuple(shop.a.one(row, (ids["wang"],))) == tuple(shop.owner.one(row, (ids["wang"],)))


def test_a_share_gives_sight_and_taking_it_back_takes_it_off_the_laptop(shop):
    ids = customers_of_each(shop)
    shop.round()
    sharing.share_customer(shop.owner, customer_id=ids["wang"], user_id=shop.li)
    shop.round()
    assert WANG_NAME in names_in_file(shop.a.path)
    assert shop.a.scalar("SELECT count(*) FROM interactions WHERE customer_id = ?",
                         (ids["wang"],)) == 1
    sharing.unshare_customer(shop.owner, customer_id=ids["wang"], user_id=shop.li)
    shop.round()
    assert WANG_NAME not in names_in_file(shop.a.path)
    assert chain.verify(shop.a.conn).breaks == []


def test_a_laptop_gets_its_customers_once_the_owner_approves_it(tmp_path):
    shop = Shop(tmp_path, approve=False)
    try:
        ids = customers_of_each(shop)
        shop.round()
        # not approved yet: the public pool only, whatever user it says is signed in
        assert names_in_file(shop.a.path) == {POOL_NAME}
        pcs = {pc["device_id"]: pc for pc in engine.pcs(shop.owner, shop.keys)}
        assert pcs[shop.a.device_id]["approved"] is False
        assert pcs[shop.owner.device_id]["approved"] is True
        shop.approve(shop.a)
        report = shop.sync(shop.owner)
        assert report.granted == 2  # hers and the pool's
        report = shop.sync(shop.a)
        assert report.received > 0
        assert names_in_file(shop.a.path) == {LI_NAME, POOL_NAME}
        assert shop.a.scalar("SELECT count(*) FROM interactions WHERE customer_id = ?",
                             (ids["li"],)) == 1
        assert chain.verify(shop.a.conn).breaks == []
        # 王强's laptop is still waiting for the owner
        assert names_in_file(shop.b.path) == {POOL_NAME}
        # the grant it took in is removed from the folder once its device file says so
        shop.sync(shop.owner)
        assert folder.scan(shop.share, kinds=("grant",))[0] == []
    finally:
        shop.close()


def test_only_the_owners_pc_approves_and_a_list_signed_otherwise_counts_for_nothing(shop):
    from models.core.errors import UserError

    with pytest.raises(UserError):
        engine.approve_pc(shop.a, keys=shop.keys, device_id=shop.a.device_id)
    # a list written by a PC with a key of its own (not the team's) is not read
    listing = access.read_approved(shop.share, shop.keys, access.pinned(shop.a),
                                   engine.team_of(shop.a)["team_id"])
    assert set(listing["pcs"]) == {shop.owner.device_id, shop.a.device_id, shop.b.device_id}
    forged = {"list": {**listing, "serial": 99,
                       "pcs": {**listing["pcs"], shop.b.device_id: {
                           "user_id": shop.boss, "public": listing["pcs"][shop.b.device_id][
                               "public"]}}},
              "sig": crypto.sign(crypto.new_signing_key(), b"x")}
    header = {"kind": "approved", "format": folder.FORMAT,
              "team_id": engine.team_of(shop.b)["team_id"], "device_id": shop.b.device_id}
    folder.atomic_write(folder.device_folder(shop.share, shop.b.device_id) / "approved.kehu",
                        crypto.seal(json.dumps(forged).encode(), header, shop.keys))
    again = access.read_approved(shop.share, shop.keys, access.pinned(shop.a),
                                 engine.team_of(shop.a)["team_id"])
    assert again == listing
    customers_of_each(shop)
    shop.round()
    assert names_in_file(shop.b.path) == {WANG_NAME, POOL_NAME}


def test_a_customer_given_back_to_the_pool_arrives_whole_on_every_laptop(shop):
    ids = customers_of_each(shop)
    shop.round()
    pool.give_back(shop.owner, customer_ids=[ids["wang"]])
    shop.round()
    # its name and number went out sealed for 王强's PC; 李娜's gets them from the owner's PC
    row = "SELECT name, mobile, owner_id FROM customers WHERE id = ?"
    assert tuple(shop.a.one(row, (ids["wang"],))) == tuple(shop.owner.one(row, (ids["wang"],)))
    assert shop.a.one(row, (ids["wang"],))["name"] == WANG_NAME
    assert chain.verify(shop.a.conn).breaks == []


def test_a_laptop_under_a_new_id_stays_approved_and_a_removed_one_gets_nothing_new(shop):
    customers_of_each(shop)
    shop.round()
    old_id = shop.a.device_id
    with shop.a.exclusive("restore"):
        shop.a.after_restore()  # as a restored backup does: a new device id, the same key
    assert shop.a.device_id != old_id
    shop.round()
    pcs = {pc["device_id"]: pc for pc in engine.pcs(shop.owner, shop.keys)}
    assert pcs[shop.a.device_id]["approved"] is True
    later = ops.add_customer(shop.owner, data={"name": "后来的李记客户", "owner_id": shop.li})
    shop.round()
    assert shop.a.one("SELECT name FROM customers WHERE id = ?", (later,)) is not None
    # the owner removes 王强's laptop: what is written after is not sealed for it
    engine.remove_pc(shop.owner, keys=shop.keys, device_id=shop.b.device_id)
    ops.add_customer(shop.owner, data={"name": "王强走后的客户", "owner_id": shop.wang})
    shop.sync(shop.owner)
    newest = max(folder.scan(shop.share, kinds=("segment",), device=shop.owner.device_id)[0],
                 key=lambda f: f.header["last_seq"])
    _, body = crypto.unseal(newest.path.read_bytes(), shop.keys)
    content = json.loads(zlib.decompress(body).decode("utf-8"))
    assert content["stubs"]  # sealed for the owner's PC alone, which wrote them
    assert all(shop.b.device_id not in part["for"] for part in content["parts"])


def test_customers_written_without_history_reach_the_approved_laptop_as_the_owner_signed_them(
        tmp_path):
    """Customers written straight into the tables (as a demo book's are) have no change entries
    to send: the owner's PC sends their rows, signed with the team's key, and only the laptop
    whose user may see them writes them; rows in a grant nobody signed count for nothing."""
    from tests.bench.bench_handover import fill

    shop = Shop(tmp_path, approve=False)
    try:
        fill(shop.owner, owner_id=shop.li, customers=30)
        for pc in (shop.a, shop.b):
            shop.approve(pc)
        shop.round()
        a, b = shop.a, shop.b
        for table in ("customers", "deals", "reminders"):
            assert a.scalar(f"SELECT count(*) FROM {table} WHERE owner_id = ?", (shop.li,)) == 30
            assert b.scalar(f"SELECT count(*) FROM {table} WHERE owner_id = ?", (shop.li,)) == 0
        assert names_in_file(Path(b.path)).isdisjoint({"客户000001"})
        # her laptop finds them by name, as the owner's does
        from models.customers.queries import CustomerFilter, customer_ids

        found = customer_ids(a, CustomerFilter(text="客户000007"))
        assert [a.scalar("SELECT name FROM customers WHERE id = ?", (c,)) for c in found] == [
            "客户000007"]
        # a grant for her laptop, put in the owner's folder by someone else (the folder is open
        # to every PC) and not signed with the owner's key: its rows are not written
        team_id = folder.read_team(shop.share)["team_id"]
        real = dict(shop.owner.one("SELECT * FROM customers WHERE owner_id = ?", (shop.li,)))
        del real["rid"]
        rows = {"customers": [{**real, "id": "f0a9ed00-0000-4000-8000-000000000001",
                               "name": "假客户"}]}
        forged = crypto.new_signing_key()
        body = json.dumps({"entries": [], "operations": [], "rows": rows,
                           "rows_sig": crypto.sign(forged, b"anything")}).encode("utf-8")
        header = {"kind": "grant", "format": folder.FORMAT, "team_id": team_id,
                  "device_id": shop.owner.device_id, "for": a.device_id, "hlc": "", "count": 0}
        target = folder.device_folder(shop.share, shop.owner.device_id) / \
            f"grant-{a.device_id}-1{folder.SUFFIX}"
        folder.atomic_write(target, crypto.seal(body, header, {}, pcs={
            a.device_id: access.public_key({"public": access.public_text(a)})}))
        shop.sync(a)
        assert a.scalar("SELECT count(*) FROM customers WHERE name = '假客户'") == 0
    finally:
        shop.close()


def _new_pc_of_the_owners(shop: Shop, name: str = "office") -> Book:
    return shop.laptop(name, shop.boss)


def test_a_new_pc_of_the_owners_is_made_from_the_whole_book_the_owner_sealed_for_it(
        tmp_path, monkeypatch):
    """A new PC whose user sees every customer is sent the whole book at once (sealed for it
    alone, signed with the team's key) instead of every customer's history: it holds what the
    owner's PC holds, under its own id and keys, and syncs on from there."""
    from tests.bench.bench_handover import fill

    monkeypatch.setattr(access, "WHOLE_FROM", 5)
    shop = Shop(tmp_path)
    try:
        ids = customers_of_each(shop)
        fill(shop.owner, owner_id=shop.li, customers=12)  # rows no change entry made
        shop.round()
        office = _new_pc_of_the_owners(shop)
        device, pc_key = office.device_id, access.public_text(office)
        assert office.scalar("SELECT count(*) FROM customers WHERE owner_id IS NOT NULL") == 0
        shop.approve(office)
        assert shop.sync(shop.owner).granted == shop.owner.scalar(
            "SELECT count(*) FROM customers")
        grants = list(folder.device_folder(shop.share, shop.owner.device_id).glob("grant-*"))
        assert [crypto.read_header(g.read_bytes())[0].get("whole") for g in grants] == [True]
        report = shop.sync(office)
        assert report.whole and report.in_step()
        assert (office.device_id, access.public_text(office)) == (device, pc_key)
        for table in ("customers", "deals", "reminders", "interactions", "audit"):
            assert office.scalar(f"SELECT count(*) FROM {table}") == \
                shop.owner.scalar(f"SELECT count(*) FROM {table}"), table
        assert chain.verify(office.conn).breaks == []
        from models.customers.queries import CustomerFilter, customer_ids

        assert customer_ids(office, CustomerFilter(text=WANG_NAME)) == [ids["wang"]]
        # it goes on syncing as itself: its edit reaches the owner's PC and 王强's laptop
        ops.update_customer(office, customer_id=ids["wang"], data={"city": "温州"})
        shop.sync(office)
        shop.round()
        assert shop.owner.scalar("SELECT city FROM customers WHERE id = ?", (ids["wang"],)) \
            == "温州"
        assert shop.b.scalar("SELECT city FROM customers WHERE id = ?", (ids["wang"],)) == "温州"
        # the owner's PC takes the grant away once the new PC has said it took it in
        shop.sync(shop.owner)
        assert not list(folder.device_folder(shop.share, shop.owner.device_id).glob("grant-*"))
        office.close()
    finally:
        shop.close()


def test_a_new_pc_with_changes_of_its_own_takes_the_whole_book_customer_by_customer(
        tmp_path, monkeypatch):
    """A change made on the new PC after the owner's PC sealed the whole book for it would be
    lost if the whole book replaced its own: its customers come in as a grant's instead."""
    from tests.bench.bench_handover import fill

    monkeypatch.setattr(access, "WHOLE_FROM", 5)
    shop = Shop(tmp_path)
    try:
        customers_of_each(shop)
        fill(shop.owner, owner_id=shop.wang, customers=8)
        shop.round()
        office = _new_pc_of_the_owners(shop)
        shop.approve(office)
        shop.sync(shop.owner)  # the whole book goes out
        mine = ops.add_customer(office, data={"name": "新电脑上加的客户", "mobile": "13700001111"})
        report = shop.sync(office)
        assert not report.whole
        assert office.scalar("SELECT name FROM customers WHERE id = ?", (mine,)) \
            == "新电脑上加的客户"
        owned = {r[0] for r in shop.owner.all("SELECT id FROM customers")}
        assert owned <= {r[0] for r in office.all("SELECT id FROM customers")}
        assert office.scalar("SELECT count(*) FROM deals") == shop.owner.scalar(
            "SELECT count(*) FROM deals")
        shop.sync(shop.owner)
        assert shop.owner.scalar("SELECT count(*) FROM customers WHERE id = ?", (mine,)) == 1
        office.close()
    finally:
        shop.close()


def test_a_whole_book_not_signed_with_the_team_key_is_not_taken(tmp_path, monkeypatch):
    """Any PC of the team can put a file in the owner's folder and seal it for the new PC's
    key: a whole book counts only with the team key's signature, for that PC and that file."""
    import hashlib

    import zstandard

    shop = Shop(tmp_path)
    try:
        customers_of_each(shop)
        shop.round()
        office = _new_pc_of_the_owners(shop)
        before = office.scalar("SELECT count(*) FROM customers")
        # 王强's laptop's book, passed off as the owner's whole book for the new PC
        packed = zstandard.ZstdCompressor().compress(Path(shop.b.path).read_bytes())
        digest = hashlib.sha256(packed).hexdigest()
        name = f"grant-{office.device_id}-1{folder.SUFFIX}"
        team_id = folder.read_team(shop.share)["team_id"]
        header = {"kind": "grant", "whole": True, "format": folder.FORMAT, "team_id": team_id,
                  "device_id": shop.owner.device_id, "for": office.device_id,
                  "hlc": shop.owner.clock.last, "schema": 1, "covers": {},
                  "digest": digest, "sig": crypto.sign(crypto.new_signing_key(), b"x")}
        folder.atomic_write(folder.device_folder(shop.share, shop.owner.device_id) / name,
                            crypto.seal(packed, header, {}, pcs={
                                office.device_id: access.public_key(
                                    {"public": access.public_text(office)})}))
        report = shop.sync(office)
        assert not report.whole
        assert office.scalar("SELECT count(*) FROM customers") == before
        assert name in access.grants_taken(office)  # read once, not again each pass
        office.close()
    finally:
        shop.close()


def test_granted_rows_go_in_together_and_one_that_points_nowhere_is_left_out(tmp_path):
    """access.put_rows writes a grant's rows in bulk; a contact whose customer is not in the
    grant nor the book is left out, and the rows beside it still go in."""
    import shutil

    with Book.open(tmp_path / "source.sqlite") as source:  # the same users on both
        pass
    shutil.copyfile(tmp_path / "source.sqlite", tmp_path / "target.sqlite")
    with Book.open(tmp_path / "source.sqlite") as source:
        ids = [ops.add_customer(source, data={"name": f"五金店{n}", "mobile": f"1380000000{n}"})
               for n in range(3)]
        for cid in ids:
            ops.add_contact(source, customer_id=cid, data={"name": "联系人" + cid[:4]})
        rows = {t: [dict(r) for r in source.all(f"SELECT * FROM {t}")]
                for t in ("customers", "contacts")}
    stray = {**rows["contacts"][0], "id": "c0ffee00-0000-4000-8000-000000000009",
             "customer_id": "not-a-customer-here"}
    rows["contacts"].insert(1, stray)
    with Book.open(tmp_path / "target.sqlite") as target:
        before = target.scalar("SELECT count(*) FROM customers")
        with target.atomic("sync"):
            made = access.put_rows(target, rows)
        assert made == set(ids)
        assert target.scalar("SELECT count(*) FROM customers") == before + 3
        assert target.scalar("SELECT count(*) FROM contacts") == 3
        assert target.scalar("SELECT count(*) FROM contacts WHERE id = ?", (stray["id"],)) == 0
        rids = [r[0] for r in target.all("SELECT rid FROM customers WHERE id IN (?, ?, ?)", ids)]
        assert len(set(rids)) == 3 and None not in rids
        # taken again: nothing is written twice
        with target.atomic("sync"):
            assert access.put_rows(target, rows) == set()
        assert target.scalar("SELECT count(*) FROM contacts") == 3
