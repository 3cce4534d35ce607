"""The team commands of the command line: `team create`, `team join` and `sync`.

    python main.py team create --book B --folder F --passphrase-file P
    python main.py team join --book B --folder F --passphrase-file P --user NAME
    python main.py team approve --book B --device D [--passphrase-file P]
    python main.py sync --book B [--passphrase-file P] [--json]

`sync` exits 0 when this PC is in step with the folder, 2 with one line when something is in
the way (the folder is missing, a PC's file has not arrived whole, the passphrase is needed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import UserError

TEAM_MADE = T("cli", "The team is set up in {folder}. On each other PC: File > Join a team…, "
                     "or `kehu team join`.")
JOINED = T("cli", "{path} is this PC's copy of the team's book ({customers} customers), used "
                  "by {user}.")
IN_STEP = T("cli", "In step: {published} changes sent, {taken} taken in, {pcs} PCs in the "
                   "team.")
WAITING = T("cli", "Not yet in step: files from {pcs} have not arrived whole. Kehu tries again "
                   "at the next sync.")
NEWER_PCS = T("cli", "{pcs} run a newer Kehu: their changes wait in the folder until Kehu is "
                     "updated on this PC.")
SKEWED = T("cli", "The clock of {name} runs {minutes} minutes ahead; sync goes on, but check "
                  "that PC's date and time.")
LEFT = T("cli", "{path} no longer syncs with its team; the book stays as it is.")
REMOVED_PC = T("cli", "The PC {device} is removed from the team.")
APPROVED_PC = T("cli", "The PC {device} is approved for {user}: from its next sync on it receives "
                       "the customers {user} may see.")
PASSPHRASE_FILE_UNREADABLE = T("errors", "The passphrase file {path} cannot be read: {reason}.")
PASSPHRASE_NEEDED = T("errors", "This PC does not keep the team key: give the team passphrase "
                                "with --passphrase-file FILE.")


PC_FIELDS = ("device_id", "me", "name", "user", "user_id", "synced_at", "kehu", "taken_seq",
             "pruned_seq", "approved")


def add_parsers(commands, who: argparse.ArgumentParser) -> None:
    team = commands.add_parser("team", help="set up or join a team that shares one book")
    what = team.add_subparsers(dest="team_command", required=True)
    create = what.add_parser("create", help="make a shared folder the team's, with this book",
                             parents=[who])
    create.add_argument("--book", type=Path, required=True, dest="command_book")
    create.add_argument("--folder", type=Path, required=True)
    create.add_argument("--passphrase-file", type=Path, required=True)
    create.add_argument("--name", default="", help="the team's name (the shop's)")
    join = what.add_parser("join", help="make this PC's copy of a team's book", parents=[who])
    join.add_argument("--book", type=Path, required=True, dest="command_book")
    join.add_argument("--folder", type=Path, required=True)
    join.add_argument("--passphrase-file", type=Path, required=True)
    leave = what.add_parser("leave", help="this PC stops syncing (its book stays as it is)",
                            parents=[who])
    leave.add_argument("--book", type=Path, required=True, dest="command_book")
    remove = what.add_parser("remove-pc", help="take a PC out of the team (owner)",
                             parents=[who])
    remove.add_argument("--book", type=Path, required=True, dest="command_book")
    remove.add_argument("--device", required=True, help="the PC's device id (sync --json lists them)")
    remove.add_argument("--passphrase-file", type=Path)
    approve = what.add_parser(
        "approve", help="let a PC receive what the user signed in there may see (owner)",
        parents=[who])
    approve.add_argument("--book", type=Path, required=True, dest="command_book")
    approve.add_argument("--device", required=True,
                         help="the PC's device id (sync --json lists them)")
    approve.add_argument("--passphrase-file", type=Path)
    sync = commands.add_parser("sync", help="sync a book with its team's folder", parents=[who])
    sync.add_argument("--book", type=Path, required=True, dest="command_book")
    sync.add_argument("--passphrase-file", type=Path)
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.add_argument("--yes", action="store_true",
                      help="go on with a sync that removes many customers")


def _passphrase(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    except (OSError, ValueError) as exc:
        raise UserError(PASSPHRASE_FILE_UNREADABLE, path=str(path),
                        reason=getattr(exc, "strerror", None) or str(exc)) from None
    return text.splitlines()[0] if text else ""


def run(args: argparse.Namespace, tr, open_book, sign_in) -> int:
    from models.sync import engine, keys

    if args.command == "team" and args.team_command == "create":
        with open_book(args.command_book, args, tr, check=True, writes=True) as book:
            passphrase = _passphrase(args.passphrase_file)
            team = engine.create_team(book, folder_path=args.folder, passphrase=passphrase,
                                      name=args.name)
            keys.save(team["team_id"], engine.unlock(team, passphrase))
        print(tr("cli", TEAM_MADE).format(folder=args.folder))
        return 0
    if args.command == "team" and args.team_command == "leave":
        with open_book(args.command_book, args, tr, writes=True) as book:
            engine.leave_team(book)
        print(tr("cli", LEFT).format(path=args.command_book))
        return 0
    if args.command == "team" and args.team_command == "remove-pc":
        with open_book(args.command_book, args, tr, writes=True) as book:
            team = engine.team_of(book)
            if team is None:
                raise UserError(engine.NOT_IN_TEAM)
            found = _keys(team, args)
            engine.remove_pc(book, keys=found, device_id=args.device)
        print(tr("cli", REMOVED_PC).format(device=args.device))
        return 0
    if args.command == "team" and args.team_command == "approve":
        with open_book(args.command_book, args, tr, writes=True) as book:
            team = engine.team_of(book)
            if team is None:
                raise UserError(engine.NOT_IN_TEAM)
            pc = engine.approve_pc(book, keys=_keys(team, args), device_id=args.device)
        print(tr("cli", APPROVED_PC).format(device=args.device, user=pc.get("user") or ""))
        return 0
    if args.command == "team":
        from models.core.book import Book
        from models.customers import queries

        passphrase = _passphrase(args.passphrase_file)
        team = engine.join_team(args.command_book, folder_path=args.folder,
                                passphrase=passphrase)
        book = Book.open(args.command_book, create=False)
        try:
            sign_in(book, args, tr, writes=True)
            engine.sync_pass(book, passphrase=passphrase)
            book.catch_up_search()
            keys.save(team["team_id"], engine.unlock(team, passphrase))
            user = book.scalar("SELECT name FROM users WHERE id = ?", (book.user_id,)) or ""
            count = queries.count_customers(book)
        finally:
            book.close()
        print(tr("cli", JOINED).format(path=args.command_book, customers=count, user=user))
        return 0
    return _sync(args, tr, open_book)


def _keys(team: dict, args: argparse.Namespace) -> dict:
    """The team key: from the passphrase file, else from this PC's keyring."""
    from models.sync import engine, folder, keys

    passphrase = _passphrase(getattr(args, "passphrase_file", None))
    if passphrase:
        found = folder.read_team(Path(team["folder"]))
        if found is None:
            raise engine.SyncPaused(engine.NOT_A_TEAM, folder=team["folder"])
        return engine.unlock(found, passphrase)
    kept = keys.load(team["team_id"])
    if kept is None:
        raise UserError(PASSPHRASE_NEEDED)
    return kept


def _sync(args: argparse.Namespace, tr, open_book) -> int:
    from models.sync import engine, keys

    with open_book(args.command_book, args, tr, writes=True) as book:
        team = engine.team_of(book)
        if team is None:
            raise UserError(engine.NOT_IN_TEAM)
        found = keys.load(team["team_id"])
        passphrase = _passphrase(args.passphrase_file)
        if found is None and not passphrase:
            raise UserError(PASSPHRASE_NEEDED)
        try:
            report = engine.sync_pass(book, keys=None if passphrase else found,
                                      passphrase=passphrase, confirm_deletes=args.yes)
            book.catch_up_search()
        except UserError as exc:
            if args.json:
                print(json.dumps({"in_step": False, "problem": exc.render(tr)},
                                 ensure_ascii=False))
            raise
    names = {p["device_id"]: p.get("name") or p["device_id"][:8] for p in report.pcs}
    if args.json:
        print(json.dumps({"in_step": report.in_step(), "published": report.published,
                          "taken": report.taken, "waiting": report.waiting,
                          # what a PC says of itself, without the password hashes it carries
                          "pcs": [{k: p.get(k) for k in PC_FIELDS} for p in report.pcs],
                          "unreadable": report.unreadable, "duplicates": report.duplicates,
                          "skewed": report.skewed, "granted": report.granted,
                          "received": report.received, "forgotten": report.forgotten,
                          "whole_book": report.whole},
                         ensure_ascii=False))
    for skew in report.skewed:
        print(tr("cli", SKEWED).format(name=names.get(skew["device_id"], skew["device_id"]),
                                       minutes=skew["ahead_minutes"]), file=sys.stderr)
    if report.newer:
        newer = ", ".join(names.get(d, d[:8]) for d in report.newer)
        print(tr("cli", NEWER_PCS).format(pcs=newer), file=sys.stderr)
        return 2
    if not report.in_step():
        waiting = ", ".join(names.get(d, d[:8]) for d in report.waiting) or "?"
        print(tr("cli", WAITING).format(pcs=waiting), file=sys.stderr)
        return 2
    if not args.json:
        print(tr("cli", IN_STEP).format(published=report.published, taken=report.taken,
                                        pcs=len(report.pcs)))
    return 0
