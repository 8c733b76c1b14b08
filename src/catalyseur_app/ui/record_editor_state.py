"""The state every record editor keeps: which record is shown (``current_id``, ``version``) and
whether the person changed a field since it was shown (``is_dirty``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class RecordEditorState:
    """Mixed into a record editor (before QWidget); call ``start_editor_state()`` in ``__init__``.

    ``track(*signals)``: these fields' changes make the editor dirty, except while ``showing()``
    puts a record (or an empty form) in them, which also remembers its version and ends clean."""

    def start_editor_state(self) -> None:
        self.current_id: str | None = None
        self.version: int | None = None  # of the record as loaded: a save over a newer one is refused
        self._dirty = False
        self._loading = False

    def track(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._mark_dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        self._dirty = True

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    @contextlib.contextmanager
    def showing(self, version: int | None) -> Iterator[None]:
        self._loading = True
        self.version = version
        try:
            yield
        finally:
            self._loading = False
        self._dirty = False

    def mark_saved(self, record_id: str | None, version: int | None) -> None:
        self.current_id = record_id or self.current_id
        self.version = version
        self._dirty = False
