"""``catalyseur-app backup list|create|restore ID|check`` through the real entry point."""

import sqlite3

import pytest
from test_backups import add_actors, damage_table

from catalyseur_app import messages
from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.store import open_store
from catalyseur_app.store.backup import list_backups
from catalyseur_app.store.paths import database_path


@pytest.fixture(autouse=True)
def _french_again():
    yield
    messages.set_language("fr")  # --lang en stays for the rest of the process


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), *map(str, args)])


def test_create_list_restore_and_check(data_dir, capsys):
    with open_store(data_dir) as store:
        add_actors(store, 2)
    assert cli(data_dir, "backup", "create") == 0
    out = capsys.readouterr().out
    assert "Sauvegarde vérifiée" in out and "2 acteurs" in out
    [info] = list_backups(data_dir)
    with open_store(data_dir) as store:
        add_actors(store, 3, "Association")

    assert cli(data_dir, "backup", "list") == 0
    out = capsys.readouterr().out
    assert info.id in out and "faite à la main" in out and "2 acteurs, 0 contacts" in out

    assert cli(data_dir, "backup", "restore", info.id[:15]) == 0
    out = capsys.readouterr().out
    assert spaced(f"Sauvegarde « {info.id} » restaurée") in out and "avant la restauration" in out
    assert cli(data_dir, "backup", "check") == 0
    assert "est saine" in capsys.readouterr().out and store_actors(data_dir) == 2

    assert cli(data_dir, "--lang", "en", "backup", "list") == 0
    out = capsys.readouterr().out
    assert "newest first" in out and "before a restore" in out and "5 actors" in out


def store_actors(data_dir) -> int:
    with open_store(data_dir) as store:
        return store.query("SELECT count(*) FROM actors")[0][0]


def test_check_reports_a_damaged_database_and_leaves_it_untouched(data_dir, capsys):
    with open_store(data_dir) as store:
        add_actors(store, 3)
    db = database_path(data_dir)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage_table(db, "actors")
    damaged = db.read_bytes()
    assert cli(data_dir, "backup", "check") == 1
    err = capsys.readouterr().err
    assert "a des problèmes" in err and "catalyseur-app backup restore ID" in err
    assert cli(data_dir, "--lang", "en", "backup", "check") == 1
    assert "has problems" in capsys.readouterr().err
    assert db.read_bytes() == damaged


def test_restore_works_when_the_database_is_gone(data_dir, capsys):
    with open_store(data_dir) as store:
        add_actors(store, 4)
        store.backup("avant-import")
    database_path(data_dir).write_bytes(b"")  # a zero-byte database, as after a crash
    [info] = list_backups(data_dir)
    assert cli(data_dir, "backup", "restore", info.id) == 0
    assert "mis de côté" in capsys.readouterr().out
    assert store_actors(data_dir) == 4


def test_an_unknown_or_ambiguous_id_is_refused_and_changes_nothing(data_dir, capsys):
    with open_store(data_dir) as store:
        add_actors(store, 1)
        store.backup("manuelle")
        store.backup("manuelle")
        add_actors(store, 1, "Association")
    before = sorted(p.name for p in data_dir.rglob("*"))
    assert cli(data_dir, "backup", "restore", "19990101") == 1
    assert spaced("Aucune sauvegarde « 19990101 »") in capsys.readouterr().err
    assert cli(data_dir, "--lang", "en", "backup", "restore", "2") == 1
    assert "names several backups" in capsys.readouterr().err
    assert sorted(p.name for p in data_dir.rglob("*")) == before
    assert store_actors(data_dir) == 2


def test_the_list_counts_one_backup_or_several_in_both_languages(data_dir, capsys):
    """Issue 12, item 1: « 1 sauvegarde », « 2 sauvegardes », never « sauvegarde(s) »."""
    with open_store(data_dir) as store:
        add_actors(store, 1)
    assert cli(data_dir, "backup", "create") == 0
    capsys.readouterr()
    assert cli(data_dir, "backup", "list") == 0
    out = capsys.readouterr().out
    assert out.startswith("1 sauvegarde dans «\u00a0") and "(s)" not in out
    assert cli(data_dir, "--lang", "en", "backup", "list") == 0
    out = capsys.readouterr().out
    assert out.startswith("1 backup in “") and "(s)" not in out

    messages.set_language("fr")
    assert cli(data_dir, "backup", "create") == 0
    capsys.readouterr()
    assert len(list_backups(data_dir)) == 2
    assert cli(data_dir, "backup", "list") == 0
    out = capsys.readouterr().out
    assert out.startswith("2 sauvegardes dans «\u00a0") and "la plus récente d'abord" in out and "(s)" not in out
    assert cli(data_dir, "--lang", "en", "backup", "list") == 0
    out = capsys.readouterr().out
    assert out.startswith("2 backups in “") and "newest first" in out and "(s)" not in out
