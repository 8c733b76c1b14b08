class StoreError(Exception):
    """The store cannot be opened or changed; the message is for a person (catalyseur_app.messages)."""


class RestoreNeeded(StoreError):
    """The database is missing, empty or unreadable while verified backups exist: a new empty store
    must not be made over it. ``backups`` lists the backup files a person may restore from."""

    def __init__(self, message: str, backups: list | None = None):
        super().__init__(message)
        self.backups = list(backups or [])
