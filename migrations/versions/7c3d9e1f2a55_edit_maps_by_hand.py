"""edit maps by hand

Every row of a map carries a version (an edit from a stale page is a conflict), stories
say whether a person wrote or changed them, a map may have a share token, and each change
is kept in ``map_changes`` for the history, undo and restore. Releases lose their unique
position: a user reorders them, and a swap passes through two rows at one place.

Revision ID: 7c3d9e1f2a55
Revises: 5b1e7c2d9a40
Create Date: 2026-12-03 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7c3d9e1f2a55'
down_revision = '5b1e7c2d9a40'
branch_labels = None
depends_on = None


def _version():
    return sa.Column('version', sa.Integer(), server_default='1', nullable=False)


def _batch(table):
    # On SQLite the map's tables are rebuilt with AUTOINCREMENT: a deleted row's id is never
    # given to a new one, so an edit from a page showing the old row cannot land on the new
    # one, and the history's ids stay unambiguous. (PostgreSQL's sequences never reuse ids.)
    if op.get_bind().dialect.name == 'sqlite':
        return op.batch_alter_table(
            table, recreate='always', table_kwargs={'sqlite_autoincrement': True}
        )
    return op.batch_alter_table(table, schema=None)


def upgrade():
    for table in ('activities', 'tasks'):
        with _batch(table) as batch_op:
            batch_op.add_column(_version())
    with _batch('releases') as batch_op:
        batch_op.add_column(_version())
        batch_op.drop_constraint('uq_releases_project_id', type_='unique')
        # The unique constraint was the index a map's releases were found by.
        batch_op.create_index(batch_op.f('ix_releases_project_id'), ['project_id'], unique=False)
    with _batch('stories') as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(
            sa.Column('written_by_hand', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column('edited_by_hand', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(sa.Column('share_token', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_projects_share_token'), ['share_token'])
    op.create_table(
        'map_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('summary', sa.String(length=300), nullable=False),
        sa.Column('ops', sa.JSON(), nullable=False),
        sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_map_changes_project_id_projects'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_map_changes_user_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_map_changes')),
    )
    op.create_index('ix_map_changes_project_id_id', 'map_changes', ['project_id', 'id'], unique=False)


def downgrade():
    op.drop_index('ix_map_changes_project_id_id', table_name='map_changes')
    op.drop_table('map_changes')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_projects_share_token'), type_='unique')
        batch_op.drop_column('share_token')
        batch_op.drop_column('version')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_column('edited_by_hand')
        batch_op.drop_column('written_by_hand')
        batch_op.drop_column('version')
    with op.batch_alter_table('releases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_releases_project_id'))
        batch_op.create_unique_constraint('uq_releases_project_id', ['project_id', 'position'])
        batch_op.drop_column('version')
    for table in ('tasks', 'activities'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
