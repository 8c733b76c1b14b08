"""Rows of the demo data set, built as plain dicts for bulk inserts.

Each builder returns lists of rows ready for ``session.execute(insert(Model), rows)``; the
sync stamps are filled by ``Stamper`` because bulk inserts bypass the flush-time stamping.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from catalyseur_app.domain.communes import Commune, get_commune_index
from catalyseur_app.domain.text import fold
from catalyseur_app.domain.typography import in_commune, of_commune
from catalyseur_app.domain.vocabularies import (
    ACTOR_KINDS,
    CONSENT_SOURCES,
    MISSIONS,
    NEEDS,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
    WORLD_OF_KIND,
    metier_of,
)

from . import names

# How many of each per unit of scale (scale 100 ≈ 100,000 travelling records).
ACTORS_PER_SCALE = 120
CONTACTS_PER_SCALE = 150
PARTNERSHIPS_PER_SCALE = 60
ACTIVITIES_PER_SCALE = 450

# Relative weights of actor kinds: many communes and associations, few regions.
KIND_WEIGHTS = {
    "commune": 14, "epci": 3, "departement": 1, "region": 1, "association": 24, "tpe_pme": 18,
    "eti": 4, "grande_entreprise": 3, "fondation": 3, "academique": 4, "institution_publique": 5,
    "reseau": 4, "citoyens": 4, "autre": 2,
}

CONTACT_ROLE_OF_KIND = {
    "commune": ("maire", "adjoint", "dgs", "secretaire_mairie", "conseiller"),
    "epci": ("president", "dgs", "charge_mission"), "departement": ("charge_mission", "directeur"),
    "region": ("charge_mission",), "association": ("president", "benevole", "directeur"),
    "tpe_pme": ("chef_entreprise",), "eti": ("directeur", "charge_mission"),
    "grande_entreprise": ("directeur", "charge_mission"), "fondation": ("directeur", "charge_mission"),
    "academique": ("directeur", "charge_mission"), "institution_publique": ("charge_mission", "directeur"),
    "reseau": ("president", "charge_mission"), "citoyens": ("habitant", "benevole"), "autre": ("autre",),
}

# The part that tells two partnerships apart (topic, company, place) comes first, so titles
# still differ when a narrow list cuts them.
_FORM_TITLES = {
    "mecenat": (
        "{Topic} : mécénat de compétences {de_company}", "{company} soutient {topic}",
        "{Topic} : don de matériel {de_company}", "{place} : fonds local pour {topic}",
    ),
    "pratiques_responsables": (
        "{company} : accueil de travailleurs handicapés", "{company} : achats locaux et responsables",
        "{company} : réduction des déchets", "{Topic} : insertion professionnelle chez {company}",
    ),
    "cooperation_economique": (
        "{Topic} : offre commune {a_place}", "{place} : groupement d'employeurs", "{place} : circuit court",
        "{Topic} : plateforme partagée {a_place}",
    ),
    "innovation_societale": (
        "{Topic} : expérimentation {a_place}", "{place} : laboratoire citoyen {de_topic}",
        "{place} : tiers-lieu {de_topic}", "{Topic} : prototype rural {a_place}",
    ),
}
_TOPICS = {
    "emploi": "l'emploi des jeunes", "education": "l'aide aux devoirs", "sante": "la santé de proximité",
    "lien_social": "la lutte contre l'isolement", "logement": "l'habitat des saisonniers",
    "mobilite": "la mobilité solidaire", "precarite": "l'aide alimentaire", "alimentation": "l'alimentation locale",
    "environnement": "la transition écologique", "numerique": "l'inclusion numérique",
    "culture": "la culture en itinérance", "vieillissement": "le maintien à domicile",
    "economie_locale": "le commerce de centre-bourg",
}
# ODD each need usually serves (ODD 17 is added to most partnerships).
_ODD_OF_NEED = {
    "emploi": (8, 10), "education": (4,), "sante": (3,), "lien_social": (10, 11), "logement": (11, 1),
    "mobilite": (11, 9), "precarite": (1, 2), "alimentation": (2, 12), "environnement": (13, 15, 6),
    "numerique": (9, 4), "culture": (11, 4), "vieillissement": (3, 10), "economie_locale": (8, 12),
}
_OUTCOMES = (
    "Convention signée entre les partenaires.", "Premier bilan positif, reconduction envisagée.",
    "Douze bénéficiaires accompagnés la première année.", "Un emploi créé localement.",
    "Essaimage prévu dans deux communes voisines.", "",
)
# What an inspiring example achieved, by its main need: the results a partnership sheet shows.
_INSPIRING_OUTCOMES = {
    "emploi": ("Huit jeunes du canton ont signé un contrat d'apprentissage chez les entreprises partenaires ; "
               "cinq sont restés en poste après un an.",),
    "education": ("Quarante élèves suivis chaque semaine par douze bénévoles ; les familles ont demandé "
                  "de poursuivre l'aide aux devoirs pendant les vacances.",),
    "sante": ("Une permanence de téléconsultation ouverte deux jours par semaine en mairie : 310 consultations "
              "la première année, dont un tiers de personnes de plus de 75 ans.",),
    "lien_social": ("Soixante-cinq personnes âgées isolées reçoivent une visite chaque semaine ; trois repas "
                    "partagés par an réunissent plus de cent habitants.",),
    "logement": ("Six logements communaux vacants rénovés et loués à des saisonniers et à deux familles "
                 "sinistrées.",),
    "mobilite": ("Un transport à la demande géré par des bénévoles : 1 200 trajets en un an vers le marché, "
                 "les médecins et la gare.",),
    "precarite": ("L'épicerie solidaire accueille 90 foyers par mois ; les invendus de quatre commerces y "
                  "sont collectés chaque semaine.",),
    "alimentation": ("La cantine scolaire est passée à 60 % de produits locaux, fournis par onze exploitations "
                     "du territoire.",),
    "environnement": ("Deux tonnes de déchets évitées par le réemploi ; l'atelier de réparation est ouvert "
                      "un samedi par mois.",),
    "numerique": ("Cent vingt habitants accompagnés dans leurs démarches en ligne ; deux conseillers numériques "
                  "formés parmi les bénévoles.",),
    "culture": ("Dix spectacles en itinérance dans les villages, 1 400 spectateurs, dont la moitié n'allaient "
                "plus au spectacle.",),
    "vieillissement": ("Trente personnes âgées ont pu rester chez elles grâce aux travaux d'adaptation "
                       "financés et réalisés par les artisans partenaires.",),
    "economie_locale": ("La boulangerie et l'épicerie du bourg ont rouvert ; une boutique partagée accueille "
                        "neuf producteurs et artisans.",),
}
_ACTIVITY_TITLES = {
    "dialogue.connaissance": ("Portrait de territoire : {c}", "Mise à jour de la cartographie des acteurs"),
    "dialogue.rencontres": ("Petit-déjeuner des acteurs {a_c}", "Rencontre élus et associations {a_c}"),
    "dialogue.sensibilisation": ("Présentation des alliances en conseil municipal {de_c}",
                                 "Atelier « jouer collectif »"),
    "dialogue.mise_en_relation": ("Mise en relation mairie et entreprise {a_c}", "Rendez-vous tripartite {a_c}"),
    "experimentations.besoins": ("Diagnostic partagé des besoins {a_c}", "Enquête auprès des habitants {de_c}"),
    "experimentations.mobilisation": ("Atelier de co-construction {a_c}", "Réunion de mobilisation des partenaires"),
    "experimentations.copilotage": ("Comité de pilotage de l'expérimentation", "Point d'étape avec les porteurs {a_c}"),
    "experimentations.evaluation": ("Évaluation de l'expérimentation {a_c}", "Bilan collectif des résultats"),
    "accompagnements.incubation": ("Accompagnement du porteur de projet {a_c}", "Séance d'incubation"),
    "accompagnements.formation": ("Formation des élus aux partenariats", "Atelier de formation {a_c}"),
    "accompagnements.partenariats": ("Suivi de partenariat {a_c}", "Rédaction de la convention de partenariat"),
    "accompagnements.essaimage": ("Transfert de l'expérience vers {c}", "Visite apprenante {a_c}"),
    "lieu.convivial": ("Café des acteurs au tiers-lieu", "Soirée conviviale {a_c}"),
    "lieu.coworking": ("Accueil des coworkers", "Journée portes ouvertes du coworking"),
    "lieu.demonstrateur": ("Visite du démonstrateur", "Présentation des prototypes"),
    "lieu.fablab": ("Atelier fab lab : réparation", "Initiation à l'impression 3D"),
}
_ACTIVITY_OUTCOMES = (
    "Prochaine rencontre fixée.", "Deux partenaires intéressés.", "Compte rendu envoyé aux participants.",
    "Besoin confirmé par les élus.", "Projet réorienté.", "", "",
)


_STREETS = ("place de la Mairie", "rue du Centre", "route de la Gare", "avenue de la République",
            "chemin des Écoles")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title(rng: random.Random, form: str, topic: str, company: str, place: str, used: set[str]) -> str:
    """A title whose first words tell it apart; never twice the same one."""
    bare = topic.removeprefix("l'").removeprefix("la ").removeprefix("le ")
    values = dict(topic=topic, Topic=_capitalised(bare), de_topic=of_commune(topic), company=company,
                  de_company=of_commune(company), place=place or company, a_place=in_commune(place or company))
    templates = list(_FORM_TITLES[form])
    rng.shuffle(templates)
    title = ""
    for template in templates:
        title = template.format(**values)
        if title not in used:
            break
    else:
        title = f"{title} ({len(used) + 1})"
    used.add(title)
    return title


class Stamper:
    """Fills the sync columns that the ORM flush would otherwise set."""

    def __init__(self, device_id: str, rng: random.Random):
        self.device_id = device_id
        self.rng = rng
        self.now = datetime.now(UTC)
        self.today = date.today()  # local day: the journal ends on the catalyseur's today

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def row(self, created: datetime | None = None, **values) -> dict:
        created = created or self.now
        return {
            "id": values.pop("id", None) or self.new_id(), "created_at": created, "updated_at": created,
            "version": 1, "changed_by": self.device_id, "deleted_at": None, **values,
        }


@dataclass
class DemoActor:
    id: str
    kind: str
    name: str
    commune: str | None


@dataclass
class DemoRows:
    actors: list[dict] = field(default_factory=list)
    contacts: list[dict] = field(default_factory=list)
    partnerships: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)
    partnership_communes: list[dict] = field(default_factory=list)
    partnership_needs: list[dict] = field(default_factory=list)
    partnership_odds: list[dict] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    activity_communes: list[dict] = field(default_factory=list)
    activity_actors: list[dict] = field(default_factory=list)


def _past(stamper: Stamper, days_back: int) -> datetime:
    return stamper.now - timedelta(days=days_back, minutes=stamper.rng.randrange(600))


def actor_kinds(rng: random.Random, count: int, commune_count: int) -> list[str]:
    """``count`` kinds with every kind present, and no more commune actors than communes."""
    kinds = list(ACTOR_KINDS.codes())
    kinds += rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=max(0, count - len(kinds)))
    extra_communes = kinds.count("commune") - commune_count
    for i in range(len(kinds)):
        if extra_communes <= 0:
            break
        if kinds[i] == "commune" and i >= len(ACTOR_KINDS):
            kinds[i] = "association"
            extra_communes -= 1
    return kinds[:count] if count >= len(ACTOR_KINDS) else kinds


def build_actors(rows: DemoRows, stamper: Stamper, communes: list[Commune], count: int) -> list[DemoActor]:
    rng = stamper.rng
    kinds = actor_kinds(rng, count, len(communes))
    unused = communes[:]
    rng.shuffle(unused)
    actors: list[DemoActor] = []
    for kind in kinds:
        commune = unused.pop() if kind == "commune" and unused else rng.choice(communes)
        name = names.organisation_name(rng, kind, commune.name, commune.department_name)
        company = kind in ("tpe_pme", "eti", "grande_entreprise", "fondation", "association")
        notes = rng.choice(("", "", "Rencontré lors du forum des associations.",
                            "Intéressé par le mécénat de compétences.", "Très impliqué dans la vie locale.",
                            "À recontacter à la rentrée."))
        row = stamper.row(
            created=_past(stamper, rng.randrange(30, 900)),
            name=name, name_key=fold(name), kind=kind, commune_insee=commune.insee,
            address=f"{rng.randrange(1, 40)} {rng.choice(_STREETS)}",
            siren=names.luhn_siren(rng) if company and rng.random() < 0.7 else None,
            website=names.website_of(name) if rng.random() < 0.4 else "",
            notes=notes, merged_into_id=None,
        )
        rows.actors.append(row)
        actors.append(DemoActor(row["id"], kind, name, commune.insee))
    return actors


def build_contacts(rows: DemoRows, stamper: Stamper, actors: list[DemoActor], count: int) -> None:
    rng = stamper.rng
    for i in range(count):
        actor = actors[i % len(actors)] if i < len(actors) else rng.choice(actors)
        first, last = names.person_name(rng)
        consent_day = (stamper.now - timedelta(days=rng.randrange(10, 700))).date()
        rows.contacts.append(stamper.row(
            created=_past(stamper, (stamper.now.date() - consent_day).days),
            actor_id=actor.id, full_name=f"{first} {last}",
            role=rng.choice(CONTACT_ROLE_OF_KIND[actor.kind]),
            email=names.email_of(first, last, actor.name) if rng.random() < 0.85 else "",
            phone=names.phone(rng) if rng.random() < 0.7 else "",
            consent_date=consent_day, consent_source=rng.choice(CONSENT_SOURCES.codes()),
            notes="", erased_at=None,
        ))


def _pick_partners(rng: random.Random, actors_by_world: dict[str, list[DemoActor]],
                   form: str) -> list[tuple[DemoActor, str]]:
    """Two to four actors of different worlds, with roles that fit the form."""
    worlds = list(actors_by_world)
    first_world = {"mecenat": "associations", "pratiques_responsables": "associations"}.get(form, rng.choice(worlds))
    second_world = "entreprises" if form in ("mecenat", "pratiques_responsables") else rng.choice(
        [w for w in worlds if w != first_world])
    chosen = [rng.choice(actors_by_world[first_world]), rng.choice(actors_by_world[second_world])]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        candidate = rng.choice(actors_by_world[rng.choice(worlds)])
        if candidate not in chosen:
            chosen.append(candidate)
    second_role = {"mecenat": "financeur", "pratiques_responsables": "beneficiaire"}.get(form, "partenaire")
    others = ("partenaire", "financeur", "operateur", "expert")
    roles = ["porteur", second_role] + [rng.choice(others) for _ in chosen[2:]]
    return list(zip(chosen, roles, strict=True))


def build_partnerships(rows: DemoRows, stamper: Stamper, actors: list[DemoActor],
                       count: int) -> list[tuple[str, list[str]]]:
    """Partnerships of every form and stage; returns (id, actor ids) pairs for the journal."""
    rng = stamper.rng
    by_world: dict[str, list[DemoActor]] = {}
    for actor in actors:
        by_world.setdefault(WORLD_OF_KIND[actor.kind], []).append(actor)
    forms, stages = PARTNERSHIP_FORMS.codes(), PARTNERSHIP_STAGES.codes()
    today = stamper.today
    created: list[tuple[str, list[str]]] = []
    index = get_commune_index()
    place_of = {actor.commune: commune.name for actor in actors
                if actor.commune and (commune := index.get(actor.commune)) is not None}
    used: set[str] = set()
    for i in range(count):
        form = forms[i % len(forms)]
        stage = stages[(i // len(forms)) % len(stages)] if i < len(forms) * len(stages) else rng.choice(stages)
        partners = _pick_partners(rng, by_world, form)
        needs = rng.sample(NEEDS.codes(), rng.choice((1, 1, 2, 3)))
        odds = {odd for need in needs for odd in _ODD_OF_NEED[need][:rng.choice((1, 2))]}
        if rng.random() < 0.7:
            odds.add(17)
        if i < 17 or rng.random() < 0.15:  # every goal appears, a few partnerships serve a rarer one
            odds.add(i + 1 if i < 17 else rng.randrange(1, 18))
        company = next((a.name for a, _ in partners if WORLD_OF_KIND[a.kind] == "entreprises"), partners[0][0].name)
        title = _title(rng, form, _TOPICS[needs[0]], company, place_of.get(partners[0][0].commune or "", ""), used)
        start = None if stage == "emergence" else today - timedelta(days=rng.randrange(30, 1000))
        end = None
        if stage == "terminee" and start is not None:
            end = min(today, start + timedelta(days=rng.randrange(60, 600)))
            end = end if end > start else start + timedelta(days=1)
        elif start is not None and rng.random() < 0.4:
            end = start + timedelta(days=rng.randrange(180, 1100))
        inspiring = stage in ("active", "terminee") and rng.random() < 0.25
        row = stamper.row(
            created=_past(stamper, (today - start).days if start else rng.randrange(5, 90)),
            title=title,
            description=f"Partenariat entre {partners[0][0].name} et {partners[1][0].name} "
                        f"autour {of_commune(_TOPICS[needs[0]])}.",
            form=form, stage=stage, start_date=start, end_date=end,
            money_eur=float(rng.randrange(5, 200) * 500) if form == "mecenat" or rng.random() < 0.3 else None,
            in_kind=rng.choice(("", "", "Prêt de locaux", "Matériel informatique", "Véhicule")),
            skills=rng.choice(("", "", "Deux jours de mécénat de compétences par mois", "Conseil juridique",
                               "Animation d'ateliers")),
            outcomes=(rng.choice(_INSPIRING_OUTCOMES[needs[0]]) if inspiring else
                      rng.choice(_OUTCOMES) if stage in ("active", "pause", "terminee") else ""),
            inspiring=inspiring,
        )
        rows.partnerships.append(row)
        pid = row["id"]
        for actor, role in partners:
            rows.partners.append(stamper.row(created=row["created_at"], partnership_id=pid, actor_id=actor.id,
                                             role=role))
        communes = {actor.commune for actor, _ in partners[:2] if actor.commune}
        rows.partnership_communes.extend({"partnership_id": pid, "insee": c} for c in sorted(communes))
        rows.partnership_needs.extend({"partnership_id": pid, "need": n} for n in needs)
        rows.partnership_odds.extend({"partnership_id": pid, "odd": o} for o in sorted(odds))
        created.append((pid, [actor.id for actor, _ in partners]))
    return created


def build_activities(rows: DemoRows, stamper: Stamper, communes: list[Commune], actors: list[DemoActor],
                     partnerships: list[tuple[str, list[str]]], count: int) -> None:
    """A year of journal entries ending today, across the 16 missions."""
    rng = stamper.rng
    today = stamper.today
    missions = MISSIONS.codes()
    # Métiers do not weigh the same in a catalyseur's year; each mission still appears.
    weights = [{"dialogue": 4, "experimentations": 3, "accompagnements": 3, "lieu": 1}[metier_of(m)] for m in missions]
    for i in range(count):
        mission = missions[i] if i < len(missions) else rng.choices(missions, weights=weights)[0]
        day = today - timedelta(days=0 if i == 0 else rng.randrange(0, 365))
        while day.weekday() >= 5 and rng.random() < 0.9:  # mostly weekdays
            day -= timedelta(days=1)
        day = max(day, today - timedelta(days=364))
        commune = rng.choice(communes)
        partnership = rng.choice(partnerships) if partnerships and rng.random() < 0.35 else None
        involved = (partnership[1][:2] if partnership
                    else [a.id for a in rng.sample(actors, rng.choice((0, 1, 1, 2, 3)))])
        created = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=17)
        row = stamper.row(
            created=min(created, stamper.now), day=day, metier=metier_of(mission), mission=mission,
            title=rng.choice(_ACTIVITY_TITLES[mission]).format(c=commune.name, a_c=in_commune(commune.name),
                                                               de_c=of_commune(commune.name)),
            minutes=rng.choice((30, 45, 60, 60, 90, 120, 120, 180, 240, 420)),
            participants=rng.choice((None, 2, 3, 5, 8, 12, 20, 35)),
            outcome=rng.choice(_ACTIVITY_OUTCOMES), partnership_id=partnership[0] if partnership else None,
        )
        rows.activities.append(row)
        rows.activity_communes.append({"activity_id": row["id"], "insee": commune.insee})
        rows.activity_actors.extend({"activity_id": row["id"], "actor_id": a} for a in dict.fromkeys(involved))


def demo_communes(index, departments: tuple[str, ...] = ("15", "23")) -> list[Commune]:
    """Every current commune of the given departments, found by INSEE code."""
    found = []
    for department in departments:
        for number in range(1, 1000):
            commune = index.get(f"{department}{number:03d}")
            if commune is not None and commune.department_code == department:
                found.append(commune)
    return found
