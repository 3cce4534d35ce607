"""Property: whatever the PCs of a team do, in whatever order their files travel (late, out of
order, twice, half-written, as conflict copies) and whatever their clocks say, once everything
has arrived every PC holds the same book and no change entry is missing anywhere.

Each PC has its own copy of the team folder, as with Syncthing or a cloud drive; a transport
copies files between the copies. The suite runs a small number of interleavings; the
benchmark (`python -m tests.bench --only sync`) runs the full thousand."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.core import changelog
from models.core.book import Book
from models.core.errors import UserError
from models.core.hlc import Clock
from models.customers import operations as ops
from models.sync import engine, folder
from tests.sync_helpers import PASS
from tests.sync_helpers import state as shared_state

EXAMPLES = int(os.environ.get("KEHU_SYNC_EXAMPLES", "12"))
FIELDS = ("city", "mobile", "notes", "grade")
VALUES = {"city": ["杭州", "宁波", "温州"], "mobile": ["13800000001", "13900000002", ""],
          "notes": ["来过电话", "要报价", ""], "grade": ["A", "B", "C"]}
CONFLICT_NAMES = ("{stem}.sync-conflict-20261204-101010-ABCDEFG{ext}",
                  "{stem} (张三's conflicted copy 2026-12-04){ext}",
                  "{stem} (conflicted copy 2026-12-04 101010){ext}",
                  "{stem}-NSConflict-李娜{ext}", "{stem}-DESKTOP-7QX2{ext}")


def state(book: Book) -> dict:
    return shared_state(book, leave_out=("updated_at",))


class Shop:
    def __init__(self, root: Path, n: int, skews: list[int]) -> None:
        self.root = root
        self.folders = [root / f"folder{i}" for i in range(n)]
        for f in self.folders:
            f.mkdir()
        owner_path = root / "pc0.sqlite"
        with Book.open(owner_path) as book:
            engine.create_team(book, folder_path=self.folders[0], passphrase=PASS)
        for f in self.folders[1:]:  # the team file and the snapshot reach every copy first
            shutil.copytree(self.folders[0], f, dirs_exist_ok=True)
        paths = [owner_path]
        for i in range(1, n):
            paths.append(root / f"pc{i}.sqlite")
            engine.join_team(paths[i], folder_path=self.folders[i], passphrase=PASS)
        self.books = [Book.open(p) for p in paths]
        self.keys = engine.unlock(folder.read_team(self.folders[0]), PASS)
        for book, hours in zip(self.books, skews, strict=True):
            if hours:
                skew = dt.timedelta(hours=hours)
                book.clock = Clock(book.device_id, book.clock.last,
                                   now=lambda s=skew: dt.datetime.now(dt.UTC) + s)
        self.customers: list[str] = []
        self.half: list[tuple[Path, bytes]] = []

    def close(self) -> None:
        for book in self.books:
            book.close()

    def sync(self, i: int) -> None:
        engine.sync_pass(self.books[i], keys=self.keys, confirm_deletes=True)

    def deliver(self, i: int, j: int, mode: str, pick: int) -> None:
        """Copy files of folder i that folder j lacks: all, or one of them half-written, or one
        under a conflict copy's name as well."""
        src, dst = self.folders[i], self.folders[j]
        files = sorted(p for p in src.rglob("*.kehu") if p.is_file()
                       and not folder.is_temporary(p.name))
        missing = [p for p in files if not (dst / p.relative_to(src)).exists()
                   or (dst / p.relative_to(src)).read_bytes() != p.read_bytes()]
        if not missing:
            return
        if mode == "one":
            missing = [missing[pick % len(missing)]]
        for p in missing:
            target = dst / p.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            data = p.read_bytes()
            if mode == "half" and target.name.startswith("seg-"):
                target.write_bytes(data[: len(data) // 2])
                self.half.append((target, data))
                continue
            target.write_bytes(data)
            if mode == "conflict" and target.name.startswith("seg-"):
                name = CONFLICT_NAMES[pick % len(CONFLICT_NAMES)].format(
                    stem=target.stem, ext=target.suffix)
                (target.parent / name).write_bytes(data)

    def finish_half(self) -> None:
        for target, data in self.half:
            target.write_bytes(data)
        self.half = []


STEP = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("edit"), st.integers(0, 3), st.integers(0, 99),
              st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("restore"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("call"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("undo"), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, 3)),
    st.tuples(st.just("deliver"), st.integers(0, 3), st.integers(0, 3),
              st.sampled_from(["all", "one", "half", "conflict"]), st.integers(0, 99)),
)


def run(shop: Shop, steps) -> None:
    n = len(shop.books)
    for step in steps:
        kind, pc = step[0], step[1] % n
        book = shop.books[pc]
        live = [r[0] for r in book.all("SELECT id FROM customers ORDER BY id")]
        try:
            if kind == "add":
                shop.customers.append(ops.add_customer(book, data={"name": f"客户{step[2]}"}))
            elif kind == "edit" and live:
                cid = live[step[2] % len(live)]
                field = step[3]
                ops.update_customer(book, customer_id=cid,
                                    data={field: VALUES[field][step[4]]})
            elif kind == "delete" and live:
                ops.delete_customers(book, customer_ids=[live[step[2] % len(live)]])
            elif kind == "restore" and live:
                ops.restore_customers(book, customer_ids=[live[step[2] % len(live)]])
            elif kind == "call" and live:
                ops.log_interaction(book, customer_id=live[step[2] % len(live)], kind="call",
                                    text=f"电话{step[2]}")
            elif kind == "undo":
                changelog.undo(book)
            elif kind == "sync":
                shop.sync(pc)
            elif kind == "deliver":
                shop.deliver(pc, step[2] % n, step[3], step[4])
        except UserError:
            pass  # nothing to undo, changed since, a customer in the trash: refused, as in the app
    shop.finish_half()
    for _ in range(2):  # everything arrives, everyone syncs
        for i in range(n):
            shop.sync(i)
        for i in range(n):
            for j in range(n):
                if i != j:
                    shop.deliver(i, j, "all", 0)
    for i in range(n):
        shop.sync(i)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(n=st.integers(2, 4), skews=st.lists(st.sampled_from([0, 0, 3, -5]), min_size=4,
                                            max_size=4),
       steps=st.lists(STEP, min_size=1, max_size=30))
def test_every_pc_ends_with_the_same_book(tmp_path_factory, n, skews, steps):
    shop = Shop(tmp_path_factory.mktemp("team"), n, skews[:n])
    try:
        run(shop, steps)
        states = [state(b) for b in shop.books]
        assert all(s == states[0] for s in states[1:])
        entries = [{r[0] for r in b.all("SELECT id FROM audit")} for b in shop.books]
        assert all(e == entries[0] for e in entries[1:])  # no change is missing anywhere
    finally:
        shop.close()
