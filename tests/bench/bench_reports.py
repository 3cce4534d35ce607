"""The monthly report: its numbers (models.reports.pack) and the whole pack as an A4 PDF.

The book is a copy of the 100,000-customer demo book with 50,000 more deals and a year of their
stage history, written by models.demo.pipeline.fill_pipeline inside one book.atomic() (the copy
lives in the scratch folder; the cached demo book is left as it was). The month is the last
full month before today, for everyone (no salesperson chosen).

Metric 1, report_pack: models.reports.pack(book, month), the SQL behind every chart; one
untimed warm-up, then RUNS calls, median. Target: <= 1 s.
Metric 2, report_pdf: in a fresh process, from importing views.report_charts (and so
matplotlib) to the PDF written: the pack, the figures of sixteen charts and lists, nine A4
pages in Chinese (the command line's translator); median of RUNS fresh processes. Target: <= 5 s.
The floor of both: the median of a trivial count(*) of the book's deals, for the machine's
speed.

Run alone: python -m tests.bench.bench_reports BOOK   (prints the raw measurements as JSON)
"""

from __future__ import annotations

import random
import shutil
import sys
import time
import uuid
from pathlib import Path

from tests.bench.common import Result, clean_env, failed, finish, median, note, probe, result

DEALS = 50_000
RUNS = 3
PACK_GOAL, PDF_GOAL = 1.0, 5.0
PAGES = 9  # a title page, then sixteen charts and lists two a page


def last_month() -> str:
    from models.core import clock

    today = clock.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{year:04d}-{month:02d}"


def build_reports_book(source: Path, path: Path, seed: int = 6) -> Path:
    """A copy of `source` with DEALS more deals and their history."""
    from models.core import clock
    from models.core.book import Book
    from models.demo.pipeline import fill_pipeline

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{path}{suffix}")
    book = Book.open(path, create=False)
    try:
        active = [r[0] for r in book.all("SELECT id FROM users WHERE active = 1 AND "
                                         "deleted_at IS NULL ORDER BY created_at")]
        with book.atomic():
            fill_pipeline(book, random.Random(seed), count=DEALS, active_ids=active,
                          new_id=lambda: uuid.uuid4().hex, now=clock.now())
        book.conn.execute("PRAGMA optimize")
    finally:
        book.close()
    return path


# -- the probe -------------------------------------------------------------------------------
def _probe_main(book_path: Path, what: str, out: Path) -> dict:
    month = last_month()
    if what == "pdf":
        t0 = time.perf_counter()
        from desktop.cli import _translator
        from models.core.book import Book
        from models.reports import monthly
        from views import report_charts

        tr = _translator("zh_CN")
        imported = time.perf_counter() - t0
        book = Book.open(book_path, create=False)
        try:
            t1 = time.perf_counter()
            pack = monthly.pack(book, month)
            packed = time.perf_counter() - t1
        finally:
            book.close()
        pages = report_charts.write_pdf(pack, out, tr, "zh_CN")
        return {"pdf_s": time.perf_counter() - t0, "import_s": imported, "pack_s": packed,
                "pages": pages, "bytes": out.stat().st_size}

    from models.core.book import Book
    from models.reports import monthly

    book = Book.open(book_path, create=False)
    try:
        deals = book.scalar("SELECT count(*) FROM deals WHERE deleted_at IS NULL")
        history = book.scalar("SELECT count(*) FROM deal_history")
        floor = []
        for _ in range(5):
            t0 = time.perf_counter()
            book.scalar("SELECT count(*) FROM deals WHERE deleted_at IS NULL")
            floor.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        monthly.pack(book, month)
        first = time.perf_counter() - t0
        runs = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            monthly.pack(book, month)
            runs.append(time.perf_counter() - t0)
    finally:
        book.close()
    return {"first_s": first, "pack_s": runs, "floor_s": floor, "deals": deals,
            "history": history, "month": month}


# -- the parent ------------------------------------------------------------------------------
def run(book: Path | None, home: Path) -> list[Result]:
    if book is None:
        raise RuntimeError("the report benchmark needs the demo book")
    env = clean_env(home / "reports")
    path = home / "reports" / "reports.sqlite"
    t0 = time.perf_counter()
    build_reports_book(book, path)
    note(f"reports: added {DEALS:,} deals with their history in {time.perf_counter() - t0:.0f} s")
    raw = probe(["tests.bench.bench_reports", str(path), "pack"], env, timeout=600)
    pack, floor = median(raw["pack_s"]), median(raw["floor_s"])
    note(f"reports: {raw['deals']:,} deals, {raw['history']:,} history rows, month "
         f"{raw['month']}; pack first call {raw['first_s']:.3f} s, then "
         + ", ".join(f"{v:.3f}" for v in raw["pack_s"]) + " s")
    pdfs = [probe(["tests.bench.bench_reports", str(path), "pdf", str(home / f"r{n}.pdf")],
                  env, timeout=600) for n in range(RUNS)]
    pdf = median([p["pdf_s"] for p in pdfs])
    note("reports: PDF in a fresh process " + ", ".join(f"{p['pdf_s']:.2f}" for p in pdfs)
         + f" s (imports {pdfs[0]['import_s']:.2f} s, pack {pdfs[0]['pack_s']:.2f} s), "
         f"{pdfs[0]['pages']} pages, {pdfs[0]['bytes'] / 1024:.0f} KiB")
    return [
        result("report_pack", pack, "s", floor, f"<= {PACK_GOAL:g} s", pack <= PACK_GOAL),
        result("report_pdf", pdf, "s", floor, f"<= {PDF_GOAL:g} s",
               pdf <= PDF_GOAL and all(p["pages"] == PAGES for p in pdfs)),
    ]


def failed_results() -> list[Result]:
    return [failed("report_pack", "s", f"<= {PACK_GOAL:g} s"),
            failed("report_pdf", "s", f"<= {PDF_GOAL:g} s")]


if __name__ == "__main__":
    finish(_probe_main(Path(sys.argv[1]), sys.argv[2],
                       Path(sys.argv[3]) if len(sys.argv) > 3 else Path("report.pdf")))
