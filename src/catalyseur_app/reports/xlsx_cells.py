"""Writing workbook cells safely: typed values, and text that can never become a formula.

Every string a person typed is written with data type "s" (text), whatever it starts with —
``=``, ``+``, ``-``, ``@``, a tab or a carriage return included — so a spreadsheet program
never evaluates it (no formula injection). Characters XML cannot hold are dropped, and a text
longer than a cell can hold (32,767 characters) is cut with « … ».

Number formats are stored as Excel's locale-neutral codes (``#,##0.00``); a spreadsheet program
set to French shows them the French way: « 1 234,56 € », dates « 26/11/2026 ».
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from catalyseur_app.domain.typography import french_spacing

MAX_CELL_TEXT = 32767
DATE = "dd/mm/yyyy"
INTEGER = "#,##0"
DECIMAL = "#,##0.0"
DECIMAL2 = "#,##0.00"
EURO = '#,##0.00 [$€-40C]'
SCORE = "0.0"

FONT_NAME = "Calibri"  # openpyxl's default body font: named on headers too, so no program falls back to a serif
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14, color="1F3A5F")
PORTRAIT_WIDTH = 95  # characters of column width that fit across an A4 portrait page at a readable size


def safe_text(value: object) -> str:
    text = "" if value is None else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def text_cell(ws: Worksheet, value: object) -> Cell:
    """A cell that holds ``value`` as text, never as a formula."""
    cell = Cell(ws)
    cell.value = safe_text(value)
    cell.data_type = "s"
    return cell


def value_cell(ws: Worksheet, value: object, number_format: str | None = None) -> Cell:
    """A typed cell: numbers and dates stay numbers and dates; any string goes through text_cell."""
    if value is None:
        return Cell(ws)
    if isinstance(value, str):
        return text_cell(ws, value)
    cell = Cell(ws, value=value)
    if isinstance(value, bool):
        return cell
    if isinstance(value, _dt.datetime):
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif isinstance(value, _dt.date):
        cell.number_format = DATE
    elif number_format:
        cell.number_format = number_format
    elif isinstance(value, int):
        cell.number_format = INTEGER
    elif isinstance(value, float):
        cell.number_format = DECIMAL2
    return cell


@dataclass(frozen=True)
class Column:
    header: str
    number_format: str | None = None
    width: float | None = None  # characters; None = from the content
    wrap: bool = False


def write_table(ws: Worksheet, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> tuple[int, int]:
    """Header and rows below what the sheet holds: frozen header, auto-filter, widths.

    Returns (header row, last row).
    """
    header = []
    for column in columns:
        cell = text_cell(ws, french_spacing(column.header))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    ws.append(header)
    header_row = ws.max_row
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            cell = value_cell(ws, value, column.number_format)
            if column.wrap:
                cell.alignment = wrap
            cells.append(cell)
        ws.append(cells)
    last_row = max(ws.max_row, header_row)
    last_column = get_column_letter(len(columns))
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width or _width(column, rows, index - 1)
    return header_row, last_row


def _width(column: Column, rows: Sequence[Sequence[object]], index: int) -> float:
    longest = len(column.header)
    for row in rows[:300]:
        value = row[index] if index < len(row) else None
        if isinstance(value, (_dt.date, _dt.datetime)):
            length = 10
        elif isinstance(value, (int, float)):
            length = len(f"{value:,.2f}")
        else:
            length = max((len(line) for line in safe_text(value).splitlines()), default=0)
        longest = max(longest, length)
    return float(min(max(longest + 2, 9), 60))


def print_setup(ws: Worksheet, title: str, header_row: int = 1, *, one_page: bool = False) -> None:
    """A4, fit to the page width (as many pages down as needed), landscape when the columns are
    wide, the header row repeated on every page, the title in the header and « page X / Y » in
    the footer. ``one_page``: a sheet holding a chart, printed whole on one landscape page."""
    width = sum((ws.column_dimensions[get_column_letter(i)].width or 9)
                for i in range(1, (ws.max_column or 1) + 1))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if one_page or width > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if ws.max_row > header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddHeader.center.size = 9
    ws.oddFooter.right.text = "page &P / &N"
    ws.oddFooter.right.size = 8
