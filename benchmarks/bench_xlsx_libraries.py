"""Issue 14 §3: the well-kept libraries against the hand-written sync workbook code, on the 100k-record
export, in the same run (best of ``REPEAT`` alternated runs, the machine being shared).

- reading: python-calamine behind the same guards (``xlsx_candidates.CalamineWorkbook``: zip checks,
  prolog checks, a pre-scan for ``<f>``) and raw python-calamine alone, against
  ``exchange/xlsx/reader.py`` + ``fast_rows.py``, every cell of every sheet;
- writing: XlsxWriter in constant_memory mode (``xlsx_candidates.XlsxWriterWorkbook``, the same
  workbook) against ``exchange/xlsx/writer.py``, every sheet of the export.

Whether each candidate passes the hostile-file tests is found by running the tests with the switch
described in ``xlsx_candidates.py``; the results are written in the modules' docstrings.

    python benchmarks/bench_xlsx_libraries.py [records]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import python_calamine

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalyseur_app.exchange.xlsx.safety import open_checked  # noqa: E402
from xlsx_candidates import CalamineWorkbook, HandWrittenWorkbook, HandWrittenWriter, XlsxWriterWorkbook  # noqa: E402

REPEAT = 2
ADOPT_AT = 1.2  # a library is adopted when no slower than this times the hand-written code


def read_cells(path: Path, workbook_class) -> int:
    cells = 0
    with open_checked(path) as archive:
        book = workbook_class(archive, path.name)
        for sheet in book.sheets:
            for _, row in book.rows(sheet):
                cells += len(row)
    return cells


def raw_calamine(path: Path) -> int:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False):
            cells += sum(1 for value in row if value != "")
    return cells


def write_sheets(path: Path, writer_class, sheets) -> None:
    from catalyseur_app.exchange.codes import COLUMNS as CODE_COLUMNS
    from catalyseur_app.exchange.codes import code_rows
    from catalyseur_app.exchange.export import build_manifest
    from catalyseur_app.exchange.schema import CODES_SHEET, MANIFEST_COLUMNS, MANIFEST_SHEET, WRITTEN_SHEETS

    writer = writer_class(path, WRITTEN_SHEETS)
    counts, checksums = {}, {}
    for kind, rows in sheets:
        hasher = writer.add_sheet(kind.sheet, [c.key for c in kind.columns], [c.header for c in kind.columns],
                                  [c.type for c in kind.columns], [c.width for c in kind.columns], rows)
        counts[kind.sheet], checksums[kind.sheet] = hasher.rows, hasher.hexdigest()
    codes = writer.add_sheet(CODES_SHEET, [c.key for c in CODE_COLUMNS], [c.header for c in CODE_COLUMNS],
                             [c.type for c in CODE_COLUMNS], [c.width for c in CODE_COLUMNS], code_rows())
    checksums[CODES_SHEET] = codes.hexdigest()
    now = datetime(2025, 1, 1, tzinfo=UTC)
    writer.add_key_values(MANIFEST_SHEET, [c.key for c in MANIFEST_COLUMNS], [c.header for c in MANIFEST_COLUMNS],
                          [c.width for c in MANIFEST_COLUMNS],
                          build_manifest(None, "device", 1, True, False, None, now, counts, checksums))
    writer.close()


def _best(work, *candidates) -> list[float]:
    """Each candidate's best time over REPEAT rounds, the candidates alternated within a round."""
    best = [float("inf")] * len(candidates)
    for _ in range(REPEAT):
        for index, candidate in enumerate(candidates):
            started = time.perf_counter()
            work(candidate)
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def run(records: int = 100_000) -> list[dict]:
    from bench_exchange import build
    from catalyseur_app.exchange.export import _collect, export_sync_file
    from catalyseur_app.progress import NO_PROGRESS
    from catalyseur_app.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with open_store(folder / "source") as store:
            build(store, records)
            export_sync_file(store, folder / "sync.xlsx", full=True)
            with store.read() as session:
                sheets, _ = _collect(session.connection(), True, False, NO_PROGRESS)
        path = folder / "sync.xlsx"
        cells = {name: read_cells(path, cls) for name, cls in (("ours", HandWrittenWorkbook),
                                                               ("calamine", CalamineWorkbook))}
        cells["raw"] = raw_calamine(path)
        readers = {"ours": lambda: read_cells(path, HandWrittenWorkbook),
                   "calamine": lambda: read_cells(path, CalamineWorkbook), "raw": lambda: raw_calamine(path)}
        ours_read, calamine_read, raw_read = _best(lambda name: readers[name](), "ours", "calamine", "raw")
        writers = {"ours": HandWrittenWriter, "xlsxwriter": XlsxWriterWorkbook}
        ours_write, library_write = _best(lambda name: write_sheets(folder / f"{name}.xlsx", writers[name], sheets),
                                          "ours", "xlsxwriter")
        sizes = {name: (folder / f"{name}.xlsx").stat().st_size / 1e6 for name in writers}
    read_ratio, raw_ratio, write_ratio = calamine_read / ours_read, raw_read / ours_read, library_write / ours_write
    return [
        {"name": f"sync workbook read, python-calamine with the guards (/ hand-written reader, {records} records)",
         "measured": f"×{read_ratio:.2f} ({calamine_read:.2f} s vs {ours_read:.2f} s; "
                     f"{cells['calamine']} vs {cells['ours']} cells)",
         "target": f"adopt if ≤ ×{ADOPT_AT} and every hostile test passes", "ok": True},
        {"name": f"sync workbook read, raw python-calamine, no guards (/ hand-written reader, {records} records)",
         "measured": f"×{raw_ratio:.2f} ({raw_read:.2f} s)", "target": "measure only", "ok": True},
        {"name": f"sync workbook write, XlsxWriter constant_memory (/ hand-written writer, {records} records)",
         "measured": f"×{write_ratio:.2f} ({library_write:.2f} s vs {ours_write:.2f} s; "
                     f"{sizes['xlsxwriter']:.1f} MB vs {sizes['ours']:.1f} MB)",
         "target": f"adopt if ≤ ×{ADOPT_AT} and every test passes", "ok": True},
    ]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for row in run(count):
        print(f"{row['name']}: {row['measured']}")
