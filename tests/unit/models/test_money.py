"""Money as integer minor units: parsing what people type, exact sums, one sum per currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.core import money
from models.core.errors import ValidationError
from models.core.money import MixedCurrencies, Money, Totals, parse

CODES = st.sampled_from(["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "KRW", "CHF"])
MINOR = st.integers(min_value=-(money.MAX_MINOR - 1), max_value=money.MAX_MINOR - 1)


@pytest.mark.parametrize(("text", "code", "minor"), [
    ("1,234.5", "CNY", 123450),
    ("¥1234.50", "CNY", 123450),
    ("￥１，２３４．５０", "CNY", 123450),  # full-width, as a Chinese input method types it
    ("１２３４", "CNY", 123400),
    ("1.2万", "CNY", 1200000),
    ("12万5", "CNY", 12500000),  # 12.5万
    ("12万5千", "CNY", 12500000),
    ("12万500", "CNY", 12050000),
    ("3.4亿", "CNY", 34000000000),
    ("1亿2000万", "CNY", 12000000000),
    ("1w5", "CNY", 1500000),
    ("2.5万元", "CNY", 2500000),
    ("RMB 800", "CNY", 80000),
    ("800 元", "CNY", 80000),
    ("0.01", "CNY", 1),
    (".5", "CNY", 50),
    ("-¥12", "CNY", -1200),
    ("¥-12", "CNY", -1200),
    ("(1,234)", "CNY", -123400),
    ("$4,500", "USD", 450000),
    ("US$99.95", "USD", 9995),
    ("12.3K", "USD", 1230000),
    ("1.2M", "USD", 120000000),
    ("HK$1,234.50", "HKD", 123450),
    ("€7,50", "EUR", None),  # a decimal comma is not guessed
    ("JP¥1,234", "JPY", 1234),
    ("¥1234", "JPY", 1234),  # ¥ is the yen's sign too
    ("1,234", "JPY", 1234),
    ("CHF 1,234.50", "CHF", 123450),
    ("   ", "CNY", "empty"),
    ("", "CNY", "empty"),
])
def test_what_people_type(text, code, minor):
    if minor == "empty":
        assert parse(text, code) is None
    elif minor is None:
        with pytest.raises(ValidationError):
            parse(text, code)
    else:
        assert parse(text, code) == Money(minor, code)


@pytest.mark.parametrize(("text", "code", "message"), [
    ("1.234", "CNY", "1.234 has too many decimals: CNY amounts have at most 2 decimals."),
    ("12.5", "JPY", "12.5 has decimals, but JPY amounts have none."),
    ("1.23456万", "JPY", "1.23456万 has decimals, but JPY amounts have none."),
    ("abc", "CNY", "abc is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("12..5", "CNY", "12..5 is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("1,23", "CNY", "1,23 is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("1e5", "CNY", "1e5 is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("nan", "CNY", "nan is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("1万万", "CNY", "1万万 is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("12万50000", "CNY", "12万50000 is not an amount (write it as 1234.50, 1,234.50 or 1.2万)."),
    ("$5", "CNY", "$5 is not in CNY, the currency chosen for it."),
    ("¥5", "USD", "¥5 is not in USD, the currency chosen for it."),
    ("5 EUR", "USD", "5 EUR is not in USD, the currency chosen for it."),
    ("1" * 17, "CNY", "1" * 17 + " is too large for an amount."),
])
def test_nonsense_is_refused_with_a_message(text, code, message):
    with pytest.raises(ValidationError) as err:
        parse(text, code)
    assert err.value.field == "amount"
    assert err.value.render() == message
    # the message is an English source text with its value apart, for the translators
    assert err.value.message in (money.TOO_MANY_DECIMALS, money.NO_DECIMALS, money.BAD_AMOUNT,
                                 money.OTHER_CURRENCY, money.TOO_LARGE)


def test_numbers_in_major_units_are_exact():
    assert parse(1500.5) == Money(150050)
    assert parse(0.29) == Money(29)  # 0.29 * 100 is 28.999999999999996 as a float
    assert parse(Decimal("19.99"), "USD") == Money(1999, "USD")
    assert parse(7, "JPY") == Money(7, "JPY")
    with pytest.raises(ValidationError):
        parse(0.001)
    with pytest.raises(ValidationError):
        parse(float("inf"))
    with pytest.raises(ValidationError):
        parse(True)
    assert parse(Money(5, "USD"), "USD") == Money(5, "USD")
    with pytest.raises(ValidationError):
        parse(Money(5, "USD"), "CNY")


def test_currencies_and_their_minor_units():
    assert {"CNY", "USD", "EUR", "HKD", "JPY"} <= set(money.CURRENCIES)
    assert [money.exponent(c) for c in ("CNY", "USD", "EUR", "HKD", "JPY", "KRW", "XYZ")] == [
        2, 2, 2, 2, 0, 0, 2]
    assert Money(123450).major == Decimal("1234.50") and Money(123450).plain() == "1234.50"
    assert Money(1234, "JPY").plain() == "1234"
    assert Money(5).plain() == "0.05" and Money(-5).plain() == "-0.05"
    assert [money.normalise_currency(t) for t in ("", "usd", " RMB ", "美元", "￥", "jpy")] == [
        "CNY", "USD", "CNY", "USD", "CNY", "JPY"]
    with pytest.raises(ValidationError, match="not a currency code"):
        money.normalise_currency("dollar")


def test_two_currencies_are_never_added():
    assert Money(100) + Money(250) == Money(350)
    with pytest.raises(MixedCurrencies):
        Money(100, "CNY") + Money(100, "USD")
    with pytest.raises(MixedCurrencies):
        _ = Money(100, "CNY") < Money(100, "JPY")
    with pytest.raises(TypeError):
        Money(1.5)  # minor units are whole


def test_totals_keep_one_sum_per_currency():
    totals = Totals([Money(100), Money(450000, "USD"), Money(250), Money(7, "JPY")])
    assert totals == {"CNY": 350, "USD": 450000, "JPY": 7}
    assert [m.currency for m in totals.moneys()] == ["CNY", "JPY", "USD"]
    assert [m.currency for m in totals.moneys(main="USD")] == ["USD", "CNY", "JPY"]
    both = totals + Totals({"USD": 1}) + Money(1)
    assert both == {"CNY": 351, "USD": 450001, "JPY": 7}
    assert totals == {"CNY": 350, "USD": 450000, "JPY": 7}  # + made a new one
    assert Totals() == {} and not Totals()
    # weighted: rounded once per currency, halves away from zero
    assert money.weighted_totals([(Money(1), 50), (Money(2), 50), (None, 90),
                                  (Money(3, "USD"), 50)]) == {"CNY": 2, "USD": 2}
    assert Money(123457).weighted(10) == Money(12346)


@given(MINOR, CODES)
def test_plain_text_reads_back_exactly(minor, code):
    m = Money(minor, code)
    assert parse(m.plain(), code) == m


@given(st.lists(st.tuples(st.integers(0, 10 ** 12), CODES), max_size=30))
def test_totals_equal_the_sum_of_each_currency_alone(items):
    totals = Totals(Money(minor, code) for minor, code in items)
    for code in {c for _, c in items}:
        assert totals[code] == sum(minor for minor, c in items if c == code)
    assert set(totals) == {c for _, c in items}


@given(st.integers(0, 10 ** 9), st.integers(0, 100))
def test_a_float_amount_of_an_older_kehu_converts_exactly(fen, percent):
    assert money.from_float(fen / 100, "CNY") == fen
    assert money.from_float(None, "CNY") is None
    assert Money(fen).weighted(percent).minor == int(
        (Decimal(fen) * percent / 100).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
