"""The window's « Fondation » page, through the real widgets, on a store consolidated from demo files."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from catalyseur_app.foundation.boundaries import (
    BOUNDARY_FILE,
    OVERSEAS,
    load_departments,
)
from catalyseur_app.foundation.map_measures import department_measures
from catalyseur_app.foundation.tables import read_national_tables
from catalyseur_app.foundation.territory import Territory
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.resources import resource_path
from catalyseur_app.store.paths import DATABASE_NAME
from catalyseur_app.ui.fit_check import layout_problems
from catalyseur_app.ui.main_window import MainWindow
from catalyseur_app.ui.pages.foundation import SHEETS

METROPOLITAN = {f"{n:02d}" for n in range(1, 96) if n != 20} | {"2A", "2B"}


@pytest.fixture(scope="session")
def consolidated(small_inbox, tmp_path_factory):
    from catalyseur_app.foundation.consolidate import consolidate

    target = str(tmp_path_factory.mktemp("page") / "national.sqlite")
    assert {r.status for r in consolidate(target, small_inbox.folder, trust_new=True)} == {"applied"}
    return target


def _window(qtbot, store, foundation_db=None, size=(1280, 800)):
    save_profile(store, ProfileData("Camille Martin", "Fondation des Territoires", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    window = MainWindow(store, foundation_db=foundation_db)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def _open_page(qtbot, window):
    qtbot.waitUntil(lambda: "foundation" in window.page_keys(), timeout=30000)
    page = window.page("foundation")
    with qtbot.waitSignal(page.loaded, timeout=60000):
        window.navigate("foundation")
    return page


def _shown(page) -> dict:
    """Every table as the page's models hold it (the rows the workbook is written from)."""
    return {sheet: tab.model.table.rows for sheet, tab in page.tables.items()}


def _expected(target, **filters) -> dict:
    data = read_national_tables(target, filters.pop("start", None), filters.pop("end", None),
                                territory=Territory(**filters))
    return {sheet: data.table(sheet).rows for sheet in SHEETS}


def test_the_boundary_file_has_every_department():
    path = resource_path(*BOUNDARY_FILE)
    assert path.stat().st_size < 1_000_000
    departments = load_departments()
    assert set(departments) == METROPOLITAN | set(OVERSEAS)
    assert departments["15"].name == "Cantal" and departments["2A"].name == "Corse-du-Sud"
    assert all(d.polygons and len(d.polygons[0][0]) >= 4 for d in departments.values())
    assert {code for code, d in departments.items() if d.inset} == set(OVERSEAS)
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in readme and "gregoiredavid/france-geojson" in readme


def test_the_page_appears_only_for_a_consolidation_store(qtbot, store, consolidated):
    plain = _window(qtbot, store)
    assert "foundation" not in plain.page_keys()
    assert plain.ui.navigation.count() == 7

    # The catalyseur's own database is not a consolidation store: a message, and no page.
    refused = _window(qtbot, store, foundation_db=str(store.data_dir / DATABASE_NAME))
    qtbot.waitUntil(lambda: getattr(refused, "foundation_warning", None) is not None, timeout=30000)
    assert "foundation consolidate" in refused.foundation_warning.text()
    assert "foundation" not in refused.page_keys() and refused.ui.navigation.count() == 7
    refused.foundation_warning.close()

    window = _window(qtbot, store, foundation_db=consolidated)
    page = _open_page(qtbot, window)
    assert window.page_keys()[-1] == "foundation" and window.ui.navigation.count() == 8
    assert window.ui.navigation.item(7).text() == "Foundation"
    assert window.current_page_key() == "foundation"
    assert _shown(page) == _expected(consolidated)

    qtbot.keyClick(window, Qt.Key.Key_F1)  # the guide, at the foundation's section
    assert window.help_window.current_heading().startswith("À la Fondation")
    window.help_window.close()


def test_the_filters_change_the_tables(qtbot, store, consolidated):
    window = _window(qtbot, store, foundation_db=consolidated)
    page = _open_page(qtbot, window)
    whole = _shown(page)

    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.department.setCurrentIndex(page.department.findData("23"))
    creuse = _shown(page)
    assert creuse == _expected(consolidated, department="23")
    assert creuse != whole
    assert [row[0] for row in creuse["Partenariats par département"]] == ["23"]
    assert sum(r[1] for r in creuse["Partenariats par forme"]) < sum(r[1] for r in whole["Partenariats par forme"])
    assert page.map.selected == "23"

    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.region.setCurrentIndex(page.region.findData("84"))  # Auvergne-Rhône-Alpes: the Cantal's
    assert page.department.currentData() is None
    assert page.department.findData("15") > 0 and page.department.findData("23") == -1
    assert _shown(page) == _expected(consolidated, region="84")

    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.start.setText("01/03/2026")
        page.start.editingFinished.emit()
    assert page.start.value() == dt.date(2026, 3, 1)
    assert _shown(page) == _expected(consolidated, region="84", start=dt.date(2026, 3, 1))

    with qtbot.waitSignal(page.loaded, timeout=60000):
        qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert _shown(page) == whole and page.start.value() is None


def test_clicking_a_department_on_the_map_filters_the_tables(qtbot, store, consolidated):
    window = _window(qtbot, store, foundation_db=consolidated)
    page = _open_page(qtbot, window)
    expected_map = department_measures(read_national_tables(consolidated))
    assert page.measures == expected_map
    cantal = page.map.items_by_code["15"]
    partnerships = expected_map[0].values["15"]
    assert "Cantal (15)" in cantal.toolTip() and str(partnerships) in cantal.toolTip()
    assert "no data" in page.map.items_by_code["01"].toolTip()
    assert page.legend.lines[-1] == "no data"

    with qtbot.waitSignal(page.loaded, timeout=60000):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=page.map.point_of("15"))
    assert page.department.currentData() == "15" and page.region.currentData() == "84"
    assert _shown(page) == _expected(consolidated, department="15")
    # The map still shows the whole country, with the département chosen outlined.
    assert page.measures == expected_map and page.map.selected == "15"

    page.measure.setCurrentIndex(2)  # the first volet's median score
    assert page.legend.lines[0] != "no data"
    assert "Median score" in page.map.items_by_code["23"].toolTip()


def test_a_bad_period_is_said_and_the_tables_stay(qtbot, store, consolidated):
    window = _window(qtbot, store, foundation_db=consolidated)
    page = _open_page(qtbot, window)
    before = _shown(page)
    page.start.setText("31/12/2026")
    page.start.editingFinished.emit()
    page.end.setText("01/01/2026")
    page.end.editingFinished.emit()
    qtbot.waitUntil(lambda: "vient après" in page.status.text(), timeout=30000)
    assert _shown(page) == before


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_page_fits(qtbot, store, consolidated, size):
    window = _window(qtbot, store, foundation_db=consolidated, size=size)
    page = _open_page(qtbot, window)
    assert window.size().width() == size[0]  # the page needs no more room than the screen has
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert layout_problems(window) == [], page.tabs.tabText(index)


def test_silent_catalyseurs_stand_out(qtbot, consolidated):
    from PySide6.QtGui import QFont

    from catalyseur_app.ui.pages.foundation_tables import NationalTableTab

    later = read_national_tables(consolidated, today=dt.date.today() + dt.timedelta(days=90)).table("Catalyseurs")
    tab = NationalTableTab()
    qtbot.addWidget(tab)
    tab.set_table(later)
    model = tab.model
    assert model.rowCount() == len(later.rows) and all(model.is_silent(row) for row in range(model.rowCount()))
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.FontRole), QFont)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    tab.set_table(read_national_tables(consolidated).table("Catalyseurs"))
    assert not any(model.is_silent(row) for row in range(model.rowCount()))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert tab.view.isColumnHidden(1) and model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == later.rows[0][1]


@pytest.mark.parametrize("language, shown", [("fr", ["12\u202f345", "7,5", "1,25", "15/11/2026"]),
                                              ("en", ["12,345", "7.5", "1.25", "15/11/2026"])])
def test_the_national_tables_write_numbers_and_dates_in_the_interface_language(qtbot, language, shown):
    """Through catalyseur_app.formatting, which follows messages.language(): the tab keeps no locale of its own
    (it was given a QLocale, whose English wrote 11/15/26)."""
    from catalyseur_app import messages
    from catalyseur_app.foundation.national_data import DATE, HOURS, INT, SCORE, Table
    from catalyseur_app.ui.pages.foundation_tables import NationalTableTab

    messages.set_language(language)  # put back after the test (tests/conftest.py)
    tab = NationalTableTab()
    qtbot.addWidget(tab)
    tab.set_table(Table("Essai", "Essai", (("n", INT), ("score", SCORE), ("heures", HOURS), ("jour", DATE)),
                        ((12345, 7.5, 1.25, dt.date(2026, 11, 15)),)))
    assert [tab.model.data(tab.model.index(0, column)) for column in range(4)] == shown


def test_the_page_reads_a_postgresql_store(qtbot, store, small_inbox, postgres_url):
    from catalyseur_app.foundation.consolidate import consolidate

    consolidate(postgres_url, small_inbox.folder, trust_new=True)
    window = _window(qtbot, store, foundation_db=postgres_url)
    page = _open_page(qtbot, window)
    from sqlalchemy.engine import make_url

    password = make_url(postgres_url).password
    assert password and password not in page.heading.text() and "***" in page.heading.text()
    with qtbot.waitSignal(page.loaded, timeout=60000):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=page.map.point_of("23"))
    assert _shown(page) == _expected(postgres_url, department="23")


def test_a_language_switch_keeps_the_page(qtbot, store, consolidated):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from catalyseur_app import messages
    from catalyseur_app.ui import i18n
    from catalyseur_app.ui.app import WindowController

    app, before, locale = QApplication.instance(), list(i18n._installed), QLocale()
    language = messages.current_language()
    save_profile(store, ProfileData("Camille Martin", "Fondation des Territoires", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    i18n.install_language(app, "en")
    controller = WindowController(app, store, foundation_db=consolidated)
    try:
        old = controller.show()  # deleted by the switch: not given to qtbot
        page = _open_page(qtbot, old)
        with qtbot.waitSignal(page.loaded, timeout=60000):
            page.apply_filters(department="15")
        controller.change_language("fr")
        new = controller.window
        qtbot.addWidget(new)
        qtbot.waitUntil(lambda: new.current_page_key() == "foundation", timeout=30000)
        assert new is not old and new.ui.navigation.item(7).text() == "Fondation"
        again = new.page("foundation")
        qtbot.waitUntil(lambda: again.data is not None, timeout=60000)
        assert again.department.currentData() == "15"  # the filters are carried over
        assert _shown(again) == _expected(consolidated, department="15")
    finally:
        controller.auto_backup.close()
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)
        QLocale.setDefault(locale)
        messages.set_language(language)
