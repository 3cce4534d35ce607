"""Faults in team sync found by the end-to-end checks, each shown on real books and a real
folder, and kept as checks that they stay mended."""

from __future__ import annotations

import shutil

import pytest

from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import crypto, engine, folder
from models.sync.tables import TABLES

PASS = "水泥二百吨-2026"


def state(book: Book) -> dict:
    out = {}
    for spec in TABLES.values():
        rows = [spec.shared(dict(r)) for r in book.all(f"SELECT * FROM {spec.name}")]
        out[spec.name] = sorted(repr(sorted(r.items())) for r in rows)
    return out


@pytest.fixture
def shop(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    with Book.open(tmp_path / "owner.sqlite") as owner:
        ops.add_customer(owner, data={"name": "上海嘉禾食品"})
        engine.create_team(owner, folder_path=share, passphrase=PASS)
    engine.join_team(tmp_path / "sales.sqlite", folder_path=share, passphrase=PASS)
    a = Book.open(tmp_path / "owner.sqlite")
    b = Book.open(tmp_path / "sales.sqlite")
    yield a, b, share
    a.close()
    b.close()


def sync(book: Book, **kw) -> engine.Report:
    return engine.sync_pass(book, passphrase=PASS, **kw)


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
