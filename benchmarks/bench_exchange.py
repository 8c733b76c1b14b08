"""Sync files at scale: 100k records, each figure a ratio against raw openpyxl in the same run.

    python benchmarks/bench_exchange.py [records]
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.exchange.export import _collect, export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.progress import NO_PROGRESS
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store


def build(store, records: int) -> None:
    """records split: 30% actors, 20% partnerships (with communes and ODD), 50% activities."""
    now = datetime(2025, 1, 1, tzinfo=UTC)
    stamp = dict(created_at=now, updated_at=now, version=1, changed_by=store.device_id)
    n_actors, n_partnerships = records * 3 // 10, records * 2 // 10
    n_activities = records - n_actors - n_partnerships
    communes = [c.insee for c in get_commune_index() if c.department_code == "15"]
    actors = [dict(id=str(uuid.uuid4()), name=f"Association n° {i}", name_key=f"association n {i}",
                   kind="association", commune_insee=communes[i % len(communes)], address=f"{i} rue de la Paix",
                   siren=None, website="", notes="Rencontrée au forum" if i % 3 else "", **stamp)
              for i in range(n_actors)]
    partnerships = [dict(id=str(uuid.uuid4()), title=f"Partenariat {i}", description="Une alliance locale",
                         form="mecenat", stage="active", start_date=date(2024, 1, 1) + timedelta(days=i % 700),
                         money_eur=float(i % 5000), in_kind="", skills="", outcomes="", inspiring=i % 7 == 0, **stamp)
                    for i in range(n_partnerships)]
    activities = [dict(id=str(uuid.uuid4()), day=date(2024, 1, 1) + timedelta(days=i % 700), metier="dialogue",
                       mission="dialogue.rencontres", title=f"Réunion {i}", minutes=60 + i % 120, participants=i % 30,
                       outcome="", partnership_id=partnerships[i % n_partnerships]["id"], **stamp)
                  for i in range(n_activities)]
    with store.write() as session:
        connection = session.connection()
        connection.execute(m.Actor.__table__.insert(), actors)
        connection.execute(m.Partnership.__table__.insert(), partnerships)
        connection.execute(m.PartnershipCommune.__table__.insert(),
                           [{"partnership_id": p["id"], "insee": "15187"} for p in partnerships])
        connection.execute(m.PartnershipOdd.__table__.insert(),
                           [{"partnership_id": p["id"], "odd": 17} for p in partnerships])
        connection.execute(m.Activity.__table__.insert(), activities)
        session.add(m.Profile(full_name="Catalyseur de test"))


def raw_openpyxl_dump(store, path: Path) -> float:
    """openpyxl write-only, the same cells (keys, headers, rows), text cells forced to text."""
    with store.read() as session:
        sheets, _ = _collect(session.connection(), True, False, NO_PROGRESS)
    naive = lambda v: v.replace(tzinfo=None) if isinstance(v, datetime) else v  # noqa: E731
    sheets = [(kind, [tuple(naive(v) for v in row) for row in rows]) for kind, rows in sheets]
    start = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    for kind, rows in sheets:
        sheet = book.create_sheet(kind.sheet)
        sheet.append([c.key for c in kind.columns])
        sheet.append([c.header for c in kind.columns])
        for row in rows:
            sheet.append(row)
    book.save(path)
    return time.perf_counter() - start


def raw_openpyxl_read(path: Path) -> float:
    start = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True)
    for sheet in book:
        sheet.reset_dimensions()
        for _row in sheet.iter_rows(values_only=True):
            pass
    book.close()
    return time.perf_counter() - start


def run(records: int = 100_000) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = open_store(folder / "source")
        build(source, records)
        raw = raw_openpyxl_dump(source, folder / "raw.xlsx")
        start = time.perf_counter()
        export_sync_file(source, folder / "sync.xlsx", full=True)
        export_time = time.perf_counter() - start
        source.close()
        raw_read = raw_openpyxl_read(folder / "sync.xlsx")
        target = open_store(folder / "target")
        start = time.perf_counter()
        outcome = import_sync_file(target, folder / "sync.xlsx", trust_new=True)
        import_time = time.perf_counter() - start
        target.close()
        assert outcome.plan.summary()["add"] >= records
    export_ratio, import_ratio = export_time / raw, import_time / raw_read
    return [
        {"name": f"sync export, full, {records} records (/ raw openpyxl write-only dump)",
         "measured": f"×{export_ratio:.2f} ({export_time:.2f} s vs {raw:.2f} s)", "target": "≤ ×1.1",
         "ok": export_time <= 1.1 * raw},
        {"name": "sync import of that file: read, verify, merge, commit (/ raw openpyxl read-only read)",
         "measured": f"×{import_ratio:.2f} ({import_time:.2f} s vs {raw_read:.2f} s)", "target": "< ×1",
         "ok": import_time < raw_read},
    ]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for row in run(count):
        print(f"{row['name']:<90} {row['measured']:>28}  {row['target']:>7}  {'ok' if row['ok'] else 'TOO SLOW'}")
