"""A salesperson signed in to the app sees only the customers they may see (models.core.scopes):
their own, the public pool and those shared with them, in the list, in a search and on the
board; pictures of their customers page in both languages at two screen sizes."""

from __future__ import annotations

import pytest

from desktop.app import make_app, start_window
from models import deals
from models.core import scopes
from models.customers import operations, queries, sharing
from tests.qt_helpers import demo_book, screenshots_dir, speaking, type_text
from views.context import AppContext

SHOTS = screenshots_dir()


def shown_ids(page) -> set[str]:
    return {page.model.customer_id(r) for r in range(page.model.rowCount())}


def start_as(qtbot, book, user_id, lang: str | None = "en"):
    """The window with user_id signed in; lang None: the language `speaking` set."""
    if lang:
        make_app(lang)
    ctx = AppContext(book)
    book.user_id = user_id
    window = start_window(book, ctx=ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.housekeeping.started, timeout=15000)
    return window


@pytest.fixture
def shop(tmp_path):
    with demo_book(tmp_path, customers=120) as book:
        people = {u["name"]: u["id"] for u in queries.users(book)}
        li, wang = people["李娜"], people["张伟"]
        theirs = book.scalar("SELECT id FROM customers WHERE owner_id = ? ORDER BY sort_key "
                             "LIMIT 1", (wang,))
        sharing.share_customer(book, customer_id=theirs, user_id=li)
        pool = book.scalar("SELECT id FROM customers WHERE owner_id = ? ORDER BY sort_key "
                           "LIMIT 1 OFFSET 1", (wang,))
        operations.update_customer(book, customer_id=pool, data={"owner_id": None})
        yield {"book": book, "li": li, "wang": wang, "shared": theirs, "pool": pool}


def test_a_salesperson_sees_only_their_customers_in_the_window(qtbot, shop):
    book = shop["book"]
    window = start_as(qtbot, book, shop["li"])
    page = window.customers
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    visible = {r[0] for r in book.all(
        "SELECT id FROM customers WHERE deleted_at IS NULL AND (owner_id = ? OR owner_id IS "
        "NULL OR id = ?)", (shop["li"], shop["shared"]))}
    assert shown_ids(page) == visible
    names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert names == {r[0] for r in book.all(
        f"SELECT name FROM customers WHERE id IN ({','.join('?' * len(visible))})",
        list(visible))}
    assert page.model.rowCount() == len(visible) < book.scalar(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL")
    # a search finds only among them: the name of another salesperson's customer finds nothing
    other = book.one("SELECT name FROM customers WHERE owner_id = ? AND id != ? LIMIT 1",
                     (shop["wang"], shop["shared"]))["name"]
    type_text(qtbot, page.search, other)
    qtbot.waitUntil(lambda: page.search.text() == other, timeout=5000)
    qtbot.wait(400)
    assert shown_ids(page) <= visible
    # the board too: only deals of customers they see
    cards = [c for col in deals.board(book) for c in col["deals"]]
    assert {c["customer_id"] for c in cards} <= visible
    assert all(scopes.can_see(book, c["customer_id"]) for c in cards)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_pictures_of_a_salespersons_customers_page(qtbot, shop, lang):
    book = shop["book"]
    with speaking(lang):
        window = start_as(qtbot, book, shop["li"], None)
        qtbot.waitUntil(lambda: window.customers.model.rowCount() > 0, timeout=10000)
        for w, h in ((1366, 768), (1920, 1080)):
            window.resize(w, h)
            qtbot.wait(200)
            window.grab().save(str(SHOTS / f"scopes_sales_customers_{lang}_{w}x{h}.png"))
