"""Helpers to make sync files, good and bad, for the tests."""

from __future__ import annotations

import re
import shutil
import sqlite3
import zipfile
from datetime import UTC, datetime

from catalyseur_app.exchange.export import build_manifest
from catalyseur_app.exchange.schema import (
    DELETIONS,
    EXPECTED_SHEETS,
    KIND_BY_SHEET,
    MANIFEST_COLUMNS,
    MANIFEST_SHEET,
)
from catalyseur_app.exchange.xlsx.writer import XlsxWriter
from catalyseur_app.store.models import Base

OTHER_DEVICE = "0f0f0f0f-0000-4000-8000-000000000001"


def rewrite_part(source, target, part, transform):
    """Copy the workbook ``source`` to ``target`` with ``part`` changed by ``transform(text) -> text``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                changed = transform(data.decode())
                assert changed != data.decode(), f"the transform changed nothing in {part}"
                data = changed.encode()
            new.writestr(info.filename, data)
    return target


def add_parts(source, target, parts: dict[str, bytes]):
    shutil.copy(source, target)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def sheet_part(sheet: str) -> str:
    return f"xl/worksheets/sheet{EXPECTED_SHEETS.index(sheet) + 1}.xml"


def forge(path, rows_by_sheet: dict[str, list[dict]], device=OTHER_DEVICE, sequence=1, with_contacts=False):
    """A consistent sync file (right counts and checksums) holding exactly the given rows."""
    writer = XlsxWriter(path, EXPECTED_SHEETS)
    counts, checksums = {}, {}
    for sheet in EXPECTED_SHEETS[1:]:
        columns = DELETIONS.columns if sheet == DELETIONS.sheet else KIND_BY_SHEET[sheet].columns
        rows = [tuple(row.get(c.key) for c in columns) for row in rows_by_sheet.get(sheet, [])]
        hasher = writer.add_sheet(sheet, [c.key for c in columns], [c.header for c in columns],
                                  [c.type for c in columns], [c.width for c in columns], rows)
        counts[sheet], checksums[sheet] = hasher.rows, hasher.hexdigest()
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)

    class Profile:
        id, full_name = "0f0f0f0f-0000-4000-8000-0000000000aa", "Autre catalyseur"

    manifest = build_manifest(Profile, device, sequence, True, with_contacts, None, now, counts, checksums)
    writer.add_key_values(MANIFEST_SHEET, [c.key for c in MANIFEST_COLUMNS], [c.header for c in MANIFEST_COLUMNS],
                          [c.width for c in MANIFEST_COLUMNS], manifest)
    writer.close()
    return path


def actor_row(actor_id, name="Association des Amis", device=OTHER_DEVICE, version=1, **extra):
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    return {"id": actor_id, "name": name, "kind": "association", "version": version, "changed_by": device,
            "created_at": stamp, "updated_at": stamp, **extra}


def set_manifest_value(text: str, key: str, new_value: str) -> str:
    """Change the value cell of the manifest row whose key is ``key``."""
    pattern = re.compile(rf'(<t xml:space="preserve">{re.escape(key)}</t></is></c>.*?<c r="C\d+"[^>]*>)(.*?)(</c>)')
    return pattern.sub(lambda m: m.group(1) + new_value + m.group(3), text, count=1)


def set_manifest_text(text: str, key: str, change) -> str:
    """Change the text of the manifest value whose key is ``key`` by ``change(old) -> new``."""
    pattern = re.compile(rf'(<t xml:space="preserve">{re.escape(key)}</t></is></c>.*?<c r="C\d+"[^>]*><is><t[^>]*>)'
                         rf'(.*?)(</t>)')
    return pattern.sub(lambda m: m.group(1) + change(m.group(2)) + m.group(3), text, count=1)


def flip_first(text: str) -> str:
    """The base64 text with its first character changed (still base64)."""
    return ("B" if text[0] != "B" else "C") + text[1:]


def snapshot(store) -> dict:
    """Every row of every table, to prove a refused import changed nothing."""
    connection = sqlite3.connect(store.db_path)
    try:
        return {name: sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"')))
                for name in Base.metadata.tables}
    finally:
        connection.close()


def refused(store, path, *fragments, capsys, dry_run=False, lang="fr", trust_new=True):
    """Import ``path`` through the command line (``--dry-run``: the preview); it must be refused with a
    message naming the file and holding ``fragments``, and leave every table as it was."""
    from catalyseur_app import messages
    from catalyseur_app.cli import main

    before = snapshot(store)
    store.close()
    try:
        code = main(["--lang", lang, "--data-dir", str(store.data_dir), "sync", "import", str(path)]
                    + (["--dry-run"] if dry_run else []) + (["--trust-new"] if trust_new else []))
    finally:
        messages.set_language("fr")
    store.__init__(store.data_dir, store.engine, None)
    captured = capsys.readouterr()
    message = captured.err
    assert code != 0, message
    assert path.name in message
    for fragment in fragments:
        assert fragment in message, message
    assert "Traceback" not in captured.err + captured.out
    assert snapshot(store) == before
    return message
