"""Defect 2 of issue 10: no command that writes a file may overwrite the database (or anything in
the data folder, or a file of another type). Every command is tried on every dangerous target:
refused with a clear message (French, or English with --lang en), rc != 0, nothing changed."""

import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import select

from catalyseur_app import messages
from catalyseur_app.atomic import OutputError
from catalyseur_app.cli import main
from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.records.contacts import export_person
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo store (with a backup made at a migration-free open) and the ids the commands need."""
    data_dir = tmp_path_factory.mktemp("guard") / "data"
    with open_store(data_dir) as store:
        create_demo(store, scale=1)
        store.backup("test")
        with store.read() as session:
            diagnostic = session.scalar(select(m.Diagnostic.id).where(m.Diagnostic.finalised_at.is_not(None)).limit(1))
            partnership = session.scalar(select(m.Partnership.id).limit(1))
            contact = session.scalar(select(m.Contact.id).where(m.Contact.consent_date.is_not(None)).limit(1))
    return data_dir, {"diagnostic": diagnostic, "partnership": partnership, "contact": contact}


@pytest.fixture(autouse=True)
def _french():
    messages.set_language("fr")
    yield
    messages.set_language("fr")


COMMANDS = {
    "sync export": (".xlsx", lambda ids, out: ["sync", "export", "--full", "--out", out]),
    "report diagnostic": (".pdf", lambda ids, out: ["report", "diagnostic", ids["diagnostic"], "--out", out]),
    "report partnership": (".pdf", lambda ids, out: ["report", "partnership", ids["partnership"], "--out", out]),
    "report summary pdf": (".pdf", lambda ids, out: ["report", "summary", "--from", "2020-01-01",
                                                     "--to", "2030-12-31", "--out", out]),
    "report summary xlsx": (".xlsx", lambda ids, out: ["report", "summary", "--from", "2020-01-01",
                                                       "--to", "2030-12-31", "--out", out]),
}


def _fingerprint(folder):
    """Every file of a folder (recursively) with its content hash, and every row of the database."""
    files = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            if not name.endswith(("-wal", "-shm")):
                with open(path, "rb") as handle:
                    files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    connection = sqlite3.connect(f"file:{folder / 'catalyseur.sqlite'}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
    finally:
        connection.close()
    return files, rows


def _targets(data_dir, tmp_path, suffix):
    """(name, target path, what the French message must say) for every dangerous target."""
    backup = next((data_dir / "backups").iterdir())
    outside = tmp_path / "dehors"
    outside.mkdir()
    (outside / f"lien-base{suffix}").symlink_to(data_dir / "catalyseur.sqlite")
    (outside / "raccourci").symlink_to(data_dir)
    (outside / f"notes{suffix}").write_text("mes notes, à ne pas perdre\n", encoding="utf-8")
    copy = outside / f"copie-de-la-base{suffix}"
    copy.write_bytes((data_dir / "catalyseur.sqlite").read_bytes()[:4096])
    (outside / "dossier.xlsx").mkdir()
    other = tmp_path / "autre-dossier-de-donnees"
    other.mkdir()
    (other / "catalyseur.sqlite").write_bytes(b"SQLite format 3\x00")
    return [
        ("the database", data_dir / "catalyseur.sqlite", "dossier de données"),
        ("its -wal", data_dir / "catalyseur.sqlite-wal", "dossier de données"),
        ("its -shm", data_dir / "catalyseur.sqlite-shm", "dossier de données"),
        ("the lock", data_dir / "catalyseur.lock", "dossier de données"),
        ("a backup", backup, "dossier de données"),
        ("a new file in the data folder", data_dir / f"document{suffix}", "dossier de données"),
        ("a symbolic link to the database", outside / f"lien-base{suffix}", "dossier de données"),
        ("a file through a link to the data folder", outside / "raccourci" / f"x{suffix}", "dossier de données"),
        ("a text file with the right name", outside / f"notes{suffix}", "n'est pas un fichier"),
        ("a database with the right name", copy, "n'est pas un fichier"),
        ("a folder", outside / "dossier.xlsx", "est un dossier"),
        ("another data folder", other / f"envoi{suffix}", "dossier de données de Catalyseur"),
        ("its database", other / "catalyseur.sqlite", "dossier de données de Catalyseur"),
        ("a wrong extension", outside / "document.txt", "finit par"),
    ]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_every_dangerous_target(demo, tmp_path, capsys, command):
    data_dir, ids = demo
    suffix, argv = COMMANDS[command]
    for name, target, expected in _targets(data_dir, tmp_path, suffix):
        before = _fingerprint(data_dir), _fingerprint_outside(tmp_path)
        code = main(["--data-dir", str(data_dir), *argv(ids, str(target))])
        error = capsys.readouterr().err
        assert code != 0, (command, name)
        assert expected in error and "Traceback" not in error, (command, name, error)
        assert (_fingerprint(data_dir), _fingerprint_outside(tmp_path)) == before, (command, name)
    # and the same command writes where it should
    assert main(["--data-dir", str(data_dir), *argv(ids, str(tmp_path / f"bon{suffix}"))]) == 0
    assert (tmp_path / f"bon{suffix}").stat().st_size > 1000


def _fingerprint_outside(folder):
    found = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                with open(path, "rb") as handle:
                    found[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
            else:
                found[os.path.relpath(path, folder)] = os.readlink(path)
    return found


def test_the_refusal_is_in_english_with_lang_en(demo, tmp_path, capsys):
    data_dir, ids = demo
    code = main(["--lang", "en", "--data-dir", str(data_dir), "sync", "export", "--full",
                 "--out", str(data_dir / "catalyseur.sqlite")])
    error = capsys.readouterr().err
    assert code != 0 and "is inside Catalyseur's data folder" in error
    assert "dossier" not in error


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_the_contact_export_refuses_every_dangerous_target(demo, tmp_path, suffix):
    data_dir, ids = demo
    with open_store(data_dir) as store:
        for name, target, expected in _targets(data_dir, tmp_path, suffix):
            before = _fingerprint(data_dir), _fingerprint_outside(tmp_path)
            with pytest.raises(OutputError, match=expected):
                export_person(store, ids["contact"], target)
            assert (_fingerprint(data_dir), _fingerprint_outside(tmp_path)) == before, name
        written = export_person(store, ids["contact"], tmp_path / f"personne{suffix}")
    assert written.stat().st_size > 100


def test_an_existing_file_of_the_right_type_is_replaced(demo, tmp_path):
    data_dir, ids = demo
    target = tmp_path / "envoi.xlsx"
    assert main(["--data-dir", str(data_dir), "sync", "export", "--full", "--out", str(target)]) == 0
    assert main(["--data-dir", str(data_dir), "sync", "export", "--full", "--out", str(target)]) == 0
    empty = tmp_path / "vide.pdf"
    empty.touch()
    assert main(["--data-dir", str(data_dir), "report", "partnership", ids["partnership"], "--out", str(empty)]) == 0
    assert empty.read_bytes().startswith(b"%PDF-")


def test_a_loop_of_links_is_refused_with_a_message(demo, tmp_path, capsys):
    data_dir, ids = demo
    (tmp_path / "a.xlsx").symlink_to(tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").symlink_to(tmp_path / "a.xlsx")
    assert main(["--data-dir", str(data_dir), "sync", "export", "--out", str(tmp_path / "a.xlsx")]) != 0
    error = capsys.readouterr().err
    assert "mène nulle part" in error and "Traceback" not in error


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_the_foundation_tables_refuse_every_dangerous_target(demo, tmp_path, capsys, suffix):
    """``foundation tables`` has no data folder of its own: the targets of any Catalyseur data folder,
    a folder, a wrong extension and a file of another type (its SQLite consolidation base) are refused
    before the base is even opened."""
    data_dir, _ids = demo
    base = tmp_path / f"consolidation{suffix}"
    base.write_bytes(b"SQLite format 3\x00" + bytes(100))
    for name, target, expected in [*_targets(data_dir, tmp_path, suffix), ("its base", base, "n'est pas un fichier")]:
        before = _fingerprint(data_dir), _fingerprint_outside(tmp_path)
        code = main(["foundation", "tables", "--db", str(tmp_path / "absente.sqlite"), "--out", str(target)])
        error = capsys.readouterr().err
        assert code != 0 and expected in error and "Traceback" not in error, (name, error)
        assert (_fingerprint(data_dir), _fingerprint_outside(tmp_path)) == before, name
