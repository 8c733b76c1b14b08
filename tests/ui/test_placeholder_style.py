"""Placeholders have one style (issue 14 §1): an example is introduced by « ex. » in French and
« e.g. » in English (never « par exemple », « par ex. », « for example »), a date mask is lower case
(« jj/mm/aaaa », « dd/mm/yyyy ») and no placeholder ends with a full stop."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.main_window import PAGE_KEYS, MainWindow

ROOT = Path(__file__).resolve().parents[2]
WRONG = {"fr": re.compile(r"par ex|JJ/MM|DD/MM|\.$"),
         "en": re.compile(r"for example|for instance|DD/MM|\.$")}


def _faults(texts, language):
    return sorted(text for text in texts if text and WRONG[language].search(text))


def _placeholder_sources() -> set[str]:
    """Every placeholder written in a form or given to setPlaceholderText(self.tr(...))."""
    found = set()
    for form in (ROOT / "forms").glob("*.ui"):
        root = ET.parse(form).getroot()
        found |= {p.findtext("string") for p in root.iter("property") if p.get("name") == "placeholderText"}
    for module in (ROOT / "src" / "catalyseur_app" / "ui").rglob("*.py"):
        if "generated" not in module.parts:
            text = module.read_text(encoding="utf-8")
            found |= set(re.findall(r'setPlaceholderText\(self\.tr\("([^"]+)"\)', text))
            if "setPlaceholderText(placeholders" in text:  # the diagnostic questions' table of them
                found |= set(re.findall(r'"\w+": self\.tr\("([^"]+)"\)', text))
    return found - {None}


def test_every_placeholder_and_its_french_follow_the_style():
    sources = _placeholder_sources()
    assert len(sources) > 20
    french = set()
    for message in ET.parse(ROOT / "translations" / "catalyseur_fr.ts").getroot().iter("message"):
        if message.findtext("source") in sources:
            french.add(message.findtext("translation"))
    assert _faults(sources, "en") == []
    assert _faults(french, "fr") == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_placeholders_shown_on_every_page_follow_the_style(qtbot, store, language):
    install_language(QApplication.instance(), language)
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    window = MainWindow(store)
    qtbot.addWidget(window)
    shown = set()
    for key in PAGE_KEYS:
        page = window.page(key)
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
            shown |= {widget.placeholderText() for widget in page.findChildren(kind)}
    assert len(shown - {""}) > 10
    assert _faults(shown, language) == []
