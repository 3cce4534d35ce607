"""The change log's hash chains: an entry altered, deleted or inserted with the sqlite3 shell is
found by `check` and named."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.core import chain, schema
from models.core.book import Book
from models.core.check import check_book
from models.customers import operations
from models.demo import write_demo

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    """A demo book, then a day of edits: some forty change entries of this PC."""
    path = write_demo(tmp_path_factory.mktemp("chain") / "demo.sqlite", customers=30)
    with Book.open(path, create=False) as book:
        for i in range(12):
            cid = operations.add_customer(book, data={"name": f"链测试客户{i}",
                                                      "mobile": f"138001380{i:02d}"})
            operations.update_customer(book, customer_id=cid, data={"city": "杭州"})
            operations.log_interaction(book, customer_id=cid, kind="call", text=f"第{i}次电话")
    assert len(entries(path)) > 35
    return path


def tampered(demo_path, tmp_path, *statements, params=()):
    copy = tmp_path / "tampered.sqlite"
    shutil.copy(demo_path, copy)
    conn = sqlite3.connect(copy)
    try:
        for sql in statements:
            conn.execute(sql, params) if "?" in sql else conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return copy


def entries(path) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY hlc, seq")]
    finally:
        conn.close()


def kehu_check(path, tmp_path, lang="en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "main.py", "--lang", lang, "check", "--book", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_every_entry_is_chained_to_the_one_before(book):
    cid = operations.add_customer(book, data={"name": "老李五金店", "mobile": "13800138000"})
    operations.update_customer(book, customer_id=cid, data={"name": "老李五金批发"})
    rows = [dict(r) for r in book.all("SELECT * FROM audit ORDER BY hlc")]
    assert len(rows) >= 3
    prev = ""
    for row in rows:
        assert row["prev"] == prev
        assert row["hash"] == chain.entry_hash(prev, row)
        prev = row["hash"]
    assert chain.verify(book.conn).breaks == []
    assert chain.verify(book.conn).entries == len(rows)
    head = json.loads(book.scalar("SELECT value FROM local WHERE key = ?", (chain.HEAD_KEY,)))
    assert head == {"device": book.device_id, "hash": prev}


def test_the_hash_covers_what_the_entry_says():
    entry = {k: "x" for k in chain.ENTRY_CONTENT}
    base = chain.entry_hash("", entry)
    for key in chain.ENTRY_CONTENT:
        assert chain.entry_hash("", {**entry, key: "y"}) != base, key
    assert chain.entry_hash("a" * 64, entry) != base


def test_chaining_many_entries_in_one_pass_gives_the_hashes_one_by_one():
    """chain.link (the writer's bulk way) against entry_hash, with text the encoder must
    escape (quotes, backslashes, control and line-separator characters, Chinese), None, and a
    value that is not text."""
    awkward = ["老李五金店", 'a "quoted" \\ word', "tab\tnew\nline\x01", "\u2028\u2029", None,
               '"already json"', ""]
    entries = []
    for n in range(40):
        entry = {k: awkward[(n + i) % len(awkward)] for i, k in enumerate(chain.ENTRY_CONTENT)}
        entries.append(entry)
    entries.append({**entries[0], "old": 12, "new": 2.5})
    links = chain.link("f" * 64, [[e[k] for k in chain.ENTRY_CONTENT] for e in entries])
    prev = "f" * 64
    for entry, (linked_prev, digest) in zip(entries, links, strict=True):
        assert linked_prev == prev
        assert digest == chain.entry_hash(prev, entry)
        prev = digest


def test_a_handover_chains_its_entries_and_the_clock_goes_on_from_them(tmp_path):
    from models.team import handover, users

    path = tmp_path / "book.sqlite"
    book = Book.open(path)
    users.set_password(book, user_id=book.user_id, password="pw")
    li = users.add_user(book, name="李娜", role="sales", password="x", owner_password="pw")
    wang = users.add_user(book, name="王强", role="sales", password="x", owner_password="pw")
    for n in range(30):
        operations.add_customer(book, data={"name": f"客户{n}", "owner_id": li})
    handover.hand_over(book, from_user=li, to_users=[wang])
    newest = book.clock.last
    assert newest == book.scalar("SELECT max(hlc) FROM audit")
    book.close()
    assert chain.verify(sqlite3.connect(path)).breaks == []
    again = Book.open(path, create=False)
    try:  # the clock starts from the newest entry (through audit_device_chain)
        assert again.scalar(chain.NEWEST_SQL) == newest
        assert again.clock.tick() > newest
    finally:
        again.close()


def test_an_altered_entry_is_named(demo_path, tmp_path):
    victim = entries(demo_path)[20]
    path = tampered(demo_path, tmp_path, "UPDATE audit SET new = '\"13900000000\"' WHERE id = ?",
                    params=(victim["id"],))
    problems = check_book_at(path)
    assert len(problems) == 1
    assert "altered" in problems[0] and victim["id"] in problems[0]
    assert f"number {victim['seq']}" in problems[0]
    result = kehu_check(path, tmp_path)
    assert result.returncode == 1
    lines = [x for x in result.stdout.splitlines() if victim["id"] in x]
    assert len(lines) == 1 and "altered outside Kehu" in lines[0]


def test_an_entry_changed_with_its_hash_recomputed_breaks_the_link_after_it(demo_path, tmp_path):
    rows = entries(demo_path)
    victim, after = rows[10], rows[11]
    forged = {**victim, "new": '"伪造"'}
    digest = chain.entry_hash(victim["prev"], forged)
    path = tampered(demo_path, tmp_path, "UPDATE audit SET new = ?, hash = ? WHERE id = ?",
                    params=(forged["new"], digest, victim["id"]))
    problems = check_book_at(path)
    assert len(problems) == 1 and after["id"] in problems[0]


def test_a_deleted_entry_is_found_at_the_gap(demo_path, tmp_path):
    rows = entries(demo_path)
    victim, after = rows[15], rows[16]
    path = tampered(demo_path, tmp_path, f"DELETE FROM audit WHERE id = '{victim['id']}'")
    problems = check_book_at(path)
    assert len(problems) == 1
    assert "lost entries deleted outside Kehu" in problems[0] and after["id"] in problems[0]
    result = kehu_check(path, tmp_path)
    assert result.returncode == 1 and after["id"] in result.stdout


def test_deleting_the_newest_entries_is_found(demo_path, tmp_path):
    rows = entries(demo_path)
    path = tampered(demo_path, tmp_path, f"DELETE FROM audit WHERE hlc > '{rows[-3]['hlc']}'")
    problems = check_book_at(path)
    assert len(problems) == 1
    assert "lost its newest entries" in problems[0] and rows[-3]["id"] in problems[0]


def test_an_inserted_entry_is_named(demo_path, tmp_path):
    rows = entries(demo_path)
    model = rows[5]
    fake = {**model, "id": "forged-entry-0001", "seq": 999999,
            "hlc": model["hlc"][:-22] + "FFFF" + model["hlc"][-18:], "new": '"私单"'}
    cols = [k for k in fake if k not in ("prev", "hash")]
    path = tampered(
        demo_path, tmp_path,
        f"INSERT INTO audit ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        params=[fake[k] for k in cols])
    problems = check_book_at(path)
    assert len(problems) == 1
    assert "inserted outside Kehu" in problems[0] and "forged-entry-0001" in problems[0]
    assert "number 999999" in problems[0]


def test_an_inserted_entry_with_a_fitting_hash_is_still_found(demo_path, tmp_path):
    rows = entries(demo_path)
    model, after = rows[5], rows[6]
    fake = {**model, "id": "forged-entry-0002", "seq": 999998,
            "hlc": model["hlc"][:-22] + "FFFF" + model["hlc"][-18:], "new": '"私单"'}
    fake["prev"] = model["hash"]
    fake["hash"] = chain.entry_hash(model["hash"], fake)
    cols = list(fake)
    path = tampered(
        demo_path, tmp_path,
        f"INSERT INTO audit ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        params=[fake[k] for k in cols])
    problems = check_book_at(path)
    assert len(problems) == 1 and "inserted" in problems[0]
    assert "forged-entry-0002" in problems[0] and after["id"] not in problems[0]


def test_one_line_per_broken_chain_and_the_first_break_only(demo_path, tmp_path):
    rows = entries(demo_path)
    path = tampered(demo_path, tmp_path,
                    f"UPDATE audit SET old = '\"x\"' WHERE id = '{rows[3]['id']}'",
                    f"UPDATE audit SET old = '\"y\"' WHERE id = '{rows[30]['id']}'")
    problems = check_book_at(path)
    assert len(problems) == 1 and rows[3]["id"] in problems[0]


def test_the_migration_chains_an_older_book(tmp_path):
    old = Path(__file__).resolve().parents[2] / "data" / "books" / "schema-13.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copy(old, copy)
    with Book.open(copy, create=False) as book:
        assert schema.user_version(book.conn) == schema.LATEST
        summary = chain.verify(book.conn)
        assert summary.breaks == []
        assert summary.entries == book.scalar("SELECT count(*) FROM audit") > 0
        assert book.scalar("SELECT count(*) FROM audit WHERE hash IS NULL") == 0
        operations.add_customer(book, data={"name": "新客户"})
        assert check_book(book) == []


def test_the_migration_chains_are_those_the_writer_makes(demo_path, tmp_path):
    """Two PCs that chain the same entries (each in its migration) get the same hashes, and
    those the writer gave them."""
    path = tampered(demo_path, tmp_path, "UPDATE audit SET prev = NULL, hash = NULL")
    conn = sqlite3.connect(path)
    try:
        assert chain.rechain(conn) == len(entries(demo_path))
        conn.commit()
    finally:
        conn.close()
    assert [(e["prev"], e["hash"]) for e in entries(path)] == \
        [(e["prev"], e["hash"]) for e in entries(demo_path)]


def check_book_at(path) -> list[str]:
    with Book.open(path, create=False) as book:
        return check_book(book)


def test_a_forged_change_arriving_from_another_pc_is_refused(tmp_path):
    from models.sync import merge

    with Book.open(tmp_path / "a.sqlite") as a, Book.open(tmp_path / "b.sqlite") as b, \
            Book.open(tmp_path / "c.sqlite") as c:
        operations.add_customer(a, data={"name": "甲方客户"})
        operations.add_customer(c, data={"name": "丙方客户"})
        forged = merge.outgoing(a, 0)
        victim = next(e for e in forged["entries"] if e["tbl"] == "customers")
        victim["new"] = victim["new"].replace("甲方客户", "私单客户")
        changes = merge.apply(b, [forged, merge.outgoing(c, 0)])
        assert changes.refused == [(a.device_id, victim["id"])]
        names = {r[0] for r in b.all("SELECT name FROM customers")}
        assert "私单客户" not in names and "甲方客户" not in names
        assert "丙方客户" in names  # the rest of the pass went on
        assert check_book(b) == []
        changes = merge.apply(b, [merge.outgoing(a, 0)])  # the true entries are taken in
        assert changes.refused == []
        assert "甲方客户" in {r[0] for r in b.all("SELECT name FROM customers")}
        assert check_book(b) == []


def test_the_report_says_per_pc_what_the_first_altered_entry_is_about(demo_path, tmp_path):
    rows = entries(demo_path)
    victim = next(r for r in rows if r["tbl"] == "customers" and r["action"] == "update"
                  and r["field"] == "city")
    path = tampered(demo_path, tmp_path, "UPDATE audit SET new = '\"北京\"' WHERE id = ?",
                    params=(victim["id"],))
    told: list[tuple[int, int]] = []
    with Book.open(path, create=False) as book:
        (found,) = chain.report(book.conn, own=book.own_devices,
                                progress=lambda done, total: told.append((done, total)))
        assert found["kind"] == "altered"  # (a copied file is another PC: not "here")
        assert found["entries"] == len(rows) and found["writers"] == ["老板"]
        entry = found["entry"]
        assert (entry["id"], entry["seq"], entry["at"]) == (victim["id"], victim["seq"],
                                                            victim["at"])
        assert (entry["user_name"], entry["op_name"], entry["action"], entry["field"]) == (
            "老板", "update_customer", "update", "city")
        assert entry["record_name"].startswith("链测试客户")
        assert told[0] == (0, len(rows)) and told[-1] == (len(rows), len(rows))


def test_the_report_of_a_whole_book_and_a_cancelled_walk(demo_path, monkeypatch):
    from models.core.errors import Cancelled

    with Book.open(demo_path, create=False) as book:
        (found,) = chain.report(book.conn, own=book.own_devices)
        assert (found["kind"], found["entry"], found["here"]) == ("", None, True)
        monkeypatch.setattr(chain, "PROGRESS_EVERY", 5)
        with pytest.raises(Cancelled):
            chain.report(book.conn, cancelled=lambda: True)
        assert not book.conn.in_transaction  # the reading snapshot was let go
