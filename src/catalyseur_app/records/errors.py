"""Errors raised by the record use cases; their messages are French, for the person."""

from __future__ import annotations


class ValidationError(Exception):
    """Some fields are wrong. ``field_errors`` maps a field name to its French message."""

    def __init__(self, field_errors: dict[str, str]):
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


class RecordNotFound(LookupError):
    """The record does not exist any more (deleted, merged or erased)."""

    def __init__(self, what: str = "Cet enregistrement"):
        super().__init__(f"{what} n'existe plus : il a peut-être été supprimé ou fusionné.")
