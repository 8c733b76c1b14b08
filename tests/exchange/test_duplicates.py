"""An answer or a partner made on both devices under two ids (same diagnostic + question, or same
partnership + actor): one record stays on each side, and both end with the same content."""

import json
from datetime import UTC, datetime

from exchange_factory import populate
from sqlalchemy import select

from catalyseur_app.exchange.apply import apply_plan
from catalyseur_app.exchange.conflicts import open_conflicts, resolve_conflict
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file, preview_import
from catalyseur_app.store import models as m


def _share(source, target, tmp_path, name, **options):
    path = tmp_path / name
    export_sync_file(source, path, **options)
    return import_sync_file(target, path, trust_new=True)


def _answer(store, diagnostic, value, edits=1):
    """Answer "emploi" on ``store``; ``edits`` > 1 raises its version."""
    with store.write() as s:
        answer = m.DiagnosticAnswer(diagnostic_id=diagnostic, question="emploi", value=value)
        s.add(answer)
    for n in range(edits - 1):
        with store.write() as s:
            s.get(m.DiagnosticAnswer, answer.id).value = f"{value}{'!' * (n + 1)}"
    return answer.id


def _answers(store, diagnostic):
    with store.read() as s:
        return [(a.id, a.value, a.version, a.changed_by) for a in s.scalars(
            select(m.DiagnosticAnswer).where(m.DiagnosticAnswer.diagnostic_id == diagnostic,
                                             m.DiagnosticAnswer.question == "emploi"))]


def _two_answers(store, other_store, tmp_path, mine_edits=1):
    ids = populate(store)
    _share(store, other_store, tmp_path, "0.xlsx", full=True)
    theirs = _answer(store, ids["diagnostic"], '"2"')  # made on A
    mine = _answer(other_store, ids["diagnostic"], '"4"', edits=mine_edits)  # made on B, another id
    return ids["diagnostic"], theirs, mine


def test_a_duplicate_is_a_conflict_in_the_preview_and_both_sides_agree(store, other_store, tmp_path):
    diagnostic, theirs, mine = _two_answers(store, other_store, tmp_path)
    path = tmp_path / "1.xlsx"
    export_sync_file(store, path)
    plan = preview_import(other_store, path, trust_new=True)
    [change] = plan.conflicts
    assert change.duplicate and change.record_id == theirs and change.local_id == mine
    apply_plan(other_store, plan)
    _share(other_store, store, tmp_path, "2.xlsx")
    a, b = _answers(store, diagnostic), _answers(other_store, diagnostic)
    assert len(a) == 1 and len(b) == 1  # one record on each side, never two
    assert a[0][0] == theirs and b[0][0] == mine
    assert a[0][1] == b[0][1]  # the same content: the rule is symmetric
    assert len(open_conflicts(other_store)) == 1  # listed for the person, who may still choose
    # A lists it too only when its own content lost (B's rule kept B's, so A's file did not match)
    assert len(open_conflicts(store)) == (1 if other_store.device_id > store.device_id else 0)


def test_take_theirs_on_a_duplicate_replaces_the_local_content(store, other_store, tmp_path):
    # B edited its answer twice: the rule keeps B's (higher version); the person takes A's
    diagnostic, theirs, mine = _two_answers(store, other_store, tmp_path, mine_edits=2)
    _share(store, other_store, tmp_path, "1.xlsx")
    [conflict] = open_conflicts(other_store)
    assert conflict.chosen == "local" and conflict.record_id == theirs
    assert _answers(other_store, diagnostic)[0][1] == '"4"!'
    resolve_conflict(other_store, conflict.id, "incoming")
    [(record_id, value, version, changed_by)] = _answers(other_store, diagnostic)
    assert (record_id, value) == (mine, '"2"')  # B's record, A's content
    assert version == 3 and changed_by == other_store.device_id  # a new version from B
    assert open_conflicts(other_store) == []
    # A hears of it and has nothing to do: same content under its own id, no new conflict
    outcome = _share(other_store, store, tmp_path, "2.xlsx")
    assert outcome.plan.conflicts == []
    assert [c.reason for c in outcome.plan.changes if c.kind == "answer" and c.record_id == mine] == [
        "déjà présent sous un autre identifiant, avec le même contenu"]
    assert _answers(store, diagnostic) == [(theirs, '"2"', 1, store.device_id)]


def test_take_theirs_in_the_preview_on_a_duplicate(store, other_store, tmp_path):
    diagnostic, theirs, mine = _two_answers(store, other_store, tmp_path, mine_edits=2)
    path = tmp_path / "1.xlsx"
    export_sync_file(store, path)
    plan = preview_import(other_store, path, trust_new=True)
    apply_plan(other_store, plan, {("answer", theirs): "incoming"})
    assert [a[:2] for a in _answers(other_store, diagnostic)] == [(mine, '"2"')]
    with other_store.read() as s:
        conflict = s.scalars(select(m.SyncConflict)).one()
        assert conflict.decided_by == "person" and conflict.status == "resolved"
        assert json.loads(conflict.local)["value"] == '"4"!'


def test_keep_mine_against_the_rule_reaches_the_other_device(store, other_store, tmp_path):
    diagnostic, theirs, mine = _two_answers(store, other_store, tmp_path)
    # give A the higher version: the rule then takes A's content on B; B's person keeps B's
    with store.write() as s:
        s.get(m.DiagnosticAnswer, theirs).value = '"3"'
    _share(store, other_store, tmp_path, "1.xlsx")
    [conflict] = open_conflicts(other_store)
    assert conflict.chosen == "incoming" and _answers(other_store, diagnostic)[0][1] == '"3"'
    resolve_conflict(other_store, conflict.id, "local")
    assert [a[:2] for a in _answers(other_store, diagnostic)] == [(mine, '"4"')]
    _share(other_store, store, tmp_path, "2.xlsx")  # A's rule now takes B's newer version
    assert [a[:2] for a in _answers(store, diagnostic)] == [(theirs, '"4"')]


def test_the_same_partner_added_on_both_sides_with_the_same_role_is_not_a_conflict(store, other_store, tmp_path):
    ids = populate(store)
    _share(store, other_store, tmp_path, "0.xlsx", full=True)
    actor = ids["actors"][2]
    for side in (store, other_store):
        with side.write() as s:
            s.add(m.PartnershipPartner(partnership_id=ids["partnership"], actor_id=actor, role="financeur"))
    outcome = _share(store, other_store, tmp_path, "1.xlsx")
    assert outcome.plan.conflicts == [] and open_conflicts(other_store) == []
    with other_store.read() as s:
        assert len(s.scalars(select(m.PartnershipPartner).where(
            m.PartnershipPartner.partnership_id == ids["partnership"],
            m.PartnershipPartner.actor_id == actor)).all()) == 1


def test_keeping_my_deletion_keeps_the_record_deleted(store, other_store, tmp_path):
    ids = populate(store)
    actor = ids["actors"][1]
    _share(store, other_store, tmp_path, "0.xlsx", full=True)
    with other_store.write() as s:
        s.get(m.Actor, actor).deleted_at = datetime.now(UTC)
    with store.write() as s:
        s.get(m.Actor, actor).notes = "Toujours actif"
    _share(store, other_store, tmp_path, "1.xlsx")  # the rule: the edit wins over B's deletion
    [conflict] = open_conflicts(other_store)
    resolve_conflict(other_store, conflict.id, "local")  # B's person keeps the deletion
    with other_store.read() as s:
        record = s.get(m.Actor, actor)
        assert record.deleted_at is not None and record.changed_by == other_store.device_id
    _share(other_store, store, tmp_path, "2.xlsx")
    with store.read() as s:
        assert s.get(m.Actor, actor).deleted_at is not None  # and A follows


def test_a_newer_conflict_on_a_record_replaces_the_open_one(store, other_store, tmp_path):
    ids = populate(store)
    actor = ids["actors"][0]
    _share(store, other_store, tmp_path, "0.xlsx", full=True)
    for round_ in (1, 2):
        with store.write() as s:
            s.get(m.Actor, actor).notes = f"A{round_}"
        with other_store.write() as s:
            s.get(m.Actor, actor).notes = f"B{round_}"
        _share(store, other_store, tmp_path, f"{round_}.xlsx")
    [conflict] = open_conflicts(other_store)
    assert "A2" in conflict.incoming
    with other_store.read() as s:
        assert [c.status for c in s.scalars(select(m.SyncConflict).order_by(m.SyncConflict.id))] == [
            "superseded", "open"]
