"""Running a diagnostic: one page per volet, live skip logic, inline messages, « Vérifier ».

Every answer goes through ``DiagnosticRun.answer`` (the same use case as the CLI and the tests),
which saves it at once; the volet on screen is remembered so reopening resumes there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.queries import commune_name
from catalyseur_app.diagnostics.sessions import DiagnosticRun
from catalyseur_app.domain.vocabularies import DIAGNOSTIC_STATUSES
from catalyseur_app.formatting import format_date
from catalyseur_app.kit import Volet
from catalyseur_app.messages import language
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_diagnostic_runner import Ui_DiagnosticRunner
from catalyseur_app.ui.i18n import filled
from catalyseur_app.ui.pages.diagnostic.commune_partnerships import CommunePartnerships
from catalyseur_app.ui.pages.diagnostic.questions import MESSAGE_STYLE, QuestionWidget, question_widget
from catalyseur_app.ui.scroll_anchor import kept_in_place, release

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
VOLET_ROLE = Qt.ItemDataRole.UserRole + 2
RESULTS = "__results__"


class DiagnosticRunner(QWidget):
    back_requested = Signal()
    status_changed = Signal()  # finalised or revised: lists must refresh
    open_requested = Signal(str)  # another diagnostic to open (a new revision)

    def __init__(self, context: AppContext, diagnostic_id: str, parent: QWidget | None = None,
                 typed: dict[str, str] | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DiagnosticRunner()
        self.ui.setupUi(self)
        self.run = DiagnosticRun(context.store, diagnostic_id)
        self.kit = self.run.kit
        self.widgets: dict[str, QuestionWidget] = {}
        self._scroll_areas: list[QScrollArea] = []
        self._verified = False
        self._invalid: dict[str, str] = {}  # question -> message of what was typed, not saved
        self._typed: dict[str, str] = {}  # question -> the invalid text itself, shown again on return
        self.invalidBanner = QLabel(self)
        self.invalidBanner.setObjectName("invalidBanner")
        self.invalidBanner.setWordWrap(True)
        self.invalidBanner.setStyleSheet(MESSAGE_STYLE)
        self.invalidBanner.hide()
        self.ui.layout.insertWidget(2, self.invalidBanner)
        self._results = None
        self._volet_model = QStandardItemModel(self)
        self.ui.volets.setModel(self._volet_model)
        self._errors_model = QStandardItemModel(self)
        self.ui.errors.setModel(self._errors_model)
        self.ui.errors.viewport().installEventFilter(self)  # wrapped lines change with the width
        self.ui.errorsBox.hide()
        self._build_pages()
        self._connect()
        self._update_header()
        self._refresh_state()
        start = self.run.current_volet
        self.show_volet(self._volet_index(start) if start else 0, remember=False)
        for name, text in (typed or {}).items():
            if name in self.widgets and not self.run.locked:
                self.widgets[name].set_text(text)
                self._answer(self.widgets[name], name, text)

    # --- building -----------------------------------------------------------------------
    def _build_pages(self) -> None:
        for volet in self.kit.volets:
            self._volet_model.appendRow(self._volet_item(volet.label.get(language()), volet.name))
            self.ui.pages.addWidget(self._volet_page(volet))
        self._volet_model.appendRow(self._volet_item(self.tr("Results and action plan"), RESULTS))
        # The results scroll rather than squeeze the list of volets when the window is narrow.
        self._results_area = QScrollArea(self)
        self._results_area.setWidgetResizable(True)
        self._results_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ui.pages.addWidget(self._results_area)
        volets = self.ui.volets
        volets.setWordWrap(True)
        volets.setSpacing(3)
        volets.setMinimumWidth(volets.fontMetrics().averageCharWidth() * 26)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)

    @staticmethod
    def _volet_item(text: str, name: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(name, VOLET_ROLE)
        item.setEditable(False)
        return item

    def _volet_page(self, volet: Volet) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(area)
        layout = QVBoxLayout(body)
        title = QLabel(f"<h2>{volet.label.get(language())}</h2>", body)
        layout.addWidget(title)
        hint = volet.hint.get(language()) if volet.hint else ""
        if hint:
            label = QLabel(hint, body)
            label.setWordWrap(True)
            layout.addWidget(label)
        if volet.show_partnerships:
            box = CommunePartnerships(self.context.store, self.run.commune_insee, body)
            self.partnerships_model = box.model
            layout.addWidget(box)
        read_only = self.run.locked
        for question in volet.questions:
            widget = question_widget(question, self.kit, body)
            widget.set_value(self.run.answers.get(question.name))
            widget.set_locked(read_only)
            widget.answered.connect(self._on_answered)
            self.widgets[question.name] = widget
            layout.addWidget(widget)
        layout.addStretch(1)
        area.setWidget(body)
        self._scroll_areas.append(area)
        return area

    def _connect(self) -> None:
        ui = self.ui
        ui.volets.selectionModel().currentChanged.connect(
            lambda current, _previous: current.isValid() and current.row() != ui.pages.currentIndex()
            and self.show_volet(current.row()))
        ui.previousButton.clicked.connect(self.previous_volet)
        ui.nextButton.clicked.connect(self.next_volet)
        ui.verifyButton.clicked.connect(self.verify)
        ui.resultsButton.clicked.connect(self.show_results)
        ui.backButton.clicked.connect(self._back)
        ui.errors.activated.connect(lambda index: self.jump_to(index.data(QUESTION_ROLE)))
        shortcuts = (
            (ui.nextButton, "Ctrl+PgDown", self.tr("Next volet")),
            (ui.previousButton, "Ctrl+PgUp", self.tr("Previous volet")),
            (ui.verifyButton, "Ctrl+E", self.tr("Check: list every error")),
            (ui.resultsButton, "Ctrl+R", self.tr("Scores, priorities and action plan")),
            (ui.backButton, "Alt+Left", self.tr("Back to the list of diagnostics")),
        )
        for button, keys, tip in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(button.click)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({native})")

    # --- header and progress ------------------------------------------------------------
    def _update_header(self) -> None:
        run = self.run
        status = DIAGNOSTIC_STATUSES.label(run.status, language())
        revision = self.tr(", revision %1").replace("%1", str(run.revision)) if run.revision > 1 else ""
        self.ui.title.setText(
            f"<h2>{commune_name(run.commune_insee)} ({run.commune_insee})</h2>"
            + self.tr("%1 — started on %2 — kit %3 version %4%5").replace("%1", status)
            .replace("%2", format_date(run.started_on)).replace("%3", self.kit.title or run.kit_id)
            .replace("%4", run.kit_version).replace("%5", revision))

    def _refresh_state(self) -> None:
        state = self.run.state
        for name, widget in self.widgets.items():
            widget.setVisible(state.is_relevant(name))
        answered = total = 0
        for row, volet in enumerate(self.kit.volets):
            done, count = state.progress(volet.name) if state.is_relevant(volet.name) else (0, 0)
            answered, total = answered + done, total + count
            item = self._volet_model.item(row)
            item.setText(f"{volet.label.get(language())}  ({done}/{count})")
            item.setEnabled(state.is_relevant(volet.name))
        self._show_invalid()
        self.ui.progress.setMaximum(max(total, 1))
        self.ui.progress.setValue(answered)
        if self._verified:
            self._fill_errors()
            for name, widget in self.widgets.items():
                error = state.error_for(name)
                widget.set_message(self._invalid.get(name) or (error.message if error else None))

    def current_volet_name(self) -> str:
        item = self._volet_model.item(self.ui.pages.currentIndex())
        return item.data(VOLET_ROLE)

    def _volet_index(self, name: str) -> int:
        names = [volet.name for volet in self.kit.volets]
        return names.index(name) if name in names else 0

    # --- navigation ---------------------------------------------------------------------
    def show_volet(self, index: int, *, remember: bool = True) -> None:
        count = len(self.kit.volets)
        index = max(0, min(index, count))
        self._flush_current()
        for area in self._scroll_areas:
            release(area)
        self.ui.pages.setCurrentIndex(index)
        self.ui.volets.selectionModel().setCurrentIndex(
            self._volet_model.index(index, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if index == count:
            self._show_results_page()
            self.ui.position.setText(self.tr("Results"))
        else:
            volet = self.kit.volets[index]
            self.ui.position.setText(self.tr("Volet %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count)))
            if remember:
                try:
                    self.run.go_to_volet(volet.name)
                except DiagnosticError as error:
                    QMessageBox.warning(self, self.tr("Diagnostic"), error.message)
        self.ui.previousButton.setEnabled(index > 0)
        self.ui.nextButton.setEnabled(index < count)

    def next_volet(self) -> None:
        self.show_volet(self._step(+1))
        self._focus_first()

    def previous_volet(self) -> None:
        self.show_volet(self._step(-1))
        self._focus_first()

    def _step(self, direction: int) -> int:
        """The next page in ``direction``, skipping volets that are not relevant."""
        index = self.ui.pages.currentIndex() + direction
        count = len(self.kit.volets)
        while 0 <= index < count and not self.run.state.is_relevant(self.kit.volets[index].name):
            index += direction
        return max(0, min(index, count))

    def _focus_first(self) -> None:
        index = self.ui.pages.currentIndex()
        if index >= len(self.kit.volets):
            return
        for question in self.kit.volets[index].questions:
            widget = self.widgets[question.name]
            if question.answerable and not widget.isHidden():
                widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def jump_to(self, question: str | None) -> None:
        """Show the volet of ``question`` and put the keyboard focus on its field."""
        if not question or question not in self.widgets:
            return
        self.show_volet(self._volet_index(self.kit.question(question).volet))
        widget = self.widgets[question]
        self._scroll_areas[self.ui.pages.currentIndex()].ensureWidgetVisible(widget)
        widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_results(self) -> None:
        self.show_volet(len(self.kit.volets))

    def show_action_plan(self) -> None:
        """The results, scrolled to the action plan (an action opened from the dashboard)."""
        self.show_results()
        if self._results is not None:
            QApplication.processEvents()  # lay the results out before scrolling to the plan
            self._results_area.ensureWidgetVisible(self._results.ui.actionsBox, 0, 0)
            self._results.ui.actions.setFocus()

    def _show_results_page(self) -> None:
        from catalyseur_app.ui.pages.diagnostic.results import DiagnosticResults

        if self._results is None:
            self._results = DiagnosticResults(self.context, self.run, self)
            self._results.status_changed.connect(self._on_status_changed)
            self._results.revised.connect(self.open_requested.emit)
            self._results.verify_requested.connect(self.verify)
            self._results_area.setWidget(self._results)
        self._results.refresh()

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    # --- answers ------------------------------------------------------------------------
    def _on_answered(self, name: str, raw) -> None:
        widget = self.widgets[name]
        index = self.ui.pages.currentIndex()
        if index >= len(self._scroll_areas):
            self._answer(widget, name, raw)
            return
        focused = QApplication.focusWidget()
        anchor = focused if focused is not None and widget.isAncestorOf(focused) else widget
        with kept_in_place(self._scroll_areas[index], anchor):
            self._answer(widget, name, raw)

    def _answer(self, widget: QuestionWidget, name: str, raw) -> None:
        try:
            check = self.run.answer(name, raw)
        except DiagnosticError as error:
            widget.set_value(self.run.answers.get(name))
            QMessageBox.warning(self, self.tr("Diagnostic"), error.message)
            return
        if check.kind in ("type", "constraint"):
            self._invalid[name] = check.message  # nothing saved: the field keeps what was typed
            self._typed[name] = str(raw)
        else:
            self._invalid.pop(name, None)
            self._typed.pop(name, None)
        widget.set_message(check.message)
        self._refresh_state()

    def typed_invalid(self) -> dict[str, str]:
        """What was typed and refused, per relevant question: kept by the page to show it again."""
        state = self.run.state
        return {name: text for name, text in self._typed.items() if state.is_relevant(name)}

    def _show_invalid(self) -> None:
        invalid = self.typed_invalid()
        quoted = self.tr("“%1” (%2)")  # the question and what was typed; « %1 » (%2) in French
        names = ", ".join(filled(quoted, self.kit.question(name).label.get(language()), text)
                          for name, text in invalid.items())
        self.invalidBanner.setText(filled(self.tr("Not saved, to correct: %1"), names))
        self.invalidBanner.setVisible(bool(invalid))

    def flush(self) -> None:
        """Save the answer being typed (call before leaving or closing)."""
        self._flush_current()

    def _flush_current(self) -> None:
        index = self.ui.pages.currentIndex()
        if 0 <= index < len(self.kit.volets) and not self.run.locked:
            for question in self.kit.volets[index].questions:
                self.widgets[question.name].flush()

    def verify(self) -> None:
        """« Vérifier »: list every error, each a jump to its field; messages shown inline too."""
        self.flush()
        self._verified = True
        self._refresh_state()
        self.ui.errorsBox.show()
        if self._errors_model.rowCount() and self._errors_model.item(0).data(QUESTION_ROLE):
            self.ui.errors.setCurrentIndex(self._errors_model.index(0, 0))
        self.ui.errors.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_errors(self) -> None:
        self._errors_model.clear()
        errors = self.run.errors
        for error in errors:
            item = QStandardItem(self.run.describe_error(error, language()))
            item.setData(error.question, QUESTION_ROLE)
            item.setEditable(False)
            self._errors_model.appendRow(item)
        if not errors:
            item = QStandardItem(self.tr("No error: the diagnostic can be finalised."))
            item.setEditable(False)
            self._errors_model.appendRow(item)
        self._fit_errors()
        count = len(errors)
        self.ui.errorsBox.setTitle(self.tr("Errors to correct: %1 (Enter to go to one)").replace("%1", str(count))
                                   if count else self.tr("Check"))

    def _fit_errors(self) -> None:
        """As tall as its wrapped lines, up to eight, then it scrolls: a long message is read whole,
        and « no error » does not take a quarter of the window."""
        view = self.ui.errors
        view.doItemsLayout()
        rows = range(self._errors_model.rowCount())
        spacing = 2 * view.spacing()
        needed = sum(view.visualRect(self._errors_model.index(row, 0)).height() + spacing for row in rows)
        most = 8 * view.fontMetrics().lineSpacing() + 4 * spacing
        view.setFixedHeight(max(min(needed, most), view.fontMetrics().lineSpacing()) + 2 * view.frameWidth() + 2)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.errors.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self._fit_errors()
        return super().eventFilter(watched, event)

    def error_texts(self) -> list[str]:
        return [self._errors_model.item(row).text() for row in range(self._errors_model.rowCount())]

    def _on_status_changed(self) -> None:
        locked = self.run.locked
        for widget in self.widgets.values():
            widget.set_locked(locked)
        self._update_header()
        self.status_changed.emit()

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)
