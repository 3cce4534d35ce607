"""Pictures of every page and dialog, to be looked at (not a test; pytest does not collect it).

    QT_QPA_PLATFORM=offscreen python -m tests.screens OUT_DIR [--lang zh_CN|en]
                                                      [--size 1366x768|1920x1080]

Without --lang or --size it takes every language and size, each in a child process whose
offscreen screen has that size (dialogs fit themselves to the screen they are on). Each run
writes a demo book into a temporary data folder (KEHU_DATA_DIR), opens the main window filling
the screen, and saves <lang>-<size>-<what>.png of each page and of each dialog (opened with
show(), not exec()), then a contact sheet <lang>-<size>-sheet.png of all of them. Lines
"TOO BIG" name the dialogs larger than the screen.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LANGS = ("zh_CN", "en")
SIZES = ("1366x768", "1920x1080")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screens")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=LANGS)
    parser.add_argument("--size", choices=SIZES)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    langs = [args.lang] if args.lang else list(LANGS)
    sizes = [args.size] if args.size else list(SIZES)
    if len(langs) == 1 and len(sizes) == 1:
        return shoot(args.out, langs[0], sizes[0])
    failed = 0
    for lang in langs:
        for size in sizes:
            done = subprocess.run([sys.executable, "-m", "tests.screens", str(args.out),
                                   "--lang", lang, "--size", size], check=False)
            failed += done.returncode != 0
    return 1 if failed else 0


def _screen(tmp: Path, size: str) -> None:
    """An offscreen screen of this size, for the QApplication made after this."""
    width, height = (int(n) for n in size.split("x"))
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def shoot(out: Path, lang: str, size: str) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kehu-screens-"))
    os.environ["KEHU_DATA_DIR"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    _screen(tmp, size)
    from PySide6.QtCore import QSettings

    from desktop.app import make_app

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    _quiet_offscreen()
    make_app(lang)
    shots = Shots(out, lang, size)
    try:
        with _demo(tmp) as book:
            _pictures(shots, book, tmp)
    finally:
        shots.sheet()
    print(f"{lang} {size}: {len(shots.taken)} pictures, {len(shots.failed)} failed")
    for name, error in shots.failed:
        print(f"  FAILED {name}: {error}")
    return 1 if shots.failed else 0


def _demo(tmp: Path):
    from tests.qt_helpers import demo_book

    return demo_book(tmp)


class Shots:
    """Saving pictures, noting what could not be taken and which dialogs outgrow the screen."""

    def __init__(self, out: Path, lang: str, size: str) -> None:
        self.out, self.prefix = out, f"{lang}-{size}"
        self.width, self.height = (int(n) for n in size.split("x"))
        self.taken: list[tuple[str, Path]] = []
        self.failed: list[tuple[str, str]] = []

    def grab(self, what: str, widget, *, dialog: bool = True) -> None:
        from PySide6.QtWidgets import QApplication

        if not widget.isVisible():
            widget.show()
        for _ in range(3):
            QApplication.processEvents()
        if dialog and (widget.width() > self.width or widget.height() > self.height):
            print(f"TOO BIG {self.prefix} {what}: {widget.width()}x{widget.height()}")
        path = self.out / f"{self.prefix}-{what}.png"
        widget.grab().save(str(path))
        self.taken.append((what, path))

    def dialog(self, what: str, make, *, setup=None) -> None:
        """Make a dialog, show it as the user would meet it, grab it and close it."""
        try:
            widget = make()
            if setup is not None:
                setup(widget)
            self.grab(what, widget)
            widget.close()
            widget.deleteLater()
        except Exception as exc:  # noqa: BLE001 - one broken dialog must not stop the rest
            import traceback

            traceback.print_exc()
            self.failed.append((what, f"{type(exc).__name__}: {exc}"))

    def sheet(self, columns: int = 4, rows: int = 3, thumb: int = 480) -> list[Path]:
        """The pictures of this language and size in grids of columns x rows, each with its
        name and size: <lang>-<size>-sheet<n>.png."""
        from PIL import Image, ImageDraw, ImageFont

        font = ImageFont.load_default(size=16)
        label, gap, per = 22, 12, columns * rows
        made = []
        for first in range(0, len(self.taken), per):
            part = self.taken[first:first + per]
            lines = (len(part) + columns - 1) // columns
            sheet = Image.new("RGB", (columns * (thumb + gap) + gap,
                                      lines * (thumb + label + gap) + gap), "white")
            draw = ImageDraw.Draw(sheet)
            for n, (what, path) in enumerate(part):
                image = Image.open(path).convert("RGB")
                width, height = image.size
                image.thumbnail((thumb, thumb))
                x = gap + (n % columns) * (thumb + gap)
                y = gap + (n // columns) * (thumb + label + gap)
                sheet.paste(image, (x, y + label))
                draw.rectangle([x - 1, y + label - 1, x + image.width, y + label + image.height],
                               outline="#888888")
                draw.text((x, y + 2), f"{what} ({width}x{height})", fill="black", font=font)
            path = self.out / f"{self.prefix}-sheet{first // per + 1}.png"
            sheet.save(path)
            made.append(path)
        return made


def _first(book, sql: str, *params):
    row = book.conn.execute(sql, params).fetchone()
    return row[0] if row else None


def _pictures(shots: Shots, book, tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.runner import Runner
    from views.context import AppContext

    ctx = AppContext(book)
    ctx.runner = Runner(ctx)
    # a customer with much to show: deals, orders, tickets, contacts
    cid = _first(book, """
        SELECT c.id FROM customers c WHERE c.deleted_at IS NULL ORDER BY
          (SELECT count(*) FROM deals d WHERE d.customer_id = c.id) +
          (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) +
          (SELECT count(*) FROM tickets t WHERE t.customer_id = c.id) +
          (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) DESC LIMIT 1""")
    window = MainWindow(ctx)
    window.resize(shots.width, shots.height)
    window.move(0, 0)
    window.show()
    QApplication.processEvents()
    window.update_counts()
    try:
        _pages(shots, window, cid)
        _dialogs(shots, window, ctx, cid)
        _settings(shots, ctx, window)
    finally:
        window.quit()
        QApplication.processEvents()
    _first_run(shots, tmp)
    _digest(shots, tmp)


def _pages(shots: Shots, window, cid: str) -> None:
    from PySide6.QtWidgets import QApplication

    def page(what, show):
        try:
            show()
            for _ in range(5):
                QApplication.processEvents()
            shots.grab(what, window, dialog=False)
        except Exception as exc:  # noqa: BLE001
            import traceback

            traceback.print_exc()
            shots.failed.append((what, f"{type(exc).__name__}: {exc}"))

    page("customers", lambda: window.show_page(window.customers))
    window.show_customer(cid)
    detail = window.customers.detail
    for n in range(detail.tabs.count()):
        page(f"customers-tab{n}", lambda n=n: detail.tabs.setCurrentIndex(n))
    detail.tabs.setCurrentIndex(0)
    detail.details_area.verticalScrollBar().setValue(10_000)
    page("customers-details-end", lambda: None)
    detail.details_area.verticalScrollBar().setValue(0)
    page("pipeline-board", lambda: window.show_page(window.pipeline))
    page("pipeline-list", lambda: window.pipeline.show_list(True))
    window.pipeline.show_list(False)
    page("reminders", lambda: window.show_page(window.reminders))
    page("alerts", lambda: window.show_page(window.alerts))
    page("receivables", lambda: window.show_page(window.receivables))
    page("reports", lambda: window.show_page(window.reports))
    page("trash", lambda: window.show_page(window.trash))
    window.show_page(window.customers)
    page("customers-search-none", lambda: window.customers.search.setText("zzzz-no-such"))
    window.customers.search.clear()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    for n, menu in enumerate(menus):
        def show_menu(menu=menu):
            menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        try:
            show_menu()
            shots.grab(f"menu{n}", menu, dialog=False)
        finally:
            menu.hide()


def _dialogs(shots: Shots, window, ctx, cid: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from views.alerts_page import ReviewDialog
    from views.backup_dialogs import DamagedBookDialog
    from views.contact_dialog import ContactDialog
    from views.customer_form import CustomerDialog
    from views.deal_dialog import DealDialog, LostReasonDialog
    from views.handover_dialog import HandoverDialog
    from views.import_history import ImportHistoryDialog
    from views.import_wizard import ImportWizard
    from views.login_dialog import LoginDialog
    from views.orders_dialog import OrderDialog, PaymentDialog
    from views.reminder_dialog import ReminderDialog
    from views.settings_dialog import AddFieldDialog, PasswordDialog, UserDialog
    from views.steps import StepsDialog
    from views.team_dialogs import JoinTeamDialog, PassphraseDialog, SetUpTeamDialog
    from views.ticket_dialog import TicketDialog
    from views.verify_dialog import VerifyDialog

    book = ctx.book
    w = window
    deal = _first(book, "SELECT id FROM deals WHERE customer_id = ? AND deleted_at IS NULL", cid) \
        or _first(book, "SELECT id FROM deals WHERE deleted_at IS NULL")
    contact = _first(book, "SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL",
                     cid)
    reminder = _first(book, "SELECT id FROM reminders WHERE customer_id = ? AND deleted_at IS NULL",
                      cid) or _first(book, "SELECT id FROM reminders WHERE deleted_at IS NULL")
    ticket = _first(book, "SELECT id FROM tickets WHERE deleted_at IS NULL")
    order = _first(book, "SELECT id FROM orders WHERE customer_id = ? AND deleted_at IS NULL", cid) \
        or _first(book, "SELECT id FROM orders WHERE deleted_at IS NULL")
    order_customer = _first(book, "SELECT customer_id FROM orders WHERE id = ?", order)
    user = book.user

    shots.dialog("customer-new", lambda: CustomerDialog(ctx, None, w))
    shots.dialog("customer-edit", lambda: CustomerDialog(ctx, cid, w))
    shots.dialog("contact-new", lambda: ContactDialog(ctx, cid, None, w))
    if contact:
        shots.dialog("contact-edit", lambda: ContactDialog(ctx, cid, contact, w))
    shots.dialog("deal-new", lambda: DealDialog(ctx, None, cid, w))
    if deal:
        shots.dialog("deal-edit", lambda: DealDialog(ctx, deal, None, w))
    shots.dialog("deal-lost-reason", lambda: LostReasonDialog(ctx, w))
    shots.dialog("reminder-new", lambda: ReminderDialog(ctx, None, cid, None, w))
    if reminder:
        shots.dialog("reminder-edit", lambda: ReminderDialog(ctx, reminder, None, None, w))
    # (an order is not edited in a dialog: a confirmed one is voided and replaced by a draft)
    shots.dialog("order-new", lambda: OrderDialog(ctx, order_customer or cid, w))
    shots.dialog("payment-new", lambda: PaymentDialog(ctx, order_customer or cid, w))
    shots.dialog("ticket-new", lambda: TicketDialog(ctx, None, cid, w))
    if ticket:
        shots.dialog("ticket-edit", lambda: TicketDialog(ctx, ticket, None, w))
    shots.dialog("import-wizard", lambda: ImportWizard(ctx, None, w))
    shots.dialog("import-history", lambda: ImportHistoryDialog(ctx, w))
    shots.dialog("handover", lambda: HandoverDialog(ctx, w))
    shots.dialog("verify", lambda: VerifyDialog(ctx, w))
    shots.dialog("steps", lambda: StepsDialog(ctx, w))
    shots.dialog("team-set-up", lambda: SetUpTeamDialog(ctx, w))
    shots.dialog("team-join", lambda: JoinTeamDialog(ctx, w))
    shots.dialog("team-passphrase", lambda: PassphraseDialog(r"D:\Kehu-team", w))
    shots.dialog("login", lambda: LoginDialog(ctx, w))
    shots.dialog("switch-user", lambda: LoginDialog(ctx, w, switching=True))
    shots.dialog("settings-add-field", lambda: AddFieldDialog(ctx, w))
    shots.dialog("settings-user-new", lambda: UserDialog(ctx, None, w))
    if user:
        shots.dialog("settings-user-edit", lambda: UserDialog(ctx, dict(user), w))
        shots.dialog("settings-password", lambda: PasswordDialog(ctx, dict(user), w))
    shots.dialog("damaged-book", lambda: DamagedBookDialog(book.path, "database disk image is "
                                                           "malformed", None, w))
    from models import alerts

    rows = alerts.alerts_list(book)
    if rows:
        shots.dialog("alert-review", lambda: ReviewDialog(rows[0], w))

    def about():
        box = QMessageBox(QMessageBox.Icon.Information, w.tr("About Kehu"), w.tr(
            "Kehu (客户本) {version}\nAn offline customer book for small shops.\n\n"
            "Book: {path}").format(version="0.1.0", path=book.path), parent=w)
        return box

    shots.dialog("about", about)


def _settings(shots: Shots, ctx, window) -> None:
    from views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)
    try:
        dialog.show()
        for n in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(n)
            shots.grab(f"settings-tab{n}", dialog)
    finally:
        dialog.reject()
        dialog.deleteLater()


def _first_run(shots: Shots, tmp: Path) -> None:
    """A new, empty book: the first-run page."""
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from models.core.book import Book
    from views.context import AppContext

    (tmp / "empty").mkdir()
    book = Book.open(tmp / "empty" / "shop.sqlite", owner_name=_owner())
    try:
        window = MainWindow(AppContext(book))
        window.resize(shots.width, shots.height)
        window.show()
        QApplication.processEvents()
        shots.grab("first-run", window, dialog=False)
        window.show_page(window.pipeline)
        QApplication.processEvents()
        shots.grab("empty-pipeline", window, dialog=False)
        window.show_page(window.reminders)
        QApplication.processEvents()
        shots.grab("empty-reminders", window, dialog=False)
        window.quit()
        QApplication.processEvents()
    finally:
        book.close()


def _digest(shots: Shots, tmp: Path) -> None:
    """A book whose seven deals stalled at once: the agenda's digest and its window."""
    import datetime as dt

    from models import deals, reminders
    from models.core import clock
    from models.core.book import Book
    from models.customers import operations
    from views.context import AppContext
    from views.digest_dialog import DigestDialog
    from views.reminders_page import RemindersPage

    start = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    clock.set_clock(lambda: start)
    (tmp / "digest").mkdir()
    book = Book.open(tmp / "digest" / "shop.sqlite", owner_name=_owner())
    try:
        cid = operations.add_customer(book, data={"name": "杭州鑫达建材有限公司"})
        for n in range(7):
            deals.add_deal(book, data={"title": f"瓷砖 {n + 1}00 箱", "customer_id": cid})
        later = start + dt.timedelta(days=30)
        clock.set_clock(lambda: later)
        reminders.run_rules(book)
        ctx = AppContext(book)
        rows = [r for section in reminders.agenda(book, owner_id=book.user_id).values()
                for r in section if isinstance(r, dict) and reminders.is_digest(r)]
        if not rows:
            shots.failed.append(("digest", "no digest was made"))
            return
        shots.dialog("digest", lambda: DigestDialog(ctx, rows[0]))
        page = RemindersPage(ctx)
        page.resize(shots.width - 150, shots.height - 60)
        shots.grab("reminders-digest", page, dialog=False)
        page.close()
    finally:
        book.close()


def _owner() -> str:
    """The first user's name, as the app names the owner of a new book (desktop.app)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", "Owner")


def _quiet_offscreen() -> None:
    """The offscreen platform's complaint about size hints, said for every window, left out."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


if __name__ == "__main__":
    raise SystemExit(main())
