"""The foundation's trust registry: consolidation checks every file's signature and key (issue 13 §1,
§5); a refused file has its reason in the report and nothing of it is applied."""

import base64
import shutil
import zipfile

from sqlalchemy import text

from catalyseur_app.cli import main
from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.foundation.database import make_engine
from catalyseur_app.foundation.inbox import read_manifest
from catalyseur_app.store import open_store
from catalyseur_app.store.installation_key import key_path


def _state(db_url) -> tuple:
    """What consolidation writes: applied files, actors, the trust registry."""
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            names = set(engine.dialect.get_table_names(connection))
            return tuple(
                sorted(map(tuple, connection.execute(text(f"SELECT * FROM {table}")).all()), key=repr)
                if table in names else None
                for table in ("foundation_files", "actors", "foundation_trusted_keys"))
    finally:
        engine.dispose()


def test_unknown_catalyseurs_are_refused_until_accepted(db_url, small_inbox, capsys):
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url]) == 1
    out = capsys.readouterr().out
    files = sorted(small_inbox.folder.glob("*.xlsx"))
    for path in files:
        manifest = read_manifest(path)
        assert spaced(f"{path.name} : refusé — « {path.name} » vient de") in out
        assert manifest.key_fingerprint in out and manifest.catalyseur_id in out
    empty = _state(db_url)
    assert empty[0] == [] and empty[1] == [] and empty[2] == []
    # One catalyseur accepted beforehand: only its files go in.
    first = read_manifest(files[0])
    assert main(["trust", "accept", first.catalyseur_id, "--db", db_url]) == 0
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url]) == 1
    out = capsys.readouterr().out
    assert spaced(f"{files[0].name} : appliqué") in out and out.count("inconnu ici") == len(files) - 1 - (
        sum(1 for f in files[1:] if read_manifest(f).catalyseur_id == first.catalyseur_id))
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    assert len(_state(db_url)[2]) == 3


def _sender(tmp_path):
    store = open_store(tmp_path / "catalyseur")
    create_demo(store, seed=7)
    return store


def _consolidate(inbox, db, *extra):
    return main(["foundation", "consolidate", str(inbox), "--db", db, *extra])


def _refused(inbox, db, path, *fragments, capsys, extra=("--trust-new",)):
    before = _state(db)
    assert _consolidate(inbox, db, *extra) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.split("] ", 1)[-1].startswith(spaced(f"{path.name} :")))
    assert "refusé" in line, line
    for fragment in fragments:
        assert fragment in out, out
    assert _state(db) == before
    path.unlink()


def test_another_key_a_bad_signature_a_revoked_catalyseur_are_refused(tmp_path, capsys):
    db = str(tmp_path / "fondation.sqlite")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    store = _sender(tmp_path)
    export_sync_file(store, inbox / "n1.xlsx", full=True)
    assert _consolidate(inbox, db, "--trust-new") == 0
    known = store.signing_key().fingerprint
    who = read_manifest(inbox / "n1.xlsx").catalyseur_id
    capsys.readouterr()

    # A bad signature: the signature of a genuine file changed.
    export_sync_file(store, tmp_path / "n2.xlsx", full=True)
    _tamper_signature(tmp_path / "n2.xlsx", inbox / "n2-retouche.xlsx")
    _refused(inbox, db, inbox / "n2-retouche.xlsx", "la signature ne correspond pas", capsys=capsys)

    # Another key for the same catalyseur (its key file lost and made again), even with --trust-new.
    key_path(store.data_dir, store.device_id).unlink()
    store.close()
    store = open_store(tmp_path / "catalyseur")
    export_sync_file(store, inbox / "n3.xlsx", full=True)
    _refused(inbox, db, inbox / "n3.xlsx", "signé par une autre clé", known, store.signing_key().fingerprint,
             capsys=capsys)

    # Revoked: refused whatever the key.
    assert main(["trust", "revoke", who, "--db", db]) == 0
    shutil.copy(tmp_path / "n2.xlsx", inbox / "n2.xlsx")
    capsys.readouterr()
    _refused(inbox, db, inbox / "n2.xlsx", "a été retirée", capsys=capsys)
    assert main(["--lang", "en", "trust", "list", "--db", db]) == 0
    assert "revoked on" in capsys.readouterr().out
    store.close()


def _tamper_signature(source, target):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = data.decode()
                marker = body.index('preserve">signature<')
                start = body.index('preserve">', body.index("<c r=\"C", marker)) + len('preserve">')
                signature = base64.b64decode(body[start:body.index("<", start)])
                changed = base64.b64encode(bytes([signature[0] ^ 1]) + signature[1:]).decode()
                data = (body[:start] + changed + body[body.index("<", start):]).encode()
            new.writestr(info.filename, data)
