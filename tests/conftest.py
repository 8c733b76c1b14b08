import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from catalyseur_app.store import open_store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, empty data folder; CATALYSEUR_DATA_DIR points at it too."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CATALYSEUR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir):
    opened = open_store(data_dir)
    yield opened
    opened.close()
