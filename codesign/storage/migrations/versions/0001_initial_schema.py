"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 11:59:29.171975
"""
import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('goal', sa.String(), nullable=False),
    sa.Column('date', sa.String(), nullable=True),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('facilitator', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('modified', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('hypothesis',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('workshop_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('statement', sa.String(), nullable=False),
    sa.Column('segment', sa.String(), nullable=False),
    sa.Column('experiment', sa.String(), nullable=False),
    sa.Column('metric', sa.String(), nullable=False),
    sa.Column('success_criterion', sa.String(), nullable=False),
    sa.Column('owner', sa.String(), nullable=False),
    sa.Column('start_date', sa.String(), nullable=True),
    sa.Column('deadline', sa.String(), nullable=True),
    sa.Column('effort', sa.String(), nullable=False),
    sa.Column('criticality', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('observation', sa.String(), nullable=False),
    sa.Column('learning', sa.String(), nullable=False),
    sa.Column('decision', sa.String(), nullable=True),
    sa.Column('next_steps', sa.String(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('modified', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_hypothesis_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hypothesis'))
    )
    with op.batch_alter_table('hypothesis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hypothesis_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('journey',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('workshop_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('persona', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_journey_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journey'))
    )
    with op.batch_alter_table('journey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journey_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('workshop_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('group', sa.String(), nullable=False),
    sa.Column('colour', sa.String(), nullable=False),
    sa.Column('marker', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participant_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('hypothesis_status_change',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('hypothesis_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('at', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['hypothesis_id'], ['hypothesis.id'], name=op.f('fk_hypothesis_status_change_hypothesis_id_hypothesis'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hypothesis_status_change'))
    )
    with op.batch_alter_table('hypothesis_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hypothesis_status_change_hypothesis_id'), ['hypothesis_id'], unique=False)

    op.create_table('lane',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('journey_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('height', sa.Double(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_lane_journey_id_journey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lane'))
    )
    with op.batch_alter_table('lane', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lane_journey_id'), ['journey_id'], unique=False)

    op.create_table('moment',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('journey_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('emotion', sa.Double(), nullable=False),
    sa.Column('width', sa.Double(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_moment_journey_id_journey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_moment'))
    )
    with op.batch_alter_table('moment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moment_journey_id'), ['journey_id'], unique=False)

    op.create_table('voting_round',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('workshop_id', sa.String(), nullable=False),
    sa.Column('journey_id', sa.String(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(), nullable=False),
    sa.Column('dots_per_participant', sa.Integer(), nullable=False),
    sa.Column('per_card_max', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(), nullable=False),
    sa.Column('target_kinds', sa.String(), nullable=False),
    sa.Column('target_cards', sa.String(), nullable=False),
    sa.Column('groups', sa.String(), nullable=False),
    sa.Column('allow_own_cards', sa.Boolean(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('hidden_until_reveal', sa.Boolean(), nullable=False),
    sa.Column('time_limit_seconds', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('revealed', sa.Boolean(), nullable=False),
    sa.Column('opened_at', sa.String(), nullable=True),
    sa.Column('closed_at', sa.String(), nullable=True),
    sa.Column('created', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_voting_round_journey_id_journey'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_voting_round_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_round'))
    )
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_round_journey_id'), ['journey_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voting_round_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('journey_id', sa.String(), nullable=False),
    sa.Column('moment_id', sa.String(), nullable=True),
    sa.Column('lane_id', sa.String(), nullable=True),
    sa.Column('author_id', sa.String(), nullable=True),
    sa.Column('z', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('channel', sa.String(), nullable=True),
    sa.Column('note_type', sa.String(), nullable=True),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('width', sa.Double(), nullable=False),
    sa.Column('height', sa.Double(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('modified', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['participant.id'], name=op.f('fk_card_author_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_card_journey_id_journey'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lane_id'], ['lane.id'], name=op.f('fk_card_lane_id_lane'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['moment_id'], ['moment.id'], name=op.f('fk_card_moment_id_moment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card'))
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_journey_id'), ['journey_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_moment_id'), ['moment_id'], unique=False)

    op.create_table('hypothesis_moment',
    sa.Column('hypothesis_id', sa.String(), nullable=False),
    sa.Column('moment_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['hypothesis_id'], ['hypothesis.id'], name=op.f('fk_hypothesis_moment_hypothesis_id_hypothesis'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['moment_id'], ['moment.id'], name=op.f('fk_hypothesis_moment_moment_id_moment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('hypothesis_id', 'moment_id', name=op.f('pk_hypothesis_moment'))
    )
    with op.batch_alter_table('hypothesis_moment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hypothesis_moment_moment_id'), ['moment_id'], unique=False)

    op.create_table('connector',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('journey_id', sa.String(), nullable=False),
    sa.Column('from_card_id', sa.String(), nullable=False),
    sa.Column('to_card_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['from_card_id'], ['card.id'], name=op.f('fk_connector_from_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_card_id'], ['card.id'], name=op.f('fk_connector_to_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['journey_id'], ['journey.id'], name=op.f('fk_connector_journey_id_journey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_connector'))
    )
    with op.batch_alter_table('connector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_connector_from_card_id'), ['from_card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_connector_journey_id'), ['journey_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_connector_to_card_id'), ['to_card_id'], unique=False)

    op.create_table('hypothesis_card',
    sa.Column('hypothesis_id', sa.String(), nullable=False),
    sa.Column('card_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_hypothesis_card_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hypothesis_id'], ['hypothesis.id'], name=op.f('fk_hypothesis_card_hypothesis_id_hypothesis'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('hypothesis_id', 'card_id', name=op.f('pk_hypothesis_card'))
    )
    with op.batch_alter_table('hypothesis_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hypothesis_card_card_id'), ['card_id'], unique=False)

    op.create_table('vote',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('round_id', sa.String(), nullable=False),
    sa.Column('card_id', sa.String(), nullable=False),
    sa.Column('participant_id', sa.String(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_vote_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_vote_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_vote_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_card_id'), ['card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_round_id'), ['round_id'], unique=False)
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_round_id'))
        batch_op.drop_index(batch_op.f('ix_vote_participant_id'))
        batch_op.drop_index(batch_op.f('ix_vote_card_id'))

    op.drop_table('vote')
    with op.batch_alter_table('hypothesis_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hypothesis_card_card_id'))

    op.drop_table('hypothesis_card')
    with op.batch_alter_table('connector', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_connector_to_card_id'))
        batch_op.drop_index(batch_op.f('ix_connector_journey_id'))
        batch_op.drop_index(batch_op.f('ix_connector_from_card_id'))

    op.drop_table('connector')
    with op.batch_alter_table('hypothesis_moment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hypothesis_moment_moment_id'))

    op.drop_table('hypothesis_moment')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_moment_id'))
        batch_op.drop_index(batch_op.f('ix_card_lane_id'))
        batch_op.drop_index(batch_op.f('ix_card_journey_id'))
        batch_op.drop_index(batch_op.f('ix_card_author_id'))

    op.drop_table('card')
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_round_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_voting_round_journey_id'))

    op.drop_table('voting_round')
    with op.batch_alter_table('moment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moment_journey_id'))

    op.drop_table('moment')
    with op.batch_alter_table('lane', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lane_journey_id'))

    op.drop_table('lane')
    with op.batch_alter_table('hypothesis_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hypothesis_status_change_hypothesis_id'))

    op.drop_table('hypothesis_status_change')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_workshop_id'))

    op.drop_table('participant')
    with op.batch_alter_table('journey', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journey_workshop_id'))

    op.drop_table('journey')
    with op.batch_alter_table('hypothesis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hypothesis_workshop_id'))

    op.drop_table('hypothesis')
    op.drop_table('workshop')
