"""Benchmark of the record lists at 100,000 actors: first rows of the list, a search keystroke.

The store is filled with raw SQL (the FTS triggers index every row on the way). Each figure is
also compared with raw sqlite3 running the same statements, so the ratio says what the query
layer and the Qt model add. ``run()`` returns rows ``{"name", "measured", "target", "ok"}``;
BENCH_VERBOSE=1 prints the three timings of every keystroke.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACTORS = 100_000
FIRST_ROWS_TARGET_MS = 50.0
KEYSTROKE_TARGET_MS = 30.0
KEYSTROKES = ["m", "ma", "mai", "mair", "mairi", "mairie", "mairie v", "mairie va", "é", "éc", "eco", "ecol",
              "école", "boul", "boulangerie dup", "zz", "assoc jard", "asso", "p", "pot"]

_PREFIXES = ["Mairie de", "Association des Amis de", "Boulangerie", "École de", "Fondation", "SARL",
             "Coopérative", "Jardins partagés de", "Café associatif de", "Communauté de communes de"]
_WORDS = ["Vabre", "Albi", "Saint-Étienne", "Castres", "Lacaune", "Montredon", "Réalmont", "Dupont",
          "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Lefèvre", "Mercier",
          "Gaillac", "Graulhet", "Carmaux", "Lavaur", "Mazamet", "Cordes", "Rabastens", "Valence"]
_KINDS = ["commune", "association", "tpe_pme", "fondation", "epci", "reseau", "citoyens", "autre"]
_NOTES = ["Rencontré lors du forum", "Atelier poterie le mardi", "Projet de fête de l'été",
          "Soutien à l'épicerie solidaire", "", "", ""]


def _fill(db_path: Path, device: str) -> float:
    from catalyseur_app.domain.text import fold

    rng = random.Random(7)
    rows = []
    for number in range(ACTORS):
        name = f"{rng.choice(_PREFIXES)} {rng.choice(_WORDS)} {number}"
        rows.append((str(uuid.uuid4()), name, fold(name), rng.choice(_KINDS), f"81{rng.randrange(1, 330):03d}",
                     "", None, "", rng.choice(_NOTES), "2024-01-01 00:00:00.000000", "2024-01-01 00:00:00.000000",
                     1, device))
    start = time.perf_counter()
    with sqlite3.connect(db_path) as connection:
        connection.executemany(
            "INSERT INTO actors (id, name, name_key, kind, commune_insee, address, siren, website, notes,"
            " created_at, updated_at, version, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    connection.close()
    return time.perf_counter() - start


def _median_ms(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure() -> dict:
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import event

    from catalyseur_app.records.query import ListQuery, count_rows, fetch_rows, select_sql
    from catalyseur_app.store import open_store
    from catalyseur_app.ui.list_model import PAGE_SIZE, RecordListModel

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="catalyseur-bench-records-"))
    try:
        with open_store(folder) as store:
            device = store.device_id
            db_path = store.db_path
        fill_s = _fill(db_path, device)
        raw = sqlite3.connect(db_path)

        # raw sqlite3: the same count and first page the list asks for
        sql, params = select_sql(ListQuery("actors"))
        raw_sql = sql.replace(":limit", str(PAGE_SIZE)).replace(":offset", "0")

        def raw_first_rows():
            raw.execute("SELECT count(*) FROM actors a WHERE a.deleted_at IS NULL").fetchone()
            raw.execute(raw_sql).fetchall()

        raw_first_ms = _median_ms(raw_first_rows)

        with open_store(folder) as store:
            view = QTableView()
            view.resize(900, 600)

            def first_rows():
                model = RecordListModel(store, "actors")
                view.setModel(model)
                view.show()
                app.processEvents()

            first_ms = _median_ms(first_rows)
            model = RecordListModel(store, "actors")
            view.setModel(model)
            per_key = {}
            for text in KEYSTROKES:
                times = []
                for _ in range(3):
                    model.set_search("")  # untimed: each repeat queries afresh
                    start = time.perf_counter()
                    model.set_search(text)
                    app.processEvents()
                    times.append((time.perf_counter() - start) * 1000)
                per_key[text] = statistics.median(times)
                if os.environ.get("BENCH_VERBOSE"):
                    print(f"{text!r:>20} {[round(t, 1) for t in times]}")
            worst = max(per_key, key=per_key.get)

            def statements_of(text):
                """The statements the model runs for a search (count, plan, page), as sent to sqlite3."""
                sent = []

                def record(_conn, _cursor, statement, parameters, _context, _many):
                    sent.append((statement, parameters))

                model.set_search("")
                event.listen(store.engine, "before_cursor_execute", record)
                try:
                    model.set_search(text)
                finally:
                    event.remove(store.engine, "before_cursor_execute", record)
                return [(sql, params) for sql, params in sent if sql.lstrip().upper().startswith("SELECT")]

            worst_statements = statements_of(worst)

            def raw_search():
                for sql, params in worst_statements:
                    raw.execute(sql, params).fetchall()

            raw_worst_ms = _median_ms(raw_search, 3)
            with store.read() as session:
                total = count_rows(session, ListQuery("actors"))
                assert len(fetch_rows(session, ListQuery("actors", search="ecole"), 0, 5)) == 5
            view.close()
        raw.close()
        return {
            "actors": total, "fill_s": fill_s, "first_ms": first_ms, "raw_first_ms": raw_first_ms,
            "worst_key": worst, "worst_ms": per_key[worst], "median_key_ms": statistics.median(per_key.values()),
            "raw_worst_ms": raw_worst_ms,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run() -> list[dict]:
    m = measure()
    return [
        {
            "name": f"actors list first rows ({m['actors']:,} actors)".replace(",", " "),
            "measured": f"{m['first_ms']:.1f} ms (raw sqlite3 {m['raw_first_ms']:.1f} ms, "
                        f"×{m['first_ms'] / max(m['raw_first_ms'], 0.001):.1f})",
            "target": f"≤ {FIRST_ROWS_TARGET_MS:.0f} ms",
            "ok": m["first_ms"] <= FIRST_ROWS_TARGET_MS,
        },
        {
            "name": f"actors search keystroke (worst of {len(KEYSTROKES)})",
            "measured": f"{m['worst_ms']:.1f} ms (« {m['worst_key']} »; raw sqlite3 {m['raw_worst_ms']:.1f} ms)",
            "target": f"≤ {KEYSTROKE_TARGET_MS:.0f} ms",
            "ok": m["worst_ms"] <= KEYSTROKE_TARGET_MS,
        },
        {
            "name": f"actors search keystroke (median of {len(KEYSTROKES)})",
            "measured": f"{m['median_key_ms']:.1f} ms",
            "target": f"≤ {KEYSTROKE_TARGET_MS:.0f} ms",
            "ok": m["median_key_ms"] <= KEYSTROKE_TARGET_MS,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<50} {row['measured']:>60}  {row['target']:>8}  {'ok' if row['ok'] else 'TOO SLOW'}")
