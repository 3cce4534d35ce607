"""The command line: `python main.py` starts the app; subcommands run headless.

Headless commands (new, demo, export, import, undo-import, check, reminders, receivables,
report, backup, restore, handover, undo, pool run) never import PySide6.QtWidgets, so they run on a machine
with no display. A problem the user can fix (a missing or foreign book, a bad file name) ends
with exit code 2 and one translated line on stderr, never a traceback.

Commands that open a book act as a named user (--user NAME, the password typed at a terminal
or read from --password-file) and obey the same permissions as the app (models.core.permissions):
a salesperson cannot restore a backup or take back another person's import. A book with one
active user needs no --user; in a book that more than one person uses, a command that writes
refuses to run without one.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.errors import UserError

Translate = Callable[[str, str], str]

NEW_BOOK = T("cli", "Made a new empty book {path}; {owner} is its owner.")
BOOK_EXISTS = T("errors", "{path} already exists; Kehu does not overwrite a book. Choose another "
                          "name.")
DEMO_WRITTEN = T("cli", "Wrote a demo book with {count} customers to {path} in {seconds:.1f} s.")
EXPORTED = T("cli", "Exported {count} customers to {path}.")
EXPORTED_DEALS = T("cli", "Exported {count} deals to {path}.")
EXPORTED_ROWS = T("cli", "Exported {count} rows to {path}.")
NOTHING_OWED = T("cli", "No customer owes anything.")
OWED_LINE = T("cli", "{name}: owes {owed} {currency} ({buckets})")
OWED_TOTAL = T("cli", "In all: {owed} {currency}")
MONTH_LINE = T("cli", "This month in {currency}: expected {expected}, received {received}, "
                      "recorded and waiting for confirmation {pending}")
BOOK_FINE = T("cli", "The book {path} looks fine.")
PROBLEMS_FOUND = T("cli", "{count} problems found in {path}:")
IMPORT_PREVIEW = T("cli", "{file}: {rows} rows; {created} new customers, {updated} updates, "
                          "{duplicates} duplicates, {skipped} skipped, {errors} cannot be imported.")
IMPORT_RECORDS_PREVIEW = T("cli", "{file}: {rows} rows; {created} new orders ({new_customers} new "
                                  "customers), {held} held, {duplicates} already in the book "
                                  "or repeated, {errors} cannot be imported.")
IMPORT_PRODUCTS_PREVIEW = T("cli", "{file}: {rows} rows; {created} new products, {updated} new "
                                   "prices, {duplicates} already in the catalogue or repeated, "
                                   "{errors} cannot be imported.")
IMPORT_ROW_ERROR = T("cli", "  row {row}: {reason}")
IMPORT_SHEETS = T("cli", "{file} has {count} sheets with rows: {sheets}. Imported: {chosen} "
                         "(choose with --sheet NAME, several times, or --all-sheets).")
IMPORT_SHEET_ROWS = T("cli", "{sheet} ({rows} rows)")
IMPORT_SHEET_HIDDEN = T("cli", "{sheet} ({rows} rows, hidden in the workbook)")
IMPORT_HELD = T("cli", "{count} rows held for you to look at (not imported):")
IMPORT_WARNINGS = T("cli", "{count} rows imported with a warning:")
IMPORT_ROW_WARNING = T("cli", "  row {row}: {warning}")
IMPORT_NOT_WRITTEN = T("cli", "Nothing was written (a preview). Add --yes to import.")
IMPORT_DONE = T("cli", "Imported as batch {batch}; undo with: undo-import {batch}")
IMPORT_UNDONE = T("cli", "Undid the import {batch}: {removed} customers removed, {restored} restored.")
IMPORT_UNDONE_RECORDS = T("cli", "Undid the import {batch}: {removed} orders, products or "
                                 "customers removed, {restored} prices restored.")
IMPORT_KEPT = T("cli", "  kept {name}: {reason}")
BAD_MAPPING = T("errors", "{path} is not a mapping file: {reason}")
NOTHING_DUE = T("cli", "Nothing is due.")
REMINDER_LINE = T("cli", "{due}  {title}{about}  ({owner}, {priority})")
PRIORITY_NAMES = {"low": T("cli", "low"), "normal": T("cli", "normal"), "high": T("cli", "high")}
REPORT_PDF = T("cli", "Wrote the report for {month} to {path} ({pages} pages).")
REPORT_XLSX = T("cli", "Wrote the numbers of the report for {month} to {path} ({sheets} sheets).")
BAD_MONTH = T("errors", "{month} is not a month: write it as YYYY-MM, for example 2026-03.")
NO_SUCH_OWNER = T("errors", "There is no salesperson called {name} in this book.")
REPORT_FORMAT = T("errors", "{name}: a report is written as .pdf or .xlsx.")
BACKED_UP = T("cli", "Backed up {customers} customers to {path} ({size}).")
RESTORED = T("cli", "Restored {customers} customers from {file} into {book}.")
SAFETY_KEPT = T("cli", "The book as it was before is kept in {path}.")
DAMAGED_KEPT = T("cli", "The book was damaged; its files are kept as {path}.")
GOOD_BACKUP = T("cli", "The newest good backup is {path} ({when}, {customers} customers); "
                       "restore it with: restore {path} --book {book}")
NO_GOOD_BACKUP = T("cli", "No good backup of it was found.")
OUT_EXISTS = T("errors", "{path} already exists; Kehu does not overwrite it. Choose another name.")
REPORT_CANNOT_WRITE = T("errors", "{path} cannot be written: {reason}.")
NO_USER_NAMED = T("errors", "There is no active user called {name} in this book.")
SAY_WHO = T("errors", "More than one person uses this book: say who you are with --user NAME.")
PASSWORD_PROMPT = T("cli", "Password for {name}: ")
PASSWORD_NOT_GIVEN = T("errors", "{name} has a password: type it at a terminal, or give a file "
                                 "that holds it with --password-file FILE.")
PASSWORD_FILE_UNREADABLE = T("errors", "The password file {path} cannot be read: {reason}.")
NEW_PASSWORD_PROMPT = T("cli", "Choose a password for {name}: ")
NEW_PASSWORD_AGAIN = T("cli", "The same password again: ")
NEW_PASSWORDS_DIFFER = T("errors", "The two passwords are not the same; nothing was changed.")
NEW_PASSWORD_NOT_GIVEN = T("errors", "{name} has no password yet, and a book more than one "
                                     "person uses needs one: choose it at a terminal, or give "
                                     "a file that holds it with --password-file FILE.")
UNEXPECTED = T("errors", "Kehu met a problem it did not expect ({kind}); nothing more was done. "
                         "The details are in {log}.")
FAILED_OS = T("errors", "Kehu could not finish: {reason}. Nothing more was done.")
INTERRUPTED = T("errors", "Stopped; what was not finished was not written.")
DONE_BUT = T("cli", "(The work above was saved; closing the book afterwards reported: {reason}.)")
READ_ONLY_NOTE = T("cli", "The book {path} is read-only: Kehu reads it and writes nothing.")
EXPORT_NOT_RECORDED = T("cli", "This export is not recorded in the book's history: the book is "
                               "read-only.")


class UsageError(Exception):
    """Bad command line arguments (argparse's complaint, kept to one line)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of argparse's usage + error
        raise UsageError(f"{self.prog}: {message}")


def _who() -> argparse.ArgumentParser:
    """--user and --password-file, for every command that opens a book."""
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--user", metavar="NAME",
                     help="act as this user (needed when more than one person uses the book)")
    who.add_argument("--password-file", type=Path, metavar="FILE",
                     help="read the user's password from the first line of FILE (without it: "
                          "asked at a terminal)")
    return who


# The app's own options (`python main.py --book BOOK`): (name, takes a value).
APP_OPTIONS = {"--book": True, "--demo": False, "--exit-when-ready": False, "--lang": True}


def starts_the_app(argv: list[str]) -> bool:
    """Whether the arguments are the app's own options and nothing else (no command, no help,
    no abbreviation): those are parsed without building every command's parser."""
    i = 0
    while i < len(argv):
        name, eq, _value = argv[i].partition("=")
        if name not in APP_OPTIONS or (eq and not APP_OPTIONS[name]):
            return False
        if APP_OPTIONS[name] and not eq:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                return False  # argparse's own message for a missing value
            i += 1
        i += 1
    return True


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; with_commands=False: the app's options alone, which parse the same
    arguments the same way (starts_the_app) without loading the commands' modules."""
    parser = _Parser(prog="kehu", description="Kehu (客户本), a customer book for small shops.")
    parser.add_argument("--book", type=Path, help="the book to open (a .sqlite file)")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo book")
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the app")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    who = _who()
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = commands.add_parser("new", help="make a new empty book")
    new.add_argument("path", type=Path, help="the book to make (a .sqlite file)")

    demo = commands.add_parser("demo", help="write a demo book")
    demo.add_argument("path", type=Path)
    demo.add_argument("--customers", type=_count, default=300)
    demo.add_argument("--seed", type=int, default=7)

    export = commands.add_parser("export", help="export to a spreadsheet")
    what = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    customers = what.add_parser("customers", help="all customers to .csv or .xlsx",
                                parents=[who])
    customers.add_argument("--book", type=Path, required=True, dest="command_book")
    customers.add_argument("--out", type=Path, required=True)
    deals = what.add_parser("deals", help="all deals (open, won and lost) to .csv or .xlsx",
                            parents=[who])
    deals.add_argument("--book", type=Path, required=True, dest="command_book")
    deals.add_argument("--out", type=Path, required=True)
    for name, about in (("orders", "orders, one row per line, to .csv or .xlsx"),
                        ("payments", "payments received and recorded to .csv or .xlsx"),
                        ("products", "the product catalogue to .csv or .xlsx")):
        part = what.add_parser(name, help=about, parents=[who])
        part.add_argument("--book", type=Path, required=True, dest="command_book")
        part.add_argument("--out", type=Path, required=True)

    owed = commands.add_parser("receivables", help="what customers owe, in aging buckets",
                               parents=[who])
    owed.add_argument("--book", type=Path, required=True, dest="command_book")
    owed.add_argument("--json", action="store_true", help="print one JSON object")

    imp = commands.add_parser("import", help="import customers (or orders, or products) from a "
                                             "spreadsheet or vCard file", parents=[who])
    imp.add_argument("file", type=Path)
    imp.add_argument("--book", type=Path, required=True, dest="command_book")
    imp.add_argument("--as", dest="records", choices=("customers", "orders", "products"),
                     default="customers", help="what the file holds (default customers)")
    imp.add_argument("--new-customers", action="store_true",
                     help="orders: create the customers not in the book (without it: their "
                          "orders are held, not imported)")
    imp.add_argument("--update-prices", action="store_true",
                     help="products: update the price of products already in the catalogue "
                          "(without it: they are skipped)")
    imp.add_argument("--sheet", action="append",
                     help="the sheet to import (repeat for several; default: of the sheets that "
                          "hold a list, the one with the most rows)")
    imp.add_argument("--all-sheets", action="store_true", help="import every sheet with rows, but those the workbook hides")
    imp.add_argument("--mapping", default="auto", help="auto, or a .json file")
    imp.add_argument("--on-duplicate", choices=("skip", "fill", "overwrite", "create"),
                     default="skip")
    imp.add_argument("--dry-run", action="store_true", help="only show what would happen")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.add_argument("--yes", action="store_true", help="import (without it: a preview)")

    undo_imp = commands.add_parser("undo-import", help="take an import back", parents=[who])
    undo_imp.add_argument("batch")
    undo_imp.add_argument("--book", type=Path, required=True, dest="command_book")

    check = commands.add_parser("check", help="check a book for damage", parents=[who])
    check.add_argument("--book", type=Path, required=True, dest="command_book")

    due = commands.add_parser("reminders", help="list the reminders that are due",
                              parents=[who])
    due.add_argument("--book", type=Path, required=True, dest="command_book")
    due.add_argument("--due", choices=("today", "overdue", "week"),
                     help="due today, overdue (before now) or in the next 7 days; "
                          "without it: overdue and today")
    due.add_argument("--json", action="store_true", help="print one JSON list")

    report = commands.add_parser("report", help="write the monthly report as .pdf or .xlsx",
                                 parents=[who])
    report.add_argument("--book", type=Path, required=True, dest="command_book")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--owner", help="one salesperson's name (without it: everyone)")
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    report.add_argument("--lang", choices=("zh_CN", "en"), dest="command_lang",
                        help="language of the report")

    backup = commands.add_parser("backup", help="back up a book (SQLite's online backup)")
    backup.add_argument("--book", type=Path, required=True, dest="command_book")
    backup.add_argument("--out", type=Path,
                        help="the backup file (without it: the book's backup folder)")

    restore = commands.add_parser("restore", help="put a backup in place of a book",
                                  parents=[who])
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--book", type=Path, required=True, dest="command_book")
    from desktop import cli_handover, cli_pool, cli_team

    cli_team.add_parsers(commands, who)
    cli_handover.add_parsers(commands, who)
    cli_pool.add_parsers(commands, who)
    return parser


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a console that cannot show Chinese
    if argv is None:
        argv = sys.argv[1:]
    try:
        args = build_parser(with_commands=not starts_the_app(argv)).parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.command is None:
        return _gui(args)
    _attach_console()
    tr = _translator(getattr(args, "command_lang", None) or args.lang)
    try:
        if args.command == "new":
            return _new(args, tr)
        if args.command == "demo":
            return _demo(args, tr)
        if args.command == "export":
            return _export(args, tr)
        if args.command == "import":
            return _import(args, tr)
        if args.command == "undo-import":
            return _undo_import(args, tr)
        if args.command == "reminders":
            return _reminders(args, tr)
        if args.command == "receivables":
            return _receivables(args, tr)
        if args.command == "report":
            return _report(args, tr)
        if args.command == "backup":
            return _backup(args, tr)
        if args.command == "restore":
            return _restore(args, tr)
        if args.command in ("handover", "undo"):
            from desktop import cli_handover

            return cli_handover.run(args, tr, _open)
        if args.command == "pool":
            from desktop import cli_pool

            return cli_pool.run(args, tr, _open)
        if args.command in ("team", "sync"):
            from desktop import cli_team

            return cli_team.run(args, tr, _open, _sign_in)
        return _check(args, tr)
    except UserError as exc:
        print((exc.render(tr) + _damaged_hint(exc, tr)).replace("\n", " "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("errors", INTERRUPTED), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - no traceback ever reaches the user
        print(_unexpected(exc, tr), file=sys.stderr)
        return 2


def _unexpected(exc: BaseException, tr: Translate) -> str:
    """One line for an error no command expected: the reason in the user's words where the
    system gave one (a full disk, no access, a damaged file, no memory), else where the
    details were logged. The traceback goes to the log file, never to the screen."""
    import logging
    import sqlite3
    import traceback

    from models.core import paths
    from models.core.errors import os_reason

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log_file = paths.log_path()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} ERROR kehu: {details}\n")
    except OSError:
        logging.getLogger("kehu").debug("the log cannot be written")
    if isinstance(exc, OSError | sqlite3.Error | MemoryError):
        reason = tr("errors", os_reason(exc)).replace("{{", "{").replace("}}", "}")
        return tr("errors", FAILED_OS).format(reason=reason).replace("\n", " ")
    return tr("errors", UNEXPECTED).format(kind=type(exc).__name__, log=log_file)


def _after_commit(step, tr: Translate) -> None:
    """Run step after the command's work was committed: what fails now is said as a note,
    never as a failure of the work (which is saved)."""
    try:
        step()
    except Exception as exc:  # noqa: BLE001
        from models.core.errors import os_reason

        print(tr("cli", DONE_BUT).format(reason=tr("errors", os_reason(exc))), file=sys.stderr)


def _catch_up_search(book, tr: Translate) -> None:
    """The search text a big import left for after it (models.imports.INDEX_LATER), written
    before the command ends, in one transaction (nothing else waits for the writer). A
    failure is a note: Kehu writes what is left when it next opens the book."""
    _after_commit(lambda: book.catch_up_search(batch=None), tr)


def _close_after_commit(book, tr: Translate) -> None:
    """Close a book after its work was committed (a failure is a note)."""
    _after_commit(book.close, tr)


def _damaged_hint(exc: UserError, tr: Translate) -> str:
    """For a damaged book: the newest backup that passes its check, and how to restore it."""
    from models.core.book import DamagedBook

    if not isinstance(exc, DamagedBook):
        return ""
    from models import backup

    good = backup.newest_good(exc.path)
    if good is None:
        return " " + tr("cli", NO_GOOD_BACKUP)
    return " " + tr("cli", GOOD_BACKUP).format(
        path=good.path, when=good.when.strftime("%Y-%m-%d %H:%M"), customers=good.customers,
        book=exc.path)


def _attach_console() -> None:
    """The frozen Kehu.exe is a windowed program with no console of its own: a headless command
    typed in a console window prints into that console."""
    if os.name != "nt" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")
        sys.stderr = sys.stdout


# -- the app -----------------------------------------------------------------------------
def _gui(args: argparse.Namespace) -> int:
    """The app. With --demo, run_gui writes a fresh demo book under data_dir()/demo and opens it."""
    import gc

    from desktop.pyside_imports import skip_source_scan

    # Start-up makes few reference cycles but many objects (Qt's enums, the first page), so
    # the cyclic collector's passes there are wasted (about 20 ms): it runs again from the
    # moment the window is ready (desktop.app.start_window), or when the app ends before that.
    gc.disable()
    try:
        skip_source_scan()
        from desktop.app import run_gui

        return run_gui(book_path=args.book, demo=args.demo,
                       exit_when_ready=args.exit_when_ready, lang=args.lang)
    finally:
        gc.enable()


# -- headless commands -------------------------------------------------------------------
def _translator(lang: str | None) -> Translate:
    """QCoreApplication.translate with Kehu's translators loaded; English without them."""
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop.i18n import install_translators, resolve_language
    except ImportError:
        return lambda context, text: text
    language = resolve_language(lang)
    if language.startswith("en"):
        return lambda context, text: text
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, language)
    _translator.app = app  # keep it alive while the command runs
    return QCoreApplication.translate


def _say(tr: Translate, message: str, **params: object) -> None:
    print(tr("cli", message).format(**params))


def _open(path: Path, args: argparse.Namespace, tr: Translate, *, check: bool = False,
          writes: bool = False):
    """The book, signed in as the user the command acts as (_sign_in); with check=True
    (commands that write) SQLite's integrity check runs first and a damaged book is refused
    before anything is written."""
    from models.core.book import Book

    book = Book.open(path, create=False, check=check)
    try:
        if book.read_only:
            if writes:
                from models.core.errors import READ_ONLY_BOOK, BookError

                raise BookError(READ_ONLY_BOOK, path=str(path))
            print(tr("cli", READ_ONLY_NOTE).format(path=path), file=sys.stderr)
        _sign_in(book, args, tr, writes=writes)
    except BaseException:
        book.close()
        raise
    return book


def _sign_in(book, args: argparse.Namespace, tr: Translate, *, writes: bool) -> None:
    """Act as --user (with their password), or as the only active user. In a book that more
    than one person uses, a command that writes needs --user; one that only reads acts as
    the first owner, as before."""
    from models.core import values
    from models.core.errors import PasswordNeeded
    from models.customers import queries
    from models.team import users

    name = getattr(args, "user", None)
    if not name:
        active = queries.users(book)
        if len(active) == 1:
            book.user_id = active[0]["id"]
        elif writes:
            raise UserError(SAY_WHO)
        return
    wanted = values.fold(name)
    user = next((u for u in queries.users(book) if u["name"] == wanted), None)
    if user is None:
        raise UserError(NO_USER_NAMED, name=name)
    password = ""
    if user["password_hash"]:
        password = _password(args, tr, user["name"])
    if book.read_only:  # nothing can be written, wrong tries are not counted either
        from models.core.errors import PermissionDenied

        if not users.check_password(user["password_hash"], password):
            raise PermissionDenied(users.WRONG_PASSWORD)
        book.user_id = user["id"]
        return
    try:
        users.sign_in(book, user_id=user["id"], password=password)
    except PasswordNeeded:  # an owner or manager of a shared book chooses one now
        if not writes:  # as a command that only reads does without --user
            book.user_id = user["id"]
            return
        users.sign_in(book, user_id=user["id"], new_password=_new_password(args, tr, user["name"]))


def _new_password(args: argparse.Namespace, tr: Translate, name: str) -> str:
    """A first password: the first line of --password-file, else typed twice at a terminal."""
    if getattr(args, "password_file", None) is not None:
        return _password(args, tr, name)
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(NEW_PASSWORD_NOT_GIVEN, name=name)
    import getpass

    first = getpass.getpass(tr("cli", NEW_PASSWORD_PROMPT).format(name=name))
    if getpass.getpass(tr("cli", NEW_PASSWORD_AGAIN)) != first:
        raise UserError(NEW_PASSWORDS_DIFFER)
    return first


def _password(args: argparse.Namespace, tr: Translate, name: str) -> str:
    """From --password-file (its first line), else typed at a terminal (never echoed)."""
    path = getattr(args, "password_file", None)
    if path is not None:
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8-sig")
        except (OSError, ValueError) as exc:
            raise UserError(PASSWORD_FILE_UNREADABLE, path=str(path),
                            reason=getattr(exc, "strerror", None) or str(exc)) from None
        return text.splitlines()[0] if text else ""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(tr("cli", PASSWORD_PROMPT).format(name=name))
    raise UserError(PASSWORD_NOT_GIVEN, name=name)


def _new(args: argparse.Namespace, tr: Translate) -> int:
    """A new empty book; an existing file (a book or anything else) is never touched."""
    from models.core.book import Book

    path = args.path.expanduser()
    if path.exists() or path.is_symlink():
        raise UserError(BOOK_EXISTS, path=str(path))
    owner = tr("app", "Owner")
    with Book.open(path, create=True, owner_name=owner):
        pass
    _say(tr, NEW_BOOK, path=path, owner=owner)
    return 0


def _demo(args: argparse.Namespace, tr: Translate) -> int:
    from models.demo import write_demo

    started = time.perf_counter()
    path = write_demo(args.path, customers=args.customers, seed=args.seed)
    _say(tr, DEMO_WRITTEN, count=args.customers, path=path,
         seconds=time.perf_counter() - started)
    return 0


def _export(args: argparse.Namespace, tr: Translate) -> int:
    from models.customers.export import check_target, export_customers, export_deals

    if args.what in ("orders", "payments", "products"):
        return _export_orders(args, tr)

    check_target(args.out)  # a bad file name is reported before the book is opened
    deals = args.what == "deals"
    # an export is recorded in the book (who, how many rows), so a damaged book is refused
    # first; without --user it acts, as every reading command, as the first owner, and the
    # record says so
    book = _open(args.command_book, args, tr, check=True)
    how = _export_how(args)
    try:
        count = (export_deals(book, args.out, tr, how=how) if deals  # stage names in the
                 else export_customers(book, args.out, how=how))  # user's language
        if book.read_only:
            print(tr("cli", EXPORT_NOT_RECORDED), file=sys.stderr)
    finally:
        book.close()
    _say(tr, EXPORTED_DEALS if deals else EXPORTED, count=count, path=args.out)
    return 0


def _export_how(args: argparse.Namespace) -> str:
    """How an export is recorded: from the command line, by a user named with --user or as the
    first owner (models.alerts.EXPORT_HOW)."""
    return "cli" if getattr(args, "user", None) else "cli_unnamed"


def _export_orders(args: argparse.Namespace, tr: Translate) -> int:
    from models.core.permissions import require
    from models.customers.export import check_target, record_export
    from models.orders import export

    out = check_target(args.out)
    write = {"orders": export.export_orders, "payments": export.export_payments,
             "products": export.export_products}[args.what]
    book = _open(args.command_book, args, tr, check=True)
    try:
        require(book, "customers.export")
        count = write(book, args.out)
        if not record_export(book, what=args.what, rows=count, file=out.name,
                             how=_export_how(args)):
            print(tr("cli", EXPORT_NOT_RECORDED), file=sys.stderr)
    finally:
        book.close()
    _say(tr, EXPORTED_ROWS, count=count, path=args.out)
    return 0


def _receivables(args: argparse.Namespace, tr: Translate) -> int:
    """What customers owe today, in aging buckets (of the customers the user may see:
    models.core.scopes)."""
    import json

    from models import orders
    from models.core import clock

    book = _open(args.command_book, args, tr)
    try:
        today = clock.today()
        data = orders.aging(book, day=today)
        data["rows"] = list(data["rows"])  # read while the book is open
        month = orders.month_collection(book, today.isoformat()[:7])
    finally:
        book.close()
    if args.json:
        print(json.dumps({
            "day": today.isoformat(), "buckets": data["buckets"],
            "customers": [{"customer_id": r["customer_id"], "name": r["name"],
                           "currency": r["currency"], "owed_minor": r["total"],
                           "buckets_minor": r["buckets"]} for r in data["rows"]],
            "totals": {code: {"owed_minor": s["total"], "buckets_minor": s["buckets"]}
                       for code, s in data["totals"].items()},
            "month": {key: dict(month[key]) for key in ("forecast", "collected", "pending",
                                                        "gap")},
        }, ensure_ascii=False))
        return 0
    if not data["rows"]:
        _say(tr, NOTHING_OWED)
        return 0
    from models.core.money import Money

    for r in data["rows"]:
        parts = [f"{name} {Money(v, r['currency']).plain()}"
                 for name, v in zip(data["buckets"], r["buckets"], strict=True) if v]
        _say(tr, OWED_LINE, name=r["name"], owed=Money(r["total"], r["currency"]).plain(),
             currency=r["currency"], buckets=", ".join(parts))
    for code, s in sorted(data["totals"].items()):
        _say(tr, OWED_TOTAL, owed=Money(s["total"], code).plain(), currency=code)
    for code in sorted({*month["forecast"], *month["collected"], *month["pending"]}):
        _say(tr, MONTH_LINE, currency=code,
             expected=Money(month["forecast"].get(code, 0), code).plain(),
             received=Money(month["collected"].get(code, 0), code).plain(),
             pending=Money(month["pending"].get(code, 0), code).plain())
    return 0


def _read_mapping(text: str, names: list[str], sheet: str | None):
    """--mapping FILE.json: {"header": N or null, "columns": [...]} or {header name: field}."""
    import json

    from importers.plan import Mapping

    path = Path(text)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if "columns" in data:
            m = Mapping.from_json(data)
        else:
            m = Mapping(header=0, columns=[str(data.get(n, "")) for n in names])
    except (OSError, ValueError) as exc:
        raise UserError(BAD_MAPPING, path=str(path), reason=getattr(exc, "strerror", None)
                        or str(exc)) from None
    m.sheet = m.sheet or sheet
    return m


def _import(args: argparse.Namespace, tr: Translate) -> int:
    import json

    from importers import plan
    from importers.limits import read_source

    source = read_source(args.file)  # a file it cannot read is refused before the book opens
    if args.records != "customers":
        return _import_records(args, tr, source)
    # every sheet with rows, but those the workbook hides (drop-down choices, old data): a
    # hidden sheet is imported only when it is named
    sheets = ([s.name for s in source.sheets if s.name not in source.hidden_sheets]
              or [s.name for s in source.sheets] if args.all_sheets else (args.sheet or [None]))
    for sheet in sheets:
        if sheet is not None and sheet not in [s.name for s in source.sheets]:
            source.rows(sheet)  # raises the translated "no such sheet" message
    write = args.yes and not args.dry_run
    book = _open(args.command_book, args, tr, check=write, writes=write)
    try:
        mappings = []
        for sheet in sheets:
            if args.mapping == "auto":
                mappings.append(plan.auto_mapping(book, source, sheet))
            else:
                rows = source.rows(sheet)
                auto = plan.auto_mapping(book, source, sheet)
                mappings.append(_read_mapping(args.mapping, plan.header_names(rows, auto),
                                              sheet))
        the_plan = plan.preview_sheets(book, source, mappings, mode=args.on_duplicate)
        result = plan.run_import(book, the_plan) if write else None
    except BaseException:
        book.close()
        raise
    if result is not None:
        _catch_up_search(book, tr)
    _close_after_commit(book, tr)
    summary = the_plan.summary()
    errors = the_plan.error_list(tr)
    held = the_plan.held_list(tr)
    warnings = the_plan.warning_list(tr)
    if args.json:
        print(json.dumps({"batch": result.batch if result else None, "rows": summary["rows"],
                          "created": summary["created"], "updated": summary["updated"],
                          "duplicates": summary["duplicates"] + summary["in_file_duplicates"],
                          "skipped": summary["skipped"], "errors": errors, "held": held,
                          "warnings": warnings,
                          "sheets": [{"name": s.name, "rows": s.rows,
                                      "hidden": s.name in source.hidden_sheets}
                                     for s in source.sheets],
                          "imported_sheets": [m.sheet or source.default_sheet
                                              for m in mappings]},
                         ensure_ascii=False))
        return 0
    if len(source.sheets) > 1:
        listed = ", ".join(tr("cli", IMPORT_SHEET_HIDDEN if s.name in source.hidden_sheets
                              else IMPORT_SHEET_ROWS).format(sheet=s.name, rows=s.rows)
                           for s in source.sheets)
        _say(tr, IMPORT_SHEETS, file=args.file.name, count=len(source.sheets), sheets=listed,
             chosen=", ".join(m.sheet or source.default_sheet for m in mappings))
    _say(tr, IMPORT_PREVIEW, file=args.file.name, **{**summary, "errors": len(errors),
         "duplicates": summary["duplicates"] + summary["in_file_duplicates"]})
    for error in errors[:50]:
        _say(tr, IMPORT_ROW_ERROR, row=error["row"], reason=error["reason"])
    if held:
        _say(tr, IMPORT_HELD, count=len(held))
        for row in held[:50]:
            _say(tr, IMPORT_ROW_ERROR, row=row["row"], reason=row["reason"])
    if warnings:
        _say(tr, IMPORT_WARNINGS, count=len(warnings))
        for row in warnings[:50]:
            _say(tr, IMPORT_ROW_WARNING, row=row["row"], warning=row["warning"])
    if result is None:
        _say(tr, IMPORT_NOT_WRITTEN)
    else:
        _say(tr, IMPORT_DONE, batch=result.batch)
    return 0


def _import_records(args: argparse.Namespace, tr: Translate, source) -> int:
    """import FILE --as orders|products: one sheet (--sheet, else the first)."""
    import json

    from importers import records

    sheet = (args.sheet or [None])[0]
    if sheet is not None:
        source.rows(sheet)  # raises the translated "no such sheet" message
    sheet = sheet or (source.default_sheet if source.sheets else None)
    write = args.yes and not args.dry_run
    book = _open(args.command_book, args, tr, check=write, writes=write)
    try:
        m = records.auto_mapping(book, source, args.records, sheet)
        if args.mapping != "auto":
            m = _read_record_mapping(args.mapping, args.records, sheet)
        if args.records == "orders":
            mode = "create" if args.new_customers else "hold"
        else:
            mode = "update" if args.update_prices else "skip"
        the_plan = records.preview(book, source, args.records, m, mode=mode)
        result = records.run_import(book, the_plan) if write else None
    except BaseException:
        book.close()
        raise
    _close_after_commit(book, tr)
    summary = the_plan.summary()
    errors, held = the_plan.error_list(tr), the_plan.held_list(tr)
    warnings = the_plan.warning_list(tr)
    if args.json:
        print(json.dumps({"batch": result.batch if result else None, "as": args.records,
                          "rows": summary["rows"], "created": summary["created"],
                          "updated": summary["updated"],
                          "new_customers": summary["new_customers"],
                          "duplicates": summary["duplicates"] + summary["in_file_duplicates"],
                          "skipped": summary["skipped"], "errors": errors, "held": held,
                          "warnings": warnings, "sheet": sheet}, ensure_ascii=False))
        return 0
    _say(tr, IMPORT_RECORDS_PREVIEW if args.records == "orders" else IMPORT_PRODUCTS_PREVIEW,
         file=args.file.name, **{**summary, "errors": len(errors),
                                 "duplicates": summary["duplicates"]
                                 + summary["in_file_duplicates"]})
    for error in errors[:50]:
        _say(tr, IMPORT_ROW_ERROR, row=error["row"], reason=error["reason"])
    if held:
        _say(tr, IMPORT_HELD, count=len(held))
        for row in held[:50]:
            _say(tr, IMPORT_ROW_ERROR, row=row["row"], reason=row["reason"])
    if warnings:
        _say(tr, IMPORT_WARNINGS, count=len(warnings))
        for row in warnings[:50]:
            _say(tr, IMPORT_ROW_WARNING, row=row["row"], warning=row["warning"])
    if result is None:
        _say(tr, IMPORT_NOT_WRITTEN)
    else:
        _say(tr, IMPORT_DONE, batch=result.batch)
    return 0


def _read_record_mapping(text: str, records_as: str, sheet: str | None):
    """--mapping FILE.json for orders or products: {"header": N or null, "columns": [...]}."""
    import json

    from importers import records

    path = Path(text)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        m = records.mapping_from_json(records_as, data)
    except (OSError, ValueError) as exc:
        raise UserError(BAD_MAPPING, path=str(path), reason=getattr(exc, "strerror", None)
                        or str(exc)) from None
    m.sheet = m.sheet or sheet
    return m


def _undo_import(args: argparse.Namespace, tr: Translate) -> int:
    from models.imports import undo_import

    book = _open(args.command_book, args, tr, check=True, writes=True)
    try:
        mapping = book.scalar("SELECT mapping FROM imports WHERE id = ?", (args.batch,)) or "{}"
        result = undo_import(book, batch_id=args.batch)
    except BaseException:
        book.close()
        raise
    _close_after_commit(book, tr)
    records = '"records": "orders"' in mapping or '"records": "products"' in mapping
    _say(tr, IMPORT_UNDONE_RECORDS if records else IMPORT_UNDONE, batch=args.batch,
         removed=result.removed, restored=result.restored)
    for kept in result.kept:
        _say(tr, IMPORT_KEPT, name=kept["name"], reason=tr("imports", kept["reason"]).format(
            field=kept.get("field", "")))
    return 0


def _reminders(args: argparse.Namespace, tr: Translate) -> int:
    """What is due (read only: the rules run in the app)."""
    import json

    from models import reminders

    book = _open(args.command_book, args, tr)
    try:
        if args.due:
            rows = reminders.due(book, when=args.due)
        else:  # overdue and today: everything due before tomorrow
            seen: dict[str, dict] = {}
            for when in ("overdue", "today"):
                for row in reminders.due(book, when=when):
                    seen.setdefault(row["id"], row)
            rows = sorted(seen.values(), key=lambda r: r["due_at"])
    finally:
        book.close()
    if args.json:
        print(json.dumps([{"id": r["id"], "title": reminders.title(r, tr), "due_at": r["due_at"],
                           "owner": r["owner_name"], "customer": r["customer_name"],
                           "deal": r["deal_title"], "priority": r["priority"], "kind": r["kind"]}
                          for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        _say(tr, NOTHING_DUE)
    for r in rows:
        title = reminders.title(r, tr)
        names = [x for x in (r["customer_name"], r["deal_title"]) if x and x not in title]
        _say(tr, REMINDER_LINE, due=r["due_at"][:16].replace("T", " "), title=title,
             about=" — " + " / ".join(names) if names else "", owner=r["owner_name"],
             priority=tr("cli", PRIORITY_NAMES[r["priority"]]))
    return 0


def _report_target(out: Path) -> Path:
    out = out.expanduser()
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError(REPORT_FORMAT, name=out.name)
    if out.is_dir():
        raise UserError(REPORT_CANNOT_WRITE, path=str(out), reason="it is a folder")
    if not out.parent.is_dir():
        raise UserError(REPORT_CANNOT_WRITE, path=str(out), reason="the folder does not exist")
    return out


def _report(args: argparse.Namespace, tr: Translate) -> int:
    """The monthly report pack (models.reports) as an A4 PDF or an .xlsx of its numbers."""
    import re

    month = args.month.strip()
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        raise UserError(BAD_MONTH, month=args.month)
    out = _report_target(args.out)  # a bad file name is reported before the book is opened
    from models.reports import monthly

    book = _open(args.command_book, args, tr)
    try:
        owner_id = None
        if args.owner:
            owner_id = book.scalar("SELECT id FROM users WHERE name = ? AND deleted_at IS NULL "
                                   "ORDER BY active DESC LIMIT 1", (args.owner.strip(),))
            if owner_id is None:
                raise UserError(NO_SUCH_OWNER, name=args.owner)
        pack = monthly.pack(book, month, owner_id)
    finally:
        book.close()
    from views import report_charts

    language = args.command_lang or args.lang or ""
    try:
        if out.suffix.lower() == ".pdf":
            pages = report_charts.write_pdf(pack, out, tr, language)
            _say(tr, REPORT_PDF, month=month, path=out, pages=pages)
        else:
            sheets = report_charts.write_xlsx(pack, out, tr)
            _say(tr, REPORT_XLSX, month=month, path=out, sheets=len(sheets))
    except OSError as exc:
        raise UserError(REPORT_CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from None
    return 0


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, round(size / 1e3))} KB"


def _backup(args: argparse.Namespace, tr: Translate) -> int:
    """A backup by hand: into the book's backup folder (kept until deleted), or to --out."""
    from models import backup
    from models.core.book import DamagedBook, probe
    from models.core.errors import NO_SUCH_FILE, BookError

    out = args.out.expanduser() if args.out else None
    if out is not None:
        if out.exists():
            raise UserError(OUT_EXISTS, path=str(out))
        if not out.parent.is_dir():
            raise UserError(REPORT_CANNOT_WRITE, path=str(out), reason="the folder does not exist")
    path = args.command_book.expanduser()
    if not path.is_file():
        raise BookError(NO_SUCH_FILE, path=str(path))
    probe(path)
    problem = backup.book_problem(path)
    if problem:
        raise DamagedBook(path, problem)
    info = backup.make_backup(path, reason="manual", out=out)
    _say(tr, BACKED_UP, customers=info.customers, path=info.path, size=_size(info.size))
    return 0


def _restore(args: argparse.Namespace, tr: Translate) -> int:
    """The backup is checked, the book's current state backed up (or, when the book is damaged,
    its files kept aside), then the backup takes its place."""
    from models import backup
    from models.core.book import Book, DamagedBook, probe

    info = backup.check_file(args.file)
    path = args.command_book.expanduser()
    if path.exists():
        try:
            probe(path)
        except DamagedBook:
            pass  # its damage is named below, and the backup takes its place
    problem = backup.book_problem(path) if path.exists() else None
    if problem or not path.exists():
        if problem:
            _may_restore_from(args, tr, args.file)
        aside = backup.restore_damaged(path, args.file)
        book = Book.open(path, create=False)
        book.close()
        _say(tr, RESTORED, customers=info.customers, file=args.file, book=path)
        if problem:
            _say(tr, DAMAGED_KEPT, path=aside)
        return 0
    book = _open(path, args, tr, check=True, writes=True)
    try:
        _restored, safety = backup.restore(book, args.file)
    except BaseException:
        book.close()
        raise
    _close_after_commit(book, tr)
    _say(tr, RESTORED, customers=info.customers, file=args.file, book=path)
    _say(tr, SAFETY_KEPT, path=safety.path)
    return 0


def _may_restore_from(args: argparse.Namespace, tr: Translate, backup_file: Path) -> None:
    """Over a damaged book, whose users cannot be read, the backup's users decide: the one named
    by --user (needed when the backup has more than one active user) must be one of its owners,
    with their password there. Wrong tries cannot be counted in a damaged book; the backup's
    password hashes are in the backup file anyway."""
    from models.core import permissions
    from models.core.errors import PermissionDenied

    user = _user_in_file(backup_file, args, tr)
    if user is None:
        return
    if not permissions.role_may(user["role"], "backup.restore"):
        raise PermissionDenied(permissions.ACTIONS["backup.restore"].denied)


def _user_in_file(path: Path, args: argparse.Namespace, tr: Translate, *,
                  say_who: bool = True) -> dict | None:
    """The user --user names, read from a book file without writing to it, their password
    checked (wrong tries are not counted: that would be a write). None: no --user, and the
    file has one active user (more than one: SAY_WHO)."""
    import sqlite3

    from models.core import values
    from models.core.errors import PermissionDenied
    from models.team import users

    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            people = [dict(r) for r in conn.execute(
                "SELECT * FROM users WHERE active = 1 AND deleted_at IS NULL")]
        finally:
            conn.close()
    except sqlite3.Error:
        people = []
    name = getattr(args, "user", None)
    if not name:
        if len(people) > 1 and say_who:
            raise UserError(SAY_WHO)
        return None
    user = next((u for u in people if u["name"] == values.fold(name)), None)
    if user is None:
        raise UserError(NO_USER_NAMED, name=name)
    if user["password_hash"] and not users.check_password(
            user["password_hash"], _password(args, tr, user["name"])):
        raise PermissionDenied(users.WRONG_PASSWORD)
    return user


def _check(args: argparse.Namespace, tr: Translate) -> int:
    """SQLite's checks and Kehu's own, on a book nobody needs to open: nothing is written, and
    a -wal file beside the book is replayed into a copy, never into the book."""
    from models.core.check import check_path

    path = args.command_book.expanduser()
    if getattr(args, "user", None):
        _user_in_file(path, args, tr)
    problems = check_path(path)
    if not problems:
        _say(tr, BOOK_FINE, path=args.command_book)
        return 0
    _say(tr, PROBLEMS_FOUND, count=len(problems), path=args.command_book)
    for problem in problems:
        text = problem.render(tr) if hasattr(problem, "render") else str(problem)
        print("  " + text.replace("\n", " "))
    return 1
