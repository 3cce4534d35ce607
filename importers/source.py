"""Opening a file to import: workbooks (xlsx/xlsm/ods/xls), CSV/TSV/TXT and vCard contacts.

The format is decided by the content, never by the file name. Every problem with the file is
an ImportFileError whose message names the file; nothing here raises a traceback for bad input
and nothing unpacks more than a bounded amount of data.

Rows are kept as the reader gives them: calamine's empty cells are "" inside the data and
None where a row was padded; numbers from workbooks are floats (as Excel stores them), dates
are datetime.date / datetime.datetime, CSV and vCard cells are str. Row i of rows() is row
i + 1 of the sheet as the user sees it (leading empty rows are kept for that reason).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import mmap
import os
import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from models.core.bulk import paused_gc
from models.core.errors import NO_SUCH_FILE, UNREADABLE, UserError
from models.core.errors import QT_TRANSLATE_NOOP as T

from . import extents, limits, textfile
from . import markup as markup_tables

Cell = None | str | int | float | bool | dt.date | dt.datetime | dt.time

EMPTY = T("errors", "{file} is empty: there is nothing in it to import.")
UNKNOWN = T(
    "errors",
    "{file} is not a file Kehu can import. Kehu reads Excel workbooks (.xlsx, .xlsm, .xls), "
    "OpenDocument spreadsheets (.ods), CSV and text files (.csv, .tsv, .txt) and contacts "
    "(.vcf).",
)
NOT_TEXT = T(
    "errors",
    "{file} is not a text file (it holds binary data). Kehu reads CSV and text files saved as "
    "text; for a workbook, save it from Excel as .xlsx.",
)
DAMAGED = T(
    "errors",
    "{file} is damaged or incomplete and cannot be read. Open it in the program that made it, "
    "save it again and import the new file.",
)
PASSWORD = T(
    "errors",
    "{file} is protected with a password; open it in Excel, save it without a password, and "
    "import it again.",
)
BOMB = T(
    "errors",
    "{file} would unpack to {size} MB, far more than a spreadsheet needs; it was not opened.",
)
CELL_TOO_LONG = T(
    "errors",
    "{file}: row {row} holds a cell of more than 1 MB; this is not a list Kehu can import.",
)
TOO_BIG = T("errors", "{file} is {size} MB; Kehu imports text files of up to {limit} MB at a time.")
TOO_OLD = T(
    "errors",
    "{file} is an Excel file older than Excel 95. Open it in Excel, save it as .xlsx and "
    "import that file.",
)
NO_SHEET = T("errors", "{file} has no sheet named {sheet}.")
EMPTY_SHEET = T("errors", "{file}: sheet {sheet} holds no rows; there is nothing in it to import.")
UNCLOSED_QUOTE = T("errors", "This line has a quote (\") that is never closed; it was read as "
                             "typed, and the lines after it as rows of their own.")
HTML_NOT_TABLE = T(
    "errors",
    "{file} is a web page (HTML) with no table in it, not a spreadsheet. Open the list in the "
    "program it came from and export it as Excel or CSV.",
)
XML_NOT_TABLE = T(
    "errors",
    "{file} is an XML file, not a spreadsheet Kehu can read. Open it in Excel, save it as .xlsx "
    "and import that file.",
)

TEXT_LIMIT = 256 << 20  # bytes of a CSV/TXT/VCF file
ZIP_TOTAL_LIMIT = 1 << 30  # declared uncompressed bytes of an xlsx/ods
ZIP_RATIO_LIMIT = 100
ZIP_RATIO_FLOOR = 200 << 20
CELL_LIMIT = textfile.CELL_LIMIT

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".vcf", ".vcard"}


class ImportFileError(UserError):
    """The file cannot be read as something to import."""


@dataclass
class SheetInfo:
    name: str
    rows: int  # rows with at least one non-empty cell


TABLE_NAME = "{sheet} ({first}:{last})"  # a table of a sheet that holds several side by side


def _split(name: str, rows: list[list[Cell]]) -> list[tuple[str, list[list[Cell]], int]]:
    """The tables of one sheet: [(name, rows, count)], one per table standing side by side
    (importers.mapping.split_tables), or [] when the sheet is one table."""
    from .mapping import column_letter, split_tables

    out = []
    for a, b in split_tables(rows):
        part = [r[a:b] for r in rows]
        count = sum(1 for r in part if any(c is not None and c != "" for c in r))
        if count:
            out.append((TABLE_NAME.format(sheet=name, first=column_letter(a),
                                          last=column_letter(b - 1)), part, count))
    return out


def _add_sheet(sheets: list, data: dict, name: str, rows: list[list[Cell]], count: int,
               merged: dict | None = None, merges: dict | None = None) -> None:
    """A sheet with rows, or each of its tables when several stand side by side; merges:
    the sheet's cells filled from a cell merged over them ((row, column) -> row), kept in
    merged by table."""
    split = _split(name, rows)
    tables = split or [(name, rows, count)]
    for table, part, n in tables:
        sheets.append(SheetInfo(table, n))
        data[table] = part
    if merges and merged is not None:
        if not split:
            merged[name] = merges
            return
        for (table, _part, _n), (a, b) in zip(split, _columns_of_tables(rows), strict=True):
            mine = {(r, c - a): top for (r, c), top in merges.items() if a <= c < b}
            if mine:
                merged[table] = mine


def _columns_of_tables(rows: list[list[Cell]]) -> list[tuple[int, int]]:
    from .mapping import split_tables

    return [(a, b) for a, b in split_tables(rows)
            if any(any(c is not None and c != "" for c in r[a:b]) for r in rows)]


@dataclass
class Source:
    path: Path
    kind: str  # "xlsx" | "ods" | "xls" | "csv" | "vcf" | "html" | "spreadsheetml"
    sheets: list[SheetInfo]
    encoding: str | None = None
    delimiter: str | None = None
    _data: dict[str, list[list[Cell]]] = field(default_factory=dict, repr=False)
    # sheet -> {row index: what was noticed reading that row} (a quote never closed)
    flags: dict[str, dict[int, str]] = field(default_factory=dict, repr=False)
    # label -> {"kind", "choices"}: the custom fields a Kehu export declares (its hidden sheet)
    custom_fields: dict[str, dict] = field(default_factory=dict, repr=False)
    # the workbook's sheets that hold no rows, in the workbook's order (shown, not offered)
    empty_sheets: list[str] = field(default_factory=list)
    # the sheets (of those with rows) the workbook hides: lists for drop-downs, old data
    hidden_sheets: list[str] = field(default_factory=list)
    # sheet -> {(row, column): the row of the cell merged over it}: a company merged over the
    # rows of its people (filled into each of them, see _fill_merged_down)
    merged: dict[str, dict[tuple[int, int], int]] = field(default_factory=dict, repr=False)
    _default: str | None = field(default=None, repr=False)

    @property
    def default_sheet(self) -> str:
        """The sheet read when none is named (the command line) or ticked first (the import
        window): of the visible sheets that hold a list (a header row, or a column of phone
        numbers or e-mails), the one with the most rows (the first of them on a tie), so that a
        cover page or a title sheet in front of the list, a summary beside it or a hidden sheet
        of drop-down choices is not taken for it; else the visible sheet with the most rows;
        else the first."""
        if self._default is None:
            visible = [s for s in self.sheets if s.name not in self.hidden_sheets]
            lists = [s for s in visible if _holds_list(self._data[s.name])]
            pool = lists or visible
            self._default = (max(pool, key=lambda s: s.rows).name if pool
                             else self.sheets[0].name)
        return self._default

    def rows(self, sheet: str | None = None) -> list[list[Cell]]:
        """All rows of the sheet (default: default_sheet), trailing empty rows and trailing
        empty columns trimmed, every row padded with None to the same width.

        The list is shared between calls: copy it before changing it."""
        if sheet is None:
            sheet = self.default_sheet if len(self.sheets) > 1 else self.sheets[0].name
        try:
            return self._data[sheet]
        except KeyError:
            if sheet in self.empty_sheets:
                raise ImportFileError(EMPTY_SHEET, file=self.path.name, sheet=sheet) from None
            raise ImportFileError(NO_SHEET, file=self.path.name, sheet=sheet) from None


_REACH = frozenset({"mobile", "phone", "email", "wechat", "address"})


def _holds_list(rows: list[list[Cell]]) -> bool:
    """Whether a sheet holds a list of customers: a column of phone numbers, e-mails, WeChat
    ids or addresses, by its header or its values. A cover page (a title, a company name, a
    date, each alone in its row) and a sheet of instructions (字段, 说明) hold none."""
    from .mapping import find_header, guess_mapping, header_names

    header = find_header(rows)
    start = 0 if header is None else header + 1
    names = header_names(rows[:start + 50], header)
    return any(t in _REACH for t in guess_mapping(names, rows[start:start + 50]))


def _error(message: str, path: Path, **params: object) -> ImportFileError:
    return ImportFileError(message, file=path.name, **params)


@paused_gc()
def open_source(path) -> Source:
    """Read the whole file; raises ImportFileError."""
    path = Path(path)
    try:
        return _open(path)
    except ImportFileError:
        raise
    except FileNotFoundError:
        raise ImportFileError(NO_SUCH_FILE, path=path.name) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ImportFileError(UNREADABLE, path=path.name, reason=reason) from None
    # MemoryError goes up: importers.limits.read_source runs this in a child process with a
    # memory limit, and says so (READER_DIED)


def _open(path: Path) -> Source:
    limits.check_path(path)  # a device or a FIFO is refused before anything opens it
    with path.open("rb") as handle:
        head = handle.read(8)
        size = os.fstat(handle.fileno()).st_size
    if not head:
        raise _error(EMPTY, path)
    if head.startswith(b"PK"):
        return _open_zip(path)
    if head == OLE2_MAGIC:
        return _open_ole2(path)
    if head[:2] in (b"\x09\x00", b"\x09\x02", b"\x09\x04"):
        raise _error(TOO_OLD, path)
    return _open_text(path, size)


# -- text: csv and vcard ------------------------------------------------------------------


def _open_text(path: Path, size: int) -> Source:
    if size > TEXT_LIMIT:
        raise _error(TOO_BIG, path, size=size >> 20, limit=TEXT_LIMIT >> 20)
    data = path.read_bytes()
    try:
        text, encoding = textfile.decode(data)
    except textfile.NotText:
        if path.suffix.lower() in TEXT_SUFFIXES:
            raise _error(NOT_TEXT, path) from None
        raise _error(UNKNOWN, path) from None
    del data
    if not text.strip():
        raise _error(EMPTY, path)
    markup = markup_tables.kind(text)
    if markup:
        return _open_markup(path, text, markup, encoding)
    if re.match(r"\s*BEGIN:VCARD", text[:1000], re.IGNORECASE):
        from . import vcard

        rows = vcard.rows(text)
        if len(rows) < 2:
            raise _error(EMPTY, path)
        name = path.stem or "vcf"
        return Source(path, "vcf", [SheetInfo(name, len(rows))], encoding, None, {name: rows})
    delimiter = textfile.sniff_delimiter(text)
    try:
        records, repaired = textfile.parse_csv_checked(text, delimiter)
    except textfile.CellTooLong as exc:
        raise _error(CELL_TOO_LONG, path, row=exc.row) from None
    except Exception:  # csv.Error: a malformed file
        raise _error(DAMAGED, path) from None
    if '="' in text or "'" in text:
        _unmark_text_cells(records)
    del text
    if all(len(r) <= 1 for r in records):  # one column: perhaps columns parted by spaces
        spaced = textfile.split_on_spaces(records)
        if spaced is not None:
            records, delimiter, repaired = spaced, " ", []
    records = limits.bound_rows(records, path, path.stem or "csv")
    rows, count = _tidy_text_rows(records)
    if not count:
        raise _error(EMPTY, path)
    name = path.stem or "csv"
    sheets: list[SheetInfo] = []
    data: dict[str, list[list[Cell]]] = {}
    _add_sheet(sheets, data, name, rows, count)
    flags = {sheet.name: {n - 1: UNCLOSED_QUOTE for n in repaired} for sheet in sheets}
    return Source(path, "csv", sheets, encoding, delimiter, data,
                  {k: v for k, v in flags.items() if v})


_FORMULA_TEXT = re.compile(r'="((?:[^"]|"")*)"')
_MARKED_NUMBER = re.compile(r"'[0-9+][0-9A-Za-z+\-() .]*")


def _unmark_text_cells(records: list[list[str]]) -> None:
    """The marks exports put on numbers so that Excel keeps them as text, taken off: a cell
    ="2024010112345678" (a formula that gives the text; order numbers, phones, ID numbers of
    online shops' exports) is the text inside, and '13812345678 (Excel's text mark, written
    out as typed) is the number."""
    for row in records:
        for i, cell in enumerate(row):
            first = cell[:1]
            if first == "=":
                if _FORMULA_TEXT.fullmatch(cell):
                    row[i] = cell[2:-1].replace('""', '"')
            elif first == "'" and _MARKED_NUMBER.fullmatch(cell):
                row[i] = cell[1:]


def _open_markup(path: Path, text: str, markup: str, encoding: str) -> Source:
    """An HTML page saved as .xls, or an XML Spreadsheet 2003: each table a sheet."""
    if markup == "xml":
        raise _error(XML_NOT_TABLE, path)
    try:
        if markup == "html":
            tables = [(f"{path.stem} {i}" if i > 1 else path.stem, rows, merges)
                      for i, (rows, merges) in enumerate(
                          markup_tables.html_tables_merged(text), 1)]
        else:
            tables = markup_tables.spreadsheet_ml_merged(text)  # merged cells as ranges
    except markup_tables.NotATable:
        raise _error(DAMAGED, path) from None
    if not tables:
        raise _error(HTML_NOT_TABLE if markup == "html" else EMPTY, path)
    sheets: list[SheetInfo] = []
    data: dict[str, list[list[Cell]]] = {}
    merged: dict[str, dict[tuple[int, int], int]] = {}
    for name, rows, merges in tables:
        rows, count = _tidy_text_rows(rows)
        if count and isinstance(merges, list):  # ranges of cells merged down: filled
            merges = _fill_merged_down(rows, merges)
        if count:
            _add_sheet(sheets, data, name, rows, count, merged, merges)
    if not sheets:
        raise _error(EMPTY, path)
    return Source(path, markup, sheets, encoding, None, data, merged=merged)


def _tidy_text_rows(records: list[list[str]]) -> tuple[list[list[Cell]], int]:
    """Trailing empty rows dropped, rows cut after their last non-empty cell across the file,
    padded with None; (rows, non-empty row count)."""
    width = 0
    last = -1
    count = 0
    for index, row in enumerate(records):
        end = len(row)
        while end and not row[end - 1]:
            end -= 1
        if end:
            count += 1
            last = index
            if end > width:
                width = end
    del records[last + 1 :]
    for row in records:
        n = len(row)
        if n > width:
            del row[width:]
        elif n < width:
            row.extend([None] * (width - n))
    return records, count


# -- zip: xlsx and ods --------------------------------------------------------------------


def _open_zip(path: Path) -> Source:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            kind = None
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                kind = "xlsx"
            elif "content.xml" in names:
                if "mimetype" in names:
                    with archive.open("mimetype") as member:
                        mimetype = member.read(200).strip()
                    if not mimetype.startswith(ODS_MIMETYPE):
                        raise _error(UNKNOWN, path)
                kind = "ods"
            elif any(n.startswith("xl/") for n in names):
                raise _error(DAMAGED, path)
            else:
                raise _error(UNKNOWN, path)
            total = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if total > ZIP_TOTAL_LIMIT or (
                total > ZIP_RATIO_FLOOR and total / packed > ZIP_RATIO_LIMIT
            ):
                raise _error(BOMB, path, size=total >> 20)
            largest = max((info.file_size for info in infos), default=0)
            if kind == "xlsx" and "xl/workbook.bin" in names:
                pass  # xlsb: calamine reads it the same way
        # cells the sheets really hold, before the reader sizes them (limits.bounded_xlsx)
        squeezed = limits.bounded_xlsx(path) if kind == "xlsx" and "xl/workbook.xml" in names \
            else None
        if kind == "ods":  # repeated cells and rows counted (importers.extents)
            extents.check(path, *extents.measure_ods(path))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise _error(DAMAGED, path) from None
    try:
        return _open_calamine(path, kind, check_cells=largest > CELL_LIMIT, read_from=squeezed)
    finally:
        if squeezed is not None:
            squeezed.unlink(missing_ok=True)


def _open_calamine(path: Path, kind: str, *, check_cells: bool = True,
                   read_from: Path | None = None) -> Source:
    import python_calamine as calamine

    try:
        workbook = calamine.CalamineWorkbook.from_path(str(read_from or path))
    except calamine.PasswordError:
        raise _error(PASSWORD, path) from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise _error(PASSWORD, path) from None
        raise _error(DAMAGED, path) from None
    except BaseException as exc:  # pyo3 panics surface as PanicException (a BaseException)
        if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
            raise
        raise _error(DAMAGED, path) from None
    sheets: list[SheetInfo] = []
    data: dict[str, list[list[Cell]]] = {}
    declared: dict[str, dict] = {}
    empty: list[str] = []
    hidden: list[str] = []
    merged: dict[str, dict[tuple[int, int], int]] = {}
    with workbook:
        for meta in workbook.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            if (meta.name == FIELDS_SHEET
                    and meta.visible == calamine.SheetVisibleEnum.VeryHidden):
                try:
                    declared = _declared_fields(workbook.get_sheet_by_name(meta.name))
                except BaseException as exc:  # a damaged declaration: the columns stay text
                    if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError | OSError):
                        raise
                continue
            try:
                sheet = workbook.get_sheet_by_name(meta.name)
                rows, count = _sheet_rows(sheet)
                merges = _fill_merged_down(rows, sheet.merged_cell_ranges or ()) if count \
                    else {}
            except calamine.PasswordError:
                raise _error(PASSWORD, path) from None
            except (calamine.CalamineError, ValueError) as exc:
                if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                    raise _error(PASSWORD, path) from None
                raise _error(DAMAGED, path) from None
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError | OSError):
                    raise
                raise _error(DAMAGED, path) from None
            if not count:
                empty.append(meta.name)
                continue
            if check_cells:
                row = _long_cell_row(rows)
                if row:
                    raise _error(CELL_TOO_LONG, path, row=row)
            before = len(sheets)
            _add_sheet(sheets, data, meta.name, rows, count, merged, merges)
            if meta.visible != calamine.SheetVisibleEnum.Visible:
                hidden.extend(s.name for s in sheets[before:])
    if not sheets:
        raise _error(EMPTY, path)
    return Source(path, kind, sheets, _data=data, custom_fields=declared, empty_sheets=empty,
                  hidden_sheets=hidden, merged=merged)


FIELDS_SHEET = "_kehu_fields"  # models.customers.export writes it (the layers keep them apart)
_KINDS = ("text", "number", "date", "choice")


def _declared_fields(sheet) -> dict[str, dict]:
    """label -> {"kind", "choices"} from a Kehu export's field sheet; what is not understood is
    left out (those columns import as text fields)."""
    rows = sheet.to_python(skip_empty_area=False, nrows=1001)
    if not rows or [str(c) for c in rows[0][:4]] != ["key", "label", "kind", "choices"]:
        return {}
    out: dict[str, dict] = {}
    for row in rows[1:1001]:
        row = [*row, "", "", "", ""][:4]
        label, kind = str(row[1] or "").strip(), str(row[2] or "")
        try:
            choices = json.loads(row[3]) if row[3] else []
        except (TypeError, ValueError):
            continue
        if (not label or kind not in _KINDS or not isinstance(choices, list)
                or not all(isinstance(c, str) for c in choices)):
            continue
        out[label] = {"kind": kind, "choices": choices[:1000]}
    return out


def _sheet_rows(sheet) -> tuple[list[list[Cell]], int]:
    """Rows from the top of the sheet (row i = sheet row i + 1) to the last non-empty one.

    Empty rows are only counted while they run, so a million formatted but empty rows at the
    end cost one pass of calamine's iterator and no memory."""
    start = sheet.start
    if start is None:
        return [], 0
    top, left = start
    width = sheet.width
    rows: list[list[Cell]] = []
    append = rows.append
    pending = 0
    count = 0
    seen = 0
    pad: list[Cell] | None = None
    share = _Sharing()
    for row in sheet.iter_rows():
        seen += 1
        if pad is None:  # calamine 0.9 yields rows from the first row, cells from `left` on
            pad = [None] * (left + width - len(row))
            width = len(row)
        if row.count("") == width:
            pending += 1
            continue
        if pending:
            rows.extend([[None] * (len(pad) + width) for _ in range(pending)])
            pending = 0
        if pad:
            row = pad + row
        append(row)
        count += 1
        if share.columns:
            share.row(row)
        elif count == SHARE_PROBE:
            share.choose(rows)
    if not count:
        return [], 0
    full = len(pad) + width
    if top and seen == sheet.height:  # an iterator that starts at the range's top
        rows[:0] = [[None] * full for _ in range(top)]
    if not count:
        return [], 0
    # trailing empty columns: look at the row ends only
    end = full
    while end > 0 and not any(r[end - 1] != "" and r[end - 1] is not None for r in rows):
        end -= 1
    if end < full:
        rows = [r[:end] for r in rows]
    return rows, count


def _fill_merged_down(rows: list[list[Cell]], ranges) -> dict[tuple[int, int], int]:
    """A cell merged over several rows holds its value in each of them, as the user sees it:
    a company merged over the rows of its contact people names each of them (without it, each
    person below the first was imported as a customer of their own), and a header cell merged
    over two header rows stands in the lower one too. Cells merged across one row (a title over
    the columns) are left as they are. Returns {(row, column): the merged cell's row} of the
    cells filled."""
    filled: dict[tuple[int, int], int] = {}
    height = len(rows)
    for (top, left), (bottom, _right) in ranges:
        if bottom <= top or top >= height:
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        if value is None or value == "":
            continue
        for r in range(top + 1, min(bottom, height - 1) + 1):
            row = rows[r]
            if left < len(row) and (row[left] is None or row[left] == ""):
                row[left] = value
                filled[(r, left)] = top
    return filled


SHARE_PROBE = 1000  # rows read before choosing the columns whose values are shared


class _Sharing:
    """One object for each repeated value of a column (a city, a trade, a grade, a date):
    calamine makes a new one for every cell, and a sheet of 100,000 rows holds about 50 MB of
    copies. The columns whose first SHARE_PROBE rows hold at most half as many different
    values as rows are shared; a column of names or numbers, nearly all different, is left
    alone (its values would only fill the table). Text and dates only: 1, 1.0 and True are
    equal keys of a dict, and a cell keeps the type it was read as."""

    def __init__(self) -> None:
        self.columns: list[tuple[int, dict]] = []

    def choose(self, rows: list[list[Cell]]) -> None:
        width = max(map(len, rows), default=0)
        for i in range(width):
            values = [r[i] for r in rows if i < len(r) and r[i].__class__ in _SHARED_TYPES]
            if values and len(set(values)) * 2 <= len(rows):
                self.columns.append((i, {}))
        if self.columns:
            for row in rows:
                self.row(row)

    def row(self, row: list[Cell]) -> None:
        width = len(row)
        for i, memo in self.columns:
            if i < width:
                cell = row[i]
                if cell.__class__ in _SHARED_TYPES:
                    row[i] = memo.setdefault(cell, cell)


_SHARED_TYPES = frozenset({str, dt.datetime, dt.date})


def _long_cell_row(rows: list[list[Cell]]) -> int:
    """The 1-based number of the first row holding a text cell over CELL_LIMIT, or 0."""
    cells = itertools.chain.from_iterable(rows)
    longest = max(map(len, filter(str.__instancecheck__, cells)), default=0)
    if longest <= CELL_LIMIT:
        return 0
    for number, row in enumerate(rows, 1):
        if any(isinstance(c, str) and len(c) > CELL_LIMIT for c in row):
            return number
    return 0


# -- OLE2: xls and password-protected xlsx -------------------------------------------------


def _open_ole2(path: Path) -> Source:
    from xlrd import compdoc

    with path.open("rb") as handle:
        try:
            mem = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:
            raise _error(EMPTY, path) from None
        try:
            try:
                doc = compdoc.CompDoc(mem, logfile=io.StringIO())
                names = {entry.name for entry in doc.dirlist}
                if "EncryptedPackage" in names or "EncryptionInfo" in names:
                    raise _error(PASSWORD, path)
                stream_name = next((n for n in ("Workbook", "Book") if n in names), None)
                if stream_name is None:
                    raise _error(UNKNOWN, path)
                stream, base, size = doc.locate_named_stream(stream_name)
                if stream is None or size < 8:
                    raise _error(DAMAGED, path)
                bof = bytes(stream[base : base + 8])
                if bof[:2] == b"\x09\x08":  # what the sheets declare and hold, before a reader
                    biff8 = bof[4:6] == b"\x00\x06"
                    extents.check(path, extents.measure_xls(stream, base, size, biff8=biff8),
                                  path.stat().st_size)
            except (compdoc.CompDocError, struct.error):
                raise _error(DAMAGED, path) from None
        finally:
            mem.close()
    opcode = int.from_bytes(bof[0:2], "little")
    version = int.from_bytes(bof[4:6], "little")
    if opcode != 0x0809:
        if opcode in (0x0009, 0x0209, 0x0409):
            raise _error(TOO_OLD, path)
        raise _error(DAMAGED, path)
    if version == 0x0600:
        return _open_calamine(path, "xls")
    return _open_xlrd(path)


def _open_xlrd(path: Path) -> Source:
    """Excel 5.0/95 (BIFF5/7): xlrd honours the CODEPAGE record (e.g. 936, GBK)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), logfile=io.StringIO(), on_demand=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _error(PASSWORD, path) from None
        raise _error(DAMAGED, path) from None
    except (ValueError, LookupError, AssertionError, EOFError, struct.error):
        raise _error(DAMAGED, path) from None
    sheets: list[SheetInfo] = []
    data: dict[str, list[list[Cell]]] = {}
    empty: list[str] = []
    hidden: list[str] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows, count = _xlrd_rows(sheet, book.datemode)
            book.unload_sheet(index)
            if not count:
                empty.append(sheet.name)
                continue
            row = _long_cell_row(rows)
            if row:
                raise _error(CELL_TOO_LONG, path, row=row)
            before = len(sheets)
            _add_sheet(sheets, data, sheet.name, rows, count)
            if sheet.visibility:
                hidden.extend(s.name for s in sheets[before:])
    except (xlrd.XLRDError, ValueError, LookupError, AssertionError, struct.error):
        raise _error(DAMAGED, path) from None
    finally:
        book.release_resources()
    if not sheets:
        raise _error(EMPTY, path)
    return Source(path, "xls", sheets, _data=data, empty_sheets=empty, hidden_sheets=hidden)


def _xlrd_rows(sheet, datemode: int) -> tuple[list[list[Cell]], int]:
    import xlrd

    rows: list[list[Cell]] = []
    count = 0
    last = -1
    width = 0
    for r in range(sheet.nrows):
        row: list[Cell] = []
        end = 0
        for c, cell in enumerate(sheet.row(r)):
            kind, value = cell.ctype, cell.value
            if kind == xlrd.XL_CELL_TEXT:
                value = value or None
            elif kind == xlrd.XL_CELL_NUMBER:
                pass
            elif kind == xlrd.XL_CELL_DATE:
                value = _xlrd_date(value, datemode)
            elif kind == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            else:  # empty, blank, error
                value = None
            row.append(value)
            if value is not None:
                end = c + 1
        rows.append(row)
        if end:
            count += 1
            last = r
            width = max(width, end)
    del rows[last + 1 :]
    for row in rows:
        del row[width:]
        row.extend([None] * (width - len(row)))
    return rows, count


def _xlrd_date(value: float, datemode: int) -> Cell:
    import xlrd

    try:
        moment = xlrd.xldate.xldate_as_datetime(value, datemode)
    except (xlrd.xldate.XLDateError, ValueError, OverflowError):
        return value
    if value < 1:
        return moment.time()
    if value == int(value):
        return moment.date()
    return moment
