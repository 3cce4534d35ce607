"""The main window: navigation on the left, pages on the right, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.housekeeping import Housekeeping
from desktop.lazy_page import LazyPage
from desktop.team_sync import TeamSync
from models.core import changelog
from models.core.permissions import ROLES, may
from models.customers import queries
from views.context import AppContext
from views.customers_page import CustomersPage
from views.settings import GEOMETRY_KEY, app_settings
from views.steps import op_title
from views.widgets import UndoNotice, clamp_to_screen, fit_to_screen, icon

COUNT_MS = 60 * 1000  # the navigation's counts follow the clock (today's become overdue)


class MainWindow(QMainWindow):
    ready = Signal()  # the first page shows its first rows
    language_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowIcon(icon("kehu"))
        fit_to_screen(self, 1280, 800, share=0.94)
        self.book_label = QLabel(self)
        self.user_label = QLabel(self)
        for label in (self.book_label, self.user_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label = QLabel(self)  # shown while the last automatic backup failed
        self.backup_label.setObjectName("backup_failed")
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setStyleSheet("color: #c62828;")
        self.backup_label.hide()
        self.statusBar().addPermanentWidget(self.backup_label)
        # what a page just did, with Undo (a deal won or lost)
        self.undo_notice = UndoNotice(self)
        self.undo_notice.undo_requested.connect(self.undo_step)
        self.statusBar().addWidget(self.undo_notice)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.book_label)
        self.damaged_dialog = None
        # The book's upkeep: its check at start, the daily backup, the rules, the grading.
        self.housekeeping = Housekeeping(ctx, self)
        self.housekeeping.message.connect(self.statusBar().showMessage)
        self.housekeeping.damage_found.connect(self.show_damaged)
        self.housekeeping.start_up_finished.connect(self._after_start)
        self.housekeeping.rules_ran.connect(self._rules_ran)
        self.housekeeping.backed_up.connect(self._backup_ok)
        self.housekeeping.backup_failed.connect(self._backup_failed)
        # A team's book syncs in the background once the book has passed its check.
        self.team_sync = TeamSync(ctx, self)
        self.statusBar().addPermanentWidget(self.team_sync.label)
        self.statusBar().addPermanentWidget(self.team_sync.join_hint)
        self.team_sync.join_hint.clicked.connect(self.join_team)
        self.housekeeping.start_up_finished.connect(self.team_sync.start)
        self.team_sync.changed.connect(self._update_team_actions)
        self.team_sync.rebased.connect(self._book_replaced)
        self._build()
        geometry = app_settings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            clamp_to_screen(self)  # a saved place on a screen that is gone or smaller now
        ctx.book_changed.connect(self._update_undo_actions)
        ctx.book_changed.connect(
            lambda changes: "customers" in changes.tables and self._update_status())
        ctx.user_changed.connect(self._update_status)
        ctx.user_changed.connect(self._update_undo_actions)
        ctx.book_changed.connect(self._book_restored)
        self.import_wizard = None
        self.setAcceptDrops(True)
        from desktop.tray import ReminderTray

        self._quitting = False
        self.tray = ReminderTray(ctx, self)
        self.tray.open_window.connect(self.show_window)
        self.tray.open_customer.connect(self.show_customer)
        self.tray.open_deal.connect(self.open_deal)
        self.tray.show_agenda.connect(lambda: self.show_page(self.reminders))
        self.tray.quit_requested.connect(self.quit)
        ctx.book_changed.connect(self.update_counts)
        ctx.user_changed.connect(self.update_counts)
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_MS)
        self.count_timer.timeout.connect(self.update_counts)
        self.count_timer.start()
        # The upkeep starts once the window is ready (its first rows shown; desktop.app emits
        # `ready`), so that start-up never waits for it.
        self.ready.connect(self.housekeeping.start)
        # The customer panel's page, not shown before a customer is chosen, is built a tenth of
        # a second after ready, when the first rows are painted (or when a customer is shown,
        # if that is earlier).
        self.ready.connect(lambda: QTimer.singleShot(100, self, self._build_customer_panel))

    def _build_customer_panel(self) -> None:
        if self.customers.detail is not None:
            self.customers.detail.build_content()

    # -- building (again after a language change) ---------------------------------------
    def _build(self) -> None:
        ctx = self.ctx
        self.menuBar().clear()
        for act in self.actions():
            self.removeAction(act)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.pages = QStackedWidget(self)
        self.customers = CustomersPage(ctx, parent=self)
        self.customers.first_run.import_requested.connect(lambda: self.import_file())
        self.customers.first_run.demo_requested.connect(self.try_demo)
        self.pipeline = LazyPage(self._pipeline_page, self)
        self.trash = LazyPage(lambda parent: CustomersPage(ctx, trash=True, parent=parent), self)
        self.reminders = LazyPage(self._reminders_page, self)
        self.alerts = LazyPage(self._alerts_page, self)
        self.reports = LazyPage(self._reports_page, self)
        self.receivables = LazyPage(self._receivables_page, self)
        for page, icon_name, text in (
            (self.customers, "customers", self.tr("Customers")),
            (self.pipeline, "pipeline", self.tr("Pipeline")),
            (self.reminders, "reminders", self.tr("Reminders")),
            (self.alerts, "alerts", self.tr("Alerts")),
            (self.receivables, "reports", self.tr("Receivables")),
            (self.reports, "reports", self.tr("Reports")),
            (self.trash, "trash", self.tr("Trash")),
        ):
            self.pages.addWidget(page)
            QListWidgetItem(icon(icon_name), text, self.nav)
        self.reminders_item = self.nav.item(self.pages.indexOf(self.reminders))
        self.alerts_item = self.nav.item(self.pages.indexOf(self.alerts))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.nav.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self._update_team_actions()
        self.team_sync.show_state()
        self._update_status()
        self._update_undo_actions()
        self.alerts_item.setHidden(not may(self.ctx.book, "alerts.view"))
        if self.housekeeping.started:  # a rebuild (new language); at start: when ready
            self.update_counts()

    # The pages after the first are built when first shown (desktop.lazy_page).
    def _pipeline_page(self, parent: QWidget) -> QWidget:
        from views.pipeline_page import PipelinePage

        page = PipelinePage(self.ctx, parent)
        page.notice.connect(self.show_notice)
        return page

    def show_notice(self, text: str, op_id: str = "") -> None:
        """What a page just did, in the status bar, with Undo when op_id names the step."""
        self.statusBar().clearMessage()
        self.undo_notice.show_notice(text, op_id)

    def undo_step(self, op_id: str) -> None:
        """The notice's Undo: that step (refused, as Ctrl+Z, when its records changed since)."""
        step = changelog.operation_label(self.ctx.book, op_id)
        if self.ctx.run(self, changelog.undo_operation, op_id=op_id) is not None and step:
            self.statusBar().showMessage(
                self.tr("Undone: {what}").format(what=op_title(step["name"], step["label"])),
                5000)

    def _reminders_page(self, parent: QWidget) -> QWidget:
        from views.reminders_page import RemindersPage

        page = RemindersPage(self.ctx, parent)
        page.open_customer.connect(self.show_customer)
        page.open_deal.connect(self.open_deal)
        return page

    def _alerts_page(self, parent: QWidget) -> QWidget:
        from views.alerts_page import AlertsPage

        page = AlertsPage(self.ctx, parent)
        page.open_customer.connect(self.show_customer)
        return page

    def _receivables_page(self, parent: QWidget) -> QWidget:
        from views.receivables_page import ReceivablesPage

        page = ReceivablesPage(self.ctx, parent)
        page.open_customer.connect(self.show_customer)
        return page

    def _reports_page(self, parent: QWidget) -> QWidget:
        from views.reports_page import ReportsPage

        return ReportsPage(self.ctx, parent)

    def _action(self, menu, text, slot, keys=None, name="", icon_name=None) -> QAction:
        act = QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if keys:
            act.setShortcuts(keys if isinstance(keys, list) else [keys])
        act.setObjectName(name)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        keys = QKeySequence
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Import…"), lambda: self.import_file(), keys("Ctrl+I"),
                     "import", "import")
        self._action(file, self.tr("Import &history…"), self.import_history, name="import_history")
        self.export_action = self._action(file, self.tr("Export customers…"),
                                          self.export_customers, name="export",
                                          icon_name="export")
        self.export_action.setEnabled(may(self.ctx.book, "customers.export"))
        self.print_action = self._action(file, self.tr("&Print customer list…"),
                                         self.print_customers, keys("Ctrl+P"), name="print")
        self.print_action.setEnabled(may(self.ctx.book, "customers.print"))
        file.addSeparator()
        self.backup_action = self._action(file, self.tr("&Back up now"), self.back_up_now,
                                          name="backup_now")
        self.backup_action.setEnabled(self.housekeeping.book_damaged is None)
        self._action(file, self.tr("&Restore from backup…"), self.open_backups,
                     name="restore_backup", icon_name="restore")
        file.addSeparator()
        self.sync_action = self._action(file, self.tr("S&ync now"),
                                        lambda: self.team_sync.sync_now(), keys("F9"), "sync_now")
        self.join_action = self._action(file, self.tr("&Join a team…"), self.join_team,
                                        name="join_team", icon_name="users")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.quit, keys(keys.StandardKey.Quit), "quit")
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("&Undo"), self.undo, keys("Ctrl+Z"), "undo",
                                        "undo")
        self.redo_action = self._action(
            edit, self.tr("&Redo"), self.redo, [keys("Ctrl+Shift+Z"), keys("Ctrl+Y")], "redo", "redo"
        )
        self._action(edit, self.tr("&History of changes…"), self.show_steps, None, "history")
        self.verify_action = self._action(edit, self.tr("&Verify the change log…"),
                                          self.show_verify, name="verify_history")
        self.verify_action.setVisible(may(self.ctx.book, "history.verify"))
        edit.addSeparator()
        self._action(edit, self.tr("&New customer"), self.new_customer, keys("Ctrl+N"),
                     "new_customer", "add")
        self._action(edit, self.tr("New &deal…"), self.new_deal, keys("Ctrl+Shift+N"),
                     "new_deal", "pipeline")
        self._action(edit, self.tr("&Find"), self.find, keys("Ctrl+F"), "find", "search")
        self._action(edit, self.tr("Choose columns…"), lambda: self.customers.choose_columns(),
                     name="columns", icon_name="columns")
        self.hand_over_action = self._action(edit, self.tr("&Hand over customers…"),
                                             self.hand_over, name="hand_over",
                                             icon_name="users")
        self.hand_over_action.setEnabled(may(self.ctx.book, "customers.hand_over"))
        book = bar.addMenu(self.tr("&Book"))
        settings = self._action(book, self.tr("&Settings…"), self.open_settings, keys("Ctrl+,"),
                                "settings", "settings")
        # wherever the focus is, on every page (a chart of the Reports page too)
        settings.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._action(book, self.tr("S&witch user…"), self.switch_user, name="switch_user",
                     icon_name="user")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Kehu"), self.about, name="about")

    # -- what the menus do ---------------------------------------------------------------
    def show_page(self, page: int | QWidget) -> None:
        """Show the page at this row of the navigation, or this page."""
        index = page if isinstance(page, int) else self.pages.indexOf(page)
        self.nav.setCurrentRow(index)

    def _page_shown(self, index: int) -> None:
        if self.pages.widget(index) is self.pipeline and self.housekeeping.started:
            self.housekeeping.check_stalls()

    def new_customer(self) -> None:
        self.show_page(self.customers)
        self.customers.new_customer()

    def new_deal(self) -> str | None:
        """The deal form; for the customer picked in the customer list when that is shown."""
        from views.deal_dialog import edit_deal

        customer_id = None
        if self.pages.currentWidget() is self.customers:
            customer_id = self.customers.current_id()
        return edit_deal(self.ctx, self, customer_id=customer_id)

    def hand_over(self) -> dict | None:
        """The handover dialog, for the salesperson chosen in the customer list's filter."""
        from views.handover_dialog import done_message, hand_over_customers

        owner = self.customers.owner_box.currentData()
        done = hand_over_customers(self.ctx, self, from_user=owner or None)
        if done is not None:
            self.statusBar().showMessage(done_message(done), 8000)
        return done

    def find(self) -> None:
        page = self.pages.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()

    # -- reminders, alerts and the tray --------------------------------------------------
    def update_counts(self, changes=None) -> None:
        """The navigation says how many reminders are due (overdue and today, the user's
        own) and, for an owner, how many alerts wait for a review."""
        from models import alerts, reminders

        if changes is not None and not {"reminders", "alerts", "users"} & set(changes.tables):
            return
        book = self.ctx.book
        n = reminders.due_count(book, owner_id=book.user_id)
        self.reminders_item.setText(self.tr("Reminders ({n})").format(n=n) if n
                                    else self.tr("Reminders"))
        self.reminders_item.setToolTip(
            self.tr("{n} reminders due today or overdue").format(n=n) if n else "")
        shown = may(book, "alerts.view")
        self.alerts_item.setHidden(not shown)
        if not shown and self.pages.currentWidget() is self.alerts:
            self.show_page(self.customers)
        m = alerts.unreviewed_count(book) if shown else 0
        self.alerts_item.setText(self.tr("Alerts ({n})").format(n=m) if m else self.tr("Alerts"))

    def show_customer(self, customer_id: str) -> bool:
        """The customer in the customer list and its panel (the search cleared when it hides
        them); False for a customer that is gone or in the trash."""
        row = queries.customer(self.ctx.book, customer_id)
        if row is None or row.get("deleted_at"):
            self.statusBar().showMessage(self.tr("That customer is no longer in the book."), 5000)
            return False
        page = self.customers
        self.show_page(page)
        if page.model.row_of(customer_id) < 0:
            page.search.clear()
            for box in (page.owner_box, page.grade_box, page.tag_box, page.city_box):
                box.setCurrentIndex(0)
        page.select_customer(customer_id)
        page.flush_detail()
        return page.current_id() == customer_id

    def open_deal(self, deal_id: str) -> str | None:
        from models import deals
        from views.deal_dialog import edit_deal

        if deals.deal(self.ctx.book, deal_id) is None:
            self.statusBar().showMessage(self.tr("That deal is no longer in the book."), 5000)
            return None
        return edit_deal(self.ctx, self, deal_id=deal_id)

    # -- what the book's upkeep reports --------------------------------------------------
    def _after_start(self) -> None:
        """The start-up work is done: the counts and the tray's reminders (the rules and the
        grading follow)."""
        self.update_counts()
        if not self.ctx.book.read_only:  # the tray marks what it showed
            self.tray.start()

    def _rules_ran(self) -> None:
        if self.tray.started:
            self.tray.check()  # what the rules opened for now pops up at once

    def show_damaged(self, problem: str, good) -> None:
        """The check failed: nothing is written and nothing more of the start-up runs; the
        dialog offers the newest good backup (desktop.app.replace_damaged puts it in place)."""
        from views.backup_dialogs import DamagedBookDialog

        self.count_timer.stop()
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("The book is damaged; Kehu does not write to it."))
        dialog = DamagedBookDialog(self.ctx.book.path, problem, good, self)
        dialog.accepted.connect(lambda: self._restore_damaged(dialog.chosen))
        dialog.rejected.connect(self.quit)
        self.damaged_dialog = dialog
        dialog.open()

    def _restore_damaged(self, chosen) -> None:
        from desktop.app import replace_damaged

        replace_damaged(self, chosen)

    def _backup_ok(self) -> None:
        self.backup_label.hide()

    def _backup_failed(self, reason: str) -> None:
        self.backup_label.setText(self.tr("The daily backup failed"))
        self.backup_label.setToolTip(reason)
        self.backup_label.show()

    def back_up_now(self) -> None:
        """File > Back up now: a backup by hand, kept until the user deletes it."""
        from views.backup_dialogs import back_up_now

        def done(info) -> None:
            if info is not None:
                self._backup_ok()
                self.statusBar().showMessage(
                    self.tr("Backed up to {path}").format(path=info.path), 8000)

        if self.housekeeping.book_damaged is None:
            back_up_now(self.ctx, self, on_done=done)

    def open_backups(self) -> None:
        """File > Restore from backup: Settings at its Backups tab (the list, and a file)."""
        from views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.tabs.setCurrentWidget(dialog.backup_tab)
        dialog.exec()
        dialog.deleteLater()

    def _book_restored(self, changes) -> None:
        """A backup was restored into the book: every page shows the restored content."""
        if changes.op_name == "restore":
            self._book_replaced()

    def _book_replaced(self) -> None:
        """The book's content was replaced (a restore, or the team's snapshot)."""
        self.rebuild()
        self.ctx.user_changed.emit()  # the signed-in user may be another one now

    # -- the team ------------------------------------------------------------------------
    def _update_team_actions(self) -> None:
        in_team = self.team_sync.team() is not None
        self.sync_action.setEnabled(in_team and not self.team_sync.state.running)
        self.sync_action.setVisible(in_team)
        self.join_action.setVisible(not in_team)

    def join_team(self) -> None:
        """File > Join a team: this PC's copy of the team's book, opened in place of this one
        (desktop.app.open_joined_book)."""
        from views.team_dialogs import JoinTeamDialog

        dialog = JoinTeamDialog(self.ctx, self)
        accepted = dialog.exec() == JoinTeamDialog.DialogCode.Accepted
        joined, kept = dialog.joined, dialog.kept_in_keyring
        dialog.deleteLater()
        if not accepted or joined is None:
            return
        from desktop.app import open_joined_book

        open_joined_book(self, joined, kept_in_keyring=kept)

    def show_window(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        """File > Quit and the tray's Quit: close for real, also with minimise to tray on."""
        self._quitting = True
        self.close()

    def undo(self) -> None:
        stack = changelog.undo_stack(self.ctx.book, 1)
        if self.ctx.run(self, changelog.undo) is not None and stack:
            self.statusBar().showMessage(
                self.tr("Undone: {what}").format(what=op_title(stack[0]["name"], stack[0]["label"])),
                5000,
            )

    def redo(self) -> None:
        stack = changelog.redo_stack(self.ctx.book, 1)
        if self.ctx.run(self, changelog.redo) is not None and stack:
            self.statusBar().showMessage(
                self.tr("Redone: {what}").format(what=op_title(stack[0]["name"], stack[0]["label"])),
                5000,
            )

    def show_steps(self):
        from views.steps import show_steps

        return show_steps(self.ctx, self)

    def show_verify(self):
        from views.verify_dialog import show_verify

        return show_verify(self.ctx, self)

    def _update_undo_actions(self, *_args) -> None:
        undo = changelog.undo_stack(self.ctx.book, 1)
        redo = changelog.redo_stack(self.ctx.book, 1)
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setEnabled(bool(redo))
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=op_title(undo[0]["name"], undo[0]["label"]))
            if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=op_title(redo[0]["name"], redo[0]["label"]))
            if redo else self.tr("&Redo")
        )

    def export_customers(self) -> None:
        from models.core.errors import UserError
        from models.customers.export import export_customers
        from views.file_dialogs import save_file_name

        path = save_file_name(
            self, "export", self.tr("Export customers"), self.ctx.book.path.stem + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not path:
            return
        try:
            n = export_customers(self.ctx.book, path)
        except UserError as exc:
            from views.context import show_error

            show_error(self, exc)
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export customers"),
                                self.tr("Could not write {path}: {reason}").format(
                                    path=path, reason=exc.strerror or str(exc)))
            return
        self.statusBar().showMessage(
            self.tr("Exported {n} customers to {path}").format(n=n, path=path), 8000
        )

    def print_customers(self) -> None:
        """The customers the list shows under its filter, in a print preview."""
        from views.print_list import print_customer_list

        n = print_customer_list(self.ctx, self, self.customers.model.filter)
        if n is not None:
            self.statusBar().showMessage(self.tr("Printed a list of {n} customers").format(n=n),
                                         8000)

    # -- importing -----------------------------------------------------------------------
    def import_file(self, path=None) -> None:
        """Start the import wizard (with a dropped file: at its columns)."""
        from views.import_wizard import ImportWizard

        if self.import_wizard is not None and self.import_wizard.isVisible():
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        wizard = ImportWizard(self.ctx, path, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
        texts = {"customers": self.tr("Imported {n} new customers from {file}"),
                 "orders": self.tr("Imported {n} orders from {file}"),
                 "products": self.tr("Imported {n} new products from {file}")}
        wizard.import_finished.connect(lambda result: self.statusBar().showMessage(
            texts[wizard.records].format(
                n=f"{result.created:,}", file=wizard.path.name if wizard.path else ""), 8000))
        # a big import leaves its customers' search text for after it (models.imports)
        wizard.import_finished.connect(lambda _: self.housekeeping.catch_up_search())
        wizard.destroyed.connect(lambda *_: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.show()

    def try_demo(self) -> bool:
        """Open a fresh demo book in a second Kehu (`--demo`); this book stays as it is."""
        import sys
        from pathlib import Path

        from PySide6.QtCore import QProcess

        if getattr(sys, "frozen", False):
            program, args = sys.executable, ["--demo"]
        else:
            program, args = sys.executable, [str(Path(__file__).resolve().parent.parent / "main.py"),
                                             "--demo"]
        started = QProcess.startDetached(program, args)[0]
        if started:
            self.statusBar().showMessage(self.tr("Opening the demo book in a new window…"), 8000)
        else:
            QMessageBox.warning(self, self.tr("Try the demo book"),
                                self.tr("The demo book could not be started."))
        return started

    def import_history(self) -> None:
        from views.import_history import ImportHistoryDialog

        ImportHistoryDialog(self.ctx, self).exec()

    @staticmethod
    def _dropped_file(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return files[0] if len(files) == 1 else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if not path:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # Not inside the drop: the program the file came from waits until the drop returns.
        QTimer.singleShot(0, lambda: self.import_file(path))

    def open_settings(self) -> None:
        from views.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def switch_user(self) -> None:
        from views.login_dialog import choose_user

        choose_user(self.ctx, self, switching=True)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Kehu"),
            self.tr("Kehu (客户本) {version}\nAn offline customer book for small shops.\n\n"
                    "Book: {path}").format(version="0.1.0", path=self.ctx.book.path),
        )

    def _update_status(self) -> None:
        user = self.ctx.book.user
        if hasattr(self, "hand_over_action"):
            self.hand_over_action.setEnabled(may(self.ctx.book, "customers.hand_over"))
            self.verify_action.setVisible(may(self.ctx.book, "history.verify"))
            self.export_action.setEnabled(may(self.ctx.book, "customers.export"))
            self.print_action.setEnabled(may(self.ctx.book, "customers.print"))
        known = ROLES.get(user["role"]) if user else None
        role = QCoreApplication.translate("Roles", known.label) if known else "?"
        name = user["name"] if user else "?"
        if known and name in (role, known.label):  # a new book's 店主 is named as the role
            self.user_label.setText(self.tr("User: {name}").format(name=name))
        else:
            self.user_label.setText(self.tr("User: {name} ({role})").format(name=name, role=role))
        total = queries.count_customers(self.ctx.book)
        self.book_label.setText(
            self.tr("Book: {path} · {n} customers").format(path=self.ctx.book.path, n=f"{total:,}")
        )
        self.setWindowTitle(self.tr("Kehu — {name}").format(name=self.ctx.book.path.stem))

    def rebuild(self) -> None:
        """After a language change or a restore: build every page and menu again."""
        self._build()

    def closeEvent(self, event) -> None:
        from views.settings import minimise_to_tray

        if not self._quitting and minimise_to_tray() and self.tray.available:
            event.ignore()  # keep running in the tray: reminders keep coming
            self._remember_geometry()
            self.hide()
            return
        self.tray.stop()
        for page in self._customer_pages():
            page.cancel_pending()
        self.housekeeping.stop()
        self.team_sync.stop()
        self.count_timer.stop()
        runner = self.ctx.runner
        if runner is not None and runner.busy:
            runner.cancel()  # the book is closed after this; the work must stop first
            runner.wait()
            # What the work wrote is announced from its thread as queued signals (book
            # changed, job done): deliver them now, while the book is still open.
            QCoreApplication.sendPostedEvents()
        self._remember_geometry()
        super().closeEvent(event)

    def _customer_pages(self) -> list[CustomersPage]:
        """The customers page, and the trash when it was opened."""
        return [self.customers, *([self.trash.page] if self.trash.built else [])]

    def _remember_geometry(self) -> None:
        """The window's place and size for the next start; the settings file is written only
        when they changed."""
        settings, geometry = app_settings(), self.saveGeometry()
        if settings.value(GEOMETRY_KEY) != geometry:
            settings.setValue(GEOMETRY_KEY, geometry)
