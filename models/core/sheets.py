"""The one writer of spreadsheet cells: every .xlsx and .csv Kehu writes (the customer and deal
export, the report's numbers, the rejected rows of an import) puts its values through here, so
that no text a customer, a file or a user typed is ever run as a formula by a spreadsheet
program (CSV or formula injection: =HYPERLINK(...), =cmd|' /C calc'!A0)."""

from __future__ import annotations

import re

# Text starting with one of these is run as a formula by spreadsheet programs reading a CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
GUARD = "'"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_text(value):
    """A CSV cell no spreadsheet runs as a formula: text starting with a formula character
    gets a leading apostrophe, which Excel hides and Kehu's importer removes. Text that starts
    with an apostrophe gets one too, so that it reads back as it was ('=1+1 stays '=1+1)."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, GUARD)):
        return GUARD + value
    return value


def unguard_csv(text: str) -> str:
    """What csv_text wrote, as it was: the one apostrophe it added removed."""
    if text[:1] == GUARD and text[1:2] and text[1:2] in (*FORMULA_STARTS, GUARD):
        return text[1:]
    return text


def xlsx_cell(ws, value, *, font=None):
    """A value for ws.append() (a write-only or an ordinary worksheet): text is always a
    text cell (openpyxl would store text starting with "=" as a formula), with the control
    characters an .xlsx cannot hold dropped; numbers and dates stay as they are."""
    if isinstance(value, str):
        if _CONTROL.search(value):
            value = _CONTROL.sub("", value)
        if value.startswith("=") or font is not None:
            cell = _new_cell(ws, value)
            cell.data_type = "s"  # text, never parsed as a formula
            if font is not None:
                cell.font = font
            return cell
        return value
    if font is not None and value is not None:
        cell = _new_cell(ws, value)
        cell.font = font
        return cell
    return value


def _new_cell(ws, value):
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    if isinstance(ws, WriteOnlyWorksheet):
        return WriteOnlyCell(ws, value=value)
    cell = Cell(ws)
    cell.value = value
    return cell


def xlsx_row(ws, values, *, font=None) -> list:
    return [xlsx_cell(ws, v, font=font) for v in values]
