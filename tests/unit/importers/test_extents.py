"""Hostile .ods and .xls files: what they repeat or declare is measured before the reader sees
them (importers.extents), and a normal file of either kind still reads as it is."""

from __future__ import annotations

import time
import zipfile

import pytest

from importers import extents, limits
from importers.source import ImportFileError, open_source
from tests.unit.importers.legacy_xls import write_biff8

CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
    "</office:document-content>")
MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>")


def text(value: str, repeat: int = 0) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat else ""
    return (f'<table:table-cell{times} office:value-type="string">'
            f"<text:p>{value}</text:p></table:table-cell>")


def empty(repeat: int = 0, style: str = "") -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat else ""
    styled = f' table:style-name="{style}"' if style else ""
    return f"<table:table-cell{styled}{times}/>"


def row(cells: list[str], repeat: int = 0) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    return f'<table:table-row table:style-name="ro1"{times}>{"".join(cells)}</table:table-row>'


def write_ods(path, rows: list[str], name: str = "客户"):
    """An .ods written by hand: one table of the given rows, as LibreOffice lays it out (the
    column styles first)."""
    table = (f'<table:table table:name="{name}">'
             '<table:table-column table:number-columns-repeated="1024"/>'
             f'{"".join(rows)}</table:table>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", CONTENT.format(tables=table))
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


HEADER = [row([text("名称"), text("手机"), empty(1022)]),
          row([text("杭州鑫达"), text("13800138000"), empty(1022)])]

HOSTILE_ODS = {  # each under 1 KB on disk
    # a row of eight values repeated a million times: 1.2 GB and 12 s in the reader
    "rows.ods": [row([text("x", 8)], 1048576)],
    # one value repeated across 16 million columns
    "columns.ods": [row([text("x", 16_000_000)])],
    # 16,384 values repeated on a million rows: the reader gives up ("damaged")
    "both.ods": [row([text("x", 16384)], 1048576)],
    # a million empty rows, then a row whose value sits past a thousand empty cells
    "far.ods": [row([empty(1024)], 1_000_000), row([empty(2000), text("far")])],
}


@pytest.mark.parametrize("name", sorted(HOSTILE_ODS))
def test_an_ods_that_repeats_cells_into_millions_is_refused_at_once(tmp_path, name):
    path = write_ods(tmp_path / name, HEADER + HOSTILE_ODS[name])
    assert path.stat().st_size < 1024
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    assert time.perf_counter() - started < 2
    message = info.value.render()
    assert message.startswith(f"{name}: sheet 客户 ")
    assert "columns with data; Kehu imports up to 1000 columns" in message or (
        "more than Kehu reads at a time (1 million cells). Split it into smaller files." in message)


def test_a_normal_ods_with_repeated_empty_cells_and_rows_reads_as_it_is(tmp_path):
    """As LibreOffice saves a list: each row ends with ~1,000 repeated empty cells and the sheet
    with a million repeated empty rows; identical neighbours are written once, repeated."""
    rows = [row([text("名称"), text("城市"), text("等级"), empty(1021)]),
            row([text("杭州鑫达"), text("杭州", 2), empty(1021)]),  # 城市 and 等级 the same
            row([text("宁波海运"), empty(style="ce1"), text("A"), empty(1021)], 2),
            row([empty(1024)], 3),  # three empty rows inside the list
            row([text("温州"), text("温州"), text("B"), empty(1021, style="ce2")]),
            row([empty(1024)], 1048568)]
    path = write_ods(tmp_path / "list.ods", rows)
    (name, extent), = extents.measure_ods(path)[0]
    assert (name, extent.rows, extent.columns, extent.used) == ("客户", 8, 3, {0, 1, 2})
    source = open_source(path)
    assert source.kind == "ods"
    got = source.rows()
    assert got[:3] == [["名称", "城市", "等级"], ["杭州鑫达", "杭州", "杭州"],
                       ["宁波海运", "", "A"]]
    assert got[3] == ["宁波海运", "", "A"] and len(got) == 8
    assert got[7] == ["温州", "温州", "B"]


def test_an_ods_may_repeat_as_much_as_its_size_allows(tmp_path):
    """Repeats within the floor read whole: 200,000 rows of a repeated row."""
    path = write_ods(tmp_path / "repeated.ods", HEADER + [row([text("同"), text("样")], 200_000)])
    rows = open_source(path).rows()
    assert len(rows) == 200_002 and rows[-1] == ["同", "样"]
    assert extents.allowance(path.stat().st_size) == extents.CELL_FLOOR
    assert extents.allowance(10 << 20) == limits.CELL_BUDGET


def test_an_ods_with_a_doctype_is_damaged(tmp_path):
    path = write_ods(tmp_path / "dtd.ods", HEADER)
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").replace(
            b"<office:document-content",
            b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><office:document-content', 1)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    assert "dtd.ods is damaged" in info.value.render()


# -- Excel 97-2003 ----------------------------------------------------------------------------
CELLS = [(0, 0, "名称"), (0, 1, "手机"), (1, 0, "杭州鑫达"), (1, 1, "13800138000"), (2, 2, 7.0)]

HOSTILE_XLS = {  # 5.5 KB each
    # DIMENSIONS declaring 4 billion rows: the reader aborts at once (it reserves room)
    "declared.xls": {"dimensions": (0xFFFFFFFF, 3)},
    # a value at IV65536: the reader builds all 16 million cells (1.2 GB, 11 s)
    "far.xls": {"moves": {(2, 2): (65535, 255)}},
    # a value past any column Excel has, on the last row: the reader aborts
    "wide.xls": {"moves": {(2, 2): (65535, 65535)}, "dimensions": (65536, 65535)},
}


@pytest.mark.parametrize("name", sorted(HOSTILE_XLS))
def test_an_xls_that_declares_or_spans_millions_of_cells_is_refused_at_once(tmp_path, name):
    path = write_biff8(tmp_path / name, CELLS, **HOSTILE_XLS[name])
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    assert time.perf_counter() - started < 2
    message = info.value.render()
    assert message.startswith(f"{name}: sheet 客户 spans ")
    assert "more than Kehu reads at a time (1 million cells)" in message


@pytest.mark.parametrize("dimensions, moves", [
    ((65536, 256), None),  # a declaration within the largest sheet Excel makes is room only
    (None, {(2, 2): (65535, 7)}),  # 65,536 rows of eight columns: half a million cells
])
def test_an_xls_within_its_bounds_reads_as_it_is(tmp_path, dimensions, moves):
    path = write_biff8(tmp_path / "book.xls", CELLS, dimensions=dimensions, moves=moves)
    rows = open_source(path).rows()
    assert rows[:2] == [["名称", "手机", *rows[0][2:]], ["杭州鑫达", "13800138000", *rows[1][2:]]]
    if moves:
        assert len(rows) == 65536 and rows[-1][7] == 7.0
    else:
        assert rows[2][2] == 7.0


@pytest.mark.parametrize("name", ["rows.ods", "far.xls"])
def test_reading_a_hostile_ods_or_xls_stays_under_512_mb_and_10_s(tmp_path, name):
    """Through the reading child, as the app reads it; refused before the reader starts."""
    if name.endswith(".ods"):
        path = write_ods(tmp_path / name, HEADER + HOSTILE_ODS[name])
    else:
        path = write_biff8(tmp_path / name, CELLS, **HOSTILE_XLS[name])
    peak: list[int] = []
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        limits.read_source(path, peak=peak)
    assert time.perf_counter() - started < 10
    assert "could not be read" not in info.value.render()  # refused, not killed
    assert "million cells" in info.value.render()
    assert peak and peak[0] < 512 << 20, peak
