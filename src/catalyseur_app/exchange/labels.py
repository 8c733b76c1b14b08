"""Names of the sync workbook's record kinds and fields as a person reads them, in French and English.

The one place these labels are declared: the kinds' names are ``schema.Kind.label`` (French, through
``t()``), the fields' names are the vocabulary below (the column headers of the workbook say more,
for the sheet's reader: « Type d'acteur (code) »). The Échanges page reads both from here.
"""

from __future__ import annotations

from catalyseur_app.domain.vocabularies import Term, Vocabulary
from catalyseur_app.messages import current_language, t

from .schema import KIND_BY_NAME

FIELDS = Vocabulary("sync_field", [
    Term("full_name", "Nom", "Name"),
    Term("structure", "Structure", "Structure"),
    Term("email", "Courriel", "E-mail"),
    Term("phone", "Téléphone", "Phone"),
    Term("communes", "Communes", "Communes"),
    Term("name", "Nom", "Name"),
    Term("name_key", "Nom (clé de recherche)", "Name (search key)"),
    Term("kind", "Type", "Kind"),
    Term("commune_insee", "Commune", "Commune"),
    Term("address", "Adresse", "Address"),
    Term("siren", "SIREN / SIRET", "SIREN / SIRET"),
    Term("website", "Site web", "Website"),
    Term("notes", "Notes", "Notes"),
    Term("merged_into_id", "Fusionné dans", "Merged into"),
    Term("actor_id", "Acteur", "Actor"),
    Term("role", "Rôle", "Role"),
    Term("consent_date", "Consentement le", "Consent given on"),
    Term("consent_source", "Moyen de recueil", "Consent given how"),
    Term("erased_at", "Effacé le", "Erased on"),
    Term("title", "Titre", "Title"),
    Term("description", "Description", "Description"),
    Term("form", "Forme", "Form"),
    Term("stage", "Étape", "Stage"),
    Term("start_date", "Début", "Start"),
    Term("end_date", "Fin", "End"),
    Term("money_eur", "Montant (€)", "Amount (€)"),
    Term("in_kind", "Apports en nature", "In-kind contributions"),
    Term("skills", "Compétences", "Skills"),
    Term("outcomes", "Résultats", "Outcomes"),
    Term("inspiring", "Exemple inspirant", "Inspiring example"),
    Term("needs", "Besoins", "Needs"),
    Term("odds", "ODD", "SDG"),
    Term("partnership_id", "Partenariat", "Partnership"),
    Term("day", "Date", "Date"),
    Term("metier", "Métier", "Métier"),
    Term("mission", "Mission", "Mission"),
    Term("minutes", "Durée (minutes)", "Time (minutes)"),
    Term("participants", "Participants", "Participants"),
    Term("outcome", "Résultat", "Outcome"),
    Term("actors", "Acteurs", "Actors"),
    Term("kit_id", "Kit", "Kit"),
    Term("kit_version", "Version du kit", "Kit version"),
    Term("started_on", "Commencé le", "Started on"),
    Term("status", "Statut", "Status"),
    Term("current_volet", "Volet en cours", "Current volet"),
    Term("revision", "Révision", "Revision"),
    Term("revision_of_id", "Révision de", "Revision of"),
    Term("finalised_at", "Finalisé le", "Finalised on"),
    Term("diagnostic_id", "Diagnostic", "Diagnostic"),
    Term("contact_id", "Contact", "Contact"),
    Term("question", "Question", "Question"),
    Term("value", "Réponse", "Answer"),
    Term("volet", "Volet", "Volet"),
    Term("rank", "Rang", "Rank"),
    Term("note", "Note", "Note"),
    Term("lead_actor_id", "Pilote", "Lead"),
    Term("due_date", "Échéance", "Due date"),
    Term("partners", "Partenaires", "Partners"),
])

# Bookkeeping columns every sheet has; the sync machinery reads them, a person never compares them.
STAMPS = frozenset({"id", "version", "changed_by", "created_at", "updated_at", "base_version", "base_by"})


def kind_label(kind: str) -> str:
    """« acteur » / « actor »; the machine name for an unknown kind."""
    known = KIND_BY_NAME.get(kind)
    return t(known.label) if known is not None else kind


def field_label(key: str, language: str | None = None) -> str:
    """« Courriel » / « E-mail »; the key itself for an unknown field."""
    return FIELDS.label(key, language or current_language())
