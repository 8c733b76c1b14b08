"""Issue 12, item 1: real plurals, never « (s) », in every text people see (command line, window, files).

Counted texts choose between two messages with ``messages.plural(count)``: two t() messages outside the
window, two tr() texts in it (``self.tr("%1 records…") if plural(n) else self.tr("%1 record…")``). No
Qt numerus form (``tr(source, "", n)``): its English plurals would need an English .ts of their own.
"""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from catalyseur_app import messages

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "catalyseur_app"
PARENTHESISED_ENDING = re.compile(r"\w\((?:s|es|x)\)")  # « Président(e) » is a gender, not a count


def _numerus_calls(tree: ast.AST) -> list[int]:
    """Lines of the numerus calls tr(source, disambiguation, n) / translate(context, source, disambiguation, n)
    (a translator passing its arguments on to ``super().translate`` asks for nothing)."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and not (isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Name)
                     and node.func.value.func.id == "super")
            and ((node.func.attr == "tr" and len(node.args) >= 3)
                 or (node.func.attr == "translate" and len(node.args) >= 4))]


def test_no_text_in_the_sources_writes_a_parenthesised_plural():
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offending += [f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str)
                      and PARENTHESISED_ENDING.search(node.value)]
    for form in sorted((ROOT / "forms").glob("*.ui")):
        offending += [f"{form.name}: {line.strip()}" for line in form.read_text(encoding="utf-8").splitlines()
                      if PARENTHESISED_ENDING.search(line)]
    assert offending == [], "write both forms instead of « (s) »:\n" + "\n".join(offending)


def test_the_window_uses_no_qt_numerus_form():
    found = [f"{path.relative_to(PACKAGE)}:{line}" for path in sorted(PACKAGE.rglob("*.py"))
             for line in _numerus_calls(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == [], "choose between two tr() texts with messages.plural(count):\n" + "\n".join(found)


def test_no_translation_writes_a_parenthesised_plural():
    root = ET.parse(ROOT / "translations" / "catalyseur_fr.ts").getroot()
    texts = [t.text or "" for t in root.iter("translation")] + [f.text or "" for f in root.iter("numerusform")]
    assert [text for text in texts if PARENTHESISED_ENDING.search(text)] == []
    assert [m.findtext("source") for m in root.iter("message") if m.get("numerus") == "yes"] == []


def test_plural_follows_each_language():
    try:
        messages.set_language("fr")
        assert [messages.plural(n) for n in (0, 1, 2, 10)] == [False, False, True, True]
        messages.set_language("en")
        assert [messages.plural(n) for n in (0, 1, 2, 10)] == [True, False, True, True]
    finally:
        messages.set_language("fr")
