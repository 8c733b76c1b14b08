"""Per-device import state: the last sequence applied from each other device."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from catalyseur_app.store.models import ExchangePeer, utc_now

PEERS = ExchangePeer.__table__


def last_sequence(connection, device_id: str) -> int | None:
    return connection.execute(select(PEERS.c.last_sequence).where(PEERS.c.device_id == device_id)).scalar()


def record_applied(connection, manifest, file_name: str) -> None:
    values = dict(device_id=manifest.device_id, catalyseur_id=manifest.catalyseur_id or "",
                  catalyseur_name=manifest.catalyseur_name or "", last_sequence=manifest.sequence,
                  last_period_end=manifest.period_end, last_file_name=file_name, imported_at=utc_now())
    previous = last_sequence(connection, manifest.device_id)
    if previous is not None and previous > manifest.sequence:
        return  # an older file: keep the record of the newest one
    statement = sqlite_insert(PEERS).values(**values)
    connection.execute(statement.on_conflict_do_update(index_elements=[PEERS.c.device_id], set_=values))
