"""The lists' dates and flags are written by ``formatting`` in the language asked for (English is
« 15/11/2026 » like French, not ISO), and a stamp (naive UTC in the store) on its local day."""

import time
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import Partner, PartnershipDraft, create_partnership
from catalyseur_app.records.query import ListQuery, fetch_rows, get_entity
from catalyseur_app.store.models import Partnership


@pytest.fixture
def nine_hours_ahead(monkeypatch):
    monkeypatch.setenv("TZ", "JST-9")  # POSIX form: UTC+9, no time-zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("language, inspiring", [("fr", "oui"), ("en", "yes")])
def test_partnership_list_dates_in_each_language(store, nine_hours_ahead, language, inspiring):
    actors = [create_actor(store, ActorData(name=name, kind="association")).subject_id for name in ("A", "B")]
    create_partnership(store, PartnershipDraft(title="Navette", form="mecenat", stage="active",
                                               partners=[Partner(actors[0], "porteur"), Partner(actors[1])], inspiring=True,
                                               start_date=date(2026, 11, 15), end_date=date(2027, 1, 31)))
    with store.write() as session:
        session.execute(update(Partnership).values(updated_at=datetime(2026, 3, 14, 22, 30, tzinfo=UTC)))
    entity = get_entity("partnerships")
    with store.read() as session:
        [row] = fetch_rows(session, ListQuery("partnerships"), offset=0, limit=10)
    shown = {column.key: column.display(value, language) for column, value in zip(entity.columns, row[1:], strict=True)}
    assert (shown["start"], shown["end"], shown["updated"]) == ("15/11/2026", "31/01/2027", "15/03/2026")
    assert shown["inspiring"] == inspiring
