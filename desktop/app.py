"""Starting the desktop app: QApplication, language, font, the book, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models import paths
from models.book import Book
from models.errors import BOOK_LOCKED, BookError
from views.settings import app_settings

log = logging.getLogger("kehu")


def make_app(lang: str | None = None) -> tuple[QApplication, str]:
    """The QApplication with Kehu's names, translators and bundled font."""
    from desktop import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kehu")
    app.setApplicationName("Kehu")
    app.setApplicationDisplayName("Kehu 客户本")
    language = i18n.resolve_language(lang or app_settings().value("language", "system"))
    i18n.install_translators(app, language)
    i18n.register_font(app)
    return app, language


def open_book_for_gui(book_path: Path) -> Book | None:
    """Open the book, or bring the Kehu that has it open to the front. None if not opened."""
    t = QCoreApplication.translate
    try:
        return Book.open(book_path, owner_name=t("app", "Owner"))
    except BookError as exc:
        if exc.message == BOOK_LOCKED:
            from desktop.instance import ask_running_instance

            if ask_running_instance(book_path):
                log.info("The book is open in another Kehu window; brought it to the front.")
                return None
        text = exc.render(t)
        log.error("%s", text)
        print(text, file=sys.stderr)
        if QApplication.platformName() != "offscreen":
            QMessageBox.critical(None, t("errors", "Kehu"), text)
        raise SystemExit(2) from None


def start_window(book: Book, *, exit_when_ready: bool = False):
    """Build the main window for an open book; returns it shown."""
    from desktop.instance import InstanceServer
    from desktop.main_window import MainWindow
    from desktop.runner import Runner
    from views.context import AppContext
    from views.login_dialog import choose_user, needs_login

    app = QApplication.instance()
    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    if needs_login(book) and not exit_when_ready and not choose_user(ctx):
        return None
    window = MainWindow(ctx)
    server = InstanceServer(book.path, window)
    server.raise_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                            window.activateWindow()))
    ctx.language_changed.connect(lambda: _switch_language(window))
    window.show()

    def announce_ready() -> None:
        rows = window.customers.model.rowCount()
        log.info("ready (%s customers shown, book %s)", rows, book.path)
        if exit_when_ready:
            QTimer.singleShot(0, app.quit)
        else:  # what waits until the window is ready (the rules, the tray) is not timed
            window.ready.emit()

    QTimer.singleShot(0, announce_ready)
    return window


def _switch_language(window) -> None:
    from desktop import i18n

    i18n.install_translators(QApplication.instance(),
                             i18n.resolve_language(app_settings().value("language", "system")))
    window.rebuild()


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
        from models import clock

        book_path = folder / f"demo-{clock.now().strftime('%Y%m%d-%H%M%S')}.sqlite"
        write_demo(book_path, customers=demo_customers)
    book_path = Path(book_path) if book_path else paths.default_book_path()
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
