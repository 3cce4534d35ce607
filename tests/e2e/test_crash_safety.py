"""Kehu killed halfway: an import, an undo of an import and a backup, each killed (SIGKILL) at
seeded random moments while it writes; the book must come back whole every time.

The work runs in tests/e2e/crash_worker.py. It prints ``writing`` when it starts the write;
each kill comes a random time after that line, spread over the work's duration measured once
in a run that was not killed (and a little past it, so that some kills land after the commit).
Four workers run at a time, each on its own copy of the book.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from models import backup, demo
from models.core.book import Book
from models.core.check import check_book

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"),
]

WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 24  # per kind of work
AT_ONCE = 4
ROWS = 5000  # an import this size into a small book drops and rebuilds indexes in its transaction
PRE_ADDS = 3  # customers the worker adds and commits before the work (crash_worker.py)
SEED = 20261201


@dataclass
class Run:
    lines: list[str] = field(default_factory=list)
    killed: bool = False
    seconds: float = 0.0  # from "writing" to "done" (unkilled runs)

    def words(self, first: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.split()[:1] == [first]]

    def result(self) -> dict:
        line = next(line for line in self.lines if line.startswith("done "))
        return json.loads(line[5:])

    @property
    def committed(self) -> list[str]:
        return [w[0] for w in self.words("committed")]

    @property
    def finished(self) -> bool:
        return bool(self.words("done"))

    @property
    def in_transaction(self) -> bool:
        """Killed after the import wrote its first batch, before it returned."""
        return bool(self.words("progress")) and not self.finished


def run_worker(env: dict, *args: object, kill_after: float | None = None,
               anchor: str = "writing") -> Run:
    """Run the worker; kill_after seconds after its first line starting with anchor ("writing",
    or "progress": inside the write), SIGKILL it."""
    run = Run()
    started = None
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), *map(str, args)], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8")
        try:
            for line in proc.stdout:
                run.lines.append(line.strip())
                if line.startswith("writing"):
                    started = time.perf_counter()
                if line.startswith(anchor if kill_after is not None else "writing"):
                    break
            if started is not None and kill_after is not None:
                try:
                    proc.wait(timeout=kill_after)
                except subprocess.TimeoutExpired:
                    proc.kill()  # SIGKILL, unless it has just ended
            run.lines += [line.strip() for line in proc.stdout.read().splitlines()]  # to the end
            proc.wait(timeout=120)
            if started is not None:
                run.seconds = time.perf_counter() - started
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        errors.seek(0)
        err = errors.read()
    assert started is not None, err
    run.killed = proc.returncode == -signal.SIGKILL
    assert run.killed or proc.returncode == 0, err
    return run


def raw_counts(path: Path) -> dict:
    with sqlite3.connect(path) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "imports", "operations", "audit")}
        counts["schema"] = sorted(conn.execute(
            "SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr)
    conn.close()
    return counts


FINISHED = re.compile(r".+-\d{8}-\d{6}(?:-\d+)?-[a-z-]+\.sqlite")


def check_backup_folder(book_path: Path, customers: int | None = None, *,
                        clean: bool = True) -> list[str]:
    """No file named like a finished backup that is not one; returns the partial files' names.
    With clean, rotate() is run and must remove them."""
    folder = backup.backup_folder(book_path)
    if not folder.exists():
        return []
    partial = []
    for path in folder.iterdir():
        if FINISHED.fullmatch(path.name):
            info = backup.check_file(path)  # raises BackupError for a half backup
            assert info.schema_version > 0
            if customers is not None:
                assert info.customers == customers, path.name
        elif path.name.endswith(".sqlite.json"):
            json.loads(path.read_text(encoding="utf-8"))  # a description is whole or absent
        else:
            assert ".partial" in path.name, path.name
            partial.append(path.name)
    if partial and clean:
        backup.rotate(book_path)
        left = sorted(p.name for p in folder.iterdir() if ".partial" in p.name)
        assert left == [], f"rotate() left {left}"
    return partial


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    return "; ".join(r[0] for r in result)


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """The spreadsheet, a small book, the same book after an unkilled import (for the undo
    runs, and the import's duration) and a book of a few MB (for the backups)."""
    root = tmp_path_factory.mktemp("crash")
    env = {**os.environ, "KEHU_DATA_DIR": str(root / "kehu-data")}
    sheet = root / "导入.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户名称", "联系人", "手机", "地址", "备注"])
    for i in range(ROWS):
        ws.append([f"导入测试{i}号商行", f"联系人{i}", f"139{i:08d}", f"杭州市文三路{i}号", "老客户"])
    wb.save(sheet)
    (root / "small").mkdir()
    small = demo.write_demo(root / "small" / "book.sqlite", customers=100)
    imported = root / "imported" / "book.sqlite"
    imported.parent.mkdir()
    shutil.copyfile(small, imported)
    measured = run_worker(env, "import", imported, sheet)
    batch = measured.result()["batch"]
    (root / "big").mkdir()
    big = demo.write_demo(root / "big" / "book.sqlite", customers=800)
    for path in (small, imported, big):
        with Book.open(path, create=False) as book:
            assert check_book(book) == []
        assert not path.with_name(path.name + "-wal").exists()
    return {"sheet": sheet, "small": small, "imported": imported, "batch": batch,
            "import_seconds": measured.seconds, "big": big}


def kill_runs(tmp_path, work: str, template: Path, seconds: float, extra=(),
              check=None, inside: str | None = None) -> list[tuple[Run, object]]:
    """KILLS runs of the work, each on a copy of template, killed at seeded random moments
    after its "writing" line; check(path, run) verifies each book after its run. With inside
    (a line the worker prints in the middle of the write), every other run is killed soon after
    that line instead."""
    rng = random.Random(f"{SEED}-{work}")
    # Most kills land inside the work; running four at a time slows it down, so a few come
    # late enough to land after the commit (or after the end) too.
    late = KILLS // 6
    plans = [("writing", rng.uniform(0, 1.25 * seconds)) for _ in range(KILLS - late)]
    if inside:
        plans[1::2] = [(inside, rng.uniform(0, 0.3 * seconds)) for _ in plans[1::2]]
    plans += [("writing", rng.uniform(2 * seconds, 10 * seconds)) for _ in range(late)]
    rng.shuffle(plans)

    def one(n: int):
        folder = tmp_path / f"{work}-{n}"
        folder.mkdir()
        path = folder / "book.sqlite"
        shutil.copyfile(template, path)
        env = {**os.environ, "KEHU_DATA_DIR": str(folder / "kehu-data")}
        anchor, delay = plans[n]
        run = run_worker(env, work, path, *extra, kill_after=delay, anchor=anchor)
        outcome = check(path, run)
        shutil.rmtree(folder)  # some 10 to 30 MB each
        return run, outcome

    with ThreadPoolExecutor(AT_ONCE) as pool:
        return list(pool.map(one, range(KILLS)))


def committed_are_there(book: Book, run: Run) -> None:
    assert len(run.committed) == PRE_ADDS  # the kills come after "writing"
    marks = ", ".join("?" * PRE_ADDS)
    assert book.scalar(f"SELECT count(*) FROM customers WHERE id IN ({marks}) "
                       "AND deleted_at IS NULL", run.committed) == PRE_ADDS


def test_an_import_killed_anywhere_is_all_there_or_not_at_all(books, tmp_path):
    before = raw_counts(books["small"])

    def check(path: Path, run: Run) -> str:
        assert integrity(path) == "ok"
        with Book.open(path, create=False) as book:
            assert check_book(book) == []
            committed_are_there(book, run)
            customers = book.scalar("SELECT count(*) FROM customers")
            imported = book.scalar("SELECT count(*) FROM customers WHERE name LIKE '导入测试%'")
            imports = book.all("SELECT * FROM imports")
        after = raw_counts(path)
        assert after["schema"] == before["schema"]  # the dropped indexes are back, or never went
        if imports:
            assert len(imports) == 1 and imports[0]["created"] == ROWS
            assert imported == ROWS
            assert customers == before["customers"] + PRE_ADDS + ROWS
            # one audit entry per imported customer; the mapping is remembered afterwards in an
            # operation of its own, which a kill between the two commits leaves out
            assert after["audit"] >= before["audit"] + PRE_ADDS + ROWS
        else:
            assert not run.finished
            assert imported == 0
            assert customers == before["customers"] + PRE_ADDS
            assert after["operations"] == before["operations"] + PRE_ADDS
        check_backup_folder(path)
        return "there" if imports else "absent"

    results = kill_runs(tmp_path, "import", books["small"], books["import_seconds"],
                        extra=[books["sheet"]], check=check, inside="progress")
    outcomes = [outcome for _, outcome in results]
    killed_inside = sum(run.in_transaction for run, _ in results)
    print(f"import: {outcomes.count('there')} there, {outcomes.count('absent')} absent, "
          f"{killed_inside} killed inside the transaction")
    assert sum(run.killed for run, _ in results) >= KILLS * 2 // 3
    assert outcomes.count("absent") >= KILLS // 3, outcomes
    assert killed_inside >= KILLS // 4, f"only {killed_inside} kills inside the transaction"
    assert "there" in outcomes  # a few kills after the commit


def test_an_undo_of_an_import_killed_anywhere_is_done_or_not_at_all(books, tmp_path):
    before = raw_counts(books["imported"])
    batch = books["batch"]
    # one unkilled run measures the undo
    folder = tmp_path / "measured"
    folder.mkdir()
    shutil.copyfile(books["imported"], folder / "book.sqlite")
    measured = run_worker({**os.environ, "KEHU_DATA_DIR": str(folder / "kehu-data")},
                          "undo", folder / "book.sqlite", batch)

    def check(path: Path, run: Run) -> str:
        assert integrity(path) == "ok"
        with Book.open(path, create=False) as book:
            assert check_book(book) == []
            committed_are_there(book, run)
            customers = book.scalar("SELECT count(*) FROM customers")
            imported = book.scalar("SELECT count(*) FROM customers WHERE name LIKE '导入测试%'")
            imp = book.one("SELECT * FROM imports WHERE id = ?", (batch,))
            state = book.scalar("SELECT state FROM operations WHERE id = ?", (batch,))
            undos = book.scalar("SELECT count(*) FROM operations WHERE name = 'undo_import'")
        assert raw_counts(path)["schema"] == before["schema"]
        check_backup_folder(path)
        if imp["undone_at"]:
            assert (imported, state, undos) == (0, "dropped", 1)
            assert customers == before["customers"] + PRE_ADDS - ROWS
            return "undone"
        assert not run.finished
        assert (imported, state, undos) == (ROWS, "done", 0)
        assert customers == before["customers"] + PRE_ADDS
        return "as before"

    results = kill_runs(tmp_path, "undo", books["imported"], measured.seconds,
                        extra=[batch], check=check)
    outcomes = [outcome for _, outcome in results]
    print(f"undo: {outcomes.count('undone')} undone, {outcomes.count('as before')} as before")
    assert sum(run.killed for run, _ in results) >= KILLS * 2 // 3
    assert outcomes.count("as before") >= KILLS // 3, outcomes
    assert "undone" in outcomes


def test_a_backup_killed_anywhere_leaves_no_half_backup_and_the_book_whole(books, tmp_path):
    before = raw_counts(books["big"])
    customers = before["customers"] + PRE_ADDS  # none of the demo's customers is in the trash
    folder = tmp_path / "measured"
    folder.mkdir()
    shutil.copyfile(books["big"], folder / "book.sqlite")
    measured = run_worker({**os.environ, "KEHU_DATA_DIR": str(folder / "kehu-data")},
                          "backup", folder / "book.sqlite")
    assert books["big"].stat().st_size > 8 << 20  # more than one step of the backup

    def check(path: Path, run: Run) -> tuple[bool, list[str]]:
        assert integrity(path) == "ok"
        with Book.open(path, create=False) as book:
            assert check_book(book) == []
            committed_are_there(book, run)
            assert book.scalar("SELECT count(*) FROM customers") == customers
        made = backup.list_backups(path)
        assert len(made) <= 1
        if run.finished:
            assert len(made) == 1
        partial = check_backup_folder(path, customers, clean=False)
        # the next backup is made and whole, and removes what the killed one left
        info = backup.make_backup(path, reason="manual")
        assert backup.check_file(info.path).customers == customers
        assert not [p for p in info.path.parent.iterdir() if ".partial" in p.name]
        return bool(made), partial

    first, total = map(int, measured.words("progress")[0])
    assert first == backup.PAGES_PER_STEP < total  # a line in the middle of the copy
    results = kill_runs(tmp_path, "backup", books["big"], measured.seconds, check=check,
                        inside="progress")
    made = [m for _, (m, _) in results]
    with_partial = [p for _, (_, p) in results if p]
    left = sorted({name.rsplit(".", 1)[-1] for names in with_partial for name in names})
    print(f"backup: {made.count(True)} made, {made.count(False)} not, "
          f"{len(with_partial)} left partial files ({', '.join(left)})")
    assert sum(run.killed for run, _ in results) >= KILLS * 2 // 3
    assert made.count(False) >= KILLS // 4, made  # killed before the backup was renamed
    assert with_partial, "no kill landed while the backup was being written"
