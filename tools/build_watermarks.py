"""Write resources/fonts/watermarks.json: the outlines of the words drawn across draft pages.

The words « PROVISOIRE » and « REMPLACÉ » are drawn as shapes, not as text, so a text
extractor (pdftotext, a screen reader, copy and paste) never mixes their letters into the
report's sentences. The outlines come from DejaVu Sans Bold, the font of the reports, read with
fontTools (a development tool only: the application reads the JSON). Run it again after
changing WORDS:

    python tools/build_watermarks.py
"""

from __future__ import annotations

import json
from pathlib import Path

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
OUT = ROOT / "resources" / "fonts" / "watermarks.json"
WORDS = ("PROVISOIRE", "REMPLACÉ")


class _Recorder(BasePen):
    """Records a glyph as moveTo / lineTo / curveTo (cubic) / close, shifted by ``dx``."""

    def __init__(self, glyph_set, dx: float):
        super().__init__(glyph_set)
        self.dx, self.ops = dx, []

    def _p(self, point):
        return [round(point[0] + self.dx, 1), round(point[1], 1)]

    def _moveTo(self, pt):  # noqa: N802 (fontTools' names)
        self.ops.append(["M", *self._p(pt)])

    def _lineTo(self, pt):  # noqa: N802
        self.ops.append(["L", *self._p(pt)])

    def _curveToOne(self, pt1, pt2, pt3):  # noqa: N802
        self.ops.append(["C", *self._p(pt1), *self._p(pt2), *self._p(pt3)])

    def _closePath(self):  # noqa: N802
        self.ops.append(["Z"])


def outlines(font: TTFont, word: str) -> dict:
    glyph_set, cmap = font.getGlyphSet(), font.getBestCmap()
    ops, x = [], 0.0
    for char in word:
        name = cmap[ord(char)]
        pen = _Recorder(glyph_set, x)
        glyph_set[name].draw(pen)
        ops += pen.ops
        x += glyph_set[name].width
    return {"units_per_em": font["head"].unitsPerEm, "advance": x, "ops": ops}


def main() -> None:
    font = TTFont(str(FONT))
    data = {word: outlines(font, word) for word in WORDS}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {', '.join(WORDS)}")


if __name__ == "__main__":
    main()
