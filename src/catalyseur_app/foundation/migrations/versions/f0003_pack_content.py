"""What the foundation publishes in its reference packs: kits, vocabulary terms, inspiring
examples, and the packs written.

Revision ID: f0003
Revises: f0002
"""
import sqlalchemy as sa
from alembic import op

revision = 'f0003'
down_revision = 'f0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('foundation_pack_kits',
    sa.Column('form_id', sa.String(length=100), nullable=False),
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('form_id', 'version', name=op.f('pk_foundation_pack_kits'))
    )
    op.create_table('foundation_pack_terms',
    sa.Column('vocabulary', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_fr', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('vocabulary', 'code', name=op.f('pk_foundation_pack_terms'))
    )
    op.create_table('foundation_pack_examples',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('territory', sa.String(length=300), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('odds', sa.String(length=60), nullable=False),
    sa.Column('what_was_done', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_foundation_pack_examples'))
    )
    op.create_table('foundation_packs',
    sa.Column('sequence', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('sequence', name=op.f('pk_foundation_packs'))
    )


def downgrade() -> None:
    for table in ('foundation_packs', 'foundation_pack_examples', 'foundation_pack_terms', 'foundation_pack_kits'):
        op.drop_table(table)
