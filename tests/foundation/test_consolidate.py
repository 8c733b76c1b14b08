"""``catalyseur-app foundation consolidate`` on SQLite and PostgreSQL."""

import shutil

from demo_inbox import TRAVELLING
from sqlalchemy import func, select

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.foundation.database import make_engine


def counts(db_url):
    engine = make_engine(db_url)
    with engine.connect() as connection:
        total = {k.name: connection.scalar(select(func.count()).select_from(k.table)) for k in TRAVELLING}
        live = {k.name: connection.scalar(select(func.count()).select_from(k.table)
                                          .where(k.table.c.deleted_at.is_(None))) for k in TRAVELLING}
    engine.dispose()
    return total, live


def test_an_inbox_is_consolidated_then_skipped(db_url, small_inbox, capsys):
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    out = capsys.readouterr().out
    assert out.count("appliqué (envoi n°") == 4
    assert "[4/4]" in out
    total, live = counts(db_url)
    assert total == {k: small_inbox.total[k] for k in total}
    assert live == {k: small_inbox.live[k] for k in live}
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    out = capsys.readouterr().out
    assert out.count("ignoré (déjà consolidé)") == 4
    assert counts(db_url) == (total, live)


def _rows(db_url, sql):
    from sqlalchemy import text

    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text(sql)).all()
    engine.dispose()
    return rows


def test_records_keep_their_sender_and_communes_become_one_national_actor(db_url, small_inbox):
    from catalyseur_app.store import open_store

    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    sources = dict(_rows(db_url, "SELECT record_id, catalyseur_id FROM foundation_record_sources"))
    for data_dir in small_inbox.stores:
        with open_store(data_dir) as store:
            profile = store.query("SELECT id FROM profiles")[0][0]
            actors = [r[0] for r in store.query("SELECT id FROM actors")]
        assert {sources[a] for a in actors} == {profile}
    links = _rows(db_url, "SELECT l.national_key, count(*), count(DISTINCT s.catalyseur_id) "
                          "FROM foundation_actor_links l JOIN foundation_record_sources s "
                          "ON s.kind = 'actor' AND s.record_id = l.actor_id GROUP BY l.national_key")
    shared = [key for key, _records, catalyseurs in links if catalyseurs > 1]
    assert shared and all(key.startswith("insee:") for key in shared)
    # every catalyseur's own record is still there, each linked to the one national actor
    communes = _rows(db_url, "SELECT count(*) FROM actors WHERE kind = 'commune'")[0][0]
    linked = _rows(db_url, "SELECT count(*) FROM foundation_actor_links WHERE national_key LIKE 'insee:%'")[0][0]
    assert communes == linked > len([k for k, *_ in links if k.startswith("insee:")])
    with_siren = _rows(db_url, "SELECT count(*) FROM actors WHERE siren IS NOT NULL AND siren != ''")[0][0]
    assert _rows(db_url, "SELECT count(*) FROM foundation_actor_links WHERE national_key LIKE 'siren:%'")[0][0] \
        == with_siren > 0


def test_a_bad_file_is_refused_with_its_reason_and_the_others_are_applied(db_url, small_inbox, tmp_path, capsys):
    inbox = tmp_path / "inbox"
    shutil.copytree(small_inbox.folder, inbox)
    (inbox / "zz-abime.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["foundation", "consolidate", str(inbox), "--db", db_url, "--trust-new"]) == 1
    out = capsys.readouterr().out
    assert spaced("zz-abime.xlsx : refusé — ") in out
    assert out.count("appliqué (envoi n°") == 4
    assert spaced("refusés : 1.") in out
    assert counts(db_url)[0] == {k: small_inbox.total[k] for k in small_inbox.total}
    assert _rows(db_url, "SELECT count(*) FROM foundation_files")[0][0] == 4


def test_a_store_that_cannot_be_reached_changes_nothing(pg_cluster, small_inbox, capsys):
    url = pg_cluster.url(database="absent", password="wrong")
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", url, "--trust-new"]) == 2
    err = capsys.readouterr().err
    assert "Consolidation refusée" in err and "refusé la connexion" in err and "wrong" not in err


def test_a_server_that_is_down_is_named_in_english_too(tmp_path, small_inbox, capsys):
    url = f"postgresql+psycopg://postgres:secret@/national?host={tmp_path}"
    assert main(["--lang", "en", "foundation", "consolidate", str(small_inbox.folder), "--db", url, "--trust-new"]) == 2
    err = capsys.readouterr().err
    assert "Consolidation refused" in err and "cannot be reached" in err and "secret" not in err


def test_a_second_consolidation_at_the_same_time_is_refused(db_url, small_inbox, capsys):
    from catalyseur_app.foundation.database import open_consolidation_store
    from catalyseur_app.foundation.lock import consolidation_lock

    engine = open_consolidation_store(db_url)
    try:
        with consolidation_lock(engine):
            assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 2
    finally:
        engine.dispose()
    assert "Une autre consolidation est en cours" in capsys.readouterr().err
    assert _rows(db_url, "SELECT count(*) FROM foundation_files")[0][0] == 0
    assert sum(counts(db_url)[0].values()) == 0
    # once the first one is over, the lock is free again
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0


def test_a_server_that_goes_down_midway_leaves_whole_files_only(small_inbox):
    import pytest

    from catalyseur_app.foundation.consolidate import APPLIED, consolidate
    from catalyseur_app.foundation.database import FoundationError
    from catalyseur_app.foundation.throwaway_postgres import find_bin_dir, throwaway_cluster

    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    with throwaway_cluster(durable=True) as cluster:  # its own server, durable: this test stops it
        url = cluster.create_database("national")
        seen = []

        def stop_after_the_first_file(report, done, total):
            seen.append(report)
            if report.status == APPLIED and len(seen) == 1:
                cluster.stop()

        with pytest.raises(FoundationError, match="injoignable"):
            consolidate(url, small_inbox.folder, on_report=stop_after_the_first_file, trust_new=True)
        cluster.start()
        applied = _rows(url, "SELECT count(*) FROM foundation_files")[0][0]
        sources = _rows(url, "SELECT count(*) FROM foundation_record_sources")[0][0]
        assert applied == 1
        assert sum(counts(url)[0].values()) == sources == sum(seen[0].summary.values())
        reports = consolidate(url, small_inbox.folder, trust_new=True)
        assert [r.status for r in reports].count("skipped") == 1
        assert counts(url)[0] == {k: small_inbox.total[k] for k in small_inbox.total}


def test_a_missing_or_empty_inbox_is_refused_and_no_store_is_made(tmp_path, capsys):
    store = tmp_path / "national.sqlite"
    assert main(["foundation", "consolidate", str(tmp_path / "absent"), "--db", str(store)]) == 2
    assert spaced("absent » est introuvable") in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("pas un fichier d'échange")
    assert main(["--lang", "en", "foundation", "consolidate", str(tmp_path / "empty"), "--db", str(store)]) == 2
    assert "holds no sync file (.xlsx); nothing was changed" in capsys.readouterr().err
    assert not store.exists()


def test_a_replayed_file_under_another_name_is_skipped(db_url, small_inbox, tmp_path, capsys):
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    before = counts(db_url)
    replay = tmp_path / "replay"
    replay.mkdir()
    # the same device's file n° 1 again, re-saved under another name with other bytes
    first = sorted(small_inbox.folder.glob("*-1.xlsx"))[0]
    data = first.read_bytes()
    shutil.copy(first, replay / "renvoi.xlsx")
    with open(replay / "renvoi.xlsx", "ab") as handle:  # trailing bytes: a new fingerprint, same content
        handle.write(b"\0")
    assert data != (replay / "renvoi.xlsx").read_bytes()
    assert main(["foundation", "consolidate", str(replay), "--db", db_url, "--trust-new"]) == 0
    assert spaced("renvoi.xlsx : ignoré (envoi n° 1 de cet appareil déjà consolidé).") in capsys.readouterr().out
    assert counts(db_url) == before
    assert _rows(db_url, "SELECT count(*) FROM foundation_files")[0][0] == 4


HOLD_THE_LOCK = """
import sys
from catalyseur_app.foundation.database import open_consolidation_store
from catalyseur_app.foundation.lock import consolidation_lock
engine = open_consolidation_store(sys.argv[1])
with consolidation_lock(engine):
    print("held", flush=True)
    sys.stdin.read()
engine.dispose()
"""


def test_a_consolidation_in_another_process_makes_a_second_one_refused(db_url, small_inbox, capsys):
    import os
    import subprocess
    import sys
    from pathlib import Path

    import catalyseur_app

    environment = {**os.environ, "PYTHONPATH": str(Path(catalyseur_app.__file__).parents[1])}
    other = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, db_url], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=environment)
    try:
        assert other.stdout.readline().strip() == "held"
        assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 2
        assert "Une autre consolidation est en cours" in capsys.readouterr().err
        assert _rows(db_url, "SELECT count(*) FROM foundation_files")[0][0] == 0
        assert sum(counts(db_url)[0].values()) == 0
    finally:
        other.communicate("")
    assert other.returncode == 0
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0


def test_a_sqlite_store_is_backed_up_before_new_files_change_it(small_inbox, tmp_path, capsys):
    import sqlite3

    from catalyseur_app.store.backup import list_backups, verify_backup

    inbox, store = tmp_path / "inbox", tmp_path / "national.sqlite"
    shutil.copytree(small_inbox.folder, inbox)
    later = sorted(inbox.glob("*-2.xlsx"))[0]
    later.rename(tmp_path / later.name)
    assert main(["foundation", "consolidate", str(inbox), "--db", str(store), "--trust-new"]) == 0
    assert list_backups(tmp_path) == []  # a new store: nothing to keep
    assert main(["foundation", "consolidate", str(inbox), "--db", str(store), "--trust-new"]) == 0
    assert list_backups(tmp_path) == []  # nothing new: nothing changes
    (tmp_path / later.name).rename(later)
    assert main(["foundation", "consolidate", str(inbox), "--db", str(store), "--trust-new"]) == 0
    [backup] = list_backups(tmp_path)
    assert backup.reason == "avant-consolidation"
    verify_backup(backup.path)
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT count(*) FROM foundation_files").fetchone()[0] == 3
    copy.close()
    assert _rows(str(store), "SELECT count(*) FROM foundation_files")[0][0] == 4


def test_a_file_whose_row_the_database_refuses_is_left_out_whole_and_the_others_are_applied(
        db_url, small_inbox, monkeypatch):
    """On SQLite the files of a few seconds share one transaction: a row the database refuses
    halfway through one of them (after its other rows are written) must leave out that file only."""
    from sqlalchemy.exc import IntegrityError

    from catalyseur_app.foundation import consolidate as consolidation

    refused = "catalyseur-2-1.xlsx"
    write_plan = consolidation.write_plan

    def refusing(connection, plan, file_id):
        conflicts = write_plan(connection, plan, file_id)  # every row of the file written, then:
        if plan.file.name == refused:
            raise IntegrityError("INSERT INTO actors …", {}, Exception("UNIQUE constraint failed: actors.id"))
        return conflicts

    monkeypatch.setattr(consolidation, "write_plan", refusing)
    seen = []
    reports = consolidation.consolidate(db_url, small_inbox.folder, trust_new=True,
                                        on_report=lambda report, done, total: seen.append(report))
    assert seen == reports
    statuses = {r.file_name: r.status for r in reports}
    assert statuses == {"catalyseur-1-1.xlsx": "applied", refused: "refused", "catalyseur-3-1.xlsx": "applied",
                        "catalyseur-3-2.xlsx": "applied"}
    reason = next(r.reason for r in reports if r.file_name == refused)
    assert "la base a refusé ce fichier (UNIQUE constraint failed: actors.id)" in reason
    applied = [r for r in reports if r.status == "applied"]
    assert sorted(name for name, in _rows(db_url, "SELECT file_name FROM foundation_files")) == sorted(
        r.file_name for r in applied)
    sources = _rows(db_url, "SELECT count(*) FROM foundation_record_sources")[0][0]
    assert sum(counts(db_url)[0].values()) == sources == sum(r.summary.get("add", 0) for r in applied)
    monkeypatch.undo()  # the refused file is applied by the next run, and nothing else changes
    again = consolidation.consolidate(db_url, small_inbox.folder, trust_new=True)
    assert {r.file_name: r.status for r in again} == {**{n: "skipped" for n in statuses}, refused: "applied"}
    assert counts(db_url)[0] == {k: small_inbox.total[k] for k in small_inbox.total}


def test_a_row_the_database_itself_refuses_leaves_that_file_out_on_both_engines(db_url, small_inbox, monkeypatch):
    """The same with a real refusal: one file's new actors are written with a row twice (a primary
    key the database refuses), through the engine's own bulk path (executemany on SQLite, COPY on
    PostgreSQL); the driver's error must come back as a refusal of that file only."""
    from catalyseur_app.foundation import consolidate as consolidation
    from catalyseur_app.foundation import writing

    refused = "catalyseur-2-1.xlsx"
    armed = []
    write_plan, add_parameters = consolidation.write_plan, writing._add_parameters

    def arming(connection, plan, file_id):
        armed[:] = [plan.file.name == refused]
        return write_plan(connection, plan, file_id)

    def doubling(connection, kind, rows, personal, later):
        parameters = add_parameters(connection, kind, rows, personal, later)
        return parameters + parameters[:1] if armed[0] and kind.name == "actor" and parameters else parameters

    monkeypatch.setattr(consolidation, "write_plan", arming)
    monkeypatch.setattr(writing, "_add_parameters", doubling)
    reports = consolidation.consolidate(db_url, small_inbox.folder, trust_new=True)
    assert [r.file_name for r in reports if r.status == "refused"] == [refused]
    assert "la base a refusé ce fichier" in next(r.reason for r in reports if r.file_name == refused)
    applied = [r for r in reports if r.status == "applied"]
    assert len(applied) == 3
    sources = _rows(db_url, "SELECT count(*) FROM foundation_record_sources")[0][0]
    assert sum(counts(db_url)[0].values()) == sources == sum(r.summary.get("add", 0) for r in applied)
