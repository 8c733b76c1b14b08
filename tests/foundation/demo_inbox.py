"""Demo catalyseurs' sync files: an inbox as the foundation receives it, and what each store holds.

Each catalyseur is a demo store made with its own seed (its own ids, profile and device). Every
store sends a full file (n° 1); every third one then changes a partnership and deletes an
activity, and sends the changes (n° 2). ``expected`` sums what the individual stores hold, per
kind, for the records that travel (contacts travel only with --with-contacts: none here).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.schema import KINDS
from catalyseur_app.records.activities import delete_activity
from catalyseur_app.store import open_store
from catalyseur_app.store.models import Activity, Partnership

TRAVELLING = [k for k in KINDS if k.name != "contact"]


@dataclass
class DemoInbox:
    folder: Path
    stores: list[Path]
    total: Counter = field(default_factory=Counter)  # kind -> records (deleted ones too)
    live: Counter = field(default_factory=Counter)  # kind -> records not deleted


def make_demo_inbox(root: Path, seeds) -> DemoInbox:
    inbox = DemoInbox(root / "inbox", [])
    inbox.folder.mkdir(parents=True)
    for seed in seeds:
        data_dir = root / f"catalyseur-{seed}"
        with open_store(data_dir) as store:
            create_demo(store, seed=seed)
            export_sync_file(store, inbox.folder / f"catalyseur-{seed}-1.xlsx", full=True)
            if seed % 3 == 0:
                with store.write() as session:
                    partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
                    partnership.stage = "terminee"
                    activity_id = session.scalars(select(Activity.id).order_by(Activity.id)).first()
                delete_activity(store, activity_id)
                export_sync_file(store, inbox.folder / f"catalyseur-{seed}-2.xlsx")
            with store.read() as session:
                for kind in TRAVELLING:
                    table = kind.table
                    inbox.total[kind.name] += session.scalar(select(func.count()).select_from(table))
                    inbox.live[kind.name] += session.scalar(
                        select(func.count()).select_from(table).where(table.c.deleted_at.is_(None)))
        inbox.stores.append(data_dir)
    return inbox
