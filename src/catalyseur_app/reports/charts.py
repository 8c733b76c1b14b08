"""Charts drawn with reportlab.graphics, readable on a black-and-white printer.

Every chart writes its values as text next to the marks, and the marks use colours far apart in
grey level (see ``pdf_base.SERIES``), so nothing depends on telling hues apart. Long category
labels wrap instead of overflowing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from catalyseur_app.domain.typography import french_spacing
from catalyseur_app.reports.fonts import BOLD, ITALIC, REGULAR, drawable, register_fonts
from catalyseur_app.reports.pdf_base import ACCENT, INK, MUTED, RULE, SERIES, french_number

RADAR_FILL = colors.HexColor("#C9D3DF")  # opaque (no transparency in a PDF/A); the rings are drawn over it
NOT_SCORED = "non renseigné"


def _lines(text: str, width: float, size: float, max_lines: int = 3) -> list[str]:
    lines = simpleSplit(drawable(french_spacing(text)), REGULAR, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" .,;") + "…"
    return lines


def radar_chart(
    labels: Sequence[str],
    scores: Sequence[float | None],
    *,
    width: float = 460,
    height: float = 330,
    maximum: float = 100.0,
) -> Drawing:
    """A radar of scores (0 to ``maximum``), rings every 25 %, each value written at its point.

    A missing score (an unscored volet) is never drawn as 0: its spoke gets an open marker on the
    outer ring and the label « n.r. » (non renseigné), and the outline joins only the scored
    volets that are neighbours (no filled area when one is missing).
    """
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)
    count = len(labels)
    if count < 3:  # a radar needs three spokes; fall back to bars
        return bar_chart(labels, scores, width=width, value_format=lambda v: f"{v:.0f} / 100", maximum=maximum)
    cx, cy = width / 2, height / 2
    radius = min(width * 0.5 - 95, height * 0.5 - 38)

    def point(index: int, fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    fractions = [None if s is None else max(0.0, min(1.0, s / maximum)) for s in scores]
    scored = [f for f in fractions if f is not None]
    complete = len(scored) == len(fractions)
    if complete:  # the area first, so the rings and spokes stay visible over it
        shape = [c for i, f in enumerate(scored) for c in point(i, f)]
        drawing.add(Polygon(shape, fillColor=RADAR_FILL, strokeColor=None))
    for ring in (0.25, 0.5, 0.75, 1.0):
        ring_points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(ring_points, fillColor=None, strokeColor=RULE, strokeWidth=0.6 if ring == 1 else 0.4,
                            strokeDashArray=None if ring == 1 else [2, 2]))
        x, y = point(0, ring)
        drawing.add(String(x - 3, y - 8, f"{maximum * ring:.0f}", fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                           textAnchor="end"))
    for i in range(count):
        x, y = point(i, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.4))

    if complete:
        drawing.add(Polygon(shape, fillColor=None, strokeColor=ACCENT, strokeWidth=1.8))
    else:  # no area: join only neighbouring scored volets, never through the centre
        for i, fraction in enumerate(fractions):
            following = fractions[(i + 1) % count]
            if fraction is not None and following is not None:
                drawing.add(Line(*point(i, fraction), *point((i + 1) % count, following),
                                 strokeColor=ACCENT, strokeWidth=1.8))
    for i, fraction in enumerate(fractions):
        if fraction is None:  # an unscored volet: an open marker on the outer ring, labelled « n.r. »
            x, y = point(i, 1.0)
            drawing.add(Circle(x, y, 3.2, fillColor=colors.white, strokeColor=MUTED, strokeWidth=0.8,
                               strokeDashArray=[1.5, 1.5]))
            continue
        x, y = point(i, fraction)
        drawing.add(Circle(x, y, 2.6, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))

    for i, label in enumerate(labels):
        angle = math.pi / 2 - 2 * math.pi * i / count
        lx, ly = point(i, 1.0)
        lx += 10 * math.cos(angle)
        ly += 10 * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        score = scores[i]
        score_text = "n.r." if score is None else f"{score:.0f}"
        lines = _lines(label, 120, 7.5, 3)
        block = 9 * (len(lines) + 1)
        top = ly + (block / 2 if abs(math.sin(angle)) < 0.5 else (block if math.sin(angle) > 0 else 0)) - 8
        drawing.add(String(lx, top, score_text, fontName=BOLD, fontSize=9, fillColor=INK, textAnchor=anchor))
        for n, line in enumerate(lines, start=1):
            drawing.add(String(lx, top - 9 * n, line, fontName=REGULAR, fontSize=7.5, fillColor=INK, textAnchor=anchor))
    return drawing


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    width: float = 460,
    bar_height: float = 14,
    label_width: float = 170,
    value_format=None,
    colour_by_index: bool = False,
    maximum: float | None = None,
) -> Drawing:
    """Horizontal bars, one per label, with the value written at the end of each bar.

    A value of None (nothing to show, e.g. a volet no diagnostic scored) gets no bar and the words
    « non renseigné », never a bar of 0.
    """
    register_fonts()
    value_format = value_format or (lambda v: french_number(v))
    rows = [(_lines(label, label_width - 8, 7.5, 2), value) for label, value in zip(labels, values, strict=True)]
    row_heights = [max(bar_height + 6, 9 * len(lines) + 6) for lines, _ in rows]
    height = sum(row_heights) + 14
    drawing = Drawing(width, height, initialFontName=REGULAR)
    top_value = maximum or max([v for v in values if v is not None] + [0]) or 1
    bar_space = width - label_width - 70
    y = height - 6
    for index, ((lines, value), row_height) in enumerate(zip(rows, row_heights, strict=True)):
        y -= row_height
        centre = y + row_height / 2
        first = centre + 4.5 * (len(lines) - 1) - 2.5
        for n, line in enumerate(lines):
            drawing.add(String(label_width - 8, first - 9 * n, line, fontName=REGULAR, fontSize=7.5,
                               fillColor=INK, textAnchor="end"))
        if value is None:
            drawing.add(String(label_width + 4, centre - 3, NOT_SCORED, fontName=ITALIC, fontSize=8, fillColor=MUTED))
            continue
        length = bar_space * max(0.0, value / top_value)
        colour = SERIES[index % len(SERIES)] if colour_by_index else SERIES[0]
        drawing.add(Rect(label_width, centre - bar_height / 2, max(length, 0.5), bar_height,
                         fillColor=colour, strokeColor=INK, strokeWidth=0.3))
        drawing.add(String(label_width + length + 4, centre - 3, value_format(value),
                           fontName=BOLD, fontSize=8, fillColor=INK))
    drawing.add(Line(label_width, 6, label_width, height - 6, strokeColor=MUTED, strokeWidth=0.6))
    return drawing


def score_bar(score: float | None, width: float = 90, height: float = 8) -> Drawing:
    """A small gauge 0-100 for a table cell; a dashed empty gauge marked « n.r. » when there is no score."""
    drawing = Drawing(width, height + 2, initialFontName=REGULAR)
    drawing.add(Rect(0, 1, width, height, fillColor=colors.white, strokeColor=MUTED, strokeWidth=0.4,
                     strokeDashArray=[2, 1.5] if score is None else None))
    if score is None:
        drawing.add(String(width / 2, 2.5, "n.r.", fontName=ITALIC, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
    else:
        drawing.add(Rect(0, 1, width * max(0.0, min(1.0, score / 100)), height, fillColor=SERIES[0], strokeColor=None))
    return drawing
