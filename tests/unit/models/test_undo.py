"""Undo and redo replay the audit; they survive reopening; they refuse when records changed."""

from __future__ import annotations

import pytest

from models.core import changelog, settings
from models.core.book import Book
from models.core.errors import UndoError
from models.customers import operations as ops
from models.customers import queries
from models.customers.queries import CustomerFilter
from tests.book_helpers import raw_write

TABLES = ("users", "customers", "contacts", "interactions", "custom_fields", "settings",
          "operations", "audit")


def counts(book: Book) -> dict[str, int]:
    return {t: book.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def snapshot(book: Book) -> dict:
    """What a user can see: live customers with their fields, contacts and timeline, the trash."""
    out = {}
    for cid in queries.customer_ids(book, CustomerFilter()):
        row = queries.customer(book, cid)
        out[cid] = (
            {k: row[k] for k in ("name", "mobile", "city", "grade", "tags", "custom", "notes")},
            [(c["name"], c["mobile"]) for c in queries.contacts(book, cid)],
            [(i["kind"], i["text"]) for i in queries.interactions(book, cid)],
        )
    return {"live": out, "trash": queries.customer_ids(book, CustomerFilter(trash=True))}


def found(book, text):
    return queries.customer_ids(book, CustomerFilter(text=text))


def test_nothing_to_undo_or_redo(book):
    with pytest.raises(UndoError, match="nothing to undo"):
        changelog.undo(book)
    with pytest.raises(UndoError, match="nothing to redo"):
        changelog.redo(book)
    settings.set_settings(book, {"shop.name": "鑫达建材"})  # not undoable
    with pytest.raises(UndoError, match="nothing to undo"):
        changelog.undo(book)
    assert settings.get(book, "shop.name") == "鑫达建材"


def test_undo_and_redo_add_customer(book):
    empty = snapshot(book)
    cid = ops.add_customer(book, data={"name": "张三丰", "mobile": "13800138000"},
                           contacts=[{"name": "李四"}])
    added = snapshot(book)
    changes = changelog.undo(book)
    assert cid in changes.ids("customers")
    assert snapshot(book) == empty
    assert book.one("SELECT * FROM customers WHERE id = ?", (cid,)) is None
    assert book.scalar("SELECT count(*) FROM contacts") == 0
    assert found(book, "zsf") == [] and found(book, "李四") == []
    changelog.redo(book)
    assert snapshot(book) == added
    assert found(book, "zsf") == [cid] and found(book, "李四") == [cid]
    assert queries.customer(book, cid)["mobile"] == "13800138000"


def test_undo_and_redo_update(book):
    cid = ops.add_customer(book, data={"name": "甲", "city": "杭州", "tags": "VIP"})
    before = snapshot(book)
    ops.update_customer(book, customer_id=cid, data={"name": "乙", "city": "宁波", "tags": ""})
    after = snapshot(book)
    changelog.undo(book)
    assert snapshot(book) == before
    assert found(book, "宁波") == [] and found(book, "杭州") == [cid]
    assert book.scalar("SELECT sort_key FROM customers WHERE id = ?", (cid,)).startswith("jia")
    changelog.redo(book)
    assert snapshot(book) == after
    assert found(book, "宁波") == [cid] and found(book, "杭州") == []


def test_undo_and_redo_delete_and_restore(book):
    a = ops.add_customer(book, data={"name": "甲"})
    b = ops.add_customer(book, data={"name": "乙"})
    both = snapshot(book)
    ops.delete_customers(book, customer_ids=[a, b])
    deleted = snapshot(book)
    assert deleted["live"] == {} and sorted(deleted["trash"]) == sorted([a, b])
    changelog.undo(book)
    assert snapshot(book) == both
    changelog.redo(book)
    assert snapshot(book) == deleted
    ops.restore_customers(book, customer_ids=[a])
    restored = snapshot(book)
    assert list(restored["live"]) == [a] and restored["trash"] == [b]
    changelog.undo(book)
    assert snapshot(book) == deleted
    changelog.redo(book)
    assert snapshot(book) == restored


def test_undo_and_redo_interaction_and_contact(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    start = snapshot(book)
    ops.log_interaction(book, customer_id=cid, kind="visit", text="拜访了仓库")
    ops.add_contact(book, customer_id=cid, data={"name": "王经理", "mobile": "13900139000"})
    full = snapshot(book)
    assert found(book, "仓库") == [cid] and found(book, "13900139000") == [cid]
    changelog.undo(book)
    assert snapshot(book)["live"][cid][1] == []
    assert found(book, "13900139000") == []
    changelog.undo(book)
    assert snapshot(book) == start
    assert found(book, "仓库") == []
    assert book.scalar("SELECT count(*) FROM interactions") == 0
    changelog.redo(book)
    changelog.redo(book)
    assert snapshot(book) == full
    assert found(book, "仓库") == [cid] and found(book, "13900139000") == [cid]


def test_undo_and_redo_custom_field_values(book):
    key = ops.add_custom_field(book, label="预算", kind="number")
    cid = ops.add_customer(book, data={"name": "甲", f"custom:{key}": "100"})
    ops.update_customer(book, customer_id=cid, data={f"custom:{key}": "250"})
    ops.update_customer(book, customer_id=cid, data={f"custom:{key}": ""})
    assert queries.customer(book, cid)["custom"] == {}
    changelog.undo(book)
    assert queries.customer(book, cid)["custom"] == {key: "250"}
    changelog.undo(book)
    assert queries.customer(book, cid)["custom"] == {key: "100"}
    changelog.redo(book)
    assert queries.customer(book, cid)["custom"] == {key: "250"}
    changelog.redo(book)
    assert queries.customer(book, cid)["custom"] == {}


def test_several_steps_back_then_forward(book):
    states = [snapshot(book)]
    cid = ops.add_customer(book, data={"name": "甲"})
    states.append(snapshot(book))
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    states.append(snapshot(book))
    ops.log_interaction(book, customer_id=cid, kind="call", text="电话")
    states.append(snapshot(book))
    ops.update_customer(book, customer_id=cid, data={"grade": "A", "city": "宁波"})
    states.append(snapshot(book))
    ops.delete_customers(book, customer_ids=[cid])
    states.append(snapshot(book))
    for state in reversed(states[:-1]):
        changelog.undo(book)
        assert snapshot(book) == state
    with pytest.raises(UndoError):
        changelog.undo(book)
    for state in states[1:]:
        changelog.redo(book)
        assert snapshot(book) == state
    with pytest.raises(UndoError):
        changelog.redo(book)


def test_a_new_operation_after_undo_clears_redo(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    changelog.undo(book)
    assert len(changelog.redo_stack(book)) == 1
    ops.update_customer(book, customer_id=cid, data={"grade": "B"})
    assert changelog.redo_stack(book) == []
    with pytest.raises(UndoError, match="nothing to redo"):
        changelog.redo(book)
    assert queries.customer(book, cid)["city"] == ""
    changelog.undo(book)
    assert queries.customer(book, cid)["grade"] == ""
    changelog.undo(book)  # the add, not the dropped city change
    assert queries.customer(book, cid) is None


def test_an_unchanged_update_does_not_clear_redo(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    changelog.undo(book)
    ops.update_customer(book, customer_id=cid, data={"city": ""})  # changes nothing
    changelog.redo(book)
    assert queries.customer(book, cid)["city"] == "杭州"


def test_undo_survives_reopening_for_the_last_50_operations(tmp_path):
    path = tmp_path / "b.sqlite"
    states = []
    with Book.open(path) as book:
        cid = ops.add_customer(book, data={"name": "甲"})
        states.append(snapshot(book))
        for n in range(54):
            if n % 3 == 2:
                ops.log_interaction(book, customer_id=cid, kind="note", text=f"第{n}条")
            else:
                ops.update_customer(book, customer_id=cid, data={"notes": f"改了{n}次"})
            states.append(snapshot(book))
        assert len(states) == 55
    with Book.open(path) as book:
        assert snapshot(book) == states[-1]
        assert len(changelog.undo_stack(book)) == 50
        for n in range(50):
            changelog.undo(book)
            assert snapshot(book) == states[-2 - n]
        assert snapshot(book) == states[4]
    with Book.open(path) as book:
        assert snapshot(book) == states[4]
        changelog.redo(book)
        assert snapshot(book) == states[5]


def test_emptying_the_trash_drops_the_steps_of_the_purged_records_from_undo(book):
    other = ops.add_customer(book, data={"name": "乙"})
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    ops.delete_customers(book, customer_ids=[cid])
    ops.empty_trash(book)  # not undoable; the record is gone
    assert queries.customer(book, cid) is None
    # Undo reaches past the steps of the purged customer to the one before them.
    assert [op["name"] for op in changelog.undo_stack(book)] == ["add_customer"]
    changelog.undo(book)
    assert queries.customer(book, other) is None
    before = counts(book)
    with pytest.raises(UndoError, match="nothing to undo"):
        changelog.undo(book)
    assert counts(book) == before


def test_undo_of_an_update_changed_by_someone_else_changes_nothing(book):
    # another PC's change arriving through sync is a write no undo step knows about
    cid = ops.add_customer(book, data={"name": "甲", "city": "杭州"})
    ops.update_customer(book, customer_id=cid, data={"city": "宁波", "grade": "A"})
    raw_write(book, "UPDATE customers SET city = '温州' WHERE id = ?", (cid,))
    before = counts(book)
    with pytest.raises(UndoError, match="changed since"):
        changelog.undo(book)
    assert counts(book) == before
    row = queries.customer(book, cid)
    assert (row["city"], row["grade"]) == ("温州", "A")


def test_redo_after_the_record_was_changed_since_changes_nothing(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.delete_customers(book, customer_ids=[cid])
    changelog.undo(book)
    changelog.undo(book)
    raw_write(book,
        "INSERT INTO customers (id, rid, name, created_at, updated_at) VALUES (?, 99, 'x', 't', 't')",
        (cid,))
    before = counts(book)
    with pytest.raises(UndoError, match="changed since"):
        changelog.redo(book)
    assert counts(book) == before


def test_undo_records_who_and_what(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    target = changelog.undo_stack(book, 1)[0]
    changelog.undo(book)
    op = book.one("SELECT * FROM operations ORDER BY seq DESC LIMIT 1")
    assert (op["name"], op["undo_of"], op["user_id"], op["state"]) == (
        "undo", target["id"], book.user_id, "final")
    purge = book.one("SELECT * FROM audit WHERE op_id = ?", (op["id"],))
    assert (purge["action"], purge["record_id"], purge["user_id"]) == ("purge", cid, book.user_id)
    assert book.scalar("SELECT state FROM operations WHERE id = ?", (target["id"],)) == "undone"


def test_undo_of_an_add_after_the_record_was_changed_by_someone_else_changes_nothing(book):
    cid = ops.add_customer(book, data={"name": "甲"})
    raw_write(book, "UPDATE customers SET notes = '别人加的' WHERE id = ?", (cid,))
    before = counts(book)
    with pytest.raises(UndoError, match="changed since"):
        changelog.undo(book)
    assert counts(book) == before
    assert queries.customer(book, cid)["notes"] == "别人加的"


def test_undo_of_an_add_after_its_own_later_steps_were_undone(book):
    # undoing later steps touches updated_at; that is not a change by someone else
    cid = ops.add_customer(book, data={"name": "甲"})
    ops.update_customer(book, customer_id=cid, data={"city": "杭州"})
    ops.delete_customers(book, customer_ids=[cid])
    changelog.undo(book)
    changelog.undo(book)
    changelog.undo(book)
    assert book.scalar("SELECT count(*) FROM customers") == 0


def test_undo_of_an_add_after_custom_values_came_back_in_another_order(book):
    a = ops.add_custom_field(book, label="预算", kind="number")
    b = ops.add_custom_field(book, label="颜色", kind="text")
    cid = ops.add_customer(book, data={"name": "甲", f"custom:{a}": "1", f"custom:{b}": "红"})
    ops.update_customer(book, customer_id=cid, data={f"custom:{a}": ""})
    changelog.undo(book)
    assert queries.customer(book, cid)["custom"] == {a: "1", b: "红"}
    changelog.undo(book)
    assert queries.customer(book, cid) is None
