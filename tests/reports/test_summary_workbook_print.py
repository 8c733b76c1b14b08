"""Issue 12 items 9-10: the summary workbook prints well and reads well, checked in the file itself."""

import datetime as dt
import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from pdf_reading import reader
from python_calamine import CalamineWorkbook
from report_samples import add_activities, add_diagnostic, add_partnership, add_profile

from catalyseur_app.cli import main
from catalyseur_app.reports.summary_data import summary_data
from catalyseur_app.reports.summary_xlsx import build_summary_xlsx

VEDRINES, VIERSAT, ARCHES = "15251", "23261", "15010"


@pytest.fixture
def workbook_path(store, tmp_path):
    add_profile(store)
    for insee in (VIERSAT, VEDRINES, ARCHES):
        add_partnership(store, f"Alliance {insee}", insee=insee)
    add_activities(store, count=30)
    add_diagnostic(store, started_on=dt.date(2026, 7, 3), actions=2)
    path = tmp_path / "synthese.xlsx"
    build_summary_xlsx(summary_data(store, dt.date(2026, 7, 1), dt.date(2026, 9, 30), today=dt.date(2026, 12, 1)), path)
    return path


def test_every_sheet_prints_on_a4_fitted_to_width_with_titles_and_page_numbers(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    for ws in book.worksheets:
        setup = ws.page_setup
        assert setup.paperSize in ("9", 9), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth in (1, "1"), ws.title
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text, ws.title
        if ws.title.startswith("Graphique"):
            assert setup.orientation == "landscape" and setup.fitToHeight in (1, "1"), ws.title
        else:
            assert setup.fitToHeight in (0, "0"), ws.title  # as many pages down as the rows need
            assert ws.print_title_rows == ("$1:$1" if ws.max_row > 1 else None), ws.title
    assert book["Partenariats"].page_setup.orientation == "landscape"
    assert book["Synthèse"].page_setup.orientation == "portrait"


def test_charts_stand_alone_on_one_page_with_values_only_on_the_bars(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    with zipfile.ZipFile(workbook_path) as archive:
        charts = [archive.read(n).decode().replace("<c:", "<").replace("</c:", "</")  # with or without prefix
                  for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml", n)]
        drawings = [archive.read(n).decode() for n in archive.namelist()
                    if re.match(r"xl/drawings/drawing\d+\.xml", n)]
    chart_sheets = [ws.title for ws in book.worksheets if ws.title.startswith("Graphique")]
    assert len(charts) == len(chart_sheets) == 6
    for sheet in chart_sheets:
        assert book[sheet].max_row == 1 and book[sheet]["A1"].value is None  # nothing else to print
    for xml in drawings:  # one chart per drawing, anchored at the top-left cell
        assert xml.count("graphicFrame>") == 2 and "<from><col>0</col>" in xml
    for xml in charts:
        assert '<showCatName val="1"/>' not in xml or "<pieChart>" in xml
        assert '<showSerName val="0"/>' in xml and '<showLegendKey val="0"/>' in xml
        if "<barChart>" in xml:
            assert '<showVal val="1"/>' in xml and '<delete val="0"/>' in xml  # the category axis shows names
            assert "latin typeface=" in xml


def test_header_font_is_named_and_lists_follow_french_order(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    for ws in book.worksheets:
        if ws.max_row > 1:
            assert ws["A1"].font.name == "Calibri", ws.title
    rows = CalamineWorkbook.from_path(str(workbook_path)).get_sheet_by_name("Partenariats par commune").to_python()
    names = [row[0] for row in rows[1:]]
    assert names.index("Védrines-Saint-Loup") < names.index("Viersat")
    assert names == sorted(names, key=lambda n: n.replace("é", "e").casefold())


def test_hours_are_real_durations_shown_as_hours_and_minutes(workbook_path):
    ws = openpyxl.load_workbook(workbook_path)["Métiers"]
    header = [c.value for c in ws[1]]
    minutes, duration = header.index("Minutes"), header.index("Temps")
    for row in ws.iter_rows(min_row=2):
        assert row[duration].number_format == '[h]" h "mm'
        value = row[duration].value
        seconds = value.total_seconds() if hasattr(value, "total_seconds") else value * 86400
        assert round(seconds / 60) == row[minutes].value


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_quarter_of_the_demo_prints_on_few_pages(tmp_path):
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "trimestre.xlsx"
    assert main(["--data-dir", str(folder), "report", "summary", "--from", "2026-07-01", "--to", "2026-09-30",
                 "--out", str(out)]) == 0
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    pages = len(reader(tmp_path / "trimestre.pdf").pages)
    assert pages <= 20, pages  # 38 before the print setup
