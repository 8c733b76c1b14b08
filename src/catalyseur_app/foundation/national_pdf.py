"""The national tables as a PDF (reportlab, through ``reports.pdf_base``): A4, embedded fonts,
page numbers, metadata, French number typography, and a bar chart above each table that has one."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak

from catalyseur_app.reports.charts import bar_chart
from catalyseur_app.reports.formatting import french_number, short_date
from catalyseur_app.reports.pdf_base import CONTENT_WIDTH, PageDecoration, build_pdf, data_table, para, spacer

from .national_data import DATE, HOURS, INT, SCORE, NationalTables, Table
from .national_text import metadata_for, period_text


def build_national_pdf(data: NationalTables, target: str | Path) -> None:
    story = [para("OBSERVATOIRE DES PARTENARIATS", "subtitle"), para("Tableaux nationaux", "title"),
             para(period_text(data).capitalize(), "body"), spacer(0.3)]
    for table in data.tables:
        story += _section(table)
    decoration = PageDecoration(header_left="Observatoire des partenariats — tableaux nationaux",
                                header_right=period_text(data),
                                footer_left=f"Établi le {short_date(data.generated_on)}")
    build_pdf(story, metadata_for(data), decoration, Path(target))


def _cell(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == INT:
        return french_number(value)
    if kind in (HOURS, SCORE):
        return french_number(value, 1)
    if kind == DATE:
        return short_date(value)
    return str(value)


def _section(table: Table) -> list:
    story = [CondPageBreak(220), para(table.title, "h1")]
    if table.chart and table.rows:
        label, value = table.chart
        story.append(bar_chart([str(r[label]) for r in table.rows], [r[value] for r in table.rows],
                               width=CONTENT_WIDTH, label_width=200, bar_height=10,
                               value_format=lambda v, kind=table.columns[value][1]: _cell(v, kind)))
    kinds = [kind for _, kind in table.columns]
    right = [i for i, kind in enumerate(kinds) if kind in (INT, HOURS, SCORE)]
    widths = [1.0 if kind != "text" else 2.5 for kind in kinds]
    story.append(data_table([header for header, _ in table.columns],
                            [[_cell(v, k) for v, k in zip(row, kinds, strict=True)] for row in table.rows], widths,
                            right_columns=right))
    if table.note:
        story.append(para(table.note, "small"))
    return story
