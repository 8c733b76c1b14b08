import hashlib

import openpyxl
from diagnostic_kits import kit_bytes, survey_rows
from sqlalchemy import select

from catalyseur_app.diagnostics.kits import (
    install_kit,
    list_installed_kits,
    load_installed,
    newest_kit,
    shipped_kit_files,
)
from catalyseur_app.store.models import InstalledKit


def installed_rows(store):
    with store.read() as session:
        return sorted((row.form_id, row.version, row.sha256) for row in session.scalars(select(InstalledKit)))


def test_default_kit_installed_on_first_use(store):
    assert installed_rows(store) == []
    kits = list_installed_kits(store)
    shipped = shipped_kit_files()
    assert shipped, "the application ships a default kit"
    shas = {hashlib.sha256(path.read_bytes()).hexdigest() for path in shipped}
    assert {kit.sha256 for kit in kits} == shas  # every shipped version: older diagnostics keep theirs
    list_installed_kits(store)  # a second call installs nothing more
    assert len(installed_rows(store)) == len(shipped)
    kit = newest_kit(store)
    assert kit.version == "2026.2"
    assert load_installed(store, kit.form_id, kit.version).volets
    assert load_installed(store, kit.form_id, "2026.1").volets


def test_install_stores_the_bytes(store, tmp_path):
    path = tmp_path / "kit.xlsx"
    content = kit_bytes("1")
    path.write_bytes(content)
    result = install_kit(store, path)
    assert result.ok and not result.already_installed
    assert (result.kit.form_id, result.kit.version, result.kit.title) == ("test_kit", "1", "Kit d'essai")
    with store.read() as session:
        row = session.get(InstalledKit, ("test_kit", "1"))
        assert row.content == content
        assert row.sha256 == hashlib.sha256(content).hexdigest()
    again = install_kit(store, path)
    assert again.ok and again.already_installed


def test_versions_side_by_side_and_newest(store):
    for version in ("1", "2", "10"):
        assert install_kit(store, kit_bytes(version)).ok
    assert install_kit(store, kit_bytes("1", form_id="autre_kit")).ok
    versions = [(k.form_id, k.version) for k in list_installed_kits(store) if k.form_id != "sortie_de_crise"]
    assert versions == [("autre_kit", "1"), ("test_kit", "10"), ("test_kit", "2"), ("test_kit", "1")]
    assert newest_kit(store, "test_kit").version == "10"


def test_broken_kit_installs_nothing_and_lists_every_problem(store):
    rows = survey_rows()
    rows[1][0] = "select_one inexistante"  # a choice list that does not exist
    rows[2][7] = "${q_inconnue} = 1"  # a reference to an unknown field
    before = installed_rows(store)
    result = install_kit(store, kit_bytes("1", rows=rows))
    assert not result.ok and result.kit is None
    text = "\n".join(str(problem) for problem in result.problems)
    assert "inexistante" in text and "q_inconnue" in text
    assert all(problem.sheet == "survey" for problem in result.problems)
    assert installed_rows(store) == before


def test_not_a_workbook_empty_and_missing_files(store, tmp_path):
    not_xlsx = tmp_path / "notes.xlsx"
    not_xlsx.write_text("bonjour, ceci n'est pas un classeur")
    empty = tmp_path / "vide.xlsx"
    empty.write_bytes(b"")
    for source in (not_xlsx, empty, tmp_path / "absent.xlsx"):
        result = install_kit(store, source)
        assert not result.ok and result.problems, source
        assert str(result.problems[0])
    result = install_kit(store, tmp_path / "absent.xlsx")
    assert "n'existe pas" in str(result.problems[0])
    assert installed_rows(store) == []


def test_same_version_with_other_content_is_refused(store):
    assert install_kit(store, kit_bytes("1")).ok
    result = install_kit(store, kit_bytes("1", title="Autre titre"))
    assert not result.ok
    assert "augmentez le numéro de version" in str(result.problems[0])
    with store.read() as session:
        assert session.get(InstalledKit, ("test_kit", "1")).title == "Kit d'essai"


def test_workbook_with_empty_sheets(store, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "survey"
    workbook.create_sheet("choices")
    workbook.create_sheet("settings")
    path = tmp_path / "vide.xlsx"
    workbook.save(path)
    result = install_kit(store, path)
    assert not result.ok
    assert "vide" in str(result.problems[0])
    assert installed_rows(store) == []
