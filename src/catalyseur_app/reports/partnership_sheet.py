"""The one-page sheet of a partnership worth showing as an inspiring example (PDF, A4).

It must stay on one page: long free texts (description, outcomes, resources) are shortened
with « … », more and more until the measured story fits, and the list of partners is cut to
the first ones (« … et N autres partenaires »); the full texts live in the application.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph, Table, TableStyle

from catalyseur_app.domain.typography import count_text
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.data import PartnershipSheetData
from catalyseur_app.reports.fonts import REGULAR, paragraph_text
from catalyseur_app.reports.formatting import french_number, short_date
from catalyseur_app.reports.pdf_base import (
    ACCENT,
    BAND,
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    RULE,
    Metadata,
    PageDecoration,
    build_pdf,
    data_table,
    markup,
    para,
    spacer,
    styles,
)

MAX_PARTNERS = 12
TEXT_LIMITS = {"description": 900, "outcomes": 1100, "resources": 350}


def shorten(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;.") + " …"


def metadata_for(data: PartnershipSheetData) -> Metadata:
    author = data.catalyseur.name + (f" ({data.catalyseur.structure})" if data.catalyseur.structure else "")
    return Metadata(
        title=f"Partenariat — {data.title}",
        subject=f"Fiche d'exemple inspirant : {data.form}, {', '.join(data.communes) or 'sans commune'}",
        author=author,
        keywords=f"partenariat, alliance, {data.form}",
    )


def build_partnership_sheet(data: PartnershipSheetData, target: str | Path | None = None,
                            progress: Progress = NO_PROGRESS) -> bytes | None:
    progress.step(0, 2, t("Mise en page de la fiche…"))
    for scale in (1.0, 0.7, 0.5, 0.35, 0.2):  # shorten the texts until the sheet fits on its page
        story = _story(data, scale)
        if _height(story) <= PAGE_HEIGHT - 2 * MARGIN - 12:
            break
    card = data.catalyseur
    decoration = PageDecoration(
        header_left=f"Partenariat — {data.title}", header_right=data.form,
        footer_left=f"Fiche établie le {short_date(data.generated_on)} par {card.name}",
        plain_first_page=True,
    )
    progress.step(1, 2, t("Écriture du PDF…"))
    result = build_pdf(story, metadata_for(data), decoration, Path(target) if target else None)
    progress.step(2, 2, t("Fiche prête."))
    return result


def _height(story: list) -> float:
    total = 0.0
    for flowable in story:
        total += flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _story(data: PartnershipSheetData, scale: float) -> list:
    limit = {key: int(value * scale) for key, value in TEXT_LIMITS.items()}
    max_partners = max(4, int(MAX_PARTNERS * min(1.0, scale * 1.4)))
    story = [
        para("EXEMPLE INSPIRANT" if data.inspiring else "FICHE PARTENARIAT", "subtitle"),
        para(shorten(data.title, 160), "title"),
        _facts(data),
        spacer(0.3),
    ]
    if data.description:
        story.append(para(shorten(data.description, limit["description"])))
    story.append(para("Les partenaires", "h2"))
    shown = data.partners[:max_partners]
    rows = [[shorten(p.name, 90), p.role, p.world, shorten(p.commune, 40)] for p in shown]
    story.append(data_table(["Partenaire", "Rôle", "Monde", "Commune"], rows, [3.2, 1.2, 2.0, 1.6],
                            empty_text="Aucun partenaire n'est enregistré."))
    if len(data.partners) > max_partners:
        story.append(para(f"… et {count_text(len(data.partners) - max_partners, 'autre partenaire')}.", "small"))
    if data.worlds:
        story.append(para(f"{count_text(len(data.worlds), 'monde réuni')} : {', '.join(data.worlds)}.", "small"))
    story.append(para("Ce que le partenariat a changé", "h2"))
    story.append(para(shorten(data.outcomes, limit["outcomes"]) or "Les résultats ne sont pas encore décrits.",
                      "body" if data.outcomes else "italic"))
    resources = _resources(data)
    if resources:
        story += [para("Les moyens engagés", "h2"), para(shorten(resources, limit["resources"]))]
    if data.odds:
        story.append(para("Objectifs de développement durable", "h2"))
        story.append(markup(" · ".join(f"<b>ODD {n}</b> {paragraph_text(label)}" for n, label in data.odds), "small"))
    card = data.catalyseur
    contact = ", ".join(v for v in (card.name, card.structure, card.email, card.phone) if v)
    story += [spacer(0.3), para(f"Contact : {contact}", "small")]
    return story


def _resources(data: PartnershipSheetData) -> str:
    parts = []
    if data.money_eur:
        parts.append(f"{french_number(data.money_eur, 0 if float(data.money_eur).is_integer() else 2)} €")
    if data.in_kind:
        parts.append(f"en nature : {data.in_kind}")
    if data.skills:
        parts.append(f"compétences : {data.skills}")
    return " ; ".join(parts)


def _facts(data: PartnershipSheetData) -> Table:
    period = short_date(data.start) or "?"
    period = f"depuis le {period}" if not data.end else f"du {period} au {short_date(data.end)}"
    if not data.start and not data.end:
        period = "dates non renseignées"
    facts = [
        ("Forme", data.form),
        ("Étape", f"{data.stage}, {period}"),
        ("Communes", shorten(", ".join(data.communes), 220) or "—"),
        ("Besoins", shorten(", ".join(data.needs), 220) or "—"),
    ]
    label, body = styles()["cell_head"], styles()["cell"]
    cells = [[Paragraph(paragraph_text(a), label), Paragraph(paragraph_text(b), body)] for a, b in facts]
    table = Table(cells, colWidths=[CONTENT_WIDTH * 0.18, CONTENT_WIDTH * 0.82], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table
