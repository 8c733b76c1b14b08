"""Issue 11 item 14: the one who carries an action is « Pilote » in the window and in the documents
(« Porteur » is a partner's role, another thing)."""

import openpyxl
import pytest
from pdf_reading import all_text, reader

from catalyseur_app.cli import main


@pytest.fixture
def demo_dir(tmp_path):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--scale", "1", "--seed", "5"]) == 0
    return folder


def test_the_action_plan_says_pilote_in_the_summary_pdf_and_workbook(demo_dir, tmp_path):
    for name in ("bilan.pdf", "bilan.xlsx"):
        assert main(["--data-dir", str(demo_dir), "report", "summary", "--from", "2020-01-01",
                     "--to", "2030-12-31", "--out", str(tmp_path / name)]) == 0
    text = all_text(reader(tmp_path / "bilan.pdf"))
    assert "Pilote" in text
    book = openpyxl.load_workbook(tmp_path / "bilan.xlsx", read_only=True)
    headers = {cell for sheet in book.worksheets for row in sheet.iter_rows(max_row=3, values_only=True)
               for cell in row if isinstance(cell, str)}
    assert "Pilote" in headers and "Porteur" not in headers
