"""The partnership editor (forms/partnership_editor.ui): every field, inline validation messages (French or English).

    editor = PartnershipEditor(context, parent)
    editor.new(); editor.load(partnership_id); editor.save() -> bool; editor.revert()
    editor.is_dirty(); editor.current_id; signal saved(id)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from catalyseur_app.domain.vocabularies import (
    NEEDS,
    ODD,
    PARTNER_ROLES,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
)
from catalyseur_app.formatting import format_money
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.records.partnerships import (
    Partner,
    PartnershipDraft,
    create_partnership,
    load_partnership,
    update_partnership,
)
from catalyseur_app.ui.generated.ui_partnership_editor import Ui_PartnershipEditor
from catalyseur_app.ui.pages.example_citation import fill_cited_examples
from catalyseur_app.ui.pages.record_pickers import (
    RecordPicker,
    checked_codes,
    fill_checklist,
    label_of,
    set_checked,
)
from catalyseur_app.ui.record_editor_state import RecordEditorState
from catalyseur_app.ui.undo_commands import push_operation
from catalyseur_app.ui.widgets import FieldErrors, MultiCommunePicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE_ROLE = Qt.ItemDataRole.UserRole + 2

# Which tab holds each field, to show the first wrong one.
_TAB_OF_FIELD = {"title": 0, "form": 0, "stage": 0, "end_date": 0, "start_date": 0, "description": 0,
                 "partners": 1, "communes": 2, "needs": 2, "odds": 2,
                 "money_eur": 3, "in_kind": 3, "skills": 3, "outcomes": 3, "cited_example": 3}


class RoleDelegate(QStyledItemDelegate):
    """Edits a partner's role with a combo box of the roles vocabulary."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for term in PARTNER_ROLES:
            combo.addItem(term.label(language()), term.code)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(ROLE_ROLE))))

    def setModelData(self, editor, model, index):
        code = editor.currentData()
        model.setData(index, code, ROLE_ROLE)
        model.setData(index, PARTNER_ROLES.label(code, language()), Qt.ItemDataRole.DisplayRole)


def parse_euros(text: str) -> float | None:
    """« 1 500,50 », « 1500.5 », « 1 500 € » -> 1500.5; empty -> None; raises ValueError."""
    cleaned = "".join(text.replace("€", "").split())  # every kind of space, the narrow no-break one too
    # French writes the decimal comma (a point is read too); English groups with commas.
    cleaned = cleaned.replace(",", ".") if language() == "fr" else cleaned.replace(",", "")
    return float(cleaned) if cleaned else None


def format_euros(value: float | None) -> str:
    """The amount alone, for the « € » field: « 1 500,50 » (« 1,500.50 » in English)."""
    return format_money(value, symbol=False)


class PartnershipEditor(RecordEditorState, QWidget):
    saved = Signal(str)
    loaded = Signal()  # a partnership (or an empty form) is now shown

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PartnershipEditor()
        self.ui.setupUi(self)
        self.start_editor_state()
        for term in PARTNERSHIP_FORMS:
            self.ui.form.addItem(term.label(language()), term.code)
        self.ui.form.insertItem(0, self.tr("— choose a form —"), "")
        for term in PARTNERSHIP_STAGES:
            self.ui.stage.addItem(term.label(language()), term.code)
        for term in PARTNER_ROLES:
            self.ui.partnerRole.addItem(term.label(language()), term.code)
        fill_checklist(self.ui.needs, [(t.code, t.label(language())) for t in NEEDS])
        fill_checklist(self.ui.odds, [(t.code, f"{t.code} — {t.label(language())}") for t in ODD])

        self.actor_picker = RecordPicker(context.store, "actors", self)
        self.actor_picker.setPlaceholderText(self.tr("Actor: type part of its name"))
        self.actor_picker.setAccessibleName(self.tr("Actor to add as partner"))
        host = QVBoxLayout(self.ui.actorPickerHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.actor_picker)
        self.communes = MultiCommunePicker(self)
        host = QVBoxLayout(self.ui.communesHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.communes)

        self.partners_model = QStandardItemModel(0, 2, self)
        self.partners_model.setHorizontalHeaderLabels([self.tr("Actor"), self.tr("Role")])
        self.ui.partners.setToolTip(self.tr("Double-click a role (or F2) to change it"))
        self.ui.partners.setModel(self.partners_model)
        self.ui.partners.setItemDelegateForColumn(1, RoleDelegate(self))
        self.ui.partners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.partners.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.partners.verticalHeader().hide()

        fields = {
            "title": (self.ui.title, self.ui.titleError), "form": (self.ui.form, self.ui.formError),
            "stage": (self.ui.stage, self.ui.stageError), "end_date": (self.ui.endDate, self.ui.endDateError),
            "description": (self.ui.description, self.ui.descriptionError),
            "partners": (self.ui.partners, self.ui.partnersError),
            "communes": (self.communes, self.ui.communesError), "needs": (self.ui.needs, self.ui.needsError),
            "odds": (self.ui.odds, self.ui.oddsError), "money_eur": (self.ui.money, self.ui.moneyError),
            "outcomes": (self.ui.outcomes, self.ui.outcomesError),
            "cited_example": (self.ui.citedExample, self.ui.citedExampleError),
        }
        self._error_fields = tuple(fields)
        self.errors = FieldErrors(fields)
        self.ui.summaryError.hide()

        self.ui.saveButton.setToolTip(self.tr("Save the partnership (Ctrl+S)"))
        self.ui.revertButton.setToolTip(self.tr("Forget the changes not yet saved"))
        self.ui.addPartner.setToolTip(self.tr("Add the chosen actor with this role (Alt+D)"))
        self.ui.removePartner.setToolTip(self.tr("Remove the selected partner (Alt+R)"))
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WindowShortcut)
        save.activated.connect(self.save)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.revert)
        self.ui.addPartner.clicked.connect(self.add_chosen_partner)
        self.actor_picker.chosen.connect(lambda *_: self.ui.partnerRole.setFocus())
        self.ui.removePartner.clicked.connect(self.remove_selected_partner)
        # A date typed ticks its box; unticking the box empties the date (no hidden value kept).
        for box, field in ((self.ui.hasStart, self.ui.startDate), (self.ui.hasEnd, self.ui.endDate)):
            field.bind_message(self.ui.endDateError)
            field.textEdited.connect(lambda text, b=box: b.setChecked(bool(text.strip())))
            box.toggled.connect(lambda on, f=field: f.setFocus() if on else f.set_value(None))

        for signal in (self.ui.title.textChanged, self.ui.money.textChanged, self.ui.form.currentIndexChanged,
                       self.ui.stage.currentIndexChanged, self.ui.hasStart.toggled, self.ui.hasEnd.toggled,
                       self.ui.startDate.textEdited, self.ui.endDate.textEdited, self.ui.inspiring.toggled,
                       self.ui.description.textChanged, self.ui.inKind.textChanged, self.ui.skills.textChanged,
                       self.ui.outcomes.textChanged, self.ui.needs.itemChanged, self.ui.odds.itemChanged,
                       self.communes.changed, self.partners_model.dataChanged, self.partners_model.rowsInserted,
                       self.partners_model.rowsRemoved, self.ui.citedExample.currentIndexChanged):
            self.track(signal)
        self.new()

    # -- state -----------------------------------------------------------------------------

    def new(self) -> None:
        self.current_id = None
        self._show(PartnershipDraft())
        self.ui.heading.setText(self.tr("New partnership"))
        self.ui.tabs.setCurrentIndex(0)

    def load(self, partnership_id: str) -> bool:
        try:
            draft = load_partnership(self.context.store, partnership_id)
        except RecordNotFound:
            self.new()
            return False
        self.current_id = partnership_id
        self._show(draft)
        self.ui.heading.setText(draft.title)
        return True

    def revert(self) -> None:
        if self.current_id is None or not self.load(self.current_id):
            self.new()

    def _show(self, draft: PartnershipDraft) -> None:
        with self.showing(draft.version):
            self.errors.clear()
            self.ui.summaryError.hide()
            self.ui.title.setText(draft.title)
            self.ui.title.setCursorPosition(0)  # the beginning of a long title, not its end
            self.ui.form.setCurrentIndex(max(0, self.ui.form.findData(draft.form)))
            self.ui.stage.setCurrentIndex(max(0, self.ui.stage.findData(draft.stage)))
            self.ui.hasStart.setChecked(draft.start_date is not None)
            self.ui.startDate.set_value(draft.start_date)
            self.ui.hasEnd.setChecked(draft.end_date is not None)
            self.ui.endDate.set_value(draft.end_date)
            self.ui.inspiring.setChecked(draft.inspiring)
            self.ui.description.setPlainText(draft.description)
            self.ui.money.setText(format_euros(draft.money_eur))
            self.ui.inKind.setPlainText(draft.in_kind)
            self.ui.skills.setPlainText(draft.skills)
            self.ui.outcomes.setPlainText(draft.outcomes)
            fill_cited_examples(self.ui.citedExample, self.context.store, draft.cited_example)
            set_checked(self.ui.needs, draft.needs)
            set_checked(self.ui.odds, draft.odds)
            self.communes.set_communes(draft.communes)
            self.partners_model.removeRows(0, self.partners_model.rowCount())
            for partner in draft.partners:
                self._append_partner(partner.actor_id, label_of(self.context.store, "actors", partner.actor_id),
                                     partner.role)
            self.actor_picker.clear()
        self.loaded.emit()

    # -- partners --------------------------------------------------------------------------

    def add_partner(self, actor_id: str, role: str = "partenaire") -> None:
        if actor_id in self.partner_ids():
            return
        self._append_partner(actor_id, label_of(self.context.store, "actors", actor_id), role)

    def add_chosen_partner(self) -> None:
        actor_id = self.actor_picker.record_id()
        if actor_id:
            self.add_partner(actor_id, self.ui.partnerRole.currentData())
            self.actor_picker.clear()
            self.actor_picker._id = None
        self.actor_picker.setFocus()

    def remove_selected_partner(self) -> None:
        index = self.ui.partners.currentIndex()
        if index.isValid():
            self.partners_model.removeRow(index.row())

    def partner_ids(self) -> list[str]:
        return [self.partners_model.item(row, 0).data(ID_ROLE) for row in range(self.partners_model.rowCount())]

    def _append_partner(self, actor_id: str, label: str, role: str) -> None:
        name = QStandardItem(label)
        name.setData(actor_id, ID_ROLE)
        name.setEditable(False)
        role_item = QStandardItem(PARTNER_ROLES.label(role, language()))
        role_item.setData(role, ROLE_ROLE)
        self.partners_model.appendRow([name, role_item])

    # -- saving ----------------------------------------------------------------------------

    def draft(self) -> tuple[PartnershipDraft, dict[str, str]]:
        """The draft typed so far, and the problems found before the use case sees it."""
        problems: dict[str, str] = {}
        try:
            money = parse_euros(self.ui.money.text())
        except ValueError:
            money = None
            problems["money_eur"] = self.tr("The amount must be a number of euros (e.g. 1500 or 1 500,50).")
        if self.communes.picker.has_unresolved_text():
            problems["communes"] = self.tr("Choose the commune typed in the list, or clear the field.")
        date_problem = self.ui.startDate.problem() or self.ui.endDate.problem()
        if date_problem:
            problems["end_date"] = date_problem
        model = self.partners_model
        draft = PartnershipDraft(
            title=self.ui.title.text(), description=self.ui.description.toPlainText(),
            form=self.ui.form.currentData() or "", stage=self.ui.stage.currentData() or "",
            partners=[Partner(model.item(row, 0).data(ID_ROLE), model.item(row, 1).data(ROLE_ROLE))
                      for row in range(model.rowCount())],
            communes=self.communes.communes(), needs=checked_codes(self.ui.needs),
            odds=[int(code) for code in checked_codes(self.ui.odds)],
            start_date=self.ui.startDate.value() if self.ui.hasStart.isChecked() else None,
            end_date=self.ui.endDate.value() if self.ui.hasEnd.isChecked() else None,
            money_eur=money, in_kind=self.ui.inKind.toPlainText(), skills=self.ui.skills.toPlainText(),
            outcomes=self.ui.outcomes.toPlainText(), inspiring=self.ui.inspiring.isChecked(),
            cited_example=self.ui.citedExample.currentData() or None,
            version=self.version if self.current_id else None,
        )
        return draft, problems

    def save(self) -> bool:
        draft, problems = self.draft()
        try:
            if problems:
                raise ValidationError(problems)
            if self.current_id is None:
                operation = create_partnership(self.context.store, draft)
            else:
                operation = update_partnership(self.context.store, self.current_id, draft)
        except ValidationError as error:
            self._show_errors(error.field_errors)
            return False
        except RecordNotFound as error:
            self._show_errors({"title": str(error)})
            return False
        except StaleRecord as error:
            self.errors.clear()
            self.ui.summaryError.setText(str(error))
            self.ui.summaryError.show()
            return False
        self.mark_saved(operation.subject_id, operation.subject_version)
        self.errors.clear()
        self.ui.summaryError.hide()
        self.ui.heading.setText(draft.title.strip())
        push_operation(self.context.undo_stack, operation)
        self.saved.emit(self.current_id)
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = next(iter(errors))
        self.ui.tabs.setCurrentIndex(_TAB_OF_FIELD.get(first, 0))
        self.errors.show(errors)
        self.ui.summaryError.setText(self.tr("Nothing was saved: please correct the fields marked in red."))
        self.ui.summaryError.show()

    def error_messages(self) -> dict[str, str]:
        """The messages shown under the fields right now (field -> message)."""
        return {name: self.errors.message(name) for name in self._error_fields if self.errors.message(name)}
