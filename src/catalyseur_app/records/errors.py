"""Errors raised by the record use cases; their messages are for the person (catalyseur_app.messages)."""

from __future__ import annotations

from catalyseur_app.messages import t, translatable


class ValidationError(Exception):
    """Some fields are wrong. ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: dict[str, str]):
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


class RecordNotFound(LookupError):
    """The record does not exist any more (deleted, merged or erased)."""

    def __init__(self, what: str = translatable("Cet enregistrement")):
        """``what`` is a French text marked translatable(), e.g. « Cet acteur »."""
        super().__init__(t("{what} n'existe plus : il a peut-être été supprimé ou fusionné.", what=t(what)))
