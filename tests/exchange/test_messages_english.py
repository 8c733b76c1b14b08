"""In English (the window's language, or ``--lang en``) refusals and progress read in English;
sheet names and column keys, part of the sync format, stay as they are."""

import pytest

from catalyseur_app import messages
from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.safety import open_checked


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
    assert str(caught.value) == "Le fichier « notes.xlsx » n'est pas un classeur Excel (.xlsx)."
