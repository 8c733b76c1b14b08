"""Large sheets: progress is reported inside a sheet (so Annuler acts there), on one scale."""

import uuid
from datetime import UTC, datetime

import pytest

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.reader import read_sync_file
from catalyseur_app.progress import Cancelled, Progress
from catalyseur_app.store import models as m


class Recorder(Progress):
    def __init__(self, cancel_on: str | None = None):
        super().__init__()
        self.steps, self.cancel_on = [], cancel_on

    def report(self, done, total, message):
        self.steps.append((done, total, message))
        if self.cancel_on and self.cancel_on in message:
            self.cancel()


@pytest.fixture
def large(store):
    now = datetime(2025, 1, 1, tzinfo=UTC)
    with store.write() as s:
        s.connection().execute(m.Actor.__table__.insert(), [
            dict(id=str(uuid.uuid4()), name=f"Association {i}", name_key=f"association {i}", kind="association",
                 created_at=now, updated_at=now, version=1, changed_by=store.device_id) for i in range(20000)])
    return store


def test_export_and_read_report_progress_inside_a_large_sheet(large, tmp_path):
    path = tmp_path / "f.xlsx"
    export = Recorder()
    export_sync_file(large, path, full=True, progress=export)
    inside = [s for s in export.steps if "acteurs (" in s[2]]
    assert [s[2] for s in inside][:2] == [spaced("Lecture : acteurs (5000 lignes)…"), spaced("Lecture : acteurs (10000 lignes)…")]
    assert len({total for _, total, _ in export.steps}) == 1  # one bar for reading and writing
    assert [done for done, _, _ in export.steps] == sorted(done for done, _, _ in export.steps)
    read = Recorder()
    read_sync_file(path, read)
    [inside] = [s for s in read.steps if "20000 lignes" in s[2]]
    assert inside[:2] == (1, 12) and inside[2] == spaced("Lecture de la feuille « acteurs » : 20000 lignes…")


def test_cancel_inside_a_large_sheet_stops_the_export(large, tmp_path):
    path = tmp_path / "f.xlsx"
    with pytest.raises(Cancelled):
        export_sync_file(large, path, full=True, progress=Recorder(cancel_on="acteurs (5000 lignes)"))
    assert list(tmp_path.glob("*.xlsx*")) == []
