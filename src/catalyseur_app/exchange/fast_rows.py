"""Fast extraction of the rows of a sheet part already proven well-formed.

The part is first run through expat with no handlers (a C-speed well-formedness check; the
prolog guard of xlsx_reader has already refused any DTD, so no entity other than the five
predefined ones and character references can appear). Cells are then picked out with regular
expressions, which is several times faster than building elements. Parts holding CDATA
sections or comments go through the element parser instead (``usable`` says which).
"""

from __future__ import annotations

import re
from xml.parsers import expat

from ..messages import t
from .errors import SyncFileError

_ROW = re.compile(r"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(r"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTR = re.compile(r"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_V = re.compile(r"<(?:\w+:)?v\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)
_F = re.compile(r"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_T = re.compile(r"<(?:\w+:)?(t|rPh)\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?\1>)", re.S)
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
# The usual shape (Catalyseur, Excel, LibreOffice): <c r="B7" s="1" t="s">…</c>, attributes in that order.
_CELL_USUAL = re.compile(r'<c r="([A-Z]{1,3})\d+"(?: s="\d+")?(?: t="(\w+)")?(?:/>|>(.*?)</c>)', re.S)
_ROW_NUMBER = re.compile(r'\br="(\d+)"')
_INLINE_HEADS = ('<is><t xml:space="preserve">', "<is><t>")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def usable(data: bytes) -> bool:
    return b"<!" not in data and b"<?" not in data[100:]


def check_well_formed(data: bytes, part: str, file_name: str) -> None:
    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                              name=file_name, part=part, error=error)) from None


def _entity(match: re.Match) -> str:
    name = match.group(1)
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return _PREDEFINED[name]


def _text(raw: str | None) -> str:
    if not raw:
        return ""
    return _ENTITY.sub(_entity, raw) if "&" in raw else raw


def _attrs(raw: str) -> dict[str, str]:
    return {name.split(":")[-1]: _text(double if double is not None else single)
            for name, double, single in _ATTR.findall(raw)} if raw else {}


def rows(text: str, book, sheet: str):
    from .xlsx_reader import column_index, unescape

    start = text.find("sheetData")
    if start < 0:
        return
    shared = None
    last = 0
    for row in _ROW.finditer(text, start):
        found = _ROW_NUMBER.search(row.group(1))
        last = int(found.group(1)) if found else last + 1
        body = row.group(2)
        if body:
            usual = _usual_cells(body, shared)
            if usual is not None:
                if usual is _NEEDS_SHARED:
                    shared = book.shared_strings
                    usual = _usual_cells(body, shared)
                if usual is not None and usual is not _NEEDS_SHARED:
                    yield last, usual
                    continue
        cells = {}
        position = -1
        if body:
            for cell in _CELL.finditer(body):
                head = cell.group(1)
                attrs = _attrs(head)
                ref = attrs.get("r")
                position = column_index(ref) if ref else position + 1
                kind = attrs.get("t")
                inner = cell.group(2)
                value = None
                formula = False
                if inner:
                    found = _F.search(inner)
                    formula = (_text(found.group(1)) or True) if found else False
                    if kind == "inlineStr":
                        value = unescape("".join(_text(m.group(2)) for m in _T.finditer(inner) if m.group(1) == "t"))
                    else:
                        found = _V.search(inner)
                        value = _text(found.group(1)) if found else None
                if kind == "s" and value is not None:
                    if shared is None:
                        shared = book.shared_strings
                    try:
                        value = shared[int(value)]
                    except (ValueError, IndexError):
                        raise SyncFileError(t("Le fichier « {name} » est endommagé : feuille « {sheet} », cellule {ref}, "
                                              "texte partagé introuvable.", name=book.file_name, sheet=sheet,
                                              ref=ref)) from None
                    kind = "inlineStr"
                cells[position] = (kind, value, formula)
        yield last, cells


_NEEDS_SHARED = object()


def _usual_cells(body: str, shared):
    """Cells of a row in the usual shape, or None when the row holds anything else."""
    from .xlsx_reader import _COLUMN_CACHE, column_index, unescape

    cells = {}
    covered = 0
    columns = _COLUMN_CACHE
    for cell in _CELL_USUAL.finditer(body):
        covered += cell.end() - cell.start()
        kind, inner = cell.group(2), cell.group(3)
        value = None
        if inner:
            if inner.startswith("<v>") and inner.endswith("</v>") and "<" not in inner[3:-4]:
                value = inner[3:-4]
                if "&" in value:
                    value = _text(value)
            elif inner.startswith(_INLINE_HEADS) and inner.endswith("</t></is>"):
                value = inner[inner.index(">", 4) + 1:-9]
                if "<" in value:
                    return None
                value = unescape(_text(value) if "&" in value else value)
            else:
                return None  # formulas, rich text…: the general path says what it is
        if kind == "s" and value is not None:
            if shared is None:
                return _NEEDS_SHARED
            try:
                value = shared[int(value)]
            except (ValueError, IndexError):
                return None
            kind = "inlineStr"
        letters = cell.group(1)
        position = columns.get(letters)
        cells[column_index(letters) if position is None else position] = (kind, value, False)
    if covered != len(body):
        return None
    return cells
