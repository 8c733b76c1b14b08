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

from catalyseur_app.atomic import save_workbook
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.summary_data import SummaryData
from catalyseur_app.reports.summary_pdf import metadata_for
from catalyseur_app.reports.xlsx_cells import (
    DATE, DECIMAL, EURO, INTEGER, SCORE, Column, text_cell, value_cell, write_table,
)

YES, NO = "Oui", "Non"


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
        ("Heures de travail notées", round(data.minutes / 60, 2), DECIMAL),
        ("Partenariats en cours", len(data.partnerships), INTEGER),
        ("Diagnostics commencés", len(data.diagnostics), INTEGER),
        ("Actions à échéance ou en retard", len(data.actions), INTEGER),
        ("Actions en retard", data.overdue, INTEGER),
        ("Document établi le", data.generated_on, DATE),
    ]
    header_row, _ = write_table(ws, [Column("Indicateur", width=36), Column("Valeur", width=40)], [])
    for label, value, number_format in rows:
        ws.append([text_cell(ws, label), value_cell(ws, value, number_format)])
    ws.auto_filter.ref = f"A{header_row}:B{ws.max_row}"


def _bar(ws, title: str, y_title: str, header_row: int, last_row: int, value_column: int, label_column: int,
         anchor: str, *, horizontal: bool = True, height: float = 9.0) -> None:
    if last_row <= header_row:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.legend = None
    chart.height, chart.width = height, 18
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=value_column, min_row=header_row, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=label_column, min_row=header_row + 1, max_row=last_row))
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    ws.add_chart(chart, anchor)


def _time_sheets(workbook: Workbook, data: SummaryData) -> None:
    ws = workbook.create_sheet("Métiers")
    top, last = write_table(ws, [Column("Métier"), Column("Activités", INTEGER), Column("Heures", DECIMAL),
                                 Column("Participants", INTEGER)],
                            [(r.metier, r.activities, round(r.hours, 2), r.participants) for r in data.metiers])
    _bar(ws, "Heures par métier", "Heures", top, last, 3, 1, "G2")
    ws = workbook.create_sheet("Missions")
    top, last = write_table(ws, [Column("Métier"), Column("Mission", width=55), Column("Activités", INTEGER),
                                 Column("Heures", DECIMAL), Column("Participants", INTEGER)],
                            [(r.metier, r.mission, r.activities, round(r.hours, 2), r.participants)
                             for r in data.missions])
    _bar(ws, "Heures par mission", "Heures", top, last, 4, 2, "H2", height=14)


def _partnership_sheets(workbook: Workbook, data: SummaryData) -> None:
    ws = workbook.create_sheet("Partenariats par forme")
    top, last = write_table(ws, [Column("Forme"), Column("Partenariats", INTEGER)],
                            [(r.label, r.count) for r in data.by_form])
    if any(r.count for r in data.by_form):
        pie = PieChart()
        pie.title = "Partenariats par forme"
        pie.add_data(Reference(ws, min_col=2, min_row=top, max_row=last), titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
        pie.dataLabels = DataLabelList()
        pie.dataLabels.showPercent = True
        pie.dataLabels.showCatName = True
        ws.add_chart(pie, "D2")
    ws = workbook.create_sheet("Partenariats par étape")
    top, last = write_table(ws, [Column("Étape"), Column("Partenariats", INTEGER)],
                            [(r.label, r.count) for r in data.by_stage])
    _bar(ws, "Partenariats par étape", "Partenariats", top, last, 2, 1, "D2")
    ws = workbook.create_sheet("Partenariats par ODD")
    top, last = write_table(ws, [Column("ODD", INTEGER, width=7), Column("Objectif", width=50),
                                 Column("Partenariats", INTEGER)],
                            [(int(r.code), r.label.split(" — ", 1)[-1], r.count) for r in data.by_odd])
    _bar(ws, "Partenariats par ODD", "Partenariats", top, last, 3, 2, "E2", height=14)
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
    _bar(ws, "Note moyenne par volet", "Note sur 100", top, last, 2, 1, "E2")
    ws = workbook.create_sheet("Actions")
    write_table(ws, [Column("Commune"), Column("Action", width=60, wrap=True), Column("Porteur", width=30),
                     Column("Partenaires", width=30), Column("Échéance", DATE), Column("Statut"),
                     Column("En retard")],
                [(a.commune, a.title, a.lead, a.partners, a.due, a.status, YES if a.overdue else NO)
                 for a in data.actions])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
