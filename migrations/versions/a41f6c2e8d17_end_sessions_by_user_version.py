"""end sessions by a per-user version

Each user has a session version, copied into the session at login; logging out or
changing the password moves it on, and a session with an older one is logged out.

Revision ID: a41f6c2e8d17
Revises: 7c3d9e1f2a55
Create Date: 2026-12-04 00:10:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "a41f6c2e8d17"
down_revision = "7c3d9e1f2a55"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_version")
