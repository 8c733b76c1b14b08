"""``kit list`` writes when each kit was installed with ``formatting.format_date``, in the chosen
language, on the day it is here: the store keeps UTC, and 22:30 UTC on 14 March is already
15 March nine hours ahead."""

import time
from datetime import UTC, datetime

import pytest
from diagnostic_kits import kit_bytes

from catalyseur_app import messages
from catalyseur_app.cli import main
from catalyseur_app.store import open_store
from catalyseur_app.store.models import InstalledKit


@pytest.fixture
def nine_hours_ahead(monkeypatch):
    monkeypatch.setenv("TZ", "JST-9")  # POSIX form: UTC+9, no time-zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("language, header", [("fr", "Installé le"), ("en", "Installed on")])
def test_kit_list_writes_the_local_day_of_installation(data_dir, tmp_path, capsys, nine_hours_ahead,
                                                       language, header):
    kit = tmp_path / "kit.xlsx"
    kit.write_bytes(kit_bytes("3"))
    assert main(["--data-dir", str(data_dir), "kit", "install", str(kit)]) == 0
    with open_store(data_dir) as store, store.write() as session:
        session.get(InstalledKit, ("test_kit", "3")).installed_at = datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
    capsys.readouterr()
    try:
        assert main(["--lang", language, "--data-dir", str(data_dir), "kit", "list"]) == 0
    finally:
        messages.set_language("fr")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(header)
    assert [line for line in lines if line.startswith("test_kit ")][0].endswith("15/03/2026")
