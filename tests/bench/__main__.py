"""Kehu's benchmarks: python -m tests.bench [--customers N] [--only NAME] [--book PATH]

Each benchmark prints one JSON line per metric on stdout:
    {"metric", "value", "unit", "floor", "ratio", "goal", "ok"}
where floor is a reference measured in the same run on the same machine and ratio is
value / floor. Notes and a one-line summary go to stderr. The exit status is 0 when every
target is met, 1 otherwise (a benchmark that could not run prints its line with value null).

The demo book (models.demo.write_demo, seed 7) is cached at tests/bench/.data/demo-N.sqlite
(git-ignored) and rebuilt when its customer count or schema no longer matches, or when the code
that writes demo books changed (a fingerprint beside it); --rebuild forces that, --no-cache
builds into a temp dir instead, --book uses a book you prepared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tests.bench import (
    bench_board,
    bench_chain,
    bench_clash,
    bench_frozen,
    bench_handover,
    bench_import,
    bench_memory,
    bench_preview,
    bench_receivables,
    bench_reports,
    bench_search,
    bench_startup,
    bench_sync,
    bench_sync_book,
    bench_sync_kill,
    bench_sync_year,
)
from tests.bench.common import AS_USER, CACHE, build_book, cached_book_usable, note

BENCHMARKS = {
    "start_to_ready": bench_startup,
    "search": bench_search,
    "peak_memory": bench_memory,
    "import": bench_import,
    "preview": bench_preview,
    "board": bench_board,
    "reports": bench_reports,
    "receivables": bench_receivables,
    "frozen": bench_frozen,
    "sync": bench_sync,
    "sync_kill": bench_sync_kill,
    "sync_book": bench_sync_book,
    "sync_year": bench_sync_year,
    "chain": bench_chain,
    "handover": bench_handover,
    "clash": bench_clash,
}
ALIASES = {"startup": "start_to_ready", "memory": "peak_memory", "search_median": "search",
           "search_p95": "search", "import_first": "import", "import_again": "import",
           "import_peak_memory": "import", "import_index_after": "import",
           "import_bare_write": "import",
           "preview_empty": "preview",
           "preview_big": "preview", "board_shown": "board", "board_move": "board",
           "report_pack": "reports", "report_pdf": "reports",
           "receivables_aging": "receivables",
           "frozen_start_to_ready": "frozen", "bundle_size": "frozen",
           "sync_property": "sync", "sync_join": "sync_book", "sync_apply": "sync_book",
           "sync_apply_peak_memory": "sync_book", "sync_folder_after_a_year": "sync_year",
           "chain_write": "chain", "chain_verify": "chain",
           "chain_report": "chain", "clash_index": "clash", "clash_import": "clash"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=100_000,
                        help="customers in the demo book (default 100000)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        choices=sorted([*BENCHMARKS, *ALIASES]),
                        help="run only this benchmark (repeatable): " + ", ".join(BENCHMARKS))
    parser.add_argument("--book", type=Path, help="use this book instead of the demo book")
    parser.add_argument("--no-cache", action="store_true",
                        help="build the demo book in a temp dir, not in tests/bench/.data")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the cached demo book even if it looks current")
    parser.add_argument("--as", dest="as_user", metavar="NAME",
                        help="time what this user of the book sees (a salesperson: 李娜); "
                             "default: the owner")
    return parser.parse_args(argv)


def prepare_book(args: argparse.Namespace, scratch: Path) -> Path:
    if args.book:
        if not args.book.is_file():
            raise SystemExit(f"no such book: {args.book}")
        return args.book.resolve()
    if args.no_cache:
        return build_book(scratch / "book", args.customers)
    cached = CACHE / f"demo-{args.customers}.sqlite"
    usable, why = cached_book_usable(cached, args.customers)
    if args.rebuild:
        usable, why = False, "is to be rebuilt (--rebuild)"
    if usable:
        note(f"reusing {cached} ({why})")
        return cached
    note(f"building {cached}: the cached book {why}")
    return build_book(CACHE, args.customers)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.as_user:
        os.environ[AS_USER] = args.as_user
        note(f"acting as {args.as_user}")
    chosen = [ALIASES.get(n, n) for n in args.only] if args.only else list(BENCHMARKS)
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="kehu-bench-") as tmp:
        scratch = Path(tmp)
        needs_book = any(getattr(BENCHMARKS[n], "NEEDS_BOOK", True) for n in chosen)
        book = prepare_book(args, scratch) if needs_book else None
        for name, module in BENCHMARKS.items():
            if name not in chosen:
                continue
            t0 = time.perf_counter()
            try:
                lines = module.run(book, scratch)
            except Exception:  # noqa: BLE001 - report it and go on with the next benchmark
                note(f"{name} could not run:\n{traceback.format_exc()}")
                lines = module.failed_results()
            note(f"{name} took {time.perf_counter() - t0:.0f} s")
            for line in lines:
                print(line.line(), flush=True)
            results.extend(lines)
    summary = "; ".join(
        f"{r.metric} did not run" if r.value is None
        else f"{r.metric} {r.value} {r.unit} ({r.goal}: {'ok' if r.ok else 'MISSED'})"
        for r in results
    )
    met = sum(r.ok for r in results)
    print(f"bench: {met}/{len(results)} targets met in {time.perf_counter() - started:.0f} s"
          f" -- {summary}", file=sys.stderr)
    return 0 if results and met == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
