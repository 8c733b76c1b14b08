import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "catalyseur_app"


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_headless_packages_load_without_qt():
    code = (
        "import sys, catalyseur_app.cli, catalyseur_app.store, catalyseur_app.kit, "
        "catalyseur_app.exchange, catalyseur_app.reports, catalyseur_app.domain.communes;"
        "catalyseur_app.cli.build_parser();"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_generated_forms_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_french_translation_is_complete():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "unfinished"],
                            capture_output=True, text=True)
    assert result.returncode == 0, "untranslated:\n" + result.stdout


def test_the_command_line_loads_no_heavy_library_until_a_command_runs():
    code = (
        "import sys, catalyseur_app.cli as cli; cli.build_parser();"
        "heavy = {m.split('.')[0] for m in sys.modules}"
        " & {'sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'PySide6'};"
        "assert not heavy, sorted(heavy)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_only_global_options_open_the_window_without_loading_the_commands():
    from catalyseur_app.cli import _opens_the_window

    assert _opens_the_window([])
    assert _opens_the_window(["--data-dir", "/tmp/x", "--lang", "en"])
    for argv in (["demo"], ["--data-dir", "/tmp/x", "sync", "export"], ["--help"], ["--version"], ["--lang", "xx"]):
        assert not _opens_the_window(argv), argv
