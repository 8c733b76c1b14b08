"""Who the catalyseur is: name, structure, e-mail (in the first-run wizard and the profile dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from catalyseur_app.profile import ProfileData, validate_profile
from catalyseur_app.ui.generated.ui_identity_form import Ui_ProfileIdentity


class IdentityForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProfileIdentity()
        self.ui.setupUi(self)

    def fill(self, data: ProfileData) -> None:
        self.ui.fullName.setText(data.full_name)
        self.ui.structure.setText(data.structure)
        self.ui.email.setText(data.email)

    def data(self) -> ProfileData:
        return ProfileData(self.ui.fullName.text(), self.ui.structure.text(), self.ui.email.text())

    def check(self) -> bool:
        errors = validate_profile(self.data())
        errors.pop("communes", None)
        self.ui.error.setText("\n".join(errors.values()))
        if "full_name" in errors:
            self.ui.fullName.setFocus()
        elif "email" in errors:
            self.ui.email.setFocus()
        return not errors
