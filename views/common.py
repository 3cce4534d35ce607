"""Helpers shared by the views: money as the user's language writes it.

Amounts are models.core.money.Money (integer minor units and a currency). format_money writes one
exactly ("¥1,234.50", "$4,500", "JP¥1,234", "CHF 12.00") or, compact, as Chinese and English
readers each round large numbers: "¥12.3万" / "¥3.4亿" in Chinese, "¥12.3K" / "$1.2M" in
English. format_totals writes one total per currency ("¥12.3万 · $4,500"): amounts in two
currencies are never added.

Which units a compact amount uses is itself a translation (as Qt's own QT_LAYOUT_DIRECTION
is): the English source "K=3 M=6 B=9" (unit = power of ten) is "万=4 亿=8" in Chinese.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from models.core import money
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.money import Money, Totals

CTX = "money"
DASH = "—"
# Translators: the units of compact amounts, each "unit=power of ten" (Chinese: 万=4 亿=8).
COMPACT_UNITS = T("money", "K=3 M=6 B=9")
COMPACT_FROM = Decimal(10000)  # smaller amounts are always written out
SEPARATOR = " · "
_WESTERN = ((9, "B"), (6, "M"), (3, "K"))


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def compact_units(translate=None) -> tuple[tuple[int, str], ...]:
    """(power of ten, unit), largest first, for the language in use."""
    spec = (translate or _translate)(CTX, COMPACT_UNITS)
    units = []
    for part in spec.split():
        unit, _, power = part.partition("=")
        if not unit or not power.isdigit():
            return _WESTERN
        units.append((int(power), unit))
    return tuple(sorted(units, reverse=True)) or _WESTERN


def symbol(code: str) -> str:
    """The sign written before an amount: ¥, $, HK$ ..., or the code and a space."""
    sign = money.currency(code).symbol
    return sign if sign else f"{code} "


def _grouped(value: Decimal, places: int) -> str:
    return f"{value:,.{places}f}"


def format_money(amount: Money | None, *, compact: bool = False, translate=None) -> str:
    """One amount for the screen; None (not known) is a dash. Exact unless compact, and
    exact whenever below 10,000: the fraction is shown when there is one (¥1,234.50,
    ¥1,234)."""
    if amount is None:
        return DASH
    major = amount.major
    sign = "-" if major < 0 else ""
    major = abs(major)
    places = money.exponent(amount.currency)
    if compact and major >= COMPACT_FROM:
        for power, unit in compact_units(translate):
            scale = Decimal(10) ** power
            if major >= scale:
                value = major / scale
                digits = 1 if value < 100 else 0
                rounded = value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
                text = _grouped(rounded, digits)
                if digits and text.endswith(".0"):
                    text = text[:-2]
                return f"{sign}{symbol(amount.currency)}{text}{unit}"
    whole = major == major.to_integral_value()
    return f"{sign}{symbol(amount.currency)}{_grouped(major, 0 if whole else places)}"


def format_totals(totals: Totals, *, compact: bool = True, main: str = money.DEFAULT_CURRENCY,
                  translate=None) -> str:
    """One total per currency, the main currency first: "¥12.3万 · $4,500"; no amounts at
    all is zero in the main currency."""
    moneys = totals.moneys(main) or [Money(0, main)]
    return SEPARATOR.join(format_money(m, compact=compact, translate=translate) for m in moneys)


def edit_text(amount: Money | None) -> str:
    """An amount as it is shown in an input box to be changed: plain digits, no grouping
    ("1234.50", "1234"); empty when not known."""
    if amount is None:
        return ""
    major = amount.major
    return format(major, "f") if major != major.to_integral_value() else str(int(major))


def currency_label(code: str) -> str:
    """"CNY ¥" / "JPY JP¥" / "CHF" for a choice of currency."""
    sign = money.currency(code).symbol
    return f"{code} {sign}" if sign else code
