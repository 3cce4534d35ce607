"""Peak memory: the app's window on the book, after scrolling the customers from top to bottom.

The probe opens the window as the app does, then moves the table's vertical scroll bar down a
page at a time (processing events after each step, so every page is fetched and painted) until
the last customer shows, and reports its peak resident set size (common.peak_rss_kib: VmHWM on
Linux, where ru_maxrss would include the parent's peak). Floor: the peak RSS of
bare_window.py, measured the same way. Target: at most 250 MB (MiB).

Run alone: python -m tests.bench.bench_memory BOOK   (prints the raw measurements as JSON)
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import (
    BENCH,
    ROOT,
    Result,
    clean_env,
    failed,
    finish,
    guard_true_refcount,
    note,
    peak_rss_kib,
    probe,
    result,
    true_refs_lost,
)

METRIC, UNIT, LIMIT_MB = "peak_memory", "MB", 250.0
GOAL = f"<= {LIMIT_MB:g} MB"


def _maxrss_mb() -> float:
    return peak_rss_kib() / 1024


def _probe_main(book_path: Path) -> dict:
    import views.login_dialog
    from desktop.app import make_app, open_book_for_gui, start_window

    refs = guard_true_refcount()
    app, _language = make_app()
    book = open_book_for_gui(book_path)
    views.login_dialog.needs_login = lambda _book: False  # the owner is at the keyboard
    window = start_window(book)
    for _ in range(3):
        app.processEvents()
    at_ready = _maxrss_mb()
    table = window.customers.table
    bar = table.verticalScrollBar()
    step = max(1, bar.pageStep())
    steps, t0 = 0, time.perf_counter()
    value = 0
    while True:
        bar.setValue(value)
        app.processEvents()
        steps += 1
        if value >= bar.maximum():
            break
        value = min(value + step, bar.maximum())
    seconds = time.perf_counter() - t0
    rows = window.customers.model.rowCount()
    height = table.viewport().height()
    if rows and 0 <= table.rowViewportPosition(rows - 1) < height:
        last_row = rows - 1  # the last customer is on screen
    else:
        last_row = table.rowAt(height - 2)
    window.close()
    book.close()
    return {"maxrss_mb": _maxrss_mb(), "at_ready_mb": at_ready, "rows": rows,
            "last_row_shown": last_row, "steps": steps, "page": step, "seconds": seconds,
            "true_refs_lost": true_refs_lost(refs)}


def run(book: Path, home: Path) -> list[Result]:
    env = clean_env(home / "memory")
    bare = subprocess.run([sys.executable, str(BENCH / "bare_window.py"), "--rss"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    if bare.returncode != 0:
        raise RuntimeError(f"bare_window.py exited with {bare.returncode}:\n{bare.stderr[-2000:]}")
    floor = json.loads(bare.stdout.splitlines()[-1])["maxrss_kib"] / 1024
    raw = probe(["tests.bench.bench_memory", str(book)], env, timeout=900)
    note(f"{METRIC}: {raw['at_ready_mb']:.0f} MB when ready, {raw['maxrss_mb']:.0f} MB after "
         f"{raw['steps']} page steps of {raw['page']} rows in {raw['seconds']:.0f} s "
         f"(last row shown {raw['last_row_shown'] + 1:,} of {raw['rows']:,})")
    if raw["rows"] and raw["last_row_shown"] != raw["rows"] - 1:
        raise RuntimeError("the scroll did not reach the last customer")
    value = raw["maxrss_mb"]
    return [result(METRIC, value, UNIT, floor, GOAL, value <= LIMIT_MB, 1)]


def failed_results() -> list[Result]:
    return [failed(METRIC, UNIT, GOAL)]


if __name__ == "__main__":
    finish(_probe_main(Path(sys.argv[1])))
