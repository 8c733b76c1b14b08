from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QDialog, QWidget

from catalyseur_app import __version__
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.store import Store
from catalyseur_app.ui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.version.setText(self.tr("Version %1").replace("%1", __version__))
        lines = [
            self.tr("Data folder: %1").replace("%1", str(store.data_dir)),
            self.tr("Device id: %1").replace("%1", store.device_id),
            self.tr("Communes referential: @etalab/decoupage-administratif %1").replace(
                "%1", get_commune_index().source_version),
            f"Python {sys.version.split()[0]} · PySide6 {PySide6.__version__}",
        ]
        self.ui.details.setText("\n".join(lines))
