from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.records.actors import ActorData, create_actor, update_actor
from catalyseur_app.ui.list_model import ID_ROLE, RecordListModel
from catalyseur_app.ui.undo_commands import push_operation, record_changes
from catalyseur_app.ui.widgets import CommunePicker, FieldErrors, SearchBox


def test_model_loads_pages_lazily_and_sorts_in_sql(qtbot, store):
    with store.write() as session:
        from catalyseur_app.store.models import Actor
        session.add_all(Actor(name=f"Asso {n:03d}", name_key=f"asso {n:03d}", kind="association") for n in range(450))
    model = RecordListModel(store, "actors", page_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert (model.total, model.rowCount()) == (450, 200)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert model.headerData(0, Qt.Orientation.Horizontal) in ("Nom", "Name")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Asso 449" and model.rowCount() == 200
    model.set_search("asso 01")
    assert model.total == 10  # names with a word starting with "01": 010 to 019
    model.set_search("")
    model.set_filters({"kind": "commune"})
    assert model.total == 0 and model.rowCount() == 0
    assert model.index(0, 0).data(ID_ROLE) is None


def test_search_box_debounces_and_flushes(qtbot):
    box = SearchBox(delay_ms=50)
    qtbot.addWidget(box)
    received = []
    box.search_changed.connect(received.append)
    box.insert("éco")  # QTest cannot type non-ASCII keys; insert() is what typing does
    assert received == []
    with qtbot.waitSignal(box.search_changed, timeout=2000):
        pass
    assert received == ["éco"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert received == ["éco", ""]


def test_commune_picker_resolves_a_typed_name(qtbot):
    picker = CommunePicker()
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "Vabre")
    picker.editingFinished.emit()
    assert picker.insee() in ("81305",) or picker.has_unresolved_text()
    picker.set_insee("81004")
    assert picker.insee() == "81004" and picker.text().startswith("Albi (81)")
    picker.set_insee(None)
    assert picker.insee() is None and picker.text() == ""


def test_field_errors_show_and_clear(qtbot):
    field, label = QLineEdit(), QLabel()
    qtbot.addWidget(field)
    qtbot.addWidget(label)
    errors = FieldErrors({"name": (field, label)})
    assert errors.show({"name": spaced("Le champ « Nom » est obligatoire."), "other": "x"}) == ["other"]
    assert errors.message("name") == spaced("Le champ « Nom » est obligatoire.") and field.toolTip()
    errors.clear()
    assert errors.message("name") == "" and field.toolTip() == ""


def test_undo_stack_runs_operations_and_announces_changes(qtbot, store):
    stack = QUndoStack()
    changed = []
    record_changes().changed.connect(changed.append)
    actor = create_actor(store, ActorData(name="Asso", kind="association")).subject_id
    push_operation(stack, update_actor(store, actor, ActorData(name="Asso 2", kind="association")))
    assert stack.undoText() == spaced("Modifier l'acteur « Asso 2 »")
    stack.undo()
    from catalyseur_app.records.actors import load_actor
    assert load_actor(store, actor).name == "Asso"
    stack.redo()
    assert load_actor(store, actor).name == "Asso 2"
    assert changed and all("actors" in item for item in changed)
    record_changes().changed.disconnect(changed.append)
