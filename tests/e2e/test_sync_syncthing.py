"""A team synced through a real file-sync engine: three Syncthing instances on the loopback
address (../shared/tools/syncthing_pair.py), each PC's book on local disk and its team folder
that PC's Syncthing copy of the shared folder.

The owner sets the team up in copy 0; Syncthing carries the team file and the snapshot to the
other copies, where the two other PCs join. Each PC edits, syncs, Syncthing carries the
segments, each syncs again: every book ends the same. Then one Syncthing goes offline while a
file changes on both sides, so that Syncthing makes a real `.sync-conflict-` copy of a sealed
file: the changes are taken once and the books still end the same.

Skipped, with the reason, where Syncthing is not installed."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest

from models.core.book import Book
from models.customers import operations as ops
from models.customers import queries
from models.sync import crypto, engine, folder
from tests.sync_helpers import PASS, state

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT.parent / "shared" / "tools" / "syncthing_pair.py"  # the shared tools beside the repo

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncthing_pair is Linux only"),
]


def syncthing_pair():
    if not TOOL.is_file():
        pytest.skip(f"{TOOL} is not there (the shared tools beside the repository)")
    spec = importlib.util.spec_from_file_location("syncthing_pair", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("syncthing_pair", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def cluster(tmp_path):
    pair = syncthing_pair()
    try:
        c = pair.SyncCluster(n=3, root=tmp_path / "syncthing")
    except pair.SyncthingMissing as exc:
        pytest.skip(str(exc))
    with c:
        yield c


def test_three_pcs_stay_in_step_through_syncthing(cluster, tmp_path):
    c = cluster
    started = time.monotonic()
    owner_path = tmp_path / "pc0" / "book.sqlite"
    owner_path.parent.mkdir()
    with Book.open(owner_path) as owner:
        shared = ops.add_customer(owner, data={"name": "上海嘉禾食品", "mobile": "13800000001"})
        ops.add_contact(owner, customer_id=shared, data={"name": "金雪梅"})
        engine.create_team(owner, folder_path=c.folder(0), passphrase=PASS, name="老王建材")
    c.wait_in_sync()  # Syncthing carries the team file and the snapshot to the other copies
    for i in (1, 2):
        assert (c.folder(i) / folder.TEAM_FILE).is_file()
        assert folder.snapshots(c.folder(i))
        engine.join_team(tmp_path / f"pc{i}" / "book.sqlite", folder_path=c.folder(i),
                         passphrase=PASS)
    books = [Book.open(tmp_path / f"pc{i}" / "book.sqlite") for i in range(3)]
    try:
        assert len({b.device_id for b in books}) == 3
        keys = engine.unlock(folder.read_team(c.folder(0)), PASS)

        def rounds(n: int = 2) -> list[engine.Report]:
            """Each PC syncs, Syncthing carries the files, n times; then each syncs again."""
            for _ in range(n):
                for b in books:
                    engine.sync_pass(b, keys=keys)
                c.wait_in_sync()
            return [engine.sync_pass(b, keys=keys) for b in books]

        # a day's work on each PC, offline from each other
        ops.update_customer(books[0], customer_id=shared, data={"grade": "A"})
        ops.update_customer(books[1], customer_id=shared, data={"mobile": "13900000009"})
        ops.log_interaction(books[1], customer_id=shared, kind="call", text="要报价")
        made = ops.add_customer(books[2], data={"name": "温州阀门厂", "city": "温州"})
        ops.add_contact(books[2], customer_id=made, data={"name": "张伟", "mobile": "13700000003"})
        reports = rounds()
        assert all(r.in_step() for r in reports), reports
        assert {len(r.pcs) for r in reports} == {3}
        assert state(books[0]) == state(books[1]) == state(books[2])
        row = queries.customer(books[2], shared)
        assert (row["grade"], row["mobile"]) == ("A", "13900000009")  # both edits survive
        assert queries.customer(books[0], made)["name"] == "温州阀门厂"

        # PC 1 goes offline; meanwhile a file of its own folder changes on both sides
        pc1 = books[1]
        own = {i: folder.device_folder(c.folder(i), pc1.device_id) for i in range(3)}
        stale_device = (own[0] / f"device{folder.SUFFIX}").read_bytes()
        c.pause(1)
        ops.log_interaction(pc1, customer_id=made, kind="visit", text="去温州拜访")
        ops.update_customer(pc1, customer_id=made, data={"notes": "月结"})
        engine.sync_pass(pc1, keys=keys)  # rewrites its device file, writes a new segment
        fresh = sorted(set(own[1].glob("seg-*.kehu")) - {own[1] / p.name
                                                          for p in own[0].glob("seg-*.kehu")})
        assert len(fresh) == 1
        segment = fresh[0]
        # In copy 0 the same names get other bytes: the device file an older version of itself
        # (a copy of the folder put back), the segment a second sealing of the same changes
        # (written twice under one name). Both are older than PC 1's, which therefore win.
        header, body = crypto.unseal(segment.read_bytes(), keys)
        again = crypto.seal(body, {k: v for k, v in header.items()
                                   if k not in ("recipients", "nonce")}, keys)
        assert again != segment.read_bytes()
        for path, data in ((own[0] / f"device{folder.SUFFIX}", stale_device),
                           (own[0] / segment.name, again)):
            path.write_bytes(data)
            older = path.stat().st_mtime - 600
            os.utime(path, (older, older))
        ops.update_customer(books[0], customer_id=made, data={"city": "温州市"})
        c.resume(1)
        reports = rounds()
        conflicts = c.conflicts(0)
        assert conflicts == c.conflicts(1) == c.conflicts(2)
        assert {Path(name).name.split(".sync-conflict-")[0] for name in conflicts} == \
            {"device", segment.stem}, conflicts
        for name in conflicts:
            assert name.startswith(f"devices/{pc1.device_id}/")
        assert all(r.in_step() for r in reports), reports
        assert {p["device_id"] for r in reports for p in r.pcs} == {b.device_id for b in books}
        assert state(books[0]) == state(books[1]) == state(books[2])
        for b in books:
            visits = [i for i in queries.interactions(b, made) if i["text"] == "去温州拜访"]
            assert len(visits) == 1  # taken once, not once per copy
            row = queries.customer(b, made)
            assert (row["notes"], row["city"]) == ("月结", "温州市")
        # the folder holds nothing a PC could not read: sealed files, or Syncthing's temp files
        for i in range(3):
            for name in c.files(i):
                path = c.folder(i) / name
                if folder.is_temporary(path.name) or name == folder.TEAM_FILE:
                    continue
                crypto.unseal(path.read_bytes(), keys)
    finally:
        for b in books:
            b.close()
    assert time.monotonic() - started < 120
