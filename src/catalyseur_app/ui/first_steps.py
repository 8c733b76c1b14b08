"""The first steps shown on an empty dashboard: three buttons, each gone once its step is done."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from catalyseur_app.records.dashboard import Totals


class FirstSteps(QFrame):
    """« Premiers pas »: add your communes' actors, record a partnership, start a diagnostic."""

    def __init__(self, open_step, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setStyleSheet("QFrame#firstSteps { background: #eef4fa; border: 1px solid #c9d9e8; border-radius: 6px; }")
        title = QLabel(self.tr("<b>First steps</b> — three things to start with:"), self)
        title.setWordWrap(True)
        self.buttons = {
            "actors": QPushButton(self.tr("1. Add the actors of your communes"), self),
            "partnerships": QPushButton(self.tr("2. Record a partnership"), self),
            "diagnostics": QPushButton(self.tr("3. Start a diagnostic with a mayor"), self),
        }
        row = QHBoxLayout()
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: open_step(k))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)

    def update_from(self, totals: Totals) -> None:
        done = {"actors": totals.actors > 0, "partnerships": totals.partnerships > 0,
                "diagnostics": totals.diagnostics > 0}
        for key, button in self.buttons.items():
            button.setVisible(not done[key])
        self.setVisible(not all(done.values()))
