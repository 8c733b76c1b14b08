from datetime import UTC, datetime

import pytest

from catalyseur_app.profile import ProfileData, ProfileError, load_profile, save_profile
from catalyseur_app.store.models import Profile


def test_the_own_profile_stays_mine_when_another_catalyseurs_profile_arrives(store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    with store.write() as session:  # as a sync import would bring it: older, from elsewhere
        session.info["raw_sync_write"] = True
        session.add(Profile(full_name="Dominique Autre", changed_by="another-device", version=3,
                            created_at=datetime(2020, 1, 1, tzinfo=UTC),
                            updated_at=datetime(2020, 1, 1, tzinfo=UTC)))
    assert load_profile(store).full_name == "Camille Martin"
    save_profile(store, ProfileData("Camille Martin-Roux", "Tiers-lieu", "", ["15187", "2A004"]))
    assert load_profile(store).full_name == "Camille Martin-Roux"
    with store.read() as session:
        names = sorted(p.full_name for p in session.query(Profile))
    assert names == ["Camille Martin-Roux", "Dominique Autre"]


@pytest.mark.parametrize("data, field", [
    (ProfileData("", "Tiers-lieu", "", ["15187"]), "full_name"),
    (ProfileData("Camille", "", "pas-une-adresse", ["15187"]), "email"),
    (ProfileData("Camille", "", "", ["99999"]), "communes"),
    (ProfileData("Camille\x07", "", "", ["15187"]), "full_name"),
])
def test_bad_profiles_are_refused_with_a_french_message_and_nothing_saved(store, data, field):
    with pytest.raises(ProfileError) as error:
        save_profile(store, data)
    assert field in error.value.field_errors
    assert load_profile(store) is None
