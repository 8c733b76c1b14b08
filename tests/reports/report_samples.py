"""Records for the document tests, made through the real use cases where they exist."""

from __future__ import annotations

import datetime as dt

from catalyseur_app.diagnostics.results import ActionInput, add_action, finalise, set_priorities
from catalyseur_app.diagnostics.sessions import DiagnosticRun, Participant, start_diagnostic
from catalyseur_app.store.models import (
    Activity,
    ActivityCommune,
    Actor,
    Diagnostic,
    Partnership,
    PartnershipCommune,
    PartnershipNeed,
    PartnershipOdd,
    PartnershipPartner,
    Profile,
)

SAINT_FLOUR = "15187"
TRICKY = "Œuvre « Àçcents » l’Été — ÉÈÊËÎÏÔŒÙÛÜŸÇ æ <b>&amp; & < > 😀🦄👩‍👩‍👧"
LONG_OBSERVATION = ("Les habitants isolés des hameaux sont repérés par le CCAS et les bénévoles ; "
                    "il faudrait mieux coordonner les visites. ") * 190  # about 20,000 characters

ANSWERS = {
    "fr_isolement": "partiel",
    "fr_personnes_isolees": 42,
    "fr_precarite": "emergent",
    "fr_sante": "absent",
    "fr_alimentation": "etabli",
    "fr_observations": LONG_OBSERVATION,
    "fr_priorite": "yes",
    "co_associations": 17,
    "co_commerces": "partiel",
    "co_tpe": "emergent",
    "co_services_publics": "etabli",
    "co_observations": "La boulangerie & l'épicerie « Chez Zoé » ont rouvert <enfin>.",
    "co_priorite": "no",
    "cl_cellule": "yes",
    "cl_cellule_date": "2024-03-25",
    "cl_benevoles": "etabli",
    "ec_emploi": "partiel",
    "ec_chomage": 7.5,
    "al_partenariats": "partiel",
    "al_mondes": ["collectivite", "association", "entreprise"],
    "al_confiance": "etabli",
    "in_donnees": "absent",
    "in_budget": 12500.5,
    "in_priorite": "yes",
}


def add_profile(store, name: str = "Camille Dupré-Lœuillet", structure: str = "Maison des alliances du Cantal") -> str:
    with store.write() as session:
        profile = Profile(full_name=name, structure=structure, email="camille@alliances-cantal.fr",
                          phone="04 71 00 00 00")
        session.add(profile)
        session.flush()
        return profile.id


def add_actor(session, name: str, kind: str, insee: str = SAINT_FLOUR) -> str:
    actor = Actor(name=name, kind=kind, commune_insee=insee)
    session.add(actor)
    session.flush()
    return actor.id


def add_partnership(store, title: str = "Repas partagés des hameaux", *, insee: str = SAINT_FLOUR,
                    stage: str = "active", form: str = "mecenat", start: dt.date | None = dt.date(2026, 1, 15),
                    partners=(("Mairie de Saint-Flour", "commune", "porteur"),
                              ("Épicerie solidaire « Les Œillets »", "association", "partenaire"),
                              ("Boulangerie Durand & Fils", "tpe_pme", "financeur"))) -> str:
    with store.write() as session:
        partnership = Partnership(
            title=title, description="Des repas chaque mois pour rompre l'isolement des habitants des hameaux.",
            form=form, stage=stage, start_date=start, money_eur=3500.0,
            in_kind="Salle communale, camion frigorifique", skills="Cuisine, logistique",
            outcomes="Quarante personnes âgées revoient leurs voisins chaque mois ; deux nouveaux bénévoles.",
            inspiring=True)
        session.add(partnership)
        session.flush()
        for name, kind, role in partners:
            actor_id = add_actor(session, name, kind, insee)
            session.add(PartnershipPartner(partnership_id=partnership.id, actor_id=actor_id, role=role))
        partnership.communes.append(PartnershipCommune(insee=insee))
        partnership.odds.extend([PartnershipOdd(odd=3), PartnershipOdd(odd=17), PartnershipOdd(odd=10)])
        partnership.needs.extend([PartnershipNeed(need="lien_social"), PartnershipNeed(need="alimentation")])
        return partnership.id


PARTICIPANTS = (Participant(name="Jeanne Lefèvre", role="Maire"),
                Participant(name="Noël Bœuf-Hérault", role="Adjoint aux solidarités"))


def add_diagnostic(store, *, answers=ANSWERS, finalised: bool = True, actions: int = 4,
                   started_on: dt.date = dt.date(2026, 11, 26), insee: str = SAINT_FLOUR,
                   participants=PARTICIPANTS) -> str:
    diagnostic_id = start_diagnostic(store, insee, participants, started_on=started_on)
    run = DiagnosticRun(store, diagnostic_id, today=started_on)
    for name, value in answers.items():
        check = run.answer(name, value)
        assert check.kind not in ("type", "constraint"), (name, check)
    with store.write() as session:
        lead = add_actor(session, "Centre social « La Passerelle »", "association", insee)
        partner = add_actor(session, "Crédit Agricole Centre France", "grande_entreprise", insee)
        session.get(Diagnostic, diagnostic_id).notes = "Prochain point d'étape en mars avec le conseil municipal."
    set_priorities(store, diagnostic_id, ["fragilites", "ingenierie"],
                   {"fragilites": "Repérer et visiter les personnes isolées avant l'hiver."})
    for n in range(actions):
        add_action(store, diagnostic_id, ActionInput(
            title=f"Action n° {n + 1} : organiser la tournée des hameaux", lead_actor_id=lead,
            partner_ids=(partner,), due_date=dt.date(2026, 12, 1) + dt.timedelta(days=20 * n),
            status=("todo", "doing", "done", "todo")[n % 4]))
    if finalised:
        finalise(store, diagnostic_id, today=started_on)
    return diagnostic_id


def add_activities(store, count: int = 40, start: dt.date = dt.date(2026, 7, 1)) -> None:
    from catalyseur_app.domain.vocabularies import MISSIONS, metier_of

    missions = MISSIONS.codes()
    with store.write() as session:
        for n in range(count):
            mission = missions[n % len(missions)]
            activity = Activity(day=start + dt.timedelta(days=2 * n), metier=metier_of(mission), mission=mission,
                                title=f"=HYPERLINK(\"x\") réunion {n}" if n == 0 else f"Rencontre n° {n}",
                                minutes=30 + 15 * (n % 7), participants=3 + n % 9, outcome="")
            activity.communes.append(ActivityCommune(insee=SAINT_FLOUR))
            session.add(activity)
