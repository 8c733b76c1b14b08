"""Benchmark of answering a diagnostic with the default kit.

- re-evaluating relevance and constraints after one answer (the in-memory part of
  ``DiagnosticRun.answer``: conversion, one pass over the kit), target ≤ 5 ms;
- saving one answer end to end (check + its own ``store.write()`` transaction, WAL with
  synchronous=FULL), compared with raw sqlite3 committing the same one-row update in a database
  with the same settings (the raw-library reference).

``run()`` returns rows ``{"name", "measured", "target", "ok"}``; run this file to print them.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from catalyseur_app.demo.diagnostics import plausible_answers
from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.kit import validate_answer
from catalyseur_app.store import open_store

EVALUATE_TARGET_MS = 5.0
SAVE_TARGET_MS = 50.0
REPEATS = 200


def _times_ms(action, repeats: int) -> list[float]:
    times = []
    for number in range(repeats):
        start = time.perf_counter()
        action(number)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _raw_sqlite_ms(folder: Path, repeats: int) -> float:
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT, value TEXT, version INTEGER)")
    connection.execute("INSERT INTO answers VALUES ('a', 'q', '0', 1)")

    def update(number: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE answers SET value = ?, version = version + 1 WHERE id = 'a'", (str(number),))
        connection.execute("COMMIT")

    median = statistics.median(_times_ms(update, repeats))
    connection.close()
    return median


def measure() -> dict:
    with tempfile.TemporaryDirectory(prefix="catalyseur-bench-diag-") as tmp:
        folder = Path(tmp)
        with open_store(folder / "data") as store:
            diagnostic_id = start_diagnostic(store, "15187")
            run = DiagnosticRun(store, diagnostic_id)
            answers = plausible_answers(run.kit, random.Random(1), len(run.kit.volets), run.started_on)
            for name, value in answers.items():
                run.answer(name, value)
            question = next(q for q in run.kit.questions.values()
                            if q.type == "integer" and q.constraint is not None and run.state.is_relevant(q.name))
            evaluate_times = _times_ms(
                lambda n: validate_answer(run.kit, question.name, str(n % 50), run.answers), REPEATS)
            save_times = _times_ms(lambda n: run.answer(question.name, str(n % 50 + 1)), REPEATS)
            questions = len(run.kit.questions)
        raw_ms = _raw_sqlite_ms(folder, REPEATS)
    return {
        "questions": questions,
        "evaluate_median": statistics.median(evaluate_times),
        "evaluate_worst": max(evaluate_times),
        "save_median": statistics.median(save_times),
        "raw_ms": raw_ms,
    }


def run() -> list[dict]:
    m = measure()
    ratio = m["save_median"] / m["raw_ms"] if m["raw_ms"] else float("inf")
    return [
        {
            "name": f"diagnostic: re-evaluate relevance and constraints after an answer ({m['questions']} questions)",
            "measured": f"{m['evaluate_median']:.2f} ms (worst {m['evaluate_worst']:.2f} ms)",
            "target": f"≤ {EVALUATE_TARGET_MS:.0f} ms",
            "ok": m["evaluate_worst"] <= EVALUATE_TARGET_MS,
        },
        {
            "name": "diagnostic: save one answer (check + own transaction)",
            "measured": f"{m['save_median']:.2f} ms (×{ratio:.1f} raw sqlite3 commit {m['raw_ms']:.2f} ms)",
            "target": f"≤ {SAVE_TARGET_MS:.0f} ms",
            "ok": m["save_median"] <= SAVE_TARGET_MS,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<80} {row['measured']:>44}  {row['target']:>8}  {'ok' if row['ok'] else 'TOO SLOW'}")
