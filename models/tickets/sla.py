"""The SLA clock of a ticket, worked out when read from the states it entered: it runs while
the ticket is new or in progress, is paused while waiting for the customer, and stops when it
is resolved. A ticket is overdue when its running time passes the time it was given (due by
minus opened), so waiting for the customer never makes a ticket late."""
from __future__ import annotations

import datetime as dt

from models.tickets.labels import OPEN, RUNNING


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def clock(events: list[tuple[str, str]], until: dt.datetime) -> tuple[float, float]:
    """(running, paused) seconds of events [(status entered, ISO time)] in time order; the
    last state lasts until `until`."""
    running = paused = 0.0
    for i, (status, at) in enumerate(events):
        start = _at(at)
        end = _at(events[i + 1][1]) if i + 1 < len(events) else until
        seconds = max(0.0, (end - start).total_seconds())
        if status in RUNNING:
            running += seconds
        elif status == "waiting":
            paused += seconds
    return running, paused


def allowed(opened_at: str, due_by: str) -> float | None:
    """Seconds the ticket was given, or None without a due date."""
    if not due_by:
        return None
    return (_at(due_by) - _at(opened_at)).total_seconds()


def overdue(status: str, running: float, given: float | None) -> bool:
    return status in OPEN and given is not None and running > given
