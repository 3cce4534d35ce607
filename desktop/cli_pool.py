"""The public pool's rules from the command line.

    python main.py pool run --book B [--dry-run]

Returns to the pool the customers its rules say (models.team.pool), and warns the salespeople
of those that go soon, as the app does every hour on an owner's PC; the command acts as an
owner (--user), whichever PC it runs on. --dry-run lists what would happen and writes nothing.
The step's id is printed; `undo` takes it back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP as T

OFF = T("cli", "The public pool's rules are off (Settings > Public pool): nothing was done.")
WOULD = T("cli", "{name}: back to the public pool on {day} ({why})")
WHY = {"contact": T("cli", "no contact logged"), "deal": T("cli", "no order or won deal")}
RAN = T("cli", "{returned} customers went back to the public pool; {warned} warnings given.")
UNDO_WITH = T("cli", "Undo it with: undo {op} --book {book}")
DRY_RUN = T("cli", "Nothing was written (--dry-run).")


def add_parsers(commands, who: argparse.ArgumentParser) -> None:
    pool = commands.add_parser("pool", help="the public pool")
    what = pool.add_subparsers(dest="pool_command", required=True)
    run = what.add_parser("run", parents=[who],
                          help="return customers nobody followed up to the public pool, by "
                               "its rules")
    run.add_argument("--book", type=Path, required=True, dest="command_book")
    run.add_argument("--dry-run", action="store_true",
                     help="list the customers that are due; write nothing")


def run(args: argparse.Namespace, tr, open_book) -> int:
    from models.core import clock, permissions, settings
    from models.team import pool

    with open_book(args.command_book, args, tr, check=not args.dry_run,
                   writes=not args.dry_run) as book:
        if not settings.get(book, settings.POOL_ENABLED.key):
            print(tr("cli", OFF))
            return 0
        if args.dry_run:
            today = clock.today().isoformat()
            for item in pool.due(book):
                if item["day"] <= today:
                    print(tr("cli", WOULD).format(name=item["name"], day=item["day"],
                                                  why=tr("cli", WHY[item["reason"]])))
            print(tr("cli", DRY_RUN))
            return 0
        permissions.require(book, "pool.run")
        done = pool.run_rules(book, force=True)
    print(tr("cli", RAN).format(returned=done["returned"], warned=done["warned"]))
    if done["op_id"]:
        print(tr("cli", UNDO_WITH).format(op=done["op_id"], book=args.command_book))
    return 0
