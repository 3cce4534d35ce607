"""The work that tests/e2e/test_sync_crash.py kills: run in a subprocess, never by pytest.

    python tests/e2e/sync_worker.py BOOK PASSPHRASE_FILE

Opens the book, unlocks the team key from the passphrase, prints ``syncing`` just before the
pass (the parent times its kill from that line), runs one sync pass (models.sync.engine), and
prints ``done <json>`` with what the pass did.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.core.book import Book
from models.sync import engine, folder


def main(argv: list[str]) -> int:
    book_path, passphrase_file = argv
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").strip()
    book = Book.open(Path(book_path), create=False)
    team = engine.team_of(book)
    keys = engine.unlock(folder.read_team(Path(team["folder"])), passphrase)
    print("syncing", flush=True)
    report = engine.sync_pass(book, keys=keys)
    print("done", json.dumps({"published": report.published, "taken": report.taken,
                              "in_step": report.in_step()}), flush=True)
    book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
