"""SQLAlchemy 2 models. Dialect-neutral (DESIGN.md section 7): no SQLite-only types here."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ShelterProfileRow(Base):
    """The one shelter this database belongs to."""

    __tablename__ = "shelter_profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StaffAccountRow(Base):
    __tablename__ = "staff_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AuditEventRow(Base):
    """Append-only, hash-chained. ``prev_hash`` is unique, so the chain can never fork."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))

    # A resident's file history looks events up by record (migration 0004).
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)


class ResidentRow(Base):
    __tablename__ = "resident"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    name_khmer: Mapped[str] = mapped_column(String(200))
    name_latin: Mapped[str] = mapped_column(String(200))
    # Case-folded Latin name, for index-backed prefix search.
    name_latin_key: Mapped[str] = mapped_column(String(200))
    alias: Mapped[str | None] = mapped_column(String(200), nullable=True)
    sex: Mapped[str] = mapped_column(String(16))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    nationality: Mapped[str] = mapped_column(String(64))
    province_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    district_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    admission_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32))
    risk_level: Mapped[str] = mapped_column(String(16))
    counselor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_account.id"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Intake (migration 0002). Lists are stored as comma-separated vocabulary values.
    languages: Mapped[str] = mapped_column(String(100), default="", server_default="")
    commune_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    village_code: Mapped[str | None] = mapped_column(String(12), nullable=True)
    referral_source: Mapped[str | None] = mapped_column(String(32), nullable=True)
    referral_organisation: Mapped[str] = mapped_column(String(200), default="", server_default="")
    referral_contact: Mapped[str] = mapped_column(String(200), default="", server_default="")
    referral_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    exploitation_types: Mapped[str] = mapped_column(String(200), default="", server_default="")
    destination_country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    legal_court: Mapped[str] = mapped_column(String(200), default="", server_default="")
    legal_case_number: Mapped[str] = mapped_column(String(64), default="", server_default="")
    legal_status: Mapped[str] = mapped_column(String(32), default="none", server_default="none")
    hiv_status: Mapped[str] = mapped_column(String(16), default="unknown", server_default="unknown")
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    health_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    mosvy_number: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Case-folded alias, for the same prefix search as the Latin name.
    alias_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The day she left the shelter (migration 0006): set with a status other than active,
    # cleared when she is active again; empty for an old exit whose day was never recorded.
    exit_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        Index("ix_resident_name_latin_key", "name_latin_key"),
        Index("ix_resident_name_khmer", "name_khmer"),
        Index("ix_resident_status_admission", "status", "admission_date"),
        Index("ix_resident_counselor", "counselor_id"),
        Index("ix_resident_alias_key", "alias_key"),
        Index("ix_resident_date_of_birth", "date_of_birth"),
        Index("ix_resident_exit_date", "exit_date"),
        Index("ix_resident_admission_date", "admission_date"),
    )


class CounselingNoteRow(Base):
    __tablename__ = "counseling_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    counselor_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    session_date: Mapped[date] = mapped_column(Date)
    note_type: Mapped[str] = mapped_column(String(16))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    presenting_issues: Mapped[str] = mapped_column(Text, default="")
    observations: Mapped[str] = mapped_column(Text, default="")
    interventions: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    risk_flags: Mapped[str] = mapped_column(String(200), default="")
    visibility: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Last autosave of an unsigned note (a draft); frozen once signed.
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        Index("ix_note_resident_date", "resident_id", "session_date"),
        Index("ix_note_counselor_signed", "counselor_id", "signed_at"),
    )


class NoteAddendumRow(Base):
    """A correction or addition to a signed note; the note itself never changes."""

    __tablename__ = "note_addendum"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("counseling_note.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ConsentRow(Base):
    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    consent_type: Mapped[str] = mapped_column(String(32))
    given: Mapped[bool] = mapped_column(Boolean)
    given_by: Mapped[str] = mapped_column(String(16))
    recorded_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))


class ContactRow(Base):
    """A family member or other contact; the safety flag travels wherever contact is planned."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    relation: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    is_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_flag: Mapped[str] = mapped_column(String(32), default="none")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EducationEnrolmentRow(Base):
    __tablename__ = "education_enrolment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    programme: Mapped[str] = mapped_column(String(32))
    institution: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(32), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    certificate: Mapped[str] = mapped_column(String(200), default="")


class EducationResultRow(Base):
    """One term's result: a score out of 100 (or a grade text) and attendance."""

    __tablename__ = "education_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("education_enrolment.id"), index=True)
    term: Mapped[str] = mapped_column(String(64))
    recorded_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result_text: Mapped[str] = mapped_column(String(200), default="")
    attendance_percent: Mapped[int | None] = mapped_column(Integer, nullable=True)


class VocationalTrainingRow(Base):
    __tablename__ = "vocational_training"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    trade: Mapped[str] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    startup_kit: Mapped[str] = mapped_column(String(200), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    job_start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    monthly_income_usd: Mapped[int | None] = mapped_column(Integer, nullable=True)


class VocationalMilestoneRow(Base):
    __tablename__ = "vocational_milestone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("vocational_training.id"), index=True)
    reached_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)


class DocumentRow(Base):
    """A scanned file or photo, kept inside the encrypted database, never as a loose file.

    The bytes live in their own table so that listing documents never loads them.
    """

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)
    is_profile_photo: Mapped[bool] = mapped_column(Boolean, default=False)


class DocumentContentRow(Base):
    __tablename__ = "document_content"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


# ---- assessments, care plans, reintegration (migration 0005) -------------------------------


class AssessmentTemplateRow(Base):
    """A snapshot of one version of an assessment template, stored the first time it is used.

    Past assessments point here, so a later template version (or a later app without the old
    file) never changes how they read.
    """

    __tablename__ = "assessment_template"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # the template's JSON, exactly as shipped
    content_sha256: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ux_assessment_template_key_version", "key", "version", unique=True),)


class AssessmentRow(Base):
    __tablename__ = "assessment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    template_id: Mapped[int] = mapped_column(ForeignKey("assessment_template.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    purpose: Mapped[str] = mapped_column(String(32))  # vocabulary: intake, review, exit, …
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_assessment_resident_date", "resident_id", "assessed_on"),)


class AssessmentScoreRow(Base):
    """The score of one item (1 … 4) of an assessment."""

    __tablename__ = "assessment_score"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), index=True)
    domain_code: Mapped[str] = mapped_column(String(32))
    item_code: Mapped[str] = mapped_column(String(32))
    score: Mapped[int] = mapped_column(Integer)


class AssessmentDomainCommentRow(Base):
    __tablename__ = "assessment_domain_comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), index=True)
    domain_code: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str] = mapped_column(Text)


class CarePlanRow(Base):
    """One version of a resident's care plan. A review writes a new version (``version`` + 1,
    ``previous_id`` set) and marks this one superseded; a superseded plan never changes."""

    __tablename__ = "care_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    version: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("care_plan.id"), nullable=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # draft, active, superseded
    review_date: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ux_care_plan_resident_version", "resident_id", "version", unique=True),
        Index("ix_care_plan_status_review", "status", "review_date"),
    )


class CarePlanGoalRow(Base):
    __tablename__ = "care_plan_goal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    care_plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    domain_code: Mapped[str] = mapped_column(String(32), default="")  # "" when not from a domain
    goal: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_account.id"), nullable=True
    )
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # not_started, in_progress, achieved, dropped


class CarePlanActionRow(Base):
    __tablename__ = "care_plan_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("care_plan_goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_account.id"), nullable=True
    )
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class CarePlanSignoffRow(Base):
    """Who agreed to a care plan version: the resident, her guardian, the case manager."""

    __tablename__ = "care_plan_signoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    care_plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    party: Mapped[str] = mapped_column(String(16))  # resident, guardian, case_manager
    signer_name: Mapped[str] = mapped_column(String(200))
    signed_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ReintegrationRow(Base):
    """A resident's way back to family or community: decision, placement, follow-up, closure."""

    __tablename__ = "reintegration"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # preparing, placed, closed
    decision: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    placement_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    placement_place: Mapped[str] = mapped_column(Text, default="")
    placement_province_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    follow_up_months: Mapped[str] = mapped_column(String(64), default="")  # "1,3,6,12,18,24"
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closure_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    closure_note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReadinessAssessmentRow(Base):
    """How ready she, her family and her community are (scores 1 … 4, 4 = ready/safe)."""

    __tablename__ = "readiness_assessment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reintegration_id: Mapped[int] = mapped_column(ForeignKey("reintegration.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    child_score: Mapped[int] = mapped_column(Integer)
    child_comment: Mapped[str] = mapped_column(Text, default="")
    family_visit_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    family_score: Mapped[int] = mapped_column(Integer)
    family_comment: Mapped[str] = mapped_column(Text, default="")
    community_score: Mapped[int] = mapped_column(Integer)
    community_comment: Mapped[str] = mapped_column(Text, default="")
    access_score: Mapped[int] = mapped_column(Integer)  # school or work
    access_comment: Mapped[str] = mapped_column(Text, default="")
    retrafficking_risk: Mapped[str] = mapped_column(String(16))  # low, medium, high
    risk_comment: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUpVisitRow(Base):
    """A scheduled follow-up (``due_on`` from the placement date) and, once made, the visit."""

    __tablename__ = "follow_up_visit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reintegration_id: Mapped[int] = mapped_column(ForeignKey("reintegration.id"), index=True)
    months_after: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: unscheduled
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # scheduled, done, missed, cancelled
    visited_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    visit_type: Mapped[str | None] = mapped_column(String(16), nullable=True)  # home, phone, …
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    safety_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wellbeing_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    family_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    education_work_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    risk_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    findings: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (Index("ix_follow_up_status_due", "status", "due_on"),)


class CaseSettingRow(Base):
    """Case-work policy (review interval, follow-up months …) kept in the database so that it
    travels with backups; one JSON value per key (domain/case_policy.py)."""

    __tablename__ = "case_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
