import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from catalyseur_app.store import StoreError, open_store
from catalyseur_app.store.models import Actor, Partnership, PartnershipOdd, Profile, ProfileCommune


def test_every_write_is_stamped(store):
    with store.write() as session:
        actor = Actor(name="Mairie de Saint-Flour", kind="commune", commune_insee="15187")
        session.add(actor)
    assert len(actor.id) == 36
    assert actor.version == 1
    assert actor.changed_by == store.device_id
    assert actor.created_at.tzinfo is not None and actor.updated_at == actor.created_at
    assert actor.deleted_at is None
    first_update = actor.updated_at

    with store.write() as session:
        again = session.get(Actor, actor.id)
        again.notes = "Rencontre le 12 mars"
    with store.read() as session:
        reread = session.get(Actor, actor.id)
        assert reread.version == 2 and reread.updated_at >= first_update
        assert reread.changed_by == store.device_id

    with store.write() as session:
        session.get(Actor, actor.id).deleted_at = session.get(Actor, actor.id).updated_at
    with store.read() as session:
        tombstone = session.get(Actor, actor.id)
        assert tombstone.is_deleted and tombstone.version == 3


def test_changing_a_child_list_bumps_the_parent(store):
    with store.write() as session:
        partnership = Partnership(title="Épicerie solidaire", form="mecenat", stage="active")
        session.add(partnership)
    with store.write() as session:
        loaded = session.get(Partnership, partnership.id)
        loaded.odds.append(PartnershipOdd(odd=2))
    with store.read() as session:
        assert session.get(Partnership, partnership.id).version == 2


def test_a_failed_write_changes_nothing(store):
    with pytest.raises(ValueError), store.write() as session:
        session.add(Actor(name="Association des parents", kind="association"))
        session.flush()
        raise ValueError("boom")
    with store.read() as session:
        assert session.scalars(select(Actor)).all() == []


def test_data_survives_closing_and_reopening(data_dir):
    with open_store(data_dir) as store:
        device = store.device_id
        with store.write() as session:
            profile = Profile(full_name="Camille Martin", structure="Tiers-lieu du Cantal")
            profile.communes.append(ProfileCommune(insee="15187"))
            session.add(profile)
    with open_store(data_dir) as store:
        assert store.device_id == device
        with store.read() as session:
            profile = session.scalars(select(Profile)).one()
            assert profile.full_name == "Camille Martin"
            assert [c.insee for c in profile.communes] == ["15187"]


def test_a_second_instance_is_refused(data_dir):
    with open_store(data_dir):
        with pytest.raises(StoreError, match="déjà ouvert"):
            open_store(data_dir)
        # also from another process, through the command line
        other = subprocess.run(
            [sys.executable, "-c", "from catalyseur_app.store import open_store;"
             f"from pathlib import Path; open_store(Path({str(data_dir)!r}))"],
            capture_output=True, text=True,
        )
        assert other.returncode != 0 and "déjà ouvert" in other.stderr
    open_store(data_dir).close()  # released on close


def test_settings_round_trip(store):
    assert store.get_setting("language") is None
    store.set_setting("language", "en")
    store.set_setting("language", "fr")
    assert store.get_setting("language") == "fr"


def test_dates_are_kept(store):
    with store.write() as session:
        session.add(Partnership(title="Cantine", form="cooperation_economique", stage="emergence",
                                start_date=date(2026, 1, 5)))
    with store.read() as session:
        assert session.scalars(select(Partnership)).one().start_date == date(2026, 1, 5)


def test_the_data_folder_is_private_and_a_string_path_works(tmp_path):
    import stat

    folder = tmp_path / "nouveau"
    with open_store(str(folder)) as store:
        assert store.data_dir == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
