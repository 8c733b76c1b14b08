"""Issue 12 item 15: the demo reads as correct French with plausible figures, in the documents it produces."""

import re

import pytest
from sqlalchemy import select

from catalyseur_app.cli import main
from catalyseur_app.reports.data import diagnostic_report_data, partnership_sheet_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
from catalyseur_app.reports.partnership_sheet import build_partnership_sheet
from catalyseur_app.store import open_store
from catalyseur_app.store.models import Actor, Diagnostic, Partnership

pypdf = pytest.importorskip("pypdf")

BAD_FRENCH = re.compile(r"\b(?:de|à) (?:Le|Les|le|les) |\bde [AEIOUÉÈÊÂÎÔŒ][a-zéèêâîôû]|\(s\)")
COMMUNE_ROLES = ("Maire", "Adjoint", "Secrétaire de mairie", "Conseiller")


def _text(pdf_bytes) -> str:
    import io

    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "2"]) == 0
    store = open_store(folder)
    yield store
    store.close()


def test_names_and_texts_are_correct_french(demo):
    with demo.read() as session:
        actors = list(session.scalars(select(Actor.name)))
        descriptions = list(session.scalars(select(Partnership.description)))
        titles = list(session.scalars(select(Partnership.title)))
    for text in actors + descriptions + titles:
        assert not BAD_FRENCH.search(text), text
    assert all(" autour d" in d for d in descriptions)


def test_reports_of_the_demo(demo):
    with demo.read() as session:
        ids = list(session.scalars(select(Diagnostic.id)))
    observations, budgets = set(), []
    for diagnostic_id in ids:
        data = diagnostic_report_data(demo, diagnostic_id)
        text = _text(build_diagnostic_report(data))
        assert not BAD_FRENCH.search(text), BAD_FRENCH.search(text).group(0)
        for name, role in data.participants:
            first, _, last = name.partition(" ")
            assert first != last, name  # no « Jean Jean »
            if "," in role and role.startswith(COMMUNE_ROLES):  # a commune's role belongs to a commune
                assert role.split(", ", 1)[1].startswith("Commune"), (name, role)
        observations |= {text for volet in data.volets for _q, text in volet.observations}
        found = re.search(r"Budget communal consacré à la relance cette année \(en euros\) ([\d  ]+)", text)
        if found:
            budgets.append(int(re.sub(r"\D", "", found.group(1))))
    assert len(observations) >= 8  # varied remarks, not the same sentence in every volet
    assert budgets and all(1000 <= b <= 10_000_000 for b in budgets), budgets


def test_inspiring_examples_have_their_results_written(demo):
    with demo.read() as session:
        inspiring = list(session.scalars(select(Partnership.id).where(Partnership.inspiring.is_(True))))
    assert inspiring
    for partnership_id in inspiring:
        text = _text(build_partnership_sheet(partnership_sheet_data(demo, partnership_id)))
        assert "EXEMPLE INSPIRANT" in text
        assert "Les résultats ne sont pas encore décrits" not in text
        after = text.split("Ce que le partenariat a changé", 1)[1]
        assert len(after.split("Les moyens engagés")[0].split("Objectifs de développement")[0]) > 60
