from alembic import context

from catalyseur_app.foundation.models import FoundationBase

VERSION_TABLE = "foundation_alembic_version"

# As store/migrations/env.py: the caller's connection is already inside one transaction
# (foundation/database.py, on the app's transactional-DDL engine for SQLite), so every migration,
# its DDL included, is committed or rolled back with it and with the other migration line.
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=FoundationBase.metadata, render_as_batch=True,
                  version_table=VERSION_TABLE, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
