"""A copied data folder is a new device: edits made in the two copies are never taken as the same."""

import json
import shutil

from catalyseur_app import cli
from catalyseur_app.exchange.conflicts import open_conflicts
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.actors import ActorData, create_actor, update_actor
from catalyseur_app.store import open_store
from catalyseur_app.store.installation import MARKER_NAME


def _device(folder):
    with open_store(folder) as store:
        return store.device_id


def test_a_copied_folder_gets_a_new_device_id_and_the_original_keeps_its_own(tmp_path, caplog):
    original, copy = tmp_path / "original", tmp_path / "copie"
    device = _device(original)
    assert _device(original) == device  # reopening is not a copy
    shutil.copytree(original, copy)
    with caplog.at_level("WARNING"):
        copied = _device(copy)
    assert copied != device
    assert "copied" in caplog.text and copied in caplog.text and device in caplog.text
    assert _device(copy) == copied  # only once
    assert _device(original) == device


def test_a_database_moved_alone_into_another_folder_is_a_new_device(tmp_path):
    original, other = tmp_path / "original", tmp_path / "autre"
    device = _device(original)
    other.mkdir(mode=0o700)
    shutil.copy2(original / "catalyseur.sqlite", other / "catalyseur.sqlite")
    assert _device(other) != device
    assert _device(original) == device


def test_a_folder_moved_in_place_keeps_its_device_id(tmp_path):
    original, moved = tmp_path / "original", tmp_path / "deplace"
    device = _device(original)
    original.rename(moved)  # same file system: the same folder under another name
    assert _device(moved) == device
    assert (moved / MARKER_NAME).is_file()


def _edit(folder, actor_id, notes):
    with open_store(folder) as store:
        update_actor(store, actor_id, ActorData(name="Mairie de Murat", kind="commune", commune_insee="15138",
                                                notes=notes))


def test_edits_in_two_copies_are_not_lost_through_a_sync_exchange(tmp_path):
    original, copy = tmp_path / "original", tmp_path / "copie"
    with open_store(original) as store:
        save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15138"]))
        data = ActorData(name="Mairie de Murat", kind="commune", commune_insee="15138")
        actor_id = create_actor(store, data).subject_id
    shutil.copytree(original, copy)
    _edit(original, actor_id, "Rendez-vous pris avec le maire (original)")
    _edit(copy, actor_id, "Le maire préfère un courriel (copie)")
    sent = {}
    for name, folder in (("original", original), ("copie", copy)):
        sent[name] = tmp_path / f"envoi-{name}.xlsx"
        assert cli.main(["--data-dir", str(folder), "sync", "export", "--out", str(sent[name])]) == 0
    assert cli.main(["--data-dir", str(copy), "sync", "import", "--trust-new", str(sent["original"])]) == 0
    assert cli.main(["--data-dir", str(original), "sync", "import", "--trust-new", str(sent["copie"])]) == 0
    for folder in (original, copy):
        with open_store(folder) as store:
            conflicts = open_conflicts(store)
        assert [conflict.record_id for conflict in conflicts] == [actor_id]
        both = {json.loads(conflicts[0].local)["notes"], json.loads(conflicts[0].incoming)["notes"]}
        assert both == {"Rendez-vous pris avec le maire (original)", "Le maire préfère un courriel (copie)"}
