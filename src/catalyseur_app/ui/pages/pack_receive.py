"""Échanges → « Recevoir un pack de la Fondation » : choose the file, check and preview it in the
background, show what it installs (and, at the first pack, the key's fingerprint to accept),
then install it all or nothing (catalyseur_app.packs.install)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from catalyseur_app.formatting import format_date
from catalyseur_app.messages import choose
from catalyseur_app.packs.install import install_pack, preview_pack
from catalyseur_app.ui.generated.ui_pack_receive import Ui_PackPreviewDialog
from catalyseur_app.ui.tasks import run_task, run_write

PACK_TABLES = {"installed_packs", "installed_kits", "vocabulary_additions", "inspiring_examples"}  # a pack writes these

SHORTCUT = "Ctrl+Shift+I"


class PackPreviewDialog(QDialog):
    """What the pack installs; at the first pack, Install waits for the key to be accepted."""

    def __init__(self, preview, parent=None):
        super().__init__(parent)
        self.ui = Ui_PackPreviewDialog()
        self.ui.setupUi(self)
        self.preview = preview
        content = preview.content
        self.ui.headingLabel.setText(
            self.tr("Pack no. %1 of the Foundation, made on %2 (file %3).").replace("%1", str(content.sequence))
            .replace("%2", format_date(content.made_at.astimezone().date())).replace("%3", preview.path.name))
        if preview.key_pinned:
            self.ui.keyLabel.setText(self.tr("Signed by the Foundation's key recorded on this computer "
                                             "(fingerprint %1).").replace("%1", preview.fingerprint))
            self.ui.acceptKey.hide()
        else:
            self.ui.keyLabel.setText(self.tr(
                "First pack received on this computer. Check with the Foundation (by phone or on its website) that "
                "the fingerprint of its key is:\n%1").replace("%1", preview.fingerprint))
        self.ui.details.setPlainText("\n".join(self._lines()))
        self.install_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.install_button.setText(self.tr("&Install"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.acceptKey.toggled.connect(lambda _on: self._update())
        self._update()

    def _lines(self) -> list[str]:
        preview, lines = self.preview, []
        for _form_id, version, title in preview.new_kits:
            lines.append(self.tr("New kit: %1 (version %2)").replace("%1", title).replace("%2", version))
        for term in preview.new_terms:
            names = {"need": self.tr("needs"), "partnership_stage": self.tr("partnership stages"),
                     "partner_role": self.tr("partner roles"), "contact_role": self.tr("contact roles")}
            label = choose(term["fr"], term["en"])
            lines.append(self.tr("New term in the list of %1: %2").replace(
                "%1", names.get(term["vocabulary"], term["vocabulary"])).replace("%2", label))
        for example in preview.new_examples:
            lines.append(self.tr("New inspiring example: %1").replace("%1", example["title"]))
        for example in preview.updated_examples:
            lines.append(self.tr("Updated inspiring example: %1").replace("%1", example["title"]))
        if preview.known_examples or preview.known_kits or preview.known_terms:
            lines.append(self.tr("Already on this computer — kits: %1, terms: %2, examples: %3.")
                         .replace("%1", str(preview.known_kits)).replace("%2", str(preview.known_terms))
                         .replace("%3", str(preview.known_examples)))
        if not preview.has_work:
            lines.append(self.tr("Nothing new in this pack."))
        return lines

    def _update(self) -> None:
        self.install_button.setEnabled(self.preview.key_pinned or self.ui.acceptKey.isChecked())

    def accepted_fingerprint(self) -> str | None:
        return self.preview.fingerprint if self.ui.acceptKey.isChecked() else None


class PackReceiver(QObject):
    """The Échanges page's action: its button and shortcut, and the steps after."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.dialog: PackPreviewDialog | None = None
        self.action = page._action(self.tr("Receive a pack from the Foundation…"), SHORTCUT, self.receive,
                                   page.ui.packButton)

    def ask_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Receive a pack from the Foundation"),
                                              str(self.page._folder()), self.tr("Foundation pack (*.zip)"))
        return path

    def receive(self) -> None:
        path = self.ask_path()
        if not path:
            return
        self.page._remember_folder(path)
        store = self.page.store
        self.page.task = run_task(self.page, self.tr("Checking the pack…"), lambda progress: preview_pack(store, path),
                                  self._show_preview, self._failed, self.page._cancelled)

    def _show_preview(self, preview) -> None:
        self.page.task = None
        self.dialog = PackPreviewDialog(preview, self.page)
        self.dialog.accepted.connect(lambda: self._install(preview.path, self.dialog.accepted_fingerprint()))
        self.dialog.open()

    def _install(self, path: Path, fingerprint: str | None) -> None:
        store = self.page.store
        self.page.task = run_write(self.page, self.tr("Installing the pack…"),
                                   lambda progress: install_pack(store, path, fingerprint), PACK_TABLES,
                                   self._installed, self._failed, on_cancel=self.page._cancelled)

    def _installed(self, result) -> None:
        self.page.task = None
        preview = result.preview
        self.page.ui.statusLabel.setText(
            self.tr("Pack no. %1 installed — kits: %2, terms: %3, examples: %4. Backup: %5.")
            .replace("%1", str(preview.content.sequence)).replace("%2", str(len(preview.new_kits)))
            .replace("%3", str(len(preview.new_terms)))
            .replace("%4", str(len(preview.new_examples) + len(preview.updated_examples)))
            .replace("%5", result.backup.name if result.backup else "—"))
        if preview.new_terms:
            self.page.vocabularies_changed.emit()

    def _failed(self, error: Exception) -> None:
        self.page._failed(self.tr("The pack was not installed; your data is unchanged."), error)
        details = getattr(error, "details", None)
        if details and self.page.error_box is not None:
            self.page.error_box.setDetailedText("\n".join(details))
