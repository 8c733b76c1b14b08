"""A missing, empty or unreadable database is never replaced by a new empty store while backups exist."""

import sqlite3

import pytest

from catalyseur_app import cli
from catalyseur_app.messages import set_language
from catalyseur_app.store import open_store
from catalyseur_app.store.errors import RestoreNeeded
from catalyseur_app.store.paths import backups_dir, database_path


def _store_with_backups(data_dir, count=2):
    from catalyseur_app.records.actors import ActorData, create_actor

    made = []
    with open_store(data_dir) as store:
        for index in range(count):
            create_actor(store, ActorData(name=f"Mairie n° {index}", kind="commune", commune_insee="15187"))
            made.append(store.backup("manuelle"))
    return made


def _remove_database(data_dir):
    for suffix in ("", "-wal", "-shm"):
        database_path(data_dir).with_name(database_path(data_dir).name + suffix).unlink(missing_ok=True)


def _snapshot(folder):
    return {path.relative_to(folder): (path.stat().st_size, path.read_bytes() if path.is_file() else None)
            for path in sorted(folder.rglob("*")) if path.name != "catalyseur.lock"}


@pytest.mark.parametrize("damage", ["missing", "zero-byte", "not-a-database"])
def test_a_lost_database_with_backups_asks_for_a_restore(data_dir, damage):
    older, newer = _store_with_backups(data_dir)
    _remove_database(data_dir)
    db = database_path(data_dir)
    if damage == "zero-byte":
        db.write_bytes(b"")
    elif damage == "not-a-database":
        db.write_bytes(b"\x00garbage" * 4096)
    before = _snapshot(data_dir)
    with pytest.raises(RestoreNeeded) as raised:
        open_store(data_dir)
    assert "catalyseur-app backup restore" in str(raised.value)
    assert raised.value.backups == [newer, older]
    assert _snapshot(data_dir) == before  # nothing created, nothing changed
    assert db.exists() == (damage != "missing")


def test_verified_backups_come_first_newest_first(data_dir):
    first, second, third = _store_with_backups(data_dir, count=3)
    third.write_bytes(third.read_bytes()[:4096] + b"\xff" * 8192)  # the newest copy is damaged
    _remove_database(data_dir)
    with pytest.raises(RestoreNeeded) as raised:
        open_store(data_dir)
    assert raised.value.backups == [second, first, third]


def test_the_command_line_refuses_in_french_and_in_english(data_dir, tmp_path, capsys):
    _store_with_backups(data_dir, count=1)
    _remove_database(data_dir)
    out = tmp_path / "envoi.xlsx"
    try:
        assert cli.main(["--data-dir", str(data_dir), "sync", "export", "--out", str(out)]) != 0
        french = capsys.readouterr().err
        assert "absente" in french and "catalyseur-app backup restore" in french and "Traceback" not in french
        assert cli.main(["--data-dir", str(data_dir), "--lang", "en", "sync", "export", "--out", str(out)]) != 0
        english = capsys.readouterr().err
        assert "missing" in english and "catalyseur-app backup restore" in english
    finally:
        set_language("fr")
    assert not out.exists() and not database_path(data_dir).exists()


def test_a_new_folder_without_backups_still_gets_a_new_store(data_dir):
    with open_store(data_dir) as store:
        assert store.get_setting("language") is None
    assert not backups_dir(data_dir).exists()
    with sqlite3.connect(database_path(data_dir)) as connection:
        assert connection.execute("SELECT count(*) FROM installation").fetchone()[0] == 1
    connection.close()


def test_a_zero_byte_database_without_backups_becomes_a_store(data_dir):
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"")
    open_store(data_dir).close()
    assert database_path(data_dir).stat().st_size > 0
