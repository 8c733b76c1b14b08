"""The report the mayor keeps after a diagnostic (PDF, A4).

A diagnostic that is not finalised is still reported, marked « PROVISOIRE » on every page (a
band in the header and a light diagonal mark across the page), with its status on the cover.
A revision replaced by a newer one is marked the same way, « REMPLACÉ », with the date of the
revision that replaced it: a mayor holding an old copy sees at once that it is out of date.
Why not refuse: the catalyseur often leaves a draft on the table at the end of the meeting, or
sends it to the mayor for corrections before finalising; refusing would push them to finalise
too early just to print. The marking makes a draft impossible to mistake for the final report,
even as a black-and-white photocopy of a single page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from catalyseur_app.domain.typography import in_commune, of_commune
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.charts import radar_chart, score_bar
from catalyseur_app.reports.data import DiagnosticReportData, VoletReport
from catalyseur_app.reports.fonts import REGULAR, paragraph_text
from catalyseur_app.reports.formatting import french_date, short_date
from catalyseur_app.reports.pdf_base import (
    ACCENT,
    CONTENT_WIDTH,
    Metadata,
    PageDecoration,
    build_pdf,
    data_table,
    figure_boxes,
    markup,
    para,
    spacer,
    styles,
)

KIT_NAME = "Diagnostic « sortie de crise »"


def score_text(score: float | None) -> str:
    return "non renseigné" if score is None else f"{score:.0f} / 100"


def replaced_text(data: DiagnosticReportData) -> str:
    if data.replaced_on is None:
        return "Remplacé par une révision plus récente"
    return f"Remplacé par la révision du {french_date(data.replaced_on)}"


def metadata_for(data: DiagnosticReportData) -> Metadata:
    author = data.catalyseur.name + (f" ({data.catalyseur.structure})" if data.catalyseur.structure else "")
    state = " (provisoire)" if data.provisional else (" (remplacé)" if data.superseded else "")
    return Metadata(
        title=f"{KIT_NAME} — {data.commune.name}{state}",
        subject=f"Rapport du diagnostic territorial {of_commune(data.commune.name)} "
                f"du {short_date(data.started_on)}, remis à la mairie",
        author=author,
        keywords=f"diagnostic, sortie de crise, {data.commune.name}, {data.commune.insee}",
    )


def build_diagnostic_report(data: DiagnosticReportData, target: str | Path | None = None,
                            progress: Progress = NO_PROGRESS) -> bytes | None:
    """Write the report to ``target`` (a path), or return its bytes when ``target`` is None."""
    progress.step(0, 3, t("Mise en page du rapport…"))
    story = _cover(data) + _synthesis(data)
    for volet in data.volets:
        story += _volet_section(volet)
    story += _priorities(data) + _action_plan(data) + _partnerships(data) + _next_steps(data)
    progress.step(1, 3, t("Écriture du PDF…"))
    decoration = PageDecoration(
        header_left=f"{KIT_NAME} — {data.commune.name}",
        header_right=french_date(data.started_on),
        footer_left=f"{data.catalyseur.name}"
                    + (f", {data.catalyseur.structure}" if data.catalyseur.structure else "")
                    + f" · document établi le {short_date(data.generated_on)}",
        band=("PROVISOIRE — diagnostic non finalisé" if data.provisional else
              replaced_text(data) if data.superseded else ""),
        watermark="PROVISOIRE" if data.provisional else ("REMPLACÉ" if data.superseded else ""),
        plain_first_page=True,
    )
    result = build_pdf(story, metadata_for(data), decoration, Path(target) if target else None)
    progress.step(3, 3, t("Rapport prêt."))
    return result


def _cover(data: DiagnosticReportData) -> list:
    commune = data.commune
    facts = [commune.department, commune.region]
    if commune.epci:
        facts.append(commune.epci)
    story = [
        spacer(2.5),
        para(KIT_NAME.upper(), "subtitle"),
        para(commune.name, "title"),
        para(" · ".join(f for f in facts if f), "subtitle"),
    ]
    if commune.population:
        story.append(para(f"{commune.population:,} habitants".replace(",", "\u202f"), "body"))
    story += [spacer(1.2), _cover_facts(data), spacer(1.0)]
    story.append(para("Participants", "h2"))
    if data.participants:
        story.append(data_table(["Nom", "Fonction"], [list(p) for p in data.participants], [1, 1.3]))
    else:
        story.append(para("Aucun participant n'a été noté.", "italic"))
    if data.provisional:
        story += [spacer(0.8), markup(
            "<b>Document provisoire.</b> Ce diagnostic n'est pas encore finalisé : ses réponses, ses "
            "priorités et son plan d'action peuvent encore changer.", "body")]
    elif data.superseded:
        story += [spacer(0.8), markup(
            f"<b>{paragraph_text(replaced_text(data))}.</b> Ce document est une ancienne version du "
            "diagnostic : demandez le rapport de la dernière révision.", "body")]
    story.append(PageBreak())
    return story


def _cover_facts(data: DiagnosticReportData) -> Table:
    card = data.catalyseur
    accompanied = card.name + (f" — {card.structure}" if card.structure else "")
    status = data.status + (f", le {french_date(data.finalised_on)}" if data.finalised_on else "")
    if data.superseded:
        status = f"{replaced_text(data)} (finalisé le {french_date(data.finalised_on)})" if data.finalised_on \
            else replaced_text(data)
    rows = [
        ("Date du diagnostic", french_date(data.started_on)),
        ("Accompagné par", accompanied),
        ("État", status + (f" (révision {data.revision})" if data.revision > 1 else "")),
        ("Grille utilisée", f"{data.kit_title}, version {data.kit_version}"),
    ]
    label, body = styles()["label"], styles()["body"]

    table = Table([[Paragraph(paragraph_text(a), label), Paragraph(paragraph_text(b), body)] for a, b in rows],
                  colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 10),
    ]))
    return table


def _synthesis(data: DiagnosticReportData) -> list:
    story = [para("Synthèse", "h1")]
    answered = sum(v.answered for v in data.volets)
    scored = sum(v.scored for v in data.volets)
    story.append(para(
        f"Chaque volet est noté de 0 à 100 à partir des réponses données ({answered} questions notées "
        f"sur {scored}). Plus la note est haute, plus la commune est solide sur ce volet.", "body"))
    if data.volets:
        story.append(radar_chart([v.label for v in data.volets], [v.score for v in data.volets],
                                 width=CONTENT_WIDTH, height=300))
    rows = [[v.label, v.axis, score_text(v.score), score_bar(v.score), f"{v.answered} / {v.scored}"]
            for v in data.volets]
    story.append(data_table(["Volet", "Axe", "Note", "", "Questions notées"], rows, [3.0, 1.9, 1.2, 1.5, 1.1],
                            right_columns=(2, 4), empty_text="Ce diagnostic n'a aucun volet."))
    story.append(spacer(0.3))
    axes = [(score_text(value), label) for label, value in data.axes]
    axes.append((score_text(data.overall), "Ensemble"))
    story.append(figure_boxes(axes))
    story.append(PageBreak())
    return story


def _volet_section(volet: VoletReport) -> list:
    title = f"{volet.label} — {score_text(volet.score)}"
    head = [CondPageBreak(120), para(title, "h1")]
    facts = [f"Axe : {volet.axis}"] if volet.axis else []
    if volet.flagged_priority:
        facts.append("signalé comme prioritaire")
    if facts:
        head.append(para(" · ".join(facts), "small"))
    if volet.hint:
        head.append(para(volet.hint, "italic"))
    story = head
    rows = [[item.question, item.answer or "— sans réponse", "" if item.score is None else f"{item.score:.0f}"]
            for item in volet.answers if not (item.long_text and item.answer)]
    if rows:
        story.append(data_table(["Question", "Réponse", "Note"], rows, [3.2, 2.6, 0.6], right_columns=(2,)))
    for item in volet.answers:
        if item.long_text and item.answer:
            story += _labelled(item.question, item.answer)
    if volet.observations:
        story += [CondPageBreak(100), para("Observations", "h2")]
        for question, text in volet.observations:
            story += _labelled(question, text)
    elif not volet.answers:
        story.append(para("Aucune réponse n'a été donnée pour ce volet.", "italic"))
    story.append(spacer(0.4))
    return story


def _labelled(label: str, text: str) -> list:
    """A question and its text answer: kept together when short, else the text flows over pages."""
    if len(text) < 800:
        return [KeepTogether([para(label, "label"), para(text, "body")])]
    return [CondPageBreak(80), para(label, "label"), para(text, "body")]


def _priorities(data: DiagnosticReportData) -> list:
    story = [CondPageBreak(150), para("Les priorités de la commune", "h1")]
    if not data.priorities:
        return story + [para("Aucune priorité n'a encore été retenue.", "italic")]
    for item in data.priorities:
        text = f"<b>{item.rank}. {paragraph_text(item.volet)}</b>"
        if item.note:
            text += f" — {paragraph_text(item.note)}"
        story.append(markup(text))
    return story


def _action_plan(data: DiagnosticReportData) -> list:
    rows = [[a.title, a.lead, a.partners, short_date(a.due), a.status + (", en retard" if a.overdue else "")]
            for a in data.actions]
    return [CondPageBreak(150), para("Le plan d'action", "h1"),
            data_table(["Action", "Pilote", "Partenaires", "Échéance", "Statut"], rows, [3.4, 1.6, 2.0, 1.2, 0.9],
                       empty_text="Aucune action n'a encore été inscrite au plan.")]


def _partnerships(data: DiagnosticReportData) -> list:
    rows = [[p.title, p.form, p.stage, p.partners] for p in data.partnerships]
    return [CondPageBreak(150), para(f"Les partenariats déjà engagés {in_commune(data.commune.name)}", "h1"),
            data_table(["Partenariat", "Forme", "Étape", "Partenaires"], rows, [2.5, 1.5, 1.45, 2.8],
                       empty_text="Aucun partenariat n'est encore enregistré pour cette commune.")]


def _next_steps(data: DiagnosticReportData) -> list:
    story = [CondPageBreak(200), para("Et maintenant ?", "h1")]
    if data.notes:
        story.append(para(data.notes))
    open_actions = [a for a in data.actions if a.due and a.status in ("À faire", "En cours")]
    late = [a for a in open_actions if a.due and a.due < data.generated_on]
    upcoming = [a for a in open_actions if a.due and a.due >= data.generated_on][:3]
    if upcoming:
        story.append(para("Les prochaines échéances du plan d'action :"))
        for action in upcoming:
            story.append(markup(f"• {paragraph_text(short_date(action.due))} — {paragraph_text(action.title)}"))
    if late:
        story.append(para("En retard :"))
        for action in late:
            story.append(markup(f"• {paragraph_text(short_date(action.due))} — {paragraph_text(action.title)} "
                                f"({paragraph_text(action.status.lower())})"))
    story.append(para(
        "Le catalyseur territorial reste à vos côtés pour mettre en relation les acteurs, "
        "accompagner les projets retenus et faire le point sur l'avancement du plan."))
    card = data.catalyseur
    lines = [f"<b>{paragraph_text(card.name)}</b>"]
    for value in (card.structure, card.email, card.phone):
        if value:
            lines.append(paragraph_text(value))
    story.append(KeepTogether([spacer(0.3), para("Votre contact", "h2"), markup("<br/>".join(lines))]))
    return story
