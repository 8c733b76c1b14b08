"""Benchmark of the documents: the mayor's report, and the summary (PDF and Excel) of a quarter.

Measured on the scale-100 demo store (``common.scale_store_dir``), warm: the fonts, the kit and
the communes referential are loaded once by a first run, as they are in the window after the
first document. Each figure is the median of a few runs, gathering the data included. The
workbook is also compared with a raw openpyxl write-only dump of the same cells.

``run()`` returns rows ``{"name", "measured", "target", "ok"}``; run this file to print them.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from common import row, scale_store_dir

REPORT_TARGET_S = 0.2
SUMMARY_TARGET_S = 2.0
REPEATS = 5


def _median(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _richest_diagnostic(store) -> str | None:
    from sqlalchemy import func, select

    from catalyseur_app.store.models import Diagnostic, DiagnosticAnswer

    with store.read() as session:
        return session.scalar(
            select(Diagnostic.id).join(DiagnosticAnswer, DiagnosticAnswer.diagnostic_id == Diagnostic.id)
            .where(Diagnostic.status == "finalised", Diagnostic.deleted_at.is_(None))
            .group_by(Diagnostic.id).order_by(func.count().desc()).limit(1))


def _raw_openpyxl(data, folder: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Partenariats")
    for p in data.partnerships:
        sheet.append([p.title, p.form, p.stage, p.start, p.end, p.money_eur, p.communes, p.odds, p.inspiring])
    sheet = workbook.create_sheet("Diagnostics")
    for d in data.diagnostics:
        sheet.append([d.commune, d.insee, d.started_on, d.status, d.kit_version, d.overall, *d.scores])
    workbook.save(folder / "raw.xlsx")


def measure() -> dict:
    from catalyseur_app.reports.data import diagnostic_report_data
    from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
    from catalyseur_app.reports.summary_data import last_quarter, summary_data
    from catalyseur_app.reports.summary_pdf import build_summary_pdf
    from catalyseur_app.reports.summary_xlsx import build_summary_xlsx
    from catalyseur_app.store import open_store

    results = {}
    with open_store(scale_store_dir(100)) as store, tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        diagnostic_id = _richest_diagnostic(store)
        if diagnostic_id is not None:
            report = lambda: build_diagnostic_report(diagnostic_report_data(store, diagnostic_id))  # noqa: E731
            start = time.perf_counter()
            pdf = report()
            results["report_cold_s"] = time.perf_counter() - start
            results["report_s"] = _median(report)
            results["report_kb"] = len(pdf) / 1024
        start, end = last_quarter()
        data = summary_data(store, start, end)  # warm-up: kits and communes
        results["partnerships"] = len(data.partnerships)
        results["activities"] = data.activities
        results["summary_pdf_s"] = _median(
            lambda: build_summary_pdf(summary_data(store, start, end), folder / "s.pdf"), 3)
        results["summary_xlsx_s"] = _median(
            lambda: build_summary_xlsx(summary_data(store, start, end), folder / "s.xlsx"), 3)
        workbook_only = _median(lambda: build_summary_xlsx(data, folder / "t.xlsx"), 3)
        raw = _median(lambda: _raw_openpyxl(data, folder), 3)
        results["xlsx_ratio"] = workbook_only / raw if raw else float("nan")
    return results


def run() -> list[dict]:
    m = measure()
    rows = []
    if "report_s" in m:
        rows.append(row("diagnostic report PDF (richest finalised diagnostic, warm)", f"{m['report_s']:.3f} s",
                        f"≤ {REPORT_TARGET_S} s", m["report_s"] <= REPORT_TARGET_S))
        rows.append(row("diagnostic report PDF, first in the process (fonts, kit)", f"{m['report_cold_s']:.3f} s",
                        "info", True))
    rows += [
        row(f"summary PDF of a quarter, scale 100 ({m['partnerships']} partnerships, {m['activities']} activities)",
            f"{m['summary_pdf_s']:.2f} s", f"≤ {SUMMARY_TARGET_S} s", m["summary_pdf_s"] <= SUMMARY_TARGET_S),
        row("summary workbook of a quarter, scale 100", f"{m['summary_xlsx_s']:.2f} s", f"≤ {SUMMARY_TARGET_S} s",
            m["summary_xlsx_s"] <= SUMMARY_TARGET_S),
        row("summary workbook vs raw openpyxl write-only dump of its big sheets", f"{m['xlsx_ratio']:.1f}×",
            "info", True),
    ]
    return rows


if __name__ == "__main__":
    for result in run():
        print(f"{result['name']:<90} {result['measured']:>10}  {result['target']:>8}  "
              f"{'ok' if result['ok'] else 'TOO SLOW'}")
