"""The command line, run as a user runs it: `python main.py ...` in a fresh process."""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def kehu(*args, tmp_path: Path, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "data")}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "main.py", "--lang", lang, *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    path = tmp / "demo.sqlite"
    result = kehu("demo", path, "--customers", 60, "--seed", 5, tmp_path=tmp)
    assert result.returncode == 0, result.stderr
    assert "60 customers" in result.stdout
    return path


def test_demo_writes_a_book(demo_book):
    conn = sqlite3.connect(demo_book)
    try:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM customers_fts").fetchone()[0] == 60
    finally:
        conn.close()


def test_demo_refuses_an_existing_file(demo_book, tmp_path):
    before = demo_book.read_bytes()
    line = one_line_error(kehu("demo", demo_book, tmp_path=tmp_path))
    assert "already exists" in line
    assert demo_book.read_bytes() == before


def test_export_csv_and_xlsx(demo_book, tmp_path):
    out = tmp_path / "客户.csv"
    result = kehu("export", "customers", "--book", demo_book, "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Exported 60 customers" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["id", "name", "contact"] and len(rows) == 61
    assert any("有限公司" in r[1] for r in rows[1:])

    out = tmp_path / "customers.xlsx"
    result = kehu("export", "customers", "--book", demo_book, "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    assert len(rows) == 61 and rows[0][3] == "mobile"
    assert all(isinstance(r[3], str) for r in rows[1:])


@pytest.fixture
def deals_book(tmp_path):
    """A book with three deals (one won, one lost), written the way the app writes them."""
    from models import deals
    from models.core.book import Book
    from models.customers import operations as ops

    path = tmp_path / "deals.sqlite"
    with Book.open(path) as book:
        cid = ops.add_customer(book, data={"name": "杭州鑫达建材有限公司"})
        stage = {s["key"]: s["id"] for s in deals.stages(book)}
        big = deals.add_deal(book, data={"title": "门店装修", "customer_id": cid,
                                         "amount": "12,000", "expected_close": "2025-04-30"})
        deals.move_deal(book, deal_id=big, stage_id=stage["negotiation"])
        won = deals.add_deal(book, data={"title": "仓库地坪", "customer_id": cid, "amount": 5000})
        deals.win_deal(book, deal_id=won)
        lost = deals.add_deal(book, data={"title": "办公室", "customer_id": cid})
        deals.lose_deal(book, deal_id=lost, reason="price")
    return path


def test_export_deals_csv_and_xlsx(deals_book, tmp_path):
    header = ["id", "title", "customer_id", "customer_name", "amount", "currency", "stage",
              "probability", "owner", "expected_close", "status", "lost_reason", "created_at",
              "updated_at", "stage_entered_at"]
    out = tmp_path / "商机.csv"
    result = kehu("export", "deals", "--book", deals_book, "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Exported 3 deals" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == header
    by_title = {r["title"]: r for r in rows}
    assert set(by_title) == {"门店装修", "仓库地坪", "办公室"}
    big = by_title["门店装修"]
    assert (big["amount"], big["stage"], big["probability"], big["status"]) == (
        "12000", "Negotiation", "70", "open")
    assert big["customer_name"] == "杭州鑫达建材有限公司" and big["expected_close"] == "2025-04-30"
    assert by_title["仓库地坪"]["status"] == "won"
    assert (by_title["办公室"]["status"], by_title["办公室"]["lost_reason"]) == ("lost", "price")

    out = tmp_path / "deals.xlsx"
    result = kehu("export", "deals", "--book", deals_book, "--out", out, tmp_path=tmp_path,
                  lang="zh_CN")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb["deals"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert list(rows[0]) == header and len(rows) == 4
    big = next(r for r in rows[1:] if r[1] == "门店装修")
    assert big[4] == 12000 and big[6] == "商务谈判"  # the stage as a Chinese user names it
    assert "3" in result.stdout and "Exported" not in result.stdout  # and the message too


def test_export_deals_refuses_a_bad_name_before_opening(deals_book, tmp_path):
    before = deals_book.read_bytes()
    line = one_line_error(kehu("export", "deals", "--book", deals_book,
                               "--out", tmp_path / "d.pdf", tmp_path=tmp_path))
    assert ".csv or .xlsx" in line
    assert deals_book.read_bytes() == before


def test_export_to_an_unknown_format(demo_book, tmp_path):
    line = one_line_error(kehu("export", "customers", "--book", demo_book,
                               "--out", tmp_path / "c.pdf", tmp_path=tmp_path))
    assert ".csv or .xlsx" in line
    assert not (tmp_path / "c.pdf").exists()


def test_export_to_a_missing_folder(demo_book, tmp_path):
    line = one_line_error(kehu("export", "customers", "--book", demo_book,
                               "--out", tmp_path / "no" / "c.csv", tmp_path=tmp_path))
    assert "cannot be written" in line
    folder = tmp_path / "deals.csv"
    folder.mkdir()  # a folder named like a file: the reason, in the user's language
    line = one_line_error(kehu("export", "deals", "--book", demo_book,
                               "--out", folder, tmp_path=tmp_path, lang="zh_CN"))
    assert "文件夹" in line and not re.search(r"[A-Za-z]{3,}", line.replace(str(folder), ""))


def test_check_good_and_damaged(demo_book, tmp_path):
    result = kehu("check", "--book", demo_book, tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "looks fine" in result.stdout

    copy = tmp_path / "damaged.sqlite"
    shutil.copy(demo_book, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM customers_fts WHERE rowid = 2")
    conn.commit()
    conn.close()
    result = kehu("check", "--book", copy, tmp_path=tmp_path)
    assert result.returncode == 1
    assert "missing from the search index" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["check", "export"])
def test_a_text_file_is_not_a_book(command, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_bytes("这不是客户本\nnot a book\n".encode())
    before = notes.read_bytes()
    args = ["check", "--book", notes] if command == "check" else [
        "export", "customers", "--book", notes, "--out", tmp_path / "out.csv"]
    line = one_line_error(kehu(*args, tmp_path=tmp_path))
    assert "not a Kehu book" in line
    assert notes.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()


def test_a_missing_book(tmp_path):
    line = one_line_error(kehu("check", "--book", tmp_path / "nope.sqlite", tmp_path=tmp_path))
    assert "does not exist" in line
    assert not (tmp_path / "nope.sqlite").exists()


def test_a_book_from_a_newer_kehu(demo_book, tmp_path):
    newer = tmp_path / "newer.sqlite"
    shutil.copy(demo_book, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.execute(f"PRAGMA application_id = {0x4B454855}")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    for args in (["check", "--book", newer],
                 ["export", "customers", "--book", newer, "--out", tmp_path / "o.csv"]):
        line = one_line_error(kehu(*args, tmp_path=tmp_path))
        assert "newer version of Kehu" in line
    assert newer.read_bytes() == before


def test_bad_arguments_are_one_line(tmp_path):
    line = one_line_error(kehu("export", "customers", "--out", "x.csv", tmp_path=tmp_path))
    assert "--book" in line
    line = one_line_error(kehu("demo", tmp_path / "d.sqlite", "--customers", "many",
                               tmp_path=tmp_path))
    assert "--customers" in line


def test_headless_commands_do_not_load_widgets(demo_book, tmp_path):
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"rc = main(['--lang', 'zh_CN', 'check', '--book', {str(demo_book)!r}])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets was imported'\n"
        "raise SystemExit(rc)\n"
    )
    env = {**os.environ, "KEHU_DATA_DIR": str(tmp_path / "data")}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_gui_demo_starts_and_exits_when_ready(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHU_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--exit-when-ready", "--lang", "en"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    books = list((tmp_path / "data" / "demo").glob("demo-*.sqlite"))
    assert len(books) == 1


# -- reminders ---------------------------------------------------------------------------
@pytest.fixture
def reminders_book(tmp_path):
    """Reminders around the real time (the command runs in another process, on its clock)."""
    import datetime as dt

    from models import deals, reminders
    from models.core.book import Book
    from models.customers import operations as ops
    from models.team import users

    now = dt.datetime.now().astimezone()
    today = now.date()

    def when(value: dt.datetime) -> str:
        return value.isoformat(timespec="seconds")

    path = tmp_path / "reminders.sqlite"
    with Book.open(path, owner_name="老板") as book:
        sales = users.add_user(book, name="李娜", role="sales", owner_password="boss")
        cid = ops.add_customer(book, data={"name": "杭州鑫达建材"})
        did = deals.add_deal(book, data={"title": "瓷砖 200 箱", "customer_id": cid})
        add = reminders.add_reminder
        add(book, data={"title": "催回款", "due_at": when(now - dt.timedelta(days=2)),
                        "customer_id": cid, "priority": "high", "owner_id": sales})
        add(book, data={"title": "送样品", "due_at": f"{today} 00:00", "deal_id": did})
        add(book, data={"title": "下周拜访", "due_at": when(now + dt.timedelta(days=3))})
        add(book, data={"title": "明年的事", "due_at": when(now + dt.timedelta(days=60))})
        done = add(book, data={"title": "做完了", "due_at": when(now - dt.timedelta(days=1))})
        reminders.complete_reminder(book, reminder_id=done)
    return {"path": path, "customer": cid, "deal": did}


def test_reminders_lists_what_is_due(reminders_book, tmp_path):
    result = kehu("reminders", "--book", reminders_book["path"], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2  # overdue and today, oldest first
    assert "催回款 — 杭州鑫达建材  (李娜, high)" in lines[0]
    assert "送样品 — 杭州鑫达建材 / 瓷砖 200 箱  (老板, normal)" in lines[1]
    assert lines[1].endswith(")") and " 00:00 " in lines[1]
    week = kehu("reminders", "--book", reminders_book["path"], "--due", "week", tmp_path=tmp_path)
    assert week.returncode == 0, week.stderr
    assert [line.split("  ")[1] for line in week.stdout.strip().splitlines()] == ["下周拜访"]


def test_reminders_as_json(reminders_book, tmp_path):
    import json

    result = kehu("reminders", "--book", reminders_book["path"], "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["title"] for r in rows] == ["催回款", "送样品"]
    assert set(rows[0]) == {"id", "title", "due_at", "owner", "customer", "deal", "priority", "kind"}
    assert (rows[0]["owner"], rows[0]["customer"], rows[0]["deal"], rows[0]["priority"],
            rows[0]["kind"]) == ("李娜", "杭州鑫达建材", "", "high", "manual")
    assert (rows[1]["customer"], rows[1]["deal"]) == ("杭州鑫达建材", "瓷砖 200 箱")
    assert rows[1]["due_at"].endswith(rows[0]["due_at"][-6:])  # ISO with the local offset
    overdue = json.loads(kehu("reminders", "--book", reminders_book["path"], "--due", "overdue",
                              "--json", tmp_path=tmp_path).stdout)
    assert [r["title"] for r in overdue] == ["催回款", "送样品"]  # before now
    today = json.loads(kehu("reminders", "--book", reminders_book["path"], "--due", "today",
                            "--json", tmp_path=tmp_path).stdout)
    assert [r["title"] for r in today] == ["送样品"]


def test_reminders_of_an_empty_or_missing_book(tmp_path):
    from models.core.book import Book

    Book.open(tmp_path / "empty.sqlite").close()
    result = kehu("reminders", "--book", tmp_path / "empty.sqlite", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Nothing is due."
    result = kehu("reminders", "--book", tmp_path / "empty.sqlite", "--json", tmp_path=tmp_path)
    assert result.stdout.strip() == "[]"
    line = one_line_error(kehu("reminders", "--book", tmp_path / "nope.sqlite", tmp_path=tmp_path))
    assert "does not exist" in line
    line = one_line_error(kehu("reminders", "--book", tmp_path / "empty.sqlite", "--due", "soon",
                               tmp_path=tmp_path))
    assert "invalid choice" in line


# -- report ------------------------------------------------------------------------------
def _last_month() -> str:
    import datetime as dt

    first = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    return first.strftime("%Y-%m")


def _pdf_text(path: Path) -> list[str]:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True, timeout=60).stdout
        return out.split("\f")[:-1]
    pypdf = pytest.importorskip("pypdf")
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_report_writes_the_monthly_pdf(demo_book, tmp_path, lang):
    month = _last_month()
    out = tmp_path / "月报.pdf"
    before = demo_book.read_bytes()
    result = kehu("report", "--book", demo_book, "--month", month, "--out", out,
                  "--lang", lang, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Glyph" not in result.stderr
    pages = _pdf_text(out)
    assert len(pages) == 9  # a title page and sixteen charts and lists, two a page
    assert "鑫达建材商行" in pages[0]  # the demo shop's name
    text = "\n".join(pages)
    if lang == "en":
        assert "9 pages" in result.stdout
        for title in ("New customers by source", "Sales funnel", "Customer grades",
                      "Receivables aging by customer", "Total (CNY)", "Service tickets",
                      "Page 9 of 9"):
            assert title in text, title
        assert "Proposal/quote" in text
    else:
        assert "方案报价" in text and "初步接洽" in text  # the stages in Chinese
        assert "按客户的应收账龄" in text and "合计 (CNY)" in text
    assert demo_book.read_bytes() == before  # a report only reads the book


def test_report_numbers_as_xlsx_for_one_salesperson(demo_book, tmp_path):
    conn = sqlite3.connect(demo_book)
    try:
        name = conn.execute("SELECT name FROM users WHERE role = 'sales' LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    out = tmp_path / "numbers.xlsx"
    result = kehu("report", "--book", demo_book, "--month", _last_month(), "--owner", name,
                  "--out", out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "16 sheets" in result.stdout
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert len(wb.sheetnames) == 16 and "Sales funnel" in wb.sheetnames
        people = list(wb["Activity per salesperson"].iter_rows(values_only=True))
        sellers = list(wb["Sales by salesperson"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert people[1][0] == "Salesperson"
    assert [row[0] for row in people[2:]] == [name]  # only that salesperson's work
    assert all(isinstance(v, int) for v in people[2][1:])
    assert {row[0] for row in sellers[2:]} <= {name}  # only that salesperson's orders


@pytest.mark.parametrize(("args", "says"), [
    (["--month", "2026-13"], "is not a month"),
    (["--month", "March"], "is not a month"),
    (["--month", "2026-03", "--owner", "没有这个人"], "no salesperson called 没有这个人"),
])
def test_report_refuses_a_bad_month_or_owner(demo_book, tmp_path, args, says):
    out = tmp_path / "r.pdf"
    line = one_line_error(kehu("report", "--book", demo_book, *args, "--out", out,
                               tmp_path=tmp_path))
    assert says in line
    assert not out.exists()


def test_report_refuses_a_bad_out_path(demo_book, tmp_path):
    line = one_line_error(kehu("report", "--book", demo_book, "--month", "2026-03",
                               "--out", tmp_path / "r.docx", tmp_path=tmp_path))
    assert ".pdf or .xlsx" in line
    line = one_line_error(kehu("report", "--book", demo_book, "--month", "2026-03",
                               "--out", tmp_path / "no" / "r.pdf", tmp_path=tmp_path))
    assert "cannot be written" in line
    line = one_line_error(kehu("report", "--book", tmp_path / "nope.sqlite",
                               "--month", "2026-03", "--out", tmp_path / "r.pdf",
                               tmp_path=tmp_path))
    assert "does not exist" in line
