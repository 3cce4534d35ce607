"""Tables written as markup: an HTML page saved as .xls (what many web systems export) and
Excel's XML Spreadsheet 2003 (.xml). Each table (each worksheet) becomes a sheet of rows.

Only the text of the cells is read (no scripts, no styles, nothing fetched); a cell spanning
several columns is followed by empty cells, so the columns stay where they are on screen.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|table|head|body|meta)\b",
                        re.IGNORECASE | re.DOTALL)
XML_START = re.compile(r"^\s*<\?xml\b", re.IGNORECASE)
SPREADSHEET_ML = "urn:schemas-microsoft-com:office:spreadsheet"
MAX_SPAN = 100  # a colspan beyond this is not a customer list's


class NotATable(ValueError):
    """Markup that holds no table (a web page, an XML file of another kind)."""


def kind(text: str) -> str:
    """"html", "spreadsheetml", "xml" (other XML) or "" (not markup)."""
    head = text[:4000]
    if XML_START.match(head) or head.lstrip().startswith("<Workbook"):
        return "spreadsheetml" if SPREADSHEET_ML in head else "xml"
    if HTML_START.match(head):
        return "html"
    return ""


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list]] = []
        self.stack: list[list[list]] = []  # the tables open, innermost last
        self.cell: list[str] | None = None
        self.span = 1
        self.skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.stack.append([])
        elif not self.stack:
            return
        elif tag == "tr":
            self._end_cell()
            self.stack[-1].append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = min(MAX_SPAN, int(span)) if span.strip().isdigit() else 1
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "table" and self.stack:
            self._end_cell()
            self.tables.append(self.stack.pop())

    def handle_data(self, data):
        if self.cell is not None and not self.skip:
            self.cell.append(data)

    def _end_cell(self) -> None:
        if self.cell is None or not self.stack:
            self.cell = None
            return
        text = " ".join("".join(self.cell).replace("\xa0", " ").split(" ")).strip()
        text = "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()
        row = self.stack[-1][-1]
        row.append(text or None)
        row.extend([None] * (max(1, self.span) - 1))
        self.cell, self.span = None, 1

    def close(self) -> None:
        super().close()
        self._end_cell()
        while self.stack:
            self.tables.append(self.stack.pop())


def html_tables(text: str) -> list[list[list]]:
    """The tables of an HTML page that hold something, each a list of rows of text cells."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    return [t for t in parser.tables
            if any(c is not None for row in t for c in row)]


def spreadsheet_ml(text: str) -> list[tuple[str, list[list]]]:
    """The worksheets of an XML Spreadsheet 2003 file: [(name, rows)]. Cells keep their
    place (ss:Index), numbers are floats and dates are text as written."""
    import xml.etree.ElementTree as ET  # noqa: N817 - the usual name

    if "<!ENTITY" in text[:20000]:
        raise NotATable("entities")  # no file Excel writes declares entities
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise NotATable(str(exc)) from None
    ns = "{" + SPREADSHEET_ML + "}"
    sheets = []
    for number, ws in enumerate(root.iter(ns + "Worksheet"), 1):
        name = ws.get(ns + "Name") or f"Sheet{number}"
        rows: list[list] = []
        for table in ws.iter(ns + "Table"):
            for row in table.iter(ns + "Row"):
                index = row.get(ns + "Index")
                if index and index.isdigit():
                    while len(rows) < int(index) - 1:
                        rows.append([])
                cells: list = []
                for cell in row.iter(ns + "Cell"):
                    at = cell.get(ns + "Index")
                    if at and at.isdigit():
                        cells.extend([None] * (int(at) - 1 - len(cells)))
                    data = cell.find(ns + "Data")
                    value = None
                    if data is not None:
                        value = "".join(data.itertext()).strip() or None
                        if value is not None and data.get(ns + "Type") == "Number":
                            try:
                                value = float(value)
                            except ValueError:
                                pass
                    cells.append(value)
                    span = cell.get(ns + "MergeAcross")
                    if span and span.isdigit():
                        cells.extend([None] * min(MAX_SPAN, int(span)))
                rows.append(cells)
        if any(c is not None for r in rows for c in r):
            sheets.append((name, rows))
    return sheets
