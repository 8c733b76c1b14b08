"""A large import fills the search indexes set-wise: same index as the row triggers would give."""

import uuid
from datetime import UTC, datetime

import pytest

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.progress import Cancelled, Progress
from catalyseur_app.store import models as m


def _triggers(store):
    with store.read() as s:
        return sorted(r[0] for r in s.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"))


def _matches(store, table, word):
    with store.read() as s:
        return s.connection().exec_driver_sql(
            f"SELECT count(*) FROM fts_{table} WHERE fts_{table} MATCH ?", (word,)).scalar()


@pytest.fixture
def source(store):
    now = datetime(2025, 1, 1, tzinfo=UTC)
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        s.connection().execute(m.Actor.__table__.insert(), [
            dict(id=str(uuid.uuid4()), name=f"Association Zéphyr {i}", name_key=f"association zephyr {i}",
                 kind="association", notes="Rencontrée au forum" if i % 2 else "", created_at=now, updated_at=now,
                 version=1, changed_by=store.device_id, deleted_at=now if i < 100 else None)
            for i in range(1500)])
    return store


def test_a_large_import_indexes_live_rows_once_and_keeps_the_triggers(source, other_store, tmp_path):
    with other_store.write() as s:  # a record already indexed before the import
        s.add(m.Actor(name="Mairie de Murat", kind="commune"))
    triggers = _triggers(other_store)
    path = tmp_path / "f.xlsx"
    export_sync_file(source, path, full=True)
    import_sync_file(other_store, path, trust_new=True)
    assert _triggers(other_store) == triggers
    assert _matches(other_store, "actors", "zephyr") == 1400  # live rows only (accents folded)
    assert _matches(other_store, "actors", "forum") == 700
    assert _matches(other_store, "actors", "murat") == 1  # not indexed twice
    with other_store.write() as s:  # the trigger works again afterwards
        s.add(m.Actor(name="Association Zéphyr bis", kind="association"))
    assert _matches(other_store, "actors", "zephyr") == 1401


class CancelAfterActors(Progress):
    def report(self, done, total, message):
        if "partenariats" in message:
            self.cancel()


def test_a_cancelled_large_import_leaves_triggers_and_index_as_they_were(source, other_store, tmp_path):
    triggers = _triggers(other_store)
    path = tmp_path / "f.xlsx"
    export_sync_file(source, path, full=True)
    with pytest.raises(Cancelled):
        import_sync_file(other_store, path, progress=CancelAfterActors(), trust_new=True)
    assert _triggers(other_store) == triggers and _matches(other_store, "actors", "zephyr") == 0
