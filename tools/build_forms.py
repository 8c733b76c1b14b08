"""Turn every Qt Designer form (forms/*.ui) into its Python module with pyside6-uic.

The generated modules are committed (src/catalyseur_app/ui/generated/ui_<name>.py) so that
running the application needs no build step; tests/ui/test_generated_forms.py fails when one is
out of date. Usage: python tools/build_forms.py [--check]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUTPUT = ROOT / "src" / "catalyseur_app" / "ui" / "generated"
HEADER = "# Generated from forms/{name}.ui by tools/build_forms.py — do not edit.\n"


def uic_command() -> list[str]:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6")
    return [found]


def generate(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), str(ui_file)], capture_output=True, text=True, check=True
    )
    body = "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("## Created by: Qt User Interface Compiler")
    )
    return HEADER.format(name=ui_file.stem) + body + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "__init__.py").touch()
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = OUTPUT / f"ui_{ui_file.stem}.py"
        text = generate(ui_file)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target.name)
        if not check:
            target.write_text(text, encoding="utf-8")
    if check and stale:
        print("Out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
