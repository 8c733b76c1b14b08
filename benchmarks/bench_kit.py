"""Benchmark of the kit engine on the default kit.

- loading and validating the workbook (from its bytes, as stored in the database), against
  openpyxl alone opening the same bytes and reading every cell (the raw-library reference);
- re-evaluating every relevance and constraint after one answer (``validate_answer``), on a
  diagnostic where every question is answered.

``run()`` returns rows ``{"name", "measured", "target", "ok"}``; run this file to print them.
"""

from __future__ import annotations

import io
import statistics
import time

import openpyxl

from catalyseur_app.kit import default_kit_path, evaluate, load_kit, validate_answer

LOAD_TARGET_MS = 100.0
EVALUATE_TARGET_MS = 5.0
LOAD_REPEATS = 15
EVALUATE_REPEATS = 300


def _median_ms(action, repeats: int) -> tuple[float, float]:
    """(median, worst) in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def _raw_openpyxl(data: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    for sheet in workbook.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass


def _full_answers(kit) -> dict:
    answers: dict = {}
    for question in kit.questions.values():
        choices = kit.choices_of(question)
        if question.type == "select_one":
            answers[question.name] = ("yes" if question.role == "priority"
                                      else choices.choices[2 % len(choices.choices)].name)
        elif question.type == "select_multiple":
            answers[question.name] = list(choices.names[:2])
        elif question.type == "integer":
            answers[question.name] = 12
        elif question.type == "decimal":
            answers[question.name] = 12.5
        elif question.type == "date":
            answers[question.name] = "2025-06-30"
        elif question.type == "text":
            answers[question.name] = "Observations notées pendant la réunion."
    return answers


def measure() -> dict:
    data = default_kit_path().read_bytes()
    load_kit(data)  # warm imports
    load_ms, load_worst = _median_ms(lambda: load_kit(data), LOAD_REPEATS)
    raw_ms, _ = _median_ms(lambda: _raw_openpyxl(data), LOAD_REPEATS)
    kit = load_kit(data)
    answers = _full_answers(kit)
    assert not evaluate(kit, answers).errors, "the benchmark answers must be valid"
    names = [q.name for q in kit.questions.values() if q.answerable]
    counter = iter(range(10**9))

    def answer_one() -> None:
        name = names[next(counter) % len(names)]
        validate_answer(kit, name, answers[name], answers)

    evaluate_ms, evaluate_worst = _median_ms(answer_one, EVALUATE_REPEATS)
    return {"questions": len(names), "load_ms": load_ms, "load_worst": load_worst, "raw_ms": raw_ms,
            "evaluate_ms": evaluate_ms, "evaluate_worst": evaluate_worst}


def run() -> list[dict]:
    m = measure()
    return [
        {
            "name": "kit: load + validate the default kit",
            "measured": f"{m['load_ms']:.1f} ms ({m['load_ms'] / m['raw_ms']:.2f}× raw openpyxl load)",
            "target": f"≤ {LOAD_TARGET_MS:.0f} ms",
            "ok": m["load_ms"] <= LOAD_TARGET_MS,
        },
        {
            "name": f"kit: re-evaluate relevance + constraints after an answer ({m['questions']} questions)",
            "measured": f"{m['evaluate_ms']:.3f} ms (worst {m['evaluate_worst']:.2f} ms)",
            "target": f"≤ {EVALUATE_TARGET_MS:.0f} ms",
            "ok": m["evaluate_worst"] <= EVALUATE_TARGET_MS,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<70} {row['measured']:>40}  {row['target']:>8}  {'ok' if row['ok'] else 'TOO SLOW'}")
