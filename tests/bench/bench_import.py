"""Importing a 100,000-row x 12-column .xlsx end to end, against python-calamine reading it.

The file (Chinese names, mobiles stored as numbers, landlines, dates, a custom column) is written
once with openpyxl and cached in tests/bench/.data/. One probe process imports it into an empty
book the way `python main.py import FILE --yes` does (read, find the header, map, normalise,
match, write: importers.source.open_source, importers.plan.preview and run_import; an import
of more than 2,000 customers commits without their search text, which search reads from their
own fields until it is written), writes the search text it left (noted: import_index_after),
then imports it again (every row imported before: skipped, or held again where the first import
held it). Floor: python-calamine alone reading the sheet to Python values
(`CalamineWorkbook.from_path(p).get_sheet_by_index(0).to_python()`), the best of three in a
probe of its own. Targets (issue 15): the first import at most 5x the floor, the second at
most 2.5x; peak memory of the probe through the first import at most 400 MB.

Noted beside them, import_bare_write: the file's cells put as they are into an empty book's
customers table, read included (_bare_main): what the book's own table costs, below which no
import can go.

The file's WeChat ids are drawn from 10 million, so a few hundred rows share one with a
company of another name: those are held for an answer, as they would be for a user.

Run alone: python -m tests.bench.bench_import FILE   (prints the raw measurements as JSON)
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import (
    CACHE,
    Result,
    clean_env,
    failed,
    finish,
    note,
    peak_rss_kib,
    probe,
    result,
)

ROWS = 100_000
HEADER = ["客户名称", "联系人", "手机", "电话", "微信", "邮箱", "地址", "城市", "行业", "等级",
          "首次合作", "备注"]
FIRST, AGAIN, MEMORY = "import_first", "import_again", "import_peak_memory"
INDEX_AFTER = "import_index_after"  # the search text a first import leaves for after it
BARE = "import_bare_write"  # the file's cells into the book's customers table, nothing else
RATIO, AGAIN_RATIO, LIMIT_MB = 5.0, 2.5, 400.0
NEEDS_BOOK = False  # the benchmark makes its own file and books


def write_file(path: Path, rows: int = ROWS, seed: int = 3) -> Path:
    """A customer list as shops keep them: numbers as numbers, dates as dates."""
    from openpyxl import Workbook

    from models import demo

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(HEADER)
    cities = ("杭州", "宁波", "温州", "绍兴", "嘉兴", "金华")
    kinds = ("建材店", "五金商行", "汽配城", "贸易有限公司", "水暖经营部")
    for i in range(rows):
        city = rng.choice(cities)
        ws.append([
            f"{city}{rng.choice(demo.BRANDS)}{rng.choice(kinds)}{i}",
            rng.choice(demo.SURNAMES) + rng.choice(demo.GIVEN),
            13000000000 + rng.randrange(999_999_999),
            f"0571-{rng.randrange(10_000_000, 99_999_999)}",
            f"wx{rng.randrange(10**7)}",
            f"u{i}@example.com",
            f"浙江省{city}市{rng.choice(('西湖区', '江北区', '鹿城区'))}{rng.choice(('文三路', '解放路', '人民路'))}{rng.randrange(1, 999)}号",
            city,
            rng.choice(("建材", "五金", "汽配", "水暖")),
            rng.choice("ABC"),
            dt.datetime(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500)),
            rng.choice(("老客户，月结", "新客户", "", "要发票", "价格敏感")),
        ])
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _file() -> Path:
    path = CACHE / f"import-{ROWS}.xlsx"
    if not path.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        write_file(path)
        note(f"wrote {path} in {time.perf_counter() - t0:.0f} s")
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


def _bare_main(path: Path) -> dict:
    """The least an import into a book can cost: python-calamine's read, the cells as they are
    put into customer rows (no cleaning, no matching, no change entries, no fingerprints, no
    search text), written into an empty book's customers table the way the import writes them
    (models.imports._BulkWriter: the same indexes kept and built again) and committed with
    the book's settings (WAL, synchronous FULL, its cache). The best of two, each in a new
    book: a measure of the book's table itself, the part of the import no change to Kehu's
    own code can take away."""
    import sqlite3
    import types

    from python_calamine import CalamineWorkbook

    from models.core import ids
    from models.core.book import Book
    from models.imports import _BulkWriter

    columns = ("id", "rid", "name", "contact", "mobile", "phone", "wechat", "email", "address",
               "city", "industry", "grade", "notes", "owner_id", "custom", "sort_key",
               "created_at", "updated_at")
    sql = (f"INSERT INTO customers ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    best = None
    for _ in range(2):
        folder = Path(tempfile.mkdtemp(prefix="kehu-bare-"))
        book = Book.open(folder / "book.sqlite")
        user = book.user_id
        book.close()
        conn = sqlite3.connect(folder / "book.sqlite", isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "cache_size = -32000",
                       "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        t0 = time.perf_counter()
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        read = time.perf_counter() - t0
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        keys = sorted(ids.new_ids(len(rows) - 1))
        data = [(keys[i], i + 1, r[0], r[1], str(r[2]), r[3], r[4], r[5], r[6], r[7], r[8],
                 r[9], r[11], user, "{}", r[0], now, now) for i, r in enumerate(rows[1:])]
        conn.execute("BEGIN IMMEDIATE")
        with _BulkWriter(types.SimpleNamespace(conn=conn), rebuild=True) as writer:
            writer.put(sql, data)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - t0
        conn.close()
        del rows, data
        shutil.rmtree(folder, ignore_errors=True)
        if best is None or seconds < best["seconds"]:
            best = {"seconds": seconds, "read": read}
    return best


def _probe_main(path: Path) -> dict:
    from importers import plan
    from importers.source import open_source
    from models.core.book import Book

    folder = Path(tempfile.mkdtemp(prefix="kehu-import-"))
    book = Book.open(folder / "book.sqlite")
    out = {}
    for label in ("first", "again"):
        t0 = time.perf_counter()
        source = open_source(path)
        read = time.perf_counter()
        mapping = plan.auto_mapping(book, source)
        the_plan = plan.preview(book, source, mapping, mode="skip")
        planned = time.perf_counter()
        res = plan.run_import(book, the_plan)
        done = time.perf_counter()
        held = len(the_plan.held)
        del source, the_plan
        out[label] = {"seconds": done - t0, "read": read - t0, "plan": planned - read,
                      "write": done - planned, "created": res.created, "skipped": res.skipped,
                      "held": held}
        if label == "first":
            out["maxrss_mb"] = peak_rss_kib() / 1024
            # what the import left for after it: its customers' search text and matching
            # keys, written as Kehu writes them once the import has committed (the window in
            # jobs of a second, the command line before it ends). Noted, and done before the
            # second import, which so finds the book as it always did.
            # The import's and the catching up's journal copied into the book file (done
            # aside, after their commits) is counted here too, not in the second import.
            t0 = time.perf_counter()
            book.catch_up_search()
            book.wait_for_checkpoint()
            out["index_after"] = time.perf_counter() - t0
            out["index_waits"] = book.search_waits()
    out["customers"] = book.scalar("SELECT count(*) FROM customers")
    book.close()
    shutil.rmtree(folder, ignore_errors=True)  # half a GB of book: not left behind
    return out


def run(book: Path, home: Path) -> list[Result]:
    path = _file()
    env = clean_env(home / "import")
    floor = probe(["tests.bench.bench_import", "--floor", str(path)], env, timeout=600)["seconds"]
    raw = probe(["tests.bench.bench_import", str(path)], env, timeout=1800)
    bare = probe(["tests.bench.bench_import", "--bare", str(path)], env, timeout=600)
    for label in ("first", "again"):
        r = raw[label]
        note(f"import {label}: {r['seconds']:.2f} s (read {r['read']:.2f}, plan {r['plan']:.2f}, "
             f"write {r['write']:.2f}); {r['created']:,} created, {r['skipped']:,} skipped, "
             f"{r['held']:,} held; calamine alone {floor:.2f} s")
    first, again = raw["first"], raw["again"]
    if first["created"] + first["skipped"] + first["held"] != ROWS or \
            first["created"] < ROWS * 0.99 or again["created"] != 0 or \
            again["skipped"] + again["held"] != ROWS or again["held"] != first["held"]:
        raise RuntimeError(f"the imports did not do what they should: {raw}")
    goal = f"<= {RATIO:g}x python-calamine reading the file"
    goal_again = f"<= {AGAIN_RATIO:g}x python-calamine reading the file"
    first, again = first["seconds"], again["seconds"]
    note(f"import first: search text and matching keys written after it in "
         f"{raw['index_after']:.2f} s")
    note(f"import bare: the file's cells written as they are into an empty book's customers "
         f"table, read included: {bare['seconds']:.2f} s = {bare['seconds'] / floor:.2f}x "
         f"(read {bare['read']:.2f} s)")
    return [
        result(FIRST, first, "s", floor, goal, first <= RATIO * floor),
        result(AGAIN, again, "s", floor, goal_again, again <= AGAIN_RATIO * floor),
        result(MEMORY, raw["maxrss_mb"], "MB", None, f"<= {LIMIT_MB:g} MB",
               raw["maxrss_mb"] <= LIMIT_MB, 1),
        result(INDEX_AFTER, raw["index_after"], "s", floor, "noted", not raw["index_waits"]),
        result(BARE, bare["seconds"], "s", floor, "noted", True),
    ]


def failed_results() -> list[Result]:
    goal = f"<= {RATIO:g}x python-calamine reading the file"
    goal_again = f"<= {AGAIN_RATIO:g}x python-calamine reading the file"
    return [failed(FIRST, "s", goal), failed(AGAIN, "s", goal_again),
            failed(MEMORY, "MB", f"<= {LIMIT_MB:g} MB"), failed(INDEX_AFTER, "s", "noted"),
            failed(BARE, "s", "noted")]


if __name__ == "__main__":
    if sys.argv[1] == "--floor":
        finish(_floor_main(Path(sys.argv[2])))
    if sys.argv[1] == "--bare":
        finish(_bare_main(Path(sys.argv[2])))
    finish(_probe_main(Path(sys.argv[1])))
