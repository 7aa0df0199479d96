"""The history of one resident's file: who opened or changed it, when, and which record.

Audit events name an entity and its id. Some entities are the resident herself (or a list of her
records, audited under her id); others are child records (a note, a contact, a document...) whose
ids are resolved to the resident by asking the child tables, as subqueries, so a resident with
thousands of notes never turns into a parameter list. Only who, when, what action and which kind
of record come back: no detail, no names of residents, nothing a person typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import ColumnElement, Select, String, and_, cast, false, or_, select

from ..domain.dto import SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.models import (
    AssessmentRow,
    AuditEventRow,
    CarePlanRow,
    ConsentRow,
    ContactRow,
    CounselingNoteRow,
    DocumentRow,
    EducationEnrolmentRow,
    EducationResultRow,
    FollowUpVisitRow,
    NoteAddendumRow,
    ReintegrationRow,
    ResidentRow,
    StaffAccountRow,
    VocationalMilestoneRow,
    VocationalTrainingRow,
)
from .base import ServiceBase

MAX_PAGE = 500


class RecordType(str, Enum):
    """Which part of the file an event touched (what the History tab shows)."""

    RESIDENT = "resident"
    COUNSELING_NOTE = "counseling_note"
    CONTACT = "contact"
    CONSENT = "consent"
    DOCUMENT = "document"
    EDUCATION = "education"
    VOCATIONAL = "vocational"
    ASSESSMENT = "assessment"
    CARE_PLAN = "care_plan"
    REINTEGRATION = "reintegration"


RECORD_TYPE_LABELS = {
    RecordType.RESIDENT: QT_TRANSLATE_NOOP("FileHistory", "Resident record"),
    RecordType.COUNSELING_NOTE: QT_TRANSLATE_NOOP("FileHistory", "Counseling note"),
    RecordType.CONTACT: QT_TRANSLATE_NOOP("FileHistory", "Contact"),
    RecordType.CONSENT: QT_TRANSLATE_NOOP("FileHistory", "Consent"),
    RecordType.DOCUMENT: QT_TRANSLATE_NOOP("FileHistory", "Document"),
    RecordType.EDUCATION: QT_TRANSLATE_NOOP("FileHistory", "Education"),
    RecordType.VOCATIONAL: QT_TRANSLATE_NOOP("FileHistory", "Vocational training"),
    RecordType.ASSESSMENT: QT_TRANSLATE_NOOP("FileHistory", "Assessment"),
    RecordType.CARE_PLAN: QT_TRANSLATE_NOOP("FileHistory", "Care plan"),
    RecordType.REINTEGRATION: QT_TRANSLATE_NOOP("FileHistory", "Reintegration and follow-up"),
}

# Entities audited with the resident's own id (the file, or a list of her records).
RESIDENT_ENTITIES: dict[str, RecordType] = {
    "resident": RecordType.RESIDENT,
    "resident_detail": RecordType.RESIDENT,
    "counseling_notes": RecordType.COUNSELING_NOTE,
    "risk_alerts": RecordType.COUNSELING_NOTE,
    "contacts": RecordType.CONTACT,
    "safety_alerts": RecordType.CONTACT,
    "consents": RecordType.CONSENT,
    "documents": RecordType.DOCUMENT,
    "profile_photo": RecordType.DOCUMENT,
    "education": RecordType.EDUCATION,
    "education_enrolments": RecordType.EDUCATION,
    "vocational": RecordType.VOCATIONAL,
    "vocational_trainings": RecordType.VOCATIONAL,
    "case_closure": RecordType.REINTEGRATION,
}

# Entities audited with a child record's id, and how that record reaches the resident.
CHILD_ENTITIES: dict[str, RecordType] = {
    "counseling_note": RecordType.COUNSELING_NOTE,
    "note_addendum": RecordType.COUNSELING_NOTE,
    "contact": RecordType.CONTACT,
    "consent": RecordType.CONSENT,
    "document": RecordType.DOCUMENT,
    "education_enrolment": RecordType.EDUCATION,
    "education_result": RecordType.EDUCATION,
    "vocational_training": RecordType.VOCATIONAL,
    "vocational_milestone": RecordType.VOCATIONAL,
    "assessment": RecordType.ASSESSMENT,
    "care_plan": RecordType.CARE_PLAN,
    "reintegration": RecordType.REINTEGRATION,
    "follow_up_visit": RecordType.REINTEGRATION,
}


def _child_ids(entity: str, resident_id: int) -> Select:  # type: ignore[type-arg]
    """Ids (as audit text) of ``entity`` records that belong to the resident."""
    if entity == "counseling_note":
        return select(cast(CounselingNoteRow.id, String)).where(
            CounselingNoteRow.resident_id == resident_id
        )
    if entity == "note_addendum":
        return (
            select(cast(NoteAddendumRow.id, String))
            .join(CounselingNoteRow, CounselingNoteRow.id == NoteAddendumRow.note_id)
            .where(CounselingNoteRow.resident_id == resident_id)
        )
    if entity == "contact":
        return select(cast(ContactRow.id, String)).where(ContactRow.resident_id == resident_id)
    if entity == "consent":
        return select(cast(ConsentRow.id, String)).where(ConsentRow.resident_id == resident_id)
    if entity == "document":
        return select(cast(DocumentRow.id, String)).where(DocumentRow.resident_id == resident_id)
    if entity == "education_enrolment":
        return select(cast(EducationEnrolmentRow.id, String)).where(
            EducationEnrolmentRow.resident_id == resident_id
        )
    if entity == "education_result":
        return (
            select(cast(EducationResultRow.id, String))
            .join(EducationEnrolmentRow, EducationEnrolmentRow.id == EducationResultRow.enrolment_id)
            .where(EducationEnrolmentRow.resident_id == resident_id)
        )
    if entity == "vocational_training":
        return select(cast(VocationalTrainingRow.id, String)).where(
            VocationalTrainingRow.resident_id == resident_id
        )
    if entity == "vocational_milestone":
        return (
            select(cast(VocationalMilestoneRow.id, String))
            .join(
                VocationalTrainingRow,
                VocationalTrainingRow.id == VocationalMilestoneRow.training_id,
            )
            .where(VocationalTrainingRow.resident_id == resident_id)
        )
    if entity == "assessment":
        return select(cast(AssessmentRow.id, String)).where(AssessmentRow.resident_id == resident_id)
    if entity == "care_plan":
        return select(cast(CarePlanRow.id, String)).where(CarePlanRow.resident_id == resident_id)
    if entity == "reintegration":
        return select(cast(ReintegrationRow.id, String)).where(
            ReintegrationRow.resident_id == resident_id
        )
    if entity == "follow_up_visit":
        return (
            select(cast(FollowUpVisitRow.id, String))
            .join(ReintegrationRow, ReintegrationRow.id == FollowUpVisitRow.reintegration_id)
            .where(ReintegrationRow.resident_id == resident_id)
        )
    raise KeyError(entity)


# Entities audited with a parent record's id: a page of an enrolment's results or of a
# training's milestones. (The education and vocational services currently write these views as
# "education_result" / "vocational_milestone" with the parent's id; see _belongs_to.)
PARENT_KEYED: dict[str, tuple[str, RecordType]] = {
    "education_results": ("education_enrolment", RecordType.EDUCATION),
    "vocational_milestones": ("vocational_training", RecordType.VOCATIONAL),
}
VIEWS_KEYED_BY_PARENT = {
    "education_result": "education_enrolment",
    "vocational_milestone": "vocational_training",
}


def _belongs_to(resident_id: int) -> ColumnElement[bool]:
    entity, entity_id, action = AuditEventRow.entity, AuditEventRow.entity_id, AuditEventRow.action
    clauses: list[ColumnElement[bool]] = [
        and_(entity.in_(list(RESIDENT_ENTITIES)), entity_id == str(resident_id))
    ]
    for child in CHILD_ENTITIES:
        ids = _child_ids(child, resident_id)
        parent = VIEWS_KEYED_BY_PARENT.get(child)
        if parent is None:
            clauses.append(and_(entity == child, entity_id.in_(ids)))
        else:
            clauses.append(and_(entity == child, action != "view", entity_id.in_(ids)))
            clauses.append(
                and_(entity == child, action == "view",
                     entity_id.in_(_child_ids(parent, resident_id)))
            )
    for name, (parent, _type) in PARENT_KEYED.items():
        clauses.append(and_(entity == name, entity_id.in_(_child_ids(parent, resident_id))))
    # A record removed for good no longer resolves; its events name the resident in detail.
    for ending in (",", "}"):
        clauses.append(
            and_(
                entity.in_(list(CHILD_ENTITIES)),
                AuditEventRow.detail.like(f'%"resident_id": {int(resident_id)}{ending}%'),
            )
        )
    return or_(false(), *clauses)


def record_type(entity: str | None) -> RecordType:
    if entity in RESIDENT_ENTITIES:
        return RESIDENT_ENTITIES[entity]
    if entity in CHILD_ENTITIES:
        return CHILD_ENTITIES[entity]
    if entity in PARENT_KEYED:
        return PARENT_KEYED[entity][1]
    return RecordType.RESIDENT


@dataclass(frozen=True)
class FileHistoryEvent:
    """One line of a file's history. ``occurred_at`` is naive UTC, as stored."""

    id: int
    occurred_at: datetime
    username: str | None
    staff_name: str | None
    action: str  # AuditAction value
    record_type: RecordType


class FileHistoryService(ServiceBase):
    def events(
        self, actor: SignedInUser, resident_id: int, limit: int = 100, offset: int = 0
    ) -> list[FileHistoryEvent]:
        """One page of the file's audit events, newest first. Ask for ``limit + 1`` to learn
        whether an older page exists (counting them all would read the whole audit log)."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_FILE_HISTORY, "file_history", resident_id)
            if uow.session.get(ResidentRow, resident_id) is None:
                raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "resident"))
            rows = uow.session.execute(
                select(
                    AuditEventRow.id,
                    AuditEventRow.occurred_at,
                    AuditEventRow.actor_username,
                    AuditEventRow.action,
                    AuditEventRow.entity,
                    StaffAccountRow.display_name,
                )
                .outerjoin(StaffAccountRow, StaffAccountRow.id == AuditEventRow.actor_id)
                .where(_belongs_to(resident_id))
                .order_by(AuditEventRow.id.desc())
                .limit(limit)
                .offset(max(0, offset))
            )
            return [
                FileHistoryEvent(
                    row.id, row.occurred_at, row.actor_username, row.display_name, row.action,
                    record_type(row.entity),
                )
                for row in rows
            ]
