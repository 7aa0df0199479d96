"""Reading residents: the list and a resident's summary. Every open of a file is audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from ..domain.audit import AuditAction
from ..domain.clock import age_on, utc_now
from ..domain.dto import ResidentSummary, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.residents import NoteVisibility, ResidentStatus, search_key
from ..domain.roles import Permission, role_allows
from ..storage.models import CounselingNoteRow, ResidentRow
from .base import ServiceBase

MAX_PAGE = 500


@dataclass(frozen=True)
class ResidentQuery:
    text: str = ""
    status: ResidentStatus | None = None


@dataclass(frozen=True)
class NoteView:
    id: int
    resident_id: int
    session_date: object
    note_type: str
    visibility: str
    presenting_issues: str
    observations: str
    interventions: str
    plan: str
    signed: bool


def _where(query: Select, q: ResidentQuery) -> Select:  # type: ignore[type-arg]
    text = q.text.strip()
    if text:
        key = search_key(text)
        # Prefix searches stay on the indexes; escape LIKE's wildcards in what was typed.
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        raw = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(
            or_(
                ResidentRow.name_latin_key.like(f"{escaped}%", escape="\\"),
                ResidentRow.name_latin_key.like(f"% {escaped}%", escape="\\"),
                ResidentRow.name_khmer.like(f"{raw}%", escape="\\"),
                ResidentRow.case_number.like(f"%{raw.upper()}%", escape="\\"),
                ResidentRow.alias.like(f"{raw}%", escape="\\"),
            )
        )
    if q.status is not None:
        query = query.where(ResidentRow.status == q.status.value)
    return query


def _summary(row: ResidentRow) -> ResidentSummary:
    today = utc_now().date()
    return ResidentSummary(
        row.id,
        row.case_number,
        row.name_khmer,
        row.name_latin,
        row.sex,
        age_on(row.date_of_birth, today) if row.date_of_birth else None,
        row.status,
        row.risk_level,
        row.admission_date,
    )


class ResidentService(ServiceBase):
    def count(self, actor: SignedInUser, query: ResidentQuery) -> int:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            return uow.session.scalar(_where(select(func.count(ResidentRow.id)), query)) or 0

    def page(
        self, actor: SignedInUser, query: ResidentQuery, offset: int, limit: int
    ) -> list[ResidentSummary]:
        """One page of the list, newest admission first; filtering and sorting run in SQL."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            rows = uow.session.scalars(
                _where(select(ResidentRow), query)
                .order_by(ResidentRow.admission_date.desc(), ResidentRow.id.desc())
                .offset(max(0, offset))
                .limit(limit)
            )
            return [_summary(row) for row in rows]

    def open_file(self, actor: SignedInUser, resident_id: int) -> ResidentSummary:
        """A resident's summary for her file; the view is audited."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident", resident_id)
            row = uow.session.get(ResidentRow, resident_id)
            if row is None:
                raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "resident"))
            uow.audit(AuditAction.VIEW, "resident", resident_id)
            return _summary(row)

    def notes(self, actor: SignedInUser, resident_id: int) -> list[NoteView]:
        """Notes the actor may read: counselor-only notes only for counselors."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, "counseling_note", resident_id)
            role = uow.actor_role()
            query = select(CounselingNoteRow).where(CounselingNoteRow.resident_id == resident_id)
            if not role_allows(role, Permission.READ_COUNSELOR_ONLY_NOTES):
                query = query.where(
                    CounselingNoteRow.visibility == NoteVisibility.CASE_TEAM.value
                )
            rows = uow.session.scalars(query.order_by(CounselingNoteRow.session_date.desc()))
            notes = [
                NoteView(
                    r.id, r.resident_id, r.session_date, r.note_type, r.visibility,
                    r.presenting_issues, r.observations, r.interventions, r.plan,
                    r.signed_at is not None,
                )
                for r in rows
            ]
            uow.audit(AuditAction.VIEW, "counseling_notes", resident_id, {"count": len(notes)})
            return notes

    def read_note(self, actor: SignedInUser, note_id: int) -> NoteView:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, "counseling_note", note_id)
            row = uow.session.get(CounselingNoteRow, note_id)
            if row is None:
                raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "note"))
            if row.visibility == NoteVisibility.COUNSELOR_ONLY.value and not role_allows(
                uow.actor_role(), Permission.READ_COUNSELOR_ONLY_NOTES
            ):
                uow.deny(Permission.READ_COUNSELOR_ONLY_NOTES.value, "counseling_note", note_id)
            uow.audit(AuditAction.VIEW, "counseling_note", note_id)
            return NoteView(
                row.id, row.resident_id, row.session_date, row.note_type, row.visibility,
                row.presenting_issues, row.observations, row.interventions, row.plan,
                row.signed_at is not None,
            )

