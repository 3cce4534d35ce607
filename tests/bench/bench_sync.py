"""The convergence property of team sync with the full thousand examples.

tests/unit/models/test_sync_property.py runs random interleavings of edits, deletes, restores,
logged calls, undos and sync passes on 2 to 4 PCs whose folder copies receive each other's
files late, out of order, twice, half-written and as conflict copies, with clocks hours apart;
every PC must end with the same book and every change entry. The suite runs a few examples;
this runs KEHU_SYNC_EXAMPLES=1000 of them in a pytest process of its own.

Metric sync_property: the seconds the 1,000 examples took; ok when they all passed (no floor:
the figure is for watching the property's cost grow).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from tests.bench.common import ROOT, Result, failed, note, result

NEEDS_BOOK = False
EXAMPLES = 1000
METRIC = "sync_property"
TEST = "tests/unit/models/test_sync_property.py"


def run_pytest(test: str, env_extra: dict[str, str], timeout: float) -> tuple[bool, float, str]:
    """Run one test file in a pytest process of its own; (passed, seconds, the output's end)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    t0 = time.perf_counter()
    # -n 0: in this process, not in xdist's workers, so that what the test prints (-s) is here
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-n", "0", "-p",
                           "no:cacheprovider", test], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)
    seconds = time.perf_counter() - t0
    return proc.returncode == 0, seconds, (proc.stdout + proc.stderr)[-4000:]


def run(book, home) -> list[Result]:
    passed, seconds, out = run_pytest(TEST, {"KEHU_SYNC_EXAMPLES": str(EXAMPLES)}, 6 * 3600)
    last = [line for line in out.splitlines() if re.search(r"passed|failed|error", line)]
    note(f"{EXAMPLES} examples of the convergence property: "
         f"{'passed' if passed else 'FAILED'} in {seconds:.0f} s ({last[-1] if last else ''})")
    if not passed:
        note(out)
    return [result(METRIC, seconds, "s", None, f"{EXAMPLES} examples pass", passed, 1)]


def failed_results() -> list[Result]:
    return [failed(METRIC, "s", f"{EXAMPLES} examples pass")]
