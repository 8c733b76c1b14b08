"""A person at the foundation opens the file: the manifest explains it, pages print readably."""

import openpyxl
from exchange_factory import populate

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.reader import read_sync_file


def test_the_manifest_explains_the_file_and_every_sheet_prints_with_its_headers(store, tmp_path):
    populate(store)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True)
    book = openpyxl.load_workbook(path)  # an independent reader
    manifest = book["manifeste"]
    entries = {row[0].value: row for row in manifest.iter_rows(min_row=3)}
    about = entries["about"][2]
    assert about.value.startswith("Fichier d'échange de l'application Catalyseur")
    assert about.alignment.wrap_text and manifest.row_dimensions[about.row].height >= 90
    assert entries["sequence"][2].alignment.horizontal == "left"  # the values read as one column
    assert entries["made_at"][2].is_date and entries["made_at"][2].alignment.horizontal == "left"
    assert manifest.sheet_properties.pageSetUpPr.fitToPage and manifest.page_setup.fitToWidth == 1
    for sheet in book:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == "$1:$2", sheet.title
        assert "&A" in sheet.oddFooter.left.text and "&P" in sheet.oddFooter.right.text
        assert sheet.freeze_panes == "A3"
    assert read_sync_file(path).manifest.sequence == 1  # the explanation is not data: still read the same
