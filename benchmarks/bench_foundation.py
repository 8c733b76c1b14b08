"""The foundation's consolidation at national scale: 350 catalyseurs' files of 1,000 records each.

    python benchmarks/bench_foundation.py [files] [records]

Each catalyseur is a store of its own (copied from one migrated empty store, so it gets its own
device), filled with synthetic records (30% actors — a tenth of them communes shared between
catalyseurs, so national actors are linked —, 20% partnerships with communes and ODD, 50%
activities) and exported as a full sync file by the real exporter. The inbox is then consolidated
into SQLite, and into PostgreSQL (a throwaway cluster with durable settings, fsync on, like
SQLite's synchronous=FULL), then consolidated again on the same inbox (nothing to do).
Targets: SQLite ≤ 30 s; PostgreSQL ≤ 1.5 × SQLite; the second run ≤ 10 % of the first.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.foundation.consolidate import APPLIED, consolidate
from catalyseur_app.foundation.throwaway_postgres import find_bin_dir, throwaway_cluster
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.store.paths import database_path

try:
    from common import row
except ImportError:  # run as a script from elsewhere
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import row

COMMUNES: list[str] = []  # real INSEE codes shared by every catalyseur (Cantal), read once


def _communes() -> list[str]:
    if not COMMUNES:
        from catalyseur_app.domain.communes import get_commune_index

        COMMUNES.extend(sorted(c.insee for c in get_commune_index() if c.department_code == "15"))
    return COMMUNES


def _fill(store, number: int, records: int) -> None:
    communes = _communes()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    stamp = dict(created_at=now, updated_at=now, version=1, changed_by=store.device_id)
    n_actors, n_partnerships = records * 3 // 10, records * 2 // 10
    n_activities = records - n_actors - n_partnerships - 1
    actors = []
    for i in range(n_actors):
        commune = i % 10 == 0
        actors.append(dict(
            id=str(uuid.uuid4()), name=f"Acteur {number}-{i}", name_key=f"acteur {number} {i}",
            kind="commune" if commune else "association", commune_insee=communes[(number + i) % len(communes)],
            address="", siren=None if commune else f"{(number * 100000 + i) % 10**9:09d}", website="", notes="",
            **stamp))
    partnerships = [dict(id=str(uuid.uuid4()), title=f"Partenariat {number}-{i}", description="Une alliance locale",
                         form=("mecenat", "pratiques_responsables")[i % 2], stage="active",
                         start_date=date(2025, 1, 1) + timedelta(days=i % 500), money_eur=float(i % 5000),
                         in_kind="", skills="", outcomes="", inspiring=i % 7 == 0, **stamp)
                    for i in range(n_partnerships)]
    activities = [dict(id=str(uuid.uuid4()), day=date(2025, 1, 1) + timedelta(days=i % 500), metier="dialogue",
                       mission="dialogue.rencontres", title=f"Réunion {i}", minutes=60 + i % 120,
                       participants=i % 30, outcome="", partnership_id=partnerships[i % n_partnerships]["id"], **stamp)
                  for i in range(n_activities)]
    with store.write() as session:
        connection = session.connection()
        connection.execute(m.Profile.__table__.insert(), [dict(id=str(uuid.uuid4()), full_name=f"Catalyseur {number}",
                                                                structure="", email="", phone="", **stamp)])
        connection.execute(m.Actor.__table__.insert(), actors)
        connection.execute(m.Partnership.__table__.insert(), partnerships)
        connection.execute(m.PartnershipCommune.__table__.insert(),
                           [{"partnership_id": p["id"], "insee": communes[i % 50]} for i, p in enumerate(partnerships)])
        connection.execute(m.PartnershipOdd.__table__.insert(),
                           [{"partnership_id": p["id"], "odd": 1 + i % 17} for i, p in enumerate(partnerships)])
        connection.execute(m.Activity.__table__.insert(), activities)


def build_inbox(root: Path, files: int, records: int) -> Path:
    template = root / "template"
    open_store(template).close()
    with sqlite3.connect(database_path(template)) as connection:
        connection.execute("DELETE FROM installation")  # each copy makes its own device id
    connection.close()
    inbox = root / "inbox"
    inbox.mkdir()
    for number in range(files):
        data_dir = root / f"c{number}"
        data_dir.mkdir(mode=0o700)
        shutil.copy(database_path(template), database_path(data_dir))
        with open_store(data_dir) as store:
            _fill(store, number, records)
            export_sync_file(store, inbox / f"catalyseur-{number:03d}-1.xlsx", full=True)
        shutil.rmtree(data_dir)
    return inbox


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished workers (0 where not known)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _timed(target: str, inbox: Path) -> tuple[float, int, float]:
    """(seconds, files applied, CPU seconds): on a machine busy with other work the CPU time says
    what the consolidation itself cost."""
    cpu, started = _cpu(), time.perf_counter()
    reports = consolidate(target, inbox, trust_new=True)
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for r in reports if r.status == APPLIED), _cpu() - cpu


def run(files: int = 350, records: int = 1000) -> list[dict]:
    root = Path(tempfile.mkdtemp(prefix="catalyseur-bench-foundation-"))
    try:
        started = time.perf_counter()
        inbox = build_inbox(root, files, records)
        print(f"inbox of {files} files built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        sqlite_first, applied, sqlite_cpu = _timed(str(root / "national.sqlite"), inbox)
        sqlite_again, _, _ = _timed(str(root / "national.sqlite"), inbox)
        rows = [
            row(f"foundation consolidate, SQLite: {files} files × {records} records ({applied} applied)",
                f"{sqlite_first:.1f} s (CPU {sqlite_cpu:.1f} s over {os.cpu_count()} cores)", "≤ 30 s",
                sqlite_first <= 30 and applied == files),
            row("foundation consolidate again on the same inbox (SQLite, nothing to do)",
                f"{sqlite_again:.2f} s ({sqlite_again / sqlite_first:.1%} of the first run)", "≤ 10 %",
                sqlite_again <= 0.1 * sqlite_first),
        ]
        if find_bin_dir() is None:
            rows.append(row("foundation consolidate, PostgreSQL", "not measured (no PostgreSQL server)",
                            "≤ 1.5× SQLite",
                            False))
            return rows
        with throwaway_cluster(durable=True) as cluster:
            url = cluster.create_database("national")
            pg_first, pg_applied, pg_cpu = _timed(url, inbox)
            pg_again, _, _ = _timed(url, inbox)
        rows += [
            row(f"foundation consolidate, PostgreSQL 15 (same inbox, {pg_applied} applied) vs SQLite",
                f"{pg_first:.1f} s ({pg_first / sqlite_first:.2f}× SQLite; CPU {pg_cpu:.1f} s here, "
                "the server's own not counted)", "≤ 1.5× SQLite",
                pg_first <= 1.5 * sqlite_first and pg_applied == files),
            row("foundation consolidate again on the same inbox (PostgreSQL)",
                f"{pg_again:.2f} s ({pg_again / pg_first:.1%} of the first run)", "≤ 10 %", pg_again <= 0.1 * pg_first),
        ]
        return rows
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:]]
    for result in run(*arguments):
        print(f"{'✅' if result['ok'] else '❌'} {result['name']}: {result['measured']} (target {result['target']})")
