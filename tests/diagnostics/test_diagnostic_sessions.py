import datetime as dt
import json

import pytest
from diagnostic_kits import COMMUNE, kit_bytes, survey_rows
from sqlalchemy import select

from catalyseur_app.diagnostics import DiagnosticError, DiagnosticLocked
from catalyseur_app.diagnostics.kits import install_kit
from catalyseur_app.diagnostics.queries import participants_of
from catalyseur_app.diagnostics.results import (
    ActionInput,
    add_action,
    finalise,
    get_conclusion,
    revise,
    set_priorities,
    update_action,
)
from catalyseur_app.diagnostics.sessions import DiagnosticRun, Participant, start_diagnostic
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.store.models import Actor, Contact, Diagnostic, DiagnosticAnswer

TODAY = dt.date(2026, 3, 15)


def stored_answers(store, diagnostic_id):
    with store.read() as session:
        rows = session.scalars(select(DiagnosticAnswer).where(
            DiagnosticAnswer.diagnostic_id == diagnostic_id, DiagnosticAnswer.deleted_at.is_(None)))
        return {row.question: json.loads(row.value) for row in rows}


def test_start_uses_newest_version_and_records_participants(store, test_kit):
    assert install_kit(store, kit_bytes("2")).ok
    with store.write() as session:
        actor = Actor(name="Mairie", kind="commune", commune_insee=COMMUNE)
        session.add(actor)
        session.flush()
        contact = Contact(actor_id=actor.id, full_name="Claire Martin", role="maire")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    diagnostic_id = start_diagnostic(store, COMMUNE, [Participant(contact_id=contact_id, role="Maire"),
                                                      Participant(name="  Paul Durand ", role="Bénévole"),
                                                      Participant(name="   ")], kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id)
    assert (run.kit_id, run.kit_version, run.status, run.current_volet) == ("test_kit", "2", "in_progress", "situation")
    assert [(p.name, p.role) for p in participants_of(store, diagnostic_id)] == [
        ("Claire Martin", "Maire"), ("Paul Durand", "Bénévole")]


def test_unknown_commune_is_refused(store, test_kit):
    with pytest.raises(DiagnosticError, match="99999"):
        start_diagnostic(store, "99999", kit_id="test_kit")
    with store.read() as session:
        assert session.scalars(select(Diagnostic)).all() == []


def test_answers_saved_at_once_and_invalid_ones_not_saved(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    assert run.answer("q_level", "haut").ok
    assert stored_answers(store, diagnostic_id) == {"q_level": "haut"}
    check = run.answer("q_count", "1 500")
    assert check.kind == "constraint" and check.message == "Indiquez un nombre entre 0 et 1000."
    check = run.answer("q_count", "beaucoup")
    assert check.kind == "type" and "nombre entier" in check.message
    check = run.answer("q_date", "2026-12-01")
    assert check.message == "La date ne peut pas être dans le futur."
    assert stored_answers(store, diagnostic_id) == {"q_level": "haut"}
    assert run.answer("q_count", "250").ok
    assert run.answer("q_date", "01/02/2026").ok
    assert run.answer("r_worlds", ["association", "entreprise"]).ok
    assert stored_answers(store, diagnostic_id) == {
        "q_level": "haut", "q_count": 250, "q_date": "2026-02-01", "r_worlds": ["association", "entreprise"]}
    run.answer("q_date", "")  # emptied: the answer goes away
    assert "q_date" not in stored_answers(store, diagnostic_id)


def test_resume_where_left(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id)
    run.answer("q_level", "moyen")
    run.go_to_volet("ressources")
    run.answer("r_obs", "Une salle est disponible.")
    del run
    again = DiagnosticRun(store, diagnostic_id)
    assert again.current_volet == "ressources"
    assert again.answers == {"q_level": "moyen", "r_obs": "Une salle est disponible."}


def test_irrelevant_answers_kept_while_in_progress_and_dropped_at_finalise(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    run.answer("q_level", "haut")
    run.answer("q_count", "12")
    run.answer("q_level", "bas")  # q_count becomes irrelevant
    assert not run.state.is_relevant("q_count")
    assert stored_answers(store, diagnostic_id)["q_count"] == 12
    run.answer("q_level", "haut")  # back: the count typed earlier is still there
    assert run.state.is_relevant("q_count") and run.answers["q_count"] == 12
    run.answer("q_level", "bas")
    finalise(store, diagnostic_id, today=TODAY)
    assert stored_answers(store, diagnostic_id) == {"q_level": "bas"}


def test_verify_lists_every_error(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    assert [(e.question, e.message) for e in run.errors] == [("q_level", "Choisissez un niveau.")]
    with pytest.raises(DiagnosticError) as refused:
        finalise(store, diagnostic_id, today=TODAY)
    assert "1 erreur reste à corriger" in refused.value.message
    assert refused.value.details == [spaced("Situation — Niveau d'organisation : Choisissez un niveau.")]
    assert DiagnosticRun(store, diagnostic_id).status == "in_progress"


def test_scores_per_volet_and_axis(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    run.answer("q_level", "moyen")  # 1 of 0..2 -> 50
    run.answer("r_level", "haut")  # 100
    scores = run.scores()
    assert scores.volets["situation"].score == pytest.approx(50)
    assert scores.volets["ressources"].score == pytest.approx(100)
    assert scores.axes == {"urgences": pytest.approx(50), "redeveloppement": pytest.approx(100)}
    run.answer("q_prio", "yes")
    assert run.flagged_priorities() == ["situation"]


def test_finalise_locks_and_revise_keeps_the_old(store, test_kit):
    with store.write() as session:
        actor = Actor(name="Association Relais", kind="association", commune_insee=COMMUNE)
        partner = Actor(name="Boulangerie", kind="tpe_pme", commune_insee=COMMUNE)
        session.add_all([actor, partner])
        session.flush()
        actor_id, partner_id = actor.id, partner.id
    diagnostic_id = start_diagnostic(store, COMMUNE, [Participant(name="Paul")], kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    run.answer("q_level", "moyen")
    set_priorities(store, diagnostic_id, ["ressources", "situation"])
    action_id = add_action(store, diagnostic_id, ActionInput("Recenser les bénévoles", actor_id, (partner_id,),
                                                             dt.date(2026, 6, 1)))
    finalise(store, diagnostic_id, today=TODAY)

    locked = DiagnosticRun(store, diagnostic_id)
    assert locked.status == "finalised" and locked.locked
    with pytest.raises(DiagnosticLocked, match="finalisé"):
        locked.answer("q_level", "haut")
    with pytest.raises(DiagnosticLocked):
        run.answer("q_level", "haut")  # an object opened before finalising is refused too
    with pytest.raises(DiagnosticLocked):
        set_priorities(store, diagnostic_id, ["situation"])
    assert stored_answers(store, diagnostic_id) == {"q_level": "moyen"}
    # the action plan is followed up after finalising
    update_action(store, action_id, ActionInput("Recenser les bénévoles", actor_id, (partner_id,),
                                                dt.date(2026, 6, 1), "doing"))

    with store.read() as session:
        old_before = session.get(Diagnostic, diagnostic_id)
        old_version = old_before.version
    new_id = revise(store, diagnostic_id)
    new = DiagnosticRun(store, new_id, today=TODAY)
    assert (new.revision, new.revision_of_id, new.status, new.kit_version) == (2, diagnostic_id, "in_progress", "1")
    assert new.answers == {"q_level": "moyen"}
    conclusion = get_conclusion(store, new_id)
    assert [p.volet for p in conclusion.priorities] == ["ressources", "situation"]
    assert [(a.title, a.lead_actor_id, a.partner_ids, a.status) for a in conclusion.actions] == [
        ("Recenser les bénévoles", actor_id, (partner_id,), "doing")]
    assert [p.name for p in participants_of(store, new_id)] == ["Paul"]
    new.answer("q_level", "haut")
    assert stored_answers(store, diagnostic_id) == {"q_level": "moyen"}
    old = DiagnosticRun(store, diagnostic_id)
    assert old.status == "superseded"
    with pytest.raises(DiagnosticLocked, match="remplacé"):
        old.answer("q_level", "bas")
    with pytest.raises(DiagnosticLocked):
        revise(store, diagnostic_id)
    with pytest.raises(DiagnosticError, match="encore en cours"):
        revise(store, new_id)
    with pytest.raises(DiagnosticLocked):
        update_action(store, action_id, ActionInput("Autre chose"))
    with store.read() as session:
        assert session.get(Diagnostic, diagnostic_id).version == old_version + 1  # only the status changed


def test_newer_kit_version_never_breaks_a_diagnostic_in_progress(store, test_kit):
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    run = DiagnosticRun(store, diagnostic_id, today=TODAY)
    run.answer("q_level", "haut")
    run.answer("q_count", "900")
    # version 2 renames the choices, tightens the constraint and drops a question
    rows = [row for row in survey_rows() if row[1] != "q_date"]
    rows[2][8] = ". <= 10"
    assert install_kit(store, kit_bytes("2", rows=rows)).ok
    reopened = DiagnosticRun(store, diagnostic_id, today=TODAY)
    assert reopened.kit_version == "1" and "q_date" in reopened.kit.questions
    assert reopened.errors == ()  # 900 is still fine under version 1's rule
    assert reopened.answer("q_date", "2026-01-10").ok
    newer = DiagnosticRun(store, start_diagnostic(store, COMMUNE, kit_id="test_kit"))
    assert newer.kit_version == "2" and "q_date" not in newer.kit.questions


def test_defaults_are_saved_at_start(store):
    rows = survey_rows()
    rows.insert(5, ["text", "q_default", "Avec valeur", "With default", None, None, None, None, None, None,
                    None, None, None])
    rows[5] = rows[5] + [None]
    from diagnostic_kits import SURVEY_HEADERS
    headers = SURVEY_HEADERS + ["default"]
    import io

    import openpyxl
    workbook = openpyxl.load_workbook(io.BytesIO(kit_bytes("1", rows=rows)))
    survey = workbook["survey"]
    for column, header in enumerate(headers, start=1):
        survey.cell(1, column, header)
    survey.cell(7, len(headers), "texte initial")
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert install_kit(store, buffer.getvalue()).ok
    diagnostic_id = start_diagnostic(store, COMMUNE, kit_id="test_kit")
    assert stored_answers(store, diagnostic_id) == {"q_default": "texte initial"}
