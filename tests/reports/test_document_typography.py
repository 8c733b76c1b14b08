"""Issue 12 items 1, 3-6, 8 and issue 11 item 4 / 12, read back from the produced PDFs and workbooks."""

import datetime as dt
import re
import shutil
import subprocess

import openpyxl
import pytest
from pdf_reading import all_text, page_texts, reader
from report_samples import ANSWERS, add_activities, add_diagnostic, add_partnership, add_profile

from catalyseur_app.diagnostics.results import revise
from catalyseur_app.reports.data import diagnostic_report_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
from catalyseur_app.reports.summary_data import summary_data
from catalyseur_app.reports.summary_pdf import build_summary_pdf
from catalyseur_app.reports.summary_xlsx import build_summary_xlsx

NBSP = "\u00a0"
MAS_D_ARTIGE, ARCHES, LES_TERNES = "23125", "15010", "15235"


def pdftotext_lines(path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.splitlines()


def test_report_commune_names_spacing_and_no_sign_starting_a_line(store, tmp_path):
    add_profile(store)
    add_partnership(store, insee=MAS_D_ARTIGE)
    diagnostic_id = add_diagnostic(store, insee=MAS_D_ARTIGE, actions=2)
    with store.write() as session:  # lines of every length: one of them ends just before its « ? » or « : »
        from catalyseur_app.store.models import Diagnostic
        session.get(Diagnostic, diagnostic_id).notes = "\n".join(
            f"{'mot ' * n}demain ? et {'ici ' * (n % 7)}voici : la suite ; enfin !" for n in range(1, 40))
    data = diagnostic_report_data(store, diagnostic_id, today=dt.date(2026, 11, 30))
    path = tmp_path / "rapport.pdf"
    build_diagnostic_report(data, path)
    pdf = reader(path)
    text = all_text(pdf)
    assert "Les partenariats déjà engagés au Mas-d'Artige" in text
    assert "à Le Mas" not in text and "de Le Mas" not in text
    assert "du Mas-d'Artige" in pdf.metadata.subject
    # reportlab draws a no-break space with the space glyph, so extractors read a space: what shows
    # the no-break space is that no line of the laid-out text starts with the sign
    lines = pdftotext_lines(path)
    assert "Et maintenant ?" in lines
    assert sum(line.startswith("mot mot") for line in lines) > 20
    for line in lines:
        assert not re.match(r"\s*[:;?!»]", line), line


@pytest.mark.parametrize(("insee", "expected"), [(ARCHES, "d'Arches"), (LES_TERNES, "des Ternes")])
def test_report_subject_elides_and_contracts(store, insee, expected):
    add_profile(store)
    diagnostic_id = add_diagnostic(store, insee=insee, actions=0)
    pdf = reader(build_diagnostic_report(diagnostic_report_data(store, diagnostic_id)))
    assert f"diagnostic territorial {expected} " in pdf.metadata.subject


def test_summary_real_plurals_and_hours_and_minutes(store, tmp_path):
    add_profile(store)
    add_activities(store, count=4)  # 30 + 45 + 60 + 75 minutes = 3 h 30
    add_diagnostic(store, started_on=dt.date(2026, 7, 2), actions=1)
    data = summary_data(store, dt.date(2026, 7, 1), dt.date(2026, 9, 30), today=dt.date(2026, 12, 20))
    path = tmp_path / "synthese.pdf"
    build_summary_pdf(data, path)
    text = all_text(reader(path))
    assert "(s)" not in text
    assert "1 diagnostic commencé sur la période" in text
    assert "1 diagnostic 0 action en retard" in text  # the key figures
    assert "3 h 30 de travail noté" in text
    assert not re.search(r"\d,\d h\b", text)  # never « 2,5 h »


def test_title_keeps_day_and_month_together(store, tmp_path):
    add_profile(store)
    data = summary_data(store, dt.date(2026, 7, 1), dt.date(2026, 9, 30), today=dt.date(2026, 12, 20))
    path = tmp_path / "synthese.pdf"
    build_summary_pdf(data, path)
    lines = pdftotext_lines(path)
    assert not any(line.rstrip().endswith(" 30") for line in lines), lines[:8]
    assert any("30 septembre 2026" in line.replace(NBSP, " ") for line in lines)


def _two_volets_empty():
    return {k: v for k, v in ANSWERS.items() if not k.startswith(("in_", "al_"))}


def test_unscored_volets_are_not_drawn_as_zero(store, tmp_path):
    add_profile(store)
    diagnostic_id = add_diagnostic(store, answers=_two_volets_empty(), actions=0, finalised=False)
    data = diagnostic_report_data(store, diagnostic_id)
    unscored = [v.label for v in data.volets if v.score is None]
    assert len(unscored) == 2
    pdf = reader(build_diagnostic_report(data))
    synthesis = next(t for t in page_texts(pdf) if "Synthèse" in t)
    assert synthesis.count("n.r.") == 4  # on each unscored spoke of the radar and in its gauge
    for label in unscored:
        assert f"{label} — non renseigné" in all_text(pdf)
    # the summary: the table's « — » and the chart's « non renseigné », never « 0 / 100 »
    summary = summary_data(store, dt.date(2026, 10, 1), dt.date(2026, 12, 31), today=dt.date(2026, 12, 20))
    text = all_text(reader(build_summary_pdf(summary)))
    assert not re.search(r"(?<![\d,])0 / 100", text)
    assert text.count("non renseigné") == 2


def test_superseded_revision_is_labelled_replaced(store):
    add_profile(store)
    old = add_diagnostic(store, actions=0)
    revise(store, old, started_on=dt.date(2027, 2, 3))
    pdf = reader(build_diagnostic_report(diagnostic_report_data(store, old)))
    texts = page_texts(pdf)
    assert all("Remplacé par la révision du 3 février 2027" in t for t in texts)
    assert "PROVISOIRE" not in " ".join(texts) and "non finalisé" not in " ".join(texts)
    assert "remplacé" in pdf.metadata.title


def test_next_steps_list_future_dates_and_late_ones_apart(store):
    add_profile(store)
    diagnostic_id = add_diagnostic(store, actions=4)  # due 1/12, 21/12 (in progress), 10/01 done, 30/01
    data = diagnostic_report_data(store, diagnostic_id, today=dt.date(2026, 12, 15))
    text = all_text(reader(build_diagnostic_report(data)))
    after = text.split("Et maintenant")[1]
    upcoming = after.split("Les prochaines échéances du plan d'action")[1].split("En retard")[0]
    late = after.split("En retard :")[1]
    assert "21/12/2026" in upcoming and "30/01/2027" in upcoming and "01/12/2026" not in upcoming
    assert "01/12/2026 — Action n° 1" in late and "21/12/2026" not in late


def test_watermark_letters_are_not_in_the_text(store, tmp_path):
    add_profile(store)
    diagnostic_id = add_diagnostic(store, finalised=False, actions=0)
    path = tmp_path / "brouillon.pdf"
    build_diagnostic_report(diagnostic_report_data(store, diagnostic_id), path)
    for text in page_texts(reader(path)):
        assert text.count("PROVISOIRE") == 1  # the band above the header, once per page
    words = " ".join(pdftotext_lines(path)).split()
    assert words.count("PROVISOIRE") == len(reader(path).pages)
    assert not [w for w in words if w in ("P", "R", "O", "V", "I", "S", "E")]


def test_pdf_and_workbook_round_the_same_way(store, tmp_path):
    add_profile(store)
    add_activities(store, count=40)
    for day in (2, 9, 16):
        add_diagnostic(store, started_on=dt.date(2026, 7, day), actions=0,
                       answers={**ANSWERS, "co_commerces": ("absent", "emergent", "etabli")[day % 3]})
    data = summary_data(store, dt.date(2026, 7, 1), dt.date(2026, 9, 30), today=dt.date(2026, 12, 20))
    build_summary_pdf(data, tmp_path / "s.pdf")
    build_summary_xlsx(data, tmp_path / "s.xlsx")
    text = all_text(reader(tmp_path / "s.pdf"))
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["Notes moyennes"]
    shown = 0
    for volet, mean, _count in sheet.iter_rows(min_row=2, values_only=True):
        if mean is not None:
            assert f"{volet} {mean:.1f}".replace(".", ",") in text
            shown += 1
    assert shown >= 4
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["Diagnostics"]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        assert f"{row[5]:.1f}".replace(".", ",") in text  # « Note d'ensemble »
