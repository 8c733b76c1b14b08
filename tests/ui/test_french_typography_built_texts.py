"""Issue 12 item 1, the window's texts put together from pieces (a name, a value, a label): in
French they get the no-break spaces of ``french_spacing`` (before « : » and inside « »), in
English a colon with no space before it and English quotes, never « ». Each text is read from
the real widget, in both languages."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QToolTip
from test_diagnostic_runner import choose, type_line

from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.domain.typography import NBSP, NNBSP
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.packs.format import PackContent, write_pack
from catalyseur_app.packs.install import install_pack
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.signing import load_or_create
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.pages.actors import ActorsPage
from catalyseur_app.ui.pages.dashboard import DashboardPage
from catalyseur_app.ui.pages.diagnostic.results import DiagnosticResults
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner
from catalyseur_app.ui.pages.examples import ExamplesPage
from catalyseur_app.ui.pages.exchanges import ExchangesPage
from catalyseur_app.ui.pages.foundation_map import DepartmentMap

COMMUNE = "15187"  # Saint-Flour


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    install_language(qapp, request.param)
    return request.param


def context(store) -> AppContext:
    return AppContext(store=store, undo_stack=QUndoStack())  # in the language just installed


def shown(qtbot, widget, size=(1100, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    return widget


def assert_typography(text: str, language: str) -> None:
    """No space before a colon and no « » in English; never an ordinary space before them in French."""
    if language == "en":
        assert NBSP not in text and NNBSP not in text, text
        assert " :" not in text and "«" not in text and "»" not in text, text
    else:
        assert " :" not in text and "« " not in text and " »" not in text, text


def test_map_tooltips(qtbot, language):
    view = shown(qtbot, DepartmentMap())
    label = "Partenariats" if language == "fr" else "Partnerships"
    view.set_values({"15": 12}, label, whole=True)
    cantal, ain = view.items_by_code["15"].toolTip(), view.items_by_code["01"].toolTip()
    if language == "fr":
        assert cantal == f"Cantal (15)\nPartenariats{NBSP}: 12"
        assert ain == f"Ain (01)\nPartenariats{NBSP}: pas de données"
    else:
        assert cantal == "Cantal (15)\nPartnerships: 12"
        assert ain == "Ain (01)\nPartnerships: no data"


def test_dashboard_bar_tooltip(qtbot, store, language):
    page = shown(qtbot, DashboardPage(context(store)), (1200, 900))
    position = page.bar_position("form", 0)
    page.form_set.hovered.emit(True, position)
    text = QToolTip.text()
    page.form_set.hovered.emit(False, position)
    assert text.endswith(f"{NBSP}: 0" if language == "fr" else ": 0"), text
    assert_typography(text, language)


def test_duplicate_actor_warning_quotes_the_name(qtbot, store, language):
    create_actor(store, ActorData(name="Mairie de Vabre", kind="commune", commune_insee="81305"))
    page = shown(qtbot, ActorsPage(context(store)), (1200, 700))
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = page.editor.ui
    editor.name.insert("Mairie de Vabre")
    editor.kind.setCurrentIndex(editor.kind.findData("commune"))
    editor.commune.set_insee("81305")
    qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
    assert not editor.duplicateFrame.isHidden()
    text = editor.duplicateLabel.text()
    assert (f"«{NBSP}Mairie de Vabre{NBSP}» (" if language == "fr" else "“Mairie de Vabre” (") in text, text
    assert_typography(text, language)


def test_not_saved_banner_quotes_the_questions(qtbot, store, language):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = shown(qtbot, DiagnosticRunner(context(store), diagnostic))
    choose(qtbot, runner.widgets["fr_isolement"].buttons["partiel"])
    count = runner.widgets["fr_personnes_isolees"]
    type_line(qtbot, count, "-5")
    text = runner.invalidBanner.text()
    label = runner.kit.question("fr_personnes_isolees").label.get(language)
    assert (f"«{NBSP}{label}{NBSP}» (-5)" if language == "fr" else f"“{label}” (-5)") in text, text
    assert_typography(text, language)


def test_choices_are_named_with_their_question(qtbot, store, language):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = shown(qtbot, DiagnosticRunner(context(store), diagnostic))
    question = runner.kit.question("fr_isolement").label.get(language)
    button = runner.widgets["fr_isolement"].buttons["partiel"]
    assert button.accessibleName() == f"{question}{NBSP if language == 'fr' else ''}: {button.text()}"
    boxes = next(w.boxes for w in runner.widgets.values() if hasattr(w, "boxes"))
    check = next(iter(boxes.values()))
    assert f"{NBSP if language == 'fr' else ''}: {check.text()}" in check.accessibleName()
    assert_typography(check.accessibleName(), language)


def test_results_summary_of_the_axes(qtbot, store, language):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    results = shown(qtbot, DiagnosticResults(context(store), DiagnosticRun(store, diagnostic)))
    results.refresh()  # as the diagnostics page does when it shows the results
    text = results.ui.summary.text()
    assert (f"{NBSP}: <b>" if language == "fr" else ": <b>") in text, text
    assert_typography(text, language)


EXAMPLE = {"id": "ex-epicerie", "title": "Une épicerie solidaire au village", "territory": "Allanche (Cantal)",
           "partners": "Mairie, Association Les Paniers", "form": "mecenat", "odds": [2, 12],
           "what_was_done": "Le supermarché donne ses invendus.", "results": "120 familles aidées en un an."}


def test_example_details(qtbot, store, tmp_path, language):
    key = load_or_create(tmp_path / "cle.pem")
    pack = write_pack(tmp_path / "pack.zip", PackContent(sequence=1, made_at=datetime.now(UTC), examples=[EXAMPLE]), key)
    install_pack(store, pack, key.fingerprint)
    page = shown(qtbot, ExamplesPage(context(store)))
    page.select_example("ex-epicerie")
    text = page.ui.detail.document().toRawText()
    expected = f"Territoire{NBSP}: Allanche (Cantal)" if language == "fr" else "Territory: Allanche (Cantal)"
    assert expected in text, text
    assert_typography(text, language)


@pytest.fixture
def other(tmp_path):
    opened = open_store(tmp_path / "other")
    yield opened
    opened.close()


def test_conflict_titles_quote_the_record(qtbot, store, other, tmp_path, monkeypatch, language):
    with other.write() as s:
        actor = m.Actor(name="Mairie de Murat", kind="commune", commune_insee="15138")
        s.add(actor)
        s.flush()
        actor_id = actor.id
    export_sync_file(other, tmp_path / "1.xlsx", full=True)
    import_sync_file(store, tmp_path / "1.xlsx", trust_new=True)
    with store.write() as s:
        s.get(m.Actor, actor_id).notes = "Ma note"
    with other.write() as s:
        s.get(m.Actor, actor_id).notes = "Leur note"
    export_sync_file(other, tmp_path / "2.xlsx")
    page = shown(qtbot, ExchangesPage(context(store)), (1000, 640))
    monkeypatch.setattr(page, "ask_open_path", lambda: str(tmp_path / "2.xlsx"))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    title = page.preview_dialog.model.rows[0][0]
    page.preview_dialog.reject()
    QApplication.processEvents()
    assert title == (f"acteur «{NBSP}Mairie de Murat{NBSP}»" if language == "fr" else "actor “Mairie de Murat”")


def test_english_texts_of_the_window_use_english_quotes():
    """The English the window shows (the tr() sources, shown as they are in English) has no « »
    and no space before a colon; their French translations keep « »."""
    from xml.etree import ElementTree

    from catalyseur_app.resources import translations_dir

    root = ElementTree.parse(translations_dir() / "catalyseur_fr.ts").getroot()
    french = {message.findtext("source"): message.findtext("translation") for message in root.iter("message")}
    english = [source for source in french if "«" in source or "»" in source or " :" in source]
    assert english == []
    assert french["“%1” (%2)"] == "« %1 » (%2)"
    assert french["Delete the action “%1”?"] == "Supprimer l'action « %1 » ?"


def test_the_kit_texts_shown_are_spaced_in_french(qtbot, store, language):
    """The kit's questions, choices and hints are typed with ordinary spaces: the window (and any
    document) shows them with French typography in French, unchanged in English."""
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = shown(qtbot, DiagnosticRunner(context(store), diagnostic))
    label = runner.widgets["fr_personnes_isolees"].label.text()
    if language == "fr":
        assert label.startswith("Combien de personnes isolées") and f"(approximativement){NNBSP}?" in label, label
    else:
        assert label.startswith("How many isolated people") and "(roughly)?" in label, label
    texts = [widget.label.text() for widget in runner.widgets.values()]
    texts += [widget.hint.text() for widget in runner.widgets.values()]
    for text in texts:
        assert " ?" not in text and " :" not in text, text
        if language == "fr":
            assert "« " not in text and " »" not in text, text
        else:  # the kit's own English (« playing as a team » in the default kit) is the kit's to correct

            assert NBSP not in text and NNBSP not in text, text
