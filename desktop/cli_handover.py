"""Handing customers over, and undoing a step, from the command line.

    python main.py handover --book B --from USER --to USER[,USER] [--city C] [--grade G]
                            [--tag T] [--stage S] [--mode round_robin|fewest] [--note TEXT]
                            [--keep-read-until YYYY-MM-DD] [--dry-run]
    python main.py undo OPERATION --book B

A user is named by their name or their id; a stage by its name (as shown in either language)
or its id. Each filter may be given more than once (or as a comma-separated list): a customer
matches when it has one of the values. --keep-read-until (a transfer, not a leaver): the
former salesperson may still read the customers, and change nothing, through that day.
--dry-run prints the counts and writes nothing. The
handover prints the step's id, which `undo` takes back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import UserError

PREVIEW = T("cli", "{name}: {customers} customers, {deals} open deals, {reminders} open "
                   "reminders and {orders} unpaid orders would go to {to}.")
HANDED_OVER = T("cli", "Handed {customers} customers of {name} ({deals} open deals, {reminders} "
                       "open reminders, {orders} unpaid orders) over to {to}.")
RECEIVED = T("cli", "  {name}: {customers} customers")
READ_UNTIL = T("cli", "{name} may read them, and change nothing, until {day}.")
UNDO_WITH = T("cli", "Undo it with: undo {op} --book {book}")
DRY_RUN = T("cli", "Nothing was written (--dry-run).")
UNDONE = T("cli", "Undid “{label}”.")
NO_USER = T("errors", "There is no user called {name} in this book.")
NO_STAGE = T("errors", "There is no stage called {name} in this book.")
NO_STEP = T("errors", "There is no step {op} in this book's history.")
SEVERAL_STEPS = T("errors", "{op} is the start of more than one step's id: give more of it.")


def _names(values: list[str] | None) -> list[str]:
    return [part.strip() for v in values or () for part in v.replace("，", ",").split(",")
            if part.strip()]


def add_parsers(commands, who: argparse.ArgumentParser) -> None:
    hand = commands.add_parser("handover", parents=[who],
                               help="hand a salesperson's customers over to others")
    hand.add_argument("--book", type=Path, required=True, dest="command_book")
    hand.add_argument("--from", required=True, dest="from_user", metavar="USER",
                      help="whose customers (a name or an id)")
    hand.add_argument("--to", required=True, action="append", metavar="USER[,USER]",
                      help="who takes them (several: in turn)")
    hand.add_argument("--city", action="append", help="only customers in this city")
    hand.add_argument("--grade", action="append", help="only customers of this grade (A, B, C)")
    hand.add_argument("--tag", action="append", help="only customers with this tag")
    hand.add_argument("--stage", action="append",
                      help="only customers with an open deal at this stage")
    hand.add_argument("--mode", choices=("round_robin", "fewest"), default="round_robin",
                      help="share out in turn (default) or to whoever has fewest customers")
    hand.add_argument("--note", default="", help="why (kept in the handover log)")
    hand.add_argument("--keep-read-until", metavar="YYYY-MM-DD", default="",
                      help="a transfer: the former salesperson may still read the customers "
                           "(and change nothing) through this day")
    hand.add_argument("--dry-run", action="store_true",
                      help="only count what would move; write nothing")
    undo = commands.add_parser("undo", parents=[who], help="undo one step of the history")
    undo.add_argument("operation", help="the step's id (or its start), as printed by handover")
    undo.add_argument("--book", type=Path, required=True, dest="command_book")


def _user(book, name: str) -> dict:
    from models.core import values

    wanted = values.fold(name)
    rows = book.all("SELECT * FROM users WHERE deleted_at IS NULL AND (id = ? OR name = ?) "
                    "ORDER BY active DESC, name", (name.strip(), wanted))
    if not rows:
        raise UserError(NO_USER, name=name)
    return dict(rows[0])


def _stage_ids(book, names: list[str], tr) -> list[str]:
    from models import deals

    out = []
    for name in names:
        found = [s["id"] for s in deals.stages(book) if name in (
            s["id"], s.get("key"), s["name"], deals.stage_label(s), deals.stage_label(s, tr))]
        if not found:
            raise UserError(NO_STAGE, name=name)
        out.append(found[0])
    return out


def run(args: argparse.Namespace, tr, open_book) -> int:
    if args.command == "undo":
        return _undo(args, tr, open_book)
    from models.team import handover

    with open_book(args.command_book, args, tr, check=not args.dry_run,
                   writes=not args.dry_run) as book:
        giver = _user(book, args.from_user)
        receivers = [_user(book, n) for n in _names(args.to)]
        flt = handover.Filter.of({
            "cities": _names(args.city), "grades": [g.upper() for g in _names(args.grade)],
            "tags": _names(args.tag), "stages": _stage_ids(book, _names(args.stage), tr)})
        to = "、".join(u["name"] for u in receivers)
        if args.keep_read_until:  # refused before anything is counted or written
            handover.read_until_day(book, args.keep_read_until, name=giver["name"],
                                    active=bool(giver["active"]))
        if args.dry_run:
            handover.check_receivers(book, from_user=giver["id"],
                                     to_users=[u["id"] for u in receivers])
            counts = handover.preview_handover(book, from_user=giver["id"], filter=flt)
            print(tr("cli", PREVIEW).format(name=giver["name"], to=to, **counts))
            print(tr("cli", DRY_RUN))
            return 0
        done = handover.hand_over(book, from_user=giver["id"],
                                  to_users=[u["id"] for u in receivers], filter=flt,
                                  mode=args.mode, note=args.note,
                                  keep_read_until=args.keep_read_until or None)
    print(tr("cli", HANDED_OVER).format(name=giver["name"], to=to, **{
        k: done[k] for k in ("customers", "deals", "reminders", "orders")}))
    if len(receivers) > 1:
        for u in receivers:
            print(tr("cli", RECEIVED).format(name=u["name"], customers=done["to"][u["id"]]))
    if done["read_until"]:
        print(tr("cli", READ_UNTIL).format(name=giver["name"], day=done["read_until"]))
    print(tr("cli", UNDO_WITH).format(op=done["op_id"], book=args.command_book))
    return 0


def _undo(args: argparse.Namespace, tr, open_book) -> int:
    from models.core import changelog

    with open_book(args.command_book, args, tr, check=True, writes=True) as book:
        wanted = args.operation.strip()
        found = [r[0] for r in book.all(
            "SELECT id FROM operations WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%') "
            "LIMIT 2", (wanted, wanted, wanted.replace("%", "").replace("_", "")))]
        if not found:
            raise UserError(NO_STEP, op=wanted)
        if len(found) > 1 and wanted not in found:
            raise UserError(SEVERAL_STEPS, op=wanted)
        op_id = wanted if wanted in found else found[0]
        step = changelog.operation_label(book, op_id) or {}
        changelog.undo_operation(book, op_id=op_id)
    print(tr("cli", UNDONE).format(label=step.get("label") or step.get("name", "")))
    return 0
