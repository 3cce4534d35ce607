"""Hybrid logical clock: wall time + counter + device, sortable as text.

A stamp reads ``2026-12-05T05:20:31.123Z-0000-9F3A1B2C4D5E6F70``: UTC milliseconds, a counter
(4 hex digits) for stamps made in the same millisecond, and the 16-hex-digit device id. Stamps
from one device only ever grow, even when the wall clock steps back; stamps from two devices
never collide, and sorting them as text orders them by time first (Actual
``packages/crdt/src/crdt/timestamp.ts``; Kulkarni et al., "Logical Physical Clocks").

Unlike Actual, a clock that runs ahead of this one does not stop anything: ``receive`` moves
this clock past the stamp it saw, so a PC whose clock is wrong still writes stamps that sort
after what it has seen (Actual's hard failure on drift confused its users, #3786, #5010).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
_PATTERN = re.compile(
    r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})Z-([0-9A-F]{4})-([0-9A-F]{16})$")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def is_device_id(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-F]{16}", text or ""))


def _millis(moment: dt.datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return (moment - _EPOCH) // dt.timedelta(milliseconds=1)


def _iso(millis: int) -> str:
    moment = _EPOCH + dt.timedelta(milliseconds=millis)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{millis % 1000:03d}"


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{_iso(self.millis)}Z-{self.counter:04X}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _PATTERN.match(text or "")
        if not match:
            raise ValueError(f"not a clock stamp: {text!r}")
        # (the pattern holds exactly YYYY-MM-DDTHH:MM:SS.fff, which fromisoformat reads as
        # strptime would, without loading _strptime at start-up)
        when = dt.datetime.fromisoformat(match[1]).replace(tzinfo=dt.UTC)
        return cls(_millis(when), int(match[2], 16), match[3])


class Clock:
    """One device's clock. ``now`` is the wall clock (models.core.clock.now by default)."""

    def __init__(self, device: str, last: str = "", *,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        if not is_device_id(device):
            raise ValueError(f"not a device id: {device!r}")
        self.device = device
        if now is None:
            from models.core import clock

            now = clock.now
        self._now = now
        self._millis, self._counter = 0, -1
        if last:
            stamp = Stamp.parse(last)
            self._millis, self._counter = stamp.millis, stamp.counter

    @property
    def last(self) -> str:
        """The newest stamp made or seen ('' before the first)."""
        if self._counter < 0:
            return ""
        return str(Stamp(self._millis, self._counter, self.device))

    def _advance(self, wall: int) -> None:
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter >= MAX_COUNTER:  # 65,536 stamps in one millisecond: borrow the next
            self._millis, self._counter = self._millis + 1, 0
        else:
            self._counter += 1

    def tick(self) -> str:
        """A new stamp, later than every stamp this clock made or saw."""
        self._advance(_millis(self._now()))
        return str(Stamp(self._millis, self._counter, self.device))

    def ticks(self, n: int) -> list[str]:
        """n new stamps in order (bulk writes: one reading of the wall clock)."""
        wall = _millis(self._now())
        out = []
        at, when = None, ""
        for _ in range(n):
            self._advance(wall)
            if self._millis != at:  # the time part is written once per millisecond used
                at, when = self._millis, _iso(self._millis)
            out.append(f"{when}Z-{self._counter:04X}-{self.device}")
        return out

    def receive(self, stamp: str) -> None:
        """Another device's stamp was seen: later stamps of this clock sort after it."""
        seen = Stamp.parse(stamp)
        if (seen.millis, seen.counter) > (self._millis, self._counter):
            self._millis, self._counter = seen.millis, seen.counter
