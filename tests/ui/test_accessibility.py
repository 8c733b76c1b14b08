"""Issue 11, item 19: every interactive widget of every page and dialog has an accessible name
(what a screen reader says: Qt's own, from the text, the buddy label or accessibleName), and on
every form Tab goes through the fields in the order they are drawn."""

from itertools import pairwise

import pytest
from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.main_window import PAGE_KEYS, MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSlider)
ROW = 8  # pixels: widgets whose tops differ by less are on the same row


def _interactive(root: QWidget):
    for widget in root.findChildren(QWidget):
        if (not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView))
                or not widget.isVisible()):
            continue
        if widget.window() is not root.window():  # popups of combo boxes and completers
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox,
                                                                                        QTabBar, QLineEdit)):
            continue  # parts of a field (its clear button, its line edit), named by the field
        yield widget


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {w.parentWidget().objectName()!r}"
            for w in _interactive(root)
            if not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()]


def tab_order_jumps(form: QWidget) -> list[str]:
    """Steps of the Tab chain inside ``form`` that go back up or left on the same row."""
    fields = [w for w in _interactive(form) if w.focusPolicy() & w.focusPolicy().TabFocus and w.isEnabled()]
    if not fields:
        return []
    chain, widget = [], fields[0]
    while True:
        widget = widget.nextInFocusChain()
        if widget in fields and widget not in chain:
            chain.append(widget)
        if widget is fields[0] or len(chain) == len(fields):
            break
    start = min(chain, key=lambda w: (w.mapTo(form, w.rect().topLeft()).y(), w.mapTo(form, w.rect().topLeft()).x()))
    chain = chain[chain.index(start):] + chain[:chain.index(start)]
    jumps = []
    for before, after in pairwise(chain):
        b, a = before.mapTo(form, before.rect().topLeft()), after.mapTo(form, after.rect().topLeft())
        if a.y() < b.y() - ROW and not _side_by_side(before, after, form):
            jumps.append(f"{_name(before)} -> {_name(after)}")
        elif abs(a.y() - b.y()) <= ROW and a.x() < b.x():
            jumps.append(f"{_name(before)} <- {_name(after)}")
    return jumps


def _next_of(widget: QWidget, wanted: set) -> QWidget:
    """The first of ``wanted`` that Tab reaches from ``widget``."""
    while widget not in wanted:
        widget = widget.nextInFocusChain()
    return widget


def _side_by_side(before: QWidget, after: QWidget, form: QWidget) -> bool:
    """``after`` starts a column to the right of ``before`` (going up to its top is then normal)."""
    return after.mapTo(form, after.rect().topLeft()).x() > before.mapTo(form, before.rect().topRight()).x()


@pytest.fixture
def window(qtbot, store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_page_names_its_fields_and_tabs_in_visual_order(qtbot, window, store):
    actor = create_actor(store, ActorData(name="Mairie de Saint-Flour", kind="commune", commune_insee="15187"))
    problems = {}
    for key in PAGE_KEYS:
        window.navigate(key)
        QApplication.processEvents()
        page = window.page(key)
        if key == "actors":
            page.open_actor(actor.subject_id)
        missing = unnamed(page)
        if missing:
            problems[key] = missing
    assert not problems
    journal = window.page("journal")
    window.navigate("journal")
    assert tab_order_jumps(journal.editor) == [], "journal"
    window.navigate("partnerships")
    editor = window.page("partnerships").editor
    for tab in range(editor.ui.tabs.count()):
        editor.ui.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert tab_order_jumps(editor.ui.tabs.currentWidget()) == [], editor.ui.tabs.tabText(tab)
    assert _next_of(editor.ui.description, {editor.ui.revertButton, editor.ui.saveButton}) is editor.ui.revertButton
    assert _next_of(editor.ui.revertButton, {editor.ui.description, editor.ui.saveButton}) is editor.ui.saveButton
    window.navigate("actors")
    assert tab_order_jumps(window.page("actors").editor) == [], "actors"


def test_the_diagnostic_runner_and_its_results_name_every_field(qtbot, window, store):
    diagnostic = start_diagnostic(store, "15187", [])
    window.navigate("diagnostics")
    runner = window.page("diagnostics").open_diagnostic(diagnostic)
    QApplication.processEvents()
    assert unnamed(runner) == []
    runner.show_results()
    QApplication.processEvents()
    assert unnamed(runner) == []


def _dialogs(store, window):
    from catalyseur_app.ui.about_dialog import AboutDialog
    from catalyseur_app.ui.pages.contact_editor import ContactDialog
    from catalyseur_app.ui.pages.diagnostic.action import ActionDialog
    from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog
    from catalyseur_app.ui.profile_wizard import FirstRunWizard, ProfileDialog
    from catalyseur_app.ui.summary_dialog import SummaryDialog

    actor = create_actor(store, ActorData(name="Mairie de Murat", kind="commune", commune_insee="15138")).subject_id
    context = AppContext(store=store, undo_stack=QUndoStack())
    yield "contact", ContactDialog(store, actor, parent=window)
    yield "new diagnostic", NewDiagnosticDialog(context, window)
    yield "action", ActionDialog({actor: "Mairie de Murat"}, parent=window)
    yield "summary", SummaryDialog(window)
    yield "profile", ProfileDialog(store, window)
    yield "about", AboutDialog(store, window)
    wizard = FirstRunWizard(store)
    yield "wizard", wizard
    wizard.next()
    yield "wizard communes", wizard


def test_every_dialog_names_its_fields_and_tabs_in_visual_order(qtbot, window, store):
    problems = {}
    for name, dialog in _dialogs(store, window):
        qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
        dialog.show()
        QApplication.processEvents()
        found = unnamed(dialog) + tab_order_jumps(dialog)
        if found:
            problems[name] = found
    assert not problems


def _name(widget) -> str:
    return widget.objectName() or type(widget).__name__
