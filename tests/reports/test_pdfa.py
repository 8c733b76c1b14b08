"""Issue 12 item 7: the mayor's report and the summary are PDF/A-2b.

Checked by pikepdf's PDF/A validator (``pikepdf.pdfa``, open source, from PyPI: an allowlist
validator built on the veraPDF rule catalogue; veraPDF itself is not on PyPI or Debian), and the
required parts read back with pikepdf.
"""

import datetime as dt

import pikepdf
import pytest
from report_samples import TRICKY, add_activities, add_diagnostic, add_partnership, add_profile

from catalyseur_app.reports.data import diagnostic_report_data, partnership_sheet_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
from catalyseur_app.reports.partnership_sheet import build_partnership_sheet
from catalyseur_app.reports.summary_data import summary_data
from catalyseur_app.reports.summary_pdf import build_summary_pdf

pdfa = pytest.importorskip("pikepdf.pdfa")


@pytest.fixture
def documents(store, tmp_path):
    add_profile(store, name=TRICKY)
    partnership = add_partnership(store)
    final = add_diagnostic(store, finalised=True)
    draft = add_diagnostic(store, finalised=False, actions=1)
    add_activities(store, count=12)
    paths = {name: tmp_path / f"{name}.pdf" for name in ("final", "draft", "summary", "sheet")}
    build_diagnostic_report(diagnostic_report_data(store, final), paths["final"])
    build_diagnostic_report(diagnostic_report_data(store, draft), paths["draft"])
    build_summary_pdf(summary_data(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31)), paths["summary"])
    build_partnership_sheet(partnership_sheet_data(store, partnership), paths["sheet"])
    return paths


def test_reports_pass_the_pdfa_2b_validator(documents):
    for name, path in documents.items():
        report = pdfa.validate_written(path, "2b")
        assert report.passed, (name, report.findings)


def test_pdfa_parts_are_there(documents):
    for path in documents.values():
        with pikepdf.open(path) as pdf:
            with pdf.open_metadata() as xmp:
                assert xmp["pdfaid:part"] == "2" and xmp["pdfaid:conformance"] == "B"
                assert xmp["dc:title"] == str(pdf.docinfo["/Title"])
            (intent,) = pdf.Root.OutputIntents
            assert intent.S == "/GTS_PDFA1"
            profile = intent.DestOutputProfile
            assert profile.N == 3 and profile.read_bytes()[36:40] == b"acsp"
            assert str(pdf.Root.Lang) == "fr-FR"
            for page in pdf.pages:
                for font in page.Resources.Font.values():
                    descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                    assert "/FontFile2" in descriptor
            assert "/Encrypt" not in pdf.trailer and "/ID" in pdf.trailer
