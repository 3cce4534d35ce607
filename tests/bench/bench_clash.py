"""撞单 across PCs (issue 17): the clash index of 20,000 customers, and what looking it up
adds to an import of 2,000 rows.

The benchmark writes its own books (NEEDS_BOOK = False): 王强's PC holds 20,000 customers of
his, each with a mobile, a landline and a company name, put straight into the table; 李娜's
PC holds none of them. Her PC takes in his index from a team folder in the scratch folder.

Metric clash_index: models.sync.clash_index.publish on his PC: the keyed hashes of 20,000
customers, sealed and written to the folder. The floor: reading the same columns of the same
rows (what any index has to read). Noted: the file's size, and her PC taking it in.

Metric clash_import: 李娜 imports a spreadsheet of 2,000 new customers (20 of them his
numbers, written as +86 139 …): preview and import, with his index taken in. The floor: the
same import on a copy of her book without it. The ratio is the cost the lookup adds. Each
is the median of three runs, taken in turn.
Target: the lookup adds at most a fifth (ratio <= 1.2).

Run alone: python -m tests.bench.bench_clash FOLDER  (prints the raw measurements)
"""

from __future__ import annotations

import shutil
import sys
import time
import uuid
from pathlib import Path

from tests.bench.common import Result, clean_env, failed, finish, median, note, probe, result

NEEDS_BOOK = False
CUSTOMERS = 20_000
ROWS = 2_000
HITS = 20  # rows of the import that are his customers
GOAL = 1.2
REPEAT = 3  # each measurement, the median
TEAM_ID = "bench-team"


def _fill(book, owner_id: str) -> None:
    from models.core import clock

    now = clock.now_iso()
    with book.atomic():
        book.conn.executemany(
            "INSERT INTO customers (id, rid, name, mobile, phone, owner_id, sort_key, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(str(uuid.uuid4()), n + 1, f"杭州{n:05d}号建材有限公司", f"139{n:08d}",
              f"0571-{n:08d}", owner_id, f"k{n:05d}", now, now) for n in range(CUSTOMERS)])


def _sheet(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "手机", "电话"])
    step = ROWS // HITS
    for n in range(ROWS):
        if n % step == 0:  # one of his customers' mobiles, written another way
            his = n * 7
            ws.append([f"温州客户{n:04d}", f"+86 139 {his // 10000:04d} {his % 10000:04d}", ""])
        else:
            ws.append([f"温州客户{n:04d}", f"137{n:08d}", ""])
    wb.save(path)


def _import(path: Path, sheet: Path) -> tuple[float, dict]:
    from importers.plan import Mapping, preview, run_import
    from importers.source import open_source
    from models.core.book import Book

    book = Book.open(path, create=False)
    try:
        book.user_id = book.scalar("SELECT id FROM users WHERE name = '李娜'")
        t0 = time.perf_counter()
        plan = preview(book, open_source(sheet),
                       Mapping(header=0, columns=["name", "mobile", "phone"]), mode="create")
        run_import(book, plan, remember=False)
        took = time.perf_counter() - t0
        return took, plan.summary()
    finally:
        book.close()


def _probe_main(folder: Path) -> dict:
    from models.core.book import Book
    from models.sync import clash_index, crypto
    from models.team import users

    share = folder / "share"
    share.mkdir(parents=True, exist_ok=True)
    key = crypto.new_key()
    keys = {crypto.key_id(key): key}
    clash_key = clash_index.clash_key(key, TEAM_ID)
    his = Book.open(folder / "wang.sqlite")
    try:
        users.set_password(his, user_id=his.user_id, password="bench-pass")
        wang = users.add_user(his, name="王强", role="sales", owner_password="bench-pass")
        _fill(his, wang)
        floors, builds = [], []
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            rows = his.all("SELECT id, owner_id, name, mobile, phone FROM customers "
                           "WHERE deleted_at IS NULL AND owner_id IS NOT NULL")
            floors.append(time.perf_counter() - t0)
            assert len(rows) == CUSTOMERS
            with his.atomic():  # made again, as after a change
                his.conn.execute("DELETE FROM local WHERE key = ?", (clash_index.PUBLISHED,))
            t0 = time.perf_counter()
            clash_index.publish(his, share, keys, TEAM_ID, clash_key)
            builds.append(time.perf_counter() - t0)
        floor, build = median(floors), median(builds)
        size = (share / "devices" / his.device_id / clash_index.NAME).stat().st_size
    finally:
        his.close()
    # her PC: another book (another device), none of his customers
    mine = folder / "li.sqlite"
    book = Book.open(mine)
    try:
        users.set_password(book, user_id=book.user_id, password="bench-pass")
        book.user_id = users.add_user(book, name="李娜", role="sales",
                                      owner_password="bench-pass")
        t0 = time.perf_counter()
        taken = clash_index.take_in(book, share, keys, TEAM_ID, {})
        take = time.perf_counter() - t0
        with book.atomic():
            book.conn.execute("INSERT OR REPLACE INTO local (key, value) VALUES (?, ?)",
                              ("clash_key", clash_key.hex()))
        entries = book.scalar("SELECT count(*) FROM clash_index")
    finally:
        book.close()
    without = folder / "li-without.sqlite"
    shutil.copy(mine, without)
    with Book.open(without, create=False) as plain, plain.atomic():
        plain.conn.execute("DELETE FROM clash_index")
    sheet = folder / "import.xlsx"
    _sheet(sheet)
    withs, withouts = [], []
    for n in range(REPEAT):  # taken in turn, on fresh copies: the machine's load hits both
        for source, times in ((without, withouts), (mine, withs)):
            copy = folder / f"run-{n}-{source.name}"
            shutil.copy(source, copy)
            took, got = _import(copy, sheet)
            times.append(took)
            if source == mine:
                summary = got
            else:
                plain_summary = got
    floor_import, with_index = median(withouts), median(withs)
    return {"build_s": build, "read_s": floor, "size": size, "take_s": take, "taken": taken,
            "entries": entries, "import_s": with_index, "import_floor_s": floor_import,
            "held": summary.get("held"), "held_without": plain_summary.get("held"),
            "ok": summary.get("held") == HITS and plain_summary.get("held") == 0}


def run(book: Path | None, home: Path) -> list[Result]:
    env = clean_env(home / "clash")
    folder = home / "clash" / "work"
    raw = probe(["tests.bench.bench_clash", str(folder)], env, timeout=900)
    note(f"clash: index of {CUSTOMERS:,} customers built and written in {raw['build_s']:.3f} s "
         f"(reading the rows {raw['read_s']:.3f} s), {raw['size']:,} bytes "
         f"({raw['size'] / CUSTOMERS:.0f} per customer); taken in on another PC in "
         f"{raw['take_s']:.3f} s ({raw['entries']:,} hashes kept)")
    note(f"clash: import of {ROWS:,} rows {raw['import_s']:.3f} s with the index, "
         f"{raw['import_floor_s']:.3f} s without; held {raw['held']} (without: "
         f"{raw['held_without']})")
    return [
        result("clash_index", raw["build_s"], "s", raw["read_s"], "noted", raw["ok"]),
        result("clash_import", raw["import_s"], "s", raw["import_floor_s"], f"ratio <= {GOAL:g}",
               raw["ok"] and raw["import_s"] <= GOAL * raw["import_floor_s"]),
    ]


def failed_results() -> list[Result]:
    return [failed("clash_index", "s", "noted"), failed("clash_import", "s", f"ratio <= {GOAL:g}")]


if __name__ == "__main__":
    finish(_probe_main(Path(sys.argv[1])))
