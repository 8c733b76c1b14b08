"""What every PDF shares: A4 page, header and footer with "page X / Y", metadata, styles, tables.

Pages are numbered "page X / Y" in one build: the canvas keeps each page's state and draws
the header and footer on all of them once the total is known (the usual reportlab recipe).
A draft or a replaced revision gets a warning band above the header and a word across the page
in light grey (« PROVISOIRE », « REMPLACÉ »), so a printed copy can never be mistaken for the
final report.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from catalyseur_app.domain.typography import french_spacing
from catalyseur_app.reports.fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    drawable,
    paragraph_markup,
    paragraph_text,
    register_fonts,
)
from catalyseur_app.reports.formatting import french_date, french_number, short_date  # noqa: F401 (re-exported)
from catalyseur_app.reports.pdfa import add_pdfa_parts
from catalyseur_app.reports.table_widths import CELL_PADDING, column_widths, widest_piece
from catalyseur_app.resources import resource_path

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# Colours chosen by their grey level (from dark to light, about 35 apart on 0-255), so they
# stay distinct on a black-and-white printer; charts also print every value as a label.
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")  # grey 55
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA5B1")
BAND = colors.HexColor("#E8EDF3")  # table headers, grey ~235
ZEBRA = colors.HexColor("#F5F7FA")
SERIES = (
    colors.HexColor("#0B1F3A"),  # navy, grey 28
    colors.HexColor("#8B2E2E"),  # brick, grey 74
    colors.HexColor("#3A8C7A"),  # teal, grey 113
    colors.HexColor("#5FA8E0"),  # sky, grey 152
    colors.HexColor("#E9B44C"),  # gold, grey 184
    colors.HexColor("#D6E4F0"),  # pale blue, grey 225
)


def grey_level(colour: colors.Color) -> float:
    """The grey (0-255) a black-and-white printer makes of ``colour`` (ITU-R BT.601 luma)."""
    return 255 * (0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, spaceAfter=4)
    # table cells wrap at spaces and after hyphens, never inside a word (see table_widths)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0, splitLongWords=0,
                          embeddedHyphenation=1)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, textColor=ACCENT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "italic": ParagraphStyle("italic", parent=body, fontName=ITALIC),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", parent=cell, fontName=BOLD),
        "title": ParagraphStyle("title", parent=heading, fontSize=24, leading=30, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19, textColor=MUTED, spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=heading, fontSize=16, leading=21, spaceBefore=6, spaceAfter=8,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=heading, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=1),
        "big_number": ParagraphStyle("big_number", parent=heading, fontSize=20, leading=24, alignment=TA_CENTER),
        "centered": ParagraphStyle("centered", parent=body, alignment=TA_CENTER),
    }


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of text a person typed (escaped, undrawable characters dropped)."""
    return Paragraph(paragraph_text(text), styles()[style])


def markup(xml: str, style: str = "body") -> Paragraph:
    """A paragraph of markup written by this program (already escaped where it holds data)."""
    return Paragraph(paragraph_markup(xml), styles()[style])


def spacer(height_cm: float = 0.4) -> Spacer:
    return Spacer(1, height_cm * cm)


def figure_boxes(items: Sequence[tuple[str, str]], value_style: ParagraphStyle | None = None) -> Table:
    """A row of boxed key figures: each item is (value, label), the value large above its label."""
    big, small = value_style or styles()["big_number"], styles()["centered"]
    cells = [[Paragraph(paragraph_text(value), big), Paragraph(paragraph_text(label), small)] for value, label in items]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(items)] * len(items))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    empty_text: str = "Aucune ligne.",
) -> Table | Paragraph:
    """A table that wraps its cells, splits across pages (even inside a long row) and repeats its header.

    Columns are sized from their content (``table_widths``): a cell wraps at spaces and after
    hyphens only, never inside a word or a date; ``widths`` shares out the width left over.
    """
    if not rows:
        return para(empty_text, "italic")
    cell, right, head = styles()["cell"], styles()["cell_right"], styles()["cell_head"]
    minimums = []
    for i, title in enumerate(header):
        column = [row[i] for row in rows if i < len(row)]
        texts = [str(value) for value in column if not hasattr(value, "wrapOn")]
        widest = max([widest_piece(texts, cell.fontName, cell.fontSize),
                      widest_piece([title], head.fontName, head.fontSize)]
                     + [getattr(value, "width", 0) for value in column if hasattr(value, "wrapOn")])
        minimums.append(widest + CELL_PADDING + 0.5)
    col_widths = column_widths(minimums, widths, CONTENT_WIDTH)
    if sum(minimums) > CONTENT_WIDTH:  # cannot fit: let a long word break rather than overflow
        cell, right = _breaking(cell), _breaking(right)
    data = [[Paragraph(paragraph_text(h), head) for h in header]]
    for row in rows:
        data.append([
            value if hasattr(value, "wrapOn") else
            Paragraph(paragraph_text(value), right if i in right_columns else cell)
            for i, value in enumerate(row)
        ])
    table = Table(data, colWidths=col_widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    table.setStyle(TableStyle(commands))
    return table


def _breaking(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_breaking", parent=style, splitLongWords=1)


@dataclass(frozen=True)
class PageDecoration:
    header_left: str
    header_right: str
    footer_left: str
    band: str = ""  # a warning above the header band on every page (a draft, a replaced revision)
    watermark: str = ""  # a word of resources/fonts/watermarks.json drawn across every page
    plain_first_page: bool = False  # a cover page: no header band


class _NumberedCanvas(Canvas):
    """Defers each page until the end so the footer can say "page X / Y"."""

    def __init__(self, *args, decoration: PageDecoration, **kwargs):
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _decorate(self, self._decoration, number, total)
            Canvas.showPage(self)
            self._doc.Pages.pages[-1].Trans = None  # no empty page-transition dictionary (PDF/A checkers)
        add_pdfa_parts(self)
        Canvas.save(self)


WATERMARK_GREY = colors.HexColor("#EBEBEB")


@cache
def _watermark_outlines() -> dict:
    return json.loads(resource_path("fonts", "watermarks.json").read_text(encoding="utf-8"))


def draw_watermark(canvas: Canvas, word: str) -> None:
    """``word`` in light grey across the page, drawn as shapes under the content.

    Shapes rather than text: pdftotext, copy and paste and screen readers see no letters, so the
    mark never mixes with the sentences of the page. Drawn first on the page, in a solid light
    grey (no transparency), so the text prints over it.
    """
    outline = _watermark_outlines()[word]
    scale = 80 / outline["units_per_em"]
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.scale(scale, scale)
    canvas.translate(-outline["advance"] / 2, -280)
    path = canvas.beginPath()
    for op in outline["ops"]:
        kind, *xy = op
        if kind == "M":
            path.moveTo(*xy)
        elif kind == "L":
            path.lineTo(*xy)
        elif kind == "C":
            path.curveTo(*xy)
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()


def _decorate(canvas: Canvas, deco: PageDecoration, number: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN + 0.9 * cm
    if not (deco.plain_first_page and number == 1):
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top,
                          _fit(drawable(french_spacing(deco.header_left)), REGULAR, 8, CONTENT_WIDTH * 0.6))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, _fit(drawable(french_spacing(deco.header_right)), REGULAR, 8,
                                                              CONTENT_WIDTH * 0.38))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, PAGE_WIDTH - MARGIN, top - 4)
    if deco.band:
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(INK)
        canvas.drawCentredString(PAGE_WIDTH / 2, top + 12, _fit(drawable(french_spacing(deco.band)), BOLD, 9,
                                                                CONTENT_WIDTH))
    bottom = MARGIN - 1.1 * cm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, bottom + 10, PAGE_WIDTH - MARGIN, bottom + 10)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, bottom,
                      _fit(drawable(french_spacing(deco.footer_left)), REGULAR, 8, CONTENT_WIDTH * 0.75))
    canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom, f"page {number} / {total}")
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: str = ""


def build_pdf(
    story: list,
    metadata: Metadata,
    decoration: PageDecoration,
    target: str | Path | io.BytesIO | None = None,
    *,
    on_page: Callable[[int], None] | None = None,
) -> bytes | None:
    """Lay ``story`` out on A4 pages; write to ``target`` (a path or file object) or return the bytes."""
    register_fonts()
    buffer = io.BytesIO()
    output = buffer if target is None else target
    doc = BaseDocTemplate(
        output if not isinstance(output, Path) else str(output),
        pagesize=A4,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=drawable(french_spacing(metadata.title)), subject=drawable(french_spacing(metadata.subject)),
        author=drawable(metadata.author), keywords=drawable(metadata.keywords),
        creator="Catalyseur", producer="Catalyseur (reportlab)", lang="fr-FR",
        initialFontName=REGULAR,
    )
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = PageTemplate(id="page", frames=[frame])

    def start_page(canvas: Canvas, _doc) -> None:
        if decoration.watermark:
            draw_watermark(canvas, decoration.watermark)
        if on_page is not None:
            on_page(canvas.getPageNumber())

    template.onPage = start_page
    doc.addPageTemplates([template])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decoration=decoration))
    if target is None:
        return buffer.getvalue()
    return None
