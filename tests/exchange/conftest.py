import pytest

from catalyseur_app.store import open_store


@pytest.fixture
def other_store(tmp_path):
    """A second device."""
    opened = open_store(tmp_path / "other")
    yield opened
    opened.close()
