"""Start to ready: the whole `python main.py --book BOOK --exit-when-ready` process, wall time.

Floor: the whole process of bare_window.py (a PySide6 window with an empty QTableView), timed
in the same run. One untimed warm-up of each (byte-compiling, disk cache), then RUNS of each,
alternating, compared by median. Target: at most 3x the bare window.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import BENCH, ROOT, Result, clean_env, median, note, result

METRIC, UNIT, GOAL, FACTOR = "start_to_ready", "s", "<= 3x bare PySide6 window", 3.0
RUNS = 5
TIMEOUT = 180


def _timed(cmd: list[str], env: dict[str, str], *, expect_ready: bool) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT)
    elapsed = time.perf_counter() - t0
    trouble = proc.returncode != 0 or "Traceback" in proc.stderr
    if expect_ready and "ready (" not in proc.stderr:
        trouble = True  # it exited without ever showing the customers
    if trouble:
        raise RuntimeError(
            f"{' '.join(cmd[1:])} exited with {proc.returncode}:\n{proc.stderr[-3000:]}"
        )
    return elapsed


def alternating(floor: list[str], cmd: list[str], env: dict[str, str], *, floor_ready: bool,
                runs: int = RUNS) -> tuple[list[float], list[float]]:
    """One untimed warm-up of each, then `runs` timed starts of each, taking turns (so that a
    slow spell of the machine falls on both); (floor's times, cmd's times)."""
    _timed(floor, env, expect_ready=floor_ready)
    _timed(cmd, env, expect_ready=True)
    floor_s, cmd_s = [], []
    for _ in range(runs):
        floor_s.append(_timed(floor, env, expect_ready=floor_ready))
        cmd_s.append(_timed(cmd, env, expect_ready=True))
    return floor_s, cmd_s


def run(book: Path, home: Path) -> list[Result]:
    env = clean_env(home / "startup")
    bare = [sys.executable, str(BENCH / "bare_window.py")]
    app = [sys.executable, str(ROOT / "main.py"), "--book", str(book), "--exit-when-ready"]
    bare_s, app_s = alternating(bare, app, env, floor_ready=False)
    note(f"{METRIC}: app runs {', '.join(f'{s:.2f}' for s in app_s)} s; "
         f"bare window {', '.join(f'{s:.2f}' for s in bare_s)} s")
    value, floor = median(app_s), median(bare_s)
    return [result(METRIC, value, UNIT, floor, GOAL, value <= FACTOR * floor)]


def failed_results() -> list[Result]:
    from tests.bench.common import failed

    return [failed(METRIC, UNIT, GOAL)]
