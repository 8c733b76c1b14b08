"""First start: who the catalyseur is and which communes they work in. Also the profile dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from catalyseur_app.profile import load_profile, save_profile, validate_profile
from catalyseur_app.store import Store
from catalyseur_app.ui.communes_chooser import CommunesChooser
from catalyseur_app.ui.identity_form import IdentityForm


class _IdentityPage(QWizardPage):
    def __init__(self, form: IdentityForm):
        super().__init__()
        self.form = form
        self.setTitle(self.tr("Welcome to Catalyseur"))
        self.setSubTitle(self.tr("Tell us who you are. This stays on your computer; it is sent to the "
                                 "Fondation des Territoires only in the files you choose to send."))
        QVBoxLayout(self).addWidget(form)

    def validatePage(self) -> bool:
        return self.form.check()


class _CommunesPage(QWizardPage):
    def __init__(self, chooser: CommunesChooser):
        super().__init__()
        self.chooser = chooser
        self.setTitle(self.tr("Your communes"))
        self.setSubTitle(self.tr("Choose the communes you work in. Search by name, INSEE code or postal code."))
        QVBoxLayout(self).addWidget(chooser)
        chooser.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.chooser.communes())


class FirstRunWizard(QWizard):
    """Creates the profile; ``accepted`` only once it is saved."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Catalyseur — first start"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.identity = IdentityForm()
        self.chooser = CommunesChooser()
        self.addPage(_IdentityPage(self.identity))
        self.addPage(_CommunesPage(self.chooser))
        self.resize(720, 520)

    def accept(self) -> None:
        data = self.identity.data()
        data.communes = self.chooser.communes()
        save_profile(self.store, data)
        super().accept()

    def reject(self) -> None:
        """« Annuler » (or closing the window) quits Catalyseur: ask first."""
        answer = QMessageBox.question(
            self, self.tr("Quit Catalyseur?"),
            self.tr("Catalyseur needs your profile to start. Quit without creating it? "
                    "Nothing you typed here is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()


class ProfileDialog(QDialog):
    """Change the profile and communes later (Settings menu)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("My profile and communes"))
        self.identity = IdentityForm()
        self.chooser = CommunesChooser()
        # Here is « later in Settings »: the hint says only how to add.
        self.chooser.ui.hint.setText(self.tr("Press Enter or double-click to add a commune."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity)
        layout.addWidget(self.chooser)
        layout.addWidget(buttons)
        current = load_profile(store)
        if current:
            self.identity.fill(current)
            self.chooser.set_communes(current.communes)
        self._id = current.id if current else None
        self.resize(720, 620)

    def accept(self) -> None:
        if not self.identity.check():
            return
        data = self.identity.data()
        data.communes = self.chooser.communes()
        errors = validate_profile(data)
        if errors:
            self.identity.ui.error.setText("\n".join(errors.values()))
            return
        save_profile(self.store, data)
        super().accept()
