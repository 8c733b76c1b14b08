"""The foundation's tables: applied files, record sources, national actors and their links.

Revision ID: f0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = 'f0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('foundation_files',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('catalyseur_id', sa.String(length=36), nullable=False),
    sa.Column('catalyseur_name', sa.String(length=200), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_foundation_files')),
    sa.UniqueConstraint('device_id', 'sequence', name=op.f('uq_foundation_files_device_id')),
    sa.UniqueConstraint('sha256', name=op.f('uq_foundation_files_sha256'))
    )
    with op.batch_alter_table('foundation_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_foundation_files_catalyseur_id'), ['catalyseur_id'], unique=False)
    op.create_table('foundation_national_actors',
    sa.Column('key', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_foundation_national_actors'))
    )
    op.create_table('foundation_actor_links',
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('national_key', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['national_key'], ['foundation_national_actors.key'],
                            name=op.f('fk_foundation_actor_links_national_key_foundation_national_actors')),
    sa.PrimaryKeyConstraint('actor_id', name=op.f('pk_foundation_actor_links'))
    )
    with op.batch_alter_table('foundation_actor_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_foundation_actor_links_national_key'), ['national_key'], unique=False)
    op.create_table('foundation_record_sources',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('catalyseur_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['foundation_files.id'],
                            name=op.f('fk_foundation_record_sources_file_id_foundation_files')),
    sa.PrimaryKeyConstraint('kind', 'record_id', name=op.f('pk_foundation_record_sources'))
    )
    with op.batch_alter_table('foundation_record_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_foundation_record_sources_catalyseur_id'), ['catalyseur_id'],
                              unique=False)


def downgrade() -> None:
    for table in ('foundation_record_sources', 'foundation_actor_links', 'foundation_national_actors',
                  'foundation_files'):
        op.drop_table(table)
