"""Starting the desktop app: QApplication, language, font, the book, the main window."""

from __future__ import annotations

import gc
import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core import paths
from models.core.book import SQLITE_HEADER, Book, DamagedBook
from models.core.errors import BOOK_LOCKED, NOT_A_BOOK, UNREADABLE, BookError
from views.settings import LANGUAGE_KEY, pc_value

log = logging.getLogger("kehu")

# Books opened again after a damaged one was replaced by a backup (replace_damaged); run_gui
# closes them at the end like the first one.
_reopened: list[Book] = []


def make_app(lang: str | None = None) -> tuple[QApplication, str]:
    """The QApplication with Kehu's names, translators and bundled font."""
    from desktop import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kehu")
    app.setApplicationName("Kehu")
    app.setApplicationDisplayName("Kehu 客户本")
    language = i18n.resolve_language(lang or pc_value(LANGUAGE_KEY))
    i18n.install_translators(app, language)
    i18n.register_font(app)
    return app, language


def open_book_for_gui(book_path: Path) -> Book | None:
    """Open the book, or bring the Kehu that has it open to the front. None if not opened.

    A damaged book (it fails SQLite's check, or SQLite cannot read it) is not written: the
    damaged-book dialog offers the newest good backup, puts the chosen one in place
    (models.backup.restore_damaged keeps the damaged files aside) and the book is opened."""
    t = QCoreApplication.translate
    try:
        return Book.open(book_path, owner_name=t("app", "Owner"))
    except BookError as exc:
        if exc.message == BOOK_LOCKED:
            from desktop.instance import ask_running_instance

            if ask_running_instance(book_path):
                log.info("The book is open in another Kehu window; brought it to the front.")
                return None
        detail = damage_of(Path(book_path), exc)
        if detail is None:
            _fail(exc)
    log.error("The book %s is damaged: %s", book_path, detail)
    from views.backup_dialogs import recover_damaged

    if recover_damaged(Path(book_path), detail) is None:
        log.info("The damaged book %s was left as it was.", book_path)
        raise SystemExit(2)
    try:
        return Book.open(book_path, owner_name=t("app", "Owner"))
    except BookError as exc:
        _fail(exc)


def _fail(exc: BookError):
    t = QCoreApplication.translate
    text = exc.render(t)
    log.error("%s", text)
    print(text, file=sys.stderr)
    if QApplication.platformName() != "offscreen":
        QMessageBox.critical(None, t("errors", "Kehu"), text)
    raise SystemExit(2) from None


def damage_of(path: Path, exc: BookError) -> str | None:
    """What is wrong with a book that would not open because it is damaged; None when it
    would not open for another reason (locked, a folder, no access, a newer Kehu's)."""
    from models import backup

    if isinstance(exc, DamagedBook):
        return str(exc.params.get("detail") or "")
    if exc.message not in (UNREADABLE, NOT_A_BOOK) or not path.is_file():
        return None
    if exc.message == NOT_A_BOOK:  # its first bytes are gone, or it was never a book
        if not backup.list_backups(path):
            return None
        return backup.book_problem(path) or "not an SQLite database"
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return None
    except OSError:
        return None  # no access: not damage
    return backup.book_problem(path) or str(exc.params.get("reason") or "")


def start_window(book: Book, *, exit_when_ready: bool = False, ctx=None):
    """Build the main window for an open book; returns it shown. `ctx`: the book's context
    with someone signed in already (a team's book just joined)."""
    from desktop.main_window import MainWindow
    from desktop.runner import Runner
    from views.context import AppContext
    from views.login_dialog import choose_user, needs_login

    app = QApplication.instance()
    signed_in = ctx is not None
    ctx = ctx or AppContext(book)
    ctx.runner = ctx.runner or Runner(ctx)
    try:
        if not signed_in and needs_login(book) and not exit_when_ready \
                and not choose_user(ctx):
            return None
        # Nothing is written until the integrity check at start has passed
        # (desktop.housekeeping turns this off again); the login above may still write.
        book.hold_writes("checking")
        window = MainWindow(ctx)
    except sqlite3.DatabaseError:  # a damaged page that building the window reads
        from models import backup

        problem = backup.book_problem(book.path)
        if not problem:
            raise
        log.error("The book %s is damaged: %s", book.path, problem)
        path = Path(book.path)
        book.close()
        new_window = _restore_and_start(path, problem)
        if new_window is None:
            raise SystemExit(2) from None
        return new_window
    ctx.language_changed.connect(lambda: _switch_language(window))
    window.show()

    def announce_ready() -> None:
        gc.enable()  # off while the window was built (desktop.cli)
        rows = window.customers.model.rowCount()
        log.info("ready (%s customers shown, book %s)", rows, book.path)
        if exit_when_ready:
            QTimer.singleShot(0, app.quit)
        else:  # what waits until the window is ready (the rules, the tray) is not timed
            listen_for_other_starts(window, book.path)
            window.ready.emit()

    QTimer.singleShot(0, announce_ready)
    return window


def listen_for_other_starts(window, book_path: Path) -> None:
    """A second start on the book brings this window to the front (desktop.instance). Once the
    window is ready: until then the second start finds the book locked and says so."""
    from desktop.instance import InstanceServer

    server = InstanceServer(book_path, window)
    server.raise_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                            window.activateWindow()))


def replace_damaged(window, chosen) -> object | None:
    """The damaged-book dialog of a running window chose a backup: close the window and the
    book, put the backup in place (the damaged files kept aside), then open the book again in
    a new window, as at start. Returns the new window (None when the user quit)."""
    from desktop.instance import InstanceServer

    app = QApplication.instance()
    book = window.ctx.book
    path, detail = Path(book.path), window.housekeeping.book_damaged or ""
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    try:
        window.quit()
        for server in window.findChildren(InstanceServer):
            server.server.close()
        book.close()
        window.deleteLater()
        new_window = _restore_and_start(path, detail, chosen=chosen)
        if new_window is None:
            app.quit()
        return new_window
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def _restore_and_start(path: Path, detail: str, *, chosen=None):
    """For a damaged book that is closed: the backup in place (the dialog unless chosen), the
    book opened again and its window started. None when the user quit or it failed (said)."""
    from views.backup_dialogs import recover_damaged

    if recover_damaged(path, detail, chosen=chosen) is None:
        return None
    t = QCoreApplication.translate
    try:
        book = Book.open(path, owner_name=t("app", "Owner"))
    except BookError as exc:
        text = exc.render(t)
        log.error("%s", text)
        QMessageBox.critical(None, t("errors", "Kehu"), text)
        return None
    _reopened.append(book)
    return start_window(book)


def open_joined_book(window, path: Path, *, kept_in_keyring: bool = True):
    """File > Join a team made this PC's copy of the team's book at `path`: sign in as one of
    the team's users, close the window and its book, start a window on the new book (its first
    sync runs once the book has passed its check) and remember it as this PC's book, opened
    at the next start. Returns the new window; None when the sign-in was cancelled (the copy
    is removed again: nobody has worked in it) or the book would not open (said)."""
    from desktop.instance import InstanceServer
    from views.context import AppContext
    from views.login_dialog import choose_user
    from views.settings import set_pc_book

    t = QCoreApplication.translate
    try:
        book = Book.open(path, create=False, owner_name=t("app", "Owner"))
    except BookError as exc:
        QMessageBox.warning(window, t("errors", "Kehu"), exc.render(t))
        return None
    ctx = AppContext(book)
    if not choose_user(ctx, window):
        book.close()
        for extra in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        QMessageBox.information(window, t("app", "Join a team"), t(
            "app", "Nobody signed in, so the team's book was not opened and this PC's copy "
                   "was removed again. Join the team again when you are ready."))
        return None
    set_pc_book(path)
    log.info("Joined a team: this PC's book is now %s", path)
    app = QApplication.instance()
    old = window.ctx.book
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    try:
        window.quit()
        for server in window.findChildren(InstanceServer):
            server.server.close()
        old.close()
        window.deleteLater()
        _reopened.append(book)
        new_window = start_window(book, ctx=ctx)
        if not kept_in_keyring:
            new_window.statusBar().showMessage(t(
                "app", "This PC has no keyring to keep the team key in: Kehu will ask for the "
                       "team passphrase once each time it starts."), 15000)
        return new_window
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def _switch_language(window) -> None:
    from desktop import i18n

    i18n.install_translators(QApplication.instance(),
                             i18n.resolve_language(pc_value(LANGUAGE_KEY)))
    window.rebuild()


def this_pc_book() -> Path:
    """The book to open when no --book is given: the team's book this PC joined, else the
    default book in the user data folder."""
    from views.settings import pc_book

    joined = pc_book()
    if joined is not None:
        if joined.is_file():
            return joined
        log.warning("This PC's book %s is not there; opening the default book.", joined)
    return paths.default_book_path()


def run_gui(*, book_path: Path | None = None, demo: bool = False, exit_when_ready: bool = False,
            lang: str | None = None, demo_customers: int = 300) -> int:
    from desktop.errors import install_excepthook, setup_logging

    log_file = paths.log_path()
    setup_logging(log_file)
    app, _language = make_app(lang)
    install_excepthook(log_file)
    if demo:
        from models.demo import write_demo

        folder = paths.data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        from models.core import clock

        book_path = folder / f"demo-{clock.now().strftime('%Y%m%d-%H%M%S')}.sqlite"
        write_demo(book_path, customers=demo_customers)
    book_path = Path(book_path) if book_path else this_pc_book()
    book = open_book_for_gui(book_path)
    if book is None:
        return 0
    try:
        window = start_window(book, exit_when_ready=exit_when_ready)
        if window is None:
            return 0
        return app.exec()
    finally:
        book.close()
        while _reopened:
            _reopened.pop().close()
