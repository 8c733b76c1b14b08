"""The default « sortie de crise » kit: sound, current with its builder, accepted by pyxform."""

import importlib.util
import io
from pathlib import Path

import openpyxl
import pytest
from pyxform.xls2xform import convert

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.kit import AXES, compute_scores, default_kit_path, evaluate, load_kit, validate_kit_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit():
    return load_kit(default_kit_path())


def _builder():
    spec = importlib.util.spec_from_file_location("build_default_kit", ROOT / "tools" / "build_default_kit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_default_kit_is_sound(kit):
    assert validate_kit_file(default_kit_path()) == []
    assert default_kit_path().name == f"sortie-de-crise-{kit.version}.xlsx"
    assert kit.form_id == "sortie_de_crise"
    assert kit.languages == ("fr", "en") and kit.default_language == "fr"


def test_default_kit_follows_the_frame(kit):
    assert [v.name for v in kit.volets] == ["fragilites", "continuite", "coordination", "economie", "alliances",
                                            "ingenierie"]
    assert kit.axes() == tuple(AXES)
    assert [v.axis for v in kit.volets] == ["urgences"] * 3 + ["redeveloppement"] * 3
    assert [v.name for v in kit.volets if v.show_partnerships] == ["alliances"]
    for volet in kit.volets:
        assert volet.label.get("fr") and volet.label.get("en") != volet.label.get("fr")
        assert volet.priority_question is not None
        assert len(volet.observation_questions) == 1
        assert sum(kit.is_scored(q) for q in volet.questions) >= 5, volet.name
        assert volet.hint.get("fr") and volet.hint.get("en"), volet.name
        for question in volet.questions:
            assert question.label.by_language.keys() == {"fr", "en"}, question.name
    answerable = [q for q in kit.questions.values() if q.answerable]
    assert 40 <= len(answerable) <= 60
    types = {q.type for q in answerable}
    assert {"integer", "decimal", "date", "select_one", "select_multiple", "text"} <= types
    assert sum(q.relevant is not None for q in answerable) >= 4
    assert sum(q.constraint is not None for q in answerable) >= 4


def test_default_kit_rules(kit):
    today = "2026-03-01"
    answers = {"co_associations": -2, "cl_cellule": "yes", "cl_cellule_date": "2026-03-02", "ec_chomage": 140}
    errors = {e.question: e.message for e in evaluate(kit, answers, today=today).errors}
    assert errors["co_associations"] == "Le nombre ne peut pas être négatif."
    assert errors["cl_cellule_date"] == "La date ne peut pas être dans le futur."
    assert errors["ec_chomage"] == "Indiquez un pourcentage entre 0 et 100."
    assert errors["fr_isolement"] == spaced("Merci de choisir un niveau, ou « Ne sait pas ».")
    assert not evaluate(kit, {"cl_cellule": "no"}).is_relevant("cl_cellule_date")
    assert not evaluate(kit, {"co_associations": 0}).is_relevant("co_associations_activite")
    assert evaluate(kit, {"co_associations": 4}).is_relevant("co_associations_activite")


def test_default_kit_scores(kit):
    answers = {name: "etabli" for name, q in kit.questions.items() if kit.is_scored(q)}
    answers["fr_isolement"] = "absent"  # weight 2 among six scored questions of weight 1 otherwise
    scores = compute_scores(kit, answers)
    assert scores.volets["fragilites"].score == pytest.approx(100 * 5 / 7)
    assert scores.volets["ingenierie"].score == 100.0
    assert scores.axes["redeveloppement"] == 100.0


def test_committed_workbook_is_current():
    built = _builder().build_workbook()
    shipped = openpyxl.load_workbook(default_kit_path())
    assert shipped.sheetnames == built.sheetnames
    for name in built.sheetnames:
        expected = [tuple(v if v != "" else None for v in row) for row in built[name].iter_rows(values_only=True)]
        actual = list(shipped[name].iter_rows(values_only=True))
        assert actual == expected, f"{name}: run python tools/build_default_kit.py"


def test_builder_writes_a_loadable_kit(tmp_path):
    assert _builder().main([str(tmp_path)]) == 0
    (path,) = tmp_path.glob("*.xlsx")
    assert load_kit(path).version == load_kit(default_kit_path()).version


def test_default_kit_converts_with_pyxform(kit):
    warnings: list[str] = []
    result = convert(default_kit_path().read_bytes(), warnings=warnings, file_type=".xlsx")
    assert warnings == []
    xform = result.xform
    assert f'<data id="sortie_de_crise" version="{kit.version}">' in xform
    assert '<bind nodeset="/data/fragilites/fr_personnes_isolees" type="int"' in xform
    assert '<bind nodeset="/data/coordination/cl_cellule_date" type="date"' in xform
    assert '<bind nodeset="/data/economie/ec_chomage" type="decimal"' in xform
    assert 'constraint=". &lt;= today()"' in xform
    assert '<translation lang="English (en)">' in xform
    for volet in kit.volets:  # each volet one screen in ODK Collect
        assert f'<group appearance="field-list" ref="/data/{volet.name}">' in xform


def test_default_kit_2026_2_themes_and_bounds(kit):
    assert kit.version == "2026.2"
    for theme in ("fr_logement", "co_mobilite", "fr_jeunesse", "cl_sante_social", "co_infrastructures"):
        assert kit.is_scored(kit.questions[theme]), theme
    errors = {e.question: e.message for e in evaluate(kit, {"in_budget": 25_000_000}).errors}
    assert errors["in_budget"] == "Indiquez un montant entre 0 et 10 000 000 €."
    assert "in_budget" not in {e.question for e in evaluate(kit, {"in_budget": 25_000}).errors}


def test_older_kit_versions_stay_shipped_for_their_diagnostics():
    from catalyseur_app.kit.default import shipped_kit_paths

    versions = [load_kit(path).version for path in shipped_kit_paths()]
    assert versions[:2] == ["2026.1", "2026.2"]


def test_pyxform_ignores_the_scoring_columns(kit):
    # The same workbook without our extra columns gives the same XForm: they change nothing for ODK.
    workbook = openpyxl.load_workbook(default_kit_path())
    survey = workbook["survey"]
    header = [cell.value for cell in survey[1]]
    for column in sorted((header.index(c) + 1 for c in ("weight", "axis", "show_partnerships", "role")),
                         reverse=True):
        survey.delete_cols(column)
    buffer = io.BytesIO()
    workbook.save(buffer)
    stripped = convert(buffer.getvalue(), file_type=".xlsx").xform
    full = convert(default_kit_path().read_bytes(), file_type=".xlsx").xform
    assert stripped == full
