"""A sync pass killed (SIGKILL) at 30 seeded random moments (tests/e2e/test_sync_crash.py with
KEHU_SYNC_KILLS=30; the suite kills it 3 times): after each kill the book passes its check,
the team folder holds only whole sealed files or temporary files, and the next passes bring
both PCs to the same book with every change of each.

Metric sync_kill: the kills made and survived; ok when all of them were (no floor).
"""

from __future__ import annotations

import json

from tests.bench.bench_sync import run_pytest
from tests.bench.common import Result, failed, note, result

NEEDS_BOOK = False
KILLS = 30
METRIC = "sync_kill"
TEST = "tests/e2e/test_sync_crash.py"


def run(book, home) -> list[Result]:
    passed, seconds, out = run_pytest(TEST, {"KEHU_SYNC_KILLS": str(KILLS)}, 3 * 3600)
    summary = {}
    for line in out.splitlines():
        if line.startswith("sync kills:"):
            summary = json.loads(line.split(":", 1)[1])
    note(f"{KILLS} kills of a sync pass: {'all whole' if passed else 'FAILED'} in {seconds:.0f} s "
         f"{json.dumps(summary)}")
    if not passed:
        note(out)
    return [result(METRIC, summary.get("kills", 0) if passed else 0, "kills", None,
                   f">= {KILLS} kills, each leaving the book, the folder and the next pass whole",
                   passed and summary.get("kills", 0) >= KILLS, 0)]


def failed_results() -> list[Result]:
    return [failed(METRIC, "kills", f">= {KILLS} kills, each leaving the book, the folder and "
                   "the next pass whole")]
