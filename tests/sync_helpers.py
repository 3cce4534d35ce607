"""A team of two PCs for the sync tests: real books and a real shared folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.core.book import Book
from models.customers import operations as ops
from models.sync import engine, folder
from models.sync.tables import TABLES

PASS = "水泥二百吨-2026"


def state(book: Book, *, leave_out: tuple[str, ...] = ()) -> dict:
    """Every shared table's rows, without what each PC keeps for itself (and the columns
    named in leave_out), comparable between two books."""
    out = {}
    for spec in TABLES.values():
        rows = [spec.shared(dict(r)) for r in book.all(f"SELECT * FROM {spec.name}")]
        if leave_out:
            rows = [{k: v for k, v in r.items() if k not in leave_out} for r in rows]
        out[spec.name] = sorted(repr(sorted(r.items())) for r in rows)
    return out


@contextmanager
def team(tmp_path: Path) -> Iterator[tuple[Book, Book, Path]]:
    """The owner's book (one customer) with a team in `share`, and a salesperson's PC that
    joined it: (owner's book, salesperson's book, share), both open."""
    share = tmp_path / "share"
    share.mkdir()
    with Book.open(tmp_path / "owner.sqlite") as owner:
        ops.add_customer(owner, data={"name": "上海嘉禾食品", "mobile": "13800000001"})
        engine.create_team(owner, folder_path=share, passphrase=PASS, name="老王建材")
    engine.join_team(tmp_path / "sales.sqlite", folder_path=share, passphrase=PASS)
    a = Book.open(tmp_path / "owner.sqlite")
    b = Book.open(tmp_path / "sales.sqlite")
    try:
        yield a, b, share
    finally:
        a.close()
        b.close()


def sync(book: Book, **kw) -> engine.Report:
    return engine.sync_pass(book, passphrase=PASS, **kw)


@contextmanager
def without_changes_of(share: Path, book: Book) -> Iterator[None]:
    """That PC's change files have not reached the folder yet (its clash index has): what a PC
    reads in between holds none of its changes."""
    own = folder.device_folder(share, book.device_id)
    away = share.parent / f"away-{book.device_id}"
    away.mkdir()
    for seg in own.glob("seg-*.kehu"):
        shutil.move(seg, away / seg.name)
    try:
        yield
    finally:
        for seg in away.iterdir():
            shutil.move(seg, own / seg.name)
        away.rmdir()


def approve(owner: Book, pc: Book) -> None:
    """The owner approves the PC for the user signed in there: it syncs once (its device file
    says who and its key), then the owner approves it and syncs (the customers its user may
    see go to it, sealed for its key)."""
    sync(pc)
    team = engine.team_of(owner)
    keys = engine.unlock(folder.read_team(Path(team["folder"])), PASS)
    engine.approve_pc(owner, keys=keys, device_id=pc.device_id)
    sync(owner)
