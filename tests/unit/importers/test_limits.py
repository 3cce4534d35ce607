"""Hostile files: what reading one may cost is bounded by the file, and a reader that dies
takes only its child process with it (importers.limits)."""

from __future__ import annotations

import base64
import os
import sys
import time
import zipfile

import openpyxl
import pytest

from importers import limits, vcard
from importers.source import ImportFileError, open_source

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def crafted_xlsx(path, rows: list[tuple[int, list[str]]], dimension: str) -> None:
    """An .xlsx written by zipping XML by hand: rows of (row number, cells)."""
    data = "".join(f'<row r="{n}">{"".join(cells)}</row>' for n, cells in rows)
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="{dimension}"/><sheetData>{data}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


@pytest.fixture
def bomb(tmp_path):
    """2 KB whose cells span A1:XFD1048576: the reader alone would ask for 512 GB."""
    path = tmp_path / "bomb.xlsx"
    crafted_xlsx(path, [(1, [inline("A1", "名称"), inline("B1", "手机")]),
                        (2, [inline("A2", "杭州鑫达"), inline("B2", "13800138000")]),
                        (1048576, [inline("XFD1048576", "x")])], "A1:XFD1048576")
    assert path.stat().st_size < 2500
    return path


def test_a_dimension_bomb_is_read_as_the_cells_it_holds(bomb):
    started = time.perf_counter()
    source = open_source(bomb)
    assert time.perf_counter() - started < 10
    rows = source.rows()
    assert rows[0] == ["名称", "手机", None] or rows[0][:2] == ["名称", "手机"]
    assert rows[1][:2] == ["杭州鑫达", "13800138000"]
    assert len(rows[0]) == 3  # three used columns, not 16,384
    assert rows[-1][2] == "x" and len(rows) == 1048576


def test_a_wide_sheet_keeps_its_used_columns(tmp_path):
    path = tmp_path / "wide.xlsx"
    rows = [(1, [inline("A1", "名称"), inline("B1", "手机")])]
    rows += [(n, [inline(f"A{n}", f"客户{n}"), inline(f"B{n}", f"1380013{n:04d}")])
             for n in range(2, 200)]
    rows += [(20000, [inline("XFD20000", "far")])]
    crafted_xlsx(path, rows, "A1:XFD20000")
    source = open_source(path)
    got = source.rows()
    assert got[5][:2] == ["客户6", "13800130006"]
    assert len(got) == 20000 and len(got[0]) == 3


def test_a_sheet_with_too_many_used_columns_is_refused_with_a_message(tmp_path):
    path = tmp_path / "columns.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([f"字段{i}" for i in range(limits.MAX_COLUMNS + 5)])
    ws.append(["x"] * (limits.MAX_COLUMNS + 5))
    wb.save(path)
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    assert f"{limits.MAX_COLUMNS + 5} columns" in info.value.render()
    assert "columns.xlsx" in info.value.render()


def test_a_csv_of_one_long_row_of_commas_is_refused_at_once(tmp_path):
    path = tmp_path / "commas.csv"
    path.write_text("名称,手机\n张三,13800138000\n" + "x," * 2_000_000 + "y\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    assert time.perf_counter() - started < 10
    assert "columns" in info.value.render()


def test_a_wide_but_sparse_csv_keeps_its_used_columns(tmp_path):
    path = tmp_path / "sparse.csv"
    lines = ["名称,手机"] + [f"客户{n},1380013{n:04d}" for n in range(3000)]
    lines.append("," * 5000 + "far")
    path.write_text("\n".join(lines), encoding="utf-8")
    rows = open_source(path).rows()
    assert rows[0] == ["名称", "手机", None] and rows[-1] == ["", "", "far"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX devices and FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_device_a_fifo_and_a_folder_are_refused_at_once(tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "contacts.csv"
        os.mkfifo(path)
    elif kind == "device":
        path = tmp_path / "zero.csv"
        path.symlink_to("/dev/zero")
    else:
        path = tmp_path / "folder.xlsx"
        path.mkdir()
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        limits.read_source(path)  # never starts the reader (a FIFO would block it)
    assert time.perf_counter() - started < 1
    assert path.name in info.value.render()
    with pytest.raises(ImportFileError):
        open_source(path)


def test_a_folded_photo_in_a_21_mb_vcard_is_read_in_linear_time():
    photo = base64.b64encode(os.urandom(15_000_000)).decode()
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL;TYPE=CELL:13800138000\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n")
    assert len(text) > 20_000_000
    started = time.perf_counter()
    rows = vcard.rows(text)
    assert time.perf_counter() - started < 5
    assert rows[1][0] == "张三" and rows[1][3] == "13800138000"


# -- the reader in a child process ------------------------------------------------------------
def test_the_child_reads_a_file_as_the_reader_does(tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("名称,手机\n杭州鑫达,13800138000\n", encoding="utf-8")
    source = limits.read_source(path)
    assert source.rows() == [["名称", "手机"], ["杭州鑫达", "13800138000"]]
    assert source.path == path


def test_a_bad_file_gives_the_readers_message_through_the_child(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"   \n")
    with pytest.raises(ImportFileError) as info:
        limits.read_source(path)
    assert "empty.csv is empty" in info.value.render()


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
@pytest.mark.parametrize("name", ["big.csv", "big.xlsx"])
def test_a_reader_that_runs_out_of_memory_ends_only_its_child(tmp_path, name):
    """Python's MemoryError (csv) or an abort inside the spreadsheet reader (xlsx): the child
    ends, this process goes on and says why."""
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("名称,备注\n" + "".join(f"客户{n},{'长' * 2000}\n" for n in range(20000)),
                        encoding="utf-8")
    else:  # 8 million cells within the budget: the reader itself allocates past the limit
        crafted_xlsx(path, [(1, [inline("A1", "名称")]), (1_000_000, [inline("H1000000", "x")])],
                     "A1:H1000000")
    with pytest.raises(ImportFileError) as info:
        limits.read_source(path, memory=120 << 20)
    assert f"{name} could not be read" in info.value.render()
    assert "120 MB" in info.value.render()


@pytest.mark.skipif(sys.platform not in ("linux", "win32"), reason="memory measured there")
def test_where_no_rlimit_holds_the_watchdog_ends_a_reader_past_its_limit(tmp_path):
    """The path Windows takes (no RLIMIT in the child): the parent measures the child while it
    reads and ends it past the limit; the same file reads whole under a larger one."""
    path = tmp_path / "notes.csv"
    path.write_text("名称,备注\n" + "".join(f"客户{n},{'长' * 2000}\n" for n in range(6000)),
                    encoding="utf-8")
    peak: list[int] = []
    source = limits.read_source(path, memory=1 << 30, address_limit=False, peak=peak)
    assert len(source.rows()) == 6001 and peak[0] > 64 << 20  # it takes more than 64 MB
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        limits.read_source(path, memory=64 << 20, address_limit=False)
    assert time.perf_counter() - started < 5
    assert "notes.csv could not be read" in info.value.render()
    assert "64 MB" in info.value.render()


def test_the_watchdog_measures_a_live_process_and_not_a_gone_one():
    from importers.memory import ProcessMemory

    with ProcessMemory(os.getpid()) as memory:
        if sys.platform in ("linux", "win32"):
            assert 10 << 20 < memory.bytes() < 4 << 30
    with ProcessMemory(2 ** 22 + 7) as gone:  # past Linux's largest process id
        assert gone.bytes() is None


@pytest.mark.parametrize("name", ["bomb", "commas", "vcard"])
def test_reading_a_hostile_file_stays_under_512_mb_and_10_s(tmp_path, bomb, name):
    """Peak memory of the reading child (it runs under the same limit as in the app)."""
    if name == "bomb":
        path = bomb
    elif name == "commas":
        path = tmp_path / "commas.csv"
        path.write_text("名称,手机\n" + "x," * 5_000_000 + "y\n", encoding="utf-8")
    else:
        photo = base64.b64encode(os.urandom(15_000_000)).decode()
        folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
        path = tmp_path / "contacts.vcf"
        path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL:13800138000\r\n"
                        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n", encoding="utf-8")
    peak: list[int] = []
    started = time.perf_counter()
    try:  # under the app's own limit; the child reports its peak resident memory
        limits.read_source(path, peak=peak)
    except ImportFileError as exc:
        assert "could not be read" not in exc.render()  # refused at once, not killed
    assert time.perf_counter() - started < 10
    assert not peak or peak[0] < 512 << 20, peak


def test_thousands_of_columns_never_become_thousands_of_custom_fields():
    from importers import mapping

    names = ["名称", "手机", *(f"字段{i}" for i in range(900))]
    sample = [["杭州鑫达", "13800138000", *("值" for _ in range(900))]]
    targets = mapping.guess_mapping(names, sample)
    assert targets[:2] == ["name", "mobile"]
    new = [t for t in targets if t.startswith("custom:")]
    assert len(new) == mapping.MAX_NEW_CUSTOM
    assert targets.count(mapping.IGNORE) == 900 - mapping.MAX_NEW_CUSTOM
    # a column named like a field the book has is mapped to it, whatever the cap
    targets = mapping.guess_mapping(names, sample, custom_labels=["字段899"])
    assert targets[-1] == "custom:字段899"


@pytest.mark.parametrize("cells, rows, used", [
    # as spreadsheet programs write them: the quick pass over the bytes
    ([inline("A1", "甲"), inline("C1", "乙"), '<c r="B2" t="n"><v>1</v></c>'], 2, {0, 1, 2}),
    # a cell that only carries formatting does not count...
    ([inline("A1", "甲"), '<c r="XFD1048576" s="1"/>'], 1, {0}),
    # ...nor does the place of a cell that does not name it, nor its prefix or lower case
    ([inline("A1", "甲"), '<c t="n"><v>2</v></c>'], 1, {0, 1}),
    ([inline("A1", "甲"), '<x:c r="C1" t="n"><x:v>2</x:v></x:c>'], 1, {0, 2}),
    ([inline("A1", "甲"), '<c  r="d1" t="n"><v>2</v></c>'], 1, {0, 3}),
    ([inline("A1", "甲"), '<c\nr="E1" t="n"><v>2</v></c>'], 1, {0, 4}),
    ([inline("B1", "甲"), '<c><v>2</v></c>'], 1, {1, 2}),
    # colons before a prefixed cell tag (the search for a prefix starts at the first colon)
    ([inline("A1", "10:30"), inline("B1", "a:b"), '<x:c r="C1" t="n"><x:v>2</x:v></x:c>'], 1,
     {0, 1, 2}),
    ([inline("A1", "10:30"), inline("B1", "c:d:"), inline("D2", ":c")], 2, {0, 1, 3}),
])
def test_the_quick_extent_agrees_with_reading_tag_by_tag(tmp_path, cells, rows, used):
    path = tmp_path / "odd.xlsx"
    crafted_xlsx(path, [(1, cells)], "A1:A1")
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as handle:
        extent = limits._scan(handle, "sheet1")
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as handle:
        slow = limits._scan_tags(limits._pieces(handle), "sheet1")
    assert (extent.rows, extent.used) == (slow.rows, slow.used) == (rows, used)


def test_the_quick_extent_reads_a_sheet_in_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "PIECE", 64)
    path = tmp_path / "long.xlsx"
    crafted_xlsx(path, [(n, [inline(f"B{n}", "甲" * (n % 5)), inline(f"D{n}", "x")])
                        for n in range(1, 400)], "A1:D399")
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as handle:
        quick = limits._quick_extent(handle, "sheet1")
    assert quick is not None and (quick.rows, quick.used, quick.columns) == (399, {1, 3}, 4)


@pytest.mark.parametrize("late", [
    (150, ["AB150"]),  # a column beyond Z in a later piece
    (150, ["B999"]),  # a cell further down than the row it is in, mid-sheet
    (150, ["A0000151"]),  # a row number written with leading zeros
    (-300, ["B1048576"]),  # the farthest cell first in its row, then the row's own
    (160, ["BA160", "AZ160", "AAB160"]),  # several columns of two and three letters
])
def test_the_quick_extent_finds_a_cell_out_of_the_order_rows_come_in(tmp_path, monkeypatch,
                                                                     late):
    monkeypatch.setattr(limits, "PIECE", 1024)  # pieces of about ten rows
    at, refs = late  # at < 0: the cells come first in row -at
    rows = [(n, [inline(f"A{n}", "甲" * (n % 3)), inline(f"B{n}", "x")]) for n in range(1, 400)]
    cells, own = [inline(ref, "y") for ref in refs], rows[abs(at) - 1][1]
    rows[abs(at) - 1] = (abs(at), [*cells, *own] if at < 0 else [*own, *cells])
    path = tmp_path / "late.xlsx"
    crafted_xlsx(path, rows, "A1:B399")
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as handle:
        quick = limits._quick_extent(handle, "sheet1")
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as handle:
        slow = limits._scan_tags(limits._pieces(handle), "sheet1")
    assert quick is not None
    assert (quick.rows, quick.used, quick.columns) == (slow.rows, slow.used, slow.columns)
    assert quick.rows >= 399 and len(quick.used) == 2 + len(
        {limits.column_index(r.rstrip("0123456789")) for r in refs} - {0, 1})


def test_the_quick_extent_pattern_matches_exactly_what_it_knows():
    known = limits._outside({b"A", b"B", b"AB", b"ZZA"}, 1205)
    for ref in ("A1", "B1205", "AB999", "ZZA1200", "A0099", "B1199"):
        assert known.search(f'<c r="{ref}" t="n">'.encode()) is None, ref
    for ref in ("C1", "B1206", "AA1", "ZZB1", "A10000", "A01205x", "ZZ1", "A1300"):
        assert known.search(f'<c r="{ref}" t="n">'.encode()) is not None, ref
    for tag in (b"<col>", b'<c  r="A1">', b"<c>", b"<c/>", b'<c\tr="A1">'):
        assert known.search(tag) is not None, tag


def test_column_widths_before_the_cells_keep_the_quick_extent(tmp_path):
    path = tmp_path / "cols.xlsx"
    crafted_xlsx(path, [(1, [inline("A1", "甲")])], "A1:A1")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").replace(
            b"<sheetData>", b'<cols><col min="1" max="1" width="20"/></cols><sheetData>')
    rewritten = tmp_path / "cols2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, sheet if item.filename == "xl/worksheets/sheet1.xml"
                         else src.read(item.filename))
    with zipfile.ZipFile(rewritten) as archive, archive.open("xl/worksheets/sheet1.xml") as h:
        quick = limits._quick_extent(h, "sheet1")
    assert quick is not None and (quick.rows, quick.used) == (1, {0})


def test_a_reader_started_ahead_reads_the_file_chosen_after(tmp_path):
    path = tmp_path / "c.xlsx"
    wb = openpyxl.Workbook()
    for row in (["客户名称", "手机"], ["杭州建材", 13800000001]):
        wb.active.append(row)
    wb.save(path)
    limits.prepare_reader()
    limits.prepare_reader()  # one waits at a time
    key = (limits.READER_MEMORY, True)
    process = limits._ready[key][0]
    assert process.is_alive()
    source = limits.read_source(path)
    assert key not in limits._ready  # taken
    assert source.rows() == open_source(path).rows()
    limits.prepare_reader()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(ImportFileError, match="bad.xlsx"):
        limits.read_source(bad)
