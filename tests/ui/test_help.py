"""Issue 11, item 16: F1 and the Help menu open the French user guide, offline, at the section of
the page shown, with its screenshots and a find box; the guide ships with the program."""

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from catalyseur_app.resources import GUIDE_FILE, guide_dir
from catalyseur_app.ui.help_window import SECTIONS


def test_the_guide_and_every_image_it_shows_are_shipped():
    text = (guide_dir() / GUIDE_FILE).read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) >= 15
    assert all((guide_dir() / image).is_file() for image in images), images


# The « Fondation » page needs a consolidation store: tests/foundation/test_foundation_page.py.
@pytest.mark.parametrize("key", [key for key in SECTIONS if key != "foundation"])
def test_f1_opens_the_guide_at_the_section_of_the_page(qtbot, window, key):
    window.navigate(key)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    QApplication.processEvents()
    assert guide.current_heading().lstrip("0123456789. ").lower().startswith(SECTIONS[key].lower()[:12])


def test_the_help_menu_shows_the_guide_with_its_images_and_finds_words(qtbot, window):
    assert window.guide_action in window.ui.menuHelp.actions()
    window.guide_action.trigger()
    guide = window.help_window
    document = guide.browser.document()
    assert "Guide de l'utilisateur de Catalyseur" in document.toPlainText()
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("images/dashboard.png"))
    assert image is not None and not image.isNull()
    qtbot.keyClicks(guide.find_box, "corbeille")
    assert guide.browser.textCursor().selectedText().lower() == "corbeille"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find_box, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() > first
    guide.find_box.setText("mot-introuvable-xyz")
    assert not guide.find_next(from_start=True) and guide.find_status.text()
