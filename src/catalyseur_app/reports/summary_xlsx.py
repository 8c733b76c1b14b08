"""The period's activity summary as an Excel workbook the foundation can sort, filter and chart.

One sheet per table, real numbers and dates (never numbers as text), frozen headers,
auto-filters, widths from the content, and native Excel charts where a chart helps. INSEE codes
are text (they keep their leading zero and « 2A »). Everything typed by a person is text, never
a formula (see ``xlsx_cells``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties

from catalyseur_app.atomic import save_workbook
from catalyseur_app.domain.typography import french_spacing
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.formatting import rounded
from catalyseur_app.reports.summary_data import SummaryData
from catalyseur_app.reports.summary_pdf import metadata_for
from catalyseur_app.reports.xlsx_cells import (
    DATE,
    EURO,
    FONT_NAME,
    INTEGER,
    SCORE,
    Column,
    print_setup,
    text_cell,
    value_cell,
    write_table,
)

YES, NO = "Oui", "Non"
MINUTES_PER_DAY = 24 * 60
HOURS = '[h]" h "mm'  # a duration (in days, Excel's unit) shown as hours and minutes, « 148 h 20 »


def build_summary_xlsx(data: SummaryData, target: str | Path, progress: Progress = NO_PROGRESS) -> None:
    progress.step(0, 4, t("Classeur : synthèse…"))
    workbook = Workbook()
    meta = metadata_for(data)
    workbook.properties.title = meta.title
    workbook.properties.subject = meta.subject
    workbook.properties.creator = meta.author
    workbook.properties.keywords = meta.keywords
    workbook.properties.language = "fr-FR"
    _overview(workbook.active, data)
    progress.step(1, 4, t("Classeur : journal des métiers…"))
    _time_sheets(workbook, data)
    progress.step(2, 4, t("Classeur : partenariats…"))
    _partnership_sheets(workbook, data)
    progress.step(3, 4, t("Classeur : diagnostics et actions…"))
    _diagnostic_sheets(workbook, data)
    for ws in workbook.worksheets:
        print_setup(ws, f"{ws.title} — {meta.title}", header_row=1, one_page=bool(ws._charts))
    save_workbook(workbook, target)
    progress.step(4, 4, t("Classeur prêt."))


def _overview(ws, data: SummaryData) -> None:
    ws.title = "Synthèse"
    rows = [
        ("Début de la période", data.start, DATE),
        ("Fin de la période", data.end, DATE),
        ("Catalyseur", data.catalyseur.name, None),
        ("Structure", data.catalyseur.structure, None),
        ("Activités notées", data.activities, INTEGER),
        ("Temps de travail noté", data.minutes / MINUTES_PER_DAY, HOURS),
        ("Minutes de travail notées", data.minutes, INTEGER),
        ("Partenariats en cours", len(data.partnerships), INTEGER),
        ("Diagnostics commencés", len(data.diagnostics), INTEGER),
        ("Actions à échéance ou en retard", len(data.actions), INTEGER),
        ("Actions en retard", data.overdue, INTEGER),
        ("Document établi le", data.generated_on, DATE),
    ]
    header_row, _ = write_table(ws, [Column("Indicateur", width=36), Column("Valeur", width=40)], [])
    for label, value, number_format in rows:
        ws.append([text_cell(ws, french_spacing(label)), value_cell(ws, value, number_format)])
    ws.auto_filter.ref = f"A{header_row}:B{ws.max_row}"


def _chart_sheet(ws, name: str, chart) -> None:
    """``chart`` alone on a sheet right after ``ws``, sized for one A4 landscape page: never split.

    A plain worksheet rather than an Excel chart sheet, which LibreOffice prints empty.
    """
    workbook = ws.parent
    sheet = workbook.create_sheet(name, workbook.index(ws) + 1)
    chart.width, chart.height = 25, 16  # cm: inside A4 landscape with its margins
    sheet.add_chart(chart, "A1")
    sheet.sheet_properties.tabColor = "9AA5B1"


def _values_only() -> DataLabelList:
    """Labels with the value only (the category names are on the axis)."""
    return DataLabelList(showVal=True, showCatName=False, showSerName=False, showLegendKey=False,
                         showPercent=False)


def _bar(ws, name: str, title: str, y_title: str, header_row: int, last_row: int, value_column: int,
         label_column: int, *, number_format: str = "General") -> None:
    if last_row <= header_row:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.y_axis.title = y_title
    chart.legend = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=value_column, min_row=header_row, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=label_column, min_row=header_row + 1, max_row=last_row))
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.txPr = _axis_text(9)
    chart.y_axis.number_format = number_format
    if number_format == HOURS:  # round steps of hours, not of days (« 4 h 48 »)
        highest = max((ws.cell(row, value_column).value or 0 for row in range(header_row + 1, last_row + 1)),
                      default=0)
        chart.y_axis.majorUnit = _hour_step(highest * 24) / 24
    chart.dataLabels = _values_only()
    chart.dataLabels.numFmt = number_format
    _chart_sheet(ws, name, chart)


def _hour_step(highest_hours: float) -> float:
    """A round number of hours that cuts the axis into about six steps."""
    return next((step for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)
                 if step * 6 >= highest_hours), 10000)


def _axis_text(size: int) -> RichText:
    """Axis labels in the workbook's font at ``size`` points."""
    font = CharacterProperties(latin=Font(typeface=FONT_NAME), sz=size * 100)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=font), endParaRPr=font)])


def _time_sheets(workbook: Workbook, data: SummaryData) -> None:
    ws = workbook.create_sheet("Métiers")
    top, last = write_table(ws, [Column("Métier"), Column("Activités", INTEGER), Column("Temps", HOURS, width=11),
                                 Column("Minutes", INTEGER), Column("Participants", INTEGER)],
                            [(r.metier, r.activities, r.minutes / MINUTES_PER_DAY, r.minutes, r.participants)
                             for r in data.metiers])
    _bar(ws, "Graphique heures par métier", "Temps par métier", "Heures", top, last, 3, 1, number_format=HOURS)
    ws = workbook.create_sheet("Missions")
    top, last = write_table(ws, [Column("Métier"), Column("Mission", width=55), Column("Activités", INTEGER),
                                 Column("Temps", HOURS, width=11), Column("Minutes", INTEGER),
                                 Column("Participants", INTEGER)],
                            [(r.metier, r.mission, r.activities, r.minutes / MINUTES_PER_DAY, r.minutes, r.participants)
                             for r in data.missions])
    _bar(ws, "Graphique heures par mission", "Temps par mission", "Heures", top, last, 4, 2, number_format=HOURS)


def _partnership_sheets(workbook: Workbook, data: SummaryData) -> None:
    ws = workbook.create_sheet("Partenariats par forme")
    top, last = write_table(ws, [Column("Forme"), Column("Partenariats", INTEGER)],
                            [(r.label, r.count) for r in data.by_form])
    if any(r.count for r in data.by_form):
        pie = PieChart()
        pie.title = "Partenariats par forme"
        pie.add_data(Reference(ws, min_col=2, min_row=top, max_row=last), titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
        pie.dataLabels = DataLabelList(showPercent=True, showCatName=True, showVal=False, showSerName=False,
                                       showLegendKey=False)
        _chart_sheet(ws, "Graphique formes", pie)
    ws = workbook.create_sheet("Partenariats par étape")
    top, last = write_table(ws, [Column("Étape"), Column("Partenariats", INTEGER)],
                            [(r.label, r.count) for r in data.by_stage])
    _bar(ws, "Graphique étapes", "Partenariats par étape", "Partenariats", top, last, 2, 1)
    ws = workbook.create_sheet("Partenariats par ODD")
    top, last = write_table(ws, [Column("ODD", INTEGER, width=7), Column("Objectif", width=50),
                                 Column("Partenariats", INTEGER)],
                            [(int(r.code), r.label.split(" — ", 1)[-1], r.count) for r in data.by_odd])
    _bar(ws, "Graphique ODD", "Partenariats par ODD", "Partenariats", top, last, 3, 2)
    ws = workbook.create_sheet("Partenariats par commune")
    write_table(ws, [Column("Commune"), Column("Code INSEE", width=12), Column("Partenariats", INTEGER)],
                [(r.label, r.code, r.count) for r in data.by_commune])
    ws = workbook.create_sheet("Partenariats")
    write_table(ws, [Column("Partenariat", width=50), Column("Forme"), Column("Étape"), Column("Début", DATE),
                     Column("Fin", DATE), Column("Moyens financiers (€)", EURO), Column("Communes", width=40),
                     Column("ODD"), Column("Exemple inspirant")],
                [(p.title, p.form, p.stage, p.start, p.end, p.money_eur, p.communes, p.odds, YES if p.inspiring else NO)
                 for p in data.partnerships])


def _diagnostic_sheets(workbook: Workbook, data: SummaryData) -> None:
    ws = workbook.create_sheet("Diagnostics")
    columns = [Column("Commune"), Column("Code INSEE", width=12), Column("Date", DATE), Column("État"),
               Column("Version du kit"), Column("Note d'ensemble", SCORE)]
    columns += [Column(volet, SCORE, width=max(14, min(len(volet) + 2, 30))) for volet in data.volets]
    write_table(ws, columns, [
        (d.commune, d.insee, d.started_on, d.status, d.kit_version, _round(d.overall), *(_round(s) for s in d.scores))
        for d in data.diagnostics])
    ws = workbook.create_sheet("Notes moyennes")
    top, last = write_table(ws, [Column("Volet", width=40), Column("Note moyenne (sur 100)", SCORE),
                                 Column("Diagnostics notés", INTEGER)],
                            [(m.volet, _round(m.mean), m.diagnostics) for m in data.mean_scores])
    _bar(ws, "Graphique notes moyennes", "Note moyenne par volet", "Note sur 100", top, last, 2, 1,
         number_format="0.0")
    ws = workbook.create_sheet("Actions")
    write_table(ws, [Column("Commune"), Column("Action", width=60, wrap=True), Column("Pilote", width=30),
                     Column("Partenaires", width=30), Column("Échéance", DATE), Column("Statut"),
                     Column("En retard")],
                [(a.commune, a.title, a.lead, a.partners, a.due, a.status, YES if a.overdue else NO)
                 for a in data.actions])


def _round(value: float | None) -> float | None:
    return rounded(value, 1)  # the PDF's rounding: both show the same figure
