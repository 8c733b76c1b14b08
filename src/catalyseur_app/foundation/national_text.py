"""What the national workbook and PDF say about themselves: period, metadata (French documents)."""

from __future__ import annotations

from catalyseur_app.reports.formatting import french_date
from catalyseur_app.reports.pdf_base import Metadata

from .national_data import NationalTables


def period_text(data: NationalTables) -> str:
    """« du 1er mars 2026 au 31 août 2026 », followed by « — Cantal (15) » when a territory is chosen."""
    where = "" if data.territory.everywhere else f" — {data.territory.label()}"
    if data.start and data.end:
        return f"du {french_date(data.start)} au {french_date(data.end)}{where}"
    if data.start:
        return f"depuis le {french_date(data.start)}{where}"
    if data.end:
        return f"jusqu'au {french_date(data.end)}{where}"
    return f"toutes périodes{where}"


def metadata_for(data: NationalTables) -> Metadata:
    return Metadata(
        title=f"Observatoire des partenariats — tableaux nationaux, {period_text(data)}",
        subject="Tableaux nationaux consolidés à partir des fichiers d'échange des catalyseurs territoriaux",
        author="Fondation des Territoires",
        keywords="observatoire, partenariats, catalyseurs territoriaux, diagnostics, journal des métiers",
    )
