"""The summary's period (from, to; the last quarter by default) and its format (PDF or workbook)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QDialog, QWidget

from catalyseur_app.reports.summary_data import last_quarter
from catalyseur_app.ui.generated.ui_summary_dialog import Ui_SummaryDialog


class SummaryDialog(QDialog):
    """The period (from, to; the last quarter by default) and the format of the summary."""

    def __init__(self, parent: QWidget | None = None, today: _dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        start, end = last_quarter(today)
        self.ui.fromDate.set_value(start)
        self.ui.toDate.set_value(end)
        for field in (self.ui.fromDate, self.ui.toDate):
            field.bind_message(self.ui.errorLabel)
        self.ui.buttons.accepted.connect(self._accept)

    def period(self) -> tuple[_dt.date | None, _dt.date | None]:
        """The days typed, both included (None for a field empty or not understood)."""
        return self.ui.fromDate.value(), self.ui.toDate.value()

    def suffix(self) -> str:
        return ".xlsx" if self.ui.xlsxRadio.isChecked() else ".pdf"

    def _accept(self) -> None:
        for field in (self.ui.fromDate, self.ui.toDate):
            problem = field.problem() or ("" if field.value() else self.tr("Type a date, e.g. 31/12/2026."))
            if problem:
                self.ui.errorLabel.setText(problem)
                self.ui.errorLabel.show()
                field.setFocus()
                return
        start, end = self.period()
        if end < start:
            self.ui.errorLabel.setText(self.tr("The last day is before the first one: choose a period in order."))
            self.ui.toDate.setFocus()
            return
        self.accept()
