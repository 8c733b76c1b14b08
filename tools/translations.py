"""Maintain the translation files in translations/.

Source strings are English; French is the default language of the interface.

  python tools/translations.py update          lupdate the sources, fill English (identity), compile .qm
  python tools/translations.py fill-fr F.json  add French translations {"Context": {"Source": "Traduction"}}
  python tools/translations.py unfinished      list French strings still untranslated (exit 1 if any)

Several people may run it at once: the tool holds a lock on translations/ while it works.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "translations"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return FOLDER / f"catalyseur_{lang}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


@contextlib.contextmanager
def locked():
    FOLDER.mkdir(exist_ok=True)
    with open(FOLDER / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def sources() -> list[str]:
    # The forms are read from their .ui sources; the generated modules would give the same strings.
    files = sorted((ROOT / "src" / "catalyseur_app").rglob("*.py"))
    python = [str(f) for f in files if "__pycache__" not in f.parts and "generated" not in f.parts]
    return python + [str(f) for f in sorted((ROOT / "forms").glob("*.ui"))]


def _load(lang: str) -> ET.ElementTree:
    return ET.parse(ts_path(lang))


def _save(tree: ET.ElementTree, lang: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _release() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)),
                        "-qm", str(FOLDER / f"catalyseur_{lang}.qm")], check=True)


def update() -> None:
    for lang, locale in LANGUAGES.items():
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", locale, *sources(), "-ts", str(ts_path(lang))], check=True)
    english = _load("en")
    for _, message in _messages(english):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # English has two forms: singular and plural
            forms = translation.findall("numerusform") or []
            for _ in range(2 - len(forms)):
                forms.append(ET.SubElement(translation, "numerusform"))
            for form, text in zip(forms, english_forms(message.findtext("source")), strict=False):
                form.text = text
        else:
            translation.text = message.findtext("source")
    _save(english, "en")
    _save(_load("fr"), "fr")  # one layout for the file, whichever command wrote it last
    _release()


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a numerus source: « %n record(s) » gives « %n record », « %n records »."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_fr(json_file: Path) -> None:
    """A JSON value is the French text, or for a numerus message (``tr(source, "", n)``) the list of
    its two forms: ``["%n enregistrement effacé", "%n enregistrements effacés"]``."""
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(json_file.read_text(encoding="utf-8"))
    french = _load("fr")
    missing = {(c, s) for c, messages in wanted.items() for s in messages}
    for context, message in _messages(french):
        source = message.findtext("source")
        text = wanted.get(context, {}).get(source)
        if text is not None:
            translation = message.find("translation")
            if isinstance(text, list):
                for form in list(translation):
                    translation.remove(form)
                for form_text in text:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            missing.discard((context, source))
    _save(french, "fr")
    _release()
    for context, source in sorted(missing):
        print(f"not in the sources (run update first?): {context}: {source!r}")


def unfinished() -> list[tuple[str, str]]:
    return [(context, message.findtext("source")) for context, message in _messages(_load("fr"))
            if message.find("translation").get("type") == "unfinished"]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    with locked():
        if command == "update":
            update()
        elif command == "fill-fr":
            fill_fr(Path(argv[1]))
        elif command == "unfinished":
            left = unfinished()
            for context, source in left:
                print(f"{context}: {source}")
            return 1 if left else 0
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
