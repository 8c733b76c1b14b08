"""Maintain the translation files in translations/.

Source strings of the window are English (so English needs no file); French is the default language
of the interface, in translations/catalyseur_fr.ts compiled to catalyseur_fr.qm.

  python tools/translations.py update          lupdate the sources into the French .ts, compile the .qm
  python tools/translations.py fill-fr F.json  add French translations {"Context": {"Source": "Traduction"}}
  python tools/translations.py unfinished      list French strings still untranslated (exit 1 if any)

The messages of the core (t() and translatable(), French source) live in one gettext catalogue,
translations/locale/en/LC_MESSAGES/catalyseur.po (English), compiled to the .mo next to it:

  python tools/translations.py extract         add new French texts to the .po, drop unused ones, compile
  python tools/translations.py compile         compile the .po to the .mo
  python tools/translations.py absorb          move leftover messages_en.py entries into the .po
  python tools/translations.py untranslated    list French texts without confirmed English,
                                               or a .po/.mo to rebuild (exit 1 if any)

Several people may run it at once: the tool holds a lock on translations/ while it works.
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import fcntl
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "translations"
FRENCH_LOCALE = "fr_FR"


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
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path("fr")),
                    "-qm", str(FOLDER / "catalyseur_fr.qm")], check=True)


def update() -> None:
    """lupdate the sources into the French .ts (English is the source language: no English file), compile."""
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", FRENCH_LOCALE, *sources(), "-ts", str(ts_path("fr"))], check=True)
    _save(_load("fr"), "fr")  # one layout for the file, whichever command wrote it last
    _release()


def fill_fr(json_file: Path) -> None:
    """Add the French translations of a JSON file ``{"Context": {"English source": "Français"}}``."""
    wanted: dict[str, dict[str, str]] = json.loads(json_file.read_text(encoding="utf-8"))
    french = _load("fr")
    missing = {(c, s) for c, messages in wanted.items() for s in messages}
    for context, message in _messages(french):
        source = message.findtext("source")
        text = wanted.get(context, {}).get(source)
        if text is not None and isinstance(text, str):
            translation = message.find("translation")
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


# ---- the messages of the core: gettext catalogue, French source, English translation ----

PACKAGE = ROOT / "src" / "catalyseur_app"
LOCALE = FOLDER / "locale"
DOMAIN = "catalyseur"
KEYWORDS = {"t": None, "translatable": None}  # the French text is the first argument of both


def po_path(lang: str = "en") -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str = "en") -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> Catalog:
    """Every French text given to t() or translatable() outside the generated forms."""
    template = Catalog(project="Catalyseur", domain=DOMAIN, charset="utf-8", fuzzy=False)
    method_map = [("ui/generated/**.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE, method_map=method_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        template.add(message, locations=[(f"catalyseur_app/{filename}", lineno)], auto_comments=comments,
                     context=context)
    return template


def read_catalogue(lang: str = "en") -> Catalog:
    if not po_path(lang).exists():
        return Catalog(locale=lang, project="Catalyseur", domain=DOMAIN, charset="utf-8", fuzzy=False,
                       creation_date=datetime.datetime(2026, 12, 4, tzinfo=datetime.UTC))
    with open(po_path(lang), "rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    # No locations and sorted entries: two branches adding messages rarely touch the same lines.
    out = io.BytesIO()
    write_po(out, catalog, width=0, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def save_catalogue(catalog: Catalog, lang: str = "en") -> None:
    _write(po_path(lang), po_bytes(catalog))
    _write(mo_path(lang), mo_bytes(read_po(io.BytesIO(po_bytes(catalog)), locale=lang, domain=DOMAIN)))


def extract_messages() -> None:
    """Add the new French texts of the sources to the English catalogue (untranslated), drop those
    no source uses any more, compile the .mo. A changed French text gets its old English marked fuzzy."""
    catalog = read_catalogue()
    catalog.update(extract(), update_creation_date=False)
    catalog.obsolete.clear()
    save_catalogue(catalog)


def leftover_catalogues() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("messages_en.py") if "__pycache__" not in p.parts)


def english_dict(path: Path) -> dict[str, str]:
    """The ``ENGLISH = {french: english}`` dictionary of an old messages_en.py, read without importing it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        if any(isinstance(target, ast.Name) and target.id == "ENGLISH" for target in targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{path}: no ENGLISH dictionary")


def absorb() -> list[Path]:
    """Move the entries of leftover messages_en.py files (from branches made before the catalogue)
    into the English catalogue, then delete those files; returns them."""
    files = leftover_catalogues()
    catalog = read_catalogue()
    for path in files:
        for french, english in english_dict(path).items():
            message = catalog.get(french)
            if message is None:
                catalog.add(french, english)
            else:
                message.string = english
                message.flags.discard("fuzzy")
    save_catalogue(catalog)
    extract_messages()
    for path in files:
        path.unlink()
    return files


def untranslated_messages() -> list[str]:
    """French texts of the sources with no English, an empty one or a fuzzy (unconfirmed) one."""
    catalog = read_catalogue()
    problems = []
    for message in extract():
        if not message.id:  # the header
            continue
        entry = catalog.get(message.id)
        if entry is None:
            problems.append(f"missing: {message.id!r}")
        elif not entry.string or not str(entry.string).strip():
            problems.append(f"untranslated: {message.id!r}")
        elif entry.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    return problems


def stale_files() -> list[str]:
    """What ``update`` would change in the catalogue files (empty when they are current)."""
    catalog = read_catalogue()
    stale = []
    if po_path().exists() and po_bytes(catalog) != po_path().read_bytes():
        stale.append(f"{po_path().relative_to(ROOT)} is not in the tool's layout: run extract")
    if not mo_path().exists() or mo_bytes(catalog) != mo_path().read_bytes():
        stale.append(f"{mo_path().relative_to(ROOT)} is not compiled from the .po: run compile")
    return stale


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    with locked():
        if command == "update":
            update()
        elif command == "fill-fr":
            fill_fr(Path(argv[1]))
        elif command == "extract":
            extract_messages()
        elif command == "compile":
            save_catalogue(read_catalogue())
        elif command == "absorb":
            for path in absorb():
                print(f"absorbed and deleted {path.relative_to(ROOT)}")
        elif command == "untranslated":
            problems = stale_files() + untranslated_messages()
            print("\n".join(problems))
            return 1 if problems else 0
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
