"""What ``catalyseur-app`` does with its options before any window or command runs."""

import pytest

from catalyseur_app.cli import main


@pytest.mark.parametrize("argv, message", [
    (["--lang", "xx"], "argument --lang: invalid choice: 'xx'"),
    (["--bogus"], "unrecognized arguments: --bogus"),
])
def test_a_bad_option_is_reported_once_and_nothing_is_created(argv, message, tmp_path, capsys):
    folder = tmp_path / "data"
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(folder), *argv])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert error.count(message) == 1, error
    assert error.count("usage: catalyseur-app") == 1
    assert not folder.exists()
