"""Screenshot review: document titles, forms that fit, readable errors and radar labels, drafts of
the report, « Commencer », partnership tabs and the contacts table at laptop widths."""

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_diagnostic, add_partnership, add_profile  # noqa: E402
from test_actors_page_usability import interface_language  # noqa: E402

from catalyseur_app import messages  # noqa: E402
from catalyseur_app.diagnostics.sessions import start_diagnostic  # noqa: E402
from catalyseur_app.records.activities import ActivityDraft, log_activity  # noqa: E402
from catalyseur_app.records.actors import ActorData, create_actor  # noqa: E402
from catalyseur_app.records.contacts import ContactData, create_contact  # noqa: E402
from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.documents import DocumentPreviewDialog, show_diagnostic_report  # noqa: E402
from catalyseur_app.ui.pages.actors import ActorsPage  # noqa: E402
from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog  # noqa: E402
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner  # noqa: E402
from catalyseur_app.ui.pages.diagnostics import DiagnosticsPage  # noqa: E402
from catalyseur_app.ui.pages.journal import JournalPage  # noqa: E402
from catalyseur_app.ui.pages.partnership_editor import PartnershipEditor  # noqa: E402

SAINT_FLOUR = "15187"


@pytest.fixture(params=["fr", "en"])
def context(request, store):
    with interface_language(request.param):
        yield AppContext(store=store, undo_stack=QUndoStack())


def show(qtbot, widget, width, height):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def inside(widget, container) -> bool:
    """``widget`` is drawn whole within ``container`` (nothing cut on either side)."""
    left = widget.mapTo(container, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= container.width()


# 1. The preview is titled with the document's name, not with « Preparing the document… ».
def test_the_preview_is_titled_with_the_document_name(qtbot, store):
    add_profile(store)
    parent = show(qtbot, QWidget(), 400, 300)
    context = AppContext(store=store, undo_stack=QUndoStack())
    show_diagnostic_report(parent, context, add_diagnostic(store, finalised=False))
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.windowTitle() == "Diagnostic report"
    assert "Diagnostic report" in dialog.ui.titleLabel.text() and "Preparing" not in dialog.ui.titleLabel.text()
    assert dialog.ui.pageLabel.accessibleName() == "Page shown"
    dialog.close()


# 2. After « Repeat the last one » the entry form still fits its column (or scrolls).
def test_the_journal_form_fits_after_repeating_the_last_activity(qtbot, context, store):
    actor = create_actor(store, ActorData(name="Association des commerçants et artisans du pays de Saint-Flour",
                                          kind="association", commune_insee=SAINT_FLOUR)).subject_id
    log_activity(store, ActivityDraft(day=date.today(), metier="dialogue", mission="dialogue.connaissance",
                                      title="Portrait de territoire : Saint-Flour", minutes=60,
                                      communes=[SAINT_FLOUR], actors=[actor]))
    page = show(qtbot, JournalPage(context), 790, 680)  # the page in a 1024-pixel window
    assert page.editor.repeat_last()
    QApplication.processEvents()
    scroll = page.ui.editorScroll
    editor = page.editor
    fits = editor.width() <= scroll.viewport().width()
    assert fits or scroll.horizontalScrollBar().isVisible()
    assert fits  # the heading wraps instead of widening the form
    for widget in (editor.ui.heading, editor.ui.saveButton, editor.communes.remove_button):
        assert inside(widget, scroll.viewport()), widget.objectName()
    assert editor.ui.heading.wordWrap()


# 3. « Check »: every error readable, wrapped, with no horizontal scroll bar over it.
def test_the_errors_wrap_and_are_shown_whole(qtbot, context, store):
    diagnostic = start_diagnostic(store, SAINT_FLOUR, [])
    runner = show(qtbot, DiagnosticRunner(context, diagnostic), 760, 620)
    runner.verify()
    QApplication.processEvents()
    errors = runner.ui.errors
    model = errors.model()
    assert model.rowCount() >= 2 and errors.wordWrap()
    assert errors.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    line = errors.fontMetrics().lineSpacing()
    rects = [errors.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    assert any(rect.height() >= 2 * line for rect in rects)  # a long message takes two lines
    for rect in rects:  # and every message is inside the list, none cut at the bottom or the side
        assert rect.bottom() <= errors.viewport().height() and rect.right() <= errors.viewport().width()
    runner.resize(1200, 620)  # wider: fewer lines, a shorter list
    qtbot.waitUntil(lambda: errors.height() < sum(rect.height() for rect in rects) + 2 * errors.frameWidth())


# 4 and 5. The radar names each volet whole; the report of a diagnostic in progress is a draft.
def test_the_radar_shows_whole_volet_names_and_the_draft_report_is_offered(qtbot, context, store):
    diagnostic = start_diagnostic(store, SAINT_FLOUR, [])
    runner = show(qtbot, DiagnosticRunner(context, diagnostic), 1000, 700)
    runner.show_results()
    results = runner._results
    axis = next(a for a in results.chart.chart().axes() if isinstance(a, QCategoryAxis))
    shown = [" ".join(label.split("<br>")) for label in axis.categoriesLabels()]
    # Nothing answered yet: every spoke says so after its whole name (issue 11 item 4).
    suffix = {"fr": " (non renseigné)", "en": " (not filled in)"}
    shown = [label.removesuffix(suffix["fr"]).removesuffix(suffix["en"]) for label in shown]
    names = [volet.label.get(messages.language()) for volet in runner.kit.volets]
    assert [label.replace("&#x27;", "'").replace("&amp;", "&") for label in shown] == names
    assert not any("…" in label for label in shown)
    report = results.ui.reportButton
    if report.isVisibleTo(results):
        assert report.isEnabled()
        assert "PROVISOIRE" in report.toolTip() and "Ctrl+" in report.toolTip()


def test_the_list_prints_the_draft_of_a_diagnostic_in_progress(qtbot, context, store, monkeypatch):
    start_diagnostic(store, SAINT_FLOUR, [])
    page = show(qtbot, DiagnosticsPage(context), 900, 600)
    asked = []
    page._report = lambda parent, ctx, diagnostic_id: asked.append(diagnostic_id)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("the draft was refused"))
    page.open_report()
    assert asked == [page.selected_id()]
    assert "PROVISOIRE" in page.ui.reportButton.toolTip()


# 6. The new diagnostic dialog starts with « Commencer »; Enter in a name adds the person only.
def test_the_new_diagnostic_is_started_with_a_start_button(qtbot, context, store):
    dialog = show(qtbot, NewDiagnosticDialog(context), 620, 560)
    start = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert start.text().replace("&", "") == {"fr": "Commencer", "en": "Start"}[messages.language()]
    dialog.ui.commune.set_insee(SAINT_FLOUR)
    dialog.activateWindow()
    dialog.ui.freeName.setFocus()
    qtbot.keyClicks(dialog.ui.freeName, "Martine Roux")
    qtbot.keyClick(dialog.ui.freeName, Qt.Key.Key_Return)
    assert dialog.free_model.rowCount() == 1 and dialog.created_id is None and dialog.isVisible()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert dialog.created_id is not None


# 7. The four tabs of the partnership form fit the form's width in a 1024-pixel window.
def test_the_partnership_tabs_fit_without_scroll_arrows(qtbot, context, store):
    add_partnership(store)
    editor = show(qtbot, PartnershipEditor(context), 360, 640)
    tabs = editor.ui.tabs
    assert tabs.count() == 4
    assert tabs.tabBar().sizeHint().width() <= tabs.width()
    for index in range(tabs.count()):
        assert "…" not in tabs.tabText(index) and tabs.tabToolTip(index)


# 8. The contacts of an actor show name, role and consent at least, whatever the width.
@pytest.mark.parametrize("width", [1040, 790])
def test_the_contacts_table_shows_name_role_and_consent(qtbot, context, store, width):
    actor = create_actor(store, ActorData(name="Commune de Saint-Flour", kind="commune",
                                          commune_insee=SAINT_FLOUR)).subject_id
    create_contact(store, ContactData(actor_id=actor, full_name="Claire Martin", role="secretaire_mairie",
                                      email="claire.martin@saint-flour.fr", phone="04 71 60 00 00",
                                      consent_date=date(2026, 3, 2), consent_source="oral"))
    page = show(qtbot, ActorsPage(context), width, 700)
    page.open_actor(actor)
    page.ui.detailTabs.setCurrentIndex(1)
    QApplication.processEvents()
    table, model = page.ui.contactsTable, page.contacts.model
    entity = model.entity
    header = table.horizontalHeader()
    for key in ("full_name", "role", "consent"):
        column = entity.column_index(key)
        assert not table.isColumnHidden(column), key
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width() + 1
    consent = entity.column_index("consent")
    assert header.sectionSize(consent) >= header.sectionSizeHint(consent)  # its title not cut
    assert table.horizontalScrollBar().maximum() == 0
