"""The fields registry (models/core/fields.py) is where the form, the table, the importer's mapping,
the export and the operations take their fields from: a new field is one entry."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from importers import mapping
from models.core import fields, search
from models.core.errors import ValidationError
from models.customers import export, operations
from views.customer_form import CustomerDialog, field_labels
from views.customer_table import DEFAULT_HIDDEN, INLINE_EDITABLE, builtin_columns
from views.import_wizard import target_labels

ROOT = Path(__file__).resolve().parents[3]


def test_every_part_lists_the_registrys_fields(qtbot, ctx, book):
    assert operations.CUSTOMER_FIELDS == tuple(f.key for f in fields.CUSTOMER if f.editable)
    assert operations.CONTACT_FIELDS == tuple(f.key for f in fields.CONTACT)
    assert export.header(book) == [f.name for f in fields.CUSTOMER if f.exported]
    columns = fields.table_columns()
    assert [key for key, _ in builtin_columns()] == [f.name for f in columns]
    assert DEFAULT_HIDDEN == {f.name for f in columns if not f.shown}
    assert INLINE_EDITABLE == {f.name for f in columns if f.inline}
    importable = [f.name for f in fields.import_targets()]
    assert [t for t in mapping.TARGETS if t in importable] == importable
    assert set(target_labels()) == set(mapping.TARGETS)
    for f in fields.import_targets():
        assert all(mapping.WORDS[mapping.key(word)] == f.name for word in f.words.split())
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    assert list(dialog.widgets) == [f.key for f in fields.CUSTOMER if f.form]
    assert set(field_labels()) >= {f.key for f in (*fields.CUSTOMER, *fields.CONTACT)}


def test_the_registry_agrees_with_the_schema(book):
    for table in ("customers", "contacts", "deals"):
        columns = {r["name"] for r in book.all(f"PRAGMA table_info({table})")}
        stored = [f.key for f in fields.TABLES[table] if f.type != "health"]
        assert set(stored) <= columns, table


def test_values_are_cleaned_by_their_type():
    customer = fields.of("customers")
    assert customer["mobile"].clean("138 0013 8000") == "13800138000"
    assert customer["wechat"].clean("  ｊｉｎｌｏｎｇ ") == "jinlong"
    assert customer["notes"].clean("  第一行\n第二行  ") == "第一行\n第二行"
    assert customer["grade"].clean("b") == "B"
    assert customer["tags"].clean("老客户，月结") == "老客户, 月结"
    assert customer["next_follow_up"].clean("２０２５-03-01") == "2025-03-01"
    with pytest.raises(ValidationError) as caught:
        customer["email"].clean("not mail")
    assert caught.value.field == "email"
    with pytest.raises(ValidationError):
        customer["grade"].clean("D")
    assert all(f.type in fields.TYPES for t in fields.TABLES.values() for f in t)
    assert search._CUSTOMER_TEXTS == fields.searchable_texts("customers")


EXTRA = textwrap.dedent('''
    import dataclasses, sys
    from models.core import fields
    fax = fields.Field("fax", "Fax", "phone", form="left", searchable=True, exported=True,
                       header="Fax", column=45, inline=True, target="Fax", words="传真 fax",
                       parts=("传真",))
    at = [f.key for f in fields.CUSTOMER].index("phone") + 1
    fields.CUSTOMER = (*fields.CUSTOMER[:at], fax, *fields.CUSTOMER[at:])
    fields.TABLES["customers"] = fields.CUSTOMER

    from importers import mapping
    from models.core import search
    from models.customers import export, operations, queries
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from views.customer_table import builtin_columns, DEFAULT_HIDDEN
    from views.import_wizard import target_labels
    from views.customer_form import CustomerDialog, field_labels
    from views.context import AppContext
    from models.core.book import Book
    book = Book.open(sys.argv[1])
    dialog = CustomerDialog(AppContext(book))
    keys = list(dialog.widgets)
    found = {
        "operations": "fax" in operations.CUSTOMER_FIELDS,
        "cleaner": fields.of("customers")["fax"].clean("021-1234 5678") != "",
        "export": "fax" in export.FIELDS,
        "table": [k for k, _ in builtin_columns()].index("fax") == 4 and "fax" in DEFAULT_HIDDEN,
        "sorting": queries.SORTABLE.get("fax") == "c.fax",
        "mapping": mapping.TARGETS.index("fax") == mapping.TARGETS.index("phone") + 1
                   and mapping.guess_mapping(["客户名称", "传真号码"], [])[1] == "fax",
        "wizard": target_labels()["fax"] == "Fax",
        "form": field_labels()["fax"] == "Fax" and keys.index("fax") == keys.index("phone") + 1
                and dialog.fax_edit.objectName() == "fax",
    }
    print(found)
    sys.exit(0 if all(found.values()) else 1)
''')


def test_a_new_field_is_one_registry_entry(tmp_path):
    """A field added to the registry alone (before the rest is imported) shows up everywhere."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "KEHU_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", EXTRA, str(tmp_path / "book.sqlite")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshots_of_the_form_table_and_history(qtbot, tmp_path, language):
    """The form, the table and the History tab, all built from the registries, at 1366x768."""
    from models.customers import queries
    from tests.qt_helpers import demo_book, screenshots_dir, speaking
    from views.context import AppContext
    from views.customers_page import CustomersPage

    shots = screenshots_dir()
    tag = "zh" if language == "zh_CN" else "en"
    with demo_book(tmp_path, customers=40) as demo:
        cid = demo.scalar("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY sort_key")
        sales = next(u for u in queries.users(demo) if u["role"] == "sales")
        operations.update_customer(demo, customer_id=cid, data={
            "city": "苏州", "grade": "A", "wechat": "wx_8899", "owner_id": sales["id"]})
        with speaking(language):
            page = CustomersPage(AppContext(demo))
            qtbot.addWidget(page)
            page.resize(1366, 768)
            page.show()
            qtbot.waitExposed(page)
            page.detail.show_customer(cid)
            page.detail.tabs.setCurrentWidget(page.detail.history_area)
            texts = page.detail.history_texts()
            wechat = "微信" if tag == "zh" else "WeChat"
            assert any(t.startswith(wechat) and t.endswith("wx_8899") for t in texts), texts
            page.grab().save(str(shots / f"customers_history_{tag}.png"))
            dialog = CustomerDialog(AppContext(demo), cid)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.wechat_edit.text() == "wx_8899"
            dialog.grab().save(str(shots / f"customer_form_{tag}.png"))
            dialog.close()
            page.close()
