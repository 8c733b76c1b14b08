import pytest
from diagnostic_kits import kit_bytes

from catalyseur_app.diagnostics.kits import install_kit


@pytest.fixture
def test_kit(store):
    result = install_kit(store, kit_bytes("1"))
    assert result.ok, result.problems
    return result.kit
