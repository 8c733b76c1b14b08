import json

from diagnostic_kits import COMMUNE, kit_bytes, survey_rows

from catalyseur_app.cli import main
from catalyseur_app.diagnostics.results import finalise
from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.store import open_store


def test_diagnostics_json_and_table(data_dir, capsys):
    with open_store(data_dir) as store:
        first = start_diagnostic(store, COMMUNE)
        second = start_diagnostic(store, "75056")
        run = DiagnosticRun(store, second)
        for error in list(run.errors):
            question = run.kit.question(error.question)
            choices = run.kit.choices_of(question)
            run.answer(question.name, choices.names[0] if choices else "1")
        finalise(store, second)
        kit_id, kit_version = run.kit_id, run.kit_version
    assert main(["--data-dir", str(data_dir), "diagnostics", "--json"]) == 0
    listed = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(listed) == {first, second}
    assert listed[first]["commune_insee"] == COMMUNE
    assert listed[first]["commune"] == "L'Abergement-Clémenciat"
    assert listed[first]["status"] == "in_progress"
    assert listed[second]["status"] == "finalised"
    assert listed[second]["commune"] == "Paris"
    assert (listed[second]["kit_id"], listed[second]["kit_version"]) == (kit_id, kit_version)
    assert listed[first]["progress"]["answered"] == 0 and listed[first]["progress"]["volets_complete"] == 0
    assert listed[second]["progress"]["answered"] > 0
    assert listed[second]["progress"]["questions"] >= listed[first]["progress"]["questions"] > 0
    assert main(["--data-dir", str(data_dir), "diagnostics"]) == 0
    table = capsys.readouterr().out
    assert "Finalisé" in table and "En cours" in table and "L'Abergement-Clémenciat" in table


def test_diagnostics_empty(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "diagnostics", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_kit_install_and_list(data_dir, tmp_path, capsys):
    good = tmp_path / "kit.xlsx"
    good.write_bytes(kit_bytes("3"))
    assert main(["--data-dir", str(data_dir), "kit", "install", str(good)]) == 0
    assert "version 3 installé" in capsys.readouterr().out
    rows = survey_rows()
    rows[1][0] = "select_one absente"
    bad = tmp_path / "casse.xlsx"
    bad.write_bytes(kit_bytes("4", rows=rows))
    assert main(["--data-dir", str(data_dir), "kit", "install", str(bad)]) == 1
    error = capsys.readouterr().err
    assert "n'est pas installé" in error and "absente" in error and spaced("feuille « survey »") in error
    assert main(["--data-dir", str(data_dir), "kit", "list", "--json"]) == 0
    kits = {(k["form_id"], k["version"]) for k in json.loads(capsys.readouterr().out)}
    assert ("test_kit", "3") in kits and ("test_kit", "4") not in kits
    assert main(["--data-dir", str(data_dir), "kit", "list"]) == 0
    assert "test_kit" in capsys.readouterr().out
