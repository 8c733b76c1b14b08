"""A small streaming writer of .xlsx workbooks, for sync files.

Why not openpyxl: every cell here has a type known in advance, so the sheet XML is written
directly — text always as an inline string (it can never become a formula: a formula is an
``<f>`` element, which this writer never writes), numbers as numbers, dates as serial numbers
with a date style. It is several times faster than openpyxl's write-only mode and gives the same
workbook a person opens in Excel or LibreOffice (frozen headers, widths, filters).

Why not XlsxWriter (measured 2026-12-05 with ``benchmarks/bench_xlsx_libraries.py`` on the
100k-record export, quiet machine): in constant_memory mode, writing the same workbook takes ×3.08
the time of this writer (8.31 s vs 2.70 s), over the ×1.2 allowed. Running tests/exchange,
tests/crash and tests/foundation against it (``CATALYSEUR_XLSX_CANDIDATE=xlsxwriter``, see
``benchmarks/xlsx_candidates.py``) also fails 12 tests: it cuts a text longer than 32,767
characters (``test_refused_with_its_place[long-text-*]``), writes 10^30 as ``1E+30`` so the import
quotes another number (``[minutes-*]``), leaves out ``fitToWidth="1"`` (the two print-setup tests),
and 6 tests of test_bad_input.py that edit the sheet XML expect this writer's shape.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from datetime import UTC, datetime

from ..schema import BOOL, DATE, DATETIME, FLOAT, INT, TEXT
from .addresses import column_letter
from .canonical import EXCEL_EPOCH, EXCEL_EPOCH_DATE, SheetHasher

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLE_DATE, STYLE_DATETIME, STYLE_HEADER, STYLE_KEYS = 1, 2, 3, 4
STYLE_WRAP, STYLE_LEFT, STYLE_DATETIME_LEFT = 5, 6, 7  # the manifest's value column
# Text cells carry the Text number format (@), so that a code such as INSEE "01053" or a kit version
# "2024.10" stays text when a person edits the cell in a spreadsheet; multi-line text also wraps,
# top-aligned, in a row made tall enough (it would otherwise print over the rows above).
STYLE_TEXT, STYLE_TEXT_LINES = 8, 9
WRAP_AT = 66  # characters: the manifest's value column width
LINE_HEIGHT = 15  # points, the default row height
MAX_ROW_HEIGHT = 409  # points, the largest row height spreadsheets allow
# Printed (or saved as PDF) by a person: landscape A4, fitted to the page width, rows 1-2 repeated
# on every page (Print_Titles), the sheet name and page number in the footer.
FIT_TO_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
PAGE_SETUP = ('<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
              '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
              '<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P / &amp;N</oddFooter></headerFooter>')
# Text cells that look like numbers are meant as text: no green "number stored as text" marks.
IGNORE_TEXT_NUMBERS = '<ignoredErrors><ignoredError sqref="A1:{last}" numberStoredAsText="1"/></ignoredErrors>'

# Characters XML 1.0 cannot carry, "\r" (parsers turn it into "\n"), and text that already
# looks like an OOXML escape: all written as _xHHHH_ (ST_Xstring), read back by xlsx/reader.py.
_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def _ooxml_escape(match: re.Match) -> str:
    return f"_x{ord(match.group()):04X}_"


def escape_text(text: str) -> str:
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_ooxml_escape, text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _text_cell(ref: str, text: str, style: int = 0) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape_text(text)}</t></is></c>'


def _header_rows(letters, keys, headers) -> str:
    """Row 1: the machine keys; row 2: the headers a person reads."""
    return ('<row r="1">' + "".join(_text_cell(f"{c}1", k, STYLE_KEYS) for c, k in zip(letters, keys, strict=True))
            + '</row><row r="2">'
            + "".join(_text_cell(f"{c}2", h, STYLE_HEADER) for c, h in zip(letters, headers, strict=True)) + "</row>")


def excel_serial_datetime(value: datetime) -> float:
    value = value.astimezone(UTC).replace(tzinfo=None)
    return (value - EXCEL_EPOCH).total_seconds() / 86400


class XlsxWriter:
    """Write sheets one after the other into ``path``; ``close()`` adds the workbook parts."""

    def __init__(self, path, sheet_names, compresslevel: int = 6):
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._names = list(sheet_names)  # tab order; sheets may be written in any order
        self._sheets: dict[str, tuple[int, int]] = {}  # name -> columns, last row

    def add_sheet(self, name, keys, headers, types, widths, rows, on_row=None) -> SheetHasher:
        """Row 1: machine keys; row 2: French headers; then ``rows`` (tuples of typed values)."""
        number = self._names.index(name) + 1
        letters = [column_letter(i) for i in range(len(keys))]
        last_col = letters[-1]
        total = len(rows)
        last_row = total + 2
        hasher = SheetHasher(keys, types)
        parts = [
            XML_HEAD,
            f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">',
            FIT_TO_PAGE,
            f'<dimension ref="A1:{last_col}{last_row}"/>',
            '<sheetViews><sheetView workbookViewId="0"'
            + (' tabSelected="1"' if number == 1 else "")
            + '><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>',
            '<sheetFormatPr defaultRowHeight="15"/><cols>',
            *(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1)),
            "</cols><sheetData>",
            _header_rows(letters, keys, headers),
        ]
        with self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as out:
            out.write("".join(parts).encode())
            writers = [_cell_writer(t, c) for t, c in zip(types, letters, strict=True)]
            texts = [i for i, kind in enumerate(types) if kind == TEXT]
            chunk: list[str] = []
            for index, values in enumerate(rows):
                r = index + 3
                rs = str(r)
                lines = 1
                for i in texts:
                    value = values[i]
                    if value and "\n" in value:
                        lines = max(lines, value.count("\n") + 1)
                chunk.append(f'<row r="{rs}">' if lines == 1 else
                             f'<row r="{rs}" ht="{min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)}" customHeight="1">')
                for write, value in zip(writers, values, strict=True):
                    if value is not None and value != "":
                        chunk.append(write(rs, value))
                chunk.append("</row>")
                hasher.add(values)
                if len(chunk) > 20000:
                    out.write("".join(chunk).encode())
                    chunk.clear()
                    if on_row:
                        on_row(index + 1, total)
            chunk.append(f'</sheetData><autoFilter ref="A2:{last_col}{last_row}"/>')
            chunk.append(PAGE_SETUP)
            chunk.append(IGNORE_TEXT_NUMBERS.format(last=f"{last_col}{last_row}"))
            chunk.append("</worksheet>")
            out.write("".join(chunk).encode())
        self._sheets[name] = (len(keys), last_row)
        return hasher

    def add_key_values(self, name, keys, headers, widths, entries) -> None:
        """A sheet of (key, label, type, value) rows: the value column is typed row by row."""
        number = self._names.index(name) + 1
        rows = []
        for r, (key, label, kind, value) in enumerate(entries, 3):
            tall = kind == "text" and value is not None and len(str(value)) > WRAP_AT
            style = STYLE_WRAP if tall else 0
            cells = [_text_cell(f"A{r}", key, style), _text_cell(f"B{r}", label, style)]
            if value is not None and value != "":
                cells.append(_manifest_value(f"C{r}", kind, value))
            # spreadsheets do not grow a row for wrapped text they did not lay out themselves
            height = f' ht="{15 * -(-len(str(value)) // 72)}" customHeight="1"' if tall else ""
            rows.append(f'<row r="{r}"{height}>' + "".join(cells) + "</row>")
        last_row = len(entries) + 2
        xml = (XML_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
               + FIT_TO_PAGE + f'<dimension ref="A1:C{last_row}"/>'
               '<sheetViews><sheetView workbookViewId="0"' + (' tabSelected="1"' if number == 1 else "")
               + '><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
               '<selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>'
               '<sheetFormatPr defaultRowHeight="15"/><cols>'
               + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
               + "</cols><sheetData>" + _header_rows("ABC", keys, headers)
               + "".join(rows) + "</sheetData>"
               + PAGE_SETUP + "</worksheet>")
        self._zip.writestr(f"xl/worksheets/sheet{number}.xml", xml)
        self._sheets[name] = (3, 0)

    def close(self) -> None:
        z = self._zip
        missing = [n for n in self._names if n not in self._sheets]
        if missing:
            raise ValueError(f"sheets not written: {missing}")
        sheets = [(n, *self._sheets[n]) for n in self._names]
        z.writestr("[Content_Types].xml", _content_types(len(sheets)))
        z.writestr("_rels/.rels", XML_HEAD + f'<Relationships xmlns="{NS_PKG_REL}">'
                   f'<Relationship Id="rId1" Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/>'
                   "</Relationships>")
        z.writestr("xl/workbook.xml", _workbook(sheets))
        rels = [f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, len(sheets) + 1)]
        rels.append(f'<Relationship Id="rId{len(sheets) + 1}" Type="{NS_REL}/styles" Target="styles.xml"/>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   XML_HEAD + f'<Relationships xmlns="{NS_PKG_REL}">' + "".join(rels) + "</Relationships>")
        z.writestr("xl/styles.xml", STYLES)
        z.close()

    def abort(self) -> None:
        """Close after a failure; a full disk may refuse even the end record (the file is discarded)."""
        with contextlib.suppress(OSError, ValueError):
            self._zip.close()


def _cell_writer(kind: str, letter: str):
    if kind == INT:
        return lambda r, v: f'<c r="{letter}{r}"><v>{int(v)}</v></c>'
    if kind == FLOAT:
        return lambda r, v: f'<c r="{letter}{r}"><v>{float(v)!r}</v></c>'
    if kind == BOOL:
        return lambda r, v: f'<c r="{letter}{r}" t="b"><v>{1 if v else 0}</v></c>'
    if kind == DATE:
        return lambda r, v: f'<c r="{letter}{r}" s="{STYLE_DATE}"><v>{(v - EXCEL_EPOCH_DATE).days}</v></c>'
    if kind == DATETIME:
        return lambda r, v: f'<c r="{letter}{r}" s="{STYLE_DATETIME}"><v>{excel_serial_datetime(v)!r}</v></c>'
    if kind == TEXT:
        return lambda r, v: (f'<c r="{letter}{r}" s="{STYLE_TEXT_LINES if chr(10) in v else STYLE_TEXT}" '
                             f't="inlineStr"><is><t xml:space="preserve">{escape_text(v)}</t></is></c>')
    return lambda r, v: (f'<c r="{letter}{r}" s="{STYLE_TEXT}" t="inlineStr"><is><t xml:space="preserve">'
                         f"{escape_text(v)}</t></is></c>")


def _manifest_value(ref: str, kind: str, value) -> str:
    """Left-aligned, so the column reads as one list; long text wraps."""
    if kind == DATETIME:
        return f'<c r="{ref}" s="{STYLE_DATETIME_LEFT}"><v>{excel_serial_datetime(value)!r}</v></c>'
    if kind == BOOL:
        return f'<c r="{ref}" s="{STYLE_LEFT}" t="b"><v>{1 if value else 0}</v></c>'
    if kind == INT:
        return f'<c r="{ref}" s="{STYLE_LEFT}"><v>{int(value)}</v></c>'
    return _text_cell(ref, str(value), STYLE_WRAP if len(str(value)) > WRAP_AT else 0)


def _content_types(count: int) -> str:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sheet}"/>'
                        for i in range(1, count + 1))
    return (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + overrides + "</Types>")


def _workbook(sheets) -> str:
    entries = "".join(f'<sheet name="{escape_text(name)}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, (name, _, _) in enumerate(sheets, 1))
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"'{escape_text(name)}'!$A$2:${column_letter(cols - 1)}${last}</definedName>"
        for i, (name, cols, last) in enumerate(sheets) if last)
    names += "".join(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
                     f"'{escape_text(name)}'!$1:$2</definedName>" for i, (name, _, _) in enumerate(sheets))
    return (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{entries}</sheets><definedNames>{names}</definedNames></workbook>")


STYLES = (
    XML_HEAD + f'<styleSheet xmlns="{NS_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><i/><sz val="8"/><color rgb="FF808080"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment horizontal="left"/></xf>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">'
    '<alignment horizontal="left"/></xf>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
