"""Dates of reminders: local times, mornings, repeats (every n days, weeks, months or years) and
the official holidays and make-up workdays."""

from __future__ import annotations

import datetime as dt
import json

# chinese-calendar rather than a holiday table of our own: the official make-up working days
# (调休) and the holiday dates change every year, and the library is maintained from the State
# Council's yearly notice. Years it does not know yet are treated as having no holidays.
import chinese_calendar

from models.core import clock, settings
from models.core.book import Book
from models.core.errors import ValidationError
from models.reminders.labels import (
    BAD_EVERY,
    BAD_MONTHDAY,
    BAD_WEEKDAYS,
    MORNING,
    SKIP_HOLIDAYS,
    UNITS,
)


def iso_seconds(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def as_local(when: dt.datetime) -> dt.datetime:
    tz = clock.now().tzinfo
    when = when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)
    return when.replace(microsecond=0)


def morning_of(day: dt.date) -> dt.datetime:
    return as_local(dt.datetime.combine(day, MORNING))


# -- recurrence --------------------------------------------------------------------------
def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def next_due(recurrence: dict, due: dt.datetime) -> dt.datetime:
    """The occurrence after `due` (same time of day). Pure.

    day: every N days. week: every N weeks; with weekdays (Mon=0), the next chosen weekday of
    the same week, else the first chosen weekday N weeks on. month: every N months on monthday
    (default: due's day), the last day in shorter months. year: the same month every N years,
    on monthday (default: due's day); Feb 29 is Feb 28 in other years."""
    every = int(recurrence.get("every") or 1)
    unit = recurrence.get("unit", "day")
    if unit == "day":
        return due + dt.timedelta(days=every)
    if unit == "week":
        days = sorted(set(recurrence.get("weekdays") or ()))
        if not days:
            return due + dt.timedelta(weeks=every)
        later = [d for d in days if d > due.weekday()]
        if later:
            return due + dt.timedelta(days=later[0] - due.weekday())
        monday = due - dt.timedelta(days=due.weekday())
        return monday + dt.timedelta(weeks=every, days=days[0])
    if unit == "month":
        index = due.year * 12 + due.month - 1 + every
        year, month = divmod(index, 12)
        month += 1
    elif unit == "year":
        year, month = due.year + every, due.month
    else:
        raise ValueError(unit)
    day = min(int(recurrence.get("monthday") or due.day), _days_in_month(year, month))
    return due.replace(year=year, month=month, day=day)


def clean_recurrence(value) -> dict | None:
    """The recurrence as stored (a dict), or None for "does not repeat"; ValidationError."""
    if value in (None, "", {}):
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError("recurrence", BAD_EVERY) from None
    if not isinstance(value, dict):
        raise ValidationError("recurrence", BAD_EVERY)
    every, unit = value.get("every", 1), value.get("unit")
    if isinstance(every, bool) or not isinstance(every, int) or every < 1 or unit not in UNITS:
        raise ValidationError("recurrence", BAD_EVERY)
    out: dict = {"every": every, "unit": unit}
    weekdays = value.get("weekdays")
    if unit == "week" and weekdays:
        if not isinstance(weekdays, list | tuple) or any(
                isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in weekdays):
            raise ValidationError("recurrence", BAD_WEEKDAYS)
        out["weekdays"] = sorted(set(weekdays))
    monthday = value.get("monthday")
    if unit in ("month", "year") and monthday not in (None, 0, ""):
        if isinstance(monthday, bool) or not isinstance(monthday, int) or not 1 <= monthday <= 31:
            raise ValidationError("recurrence", BAD_MONTHDAY)
        out["monthday"] = monthday
    return out


# -- holidays and workdays ---------------------------------------------------------------
def _statutory_holiday(day: dt.date) -> bool | None:
    """True on a public holiday, False on other days, None for a year the library lacks."""
    try:
        on, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    return bool(on and name)


def is_workday(day: dt.date, *, holidays: bool) -> bool:
    """Mon-Fri; with holidays, the official calendar: holidays off, make-up days (调休) on."""
    if holidays:
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            pass
    return day.weekday() < 5


def next_workday(after: dt.date, *, holidays: bool) -> dt.date:
    day = after + dt.timedelta(days=1)
    while not is_workday(day, holidays=holidays):
        day += dt.timedelta(days=1)
    return day


def shift_for_holidays(day: dt.date) -> tuple[dt.date, bool]:
    """A day that is a public holiday moves to the next working day: (day, moved). Ordinary
    weekends stay (many shops open then); so do days of years the library does not know."""
    if not _statutory_holiday(day):
        return day, False
    shifted = day
    for _ in range(60):
        shifted += dt.timedelta(days=1)
        try:
            if chinese_calendar.is_workday(shifted):
                return shifted, True
        except NotImplementedError:
            break
    return day, False


def placed(book: Book, when: dt.datetime, skip: bool | None = None) -> tuple[dt.datetime, str]:
    """(due_at, moved_from) for a reminder set for `when`, after the holiday setting."""
    if not (skip_holidays(book) if skip is None else skip):
        return when, ""
    day, moved = shift_for_holidays(when.date())
    if not moved:
        return when, ""
    return when.replace(year=day.year, month=day.month, day=day.day), when.date().isoformat()


def skip_holidays(book: Book) -> bool:
    return settings.get(book, SKIP_HOLIDAYS)
