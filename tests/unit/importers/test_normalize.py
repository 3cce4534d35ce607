"""Cell values from spreadsheets become values the book accepts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers import normalize
from importers.normalize import Problem
from models.core import values


def _warnings(problems):
    return [p for p in problems if not p.error]


def _errors(problems):
    return [p for p in problems if p.error]


# -- text, names, placeholders --------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    ["null", "NULL", "None", "N/A", "n/a", "NA", "无", "暂无", "没有", "-", "--", "—", "——", "/",
     "?", "？", "[not provided]", "(空)", "（空）", "空", "  null  ", "#N/A", "nan", "...", "", " "],
)
def test_placeholders_become_empty(typed):
    assert normalize.is_placeholder(typed)
    assert normalize.text(typed) == ""
    assert normalize.name(typed) == ""
    assert normalize.phones(typed) == ([], [], [])
    assert normalize.date(typed) == ("", [])


@pytest.mark.parametrize("typed", ["Nash", "无锡五金", "N/A Trading", "0", "A", "none of them"])
def test_texts_that_only_look_like_placeholders_are_kept(typed):
    assert not normalize.is_placeholder(typed)
    assert normalize.text(typed) == typed


@pytest.mark.parametrize(
    ("cell", "shown"),
    [(None, ""), (12.0, "12"), (12, "12"), (12.5, "12.5"), (1e20, "100000000000000000000"),
     (1e-7, "0.0000001"), (float("nan"), ""), (True, "TRUE"), ("  ＡＢＣ１２３ ", "ABC123"),
     ("\ufeff杭州\u200b建材", "杭州建材"), (dt.date(2024, 1, 5), "2024-01-05"),
     (dt.datetime(2024, 1, 5), "2024-01-05"), (dt.datetime(2024, 1, 5, 9, 30), "2024-01-05 09:30:00"),
     (dt.time(9, 30), "09:30:00")],
)
def test_text_of_each_kind_of_cell(cell, shown):
    assert normalize.text(cell) == shown


def test_names_are_trimmed_and_inner_whitespace_folded():
    assert normalize.name("  杭州\u3000\u3000建材  有限公司\n") == "杭州 建材 有限公司"
    assert normalize.name("Ａｃｍｅ\tTrading") == "Acme Trading"
    assert normalize.name("张三") == "张三"


@given(st.text())
def test_text_is_idempotent(s):
    once = normalize.text(s)
    assert normalize.text(once) == once
    assert normalize.name(normalize.name(s)) == normalize.name(s)


# -- phones ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "mobiles", "landlines"),
    [
        (13800138000.0, ["13800138000"], []),
        (13800138000, ["13800138000"], []),
        (8613800138000, ["13800138000"], []),
        ("13800138000", ["13800138000"], []),
        ("+86 138 0013 8000", ["13800138000"], []),
        ("0086-13800138000", ["13800138000"], []),
        ("86 13800138000", ["13800138000"], []),
        ("１３８ ００１３ ８０００", ["13800138000"], []),
        ("13800138000 13900139000", ["13800138000", "13900139000"], []),
        ("13800138000/13900139000", ["13800138000", "13900139000"], []),
        ("13800138000\\13900139000；13700137000", ["13800138000", "13900139000", "13700137000"], []),
        ("13800138000，13900139000、13700137000", ["13800138000", "13900139000", "13700137000"], []),
        ("13800138000, 13800138000", ["13800138000"], []),
        ("13800138000\n0571-88886666", ["13800138000"], ["0571-88886666"]),
        ("0571 8888 6666", [], ["0571 8888 6666"]),
        ("0571-88886666", [], ["0571-88886666"]),
        ("(0571)88886666", [], ["(0571)88886666"]),
        ("（0571）88886666", [], ["(0571)88886666"]),
        ("057188886666", [], ["057188886666"]),
        ("010-12345678", [], ["010-12345678"]),
        ("8888-6666 ext 12", [], ["8888-6666转12"]),
        ("0571-88886666转123", [], ["0571-88886666转123"]),
        ("0571-88886666 分机 8", [], ["0571-88886666转8"]),
        ("400-800-8888", [], ["400-800-8888"]),
        ("4008008888", [], ["4008008888"]),
        (4008008888, [], ["4008008888"]),
        ("0571-88886666 0571-88887777", [], ["0571-88886666", "0571-88887777"]),
        ("13800138000 / 0571-88886666", ["13800138000"], ["0571-88886666"]),
        ("95588", [], ["95588"]),
        # a number written out by a script as a float, as text
        ("13912345678.0", ["13912345678"], []),
        ("057188886666.0", [], ["057188886666"]),
        # China's country code before an area code's 0; an extension after a second dash
        ("+86 0571 88886666", [], ["0571 88886666"]),
        ("+86(0571)88886666", [], ["(0571)88886666"]),
        ("86-0571-88886666", [], ["0571-88886666"]),
        ("0086-10-12345678", [], ["+86-10-12345678"]),
        ("0571-88886666-801", [], ["0571-88886666转801"]),
        ("(0571)88886666-12", [], ["(0571)88886666转12"]),
        # the numbers of one entry of a Google Contacts export
        ("138 1234 5678 ::: +86 139-1234-5678", ["13812345678", "13912345678"], []),
        ("0", [], []),
        (0, [], []),
        ("000-0000", [], []),
        (None, [], []),
        ("无", [], []),
    ],
)
def test_phones(cell, mobiles, landlines):
    got_mobiles, got_landlines, problems = normalize.phones(cell)
    assert (got_mobiles, got_landlines, problems) == (mobiles, landlines, [])
    # what comes back is what the book accepts
    joined = values.NUMBER_SEPARATOR.join(got_mobiles)
    assert values.clean_mobiles(joined) == joined
    joined = values.NUMBER_SEPARATOR.join(got_landlines)
    assert values.clean_phones(joined) == joined


@pytest.mark.parametrize("cell, expected", [
    (13800138000.0, (["13800138000"], [], [])),
    (19999999999.0, (["19999999999"], [], [])),
    (10000000000.0, ([], [], [Problem(values.BAD_PHONE, {"value": "10000000000"}, error=True)])),
    (12800138000.0, ([], [], [Problem(values.BAD_PHONE, {"value": "12800138000"}, error=True)])),
    (20000000000.0, ([], ["020000000000"],
                     [Problem(normalize.ZERO_RESTORED, {"value": "20000000000"})])),
])
def test_mobiles_stored_as_numbers(cell, expected):
    assert normalize.phones(cell) == expected
    assert normalize.phones(int(cell)) == expected  # the same number as an int


@pytest.mark.parametrize("cell, mobiles, landlines", [
    ("13800138000", ["13800138000"], []),
    ("13800138000\n", ["13800138000"], []),
    (" 13800138000", ["13800138000"], []),
    ("１3800138000", ["13800138000"], []),
    ("0571-88886666", [], ["0571-88886666"]),
    ("0571-88886666\n", [], ["0571-88886666"]),
    ("０571-88886666", [], ["0571-88886666"]),
    ("0571-18886666", [], ["0571-18886666"]),
])
def test_plain_numbers_as_typed_or_padded(cell, mobiles, landlines):
    assert normalize.phones(cell) == (mobiles, landlines, [])


def test_a_landline_stored_as_a_number_gets_its_zero_back_with_a_warning():
    mobiles, landlines, problems = normalize.phones(57188886666)
    assert (mobiles, landlines) == ([], ["057188886666"])
    assert problems == [Problem(normalize.ZERO_RESTORED, {"value": "57188886666"})]


@pytest.mark.parametrize("typed", ["1.38001E+10", "1.38E+10", "1.38001e10"])
def test_scientific_notation_that_lost_digits_is_refused(typed):
    mobiles, landlines, problems = normalize.phones(typed)
    assert (mobiles, landlines) == ([], [])
    assert problems == [Problem(normalize.ROUNDED_LOST, {"value": typed}, error=True)]
    assert problems[0].render() == (
        f"Excel has rounded {typed} and its digits are lost; type the number again"
    )


def test_scientific_notation_with_every_digit_is_kept_with_a_warning():
    assert normalize.phones("1.3800138000E+10") == (
        ["13800138000"], [], [Problem(normalize.ROUNDED, {"value": "1.3800138000E+10"})]
    )


@pytest.mark.parametrize("cell", [2.0**60, 13800138000.5, 1.2345678901234567e15])
def test_floats_excel_may_have_rounded_are_flagged(cell):
    _, _, problems = normalize.phones(cell)
    assert problems[0].message == normalize.ROUNDED
    assert not problems[0].error


@pytest.mark.parametrize(
    "typed", ["abc", "1380013800", "138001380001", "23800138000x", "12", True, dt.date(2024, 1, 5)]
)
def test_what_is_not_a_phone_number_is_an_error(typed):
    mobiles, landlines, problems = normalize.phones(typed)
    assert (mobiles, landlines) == ([], [])
    assert [p.message for p in problems] == [values.BAD_PHONE]
    assert problems[0].error


def test_a_mobile_inside_words_is_kept_and_flagged():
    mobiles, landlines, problems = normalize.phones("13800138000（微信同号）")
    assert mobiles == ["13800138000"]
    assert problems == [Problem(normalize.WORDS_DROPPED, {"value": "13800138000(微信同号)"})]


def test_a_bad_piece_does_not_lose_the_good_ones():
    mobiles, landlines, problems = normalize.phones("13800138000/abc")
    assert mobiles == ["13800138000"]
    assert _errors(problems) == [Problem(values.BAD_PHONE, {"value": "abc"}, error=True)]


_MOBILE_DIGITS = st.from_regex(r"\A1[3-9][0-9]{9}\Z")


def _fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


@st.composite
def _written_mobile(draw):
    d = draw(_MOBILE_DIGITS)
    style = draw(st.sampled_from(["int", "float", "text", "spaces", "dashes", "fullwidth", "+86",
                                  "0086", "86"]))
    written = {
        "int": int(d), "float": float(d), "text": d,
        "spaces": f"{d[:3]} {d[3:7]} {d[7:]}", "dashes": f"{d[:3]}-{d[3:7]}-{d[7:]}",
        "fullwidth": _fullwidth(f"{d[:3]} {d[3:7]} {d[7:]}"), "+86": f"+86 {d}",
        "0086": f"0086{d}", "86": f"86-{d}",
    }[style]
    return d, written


@given(_written_mobile())
def test_any_mobile_however_written_comes_back_as_its_digits(case):
    d, written = case
    assert normalize.phones(written) == ([d], [], [])


@st.composite
def _landline(draw):
    area = draw(st.sampled_from(["010", "020", "021", "0571", "0755", "0931"]))
    local = draw(st.from_regex(r"\A[2-8][0-9]{6,7}\Z"))
    sep = draw(st.sampled_from(["-", " ", "", "()"]))
    typed = f"({area}){local}" if sep == "()" else f"{area}{sep}{local}"
    return area, typed


@given(_landline())
def test_any_landline_keeps_its_area_code_and_leading_zero(case):
    area, typed = case
    mobiles, landlines, problems = normalize.phones(typed)
    assert (mobiles, problems) == ([], [])
    assert landlines == [typed]
    assert values.digits(landlines[0]).startswith(area)


@given(st.lists(st.one_of(_MOBILE_DIGITS, _landline().map(lambda c: c[1])), min_size=1,
                max_size=4, unique=True),
       st.sampled_from(["/", "; ", "，", "、", "\n"]))
def test_split_then_join_is_stable(numbers, sep):
    mobiles, landlines, problems = normalize.phones(sep.join(numbers))
    assert problems == []
    assert sorted(mobiles + landlines) == sorted(numbers)
    again = normalize.phones(values.NUMBER_SEPARATOR.join(mobiles + landlines))
    assert again == (mobiles, landlines, [])


# -- e-mail ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "address", "problems"),
    [
        ("zhang@example.com", "zhang@example.com", []),
        (" ZHANG@Example.com ", "ZHANG@Example.com", []),
        ("zhang＠example。com", "zhang@example.com", []),
        ("张三 <zhang@example.com>", "zhang@example.com", []),
        ("mailto:zhang@example.com", "zhang@example.com", []),
        ("a@b.cn; c@d.cn", "a@b.cn", [Problem(normalize.EXTRA_EMAIL, {"value": "c@d.cn"})]),
        ("无", "", []),
        ("zhang at example", "", [Problem(values.BAD_EMAIL, {"value": "zhang at example"},
                                          error=True)]),
        ("a@b.cn 张三", "a@b.cn", [Problem(values.BAD_EMAIL, {"value": "张三"})]),
    ],
)
def test_email(cell, address, problems):
    assert normalize.email(cell) == (address, problems)
    assert values.clean_email(address) == address


# -- dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        (45296, "2024-01-05"), (45296.75, "2024-01-05"), (1, "1900-01-01"), (59, "1900-02-28"),
        (61, "1900-03-01"), (dt.date(2024, 1, 5), "2024-01-05"),
        (dt.datetime(2024, 1, 5, 23, 59), "2024-01-05"), ("2024/1/5", "2024-01-05"),
        ("2024-1-5", "2024-01-05"), ("2024.1.5", "2024-01-05"), ("2024年1月5日", "2024-01-05"),
        ("2024 年 1 月 5 日", "2024-01-05"), ("２０２４年１月５日", "2024-01-05"),
        ("20240105", "2024-01-05"), (20240105, "2024-01-05"), ("2024-01-05", "2024-01-05"),
        ("2024-07-24T01:23:22Z", "2024-07-24"), ("2024-07-24 01:23:22", "2024-07-24"),
        ("2024-07-24T01:23:22+08:00", "2024-07-24"), ("2024/7/24 13:05", "2024-07-24"),
        ("25/12/2024", "2024-12-25"), ("12/25/2024", "2024-12-25"), ("25.12.2024", "2024-12-25"),
        ("5/5/2024", "2024-05-05"), ("24/1/5", "2024-01-05"), ("45296", "2024-01-05"),
        ("5 Jan 2024", "2024-01-05"), ("Jan 5, 2024", "2024-01-05"),
        ("January 5th, 2024", "2024-01-05"), ("无", ""), (None, ""),
    ],
)
def test_dates(cell, iso):
    assert normalize.date(cell) == (iso, [])
    assert values.clean_date(iso, "next_follow_up") == iso


def test_serials_of_the_1904_system():
    assert normalize.date(0, datemode=1) == ("1904-01-01", [])
    assert normalize.date(45296 - 1462, datemode=1) == ("2024-01-05", [])


@pytest.mark.parametrize("typed", ["05/01/2024", "1/5/2024", "01-02-2024", "24/1/05"])
def test_ambiguous_day_and_month_are_not_guessed(typed):
    assert normalize.date(typed) == (
        "", [Problem(normalize.AMBIGUOUS_DATE, {"value": typed}, error=True)]
    )
    assert normalize.date(typed)[1][0].render() == (
        f"ambiguous date {typed}: write it as 2024-01-05"
    )


@pytest.mark.parametrize(
    "cell", ["2024-02-30", "31/31/2024", "tomorrow", "2024年1月", 60, 0, -5, True, dt.time(9)]
)
def test_what_is_not_a_date_is_an_error(cell):
    iso, problems = normalize.date(cell)
    assert iso == ""
    assert [(p.message, p.error) for p in problems] == [(values.BAD_DATE, True)]


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(1971, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.sampled_from(["iso", "slash", "dot", "cn", "compact", "serial", "date", "datetime",
                        "dmy", "mdy"]))
def test_any_date_in_each_unambiguous_format_comes_back(day, style):
    if style in ("dmy", "mdy") and day.day <= 12 and day.day != day.month:
        style = "iso"  # ambiguous on purpose; tested above
    written = {
        "iso": day.isoformat(), "slash": f"{day.year}/{day.month}/{day.day}",
        "dot": f"{day.year}.{day.month}.{day.day}", "cn": f"{day.year}年{day.month}月{day.day}日",
        "compact": day.strftime("%Y%m%d"), "serial": (day - dt.date(1899, 12, 30)).days,
        "date": day, "datetime": dt.datetime(day.year, day.month, day.day, 10, 30),
        "dmy": f"{day.day:02}/{day.month:02}/{day.year}",
        "mdy": f"{day.month}/{day.day}/{day.year}",
    }[style]
    assert normalize.date(written) == (day.isoformat(), [])


# -- amounts and grades ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("12345.5", "12345.5"), ("¥12,345.50", "12345.5"), ("￥12,345.50", "12345.5"),
        ("RMB 12,345.5", "12345.5"), ("12,345.5元", "12345.5"), ("1.5万", "15000"),
        ("1.5 万元", "15000"), ("¥3万", "30000"), ("12 345", "12345"), ("(1,234)", "-1234"),
        ("-1,234", "-1234"), ("¥-5", "-5"), ("0", "0"), (12345.5, "12345.5"), (12, "12"),
        (3.0, "3"), ("无", ""), (None, ""),
    ],
)
def test_amounts(cell, number):
    assert normalize.amount(cell) == (number, [])
    assert values.clean_number(number, "custom:x") == number


@pytest.mark.parametrize("cell", ["abc", "1,5", "12.3.4", "¥", True, float("inf")])
def test_what_is_not_an_amount_is_an_error(cell):
    number, problems = normalize.amount(cell)
    assert number == ""
    assert [(p.message, p.error) for p in problems] == [(values.BAD_NUMBER, True)]


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2),
       st.sampled_from(["{:,}", "¥{:,}", "￥{:,}", "{:,}元", "RMB {:,}", "{}"]))
def test_any_decimal_formatted_as_money_comes_back(value, template):
    if value < 0:
        typed = "-" + template.format(-value)
    else:
        typed = template.format(value)
    number, problems = normalize.amount(typed)
    assert problems == []
    assert Decimal(number) == value


@pytest.mark.parametrize(
    ("cell", "stored"),
    [("A", "A"), ("a", "A"), (" b ", "B"), ("C级", "C"), ("A类", "A"), ("B类客户", "B"),
     ("甲", "A"), ("丙", "C"), ("", ""), ("无", "")],
)
def test_grades(cell, stored):
    assert normalize.grade(cell) == (stored, [])
    assert values.clean_grade(stored) == stored


def test_other_grades_are_errors():
    assert normalize.grade("VIP") == (
        "", [Problem(normalize.BAD_GRADE_VALUE, {"value": "VIP"}, error=True)]
    )


def test_problems_render_like_user_errors():
    problem = Problem(normalize.ROUNDED, {"value": "1.38001E+10"})
    assert problem.render() == "Excel may have rounded 1.38001E+10; check the number"
    chinese = {normalize.ROUNDED: "Excel 可能已将 {value} 四舍五入，请核对号码"}
    assert problem.render(lambda context, text: chinese[text]) == (
        "Excel 可能已将 1.38001E+10 四舍五入，请核对号码"
    )
    assert Problem("No value here.").render() == "No value here."
