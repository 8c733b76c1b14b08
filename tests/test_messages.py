"""Messages written outside the window: every French template has an English entry with the same
placeholders, French output has French typography, and the language follows the interface."""

import ast
import string
import subprocess
import sys
from pathlib import Path

import pytest

from catalyseur_app import messages
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.messages import set_language, t

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "catalyseur_app"
PO_FILE = ROOT / "translations" / "locale" / "en" / "LC_MESSAGES" / "catalyseur.po"
MARKERS = {"t", "translatable"}
NOT_YET = ("ui",)


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
            and node.func.value.id == "messages":
        return node.func.attr
    return None


def call_sites():
    """(where, French literal, keyword names or None when the call has none, marker)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in NOT_YET:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called_name(node) not in MARKERS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                keywords = {k.arg for k in node.keywords} if node.keywords else None
                yield f"{relative}:{node.lineno}", first.value, keywords, _called_name(node)


def placeholders(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


SITES = list(call_sites())


def test_the_walk_finds_the_call_sites():
    files = {where.split(":")[0] for where, *_ in SITES}
    assert len(SITES) > 200
    for expected in ("domain/validators.py", "records/actors.py", "profile.py", "diagnostics/results.py",
                     "kit/answers.py", "kit/runtime.py", "atomic.py", "store/lock.py", "output_guard.py"):
        assert expected in files


def english_catalogue() -> dict[str, str]:
    """The English .po read with Babel (independently of the gettext module the application uses)."""
    from babel.messages.pofile import read_po

    with open(PO_FILE, "rb") as handle:
        catalog = read_po(handle, locale="en")
    return {message.id: message.string for message in catalog if message.id and not message.fuzzy}


def test_every_message_has_an_english_entry_with_the_same_placeholders():
    english = english_catalogue()
    missing = [f"{where}: {french!r}" for where, french, _, _ in SITES if not english.get(french, "").strip()]
    assert missing == [], "no English entry (or a fuzzy one):\n" + "\n".join(missing)
    wrong = []
    for where, french, keywords, marker in SITES:
        if marker == "t" and keywords is None:  # never formatted: braces are plain text
            if english[french].count("{") != french.count("{"):
                wrong.append(f"{where}: braces of {french!r} -> {english[french]!r}")
            continue
        if placeholders(english[french]) != placeholders(french):
            wrong.append(f"{where}: {french!r} -> {english[french]!r}")
        if keywords is not None and {name for name, _ in placeholders(french)} != keywords:
            wrong.append(f"{where}: parameters {sorted(keywords)} for {french!r}")
    assert wrong == [], "\n".join(wrong)


def test_the_catalogue_is_complete_current_and_compiled():
    """Babel's extraction agrees with the walk above, the .po holds no stale entry, the .mo is its build."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "untranslated"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    used = {french for _, french, _, _ in SITES}
    stale = sorted(set(english_catalogue()) - used)
    assert stale == [], "entries no call site uses (run tools/translations.py extract):\n" + "\n".join(stale)


def test_the_application_reads_the_compiled_catalogue(english):
    assert t("Le champ « {label} » est obligatoire.", label="Name") == "“Name” is required."


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("fr")


def test_french_is_the_default_and_unchanged():
    from catalyseur_app.domain.validators import check_name, check_required, check_text

    assert messages.language() == "fr"
    assert check_required("", "Nom") == spaced("Le champ « Nom » est obligatoire.")
    assert check_name("x" * 301) == spaced("Le champ « Nom » est trop long : 301 caractères, 300 au plus. Raccourcissez-le.")
    assert check_text("x" * 20_001, "Notes", 20_000) == spaced(
        "Le champ « Notes » est trop long : 20\u202f001 caractères, 20\u202f000 au plus. Raccourcissez-le.")


def test_english_messages_and_labels(english, store):
    from catalyseur_app.domain.validators import check_email, check_name, check_text
    from catalyseur_app.records.actors import ActorData, load_actor, validate_actor
    from catalyseur_app.records.errors import RecordNotFound

    assert check_name("") == "“Name” is required."
    assert check_text("x" * 20_001, "Notes", 20_000) == ("“Notes” is too long: 20,001 characters, 20,000 at most. "
                                                        "Please shorten it.")
    assert check_email("nobody") == "The e-mail address “nobody” is not valid (example: first.last@example.com)."
    errors = validate_actor(ActorData(name="", kind="", website="x y"))
    assert errors["name"] == "“Name” is required."
    assert errors["kind"] == "Choose the kind of actor."
    with pytest.raises(RecordNotFound) as caught:
        load_actor(store, "missing")
    assert str(caught.value) == "This actor no longer exists: it may have been deleted or merged."


def test_missing_entries_fall_back_to_french(english):
    assert t("Une phrase sans traduction, {name}.", name="Alice") == "Une phrase sans traduction, Alice."
    assert t("Texte avec {accolades} non formaté") == "Texte avec {accolades} non formaté"


def test_the_interface_language_switches_the_messages(qapp):
    from catalyseur_app.domain.validators import check_required
    from catalyseur_app.ui.i18n import install_language, remove_language

    try:
        assert install_language(qapp, "en") == "en"
        assert messages.language() == "en"
        assert check_required(" ", "Téléphone") == "“Phone” is required."
        install_language(qapp, "fr")
        assert check_required(" ", "Téléphone") == spaced("Le champ « Téléphone » est obligatoire.")
        install_language(qapp, "en")
        remove_language(qapp)
        assert messages.language() == "fr"
    finally:
        remove_language(qapp)


def test_the_command_line_stays_french_unless_lang_en(capsys, data_dir):
    from catalyseur_app.cli import main

    missing = str(data_dir / "absent.xlsx")
    try:
        assert main(["--lang", "en", "kit", "validate", missing]) == 1
        assert capsys.readouterr().out.strip() == f"The file “{missing}” does not exist."
    finally:
        set_language("fr")
    assert main(["kit", "validate", missing]) == 1
    assert capsys.readouterr().out.strip() == f"Le fichier «\u00a0{missing}\u00a0» n'existe pas."
