"""Test data made directly with the models, through store.write()."""

from __future__ import annotations

from datetime import UTC, date, datetime

from catalyseur_app.store import models as m


def make_profile(store, name="Camille Martin"):
    with store.write() as s:
        profile = m.Profile(full_name=name, structure="Fondation", email="camille@example.org")
        profile.communes = [m.ProfileCommune(insee="15187"), m.ProfileCommune(insee="15014")]
        s.add(profile)
    return profile.id


def populate(store, actors=3, tricky=True):
    """A small, complete data set: every kind of record, and texts that look like formulas."""
    ids = {}
    with store.write() as s:
        profile = m.Profile(full_name="Camille Martin", structure="Catalyseurs du Cantal")
        profile.communes = [m.ProfileCommune(insee="15187")]
        s.add(profile)
        actor_list = []
        for i in range(actors):
            name = ["=1+1", "+33 6 12 34 56 78", "-", "@x"][i % 4] if tricky else f"Acteur {i}"
            actor = m.Actor(name=name if i < 4 else f"Acteur {i}", kind="association",
                            commune_insee="15187", notes="ligne 1\nligne 2\r\nfin _x0041_ \x0b")
            s.add(actor)
            actor_list.append(actor)
        s.flush()
        contact = m.Contact(actor_id=actor_list[0].id, full_name="Jeanne Dupont", role="maire",
                            email="jeanne@example.org", phone="0612345678",
                            consent_date=date(2024, 3, 1), consent_source="oral")
        secret = m.Contact(actor_id=actor_list[0].id, full_name="Sans Consentement", role="dgs")
        s.add_all([contact, secret])
        partnership = m.Partnership(title="Épicerie solidaire", form="mecenat", stage="active",
                                    start_date=date(2024, 1, 15), money_eur=1500.5, inspiring=True)
        partnership.communes = [m.PartnershipCommune(insee="15187"), m.PartnershipCommune(insee="15014")]
        partnership.needs = [m.PartnershipNeed(need="alimentation")]
        partnership.odds = [m.PartnershipOdd(odd=2), m.PartnershipOdd(odd=17)]
        s.add(partnership)
        s.flush()
        s.add(m.PartnershipPartner(partnership_id=partnership.id, actor_id=actor_list[0].id, role="porteur"))
        s.add(m.PartnershipPartner(partnership_id=partnership.id, actor_id=actor_list[1].id))
        activity = m.Activity(day=date(2024, 4, 2), metier="dialogue", mission="dialogue.rencontres",
                              title="Réunion des acteurs", minutes=90, participants=12,
                              partnership_id=partnership.id)
        activity.communes = [m.ActivityCommune(insee="15187")]
        activity.actors = [m.ActivityActor(actor_id=a.id) for a in actor_list[:2]]
        s.add(activity)
        diagnostic = m.Diagnostic(kit_id="sortie_de_crise", kit_version="2024.1", commune_insee="15187",
                                  started_on=date(2024, 5, 6),
                                  finalised_at=datetime(2024, 5, 7, 10, 30, tzinfo=UTC))
        s.add(diagnostic)
        s.flush()
        s.add(m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=contact.id, name="Jeanne Dupont",
                                      role="maire"))
        s.add(m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=secret.id, name="Sans Consentement"))
        s.add(m.DiagnosticAnswer(diagnostic_id=diagnostic.id, question="isolement", value="3"))
        s.add(m.DiagnosticPriority(diagnostic_id=diagnostic.id, volet="fragilites", rank=1, note="Urgent"))
        action = m.DiagnosticAction(diagnostic_id=diagnostic.id, title="Ouvrir un tiers-lieu",
                                    lead_actor_id=actor_list[0].id, due_date=date(2024, 12, 31))
        action.partners = [m.DiagnosticActionPartner(actor_id=actor_list[1].id)]
        s.add(action)
        s.flush()
        ids.update(profile=profile.id, actors=[a.id for a in actor_list], contact=contact.id, secret=secret.id,
                   partnership=partnership.id, activity=activity.id, diagnostic=diagnostic.id, action=action.id)
    return ids
