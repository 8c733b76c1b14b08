"""The period's activity summary for the foundation, as a PDF (A4).

The PDF shows totals and charts; the lists that can be long (every partnership under way) are
in the workbook only, which the foundation sorts and filters. Long tables that do appear here
(diagnostics, actions) split across pages with their header repeated.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Table

from catalyseur_app.domain.typography import NBSP, count_text, count_words, duration_text
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.charts import bar_chart
from catalyseur_app.reports.formatting import french_date, french_number, short_date
from catalyseur_app.reports.pdf_base import (
    CONTENT_WIDTH,
    Metadata,
    PageDecoration,
    build_pdf,
    data_table,
    figure_boxes,
    para,
    spacer,
    styles,
)
from catalyseur_app.reports.summary_data import SummaryData

TOP_COMMUNES = 20


def period_text(data: SummaryData) -> str:
    return f"du {french_date(data.start)} au {french_date(data.end)}"


def metadata_for(data: SummaryData) -> Metadata:
    card = data.catalyseur
    return Metadata(
        title=f"Synthèse d'activité {period_text(data)}",
        subject=f"Synthèse d'activité du catalyseur territorial {card.name} {period_text(data)}",
        author=card.name + (f" ({card.structure})" if card.structure else ""),
        keywords="synthèse, catalyseur territorial, partenariats, diagnostics, journal des métiers",
    )


def build_summary_pdf(data: SummaryData, target: str | Path | None = None,
                      progress: Progress = NO_PROGRESS) -> bytes | None:
    progress.step(0, 2, t("Mise en page de la synthèse…"))
    card = data.catalyseur
    story = [
        para("SYNTHÈSE D'ACTIVITÉ", "subtitle"),
        para(period_text(data).capitalize(), "title"),
        para(", ".join(v for v in (card.name, card.structure) if v), "body"),
        spacer(0.3),
        _key_figures(data),
    ]
    story += _time_section(data) + _partnership_section(data) + _diagnostic_section(data) + _action_section(data)
    decoration = PageDecoration(
        header_left=f"Synthèse d'activité — {card.name}",
        header_right=f"{short_date(data.start)} – {short_date(data.end)}",
        footer_left=f"Document établi le {short_date(data.generated_on)}",
    )
    progress.step(1, 2, t("Écriture du PDF…"))
    result = build_pdf(story, metadata_for(data), decoration, Path(target) if target else None)
    progress.step(2, 2, t("Synthèse prête."))
    return result


def _key_figures(data: SummaryData) -> Table:
    items = [
        (french_number(data.activities), count_words(data.activities, "activité")),
        (duration_text(data.minutes), "de travail noté"),
        (french_number(len(data.partnerships)), count_words(len(data.partnerships), "partenariat en cours",
                                                            "partenariats en cours")),
        (french_number(len(data.diagnostics)), count_words(len(data.diagnostics), "diagnostic")),
        (french_number(data.overdue), count_words(data.overdue, "action en retard", "actions en retard")),
    ]
    return figure_boxes(items, ParagraphStyle("key", parent=styles()["big_number"], fontSize=15, leading=19))


def _time_section(data: SummaryData) -> list:
    story = [para("Le temps passé, par métier et par mission", "h1")]
    if not data.activities:
        return story + [para("Aucune activité n'a été notée dans le journal sur cette période.", "italic")]
    story.append(bar_chart([r.metier for r in data.metiers], [r.minutes for r in data.metiers], width=CONTENT_WIDTH,
                           value_format=duration_text, colour_by_index=True))
    story.append(data_table(
        ["Métier", "Activités", "Temps", "Participants"],
        [[r.metier, french_number(r.activities), duration_text(r.minutes), french_number(r.participants)]
         for r in data.metiers],
        [3, 1, 1, 1], right_columns=(1, 2, 3)))
    story += [CondPageBreak(470), para("Par mission", "h2")]
    story.append(bar_chart([r.mission for r in data.missions], [r.minutes for r in data.missions], width=CONTENT_WIDTH,
                           label_width=220, bar_height=11, value_format=duration_text))
    story.append(data_table(
        ["Métier", "Mission", "Activités", "Temps"],
        [[r.metier, r.mission, french_number(r.activities), duration_text(r.minutes)] for r in data.missions],
        [1.7, 3.3, 0.9, 0.9], right_columns=(2, 3)))
    return story


def _partnership_section(data: SummaryData) -> list:
    story = [CondPageBreak(400), para("Les partenariats en cours", "h1"),
             para(f"{count_text(len(data.partnerships), 'partenariat')} "
                  f"{'étaient' if len(data.partnerships) > 1 else 'était'} en cours pendant la période "
                  "(la liste complète est dans le classeur Excel).")]
    if not data.partnerships:
        return story
    for title, rows in (("Par forme", data.by_form), ("Par étape", data.by_stage)):
        story += [CondPageBreak(160), para(title, "h2"),
                  bar_chart([r.label for r in rows], [r.count for r in rows], width=CONTENT_WIDTH,
                            colour_by_index=True)]
    story += [CondPageBreak(380), para("Par objectif de développement durable (ODD)", "h2"),
              bar_chart([r.label for r in data.by_odd], [r.count for r in data.by_odd], width=CONTENT_WIDTH,
                        label_width=230, bar_height=10)]
    shown = data.by_commune[:TOP_COMMUNES]
    story += [CondPageBreak(200), para("Par commune", "h2"),
              data_table(["Commune", "Partenariats"], [[r.label, french_number(r.count)] for r in shown], [4, 1],
                         right_columns=(1,))]
    if len(data.by_commune) > TOP_COMMUNES:
        story.append(para(f"… et {count_text(len(data.by_commune) - TOP_COMMUNES, 'autre commune')} "
                          "(voir le classeur).", "small"))
    return story


def _diagnostic_section(data: SummaryData) -> list:
    story = [CondPageBreak(300), para("Les diagnostics « sortie de crise »", "h1")]
    if not data.diagnostics:
        return story + [para("Aucun diagnostic n'a été commencé sur cette période.", "italic")]
    story.append(para(f"{count_text(len(data.diagnostics), 'diagnostic commencé')} sur la période. "
                      "Note moyenne par volet (sur les diagnostics qui ont une note pour ce volet) :"))
    story.append(bar_chart([m.volet for m in data.mean_scores], [m.mean for m in data.mean_scores],
                           width=CONTENT_WIDTH, maximum=100,
                           value_format=lambda v: f"{french_number(v, 1)} / 100"))
    story.append(data_table(["Volet", "Note moyenne", "Diagnostics notés"],
                            [[m.volet, "—" if m.mean is None else french_number(m.mean, 1), str(m.diagnostics)]
                             for m in data.mean_scores], [3, 1, 1], right_columns=(1, 2)))
    story += [CondPageBreak(150), para("Liste des diagnostics", "h2"), data_table(
        ["Commune", "Date", "État", "Note d'ensemble"],
        [[d.commune, short_date(d.started_on), d.status, "—" if d.overall is None else french_number(d.overall, 1)]
         for d in data.diagnostics], [3, 1.2, 1.4, 1.2], right_columns=(3,))]
    return story


def _action_section(data: SummaryData) -> list:
    rows = [[a.commune, a.title, a.lead, short_date(a.due), a.status + (" — en retard" if a.overdue else "")]
            for a in data.actions]
    return [CondPageBreak(200), para("Les actions à échéance et en retard", "h1"),
            para(_actions_sentence(len(data.actions), data.overdue)),
            data_table(["Commune", "Action", "Pilote", "Échéance", "Statut"], rows, [1.5, 3.2, 1.8, 1.1, 1.4],
                       empty_text="Aucune action n'arrive à échéance sur cette période.")]


def _actions_sentence(count: int, overdue: int) -> str:
    if count == 0:
        return "Aucune action des plans d'action n'arrive à échéance sur la période."
    several = count > 1
    late = "aucune n'est en retard" if overdue == 0 else (
        f"{overdue} {'sont' if overdue > 1 else 'est'} en retard" if several else "elle est en retard")
    return (f"{count_text(count, 'action')} des plans d'action "
            f"{'arrivent' if several else 'arrive'} à échéance sur la période ou "
            f"{'sont encore ouvertes' if several else 'est encore ouverte'} après "
            f"{'leur' if several else 'son'} échéance{NBSP}; {late}.")
