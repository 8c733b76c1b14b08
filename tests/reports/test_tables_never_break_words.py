"""Issue 12 item 2: a table cell wraps at spaces and after hyphens, never inside a word or a date.

Every PDF of the demo (at scales 1 and 10) is read back with pypdf, which returns each cell's lines
one after the other (reportlab draws a cell's lines together). A word cut at the end of a line
shows as two consecutive extracted words that join into a known word: a commune or actor name,
or a date.
"""

import datetime as dt
import re
from itertools import pairwise

import pytest
from pdf_reading import reader
from sqlalchemy import select

from catalyseur_app.cli import main
from catalyseur_app.reports.data import commune_name, diagnostic_report_data, partnership_sheet_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
from catalyseur_app.reports.partnership_sheet import build_partnership_sheet
from catalyseur_app.reports.summary_data import summary_data
from catalyseur_app.reports.summary_pdf import build_summary_pdf
from catalyseur_app.store import open_store
from catalyseur_app.store.models import Actor, Diagnostic, Partnership, PartnershipCommune

DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
TODAY = dt.date(2026, 12, 20)


@pytest.fixture(scope="module", params=[1, 10])
def demo(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"demo{request.param}")
    assert main(["--data-dir", str(folder), "demo", "--scale", str(request.param)]) == 0
    store = open_store(folder)
    yield store
    store.close()


def _known_words(store) -> set[str]:
    with store.read() as session:
        names = set(session.scalars(select(Actor.name)))
        insees = set(session.scalars(select(Diagnostic.commune_insee))) | set(
            session.scalars(select(PartnershipCommune.insee))) | set(session.scalars(select(Actor.commune_insee)))
    names |= {commune_name(insee) for insee in insees}
    return {word.strip(",;.()") for name in names for word in name.split()} - {""}


def _cut_words(pdf, known: set[str]) -> list[str]:
    words = [w.strip(",;.()") for page in pdf.pages for w in (page.extract_text() or "").split()]
    cuts = []
    for first, second in pairwise(words):
        if not first or not second or first.endswith("-"):
            continue
        joined = first + second
        if DATE.fullmatch(joined) or (joined in known and first not in known):
            cuts.append(f"{first} / {second}")
    cuts += [w for w in words if re.fullmatch(r"\d{2}/\d{2}/\d{1,3}|\d{1,2}/\d{1,2}/?", w)]
    return cuts


def test_demo_tables_never_break_inside_a_word_or_a_date(demo):
    known = _known_words(demo)
    with demo.read() as session:
        diagnostics = list(session.scalars(select(Diagnostic.id).order_by(Diagnostic.started_on)))[:25]
        partnerships = list(session.scalars(select(Partnership.id).order_by(Partnership.title)))[:25]
    documents = [build_summary_pdf(summary_data(demo, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=TODAY))]
    documents += [build_diagnostic_report(diagnostic_report_data(demo, d, today=TODAY)) for d in diagnostics]
    documents += [build_partnership_sheet(partnership_sheet_data(demo, p, today=TODAY)) for p in partnerships]
    cuts = [cut for document in documents for cut in _cut_words(reader(document), known)]
    assert not cuts, cuts[:20]
