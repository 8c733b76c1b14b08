"""Exemples inspirants: the examples of other territories received in the foundation's packs, for
reading offline, filtered by ODD, partnership form and text; cited from the partnership editor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from catalyseur_app.domain.vocabularies import ODD, PARTNERSHIP_FORMS
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import language, plural
from catalyseur_app.packs.examples import citing_partnerships, list_examples
from catalyseur_app.ui.generated.ui_examples import Ui_ExamplesPage

from .exchange_preview import RowsModel
from .exchange_texts import pair


class ExamplesPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_ExamplesPage()
        self.ui.setupUi(self)
        self.examples = []
        self.ui.oddFilter.addItem(self.tr("All goals (ODD)"), None)
        for term in ODD:
            self.ui.oddFilter.addItem(f"ODD {term.code} — {term.label(language())}", int(term.code))
        self.ui.formFilter.addItem(self.tr("All forms"), "")
        for term in PARTNERSHIP_FORMS:
            self.ui.formFilter.addItem(term.label(language()), term.code)
        self.model = RowsModel([self.tr("Title"), self.tr("Territory"), self.tr("Form"), self.tr("ODD")], self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # territories can be long
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 22)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.oddFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.formFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        self.ui.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.refresh()

    def apply_filters(self, odd: int | None = None, form: str | None = None, **_ignored) -> None:
        if odd is not None:
            self.ui.oddFilter.setCurrentIndex(max(0, self.ui.oddFilter.findData(int(odd))))
        if form is not None:
            self.ui.formFilter.setCurrentIndex(max(0, self.ui.formFilter.findData(form)))

    def refresh(self) -> None:
        chosen = self.model.keys[self.ui.table.currentIndex().row()] if self.ui.table.currentIndex().isValid() else None
        self.examples = list_examples(self.store, odd=self.ui.oddFilter.currentData(),
                                      form=self.ui.formFilter.currentData() or None, search=self.ui.searchEdit.text())
        rows = [[e.title, e.territory, PARTNERSHIP_FORMS.label(e.form, language()) if e.form else "",
                 ", ".join(str(odd) for odd in e.odds)] for e in self.examples]
        self.model.set_rows(rows, [e.id for e in self.examples], [e.what_was_done for e in self.examples])
        if not self.examples and not self.store.query("SELECT 1 FROM inspiring_examples LIMIT 1"):
            self.ui.countLabel.setText(self.tr("No inspiring example shown. They come with the packs of the "
                                               "Foundation (Exchanges → Receive a pack from the Foundation)."))
        else:
            shown = (self.tr("%1 examples shown.") if plural(len(self.examples))
                     else self.tr("%1 example shown."))
            self.ui.countLabel.setText(shown.replace("%1", format_number(len(self.examples))))
        keys = self.model.keys
        row = keys.index(chosen) if chosen in keys else (0 if keys else -1)
        if row >= 0:
            self.ui.table.selectRow(row)
        self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.examples):
            self.ui.detail.clear()
            return
        example = self.examples[row]
        odds = "".join(f"<li>ODD {odd} — {escape(ODD.label(str(odd), language()))}</li>" for odd in example.odds)
        parts = [f"<h3>{escape(example.title)}</h3>"]
        facts = [(self.tr("Territory"), example.territory),
                 (self.tr("Form"), PARTNERSHIP_FORMS.label(example.form, language()) if example.form else ""),
                 (self.tr("Partners"), example.partners)]
        parts.append("".join(f"<p>{pair(f'<b>{escape(label)}</b>', escape(value))}</p>"
                             for label, value in facts if value))
        if odds:
            heading = self.tr("Sustainable Development Goals")
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>{odds}</ul>")
        for label, text in ((self.tr("What was done"), example.what_was_done), (self.tr("Results"), example.results)):
            if text:
                parts.append(f"<p><b>{escape(label)}</b></p><p>{escape(text).replace(chr(10), '<br>')}</p>")
        citing = citing_partnerships(self.store, example.id)
        if citing:
            heading = self.tr("Cited by your partnerships")
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>"
                         + "".join(f"<li>{escape(title)}</li>" for title in citing) + "</ul>")
        self.ui.detail.setHtml("".join(parts))
        self.ui.detail.setAccessibleDescription(example.title)

    def shown_titles(self) -> list[str]:
        return [self.model.rows[row][0] for row in range(self.model.rowCount())]

    def select_example(self, example_id: str) -> None:
        if example_id in self.model.keys:
            self.ui.table.selectRow(self.model.keys.index(example_id))
            self.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)
