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
MAX_ROWSPAN = 10_000


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
        self.rowspan = 1
        self.skip = 0  # inside <script> or <style>
        # of each open table: column -> [rows still covered, value, row of the cell] of the
        # cells spanning rows below theirs (rowspan); and the cells so filled, as
        # {(row, column): row of the cell}, of each table in self.tables
        self.spans: list[dict[int, list]] = []
        self.filled: list[dict[tuple[int, int], int]] = []
        self.merges: list[dict[tuple[int, int], int]] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.stack.append([])
            self.spans.append({})
            self.filled.append({})
        elif not self.stack:
            return
        elif tag == "tr":
            self._end_cell()
            self._end_row()
            self.stack[-1].append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.cell = []
            found = dict(attrs)
            span = found.get("colspan") or "1"
            self.span = min(MAX_SPAN, int(span)) if span.strip().isdigit() else 1
            span = found.get("rowspan") or "1"
            self.rowspan = min(MAX_ROWSPAN, int(span)) if span.strip().isdigit() else 1
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "table" and self.stack:
            self._end_cell()
            self._end_table()

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
        self._covered(row)
        if self.rowspan > 1 and text:
            self.spans[-1][len(row)] = [self.rowspan - 1, text, len(self.stack[-1]) - 1]
        row.append(text or None)
        row.extend([None] * (max(1, self.span) - 1))
        self.cell, self.span, self.rowspan = None, 1, 1

    def _covered(self, row: list) -> None:
        """Fill the columns of row from its end that a cell of a row above covers (rowspan),
        with that cell's value, up to the first column the next cell of the row can take."""
        spans = self.spans[-1]
        while spans and len(row) in spans:
            column = len(row)
            left, value, top = spans[column]
            self.filled[-1][(len(self.stack[-1]) - 1, column)] = top
            row.append(value)
            if left <= 1:
                del spans[column]
            else:
                spans[column][0] = left - 1

    def _end_row(self) -> None:
        if self.stack and self.stack[-1] and self.spans[-1]:
            row = self.stack[-1][-1]
            while self.spans[-1] and max(self.spans[-1]) >= len(row):
                if len(row) in self.spans[-1]:
                    self._covered(row)
                else:
                    row.append(None)

    def _end_table(self) -> None:
        self._end_row()
        self.tables.append(self.stack.pop())
        self.spans.pop()
        self.merges.append(self.filled.pop())

    def close(self) -> None:
        super().close()
        self._end_cell()
        while self.stack:
            self._end_table()


def html_tables(text: str) -> list[list[list]]:
    """The tables of an HTML page that hold something, each a list of rows of text cells."""
    return [rows for rows, _ in html_tables_merged(text)]


def html_tables_merged(text: str) -> list[tuple[list[list], dict[tuple[int, int], int]]]:
    """The tables of an HTML page that hold something: [(rows, merges)]. A cell spanning rows
    (rowspan: a company over the rows of its people) stands in each of them, so the columns
    below it stay in their place; merges: {(row, column): the row of the spanning cell} of the
    cells so filled."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    return [(t, merges) for t, merges in zip(parser.tables, parser.merges, strict=True)
            if any(c is not None for row in t for c in row)]


def spreadsheet_ml(text: str) -> list[tuple[str, list[list]]]:
    """The worksheets of an XML Spreadsheet 2003 file: [(name, rows)]. Cells keep their
    place (ss:Index), numbers are floats and dates are text as written."""
    return [(name, rows) for name, rows, _ in spreadsheet_ml_merged(text)]


def spreadsheet_ml_merged(text: str) -> list[tuple[str, list[list], list]]:
    """spreadsheet_ml() with the cells merged down over several rows (ss:MergeDown) of each
    sheet: [(name, rows, [((top, left), (bottom, left))])]."""
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
        merges: list = []
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
                    down = cell.get(ns + "MergeDown")
                    if down and down.isdigit() and int(down):
                        top, left = len(rows), len(cells) - 1
                        merges.append(((top, left), (top + min(MAX_ROWSPAN, int(down)), left)))
                    span = cell.get(ns + "MergeAcross")
                    if span and span.isdigit():
                        cells.extend([None] * min(MAX_SPAN, int(span)))
                rows.append(cells)
        if any(c is not None for r in rows for c in r):
            sheets.append((name, rows, merges))
    return sheets
