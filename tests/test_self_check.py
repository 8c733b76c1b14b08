"""`catalyseur-app self-check` speaks the language asked for, every line of it."""

import pytest

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced


@pytest.mark.parametrize(("language", "lines", "verdict"), [
    ("fr", ["ok  base de données", "ok  catalogue des messages anglais", "ok  polices"],
     spaced("installation correcte.")),
    ("en", ["ok  database", "ok  English message catalogue", "ok  fonts", "ok  diagnostic kits"],
     "catalyseur-app 0.1.0: installation is complete."),
])
def test_self_check_reports_each_part_in_the_chosen_language(language, lines, verdict, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", language, "self-check"]) == 0
    out = capsys.readouterr().out.splitlines()
    for line in lines:
        assert line in out
    assert out[-1].endswith(verdict)
    assert not any("ÉCHEC" in line or "FAILED" in line for line in out)
    if language == "en":
        assert not any(word in " ".join(out) for word in ("polices", "référentiel", "installation correcte"))
