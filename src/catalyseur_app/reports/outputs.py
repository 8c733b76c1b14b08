"""Writing documents to files: the use cases the window and the CLI share.

Each document is written to a temporary file beside the target and renamed only when complete
(``atomic.atomic_path``): an unwritable folder, a full disk or a cancelled generation leaves no
partial file. Every target first passes ``output_guard.check_output`` (right extension, never
inside the data folder, never over a file of another type). Failures come out as ``OutputError``
or ``ReportError`` with a message for the person (catalyseur_app.messages); the documents
themselves are French.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from catalyseur_app.atomic import OutputError, atomic_path
from catalyseur_app.domain.text import slug
from catalyseur_app.output_guard import check_output
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.data import ReportError, diagnostic_report_data, partnership_sheet_data
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report
from catalyseur_app.reports.partnership_sheet import build_partnership_sheet
from catalyseur_app.reports.summary_data import summary_data
from catalyseur_app.reports.summary_pdf import build_summary_pdf
from catalyseur_app.reports.summary_xlsx import build_summary_xlsx
from catalyseur_app.store import Store

SUMMARY_FORMATS = (".pdf", ".xlsx")
MAX_NAME = 80

__all__ = [
    "OutputError", "ReportError", "SUMMARY_FORMATS", "safe_file_name", "write_diagnostic_report",
    "write_partnership_sheet", "write_summary", "diagnostic_file_name", "partnership_file_name",
    "summary_file_name",
]


def safe_file_name(*parts: str, suffix: str) -> str:
    """« diagnostic-saint-flour-2026-11-26.pdf »: accents folded, only a-z 0-9 and dashes, short.

    Safe on Windows, macOS and Linux: no reserved character, no leading dot, no reserved name.
    """
    words = slug(*parts)[:MAX_NAME].rstrip("-") or "document"
    return f"{words}{suffix}"


def diagnostic_file_name(commune: str, day: _dt.date) -> str:
    return safe_file_name("diagnostic", commune, day.isoformat(), suffix=".pdf")


def partnership_file_name(title: str) -> str:
    return safe_file_name("partenariat", title[:50], suffix=".pdf")


def summary_file_name(start: _dt.date, end: _dt.date, suffix: str) -> str:
    return safe_file_name("synthese", start.isoformat(), "au", end.isoformat(), suffix=suffix)


def write_diagnostic_report(store: Store, diagnostic_id: str, target: str | Path,
                            progress: Progress = NO_PROGRESS) -> Path:
    check_output(target, ".pdf", store.data_dir)
    data = diagnostic_report_data(store, diagnostic_id)
    with atomic_path(target) as temporary:
        build_diagnostic_report(data, temporary, progress)
    return Path(target)


def write_partnership_sheet(store: Store, partnership_id: str, target: str | Path,
                            progress: Progress = NO_PROGRESS) -> Path:
    check_output(target, ".pdf", store.data_dir)
    data = partnership_sheet_data(store, partnership_id)
    with atomic_path(target) as temporary:
        build_partnership_sheet(data, temporary, progress)
    return Path(target)


def write_summary(store: Store, start: _dt.date, end: _dt.date, target: str | Path,
                  progress: Progress = NO_PROGRESS) -> Path:
    """The period's summary as PDF or Excel, chosen by the file name's extension."""
    suffix = check_output(target, SUMMARY_FORMATS, store.data_dir).suffix.lower()
    data = summary_data(store, start, end, progress=progress)
    with atomic_path(target) as temporary:
        if suffix == ".pdf":
            build_summary_pdf(data, temporary, progress)
        else:
            build_summary_xlsx(data, temporary, progress)
    return Path(target)
