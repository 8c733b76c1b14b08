"""Issue 12, item 1: real plurals, never « (s) », in every text people see (command line, window, files).

Counted texts outside the window choose between two t() messages with ``messages.plural(count)``; the
window uses Qt's numerus forms, ``self.tr("%n record(s) erased.", "", count)``, whose source is the only
place « (s) » may stay: the French and English .ts files give the two real forms.
"""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from catalyseur_app import messages

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "catalyseur_app"
PARENTHESISED_ENDING = re.compile(r"\w\((?:s|es|x)\)")  # « Président(e) » is a gender, not a count


def _numerus_sources(tree: ast.AST) -> set[int]:
    """ids of the string constants that are the source of a numerus tr(source, disambiguation, n)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in {"tr", "translate"} and len(node.args) >= 3:
            found.add(id(node.args[0] if node.func.attr == "tr" else node.args[1]))
    return found


def test_no_text_in_the_sources_writes_a_parenthesised_plural():
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _numerus_sources(tree)
        offending += [f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str)
                      and PARENTHESISED_ENDING.search(node.value) and id(node) not in allowed]
    for form in sorted((ROOT / "forms").glob("*.ui")):
        offending += [f"{form.name}: {line.strip()}" for line in form.read_text(encoding="utf-8").splitlines()
                      if PARENTHESISED_ENDING.search(line)]
    assert offending == [], "write both forms instead of « (s) »:\n" + "\n".join(offending)


def test_no_translation_writes_a_parenthesised_plural():
    for language in ("fr", "en"):
        root = ET.parse(ROOT / "translations" / f"catalyseur_{language}.ts").getroot()
        texts = [t.text or "" for t in root.iter("translation")] + [f.text or "" for f in root.iter("numerusform")]
        assert [text for text in texts if PARENTHESISED_ENDING.search(text)] == [], language


def test_the_numerus_messages_have_two_real_forms_in_both_languages():
    for language in ("fr", "en"):
        root = ET.parse(ROOT / "translations" / f"catalyseur_{language}.ts").getroot()
        numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        assert len(numerus) >= 5
        for message in numerus:
            forms = [f.text for f in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), (language, message.findtext("source"))
            if language == "fr":  # English may say « %n more » for both
                assert forms[0] != forms[1], message.findtext("source")


def test_plural_follows_each_language():
    try:
        messages.set_language("fr")
        assert [messages.plural(n) for n in (0, 1, 2, 10)] == [False, False, True, True]
        messages.set_language("en")
        assert [messages.plural(n) for n in (0, 1, 2, 10)] == [True, False, True, True]
    finally:
        messages.set_language("fr")
