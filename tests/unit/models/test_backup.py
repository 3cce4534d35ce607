"""Backups through SQLite's online backup API: where they go, what is kept, restoring."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from models import backup
from models.core import clock, schema
from models.core.book import Book, DamagedBook
from models.core.errors import Cancelled, PermissionDenied, UserError
from models.customers import operations as ops
from models.team import users
from tests.unit.models.test_migrations import build_at_version

TZ = dt.timezone(dt.timedelta(hours=8))


def at(day: dt.datetime):
    clock.set_clock(lambda: day)


def customers(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM customers WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def corrupt(path: Path) -> None:
    """Overwrite the middle of a closed book's file: pages of its tables and indexes."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 3, 2 * size // 3, 4096 * 3):
            fh.seek(offset + 100)
            fh.write(b"\xff" * 800)


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "shop.sqlite"
    with Book.open(path) as book:
        for n in range(300):
            ops.add_customer(book, data={"name": f"客户{n:03d}", "notes": "备注 " * 20})
    return path


def test_a_backup_is_a_checked_self_contained_copy_in_the_folder_next_to_the_book(filled):
    at(dt.datetime(2026, 12, 1, 9, 30, 5, tzinfo=TZ))
    with Book.open(filled) as book:
        info = backup.make_backup(book.path, reason="daily")
    assert info.path == filled.parent / "backups" / "shop-20261201-093005-daily.sqlite"
    assert info.customers == 300 and info.schema_version == schema.LATEST
    assert info.size == info.path.stat().st_size
    assert customers(info.path) == customers(filled)
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
    conn.close()
    assert backup.check_file(info.path).customers == 300
    assert [b.path for b in backup.list_backups(filled)] == [info.path]
    assert not list(info.path.parent.glob("*.partial"))


def test_a_backup_holds_only_what_was_committed(filled):
    with Book.open(filled) as book, book.exclusive() as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE customers SET name = '写了一半' WHERE rid = 1")
        info = backup.make_backup(filled, reason="manual")
        conn.execute("ROLLBACK")
    assert "写了一半" not in customers(info.path)
    assert "客户000" in customers(info.path)


def test_two_backups_in_the_same_second_both_stay(filled):
    at(dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ))
    first = backup.make_backup(filled, reason="import")
    second = backup.make_backup(filled, reason="import")
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert len(backup.list_backups(filled)) == 2


def test_a_cancelled_backup_leaves_nothing(filled):
    with pytest.raises(Cancelled):
        backup.make_backup(filled, reason="manual", cancelled=lambda: True)
    folder = backup.backup_folder(filled)
    assert list(folder.iterdir()) == []


def test_progress_is_reported_in_pages(filled):
    seen = []
    backup.make_backup(filled, reason="manual", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0


def _info(day: dt.datetime, reason: str = "daily") -> backup.BackupInfo:
    name = f"b-{day:%Y%m%d-%H%M%S}-{reason}.sqlite"
    return backup.BackupInfo(Path(name), day.isoformat(), reason, 1, 1, schema.LATEST)


def test_rotation_keeps_7_daily_4_weekly_12_monthly_the_newest_10_and_every_manual_one():
    start = dt.datetime(2025, 1, 1, 9, 0, tzinfo=TZ)
    daily = [_info(start + dt.timedelta(days=n)) for n in range(500)]  # to 2026-05-15
    manual = _info(start + dt.timedelta(days=3, hours=2), "manual")
    keep = backup.to_keep([*daily, manual])
    kept_days = sorted((b.when.date() for b in daily if b.path in keep), reverse=True)
    day = dt.date
    # the newest ten (2026-05-06 to 05-15, a Friday) cover the 7 daily ones; then the newest
    # of the 4 newest weeks (Sundays 05-03 and 04-26 are not among the ten), then the newest of
    # each of the 12 newest months (their last days)
    assert kept_days == [
        *[day(2026, 5, 15) - dt.timedelta(days=n) for n in range(10)],
        day(2026, 5, 3), day(2026, 4, 30), day(2026, 4, 26), day(2026, 3, 31), day(2026, 2, 28),
        day(2026, 1, 31), day(2025, 12, 31), day(2025, 11, 30), day(2025, 10, 31),
        day(2025, 9, 30), day(2025, 8, 31), day(2025, 7, 31), day(2025, 6, 30),
    ]
    assert manual.path in keep  # made by hand: only the user deletes it


def test_rotate_deletes_what_it_does_not_keep_and_left_over_partial_files(filled):
    start = dt.datetime(2026, 1, 1, 9, 0, tzinfo=TZ)
    for n in range(40):
        at(start + dt.timedelta(days=n))
        backup.make_backup(filled, reason="daily", rotate_after=False)
    folder = backup.backup_folder(filled)
    (folder / "shop-20260301-090000-daily.sqlite.partial").write_bytes(b"half")
    (folder / "other-20260101-090000-daily.sqlite").write_bytes(b"not ours")
    removed = backup.rotate(filled)
    left = backup.list_backups(filled)
    assert len(removed) == 40 - len(left) and 10 <= len(left) < 40
    assert not any(p.exists() for p in removed)
    assert not any(p.with_name(p.name + ".json").exists() for p in removed)
    assert not list(folder.glob("shop-*.partial"))
    assert (folder / "other-20260101-090000-daily.sqlite").exists()  # another book's file


def test_the_daily_backup_is_due_once_a_day(filled):
    at(dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ))
    assert backup.daily_due(filled)
    backup.make_backup(filled, reason="import")
    assert backup.daily_due(filled)  # a backup before an import is not the day's backup
    backup.make_backup(filled, reason="daily")
    assert not backup.daily_due(filled)
    at(dt.datetime(2026, 12, 2, 0, 1, tzinfo=TZ))
    assert backup.daily_due(filled)


def test_the_folder_can_be_changed_and_is_checked(filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup.set_folder(filled, usb) == usb.resolve()
    info = backup.make_backup(filled, reason="manual")
    assert info.path.parent == usb.resolve()
    assert backup.list_backups(filled)[0].path == info.path
    with pytest.raises(UserError, match="does not exist"):
        backup.set_folder(filled, tmp_path / "gone")
    assert backup.backup_folder(filled) == usb.resolve()  # the refused choice changed nothing
    assert backup.set_folder(filled, None) == filled.parent / "backups"


def test_the_list_reads_a_backup_whose_description_is_missing(filled):
    info = backup.make_backup(filled, reason="manual")
    info.path.with_name(info.path.name + ".json").unlink()
    listed = backup.list_backups(filled)[0]
    assert (listed.path, listed.customers, listed.reason) == (info.path, 300, "manual")


def test_check_file_refuses_what_cannot_be_restored(tmp_path, filled):
    text = tmp_path / "notes.sqlite"
    text.write_text("hello")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    newer = tmp_path / "newer.sqlite"
    build_at_version(newer, schema.LATEST)
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    raw.close()
    damaged = backup.make_backup(filled, reason="manual").path
    corrupt(damaged)
    for path, reason in ((tmp_path / "missing.sqlite", "does not exist"),
                         (text, "not an SQLite database"), (other, "not a Kehu book"),
                         (newer, "newer Kehu"), (damaged, "integrity check")):
        with pytest.raises(backup.BackupError, match=reason):
            backup.check_file(path)


def test_restore_puts_the_backup_back_after_backing_up_the_current_state(filled):
    at(dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ))
    before = customers(filled)
    saved = backup.make_backup(filled, reason="daily")
    with Book.open(filled) as book:
        ops.add_customer(book, data={"name": "后来的客户"})
        at(dt.datetime(2026, 12, 1, 11, 0, tzinfo=TZ))
        restored, safety = backup.restore(book, saved.path)
        assert restored.path == saved.path
        assert {r[0] for r in book.all(
            "SELECT name FROM customers WHERE deleted_at IS NULL")} == before
        op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
        assert (op["name"], op["label"], op["state"]) == ("restore", saved.path.name, "final")
        ops.add_customer(book, data={"name": "恢复之后"})  # the book works on
    assert "后来的客户" in customers(safety.path)  # nothing entered is lost
    assert safety.reason == "restore" and safety.path.exists()
    assert Book.open(filled, check=True).close() is None


def test_restoring_an_older_backup_brings_it_up_to_date(filled, tmp_path):
    old = tmp_path / "old.sqlite"
    build_at_version(old, 3)
    with Book.open(filled) as book:
        backup.restore(book, old)
        assert book.scalar("PRAGMA user_version") == schema.LATEST
        assert book.is_owner  # the restored book had no users: an owner was made
        ops.add_customer(book, data={"name": "新"})


def test_a_refused_backup_leaves_the_book_as_it_was(filled, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    state = filled.read_bytes()
    with Book.open(filled) as book, pytest.raises(backup.BackupError):
        backup.restore(book, bad)
    assert backup.list_backups(filled) == []  # refused before the safety backup
    assert customers(filled) and filled.read_bytes()[:100] == state[:100]


def test_only_an_owner_restores(filled):
    saved = backup.make_backup(filled, reason="manual")
    with Book.open(filled) as book:
        sales = users.add_user(book, name="小王", role="sales", owner_password="boss")
        book.user_id = sales
        with pytest.raises(PermissionDenied):
            backup.restore(book, saved.path)


def test_a_damaged_book_is_found_refused_and_replaced_by_a_backup_without_being_written(filled):
    saved = backup.make_backup(filled, reason="daily")
    corrupt(filled)
    assert backup.book_problem(filled)
    damaged = filled.read_bytes()
    with pytest.raises(DamagedBook):
        Book.open(filled, check=True)
    assert filled.read_bytes() == damaged
    assert backup.newest_good(filled).path == saved.path
    aside = backup.restore_damaged(filled, saved.path)
    assert aside.read_bytes() == damaged  # kept, untouched
    assert backup.book_problem(filled) is None
    with Book.open(filled, check=True) as book:
        assert book.scalar("SELECT count(*) FROM customers") == 300


def test_newest_good_skips_a_damaged_backup(filled):
    at(dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
    good = backup.make_backup(filled, reason="daily")
    at(dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ))
    bad = backup.make_backup(filled, reason="daily")
    corrupt(bad.path)
    assert backup.newest_good(filled).path == good.path


def test_an_import_and_its_undo_are_backed_up_first(filled):
    from models.imports import import_customers, undo_import

    with Book.open(filled) as book:
        result = import_customers(book, file="new.xlsx", mode="skip",
                                  creates=[{"name": "导入的客户"}])
        undo_import(book, batch_id=result.batch)
    reasons = sorted(b.reason for b in backup.list_backups(filled))
    assert reasons == ["import", "undo-import"]
    by_reason = {b.reason: b for b in backup.list_backups(filled)}
    assert "导入的客户" not in customers(by_reason["import"].path)
    assert "导入的客户" in customers(by_reason["undo-import"].path)


def test_an_old_book_is_checked_and_backed_up_once_before_it_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    build_at_version(path, 2)
    with Book.open(path) as book:
        assert book.migrated == list(range(3, schema.LATEST + 1))
    made = backup.list_backups(path)
    assert [b.reason for b in made] == ["migration"] and made[0].schema_version == 2
    Book.open(path).close()
    assert len(backup.list_backups(path)) == 1  # nothing to migrate: no new backup


def test_a_damaged_old_book_is_not_migrated(tmp_path, filled):
    path = tmp_path / "old.sqlite"
    build_at_version(path, 4)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (x)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    raw.commit()
    raw.close()
    corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises((DamagedBook, UserError)):
        Book.open(path)
    assert path.read_bytes() == damaged
    assert backup.list_backups(path) == []


def test_an_import_that_writes_nothing_makes_no_backup(filled):
    from models.imports import import_customers

    with Book.open(filled) as book:
        import_customers(book, file="same.xlsx", mode="skip", creates=[], duplicates=3)
    assert backup.list_backups(filled) == []


def test_two_backups_at_once_neither_breaks_the_other(filled, monkeypatch):
    """A second backup of the same book into the same folder (a scheduled `kehu backup`, a
    second PC sharing the folder) while one is being written: the second one's rotation used
    to delete the first one's journal, which failed with "the disk reported an error"."""
    import threading

    monkeypatch.setattr(backup, "PAGES_PER_STEP", 4)
    halfway, go_on = threading.Event(), threading.Event()
    outcome = []

    def paused(done, total):
        if done >= 8 and not halfway.is_set():
            halfway.set()
            go_on.wait(30)

    def first():
        try:
            outcome.append(backup.make_backup(filled, reason="manual", progress=paused))
        except BaseException as exc:  # noqa: BLE001
            outcome.append(exc)

    worker = threading.Thread(target=first)
    worker.start()
    assert halfway.wait(30)
    folder = backup.backup_folder(filled)
    assert [p for p in folder.iterdir() if ".partial" in p.name]
    at(dt.datetime(2026, 3, 3, 9, 31, tzinfo=TZ))
    second = backup.make_backup(filled, reason="daily")  # rotates when done
    assert [p for p in folder.iterdir() if ".partial" in p.name]  # the first one's is kept
    go_on.set()
    worker.join(60)
    [made] = outcome
    assert isinstance(made, backup.BackupInfo), made
    assert backup.check_file(made.path).customers == backup.check_file(second.path).customers
    assert not [p for p in folder.iterdir() if ".partial" in p.name]
    backup.rotate(filled)
    assert {b.path for b in backup.list_backups(filled)} >= {made.path, second.path}
