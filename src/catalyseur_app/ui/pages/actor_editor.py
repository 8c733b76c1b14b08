"""The actor form (forms/actor_editor.ui): fields, inline messages (French or English), duplicate warning.

The editor does not save by itself: the page calls ``data()``, ``show_errors()``,
``show_duplicates()``; ``dirty`` says whether the fields differ from what was loaded.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.messages import language
from catalyseur_app.records.actors import ActorData, Duplicate
from catalyseur_app.ui.generated.ui_actor_editor import Ui_ActorEditor
from catalyseur_app.ui.i18n import filled
from catalyseur_app.ui.widgets import FieldErrors


class ActorEditor(QWidget):
    changed = Signal()
    open_requested = Signal(str)  # the id of a duplicate to open
    create_anyway = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ActorEditor()
        self.ui.setupUi(self)
        self.ui.kind.addItem(self.tr("— choose —"), "")
        for term in ACTOR_KINDS:
            self.ui.kind.addItem(term.label(language()), term.code)
        ui = self.ui
        self.errors = FieldErrors({
            "name": (ui.name, ui.nameError), "kind": (ui.kind, ui.kindError),
            "commune_insee": (ui.commune, ui.communeError), "address": (ui.address, ui.addressError),
            "siren": (ui.siren, ui.sirenError), "website": (ui.website, ui.websiteError),
            "notes": (ui.notes, ui.notesError),
        })
        ui.duplicateFrame.hide()
        ui.openDuplicateButton.clicked.connect(self._open_duplicate)
        ui.createAnywayButton.clicked.connect(self.create_anyway)
        self._duplicates: list[Duplicate] = []
        self._loaded = ActorData()
        self.actor_id: str | None = None
        self.version: int | None = None  # of the record as loaded: a save over a newer one is refused
        for signal in (ui.name.textEdited, ui.siren.textEdited, ui.website.textEdited, ui.address.textChanged,
                       ui.notes.textChanged, ui.kind.currentIndexChanged, ui.commune.commune_changed):
            signal.connect(self._edited)
        self.setTabOrder(ui.name, ui.kind)
        self.setTabOrder(ui.kind, ui.commune)
        self.setTabOrder(ui.commune, ui.address)
        self.setTabOrder(ui.address, ui.siren)
        self.setTabOrder(ui.siren, ui.website)
        self.setTabOrder(ui.website, ui.notes)
        self.setTabOrder(ui.notes, ui.revertButton)  # the buttons as drawn: « Abandonner », « Enregistrer »
        self.setTabOrder(ui.revertButton, ui.saveButton)
        self.load(None, ActorData())

    def load(self, actor_id: str | None, data: ActorData) -> None:
        ui = self.ui
        self.actor_id = actor_id
        self.version = data.version if actor_id else None
        widgets = (ui.name, ui.kind, ui.commune, ui.address, ui.siren, ui.website, ui.notes)
        for widget in widgets:
            widget.blockSignals(True)
        ui.name.setText(data.name)
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(data.kind or "")))
        ui.commune.set_insee(data.commune_insee)
        ui.address.setPlainText(data.address)
        ui.siren.setText(data.siren)
        ui.website.setText(data.website)
        ui.notes.setPlainText(data.notes)
        for widget in widgets:
            widget.blockSignals(False)
        self._loaded = self.data()
        ui.heading.setText(f"<h3>{escape(data.name)}</h3>" if actor_id else self.tr("<h3>New actor</h3>"))
        self.errors.clear()
        self.hide_duplicates()
        ui.statusLabel.clear()

    def data(self) -> ActorData:
        ui = self.ui
        commune = ui.commune.insee()
        if commune is None and ui.commune.has_unresolved_text():
            commune = ui.commune.text().strip()  # validated (and refused) as an unknown commune
        return ActorData(
            name=ui.name.text(), kind=ui.kind.currentData() or "", commune_insee=commune,
            address=ui.address.toPlainText(), siren=ui.siren.text(), website=ui.website.text(),
            notes=ui.notes.toPlainText(), version=self.version,
        )

    @property
    def dirty(self) -> bool:
        return self.data() != self._loaded

    def mark_saved(self, actor_id: str, version: int | None) -> None:
        self.actor_id = actor_id
        self.version = version
        self._loaded = self.data()
        self.ui.heading.setText(f"<h3>{escape(self._loaded.name)}</h3>")

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        self.ui.statusLabel.setText(self.tr("Nothing was saved: correct the fields in red."))

    def show_duplicates(self, duplicates: list[Duplicate]) -> None:
        self._duplicates = duplicates
        quoted = self.tr("“%1” (%2)")  # the name and why it looks the same; « %1 » (%2) in French
        lines = [escape(filled(quoted, d.name, d.reason)) for d in duplicates[:5]]
        self.ui.duplicateLabel.setText(
            self.tr("This actor may already exist:") + "<br>" + "<br>".join(lines)
        )
        self.ui.duplicateFrame.show()
        self.ui.openDuplicateButton.setFocus()

    def hide_duplicates(self) -> None:
        self._duplicates = []
        self.ui.duplicateFrame.hide()

    def set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _open_duplicate(self) -> None:
        if self._duplicates:
            self.open_requested.emit(self._duplicates[0].id)

    def _edited(self, *_args) -> None:
        self.ui.statusLabel.clear()
        self.changed.emit()
