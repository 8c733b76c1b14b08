"""From the foundation's store to a catalyseur's store, through the command line only."""

import hashlib
import io
import json
import zipfile

import openpyxl
from pack_factory import fingerprint_of, foundation_pack, run, store_dump

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.domain.vocabularies import NEEDS, PARTNERSHIP_STAGES
from catalyseur_app.store import open_store


def test_a_pack_goes_from_the_foundation_to_the_catalyseur(tmp_path, data_dir, capsys):
    pack = foundation_pack(tmp_path, capsys)
    fingerprint = fingerprint_of(tmp_path / "cle-fondation.pem")

    # read back with zipfile and json, independently of the pack reader
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == "catalyseur-pack" and manifest["sequence"] == 1
        assert manifest["fingerprint"] == fingerprint and manifest["signature"]
        assert manifest["counts"] == {"kits": 1, "vocabulary": 2, "examples": 3}
        for name, described in manifest["files"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == described["sha256"]
        kit = openpyxl.load_workbook(io.BytesIO(archive.read("kits/sortie_de_crise-2027.1.xlsx")))
        assert kit["settings"]["B2"].value == "2027.1"
        titles = {example["title"] for example in json.loads(archive.read("exemples.json"))}
    assert "Covoiturage rural" in titles

    code, out, _ = run(capsys, "pack", "import", str(pack), "--preview")
    assert code == 0 and "Aperçu seulement" in out and "Nouveau kit" in out and fingerprint in out
    assert "--accept-key" in out

    code, out, err = run(capsys, "pack", "import", str(pack), "--accept-key", fingerprint.replace(" ", ""))
    assert code == 0, err
    assert "Pack n° 1 installé." in out
    assert spaced("Nouveau terme dans la liste « need » : Accès aux droits (acces_droits)") in out

    with open_store(data_dir) as store:
        assert "acces_droits" in NEEDS and NEEDS.label("acces_droits", "en") == "Access to rights"
        assert "essaimage" in PARTNERSHIP_STAGES
        rows = store.query("SELECT form_id, version FROM installed_kits")
        assert ("sortie_de_crise", "2027.1") in rows
        examples = dict(store.query("SELECT title, odds FROM inspiring_examples"))
        assert examples["Une épicerie solidaire au village"] == "2;12;17"
        assert store.query("SELECT form, territory FROM inspiring_examples WHERE title = 'Covoiturage rural'") == [
            ("cooperation_economique", "Pays de Salers")]
        assert store.query("SELECT sequence, fingerprint FROM installed_packs") == [(1, fingerprint)]
        assert any("avant-import" in path.name for path in (data_dir / "backups").iterdir())

    code, out, _ = run(capsys, "pack", "key", "show")
    assert fingerprint in out


def test_old_diagnostics_keep_their_kit_version_and_new_ones_take_the_pack_s(tmp_path, data_dir, capsys):
    from catalyseur_app.diagnostics.sessions import start_diagnostic

    with open_store(data_dir) as store:
        before = start_diagnostic(store, "15014")
    pack = foundation_pack(tmp_path, capsys, term=False, examples=False)
    accepted = fingerprint_of(tmp_path / "cle-fondation.pem")
    code, _, err = run(capsys, "pack", "import", str(pack), "--accept-key", accepted)
    assert code == 0, err
    with open_store(data_dir) as store:
        after = start_diagnostic(store, "15014")
        versions = dict(store.query("SELECT id, kit_version FROM diagnostics"))
    assert versions[before] == "2026.2"
    assert versions[after] == "2027.1"


def test_preview_changes_nothing_and_a_second_pack_updates_examples(tmp_path, data_dir, capsys):
    first = foundation_pack(tmp_path, capsys, name="pack-1.zip")
    fingerprint = fingerprint_of(tmp_path / "cle-fondation.pem")
    run(capsys, "pack", "key", "show")  # creates the store
    before = store_dump(data_dir)
    assert run(capsys, "pack", "import", str(first), "--preview")[0] == 0
    assert store_dump(data_dir) == before
    assert run(capsys, "pack", "import", str(first), "--accept-key", fingerprint)[0] == 0

    from pack_factory import EXAMPLES, examples_workbook
    rows = [list(row) for row in EXAMPLES]
    rows[0][7] = "150 familles aidées en deux ans."
    examples_workbook(tmp_path / "exemples.xlsx", rows)
    db = str(tmp_path / "fondation.sqlite")
    code, out, _ = run(capsys, "foundation", "examples", "import", str(tmp_path / "exemples.xlsx"), "--db", db)
    assert spaced("mis à jour : 1") in out
    second = tmp_path / "pack-2.zip"
    run(capsys, "foundation", "pack", "--db", db, "--out", str(second), "--key", str(tmp_path / "cle-fondation.pem"))
    code, out, err = run(capsys, "pack", "import", str(second))  # the key is pinned now: no acceptance needed
    assert code == 0, err
    assert spaced("nouveaux : 0, mis à jour : 1, déjà présents : 2") in out
    with open_store(data_dir) as store:
        assert store.query("SELECT results FROM inspiring_examples WHERE title LIKE 'Une épicerie%'") == [
            ("150 familles aidées en deux ans.",)]
        assert store.query("SELECT count(*) FROM installed_packs") == [(2,)]


def test_a_configured_key_needs_no_acceptance(tmp_path, data_dir, capsys):
    pack = foundation_pack(tmp_path, capsys, kit=False)
    code, out, _ = run(capsys, "foundation", "key", "--key", str(tmp_path / "cle-fondation.pem"))
    public_key = out.split(spaced("Clé publique : "))[1].split()[0]
    code, out, err = run(capsys, "pack", "key", "set", public_key)
    assert code == 0, err
    assert run(capsys, "pack", "import", str(pack))[0] == 0


def test_a_term_from_a_pack_travels_back_to_the_foundation(tmp_path, data_dir, capsys):
    """A catalyseur uses a need added by a pack; the foundation consolidates that sync file."""
    from catalyseur_app.domain.vocabularies import set_additions
    from catalyseur_app.records.actors import ActorData, create_actor
    from catalyseur_app.records.partnerships import (
        Partner,
        PartnershipDraft,
        create_partnership,
    )

    pack = foundation_pack(tmp_path, capsys, kit=False, examples=False)
    accepted = fingerprint_of(tmp_path / "cle-fondation.pem")
    assert run(capsys, "pack", "import", str(pack), "--accept-key", accepted)[0] == 0
    with open_store(data_dir) as store:
        actors = [create_actor(store, ActorData(name=n, kind="association")).subject_id for n in ("A", "B")]
        create_partnership(store, PartnershipDraft(title="Permanence d'accès aux droits", form="mecenat",
                                                   stage="essaimage", needs=["acces_droits"],
                                                   partners=[Partner(actors[0], "porteur"), Partner(actors[1])]))
    inbox = tmp_path / "recus"
    inbox.mkdir()
    assert run(capsys, "sync", "export", "--full", "--out", str(inbox / "envoi.xlsx"))[0] == 0
    set_additions([])  # the foundation's process knows only its own published terms
    code, out, err = run(capsys, "foundation", "consolidate", str(inbox), "--db", str(tmp_path / "fondation.sqlite"),
                         "--trust-new")
    assert code == 0, out + err
    import sqlite3
    connection = sqlite3.connect(tmp_path / "fondation.sqlite")
    assert connection.execute("SELECT stage FROM partnerships").fetchall() == [("essaimage",)]
    assert connection.execute("SELECT need FROM partnership_needs").fetchall() == [("acces_droits",)]
    connection.close()
