"""case file: intake, contacts, consents, notes addenda, education, vocational, documents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from shelter_desktop.domain.residents import search_key


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('consent_type', sa.String(length=32), nullable=False),
    sa.Column('given', sa.Boolean(), nullable=False),
    sa.Column('given_by', sa.String(length=16), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_resident_id'), ['resident_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('is_guardian', sa.Boolean(), nullable=False),
    sa.Column('safety_flag', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_resident_id'), ['resident_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    sa.Column('is_profile_photo', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.ForeignKeyConstraint(['uploaded_by'], ['staff_account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_resident_id'), ['resident_id'], unique=False)

    op.create_table('education_enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=32), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('grade', sa.String(length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('certificate', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('education_enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_education_enrolment_resident_id'), ['resident_id'], unique=False)

    op.create_table('vocational_training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('trade', sa.String(length=32), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('startup_kit', sa.String(length=200), nullable=False),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('job_start_date', sa.Date(), nullable=True),
    sa.Column('monthly_income_usd', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vocational_training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vocational_training_resident_id'), ['resident_id'], unique=False)

    op.create_table('document_content',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('education_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=64), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('result_text', sa.String(length=200), nullable=False),
    sa.Column('attendance_percent', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['enrolment_id'], ['education_enrolment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('education_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_education_result_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('note_addendum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['note_id'], ['counseling_note.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('note_addendum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_addendum_note_id'), ['note_id'], unique=False)

    op.create_table('vocational_milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['training_id'], ['vocational_training.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vocational_milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vocational_milestone_training_id'), ['training_id'], unique=False)

    with op.batch_alter_table('counseling_note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('commune_code', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('village_code', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('referral_source', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('referral_organisation', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('referral_contact', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('referral_reason', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('exploitation_types', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('destination_country', sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column('legal_court', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('legal_case_number', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('legal_status', sa.String(length=32), server_default='none', nullable=False))
        batch_op.add_column(sa.Column('hiv_status', sa.String(length=16), server_default='unknown', nullable=False))
        batch_op.add_column(sa.Column('pregnant', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('health_notes', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('mosvy_number', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('alias_key', sa.String(length=200), server_default='', nullable=False))
        batch_op.create_index('ix_resident_alias_key', ['alias_key'], unique=False)
        batch_op.create_index('ix_resident_date_of_birth', ['date_of_birth'], unique=False)

    # Aliases written before this revision get their search key too.
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, alias FROM resident WHERE alias IS NOT NULL")).all()
    for row in rows:
        bind.execute(
            sa.text("UPDATE resident SET alias_key = :key WHERE id = :id"),
            {"key": search_key(row.alias), "id": row.id},
        )




def downgrade() -> None:

    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_index('ix_resident_date_of_birth')
        batch_op.drop_index('ix_resident_alias_key')
        batch_op.drop_column('alias_key')
        batch_op.drop_column('mosvy_number')
        batch_op.drop_column('health_notes')
        batch_op.drop_column('pregnant')
        batch_op.drop_column('hiv_status')
        batch_op.drop_column('legal_status')
        batch_op.drop_column('legal_case_number')
        batch_op.drop_column('legal_court')
        batch_op.drop_column('destination_country')
        batch_op.drop_column('exploitation_types')
        batch_op.drop_column('referral_reason')
        batch_op.drop_column('referral_contact')
        batch_op.drop_column('referral_organisation')
        batch_op.drop_column('referral_source')
        batch_op.drop_column('village_code')
        batch_op.drop_column('commune_code')
        batch_op.drop_column('languages')

    with op.batch_alter_table('counseling_note', schema=None) as batch_op:
        batch_op.drop_column('updated_at')

    with op.batch_alter_table('vocational_milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vocational_milestone_training_id'))

    op.drop_table('vocational_milestone')
    with op.batch_alter_table('note_addendum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_addendum_note_id'))

    op.drop_table('note_addendum')
    with op.batch_alter_table('education_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_education_result_enrolment_id'))

    op.drop_table('education_result')
    op.drop_table('document_content')
    with op.batch_alter_table('vocational_training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vocational_training_resident_id'))

    op.drop_table('vocational_training')
    with op.batch_alter_table('education_enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_education_enrolment_resident_id'))

    op.drop_table('education_enrolment')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_resident_id'))

    op.drop_table('document')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_resident_id'))

    op.drop_table('contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_resident_id'))

    op.drop_table('consent')

