"""A non-editable wheel carries every file the application needs at run time."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_finds_all_its_resources(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("catalyseur_app-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("catalyseur_app/resources/communes/communes.tsv.gz",
                     "catalyseur_app/translations/catalyseur_fr.qm",
                     "catalyseur_app/store/migrations/versions/0001_initial_schema.py",
                     "catalyseur_app/store/migrations/env.py",
                     "catalyseur_app/guide/guide-utilisateur.md", "catalyseur_app/guide/images/dashboard.png"):
        assert expected in names
    assert any(n.startswith("catalyseur_app/resources/kits/") and n.endswith(".xlsx") for n in names)
    assert any(n.startswith("catalyseur_app/resources/fonts/") and n.endswith(".ttf") for n in names)

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = (
        f"import sys; sys.path.insert(0, {str(unpacked)!r});"
        "import catalyseur_app; assert catalyseur_app.__file__.startswith(sys.path[0]), catalyseur_app.__file__;"
        "from catalyseur_app.cli import main; sys.exit(main(['self-check']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "CATALYSEUR_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "installation correcte" in result.stdout
    assert "ok  guide de l'utilisateur" in result.stdout
