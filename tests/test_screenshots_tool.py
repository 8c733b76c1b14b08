"""tools/make_screenshots.py: the real window on the demo data, photographed into a folder."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "make_screenshots.py"


def colours(image: QImage, step: int = 5) -> int:
    return len({image.pixel(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step)})


def test_one_page_and_one_dialog_are_written_at_their_size(tmp_path):
    readme_shot = ROOT / "docs" / "screenshot.png"
    before = readme_shot.stat().st_mtime_ns if readme_shot.exists() else None
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--only", "dashboard", "--only", "wizard-identity", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SKIPPED" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dashboard.png", "wizard-identity.png"]

    dashboard = QImage(str(tmp_path / "dashboard.png"))
    assert (dashboard.width(), dashboard.height()) == (1280, 800)
    assert colours(dashboard) > 50  # charts, text, the navigation bar: not a blank window
    # The navigation bar (left) and the content (right) are both drawn, in different colours.
    navigation = {dashboard.pixel(x, y) for x in range(0, 220, 3) for y in range(30, 320, 3)}
    content = {dashboard.pixel(x, y) for x in range(300, 1200, 3) for y in range(100, 700, 3)}
    assert len(navigation) > 5 and len(content) > 20

    wizard = QImage(str(tmp_path / "wizard-identity.png"))
    assert not wizard.isNull() and wizard.width() >= 500 and colours(wizard) > 8
    # --only never replaces the README's screenshot.
    assert (readme_shot.stat().st_mtime_ns if readme_shot.exists() else None) == before


def test_the_list_names_every_capture_and_an_unknown_name_is_refused():
    listed = subprocess.run([sys.executable, str(SCRIPT), "--list"], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    for expected in ("dashboard", "actors", "partnerships", "diagnostics", "diagnostic-run", "diagnostic-results",
                     "journal", "exchanges", "wizard-identity", "wizard-communes", "report-preview", "import-preview"):
        assert expected in names
    refused = subprocess.run([sys.executable, str(SCRIPT), "--only", "nowhere"], capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode == 2 and "nowhere" in refused.stderr


def test_the_walk_at_1024_by_768_finds_no_cut_text_and_nothing_outside_the_window(tmp_path):
    """Issue 11, items 6 and 9: every capture at 1024×768 (a maximised window on such a screen)."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--size", "1024x768", "--check", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=600)
    problems = [line for line in result.stderr.splitlines() if line.startswith(("PROBLEM", "SKIPPED"))]
    assert result.returncode == 0 and not problems, "\n".join(problems) or result.stderr[-2000:]
    assert "0 layout problem(s)" in result.stdout
    dashboard = QImage(str(tmp_path / "dashboard.png"))
    assert (dashboard.width(), dashboard.height()) == (1024, 768 - 58)
