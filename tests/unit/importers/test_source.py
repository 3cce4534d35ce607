"""open_source on real files written by the tests: workbooks, legacy Excel, text, bad input."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt

from importers.source import ImportFileError, SheetInfo, open_source
from tests.unit.importers.legacy_xls import write_biff5, write_cfb


def message(path) -> str:
    with pytest.raises(ImportFileError) as info:
        open_source(path)
    return str(info.value)


# -- workbooks -----------------------------------------------------------------------------


def test_xlsx_sheets_formulas_and_types(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["名称", "电话", "首次合作", "数量"])
    sheet.append(["张三贸易", "13800138000", dt.date(2024, 1, 5), 3])
    sheet.append(["李四", None, None, 4])
    book.create_sheet("空白")
    other = book.create_sheet("Other")
    other["B3"] = "x"
    path = tmp_path / "book.xlsx"
    book.save(path)
    source = open_source(path)
    assert source.kind == "xlsx"
    assert source.sheets == [SheetInfo("客户", 3), SheetInfo("Other", 1)]
    rows = source.rows()
    assert rows[0] == ["名称", "电话", "首次合作", "数量"]
    assert rows[1][0] == "张三贸易" and rows[1][1] == "13800138000"
    assert rows[1][2] in (dt.date(2024, 1, 5), dt.datetime(2024, 1, 5))
    assert rows[1][3] == 3
    # leading empty rows kept so that index + 1 is the row the user sees
    assert source.rows("Other") == [[None, None], [None, None], [None, "x"]]
    with pytest.raises(ImportFileError, match="no sheet named Nope"):
        source.rows("Nope")


def test_formula_cells_give_cached_values(tmp_path):
    # openpyxl writes no cached values; write the sheet XML as Excel does
    path = tmp_path / "f.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    book.save(path)
    parts = _zip_parts(path)
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>",
        b'<row r="2"><c r="A2"><f>1+2</f><v>3</v></c><c r="B2" t="str"><f>"x"&amp;"y"</f>'
        b"<v>xy</v></c></row></sheetData>",
    )
    _write_zip(path, parts)
    assert open_source(path).rows() == [["a", "b"], [3, "xy"]]


def _zip_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_zip(path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_text_named_xlsx_is_read_as_text(tmp_path):
    path = tmp_path / "really.xlsx"
    path.write_text("名称,电话\n张三,13800138000\n", encoding="utf-8")
    source = open_source(path)
    assert source.kind == "csv"
    assert source.rows() == [["名称", "电话"], ["张三", "13800138000"]]


def test_biff8_xls_through_calamine(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户")
    for c, value in enumerate(["名称", "电话", "金额"]):
        sheet.write(0, c, value)
    sheet.write(1, 0, "上海某某有限公司")
    sheet.write(1, 1, "021-12345678")
    sheet.write(1, 2, 12.5)
    sheet.write(2, 0, "日期")
    sheet.write(2, 1, dt.datetime(2024, 3, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    book.add_sheet("Empty")
    path = tmp_path / "old.xls"
    book.save(str(path))
    source = open_source(path)
    assert source.kind == "xls"
    assert source.sheets == [SheetInfo("客户", 3)]
    rows = source.rows()
    assert rows[0] == ["名称", "电话", "金额"]
    assert rows[1] == ["上海某某有限公司", "021-12345678", 12.5]
    assert rows[2][1] in (dt.date(2024, 3, 1), dt.datetime(2024, 3, 1))


def test_excel95_gbk_through_xlrd(tmp_path):
    path = write_biff5(
        tmp_path / "excel95.xls",
        {
            "客户": [["名称", "电话", "生日"], ["张三公司", 13800138000, dt.date(1980, 3, 21)]],
            "空": [],
        },
    )
    source = open_source(path)
    assert source.kind == "xls"
    assert source.sheets == [SheetInfo("客户", 2)]
    assert source.rows() == [
        ["名称", "电话", "生日"],
        ["张三公司", 13800138000.0, dt.date(1980, 3, 21)],
    ]


def test_a_damaged_excel95_file_is_damaged_whatever_trips_in_the_reader(tmp_path):
    """Bytes changed at seeded random places of an Excel 95 workbook: xlrd trips assertions,
    struct errors, unknown code pages ...; each is the file's one-line message, never a crash."""
    import random

    from tests.unit.importers.legacy_xls import biff5_book, write_cfb

    book = biff5_book({"客户": [["名称", "电话", "生日"], ["张三公司", 13800138000,
                                                       dt.date(1980, 3, 21)]]})
    rng = random.Random(16)
    damaged = 0
    for n in range(300):
        data = bytearray(book)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(8, len(data))] = rng.randrange(256)
        path = write_cfb(tmp_path / f"old{n}.xls", {"Book": bytes(data)})
        try:
            open_source(path)
        except ImportFileError as exc:
            damaged += "damaged" in exc.render()
    assert damaged > 100


def test_calamine_gets_excel95_code_page_wrong(tmp_path):
    """Why BIFF5 goes through xlrd; if this fails, calamine learnt code pages."""
    import python_calamine

    path = write_biff5(tmp_path / "excel95.xls", {"S": [["张三"]]})
    cell = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    assert cell.to_python()[0][0] != "张三"


def test_ods_written_by_hand(tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="客户">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>名称</text:p>'
        '</table:table-cell><table:table-cell office:value-type="string"><text:p>数量</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p>'
        '</table:table-cell><table:table-cell office:value-type="float" office:value="7">'
        "<text:p>7</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "sheet.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr(  # calamine needs the manifest
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
            ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    source = open_source(path)
    assert source.kind == "ods"
    assert source.sheets == [SheetInfo("客户", 2)]
    assert source.rows() == [["名称", "数量"], ["张三", 7]]


# -- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiter_sniffed_outside_quotes(tmp_path, delimiter):
    d = delimiter
    text = f'名称{d}备注{d}电话\n"A{d}B 公司"{d}"说 ""好"", 1;2|3"{d}138\n李四{d}{d}139\n'
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    source = open_source(path)
    assert (source.kind, source.delimiter, source.encoding) == ("csv", d, "utf-8")
    assert source.rows() == [
        ["名称", "备注", "电话"],
        [f"A{d}B 公司", '说 "好", 1;2|3', "138"],
        ["李四", "", "139"],
    ]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16"),  # without BOM
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_csv_encodings(tmp_path, encoding, expected):
    text = "客户名称,联系人,城市\r\n温州德胜贸易有限公司,何浩,杭州\r\n上海某某公司,张三,上海\r\n"
    path = tmp_path / "c.csv"
    path.write_bytes(text.encode(encoding))
    source = open_source(path)
    assert source.encoding == expected
    assert source.rows()[1] == ["温州德胜贸易有限公司", "何浩", "杭州"]


def test_gb18030_only_rows(tmp_path):
    # "䶮" (U+4DAE) is not in GBK; exports labelled GBK hold such names
    path = tmp_path / "c.csv"
    path.write_bytes("名称,城市\n刘䶮,广州\n张三,上海\n".encode("gb18030"))
    assert open_source(path).rows()[1] == ["刘䶮", "广州"]


def test_western_legacy_encoding_by_charset_normalizer(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("Name;City\nCafé Müller;Köln\nSøren Ærø;Århus\n".encode("cp1252"))
    source = open_source(path)
    assert source.delimiter == ";"
    assert source.rows()[1] == ["Café Müller", "Köln"]


def test_quoted_multiline_cells_mixed_line_endings_and_mac_cr(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b'a,b\r\n"line1\nline2\r\nline3",x\ny,"z\rw"\r\n\r\n\r\n')
    rows = open_source(path).rows()
    assert rows == [["a", "b"], ["line1\nline2\r\nline3", "x"], ["y", "z\rw"]]
    mac = tmp_path / "mac.csv"
    mac.write_bytes("名称,电话\r张三,138\r李四,\r".encode("gb18030"))
    source = open_source(mac)
    assert source.rows() == [["名称", "电话"], ["张三", "138"], ["李四", ""]]
    assert source.sheets[0].rows == 3


def test_csv_rows_padded_and_trailing_columns_trimmed(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("a,b,,\n1\n\n2,3,4,,\n,,,\n", encoding="utf-8")
    source = open_source(path)
    assert source.rows() == [
        ["a", "b", ""],
        ["1", None, None],
        [None, None, None],
        ["2", "3", "4"],
    ]
    assert source.sheets[0].rows == 3


# -- bad input -----------------------------------------------------------------------------


def test_empty_files(tmp_path):
    (tmp_path / "zero.csv").write_bytes(b"")
    assert message(tmp_path / "zero.csv") == "zero.csv is empty: there is nothing in it to import."
    (tmp_path / "blank.csv").write_bytes(b"\r\n  \n\t\n")
    assert "blank.csv is empty" in message(tmp_path / "blank.csv")
    (tmp_path / "commas.csv").write_bytes(b",,\n,,\n")
    assert "commas.csv is empty" in message(tmp_path / "commas.csv")
    book = openpyxl.Workbook()
    book.save(tmp_path / "empty.xlsx")
    assert "empty.xlsx is empty" in message(tmp_path / "empty.xlsx")


def test_truncated_and_corrupt_xlsx(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["a"] * 20)
    good = tmp_path / "good.xlsx"
    book.save(good)
    data = good.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "cut.xlsx is damaged or incomplete" in message(tmp_path / "cut.xlsx")
    parts = _zip_parts(good)
    del parts["xl/worksheets/sheet1.xml"]
    _write_zip(tmp_path / "missing.xlsx", parts)
    assert "missing.xlsx is damaged or incomplete" in message(tmp_path / "missing.xlsx")
    parts = _zip_parts(good)
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row"
    _write_zip(tmp_path / "broken.xlsx", parts)
    assert "broken.xlsx is damaged or incomplete" in message(tmp_path / "broken.xlsx")


def test_password_protected_xlsx(tmp_path):
    path = write_cfb(
        tmp_path / "secret.xlsx",
        {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x01" * 100},
    )
    assert message(path) == (
        "secret.xlsx is protected with a password; open it in Excel, save it without a "
        "password, and import it again."
    )


def test_zip_bomb_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.xlsx"
    book = openpyxl.Workbook()
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(210):
                member.write(chunk)
    assert path.stat().st_size < 2 << 20
    started = time.perf_counter()
    assert "bomb.xlsx would unpack to 210 MB" in message(path)
    assert time.perf_counter() - started < 1


def test_binary_garbage(tmp_path):
    import random

    noise = random.Random(5).randbytes(5000)
    (tmp_path / "junk.csv").write_bytes(noise)
    assert "junk.csv is not a text file" in message(tmp_path / "junk.csv")
    (tmp_path / "nul.csv").write_bytes(b"a,b\n\x00\x00\x01\x02\xff,c\n" * 10)
    assert "nul.csv is not a text file" in message(tmp_path / "nul.csv")
    (tmp_path / "junk.dat").write_bytes(b"\x7fELF" + noise)
    assert message(tmp_path / "junk.dat").startswith(
        "junk.dat is not a file Kehu can import. Kehu reads Excel workbooks (.xlsx, .xlsm, .xls)"
    )


def test_zip_that_is_not_a_spreadsheet(tmp_path):
    with zipfile.ZipFile(tmp_path / "doc.xlsx", "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert "doc.xlsx is not a file Kehu can import" in message(tmp_path / "doc.xlsx")


def test_million_formatted_empty_rows_are_cheap(tmp_path):
    path = tmp_path / "tall.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["名称", "电话"])
    book.active.append(["张三", "138"])
    book.save(path)
    parts = _zip_parts(path)
    # an empty string written far down and far right, as formulas copied down leave them
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>",
        b'<row r="1000000"><c r="L1000000" t="inlineStr"><is><t></t></is></c></row>'
        b'<row r="1000001"><c r="A1000001" s="0"/></row></sheetData>',
    )
    _write_zip(path, parts)
    started = time.perf_counter()
    source = open_source(path)
    assert time.perf_counter() - started < 5
    assert source.sheets == [SheetInfo("Sheet", 2)]
    assert source.rows() == [["名称", "电话"], ["张三", "138"]]


def test_huge_cell_refused(tmp_path):
    big = "x" * (1100 * 1024)
    path = tmp_path / "big.csv"
    path.write_text(f"a,b\n1,2\n3,{big}\n", encoding="utf-8")
    assert message(path) == (
        "big.csv: row 3 holds a cell of more than 1 MB; this is not a list Kehu can import."
    )
    book = openpyxl.Workbook()
    book.active.append(["a"])
    book.active.append([big[:32000]])  # Excel's own limit; longer cells come from other programs
    xlsx = tmp_path / "big.xlsx"
    book.save(xlsx)
    parts = _zip_parts(xlsx)
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        big[:32000].encode(), big.encode()
    )
    _write_zip(xlsx, parts)
    assert message(xlsx).startswith("big.xlsx: row 2 holds a cell of more than 1 MB")


def test_missing_and_unreadable_files(tmp_path):
    assert message(tmp_path / "gone.csv") == "gone.csv does not exist."
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert message(folder).startswith("folder.csv cannot be read: ")


def test_file_deleted_while_reading(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    real = Path.read_bytes

    def vanish(self):
        self.unlink()
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    assert message(path) == "c.csv does not exist."


def test_repeated_values_of_a_long_sheet_are_one_object_and_keep_their_type(tmp_path):
    """A city or a date that repeats down a column is read once and shared (memory of a big
    sheet); a column of different names is left alone; 1, 1.0 and True stay what they are."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户名称", "城市", "首次合作", "数量"])
    day = dt.datetime(2024, 3, 1)
    for i in range(1500):
        ws.append([f"客户{i}", ("杭州", "宁波")[i % 2], day, (1, 1.5, True)[i % 3]])
    wb.save(tmp_path / "long.xlsx")
    rows = open_source(tmp_path / "long.xlsx").rows()
    body = rows[1:]
    assert [r[0] for r in body] == [f"客户{i}" for i in range(1500)]
    assert {r[1] for r in body} == {"杭州", "宁波"}
    assert len({id(r[1]) for r in body}) == 2  # before and after the first 1,000 rows
    assert all(r[2] == day.date() for r in body) and len({id(r[2]) for r in body}) == 1
    # calamine reads whole numbers as floats: each cell keeps the type it was read as
    assert [(r[3], type(r[3])) for r in body] == [
        ((1.0, float), (1.5, float), (True, bool))[i % 3] for i in range(1500)]
