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

from catalyseur_app.diagnostics.kits import load_installed, newest_kit
from catalyseur_app.diagnostics.results import finalise, revise
from catalyseur_app.diagnostics.sessions import IN_PROGRESS
from catalyseur_app.demo.names import person_name
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
_REMARKS = (
    "La mairie s'appuie beaucoup sur le tissu associatif, mais les bénévoles s'essoufflent.",
    "Plusieurs initiatives existent sans se connaître : un temps de rencontre est souhaité.",
    "Le maire souligne le rôle de l'épicerie solidaire et de l'école.",
    "Les chiffres cités sont approximatifs et seront vérifiés avec l'EPCI.",
    "Une réunion publique est envisagée au printemps pour partager ce diagnostic.",
    "Les entreprises locales sont prêtes à s'engager si la démarche est bien animée.",
)
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
_ROLES = ("Maire", "Adjoint·e", "Secrétaire de mairie", "Président·e d'association", "Habitant·e")


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
    if kind == "select_one":
        choices = kit.choices_of(question).choices
        scored = [choice for choice in choices if choice.score is not None]
        if scored and rng.random() < 0.9:
            return rng.choice(scored).name
        return rng.choice(choices).name
    if kind == "select_multiple":
        names = kit.choices_of(question).names
        return rng.sample(names, rng.randint(1, min(4, len(names))))
    if kind == "integer":
        return rng.choice((0, rng.randint(1, 30), rng.randint(10, 300)))
    if kind == "decimal":
        return round(rng.uniform(0, 25), 1)
    if kind == "date":
        return today - _dt.timedelta(days=rng.randint(20, 900))
    return rng.choice(_REMARKS)


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
        for contact_id in contacts:
            session.add(DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=contact_id, name="",
                                              role=rng.choice(_ROLES)))
        for _ in range(rng.randint(1, 3)):
            first, last = person_name(rng)
            session.add(DiagnosticParticipant(diagnostic_id=diagnostic.id, name=f"{first} {last}",
                                              role=rng.choice(_ROLES)))
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
