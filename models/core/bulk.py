"""Helpers for work on a whole sheet or book at once (an import of 100,000 rows)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused while a bulk job makes millions of objects that live
    until it ends (cells, rows, clean values): each of its full passes walks all of them
    again, for nothing, since they hold no cycles. Nested pauses (and pauses on two threads)
    switch it back on when the last one ends, and only if it was on before the first; the
    objects made meanwhile then count as old (_age_survivors)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                _age_survivors()
                gc.enable()


def _age_survivors() -> None:
    """Move the objects made while the collector was paused into its oldest generation, as a
    collection would move them, without walking them: left in the youngest, the first
    collection after the pause walks every one of them (a preview of 100,000 rows: 0.25 s).
    Garbage among them is collected by the next full collection instead."""
    if gc.get_freeze_count() == 0:  # nobody keeps objects frozen: freeze and thaw them all
        gc.freeze()
        gc.unfreeze()
