"""In English (the window's language, or ``--lang en``) refusals and progress read in English;
sheet names and column keys, part of the sync format, stay as they are."""

import pytest

from catalyseur_app import messages
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.xlsx.safety import open_checked


@pytest.fixture
def english():
    messages.set_language("en")
    yield
    messages.set_language("fr")


def test_a_file_that_is_not_a_zip_is_refused_in_english(english, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"\x01\x02 binary, not a workbook \x00" * 10)
    with pytest.raises(SyncFileError) as caught:
        open_checked(path)
    assert str(caught.value) == "The file “notes.xlsx” is not an Excel workbook (.xlsx)."


def test_the_same_refusal_stays_french_by_default(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"\x01\x02 binary, not a workbook \x00" * 10)
    with pytest.raises(SyncFileError) as caught:
        open_checked(path)
    assert str(caught.value) == spaced("Le fichier « notes.xlsx » n'est pas un classeur Excel (.xlsx).")


def run_english(store, *args):
    """The command line with ``--lang en`` on ``store``'s folder (closed meanwhile, as another process)."""
    from catalyseur_app.cli import main

    store.close()
    try:
        return main(["--lang", "en", "--data-dir", str(store.data_dir), *map(str, args)])
    finally:
        messages.set_language("fr")
        store.__init__(store.data_dir, store.engine, None)


def test_the_command_line_previews_in_english_with_lang_en(store, other_store, tmp_path, capsys):
    from exchange_factory import populate

    from catalyseur_app.exchange.export import export_sync_file

    populate(store)
    path = tmp_path / "f.xlsx"
    export_sync_file(store, path, full=True)
    assert run_english(other_store, "sync", "import", "--trust-new", path, "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("File “f.xlsx”: ") and "(full)" in out[0] and out[0].endswith("(UTC).")
    assert out[1].startswith("Preview: ") and " to add" in out[1]
    assert out[-1] == "Preview only (--dry-run): nothing was changed."
    assert run_english(store, "sync", "import", "--trust-new", path) == 2
    assert capsys.readouterr().err.strip() == (
        "Import refused: “f.xlsx” was made on this very device: it cannot be imported here "
        "(a file is imported on another device or at the Foundation).")


def test_export_progress_reads_in_english_and_the_file_keeps_its_french_sheets(english, store, tmp_path):
    from catalyseur_app.exchange.export import export_sync_file
    from catalyseur_app.exchange.reader import read_sync_file
    from catalyseur_app.progress import Progress

    class Recorder(Progress):
        def __init__(self):
            super().__init__()
            self.messages = []

        def report(self, done, total, message):
            self.messages.append(message)

    recorder = Recorder()
    path = tmp_path / "e.xlsx"
    export_sync_file(store, path, full=True, progress=recorder)
    assert recorder.messages[0] == "Reading the records…"
    assert "Writing the sheet “acteurs”…" in recorder.messages
    reading = Recorder()
    read_sync_file(path, progress=reading)
    assert "Reading the sheet “acteurs”…" in reading.messages
