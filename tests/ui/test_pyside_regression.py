"""PySide6 6.12.0 on Python 3.11 aborted after a few thousand addItem calls (dropped None ref)."""

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox


def test_fifty_thousand_combo_items(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    for number in range(50_000):
        combo.addItem(f"Commune {number}", None)
    assert combo.count() == 50_000


def test_fifty_thousand_model_rows(qtbot):
    model = QStandardItemModel()
    for number in range(50_000):
        model.appendRow(QStandardItem(f"Acteur {number}"))
    assert model.rowCount() == 50_000
