"""Benchmark of the partnerships, journal and dashboard pages on a scale-100 demo store.

Rows (``run()`` -> ``{"name", "measured", "target", "ok"}``):
  - building the scale-100 demo (``create_demo``) against raw sqlite3 ``executemany`` of the very
    same rows into an empty store of the same schema (FTS triggers included), as a ratio;
  - first rows of the partnership list shown after the page is opened: from the page's
    construction to the first paint of the list with rows in it (≤ 50 ms);
  - the dashboard shown, queries and charts (≤ 300 ms);
  - the process memory (VmRSS) after browsing every page and scrolling the lists (≤ 250 MiB).
The commune referential is loaded beforehand, as the window does in the background at start.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCALE = 100
FIRST_ROWS_TARGET_MS = 50.0
DASHBOARD_TARGET_MS = 300.0
MEMORY_TARGET_MIB = 250.0
DEMO_RATIO_TARGET = 10.0  # the use case may cost at most 10 times raw sqlite3
REPEATS = 5


def _rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux (peak)


def _sql_value(value):
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None).isoformat(" ") if value.tzinfo else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _raw_insert_seconds(folder: Path) -> tuple[float, int]:
    """Raw sqlite3 executemany of the demo's rows (same builders, same seed) into an empty store."""
    from catalyseur_app.demo import records as demo_records
    from catalyseur_app.demo.dataset import DEFAULT_SEED
    from catalyseur_app.domain.communes import get_commune_index
    from catalyseur_app.store import open_store

    with open_store(folder) as store:
        device = store.device_id
        db_path = store.db_path
    rng = random.Random(DEFAULT_SEED)
    communes = demo_records.demo_communes(get_commune_index())
    stamper = demo_records.Stamper(device, rng)
    rows = demo_records.DemoRows()
    actors = demo_records.build_actors(rows, stamper, communes, demo_records.ACTORS_PER_SCALE * SCALE)
    demo_records.build_contacts(rows, stamper, actors, demo_records.CONTACTS_PER_SCALE * SCALE)
    partnerships = demo_records.build_partnerships(rows, stamper, actors, demo_records.PARTNERSHIPS_PER_SCALE * SCALE)
    demo_records.build_activities(rows, stamper, communes, actors, partnerships,
                                  demo_records.ACTIVITIES_PER_SCALE * SCALE)
    tables = (("actors", rows.actors), ("contacts", rows.contacts), ("partnerships", rows.partnerships),
              ("partnership_partners", rows.partners), ("partnership_communes", rows.partnership_communes),
              ("partnership_needs", rows.partnership_needs), ("partnership_odds", rows.partnership_odds),
              ("activities", rows.activities), ("activity_communes", rows.activity_communes),
              ("activity_actors", rows.activity_actors))
    prepared = []
    for table, table_rows in tables:
        columns = list(table_rows[0])
        prepared.append((f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         [tuple(_sql_value(r[c]) for c in columns) for r in table_rows]))
    count = sum(len(values) for _, values in prepared)
    start = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA synchronous=FULL")
    with connection:
        for sql, values in prepared:
            connection.executemany(sql, values)
    connection.close()
    return time.perf_counter() - start, count


def _demo_seconds(folder: Path) -> float:
    from catalyseur_app.demo.dataset import create_demo
    from catalyseur_app.store import open_store

    with open_store(folder) as store:
        start = time.perf_counter()
        create_demo(store, scale=SCALE)
        return time.perf_counter() - start


def _pages(folder: Path) -> dict:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from catalyseur_app.domain.communes import get_commune_index
    from catalyseur_app.store import open_store
    from catalyseur_app.ui.context import AppContext
    from catalyseur_app.ui.pages.dashboard import DashboardPage
    from catalyseur_app.ui.pages.journal import JournalPage
    from catalyseur_app.ui.pages.partnerships import PartnershipsPage

    class FirstPaint(QObject):
        """Notes when the list's viewport is first painted with rows in it."""

        def __init__(self, page):
            super().__init__()
            self.page, self.at = page, None

        def eventFilter(self, watched, event):
            if self.at is None and event.type() == QEvent.Type.Paint and self.page.model.rowCount() > 0:
                self.at = time.perf_counter()
            return False

    def flush_deletions():
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    app = QApplication.instance() or QApplication([])
    get_commune_index()
    results: dict = {"first_rows_ms": [], "dashboard_ms": []}
    with open_store(folder) as store:
        context = AppContext(store=store, undo_stack=QUndoStack())
        for _ in range(REPEATS):
            start = time.perf_counter()
            page = PartnershipsPage(context)
            watcher = FirstPaint(page)
            page.ui.table.viewport().installEventFilter(watcher)
            page.resize(1300, 760)
            page.show()
            while watcher.at is None and time.perf_counter() - start < 5:
                app.processEvents()
            results["first_rows_ms"].append((watcher.at - start) * 1000)
            page.close()
            page.deleteLater()
            flush_deletions()
            start = time.perf_counter()
            dashboard = DashboardPage(context)
            dashboard.resize(1300, 900)
            dashboard.show()
            app.processEvents()
            assert dashboard.data is not None and dashboard.data.totals.partnerships > 0
            results["dashboard_ms"].append((time.perf_counter() - start) * 1000)
            dashboard.close()
            dashboard.deleteLater()
            flush_deletions()
        # Browse: every page, the lists scrolled through several pages, filters and searches.
        pages = [PartnershipsPage(context), JournalPage(context), DashboardPage(context)]
        for page in pages:
            page.resize(1300, 800)
            page.show()
            app.processEvents()
        partnerships, journal = pages[0], pages[1]
        for _ in range(10):
            partnerships.model.fetchMore()
            journal.model.fetchMore()
        partnerships.apply_filters(form="mecenat", odd=17)
        partnerships.apply_filters(search="emploi")
        partnerships.editor.load(partnerships.model.record_id(0))
        journal.apply_filters(metier="dialogue")
        journal.ui.byWeek.setChecked(True)
        app.processEvents()
        results["rss_mib"] = _rss_mib()
        for page in pages:
            page.close()
    return results


def measure() -> dict:
    work = Path(tempfile.mkdtemp(prefix="catalyseur-bench-dashboard-"))
    try:
        demo_folder, raw_folder = work / "demo", work / "raw"
        demo_s = _demo_seconds(demo_folder)
        raw_s, rows = _raw_insert_seconds(raw_folder)
        pages = _pages(demo_folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "demo_s": demo_s, "raw_s": raw_s, "rows": rows,
        "first_rows_ms": statistics.median(pages["first_rows_ms"]),
        "dashboard_ms": statistics.median(pages["dashboard_ms"]),
        "rss_mib": pages["rss_mib"],
    }


def run() -> list[dict]:
    m = measure()
    ratio = m["demo_s"] / m["raw_s"] if m["raw_s"] else float("inf")
    return [
        {"name": f"demo --scale {SCALE} ({m['rows']:,} rows) vs raw sqlite3 executemany".replace(",", " "),
         "measured": f"{m['demo_s']:.1f} s vs {m['raw_s']:.1f} s (×{ratio:.1f})",
         "target": f"≤ ×{DEMO_RATIO_TARGET:.0f}, < 120 s", "ok": ratio <= DEMO_RATIO_TARGET and m["demo_s"] < 120},
        {"name": "partnership list: first rows after opening the page",
         "measured": f"{m['first_rows_ms']:.0f} ms", "target": f"≤ {FIRST_ROWS_TARGET_MS:.0f} ms",
         "ok": m["first_rows_ms"] <= FIRST_ROWS_TARGET_MS},
        {"name": "dashboard shown (queries and charts)", "measured": f"{m['dashboard_ms']:.0f} ms",
         "target": f"≤ {DASHBOARD_TARGET_MS:.0f} ms", "ok": m["dashboard_ms"] <= DASHBOARD_TARGET_MS},
        {"name": "process memory while browsing the pages", "measured": f"{m['rss_mib']:.0f} MiB",
         "target": f"≤ {MEMORY_TARGET_MIB:.0f} MiB", "ok": m["rss_mib"] <= MEMORY_TARGET_MIB},
    ]


if __name__ == "__main__":
    for result in run():
        mark = "ok" if result["ok"] else "NOT MET"
        print(f"{result['name']:<70} {result['measured']:>28}  {result['target']:>18}  {mark}")
