"""The national tables as an Excel workbook: a cover sheet, then one sheet per table with real
numbers and dates, frozen headers, filters, widths, and a native bar chart where one helps. No
formulas; every text goes through ``reports.xlsx_cells`` (never read as a formula)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList

from catalyseur_app.atomic import save_workbook
from catalyseur_app.reports.xlsx_cells import (
    DATE as DATE_FORMAT,
)
from catalyseur_app.reports.xlsx_cells import (
    DECIMAL,
    INTEGER,
    TITLE_FONT,
    Column,
    text_cell,
    value_cell,
    write_table,
)
from catalyseur_app.reports.xlsx_cells import (
    SCORE as SCORE_FORMAT,
)

from .national_data import DATE, HOURS, INT, SCORE, NationalTables, Table
from .national_text import metadata_for, period_text

FORMATS = {INT: INTEGER, HOURS: DECIMAL, SCORE: SCORE_FORMAT, DATE: DATE_FORMAT}


def build_national_xlsx(data: NationalTables, target: str | Path) -> None:
    workbook = Workbook()
    meta = metadata_for(data)
    workbook.properties.title, workbook.properties.subject = meta.title, meta.subject
    workbook.properties.creator, workbook.properties.keywords = meta.author, meta.keywords
    workbook.properties.language = "fr-FR"
    cover = workbook.active
    cover.title = "Sommaire"
    title = text_cell(cover, "Observatoire des partenariats — tableaux nationaux")
    title.font = TITLE_FONT
    cover.append([title])
    cover.append([text_cell(cover, period_text(data).capitalize())])
    cover.append([text_cell(cover, "Établi le"), value_cell(cover, data.generated_on)])
    cover.append([])
    write_table(cover, [Column("Feuille", width=34), Column("Tableau", width=60), Column("Lignes", INTEGER)],
                [(table.sheet, table.title, len(table.rows)) for table in data.tables])
    cover.freeze_panes = None
    for table in data.tables:
        _sheet(workbook, table)
    save_workbook(workbook, target)


def _sheet(workbook: Workbook, table: Table) -> None:
    ws = workbook.create_sheet(table.sheet[:31])
    columns = [Column(header, FORMATS.get(kind)) for header, kind in table.columns]
    top, last = write_table(ws, columns, table.rows)
    if table.note:
        ws.cell(row=last + 2, column=1, value=table.note).data_type = "s"
    if table.chart and last > top:
        label, value = table.chart
        chart = BarChart()
        chart.type = "bar"
        chart.title = table.title
        chart.legend = None
        chart.height, chart.width = max(7.0, 0.6 * len(table.rows) + 3), 18
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.add_data(Reference(ws, min_col=value + 1, min_row=top, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=label + 1, min_row=top + 1, max_row=last))
        chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showVal = True
        ws.add_chart(chart, f"{chr(ord('A') + len(columns) + 1)}2")
