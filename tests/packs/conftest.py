import pytest

from catalyseur_app import messages
from catalyseur_app.domain.vocabularies import set_additions


@pytest.fixture(autouse=True)
def _french_and_builtin_vocabularies_afterwards():
    """``--lang en`` and installed packs change process-wide state: give the next test a clean one."""
    yield
    messages.set_language("fr")
    set_additions([])
