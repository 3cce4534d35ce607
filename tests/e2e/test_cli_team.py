"""The team from the command line, as a shop would script it: `team create`, `team join`,
`sync --json`; exit 0 in step, 2 with one line when something is in the way."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.test_cli import kehu, one_line_error


def names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM customers WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def test_a_team_made_joined_and_synced_from_the_command_line(tmp_path):
    from models.core.book import Book
    from models.customers import operations as ops
    from models.team import pool, users

    owner = tmp_path / "owner.sqlite"
    with Book.open(owner, owner_name="老板") as book:
        users.add_user(book, name="张伟", role="sales", password="zw", owner_password="boss")
        ops.add_customer(book, data={"name": "杭州鑫达建材"})  # the owner's own customer
        pool.give_back(book, customer_ids=[ops.add_customer(book, data={"name": "宁波五金"})])
    share = tmp_path / "share"
    share.mkdir()
    files = {}
    for name, text in (("pass", "水泥二百吨-2026\n"), ("boss", "boss\n"), ("zw", "zw\n")):
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text, encoding="utf-8")
    made = kehu("team", "create", "--book", owner, "--folder", share, "--passphrase-file",
                files["pass"], "--user", "老板", "--password-file", files["boss"],
                tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    sales = tmp_path / "laptop" / "sales.sqlite"
    joined = kehu("team", "join", "--book", sales, "--folder", share, "--passphrase-file",
                  files["pass"], "--user", "张伟", "--password-file", files["zw"],
                  tmp_path=tmp_path)
    assert joined.returncode == 0, joined.stderr
    assert "张伟" in joined.stdout
    assert names(sales) == ["宁波五金"]  # the pool only: the owner's customer is not his

    with Book.open(sales) as book:
        book.user_id = book.scalar("SELECT id FROM users WHERE name = '张伟'")
        ops.add_customer(book, data={"name": "温州阀门厂", "owner_id": book.user_id})
        laptop = book.device_id
    result = kehu("sync", "--book", owner, "--user", "老板", "--password-file", files["boss"],
                  "--passphrase-file", files["pass"], "--json", tmp_path=tmp_path)
    pcs = {pc["device_id"]: pc for pc in json.loads(result.stdout)["pcs"]}
    assert pcs[laptop]["approved"] is False and pcs[laptop]["user"] == "张伟"
    assert "secrets" not in pcs[laptop]
    approved = kehu("team", "approve", "--book", owner, "--device", laptop, "--user", "老板",
                    "--password-file", files["boss"], "--passphrase-file", files["pass"],
                    tmp_path=tmp_path)
    assert approved.returncode == 0, approved.stderr
    assert "approved for 张伟" in approved.stdout
    for book, who, pw in ((sales, "张伟", "zw"), (owner, "老板", "boss"), (sales, "张伟", "zw")):
        result = kehu("sync", "--book", book, "--user", who, "--password-file", files[pw],
                      "--passphrase-file", files["pass"], "--json", tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["in_step"] and len(report["pcs"]) == 2
        assert all(pc["approved"] for pc in report["pcs"])
    assert names(owner) == ["宁波五金", "杭州鑫达建材", "温州阀门厂"]
    assert names(sales) == ["宁波五金", "温州阀门厂"]

    # the share is not there (a USB stick pulled out): one line, exit 2, nothing changed
    share.rename(tmp_path / "pulled-out")
    before = owner.read_bytes()
    result = kehu("sync", "--book", owner, "--user", "老板", "--password-file", files["boss"],
                  "--passphrase-file", files["pass"], tmp_path=tmp_path)
    assert "cannot be reached" in one_line_error(result)
    assert names(owner) == ["宁波五金", "杭州鑫达建材", "温州阀门厂"]
    assert len(owner.read_bytes()) == len(before)


def test_joining_with_the_wrong_passphrase_says_so(tmp_path):
    from models.core.book import Book
    from models.sync import engine

    share = tmp_path / "share"
    share.mkdir()
    with Book.open(tmp_path / "owner.sqlite") as book:
        engine.create_team(book, folder_path=share, passphrase="right-passphrase")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong-passphrase", encoding="utf-8")
    result = kehu("team", "join", "--book", tmp_path / "x.sqlite", "--folder", share,
                  "--passphrase-file", wrong, tmp_path=tmp_path)
    assert one_line_error(result) == "The team passphrase is not right."
    assert not (tmp_path / "x.sqlite").exists()


def test_the_owner_removes_a_pc_and_a_pc_leaves(tmp_path):
    from models.core.book import Book
    from models.sync import engine

    share = tmp_path / "share"
    share.mkdir()
    pw = tmp_path / "pass.txt"
    pw.write_text("right-passphrase", encoding="utf-8")
    with Book.open(tmp_path / "owner.sqlite") as book:
        engine.create_team(book, folder_path=share, passphrase="right-passphrase")
    engine.join_team(tmp_path / "laptop.sqlite", folder_path=share, passphrase="right-passphrase")
    with Book.open(tmp_path / "laptop.sqlite") as book:
        engine.sync_pass(book, passphrase="right-passphrase")
        laptop = book.device_id
    result = kehu("team", "remove-pc", "--book", tmp_path / "owner.sqlite", "--device", laptop,
                  "--passphrase-file", pw, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    result = kehu("sync", "--book", tmp_path / "laptop.sqlite", "--passphrase-file", pw,
                  tmp_path=tmp_path)
    assert "removed this PC" in one_line_error(result)
    result = kehu("team", "leave", "--book", tmp_path / "laptop.sqlite", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    result = kehu("sync", "--book", tmp_path / "laptop.sqlite", "--passphrase-file", pw,
                  tmp_path=tmp_path)
    assert one_line_error(result) == "This book is not part of a team yet."
