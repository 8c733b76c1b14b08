"""Errors raised by the record use cases; their messages are for the person (catalyseur_app.messages)."""

from __future__ import annotations

from catalyseur_app.messages import t, translatable
from catalyseur_app.user_errors import UserError


class ValidationError(UserError):
    """Some fields are wrong. ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: dict[str, str]):
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


class StaleRecord(UserError):
    """The record was saved by someone else (another window, an undo, an import) since this edit
    loaded it: saving would silently erase that change, so the save is refused."""

    def __init__(self, loaded: int, current: int):
        self.loaded, self.current = loaded, current
        super().__init__(t("Cette fiche a été modifiée ailleurs depuis que vous l'avez ouverte : vos modifications "
                           "n'ont pas été enregistrées, pour ne pas effacer les autres. Rouvrez la fiche pour "
                           "repartir de la version enregistrée."))


def check_version(record, loaded: int | None) -> None:
    """Refuse to save over ``record`` when it is no longer the version the edit started from
    (``loaded`` None: the caller did not load it first, e.g. a script)."""
    if loaded is not None and record.version != loaded:
        raise StaleRecord(loaded, record.version)


class RecordNotFound(UserError, LookupError):
    """The record does not exist any more (deleted, merged or erased)."""

    def __init__(self, what: str = translatable("Cet enregistrement")):
        """``what`` is a French text marked translatable(), e.g. « Cet acteur »."""
        super().__init__(t("{what} n'existe plus : il a peut-être été supprimé ou fusionné.", what=t(what)))
