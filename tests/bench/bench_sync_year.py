"""The size of a team's folder after a year of a five-person shop's work.

Five PCs (the owner and four salespeople, each signed in on their own PC, which the owner has
approved) share one folder, as through a Windows share; each salesperson's PC holds their own
customers only (models.sync.access). The book starts with CUSTOMERS customers spread over the four
salespeople. Then DAYS working days; on each, each person does a day's work through the
operations the app runs (PER_DAY below: new customers, field edits, logged calls and visits,
new deals, deals moved on the board or won, reminders set and done) on their own customers,
and their PC syncs twice a day. Once a week (every fifth day) the owner's PC writes a snapshot
and the old segments every PC has taken in are removed, as its pass does when the newest
snapshot is a week old (engine.compact). At the end everyone syncs until in step.

Metric sync_folder_after_a_year: the folder's size in MB (snapshots, segments, device files),
stated; floor: the size of the owner's book file. Goal: <= 1x the book (the folder holds the
book once, compressed, and a week of changes). Notes give the breakdown and what the segments
would have added up to had none been removed.

Run alone: python -m tests.bench.bench_sync_year [DAYS]   (prints the raw measurements)
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Result, clean_env, failed, finish, note, probe, result

NEEDS_BOOK = False
PASS = "水泥二百吨-2026"
CUSTOMERS = 2000
DAYS = 250
PER_DAY = {"add": 2, "edit": 6, "call": 10, "deal": 1, "move": 2, "remind": 2, "done": 2}
SYNCS_PER_DAY = 2
METRIC = "sync_folder_after_a_year"
GOAL = "<= 1x the book file (stated)"


def _folder_bytes(share: Path) -> dict:
    out = {"snapshots": 0, "segments": 0, "devices": 0, "other": 0, "files": 0}
    for path in share.rglob("*"):
        if not path.is_file():
            continue
        out["files"] += 1
        size = path.stat().st_size
        if path.parent.name == "snapshots":
            out["snapshots"] += size
        elif path.name.startswith("seg-"):
            out["segments"] += size
        elif path.name.startswith("device"):
            out["devices"] += size
        else:
            out["other"] += size
    return out


def _held(book, owner_id: str | None) -> dict:
    """How many customers, and of their logged contacts, deals and reminders, the book holds
    (of the customers of `owner_id` only, when given)."""
    mine = "SELECT id FROM customers" + ("" if owner_id is None else " WHERE owner_id = ?")
    args = () if owner_id is None else (owner_id,)
    held = {"customers": book.scalar(f"SELECT count(*) FROM ({mine})", args)}
    for table in ("interactions", "deals", "reminders"):
        held[table] = book.scalar(
            f"SELECT count(*) FROM {table} WHERE customer_id IN ({mine})", args)
    return held


def _year(days: int) -> dict:
    from models import deals, reminders
    from models.core.book import Book
    from models.core.errors import UserError
    from models.customers import operations as ops
    from models.imports import import_customers
    from models.sync import engine, folder
    from models.team import users

    rng = random.Random(2026)
    root = Path(tempfile.mkdtemp(prefix="kehu-year-"))
    share = root / "share"
    share.mkdir()
    names = ["老板", "张伟", "李娜", "王芳", "刘洋"]
    with Book.open(root / "pc0.sqlite", owner_name=names[0]) as owner:
        users.set_password(owner, user_id=owner.user_id, password="boss")
        sellers = [users.add_user(owner, name=n, role="sales", password=n, owner_password="boss")
                   for n in names[1:]]
        import_customers(owner, file="客户.xlsx", mode="skip", backup_first=False,
                         rows=CUSTOMERS, creates=[
                             {"name": f"客户{n}", "mobile": f"138{n:08d}", "city": "杭州",
                              "owner_id": sellers[n % 4]} for n in range(CUSTOMERS)])
        engine.create_team(owner, folder_path=share, passphrase=PASS, name="老王建材")
        user_ids = [owner.user_id, *sellers]
    keys = engine.unlock(folder.read_team(share), PASS)
    for i in range(1, 5):
        engine.join_team(root / f"pc{i}.sqlite", folder_path=share, passphrase=PASS)
    books = [Book.open(root / f"pc{i}.sqlite") for i in range(5)]
    for book, uid in zip(books, user_ids, strict=True):
        book.user_id = uid
    for book in books[1:]:  # each salesperson's PC asks, and the owner approves it
        engine.sync_pass(book, keys=keys)
        engine.approve_pc(books[0], keys=keys, device_id=book.device_id)
    team_id = folder.read_team(share)["team_id"]
    written: dict[str, int] = {}  # every segment ever seen in the folder, by path: its size
    refused = {k: 0 for k in PER_DAY}
    done_ops = {k: 0 for k in PER_DAY}
    texts = ["问了水泥的价格，下周要报价", "去店里拜访，老板不在", "催款，说月底付",
             "微信发了新品图片", "电话没人接", "要发票，已经开好"]
    t0 = time.perf_counter()

    def sync(book) -> engine.Report:
        report = engine.sync_pass(book, keys=keys)
        for path in share.glob("devices/*/seg-*"):
            written.setdefault(str(path), path.stat().st_size)
        return report

    for day in range(days):
        for half in range(SYNCS_PER_DAY):
            for pc, book in enumerate(books):
                me = user_ids[pc]
                mine = [r[0] for r in book.all(
                    "SELECT id FROM customers WHERE deleted_at IS NULL AND "
                    "(owner_id = ? OR ? = 0)", (me, pc))]
                open_deals = [r[0] for r in book.all(
                    "SELECT id FROM deals WHERE status = 'open' AND deleted_at IS NULL AND "
                    "(owner_id = ? OR ? = 0)", (me, pc))]
                stages = [r[0] for r in book.all(
                    "SELECT id FROM stages WHERE deleted_at IS NULL ORDER BY position")]
                todo = [r[0] for r in book.all(
                    "SELECT id FROM reminders WHERE status = 'open' AND deleted_at IS NULL AND "
                    "owner_id = ?", (me,))]
                for kind, count in PER_DAY.items():
                    for _ in range(count // SYNCS_PER_DAY + (half < count % SYNCS_PER_DAY)):
                        try:
                            if kind == "add":
                                mine.append(ops.add_customer(book, data={
                                    "name": f"新客户{day}-{pc}-{rng.randrange(10**6)}",
                                    "mobile": f"139{rng.randrange(10**8):08d}",
                                    "city": rng.choice(["杭州", "宁波", "温州"]),
                                    "owner_id": me}))
                            elif kind == "edit":
                                field, value = rng.choice([
                                    ("grade", rng.choice("ABC")),
                                    ("notes", rng.choice(texts)),
                                    ("address", f"文三路{rng.randrange(999)}号"),
                                    ("next_follow_up", f"2027-0{rng.randrange(1, 10)}-1{day % 10}"),
                                ])
                                ops.update_customer(book, customer_id=rng.choice(mine),
                                                    data={field: value})
                            elif kind == "call":
                                ops.log_interaction(book, customer_id=rng.choice(mine),
                                                    kind=rng.choice(["call", "visit", "wechat"]),
                                                    text=rng.choice(texts))
                            elif kind == "deal":
                                open_deals.append(deals.add_deal(book, data={
                                    "title": f"水泥 {rng.randrange(10, 500)} 吨",
                                    "customer_id": rng.choice(mine),
                                    "amount": str(rng.randrange(1000, 90000))}))
                            elif kind == "move" and open_deals:
                                deal = rng.choice(open_deals)
                                if rng.random() < 0.2:
                                    deals.win_deal(book, deal_id=deal)
                                    open_deals.remove(deal)
                                else:
                                    deals.move_deal(book, deal_id=deal,
                                                    stage_id=rng.choice(stages))
                            elif kind == "remind":
                                todo.append(reminders.add_reminder(book, data={
                                    "title": "回访", "customer_id": rng.choice(mine),
                                    "due_at": f"2027-0{rng.randrange(1, 10)}-10 10:00"}))
                            elif kind == "done" and todo:
                                reminders.complete_reminder(book, reminder_id=todo.pop(0))
                            else:
                                continue
                            done_ops[kind] += 1
                        except UserError:
                            refused[kind] += 1
                sync(book)
        if day % 5 == 4:  # a week: the owner's pass writes a snapshot and removes old segments
            report = sync(books[0])
            engine.compact(books[0], share, keys, team_id, report.pcs, snapshot_days=0)
    for _ in range(3):
        for book in books:
            sync(book)
    seconds = time.perf_counter() - t0
    sizes = _folder_bytes(share)
    # every PC holds what its user may see, as the owner's book has it, and nothing else
    same = all(_held(book, None) == _held(books[0], uid)
               for book, uid in zip(books[1:], user_ids[1:], strict=True))
    book_bytes = (root / "pc0.sqlite").stat().st_size
    counts = {t: books[0].scalar(f"SELECT count(*) FROM {t}")
              for t in ("customers", "interactions", "deals", "reminders", "audit")}
    for book in books:
        book.close()
    shutil.rmtree(root, ignore_errors=True)
    return {"days": days, "seconds": seconds, "folder": sizes, "book_bytes": book_bytes,
            "segments_ever": len(written), "segment_bytes_ever": sum(written.values()),
            "ops": done_ops, "refused": refused, "counts": counts, "same": same}


def run(book, home: Path) -> list[Result]:
    env = clean_env(home / "year")
    raw = probe(["tests.bench.bench_sync_year", str(DAYS)], env, timeout=6 * 3600)
    f = raw["folder"]
    total = sum(v for k, v in f.items() if k != "files")
    mb = total / 1e6
    note(f"a year ({raw['days']} days, 5 people, {sum(raw['ops'].values()):,} operations "
         f"{raw['ops']}, refused {raw['refused']}) simulated in {raw['seconds']:.0f} s; "
         f"the book then holds {raw['counts']}")
    note(f"folder: {mb:.1f} MB in {f['files']} files (snapshots {f['snapshots'] / 1e6:.1f} MB, "
         f"segments {f['segments'] / 1e6:.2f} MB, device files {f['devices'] / 1e3:.0f} kB); "
         f"the owner's book {raw['book_bytes'] / 1e6:.1f} MB; {raw['segments_ever']:,} segments "
         f"written over the year, {raw['segment_bytes_ever'] / 1e6:.1f} MB in all")
    if not raw["same"]:
        raise RuntimeError("the PCs do not each hold what their user may see")
    return [result(METRIC, mb, "MB", raw["book_bytes"] / 1e6, GOAL,
                   total <= raw["book_bytes"], 2)]


def failed_results() -> list[Result]:
    return [failed(METRIC, "MB", GOAL)]


if __name__ == "__main__":
    finish(_year(int(sys.argv[1]) if len(sys.argv) > 1 else DAYS))
