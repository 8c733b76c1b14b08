"""Benchmark of the diagnostics list with its progress column (issue 11, item 18).

500 diagnostics of the default kit, each with plausible answers to every volet. Measured: one batch
of the list (200 rows, as the window fetches them) without progress, and the progress of that batch
(``progress_of``: one query for the answered questions, counted against the kit's question layout
built once per workbook). Reference: raw sqlite3 reading the same answer rows of the batch.

``run()`` returns rows ``{"name", "measured", "target", "ok"}``; run this file to print them.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from catalyseur_app.demo.diagnostics import plausible_answers
from catalyseur_app.diagnostics.progress import progress_of
from catalyseur_app.diagnostics.queries import list_diagnostics
from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.store import open_store
from catalyseur_app.store.models import DiagnosticAnswer

DIAGNOSTICS = 500
BATCH = 200
TARGET_MS = 100.0
REPEATS = 20


def _median_ms(action) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure() -> dict:
    with tempfile.TemporaryDirectory(prefix="catalyseur-bench-diaglist-") as tmp:
        with open_store(Path(tmp) / "data") as store:
            first = start_diagnostic(store, "15187")
            run = DiagnosticRun(store, first)
            answers = plausible_answers(run.kit, random.Random(1), len(run.kit.volets), run.started_on)
            ids = [first] + [start_diagnostic(store, "15187") for _ in range(DIAGNOSTICS - 1)]
            with store.write() as session:
                session.add_all(DiagnosticAnswer(diagnostic_id=diagnostic_id, question=name,
                                                 value=json.dumps(value, ensure_ascii=False))
                                for diagnostic_id in ids for name, value in answers.items())
            batch = [row.id for row in list_diagnostics(store, limit=BATCH)]
            cold_start = time.perf_counter()
            progress_of(store, batch)
            cold_ms = (time.perf_counter() - cold_start) * 1000
            list_ms = _median_ms(lambda: list_diagnostics(store, limit=BATCH))
            progress_ms = _median_ms(lambda: progress_of(store, batch))
            database = store.data_dir / "catalyseur.sqlite"
        connection = sqlite3.connect(database) if database.exists() else None
        raw_ms = float("nan")
        if connection is not None:
            marks = ",".join("?" * len(batch))
            raw_ms = _median_ms(lambda: connection.execute(
                f"SELECT diagnostic_id, question FROM diagnostic_answers WHERE diagnostic_id IN ({marks}) "
                "AND deleted_at IS NULL", batch).fetchall())
            connection.close()
    return {"answers": len(answers), "list_ms": list_ms, "progress_ms": progress_ms, "cold_ms": cold_ms,
            "raw_ms": raw_ms}


def run() -> list[dict]:
    m = measure()
    ratio = m["progress_ms"] / m["raw_ms"] if m["raw_ms"] == m["raw_ms"] and m["raw_ms"] else float("nan")
    return [{
        "name": f"diagnostics list: progress of a batch of {BATCH} ({DIAGNOSTICS} diagnostics, "
                f"{m['answers']} answers each)",
        "measured": f"{m['progress_ms']:.1f} ms (first {m['cold_ms']:.1f} ms; list batch {m['list_ms']:.1f} ms; "
                    f"×{ratio:.1f} raw sqlite3 {m['raw_ms']:.1f} ms)",
        "target": f"≤ {TARGET_MS:.0f} ms",
        "ok": m["progress_ms"] <= TARGET_MS,
    }]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<80} {row['measured']:>60}  {row['target']:>8}  {'ok' if row['ok'] else 'TOO SLOW'}")
