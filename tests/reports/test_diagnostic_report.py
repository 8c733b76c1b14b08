import datetime as dt

import pytest
from pdf_reading import all_text, assert_well_formed, page_texts, reader
from report_samples import LONG_OBSERVATION, TRICKY, add_diagnostic, add_partnership, add_profile

from catalyseur_app.diagnostics.sessions import DiagnosticRun, Participant
from catalyseur_app.reports.data import ReportError, diagnostic_report_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report

TODAY = dt.date(2026, 12, 30)


@pytest.fixture
def finalised(store):
    add_profile(store)
    add_partnership(store)
    add_partnership(store, "Atelier vélo des écoles", stage="terminee")
    return add_diagnostic(store, finalised=True)


def test_report_content_scores_and_metadata(store, finalised):
    data = diagnostic_report_data(store, finalised, today=TODAY)
    pdf = reader(build_diagnostic_report(data))
    assert_well_formed(pdf)
    text = all_text(pdf)
    assert "Saint-Flour" in text and "Cantal (15)" in text
    assert "26 novembre 2026" in text
    assert "Jeanne Lefèvre" in text and "Noël Bœuf-Hérault" in text
    assert "Camille Dupré-Lœuillet" in text and "Maison des alliances du Cantal" in text
    # the scores are the kit engine's, shown per volet and per axis
    run = DiagnosticRun(store, finalised)
    expected = run.scores()
    fragilites = next(v for v in data.volets if v.name == "fragilites")
    assert fragilites.score == pytest.approx(expected.volets["fragilites"].score)
    assert 0 < fragilites.score < 100
    for volet in data.volets:
        assert volet.score == expected.volets[volet.name].score
    assert f"Fragilités des personnes — {fragilites.score:.0f} / 100" in text
    assert f"{expected.axes['urgences']:.0f} / 100 Urgences" in text
    # answers in prose and tables: labels of choices, French dates and numbers
    assert "Établi : organisé et suffisant" in text
    assert "25 mars 2024" in text and "12 500,5" in text
    assert "Collectivités territoriales ; Associations ; Entreprises" in text
    # priorities, action plan rows, partnerships of the commune (not the ended one)
    assert "Repérer et visiter les personnes isolées avant l'hiver." in text
    for n in range(1, 5):
        assert f"Action n° {n} : organiser la tournée des hameaux" in text
    assert "01/12/2026 À faire, en retard" in text  # to do, due before TODAY
    assert "21/12/2026 En cours, en retard" in text
    assert "Repas partagés des hameaux" in text and "Atelier vélo" not in text
    assert "camille@alliances-cantal.fr" in text
    assert "PROVISOIRE" not in text
    meta = pdf.metadata
    assert "Saint-Flour" in meta.title
    assert meta.author == "Camille Dupré-Lœuillet (Maison des alliances du Cantal)"
    assert "Saint-Flour" in meta.subject


def test_long_observation_wraps_over_pages(store, finalised):
    pdf = reader(build_diagnostic_report(diagnostic_report_data(store, finalised)))
    texts = page_texts(pdf)
    assert len(pdf.pages) >= 6
    pages_with_it = [n for n, t in enumerate(texts) if "il faudrait mieux coordonner les visites" in t]
    assert len(pages_with_it) >= 3  # 20,000 characters flow over several pages
    # nothing lost: every one of the 190 sentences is there (a one-word marker cannot straddle pages)
    assert sum(t.count("CCAS") for t in texts) == LONG_OBSERVATION.count("CCAS") == 190


def test_draft_is_marked_provisional_on_every_page(store):
    add_profile(store)
    diagnostic_id = add_diagnostic(store, finalised=False)
    pdf = reader(build_diagnostic_report(diagnostic_report_data(store, diagnostic_id)))
    assert_well_formed(pdf)
    for text in page_texts(pdf):
        assert "PROVISOIRE" in text
    assert "provisoire" in pdf.metadata.title


def test_empty_answers_and_tricky_names(store):
    add_profile(store, name=TRICKY, structure="Tiers-lieu <Le Bœuf> & Cie 🐄")
    diagnostic_id = add_diagnostic(store, answers={}, actions=0, finalised=False,
                                   participants=[Participant(name=TRICKY, role="Maire & présidente <EPCI>")])
    data = diagnostic_report_data(store, diagnostic_id)
    assert all(v.score is None for v in data.volets)
    pdf = reader(build_diagnostic_report(data))
    assert_well_formed(pdf)
    text = all_text(pdf)
    assert "Œuvre « Àçcents » l’Été — ÉÈÊËÎÏÔŒÙÛÜŸÇ æ <b>&amp; & < >" in text
    assert "Maire & présidente <EPCI>" in text
    assert "Tiers-lieu <Le Bœuf> & Cie" in text
    assert "non renseigné" in text and "sans réponse" in text
    assert "Aucune action n'a encore été inscrite au plan." in text
    assert "🦄" not in text  # not in the font: dropped, not a box


def test_unknown_diagnostic_is_refused_with_a_clear_message(store):
    with pytest.raises(ReportError, match="n'existe pas"):
        diagnostic_report_data(store, "no-such-id")
