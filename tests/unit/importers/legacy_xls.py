"""Writers of real legacy files for the importer's tests.

write_cfb: a minimal OLE2 / Compound File Binary container (version 3, 512-byte sectors,
every stream padded to at least 4096 bytes so that no mini stream is needed).
write_biff5: an Excel 5.0/95 (BIFF5) workbook whose text is stored in a code page, as Chinese
Excel 95 saved it (CODEPAGE 936 = GBK), inside a "Book" stream.

Checked by hand with python-calamine 0.9.1 and xlrd 2.0.2: xlrd reads the GBK labels as the
Chinese text they are; calamine decodes them wrongly (it does not honour the CODEPAGE record of
BIFF5, so "张三" comes out as mojibake). test_source.py asserts both, so a calamine that learns
code pages shows up as a failing assertion there.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

SECTOR = 512
ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _dir_entry(name: str, kind: int, child=NOSTREAM, right=NOSTREAM, start=ENDOFCHAIN, size=0):
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NOSTREAM, right, child)
        + b"\0" * 16  # CLSID
        + b"\0" * 4  # state bits
        + b"\0" * 16  # creation and modification times
        + struct.pack("<IQ", start, size)
    )


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A compound file holding the named streams (in the root storage)."""
    padded = {name: data.ljust(max(4096, len(data)), b"\0") for name, data in streams.items()}
    padded = {n: d.ljust(-(-len(d) // SECTOR) * SECTOR, b"\0") for n, d in padded.items()}
    entries = 1 + len(padded)
    dir_sectors = -(-entries * 128 // SECTOR)
    data_sectors = sum(len(d) // SECTOR for d in padded.values())
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + data_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109, "too big for a header-only DIFAT"
    fat: list[int] = [FATSECT] * fat_sectors
    first_dir = len(fat)
    fat += list(range(first_dir + 1, first_dir + dir_sectors)) + [ENDOFCHAIN]
    directory = [b""]
    starts = {}
    for index, (name, data) in enumerate(padded.items()):
        first = len(fat)
        count = len(data) // SECTOR
        fat += list(range(first + 1, first + count)) + [ENDOFCHAIN]
        starts[name] = first
        right = index + 2 if index + 1 < len(padded) else NOSTREAM
        directory.append(_dir_entry(name, 2, right=right, start=first, size=len(data)))
    directory[0] = _dir_entry("Root Entry", 5, child=1 if padded else NOSTREAM)
    while len(directory) < dir_sectors * 4:
        directory.append(_dir_entry("", 0))
    fat += [FREESECT] * (fat_sectors * 128 - len(fat))
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    header = (
        MAGIC
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII", 0, fat_sectors, first_dir, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    body = struct.pack(f"<{len(fat)}I", *fat) + b"".join(directory) + b"".join(padded.values())
    path = Path(path)
    path.write_bytes(header + body)
    return path


def _record(opcode: int, data: bytes) -> bytes:
    return struct.pack("<HH", opcode, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x096C, 0x07C9))


Cell = str | float | int | dt.date


def _excel_serial(value: dt.date) -> float:
    moment = (
        value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    )
    delta = moment - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def biff5_book(sheets: dict[str, list[list[Cell]]], *, codepage: int = 936) -> bytes:
    """The "Book" stream of an Excel 95 workbook: text cells as LABEL in the code page,
    numbers as NUMBER, dates as NUMBER with a date format (XF 16: built-in format 14)."""
    encoding = f"cp{codepage}"
    font = _record(
        0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + b"\x05Arial"
    )
    # XF (BIFF5): font, format, type/protection, alignment, colours, borders
    style_xf = _record(0x00E0, struct.pack("<HHHHHHHH", 0, 0, 0xFFF5, 0x20, 0x20C0, 0, 0, 0))
    cell_xf = _record(0x00E0, struct.pack("<HHHHHHHH", 0, 0, 0x0001, 0x20, 0x20C0, 0, 0, 0))
    date_xf = _record(0x00E0, struct.pack("<HHHHHHHH", 0, 14, 0x0001, 0x20, 0x20C0, 0, 0, 0))
    xfs = style_xf * 15 + cell_xf + date_xf  # XF 15: general cell, XF 16: date cell
    head = (
        _bof(0x0005)
        + _record(0x0042, struct.pack("<H", codepage))
        + _record(0x0022, struct.pack("<H", 0))  # DATEMODE: 1900
        + font * 5
        + xfs
    )
    names = list(sheets)

    def boundsheets(offsets: list[int]) -> bytes:
        out = b""
        for name, offset in zip(names, offsets, strict=True):
            raw = name.encode(encoding)
            out += _record(0x0085, struct.pack("<IBBB", offset, 0, 0, len(raw)) + raw)
        return out

    globals_size = len(head) + len(boundsheets([0] * len(names))) + 4
    substreams = []
    for rows in sheets.values():
        body = b""
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    raw = value.encode(encoding)
                    body += _record(0x0204, struct.pack("<HHHH", r, c, 15, len(raw)) + raw)
                elif isinstance(value, dt.date):
                    body += _record(0x0203, struct.pack("<HHHd", r, c, 16, _excel_serial(value)))
                else:
                    body += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
        width = max((len(r) for r in rows), default=0)
        dims = _record(0x0000, struct.pack("<HHHHH", 0, len(rows), 0, width, 0))
        substreams.append(_bof(0x0010) + dims + body + _record(0x000A, b""))
    offsets = []
    position = globals_size
    for sub in substreams:
        offsets.append(position)
        position += len(sub)
    return head + boundsheets(offsets) + _record(0x000A, b"") + b"".join(substreams)


def write_biff5(path: Path, sheets: dict[str, list[list[Cell]]], *, codepage: int = 936) -> Path:
    return write_cfb(path, {"Book": biff5_book(sheets, codepage=codepage)})


def biff8_records(data: bytes):
    """(offset, opcode, length) of each record of a BIFF stream."""
    position = 0
    while position + 4 <= len(data):
        opcode, length = struct.unpack_from("<HH", data, position)
        yield position, opcode, length
        position += 4 + length


def write_biff8(path: Path, cells: list[tuple[int, int, Cell]], *,
                dimensions: tuple[int, int] | None = None,
                moves: dict[tuple[int, int], tuple[int, int]] | None = None) -> Path:
    """An Excel 97-2003 workbook of one sheet "客户" written by xlwt, then altered as a hostile
    file would be: DIMENSIONS declaring (rows, columns), the cell at (row, col) moved to
    another place (including past IV65536, where Excel never writes one)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户")
    for row, col, value in cells:
        sheet.write(row, col, value)
    data = bytearray(book.get_biff_data())
    for at, opcode, _length in list(biff8_records(bytes(data))):
        if opcode == 0x0200 and dimensions:
            struct.pack_into("<IIHH", data, at + 4, 0, dimensions[0], 0, dimensions[1])
        if opcode in (0x00FD, 0x0203, 0x027E) and moves:
            place = struct.unpack_from("<HH", data, at + 4)
            if place in moves:
                struct.pack_into("<HH", data, at + 4, *moves[place])
    return write_cfb(path, {"Workbook": bytes(data)})
