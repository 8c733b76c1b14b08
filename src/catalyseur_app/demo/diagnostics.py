"""Demo diagnostics: some finalised with priorities and an action plan, some in progress.

Answers are produced through the kit runtime (so they respect relevance and constraints) and
written with the ORM; finalising goes through the use case. ``create_demo`` passes a store whose
``write()`` joins its one transaction, so the demo stays all-or-nothing.
"""

from __future__ import annotations

import datetime as _dt
import json
import random

from sqlalchemy import func, select

from catalyseur_app.demo.names import person_name
from catalyseur_app.diagnostics.kits import load_installed, newest_kit
from catalyseur_app.diagnostics.results import finalise, revise
from catalyseur_app.diagnostics.sessions import IN_PROGRESS
from catalyseur_app.kit import Kit, Question, evaluate, priority_volets, validate_answer
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Actor,
    Contact,
    Diagnostic,
    DiagnosticAction,
    DiagnosticActionPartner,
    DiagnosticAnswer,
    DiagnosticParticipant,
    DiagnosticPriority,
    PartnershipCommune,
)

PER_SCALE = 8
MAXIMUM = 200
# What was said around the table, by volet (the prefix of its questions): each report reads differently.
_REMARKS = {
    "fr": (
        "Le CCAS connaît une trentaine de personnes isolées, mais les hameaux éloignés échappent au repérage.",
        "Le médecin part à la retraite l'an prochain ; la téléconsultation en mairie est à l'étude.",
        "Deux familles sinistrées sont encore relogées chez des proches, faute de logement communal libre.",
        "Les jeunes n'ont plus de lieu à eux depuis la fermeture du foyer ; ils demandent un local.",
    ),
    "co": (
        "La route du col est coupée depuis l'orage ; les travaux sont chiffrés, le financement reste à trouver.",
        "L'épicerie tient grâce aux commandes de la cantine ; sans elle, le bourg n'aurait plus de commerce.",
        "Les personnes sans voiture dépendent des voisins pour aller au marché et chez le médecin.",
        "Le bureau de poste n'ouvre plus que deux matinées ; France Services prend le relais le jeudi.",
    ),
    "cl": (
        "La mairie s'appuie beaucoup sur le tissu associatif, mais les bénévoles s'essoufflent.",
        "Le plan communal de sauvegarde date de 2015 : personne ne sait qui appeler en premier.",
        "L'infirmière et l'assistante sociale se parlent souvent, mais sans liste partagée des personnes suivies.",
        "Le bulletin municipal et le groupe de messagerie des parents suffisent à faire circuler l'information.",
    ),
    "ec": (
        "Trois exploitations ont perdu une partie de leur récolte ; la chambre d'agriculture les accompagne.",
        "Les artisans cherchent des apprentis et n'en trouvent pas dans le canton.",
        "Le projet de boutique de producteurs au bourg a besoin d'un local et d'un porteur.",
        "Les chiffres cités sont approximatifs et seront vérifiés avec l'EPCI.",
    ),
    "al": (
        "Plusieurs initiatives existent sans se connaître : un temps de rencontre est souhaité.",
        "Les entreprises locales sont prêtes à s'engager si la démarche est bien animée.",
        "Le comité des fêtes et l'école travaillent déjà ensemble ; la mairie voudrait élargir le cercle.",
        "La confiance est bonne entre élus et associations, plus fragile avec les entreprises de la zone.",
    ),
    "in": (
        "La commune n'a pas de secrétaire de mairie à temps plein pour monter les dossiers.",
        "Les données de l'INSEE sont anciennes ; un recensement des besoins par les bénévoles est envisagé.",
        "Une réunion publique est envisagée au printemps pour partager ce diagnostic.",
        "L'EPCI propose un chargé de mission partagé pour les demandes de subvention.",
    ),
}
_PARTNERS_TO_MOBILISE = (
    "Les entreprises de la zone artisanale et la coopérative laitière.",
    "Le lycée agricole et la chambre d'agriculture.",
    "Une fondation d'entreprise et la Banque des Territoires pour le financement.",
    "Les associations de parents d'élèves et le club de football.",
)
# Plausible figures for the default kit's number questions (the others get a small random number).
_FIGURES = {
    "fr_personnes_isolees": lambda rng: rng.randint(4, 60),
    "co_associations": lambda rng: rng.randint(3, 35),
    "ec_chomage": lambda rng: round(rng.uniform(4.5, 13.5), 1),
    "in_budget": lambda rng: float(rng.randrange(4, 160) * 500),  # 2 000 to 80 000 €
}
_ACTIONS = (
    "Recenser les personnes isolées avec le CCAS et les associations",
    "Organiser une rencontre entre associations, commerçants et élus",
    "Créer un annuaire partagé des bénévoles mobilisables",
    "Lancer un marché de producteurs locaux mensuel",
    "Monter un dossier de financement auprès d'une fondation",
    "Mettre en place une permanence France Services itinérante",
    "Former deux élus à l'animation de partenariats territoriaux",
    "Cartographier les données disponibles sur le territoire",
)
# Roles of the people around the table who are not contacts of an actor (those keep their own role).
_ROLES = ("Maire", "Adjoint·e au maire", "Conseiller·ère municipal·e", "Secrétaire de mairie", "Habitant·e",
          "Bénévole")


def add_demo_diagnostics(store: Store, rng: random.Random, communes: list[str], actors: list[str],
                         scale: int = 1) -> int:
    """Create demo diagnostics with the default kit; returns how many rows were created."""
    if not communes:
        return 0
    info = newest_kit(store)
    kit = load_installed(store, info.form_id, info.version)
    wanted = min(PER_SCALE * scale, MAXIMUM, len(communes))
    chosen = _pick_communes(store, rng, communes, wanted)
    today = _dt.date.today()
    created = 0
    for number, insee in enumerate(chosen):
        finalised = number % 2 == 0
        volets = len(kit.volets) if finalised else rng.randint(1, max(1, len(kit.volets) - 1))
        answers = plausible_answers(kit, rng, volets, today)
        started_on = today - _dt.timedelta(days=rng.randint(5, 330))
        diagnostic_id = _write(store, rng, kit, info, insee, actors, answers, started_on, finalised, volets)
        created += 1
        if finalised:
            finalise(store, diagnostic_id)
            if number == 2:  # one commune had its diagnostic revised a few weeks later
                revise(store, diagnostic_id, started_on=min(today, started_on + _dt.timedelta(days=21)))
                created += 1
    return created


def _pick_communes(store: Store, rng: random.Random, communes: list[str], wanted: int) -> list[str]:
    """Communes with partnerships and actors first, so the alliance volet has something to show."""
    known = set(communes)
    with store.read() as session:
        with_partnerships = [insee for insee, _ in session.execute(
            select(PartnershipCommune.insee, func.count()).group_by(PartnershipCommune.insee)
            .order_by(func.count().desc(), PartnershipCommune.insee)) if insee in known]
    first = with_partnerships[: wanted // 2 + 1]
    rest = [insee for insee in communes if insee not in first]
    return (first + rng.sample(rest, min(len(rest), wanted)))[:wanted]


def plausible_answers(kit: Kit, rng: random.Random, volet_count: int, today: _dt.date) -> dict:
    answers: dict = {}
    for volet in kit.volets[:volet_count]:
        for question in volet.questions:
            if not question.answerable or not evaluate(kit, answers, today=today).is_relevant(question.name):
                continue
            if question.type == "text" and rng.random() < 0.4:
                continue
            for _attempt in range(12):
                check = validate_answer(kit, question.name, _candidate(kit, question, rng, today), answers, today=today)
                if check.ok and check.value is not None:
                    answers[question.name] = check.value
                    break
    return answers


def _candidate(kit: Kit, question: Question, rng: random.Random, today: _dt.date):
    kind = question.type
    if question.name in _FIGURES:
        return _FIGURES[question.name](rng)
    listed = kit.choices_of(question)  # every select question has its list in a loaded kit
    if kind == "select_one" and listed is not None:
        choices = listed.choices
        scored = [choice for choice in choices if choice.score is not None]
        if scored and rng.random() < 0.9:
            return rng.choice(scored).name
        return rng.choice(choices).name
    if kind == "select_multiple" and listed is not None:
        names = listed.names
        return rng.sample(names, rng.randint(1, min(4, len(names))))
    if kind == "integer":
        return rng.choice((0, rng.randint(1, 30), rng.randint(10, 300)))
    if kind == "decimal":
        return round(rng.uniform(0, 25), 1)
    if kind == "date":
        return today - _dt.timedelta(days=rng.randint(20, 900))
    if question.name == "al_partenaires_a_mobiliser":
        return rng.choice(_PARTNERS_TO_MOBILISE)
    return rng.choice(_REMARKS.get(question.name.split("_")[0], _REMARKS["cl"]))


def _write(store: Store, rng: random.Random, kit: Kit, info, insee: str, actors: list[str], answers: dict,
           started_on: _dt.date, finalised: bool, volet_count: int) -> str:
    with store.write() as session:
        local = list(session.scalars(select(Actor.id).where(Actor.commune_insee == insee, Actor.id.in_(actors))))
        pool = local + rng.sample(actors, min(len(actors), 6))
        diagnostic = Diagnostic(kit_id=info.form_id, kit_version=info.version, commune_insee=insee,
                                started_on=started_on, status=IN_PROGRESS, revision=1, notes="",
                                current_volet=kit.volets[min(volet_count, len(kit.volets)) - 1].name)
        session.add(diagnostic)
        session.flush()
        contacts = list(session.scalars(select(Contact.id).join(Actor, Actor.id == Contact.actor_id).where(
            Actor.commune_insee == insee, Contact.erased_at.is_(None)).limit(2)))
        for contact_id in contacts:  # a contact keeps the role recorded with their actor
            session.add(DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=contact_id, name="", role=""))
        roles = ["Maire"] + rng.sample(_ROLES[1:], rng.randint(0, 2))
        for role in roles:
            first, last = person_name(rng)
            session.add(DiagnosticParticipant(diagnostic_id=diagnostic.id, name=f"{first} {last}", role=role))
        for name, value in answers.items():
            session.add(DiagnosticAnswer(diagnostic_id=diagnostic.id, question=name,
                                         value=json.dumps(value, ensure_ascii=False)))
        if finalised:
            flagged = priority_volets(kit, answers, today=_dt.date.today())
            priorities = flagged or [volet.name for volet in rng.sample(list(kit.volets), 2)]
            for rank, volet in enumerate(priorities[:3], start=1):
                session.add(DiagnosticPriority(diagnostic_id=diagnostic.id, volet=volet, rank=rank, note=""))
            for title in rng.sample(_ACTIONS, rng.randint(2, 4)):
                lead = rng.choice(pool) if pool else None
                action = DiagnosticAction(
                    diagnostic_id=diagnostic.id, title=title, lead_actor_id=lead,
                    due_date=started_on + _dt.timedelta(days=rng.randint(30, 240)),
                    status=rng.choice(("todo", "todo", "doing", "done")))
                action.partners = [DiagnosticActionPartner(actor_id=actor)
                                   for actor in dict.fromkeys(rng.sample(pool, min(len(pool), 2))) if actor != lead]
                session.add(action)
        return diagnostic.id
