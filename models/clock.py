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
