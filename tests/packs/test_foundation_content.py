"""What the foundation's staff enter for the packs: refused input is named (file, sheet, row,
column), in French or English, and the foundation's store is left as it was."""

import sqlite3

import pytest
from pack_factory import EXAMPLES, examples_workbook, kit_bytes, run

from catalyseur_app.domain.typography import french_spacing as spaced

LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


def content(db):
    connection = sqlite3.connect(db)
    try:
        return [connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("foundation_pack_kits", "foundation_pack_terms", "foundation_pack_examples",
                              "foundation_packs")]
    finally:
        connection.close()


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "fondation.sqlite")
    workbook = examples_workbook(tmp_path / "ok.xlsx")
    assert run(capsys, "foundation", "examples", "import", str(workbook), "--db", path)[0] == 0
    return path


def refused(capsys, db, lang, *argv):
    before = content(db)
    code, _out, err = run(capsys, "--lang", lang, *argv, "--db", db)
    assert code == 1
    assert content(db) == before
    return err


@LANGS
def test_a_kit_that_does_not_validate(db, tmp_path, capsys, lang):
    path = tmp_path / "casse.xlsx"
    path.write_bytes(kit_bytes(broken=True))
    err = refused(capsys, db, lang, "foundation", "kit", "add", str(path))
    assert (spaced("Le kit « casse.xlsx » n'est pas valide") if lang == "fr" else "The kit “casse.xlsx” is not valid") in err
    assert "liste_inconnue" in err


@LANGS
def test_a_kit_version_published_with_another_content(db, tmp_path, capsys, lang):
    path = tmp_path / "kit.xlsx"
    path.write_bytes(kit_bytes("2027.1"))
    assert run(capsys, "foundation", "kit", "add", str(path), "--db", db)[0] == 0
    import openpyxl
    workbook = openpyxl.load_workbook(path)
    workbook["settings"]["C2"] = "Un autre titre"
    workbook.save(path)
    err = refused(capsys, db, lang, "foundation", "kit", "add", str(path))
    expected = "déjà enregistrée avec un autre contenu" if lang == "fr" else "already recorded with another content"
    assert expected in err


@LANGS
def test_vocabulary_terms_that_cannot_be_added(db, capsys, lang):
    err = refused(capsys, db, lang, "foundation", "vocabulary", "add", "need", "sante", "--fr", "Soins", "--en", "Care")
    assert (spaced("Le code « sante » existe déjà dans la liste « need » (« Santé »)") if lang == "fr"
            else "The code “sante” already exists in the list “need” (“Santé”)") in err
    err = refused(capsys, db, lang, "foundation", "vocabulary", "add", "odd", "18",
                  "--fr", "Dix-huit", "--en", "Eighteen")
    assert (spaced("La liste « odd » ne peut pas recevoir") if lang == "fr" else "The list “odd” cannot receive") in err
    err = refused(capsys, db, lang, "foundation", "vocabulary", "add", "need", "Accès droits", "--fr", "A", "--en", "A")
    assert ("doit commencer par une lettre" if lang == "fr" else "must start with a letter") in err


@LANGS
def test_an_examples_workbook_with_bad_rows(db, tmp_path, capsys, lang):
    rows = [list(row) for row in EXAMPLES] + [
        ["", "", "Murat", "", "", "", "Sans titre", ""],
        ["", "Jardins partagés", "Condat", "", "Jardinage", "3; 18", "", ""],
    ]
    workbook = examples_workbook(tmp_path / "x.xlsx", rows)
    err = refused(capsys, db, lang, "foundation", "examples", "import", str(workbook))
    if lang == "fr":
        assert spaced("Feuille « exemples », ligne 5, colonne « Titre » : le titre est obligatoire.") in err
        assert spaced("Feuille « exemples », ligne 6, colonne « Forme » : « Jardinage » n'est pas une forme") in err
        assert spaced("Feuille « exemples », ligne 6, colonne « ODD » : « 18 » : les ODD sont numérotés de 1 à 17.") in err
    else:
        assert "Sheet “exemples”, row 5, column “Titre”: the title is required." in err
        assert "Sheet “exemples”, row 6, column “ODD”: “18”: the SDGs are numbered 1 to 17." in err


@LANGS
def test_an_examples_workbook_without_its_sheet(db, tmp_path, capsys, lang):
    err = refused(capsys, db, lang, "foundation", "examples", "import",
                  str(examples_workbook(tmp_path / "x.xlsx", sheet="Feuil1")))
    assert (spaced("« x.xlsx » n'a pas de feuille « exemples » (feuilles trouvées : Feuil1)") if lang == "fr"
            else "“x.xlsx” has no sheet “exemples” (sheets found: Feuil1)") in err


@LANGS
def test_a_pack_is_written_only_to_a_zip(db, tmp_path, capsys, lang):
    err = refused(capsys, db, lang, "foundation", "pack", "--out", str(tmp_path / "pack.xlsx"),
                  "--key", str(tmp_path / "cle.pem"))
    assert (spaced("« pack.xlsx » : choisissez un nom de fichier qui finit par .zip") if lang == "fr"
            else "“pack.xlsx”: choose a file name ending in .zip") in err
    assert not (tmp_path / "pack.xlsx").exists()
