"""The clock, injectable for tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_now: Callable[[], dt.datetime] | None = None


def now() -> dt.datetime:
    return _now() if _now else dt.datetime.now().astimezone()


def now_iso() -> str:
    return now().isoformat(timespec="seconds")


def today() -> dt.date:
    return now().date()


def set_clock(func: Callable[[], dt.datetime] | None) -> None:
    global _now
    _now = func


def local_time(iso: str | None) -> str:
    """'2024-05-03T06:20:00+00:00' -> '2024-05-03 14:20' in the computer's time zone."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
