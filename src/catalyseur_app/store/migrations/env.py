from alembic import context

from catalyseur_app.store.models import Base

# The caller's connection is already inside one transaction (store/migrate.py emits BEGIN itself
# on SQLite): every migration, its DDL included, is committed or rolled back with it.
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
