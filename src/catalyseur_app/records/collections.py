"""Making a record's child collection (its communes, needs, ODD, actors...) equal to a list."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any


def make_collection_equal(collection: list, wanted: Iterable[Hashable], make: Callable[[Any], Any],
                          key: Callable[[Any], Hashable]) -> None:
    """Make ``collection`` hold exactly one row per value of ``wanted`` (``key(row)`` is a row's
    value, ``make(value)`` a new row), touching only what differs: rows kept stay the same objects,
    so the change tracker records only real additions and removals."""
    wanted = list(wanted)
    wanted_set = set(wanted)
    for row in [row for row in collection if key(row) not in wanted_set]:
        collection.remove(row)  # delete-orphan removes the row; the undo tracker sees it
    current = {key(row) for row in collection}
    for value in wanted:
        if value not in current:
            collection.append(make(value))
            current.add(value)
