"""The change log's hash chains (issue 17): what the hash adds to writing, and verifying.

The benchmark writes its own book (NEEDS_BOOK = False). Metric chain_write: one operation that
logs 10,000 change entries (Operation.log, the one writer of entries, then its flush), median of
RUNS; the floor is the same with the hash replaced by a constant (what writing costs without
the chain). Target: the hash adds at most half again. Metric chain_verify: models.core.chain
verify() over 100,000 entries of one PC; floor: reading the same rows. Target: <= 3 s.
Metric chain_report: what History > Verify runs (chain.report, with its progress reports and
Cancel polls) over the same entries; floor: verify() alone. Target: <= 3 s.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.common import Result, failed, median, note, result

NEEDS_BOOK = False
WRITES, VERIFIED, RUNS = 10_000, 100_000, 3


def _write(book, n: int) -> float:
    t0 = time.perf_counter()
    with book.operation("bench_chain") as op:
        for i in range(n):
            op.log("customers", f"bench-{i}", "update", "city", "杭州", f"上海{i}")
    return time.perf_counter() - t0


def run(_book, scratch: Path) -> list[Result]:
    from models.core import chain
    from models.core.book import Book

    with Book.open(scratch / "chain.sqlite") as book:
        _write(book, 100)
        hashed = median([_write(book, WRITES) for _ in range(RUNS)])
        real = chain.entry_hash
        chain.entry_hash = lambda prev, entry: "0" * 64
        try:
            plain = median([_write(book, WRITES) for _ in range(RUNS)])
        finally:
            chain.entry_hash = real
    with Book.open(scratch / "verify.sqlite") as book:  # a chain never written without hashes
        while book.scalar("SELECT count(*) FROM audit") < VERIFIED:
            _write(book, WRITES)
        count = book.scalar("SELECT count(*) FROM audit")
        t0 = time.perf_counter()
        summary = chain.verify(book.conn)
        verify = time.perf_counter() - t0
        told: list[int] = []
        t0 = time.perf_counter()
        found = chain.report(book.conn, own=book.own_devices,
                             progress=lambda done, total: told.append(done),
                             cancelled=lambda: False)
        report = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in book.conn.execute("SELECT * FROM audit ORDER BY device_id, hlc"):
            pass
        read = time.perf_counter() - t0
    note(f"chain: {WRITES} entries written in {hashed:.3f} s with hashes, {plain:.3f} s "
         f"without; {count} entries verified in {verify:.3f} s ({len(summary.breaks)} breaks), "
         f"read alone in {read:.3f} s; History > Verify's report in {report:.3f} s "
         f"({len(told)} progress reports)")
    return [
        result("chain_write", hashed, "s", plain, "hash adds <= 50%", hashed <= plain * 1.5),
        result("chain_verify", verify, "s", read, "<= 3 s", verify <= 3.0 and not summary.breaks),
        result("chain_report", report, "s", verify, "<= 3 s",
               report <= 3.0 and not any(d["kind"] for d in found)),
    ]


def failed_results() -> list[Result]:
    return [failed("chain_write", "s", "hash adds <= 50%"), failed("chain_verify", "s", "<= 3 s")]
