"""Sets the sync stamps (UUID, timestamps, version, device) on every write, at flush time."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from .models.base import SyncRecord, new_uuid, utc_now

RAW_SYNC_WRITE = "raw_sync_write"  # session.info flag: keep the stamps already on the objects
DEVICE_ID = "device_id"  # session.info key: the device making the change


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context, instances) -> None:
    if session.info.get(RAW_SYNC_WRITE):
        return
    device = session.info.get(DEVICE_ID)
    now = utc_now()
    changed: set[SyncRecord] = set()

    for obj in session.new:
        if isinstance(obj, SyncRecord):
            obj.id = obj.id or new_uuid()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.version = 1
            obj.changed_by = _require(device)
        else:
            _add_parent(obj, changed)
    for obj in session.dirty:
        if isinstance(obj, SyncRecord):
            if session.is_modified(obj):
                changed.add(obj)
        elif session.is_modified(obj):
            _add_parent(obj, changed)
    for obj in session.deleted:
        _add_parent(obj, changed)

    for obj in changed:
        if obj in session.new or obj in session.deleted:
            continue
        obj.version = (obj.version or 0) + 1
        obj.updated_at = now
        obj.changed_by = _require(device)


def _require(device: str | None) -> str:
    if device is None:
        raise RuntimeError("session has no device id: open it through Store")
    return device


def _add_parent(obj, changed: set) -> None:
    parent = getattr(obj, "sync_parent", None)
    if isinstance(parent, SyncRecord):
        changed.add(parent)
