"""Faults in team sync found by the end-to-end checks, each shown on real books and a real
folder, and kept as checks that they stay mended."""

from __future__ import annotations

import shutil

import pytest

from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import crypto, engine, folder
from tests.sync_helpers import PASS, state, sync, team


@pytest.fixture
def shop(tmp_path):
    with team(tmp_path) as books:
        yield books


def test_a_conflict_copy_of_a_device_file_does_not_list_the_pc_twice(shop):
    a, b, share = shop
    sync(b)
    own = folder.device_folder(share, b.device_id)
    stale = (own / "device.kehu").read_bytes()
    ops.add_customer(b, data={"name": "离线时加的"})
    sync(b)  # rewrites the device file; the older one survives as Syncthing's conflict copy
    (own / "device.sync-conflict-20261204-101010-ABCDEFG.kehu").write_bytes(stale)
    report = sync(a)
    assert state(a) == state(b)
    assert sorted(p["device_id"] for p in report.pcs) == sorted([a.device_id, b.device_id])


def test_a_segment_sealed_twice_under_one_name_does_not_stall_the_chain(shop):
    a, b, share = shop
    first = ops.add_customer(b, data={"name": "第一段"})
    sync(b)
    own = folder.device_folder(share, b.device_id)
    (seg,) = own.glob("seg-*.kehu")
    keys = engine.unlock(folder.read_team(share), PASS)
    header, body = crypto.unseal(seg.read_bytes(), keys)
    again = crypto.seal(body, {k: v for k, v in header.items()
                               if k not in ("recipients", "nonce")}, keys)
    # as Syncthing leaves it when the newer of two versions of one name wins: the version b
    # chained on becomes the conflict copy
    shutil.copy(seg, own / f"{seg.stem}.sync-conflict-20261204-101010-ABCDEFG.kehu")
    seg.write_bytes(again)
    second = ops.add_customer(b, data={"name": "第二段"})
    sync(b)
    report = sync(a)
    assert queries.customer(a, first) is not None
    assert queries.customer(a, second) is not None, report.waiting
    assert report.in_step()


def test_what_a_restore_held_unsent_survives_a_pass_that_breaks(shop, tmp_path, monkeypatch):
    from models import backup

    a, b, share = shop
    unsent = ops.add_customer(b, data={"name": "只在备份里"})
    saved = backup.make_backup(b.path, reason="manual", out=tmp_path / "b-backup.sqlite")
    backup.restore(b, saved.path)  # a new device id; the customer is still to be sent
    real = folder.atomic_write

    def share_gone(path, data):
        if path.name.startswith("seg-"):
            raise OSError(5, "Input/output error")  # the share dropped during the pass
        return real(path, data)

    with monkeypatch.context() as m:
        m.setattr(folder, "atomic_write", share_gone)
        with pytest.raises(OSError):
            sync(b)
    sync(b)  # the share is back
    sync(a)
    assert queries.customer(a, unsent) is not None


def test_a_damaged_conflict_copy_in_another_pcs_folder_is_passed_over(shop):
    a, b, share = shop
    cid = ops.add_customer(b, data={"name": "只有一份完整的"})
    sync(b)
    own = folder.device_folder(share, b.device_id)
    (seg,) = own.glob("seg-*.kehu")
    whole = seg.read_bytes()
    (own / f"{seg.stem} (张三's conflicted copy 2026-12-04).kehu").write_bytes(
        whole[: len(whole) // 2])  # never arrives whole: the sync tool gave up on it
    garbled = bytearray(whole)
    garbled[-5] ^= 0xFF  # sealed, but not by the team's key as it stands
    (own / f"{seg.stem}.sync-conflict-20261204-101010-ABCDEFG.kehu").write_bytes(garbled)
    report = sync(a)
    assert queries.customer(a, cid) is not None
    assert report.unreadable == 0 and report.in_step()
    assert state(a) == state(b)
    # the same damage under a segment's own name is waited for
    ops.add_customer(b, data={"name": "后来的"})
    sync(b)
    (later,) = [p for p in own.glob("seg-*.kehu") if p.name != seg.name and not folder.is_copy(p)]
    later.write_bytes(later.read_bytes()[:-40])
    assert sync(a).unreadable == 1


def test_copies_of_a_pcs_own_files_are_moved_aside_not_deleted(shop):
    a, b, share = shop
    sync(b)
    own = folder.device_folder(share, b.device_id)
    stale_device = (own / "device.kehu").read_bytes()
    first = ops.add_customer(b, data={"name": "第一段"})
    sync(b)
    (seg,) = own.glob("seg-*.kehu")
    keys = engine.unlock(folder.read_team(share), PASS)
    header, body = crypto.unseal(seg.read_bytes(), keys)
    again = crypto.seal(body, {k: v for k, v in header.items()
                               if k not in ("recipients", "nonce")}, keys)
    chained = seg.read_bytes()  # b's next segment names this one
    conflict = own / f"{seg.stem}.sync-conflict-20261204-101010-ABCDEFG.kehu"
    conflict.write_bytes(chained)
    seg.write_bytes(again)  # the sealing b did not chain on holds the segment's name
    twin = own / f"{seg.stem} (conflicted copy 2026-12-04 101010).kehu"
    twin.write_bytes(chained)  # the same bytes once more
    (own / "device (李娜's conflicted copy 2026-12-04).kehu").write_bytes(stale_device)
    (own / "kept.txt").write_text("not Kehu's")
    second = ops.add_customer(b, data={"name": "第二段"})
    report = sync(b)
    moved = sorted(p.name for p in (own / folder.QUARANTINE).iterdir())
    assert moved == sorted([twin.name, "device (李娜's conflicted copy 2026-12-04).kehu"])
    assert report.quarantined == 2
    assert (own / folder.QUARANTINE / twin.name).read_bytes() == chained  # nothing deleted
    # the copy the chain goes on from stays, and so does what is not a copy
    assert conflict.exists() and seg.exists() and (own / "kept.txt").exists()
    report = sync(a)
    assert queries.customer(a, first) is not None and queries.customer(a, second) is not None
    assert report.in_step() and state(a) == state(b)
    assert [p["device_id"] for p in engine.pcs(a, keys)] == [a.device_id, b.device_id]


def test_a_copy_of_another_pcs_file_is_never_moved(shop):
    a, b, share = shop
    ops.add_customer(b, data={"name": "别人的文件"})
    sync(b)
    own = folder.device_folder(share, b.device_id)
    (seg,) = own.glob("seg-*.kehu")
    copy = own / f"{seg.stem}.sync-conflict-20261204-101010-ABCDEFG.kehu"
    shutil.copy(seg, copy)
    report = sync(a)
    assert report.quarantined == 0 and copy.exists()
    assert not (own / folder.QUARANTINE).exists()


def test_a_pcs_own_leftover_temporary_files_older_than_an_hour_go(shop):
    import os
    import time

    a, b, share = shop
    sync(a)
    sync(b)
    mine = folder.device_folder(share, a.device_id)
    theirs = folder.device_folder(share, b.device_id)
    old = time.time() - 2 * 3600
    files = {"old": mine / ".seg-000000000001-000000000009.kehu.0a1b2c3d.tmp",
             "fresh": mine / ".device.kehu.0a1b2c3e.tmp",
             "old_snapshot": share / "snapshots" / f".{a.device_id}-1.kehu.0a1b2c3f.tmp",
             "theirs": theirs / ".device.kehu.0a1b2c40.tmp",
             "their_snapshot": share / "snapshots" / f".{b.device_id}-1.kehu.0a1b2c41.tmp",
             "not_ours": mine / "notes.tmp"}
    for name, path in files.items():
        path.write_bytes(b"half")
        if name != "fresh":
            os.utime(path, (old, old))
    sync(a)
    assert not files["old"].exists() and not files["old_snapshot"].exists()
    assert all(files[n].exists() for n in ("fresh", "theirs", "their_snapshot", "not_ours"))


def test_the_search_text_follows_what_another_pc_changed(shop):
    a, b, share = shop

    def bodies(book: Book) -> dict:
        return dict(book.all("SELECT c.id, f.body || '|' || x.body FROM customers c "
                             "JOIN customers_fts f ON f.rowid = c.rid "
                             "JOIN customers_chars x ON x.rowid = c.rid"))

    sync(b)
    cid = ops.add_customer(b, data={"name": "宁波港务", "city": "宁波"})
    sync(b)
    sync(a)
    ops.update_customer(b, customer_id=cid, data={"name": "宁波新港务", "grade": "A"})
    ops.add_contact(b, customer_id=cid, data={"name": "欧阳明", "mobile": "13912345678"})
    ops.log_interaction(b, customer_id=cid, kind="call", text="要报价单")
    ops.update_customer(b, customer_id=cid, data={"grade": "B"})  # not in the search text
    sync(b)
    sync(a)
    assert "宁波新港务" in bodies(a)[cid] and "欧阳明" in bodies(a)[cid]
    assert "要报价单" in bodies(a)[cid]
    assert bodies(a) == bodies(b)


def test_a_big_pass_leaves_the_search_text_to_after_it_and_search_still_finds(shop, monkeypatch):
    """A pass that changes more customers than REINDEX_AFTER commits without writing their
    search text (the writer is free sooner); search finds them by their fields meanwhile, and
    catching up writes the same text as on the PC that made the changes."""
    from models.core.check import check_book
    from models.customers.queries import CustomerFilter, customer_ids
    from models.sync import merge

    a, b, share = shop
    monkeypatch.setattr(merge, "REINDEX_AFTER", 2)
    sync(b)
    made = [ops.add_customer(b, data={"name": f"温州水暖{n}号店"}) for n in range(3)]
    sync(b)
    sync(a)
    assert a.search_waits()
    assert set(customer_ids(a, CustomerFilter(text="水暖"))) == set(made)
    assert check_book(a) == []  # the new customers' text is written later, not missing
    a.catch_up_search()
    assert not a.search_waits()
    assert set(customer_ids(a, CustomerFilter(text="水暖"))) == set(made)
    rows = "SELECT c.id, f.body FROM customers c JOIN customers_fts f ON f.rowid = c.rid"
    assert dict(a.all(rows)) == dict(b.all(rows))
