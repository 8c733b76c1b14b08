"""The Partenariats page: a lazy, filtered, searchable list and the editor beside it.

Filters: form, stage, ODD, commune, period, and a search typed in the box (SQLite FTS).
``apply_filters(form=..., stage=..., odd=..., commune=..., period=(first, last), search=...)``
is what the dashboard's clicks call through ``context.navigate("partnerships", ...)``.
Shortcuts: Ctrl+N new, Ctrl+S save, Suppr delete, Ctrl+F search, Ctrl+P the one-page PDF sheet;
Ctrl+Z / Ctrl+Shift+Z (window). A right click on the list's header shows or hides columns.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from catalyseur_app.domain.vocabularies import ODD, PARTNERSHIP_FORMS, PARTNERSHIP_STAGES
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound
from catalyseur_app.records.partnerships import delete_partnership
from catalyseur_app.ui.generated.ui_partnerships import Ui_PartnershipsPage
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.pages.partnership_editor import PartnershipEditor
from catalyseur_app.ui.undo_commands import push_operation, record_changes
from catalyseur_app.ui.widgets import CommunePicker, ResponsiveColumns, SearchBox, compact_rows

# Columns beside the title, from the most to the least useful, with their width in characters
# (hidden, least useful first, when the list is too narrow).
# An undoable change to any of these tables changes what the list or the editor shows.
_SHOWN_TABLES = frozenset({"partnerships", "partnership_partners", "partnership_communes", "partnership_needs",
                           "partnership_odds", "actors"})
_COLUMNS = (("form", 22), ("stage", 15), ("start", 10), ("partners", 11), ("end", 10), ("inspiring", 8))


class PartnershipsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PartnershipsPage()
        self.ui.setupUi(self)
        self.search = SearchBox(self)
        self.search.setToolTip(self.tr("Search titles, descriptions and outcomes (Ctrl+F)"))
        _host(self.ui.searchHost, self.search)
        self.commune_filter = CommunePicker(self)
        self.commune_filter.setAccessibleName(self.tr("Filter by commune"))
        self.commune_filter.setPlaceholderText(self.tr("All communes"))
        _host(self.ui.communeFilterHost, self.commune_filter)
        self.ui.formFilter.addItem(self.tr("All forms"), "")
        for term in PARTNERSHIP_FORMS:
            self.ui.formFilter.addItem(term.label(language()), term.code)
        self.ui.stageFilter.addItem(self.tr("All stages"), "")
        for term in PARTNERSHIP_STAGES:
            self.ui.stageFilter.addItem(term.label(language()), term.code)
        self.ui.oddFilter.addItem(self.tr("All goals (ODD)"), "")
        for term in ODD:
            self.ui.oddFilter.addItem(f"ODD {term.code} — {term.label(language())}", term.code)
        today = QDate.currentDate()
        self.ui.periodStart.set_value(today.addYears(-1).toPython())
        self.ui.periodEnd.set_value(today.toPython())
        for field in (self.ui.periodStart, self.ui.periodEnd):
            field.bind_message(self.ui.periodError)
        self.ui.periodStart.setEnabled(False)
        self.ui.periodEnd.setEnabled(False)

        self.model = RecordListModel(context.store, "partnerships", parent=self)
        self.ui.table.setModel(self.model)
        compact_rows(self.ui.table)
        entity = self.model.entity
        self.columns = ResponsiveColumns(
            self.ui.table, stretch=entity.column_index("title"), stretch_chars=28,
            columns=[(entity.column_index(key), chars) for key, chars in _COLUMNS],
            hidden=(entity.column_index("updated"),))
        self.ui.table.verticalHeader().hide()
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        # The editor is built just after the list is first shown (or when first needed).
        self._editor: PartnershipEditor | None = None
        self._editor_layout = QVBoxLayout(self.ui.editorHost)
        self._editor_layout.setContentsMargins(0, 0, 0, 0)
        QTimer.singleShot(0, self._ensure_editor)
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([560, 440])

        self.ui.newButton.setToolTip(self.tr("New partnership (Ctrl+N)"))
        self.ui.deleteButton.setToolTip(self.tr("Move the selected partnership to the trash (Suppr); Ctrl+Z undoes"))
        self.ui.sheetButton.setToolTip(
            self.tr("Preview, print or save the one-page sheet of the selected partnership (Ctrl+P)"))
        self.ui.inspiringFilter.setToolTip(self.tr("Show only the partnerships marked as inspiring examples"))
        self._shortcut(QKeySequence.StandardKey.New, self.new_partnership)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_search)
        self._shortcut(QKeySequence.StandardKey.Print, self.show_sheet)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.ui.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.ui.newButton.clicked.connect(self.new_partnership)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.sheetButton.clicked.connect(self.show_sheet)

        self.search.search_changed.connect(lambda _text: self._update_query())
        for combo in (self.ui.formFilter, self.ui.stageFilter, self.ui.oddFilter):
            combo.currentIndexChanged.connect(lambda _i: self._update_query())
        self.commune_filter.commune_changed.connect(lambda _c: self._update_query())
        self.ui.periodFilter.toggled.connect(self._period_toggled)
        self.ui.inspiringFilter.toggled.connect(lambda _on: self._update_query())
        self.ui.periodStart.value_changed.connect(lambda _d: self._update_query())
        self.ui.periodEnd.value_changed.connect(lambda _d: self._update_query())
        self.model.reloaded.connect(self._show_count)
        self.ui.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        record_changes().changed.connect(self._records_changed)
        self._show_count(self.model.total)
        self._selecting = False
        self._column_menu()
        self._update_buttons()
        QWidget.setTabOrder(self.search, self.ui.formFilter)
        QWidget.setTabOrder(self.ui.oddFilter, self.commune_filter)
        QWidget.setTabOrder(self.commune_filter, self.ui.periodFilter)

    @property
    def editor(self) -> PartnershipEditor:
        return self._ensure_editor()

    def _ensure_editor(self) -> PartnershipEditor:
        if self._editor is None:
            self._editor = PartnershipEditor(self.context, self)
            self._editor_layout.addWidget(self._editor)
            if self.isVisible():  # a child added to a shown page is not shown by itself
                self._editor.show()
            self._editor.saved.connect(self._saved)
            self._editor.loaded.connect(self._update_buttons)
        return self._editor

    def _column_menu(self) -> None:
        """Right click on the header: tick the columns to show."""
        header = self.ui.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        title = self.model.entity.column_index("title")
        for column in range(self.model.columnCount()):
            if column == title:
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), header)
            action.setCheckable(True)
            action.setChecked(not self.ui.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.ui.table.setColumnHidden(c, not on))
            header.addAction(action)

    def _shortcut(self, sequence, slot) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    # -- window protocol -------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def apply_filters(self, form: str | None = None, stage: str | None = None, odd=None, commune: str | None = None,
                      period: tuple[date | None, date | None] | None = None, search: str | None = None,
                      inspiring: bool = False, **_ignored) -> None:
        """Show the list filtered as asked (the other filters are cleared)."""
        widgets = (self.ui.formFilter, self.ui.stageFilter, self.ui.oddFilter, self.commune_filter,
                   self.ui.periodFilter, self.ui.periodStart, self.ui.periodEnd, self.search, self.ui.inspiringFilter)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.ui.formFilter.setCurrentIndex(max(0, self.ui.formFilter.findData(form or "")))
            self.ui.stageFilter.setCurrentIndex(max(0, self.ui.stageFilter.findData(stage or "")))
            self.ui.oddFilter.setCurrentIndex(max(0, self.ui.oddFilter.findData(str(odd) if odd else "")))
            self.commune_filter.set_insee(commune)
            first, last = period or (None, None)
            self.ui.periodFilter.setChecked(period is not None)
            if first:
                self.ui.periodStart.set_value(first)
            if last:
                self.ui.periodEnd.set_value(last)
            self.ui.inspiringFilter.setChecked(bool(inspiring))
            self.search.setText(search or "")
            self.search.flush()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.ui.periodStart.setEnabled(period is not None)
        self.ui.periodEnd.setEnabled(period is not None)
        self._update_query()

    def maybe_leave(self) -> bool:
        """Unsaved edits: ask « Enregistrer / Ne pas enregistrer / Annuler »."""
        if self._editor is None or not self._editor.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The partnership being edited has changes that are not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedQuestion")
        box.setInformativeText(self.tr("Do you want to save them?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Don't save"))  # the same words everywhere
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.revert()
            return True
        return False

    # -- list ------------------------------------------------------------------------------

    def filters(self) -> dict:
        filters = {
            "form": self.ui.formFilter.currentData() or None,
            "stage": self.ui.stageFilter.currentData() or None,
            "odd": int(self.ui.oddFilter.currentData()) if self.ui.oddFilter.currentData() else None,
            "commune": self.commune_filter.insee(),
        }
        if self.ui.inspiringFilter.isChecked():
            filters["inspiring"] = True
        if self.ui.periodFilter.isChecked():
            filters["period"] = (self.ui.periodStart.understood(), self.ui.periodEnd.understood())
        return {key: value for key, value in filters.items() if value is not None}

    def _update_query(self) -> None:
        from dataclasses import replace

        self.model.set_query(replace(self.model.query, filters=self.filters(), search=self.search.text().strip()))

    def _period_toggled(self, on: bool) -> None:
        self.ui.periodStart.setEnabled(on)
        self.ui.periodEnd.setEnabled(on)
        self._update_query()

    def _show_count(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("Partnerships shown: {0}").format(total))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self._selecting = True
            try:
                self.ui.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._selecting = False
            self.ui.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current, previous) -> None:
        if self._selecting or not current.isValid():
            return
        record_id = self.model.record_id(current.row())
        if record_id == self.editor.current_id:
            return
        if not self.maybe_leave():
            self._selecting = True
            try:
                self.ui.table.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._selecting = False
            return
        self.editor.load(record_id)

    def sheet_id(self) -> str | None:
        """The partnership the sheet is made of: the one in the editor, else the selected one."""
        if self._editor is not None and self._editor.current_id:
            return self._editor.current_id
        return self.selected_id()

    def show_sheet(self):
        """Ctrl+P: the one-page PDF sheet of the partnership, previewed (print, save)."""
        from catalyseur_app.ui.documents import show_partnership_sheet

        partnership_id = self.sheet_id()
        if partnership_id is None:
            QMessageBox.information(self, self.tr("Partnership sheet"),
                                    self.tr("Choose a saved partnership in the list first."))
            return None
        if self._editor is not None and self._editor.is_dirty() and not self.maybe_leave():
            return None
        return show_partnership_sheet(self, self.context, partnership_id)

    def _update_buttons(self) -> None:
        has_one = self.sheet_id() is not None
        self.ui.sheetButton.setEnabled(has_one)
        self.ui.deleteButton.setEnabled(self.selected_id() is not None)

    def new_partnership(self) -> None:
        if not self.maybe_leave():
            return
        self.ui.table.clearSelection()
        self.editor.new()
        self.editor.ui.title.setFocus()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            operation = delete_partnership(self.context.store, record_id)
        except RecordNotFound:
            self.model.reload()
            return
        if self.editor.current_id == record_id:
            self.editor.new()
        push_operation(self.context.undo_stack, operation)

    def _saved(self, record_id: str) -> None:
        self.model.reload()
        self.select_id(record_id)

    def _records_changed(self, entities) -> None:
        if not _SHOWN_TABLES & set(entities):
            return
        self.model.reload()
        if self._editor is None:
            return
        current = self._editor.current_id
        if current and not self._editor.is_dirty() and self.editor.load(current):
            self.select_id(current)


def _host(container: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
