"""The partnerships page as a demanding user meets it: the PDF sheet, filters, columns, undo of links."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_partnership, add_profile  # noqa: E402

from catalyseur_app.records.partnerships import load_partnership  # noqa: E402
from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.documents import DocumentPreviewDialog  # noqa: E402
from catalyseur_app.ui.i18n import install_language  # noqa: E402
from catalyseur_app.ui.pages.partnerships import PartnershipsPage  # noqa: E402


@pytest.fixture
def page(qtbot, store):
    install_language(QApplication.instance(), "fr")
    add_profile(store)
    add_partnership(store)
    add_partnership(store, "Chantier d'insertion des berges", form="innovation_societale", stage="emergence",
                    partners=(("Association Rivières vivantes", "association", "porteur"),
                              ("Mairie de Murat", "commune", "partenaire")))
    widget = PartnershipsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1040, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(page, title):
    for row in range(page.model.rowCount()):
        if page.model.raw_value(row, "title") == title:
            page.ui.table.selectRow(row)
            return
    raise AssertionError(title)


def test_ctrl_p_previews_the_one_page_sheet_of_the_selected_partnership(qtbot, page):
    assert not page.ui.sheetButton.isEnabled()  # nothing chosen yet
    assert "Ctrl+P" in page.ui.sheetButton.toolTip()
    _select(page, "Repas partagés des hameaux")
    assert page.ui.sheetButton.isEnabled()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = page.findChild(DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == 1
    assert dialog.file_name == "partenariat-repas-partages-des-hameaux.pdf"
    dialog.close()


def test_the_sheet_without_a_partnership_explains_what_to_do(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    page.show_sheet()
    assert shown == ["Choisissez d'abord un partenariat enregistré dans la liste."]
    assert page.findChild(DocumentPreviewDialog) is None


def test_inspiring_filter_and_filters_from_the_dashboard(qtbot, page, store):
    assert page.model.total == 2
    page.ui.inspiringFilter.setChecked(True)
    assert page.model.total == 2  # both samples are inspiring examples
    page.apply_filters(stage="emergence")
    assert not page.ui.inspiringFilter.isChecked()
    assert page.model.total == 1 and page.model.raw_value(0, "title") == "Chantier d'insertion des berges"
    assert page.ui.stageFilter.currentText() == "Émergence"
    page.apply_filters(inspiring=True, form="mecenat")
    assert page.ui.inspiringFilter.isChecked() and page.model.total == 1


def test_filter_combos_show_their_whole_text(qtbot, page):
    for combo in (page.ui.formFilter, page.ui.stageFilter, page.ui.oddFilter):
        text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() > text_width + 20, combo.currentText()
    assert page.commune_filter.width() > page.commune_filter.fontMetrics().horizontalAdvance("Toutes les communes")


def test_the_header_menu_shows_and_hides_columns(qtbot, page):
    header = page.ui.table.horizontalHeader()
    names = [action.text() for action in header.actions()]
    assert "Forme" in names and "Titre" not in names
    end = page.model.entity.column_index("end")
    action = next(a for a in header.actions() if a.text() == "Fin")
    action.setChecked(False)
    assert page.ui.table.isColumnHidden(end)
    action.setChecked(True)
    assert not page.ui.table.isColumnHidden(end)


def test_removing_an_odd_and_a_need_in_the_editor_is_undone_with_ctrl_z(qtbot, page, store):
    _select(page, "Repas partagés des hameaux")
    editor = page.editor
    assert editor.ui.title.cursorPosition() == 0
    partnership_id = editor.current_id
    for widget, prefix in ((editor.ui.odds, "10 —"), (editor.ui.needs, "Alimentation")):
        item = next(widget.item(i) for i in range(widget.count()) if widget.item(i).text().startswith(prefix))
        item.setCheckState(Qt.CheckState.Unchecked)
    editor.communes.set_communes([])
    assert editor.save(), editor.error_messages()
    saved = load_partnership(store, partnership_id)
    assert (saved.odds, saved.needs, saved.communes) == ([3, 17], ["lien_social"], [])
    stack = page.context.undo_stack
    stack.undo()
    restored = load_partnership(store, partnership_id)
    assert restored.odds == [3, 10, 17] and restored.needs == ["lien_social", "alimentation"]
    assert restored.communes == ["15187"]
    assert editor.communes.communes() == ["15187"]  # the editor shows the restored partnership
    stack.redo()
    assert load_partnership(store, partnership_id).odds == [3, 17]
