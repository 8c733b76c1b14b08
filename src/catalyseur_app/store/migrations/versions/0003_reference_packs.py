"""Reference packs of the foundation: installed packs, vocabulary additions, inspiring examples,
and the example a partnership cites.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('installed_packs',
    sa.Column('sequence', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('installed_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('sequence', name=op.f('pk_installed_packs'))
    )
    op.create_table('vocabulary_additions',
    sa.Column('vocabulary', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_fr', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('pack_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('vocabulary', 'code', name=op.f('pk_vocabulary_additions'))
    )
    op.create_table('inspiring_examples',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('territory', sa.String(length=300), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('odds', sa.String(length=60), nullable=False),
    sa.Column('what_was_done', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('pack_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspiring_examples'))
    )
    with op.batch_alter_table('inspiring_examples', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspiring_examples_form'), ['form'], unique=False)
    op.create_table('partnership_examples',
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('example_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['example_id'], ['inspiring_examples.id'],
                            name=op.f('fk_partnership_examples_example_id_inspiring_examples')),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'],
                            name=op.f('fk_partnership_examples_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', name=op.f('pk_partnership_examples'))
    )
    with op.batch_alter_table('partnership_examples', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_examples_example_id'), ['example_id'], unique=False)


def downgrade() -> None:
    for table in ('partnership_examples', 'inspiring_examples', 'vocabulary_additions', 'installed_packs'):
        op.drop_table(table)
