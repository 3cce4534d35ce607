"""The write path: one writer for every thread, one change log that another PC can merge,
undo per user.

Real books in tmp_path, real threads: a background job (an import) holds the writer while the
test's main thread (the GUI thread in the app) tries to write."""

from __future__ import annotations

import shutil
import threading

import pytest

from models import reminders
from models.core import changelog, hlc, ids
from models.core.book import Book
from models.core.errors import Cancelled, UndoError
from models.core.writer import BookBusy
from models.customers import operations as ops
from models.customers import queries
from models.imports import import_customers
from models.team import users
from tests.book_helpers import raw_write


def call_texts(book: Book, cid: str) -> list[str]:
    return [i["text"] for i in queries.interactions(book, cid)]


class PausedImport:
    """An import running in a worker thread, stopped inside its transaction (at its first
    progress report) until the test lets it go on or cancels it."""

    def __init__(self, book: Book, rows: int = 3000) -> None:
        self.book = book
        self.inside = threading.Event()
        self.go_on = threading.Event()
        self.cancel = False
        self.result = None
        self.error: BaseException | None = None
        creates = [{"name": f"导入客户{n:05d}", "mobile": f"139{n:08d}"} for n in range(rows)]

        def progress(done, total):
            self.inside.set()
            self.go_on.wait(30)

        def work():
            try:
                self.result = import_customers(
                    book, file="客户.xlsx", mode="skip", creates=creates, rows=rows,
                    progress=progress, cancelled=lambda: self.cancel, backup_first=False)
            except BaseException as exc:  # noqa: BLE001 - looked at by the test
                self.error = exc

        self.thread = threading.Thread(target=work)

    def __enter__(self) -> PausedImport:
        self.thread.start()
        assert self.inside.wait(30), "the import never reached its first batch"
        return self

    def finish(self, *, cancel: bool = False) -> None:
        self.cancel = cancel
        self.go_on.set()
        self.thread.join(60)
        assert not self.thread.is_alive()

    def __exit__(self, *exc) -> None:
        if self.thread.is_alive():
            self.finish(cancel=True)


@pytest.fixture
def shop(book):
    cid = ops.add_customer(book, data={"name": "老主顾五金店"})
    return book, cid


# -- one writer --------------------------------------------------------------------------
@pytest.mark.parametrize("cancel", [True, False])
def test_a_call_logged_by_the_gui_during_an_import_is_refused_then_kept(shop, cancel):
    """The bug: the GUI's write joined the import's transaction, said it was saved, and the
    import's Cancel rolled it back. Now it never joins: it is refused at once with a message
    naming the import (nothing written, so nothing to lose: the form keeps the text), and saved
    for good once the import is over, whether it was cancelled or finished."""
    book, cid = shop
    book.writer.main_thread_wait = 0.2
    with PausedImport(book) as job:
        with pytest.raises(BookBusy, match="客户.xlsx"):
            ops.log_interaction(book, customer_id=cid, kind="call", text="答应周五送货")
        # the GUI still reads, and sees only what is committed
        assert book.scalar("SELECT count(*) FROM customers") == 1
        job.finish(cancel=cancel)
    if cancel:
        assert isinstance(job.error, Cancelled)
    else:
        assert job.error is None and job.result.created == 3000
    assert call_texts(book, cid) == []
    ops.log_interaction(book, customer_id=cid, kind="call", text="答应周五送货")
    assert call_texts(book, cid) == ["答应周五送货"]
    assert book.scalar("SELECT count(*) FROM customers") == (1 if cancel else 3001)


@pytest.mark.parametrize("cancel", [True, False])
def test_a_write_from_another_thread_waits_for_the_import_and_survives_it(shop, cancel):
    """A timer's or another job's write waits for the writer instead of joining the import's
    transaction: it is written after the import, whatever became of the import."""
    book, cid = shop
    logged = []
    with PausedImport(book) as job:
        writer = threading.Thread(target=lambda: logged.append(ops.log_interaction(
            book, customer_id=cid, kind="call", text="电话里说要两吨水泥")))
        writer.start()
        writer.join(0.3)
        assert writer.is_alive()  # waiting, not joined
        job.finish(cancel=cancel)
        writer.join(30)
    assert logged and call_texts(book, cid) == ["电话里说要两吨水泥"]
    seqs = [r[0] for r in book.all("SELECT seq FROM audit ORDER BY seq")]
    assert len(seqs) == len(set(seqs))


def test_the_gui_writes_while_an_import_is_still_reading(shop):
    """Reading and planning an import holds nothing: only its writing step holds the writer."""
    book, cid = shop
    ops.log_interaction(book, customer_id=cid, kind="visit", text="上门看了样品")
    assert not book.writer.busy
    assert call_texts(book, cid) == ["上门看了样品"]


def test_concurrent_writes_from_several_threads_never_collide(book):
    errors: list[BaseException] = []
    cids = [ops.add_customer(book, data={"name": f"客户{n}"}) for n in range(4)]

    def work(n: int) -> None:
        try:
            for k in range(25):
                ops.log_interaction(book, customer_id=cids[n], kind="call", text=f"第{k}次")
                ops.update_customer(book, customer_id=cids[n], data={"notes": f"备注{k}"})
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert book.scalar("SELECT count(*) FROM interactions") == 100
    seqs = [r[0] for r in book.all("SELECT seq FROM audit")]
    stamps = [r[0] for r in book.all("SELECT hlc FROM audit")]
    assert len(set(seqs)) == len(seqs) and len(set(stamps)) == len(stamps)
    # local order and clock order agree on one PC
    by_seq = [r[0] for r in book.all("SELECT hlc FROM audit ORDER BY seq")]
    assert by_seq == sorted(by_seq)


def test_a_reading_thread_sees_only_committed_data(shop):
    book, cid = shop
    seen = []
    with PausedImport(book):
        t = threading.Thread(target=lambda: seen.append(
            book.scalar("SELECT count(*) FROM customers")))
        t.start()
        t.join(10)
    assert seen == [1]


def test_reads_outside_the_writer_cannot_write(book):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        book.conn.execute("UPDATE customers SET name = 'x'")


# -- the change log ----------------------------------------------------------------------
def test_every_entry_names_its_device_and_clock(shop):
    book, cid = shop
    ops.update_customer(book, customer_id=cid, data={"city": "佛山", "grade": "A"})
    rows = book.all("SELECT device_id, hlc, user_id, op_id FROM audit ORDER BY seq")
    assert {r["device_id"] for r in rows} == {book.device_id}
    assert hlc.is_device_id(book.device_id)
    stamps = [r["hlc"] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(hlc.Stamp.parse(s).device == book.device_id for s in stamps)
    op = book.one("SELECT * FROM operations WHERE id = ?", (rows[-1]["op_id"],))
    assert (op["device_id"], op["user_id"]) == (book.device_id, book.user_id)
    assert op["hlc"] < rows[-1]["hlc"]


def test_two_copies_of_one_book_write_distinct_entries_in_clock_order(tmp_path, now):
    """Two PCs with a copy of the same book: each copy is its own device, makes the same kind
    of change, and the entries of both sort into one order by their clock stamps."""
    with Book.open(tmp_path / "office.sqlite") as first:
        cid = ops.add_customer(first, data={"name": "建材城王老板"})
        owner_device = first.device_id
    shutil.copyfile(tmp_path / "office.sqlite", tmp_path / "laptop.sqlite")
    office, laptop = Book.open(tmp_path / "office.sqlite"), Book.open(tmp_path / "laptop.sqlite")
    try:
        assert office.device_id == owner_device  # the original keeps its id
        assert laptop.device_id != office.device_id
        ops.update_customer(office, customer_id=cid, data={"city": "佛山"})
        now["t"] = now["t"].replace(second=1)
        ops.update_customer(laptop, customer_id=cid, data={"city": "顺德"})
        mine = office.one("SELECT * FROM audit WHERE field = 'city'")
        theirs = laptop.one("SELECT * FROM audit WHERE field = 'city'")
        assert mine["id"] != theirs["id"]
        assert (mine["device_id"], theirs["device_id"]) == (office.device_id, laptop.device_id)
        assert mine["seq"] == theirs["seq"]  # local counters: equal, and decide nothing
        assert mine["hlc"] != theirs["hlc"] and sorted([theirs["hlc"], mine["hlc"]]) == [
            mine["hlc"], theirs["hlc"]]
        # same wall time on both: the device breaks the tie, the same way on every PC
        now["t"] = now["t"].replace(second=2)
        a = ops.log_interaction(office, customer_id=cid, kind="call", text="甲")
        b = ops.log_interaction(laptop, customer_id=cid, kind="call", text="乙")
        sa = office.scalar("SELECT hlc FROM audit WHERE record_id = ?", (a,))
        sb = laptop.scalar("SELECT hlc FROM audit WHERE record_id = ?", (b,))
        assert sa[:28] == sb[:28] and (sa < sb) == (office.device_id < laptop.device_id)
    finally:
        office.close()
        laptop.close()


def test_the_clock_never_goes_back(book, now):
    cid = ops.add_customer(book, data={"name": "甲"})
    first = book.scalar("SELECT max(hlc) FROM audit")
    now["t"] = now["t"].replace(year=2025)  # the PC's clock was set back a year
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    later = book.scalar("SELECT hlc FROM audit WHERE field = 'city'")
    assert later > first
    path = book.path
    book.close()
    with Book.open(path) as again:  # and not after reopening either
        ops.update_customer(again, customer_id=cid, data={"city": "宁波"})
        assert again.scalar("SELECT max(hlc) FROM audit") > later


def test_a_clock_moves_past_a_stamp_it_receives(now):
    clock = hlc.Clock("00000000000000AA", now=lambda: now["t"])
    ahead = "2030-01-01T00:00:00.000Z-0003-00000000000000BB"
    clock.receive(ahead)
    assert clock.tick() > ahead
    assert hlc.Stamp.parse(clock.tick()).device == "00000000000000AA"


def test_many_stamps_in_one_millisecond_stay_ordered(now):
    clock = hlc.Clock("00000000000000AA", now=lambda: now["t"])
    stamps = clock.ticks(70_000)  # more than the counter holds: the next millisecond is used
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_default_stages_have_the_same_ids_in_every_book(tmp_path):
    with Book.open(tmp_path / "a.sqlite") as a, Book.open(tmp_path / "b.sqlite") as b:
        stages_a = [tuple(r) for r in a.all("SELECT key, id FROM stages ORDER BY position")]
        stages_b = [tuple(r) for r in b.all("SELECT key, id FROM stages ORDER BY position")]
    assert stages_a == stages_b
    assert stages_a[0] == ("initial", ids.derived_id("stage", "initial"))


def test_a_rule_makes_the_same_reminder_on_two_pcs(tmp_path, now):
    """Two copies of one book: the same customer goes silent on both, and the rule's reminder
    is the same row (same id) on both, not two reminders after they are merged."""
    with Book.open(tmp_path / "office.sqlite") as book:
        cid = ops.add_customer(book, data={"name": "老客户", "grade": "A"})
        reminders.run_rules(book)  # as when the book is opened
    shutil.copyfile(tmp_path / "office.sqlite", tmp_path / "laptop.sqlite")
    now["t"] = now["t"].replace(month=5)
    made = []
    for name in ("office.sqlite", "laptop.sqlite"):
        with Book.open(tmp_path / name) as book:
            assert reminders.run_rules(book)["no_contact"] == 1
            made.append(book.all("SELECT id, rule_key FROM reminders WHERE customer_id = ?",
                                 (cid,)))
    assert [tuple(r) for r in made[0]] == [tuple(r) for r in made[1]]
    assert made[0][0]["id"] == ids.derived_id("reminder", made[0][0]["rule_key"])


def test_a_months_grading_makes_the_same_rows_on_two_pcs(tmp_path, now):
    from models.reports import grading

    with Book.open(tmp_path / "office.sqlite") as book:
        ops.add_customer(book, data={"name": "老客户", "grade": "A"})
    shutil.copyfile(tmp_path / "office.sqlite", tmp_path / "laptop.sqlite")
    made = []
    for name in ("office.sqlite", "laptop.sqlite"):
        with Book.open(tmp_path / name) as book:
            assert grading.apply_if_due(book)["changed"] == 1
            made.append([tuple(r) for r in book.all(
                "SELECT id, customer_id, old, new FROM grade_changes")])
    assert made[0] == made[1] and len(made[0]) == 1


def test_emptying_the_trash_leaves_tombstones(book):
    cid = ops.add_customer(book, data={"name": "要删的客户"}, contacts=[{"name": "联系人"}])
    contact = book.scalar("SELECT id FROM contacts")
    ops.delete_customers(book, customer_ids=[cid])
    ops.empty_trash(book)
    stones = {(r["tbl"], r["record_id"]): r for r in book.all("SELECT * FROM tombstones")}
    assert set(stones) == {("customers", cid), ("contacts", contact)}
    stone = stones[("customers", cid)]
    assert (stone["user_id"], stone["device_id"]) == (book.user_id, book.device_id)
    assert hlc.Stamp.parse(stone["hlc"]).device == book.device_id


def test_redoing_an_insert_lifts_its_tombstone(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM tombstones WHERE record_id = ?", (cid,)) == 1
    changelog.redo(book)
    assert book.scalar("SELECT count(*) FROM tombstones WHERE record_id = ?", (cid,)) == 0


# -- undo per user -----------------------------------------------------------------------
def sign_in(book: Book, user_id: str) -> None:
    book.user_id = user_id


def test_a_salespersons_undo_cannot_touch_the_owners_work(book):
    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    sign_in(book, sales)
    mine = ops.add_customer(book, data={"name": "小李的客户"})
    sign_in(book, owner)
    theirs = ops.add_customer(book, data={"name": "老板刚建的客户"})
    sign_in(book, sales)
    assert changelog.undo_stack(book)[0]["label"] == "小李的客户"
    changelog.undo(book)
    assert book.scalar("SELECT name FROM customers WHERE id = ?", (theirs,)) == "老板刚建的客户"
    assert book.one("SELECT 1 FROM customers WHERE id = ?", (mine,)) is None
    with pytest.raises(UndoError, match="nothing to undo"):
        changelog.undo(book)
    # the owner's own undo still reaches the owner's step
    sign_in(book, owner)
    changelog.undo(book)
    assert book.one("SELECT 1 FROM customers WHERE id = ?", (theirs,)) is None


def test_an_owner_may_undo_another_users_step_unless_changed_since(book):
    from models.core.errors import PermissionDenied

    owner = book.user_id
    sales = users.add_user(book, name="小李", role="sales", owner_password="boss")
    sign_in(book, sales)
    cid = ops.add_customer(book, data={"name": "甲"})
    step = changelog.undo_stack(book)[0]["id"]
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    city_step = changelog.undo_stack(book)[0]["id"]
    sign_in(book, owner)
    with pytest.raises(UndoError, match="changed since"):
        changelog.undo_operation(book, op_id=step)  # the city was written after it
    changelog.undo_operation(book, op_id=city_step)
    assert queries.customer(book, cid)["city"] == ""
    sign_in(book, sales)
    other = ops.add_customer(book, data={"name": "乙"})
    sign_in(book, owner)
    mine = ops.add_customer(book, data={"name": "丙"})
    my_step = changelog.undo_stack(book)[0]["id"]
    sign_in(book, sales)
    with pytest.raises(PermissionDenied):
        changelog.undo_operation(book, op_id=my_step)
    sign_in(book, owner)  # (the salesperson does not see the owner's customers)
    assert queries.customer(book, mine)["name"] == "丙" and queries.customer(book, other)


def test_undo_says_what_it_undoes(book):
    ops.add_customer(book, data={"name": "张三五金"})
    top = changelog.undo_stack(book)[0]
    label = changelog.operation_label(book, top["id"])
    assert (label["name"], label["label"], label["user_name"]) == (
        "add_customer", "张三五金", "Owner")


def test_a_change_from_elsewhere_still_stops_undo(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    raw_write(book, "UPDATE customers SET notes = '另一台电脑写的' WHERE id = ?", (cid,))
    with pytest.raises(UndoError, match="changed since"):
        changelog.undo(book)


def test_entries_chained_aside_are_written_only_when_the_block_succeeds(book):
    """Operation.flushing_aside: the entries are chained in another thread while the block
    runs SQL; a block that fails writes neither its rows nor the entries, and the next step
    chains on from the last entry written."""
    from models.core import chain

    cids = [ops.add_customer(book, data={"name": f"客户{n}"}) for n in range(3)]
    before = book.scalar("SELECT count(*) FROM audit")
    with pytest.raises(RuntimeError):
        with book.operation("rename") as op:
            op.log_updates("customers", "city", [(c, "", "上海") for c in cids])
            with op.flushing_aside():
                book.conn.execute("UPDATE customers SET city = '上海'")
                raise RuntimeError("the disk went away")
    assert book.scalar("SELECT count(*) FROM audit") == before
    assert book.scalar("SELECT count(*) FROM customers WHERE city = '上海'") == 0
    with book.operation("rename") as op:
        op.log_updates("customers", "city", [(c, "", "杭州") for c in cids])
        with op.flushing_aside():
            book.conn.execute("UPDATE customers SET city = '杭州'")
    assert book.scalar("SELECT count(*) FROM audit WHERE op_id = ?", (op.id,)) == 3
    assert chain.verify(book.conn).breaks == []
    changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM customers WHERE city = '杭州'") == 0
