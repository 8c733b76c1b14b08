"""A partnership cites an inspiring example installed from a pack: saved, read back, undone."""

import pytest

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.packs.examples import citing_partnerships, list_examples
from catalyseur_app.records import ValidationError
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import (
    Partner,
    PartnershipDraft,
    create_partnership,
    load_partnership,
    update_partnership,
)
from catalyseur_app.store.models import InspiringExample


@pytest.fixture
def examples(store):
    with store.write() as session:
        session.add(InspiringExample(id="ex-1", title="Covoiturage rural", territory="Pays de Salers", partners="",
                                     form="cooperation_economique", odds="11;13", what_was_done="Une plateforme.",
                                     results="300 trajets", pack_sequence=1))
        session.add(InspiringExample(id="ex-2", title="Épicerie solidaire", territory="Allanche", partners="",
                                     form="mecenat", odds="2;12;17", what_was_done="Des invendus donnés.",
                                     results="", pack_sequence=1))
    return ["ex-1", "ex-2"]


def _draft(store, **changes) -> PartnershipDraft:
    actors = [create_actor(store, ActorData(name=name, kind="association")).subject_id for name in ("A", "B")]
    return PartnershipDraft(title="Navette du marché", form="cooperation_economique", stage="active",
                            partners=[Partner(actors[0], "porteur"), Partner(actors[1])], **changes)


def test_examples_filter_by_odd_form_and_text(store, examples):
    assert [e.title for e in list_examples(store)] == ["Covoiturage rural", "Épicerie solidaire"]
    assert [e.id for e in list_examples(store, odd=17)] == ["ex-2"]
    assert [e.id for e in list_examples(store, form="cooperation_economique")] == ["ex-1"]
    assert [e.id for e in list_examples(store, search="invendus")] == ["ex-2"]
    assert list_examples(store, odd=17, form="cooperation_economique") == []


def test_a_partnership_cites_an_example_and_the_change_undoes(store, examples):
    operation = create_partnership(store, _draft(store, cited_example="ex-1"))
    partnership_id = operation.subject_id
    assert load_partnership(store, partnership_id).cited_example == "ex-1"
    assert citing_partnerships(store, "ex-1") == ["Navette du marché"]

    draft = load_partnership(store, partnership_id)
    draft.cited_example = "ex-2"
    update_partnership(store, partnership_id, draft)
    assert load_partnership(store, partnership_id).cited_example == "ex-2"
    draft = load_partnership(store, partnership_id)
    draft.cited_example = None
    removal = update_partnership(store, partnership_id, draft)
    assert load_partnership(store, partnership_id).cited_example is None
    removal.undo()
    assert load_partnership(store, partnership_id).cited_example == "ex-2"
    operation.undo()
    assert citing_partnerships(store, "ex-2") == []


def test_an_unknown_example_is_refused(store, examples):
    with pytest.raises(ValidationError) as error:
        create_partnership(store, _draft(store, cited_example="parti"))
    assert error.value.field_errors["cited_example"] == (
        spaced("Cet exemple inspirant n'est plus disponible : choisissez-en un autre."))
