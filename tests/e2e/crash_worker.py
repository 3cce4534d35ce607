"""The work that tests/e2e/test_crash_safety.py kills: run in a subprocess, never by pytest.

    python tests/e2e/crash_worker.py import BOOK SHEET    preview + run_import of the sheet
    python tests/e2e/crash_worker.py undo BOOK BATCH      undo_import of that import
    python tests/e2e/crash_worker.py backup BOOK          make_backup(reason="manual")

Before the work the worker adds a few customers one by one and prints ``committed <id>`` after
each commit; the parent checks that every customer printed is still in the book after the kill.
``writing`` is printed just before the work starts (the parent times its kill from that line),
``progress <done> <total>`` after each batch an import wrote inside its transaction (and after
each step of a backup), and
``done <json>`` when the work returned.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import backup
from models.core.book import Book
from models.customers import operations


def say(*words: object) -> None:
    print(*words, flush=True)


def main(argv: list[str]) -> int:
    what, book_path, *rest = argv
    book = Book.open(Path(book_path), create=False)
    for n in range(3):
        cid = operations.add_customer(book, data={"name": f"提交前客户{n}号 {what}"})
        say("committed", cid)
    if what == "import":
        from importers import plan as planner
        from importers.source import open_source

        source = open_source(Path(rest[0]))
        plan = planner.preview(book, source, planner.auto_mapping(book, source), mode="skip")
        say("planned", plan.created)
        say("writing")
        result = planner.run_import(book, plan, progress=lambda d, t: say("progress", d, t))
        say("done", json.dumps({"batch": result.batch, "created": result.created}))
    elif what == "undo":
        from models import imports

        say("writing")
        result = imports.undo_import(book, batch_id=rest[0])
        say("done", json.dumps({"removed": result.removed}))
    elif what == "backup":
        say("writing")
        info = backup.make_backup(book.path, reason="manual",
                                  progress=lambda d, t: say("progress", d, t))
        say("done", json.dumps({"path": str(info.path), "customers": info.customers}))
    else:
        raise SystemExit(f"unknown work {what!r}")
    book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
