"""Streaming read of the cells of an .xlsx, after ``safety.open_checked``.

Small structural parts (content types, workbook, relationships) are parsed with defusedxml.
Sheets and shared strings, which can be large, are parsed with the C-accelerated ElementTree
pull parser, guarded the same way defusedxml guards: the prolog (everything before the root
element, the only place a DTD can be) is checked first and any ``<!DOCTYPE``/``<!ENTITY`` is
refused, as is any encoding other than UTF-8. Without a DTD no entity can be declared, so no
entity expansion (billion laughs) and no external entity can happen. The declared
``<dimension>`` is never trusted: every ``<row>`` actually present is read.

Why not python-calamine (measured 2026-12-05 with ``benchmarks/bench_xlsx_libraries.py`` on the
100k-record export, quiet machine): behind the same zip and prolog guards, with a pre-scan of each
sheet for ``<f>`` (calamine gives only a formula's cached value), it reads in ×0.55 the time of this
reader (1.88 s vs 3.40 s; raw calamine ×0.34). But running tests/exchange, tests/crash and
tests/foundation against it (``CATALYSEUR_XLSX_CANDIDATE=calamine``, see
``benchmarks/xlsx_candidates.py``) fails 5 hostile-file tests: calamine turns every number into a
64-bit float, so a refusal quotes 10^30 as 1000000000000000019884624838656
(``test_refused_with_its_place[minutes-*]``), and it leaves an escape of a lone surrogate such as
``_xDFFF_`` as literal text, so a file the import must refuse is read as valid, in the manifest too
(``test_an_escape_that_makes_no_character*``). Both need the cell's text as written in the XML,
which calamine does not give.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from ...messages import t
from ..errors import SyncFileError
from . import fast_rows
from .addresses import column_index, unescape

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
ROW, C, V, F, IS, T, RPH, SI = (NS + n for n in ("row", "c", "v", "f", "is", "t", "rPh", "si"))
MAX_SMALL_PART = 16 * 1024 * 1024
_ROOT_START = re.compile(rb"<(?![?!])")
_DECLARATION = re.compile(rb"<!(?!--)")
_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class Workbook:
    def __init__(self, archive, file_name: str):
        self.archive = archive
        self.file_name = file_name
        self.sheets = self._sheet_parts()  # name -> part path, in tab order
        self._shared: list[str] | None = None

    def _small(self, part: str):
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            raise SyncFileError(t("Le fichier « {name} » n'est pas un classeur Excel complet (« {part} » manque).",
                                  name=self.file_name, part=part)) from None
        if info.file_size > MAX_SMALL_PART:
            raise SyncFileError(t("Le fichier « {name} » a une partie « {part} » trop grande.",
                                  name=self.file_name, part=part))
        try:
            return safe_fromstring(self.archive.read(info), forbid_dtd=True)
        except DefusedXmlException:
            raise _forbidden(self.file_name, part) from None
        except ET.ParseError as error:
            raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                                  name=self.file_name, part=part, error=error)) from None

    def _sheet_parts(self) -> dict[str, str]:
        workbook = self._small("xl/workbook.xml")
        rels = self._small("xl/_rels/workbook.xml.rels")
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(NS_PKG + "Relationship")}
        parts = {}
        for sheet in workbook.iter(NS + "sheet"):
            target = targets.get(sheet.get(NS_R + "id"), "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            parts[sheet.get("name")] = path
        return parts

    @property
    def shared_strings(self) -> list[str]:
        if self._shared is None:
            self._shared = []
            if "xl/sharedStrings.xml" in self.archive.NameToInfo:
                for element in _iter_end(self.archive, "xl/sharedStrings.xml", self.file_name):
                    if element.tag == SI:
                        self._shared.append(unescape("".join(_texts(element))))
                        element.clear()
        return self._shared

    def rows(self, sheet: str):
        """Yield (row number, {column index: (type, text, formula)}) for every row present; the formula is
        False, its text, or True when it has none (a shared formula)."""
        part = self.sheets[sheet]
        if part not in self.archive.NameToInfo:
            raise SyncFileError(t("Le fichier « {name} » est endommagé : la feuille « {sheet} » est annoncée mais "
                                  "absente.", name=self.file_name, sheet=sheet))
        with self.archive.open(part) as handle:
            _check_prolog(handle.read(65536), part, self.file_name)
        given = 0
        try:
            with self.archive.open(part) as handle:
                for row in fast_rows.stream(handle, self, sheet, part):
                    given += 1
                    yield row
            return
        except fast_rows.NotUsable:
            pass  # a comment, CDATA or instruction: the element parser reads the rest
        yield from self._tree_rows(sheet, part, skip=given)

    def _tree_rows(self, sheet: str, part: str, skip: int = 0):
        shared = None
        last = 0
        for element in _iter_end(self.archive, part, self.file_name):
            if element.tag != ROW:
                continue
            number = element.get("r")
            last = int(number) if number else last + 1
            if skip:
                skip -= 1
                element.clear()
                continue
            cells = {}
            position = -1
            for cell in element:
                ref = cell.get("r")
                position = column_index(ref) if ref else position + 1
                kind = cell.get("t")
                value = None
                formula: str | bool = False
                for child in cell:
                    tag = child.tag
                    if tag == V:
                        value = child.text
                    elif tag == IS:
                        value = "".join(_texts(child))
                    elif tag == F:
                        formula = child.text or True
                if kind == "s" and value is not None:
                    if shared is None:
                        shared = self.shared_strings
                    try:
                        value = shared[int(value)]
                    except (ValueError, IndexError):
                        raise SyncFileError(t("Le fichier « {name} » est endommagé : feuille « {sheet} », "
                                              "cellule {ref}, texte partagé introuvable.", name=self.file_name,
                                              sheet=sheet, ref=ref)) from None
                    kind = "inlineStr"
                elif kind == "inlineStr" and value:
                    value = unescape(value)
                cells[position] = (kind, value, formula)
            element.clear()
            yield last, cells


def _texts(element):
    """The <t> texts of a string item, leaving out phonetic runs."""
    for child in element:
        if child.tag == T:
            yield child.text or ""
        elif child.tag != RPH:
            for grandchild in child:
                if grandchild.tag == T:
                    yield grandchild.text or ""


def _forbidden(file_name: str, part: str) -> SyncFileError:
    return SyncFileError(t("Le fichier « {name} » contient des déclarations XML interdites (DTD ou entités, "
                           "dans « {part} ») : il est refusé par sécurité (bombe XML ou entité externe).",
                           name=file_name, part=part))


def _iter_end(archive, part: str, file_name: str):
    with archive.open(part) as handle:
        head = handle.read(65536)
        _check_prolog(head, part, file_name)
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("end",))
        try:
            parser.feed(head)
            yield from _ended(parser)
            while chunk := handle.read(1 << 20):
                parser.feed(chunk)
                yield from _ended(parser)
            parser.close()
            yield from _ended(parser)
        except ET.ParseError as error:
            raise SyncFileError(t("Le fichier « {name} » est endommagé (« {part} » illisible : {error}).",
                              name=file_name, part=part, error=error)) from None


def _ended(parser: ET.XMLPullParser[ET.Element]) -> Iterator[ET.Element]:
    """The elements closed since the last call (only "end" events are asked for: (event, element))."""
    for event in parser.read_events():
        element = event[-1]
        if isinstance(element, ET.Element):
            yield element


def _check_prolog(head: bytes, part: str, file_name: str) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        raise SyncFileError(t("Le fichier « {name} » utilise un encodage non pris en charge (« {part} »).",
                              name=file_name, part=part))
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    start = _ROOT_START.search(head)
    if start is None and len(head) >= 65536 - 3:
        raise _forbidden(file_name, part)
    prolog = head[: start.start()] if start else head
    if _DECLARATION.search(prolog):
        raise _forbidden(file_name, part)
    encoding = _ENCODING.search(prolog)
    if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
        raise SyncFileError(t("Le fichier « {name} » utilise un encodage non pris en charge (« {part} »).",
                              name=file_name, part=part))
