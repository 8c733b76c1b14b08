class StoreError(Exception):
    """The store cannot be opened or changed; the message is for a person (catalyseur_app.messages)."""
