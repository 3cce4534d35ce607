"""The lazy customers table model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.customers import operations
from models.customers.queries import CustomerFilter
from tests.book_helpers import raw_write
from views.customer_table import CustomerTableModel


def _add(book, n):
    ids = []
    for i in range(n):
        ids.append(operations.add_customer(
            book, data={"name": f"客户{i:03d}", "mobile": f"138{i:08d}", "city": "杭州" if i % 2 else "苏州"}))
    return ids


def test_model_passes_qt_model_tester(qtmodeltester, book):
    _add(book, 5)
    model = CustomerTableModel(book)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_in_pages_not_all_at_once(book):
    _add(book, 250)
    model = CustomerTableModel(book)
    assert model.rowCount() == 250
    assert model._pages == {}
    name_col = [k for k, _ in model.columns].index("name")
    assert model.data(model.index(249, name_col)) == "客户249"
    assert list(model._pages) == [249 // model.PAGE]


def test_filter_search_and_sort(book):
    _add(book, 30)
    model = CustomerTableModel(book)
    model.set_filter(CustomerFilter(text="苏州"))
    assert model.rowCount() == 15
    model.set_filter(CustomerFilter(text="0000029"))
    assert model.rowCount() == 1
    model.set_filter(CustomerFilter())
    name_col = [k for k, _ in model.columns].index("name")
    model.sort(name_col, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, name_col)) == "客户029"


def test_refresh_keeps_current_customer_on_its_row(book):
    ids = _add(book, 10)
    model = CustomerTableModel(book)
    from PySide6.QtCore import QPersistentModelIndex

    row = model.row_of(ids[5])
    keep = QPersistentModelIndex(model.index(row, 0))
    operations.add_customer(book, data={"name": "阿里巴巴"})  # sorts first (a...)
    model.refresh()
    assert model.customer_id(keep.row()) == ids[5]


def test_inline_edit_goes_through_the_editor(book):
    (cid,) = _add(book, 1)
    model = CustomerTableModel(book)
    calls = []

    def editor(customer_id, key, text):
        calls.append((customer_id, key, text))
        return operations.update_customer(book, customer_id=customer_id, data={key: text}) is not None

    model.editor = editor
    city_col = [k for k, _ in model.columns].index("city")
    assert model.flags(model.index(0, city_col)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, city_col), "宁波")
    assert calls == [(cid, "city", "宁波")]
    assert book.scalar("SELECT city FROM customers WHERE id = ?", (cid,)) == "宁波"


def test_logging_a_contact_does_not_requery_an_unsearched_list(book, monkeypatch):
    (cid,) = _add(book, 1)
    model = CustomerTableModel(book)
    from models.core.book import Changes
    from models.customers import queries

    calls = []
    monkeypatch.setattr(queries, "customer_ids", lambda *a: calls.append(a) or [cid])
    changes = Changes(op_name="log_interaction", tables={"customers": {cid}})
    model.refresh(changes)
    assert calls == []
    model.filter.text = "客户"
    model.refresh(changes)  # searched lists may change: timeline text is searchable
    assert len(calls) == 1


def test_a_term_in_most_customers_fetches_the_first_screen_then_the_rest_on_scroll(book):
    """With thousands of matches, only the first page is fetched at the keystroke; the row
    count is exact all the same and the rest arrives when a later row is asked for."""
    from models.core.book import write_search_rows

    rows = [(f"c{i:05d}", i + 1, f"客户{i:05d}号", f"kehu{i:05d}") for i in range(6000)]
    with book.atomic():
        book.conn.executemany(
            "INSERT INTO customers (id, rid, name, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')", rows)
        write_search_rows(book.conn, [(rid, name) for _, rid, name, _ in rows])
    raw_write(book, "UPDATE customers SET deleted_at = '2026-01-02' WHERE rid = 7")
    model = CustomerTableModel(book)
    model.set_filter(CustomerFilter(text="号"))
    assert model.rowCount() == 5999
    assert len(model._ids) == model.PAGE
    name_col = [k for k, _ in model.columns].index("name")
    assert model.data(model.index(0, name_col)) == "客户00000号"
    assert len(model._ids) == model.PAGE
    assert model.data(model.index(5998, name_col)) == "客户05999号"
    assert len(model._ids) == 5999
    assert model.row_of("c00006") == -1 and model.row_of("c05000") == 4999
