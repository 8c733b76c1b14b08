"""Issue 11, item 8: Qt's own dialogs speak French with the French interface."""

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from catalyseur_app.ui.i18n import install_language


def _file_dialog_texts(qtbot, mode) -> list[str]:
    dialog = QFileDialog(None, "Enregistrer le classeur")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own widgets, as on a bare Linux desktop
    dialog.setAcceptMode(mode)
    dialog.setNameFilter("Classeurs Excel (*.xlsx)")
    dialog.show()
    QApplication.processEvents()
    return [w.text().replace("&", "") for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
            if w.isVisible() and w.text()]


def test_a_file_dialog_is_in_french(qtbot):
    install_language(QApplication.instance(), "fr")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        texts = _file_dialog_texts(qtbot, mode)
        assert all(label in texts for label in ("Regarder dans\u00a0:", "Type de fichier\u00a0:",
                                                 "Nom de fichier\u00a0:"))
        assert "Annuler" in texts
        english = {"Look in:", "Files of type:", "File name:", "Cancel", "Open", "Save"}
        assert not english & set(texts), texts


def test_the_english_interface_keeps_qt_in_english(qtbot):
    install_language(QApplication.instance(), "en")
    texts = _file_dialog_texts(qtbot, QFileDialog.AcceptMode.AcceptOpen)
    assert "Look in:" in texts and "Files of type:" in texts


def test_a_text_nobody_translates_stays_as_written(qtbot):
    from PySide6.QtCore import QCoreApplication

    install_language(QApplication.instance(), "fr")
    assert QCoreApplication.translate("MainWindow", "Diagnostics") == "Diagnostics"
    assert QCoreApplication.translate("Nowhere", "Left as it is") == "Left as it is"
