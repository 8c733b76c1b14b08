"""Each installation has its own signing key: created at the first start, private, in its backups,
kept through a restore, and new in a copied data folder."""

import shutil
import stat

from catalyseur_app.cli import main
from catalyseur_app.store import open_store
from catalyseur_app.store.backup import list_backups
from catalyseur_app.store.installation_key import key_path
from catalyseur_app.store.restore import restore_backup


def _key(folder):
    with open_store(folder) as store:
        return store.device_id, store.signing_key().public_key


def test_the_first_start_creates_a_private_key_that_stays(tmp_path):
    with open_store(tmp_path) as store:
        path = key_path(tmp_path, store.device_id)
        assert path.exists()  # at the first start, before anything is signed
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        first = store.signing_key().public_key
    assert _key(tmp_path)[1] == first


def test_a_copied_folder_gets_its_own_key(tmp_path):
    original, copy = tmp_path / "original", tmp_path / "copie"
    device, key = _key(original)
    shutil.copytree(original, copy)
    copied_device, copied_key = _key(copy)
    assert copied_device != device and copied_key != key
    assert _key(original) == (device, key)


def test_backups_carry_the_key_and_a_lost_key_comes_back_with_a_restore(tmp_path, capsys):
    device, key = _key(tmp_path)
    with open_store(tmp_path) as store:
        backup = store.backup("manuelle")
    saved = backup.with_suffix(".key")
    assert saved.read_bytes() == key_path(tmp_path, device).read_bytes()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    key_path(tmp_path, device).unlink()  # the key file lost
    assert main(["--data-dir", str(tmp_path), "backup", "restore", backup.stem.removeprefix("catalyseur-")]) == 0
    assert "remise en place depuis la sauvegarde" in capsys.readouterr().out
    assert _key(tmp_path) == (device, key)


def test_a_restore_keeps_a_newer_key_and_says_so(tmp_path, capsys):
    device, key = _key(tmp_path)
    with open_store(tmp_path) as store:
        backup = store.backup("manuelle")
    newer = key_path(tmp_path, device)
    newer.unlink()
    with open_store(tmp_path) as store:  # a new key, made after the backup
        newer_key = store.signing_key().public_key
    assert newer_key != key
    assert main(["--lang", "en", "--data-dir", str(tmp_path), "backup", "restore",
                 backup.stem.removeprefix("catalyseur-")]) == 0
    assert "current signing key is kept" in capsys.readouterr().out
    assert _key(tmp_path) == (device, newer_key)
    assert backup.with_suffix(".key").exists()


def test_automatic_backups_carry_the_key_and_restoring_the_same_key_changes_nothing(tmp_path):
    with open_store(tmp_path) as store:
        store.backup("automatique")
    for info in list_backups(tmp_path):
        assert info.path.with_suffix(".key").exists()
    result = restore_backup(tmp_path, list_backups(tmp_path)[0])
    assert result.key == "kept" and not result.key_differs
