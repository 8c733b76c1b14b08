"""Measure only (issue 14): python-calamine against the hand-written sheet reader
(exchange/xlsx/reader.py + fast_rows.py) on the 100k-record export, and what calamine does with the
hostile shapes the import tests refuse. The import keeps its own reader unless calamine passes every
hostile case and is no slower than ×1.2.

    python benchmarks/bench_calamine.py [records]
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import python_calamine

from catalyseur_app.exchange.xlsx.safety import open_checked
from catalyseur_app.exchange.schema import EXPECTED_SHEETS
from catalyseur_app.exchange.xlsx.reader import Workbook

BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')


def hand_written(path: Path) -> int:
    cells = 0
    with open_checked(path) as archive:
        book = Workbook(archive, path.name)
        for sheet in book.sheets:
            for _, row in book.rows(sheet):
                cells += len(row)
    return cells


def calamine(path: Path) -> int:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False):
            cells += sum(1 for value in row if value != "")
    return cells


def _rewrite(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data.decode()).encode() if info.filename == part else data)
    return target


def probes(source: Path, folder: Path) -> list[tuple[str, bool]]:
    """(hostile shape, whether calamine refuses or reads it as the import must)."""
    actors = f"xl/worksheets/sheet{EXPECTED_SHEETS.index('acteurs') + 1}.xml"
    results = []

    def rows_of(path, sheet="acteurs"):
        return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()

    formula = _rewrite(source, folder / "formule.xlsx", actors, lambda t: re.sub(
        r'<c r="B3"( s="\d+")? t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>',
        '<c r="B3" t="str"><f>HYPERLINK("http://x")</f><v>x</v></c>', t, count=1))
    results.append(("a formula is seen (the import refuses any)", rows_of(formula)[2][1] != "x"))
    stale = _rewrite(source, folder / "dimension.xlsx", actors,
                     lambda t: re.sub(r'<dimension ref="[^"]+"/>', '<dimension ref="A1:B3"/>', t))
    results.append(("a stale <dimension> hides no row", len(rows_of(stale)) == len(rows_of(source))))
    bomb = _rewrite(source, folder / "bombe.xlsx", actors,
                    lambda t: BILLION_LAUGHS + t[t.index("<worksheet"):].replace(">association<", ">&lol2;<", 1))
    try:
        expanded = any("lollol" in str(v) for row in rows_of(bomb) for v in row)
        results.append(("a DTD with entities is refused", not expanded))
    except Exception:  # noqa: BLE001 - any refusal is a refusal
        results.append(("a DTD with entities is refused", True))
    escaped = _rewrite(source, folder / "echappement.xlsx", actors,
                       lambda t: t.replace(">association<", ">asso_x000D_ciation<", 1))
    results.append(("_xHHHH_ escapes are decoded", any("asso\rciation" == v for row in rows_of(escaped) for v in row)))
    return results


def run(records: int = 100_000) -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_exchange import build

    from catalyseur_app.exchange.export import export_sync_file
    from catalyseur_app.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with open_store(folder / "source") as store:
            build(store, records)
            export_sync_file(store, folder / "sync.xlsx", full=True)
        path = folder / "sync.xlsx"
        start = time.perf_counter()
        ours = hand_written(path)
        ours_time = time.perf_counter() - start
        start = time.perf_counter()
        theirs = calamine(path)
        theirs_time = time.perf_counter() - start
        checks = probes(path, folder)
    passed = [name for name, ok in checks if ok]
    failed = [name for name, ok in checks if not ok]
    ratio = theirs_time / ours_time
    return [
        {"name": f"python-calamine reading the {records}-record export (/ the import's own sheet reader)",
         "measured": f"×{ratio:.2f} ({theirs_time:.2f} s vs {ours_time:.2f} s; {theirs} vs {ours} cells)",
         "target": "measure only", "ok": True},
        {"name": "python-calamine on the hostile shapes the import refuses",
         "measured": f"{len(passed)}/{len(checks)} as required" + (f"; not: {', '.join(failed)}" if failed else ""),
         "target": "measure only", "ok": True},
    ]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for row in run(count):
        print(f"{row['name']}: {row['measured']}")
