"""The sync workbook's layout: sheets, their machine keys, French headers and cell types.

Version 2 of the format (docs/sync-format.md); version 1 (without the ``codes`` sheet) is read too.
Machine keys are the database column names, so a sheet row maps one to one onto a record; lists of
codes ("15187;15014") carry the association rows (communes, needs, ODD, actors) inside their
parent's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalyseur_app.messages import translatable
from catalyseur_app.store import models as m

FORMAT_VERSION = 3  # 3: the manifest is signed (manifest_signature.py); 2: the codes sheet
MANIFEST_SHEET = "manifeste"
DELETIONS_SHEET = "suppressions"
CODES_SHEET = "codes"  # since version 2: the code lists with their French labels, for people; not read back
LIST_SEPARATOR = ";"

# Cell types. "id" and "ref" are UUID text; "list"/"idlist"/"intlist" are ";"-separated text.
TEXT, INT, FLOAT, BOOL, DATE, DATETIME = "text", "int", "float", "bool", "date", "datetime"
ID, REF, LIST, IDLIST, INTLIST = "id", "ref", "list", "idlist", "intlist"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    type: str = TEXT
    width: int = 18
    ref: str | None = None  # kind referred to, for REF / IDLIST
    personal: bool = False  # personal data: blank unless the file carries consented contacts
    required: bool = False


@dataclass(frozen=True)
class Association:
    """Rows of a child table carried as a list in the parent row."""

    key: str  # column key in the sheet
    table: str
    parent_column: str
    value_column: str


@dataclass(frozen=True)
class Kind:
    name: str  # machine name (also the deletions sheet's "type")
    sheet: str
    label: str  # French, singular, for messages (shown through t())
    model: type | None  # None for the deletions sheet, which names records of the other kinds
    columns: tuple[Column, ...]
    associations: tuple[Association, ...] = field(default=())

    @property
    def table(self):
        return self.model.__table__

    @property
    def record_columns(self) -> tuple[Column, ...]:
        """Columns stored in the record's own table."""
        listed = {a.key for a in self.associations}
        return tuple(c for c in self.columns if c.key not in listed and not c.key.startswith("base_"))


def _stamps() -> tuple[Column, ...]:
    return (
        Column("version", "Version", INT, 9, required=True),
        Column("changed_by", "Modifié par (appareil)", ID, 38, required=True),
        Column("created_at", "Créé le (UTC)", DATETIME, 20, required=True),
        Column("updated_at", "Modifié le (UTC)", DATETIME, 20, required=True),
        Column("base_version", "Version de base", INT, 9),
        Column("base_by", "Base : appareil", REF, 38),
    )


def _kind(name, sheet, label, model, columns, associations=()) -> Kind:
    first = (Column("id", "Identifiant", ID, 38, required=True),)
    return Kind(name, sheet, label, model, first + tuple(columns) + _stamps(), tuple(associations))


KINDS: tuple[Kind, ...] = (
    _kind("profile", "profil", translatable("profil"), m.Profile, (
        Column("full_name", "Nom du catalyseur", TEXT, 28, required=True),
        Column("structure", "Structure", TEXT, 28),
        Column("email", "Courriel", TEXT, 28),
        Column("phone", "Téléphone", TEXT, 16),
        Column("communes", "Communes (codes INSEE)", LIST, 24),
    ), (Association("communes", "profile_communes", "profile_id", "insee"),)),
    _kind("actor", "acteurs", translatable("acteur"), m.Actor, (
        Column("name", "Nom", TEXT, 32, required=True),
        Column("name_key", "Nom (clé de recherche)", TEXT, 20),
        Column("kind", "Type d'acteur (code)", TEXT, 18, required=True),
        Column("commune_insee", "Commune (INSEE)", TEXT, 12),
        Column("address", "Adresse", TEXT, 30),
        Column("siren", "SIREN / SIRET", TEXT, 16),
        Column("website", "Site web", TEXT, 24),
        Column("notes", "Notes", TEXT, 30),
        Column("merged_into_id", "Fusionné dans", REF, 38, ref="actor"),
    )),
    _kind("contact", "contacts", translatable("contact"), m.Contact, (
        Column("actor_id", "Acteur", REF, 38, ref="actor"),
        Column("full_name", "Nom et prénom", TEXT, 26, personal=True),
        Column("role", "Fonction (code)", TEXT, 14),
        Column("email", "Courriel", TEXT, 26, personal=True),
        Column("phone", "Téléphone", TEXT, 16, personal=True),
        Column("consent_date", "Consentement le", DATE, 14),
        Column("consent_source", "Consentement (comment)", TEXT, 16),
        Column("notes", "Notes", TEXT, 26, personal=True),
        Column("erased_at", "Effacé le (UTC)", DATETIME, 20),
    )),
    _kind("partnership", "partenariats", translatable("partenariat"), m.Partnership, (
        Column("title", "Titre", TEXT, 32, required=True),
        Column("description", "Description", TEXT, 32),
        Column("form", "Forme (code)", TEXT, 16, required=True),
        Column("stage", "Étape (code)", TEXT, 14, required=True),
        Column("start_date", "Début", DATE, 12),
        Column("end_date", "Fin", DATE, 12),
        Column("money_eur", "Montant (€)", FLOAT, 12),
        Column("in_kind", "Apports en nature", TEXT, 24),
        Column("skills", "Compétences", TEXT, 24),
        Column("outcomes", "Résultats", TEXT, 24),
        Column("inspiring", "Exemple inspirant", BOOL, 10),
        Column("communes", "Communes (codes INSEE)", LIST, 22),
        Column("needs", "Besoins (codes)", LIST, 22),
        Column("odds", "ODD", INTLIST, 12),
    ), (
        Association("communes", "partnership_communes", "partnership_id", "insee"),
        Association("needs", "partnership_needs", "partnership_id", "need"),
        Association("odds", "partnership_odds", "partnership_id", "odd"),
    )),
    _kind("partner", "partenaires", translatable("partenaire"), m.PartnershipPartner, (
        Column("partnership_id", "Partenariat", REF, 38, ref="partnership", required=True),
        Column("actor_id", "Acteur", REF, 38, ref="actor", required=True),
        Column("role", "Rôle (code)", TEXT, 14),
    )),
    _kind("activity", "activites", translatable("activité"), m.Activity, (
        Column("day", "Date", DATE, 12, required=True),
        Column("metier", "Métier (code)", TEXT, 18, required=True),
        Column("mission", "Mission (code)", TEXT, 22, required=True),
        Column("title", "Intitulé", TEXT, 32, required=True),
        Column("minutes", "Durée (minutes)", INT, 10),
        Column("participants", "Participants", INT, 10),
        Column("outcome", "Résultat", TEXT, 26),
        Column("partnership_id", "Partenariat", REF, 38, ref="partnership"),
        Column("communes", "Communes (codes INSEE)", LIST, 22),
        Column("actors", "Acteurs", IDLIST, 38, ref="actor"),
    ), (
        Association("communes", "activity_communes", "activity_id", "insee"),
        Association("actors", "activity_actors", "activity_id", "actor_id"),
    )),
    _kind("diagnostic", "diagnostics", translatable("diagnostic"), m.Diagnostic, (
        Column("kit_id", "Kit", TEXT, 18, required=True),
        Column("kit_version", "Version du kit", TEXT, 12, required=True),
        Column("commune_insee", "Commune (INSEE)", TEXT, 12, required=True),
        Column("started_on", "Commencé le", DATE, 12, required=True),
        Column("status", "Statut (code)", TEXT, 14),
        Column("current_volet", "Volet en cours", TEXT, 16),
        Column("revision", "Révision", INT, 9),
        Column("revision_of_id", "Révision de", REF, 38, ref="diagnostic"),
        Column("finalised_at", "Finalisé le (UTC)", DATETIME, 20),
        Column("notes", "Notes", TEXT, 26),
    )),
    _kind("participant", "participants", translatable("participant"), m.DiagnosticParticipant, (
        Column("diagnostic_id", "Diagnostic", REF, 38, ref="diagnostic", required=True),
        Column("contact_id", "Contact", REF, 38, ref="contact", personal=True),
        Column("name", "Nom", TEXT, 24, personal=True),
        Column("role", "Qualité", TEXT, 20),
    )),
    _kind("answer", "reponses", translatable("réponse"), m.DiagnosticAnswer, (
        Column("diagnostic_id", "Diagnostic", REF, 38, ref="diagnostic", required=True),
        Column("question", "Question", TEXT, 20, required=True),
        Column("value", "Réponse (JSON)", TEXT, 24, required=True),
    )),
    _kind("priority", "priorites", translatable("priorité"), m.DiagnosticPriority, (
        Column("diagnostic_id", "Diagnostic", REF, 38, ref="diagnostic", required=True),
        Column("volet", "Volet", TEXT, 20, required=True),
        Column("rank", "Rang", INT, 8),
        Column("note", "Note", TEXT, 26),
    )),
    _kind("action", "actions", translatable("action"), m.DiagnosticAction, (
        Column("diagnostic_id", "Diagnostic", REF, 38, ref="diagnostic", required=True),
        Column("title", "Action", TEXT, 32, required=True),
        Column("lead_actor_id", "Pilote", REF, 38, ref="actor"),
        Column("due_date", "Échéance", DATE, 12),
        Column("status", "Statut (code)", TEXT, 12),
        Column("partners", "Partenaires", IDLIST, 38, ref="actor"),
    ), (Association("partners", "diagnostic_action_partners", "action_id", "actor_id"),)),
)

KIND_BY_NAME = {k.name: k for k in KINDS}
KIND_BY_SHEET = {k.sheet: k for k in KINDS}

DELETIONS = Kind("deletion", DELETIONS_SHEET, "suppression", None, (
    Column("kind", "Type d'enregistrement", TEXT, 16, required=True),
    Column("id", "Identifiant", ID, 38, required=True),
    Column("nature", "Nature", TEXT, 14, required=True),  # "suppression" / "effacement"
    Column("at", "Le (UTC)", DATETIME, 20, required=True),
    Column("version", "Version", INT, 9, required=True),
    Column("changed_by", "Modifié par (appareil)", ID, 38, required=True),
    Column("updated_at", "Modifié le (UTC)", DATETIME, 20, required=True),
    Column("base_version", "Version de base", INT, 9),
    Column("base_by", "Base : appareil", REF, 38),
))
NATURE_DELETED, NATURE_ERASED = "suppression", "effacement"

# The manifest: one row per entry, columns key / label / value.
MANIFEST_COLUMNS = (
    Column("key", "Clé", TEXT, 26), Column("label", "Information", TEXT, 44),
    Column("value", "Valeur", TEXT, 66),
)
MANIFEST_ENTRIES = (  # key, French label, type
    ("format_version", "Version du format", INT),
    ("app_version", "Version de l'application", TEXT),
    ("catalyseur_id", "Identifiant du catalyseur", TEXT),
    ("catalyseur_name", "Nom du catalyseur", TEXT),
    ("device_id", "Appareil", TEXT),
    ("sequence", "Numéro d'envoi de cet appareil", INT),
    ("full", "Envoi complet (sinon : changements seulement)", BOOL),
    ("with_contacts", "Contient les coordonnées des contacts consentants", BOOL),
    ("period_start", "Changements depuis (UTC)", DATETIME),
    ("period_end", "Jusqu'au (UTC)", DATETIME),
    ("made_at", "Fichier fait le (UTC)", DATETIME),
)
ALL_DATA_SHEETS = tuple(k.sheet for k in KINDS) + (DELETIONS_SHEET,)
EXPECTED_SHEETS = (MANIFEST_SHEET,) + ALL_DATA_SHEETS
WRITTEN_SHEETS = EXPECTED_SHEETS + (CODES_SHEET,)
OPTIONAL_SHEETS = (CODES_SHEET,)  # a reader accepts them (absent from version 1 files) and skips them


def sheet_columns(sheet: str) -> tuple[Column, ...]:
    if sheet == DELETIONS_SHEET:
        return DELETIONS.columns
    if sheet == MANIFEST_SHEET:
        return MANIFEST_COLUMNS
    return KIND_BY_SHEET[sheet].columns


def synced_tables() -> frozenset[str]:
    """The tables a sync file can change: each kind's own table and its associations' tables."""
    return frozenset({kind.table.name for kind in KINDS if kind.model is not None}
                     | {association.table for kind in KINDS for association in kind.associations})
