"""The partnership editor's « Inspiré par » field: the inspiring examples received in packs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from catalyseur_app.packs.examples import list_examples


def fill_cited_examples(combo: QComboBox, store, chosen: str | None) -> None:
    """Every example (with its territory), none first; the one ``chosen`` selected."""
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(QCoreApplication.translate("PartnershipEditor", "— no example cited —"), "")
        for example in list_examples(store):
            text = f"{example.title} ({example.territory})" if example.territory else example.title
            combo.addItem(text, example.id)
            combo.setItemData(combo.count() - 1, example.what_was_done or example.title,
                              Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
        combo.setEnabled(combo.count() > 1)
        combo.setToolTip(QCoreApplication.translate(
            "PartnershipEditor", "An inspiring example of another territory, received in a pack of the Foundation")
            if combo.count() > 1 else QCoreApplication.translate(
                "PartnershipEditor", "No inspiring example yet: they come with the packs of the Foundation"))
    finally:
        combo.blockSignals(False)
