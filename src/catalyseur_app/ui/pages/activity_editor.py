"""The fast entry form of the journal (forms/activity_editor.ui).

The mission list holds the 16 missions grouped under their métier (headers cannot be chosen);
choosing a mission sets its métier, choosing a métier moves to its first mission.
    editor.new(); editor.load(id); editor.repeat_last(); editor.save() -> bool; editor.is_dirty()
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from catalyseur_app.domain.vocabularies import METIERS, metier_of, missions_of
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.records.activities import (
    ActivityDraft,
    load_activity,
    log_activity,
    repeat_last,
    update_activity,
)
from catalyseur_app.ui.generated.ui_activity_editor import Ui_ActivityEditor
from catalyseur_app.ui.pages.record_pickers import CODE_ROLE, RecordPicker, label_of
from catalyseur_app.ui.record_editor_state import RecordEditorState
from catalyseur_app.ui.undo_commands import push_operation
from catalyseur_app.ui.widgets import FieldErrors, MultiCommunePicker


class ActivityEditor(RecordEditorState, QWidget):
    saved = Signal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ActivityEditor()
        self.ui.setupUi(self)
        self.start_editor_state()
        for term in METIERS:
            self.ui.metier.addItem(term.label(language()), term.code)
        self.missions = QStandardItemModel(self)
        bold = QFont()
        bold.setBold(True)
        for metier in METIERS:
            header = QStandardItem(metier.label(language()))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            self.missions.appendRow(header)
            for mission in missions_of(metier.code):
                item = QStandardItem("    " + mission.label(language()))
                item.setData(mission.code, Qt.ItemDataRole.UserRole)
                self.missions.appendRow(item)
        self.ui.mission.setModel(self.missions)
        for combo in (self.ui.mission, self.ui.metier):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.ui.day.bind_message(self.ui.dayError)
        self.ui.minutes.bind_message(self.ui.minutesError)
        self.ui.participants.setSpecialValueText(self.tr("not given"))

        self.communes = MultiCommunePicker(self)
        _host(self.ui.communesHost, self.communes)
        self.actor_picker = RecordPicker(context.store, "actors", self)
        self.actor_picker.setPlaceholderText(self.tr("Type part of an actor's name"))
        self.actor_picker.setAccessibleName(self.tr("Actor to add"))
        self.actors = QListWidget(self)
        self.actors.setAccessibleName(self.tr("Actors involved"))
        self.actors.setMaximumHeight(80)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setToolTip(self.tr("Remove the selected actor (Suppr)"))
        actors_box = QWidget(self)
        column = QVBoxLayout(actors_box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.actor_picker, 1)
        row.addWidget(remove)
        column.addLayout(row)
        column.addWidget(self.actors)
        _host(self.ui.actorsHost, actors_box)
        self.partnership_picker = RecordPicker(context.store, "partnerships", self)
        self.partnership_picker.setPlaceholderText(self.tr("None — type part of a title to link one"))
        self.partnership_picker.setAccessibleName(self.tr("Partnership"))
        _host(self.ui.partnershipHost, self.partnership_picker)

        self.communes.picker.setAccessibleName(self.tr("Commune to add"))
        # A commune chosen in the list is added at once: in this narrow form the picker needs the room.
        self.communes.add_button.hide()
        for label, buddy in ((self.ui.communesLabel, self.communes.picker), (self.ui.actorsLabel, self.actor_picker),
                             (self.ui.partnershipLabel, self.partnership_picker)):
            label.setBuddy(buddy)
        # The pickers are built here, not in the form: put them in the Tab order where they are seen.
        chain = (self.ui.participants, self.communes.picker, self.communes.remove_button,
                 self.communes.view, self.actor_picker, remove, self.actors, self.partnership_picker,
                 self.ui.outcome, self.ui.repeatButton, self.ui.newButton, self.ui.saveButton)  # as drawn; Ctrl+S saves
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        fields = {
            "day": (self.ui.day, self.ui.dayError), "metier": (self.ui.metier, self.ui.metierError),
            "mission": (self.ui.mission, self.ui.missionError), "title": (self.ui.title, self.ui.titleError),
            "minutes": (self.ui.minutes, self.ui.minutesError),
            "participants": (self.ui.participants, self.ui.participantsError),
            "communes": (self.communes, self.ui.communesError), "actors": (self.actors, self.ui.actorsError),
            "partnership": (self.partnership_picker, self.ui.partnershipError),
            "outcome": (self.ui.outcome, self.ui.outcomeError),
        }
        self._error_fields = tuple(fields)
        self.errors = FieldErrors(fields)
        self.ui.summaryError.hide()

        self.ui.saveButton.setToolTip(self.tr("Save the activity (Ctrl+S or Ctrl+Entrée)"))
        self.ui.repeatButton.setToolTip(self.tr("Fill the form again with the last activity, dated today (Ctrl+R)"))
        self.ui.newButton.setToolTip(self.tr("Empty form for a new activity (Ctrl+N)"))
        for sequence, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence("Ctrl+Return"), self.save),
                               (QKeySequence("Ctrl+R"), self.repeat_last), (QKeySequence.StandardKey.New, self.new)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.repeatButton.clicked.connect(self.repeat_last)
        self.ui.newButton.clicked.connect(self.new)
        remove.clicked.connect(self._remove_actor)
        self.actor_picker.chosen.connect(self._add_actor)
        self.ui.metier.currentIndexChanged.connect(self._metier_chosen)
        self.ui.mission.currentIndexChanged.connect(self._mission_chosen)
        for signal in (self.ui.day.textEdited, self.ui.metier.currentIndexChanged, self.ui.mission.currentIndexChanged,
                       self.ui.title.textChanged, self.ui.minutes.textEdited, self.ui.participants.valueChanged,
                       self.ui.outcome.textChanged, self.communes.changed, self.partnership_picker.textChanged,
                       self.actors.model().rowsInserted, self.actors.model().rowsRemoved):
            self.track(signal)
        self.new()

    # -- state -----------------------------------------------------------------------------

    def new(self) -> None:
        self.current_id = None
        first = METIERS[0].code
        self._show(ActivityDraft(day=date.today(), metier=first, mission=missions_of(first)[0].code))
        self.ui.heading.setText(self.tr("Log an activity"))
        self.ui.day.setFocus()

    def load(self, activity_id: str) -> bool:
        try:
            draft = load_activity(self.context.store, activity_id)
        except RecordNotFound:
            self.new()
            return False
        self.current_id = activity_id
        self._show(draft)
        self.ui.heading.setText(self.tr("Edit an activity"))
        return True

    def repeat_last(self) -> bool:
        """Prefill with the last logged activity, dated today, as a new entry."""
        draft = repeat_last(self.context.store)
        if draft is None:
            return False
        self.current_id = None
        self._show(draft)
        self.mark_dirty()
        self.ui.heading.setText(self.tr("Log an activity (copied from the last one)"))
        self.ui.title.setFocus()
        self.ui.title.selectAll()
        return True

    def _show(self, draft: ActivityDraft) -> None:
        with self.showing(draft.version):
            self.errors.clear()
            self.ui.summaryError.hide()
            self.ui.day.set_value(draft.day)
            self.set_mission(draft.mission)
            self.ui.title.setText(draft.title)
            self.ui.minutes.set_value(draft.minutes)
            self.ui.participants.setValue(draft.participants or 0)
            self.ui.outcome.setPlainText(draft.outcome)
            self.communes.set_communes(draft.communes)
            self.actors.clear()
            for actor_id in draft.actors:
                self._add_actor(actor_id, label_of(self.context.store, "actors", actor_id))
            self.actor_picker.clear()
            self.partnership_picker.set_record(draft.partnership_id)

    # -- métier and mission ----------------------------------------------------------------

    def set_mission(self, mission: str) -> None:
        for row in range(self.missions.rowCount()):
            if self.missions.item(row).data(Qt.ItemDataRole.UserRole) == mission:
                self.ui.mission.setCurrentIndex(row)
                return

    def mission(self) -> str:
        return self.ui.mission.currentData(Qt.ItemDataRole.UserRole) or ""

    def _metier_chosen(self, _index: int) -> None:
        metier = self.ui.metier.currentData()
        if metier and metier_of(self.mission() or ".") != metier:
            self.set_mission(missions_of(metier)[0].code)

    def _mission_chosen(self, _index: int) -> None:
        mission = self.mission()
        if mission:
            index = self.ui.metier.findData(metier_of(mission))
            if index != self.ui.metier.currentIndex():
                self.ui.metier.setCurrentIndex(index)

    # -- actors ----------------------------------------------------------------------------

    def _add_actor(self, actor_id: str, label: str) -> None:
        if actor_id in self.actor_ids():
            return
        item = QListWidgetItem(label)
        item.setToolTip(label)  # the narrow list cuts long names
        item.setData(CODE_ROLE, actor_id)
        self.actors.addItem(item)
        self.actor_picker.clear()

    def _remove_actor(self) -> None:
        row = self.actors.currentRow()
        if row >= 0:
            self.actors.takeItem(row)

    def actor_ids(self) -> list[str]:
        return [self.actors.item(i).data(CODE_ROLE) for i in range(self.actors.count())]

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.actors.hasFocus():
            self._remove_actor()
            return
        super().keyPressEvent(event)

    # -- saving ----------------------------------------------------------------------------

    def draft(self) -> tuple[ActivityDraft, dict[str, str]]:
        problems: dict[str, str] = {}
        if self.communes.picker.has_unresolved_text():
            problems["communes"] = self.tr("Choose the commune typed in the list, or clear the field.")
        if self.partnership_picker.text().strip() and not self.partnership_picker.record_id():
            problems["partnership"] = self.tr("Choose the partnership in the list, or clear the field.")
        for name, field in (("day", self.ui.day), ("minutes", self.ui.minutes)):
            if field.problem():
                problems[name] = field.problem()
        if not self.ui.minutes.text().strip():
            problems["minutes"] = self.tr("Type the time spent, e.g. 1:30, 1h30, 1,5 or 90 min.")
        participants = self.ui.participants.value()
        return ActivityDraft(
            day=self.ui.day.value(), metier=self.ui.metier.currentData() or "", mission=self.mission(),
            title=self.ui.title.text(), minutes=self.ui.minutes.value() or 0,
            participants=participants or None, outcome=self.ui.outcome.toPlainText(),
            communes=self.communes.communes(), actors=self.actor_ids(),
            partnership_id=self.partnership_picker.record_id(),
            version=self.version if self.current_id else None,
        ), problems

    def save(self) -> bool:
        draft, problems = self.draft()
        try:
            if problems:
                raise ValidationError(problems)
            if self.current_id is None:
                operation = log_activity(self.context.store, draft)
            else:
                operation = update_activity(self.context.store, self.current_id, draft)
        except StaleRecord as error:
            self.errors.clear()
            self.ui.summaryError.setText(str(error))
            self.ui.summaryError.show()
            return False
        except (ValidationError, RecordNotFound) as error:
            errors = error.field_errors if isinstance(error, ValidationError) else {"title": str(error)}
            self.errors.show(errors)
            self.ui.summaryError.setText(self.tr("Nothing was saved: please correct the fields marked in red."))
            self.ui.summaryError.show()
            return False
        push_operation(self.context.undo_stack, operation)
        saved_id = operation.subject_id or self.current_id
        self.saved.emit(saved_id)
        # Ready for the next entry: same day, métier and mission, the rest emptied.
        self.current_id = None
        self._show(ActivityDraft(day=draft.day, metier=draft.metier, mission=draft.mission))
        self.ui.heading.setText(self.tr("Log an activity"))
        self.ui.title.setFocus()
        return True

    def error_messages(self) -> dict[str, str]:
        return {name: self.errors.message(name) for name in self._error_fields if self.errors.message(name)}


def _host(container: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
