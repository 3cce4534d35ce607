"""`pool run --book B [--dry-run]`: the public pool's rules from the command line."""

from __future__ import annotations

import datetime as dt

from desktop.cli import main
from models.core.book import Book
from models.customers import operations
from models.team import pool, users


def shop(path) -> dict:
    with Book.open(path, owner_name="老板") as book:
        users.set_password(book, user_id=book.user_id, password="boss")
        li = users.add_user(book, name="李娜", role="sales", password="l")
        users.sign_in(book, user_id=li, password="l")
        made = [operations.add_customer(book, data={"name": n, "grade": "B"})
                for n in ("东方建材", "南方五金")]
        operations.log_interaction(book, customer_id=made[1], kind="call", text="聊过")
    return {"li": li, "customers": made}


def owners(path) -> list:
    with Book.open(path, create=False) as book:
        return [r[0] for r in book.all(
            "SELECT u.name FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.rid")]


def test_pool_run_off_dry_run_run_and_undo(tmp_path, capsys, now):
    path = tmp_path / "shop.sqlite"
    shop(path)
    pw = tmp_path / "pw.txt"
    pw.write_text("boss\n", encoding="utf-8")
    me = ["--user", "老板", "--password-file", str(pw)]
    assert main(["--lang", "en", "pool", "run", "--book", str(path), *me]) == 0
    assert "rules are off" in capsys.readouterr().out
    with Book.open(path, create=False) as book:
        users.sign_in(book, user_id=book.scalar("SELECT id FROM users WHERE name = '老板'"),
                      password="boss")
        pool.set_rules(book, enabled=True, days={"B": {"contact": 30}})
    now["t"] += dt.timedelta(days=31)
    before = path.read_bytes()
    assert main(["--lang", "en", "pool", "run", "--book", str(path), "--dry-run", *me]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["东方建材: back to the public pool on 2026-04-02 (no contact logged)",
                   "南方五金: back to the public pool on 2026-04-02 (no contact logged)",
                   "Nothing was written (--dry-run)."]
    assert path.read_bytes() == before
    assert main(["--lang", "en", "pool", "run", "--book", str(path), *me]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 customers went back to the public pool; 0 warnings given."
    assert owners(path) == [None, None]
    op = out[1].split()[4]
    assert main(["--lang", "en", "undo", op, "--book", str(path), *me]) == 0
    assert owners(path) == ["李娜", "李娜"]


def test_a_salesperson_cannot_run_the_pool(tmp_path, capsys, now):
    path = tmp_path / "shop.sqlite"
    shop(path)
    with Book.open(path, create=False) as book:
        users.sign_in(book, user_id=book.scalar("SELECT id FROM users WHERE name = '老板'"),
                      password="boss")
        pool.set_rules(book, enabled=True)
    pw = tmp_path / "pw.txt"
    pw.write_text("l\n", encoding="utf-8")
    assert main(["--lang", "en", "pool", "run", "--book", str(path), "--user", "李娜",
                 "--password-file", str(pw)]) == 2
    assert "Only an owner" in capsys.readouterr().err
