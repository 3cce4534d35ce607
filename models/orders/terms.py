"""Payment terms: a template splits an order's total into plan rows (期数, due date, amount).

After ERPNext's Payment Term (a share of the total, due a number of days after the invoice
date or after the end of its month). The templates:

  full          全款: everything due `days` after the order date (default 0)
  split         30/70 and the like: `percents` (default [30, 70]) of the total, the first due
                on the order date, each next one `days` (default 30) after the one before
  instalments   `n` equal monthly instalments, the first one month after the order date
                (a month after the 31st is the last day of a shorter month)
  month_end     月结: everything due `days` (30 or 60) after the end of the order's month

Amounts are exact to the fen: each row but the last is its share rounded to the nearest minor
unit (halves up), and the last row takes what is left, so the rows always add up to the total.
Pure functions, no book.
"""

from __future__ import annotations

import calendar
import datetime as dt

from models.core.errors import ValidationError
from models.orders.labels import (
    BAD_INSTALMENTS,
    BAD_PERCENTS,
    BAD_TEMPLATE,
    BAD_TERM_DAYS,
    TEMPLATES,
)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where it is shorter (Jan 31 + 1 =
    Feb 28 or 29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _half_up(numerator: int, denominator: int) -> int:
    q, r = divmod(numerator, denominator)
    return q + 1 if 2 * r >= denominator else q


def split_amount(total: int, weights: list[int]) -> list[int]:
    """total (minor units, >= 0) in parts proportional to weights; every part but the last
    rounded to the nearest minor unit, the last takes the remainder."""
    whole = sum(weights)
    parts = [_half_up(total * w, whole) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def _days(value, default: int) -> int:
    if value is None:
        return default
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError("days", BAD_TERM_DAYS)
    return value


def plan_rows(template: str, total: int, order_date: dt.date, *, days: int | None = None,
              percents: list[int] | None = None, n: int | None = None) -> list[dict]:
    """The plan rows of a template: [{"seq", "due_date" (ISO), "amount_minor"}], 期数 from 1."""
    if template == "full":
        dues = [order_date + dt.timedelta(days=_days(days, 0))]
        weights = [1]
    elif template == "split":
        shares = [30, 70] if percents is None else percents
        if (not shares or any(not isinstance(p, int) or isinstance(p, bool) or p <= 0
                              for p in shares) or sum(shares) != 100):
            raise ValidationError("percents", BAD_PERCENTS)
        step = _days(days, 30)
        dues = [order_date + dt.timedelta(days=step * k) for k in range(len(shares))]
        weights = list(shares)
    elif template == "instalments":
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 120:
            raise ValidationError("n", BAD_INSTALMENTS)
        dues = [add_months(order_date, k) for k in range(1, n + 1)]
        weights = [1] * n
    elif template == "month_end":
        dues = [month_end(order_date) + dt.timedelta(days=_days(days, 30))]
        weights = [1]
    else:
        raise ValidationError("template", BAD_TEMPLATE, value=str(template))
    assert template in TEMPLATES
    return [{"seq": k, "due_date": due.isoformat(), "amount_minor": amount}
            for k, (due, amount) in enumerate(zip(dues, split_amount(total, weights),
                                                  strict=True), start=1)]
