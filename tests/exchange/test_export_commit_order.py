"""Defect 1 of issue 10: the ledger row and the "sent" stamps are committed only once the sync
file is complete under its final name; any failure before (or at) that commit leaves no file and
an untouched ledger, so the next export still carries every record."""

import errno
import os
import sqlite3

import pytest
from exchange_factory import populate
from openpyxl import load_workbook

from catalyseur_app import messages
from catalyseur_app.cli import main
from catalyseur_app.store import open_store


@pytest.fixture(autouse=True)
def _french():
    messages.set_language("fr")
    yield
    messages.set_language("fr")


def _ledger(data_dir):
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        files = connection.execute("SELECT count(*) FROM exchange_files").fetchone()[0]
        sent = connection.execute(
            "SELECT count(*) FROM exchange_sync_states WHERE sent_version IS NOT NULL").fetchone()[0]
        return files, sent
    finally:
        connection.close()


def _rows(path) -> int:
    """Data rows in every sheet but the manifest, read back with openpyxl."""
    workbook = load_workbook(path, read_only=True)
    try:
        return sum(max(0, sheet.max_row - 2) for sheet in workbook.worksheets if sheet.title != "manifeste")
    finally:
        workbook.close()


@pytest.fixture
def filled(data_dir):
    with open_store(data_dir) as store:
        populate(store)
    return data_dir


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith("."))


def _export(data_dir, out, *extra):
    return main(["--data-dir", str(data_dir), "sync", "export", "--out", str(out), *extra])


def _next_export_has_everything(data_dir, tmp_path):
    reference = tmp_path / "reference"
    reference.mkdir()
    assert _export(data_dir, reference / "ok.xlsx") == 0
    assert _ledger(data_dir)[0] == 1
    return _rows(reference / "ok.xlsx")


def test_a_directory_as_target_is_refused_and_the_ledger_is_untouched(filled, tmp_path, capsys):
    out = tmp_path / "envoi.xlsx"
    out.mkdir()
    assert _export(filled, out) != 0
    error = capsys.readouterr().err
    assert "dossier" in error and "envoi.xlsx" in error and "Traceback" not in error
    assert _ledger(filled) == (0, 0)
    assert out.is_dir() and not any(out.iterdir())
    assert _leftovers(tmp_path) == []
    assert _next_export_has_everything(filled, tmp_path) > 5


def _fail_with(code):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.parametrize("step, code", [("fsync", errno.EIO), ("fsync", errno.ENOSPC),
                                        ("replace", errno.EIO), ("replace", errno.ENOSPC)])
def test_a_failure_at_fsync_or_rename_leaves_no_file_and_the_ledger_untouched(filled, tmp_path, capsys,
                                                                              monkeypatch, step, code):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # os.replace is also what SQLite-free code elsewhere could call: fail only the sync file's rename.
    real = getattr(os, step)
    failing = _fail_with(code)

    def injected(*args, **kwargs):
        if step == "replace" and not str(args[1]).endswith("envoi.xlsx"):
            return real(*args, **kwargs)
        return failing(*args, **kwargs)

    monkeypatch.setattr(os, step, injected)
    assert _export(filled, out_dir / "envoi.xlsx") != 0
    monkeypatch.setattr(os, step, real)
    error = capsys.readouterr().err
    assert "envoi.xlsx" in error and "Traceback" not in error
    if code == errno.ENOSPC:
        assert "disque est plein" in error
    assert list(out_dir.iterdir()) == []
    assert _ledger(filled) == (0, 0)
    assert _next_export_has_everything(filled, tmp_path) > 5


def test_a_failure_while_writing_the_workbook_leaves_no_file(filled, tmp_path, capsys, monkeypatch):
    from catalyseur_app.exchange import xlsx_writer

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(xlsx_writer.XlsxWriter, "close", _fail_with(errno.ENOSPC))
    assert _export(filled, out_dir / "envoi.xlsx") != 0
    error = capsys.readouterr().err
    assert "disque est plein" in error and "Traceback" not in error and "ZipFile" not in error
    monkeypatch.undo()
    assert list(out_dir.iterdir()) == []
    assert _ledger(filled) == (0, 0)


def test_a_failed_commit_after_the_rename_removes_the_file(filled, tmp_path, capsys, monkeypatch):
    from sqlalchemy.orm import SessionTransaction

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    real_commit = SessionTransaction.commit

    def commit(self, *args, **kwargs):
        if os.path.exists(out_dir / "envoi.xlsx"):  # the ledger's commit, after the rename
            raise sqlite3.OperationalError("disk I/O error")
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(SessionTransaction, "commit", commit)
    assert _export(filled, out_dir / "envoi.xlsx") != 0
    monkeypatch.undo()
    error = capsys.readouterr().err
    assert "envoi.xlsx" in error and "Traceback" not in error
    assert list(out_dir.iterdir()) == []
    assert _ledger(filled) == (0, 0)
    assert _next_export_has_everything(filled, tmp_path) > 5


def test_the_ledger_is_written_after_the_file_is_complete(filled, tmp_path, monkeypatch):
    """When the rename happens, no ledger row or stamp is committed yet; right after, both are."""
    seen = []
    real = os.replace

    def watching(source, target, *args, **kwargs):
        if str(target).endswith("envoi.xlsx"):
            seen.append(_ledger(filled))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", watching)
    assert _export(filled, tmp_path / "envoi.xlsx") == 0
    assert seen == [(0, 0)]
    files, sent = _ledger(filled)
    assert files == 1 and sent > 5
