"""The fonts embedded in every PDF, and making any text safe to draw with them.

DejaVu Sans (shipped in ``resources/fonts`` with its licence) covers all of French — œ, « », ’,
accented capitals — and most of Unicode. Characters it cannot draw (some emoji, emoji
sequences, control characters) are dropped rather than shown as empty boxes: a report for a
mayor is better without a stray square, and nothing a person typed can make the rendering fail.

Paragraph text gets French spacing (``domain.typography``). reportlab breaks lines at a narrow
no-break space (U+202F is in its list of word separators), so paragraphs use the ordinary
no-break space (U+00A0), which it never breaks at, in its place.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from catalyseur_app.domain.typography import NBSP, NNBSP, french_spacing, french_spacing_markup
from catalyseur_app.resources import resource_path

REGULAR = "CatalyseurSans"
BOLD = "CatalyseurSans-Bold"
ITALIC = "CatalyseurSans-Italic"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the embedded fonts once per process (about 0.15 s the first time)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # <b> and <i> inside paragraphs pick the right face; bold italic falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@cache
def _drawable_code_points() -> frozenset[int]:
    register_fonts()
    common = None
    for name in _FILES:
        points = set(pdfmetrics.getFont(name).face.charToGlyph)
        common = points if common is None else common & points
    return frozenset(common or ())


def drawable(text: object) -> str:
    """``text`` with every character the fonts cannot draw removed (newlines and tabs kept)."""
    text = "" if text is None else str(text)
    if text.isascii() and text.isprintable():
        return text
    points = _drawable_code_points()
    kept = []
    for char in unicodedata.normalize("NFC", text):
        if char in "\n\t":
            kept.append(char)
        elif char == "\r":
            continue
        elif ord(char) in points and unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co"):
            kept.append(char)
        elif unicodedata.category(char) == "Zs":
            kept.append(" ")
    return "".join(kept)


def paragraph_text(text: object) -> str:
    """Any text, ready for a reportlab ``Paragraph``: French spacing, drawable, XML-escaped, line breaks kept."""
    cleaned = _xml_escape(unbreakable(french_spacing(drawable(text)))).replace("\t", " ")
    return cleaned.replace("\n", "<br/>")


def paragraph_markup(xml: str) -> str:
    """Markup written by this program, with French spacing in its text (tags and entities untouched)."""
    return unbreakable(french_spacing_markup(xml))


def unbreakable(text: str) -> str:
    """Narrow no-break spaces as no-break spaces, which reportlab never breaks a line at."""
    return text.replace(NNBSP, NBSP)
