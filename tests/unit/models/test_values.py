"""Field values: phones keep what matters, reject what is not a number; dates; tags."""

from __future__ import annotations

import pytest

from models.core import values
from models.core.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+86-13800138000", "13800138000"),
        ("８６１３８００１３８０００", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("138 0013 8000/13900139000", "13800138000; 13900139000"),
        ("13800138000；13900139000、13700137000", "13800138000; 13900139000; 13700137000"),
        ("13800138000 13900139000", "13800138000; 13900139000"),
        ("13800138000/13800138000", "13800138000"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_mobiles_are_normalised_and_split(typed, stored):
    assert values.clean_mobiles(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["1380013800", "23800138000", "138001380001", "abc", "13800138000x", "1380013800O",
     "13800138000/12", "电话13800138000"],
)
def test_bad_mobiles_are_refused_with_the_field(typed):
    with pytest.raises(ValidationError) as err:
        values.clean_mobiles(typed, "mobile")
    assert err.value.field == "mobile"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0571-88886666", "0571-88886666"),
        ("(0571) 88886666", "(0571) 88886666"),
        ("057188886666", "057188886666"),
        ("010-12345678/0571-88886666", "010-12345678; 0571-88886666"),
        ("０５７１－８８８８６６６６", "0571-88886666"),
        ("0571-88886666转123", "0571-88886666转123"),
        ("400-800-8888", "400-800-8888"),
        ("", ""),
    ],
)
def test_landlines_keep_area_code_and_leading_zero(typed, stored):
    assert values.clean_phones(typed) == stored


@pytest.mark.parametrize("typed", ["abc", "0571-8888abcd", "call me", "12", "0571-88886666; x"])
def test_landlines_with_letters_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        values.clean_phones(typed, "phone")
    assert err.value.field == "phone"


def test_digits_and_split_numbers():
    assert values.digits("０５７１-8888 6666") == "057188886666"
    assert values.split_numbers("a/b；c、d\ne") == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2024-01-31", "2024-01-31"), ("２０２４-０１-３１", "2024-01-31"), (" 2024-02-29 ", "2024-02-29"),
     ("", "")],
)
def test_dates(typed, stored):
    assert values.clean_date(typed, "next_follow_up") == stored


@pytest.mark.parametrize("typed", ["2023-02-29", "2024-13-01", "tomorrow", "31/01/2024", "2024/01/31"])
def test_bad_dates_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        values.clean_date(typed, "next_follow_up")
    assert err.value.field == "next_follow_up"
    assert typed.strip() in str(err.value)


def test_tags_are_deduplicated_and_keep_their_order():
    assert values.clean_tags("VIP，批发; VIP、 老客户 ,批发") == "VIP, 批发, 老客户"
    assert values.clean_tags(["b", " a", "b", ""]) == "b, a"
    assert values.tag_list("b, a") == ["b", "a"]
    assert values.tag_list("") == []


def test_email_and_grade():
    assert values.clean_email(" ＷＡＮＧ@example.com ") == "WANG@example.com"
    for bad in ("wang", "wang@", "wang@example", "a b@example.com"):
        with pytest.raises(ValidationError):
            values.clean_email(bad)
    assert values.clean_grade("a") == "A"
    assert values.clean_grade("") == ""
    with pytest.raises(ValidationError) as err:
        values.clean_grade("D")
    assert err.value.field == "grade"


@pytest.mark.parametrize(("typed", "stored"), [("1,000", "1000"), ("3.5", "3.5"), ("-2", "-2"),
                                               ("", "")])
def test_numbers(typed, stored):
    assert values.clean_number(typed, "custom:x") == stored


@pytest.mark.parametrize("typed", ["abc", "12元", "nan", "inf", "-Infinity"])
def test_bad_numbers_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        values.clean_number(typed, "custom:x")
    assert err.value.field == "custom:x"
