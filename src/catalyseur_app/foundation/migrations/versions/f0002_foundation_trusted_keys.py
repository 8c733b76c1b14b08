"""The trust registry: keys accepted for the catalyseurs whose signed sync files this store takes.

Revision ID: f0002
Revises: f0001
"""
import sqlalchemy as sa
from alembic import op

revision = 'f0002'
down_revision = 'f0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('foundation_trusted_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('catalyseur_id', sa.String(length=36), nullable=False),
    sa.Column('catalyseur_name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('accepted_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_foundation_trusted_keys')),
    sa.UniqueConstraint('catalyseur_id', 'fingerprint', name=op.f('uq_foundation_trusted_keys_catalyseur_id'))
    )
    with op.batch_alter_table('foundation_trusted_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_foundation_trusted_keys_catalyseur_id'), ['catalyseur_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('foundation_trusted_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_foundation_trusted_keys_catalyseur_id'))
    op.drop_table('foundation_trusted_keys')
