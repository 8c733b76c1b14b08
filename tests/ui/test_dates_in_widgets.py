"""Dates, sizes and sync names in the window come from catalyseur_app.formatting and exchange/labels.py
(issue 14 §1): read from the real widgets, in French and in English."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from catalyseur_app.store import models as m
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.main_window import MainWindow
from catalyseur_app.ui.pages.exchanges import ExchangesPage

MOMENT = re.compile(r"^\d\d/\d\d/\d{4} \d\d:\d\d$")  # day first in both languages (fr_FR, en_GB)


@pytest.mark.parametrize("language, size", [("fr", re.compile(r"^\d+,\d Mo$")), ("en", re.compile(r"^\d+\.\d MB$"))])
def test_the_backups_list_writes_its_dates_and_sizes_in_the_language(qtbot, store, language, size):
    install_language(QApplication.instance(), language)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_backups()
    dialog = window.backups_dialog
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.table.model().rowCount() == 1)
    model = dialog.ui.table.model()
    assert MOMENT.match(model.item(0, 0).text()), model.item(0, 0).text()
    assert size.match(model.item(0, model.columnCount() - 1).text()), model.item(0, model.columnCount() - 1).text()


@pytest.mark.parametrize("language, counts", [("fr", re.compile(r"profil\s:\s1\nacteur\s:\s1")),
                                              ("en", re.compile(r"profile: 1\nactor: 1"))])
def test_the_exchange_ledger_names_kinds_and_dates_in_the_language(qtbot, store, tmp_path, monkeypatch,
                                                                   language, counts):
    install_language(QApplication.instance(), language)
    page = ExchangesPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        s.add(m.Actor(name="Mairie de Murat", kind="commune"))
    monkeypatch.setattr(page, "ask_save_path", lambda default: str(tmp_path / "envoi.xlsx"))
    page.ui.fullCheck.setChecked(True)
    page.ui.prepareButton.click()
    qtbot.waitUntil(lambda: page.ledger.rowCount() == 1, timeout=10000)
    assert MOMENT.match(page.ledger.rows[0][1]), page.ledger.rows[0][1]
    assert counts.search(page.ledger.tips[0]), page.ledger.tips[0]
