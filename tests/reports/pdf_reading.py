"""Reading PDFs back with pypdf, an independent reader."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader


def reader(source: bytes | str | Path) -> PdfReader:
    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def page_texts(pdf: PdfReader) -> list[str]:
    # pypdf may break lines anywhere; compare on collapsed whitespace
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def all_text(pdf: PdfReader) -> str:
    return " ".join(page_texts(pdf))


def fonts(pdf: PdfReader) -> dict[str, bool]:
    """Every font used on any page → whether its program is embedded (/FontFile2 for TrueType)."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in pdf.pages:
        visit(page.get("/Resources"))
    return found


def language(pdf: PdfReader) -> str:
    return str(pdf.trailer["/Root"].get("/Lang", ""))


def assert_well_formed(pdf: PdfReader) -> None:
    """Fonts embedded, "page X / Y" on every page, metadata present, language French."""
    used = fonts(pdf)
    assert used and all(used.values()), used
    assert all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used
    total = len(pdf.pages)
    for number, text in enumerate(page_texts(pdf), start=1):
        assert f"page {number} / {total}" in text, (number, text[-200:])
    meta = pdf.metadata
    assert meta.title and meta.author and meta.subject
    assert language(pdf).startswith("fr")
