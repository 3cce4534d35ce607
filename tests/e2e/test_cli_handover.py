"""`handover --book B --from USER --to USER[,USER] [...] [--dry-run]` and `undo OP --book B`."""

from __future__ import annotations

from desktop.cli import main
from models import deals
from models.core.book import Book
from models.customers import operations
from models.team import users


def shop(path) -> dict:
    with Book.open(path, owner_name="老板") as book:
        users.set_password(book, user_id=book.user_id, password="boss")
        li = users.add_user(book, name="李娜", role="sales", password="l")
        wang = users.add_user(book, name="王强", role="sales", password="w")
        zhao = users.add_user(book, name="赵敏", role="sales", password="z")
        users.sign_in(book, user_id=li, password="l")
        made = [operations.add_customer(book, data={"name": n, "city": c})
                for n, c in (("东方建材", "上海"), ("南方五金", "广州"), ("北方钢铁", "上海"))]
        stage = deals.stages(book)[1]["id"]
        deals.add_deal(book, data={"title": "新仓库", "customer_id": made[0], "stage_id": stage})
    return {"li": li, "wang": wang, "zhao": zhao, "customers": made}


def owners(path) -> list[str]:
    with Book.open(path, create=False) as book:
        return [r[0] for r in book.all(
            "SELECT u.name FROM customers c JOIN users u ON u.id = c.owner_id ORDER BY c.rid")]


def test_dry_run_then_handover_then_undo(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    team = shop(path)
    pw = tmp_path / "pw.txt"
    pw.write_text("boss\n", encoding="utf-8")
    me = ["--user", "老板", "--password-file", str(pw)]
    before = path.read_bytes()
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强,赵敏", "--city", "上海", "--dry-run", *me]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["李娜: 2 customers, 1 open deals, 0 open reminders and 0 unpaid orders would "
                   "go to 王强、赵敏.", "Nothing was written (--dry-run)."]
    assert owners(path) == ["李娜"] * 3
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", team["li"],
                 "--to", "王强", "--to", "赵敏", "--city", "上海", "--note", "调岗", *me]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("Handed 2 customers of 李娜 (1 open deals, 0 open reminders, 0 unpaid "
                      "orders) over to 王强、赵敏.")
    assert out[1:3] == ["  王强: 1 customers", "  赵敏: 1 customers"]
    assert out[3].startswith("Undo it with: undo ")
    op = out[3].split()[4]
    assert owners(path) == ["赵敏", "李娜", "王强"]  # in the order of their names
    assert main(["--lang", "en", "undo", op[:8], "--book", str(path), *me]) == 0
    assert capsys.readouterr().out.strip() == "Undid “李娜 → 王强、赵敏”."
    assert owners(path) == ["李娜"] * 3
    assert before != path.read_bytes()  # written, then taken back


def test_unknown_users_and_stages_are_named_in_the_users_language(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    shop(path)
    pw = tmp_path / "pw.txt"
    pw.write_text("boss\n", encoding="utf-8")
    me = ["--user", "老板", "--password-file", str(pw)]
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "张三", "--to",
                 "王强", *me]) == 2
    assert capsys.readouterr().err.strip() == "There is no user called 张三 in this book."
    assert main(["--lang", "zh_CN", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王五", *me]) == 2
    assert capsys.readouterr().err.strip() == "本账本中没有名为 王五 的用户。"
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--stage", "Nowhere", *me]) == 2
    assert capsys.readouterr().err.strip() == "There is no stage called Nowhere in this book."
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--stage", "Requirements confirmed", "--city", "广州", *me]) == 2
    assert capsys.readouterr().err.strip() == (
        "李娜 has no customers that match: nothing was handed over.")
    assert main(["--lang", "en", "undo", "nothing-like-it", "--book", str(path), *me]) == 2
    assert capsys.readouterr().err.strip() == (
        "There is no step nothing-like-it in this book's history.")
    assert owners(path) == ["李娜"] * 3


def test_a_salesperson_may_not_hand_over(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    shop(path)
    pw = tmp_path / "pw.txt"
    pw.write_text("w\n", encoding="utf-8")
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--user", "王强", "--password-file", str(pw)]) == 2
    assert capsys.readouterr().err.strip() == "Only an owner or a manager may do this."
    assert owners(path) == ["李娜"] * 3


def test_keep_read_until_for_a_transfer(tmp_path, capsys, now):
    path = tmp_path / "shop.sqlite"
    shop(path)
    pw = tmp_path / "pw.txt"
    pw.write_text("boss\n", encoding="utf-8")
    me = ["--user", "老板", "--password-file", str(pw)]
    before = path.read_bytes()
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--keep-read-until", "2026-03-02", *me]) == 2
    assert capsys.readouterr().err.strip() == (
        "The day read-only access ends (2026-03-02) has passed: choose today or a later day.")
    assert main(["--lang", "zh_CN", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--keep-read-until", "3月底", *me]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert path.read_bytes() == before and owners(path) == ["李娜"] * 3
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强", "--city", "上海", "--keep-read-until", "2026-03-31", *me]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "李娜 may read them, and change nothing, until 2026-03-31."
    with Book.open(path, create=False) as book:
        assert book.scalar("SELECT count(*) FROM customer_shares WHERE read_until = "
                           "'2026-03-31' AND deleted_at IS NULL") == 2


def test_a_dry_run_refuses_what_the_handover_would(tmp_path, capsys):
    """A dry run to a salesperson who no longer works here says so, as the handover would,
    instead of counting what would move."""
    path = tmp_path / "shop.sqlite"
    team = shop(path)
    with Book.open(path, create=False) as book:
        users.sign_in(book, user_id=book.scalar("SELECT id FROM users WHERE role = 'owner'"),
                      password="boss")
        users.update_user(book, user_id=team["zhao"], active=False)
    pw = tmp_path / "pw.txt"
    pw.write_text("boss\n", encoding="utf-8")
    assert main(["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to",
                 "王强,赵敏", "--dry-run", "--user", "老板", "--password-file", str(pw)]) == 2
    captured = capsys.readouterr()
    assert "would go to" not in captured.out
    assert "赵敏" in captured.err and "active" in captured.err


def test_an_owner_without_a_password_chooses_one_from_the_file_when_writing(tmp_path, capsys):
    """A demo book's owner has no password, and four salespeople share the book: a command
    that writes takes the first line of --password-file as the owner's new password (without
    one, at no terminal, it says how); a dry run, which writes nothing, sets none."""
    path = tmp_path / "demo.sqlite"
    assert main(["--lang", "en", "demo", str(path), "--customers", "20"]) == 0
    pw = tmp_path / "pw.txt"
    pw.write_text("choose-me-1\n", encoding="utf-8")
    hand = ["--lang", "en", "handover", "--book", str(path), "--from", "李娜", "--to", "张伟",
            "--user", "老板"]

    def state() -> tuple[bool, int]:
        with Book.open(path, create=False) as book:
            return (bool(book.scalar("SELECT password_hash FROM users WHERE name = '老板'")),
                    book.scalar("SELECT count(*) FROM customers c JOIN users u "
                                "ON u.id = c.owner_id WHERE u.name = '李娜'"))

    _, hers = state()
    assert hers > 0
    capsys.readouterr()
    assert main([*hand, "--dry-run", "--password-file", str(pw)]) == 0
    assert "would go to 张伟" in capsys.readouterr().out
    assert state() == (False, hers)
    assert main(hand) == 2
    assert "--password-file" in capsys.readouterr().err
    assert state() == (False, hers)
    assert main([*hand, "--password-file", str(pw)]) == 0
    assert state() == (True, 0)
    with Book.open(path, create=False) as book:
        owner = book.scalar("SELECT id FROM users WHERE name = '老板'")
        users.sign_in(book, user_id=owner, password="choose-me-1")
        assert book.user_id == owner
