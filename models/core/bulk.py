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
    switch it back on when the last one ends, and only if it was on before the first."""
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
                gc.enable()
