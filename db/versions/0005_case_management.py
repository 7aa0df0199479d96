"""assessments, care plans, reintegration and follow-up, case-work settings

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shelter_desktop.storage import immutability

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('assessment_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ux_assessment_template_key_version', 'assessment_template', ['key', 'version'], unique=True)
    op.create_table('case_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('assessor_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessor_id'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.ForeignKeyConstraint(['template_id'], ['assessment_template.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_assessment_resident_date', 'assessment', ['resident_id', 'assessed_on'], unique=False)
    op.create_table('reintegration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decision', sa.String(length=32), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('placement_date', sa.Date(), nullable=True),
    sa.Column('placement_place', sa.Text(), nullable=False),
    sa.Column('placement_province_code', sa.String(length=8), nullable=True),
    sa.Column('follow_up_months', sa.String(length=64), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.String(length=32), nullable=True),
    sa.Column('closure_note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_reintegration_resident_id'), 'reintegration', ['resident_id'], unique=False)
    op.create_table('assessment_domain_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('domain_code', sa.String(length=32), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_assessment_domain_comment_assessment_id'), 'assessment_domain_comment', ['assessment_id'], unique=False)
    op.create_table('assessment_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('domain_code', sa.String(length=32), nullable=False),
    sa.Column('item_code', sa.String(length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_assessment_score_assessment_id'), 'assessment_score', ['assessment_id'], unique=False)
    op.create_table('care_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('assessment_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.ForeignKeyConstraint(['created_by'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['previous_id'], ['care_plan.id'], ),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_care_plan_status_review', 'care_plan', ['status', 'review_date'], unique=False)
    op.create_index('ux_care_plan_resident_version', 'care_plan', ['resident_id', 'version'], unique=True)
    op.create_table('follow_up_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reintegration_id', sa.Integer(), nullable=False),
    sa.Column('months_after', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=True),
    sa.Column('visit_type', sa.String(length=16), nullable=True),
    sa.Column('visitor_id', sa.Integer(), nullable=True),
    sa.Column('safety_score', sa.Integer(), nullable=True),
    sa.Column('wellbeing_score', sa.Integer(), nullable=True),
    sa.Column('family_score', sa.Integer(), nullable=True),
    sa.Column('education_work_score', sa.Integer(), nullable=True),
    sa.Column('risk_level', sa.String(length=16), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('risks', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['reintegration_id'], ['reintegration.id'], ),
    sa.ForeignKeyConstraint(['visitor_id'], ['staff_account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_follow_up_status_due', 'follow_up_visit', ['status', 'due_on'], unique=False)
    op.create_index(op.f('ix_follow_up_visit_reintegration_id'), 'follow_up_visit', ['reintegration_id'], unique=False)
    op.create_table('readiness_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reintegration_id', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('assessor_id', sa.Integer(), nullable=False),
    sa.Column('child_score', sa.Integer(), nullable=False),
    sa.Column('child_comment', sa.Text(), nullable=False),
    sa.Column('family_visit_date', sa.Date(), nullable=True),
    sa.Column('family_score', sa.Integer(), nullable=False),
    sa.Column('family_comment', sa.Text(), nullable=False),
    sa.Column('community_score', sa.Integer(), nullable=False),
    sa.Column('community_comment', sa.Text(), nullable=False),
    sa.Column('access_score', sa.Integer(), nullable=False),
    sa.Column('access_comment', sa.Text(), nullable=False),
    sa.Column('retrafficking_risk', sa.String(length=16), nullable=False),
    sa.Column('risk_comment', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessor_id'], ['staff_account.id'], ),
    sa.ForeignKeyConstraint(['reintegration_id'], ['reintegration.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_readiness_assessment_reintegration_id'), 'readiness_assessment', ['reintegration_id'], unique=False)
    op.create_table('care_plan_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('care_plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('domain_code', sa.String(length=32), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], ),
    sa.ForeignKeyConstraint(['responsible_id'], ['staff_account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_care_plan_goal_care_plan_id'), 'care_plan_goal', ['care_plan_id'], unique=False)
    op.create_table('care_plan_signoff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('care_plan_id', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=16), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], ),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff_account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_care_plan_signoff_care_plan_id'), 'care_plan_signoff', ['care_plan_id'], unique=False)
    op.create_table('care_plan_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['care_plan_goal.id'], ),
    sa.ForeignKeyConstraint(['responsible_id'], ['staff_account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_care_plan_action_goal_id'), 'care_plan_action', ['goal_id'], unique=False)


    immutability.install_case_management(op.get_bind())


def downgrade() -> None:
    for name in immutability.CASE_MANAGEMENT_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f('ix_care_plan_action_goal_id'), table_name='care_plan_action')
    op.drop_table('care_plan_action')
    op.drop_index(op.f('ix_care_plan_signoff_care_plan_id'), table_name='care_plan_signoff')
    op.drop_table('care_plan_signoff')
    op.drop_index(op.f('ix_care_plan_goal_care_plan_id'), table_name='care_plan_goal')
    op.drop_table('care_plan_goal')
    op.drop_index(op.f('ix_readiness_assessment_reintegration_id'), table_name='readiness_assessment')
    op.drop_table('readiness_assessment')
    op.drop_index(op.f('ix_follow_up_visit_reintegration_id'), table_name='follow_up_visit')
    op.drop_index('ix_follow_up_status_due', table_name='follow_up_visit')
    op.drop_table('follow_up_visit')
    op.drop_index('ux_care_plan_resident_version', table_name='care_plan')
    op.drop_index('ix_care_plan_status_review', table_name='care_plan')
    op.drop_table('care_plan')
    op.drop_index(op.f('ix_assessment_score_assessment_id'), table_name='assessment_score')
    op.drop_table('assessment_score')
    op.drop_index(op.f('ix_assessment_domain_comment_assessment_id'), table_name='assessment_domain_comment')
    op.drop_table('assessment_domain_comment')
    op.drop_index(op.f('ix_reintegration_resident_id'), table_name='reintegration')
    op.drop_table('reintegration')
    op.drop_index('ix_assessment_resident_date', table_name='assessment')
    op.drop_table('assessment')
    op.drop_table('case_setting')
    op.drop_index('ux_assessment_template_key_version', table_name='assessment_template')
    op.drop_table('assessment_template')
