"""The ``codes`` sheet of a sync file: every code list with its French label, so that an analyst
reads the codes of the other sheets without the application (docs/sync-format.md).

Columns: ``list`` (the list's machine name), ``code``, ``label`` (French), ``group`` (the
"monde" of an actor kind, the métier of a mission), ``used_in`` (the sheet and column keys that
carry these codes). Every cell is text, the ODD numbers too.
"""

from __future__ import annotations

from catalyseur_app.domain.vocabularies import ALL_VOCABULARIES, WORLD_OF_KIND, metier_of

from .schema import CODES_SHEET, Column

COLUMNS = (
    Column("list", "Liste", width=18), Column("code", "Code", width=28),
    Column("label", "Libellé", width=60), Column("group", "Groupe (code)", width=16),
    Column("used_in", "Utilisé dans (feuille.colonne)", width=34),
)
USED_IN = {
    "actor_kind": "acteurs.kind", "actor_world": "codes.group (actor_kind)",
    "partnership_form": "partenariats.form", "partnership_stage": "partenariats.stage",
    "partner_role": "partenaires.role", "need": "partenariats.needs", "odd": "partenariats.odds",
    "metier": "activites.metier; codes.group (mission)", "mission": "activites.mission",
    "contact_role": "contacts.role", "consent_source": "contacts.consent_source",
    "diagnostic_status": "diagnostics.status", "action_status": "actions.status",
}


def code_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for vocabulary in ALL_VOCABULARIES:
        for term in vocabulary:
            if vocabulary.name == "actor_kind":
                group = WORLD_OF_KIND.get(term.code, "")
            elif vocabulary.name == "mission":
                group = metier_of(term.code)
            else:
                group = ""
            rows.append((vocabulary.name, term.code, term.fr, group, USED_IN.get(vocabulary.name, "")))
    return rows


__all__ = ["CODES_SHEET", "COLUMNS", "code_rows"]
