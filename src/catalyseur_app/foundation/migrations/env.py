from alembic import context

from catalyseur_app.foundation.models import FoundationBase

VERSION_TABLE = "foundation_alembic_version"

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=FoundationBase.metadata, render_as_batch=True,
                  version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
