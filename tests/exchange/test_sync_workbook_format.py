"""Issue 12, items 12 and 13: the sync workbook read by its recipients' tools. A third party can
verify every checksum from docs/sync-format.md alone (its reference verifier, its column tables);
codes have their French labels; INSEE codes and kit versions stay text; the file prints sensibly."""

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from exchange_factory import populate
from exchange_files import rewrite_part, sheet_part
from python_calamine import CalamineWorkbook

from catalyseur_app.cli import main
from catalyseur_app.domain.vocabularies import ALL_VOCABULARIES
from catalyseur_app.exchange.codes import COLUMNS as CODE_COLUMNS
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.schema import DELETIONS, KINDS
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store

DOCS = Path(__file__).resolve().parents[2] / "docs"
NOTES = "Première ligne\nDeuxième ligne\nTroisième ligne\nQuatrième ligne"


def _leading_zeros(store):
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        actor = m.Actor(name="Mairie de Bourg-en-Bresse", kind="commune", commune_insee="01053", notes=NOTES)
        s.add(actor)
        s.add(m.Diagnostic(kit_id="sortie_de_crise", kit_version="2024.10", commune_insee="01053",
                           started_on=date(2026, 5, 6)))


@pytest.fixture
def exported(store, tmp_path):
    populate(store)
    _leading_zeros(store)
    path = tmp_path / "envoi.xlsx"
    export_sync_file(store, path, full=True, with_contacts=True)
    return path


def _verify(path):
    return subprocess.run([sys.executable, str(DOCS / "verify_sync_file.py"), str(path)],
                          capture_output=True, text=True, timeout=60)


def test_the_reference_verifier_says_ok_on_a_real_export(exported):
    done = _verify(exported)
    assert done.returncode == 0 and done.stdout.strip() == "OK", done.stdout + done.stderr


def test_the_reference_verifier_detects_a_tampered_sheet(exported, tmp_path):
    tampered = rewrite_part(exported, tmp_path / "retouche.xlsx", sheet_part("acteurs"),
                            lambda text: text.replace("Mairie de Bourg-en-Bresse", "Mairie de Bourg"))
    done = _verify(tampered)
    assert done.returncode == 1
    assert "sheet acteurs: the SHA-256 differs" in done.stdout and "NOT OK" in done.stdout
    # a removed row is a count mismatch
    fewer = rewrite_part(exported, tmp_path / "moins.xlsx", sheet_part("contacts"),
                         lambda text: re.sub(r'<row r="3"[^>]*>.*?</row>', "", text, flags=re.S))
    assert "sheet contacts: 0 rows, the manifest says 1" in _verify(fewer).stdout


def test_the_document_lists_every_sheet_column_with_its_type():
    """The tables of docs/sync-format.md are those of exchange/schema.py (they cannot drift)."""
    text = (DOCS / "sync-format.md").read_text(encoding="utf-8")
    stamps = {"version", "changed_by", "created_at", "updated_at", "base_version", "base_by"}
    documented = {}
    for title, body in re.findall(r"\*\*`?(\w+)`?\*\*[^\n]*\n\n\| key \| header \| type \| notes \|\n\|[-|]+\|\n"
                                  r"((?:\|[^\n]*\n)+)", text):
        documented[title] = [tuple(cell.strip(" `") for cell in line.split("|")[1:4]) for line in body.splitlines()]
    expected = {kind.sheet: [(c.key, c.header, c.type) for c in kind.columns if c.key not in stamps] for kind in KINDS}
    expected["Stamps"] = [(c.key, c.header, c.type) for c in KINDS[0].columns if c.key in stamps]
    expected["suppressions"] = [(c.key, c.header, c.type) for c in DELETIONS.columns]
    expected["codes"] = [(c.key, c.header, c.type) for c in CODE_COLUMNS]
    assert documented == expected
    assert "`reponses.value` is the answer as **JSON**" in text


def test_the_codes_sheet_carries_every_code_list_with_french_labels(exported):
    book = openpyxl.load_workbook(exported, read_only=True)
    rows = [tuple(row) for row in book["codes"].iter_rows(min_row=3, values_only=True)]
    book.close()
    for vocabulary in ALL_VOCABULARIES:
        for term in vocabulary:
            assert any(row[0] == vocabulary.name and row[1] == term.code and row[2] == term.fr for row in rows), \
                (vocabulary.name, term.code)
    assert ("partnership_form", "mecenat", "Mécénat") in {row[:3] for row in rows}
    assert {row[0] for row in rows} >= {"partnership_form", "partnership_stage", "actor_world", "odd", "metier",
                                        "mission"}
    odd = [row for row in rows if row[0] == "odd"]
    assert len(odd) == 17 and all(isinstance(row[1], str) for row in odd)
    commune = next(row for row in rows if row[:2] == ("actor_kind", "commune"))
    assert commune[3] == "collectivites" and commune[4] == "acteurs.kind"
    mission = next(row for row in rows if row[0] == "mission")
    assert mission[3] == mission[1].split(".")[0]


def test_insee_codes_and_kit_versions_stay_text_in_openpyxl_and_calamine(exported):
    book = openpyxl.load_workbook(exported)
    actors = book["acteurs"]
    keys = [cell.value for cell in actors[1]]
    row = next(r for r in actors.iter_rows(min_row=3) if r[keys.index("name")].value == "Mairie de Bourg-en-Bresse")
    insee = row[keys.index("commune_insee")]
    assert insee.value == "01053" and insee.data_type == "s" and insee.number_format == "@"
    diagnostics = book["diagnostics"]
    dkeys = [cell.value for cell in diagnostics[1]]
    versions = [r[dkeys.index("kit_version")] for r in diagnostics.iter_rows(min_row=3)]
    assert "2024.10" in [cell.value for cell in versions] and all(c.number_format == "@" for c in versions)

    calamine = CalamineWorkbook.from_path(str(exported))
    values = calamine.get_sheet_by_name("acteurs").to_python()
    assert values[0][:2] == ["id", "name"]
    assert "01053" in [line[values[0].index("commune_insee")] for line in values[2:]]
    diagnostics_values = calamine.get_sheet_by_name("diagnostics").to_python()
    assert "2024.10" in [line[diagnostics_values[0].index("kit_version")] for line in diagnostics_values[2:]]
    codes = calamine.get_sheet_by_name("codes").to_python()
    assert ["odd", "7"] in [line[:2] for line in codes]


def test_every_sheet_prints_fitted_to_the_width_in_landscape_with_its_headers_repeated(exported):
    book = openpyxl.load_workbook(exported)
    assert book.sheetnames[-1] == "codes"
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.paperSize in (9, "9"), sheet.title
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows in ("1:2", "$1:$2"), sheet.title
        assert "&P" in sheet.oddFooter.right.text, sheet.title


def test_multi_line_notes_wrap_in_a_row_tall_enough(exported):
    book = openpyxl.load_workbook(exported)
    actors = book["acteurs"]
    keys = [cell.value for cell in actors[1]]
    for row in actors.iter_rows(min_row=3):
        notes = row[keys.index("notes")]
        lines = (notes.value or "").count("\n") + 1
        height = actors.row_dimensions[notes.row].height
        if lines > 1:
            assert notes.alignment.wrap_text and notes.alignment.vertical == "top"
            assert height == 15 * lines
        else:
            assert height is None
    assert actors.row_dimensions[1].height is None and actors.row_dimensions[2].height is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_three_record_incremental_file_prints_on_a_page_per_sheet(store, tmp_path):
    from pypdf import PdfReader

    with store.write() as s:
        for number in range(3):
            s.add(m.Actor(name=f"Association {number}", kind="association", commune_insee="01053", notes=NOTES))
    path = tmp_path / "trois.xlsx"
    export_sync_file(store, path)
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profil-lo'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pages = PdfReader(str(tmp_path / "trois.pdf")).pages
    assert len(pages) <= 18  # 47 in format version 1
    actors = next(page.extract_text() for page in pages if page.extract_text().startswith("acteurs"))
    assert actors.index("Identifiant") < actors.index("Première ligne")  # the notes come below the headers


def test_a_version_1_file_still_imports(tmp_path, capsys):
    """tests/exchange/files/format-1-full.xlsx was made by the version 1 writer (no codes sheet)."""
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "sync", "import",
                 str(Path(__file__).parent / "files" / "format-1-full.xlsx")]) == 0
    with open_store(data_dir) as store, store.read() as session:
        assert session.query(m.Actor).count() == 3 and session.query(m.Partnership).count() == 1
    assert _verify(Path(__file__).parent / "files" / "format-1-full.xlsx").returncode == 0


def test_the_reference_verifier_checks_the_signature(exported, tmp_path):
    from exchange_files import flip_first, set_manifest_text, set_manifest_value

    renumbered = rewrite_part(exported, tmp_path / "renumerote.xlsx", sheet_part("manifeste"),
                              lambda text: set_manifest_value(text, "sequence", "<v>7</v>"))
    done = _verify(renumbered)
    assert done.returncode == 1 and "manifest: the signature does not match its content" in done.stdout
    forged = rewrite_part(exported, tmp_path / "signature.xlsx", sheet_part("manifeste"),
                          lambda text: set_manifest_text(text, "signature", flip_first))
    assert "manifest: the signature does not match its content" in _verify(forged).stdout
