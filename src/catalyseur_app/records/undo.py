"""Undo/redo without Qt: a use case records the rows it changed and returns an ``Operation``.

    with store.write() as session:
        tracker = ChangeTracker(session)        # watches every flush of this session
        ...change objects...
    operation = tracker.operation(store, "Créer l'acteur « X »", subject_id=actor.id)
    operation.undo(); operation.redo()        # each is one store.write() transaction

Or in one call: ``result, operation = tracked_write(store, description, work)`` where
``work(session)`` returns the result (and ``operation.subject_id`` can be set afterwards).

The tracker keeps, per row (model class + primary key), the field values before the first change
and after the last one. ``undo()`` writes the "before" values back, ``redo()`` the "after" ones,
so the exact previous values return and the sync stamps (version, updated_at, changed_by) move
forward, as for any other change: an undo travels like an edit. A row that did not exist before
is tombstoned on undo (``deleted_at``) when it is a travelling record, deleted when it is an
association row. The window wraps operations in QUndoCommands (``ui/undo_commands.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from catalyseur_app.records.errors import ValidationError, check_version
from catalyseur_app.store.models import Base, SyncRecord, new_uuid, utc_now

T = TypeVar("T")

STAMP_FIELDS = frozenset({"created_at", "updated_at", "version", "changed_by"})
RowKey = tuple[type[Base], tuple]
RowValues = dict[str, Any] | None  # None: the row does not exist (or is tombstoned on undo)


def _key(obj: Any) -> RowKey:
    mapper = inspect(obj).mapper
    return type(obj), tuple(getattr(obj, column.key) for column in mapper.primary_key)


def _fields(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in STAMP_FIELDS]


def _current(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in _fields(obj)}


def _previous(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values = {}
    for name in _fields(obj):
        history = state.attrs[name].history
        if history.deleted:
            values[name] = history.deleted[0]
        elif history.unchanged:
            values[name] = history.unchanged[0]
        else:
            values[name] = getattr(obj, name)
    return values


class ChangeTracker:
    """Collects the before/after values of every row flushed by one session."""

    def __init__(self, session: Session):
        self.before: dict[RowKey, RowValues] = {}
        self.after: dict[RowKey, RowValues] = {}
        self._order: list[RowKey] = []
        self._session = session
        event.listen(session, "before_flush", self._give_ids)
        event.listen(session, "after_flush", self._record)
        # Rows removed by a delete-orphan cascade never appear in ``session.deleted``; the flush
        # reports every deleted row (explicit or orphan) through this event instead.
        event.listen(session, "persistent_to_deleted", self._deleted)

    def _give_ids(self, session: Session, _context, _instances) -> None:
        for obj in session.new:
            if isinstance(obj, SyncRecord) and obj.id is None:
                obj.id = new_uuid()

    def _note(self, key: RowKey, before: RowValues, after: RowValues) -> None:
        if key not in self.before:
            self.before[key] = before
            self._order.append(key)
        self.after[key] = after

    def _record(self, session: Session, _context) -> None:
        for obj in session.new:
            self._note(_key(obj), None, _current(obj))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._note(_key(obj), _previous(obj), _current(obj))
        for obj in session.deleted:
            self._note(_key(obj), _previous(obj), None)

    def _deleted(self, _session: Session, obj: Any) -> None:
        self._note(_key(obj), _previous(obj), None)

    def changed(self) -> bool:
        return any(self.before[key] != self.after[key] for key in self._order)

    def operation(self, store, description: str, subject_id: str | None = None) -> Operation:
        keys = [key for key in self._order if self.before[key] != self.after[key]]
        return Operation(
            store=store,
            description=description,
            before=[(key, self.before[key]) for key in keys],
            after=[(key, self.after[key]) for key in keys],
            subject_id=subject_id,
        )


@dataclass
class Operation:
    """One undoable change. ``description`` is French, shown as « Annuler … » in the menu."""

    store: Any
    description: str
    before: list[tuple[RowKey, RowValues]]
    after: list[tuple[RowKey, RowValues]]
    subject_id: str | None = None
    entities: set[str] = field(default_factory=set)
    subject_version: int | None = None  # the saved record's version: an editor's next save starts from it

    def __post_init__(self) -> None:
        self.entities = {key[0].__tablename__ for key, _ in self.before}

    def undo(self) -> None:
        _apply(self.store, self.before)

    def redo(self) -> None:
        _apply(self.store, self.after)

    @property
    def empty(self) -> bool:
        return not self.before


def _apply(store, states: list[tuple[RowKey, RowValues]]) -> None:
    with store.write() as session:
        # Association rows are removed first, so a row moving from one key to another (a merge)
        # never meets itself in a unique constraint.
        for (model, pk), values in states:
            if values is None and not issubclass(model, SyncRecord):
                row = session.get(model, pk if len(pk) > 1 else pk[0])
                if row is not None:
                    session.delete(row)
        session.flush()
        for (model, pk), values in states:
            row = session.get(model, pk if len(pk) > 1 else pk[0])
            if values is None:
                if row is not None and issubclass(model, SyncRecord) and row.deleted_at is None:
                    row.deleted_at = utc_now()
                continue
            if row is None:
                session.add(model(**values))
                continue
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)


def tracked_write(store, description: str, work: Callable[[Session], T]) -> tuple[T, Operation]:
    """Run ``work(session)`` in one write transaction and return its result with its Operation."""
    with store.write() as session:
        tracker = ChangeTracker(session)
        result = work(session)
    return result, tracker.operation(store, description)


def save_draft(store, draft, *, model, fields, validate, write_links, description: str,
               load=None) -> Operation:
    """Create a record from a cleaned draft (``load`` None) or update the one ``load(session)``
    returns, after ``validate(session, draft)`` found nothing; undoable. An update is refused
    (StaleRecord) when the record's version is no longer ``draft.version``, the one loaded.

    ``fields`` are the draft's scalar attributes copied onto the record; ``write_links(session,
    record, draft)`` writes its lists (communes, partners…). The Operation's ``subject_id`` is the
    record's id.
    """
    with store.write() as session:
        record = load(session) if load is not None else None
        if record is not None:
            check_version(record, draft.version)
        errors = validate(session, draft)
        if errors:
            raise ValidationError(errors)
        tracker = ChangeTracker(session)
        if record is None:
            record = model(**{name: getattr(draft, name) for name in fields})
            session.add(record)  # one flush for all: a new record stays at version 1
        else:
            for name in fields:
                if getattr(record, name) != getattr(draft, name):
                    setattr(record, name, getattr(draft, name))
        write_links(session, record, draft)
        session.flush()
        record_id, version = record.id, record.version
    operation = tracker.operation(store, description, subject_id=record_id)
    operation.subject_version = version
    return operation
