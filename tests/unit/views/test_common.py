"""Money for the screen (views.common) and a board whose deals are in two currencies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import deals
from models.core import clock, money
from models.core.money import Money, Totals
from models.customers import operations
from tests.qt_helpers import screenshots_dir, speaking
from views import common
from views.common import edit_text, format_money, format_totals

CODES = st.sampled_from(["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "KRW", "TWD", "CHF"])
MINOR = st.integers(min_value=-(money.MAX_MINOR - 1), max_value=money.MAX_MINOR - 1)


def english(context: str, text: str) -> str:
    return text


def chinese(context: str, text: str) -> str:
    return {"K=3 M=6 B=9": "万=4 亿=8"}.get(text, text)


@pytest.mark.parametrize(("amount", "exact", "en", "zh"), [
    (Money(123450), "¥1,234.50", "¥1,234.50", "¥1,234.50"),
    (Money(123400), "¥1,234", "¥1,234", "¥1,234"),
    (Money(1230000), "¥12,300", "¥12.3K", "¥1.2万"),
    (Money(120000000), "¥1,200,000", "¥1.2M", "¥120万"),
    (Money(34000000000), "¥340,000,000", "¥340M", "¥3.4亿"),
    (Money(450000, "USD"), "$4,500", "$4,500", "$4,500"),
    (Money(1234, "JPY"), "JP¥1,234", "JP¥1,234", "JP¥1,234"),
    (Money(5, "EUR"), "€0.05", "€0.05", "€0.05"),
    (Money(123450, "HKD"), "HK$1,234.50", "HK$1,234.50", "HK$1,234.50"),
    (Money(1200, "CHF"), "CHF 12", "CHF 12", "CHF 12"),
    (Money(-123450), "-¥1,234.50", "-¥1,234.50", "-¥1,234.50"),
    (None, "—", "—", "—"),
])
def test_amounts_as_each_language_writes_them(amount, exact, en, zh):
    assert format_money(amount, translate=english) == exact
    assert format_money(amount, compact=True, translate=english) == en
    assert format_money(amount, compact=True, translate=chinese) == zh


def test_the_compact_units_are_a_translation(qtbot):
    assert common.compact_units(english) == ((9, "B"), (6, "M"), (3, "K"))
    assert common.compact_units(chinese) == ((8, "亿"), (4, "万"))
    assert common.compact_units(lambda c, t: "nonsense") == common.compact_units(english)
    with speaking("zh_CN"):
        assert format_money(Money(1230000), compact=True) == "¥1.2万"
    with speaking("en"):
        assert format_money(Money(1230000), compact=True) == "¥12.3K"


def test_totals_show_each_currency_never_one_sum():
    totals = Totals([Money(12300000), Money(450000, "USD")])
    assert format_totals(totals, translate=chinese) == "¥12.3万 · $4,500"
    assert format_totals(totals, translate=english) == "¥123K · $4,500"
    assert format_totals(totals, compact=False) == "¥123,000 · $4,500"
    assert format_totals(totals, main="USD", translate=english) == "$4,500 · ¥123K"
    assert format_totals(Totals(), translate=english) == "¥0"
    assert format_totals(Totals(), main="USD", translate=english) == "$0"


@settings(max_examples=300)
@given(MINOR, CODES)
def test_what_is_shown_reads_back_as_the_same_amount(minor, code):
    amount = Money(minor, code)
    assert money.parse(format_money(amount, translate=english), code) == amount
    assert money.parse(edit_text(amount), code) == amount


# -- the board -----------------------------------------------------------------------------------
def test_a_board_with_yuan_and_dollars_shows_two_totals(qtbot, ctx, book):
    import datetime as dt

    from views.pipeline_page import PipelinePage

    clock.set_clock(lambda: dt.datetime(2026, 3, 2, 9, 0).astimezone())
    try:
        cid = operations.add_customer(book, data={"name": "宁波华光建材"})
        usa = operations.add_customer(book, data={"name": "Acme Hardware Inc."})
        for title, customer, amount, code, p in (
                ("瓷砖 200 箱", cid, "12,000.50", "CNY", 50), ("门锁年度供货", cid, "11万", "CNY", 20),
                ("Door locks", usa, "4,500", "USD", 40), ("Hinges", usa, "99.99", "USD", None)):
            deals.add_deal(book, data={"title": title, "customer_id": customer, "amount": amount,
                                       "currency": code, "probability": p,
                                       "expected_close": "2026-03-20"})
        page = PipelinePage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        first = deals.stages(book)[0]["id"]
        name, line = page.header_texts(first)
        assert name.endswith("(4)")
        # 12,000.50 + 110,000 yuan; 4,500 + 99.99 dollars; weighted 6,000.25 + 22,000 yuan and
        # 1,800 + 10 % of 99.99 = 10.00 (9.999 rounded) dollars
        assert line == "¥122K · $4,599.99; weighted ¥28K · $1,810"
        header = page.board.columns[0].header
        assert header.total == {"CNY": 12200050, "USD": 459999}
        assert header.weighted == {"CNY": 2800025, "USD": 181000}
        tip = header.toolTip()
        assert "¥122,000.50 · $4,599.99 in all" in tip and "¥28,000.25 · $1,810 weighted" in tip
        # the forecast strip: per currency too; its bars are drawn in yuan, which it says
        assert page.forecast.summary() == "6 months: ¥28K · $1,810\nBars: CNY only"
        # the cards show each deal in its own currency
        cards = {c["title"]: format_money(c["amount"]) for c in page.board.columns[0].model.cards}
        assert cards == {"瓷砖 200 箱": "¥12,000.50", "门锁年度供货": "¥110,000",
                         "Door locks": "$4,500", "Hinges": "$99.99"}
        # the list sorts by currency first, then by amount
        page.list_button.click()
        proxy = page.table.model()
        amount_col = [k for k, _ in page.list_model.columns].index("amount")
        proxy.sort(amount_col)
        assert [proxy.index(r, amount_col).data() for r in range(proxy.rowCount())] == [
            "¥12,000.50", "¥110,000", "$99.99", "$4,500"]
        page.board_button.click()
        page.grab().save(str(screenshots_dir() / "board-two-currencies-en.png"))
        with speaking("zh_CN"):
            page.refresh()
            assert page.header_texts(first)[1] == "¥12.2万 · $4,599.99；加权 ¥2.8万 · $1,810"
            page.grab().save(str(screenshots_dir() / "board-two-currencies-zh.png"))
    finally:
        clock.set_clock(None)
