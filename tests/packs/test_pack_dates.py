"""``pack import --preview`` writes the day a pack was made with ``formatting.format_date``, in the
chosen language and on the local day (22:30 UTC on 14 March is 15 March nine hours ahead), not ISO."""

import time
from datetime import UTC, datetime

import pytest
from pack_factory import run

from catalyseur_app import messages
from catalyseur_app.packs.format import PackContent, write_pack
from catalyseur_app.signing import load_or_create


@pytest.fixture
def nine_hours_ahead(monkeypatch):
    monkeypatch.setenv("TZ", "JST-9")  # POSIX form: UTC+9, no time-zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("language, made", [("fr", "fait le 15/03/2026,"), ("en", "made on 15/03/2026,")])
def test_the_preview_gives_the_local_day_the_pack_was_made(data_dir, tmp_path, capsys, nine_hours_ahead,
                                                           language, made):
    content = PackContent(sequence=1, made_at=datetime(2026, 3, 14, 22, 30, tzinfo=UTC))
    pack = write_pack(tmp_path / "pack.zip", content, load_or_create(tmp_path / "cle.pem"))
    try:
        code, out, _ = run(capsys, "--lang", language, "--data-dir", str(data_dir), "pack", "import", str(pack),
                           "--preview")
    finally:
        messages.set_language("fr")
    assert code == 0
    assert made in out.splitlines()[0]
