"""mark suggested stories

Stories the requirements do not state, added from the catalogue of common journeys to a
short idea, carry ``suggested``; every story saved before it is one the text states.

Revision ID: 5b1e7c2d9a40
Revises: 304c83e5863d
Create Date: 2026-12-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b1e7c2d9a40'
down_revision = '304c83e5863d'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('suggested', sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade():
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_column('suggested')
