"""Counseling notes: drafts that autosave, signing, addenda, visibility and risk alerts.

Rules, all enforced here (never only by hiding a button):

- Only counselors write notes (``Permission.WRITE_NOTES``); the author of a note is the
  counselor who started it, and only she may change, sign or discard it while it is a draft.
- An unsigned draft is private to its author: nobody else lists or opens it. Once signed, a
  note never changes again; corrections and additions are addenda.
- Counselor-only notes are listed and opened only with ``READ_COUNSELOR_ONLY_NOTES``; the filter
  runs in SQL, so a page never carries a note the reader may not see.

Audit: creating a draft, signing, adding an addendum, discarding and opening a note are each
audited. Autosaves run every few seconds while a counselor types, so they are audited at most
once per draft every ``AUTOSAVE_AUDIT_INTERVAL`` (with the number of saves since the last
event): the log still shows who worked on which draft and when, without one event per pause in
typing drowning everything else. Note text never goes into the audit log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, or_, select

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import NotFound, PermissionDenied
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.notes import (
    RISK_ALERT_DAYS,
    AddendumView,
    DraftIsPrivate,
    NoteDetail,
    NoteDraft,
    NoteIsSigned,
    NoteNotSigned,
    NoteSummary,
    NotNoteAuthor,
    RiskAlert,
    decode_flags,
    encode_flags,
    validate_addendum,
    validate_draft,
    validate_for_signing,
)
from ..domain.residents import NoteVisibility
from ..domain.roles import Permission, role_allows
from ..storage.database import ShelterDatabase
from ..storage.models import (
    CounselingNoteRow,
    NoteAddendumRow,
    ResidentRow,
    StaffAccountRow,
)
from .base import ServiceBase
from .unit_of_work import HeadListener, UnitOfWork

MAX_PAGE = 200
MAX_DRAFTS = 200
MAX_ALERTS = 500
AUTOSAVE_AUDIT_INTERVAL = timedelta(minutes=10)
NOTE = "counseling_note"


@dataclass
class _AutosaveTally:
    last_audited: datetime
    unaudited: int = 0


def _summary_columns() -> Select:  # type: ignore[type-arg]
    addenda = (
        select(func.count(NoteAddendumRow.id))
        .where(NoteAddendumRow.note_id == CounselingNoteRow.id)
        .correlate(CounselingNoteRow)
        .scalar_subquery()
    )
    return (
        select(
            CounselingNoteRow.id,
            CounselingNoteRow.resident_id,
            ResidentRow.case_number,
            CounselingNoteRow.counselor_id,
            StaffAccountRow.display_name,
            CounselingNoteRow.session_date,
            CounselingNoteRow.note_type,
            CounselingNoteRow.duration_minutes,
            CounselingNoteRow.risk_flags,
            CounselingNoteRow.visibility,
            CounselingNoteRow.signed_at,
            CounselingNoteRow.updated_at,
            addenda.label("addenda"),
        )
        .join(ResidentRow, ResidentRow.id == CounselingNoteRow.resident_id)
        .join(StaffAccountRow, StaffAccountRow.id == CounselingNoteRow.counselor_id)
    )


def _summary(row) -> NoteSummary:  # type: ignore[no-untyped-def]
    return NoteSummary(
        row.id, row.resident_id, row.case_number, row.counselor_id, row.display_name,
        row.session_date, row.note_type, row.duration_minutes, decode_flags(row.risk_flags),
        row.visibility, row.signed_at, row.updated_at, row.addenda or 0,
    )


def _apply(row: CounselingNoteRow, draft: NoteDraft) -> None:
    row.session_date = draft.session_date
    row.note_type = draft.note_type
    row.duration_minutes = draft.duration_minutes
    row.presenting_issues = draft.presenting_issues
    row.observations = draft.observations
    row.interventions = draft.interventions
    row.plan = draft.plan
    row.risk_flags = encode_flags(draft.risk_flags)
    row.visibility = draft.visibility


def _as_draft(row: CounselingNoteRow) -> NoteDraft:
    return NoteDraft(
        row.session_date, row.note_type, row.duration_minutes, row.presenting_issues or "",
        row.observations or "", row.interventions or "", row.plan or "",
        decode_flags(row.risk_flags), row.visibility,
    )


def _same(row: CounselingNoteRow, draft: NoteDraft) -> bool:
    stored = _as_draft(row)
    return stored == NoteDraft(
        draft.session_date, draft.note_type, draft.duration_minutes, draft.presenting_issues,
        draft.observations, draft.interventions, draft.plan,
        decode_flags(encode_flags(draft.risk_flags)), draft.visibility,
    )


class NoteService(ServiceBase):
    def __init__(
        self,
        database: ShelterDatabase,
        on_head: HeadListener | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        local_today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(database, on_head)
        self._clock = clock
        # Dates typed by staff are local dates: "in the future" is judged by the PC's day.
        self._today = local_today
        self._tallies: dict[int, _AutosaveTally] = {}
        self._tally_lock = threading.Lock()

    # -- writing -------------------------------------------------------------------------------

    def start_draft(self, actor: SignedInUser, resident_id: int, draft: NoteDraft) -> NoteDetail:
        """A new unsigned note by ``actor`` (its author). Audited CREATE."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.WRITE_NOTES, NOTE)
            resident = uow.session.get(ResidentRow, resident_id)
            if resident is None:
                raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "resident"))
            validate_draft(draft, self._today(), resident.admission_date)
            now = self._clock()
            row = CounselingNoteRow(
                resident_id=resident_id,
                counselor_id=actor.id,
                created_at=now,
                updated_at=now,
                signed_at=None,
            )
            _apply(row, draft)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditAction.CREATE, NOTE, row.id, {"resident_id": resident_id})
            with self._tally_lock:
                self._tallies[row.id] = _AutosaveTally(now)
            return self._detail(uow, row)

    def autosave(self, actor: SignedInUser, note_id: int, draft: NoteDraft) -> datetime:
        """Save the editor's current text into the author's draft; returns when it was saved.

        Cheap, as it runs every few seconds: an unchanged draft is not written at all, and the
        audit event is throttled (see the module docstring).
        """
        with self.unit_of_work(actor) as uow:
            row = self._own_draft(uow, note_id)
            resident = uow.session.get(ResidentRow, row.resident_id)
            validate_draft(draft, self._today(), resident.admission_date if resident else None)
            if _same(row, draft) and row.updated_at is not None:
                return row.updated_at
            now = self._clock()
            _apply(row, draft)
            row.updated_at = now
            audited, saves = self._autosave_audit_due(note_id, now)
            if audited:
                uow.audit(
                    AuditAction.UPDATE, NOTE, note_id,
                    {"resident_id": row.resident_id, "autosaves": saves},
                )
        # Counted only once committed: a save that failed neither used up nor skipped an event.
        self._record_autosave(note_id, now, audited)
        return now

    def update(self, actor: SignedInUser, note_id: int, draft: NoteDraft) -> datetime:
        """An explicit save (not the editor's timer): same rules as autosave, always audited."""
        with self.unit_of_work(actor) as uow:
            row = self._own_draft(uow, note_id)
            resident = uow.session.get(ResidentRow, row.resident_id)
            validate_draft(draft, self._today(), resident.admission_date if resident else None)
            now = self._clock()
            _apply(row, draft)
            row.updated_at = now
            uow.audit(AuditAction.UPDATE, NOTE, note_id, {"resident_id": row.resident_id})
            with self._tally_lock:
                self._tallies[note_id] = _AutosaveTally(now)
            return now

    def sign(
        self, actor: SignedInUser, note_id: int, draft: NoteDraft | None = None
    ) -> NoteDetail:
        """Sign the author's draft; from now on it never changes. Audited SIGN.

        With ``draft``, that text is saved and signed in one transaction, so what the counselor
        saw on screen is exactly what is signed.
        """
        with self.unit_of_work(actor) as uow:
            row = self._own_draft(uow, note_id)
            resident = uow.session.get(ResidentRow, row.resident_id)
            validate_for_signing(
                draft if draft is not None else _as_draft(row),
                self._today(),
                resident.admission_date if resident else None,
            )
            if draft is not None:
                _apply(row, draft)
            now = self._clock()
            row.signed_at = now
            row.updated_at = now
            uow.audit(AuditAction.SIGN, NOTE, note_id, {"resident_id": row.resident_id})
            self._forget(note_id)
            return self._detail(uow, row)

    def add_addendum(self, actor: SignedInUser, note_id: int, text: str) -> NoteDetail:
        """A correction or addition to a signed note, by any counselor who may write notes.
        Audited CREATE of the addendum; returns the note with all its addenda."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.WRITE_NOTES, NOTE, note_id)
            row = self._readable(uow, note_id)
            if row.signed_at is None:
                raise NoteNotSigned()
            validate_addendum(text)
            addendum = NoteAddendumRow(
                note_id=note_id, author_id=actor.id, text=text, created_at=self._clock()
            )
            uow.session.add(addendum)
            uow.session.flush()
            uow.audit(AuditAction.CREATE, "note_addendum", addendum.id, {"note_id": note_id})
            return self._detail(uow, row)

    def discard_draft(self, actor: SignedInUser, note_id: int) -> None:
        """Delete the author's own unsigned draft. Audited under the resident (the note's id no
        longer leads to her once the row is gone)."""
        with self.unit_of_work(actor) as uow:
            row = self._own_draft(uow, note_id)
            resident_id = row.resident_id
            uow.session.delete(row)
            uow.audit(
                AuditAction.DELETE, "counseling_notes", resident_id,
                {"discarded_draft": note_id},
            )
            self._forget(note_id)

    # -- reading -------------------------------------------------------------------------------

    def count(self, actor: SignedInUser, resident_id: int) -> int:
        """How many notes ``list_notes`` pages through."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, "counseling_notes", resident_id)
            query = self._visible(
                uow, select(func.count(CounselingNoteRow.id)), resident_id
            )
            return uow.session.scalar(query) or 0

    def list_notes(
        self, actor: SignedInUser, resident_id: int, offset: int = 0, limit: int = 50
    ) -> list[NoteSummary]:
        """One page of a resident's notes the actor may see, newest session first.

        Rows carry no narrative text. Listing is not audited: opening the resident's file
        already is, and every note opened is.
        """
        limit = max(1, min(limit, MAX_PAGE))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, "counseling_notes", resident_id)
            query = self._visible(uow, _summary_columns(), resident_id)
            rows = uow.session.execute(
                query.order_by(
                    CounselingNoteRow.session_date.desc(), CounselingNoteRow.id.desc()
                )
                .offset(max(0, offset))
                .limit(limit)
            )
            return [_summary(row) for row in rows]

    def read(self, actor: SignedInUser, note_id: int) -> NoteDetail:
        """One note with its addenda. Audited VIEW; a denied attempt is audited too."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, NOTE, note_id)
            row = self._readable(uow, note_id)
            uow.audit(AuditAction.VIEW, NOTE, note_id, {"resident_id": row.resident_id})
            return self._detail(uow, row)

    def my_drafts(
        self, actor: SignedInUser, resident_id: int | None = None
    ) -> list[NoteSummary]:
        """The actor's unsigned drafts (of one resident, or all), last saved first: what is
        offered back after a restart or a crash. Empty for people who do not write notes."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "counseling_notes", resident_id)
            query = _summary_columns().where(
                CounselingNoteRow.counselor_id == actor.id,
                CounselingNoteRow.signed_at.is_(None),
            )
            if resident_id is not None:
                query = query.where(CounselingNoteRow.resident_id == resident_id)
            rows = uow.session.execute(
                query.order_by(
                    CounselingNoteRow.updated_at.desc(), CounselingNoteRow.id.desc()
                ).limit(MAX_DRAFTS)
            )
            return [_summary(row) for row in rows]

    def risk_alerts(self, actor: SignedInUser, resident_id: int) -> list[RiskAlert]:
        """Risk flags raised in the resident's notes of the last ``RISK_ALERT_DAYS`` days,
        newest first, for everyone on the case team.

        The flag is shown even when the note is counselor-only, and even while it is still a
        draft: a flag is the counselor's deliberate signal that the people who run the house
        must act (watch for self-harm, for an attempt to leave, for a health need), while the
        therapeutic narrative stays confidential. So only the flag, the note's id and date
        leave here, never a word of the note (a house manager who tries to open a
        counselor-only note is still refused and the attempt audited).
        """
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.READ_CASE_TEAM_NOTES, "risk_alerts", resident_id)
            since = self._today() - timedelta(days=RISK_ALERT_DAYS)
            rows = uow.session.execute(
                select(
                    CounselingNoteRow.id,
                    CounselingNoteRow.session_date,
                    CounselingNoteRow.risk_flags,
                    CounselingNoteRow.signed_at,
                )
                .where(
                    CounselingNoteRow.resident_id == resident_id,
                    CounselingNoteRow.session_date >= since,
                    CounselingNoteRow.risk_flags != "",
                )
                .order_by(CounselingNoteRow.session_date.desc(), CounselingNoteRow.id.desc())
                .limit(MAX_ALERTS)
            )
            return [
                RiskAlert(resident_id, flag, row.id, row.session_date, row.signed_at is not None)
                for row in rows
                for flag in decode_flags(row.risk_flags)
            ]

    # -- helpers -------------------------------------------------------------------------------

    def _visible(self, uow: UnitOfWork, query: Select, resident_id: int) -> Select:  # type: ignore[type-arg]
        """Signed notes the actor may read, plus her own drafts; filtered in SQL."""
        assert uow.actor is not None
        query = query.where(
            CounselingNoteRow.resident_id == resident_id,
            or_(
                CounselingNoteRow.signed_at.is_not(None),
                CounselingNoteRow.counselor_id == uow.actor.id,
            ),
        )
        if not role_allows(uow.actor_role(), Permission.READ_COUNSELOR_ONLY_NOTES):
            query = query.where(CounselingNoteRow.visibility == NoteVisibility.CASE_TEAM.value)
        return query

    def _readable(self, uow: UnitOfWork, note_id: int) -> CounselingNoteRow:
        """The note, if the actor may read it; denials are audited."""
        assert uow.actor is not None
        row = uow.session.get(CounselingNoteRow, note_id)
        if row is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "note"))
        if row.visibility == NoteVisibility.COUNSELOR_ONLY.value and not role_allows(
            uow.actor_role(), Permission.READ_COUNSELOR_ONLY_NOTES
        ):
            uow.deny(Permission.READ_COUNSELOR_ONLY_NOTES.value, NOTE, note_id)
        if row.signed_at is None and row.counselor_id != uow.actor.id:
            _deny_as(uow, DraftIsPrivate, "read_others_draft", note_id)
        return row

    def _own_draft(self, uow: UnitOfWork, note_id: int) -> CounselingNoteRow:
        """The note, if it is an unsigned draft written by the actor."""
        assert uow.actor is not None
        uow.require(Permission.WRITE_NOTES, NOTE, note_id)
        row = uow.session.get(CounselingNoteRow, note_id)
        if row is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "note"))
        if row.counselor_id != uow.actor.id:
            _deny_as(uow, NotNoteAuthor, "note_author_only", note_id)
        if row.signed_at is not None:
            raise NoteIsSigned()
        return row

    def _detail(self, uow: UnitOfWork, row: CounselingNoteRow) -> NoteDetail:
        author = uow.session.get(StaffAccountRow, row.counselor_id)
        addenda = uow.session.execute(
            select(NoteAddendumRow, StaffAccountRow.display_name)
            .join(StaffAccountRow, StaffAccountRow.id == NoteAddendumRow.author_id)
            .where(NoteAddendumRow.note_id == row.id)
            .order_by(NoteAddendumRow.created_at, NoteAddendumRow.id)
        )
        return NoteDetail(
            row.id, row.resident_id, row.counselor_id, author.display_name if author else "",
            row.session_date, row.note_type, row.duration_minutes, row.presenting_issues or "",
            row.observations or "", row.interventions or "", row.plan or "",
            decode_flags(row.risk_flags), row.visibility, row.created_at, row.signed_at,
            row.updated_at,
            tuple(
                AddendumView(a.id, a.note_id, a.author_id, name, a.text, a.created_at)
                for a, name in addenda
            ),
            row.signed_at is None,
        )

    def _autosave_audit_due(self, note_id: int, now: datetime) -> tuple[bool, int]:
        """Whether this autosave gets an audit event, and how many saves that event covers."""
        with self._tally_lock:
            tally = self._tallies.get(note_id)
            if tally is None or now - tally.last_audited >= AUTOSAVE_AUDIT_INTERVAL:
                return True, (tally.unaudited if tally else 0) + 1
            return False, tally.unaudited + 1

    def _record_autosave(self, note_id: int, now: datetime, audited: bool) -> None:
        with self._tally_lock:
            tally = self._tallies.get(note_id)
            if audited or tally is None:
                self._tallies[note_id] = _AutosaveTally(now)
            else:
                tally.unaudited += 1

    def _forget(self, note_id: int) -> None:
        with self._tally_lock:
            self._tallies.pop(note_id, None)


def _deny_as(
    uow: UnitOfWork, error: type[PermissionDenied], what: str, note_id: int
) -> None:
    """Audit the denial durably, then raise the more specific explanation."""
    try:
        uow.deny(what, NOTE, note_id)
    except PermissionDenied:
        raise error(action=what) from None
