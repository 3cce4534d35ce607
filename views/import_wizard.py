"""The import wizard: a spreadsheet or contacts file into the customer book, in five steps.

1. the file (and the sheets, when it has several: those ticked import together, as one
import, when their columns are the first ticked sheet's), 2. which column goes where, with a
live preview of the first rows of each sheet, 3. what the import will do (new, updated,
duplicates, rejected rows) and how to treat duplicates, 4. the import itself, 5. what
happened (rows from each sheet), with Undo.

Reading the file, planning and writing run off the GUI thread through ``ctx.runner``; while a
job runs the wizard's buttons are off and the wizard stays modal, so the GUI asks the book
nothing while the worker writes it. Everything that comes from the file is shown as plain text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from importers import mapping as mapping_mod
from importers import normalize, records
from importers.limits import prepare_reader
from models.core import fields
from models.core.errors import UserError
from models.customers import operations
from views import import_records
from views.context import AppContext, tr_error
from views.file_dialogs import open_file_name
from views.widgets import ERROR_STYLE, icon, plain_tooltip

PREVIEW_ROWS = 20
SAMPLES = 3
PROBLEM_BRUSH = QColor("#fdecea")
WARNING_BRUSH = QColor("#fff8e1")
# Targets only a file exported by Kehu carries; offered after the usual ones.
ROUND_TRIP = tuple(f.name for f in fields.import_targets() if not f.editable)
# Any of these makes a customer: a name, or a person to name it after.
NAMING = ("name", "contact", "first_name", "last_name")


def target_labels() -> dict[str, str]:
    """How each import target reads in the column combos and the preview (the fields
    registry's names, models/core/fields.py, and the importer's own first and last name)."""
    t = QCoreApplication.translate
    labels = {f.name: t(fields.TARGET_CONTEXT, f.target) for f in fields.import_targets()}
    labels["first_name"] = t("ImportTargets", "First name")
    labels["last_name"] = t("ImportTargets", "Last name")
    return labels


def label_of(target: str, labels: dict[str, str] | None = None) -> str:
    if target == mapping_mod.IGNORE:
        return QCoreApplication.translate("ImportTargets", "Ignore")
    if target.startswith("custom:"):
        return target[7:]
    return (labels or target_labels()).get(target, target)


def cell_text(cell) -> str:
    """A raw cell as the file shows it (for the samples)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if hasattr(cell, "isoformat"):
        return cell.isoformat(sep=" ") if hasattr(cell, "hour") and hasattr(cell, "day") \
            else cell.isoformat()
    return str(cell).strip()


def row_key(row):
    """How the wizard names a planned row: its line, or (line, sheet) when the import reads
    several sheets."""
    return (row.line, row.sheet) if row.sheet else row.line


def _line(key) -> int:
    return key[0] if isinstance(key, tuple) else key


def _where(key) -> dict:
    """The sheet of a row_key, as the plan's keyword argument ({} for an import of one sheet:
    the plans of orders and products know no sheets)."""
    return {"sheet": key[1]} if isinstance(key, tuple) else {}


def crash(exc: BaseException) -> None:
    """A bug, not the user's doing: to the app's exception hook (log and crash dialog)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def render_problem(problem) -> str:
    if hasattr(problem, "render"):
        return problem.render(QCoreApplication.translate)
    return QCoreApplication.translate("errors", str(problem))


def clean_value(target: str, cell) -> tuple[str, list]:
    """What a cell becomes in a target, for the live preview (the plan does the same)."""
    if target in ("mobile", "phone"):
        mobiles, landlines, problems = normalize.phones(cell)
        return "; ".join(mobiles + landlines), problems
    if target == "email":
        return normalize.email(cell)
    if target == "next_follow_up":
        return normalize.date(cell)
    if target == "grade":
        return normalize.grade(cell)
    if target in ("name", "contact"):
        return normalize.name(cell), []
    return normalize.text(cell), []


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setHighlightSections(False)
    return table


def guess(book, source, what: str, sheet: str):
    """The mapping remembered or guessed for a sheet holding `what` (runs in the worker)."""
    from importers import plan, records

    if what == "customers":
        return plan.auto_mapping(book, source, sheet)
    return records.auto_mapping(book, source, what, sheet)


class ImportWizard(QWizard):
    """Import customers (or orders, or products: ``records``) from a file. ``path`` (a dropped
    file) skips choosing the file."""

    import_finished = Signal(object)  # models.imports.ImportResult
    import_undone = Signal(object)  # models.imports.UndoImportResult
    busy_changed = Signal(bool)

    FILE, MAPPING, DECISION, RUN, DONE = range(5)

    def __init__(self, ctx: AppContext, path: str | Path | None = None,
                 parent: QWidget | None = None, *, records: str = "customers") -> None:
        super().__init__(parent)
        if ctx.runner is None:
            raise RuntimeError("the import wizard needs ctx.runner (desktop.runner.Runner)")
        self.ctx = ctx
        self.runner = ctx.runner
        self.setObjectName("import_wizard")
        self.setWindowIcon(icon("import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.resize(980, 680)

        self.path: Path | None = None
        self.source = None
        self.sheet: str | None = None  # the first ticked sheet: its columns are mapped
        self.picked: list[str] = []  # the ticked sheets, in the file's order
        self.headers: dict[str, tuple] = {}  # sheet -> (header row, column names) found
        self.rows: list[list] = []
        self.mapping = None  # importers.plan.Mapping
        self.records = records  # what the file holds: customers, orders or products
        self.mode = import_records.FIRST_MODE[records]
        self.setWindowTitle(self.title())
        self.plan = None
        self.plan_key = None  # (mode, mapping) the plan was made for
        # The user's answers for rows with a similar name: line -> the customer it is. Given
        # again to every new plan (another duplicate mode makes a new one).
        self.same_as: dict[int, str] = {}
        # The user's answers for held rows: line -> "hold" | "same" | "new", given again too.
        self.answers: dict[int, str] = {}
        self.result = None
        self.undo_result = None
        self.busy = False
        self._names: tuple = (None, [])
        self.auto_advance = path is not None

        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.decision_page = DecisionPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.decision_page,
                                        self.run_page, self.done_page)):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)
        if path is not None:
            self.load_file(Path(path))
        else:  # the reader starts while the user looks for the file
            prepare_reader()

    # -- background work -----------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()
        back = self.button(QWizard.WizardButton.BackButton)
        if busy:
            back.setEnabled(False)
        elif page is not None:
            back.setEnabled(self.currentId() not in (self.FILE, self.RUN, self.DONE))
        self.busy_changed.emit(busy)

    def start(self, work, on_result, *, title: str, on_error=None, on_cancel=None) -> bool:
        def done(value):
            self.set_busy(False)
            on_result(value)

        def failed(exc):
            self.set_busy(False)
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, UserError):
                QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            else:
                crash(exc)

        def stopped():
            self.set_busy(False)
            if on_cancel is not None:
                on_cancel()

        job = self.runner.run(work, on_result=done, on_error=failed, on_cancel=stopped,
                              title=title, parent_widget=self)
        if job is None:
            return False
        self.set_busy(True)
        return True

    def reject(self) -> None:
        """Cancel (or Esc): stop the job that runs; close only when nothing runs."""
        if self.busy:
            self.runner.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.busy:
            self.runner.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- the file ------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        from importers.limits import read_source

        book, what = self.ctx.book, self.records
        self.file_page.show_loading(path)

        def work(progress, cancelled):
            from importers.plan import sheet_header

            # in a child process: a reader that fails or runs out of memory ends only that
            source = read_source(path, cancelled=cancelled)
            if not source.sheets:
                return source, None, [], None, {}
            # ticked first: the visible sheet holding a list with the most rows (not a cover
            # page, a summary or a hidden sheet of drop-down choices)
            sheet = source.default_sheet
            rows = source.rows(sheet)
            headers = {s.name: sheet_header(source, s.name) for s in source.sheets}
            return source, sheet, rows, guess(book, source, what, sheet), headers

        def loaded(value):
            source, sheet, rows, mapping, headers = value
            self.path, self.source, self.headers = path, source, headers
            self.picked = [sheet] if sheet is not None else []
            self.file_page.show_source(source)
            if self.records != what and sheet is not None:  # changed while the file was read
                mapping = guess(book, source, self.records, sheet)
            self.set_sheet_data(sheet, rows, mapping)
            if self.auto_advance and self.currentId() == self.FILE and len(source.sheets) == 1:
                self.next()
            self.auto_advance = False

        def failed(exc):
            self.path = self.source = None
            self.rows, self.mapping, self.picked, self.headers = [], None, [], {}
            self.auto_advance = False
            if isinstance(exc, UserError):
                self.file_page.show_error(tr_error(exc))
            else:
                self.file_page.show_error("")
                crash(exc)

        self.start(work, loaded, on_error=failed, on_cancel=lambda: self.file_page.show_error(""),
                   title=self.tr("Reading {file}…").format(file=path.name))

    def load_sheet(self, sheet: str) -> None:
        if self.source is None or sheet == self.sheet:
            return
        book, source, what = self.ctx.book, self.source, self.records

        def work(progress, cancelled):
            rows = source.rows(sheet)
            return sheet, rows, guess(book, source, what, sheet)

        self.rows, self.mapping = [], None
        self.file_page.completeChanged.emit()
        if not self.start(work, lambda v: self.set_sheet_data(*v),
                          title=self.tr("Reading sheet {sheet}…").format(sheet=sheet)):
            self.file_page.show_picked()

    def title(self) -> str:
        return {"customers": self.tr("Import customers"), "orders": self.tr("Import orders"),
                "products": self.tr("Import products")}[self.records]

    def set_records(self, what: str) -> None:
        """What the file holds changed: the columns are guessed again for it."""
        if what == self.records:
            return
        self.records = what
        self.mode = import_records.FIRST_MODE[what]
        self.setWindowTitle(self.title())
        self.decision_page.select_mode(what, self.mode)
        if what != "customers" and self.sheet is not None:  # one sheet at a time
            self.picked = [self.sheet]
        self.file_page.show_picked()
        if self.source is not None and self.sheet is not None and not self.busy:
            self.set_sheet_data(self.sheet, self.rows,
                                guess(self.ctx.book, self.source, what, self.sheet))

    def set_sheet_data(self, sheet, rows, mapping) -> None:
        self.sheet, self.rows, self.mapping = sheet, rows, mapping
        self.plan = self.plan_key = None
        self.same_as = {}
        self.answers = {}
        self.file_page.show_picked()

    # -- the sheets ----------------------------------------------------------------------
    def pick_sheets(self, names: list[str]) -> None:
        """The ticked sheets changed (names in the file's order): the first one's columns are
        mapped, and read again when it is another sheet than before."""
        self.picked = list(names)
        self.plan = self.plan_key = None
        self.same_as, self.answers = {}, {}
        if names and names[0] != self.sheet:
            self.load_sheet(names[0])
        self.file_page.show_picked()

    def several(self) -> bool:
        """Whether the import reads several sheets (as one import)."""
        return self.records == "customers" and len(self.picked) > 1

    def differing(self) -> list[str]:
        """The ticked sheets whose columns are not those of the first ticked sheet."""
        from importers.plan import same_columns

        if not self.several() or self.mapping is None or self.sheet != self.picked[0]:
            return []
        names = mapping_mod.header_names(self.rows, self.mapping.header)
        return [s for s in self.picked[1:] if not same_columns(names, self.headers[s][1])]

    def mappings(self):
        """The mapping of each ticked sheet: the first one's columns, each its own header row."""
        from importers.plan import Mapping

        m = self.mapping
        out = [Mapping(sheet=m.sheet, header=m.header, columns=list(m.columns))]
        if self.several():
            out += [Mapping(sheet=s, header=self.headers[s][0], columns=list(m.columns))
                    for s in self.picked[1:]]
        return out

    # -- the mapping -------------------------------------------------------------------
    def names(self) -> list[str]:
        """The column names for the current header row (header_names scans every row: cached)."""
        if not self.rows or self.mapping is None:
            return []
        key = (id(self.rows), self.mapping.header)
        if self._names[0] != key:
            self._names = (key, mapping_mod.header_names(self.rows, self.mapping.header,
                                                         QCoreApplication.translate))
        return self._names[1]

    def preview_rows(self) -> list[tuple[str, int, list]]:
        """(sheet, line, cells) of the first rows of each ticked sheet, for the live preview."""
        out = []
        for m in self.mappings() if self.mapping is not None else ():
            rows = self.rows if m.sheet == self.sheet else self.source.rows(m.sheet)
            start = 0 if m.header is None else m.header + 1
            out += [(m.sheet or "", start + 1 + i, cells)
                    for i, cells in enumerate(rows[start:start + PREVIEW_ROWS])]
        return out

    def data_rows(self) -> list[list]:
        if self.mapping is None:
            return []
        header = self.mapping.header
        return self.rows if header is None else self.rows[header + 1:]

    def custom_labels(self) -> list[str]:
        return [f["label"] for f in operations.custom_fields(self.ctx.book)]

    def set_header(self, header: int | None) -> None:
        """The header row changed: new column names, and the columns guessed again."""
        from importers import records
        from importers.plan import Mapping

        self.mapping = Mapping(sheet=self.sheet, header=header, columns=[])
        names = self.names()
        if self.records != "customers":
            self.mapping.columns = records.guess_columns(self.records, names)
            return
        sample = self.data_rows()[:50]
        self.mapping.columns = list(mapping_mod.guess_mapping(names, sample, self.custom_labels()))

    def mapping_key(self):
        m = self.mapping
        return ((self.records, self.mode, m.sheet, m.header, tuple(m.columns),
                 tuple(self.picked) if self.several() else ()) if m is not None
                else None)

    # -- planning ------------------------------------------------------------------------
    def make_plan(self) -> None:
        """Preview the import for the current mapping and mode; again when they change meanwhile."""
        from importers import records
        from importers.plan import preview, preview_sheets

        if self.busy or self.source is None or self.mapping is None:
            return
        key = self.mapping_key()
        if key == self.plan_key and self.plan is not None:
            self.decision_page.show_plan(self.plan)
            return
        book, source, mode = self.ctx.book, self.source, self.mode
        mappings = self.mappings()
        m = mappings[0]

        answers = dict(self.same_as)
        held = dict(self.answers)
        what = self.records

        def work(progress, cancelled):
            if what != "customers":
                plan = records.preview(book, source, what, m, mode=mode, progress=progress,
                                       cancelled=cancelled)
            elif len(mappings) > 1:
                plan = preview_sheets(book, source, mappings, mode=mode, progress=progress,
                                      cancelled=cancelled)
            else:
                plan = preview(book, source, m, mode=mode, progress=progress,
                               cancelled=cancelled)
            for row in plan.planned:
                key = row_key(row)
                if row.action == "hold" and key in held:
                    plan.answer(book, row.line, held[key], **_where(key))
                elif row.similar_id and answers.get(key) == row.similar_id:
                    plan.treat_as_same(book, row.line, True, **_where(key))
            return plan

        def planned(plan):
            self.plan, self.plan_key = plan, key
            if self.mapping_key() != key:  # the mode changed while it ran
                self.make_plan()
                return
            self.decision_page.show_plan(plan)

        self.decision_page.show_planning()
        rows = sum(len(self.source.rows(x.sheet)) - (0 if x.header is None else x.header + 1)
                   for x in mappings)
        self.start(work, planned, on_cancel=self.decision_page.show_cancelled,
                   title=self.tr("Checking {n} rows…").format(n=f"{rows:,}"))

    def treat_as_same(self, key, same: bool):
        """The user's answer for a row with a similar name (key: row_key); returns the row as
        planned now."""
        row = self.plan.treat_as_same(self.ctx.book, _line(key), same, **_where(key))
        if same and row.similar_id:
            self.same_as[key] = row.similar_id
        else:
            self.same_as.pop(key, None)
        return row

    def answer_held(self, key, answer: str):
        """The user's answer for a held row ("hold", "same", "new"); returns the row."""
        self.answers[key] = answer
        return self.plan.answer(self.ctx.book, _line(key), answer, **_where(key))

    def save_rejected(self) -> None:
        from importers.plan import default_rejected_path, save_rejected

        if self.plan is None or self.busy:
            return
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(default_rejected_path(self.plan)),
            self.tr("Excel workbook (*.xlsx)"))
        if not out:
            return
        plan = self.plan

        def saved(n):
            self.decision_page.status.setText(
                self.tr("Saved {n} rows to {path}").format(n=n, path=out))

        def failed(exc):
            if isinstance(exc, OSError):
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "Could not write {path}: {reason}").format(
                        path=out, reason=exc.strerror or str(exc)))
            elif isinstance(exc, UserError):
                QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            else:
                crash(exc)

        self.start(lambda p, c: save_rejected(plan, out, QCoreApplication.translate), saved,
                   on_error=failed,
                   title=self.tr("Saving rejected rows…"))

    # -- importing -----------------------------------------------------------------------
    def run_import(self) -> None:
        from importers import records
        from importers.plan import run_import

        book, plan = self.ctx.book, self.plan
        run = records.run_import if isinstance(plan, records.RecordPlan) else run_import

        def work(progress, cancelled):
            return run(book, plan, progress=progress, cancelled=cancelled)

        def imported(result):
            self.result = result
            self.import_finished.emit(result)
            self.next()

        def back_to_decision(message: str) -> None:
            self.back()
            self.decision_page.status.setText(message)

        def failed(exc):
            if isinstance(exc, UserError):
                back_to_decision(tr_error(exc))
                QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            else:
                back_to_decision(self.tr("The import failed; the book was not changed."))
                crash(exc)

        if not self.start(work, imported, on_error=failed,
                          on_cancel=lambda: back_to_decision(
                              self.tr("Import cancelled; the book was not changed.")),
                          title=self.tr("Importing {file}…").format(file=self.path.name)):
            QTimer.singleShot(0, self.back)

    def undo(self) -> None:
        from models.imports import undo_import

        if self.result is None or self.busy:
            return
        book, batch = self.ctx.book, self.result.batch

        def undone(result):
            self.undo_result = result
            self.done_page.show_undone(result)
            self.import_undone.emit(result)

        self.start(lambda p, c: undo_import(book, batch_id=batch), undone,
                   title=self.tr("Undoing the import…"))


# -- 1. the file --------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("file_page")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods), "
                                 "a CSV file, or contacts exported from a phone (.vcf)."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(icon("import"), self.tr("Choose file…"), self)
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.info = _plain(QLabel(self))
        self.info.setObjectName("file_info")
        self.info.setWordWrap(True)
        self.error = _plain(QLabel(self))
        self.error.setObjectName("file_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.sheet_label = _plain(QLabel(self))
        self.sheet_label.setObjectName("sheets_label")
        self.sheet_label.setWordWrap(True)
        self.sheets = QListWidget(self)
        self.sheets.setObjectName("sheets")
        self.sheets.itemChanged.connect(self._sheet_ticked)
        self.sheets.setMaximumHeight(self.sheets.fontMetrics().height() * 12)
        # ticked sheets whose columns differ from the first one's (red), or nothing ticked
        self.sheet_problem = _plain(QLabel(self))
        self.sheet_problem.setObjectName("sheets_problem")
        self.sheet_problem.setStyleSheet(ERROR_STYLE)
        self.sheet_problem.setWordWrap(True)
        self.sheet_label.hide()
        self.sheets.hide()
        self.sheet_problem.hide()

        holds = QHBoxLayout()
        holds.addWidget(QLabel(self.tr("The file holds:"), self))
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, (what, text) in enumerate(import_records.kind_texts().items()):
            button = QRadioButton(text, self)
            button.setObjectName(f"holds_{what}")
            button.setChecked(what == wizard.records)
            self.kinds.addButton(button, i)
            self.kind_buttons[what] = button
            holds.addWidget(button)
        holds.addStretch()
        self.kinds.idToggled.connect(self._kind_toggled)

        layout = QVBoxLayout(self)
        layout.addLayout(holds)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheets)
        layout.addWidget(self.sheet_problem)
        layout.addStretch(1)

    def _kind_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.w.set_records(list(self.kind_buttons)[button_id])

    def choose(self) -> None:
        prepare_reader()  # started while the dialog is open
        path = open_file_name(
            self, "import", self.tr("Import customers"),
            self.tr("Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;"
                    "All files (*)"),
            start=self.w.path.parent if self.w.path else None)
        if path:
            self.w.load_file(Path(path))

    def show_loading(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.error.hide()
        self.info.setText(self.tr("Reading the file…"))
        self.sheets.clear()
        self.sheets.hide()
        self.sheet_label.hide()
        self.sheet_problem.hide()

    def show_error(self, text: str) -> None:
        self.info.setText("")
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.completeChanged.emit()

    def show_source(self, source) -> None:
        kinds = {"xlsx": self.tr("Excel workbook"), "xls": self.tr("Excel 97–2003 workbook"),
                 "ods": self.tr("OpenDocument spreadsheet"), "csv": self.tr("CSV text"),
                 "vcf": self.tr("contacts (vCard)")}
        text = kinds.get(source.kind, source.kind)
        if source.kind == "csv" and source.encoding:
            text = self.tr("{kind}, encoding {encoding}").format(kind=text,
                                                                  encoding=source.encoding)
        if not source.sheets:
            self.show_error(self.tr("The file holds no rows."))
            return
        total = sum(s.rows for s in source.sheets)
        self.info.setText(self.tr("{kind}: {n} rows").format(kind=text, n=f"{total:,}"))
        several = len(source.sheets) + len(source.empty_sheets) > 1
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for sheet in source.sheets:
            text = (self.tr("{sheet} — {n} rows, hidden in the workbook")
                    if sheet.name in source.hidden_sheets else self.tr("{sheet} — {n} rows"))
            item = QListWidgetItem(text.format(sheet=sheet.name, n=f"{sheet.rows:,}"),
                                   self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        for name in source.empty_sheets:  # shown greyed, never ticked
            item = QListWidgetItem(self.tr("{sheet} — empty").format(sheet=name), self.sheets)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(plain_tooltip(self.tr("This sheet holds no rows.")))
        self.sheets.blockSignals(False)
        self.sheet_label.setVisible(several)
        self.sheets.setVisible(several)

    def show_picked(self) -> None:
        """Tick the wizard's sheets; name (in red) those whose columns differ."""
        w = self.w
        if w.records == "customers":
            self.sheet_label.setText(self.tr(
                "The file has several sheets. Tick those that hold customers: they are "
                "imported together, as one import (one Undo takes them all back)."))
        else:
            self.sheet_label.setText(self.tr(
                "The file has several sheets. Tick the one that holds the rows: orders and "
                "products are imported one sheet at a time."))
        differing = set(w.differing())
        red = QBrush(QColor("#c62828"))
        self.sheets.blockSignals(True)
        for i in range(self.sheets.count()):
            item = self.sheets.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name is None:
                continue
            item.setCheckState(Qt.CheckState.Checked if name in w.picked
                               else Qt.CheckState.Unchecked)
            item.setForeground(red if name in differing else QBrush())
        self.sheets.blockSignals(False)
        problem = ""
        if differing:
            problem = self.tr("Other columns than {first}: {sheets}. Untick them to go on; "
                              "import them on their own afterwards.").format(
                first=w.picked[0], sheets=", ".join(s for s in w.picked if s in differing))
        elif w.source is not None and not w.picked:
            problem = self.tr("Tick a sheet to import.")
        self.sheet_problem.setText(problem)
        self.sheet_problem.setVisible(bool(problem) and self.sheets.isVisible())
        self.completeChanged.emit()

    def ticked(self) -> list[str]:
        """The ticked sheets, in the file's order."""
        return [self.sheets.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sheets.count())
                if self.sheets.item(i).checkState() == Qt.CheckState.Checked]

    def _sheet_ticked(self, item) -> None:
        if self.w.busy:  # a sheet is being read: the ticks stay as they were
            self.show_picked()
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        names = self.ticked()
        if self.w.records != "customers" and name in names:  # one sheet at a time
            names = [name]
        self.w.pick_sheets(names)

    def isComplete(self) -> bool:
        w = self.w
        return (not w.busy and w.mapping is not None and bool(w.rows) and bool(w.picked)
                and w.picked[0] == w.sheet and not w.differing())


# -- 2. the mapping -----------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("mapping_page")
        self.setTitle(self.tr("Which column goes where"))
        self.setSubTitle(self.tr("Kehu guessed the meaning of each column. Change a choice "
                                 "where it guessed wrong; the preview below follows."))
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_row")
        self.header_spin.setSpecialValueText(self.tr("No header row"))
        self.header_spin.setMinimumWidth(140)
        self.header_spin.valueChanged.connect(self._header_changed)
        header_row = QHBoxLayout()
        header_label = QLabel(self.tr("Column names are in row:"), self)
        header_label.setBuddy(self.header_spin)
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_spin)
        header_row.addStretch()
        self.hint = _plain(QLabel(self))
        self.hint.setObjectName("mapping_hint")
        self.hint.setStyleSheet(ERROR_STYLE)
        header_row.addWidget(self.hint)

        self.table = _table(self, "mapping_table")
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import as")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 14, QComboBox().sizeHint().height() + 2))
        self.combos: list[QComboBox] = []

        self.preview_label = QLabel(self.tr("The first {n} rows as they will be imported:")
                                    .format(n=PREVIEW_ROWS), self)
        self.preview = _table(self, "preview_table")
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview_label)
        lower_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])

        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        m = self.w.mapping
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(0, max(1, min(len(self.w.rows), 50)))
        self.header_spin.setValue(0 if m.header is None else m.header + 1)
        self.header_spin.blockSignals(False)
        self.fill()

    def _header_changed(self, value: int) -> None:
        self.w.set_header(None if value == 0 else value - 1)
        self.fill()

    # -- the column table --------------------------------------------------------------
    def choices(self, name: str, current: str) -> list[tuple[str, str]]:
        if self.w.records != "customers":
            return import_records.choices(self.w.records)
        labels = target_labels()
        out = [(label_of(mapping_mod.IGNORE), mapping_mod.IGNORE)]
        out += [(labels.get(t, t), t) for t in mapping_mod.TARGETS if t not in ROUND_TRIP]
        existing = self.w.custom_labels()
        out += [(self.tr("Custom field: {label}").format(label=label), "custom:" + label)
                for label in existing]
        if name not in existing:
            out.append((self.tr("New custom field: {header}").format(header=name),
                        "custom:" + name))
        if current.startswith("custom:") and current[7:] not in existing and current[7:] != name:
            out.append((self.tr("New custom field: {header}").format(header=current[7:]),
                        current))
        out += [(labels.get(t, t), t) for t in mapping_mod.TARGETS if t in ROUND_TRIP]
        return out

    def fill(self) -> None:
        names = self.w.names()
        columns = self.w.mapping.columns
        rows = self.w.data_rows()
        self.table.setRowCount(len(names))
        self.combos = []
        for col, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setToolTip(plain_tooltip(name))
            self.table.setItem(col, 0, item)
            samples = []
            for row in rows[:500]:
                text = cell_text(row[col]) if col < len(row) else ""
                if text:
                    samples.append(text)
                if len(samples) == SAMPLES:
                    break
            sample_item = QTableWidgetItem("  ·  ".join(s.replace("\n", " ") for s in samples))
            sample_item.setToolTip(plain_tooltip("\n".join(samples)))
            self.table.setItem(col, 1, sample_item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"target_{col}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            current = columns[col] if col < len(columns) else mapping_mod.IGNORE
            for text, target in self.choices(name, current):
                combo.addItem(text, target)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(lambda _i, c=col: self._target_changed(c))
            self.table.setCellWidget(col, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 120), 260))
        self.table.setColumnWidth(2, 220)
        self.update_preview()

    def _target_changed(self, col: int) -> None:
        combo = self.combos[col]
        columns = self.w.mapping.columns
        while len(columns) <= col:
            columns.append(mapping_mod.IGNORE)
        columns[col] = combo.currentData()
        self.update_preview()

    # -- the live preview --------------------------------------------------------------
    def label(self, target: str, labels: dict) -> str:
        if self.w.records != "customers":
            return import_records.target_label(self.w.records, target)
        return label_of(target, labels)

    def value(self, target: str, cell) -> tuple[str, list]:
        if self.w.records != "customers":
            return import_records.preview_value(self.w.records, target, cell)
        return clean_value(target, cell)

    def naming(self) -> tuple[str, ...]:
        """The targets of which one must be chosen."""
        if self.w.records != "customers":
            return (records.REQUIRED[self.w.records],)
        return NAMING

    def update_preview(self) -> None:
        columns = self.w.mapping.columns
        labels = target_labels()
        naming = self.naming()
        targets: list[str] = []
        for target in columns:
            if target != mapping_mod.IGNORE and target not in targets:
                targets.append(target)
        shown = self.w.preview_rows()
        rows = [cells for _, _, cells in shown]
        several = self.w.several()
        self.preview_label.setText(
            self.tr("The first {n} rows of each sheet as they will be imported:").format(
                n=PREVIEW_ROWS) if several else
            self.tr("The first {n} rows as they will be imported:").format(n=PREVIEW_ROWS))
        self.preview.clear()
        self.preview.setColumnCount(len(targets) + several)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [*([self.tr("Sheet")] if several else []), *(self.label(t, labels) for t in targets)])
        self.preview.setVerticalHeaderLabels([str(line) for _, line, _ in shown])
        for r, (sheet, _, row) in enumerate(shown):
            if several:
                item = QTableWidgetItem(sheet)
                item.setToolTip(plain_tooltip(sheet))
                self.preview.setItem(r, 0, item)
            for c, target in enumerate(targets, several):
                values, problems = [], []
                for col, t in enumerate(columns):
                    if t == target and col < len(row):
                        value, found = self.value(target, row[col])
                        if value:
                            values.append(value)
                        problems += found
                item = QTableWidgetItem("; ".join(values))
                if problems:
                    item.setToolTip(plain_tooltip("\n".join(render_problem(p) for p in problems)))
                    bad = any(getattr(p, "error", False) for p in problems)
                    item.setBackground(QBrush(PROBLEM_BRUSH if bad else WARNING_BRUSH))
                self.preview.setItem(r, c, item)
            if any(t in naming for t in targets) and not any(
                    self.preview.item(r, c).text() for c, t in enumerate(targets, several)
                    if t in naming):
                first = self.preview.item(r, int(several))
                first.setBackground(QBrush(PROBLEM_BRUSH))
                first.setToolTip(
                    import_records.missing_text(self.w.records) if self.w.records != "customers"
                    else QCoreApplication.translate("imports", "The row has no customer name."))
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 240))
        differing = self.w.differing()
        if not any(t in naming for t in columns):
            self.hint.setText(import_records.required_hint(self.w.records)
                              if self.w.records != "customers" else
                              self.tr("Choose the column that holds the customer name."))
        elif differing:  # another header row of the first sheet: the others no longer fit
            self.hint.setText(self.tr("These columns are not those of {sheets}: go back and "
                                      "untick them, or choose another header row.").format(
                sheets=", ".join(differing)))
        else:
            self.hint.setText("")
        self.completeChanged.emit()

    def preview_text(self, row: int, target: str) -> str:
        """What the preview shows for a target in a row (for tests and screen readers)."""
        labels = target_labels()
        for c in range(self.preview.columnCount()):
            if self.preview.horizontalHeaderItem(c).text() == self.label(target, labels):
                item = self.preview.item(row, c)
                return item.text() if item else ""
        raise KeyError(target)

    def isComplete(self) -> bool:
        m = self.w.mapping
        return (not self.w.busy and m is not None and any(t in self.naming() for t in m.columns)
                and not self.w.differing())


# -- 3. the decision ----------------------------------------------------------------------
class DecisionPage(QWizardPage):
    COUNTS = ("rows", "created", "updated", "duplicates", "in_file_duplicates", "held",
              "errors", "review", "warnings")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("decision_page")
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing is written yet. Choose what to do with customers "
                                 "that are already in the book, then press Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.count_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        texts = {
            "rows": self.tr("Rows in the file:"),
            "created": self.tr("New customers:"),
            "updated": self.tr("Customers to update:"),
            "duplicates": self.tr("Already in the book:"),
            "in_file_duplicates": self.tr("Repeated inside the file:"),
            "held": self.tr("Held for your answer:"),
            "errors": self.tr("Rows that cannot be imported:"),
            "review": self.tr("Similar names to look at:"),
            "warnings": self.tr("Imported with a warning:"),
        }
        for key in self.COUNTS:
            value = QLabel("–", self)
            value.setObjectName(f"count_{key}")
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.count_labels[key] = value
            form.addRow(texts[key], value)

        self.form = form
        self.form_texts = texts
        mode_box = QVBoxLayout()
        self.mode_title = QLabel(self)
        mode_box.addWidget(self.mode_title)
        self.modes = QButtonGroup(self)
        mode_texts = {
            ("customers", "skip"): self.tr("Skip them (leave the book's customer as it is)"),
            ("customers", "fill"): self.tr("Fill in only the fields that are empty in the book"),
            ("customers", "overwrite"): self.tr("Overwrite the book's fields with the file's "
                                                "values"),
            ("customers", "create"): self.tr("Import them anyway, as new customers"),
            **import_records.mode_texts(),
        }
        self.mode_buttons: dict[str, QRadioButton] = {}  # the customers' (tests name them)
        self.all_mode_buttons: dict[tuple[str, str], QRadioButton] = {}
        for i, (what, mode) in enumerate(import_records.MODES):
            button = QRadioButton(mode_texts[(what, mode)], self)
            button.setObjectName(f"mode_{mode}" if what == "customers" else
                                 f"mode_{what}_{mode}")
            self.modes.addButton(button, i)
            self.all_mode_buttons[(what, mode)] = button
            if what == "customers":
                self.mode_buttons[mode] = button
            mode_box.addWidget(button)
        self.modes.idToggled.connect(self._mode_toggled)
        mode_box.addStretch()

        top = QHBoxLayout()
        top.addLayout(form)
        top.addSpacing(32)
        top.addLayout(mode_box, 1)

        self.problems_label = QLabel(self.tr("Rows that cannot be imported, rows held for your "
                                             "answer, names to look at and warnings:"), self)
        self.problems = _table(self, "problems_table")
        self.problems.setColumnCount(5)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Customer"), self.tr("Why"), self.tr("Your answer"),
             self.tr("Sheet")])
        self.problems.verticalHeader().setVisible(False)
        header = self.problems.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the reason, in full
        header.moveSection(4, 0)  # the sheet (an import of several) shown first
        self.problems.setColumnHidden(4, True)
        self.same_boxes: dict = {}  # row_key -> its "same customer" box
        self._reason_items: dict = {}
        self._not_listed = (0, 0, 0, 0)  # (rows that cannot be imported, similar names) not shown
        wizard.busy_changed.connect(self._busy_changed)
        self.save_button = QPushButton(icon("export"), self.tr("Save rejected rows as .xlsx…"),
                                       self)
        self.save_button.setObjectName("save_rejected")
        self.save_button.clicked.connect(wizard.save_rejected)
        self.status = _plain(QLabel(self))
        self.status.setObjectName("decision_status")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)
        self.select_mode(wizard.records, wizard.mode)

    def select_mode(self, what: str, mode: str) -> None:
        """Show the choices for what the file holds, `mode` chosen; the texts to match."""
        self.modes.blockSignals(True)
        for (kind, m), button in self.all_mode_buttons.items():
            button.setVisible(kind == what)
            button.setChecked(kind == what and m == mode)
        self.modes.blockSignals(False)
        if what == "customers":
            self.mode_title.setText(self.tr("Customers already in the book (same name or "
                                            "mobile):"))
            texts = self.form_texts
            self.setSubTitle(self.tr("Nothing is written yet. Choose what to do with customers "
                                     "that are already in the book, then press Import."))
            who = self.tr("Customer")
        else:
            self.mode_title.setText(import_records.mode_title(what))
            texts = {**self.form_texts, **import_records.count_texts(what)}
            self.setSubTitle(self.tr("Nothing is written yet. Look at the rows below, choose, "
                                     "then press Import."))
            who = texts["who"]
        for key, value in self.count_labels.items():
            label = self.form.labelForField(value)
            if label is not None:
                label.setText(texts[key])
            shown = key not in import_records.HIDDEN_COUNTS[what]
            value.setVisible(shown)
            if label is not None:
                label.setVisible(shown)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), who, self.tr("Why"), self.tr("Your answer"), self.tr("Sheet")])

    def initializePage(self) -> None:
        self.status.setText("")
        self.select_mode(self.w.records, self.w.mode)
        self.w.make_plan()

    def _mode_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        self.w.mode = import_records.MODES[button_id][1]
        if self.w.busy:
            return  # make_plan sees the new mode when the running preview comes back
        self.w.make_plan()

    def show_planning(self) -> None:
        for label in self.count_labels.values():
            label.setText("…")
        self.status.setText(self.tr("Checking the rows against the book…"))
        self.save_button.setEnabled(False)

    def show_cancelled(self) -> None:
        self.status.setText(self.tr("Checking was cancelled. Go back, or choose a mode to "
                                    "check again."))

    def show_plan(self, plan) -> None:
        errors = plan.errors
        held = [r for r in plan.planned if r.asked]
        review = [r for r in plan.planned if r.similar_id and r not in held]
        warned = [r for r in plan.warned if r not in held]
        shown_errors, shown_review = errors[:1000], review[:1000]
        shown_held, shown_warned = held[:1000], warned[:1000]
        self._not_listed = (len(errors) - len(shown_errors), len(review) - len(shown_review),
                            len(held) - len(shown_held), len(warned) - len(shown_warned))
        rows = [(r, self.tr("Cannot be imported")) for r in shown_errors]
        rows += [(r, "") for r in shown_held]
        rows += [(r, self.tr("Similar to a customer in the book")) for r in shown_review]
        rows += [(r, "") for r in shown_warned]
        self.held_boxes: dict = {}  # row_key -> the answer box of a held row
        self.problems.setRowCount(0)  # drops the answer boxes of the plan before
        self.problems.setRowCount(len(rows))
        self.same_boxes, self._reason_items = {}, {}
        for i, (row, kind) in enumerate(rows):
            reason = row.reason_text(QCoreApplication.translate) or kind
            if row in warned[:1000] and row.problems:
                reason = row.warning_text(QCoreApplication.translate)
            who = row.data.get("name", "") or row.data.get("contact", "") or "  ·  ".join(
                cell_text(c) for c in (row.cells or []) if cell_text(c))
            cells = [str(row.line), who, reason, "", row.sheet]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.problems.setItem(i, c, item)
            if row in shown_held:
                self.problems.setCellWidget(i, 3, self._held_box(row))
            elif row.similar_id:
                self._reason_items[row_key(row)] = self.problems.item(i, 2)
                self.problems.setCellWidget(i, 3, self._same_box(row))
        self.problems.setColumnHidden(4, len(plan.parts) < 2)
        self.problems.resizeColumnToContents(4)
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(1, 220)
        self.problems.setColumnWidth(3, 280)
        self.problems.setVisible(bool(rows))
        self.problems_label.setVisible(bool(rows))
        self.show_counts(plan)

    def _same_box(self, row) -> QWidget:
        """The answer for a similar name: ticked, the row is that customer of the book."""
        # the name is the book's, not markup; "&" would become a shortcut of the box
        name = row.similar_name.replace("&", "&&")
        box = QCheckBox(self.tr("Same customer as {name}").format(name=name))
        box.setObjectName(f"same_{row.sheet}_{row.line}" if row.sheet else f"same_{row.line}")
        box.setChecked(bool(row.match_id) and row.match_id == row.similar_id)
        box.setEnabled(not self.w.busy)
        key = row_key(row)
        box.toggled.connect(lambda checked: self._same_toggled(key, checked))
        cell = QWidget(self.problems)
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(box)
        layout.addStretch()
        self.same_boxes[row_key(row)] = box
        return cell

    def _held_box(self, row) -> QWidget:
        """The answer for a held row: hold it, it is the customer (or row) it may be, or new."""
        box = QComboBox(self.problems)
        box.setObjectName(f"held_{row.sheet}_{row.line}" if row.sheet else f"held_{row.line}")
        same = (self.tr("Same customer as {name}").format(name=row.similar_name)
                if row.similar_id else
                self.tr("Same customer as row {line}").format(line=row.held_line))
        answers = ((("hold", self.tr("Hold it (not imported)")), ("same", same),
                    ("new", self.tr("A new customer"))) if self.w.records == "customers"
                   else import_records.held_choices())
        for answer, text in answers:
            box.addItem(text, answer)
        current = ("hold" if row.action == "hold" else "new" if row.action == "create"
                   else "same")
        box.setCurrentIndex(box.findData(current))
        box.setEnabled(not self.w.busy)
        key = row_key(row)
        box.currentIndexChanged.connect(lambda _i: self._held_answered(key, box))
        self.held_boxes[key] = box
        return box

    def _held_answered(self, key, box: QComboBox) -> None:
        if self.w.busy or self.w.plan is None:
            return
        self.w.answer_held(key, box.currentData())
        self.show_counts(self.w.plan)

    def _same_toggled(self, key, checked: bool) -> None:
        if self.w.busy or self.w.plan is None:  # the book is the worker's meanwhile
            box = self.same_boxes[key]
            box.blockSignals(True)
            box.setChecked(not checked)
            box.blockSignals(False)
            return
        row = self.w.treat_as_same(key, checked)
        text = row.reason_text(QCoreApplication.translate)
        item = self._reason_items.get(key)
        if item is not None:
            item.setText(text)
            item.setToolTip(plain_tooltip(text))
        self.show_counts(self.w.plan)

    def _busy_changed(self, busy: bool) -> None:
        for box in [*self.same_boxes.values(), *getattr(self, "held_boxes", {}).values()]:
            box.setEnabled(not busy)

    def show_counts(self, plan) -> None:
        """The counts, the status and the buttons for the plan as it is now."""
        summary = plan.summary()
        for key, label in self.count_labels.items():
            label.setText(f"{summary[key]:,}")
        errors_more, review_more, held_more, warned_more = self._not_listed
        status = []
        if errors_more > 0:
            status.append(self.tr("{n} more rows are not listed here; save the rejected rows to "
                                  "see them all.").format(n=f"{errors_more:,}"))
        if review_more > 0:
            status.append(self.tr("{n} more similar names are not listed here; they are "
                                  "imported as new customers.").format(n=f"{review_more:,}"))
        if held_more > 0:
            status.append(self.tr("{n} more held rows are not listed here; they are not "
                                  "imported.").format(n=f"{held_more:,}"))
        if warned_more > 0:
            status.append(self.tr("{n} more rows with a warning are not listed here.").format(
                n=f"{warned_more:,}"))
        if plan.created + plan.updated == 0:
            status = [self.tr("There is nothing to import with these choices.")]
        self.status.setText("\n".join(status))
        self.save_button.setEnabled(bool(plan.errors) or plan.duplicates + plan.in_file_duplicates
                                    > 0)
        self.completeChanged.emit()

    def count_text(self, key: str) -> str:
        return self.count_labels[key].text()

    def isComplete(self) -> bool:
        plan = self.w.plan
        return (not self.w.busy and plan is not None and self.w.plan_key == self.w.mapping_key()
                and plan.created + plan.updated > 0)


# -- 4. running ---------------------------------------------------------------------------
class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("run_page")
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one go: if you cancel, the book stays "
                                 "as it was."))
        self.label = _plain(QLabel(self))
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch()

    def initializePage(self) -> None:
        self.label.setText(self.tr("Importing {file}…").format(file=self.w.path.name))
        self.w.run_import()

    def isComplete(self) -> bool:
        return self.w.result is not None and not self.w.busy


# -- 5. done ------------------------------------------------------------------------------
class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("done_page")
        self.setTitle(self.tr("Import finished"))
        self.summary = _plain(QLabel(self))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo this import"), self)
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(wizard.undo)
        self.undo_note = _plain(QLabel(self))
        self.undo_note.setObjectName("undo_note")
        self.undo_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.undo_note)
        layout.addStretch()

    def initializePage(self) -> None:
        what = self.w.records
        self.undo_button.setEnabled(True)
        if what != "customers":
            self.summary.setText(import_records.summary_text(what, self.w.result))
            self.undo_note.setText(import_records.undo_note(what))
            return
        self.summary.setText(summary_text(self.w.result, self.w.plan))
        self.undo_note.setText(self.tr("Undo removes the customers this import created and "
                                       "puts back the fields it changed. You can also undo it "
                                       "later from File > Import history."))

    def show_undone(self, result) -> None:
        self.undo_button.setEnabled(False)
        self.setTitle(self.tr("Import undone"))
        self.undo_note.setText(undo_text(result) if self.w.records == "customers"
                               else import_records.undo_text(result))

    def isComplete(self) -> bool:
        return not self.w.busy


def summary_text(result, plan=None) -> str:
    """What an import did; with its plan, how many rows came from each sheet it read."""
    t = QCoreApplication.translate
    lines = [t("ImportWizard", "Imported {n} new customers.").format(n=f"{result.created:,}")]
    for sheet, rows, created in plan.by_sheet() if plan is not None else ():
        lines.append(t("ImportWizard", "From sheet {sheet}: {rows} rows, {created} new "
                                       "customers").format(sheet=sheet, rows=f"{rows:,}",
                                                          created=f"{created:,}"))
    if result.updated:
        lines.append(t("ImportWizard", "Updated customers already in the book: {n}").format(
            n=f"{result.updated:,}"))
    if result.skipped:
        lines.append(t("ImportWizard", "Skipped rows that repeat a customer: {n}").format(
            n=f"{result.skipped:,}"))
    if result.errors:
        lines.append(t("ImportWizard", "Rows that could not be imported: {n}").format(
            n=f"{len(result.errors):,}"))
    return "\n".join(lines)


def undo_text(result) -> str:
    t = QCoreApplication.translate
    lines = [t("ImportWizard", "Undone: removed {removed} customers, restored {restored}.").format(
        removed=f"{result.removed:,}", restored=f"{result.restored:,}")]
    if result.kept:
        lines.append(t("ImportWizard", "Kept, because they changed after the import:"))
        from views.customer_form import field_labels

        labels = field_labels()
        for kept in result.kept[:20]:
            fld = kept.get("field", "")
            reason = t("imports", kept.get("reason", "")).format(
                field=labels.get(fld, fld[7:] if fld.startswith("custom:") else fld))
            lines.append(f"  • {kept.get('name', '')}: {reason}")
        if len(result.kept) > 20:
            lines.append(t("ImportWizard", "  … and {n} more").format(n=len(result.kept) - 20))
    return "\n".join(lines)
