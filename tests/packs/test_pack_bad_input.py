"""Every refused pack: the message a person reads (French, and English with --lang en) and the
catalyseur's data left exactly as it was."""

import json

import pytest
from pack_factory import (
    crafted_pack,
    edit_manifest,
    fingerprint_of,
    foundation_pack,
    kit_bytes,
    rewrite_member,
    run,
    store_dump,
)

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.packs.format import MANIFEST

LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


@pytest.fixture
def installed(tmp_path, data_dir, capsys):
    """A store that installed the foundation's pack n° 1 (its key is pinned)."""
    pack = foundation_pack(tmp_path, capsys, name="pack-1.zip")
    accepted = fingerprint_of(tmp_path / "cle-fondation.pem")
    code, _, err = run(capsys, "pack", "import", str(pack), "--accept-key", accepted)
    assert code == 0, err
    return pack


def refused(capsys, data_dir, lang, path, french, english, *extra):
    before = store_dump(data_dir)
    code, _out, err = run(capsys, "--lang", lang, "pack", "import", str(path), *extra)
    assert code == 2
    assert (french if lang == "fr" else english) in err, err
    assert store_dump(data_dir) == before
    return err


@LANGS
def test_a_pack_signed_by_another_key(installed, tmp_path, data_dir, capsys, lang):
    other = crafted_pack(tmp_path / "autre.zip", tmp_path / "autre-cle.pem", sequence=5)
    err = refused(capsys, data_dir, lang, other, "est signé par une autre clé", "is signed by another key")
    assert fingerprint_of(tmp_path / "autre-cle.pem") in err
    assert fingerprint_of(tmp_path / "cle-fondation.pem") in err


@LANGS
def test_a_first_pack_is_not_installed_without_accepting_its_key(tmp_path, data_dir, capsys, lang):
    pack = foundation_pack(tmp_path, capsys)
    run(capsys, "pack", "key", "show")
    fingerprint = fingerprint_of(tmp_path / "cle-fondation.pem")
    err = refused(capsys, data_dir, lang, pack, "Premier pack reçu", "First pack received")
    assert fingerprint in err
    refused(capsys, data_dir, lang, pack, "Premier pack reçu", "First pack received", "--accept-key", "0000 1111")


@LANGS
def test_an_unsigned_pack(installed, tmp_path, data_dir, capsys, lang):
    unsigned = edit_manifest(installed, tmp_path / "sans-signature.zip", lambda m: m.pop("signature"))
    refused(capsys, data_dir, lang, unsigned, "n'est pas signé", "is not signed")


@LANGS
def test_a_pack_changed_after_signing(installed, tmp_path, data_dir, capsys, lang):
    def more_examples(data: bytes) -> bytes:
        examples = json.loads(data)
        examples[0]["results"] = "Des résultats inventés."
        return json.dumps(examples).encode()
    tampered = rewrite_member(installed, tmp_path / "modifie.zip", "exemples.json", more_examples)
    refused(capsys, data_dir, lang, tampered, spaced("a été modifié après sa signature (contenu « exemples.json »)"),
            "was changed after it was signed (content “exemples.json”)")


@LANGS
def test_a_manifest_changed_after_signing(installed, tmp_path, data_dir, capsys, lang):
    renumbered = edit_manifest(installed, tmp_path / "renumerote.zip", lambda m: m.update(sequence=9))
    refused(capsys, data_dir, lang, renumbered, spaced("La signature du pack « renumerote.zip » ne correspond pas"),
            "The signature of the pack “renumerote.zip” does not match")


@LANGS
def test_a_pack_whose_kit_does_not_validate(installed, tmp_path, data_dir, capsys, lang):
    bad = crafted_pack(tmp_path / "kit-casse.zip", tmp_path / "cle-fondation.pem", sequence=2,
                       kits={"casse.xlsx": kit_bytes("2028.1", broken=True)})
    err = refused(capsys, data_dir, lang, bad, spaced("Le kit « casse.xlsx » du pack ne passe pas la vérification"),
                  "The kit “casse.xlsx” in the pack fails the checks")
    assert "liste_inconnue" in err  # the kit engine's own problem, with its place
    assert (spaced("feuille « survey », ligne 3") if lang == "fr" else "sheet “survey”, row 3") in err


@LANGS
def test_a_pack_with_a_term_colliding_with_an_existing_code(installed, tmp_path, data_dir, capsys, lang):
    term = {"vocabulary": "need", "code": "emploi", "fr": "Emploi des jeunes", "en": "Youth jobs"}
    bad = crafted_pack(tmp_path / "collision.zip", tmp_path / "cle-fondation.pem", sequence=2, terms=[term])
    refused(capsys, data_dir, lang, bad, spaced("Le code « emploi » existe déjà dans la liste « need » (« Emploi »)"),
            "The code “emploi” already exists in the list “need” (“Emploi”)")
    # an added term (pack n° 1) cannot be given another meaning either
    term = {"vocabulary": "need", "code": "acces_droits", "fr": "Accès au droit", "en": "Access to law"}
    bad = crafted_pack(tmp_path / "collision-2.zip", tmp_path / "cle-fondation.pem", sequence=3, terms=[term])
    refused(capsys, data_dir, lang, bad, spaced("Le code « acces_droits » existe déjà"), "The code “acces_droits” already")


@LANGS
def test_a_file_that_is_not_a_pack(installed, tmp_path, data_dir, capsys, lang):
    text = tmp_path / "notes.zip"
    text.write_text("pas un zip", encoding="utf-8")
    refused(capsys, data_dir, lang, text, spaced("« notes.zip » n'est pas un pack de la Fondation"),
            "“notes.zip” is not a pack from the Foundation")
    workbook = tmp_path / "exemples.xlsx"  # a zip, but not a pack
    refused(capsys, data_dir, lang, workbook, spaced("« exemples.xlsx » n'est pas un pack de la Fondation"),
            "“exemples.xlsx” is not a pack from the Foundation")
    refused(capsys, data_dir, lang, tmp_path / "absent.zip", "n'existe pas", "does not exist")


@LANGS
def test_a_pack_older_than_one_already_installed(installed, tmp_path, data_dir, capsys, lang):
    db = str(tmp_path / "fondation.sqlite")
    newer = tmp_path / "pack-2.zip"
    run(capsys, "foundation", "pack", "--db", db, "--out", str(newer), "--key", str(tmp_path / "cle-fondation.pem"))
    assert run(capsys, "pack", "import", str(newer))[0] == 0
    refused(capsys, data_dir, lang, installed, "Le pack n° 1 est plus ancien que le pack n° 2 déjà installé",
            "Pack no. 1 is older than pack no. 2, already installed")
    refused(capsys, data_dir, lang, newer, "Le pack n° 2 est déjà installé", "Pack no. 2 is already installed")


def test_the_manifest_is_checked_before_anything_else_is_read(installed, tmp_path, data_dir, capsys):
    extra = rewrite_member(installed, tmp_path / "ajout.zip", MANIFEST, lambda data: data)
    import zipfile
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("kits/en-plus.xlsx", kit_bytes("2029.1"))
    refused(capsys, data_dir, "fr", extra, spaced("a été modifié après sa signature (contenu « kits/en-plus.xlsx »)"), "")


def test_a_pack_whose_register_line_cannot_be_saved_leaves_no_file_and_keeps_its_number(tmp_path, capsys):
    """The file is written before its line in the foundation's register is committed: when that
    commit fails, the file is removed, so no pack circulates under a number the next one reuses."""
    import sqlalchemy.exc
    from sqlalchemy import event

    from catalyseur_app.foundation.models import PublishedPack

    first = foundation_pack(tmp_path, capsys)
    db, key = str(tmp_path / "fondation.sqlite"), str(tmp_path / "cle-fondation.pem")

    def failing_register(*_):
        raise sqlalchemy.exc.OperationalError("INSERT INTO foundation_packs", {}, Exception("disk I/O error"))

    event.listen(PublishedPack, "before_insert", failing_register)
    second = tmp_path / "pack-2.zip"
    code, out, err = run(capsys, "foundation", "pack", "--db", db, "--out", str(second), "--key", key)
    assert code != 0 and "Traceback" not in err
    assert "disk I/O error" in err and "aucun pack n'a été écrit" in err
    assert not second.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith("pack-2")] == []
    event.remove(PublishedPack, "before_insert", failing_register)
    code, out, err = run(capsys, "foundation", "pack", "--db", db, "--out", str(second), "--key", key)
    assert code == 0, err
    assert "Pack n° 2 écrit" in out and first.exists()
