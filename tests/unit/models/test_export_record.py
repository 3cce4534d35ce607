"""Exports are accountable: a permission, one step in the history per export (who, how many
rows, which filter), and an owner alert when a salesperson exports more customers than the
exports.alert_rows setting allows. In the models and on the command line."""

from __future__ import annotations

import csv

import pytest

from desktop.cli import main
from models import alerts
from models.core import changelog, permissions, settings
from models.core.book import Book
from models.core.errors import PermissionDenied
from models.customers import export
from models.customers import operations as ops
from models.team import users


@pytest.fixture
def shop(book):
    """The owner (password boss) with three customers, a salesperson with five."""
    owner = book.user_id
    li = users.add_user(book, name="李娜", role="sales", owner_password="boss")
    users.sign_in(book, user_id=li)
    for i in range(5):
        ops.add_customer(book, data={"name": f"李娜的客户{i}"})
    users.sign_in(book, user_id=owner, password="boss")
    for i in range(3):
        ops.add_customer(book, data={"name": f"店主的客户{i}"})
    return {"owner": owner, "li": li}


def rows_of(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))[1:]


def export_steps(book) -> list[dict]:
    return [s for s in changelog.steps(book, everyone=True) if s["name"] == export.EXPORT_OP]


def test_an_export_is_one_step_that_says_who_how_many_and_which_filter(book, shop, tmp_path):
    out = tmp_path / "all.csv"
    n = export.export_customers(book, out)
    assert n == len(rows_of(out)) == 8
    (step,) = export_steps(book)
    assert (step["user_id"], step["state"]) == (shop["owner"], "final")  # not undoable
    assert export.parse_export_label(step["label"]) == ("customers", 8, "")
    (record,) = export.exports(book)
    assert (record["what"], record["rows"], record["how"], record["file"], record["user_name"]) \
        == ("customers", 8, "app", "all.csv", "Owner")
    assert not alerts.alerts_list(book)  # an owner's export raises no alert
    # the record is in the hash chain like every change
    from models.core import chain
    assert chain.verify(book.conn).breaks == []


def test_a_salesperson_exports_what_they_see_and_a_large_export_alerts_the_owner(
        book, shop, tmp_path):
    settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 4})
    users.sign_in(book, user_id=shop["li"])
    small = tmp_path / "mine.csv"
    assert export.export_customers(book, small) == 5  # their own five, not the owner's
    assert {r[1] for r in rows_of(small)} == {f"李娜的客户{i}" for i in range(5)}
    users.sign_in(book, user_id=shop["owner"], password="boss")
    (alert,) = alerts.alerts_list(book)
    assert alert["word"] == alerts.BIG_EXPORT and alert["author_id"] == shop["li"]
    text, params = alerts.system_text(alert)
    assert params == {"user": "李娜", "rows": 5, "how": alerts.EXPORT_HOW["app"],
                      "file": "mine.csv", "limit": 4}
    assert "5 customers" in text.format(**params)
    # at the limit: recorded, no alert
    settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 5})
    users.sign_in(book, user_id=shop["li"])
    export.export_customers(book, tmp_path / "again.csv")
    users.sign_in(book, user_id=shop["owner"], password="boss")
    assert len(alerts.alerts_list(book)) == 1
    assert [export.parse_export_label(s["label"])[1] for s in export_steps(book)] == [5, 5]
    # deals are recorded too, and do not count as a customer list
    export.export_deals(book, tmp_path / "deals.csv")
    assert export.parse_export_label(export_steps(book)[0]["label"]) == ("deals", 0, "")


def test_the_default_limit_is_fifty_customers(book, shop):
    assert settings.get(book, "exports.alert_rows") == 50
    assert not permissions.may(book, "customers.export_unwatched", user_id=shop["li"])
    assert permissions.may(book, "customers.export", user_id=shop["li"])


def test_no_file_without_a_record(book, shop, tmp_path):
    out = tmp_path / "x.csv"
    book.user_id = None  # nobody signed in: refused before anything is written
    with pytest.raises(PermissionDenied):
        export.export_customers(book, out)
    assert not out.exists()
    users.sign_in(book, user_id=shop["owner"], password="boss")
    book.hold_writes("checking")  # the book cannot record the export: no file either
    try:
        with pytest.raises(Exception, match="(?i)check"):
            export.export_customers(book, out)
    finally:
        book.release_writes()
    assert not out.exists() and not list(tmp_path.glob(".x.csv.*"))
    assert export_steps(book) == []


def _cli(path, tmp_path, *args):
    secret = tmp_path / "pw"
    secret.write_text("boss", encoding="utf-8")
    return main(["--lang", "en", *args, "--book", str(path), "--password-file", str(secret)])


def test_the_command_line_records_its_exports_and_alerts_for_a_salesperson(book, shop,
                                                                           tmp_path, capsys):
    settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 3})
    path = book.path
    book.close()
    out = tmp_path / "li.csv"
    assert _cli(path, tmp_path, "export", "customers", "--out", str(out), "--user", "李娜") == 0
    assert _cli(path, tmp_path, "export", "deals", "--out", str(tmp_path / "d.xlsx"),
                "--user", "Owner") == 0
    assert _cli(path, tmp_path, "export", "products", "--out", str(tmp_path / "p.csv"),
                "--user", "Owner") == 0
    capsys.readouterr()
    with Book.open(path) as again:
        records = export.exports(again)
        assert [(r["what"], r["rows"], r["how"], r["user_name"]) for r in records] == [
            ("products", 0, "cli", "Owner"), ("deals", 0, "cli", "Owner"),
            ("customers", 5, "cli", "李娜")]
        (alert,) = alerts.alerts_list(again)
        _, params = alerts.system_text(alert)
        assert (params["user"], params["rows"], params["how"]) == (
            "李娜", 5, alerts.EXPORT_HOW["cli"])


def test_printing_is_a_permission_recorded_like_an_export(book, shop):
    from models.customers import printing
    from models.customers.queries import CustomerFilter

    settings.set_settings(book, {settings.EXPORT_ALERT_ROWS.key: 4})
    users.sign_in(book, user_id=shop["li"])
    rows = printing.print_rows(book, CustomerFilter())
    assert [r["name"] for r in rows] == [f"李娜的客户{i}" for i in range(5)]  # what she sees
    assert printing.print_rows(book, CustomerFilter(text="李娜的客户3"))[0]["owner"] == "李娜"
    printing.record_print(book, rows=5, filter_text="")
    users.sign_in(book, user_id=shop["owner"], password="boss")
    (step,) = [s for s in changelog.steps(book, everyone=True) if s["name"] == "print"]
    assert step["user_id"] == shop["li"]
    assert export.parse_export_label(step["label"]) == ("customers", 5, "")
    (record,) = export.exports(book)
    assert (record["how"], record["rows"], record["user_name"]) == ("print", 5, "李娜")
    (alert,) = alerts.alerts_list(book)
    text, params = alerts.system_text(alert)
    assert text.format(**params) == ("李娜 printed a list of 5 customers; more than 4 raises "
                                     "this alert.")
    # the owner closes printing to salespeople: refused, nothing recorded
    settings.set_settings(book, {settings.PRINT_SALES.key: False})
    assert permissions.may(book, "customers.print")  # the owner always may
    users.sign_in(book, user_id=shop["li"])
    assert not permissions.may(book, "customers.print")
    with pytest.raises(PermissionDenied) as refused:
        printing.print_rows(book, CustomerFilter())
    assert "may not print" in str(refused.value)
    with pytest.raises(PermissionDenied):
        printing.record_print(book, rows=5)
    assert len(export.exports(book)) == 1
    assert printing.filter_text(CustomerFilter(text="五金", city="上海", grade="A")) == (
        "“五金”, grade=A, city=上海")
