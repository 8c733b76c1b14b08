"""``catalyseur-app kit validate`` through the real entry point."""

from kit_workbooks import survey_rows, workbook_bytes

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.kit import default_kit_path


def test_sound_kit_is_silent(capsys):
    assert main(["kit", "validate", str(default_kit_path())]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_every_problem_on_its_own_line(tmp_path, capsys):
    rows = survey_rows()
    rows[1]["type"] = "calculate"
    rows[2]["relevant"] = "${inconnu} = 1"
    rows[8]["constraint"] = ". <= today("
    path = tmp_path / "kit.xlsx"
    path.write_bytes(workbook_bytes(rows))
    assert main(["kit", "validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        spaced("feuille « survey », ligne 3, colonne « type » : type « calculate » inconnu ou non pris en charge "
        "(types permis : text, integer, decimal, date, select_one LISTE, select_multiple LISTE, note, "
        "begin_group, end_group)."),
        spaced("feuille « survey », ligne 4, colonne « relevant » : ${inconnu} désigne une question qui n'existe pas."),
        spaced("feuille « survey », ligne 10, colonne « constraint » : expression invalide au caractère 12 : "
        "parenthèse fermante « ) » attendue (ouverte au caractère 11), trouvé la fin de l'expression."),
    ]


def test_file_that_is_not_a_workbook(tmp_path, capsys):
    path = tmp_path / "kit.xlsx"
    path.write_text("ceci n'est pas un classeur")
    assert main(["kit", "validate", str(path)]) == 1
    assert capsys.readouterr().out == spaced("Le fichier « kit.xlsx » n'est pas un classeur Excel (.xlsx).\n")


def test_kit_without_action_shows_help(capsys):
    assert main(["kit"]) == 2
    assert "validate" in capsys.readouterr().err
