"""Fixtures shared by the window's tests."""

import pytest

from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    """The main window on a store with a profile, shown and active."""
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown
