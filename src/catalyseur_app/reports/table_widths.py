"""Column widths for PDF tables: from the content, so that no word and no date is ever cut.

A table cell wraps only at spaces and after hyphens (« Saint-Pardoux- / le-Neuf »), never inside a
word. Each column gets at least the width of its longest unbreakable piece (measured in the
cell's font, header included); the width left over is shared in proportion to the weights the
table asks for. Pieces are measured once each, so long tables stay fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from catalyseur_app.reports.fonts import drawable

CELL_PADDING = 12  # reportlab's default 6 points on each side
_BREAKS = re.compile(r"[ \t\n]+")
_PIECES = re.compile(r"[^-]*-|[^-]+")  # « Saint-Pardoux-le-Neuf » → « Saint- », « Pardoux- », « le- », « Neuf »


def pieces(text: str) -> set[str]:
    """The parts of ``text`` a line can never break inside."""
    found = set()
    for word in _BREAKS.split(drawable(text)):
        if word:
            found.update(_PIECES.findall(word))
    return found


@lru_cache(maxsize=20000)
def _width(piece: str, font: str, size: float) -> float:
    return stringWidth(piece, font, size)


def widest_piece(texts, font: str, size: float) -> float:
    unique: set[str] = set()
    for text in texts:
        unique.update(pieces(text))
    return max((_width(p, font, size) for p in unique), default=0.0)


def column_widths(minimums: Sequence[float], weights: Sequence[float], total: float) -> list[float]:
    """Widths summing to ``total``: each at least its minimum, the rest shared by weight.

    When even the minimums do not fit, they are scaled down together (the cell style then lets
    a word that still does not fit break, the lesser evil than running over the next column).
    """
    needed = sum(minimums)
    if needed >= total:
        return [total * m / needed for m in minimums]
    fixed: dict[int, float] = {}
    while True:
        free = total - sum(fixed.values())
        weight = sum(w for i, w in enumerate(weights) if i not in fixed) or 1.0
        grown = {i: free * w / weight for i, w in enumerate(weights) if i not in fixed}
        short = {i for i, width in grown.items() if width < minimums[i]}
        if not short:
            return [fixed.get(i, grown.get(i, 0.0)) for i in range(len(weights))]
        for i in short:
            fixed[i] = minimums[i]
