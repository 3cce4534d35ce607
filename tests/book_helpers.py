"""Writes that no operation makes: another PC's change arriving, a row set up just so.

They go through the book's writer like any write (the GUI thread's reads use a read-only
connection of their own)."""

from __future__ import annotations

import datetime as dt

from models.core import clock


def raw_write(book, sql: str, params=()) -> None:
    with book.atomic():
        book.conn.execute(sql, params)


TZ = dt.timezone(dt.timedelta(hours=8))  # the shops' time zone in these tests


class HandClock:
    """Kehu's clock (models.core.clock) held where a test puts it; stop() gives it back."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at
        clock.set_clock(lambda: self.at)

    def forward(self, days: float = 0, **kw) -> None:
        self.at += dt.timedelta(days=days, **kw)

    def set(self, *args, hour: int = 10) -> None:
        """set("2025-02-01") (at `hour`), or set(2025, 2, 1, 9[, minute]) as datetime takes it."""
        if args and isinstance(args[0], str):
            self.at = dt.datetime.fromisoformat(args[0]).replace(hour=hour, tzinfo=TZ)
        else:
            self.at = dt.datetime(*args, tzinfo=TZ)

    @staticmethod
    def stop() -> None:
        clock.set_clock(None)


def hand_clock(at: dt.datetime):
    """For a fixture: yields a HandClock at `at`, and gives the clock back after the test."""
    c = HandClock(at)
    yield c
    c.stop()
