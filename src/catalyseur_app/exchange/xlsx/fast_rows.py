"""Fast extraction of the rows of a sheet part, streamed a few megabytes at a time.

Each piece is first run through expat with no handlers (a C-speed well-formedness check of all
that came before; the prolog guard of the reader has already refused any DTD, so no entity
other than the five predefined ones and character references can appear). Cells are then picked
out with regular expressions, which is several times faster than building elements. From a
piece holding a CDATA section, a comment or a processing instruction on, the element parser
reads the part instead (``NotUsable``).

Hand-written rather than python-calamine, although calamine reads faster: calamine fails 5 of the
hostile-file tests (measured 2026-12-04; the numbers and the tests are in xlsx_reader's docstring).
"""

from __future__ import annotations

import re
from xml.parsers import expat

from ...messages import t
from ..errors import SyncFileError
from .addresses import COLUMN_INDEXES, column_index, unescape

_ROW = re.compile(r"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(r"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTR = re.compile(r"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_V = re.compile(r"<(?:\w+:)?v\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)
_F = re.compile(r"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_T = re.compile(r"<(?:\w+:)?(t|rPh)\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?\1>)", re.S)
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
# The usual shape (Catalyseur, Excel, LibreOffice): <c r="B7" s="1" t="s">…</c>, attributes in that order.
_USUAL_CELL = re.compile(r'<c r="([A-Z]{1,3})\d+"(?: s="\d+")?(?: t="(\w+)")?'
                         r'(?:/>|>(?:(<v>)([^<]*)</v>|(<is><t(?: xml:space="preserve")?>)([^<]*)</t></is>)?</c>)')
_USUAL_ROW = re.compile(r'(?:<c r="[A-Z]{1,3}\d+"(?: s="\d+")?(?: t="\w+")?'
                        r'(?:/>|>(?:<v>[^<]*</v>|<is><t(?: xml:space="preserve")?>[^<]*</t></is>)?</c>))*')
_ROW_NUMBER = re.compile(r'\br="(\d+)"')
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


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


class NotUsable(Exception):
    """The part holds a comment, a CDATA section or a processing instruction past this point: the
    element parser must read it (``count`` rows were already given)."""

    def __init__(self, count: int):
        super().__init__(count)
        self.count = count


PIECE_BYTES = 4 << 20


def stream(handle, book, sheet: str, part: str):
    """Rows of a sheet part read ``PIECE_BYTES`` at a time: each piece is cut after its last
    ``</row>``, checked by expat with everything before it, then picked out by ``rows``."""
    parser = expat.ParserCreate()
    state = _State()
    buffer = b""
    offset = 0  # where ``buffer`` starts in the part
    while True:
        data = handle.read(PIECE_BYTES)
        _feed(parser, data, not data, part, book.file_name)
        buffer += data
        if b"<!" in buffer or buffer.find(b"<?", max(0, 100 - offset)) >= 0:
            raise NotUsable(state.count)
        cut = len(buffer) if not data else _after_last_row(buffer)
        if cut > 0:
            yield from rows(buffer[:cut].decode("utf-8"), book, sheet, state)
            buffer, offset = buffer[cut:], offset + cut
        if not data:
            return


def _feed(parser, data: bytes, final: bool, part: str, file_name: str) -> None:
    try:
        parser.Parse(data, final)
    except expat.ExpatError as error:
        raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                              name=file_name, part=part, error=error)) from None


_ROW_END = re.compile(rb"</(?:\w+:)?row>")


def _after_last_row(buffer: bytes) -> int:
    """The position just after the last ``</row>`` (or ``</x:row>``) of ``buffer``, or 0."""
    end = len(buffer)
    while True:
        found = buffer.rfind(b"row>", 0, end)
        if found < 0:
            return 0
        start = buffer.rfind(b"</", max(0, found - 40), found)
        if start >= 0 and _ROW_END.fullmatch(buffer, start, found + 4):
            return found + 4
        end = found


class _State:
    def __init__(self):
        self.started, self.last, self.count, self.shared = False, 0, 0, None


def rows(text: str, book, sheet: str, state: _State | None = None):
    state = state or _State()
    start = 0
    if not state.started:
        start = text.find("sheetData")
        if start < 0:
            return
        state.started = True
    shared = state.shared
    last = state.last
    for row in _ROW.finditer(text, start):
        found = _ROW_NUMBER.search(row.group(1))
        last = state.last = int(found.group(1)) if found else last + 1
        state.count += 1
        body = row.group(2)
        if body:
            usual = _usual_cells(body, shared)
            if usual is not None:
                if usual is _NEEDS_SHARED:
                    shared = state.shared = book.shared_strings
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
                formula: str | bool = False
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
                        shared = state.shared = book.shared_strings
                    try:
                        value = shared[int(value)]
                    except (ValueError, IndexError):
                        raise SyncFileError(t("Le fichier « {name} » est endommagé : feuille « {sheet} », "
                                              "cellule {ref}, texte partagé introuvable.", name=book.file_name,
                                              sheet=sheet, ref=ref)) from None
                    kind = "inlineStr"
                cells[position] = (kind, value, formula)
        yield last, cells


_NEEDS_SHARED = object()


def _usual_cells(body: str, shared):
    """Cells of a row in the usual shape, or None when the row holds anything else.

    The whole row must be a run of usual cells (``_USUAL_ROW``, checked first); the cells are
    then picked out in one ``findall`` (tuples built in C). Each cell is empty (``/>`` or
    ``></c>``), a ``<v>`` with no markup in it, or an inline string with no markup in it.
    """
    if _USUAL_ROW.fullmatch(body) is None:
        return None
    cells = {}
    columns = COLUMN_INDEXES
    for letters, kind, v_open, v_text, t_open, t_text in _USUAL_CELL.findall(body):
        if v_open:
            value = _text(v_text) if "&" in v_text else v_text
        elif t_open:
            value = unescape(_text(t_text) if "&" in t_text else t_text)
        else:
            value = None
        if kind == "s":
            if value is None:
                pass
            elif shared is None:
                return _NEEDS_SHARED
            else:
                try:
                    value = shared[int(value)]
                except (ValueError, IndexError):
                    return None
                kind = "inlineStr"
        cells[columns[letters] if letters in columns else column_index(letters)] = (kind or None, value, False)
    return cells
