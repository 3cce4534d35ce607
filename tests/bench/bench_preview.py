"""From a 2,000-row .xlsx chosen in the import wizard to its preview filled (issue 15: <= 1 s).

The file (2,000 customers written by the bench with openpyxl: 1,800 new ones in the import
benchmark's shape, and 200 rows that are customers of the book, with their names and mobiles,
so that matching finds something) is previewed twice in one probe, each time the way the
wizard's workers do it: the file read in a child process with a memory limit
(importers.limits.read_source; the wizard starts that process when it opens and when the file
dialog opens, prepare_reader, so the clock starts CHOOSING seconds after that), the columns guessed (importers.plan.auto_mapping), every row
normalised and matched against the book (importers.plan.preview), and the decision page's
table model filled with what the user is shown (the counts and the listed rows). Once into a
new, empty book; once into the demo book (100,000 customers by default), opened read-only as
far as a preview goes: nothing is written.

Metrics preview_empty and preview_big: the median of three runs each (the first run of all,
which warms up the disk cache and the byte-compiled modules, is not counted). Target: <= 1 s
each. Floor: python-calamine reading the same file to Python values, the best of three.

Run alone: python -m tests.bench.bench_preview FILE BOOK  (prints the raw measurements)
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Result, clean_env, failed, finish, note, probe, result

ROWS = 2_000
FROM_BOOK = 200  # rows of the file that are customers of the book
GOAL = 1.0
EMPTY, BIG = "preview_empty", "preview_big"
RUNS = 3
CHOOSING = 1.0  # seconds the user takes to choose the file (the reader starts meanwhile)


def write_file(path: Path, book: Path | None) -> Path:
    """The bench's 2,000-row sheet: new customers and some of the book's own."""
    from openpyxl import load_workbook

    from tests.bench.bench_import import write_file as write_customers

    write_customers(path, rows=ROWS, seed=11)
    if book is None:
        return path
    conn = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        known = conn.execute(
            "SELECT name, contact, mobile FROM customers WHERE deleted_at IS NULL AND mobile != '' "
            "ORDER BY rid LIMIT ?", (FROM_BOOK * 50,)).fetchall()
    finally:
        conn.close()
    rng = random.Random(5)
    picked = rng.sample(known, min(FROM_BOOK, len(known)))
    wb = load_workbook(path)
    ws = wb.active
    for n, (name, contact, mobile) in enumerate(picked):
        row = 2 + n * (ROWS // max(1, len(picked)))
        ws.cell(row, 1).value = name
        ws.cell(row, 2).value = contact
        ws.cell(row, 3).value = mobile.split(";")[0]
    wb.save(path)
    return path


def _floor_main(path: Path) -> dict:
    from python_calamine import CalamineWorkbook

    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        times.append(time.perf_counter() - t0)
        del rows
    return {"seconds": min(times)}


def _shown(plan) -> int:
    """What the decision page lists for the plan: its counts and the rows it names."""
    summary = plan.summary()
    listed = [*plan.errors[:1000], *[r for r in plan.planned if r.asked][:1000],
              *plan.review[:1000], *plan.warned[:1000]]
    return sum(summary.values()) + len(listed)


def _preview_once(path: Path, book) -> dict:
    from importers import plan
    from importers.limits import prepare_reader, read_source

    prepare_reader()  # as the wizard does when it opens and when the file dialog opens
    time.sleep(CHOOSING)
    t0 = time.perf_counter()
    source = read_source(path)
    read = time.perf_counter()
    mapping = plan.auto_mapping(book, source, source.sheets[0].name)
    the_plan = plan.preview(book, source, mapping, mode="skip")
    planned = time.perf_counter()
    _shown(the_plan)
    done = time.perf_counter()
    return {"seconds": done - t0, "read": read - t0, "plan": planned - read,
            "rows": the_plan.rows, "matched": the_plan.duplicates}


def _probe_main(path: Path, big: Path) -> dict:
    from models.core.book import Book
    from tests.bench.common import sign_in_as_asked

    out = {}
    folder = Path(tempfile.mkdtemp(prefix="kehu-preview-"))
    for label, where in (("empty", folder / "empty.sqlite"), ("big", big)):
        book = Book.open(where)
        sign_in_as_asked(book)
        _preview_once(path, book)  # warm-up
        runs = [_preview_once(path, book) for _ in range(RUNS)]
        out[label] = {"seconds": statistics.median(r["seconds"] for r in runs),
                      "read": statistics.median(r["read"] for r in runs),
                      "plan": statistics.median(r["plan"] for r in runs),
                      "rows": runs[0]["rows"], "matched": runs[0]["matched"],
                      "customers": book.scalar("SELECT count(*) FROM customers")}
        book.close()
    return out


def run(book: Path, home: Path) -> list[Result]:
    folder = home / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    path = write_file(folder / f"preview-{ROWS}.xlsx", book)
    env = clean_env(folder)
    floor = probe(["tests.bench.bench_preview", "--floor", str(path)], env, timeout=300)["seconds"]
    raw = probe(["tests.bench.bench_preview", str(path), str(book)], env, timeout=900)
    for label in ("empty", "big"):
        r = raw[label]
        note(f"preview into the {label} book ({r['customers']:,} customers): {r['seconds']:.2f} s "
             f"(read {r['read']:.2f}, plan {r['plan']:.2f}); {r['rows']:,} rows, "
             f"{r['matched']:,} in the book; calamine alone {floor:.3f} s")
    if raw["empty"]["rows"] != ROWS or raw["big"]["rows"] != ROWS or raw["empty"]["matched"]:
        raise RuntimeError(f"the previews did not read the file: {raw}")
    goal = f"<= {GOAL:g} s from the file chosen to the preview filled"
    empty, big = raw["empty"]["seconds"], raw["big"]["seconds"]
    return [result(EMPTY, empty, "s", floor, goal, empty <= GOAL),
            result(BIG, big, "s", floor, goal, big <= GOAL)]


def failed_results() -> list[Result]:
    goal = f"<= {GOAL:g} s from the file chosen to the preview filled"
    return [failed(EMPTY, "s", goal), failed(BIG, "s", goal)]


if __name__ == "__main__":
    if sys.argv[1] == "--floor":
        finish(_floor_main(Path(sys.argv[2])))
    finish(_probe_main(Path(sys.argv[1]), Path(sys.argv[2])))
