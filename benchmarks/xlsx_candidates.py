"""Library candidates for the sync workbook's reader and writer (issue 14 §3), measured against the
hand-written code by ``bench_xlsx_libraries.py`` and run through the same tests by the switch below.

- ``CalamineWorkbook``: python-calamine reads the cells, behind the same guards as the hand-written
  reader (``safety.open_checked`` for the zip, the prolog check refusing any DTD in every part it
  reads) and a pre-scan of each sheet's XML for ``<f>`` elements, since calamine gives only the
  cached value of a formula cell and the import must refuse formulas. Values are given back in the
  hand-written reader's shape, ``(type, text, formula)``, so ``cells.convert`` checks them the same way.
- ``XlsxWriterWorkbook``: XlsxWriter in ``constant_memory`` mode writing the same workbook as
  ``exchange.xlsx.writer.XlsxWriter`` (same interface: ``add_sheet``, ``add_key_values``, ``close``).

Run a test suite against a candidate with the switch (the crash tests' child processes included):

    CATALYSEUR_XLSX_CANDIDATE=calamine PYTHONPATH=src:benchmarks/candidate_site python -m pytest tests/exchange
    CATALYSEUR_XLSX_CANDIDATE=xlsxwriter PYTHONPATH=src:benchmarks/candidate_site python -m pytest tests/exchange
"""

from __future__ import annotations

import contextlib
import math
import re
from datetime import date, datetime, time, timedelta

import python_calamine
import xlsxwriter

from catalyseur_app.exchange.errors import SyncFileError, where
from catalyseur_app.exchange.schema import BOOL, DATE, DATETIME, FLOAT, INT, TEXT
from catalyseur_app.exchange.xlsx import addresses
from catalyseur_app.exchange.xlsx import reader as xlsx_reader
from catalyseur_app.exchange.xlsx import writer as xlsx_writer
from catalyseur_app.exchange.xlsx.canonical import EXCEL_EPOCH, EXCEL_EPOCH_DATE, SheetHasher
from catalyseur_app.messages import t

HandWrittenWorkbook = xlsx_reader.Workbook
HandWrittenWriter = xlsx_writer.XlsxWriter

# ---------------------------------------------------------------------------------------- reading

_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_CELL_START = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_REF = re.compile(rb"""\br\s*=\s*["']([A-Z]{1,3})(\d+)["']""")
_SCAN_PIECE = 4 << 20


def formula_cells(archive, part: str, file_name: str, sheet: str) -> dict[tuple[int, int], str | bool]:
    """(row, column) -> formula text (True when empty) of every ``<f>`` element of a sheet part."""
    found: dict[tuple[int, int], str | bool] = {}
    tail = b""
    with archive.open(part) as handle:
        while True:
            data = handle.read(_SCAN_PIECE)
            buffer = tail + data
            if b"f" not in buffer and data:
                tail = b""
                continue
            # keep an unfinished element for the next piece (a formula is never megabytes long)
            keep = len(buffer) if not data else max(buffer.rfind(b"<c"), len(buffer) - 64 * 1024, 0)
            for match in _FORMULA.finditer(buffer, 0, keep if data else len(buffer)):
                start = buffer.rfind(b"<", 0, match.start())
                cell = None
                while start >= 0:
                    cell = _CELL_START.match(buffer, start)
                    if cell:
                        break
                    start = buffer.rfind(b"<", 0, start)
                ref = _REF.search(cell.group(1)) if cell else None
                if ref is None:
                    raise SyncFileError(t("{place} : la cellule contient une formule ; un fichier d'échange n'en "
                                          "contient jamais.", place=where(file_name, sheet)))
                text = match.group(1)
                formula = addresses.unescape(text.decode("utf-8")) if text else True
                found[(int(ref.group(2)), addresses.column_index(ref.group(1).decode()))] = formula
            if not data:
                return found
            tail = buffer[keep:]


def _serial(value) -> str:
    if isinstance(value, datetime):
        return repr((value - EXCEL_EPOCH).total_seconds() / 86400)
    if isinstance(value, date):
        return str((value - EXCEL_EPOCH_DATE).days)
    if isinstance(value, time):
        return repr((value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400)
    if isinstance(value, timedelta):
        return repr(value.total_seconds() / 86400)
    raise TypeError(value)


def _cell(value, formula):
    """A calamine value in the hand-written reader's shape (type, text, formula)."""
    if isinstance(value, str):
        return ("inlineStr", value, formula)
    if isinstance(value, bool):
        return ("b", "1" if value else "0", formula)
    if isinstance(value, int):
        return (None, str(value), formula)
    if isinstance(value, float):
        text = str(int(value)) if math.isfinite(value) and value.is_integer() and abs(value) < 2**53 else repr(value)
        return (None, text, formula)
    return (None, _serial(value), formula)


class CalamineWorkbook:
    """The hand-written reader's interface (``sheets``, ``rows``) over python-calamine."""

    def __init__(self, archive, file_name: str):
        self._guarded = HandWrittenWorkbook(archive, file_name)  # workbook parts, with defusedxml
        self.archive = archive
        self.file_name = file_name
        self.sheets = self._guarded.sheets
        for part in ("xl/sharedStrings.xml", "xl/styles.xml"):
            if part in archive.NameToInfo:
                with archive.open(part) as handle:
                    xlsx_reader._check_prolog(handle.read(65536), part, file_name)
        try:
            self._book = python_calamine.CalamineWorkbook.from_path(archive.filename)
        except Exception as error:  # noqa: BLE001 - calamine raises its own error types
            raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                                  name=file_name, part="xl/workbook.xml", error=error)) from None

    @property
    def shared_strings(self):
        return self._guarded.shared_strings

    def rows(self, sheet: str):
        part = self.sheets[sheet]
        if part not in self.archive.NameToInfo:
            raise SyncFileError(t("Le fichier « {name} » est endommagé : la feuille « {sheet} » est annoncée mais "
                                  "absente.", name=self.file_name, sheet=sheet))
        with self.archive.open(part) as handle:
            xlsx_reader._check_prolog(handle.read(65536), part, self.file_name)
        formulas = formula_cells(self.archive, part, self.file_name, sheet)
        try:
            values = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as error:  # noqa: BLE001 - calamine raises its own error types
            raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                                  name=self.file_name, part=part, error=error)) from None
        for index, row in enumerate(values):
            number = index + 1
            cells = {column: _cell(value, formulas.get((number, column), False))
                     for column, value in enumerate(row) if value != "" or (number, column) in formulas}
            if cells:
                yield number, cells


# ---------------------------------------------------------------------------------------- writing

_PRINT_FOOTER = "&L&A&RPage &P / &N"


class XlsxWriterWorkbook:
    """The hand-written writer's interface over XlsxWriter (constant_memory: rows are flushed as written,
    strings written inline)."""

    def __init__(self, path, sheet_names, compresslevel: int = 6):
        self._book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                                     "strings_to_formulas": False, "strings_to_urls": False})
        self._book.use_zip64()
        self._names = list(sheet_names)
        self._sheets = {name: self._book.add_worksheet(name) for name in self._names}
        self._written: set[str] = set()
        add = self._book.add_format
        self.date = add({"num_format": "yyyy\\-mm\\-dd"})
        self.datetime = add({"num_format": "yyyy\\-mm\\-dd\\ hh:mm:ss"})
        self.header = add({"bold": True, "bg_color": "#DDEBF7"})
        self.keys = add({"italic": True, "font_size": 8, "font_color": "#808080"})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.left = add({"align": "left"})
        self.datetime_left = add({"num_format": "yyyy\\-mm\\-dd\\ hh:mm:ss", "align": "left"})
        self.text = add({"num_format": "@"})
        self.text_lines = add({"num_format": "@", "text_wrap": True, "valign": "top"})

    def _prepare(self, name, keys, headers, widths, last_row):
        sheet = self._sheets[name]
        sheet.freeze_panes(2, 0)
        for i, width in enumerate(widths):
            sheet.set_column(i, i, width)
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(0.4, 0.4, 0.6, 0.6)
        sheet.set_footer(_PRINT_FOOTER, {"margin": 0.3})
        sheet.repeat_rows(0, 1)
        for i, key in enumerate(keys):  # row by row: constant_memory flushes a row once the next begins
            sheet.write_string(0, i, key, self.keys)
        for i, header in enumerate(headers):
            sheet.write_string(1, i, header, self.header)
        return sheet

    def add_sheet(self, name, keys, headers, types, widths, rows, on_row=None) -> SheetHasher:
        total = len(rows)
        last_row = total + 2
        sheet = self._prepare(name, keys, headers, widths, last_row)
        sheet.autofilter(1, 0, last_row - 1, len(keys) - 1)
        sheet.ignore_errors({"number_stored_as_text": f"A1:{xlsx_writer.column_letter(len(keys) - 1)}{last_row}"})
        hasher = SheetHasher(keys, types)
        writers = [self._cell_writer(kind, sheet) for kind in types]
        texts = [i for i, kind in enumerate(types) if kind == TEXT]
        set_row = sheet.set_row
        for index, values in enumerate(rows):
            r = index + 2
            lines = 1
            for i in texts:
                value = values[i]
                if value and "\n" in value:
                    lines = max(lines, value.count("\n") + 1)
            if lines > 1:
                set_row(r, min(xlsx_writer.MAX_ROW_HEIGHT, xlsx_writer.LINE_HEIGHT * lines))
            for column, (write, value) in enumerate(zip(writers, values, strict=True)):
                if value is not None and value != "":
                    write(r, column, value)
            hasher.add(values)
            if on_row and (index + 1) % 2000 == 0:
                on_row(index + 1, total)
        self._written.add(name)
        return hasher

    def _cell_writer(self, kind, sheet):
        number, boolean, string = sheet.write_number, sheet.write_boolean, sheet.write_string
        if kind == INT:
            return lambda r, c, v: number(r, c, int(v))
        if kind == FLOAT:
            return lambda r, c, v: number(r, c, float(v))
        if kind == BOOL:
            return lambda r, c, v: boolean(r, c, bool(v))
        if kind == DATE:
            date_format = self.date
            return lambda r, c, v: number(r, c, (v - EXCEL_EPOCH_DATE).days, date_format)
        if kind == DATETIME:
            datetime_format = self.datetime
            return lambda r, c, v: number(r, c, xlsx_writer.excel_serial_datetime(v), datetime_format)
        text, lines = self.text, self.text_lines
        return lambda r, c, v: string(r, c, v, lines if "\n" in v else text)

    def add_key_values(self, name, keys, headers, widths, entries) -> None:
        sheet = self._prepare(name, keys, headers, widths, len(entries) + 2)
        for r, (key, label, kind, value) in enumerate(entries, 2):
            tall = kind == "text" and value is not None and len(str(value)) > xlsx_writer.WRAP_AT
            style = self.wrap if tall else None
            if tall:
                sheet.set_row(r, 15 * -(-len(str(value)) // 72))
            sheet.write_string(r, 0, key, style)
            sheet.write_string(r, 1, label, style)
            if value is None or value == "":
                continue
            if kind == DATETIME:
                sheet.write_number(r, 2, xlsx_writer.excel_serial_datetime(value), self.datetime_left)
            elif kind == BOOL:
                sheet.write_boolean(r, 2, bool(value), self.left)
            elif kind == INT:
                sheet.write_number(r, 2, int(value), self.left)
            else:
                sheet.write_string(r, 2, str(value), self.wrap if len(str(value)) > xlsx_writer.WRAP_AT else None)
        self._written.add(name)

    def close(self) -> None:
        missing = [n for n in self._names if n not in self._written]
        if missing:
            raise ValueError(f"sheets not written: {missing}")
        self._book.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._book.close()


# ---------------------------------------------------------------------------------------- switch

CANDIDATES = {"calamine": (xlsx_reader, "Workbook", CalamineWorkbook),
              "xlsxwriter": (xlsx_writer, "XlsxWriter", XlsxWriterWorkbook)}


def install(name: str) -> None:
    """Make the application use the candidate ``name`` (before ``exchange.export`` is imported)."""
    module, attribute, candidate = CANDIDATES[name]
    setattr(module, attribute, candidate)
