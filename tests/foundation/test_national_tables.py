"""``catalyseur-app foundation tables``: the same tables from both engines, and the sum of the stores."""

import datetime as dt
from collections import Counter

import openpyxl
import pytest
from pypdf import PdfReader

from catalyseur_app.cli import main
from catalyseur_app.domain.vocabularies import (
    ACTOR_WORLDS,
    MISSIONS,
    PARTNERSHIP_FORMS,
    WORLD_OF_KIND,
)
from catalyseur_app.foundation.database import make_engine
from catalyseur_app.foundation.national_data import national_tables
from catalyseur_app.store import open_store

PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 8, 31))


def _tables(url, *period, today=None):
    engine = make_engine(url)
    try:
        return national_tables(engine, *period, today=today)
    finally:
        engine.dispose()


def _sum_over_stores(inbox, sql, params=()):
    total = Counter()
    for data_dir in inbox.stores:
        with open_store(data_dir) as store:
            for key, count in store.query(sql, params):
                total[key] += count
    return total


def test_both_engines_give_the_same_tables(twenty_consolidated):
    sqlite, postgresql = twenty_consolidated
    assert _tables(sqlite) == _tables(postgresql)
    assert _tables(sqlite, *PERIOD) == _tables(postgresql, *PERIOD)


def test_the_tables_are_the_sum_of_the_catalyseurs_stores(twenty_inbox, twenty_consolidated):
    data = _tables(twenty_consolidated[0])
    forms = _sum_over_stores(twenty_inbox, "SELECT form, count(*) FROM partnerships WHERE deleted_at IS NULL "
                                           "GROUP BY form")
    assert data.table("Partenariats par forme").rows == tuple(
        (term.fr, forms[term.code]) for term in PARTNERSHIP_FORMS)
    kinds = _sum_over_stores(twenty_inbox, "SELECT kind, count(*) FROM actors WHERE deleted_at IS NULL "
                                           "AND merged_into_id IS NULL GROUP BY kind")
    worlds = Counter()
    for kind, count in kinds.items():
        worlds[WORLD_OF_KIND[kind]] += count
    actors = data.table("Acteurs par monde").rows
    assert [row[1] for row in actors] == [worlds[term.code] for term in ACTOR_WORLDS]
    communes = dict((row[0], row[2]) for row in actors)["Collectivités territoriales"]
    assert communes < worlds["collectivites"]  # the same commune, followed by several catalyseurs, counts once
    minutes = _sum_over_stores(twenty_inbox, "SELECT mission, sum(minutes) FROM activities WHERE deleted_at IS NULL "
                                             "AND day BETWEEN ? AND ? GROUP BY mission", tuple(map(str, PERIOD)))
    assert sum(minutes.values()) > 0
    period = _tables(twenty_consolidated[0], *PERIOD)
    assert [row[3] for row in period.table("Temps par mission").rows] == [
        round(minutes[term.code] / 60, 2) for term in MISSIONS]
    catalyseurs = data.table("Catalyseurs").rows
    assert len(catalyseurs) == 20 and sum(row[2] for row in catalyseurs) == len(list(twenty_inbox.folder.iterdir()))
    assert sum(row[6] for row in catalyseurs) == twenty_inbox.total["partnership"]
    scores = data.table("Notes par département").rows
    assert scores and all(row[5] <= row[4] <= row[6] for row in scores)


def test_a_catalyseur_silent_for_90_days_is_flagged(twenty_consolidated):
    soon = _tables(twenty_consolidated[0], today=dt.date.today() + dt.timedelta(days=89))
    later = _tables(twenty_consolidated[0], today=dt.date.today() + dt.timedelta(days=90))
    assert {row[5] for row in soon.table("Catalyseurs").rows} == {"Non"}
    assert {row[5] for row in later.table("Catalyseurs").rows} == {"Oui"}


def test_the_workbook_reads_back_with_charts_and_no_formula(twenty_consolidated, tmp_path, capsys):
    out = tmp_path / "national.xlsx"
    assert main(["foundation", "tables", "--db", twenty_consolidated[1], "--out", str(out)]) == 0
    assert "Document écrit" in capsys.readouterr().out
    data = _tables(twenty_consolidated[1])
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Sommaire"] + [table.sheet for table in data.tables]
    for table in data.tables:
        ws = book[table.sheet]
        assert [c.value for c in ws[1]] == [header for header, _ in table.columns]
        rows = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2, max_row=len(table.rows) + 1)]
        expected = [tuple(v if not isinstance(v, dt.date) else dt.datetime.combine(v, dt.time()) for v in row)
                    for row in table.rows]
        assert rows == expected
        assert bool(ws._charts) == bool(table.chart)
    assert not any(cell.data_type == "f" for ws in book for row in ws.iter_rows() for cell in row)


def test_the_pdf_reads_back_in_french(twenty_consolidated, tmp_path):
    out = tmp_path / "national.pdf"
    assert main(["foundation", "tables", "--db", twenty_consolidated[0], "--out", str(out),
                 "--from", "2026-03-01", "--to", "2026-08-31"]) == 0
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Tableaux nationaux" in text and "du 1er mars 2026 au 31 août 2026" in text
    assert "Notes des diagnostics par volet et par département" in text and "Cantal" in text
    assert reader.metadata.title.startswith("Observatoire des partenariats")


@pytest.mark.parametrize("arguments, message", [
    (["--out", "national.docx"], "finit par .pdf ou .xlsx"),
    (["--out", "national.xlsx", "--from", "2026-09-01", "--to", "2026-08-31"], "La période est vide"),
])
def test_bad_requests_write_nothing(twenty_consolidated, tmp_path, monkeypatch, capsys, arguments, message):
    monkeypatch.chdir(tmp_path)
    assert main(["foundation", "tables", "--db", twenty_consolidated[0], *arguments]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_store_that_is_not_a_consolidation_is_refused_and_not_created(tmp_path, capsys):
    missing = tmp_path / "absent.sqlite"
    assert main(["foundation", "tables", "--db", str(missing), "--out", str(tmp_path / "n.xlsx")]) == 1
    assert "n'est pas une base de consolidation" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
