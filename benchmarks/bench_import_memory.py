"""Peak memory of a sync import of the largest sheet Excel allows (1,048,574 data rows), measured in
a separate process (resource.getrusage ru_maxrss) so nothing else of the run is counted.

    python benchmarks/bench_import_memory.py [rows]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROWS = 1_048_574  # 1,048,576 rows of a sheet less the two header rows
TARGET_MIB = 400
DEVICE = "0f0f0f0f-0000-4000-8000-000000000001"

_CHILD = """
import resource, sys, time
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.store import open_store
start = time.perf_counter()
with open_store(sys.argv[2]) as store:
    outcome = import_sync_file(store, sys.argv[1], trust_new=True)
elapsed = time.perf_counter() - start
print(outcome.plan.summary()["add"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, elapsed)
"""


class _Rows:
    """The actors' rows, made as they are written (the writer asks for the count first)."""

    def __init__(self, count: int, columns):
        self.count, self.columns = count, columns

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        stamp = datetime(2025, 1, 1, tzinfo=UTC)
        keys = [c.key for c in self.columns]
        for i in range(self.count):
            values = {"id": str(uuid.uuid4()), "name": f"Association n° {i}", "kind": "association",
                      "commune_insee": "15187", "address": f"{i} rue de la Paix",
                      "notes": "Rencontrée au forum des associations" if i % 3 else "", "version": 1,
                      "changed_by": DEVICE, "created_at": stamp, "updated_at": stamp}
            yield tuple(values.get(key) for key in keys)


def build(path: Path, rows: int) -> None:
    from catalyseur_app.exchange.export import build_manifest
    from catalyseur_app.exchange.schema import (
        DELETIONS,
        EXPECTED_SHEETS,
        KIND_BY_SHEET,
        MANIFEST_COLUMNS,
        MANIFEST_SHEET,
    )
    from catalyseur_app.exchange.xlsx.writer import XlsxWriter

    writer = XlsxWriter(path, EXPECTED_SHEETS)
    counts, checksums = {}, {}
    for sheet in EXPECTED_SHEETS[1:]:
        columns = DELETIONS.columns if sheet == DELETIONS.sheet else KIND_BY_SHEET[sheet].columns
        data = _Rows(rows, columns) if sheet == "acteurs" else []
        hasher = writer.add_sheet(sheet, [c.key for c in columns], [c.header for c in columns],
                                  [c.type for c in columns], [c.width for c in columns], data)
        counts[sheet], checksums[sheet] = hasher.rows, hasher.hexdigest()

    class Profile:
        id, full_name = "0f0f0f0f-0000-4000-8000-0000000000aa", "Catalyseur de test"

    manifest = build_manifest(Profile, DEVICE, 1, True, False, None, datetime(2025, 1, 2, tzinfo=UTC),
                              counts, checksums)
    writer.add_key_values(MANIFEST_SHEET, [c.key for c in MANIFEST_COLUMNS], [c.header for c in MANIFEST_COLUMNS],
                          [c.width for c in MANIFEST_COLUMNS], manifest)
    writer.close()


def run(rows: int = ROWS) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "gros.xlsx"
        start = time.perf_counter()
        build(path, rows)
        built = time.perf_counter() - start
        source = str(Path(__file__).resolve().parents[1] / "src")
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(folder / "donnees")],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": source})
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        added, max_kib, elapsed = done.stdout.split()
        size_mb = path.stat().st_size / 1e6
    peak = int(max_kib) / 1024
    assert int(added) == rows
    return [{"name": f"sync import of a {rows:,}-row file: peak RSS (separate process)",
             "measured": f"{peak:.0f} MiB ({size_mb:.0f} MB file, import {float(elapsed):.0f} s, built in "
                         f"{built:.0f} s)",
             "target": f"≤ {TARGET_MIB} MiB", "ok": peak <= TARGET_MIB}]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    for row in run(count):
        print(f"{row['name']:<70} {row['measured']:>52}  {row['target']:>10}  {'ok' if row['ok'] else 'TOO BIG'}")
