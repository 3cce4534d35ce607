"""What the benchmarks share: the demo book, a clean environment, running probes, results.

A benchmark measures in a child process (a "probe") so that each one starts from a fresh Python
and Qt, and the child prints one JSON object with its raw measurements as the last line of its
standard output. The parent turns measurements into results and judges them.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .rss import peak_rss_kib  # noqa: F401 - part of this module's helpers

ROOT = Path(__file__).resolve().parents[2]  # the project root (main.py lives here)
BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".data"  # git-ignored


@dataclass
class Result:
    """One benchmark line: what was measured, the reference measured in the same run, the goal."""

    metric: str
    value: float | None
    unit: str
    floor: float | None
    ratio: float | None
    goal: str
    ok: bool

    def line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def result(metric: str, value: float | None, unit: str, floor: float | None, goal: str,
           ok: bool, digits: int = 3) -> Result:
    ratio = None
    if value is not None and floor:
        ratio = round(value / floor, 2 if value / floor >= 10 else 3)
    return Result(
        metric,
        None if value is None else round(value, digits),
        unit,
        None if floor is None else _round_sig(floor, 4),
        ratio,
        goal,
        bool(ok),
    )


def failed(metric: str, unit: str, goal: str) -> Result:
    """The line of a benchmark that could not run: no value, not ok (the reason goes to stderr)."""
    return Result(metric, None, unit, None, None, goal, False)


def _round_sig(x: float, sig: int) -> float:
    if x == 0:
        return 0.0
    return round(x, max(0, sig - 1 - math.floor(math.log10(abs(x)))))


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def percentile(xs: Sequence[float], p: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least p% of the samples <= it."""
    ordered = sorted(xs)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def note(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


# -- probes ---------------------------------------------------------------------------------
_SPARE: list[bool] = []


def guard_true_refcount() -> int:
    """Hold spare references to True; return its reference count before.

    PySide6 6.12.0 drops one reference to True on every Signal.emit() made from Python (6.11.3
    does not). On Python 3.11, where True is not immortal, the process then aborts with "Fatal
    Python error: bool_dealloc" after some hundreds of emits (at exit) or a few thousand (while
    running). The spares keep a probe alive so it can measure; true_refs_lost() tells whether
    the app still suffers from it.
    """
    before = sys.getrefcount(True)
    _SPARE.extend([True] * 100_000)
    return before


def true_refs_lost(before: int) -> int:
    return before + len(_SPARE) - sys.getrefcount(True)


def finish(payload: dict) -> None:
    """Print the probe's measurements and leave at once: no interpreter finalization, where the
    spare references to True would be dropped before PySide6's lost ones."""
    print(json.dumps(payload), flush=True)
    sys.stderr.flush()
    os._exit(0)


# -- environment -----------------------------------------------------------------------------
AS_USER = "KEHU_BENCH_AS"  # --as NAME: the probes act as this user of the book


def sign_in_as_asked(book) -> str | None:
    """Act as the user named by --as (KEHU_BENCH_AS), so that what they may see is what is
    timed (models.core.scopes); None without it (the book's owner, as Kehu opens it)."""
    name = os.environ.get(AS_USER)
    if not name:
        return None
    uid = book.scalar("SELECT id FROM users WHERE name = ? AND active = 1 AND deleted_at IS "
                      "NULL", (name,))
    if uid is None:
        raise RuntimeError(f"the book has no active user named {name}")
    book.user_id = uid
    return name


def clean_env(home: Path) -> dict[str, str]:
    """Offscreen Qt; Kehu's data and settings in `home`, never in the real user dirs."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KEHU_DATA_DIR"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env.pop("PYTHONSTARTUP", None)
    # As on a user's PC, Python keeps the byte-compiled modules (the warm-up runs write them);
    # an environment that forbids it would time compiling Kehu's sources at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (home / "data").mkdir(parents=True, exist_ok=True)
    (home / "config").mkdir(parents=True, exist_ok=True)
    return env


def probe(args: Sequence[str], env: dict[str, str], *, timeout: float) -> dict:
    """Run `python -m <args>` in the project root; the JSON object on its last stdout line."""
    proc = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=timeout,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"probe {' '.join(args)} exited with {proc.returncode}:\n{proc.stderr[-3000:]}"
        )
    return json.loads(lines[-1])


# -- the demo book ---------------------------------------------------------------------------
def _schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall(), key=repr)
    finally:
        conn.close()


def _fresh_schema() -> list[tuple]:
    """The schema a book gets from today's code (a new, empty book in a temp dir)."""
    from models.core.book import Book

    with tempfile.TemporaryDirectory(prefix="kehu-schema-") as tmp:
        Book.open(Path(tmp) / "empty.sqlite").close()
        return _schema(Path(tmp) / "empty.sqlite")


def customer_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


# What a demo book holds follows from these files: a cached book made by other versions of them
# is rebuilt (a changed search index would otherwise be measured empty or stale).
SOURCES = ("models/demo/__init__.py", "models/core/search.py", "models/core/schema.py", "models/core/values.py")


def source_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _stamp_path(book: Path) -> Path:
    return book.with_name(book.name + ".json")


def cached_book_usable(path: Path, customers: int) -> tuple[bool, str]:
    if not path.is_file():
        return False, "is not built yet"
    try:
        count = customer_count(path)
        schema = _schema(path)
    except sqlite3.Error as exc:
        return False, f"is unreadable ({exc})"
    if count != customers:
        return False, f"holds {count} customers, not {customers}"
    if schema != _fresh_schema():
        return False, "has another schema than today's code creates"
    try:
        stamp = json.loads(_stamp_path(path).read_text())
    except (OSError, ValueError):
        stamp = {}
    if stamp.get("sources") != source_fingerprint():
        return False, "was written by other versions of " + ", ".join(SOURCES)
    return True, f"{count} customers"


def build_book(folder: Path, customers: int) -> Path:
    """Write a demo book of `customers` customers into folder (via a scratch subfolder)."""
    from models.demo import write_demo

    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"demo-{customers}.sqlite"
    scratch = Path(tempfile.mkdtemp(prefix="building-", dir=folder))
    sources = source_fingerprint()  # of the code that writes this book, before it may change
    _stamp_path(final).unlink(missing_ok=True)
    try:
        t0 = time.perf_counter()
        built = write_demo(scratch / final.name, customers=customers, seed=7)
        note(f"built the {customers:,}-customer demo book in {time.perf_counter() - t0:.0f} s")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{final}{suffix}").unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):  # normally checkpointed away when the book closed
            if Path(f"{built}{suffix}").exists():
                os.replace(f"{built}{suffix}", f"{final}{suffix}")
        os.replace(built, final)
        _stamp_path(final).write_text(json.dumps({"customers": customers, "seed": 7,
                                                  "sources": sources}))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return final
