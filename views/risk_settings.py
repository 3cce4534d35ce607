"""Settings > Risk words: the words Kehu looks for in what is written (models.alerts), and a
rescan of the whole book for them.

Only an owner may change the list; each change is written at once (like the users and the
pipeline tabs), so Cancel of the dialog does not take it back. "Rescan the book" runs
alerts.rescan off the GUI thread through ctx.runner, with progress and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import alerts
from models.core import settings
from models.core.errors import UserError
from models.core.permissions import may
from views.context import AppContext, show_error
from views.widgets import ERROR_STYLE, HINT, icon, plain_label


class RiskSettings(QWidget):
    """The Risk words tab."""

    rescan_finished = Signal(int)  # new alerts found

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job = None
        self.note = plain_label(self.tr("Only an owner may change the risk words."), HINT)
        intro = plain_label(self.tr(
            "Kehu marks what is written with one of these words (timeline entries, customer "
            "notes, deal notes and next steps) as an alert for an owner to review. Full-width "
            "and half-width letters and upper and lower case count as the same."), HINT)

        self.words_list = QListWidget()
        self.words_list.setObjectName("risk_words")
        self.words_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words_list.itemSelectionChanged.connect(self._update_buttons)
        self.word_edit = QLineEdit()
        self.word_edit.setObjectName("new_risk_word")
        self.word_edit.setPlaceholderText(self.tr("A new word, e.g. 走私账"))
        self.word_edit.textChanged.connect(self._update_buttons)
        self.word_edit.returnPressed.connect(self.add_word)
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_word)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_words)
        self.defaults_button = QPushButton(self.tr("Default words"))
        self.defaults_button.setToolTip(self.tr("Put back the words Kehu starts with"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        add_row = QHBoxLayout()
        add_row.addWidget(self.word_edit, 1)
        add_row.addWidget(self.add_button)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addWidget(self.defaults_button)
        side.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.words_list, 1)
        list_row.addLayout(side)

        self.rescan_button = QPushButton(self.tr("Rescan the book"))
        self.rescan_button.setObjectName("rescan_button")
        self.rescan_button.setToolTip(self.tr(
            "Look for the words in everything already written; alerts found before are kept"))
        self.rescan_button.clicked.connect(self.rescan)
        self.result_label = plain_label()
        self.result_label.setObjectName("rescan_result")
        rescan_row = QHBoxLayout()
        rescan_row.addWidget(self.rescan_button)
        rescan_row.addWidget(self.result_label, 1)

        # a large export by a salesperson (models.customers.export.record_export)
        self.export_limit = QSpinBox()
        self.export_limit.setObjectName("export_alert_rows")
        self.export_limit.setRange(0, 1_000_000)
        self.export_limit.setGroupSeparatorShown(True)
        self.export_limit.setKeyboardTracking(False)
        self.export_limit.setToolTip(self.tr("0: every export by a salesperson raises an alert"))
        self.export_limit.valueChanged.connect(self._save_export_limit)
        export_row = QHBoxLayout()
        export_row.addWidget(plain_label(self.tr(
            "Alert the owner when a salesperson exports or prints more customers than")))
        export_row.addWidget(self.export_limit)
        export_row.addStretch(1)
        # who may print customer lists (models.customers.printing)
        self.print_sales = QCheckBox(self.tr("Salespeople may print customer lists"))
        self.print_sales.setObjectName("print_sales")
        self.print_sales.setToolTip(self.tr(
            "Owners and managers always may; each print is recorded like an export"))
        self.print_sales.toggled.connect(self._save_print_sales)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(intro)
        layout.addLayout(list_row, 1)
        layout.addLayout(add_row)
        layout.addLayout(rescan_row)
        layout.addLayout(export_row)
        layout.addWidget(self.print_sales)
        ctx.user_changed.connect(self.reload)
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def words(self) -> list[str]:
        return [self.words_list.item(i).text() for i in range(self.words_list.count())]

    def reload(self) -> None:
        self.words_list.clear()
        for word in alerts.words(self.ctx.book):
            item = QListWidgetItem(word)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.words_list.addItem(item)
        owner = may(self.ctx.book, "settings.change")
        self.export_limit.blockSignals(True)
        self.export_limit.setValue(settings.get(self.ctx.book, settings.EXPORT_ALERT_ROWS.key))
        self.export_limit.blockSignals(False)
        self.export_limit.setEnabled(owner)
        self.print_sales.blockSignals(True)
        self.print_sales.setChecked(settings.get(self.ctx.book, settings.PRINT_SALES.key))
        self.print_sales.blockSignals(False)
        self.print_sales.setEnabled(owner)
        self.note.setVisible(not owner)
        self.word_edit.setEnabled(owner)
        self.defaults_button.setEnabled(owner)
        self._update_buttons()

    def _update_buttons(self) -> None:
        owner = may(self.ctx.book, "settings.change")
        busy = self.job is not None
        self.add_button.setEnabled(owner and bool(self.word_edit.text().strip()))
        self.remove_button.setEnabled(owner and bool(self.words_list.selectedItems()))
        self.rescan_button.setEnabled(owner and not busy and self.ctx.runner is not None)

    def _save(self, words: list[str]) -> bool:
        saved = self.ctx.run(self, alerts.set_words, words=words)
        if saved is None:
            return False
        self.reload()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Saved. New text is checked for these words; "
                                          "“Rescan the book” checks what was written before."))
        return True

    def _save_print_sales(self, on: bool) -> None:
        key = settings.PRINT_SALES.key
        if on == settings.get(self.ctx.book, key):
            return
        if self.ctx.run(self, settings.set_settings, values={key: on}) is None:
            self.reload()  # refused: the stored choice shows again
            return
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Saved: salespeople may print customer lists.") if on
                                  else self.tr("Saved: salespeople may not print customer "
                                               "lists."))

    def _save_export_limit(self, value: int) -> None:
        key = settings.EXPORT_ALERT_ROWS.key
        if value == settings.get(self.ctx.book, key):
            return
        if self.ctx.run(self, settings.set_settings, values={key: value}) is None:
            self.reload()  # refused: the stored limit shows again
            return
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Saved: an export of more than {n} customers by a "
                                          "salesperson raises an alert.").format(n=f"{value:,}"))

    def add_word(self) -> None:
        word = self.word_edit.text().strip()
        if not word or not may(self.ctx.book, "settings.change"):
            return
        folded = alerts.fold(word)
        if any(alerts.fold(w) == folded for w in self.words()):
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(self.tr("“{word}” is already in the list.").format(
                word=word))
            return
        if self._save([*self.words(), word]):
            self.word_edit.clear()
            found = self.words_list.findItems(alerts.clean_words([word])[0],
                                              Qt.MatchFlag.MatchExactly)
            if found:
                self.words_list.setCurrentItem(found[0])

    def remove_words(self) -> None:
        chosen = {item.text() for item in self.words_list.selectedItems()}
        if chosen and may(self.ctx.book, "settings.change"):
            self._save([w for w in self.words() if w not in chosen])

    def restore_defaults(self) -> None:
        if may(self.ctx.book, "settings.change"):
            self._save(list(alerts.DEFAULT_WORDS))

    # -- rescan --------------------------------------------------------------------------
    def rescan(self) -> None:
        runner = self.ctx.runner
        if runner is None or self.job is not None or not may(self.ctx.book, "settings.change"):
            return
        book = self.ctx.book

        def work(progress, cancelled):
            return alerts.rescan(book, progress=progress, cancelled=cancelled)

        job = runner.run(work, on_result=self._rescanned, on_error=self._failed,
                         on_cancel=self._cancelled, title=self.tr("Looking for risk words…"),
                         parent_widget=self)
        if job is None:
            return
        self.job = job
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Looking for risk words…"))
        self._update_buttons()

    def _done(self) -> None:
        self.job = None
        self._update_buttons()

    def _rescanned(self, count: int) -> None:
        self._done()
        self.result_label.setStyleSheet("")
        if count:
            self.result_label.setText(self.tr("Found {n} new alerts; see Alerts.").format(
                n=count))
        else:
            self.result_label.setText(self.tr("No new alerts."))
        self.rescan_finished.emit(count)

    def _cancelled(self) -> None:
        self._done()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Rescan cancelled; nothing was changed."))

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, UserError):
            show_error(self, exc)
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)
