"""Issue 12, item 1: a counted text of the window takes the singular or the plural, in French and English."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from catalyseur_app.ui.i18n import install_language

SOURCE = "%n record(s) erased from the trash."


def _erased(count: int) -> str:
    return QCoreApplication.translate("ActorsTrash", SOURCE, "", count)


def test_the_french_interface_writes_one_or_several_records(qtbot):
    install_language(QApplication.instance(), "fr")
    assert _erased(0) == "0 enregistrement effacé de la corbeille."
    assert _erased(1) == "1 enregistrement effacé de la corbeille."
    assert _erased(3) == "3 enregistrements effacés de la corbeille."


def test_the_english_interface_writes_one_or_several_records(qtbot):
    install_language(QApplication.instance(), "en")
    try:
        assert _erased(1) == "1 record erased from the trash."
        assert _erased(0) == "0 records erased from the trash."
        assert _erased(3) == "3 records erased from the trash."
    finally:
        install_language(QApplication.instance(), "fr")
