"""Every controlled vocabulary of the application, with French and English labels.

Codes are stable machine keys (stored in the database and in sync files); labels are for people.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    fr: str
    en: str

    def label(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


class Vocabulary(Sequence):
    """An ordered sequence of terms that can also be looked up by code.

    The terms written here are the built-in ones; the vocabularies of ``EXTENDABLE`` also carry
    the additions installed from the foundation's reference packs (``set_additions``), after them.
    """

    def __init__(self, name: str, terms) -> None:
        self.name = name
        self._builtin = tuple(terms)
        self._set_terms(self._builtin)

    def _set_terms(self, terms: tuple[Term, ...]) -> None:
        self._by_code = {term.code: term for term in terms}
        self._terms = terms

    def __getitem__(self, index):
        return self._terms[index]

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms)

    def __repr__(self) -> str:
        return f"Vocabulary({self.name!r}, {len(self._terms)} terms)"

    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self._terms)

    def get(self, code: str) -> Term | None:
        return self._by_code.get(code)

    def is_builtin(self, code: str) -> bool:
        return any(term.code == code for term in self._builtin)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def label(self, code: str | None, lang: str = "fr") -> str:
        term = self._by_code.get(code) if code is not None else None
        return term.label(lang) if term else (code or "")


ACTOR_KINDS = Vocabulary("actor_kind", [
    Term("commune", "Commune", "Municipality"),
    Term("epci", "Intercommunalité (EPCI)", "Inter-municipal body (EPCI)"),
    Term("departement", "Département", "Département"),
    Term("region", "Région", "Region"),
    Term("association", "Association", "Non-profit association"),
    Term("tpe_pme", "Entreprise — TPE / PME", "Company — micro / SME"),
    Term("eti", "Entreprise — ETI", "Company — mid-cap"),
    Term("grande_entreprise", "Grande entreprise", "Large company"),
    Term("fondation", "Fondation", "Foundation"),
    Term("academique", "Acteur académique ou de recherche", "Academic or research body"),
    Term("institution_publique", "Institution publique (État et opérateurs)",
         "Public institution (State and agencies)"),
    Term("reseau", "Réseau / tête de réseau", "Network / network head"),
    Term("citoyens", "Citoyens ou collectif informel", "Citizens or informal group"),
    Term("autre", "Autre", "Other"),
])

# The "mondes" an actor kind belongs to, for showing how diverse an alliance is.
ACTOR_WORLDS = Vocabulary("actor_world", [
    Term("collectivites", "Collectivités territoriales", "Local authorities"),
    Term("associations", "Associations et fondations", "Associations and foundations"),
    Term("entreprises", "Entreprises", "Companies"),
    Term("academique", "Monde académique", "Academia"),
    Term("public", "Institutions publiques", "Public institutions"),
    Term("citoyens", "Citoyens et réseaux", "Citizens and networks"),
])
WORLD_OF_KIND = {
    "commune": "collectivites", "epci": "collectivites", "departement": "collectivites",
    "region": "collectivites", "association": "associations", "fondation": "associations",
    "tpe_pme": "entreprises", "eti": "entreprises", "grande_entreprise": "entreprises",
    "academique": "academique", "institution_publique": "public", "reseau": "citoyens",
    "citoyens": "citoyens", "autre": "citoyens",
}

PARTNERSHIP_FORMS = Vocabulary("partnership_form", [
    Term("mecenat", "Mécénat", "Corporate philanthropy"),
    Term("pratiques_responsables", "Pratiques responsables", "Responsible practices"),
    Term("cooperation_economique", "Coopération économique", "Economic cooperation"),
    Term("innovation_societale", "Innovation sociétale", "Societal innovation"),
])

PARTNERSHIP_STAGES = Vocabulary("partnership_stage", [
    Term("emergence", "Émergence", "Emerging"),
    Term("construction", "En construction", "Being built"),
    Term("active", "Active", "Active"),
    Term("pause", "En pause", "On hold"),
    Term("terminee", "Terminée", "Ended"),
])

PARTNER_ROLES = Vocabulary("partner_role", [
    Term("porteur", "Porteur", "Lead"),
    Term("partenaire", "Partenaire", "Partner"),
    Term("financeur", "Financeur", "Funder"),
    Term("operateur", "Opérateur", "Operator"),
    Term("beneficiaire", "Bénéficiaire", "Beneficiary"),
    Term("expert", "Expert / appui", "Expert / support"),
])

NEEDS = Vocabulary("need", [
    Term("emploi", "Emploi", "Employment"),
    Term("education", "Éducation", "Education"),
    Term("sante", "Santé", "Health"),
    Term("lien_social", "Lien social / isolement", "Social ties / isolation"),
    Term("logement", "Logement", "Housing"),
    Term("mobilite", "Mobilité", "Mobility"),
    Term("precarite", "Précarité", "Poverty"),
    Term("alimentation", "Alimentation", "Food"),
    Term("environnement", "Environnement", "Environment"),
    Term("numerique", "Numérique", "Digital"),
    Term("culture", "Culture", "Culture"),
    Term("vieillissement", "Vieillissement", "Ageing"),
    Term("economie_locale", "Économie locale", "Local economy"),
])

ODD = Vocabulary("odd", [
    Term("1", "Pas de pauvreté", "No poverty"),
    Term("2", "Faim «\u00a0zéro\u00a0»", "Zero hunger"),  # no-break spaces: French typography
    Term("3", "Bonne santé et bien-être", "Good health and well-being"),
    Term("4", "Éducation de qualité", "Quality education"),
    Term("5", "Égalité entre les sexes", "Gender equality"),
    Term("6", "Eau propre et assainissement", "Clean water and sanitation"),
    Term("7", "Énergie propre et d'un coût abordable", "Affordable and clean energy"),
    Term("8", "Travail décent et croissance économique", "Decent work and economic growth"),
    Term("9", "Industrie, innovation et infrastructure", "Industry, innovation and infrastructure"),
    Term("10", "Inégalités réduites", "Reduced inequalities"),
    Term("11", "Villes et communautés durables", "Sustainable cities and communities"),
    Term("12", "Consommation et production responsables", "Responsible consumption and production"),
    Term("13", "Lutte contre les changements climatiques", "Climate action"),
    Term("14", "Vie aquatique", "Life below water"),
    Term("15", "Vie terrestre", "Life on land"),
    Term("16", "Paix, justice et institutions efficaces", "Peace, justice and strong institutions"),
    Term("17", "Partenariats pour la réalisation des objectifs", "Partnerships for the goals"),
])

METIERS = Vocabulary("metier", [
    Term("dialogue", "Dialogue territorial", "Territorial dialogue"),
    Term("experimentations", "Expérimentations collectives", "Collective experiments"),
    Term("accompagnements", "Accompagnements", "Support"),
    Term("lieu", "Gestion d'un lieu", "Running a place"),
])

# The four missions of each métier; a mission code starts with its métier's code.
MISSIONS = Vocabulary("mission", [
    Term("dialogue.connaissance", "Partager la connaissance du territoire et de ses acteurs",
         "Share knowledge of the territory and its actors"),
    Term("dialogue.rencontres", "Organiser des rencontres et l'interconnaissance",
         "Organise meetings and mutual acquaintance"),
    Term("dialogue.sensibilisation", "Sensibiliser aux alliances territoriales",
         "Raise awareness of territorial alliances"),
    Term("dialogue.mise_en_relation", "Mettre les acteurs en relation", "Put actors in touch"),
    Term("experimentations.besoins", "Identifier les besoins et les enjeux partagés",
         "Identify needs and shared stakes"),
    Term("experimentations.mobilisation", "Mobiliser les acteurs pour co-construire des solutions",
         "Mobilise actors to co-build solutions"),
    Term("experimentations.copilotage", "Co-piloter des expérimentations", "Co-pilot experiments"),
    Term("experimentations.evaluation", "Évaluer les expérimentations", "Evaluate experiments"),
    Term("accompagnements.incubation", "Incuber des projets", "Incubate projects"),
    Term("accompagnements.formation", "Former à de nouvelles pratiques", "Train in new practices"),
    Term("accompagnements.partenariats", "Accompagner des partenariats", "Support partnerships"),
    Term("accompagnements.essaimage", "Essaimer, accélérer, transférer", "Spread, accelerate, transfer"),
    Term("lieu.convivial", "Lieu convivial de rencontre", "Friendly meeting place"),
    Term("lieu.coworking", "Espace de coworking", "Coworking space"),
    Term("lieu.demonstrateur", "Showroom ou démonstrateur", "Showroom or demonstrator"),
    Term("lieu.fablab", "Fab lab", "Fab lab"),
])


def missions_of(metier: str) -> tuple[Term, ...]:
    return tuple(term for term in MISSIONS if term.code.startswith(metier + "."))


def metier_of(mission: str) -> str:
    return mission.split(".", 1)[0]


CONTACT_ROLES = Vocabulary("contact_role", [
    Term("maire", "Maire", "Mayor"),
    Term("adjoint", "Adjoint(e) au maire", "Deputy mayor"),
    Term("conseiller", "Conseiller(ère) municipal(e)", "Municipal councillor"),
    Term("dgs", "Directeur(rice) général(e) des services", "Chief executive (DGS)"),
    Term("secretaire_mairie", "Secrétaire de mairie", "Town clerk"),
    Term("president", "Président(e)", "Chair"),
    Term("directeur", "Directeur(rice)", "Director"),
    Term("chef_entreprise", "Chef(fe) d'entreprise", "Business owner"),
    Term("charge_mission", "Chargé(e) de mission", "Project officer"),
    Term("benevole", "Bénévole", "Volunteer"),
    Term("habitant", "Habitant(e)", "Resident"),
    Term("autre", "Autre", "Other"),
])

CONSENT_SOURCES = Vocabulary("consent_source", [
    Term("oral", "Accord oral lors d'un entretien", "Oral agreement in a meeting"),
    Term("ecrit", "Accord écrit (formulaire, courrier)", "Written agreement (form, letter)"),
    Term("courriel", "Accord par courriel", "Agreement by e-mail"),
    Term("public", "Coordonnées publiques (fonction officielle)", "Public details (official role)"),
])

DIAGNOSTIC_STATUSES = Vocabulary("diagnostic_status", [
    Term("in_progress", "En cours", "In progress"),
    Term("finalised", "Finalisé", "Finalised"),
    Term("superseded", "Révisé (ancienne version)", "Revised (old version)"),
])

ACTION_STATUSES = Vocabulary("action_status", [
    Term("todo", "À faire", "To do"),
    Term("doing", "En cours", "In progress"),
    Term("done", "Fait", "Done"),
    Term("dropped", "Abandonné", "Dropped"),
])

ALL_VOCABULARIES = (
    ACTOR_KINDS, ACTOR_WORLDS, PARTNERSHIP_FORMS, PARTNERSHIP_STAGES, PARTNER_ROLES, NEEDS, ODD,
    METIERS, MISSIONS, CONTACT_ROLES, CONSENT_SOURCES, DIAGNOSTIC_STATUSES, ACTION_STATUSES,
)

# The vocabularies a reference pack of the foundation may add terms to (codes are never removed).
EXTENDABLE = {vocabulary.name: vocabulary for vocabulary in (NEEDS, PARTNERSHIP_STAGES, PARTNER_ROLES, CONTACT_ROLES)}


def set_additions(additions: Iterable[tuple[str, Term]]) -> None:
    """Make each extendable vocabulary its built-in terms followed by ``additions`` (vocabulary
    name, term) for it; called with the additions installed in the store being opened."""
    extra: dict[str, list[Term]] = {name: [] for name in EXTENDABLE}
    for name, term in additions:
        vocabulary = EXTENDABLE.get(name)
        if vocabulary is not None and not vocabulary.is_builtin(term.code):
            extra[name].append(term)
    for name, vocabulary in EXTENDABLE.items():
        vocabulary._set_terms(vocabulary._builtin + tuple(extra[name]))
