"""Money as integers: an amount is a whole number of minor units (fen, cents) and a currency.

Floats cannot hold 0.1 yuan exactly, and a sum of floats drifts; GnuCash keeps amounts as
integers for the same reason. A Money is (minor units, ISO 4217 code); the exponent of the
currency says where the decimal point goes (CNY 2: 123450 is 1,234.50 yuan; JPY 0: 1234 is
1,234 yen). Two currencies are never added: Money + Money of different currencies raises
MixedCurrencies, and Totals keeps one sum per currency.

parse() reads what people type: "1,234.5", "¥1234.50", "1.2万", "12万5", full-width digits;
it refuses more decimals than the currency has, and anything that is not an amount, with a
ValidationError a user can read. Qt-free: views format amounts for the screen
(views.common.format_money).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models.core import values
from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import ValidationError

DEFAULT_CURRENCY = "CNY"
# The largest amount Kehu keeps, in minor units: 2**53, so that every amount is also exact as
# a float in a spreadsheet or a chart (90 trillion yuan).
MAX_MINOR = 2 ** 53

BAD_AMOUNT = T("errors", "{value} is not an amount (write it as 1234.50, 1,234.50 or 1.2万).")
TOO_MANY_DECIMALS = T("errors", "{value} has too many decimals: {currency} amounts have at most "
                                "{places} decimals.")
NO_DECIMALS = T("errors", "{value} has decimals, but {currency} amounts have none.")
OTHER_CURRENCY = T("errors", "{value} is not in {currency}, the currency chosen for it.")
TOO_LARGE = T("errors", "{value} is too large for an amount.")
BAD_CURRENCY = T("errors", "{value} is not a currency code (three letters, such as CNY or USD).")


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str  # shown before the amount; "" shows the code instead
    exponent: int  # decimals of the minor unit: 2 for fen and cents, 0 for yen
    name: str  # English source text (context "money"), translated by the views


CURRENCIES: dict[str, Currency] = {c.code: c for c in (
    Currency("CNY", "¥", 2, T("money", "Chinese yuan")),
    Currency("USD", "$", 2, T("money", "US dollar")),
    Currency("EUR", "€", 2, T("money", "Euro")),
    Currency("HKD", "HK$", 2, T("money", "Hong Kong dollar")),
    Currency("JPY", "JP¥", 0, T("money", "Japanese yen")),
    Currency("GBP", "£", 2, T("money", "British pound")),
    Currency("KRW", "₩", 0, T("money", "South Korean won")),
    Currency("TWD", "NT$", 2, T("money", "New Taiwan dollar")),
)}
_CODE = re.compile(r"^[A-Z]{3}$")

# What people write before or after an amount, and the currencies it may mean. "¥" is the
# yuan's and the yen's sign; "$" any dollar's; a three-letter code names itself.
_MARKERS: dict[str, frozenset[str]] = {
    "¥": frozenset({"CNY", "JPY"}), "RMB": frozenset({"CNY"}), "人民币": frozenset({"CNY"}),
    "元": frozenset({"CNY"}), "圆": frozenset({"CNY"}), "块": frozenset({"CNY"}),
    "块钱": frozenset({"CNY"}),
    "$": frozenset({"USD", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD"}),
    "US$": frozenset({"USD"}), "美元": frozenset({"USD"}), "美金": frozenset({"USD"}),
    "HK$": frozenset({"HKD"}), "港币": frozenset({"HKD"}), "港元": frozenset({"HKD"}),
    "NT$": frozenset({"TWD"}), "新台币": frozenset({"TWD"}),
    "€": frozenset({"EUR"}), "欧元": frozenset({"EUR"}),
    "£": frozenset({"GBP"}), "英镑": frozenset({"GBP"}),
    "JP¥": frozenset({"JPY"}), "円": frozenset({"JPY"}), "日元": frozenset({"JPY"}),
    "₩": frozenset({"KRW"}), "韩元": frozenset({"KRW"}),
}
_MARKER_ORDER = sorted(_MARKERS, key=len, reverse=True)  # longest first: "HK$" before "$"
_LEADING_CODE = re.compile(r"^[A-Za-z]{3}(?![A-Za-z])")
_TRAILING_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{3}$")
# Names for a currency accepted where a code is asked for (the deal dialog, imports).
_CURRENCY_NAMES = {"RMB": "CNY", "¥": "CNY", "￥": "CNY", "元": "CNY", "人民币": "CNY",
                   "$": "USD", "US$": "USD", "美元": "USD", "€": "EUR", "欧元": "EUR",
                   "HK$": "HKD", "港币": "HKD", "港元": "HKD", "£": "GBP", "英镑": "GBP",
                   "日元": "JPY", "円": "JPY"}

# Units of a number: 12万, 1.2亿, 3千, 1.5k, 1w5, 2M.
_UNITS = {"亿": 10 ** 8, "千万": 10 ** 7, "百万": 10 ** 6, "万": 10 ** 4, "千": 10 ** 3,
          "百": 100, "k": 10 ** 3, "w": 10 ** 4, "m": 10 ** 6}
_TERM = re.compile(r"(\d[\d,]*(?:\.\d*)?|\.\d+)(千万|百万|[亿万千百kwm])?", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")
_SPACES = re.compile(r"[\s_'\u2009\u202f]+")
_MINUS = "-−"


class MixedCurrencies(ValueError):
    """Two currencies were to be added or compared: a programming error, never summed."""


def currency(code: str) -> Currency:
    """The currency of a code; an unknown (but well-formed) code has 2 decimals and no sign."""
    known = CURRENCIES.get(code)
    if known is not None:
        return known
    return Currency(code, "", 2, code)


def exponent(code: str) -> int:
    return currency(code).exponent


def normalise_currency(text: str | None, field: str = "currency") -> str:
    """A currency code from what was typed ("usd", "RMB", "美元", "¥"); empty means CNY."""
    folded = values.fold(text or "")
    if not folded:
        return DEFAULT_CURRENCY
    code = _CURRENCY_NAMES.get(folded, folded.upper())
    if not _CODE.match(code):
        raise ValidationError(field, BAD_CURRENCY, value=folded)
    return code


def _half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


@dataclass(frozen=True)
class Money:
    """An amount: `minor` whole minor units (fen) of `currency`."""

    minor: int
    currency: str = DEFAULT_CURRENCY

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"minor units are an int, not {self.minor!r}")

    @classmethod
    def from_major(cls, value, currency: str = DEFAULT_CURRENCY, field: str = "amount") -> Money:
        """An exact amount from major units (int, Decimal, a float's shortest text or a plain
        number text); more decimals than the currency has raise a ValidationError."""
        if isinstance(value, bool):
            raise ValidationError(field, BAD_AMOUNT, value=str(value))
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except (InvalidOperation, ValueError, TypeError):
            raise ValidationError(field, BAD_AMOUNT, value=str(value)) from None
        if not number.is_finite():
            raise ValidationError(field, BAD_AMOUNT, value=str(value))
        return cls(_to_minor(number, currency, field, str(value)), currency)

    @property
    def major(self) -> Decimal:
        """The amount in major units, exact (Decimal("1234.50"))."""
        places = exponent(self.currency)
        return Decimal(self.minor).scaleb(-places).quantize(Decimal(1).scaleb(-places))

    def plain(self) -> str:
        """The amount as a plain number text with the currency's decimals ("1234.50")."""
        return format(self.major, "f")

    def weighted(self, percent: int) -> Money:
        """percent % of the amount, rounded to the nearest minor unit (halves up)."""
        return Money(_half_up(self.minor * percent, 100), self.currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {other!r}")
        if other.currency != self.currency:
            raise MixedCurrencies(f"{self.currency} and {other.currency} cannot be added")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor


def _to_minor(number: Decimal, code: str, field: str, shown: str) -> int:
    places = exponent(code)
    minor = number.scaleb(places)
    if minor != minor.to_integral_value():
        if places == 0:
            raise ValidationError(field, NO_DECIMALS, value=shown, currency=code)
        raise ValidationError(field, TOO_MANY_DECIMALS, value=shown, currency=code, places=places)
    result = int(minor)
    if abs(result) >= MAX_MINOR:
        raise ValidationError(field, TOO_LARGE, value=shown)
    return result


def from_float(amount: float | None, code: str) -> int | None:
    """Minor units of an amount kept as a float by an older Kehu, rounded to the nearest minor
    unit (halves up); None stays None. Used by the migration to integers."""
    if amount is None:
        return None
    number = Decimal(repr(float(amount))).scaleb(exponent(code))
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Totals(Mapping[str, int]):
    """Sums per currency (code -> minor units); two currencies are never added together.

    Adding a Money or another Totals adds each currency to its own sum; `moneys()` lists them,
    the main currency first."""

    __slots__ = ("_sums",)

    def __init__(self, sums: Mapping[str, int] | Iterable[Money] = ()) -> None:
        self._sums: dict[str, int] = {}
        if isinstance(sums, Mapping):
            for code, minor in sums.items():
                self.add(minor, code)
        else:
            for money in sums:
                self.add_money(money)

    def add(self, minor: int | None, code: str) -> None:
        if minor is None:
            return
        self._sums[code] = self._sums.get(code, 0) + minor

    def add_money(self, money: Money | None) -> None:
        if money is not None:
            self.add(money.minor, money.currency)

    def __add__(self, other: Totals | Money) -> Totals:
        out = Totals(self)
        if isinstance(other, Money):
            out.add_money(other)
        elif isinstance(other, Totals):
            for code, minor in other.items():
                out.add(minor, code)
        else:
            return NotImplemented
        return out

    def __getitem__(self, code: str) -> int:
        return self._sums[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sums)

    def __len__(self) -> int:
        return len(self._sums)

    def __eq__(self, other) -> bool:
        if isinstance(other, Mapping):
            return dict(self._sums) == dict(other)
        return NotImplemented

    __hash__ = None  # mutable: add() changes it

    def __repr__(self) -> str:
        return f"Totals({self._sums!r})"

    def money(self, code: str) -> Money:
        return Money(self._sums.get(code, 0), code)

    def moneys(self, main: str = DEFAULT_CURRENCY) -> list[Money]:
        """One Money per currency: the main currency first, then the others by code."""
        codes = sorted(self._sums, key=lambda c: (c != main, c))
        return [Money(self._sums[c], c) for c in codes]


def weighted_totals(pairs: Iterable[tuple[Money | None, int]]) -> Totals:
    """Sum of amount x percent / 100 per currency, rounded once per currency (not per deal)."""
    raw: dict[str, int] = {}
    for money, percent in pairs:
        if money is not None:
            raw[money.currency] = raw.get(money.currency, 0) + money.minor * percent
    return Totals({code: _half_up(v, 100) for code, v in raw.items()})


# -- reading what people type ---------------------------------------------------------------
def _strip_markers(text: str) -> tuple[str, list[str]]:
    """The text without currency signs, codes and words before or after it, and those found."""
    found: list[str] = []
    changed = True
    while changed and text:
        changed = False
        for marker in _MARKER_ORDER:
            if text.upper().startswith(marker.upper()):
                found.append(marker)
                text, changed = text[len(marker):], True
                break
            if text.upper().endswith(marker.upper()):
                found.append(marker)
                text, changed = text[:-len(marker)], True
                break
        if changed:
            continue
        for pattern in (_LEADING_CODE, _TRAILING_CODE):
            match = pattern.search(text)
            if match and match.group().upper() not in ("K", "W", "M"):
                found.append(match.group().upper())
                text = text[:match.start()] + text[match.end():]
                changed = True
                break
    return text, found


def _number(text: str) -> Decimal | None:
    if "," in text and not _GROUPED.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _body(text: str) -> Decimal | None:
    """A number with units: "1234.5", "1,234", "1.2万", "12万5", "1亿2000万", "1w5"."""
    terms: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TERM.match(text, pos)
        if not match:
            return None
        terms.append((match.group(1), (match.group(2) or "").lower()))
        pos = match.end()
    if not terms:
        return None
    total = Decimal(0)
    previous: int | None = None  # the unit of the term before
    for n, (digits, unit) in enumerate(terms):
        last = n == len(terms) - 1
        number = _number(digits)
        if number is None:
            return None
        if not unit:
            if previous is None:
                return number if last else None
            if not last:
                return None
            if re.fullmatch(r"[1-9]", digits):  # 12万5: five of the next lower unit
                return total + number * previous / 10
            if "." in digits or "," in digits or number >= previous:
                return None
            return total + number
        scale = _UNITS[unit]
        if previous is not None and (scale >= previous or number * scale >= previous):
            return None
        if not last and "." in digits:
            return None
        total += number * scale
        previous = scale
    return total


def parse(text, currency: str = DEFAULT_CURRENCY, field: str = "amount") -> Money | None:
    """What a person typed (or a number in major units) as Money of `currency`; None when
    empty. A currency sign or code in the text must fit `currency` ("$5" is not yuan)."""
    if text is None:
        return None
    if isinstance(text, Money):
        if text.currency != currency:
            raise ValidationError(field, OTHER_CURRENCY, value=text.plain(), currency=currency)
        return text
    if isinstance(text, int | float | Decimal) and not isinstance(text, bool):
        return Money.from_major(text, currency, field)
    if not isinstance(text, str):
        raise ValidationError(field, BAD_AMOUNT, value=str(text))
    shown = values.fold(text)
    if not shown:
        return None
    s = _SPACES.sub("", shown).replace("，", ",").replace("。", ".")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s[:1] in _MINUS:
        negative, s = not negative, s[1:]
    elif s[:1] == "+":
        s = s[1:]
    s, found = _strip_markers(s)
    if s[:1] in _MINUS:  # ¥-12
        negative, s = not negative, s[1:]
    number = _body(s)
    if number is None:
        raise ValidationError(field, BAD_AMOUNT, value=shown)
    for marker in found:
        if currency not in _MARKERS.get(marker, frozenset({marker})):
            raise ValidationError(field, OTHER_CURRENCY, value=shown, currency=currency)
    minor = _to_minor(number, currency, field, shown)
    return Money(-minor if negative else minor, currency)
