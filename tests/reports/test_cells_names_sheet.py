import datetime as dt
import re

import openpyxl
import pytest
from openpyxl import Workbook
from pdf_reading import all_text, assert_well_formed, reader
from report_samples import add_partnership, add_profile

from catalyseur_app.reports.data import partnership_sheet_data
from catalyseur_app.reports.outputs import diagnostic_file_name, partnership_file_name, safe_file_name
from catalyseur_app.reports.partnership_sheet import build_partnership_sheet
from catalyseur_app.reports.xlsx_cells import Column, write_table

DANGEROUS = ["=1+1", "+33 6 12 34 56 78", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")",
             "a\x00b\x1fc", "x" * 40000]


def test_typed_text_is_never_a_formula(tmp_path):
    workbook = Workbook()
    ws = workbook.active
    write_table(ws, [Column("Texte"), Column("Nombre"), Column("Date")],
                [(text, 1.5, dt.date(2026, 11, 26)) for text in DANGEROUS])
    workbook.save(tmp_path / "t.xlsx")
    back = openpyxl.load_workbook(tmp_path / "t.xlsx")["Sheet"]
    values = [row[0].value for row in back.iter_rows(min_row=2)]
    assert values[:5] + values[6:7] == DANGEROUS[:5] + DANGEROUS[6:7]
    # The standard library's XML parser normalises a carriage return to a line feed, lxml keeps it;
    # either way the cell is text, not a formula.
    assert values[5] in ("\n=cmd", "\r=cmd")
    assert values[7] == "ab c".replace(" ", "")  # control characters XML cannot hold are dropped
    assert len(values[8]) == 32767 and values[8].endswith("…")
    for row in back.iter_rows(min_row=2):
        assert row[0].data_type == "s"
        assert isinstance(row[1].value, float)
        assert isinstance(row[2].value, dt.datetime) and row[2].number_format == "dd/mm/yyyy"
    assert back.freeze_panes == "A2" and back.auto_filter.ref == "A1:C10"


@pytest.mark.parametrize("parts, expected", [
    (("diagnostic", "Saint-Flour", "2026-11-26"), "diagnostic-saint-flour-2026-11-26.pdf"),
    (("diagnostic", "L'Haÿ-les-Roses", "2026-01-02"), "diagnostic-l-hay-les-roses-2026-01-02.pdf"),
    (("partenariat", "Œuvre « Été » <a/b>:*?|\\ 😀 con"), "partenariat-oeuvre-ete-a-b-con.pdf"),
    (("", "..", "/"), "document.pdf"),
])
def test_safe_file_names(parts, expected):
    assert safe_file_name(*parts, suffix=".pdf") == expected


def test_file_names_are_short_and_plain():
    name = diagnostic_file_name("Saint-Martin-" * 30, dt.date(2026, 11, 26))
    assert len(name) <= 84 and name.endswith(".pdf") and name.isascii()
    assert partnership_file_name("Repas partagés des hameaux") == "partenariat-repas-partages-des-hameaux.pdf"


def test_partnership_sheet_stays_on_one_page_with_huge_texts(store):
    add_profile(store)
    many = tuple((f"Association numéro {n} pour le développement durable des hameaux " * 4, "association", "partenaire")
                 for n in range(25))
    partnership_id = add_partnership(store, "Très long titre " * 30, partners=many)
    from catalyseur_app.store.models import Partnership

    with store.write() as session:
        partnership = session.get(Partnership, partnership_id)
        partnership.description = "Description. " * 2000
        partnership.outcomes = "Résultat & changement <visible>. " * 1000
        partnership.in_kind = "Matériel " * 500
    data = partnership_sheet_data(store, partnership_id)
    pdf = reader(build_partnership_sheet(data))
    assert_well_formed(pdf)
    assert len(pdf.pages) == 1
    text = all_text(pdf)
    assert re.search(r"… et \d+ autres partenaires", text)
    assert "Résultat & changement <visible>" in text
