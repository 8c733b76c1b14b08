"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:57:58.306152
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_exchange_tables()  # sync bookkeeping, see _create_exchange_tables below
    op.create_table('actors',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('commune_insee', sa.String(length=5), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('siren', sa.String(length=14), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['actors.id'], name=op.f('fk_actors_merged_into_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_commune_insee'), ['commune_insee'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_siren'), ['siren'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_updated_at'), ['updated_at'], unique=False)

    op.create_table('diagnostics',
    sa.Column('kit_id', sa.String(length=100), nullable=False),
    sa.Column('kit_version', sa.String(length=50), nullable=False),
    sa.Column('commune_insee', sa.String(length=5), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('current_volet', sa.String(length=100), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_of_id', sa.String(length=36), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['revision_of_id'], ['diagnostics.id'], name=op.f('fk_diagnostics_revision_of_id_diagnostics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostics'))
    )
    with op.batch_alter_table('diagnostics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostics_commune_insee'), ['commune_insee'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostics_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostics_updated_at'), ['updated_at'], unique=False)

    op.create_table('installation',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_installation'))
    )
    op.create_table('installed_kits',
    sa.Column('form_id', sa.String(length=100), nullable=False),
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('installed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('form_id', 'version', name=op.f('pk_installed_kits'))
    )
    op.create_table('partnerships',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('money_eur', sa.Float(), nullable=True),
    sa.Column('in_kind', sa.Text(), nullable=False),
    sa.Column('skills', sa.Text(), nullable=False),
    sa.Column('outcomes', sa.Text(), nullable=False),
    sa.Column('inspiring', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnerships'))
    )
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnerships_form'), ['form'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_updated_at'), ['updated_at'], unique=False)

    op.create_table('profiles',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('structure', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profiles'))
    )
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profiles_updated_at'), ['updated_at'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('activities',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('metier', sa.String(length=40), nullable=False),
    sa.Column('mission', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_activities_partnership_id_partnerships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_metier'), ['metier'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_mission'), ['mission'], unique=False)
        batch_op.create_index('ix_activities_metier_day_minutes', ['metier', 'day', 'minutes', 'deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_updated_at'), ['updated_at'], unique=False)

    op.create_table('contacts',
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_source', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('erased_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_contacts_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_updated_at'), ['updated_at'], unique=False)

    op.create_table('diagnostic_actions',
    sa.Column('diagnostic_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('lead_actor_id', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['diagnostic_id'], ['diagnostics.id'], name=op.f('fk_diagnostic_actions_diagnostic_id_diagnostics')),
    sa.ForeignKeyConstraint(['lead_actor_id'], ['actors.id'], name=op.f('fk_diagnostic_actions_lead_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_actions'))
    )
    with op.batch_alter_table('diagnostic_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostic_actions_diagnostic_id'), ['diagnostic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_actions_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_actions_updated_at'), ['updated_at'], unique=False)

    op.create_table('diagnostic_answers',
    sa.Column('diagnostic_id', sa.String(length=36), nullable=False),
    sa.Column('question', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['diagnostic_id'], ['diagnostics.id'], name=op.f('fk_diagnostic_answers_diagnostic_id_diagnostics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_answers')),
    sa.UniqueConstraint('diagnostic_id', 'question', name=op.f('uq_diagnostic_answers_diagnostic_id'))
    )
    with op.batch_alter_table('diagnostic_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostic_answers_diagnostic_id'), ['diagnostic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_answers_updated_at'), ['updated_at'], unique=False)

    op.create_table('diagnostic_priorities',
    sa.Column('diagnostic_id', sa.String(length=36), nullable=False),
    sa.Column('volet', sa.String(length=100), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['diagnostic_id'], ['diagnostics.id'], name=op.f('fk_diagnostic_priorities_diagnostic_id_diagnostics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_priorities'))
    )
    with op.batch_alter_table('diagnostic_priorities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostic_priorities_diagnostic_id'), ['diagnostic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_priorities_updated_at'), ['updated_at'], unique=False)

    op.create_table('partnership_communes',
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('insee', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_communes_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'insee', name=op.f('pk_partnership_communes'))
    )
    with op.batch_alter_table('partnership_communes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_communes_insee'), ['insee'], unique=False)

    op.create_table('partnership_needs',
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('need', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_needs_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'need', name=op.f('pk_partnership_needs'))
    )
    with op.batch_alter_table('partnership_needs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_needs_need'), ['need'], unique=False)

    op.create_table('partnership_odds',
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('odd', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_odds_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'odd', name=op.f('pk_partnership_odds'))
    )
    with op.batch_alter_table('partnership_odds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_odds_odd'), ['odd'], unique=False)

    op.create_table('partnership_partners',
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_partnership_partners_actor_id_actors')),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_partners_partnership_id_partnerships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnership_partners')),
    sa.UniqueConstraint('partnership_id', 'actor_id', name=op.f('uq_partnership_partners_partnership_id'))
    )
    with op.batch_alter_table('partnership_partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_partners_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_partners_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_partners_updated_at'), ['updated_at'], unique=False)

    op.create_table('profile_communes',
    sa.Column('profile_id', sa.String(length=36), nullable=False),
    sa.Column('insee', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_profile_communes_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id', 'insee', name=op.f('pk_profile_communes'))
    )
    op.create_table('activity_actors',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_actors_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_activity_actors_actor_id_actors')),
    sa.PrimaryKeyConstraint('activity_id', 'actor_id', name=op.f('pk_activity_actors'))
    )
    with op.batch_alter_table('activity_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('activity_communes',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('insee', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_communes_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'insee', name=op.f('pk_activity_communes'))
    )
    with op.batch_alter_table('activity_communes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_communes_insee'), ['insee'], unique=False)

    op.create_table('diagnostic_action_partners',
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['diagnostic_actions.id'], name=op.f('fk_diagnostic_action_partners_action_id_diagnostic_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_diagnostic_action_partners_actor_id_actors')),
    sa.PrimaryKeyConstraint('action_id', 'actor_id', name=op.f('pk_diagnostic_action_partners'))
    )
    op.create_table('diagnostic_participants',
    sa.Column('diagnostic_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_diagnostic_participants_contact_id_contacts')),
    sa.ForeignKeyConstraint(['diagnostic_id'], ['diagnostics.id'], name=op.f('fk_diagnostic_participants_diagnostic_id_diagnostics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_participants'))
    )
    with op.batch_alter_table('diagnostic_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostic_participants_diagnostic_id'), ['diagnostic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_participants_updated_at'), ['updated_at'], unique=False)



    # Full-text search (records/search.py): one external-content FTS5 table per searchable table,
    # keyed by the table's rowid and kept in sync by triggers, so every writer (use cases, sync
    # import, demo) keeps it current. Names start with fts_ so schema comparisons can skip them.
    # FTS5 is SQLite's: the foundation's PostgreSQL consolidation store has no search box.
    if _on_sqlite():
        for statement in _fts_statements():
            op.execute(statement)


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def downgrade() -> None:
    _drop_exchange_tables()
    for table in _FTS_COLUMNS if _on_sqlite() else ():
        op.execute(f'DROP TABLE IF EXISTS fts_{table}')
    with op.batch_alter_table('diagnostic_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnostic_participants_updated_at'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_participants_diagnostic_id'))

    op.drop_table('diagnostic_participants')
    op.drop_table('diagnostic_action_partners')
    with op.batch_alter_table('activity_communes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_communes_insee'))

    op.drop_table('activity_communes')
    with op.batch_alter_table('activity_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_actors_actor_id'))

    op.drop_table('activity_actors')
    op.drop_table('profile_communes')
    with op.batch_alter_table('partnership_partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_partners_updated_at'))
        batch_op.drop_index(batch_op.f('ix_partnership_partners_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_partnership_partners_actor_id'))

    op.drop_table('partnership_partners')
    with op.batch_alter_table('partnership_odds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_odds_odd'))

    op.drop_table('partnership_odds')
    with op.batch_alter_table('partnership_needs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_needs_need'))

    op.drop_table('partnership_needs')
    with op.batch_alter_table('partnership_communes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_communes_insee'))

    op.drop_table('partnership_communes')
    with op.batch_alter_table('diagnostic_priorities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnostic_priorities_updated_at'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_priorities_diagnostic_id'))

    op.drop_table('diagnostic_priorities')
    with op.batch_alter_table('diagnostic_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnostic_answers_updated_at'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_answers_diagnostic_id'))

    op.drop_table('diagnostic_answers')
    with op.batch_alter_table('diagnostic_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnostic_actions_updated_at'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_actions_due_date'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_actions_diagnostic_id'))

    op.drop_table('diagnostic_actions')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_updated_at'))
        batch_op.drop_index(batch_op.f('ix_contacts_actor_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_updated_at'))
        batch_op.drop_index(batch_op.f('ix_activities_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_activities_mission'))
        batch_op.drop_index('ix_activities_metier_day_minutes')
        batch_op.drop_index(batch_op.f('ix_activities_metier'))
        batch_op.drop_index(batch_op.f('ix_activities_day'))

    op.drop_table('activities')
    op.drop_table('settings')
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profiles_updated_at'))

    op.drop_table('profiles')
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnerships_updated_at'))
        batch_op.drop_index(batch_op.f('ix_partnerships_stage'))
        batch_op.drop_index(batch_op.f('ix_partnerships_form'))

    op.drop_table('partnerships')
    op.drop_table('installed_kits')
    op.drop_table('installation')
    with op.batch_alter_table('diagnostics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnostics_updated_at'))
        batch_op.drop_index(batch_op.f('ix_diagnostics_status'))
        batch_op.drop_index(batch_op.f('ix_diagnostics_commune_insee'))

    op.drop_table('diagnostics')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_updated_at'))
        batch_op.drop_index(batch_op.f('ix_actors_siren'))
        batch_op.drop_index(batch_op.f('ix_actors_name_key'))
        batch_op.drop_index(batch_op.f('ix_actors_kind'))
        batch_op.drop_index(batch_op.f('ix_actors_commune_insee'))

    op.drop_table('actors')


# table -> searchable text columns; mirrored in catalyseur_app.records.search.FTS_TABLES
_FTS_COLUMNS = {
    'actors': ('name', 'address', 'siren', 'website', 'notes'),
    'contacts': ('full_name', 'email', 'phone', 'notes'),
    'partnerships': ('title', 'description', 'outcomes', 'in_kind', 'skills'),
    'activities': ('title', 'outcome'),
}


def _fts_statements() -> list[str]:
    statements = []
    for table, columns in _FTS_COLUMNS.items():
        fts = f'fts_{table}'
        names = ', '.join(columns)
        new = ', '.join(f'new.{c}' for c in columns)
        old = ', '.join(f'old.{c}' for c in columns)
        # Only live rows are indexed (deleted_at IS NULL): a search never meets the trash, and
        # counting matches needs no look-up in the table.
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='rowid', "
            f"tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} WHEN new.deleted_at IS NULL BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} WHEN old.deleted_at IS NULL BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END",
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names}, deleted_at ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) SELECT 'delete', old.rowid, {old} WHERE old.deleted_at IS NULL; "
            f"INSERT INTO {fts}(rowid, {names}) SELECT new.rowid, {new} WHERE new.deleted_at IS NULL; END",
        ]
    return statements


def _create_exchange_tables() -> None:
    """Bookkeeping of sync files (store/models/exchange.py)."""
    op.create_table('exchange_files',
    sa.Column('sequence', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('with_contacts', sa.Boolean(), nullable=False),
    sa.Column('period_start', sa.DateTime(), nullable=True),
    sa.Column('period_end', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('total_rows', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sequence', name=op.f('pk_exchange_files'))
    )
    op.create_table('exchange_peers',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('catalyseur_id', sa.String(length=36), nullable=False),
    sa.Column('catalyseur_name', sa.String(length=200), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('last_period_end', sa.DateTime(), nullable=True),
    sa.Column('last_file_name', sa.String(length=500), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_exchange_peers'))
    )
    op.create_table('exchange_sync_states',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('base_by', sa.String(length=36), nullable=True),
    sa.Column('sent_version', sa.Integer(), nullable=True),
    sa.Column('sent_by', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('kind', 'record_id', name=op.f('pk_exchange_sync_states'))
    )
    op.create_table('exchange_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('from_device', sa.String(length=36), nullable=False),
    sa.Column('local', sa.Text(), nullable=False),
    sa.Column('incoming', sa.Text(), nullable=False),
    sa.Column('chosen', sa.String(length=10), nullable=False),
    sa.Column('decided_by', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflicts'))
    )
    with op.batch_alter_table('exchange_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_conflicts_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflicts_status'), ['status'], unique=False)


def _drop_exchange_tables() -> None:
    with op.batch_alter_table('exchange_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_conflicts_status'))
        batch_op.drop_index(batch_op.f('ix_exchange_conflicts_record_id'))
    for table in ('exchange_conflicts', 'exchange_sync_states', 'exchange_peers', 'exchange_files'):
        op.drop_table(table)
