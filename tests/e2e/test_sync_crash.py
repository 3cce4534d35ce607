"""A sync pass killed (SIGKILL) at seeded random moments: the book passes its check, the team
folder stays readable (every file whole, or a temporary file nobody reads), and the next pass
brings both PCs to the same book with every change of each.

Two PCs share one folder. The owner's PC has changes of its own to publish (more than one
segment's worth) and the other PC's changes to take in; tests/e2e/sync_worker.py runs its pass
and is killed a random time after it starts, over the pass's duration measured once unkilled
(and a little past it, so that some kills land after the end). The suite kills it a few times;
`python -m tests.bench --only sync_kill` runs it with KEHU_SYNC_KILLS=30.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.core.book import Book
from models.core.check import check_book
from models.customers import operations as ops
from models.imports import import_customers
from models.sync import crypto, engine, folder
from tests.sync_helpers import PASS, state

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"),
]

WORKER = Path(__file__).with_name("sync_worker.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KEHU_SYNC_KILLS", "3"))
SEED = 20261205
OUTGOING = engine.SEGMENT_ENTRIES + 1500  # the owner's new customers: two segments
INCOMING = 2000  # the other PC's


def audit_ids(book: Book) -> set[str]:
    return {r[0] for r in book.all("SELECT id FROM audit")}


class Place:
    """The two PCs' books and the folder, always at the same paths (a book's device id
    belongs to its path), put back from a saved copy before each run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.owner = root / "owner" / "book.sqlite"
        self.sales = root / "sales" / "book.sqlite"
        self.share = root / "share"
        self.saved = root / "saved"
        self.passphrase = root / "pass.txt"

    def save(self) -> None:
        self.saved.mkdir()
        for name in ("owner", "sales", "share"):
            shutil.copytree(self.root / name, self.saved / name)

    def put_back(self) -> None:
        for name in ("owner", "sales", "share"):
            shutil.rmtree(self.root / name)
            shutil.copytree(self.saved / name, self.root / name)


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    p = Place(tmp_path_factory.mktemp("sync-crash"))
    p.passphrase.write_text(PASS, encoding="utf-8")
    p.owner.parent.mkdir()
    p.share.mkdir()
    rng = random.Random(SEED)
    with Book.open(p.owner) as owner:
        import_customers(owner, file="老客户.xlsx", mode="skip", backup_first=False, rows=300,
                         creates=[{"name": f"老客户{n}", "mobile": f"1380000{n:04d}"}
                                  for n in range(300)])
        engine.create_team(owner, folder_path=p.share, passphrase=PASS)
    engine.join_team(p.sales, folder_path=p.share, passphrase=PASS)
    with Book.open(p.sales) as sales:
        import_customers(sales, file="外面的.xlsx", mode="skip", backup_first=False,
                         rows=INCOMING, creates=[{"name": f"外面的{n}", "city": "温州"}
                                                 for n in range(INCOMING)])
        old = [r[0] for r in sales.all("SELECT id FROM customers WHERE name LIKE '老客户%'")]
        for cid in rng.sample(old, 100):
            ops.update_customer(sales, customer_id=cid, data={"grade": "A"})
            ops.log_interaction(sales, customer_id=cid, kind="call", text="问价")
        engine.sync_pass(sales, passphrase=PASS)
    with Book.open(p.owner) as owner:
        import_customers(owner, file="新客户.xlsx", mode="skip", backup_first=False,
                         rows=OUTGOING, creates=[{"name": f"店里的{n}", "city": "杭州"}
                                                 for n in range(OUTGOING)])
        old = [r[0] for r in owner.all("SELECT id FROM customers WHERE name LIKE '老客户%'")]
        for cid in rng.sample(old, 100):
            ops.update_customer(owner, customer_id=cid, data={"notes": "月结"})
    p.save()
    return p


def run_pass(place: Place, kill_after: float | None) -> tuple[bool, float, str]:
    """One pass of the owner's PC; killed kill_after seconds after it starts. Returns whether
    it was killed, the seconds from start to end or kill, and the worker's stderr."""
    env = {**os.environ, "KEHU_DATA_DIR": str(place.root / "kehu-data")}
    proc = subprocess.Popen([sys.executable, str(WORKER), str(place.owner),
                             str(place.passphrase)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        line = proc.stdout.readline()
        assert line.startswith("syncing"), proc.stderr.read()
        started = time.perf_counter()
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.kill()  # SIGKILL, unless it has just ended
        proc.wait(timeout=300)
        seconds = time.perf_counter() - started
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    killed = proc.returncode == -signal.SIGKILL
    assert killed or proc.returncode == 0, err
    return killed, seconds, err


def folder_readable(share: Path, keys: dict[str, bytes]) -> list[str]:
    """Every file of the folder: the team file, a temporary file, or a sealed file that opens
    whole. Returns the temporary files' names."""
    temporary = []
    for path in share.rglob("*"):
        if not path.is_file():
            continue
        if path.name == folder.TEAM_FILE:
            assert folder.read_team(share) is not None
        elif folder.is_temporary(path.name):
            temporary.append(path.name)
        else:
            crypto.unseal(path.read_bytes(), keys)  # raises if cut short or damaged
    return temporary


def test_a_sync_pass_killed_anywhere_leaves_everything_whole(place):
    keys = engine.unlock(folder.read_team(place.share), PASS)
    with Book.open(place.owner) as owner:
        before_owner = audit_ids(owner)
    with Book.open(place.sales) as sales:
        before_sales = audit_ids(sales)
    killed, seconds, _ = run_pass(place, None)  # measured once, unkilled
    assert not killed
    rng = random.Random(SEED)
    late = max(1, KILLS // 6)
    delays = [rng.uniform(0, seconds) for _ in range(KILLS - late)]
    delays += [rng.uniform(seconds, 1.5 * seconds) for _ in range(late)]
    outcomes = []
    started = time.perf_counter()
    for delay in delays:
        place.put_back()
        killed, _, _ = run_pass(place, delay)
        with Book.open(place.owner, create=False) as owner:
            assert check_book(owner) == []
            published = int(owner.scalar("SELECT value FROM local "
                                         "WHERE key = 'sync_published_seq'") or 0)
            taken = owner.scalar("SELECT count(*) FROM sync_seen") > 0
            temporary = folder_readable(place.share, keys)
            segments = len(list(folder.device_folder(place.share, owner.device_id)
                                .glob("seg-*.kehu")))
            # the next passes bring both PCs to the same book, with every change of each
            with Book.open(place.sales, create=False) as sales:
                for book in (owner, sales, owner):
                    assert engine.sync_pass(book, keys=keys).in_step()
                assert state(owner) == state(sales)
                assert before_owner | before_sales <= audit_ids(sales)
                assert audit_ids(owner) == audit_ids(sales)
                assert check_book(sales) == []
            assert check_book(owner) == []
        outcomes.append({"killed": killed, "delay": round(delay, 3), "segments": segments,
                         "published": published > 0, "taken": taken,
                         "temporary": len(temporary)})
    summary = {"kills": len(delays), "killed": sum(o["killed"] for o in outcomes),
               "pass_seconds": round(seconds, 3),
               "before_publishing": sum(o["killed"] and not o["segments"] for o in outcomes),
               "mid_publishing": sum(o["killed"] and o["segments"] and not o["taken"]
                                     for o in outcomes),
               "after_taking_in": sum(o["killed"] and o["taken"] for o in outcomes),
               "left_temporary_files": sum(bool(o["temporary"]) for o in outcomes),
               "seconds": round(time.perf_counter() - started, 1)}
    print("sync kills:", json.dumps(summary))
    assert summary["killed"] >= len(delays) * 2 // 3, outcomes
