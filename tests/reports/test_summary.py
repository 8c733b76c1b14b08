import datetime as dt

import openpyxl
import pytest
from pdf_reading import all_text, assert_well_formed, reader
from report_samples import SAINT_FLOUR, add_activities, add_diagnostic, add_partnership, add_profile

from catalyseur_app.reports.data import ReportError
from catalyseur_app.reports.summary_data import last_quarter, summary_data
from catalyseur_app.reports.summary_pdf import build_summary_pdf
from catalyseur_app.reports.summary_xlsx import build_summary_xlsx

START, END, TODAY = dt.date(2026, 7, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 20)


@pytest.fixture
def filled(store):
    add_profile(store)
    add_partnership(store)
    add_partnership(store, "=SOMME(A1:A9) mécénat « + » @dangereux", form="innovation_societale", stage="emergence")
    add_partnership(store, "Ancien partenariat", start=dt.date(2020, 1, 1), stage="terminee")
    with store.write() as session:  # ended before the period: not counted
        from sqlalchemy import select

        from catalyseur_app.store.models import Partnership
        old = session.scalar(select(Partnership).where(Partnership.title == "Ancien partenariat"))
        old.end_date = dt.date(2021, 1, 1)
    add_activities(store, count=40)
    add_diagnostic(store, finalised=True)
    add_diagnostic(store, finalised=False, started_on=dt.date(2026, 12, 1), actions=1)
    add_diagnostic(store, finalised=True, started_on=dt.date(2026, 1, 10), actions=0)  # before the period
    return store


def test_summary_figures(filled):
    data = summary_data(filled, START, END, today=TODAY)
    assert data.activities == 40
    assert sum(r.activities for r in data.missions) == 40
    assert {r.label: r.count for r in data.by_form}["Mécénat"] == 1
    assert {r.label: r.count for r in data.by_form}["Innovation sociétale"] == 1
    assert len(data.partnerships) == 2
    assert [r.count for r in data.by_odd if r.code in ("3", "10", "17")] == [2, 2, 2]
    assert data.by_commune[0].code == SAINT_FLOUR and data.by_commune[0].count == 2
    assert len(data.diagnostics) == 2
    assert all(m.mean is not None for m in data.mean_scores[:2])
    # actions due in the period: 1 and 21 December of the first diagnostic, 1 December of the second
    assert sorted(a.due for a in data.actions) == [dt.date(2026, 12, 1), dt.date(2026, 12, 1), dt.date(2026, 12, 21)]
    assert data.overdue == 2  # the two "à faire" due on 1 December; the 21st is not late yet


def test_summary_pdf_reads_back(filled):
    data = summary_data(filled, START, END, today=TODAY)
    pdf = reader(build_summary_pdf(data))
    assert_well_formed(pdf)
    text = all_text(pdf)
    assert "Du 1er juillet 2026 au 31 décembre 2026" in text
    assert "Dialogue territorial" in text and "Fab lab" in text
    assert "Mécénat" in text and "ODD 17" in text
    assert "Saint-Flour" in text
    assert "Action n° 1 : organiser la tournée des hameaux" in text
    assert "en retard" in text
    assert "Synthèse d'activité" in pdf.metadata.title


def test_summary_workbook_types_charts_and_no_formula(filled, tmp_path):
    data = summary_data(filled, START, END, today=TODAY)
    target = tmp_path / "synthese.xlsx"
    build_summary_xlsx(data, target)
    workbook = openpyxl.load_workbook(target)
    assert workbook.properties.title.startswith("Synthèse d'activité")
    assert workbook.properties.language == "fr-FR"
    names = workbook.sheetnames
    for expected in ("Synthèse", "Métiers", "Missions", "Partenariats par forme", "Partenariats par étape",
                     "Partenariats par ODD", "Partenariats par commune", "Partenariats", "Diagnostics",
                     "Notes moyennes", "Actions"):
        assert expected in names
    charts = [ws for ws in workbook if ws.title.startswith("Graphique")]
    for ws in workbook:
        if ws in charts:
            continue
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref, ws.title
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    for title in ("Métiers", "Missions", "Partenariats par forme", "Partenariats par étape", "Partenariats par ODD",
                  "Notes moyennes"):  # each table's chart on its own sheet right after it
        chart_sheet = names[names.index(title) + 1]
        assert chart_sheet.startswith("Graphique") and len(workbook[chart_sheet]._charts) == 1, title
    metiers = workbook["Métiers"]
    assert metiers["A1"].value == "Métier"
    assert isinstance(metiers["B2"].value, int) and isinstance(metiers["C2"].value, dt.timedelta)  # a duration
    assert metiers["C2"].value == dt.timedelta(minutes=metiers["D2"].value)
    assert sum(metiers.cell(row=r, column=2).value for r in range(2, 6)) == 40
    partnerships = workbook["Partenariats"]
    rows = list(partnerships.iter_rows(min_row=2, values_only=True))
    titles = {r[0] for r in rows}
    assert "=SOMME(A1:A9) mécénat « + » @dangereux" in titles
    first = next(r for r in rows if r[0] == "Repas partagés des hameaux")
    assert first[3] == dt.datetime(2026, 1, 15)  # a real date
    assert partnerships["D2"].number_format == "dd/mm/yyyy"
    assert first[5] == 3500.0 and "€" in partnerships["F2"].number_format
    diagnostics = workbook["Diagnostics"]
    assert diagnostics["B2"].value == SAINT_FLOUR and diagnostics["B2"].data_type == "s"
    assert isinstance(diagnostics["C2"].value, dt.datetime)
    assert isinstance(diagnostics["F2"].value, float)
    actions = list(workbook["Actions"].iter_rows(min_row=2, values_only=True))
    assert len(actions) == 3 and all(isinstance(a[4], dt.datetime) for a in actions)
    assert {a[6] for a in actions} <= {"Oui", "Non"} and "Oui" in {a[6] for a in actions}
    activities = workbook["Synthèse"]
    assert activities["B6"].value == 40


def test_empty_period(store, tmp_path):
    add_profile(store)
    data = summary_data(store, START, END, today=TODAY)
    pdf = reader(build_summary_pdf(data))
    assert_well_formed(pdf)
    assert "Aucune activité n'a été notée" in all_text(pdf)
    build_summary_xlsx(data, tmp_path / "vide.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "vide.xlsx")
    assert workbook["Partenariats"].max_row == 1


def test_reversed_period_is_refused(store):
    with pytest.raises(ReportError, match="avant le"):
        summary_data(store, END, START)


@pytest.mark.parametrize("today, expected", [
    (dt.date(2026, 11, 26), (dt.date(2026, 7, 1), dt.date(2026, 9, 30))),
    (dt.date(2026, 2, 3), (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
    (dt.date(2026, 4, 1), (dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
])
def test_last_quarter(today, expected):
    assert last_quarter(today) == expected


def test_open_actions_due_before_the_period_are_carried_over(store):
    from catalyseur_app.diagnostics.results import ActionInput, add_action

    add_profile(store)
    diagnostic_id = add_diagnostic(store, finalised=False, actions=0, started_on=dt.date(2026, 3, 2))
    add_action(store, diagnostic_id, ActionInput("Ouvrir la maison France Services", due_date=dt.date(2026, 6, 1)))
    add_action(store, diagnostic_id, ActionInput("Action terminée", due_date=dt.date(2026, 6, 1), status="done"))
    data = summary_data(store, START, END, today=TODAY)
    assert [(a.title, a.overdue, a.commune) for a in data.actions] == [
        ("Ouvrir la maison France Services", True, "Saint-Flour")]


def test_cancelled_generation_leaves_no_file(filled, tmp_path):
    from catalyseur_app.progress import Cancelled, Progress
    from catalyseur_app.reports.outputs import write_summary

    class CancelMidway(Progress):
        def report(self, done, total, message):
            if "Classeur" in message:
                self.cancel()

    with pytest.raises(Cancelled):
        write_summary(filled, START, END, tmp_path / "synthese.xlsx", CancelMidway())
    assert list(tmp_path.iterdir()) == [] or all(p.name == "data" for p in tmp_path.iterdir())
