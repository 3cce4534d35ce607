"""The cells an OpenDocument or legacy Excel sheet holds, measured before the reader sees it.

calamine sizes a sheet by what the file claims, and both formats let a few bytes claim a lot:

- an .ods repeats a cell or a row by a count (table:number-columns-repeated,
  table:number-rows-repeated): 850 bytes whose row of eight "x" repeats a million times cost
  the reader 1.2 GB and 12 s. Repeated empty cells and rows (LibreOffice ends every row and the
  sheet with them) hold nothing and cost nothing; they do not count.
- an .xls declares its extent in a DIMENSIONS record, and calamine reserves room for it: 5 KB
  declaring 4 billion rows end the reader at once. A value cell at IV65536 makes it build all
  16 million cells of the sheet (1.2 GB, 11 s).

measure_ods / measure_xls give each sheet's Extent (the cells that hold a value); check()
refuses a sheet whose used columns pass MAX_COLUMNS, or whose cells pass CELL_BUDGET or what the
file's size on disk allows (allowance()), with the messages of the .xlsx case.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from .limits import CELL_BUDGET, MAX_COLUMNS, PIECE, TOO_MANY_CELLS, TOO_WIDE, Extent, file_error

CELL_FLOOR = 1_000_000  # cells any sheet may span, whatever its size (about 150 MB to read)
CELLS_PER_BYTE = 4  # beyond the floor, cells a sheet may span per byte of the file on disk
XLS_SHEET = 65536 * 256  # the largest sheet Excel 97-2003 makes (IV65536)


def allowance(size: int) -> int:
    """The cells a sheet of a file of `size` bytes on disk may span: a real sheet takes at
    least a few bytes a cell, a sheet of repeats or one far cell does not."""
    return min(CELL_BUDGET, max(CELL_FLOOR, CELLS_PER_BYTE * size))


def check(path: Path, extents: list[tuple[str, Extent]], size: int) -> None:
    """ImportFileError (TOO_WIDE, TOO_MANY_CELLS) for the first sheet past a limit."""
    allowed = allowance(size)
    for name, extent in extents:
        if len(extent.used) > MAX_COLUMNS:  # counted up to one past the limit: say the width
            raise file_error(TOO_WIDE, path, sheet=name, columns=extent.columns,
                             limit=MAX_COLUMNS)
        if extent.cells > allowed:
            raise file_error(TOO_MANY_CELLS, path, sheet=name, rows=extent.rows,
                             columns=extent.columns, limit=max(1, allowed // 1_000_000))


def _add_columns(used: set[int], start: int, stop: int) -> None:
    """used |= range(start, stop), never growing past MAX_COLUMNS + 1 columns."""
    room = MAX_COLUMNS + 1 - len(used)
    if room > 0:
        used.update(range(start, min(stop, start + room)))


# -- OpenDocument ---------------------------------------------------------------------------
class _Table:
    __slots__ = ("name", "rows", "last_row", "width", "used", "row_repeat", "row_width",
                 "row_used", "col", "cell_start", "cell_value", "in_cell")

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0  # rows so far, repeats counted
        self.last_row = 0  # the last row holding a value (1-based)
        self.width = 0  # one past the last column holding a value
        self.used: set[int] = set()
        self.row_repeat = 1
        self.row_width = 0
        self.row_used: set[int] = set()
        self.col = 0
        self.cell_start = 0
        self.cell_value = False
        self.in_cell = 0  # depth of elements inside the open cell


class _Refused(Exception):
    pass


def _count(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


_CELLS = ("table:table-cell", "table:covered-table-cell")


def measure_ods(path: Path) -> tuple[list[tuple[str, Extent]], int]:
    """(sheet name, Extent) of every table in content.xml, repeats counted, read in pieces by
    expat; and the size of content.xml on disk (compressed). A DOCTYPE (an .ods has none) or
    XML that does not parse is refused as damaged (ValueError)."""
    import xml.parsers.expat

    out: list[tuple[str, Extent]] = []
    stack: list[_Table] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        table = stack[-1] if stack else None
        if table is not None and table.in_cell:
            table.in_cell += 1
            table.cell_value = True  # <text:p>, an annotation, a nested table: it holds something
        if tag == "table:table":
            stack.append(_Table(attrs.get("table:name", "")))
        elif table is None or table.in_cell:
            return
        elif tag == "table:table-row":
            table.row_repeat = _count(attrs.get("table:number-rows-repeated"))
            table.col = table.row_width = 0
            table.row_used = set()
        elif tag in _CELLS:
            table.cell_start = table.col
            table.col += _count(attrs.get("table:number-columns-repeated"))
            table.cell_value = "office:value-type" in attrs
            table.in_cell = 1

    def end(tag: str) -> None:
        if not stack:
            return
        table = stack[-1]
        if table.in_cell > 1:
            table.in_cell -= 1
            return
        if table.in_cell == 1 and tag in _CELLS:
            table.in_cell = 0
            if table.cell_value:
                table.row_width = table.col
                _add_columns(table.row_used, table.cell_start, table.col)
        elif tag == "table:table-row":
            table.rows += table.row_repeat
            if table.row_width:
                table.last_row = table.rows
                table.width = max(table.width, table.row_width)
                if len(table.used) <= MAX_COLUMNS:
                    table.used |= table.row_used
            table.row_repeat = 1
        elif tag == "table:table":
            stack.pop()
            out.append((table.name, Extent("content.xml", table.last_row, table.width,
                                           table.used)))
            if stack and stack[-1].in_cell > 1:  # a table inside a cell of another
                stack[-1].in_cell -= 1

    def refuse(*_args) -> None:
        raise _Refused()

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("content.xml").compress_size
        with archive.open("content.xml") as handle:
            try:
                while data := handle.read(PIECE):
                    parser.Parse(data, False)
                parser.Parse(b"", True)
            except (_Refused, xml.parsers.expat.ExpatError) as exc:
                raise ValueError("content.xml is not an OpenDocument table") from exc
    return out, size


# -- Excel 97-2003 (BIFF8) and Excel 5.0/95 (BIFF5) -----------------------------------------
_BOF, _EOF, _BOUNDSHEET, _CODEPAGE, _DIMENSIONS, _MULRK = (
    0x0809, 0x000A, 0x0085, 0x0042, 0x0200, 0x00BD)
# records that put a value in a cell: NUMBER, RK, LABELSST, LABEL, RSTRING, BOOLERR, FORMULA
# (BLANK and MULBLANK only format a cell: the reader does not size a sheet by them)
_VALUES = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0205, 0x0006, _MULRK})
_HEAD = struct.Struct("<HH")


def _records(stream, start: int, end: int):
    """(opcode, data offset, data length) from start to end."""
    position = start
    unpack = _HEAD.unpack_from
    while position + 4 <= end:
        opcode, length = unpack(stream, position)
        yield opcode, position + 4, min(length, end - position - 4)
        position += 4 + length


def _sheet_name(data: bytes, biff8: bool, codepage: str) -> str:
    if len(data) < 8:
        return ""
    count = data[6]
    if biff8:
        wide = data[7] & 1
        raw = data[8:8 + count * (2 if wide else 1)]
        return raw.decode("utf-16-le" if wide else "latin-1", "replace")
    try:
        return data[7:7 + count].decode(codepage, "replace")
    except LookupError:
        return data[7:7 + count].decode("latin-1")


def measure_xls(stream, base: int, size: int, *, biff8: bool) -> list[tuple[str, Extent]]:
    """(sheet name, Extent) of every sheet of a Workbook stream (stream[base:base + size]),
    each walked from where its BOUNDSHEET record says, as the reader does. An extent is the
    larger of the cells holding a value and what DIMENSIONS declares (the reader reserves
    room for that), except that a declaration within the largest sheet Excel makes is only
    room, never cells (it is left out)."""
    end = base + size
    sheets: list[tuple[int, str]] = []
    codepage = "cp1252"
    depth = 0
    for opcode, at, length in _records(stream, base, end):
        if opcode == _BOF:
            depth += 1
        elif opcode == _EOF:
            break
        elif opcode == _CODEPAGE and length >= 2:
            codepage = f"cp{_HEAD.unpack_from(stream, at)[0]}"
        elif opcode == _BOUNDSHEET and length >= 6:
            data = bytes(stream[at:at + length])
            if data[5] in (0, 1):  # a worksheet or a macro sheet, not a chart or a module
                offset = struct.unpack_from("<I", data)[0]
                sheets.append((offset, _sheet_name(data, biff8, codepage)))
    out = []
    measured: dict[int, Extent] = {}  # sheets that name one place are walked once
    for offset, name in sheets:
        if offset in measured:
            out.append((name, measured[offset]))
            continue
        rows = columns = 0
        declared = 0
        used: set[int] = set()
        depth = 0
        for opcode, at, length in _records(stream, base + offset, end):
            if opcode == _BOF:
                depth += 1
            elif opcode == _EOF:
                depth -= 1
                if depth <= 0:
                    break
            elif depth != 1:  # a chart inside the sheet
                continue
            elif opcode in _VALUES and length >= 4:
                row, col = _HEAD.unpack_from(stream, at)
                last = col
                if opcode == _MULRK and length >= 6:
                    last = _HEAD.unpack_from(stream, at + length - 4)[1]
                    if last < col:
                        last = col
                rows = max(rows, row + 1)
                columns = max(columns, last + 1)
                if len(used) <= MAX_COLUMNS:
                    _add_columns(used, col, last + 1)
            elif opcode == _DIMENSIONS and length >= 10:
                if biff8 and length >= 14:
                    first_row, last_row, first_col, last_col = struct.unpack_from(
                        "<IIHH", stream, at)
                else:
                    first_row, last_row, first_col, last_col = struct.unpack_from(
                        "<HHHH", stream, at)
                height = last_row if first_row <= last_row else 1 << 32
                width = last_col if first_col <= last_col else 1 << 16
                declared = max(declared, height * width)
                if declared > XLS_SHEET:
                    rows, columns = max(rows, height), max(columns, width)
        measured[offset] = Extent("Workbook", rows, columns, used)
        out.append((name, measured[offset]))
    return out
