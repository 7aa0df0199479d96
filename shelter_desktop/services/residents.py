"""Residents: intake, changes, the list with filters and search, a resident's file, and the
duplicate check. Every call checks permission; opening a file and every change are audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from ..domain.age_bands import AgeBand, birth_date_range
from ..domain.audit import AuditAction
from ..domain.case_file import (
    ConsentInput,
    ConsentView,
    ContactInput,
    DuplicateCandidate,
    ResidentDetail,
    ResidentIntake,
)
from ..domain.clock import age_on, utc_now
from ..domain.departure import exit_date_after, validate_departure
from ..domain.dto import Changed, Changes, ResidentSummary, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.intake import (
    COUNSELOR_UNKNOWN,
    ExistingResident,
    IntakeInvalid,
    IntakeProblem,
    khmer_clusters,
    khmer_compact,
    khmer_words,
    latin_prefixes,
    latin_words,
    normalise_intake,
    score_duplicate,
    validate_intake,
)
from ..domain.residents import (
    NoteVisibility,
    ResidentStatus,
    RiskLevel,
    format_case_number,
    search_key,
)
from ..domain.roles import Permission, Role, role_allows
from ..storage import resident_search
from ..storage.models import (
    ConsentRow,
    ContactRow,
    CounselingNoteRow,
    ResidentRow,
    ShelterProfileRow,
    StaffAccountRow,
)
from .base import ServiceBase

MAX_PAGE = 500
# Candidates read per narrowing query of the duplicate check; scored in Python afterwards.
DUPLICATE_CANDIDATES_PER_QUERY = 2000

RESIDENT_CHANGED = Changes(frozenset({"resident"}))
RESIDENT_CREATED = Changes(frozenset({"resident", "consent", "contact"}))


class ResidentSort(str, Enum):
    CASE_NUMBER = "case_number"
    NAME_LATIN = "name_latin"
    NAME_KHMER = "name_khmer"
    AGE = "age"
    ADMISSION_DATE = "admission_date"
    STATUS = "status"
    RISK = "risk"


@dataclass(frozen=True)
class ResidentQuery:
    """What the resident list shows: filters, search text and order (all applied in SQL).

    ``descending`` reverses the natural order of ``sort``: for AGE, ascending means youngest
    first; for RISK, ascending means low first.
    """

    text: str = ""
    status: ResidentStatus | None = None
    risk_level: RiskLevel | None = None
    age_band: AgeBand | None = None
    admission_year: int | None = None
    counselor_id: int | None = None
    sort: ResidentSort = ResidentSort.ADMISSION_DATE
    descending: bool = True


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


_RISK_ORDER = case(
    (ResidentRow.risk_level == RiskLevel.HIGH.value, 2),
    (ResidentRow.risk_level == RiskLevel.MEDIUM.value, 1),
    else_=0,
)

_SUMMARY_COLUMNS = (
    ResidentRow.id,
    ResidentRow.case_number,
    ResidentRow.name_khmer,
    ResidentRow.name_latin,
    ResidentRow.sex,
    ResidentRow.date_of_birth,
    ResidentRow.status,
    ResidentRow.risk_level,
    ResidentRow.admission_date,
)


def _filters(session: Session, q: ResidentQuery, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if q.text.strip():
        conditions.append(resident_search.text_condition(session, q.text))
    if q.status is not None:
        conditions.append(ResidentRow.status == ResidentStatus(q.status).value)
    if q.risk_level is not None:
        conditions.append(ResidentRow.risk_level == RiskLevel(q.risk_level).value)
    if q.age_band is not None:
        born = birth_date_range(AgeBand(q.age_band), today)
        conditions.append(ResidentRow.date_of_birth <= born.born_on_or_before)
        if born.born_after is not None:
            conditions.append(ResidentRow.date_of_birth > born.born_after)
    if q.admission_year is not None:
        conditions.append(ResidentRow.admission_date >= date(q.admission_year, 1, 1))
        conditions.append(ResidentRow.admission_date < date(q.admission_year + 1, 1, 1))
    if q.counselor_id is not None:
        conditions.append(ResidentRow.counselor_id == q.counselor_id)
    return conditions


def _order(q: ResidentQuery) -> list[Any]:
    """ORDER BY for the query; the id breaks ties so pages never overlap or skip a row."""
    descending = q.descending
    if q.sort is ResidentSort.AGE:
        # Younger first means later births first; residents without a date of birth go last.
        column = ResidentRow.date_of_birth
        ordered = column.asc() if descending else column.desc()
        return [ResidentRow.date_of_birth.is_(None), ordered,
                ResidentRow.id.desc() if descending else ResidentRow.id.asc()]
    keys: dict[ResidentSort, list[Any]] = {
        ResidentSort.CASE_NUMBER: [ResidentRow.case_number],
        ResidentSort.NAME_LATIN: [ResidentRow.name_latin_key],
        ResidentSort.NAME_KHMER: [ResidentRow.name_khmer],
        ResidentSort.ADMISSION_DATE: [ResidentRow.admission_date],
        ResidentSort.STATUS: [ResidentRow.status, ResidentRow.admission_date],
        ResidentSort.RISK: [_RISK_ORDER, ResidentRow.admission_date],
    }
    columns = keys[ResidentSort(q.sort)] + [ResidentRow.id]
    return [c.desc() if descending else c.asc() for c in columns]


def _age(born: date | None, today: date) -> int | None:
    return age_on(born, today) if born else None


def _summary_from(row: Any, today: date) -> ResidentSummary:
    return ResidentSummary(
        row.id,
        row.case_number,
        row.name_khmer,
        row.name_latin,
        row.sex,
        _age(row.date_of_birth, today),
        row.status,
        row.risk_level,
        row.admission_date,
    )


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _consent_view(row: ConsentRow) -> ConsentView:
    return ConsentView(row.id, row.consent_type, row.given, row.given_by, row.recorded_on,
                       row.notes)


def _not_found() -> NotFound:
    return NotFound(what=QT_TRANSLATE_NOOP("Errors", "resident"))


# Intake fields stored one to one in a column of the same name.
_PLAIN_FIELDS = (
    "name_khmer", "name_latin", "sex", "nationality", "province_code", "district_code",
    "commune_code", "village_code", "admission_date", "referral_source",
    "referral_organisation", "referral_contact", "referral_reason", "destination_country",
    "legal_court", "legal_case_number", "legal_status", "hiv_status", "pregnant",
    "health_notes", "risk_level", "counselor_id", "mosvy_number",
)


def _column_values(intake: ResidentIntake) -> dict[str, Any]:
    """What the resident row stores for an intake (normalised and valid)."""
    values: dict[str, Any] = {name: getattr(intake, name) for name in _PLAIN_FIELDS}
    if intake.date_of_birth is not None:
        values["date_of_birth"] = intake.date_of_birth
        values["birth_date_estimated"] = False
    else:
        # Only the year is known: stored as 1 January of it, flagged as estimated.
        assert intake.birth_year is not None
        values["date_of_birth"] = date(intake.birth_year, 1, 1)
        values["birth_date_estimated"] = True
    values["name_latin_key"] = search_key(intake.name_latin)
    values["alias"] = intake.alias or None
    values["alias_key"] = search_key(intake.alias)
    values["languages"] = ",".join(intake.languages)
    values["exploitation_types"] = ",".join(intake.exploitation_types)
    return values


class ResidentService(ServiceBase):
    # The calendar day for ages and "in the future" checks; tests may replace it.
    today: Callable[[], date] = staticmethod(date.today)

    # -- the list ------------------------------------------------------------------------

    def count(self, actor: SignedInUser, query: ResidentQuery) -> int:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            conditions = _filters(uow.session, query, self.today())
            return uow.session.scalar(
                select(func.count(ResidentRow.id)).where(*conditions)
            ) or 0

    def page(
        self, actor: SignedInUser, query: ResidentQuery, offset: int, limit: int
    ) -> list[ResidentSummary]:
        """One page of the list; filtering and sorting run in SQL.

        The page's ids are chosen first (on indexes, without reading whole rows), and only
        those rows are read: sorting 50,000 full rows for every page would be slow.
        """
        limit = max(1, min(limit, MAX_PAGE))
        today = self.today()
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            order = _order(query)
            ids = (
                select(ResidentRow.id)
                .where(*_filters(uow.session, query, today))
                .order_by(*order)
                .offset(max(0, offset))
                .limit(limit)
            )
            rows = uow.session.execute(
                select(*_SUMMARY_COLUMNS).where(ResidentRow.id.in_(ids)).order_by(*order)
            )
            return [_summary_from(row, today) for row in rows]

    def admission_years(self, actor: SignedInUser) -> list[int]:
        """Years from the first to the last admission, newest first, for the year filter."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            first, last = uow.session.execute(
                select(func.min(ResidentRow.admission_date), func.max(ResidentRow.admission_date))
            ).one()
            if first is None or last is None:
                return []
            return list(range(last.year, first.year - 1, -1))

    # -- a resident's file ---------------------------------------------------------------

    def open_file(self, actor: SignedInUser, resident_id: int) -> ResidentSummary:
        """A resident's summary for her file; the view is audited."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident", resident_id)
            row = uow.session.get(ResidentRow, resident_id)
            if row is None:
                raise _not_found()
            uow.audit(AuditAction.VIEW, "resident", resident_id)
            return _summary_from(row, self.today())

    def detail(self, actor: SignedInUser, resident_id: int) -> ResidentDetail:
        """The whole intake record (audited). HIV status, pregnancy and health notes are None
        for roles that may not read health information."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident", resident_id)
            row = uow.session.get(ResidentRow, resident_id)
            if row is None:
                raise _not_found()
            health = role_allows(uow.actor_role(), Permission.READ_HEALTH)
            result = self._detail(uow.session, row, health)
            uow.audit(AuditAction.VIEW, "resident", resident_id, {"health": health})
            return result

    def _detail(self, session: Session, row: ResidentRow, health: bool) -> ResidentDetail:
        counselor = session.get(StaffAccountRow, row.counselor_id) if row.counselor_id else None
        consents = session.scalars(
            select(ConsentRow)
            .where(ConsentRow.resident_id == row.id)
            .order_by(ConsentRow.recorded_on, ConsentRow.id)
        )
        return ResidentDetail(
            id=row.id,
            case_number=row.case_number,
            name_khmer=row.name_khmer,
            name_latin=row.name_latin,
            alias=row.alias or "",
            sex=row.sex,
            date_of_birth=row.date_of_birth,
            birth_date_estimated=row.birth_date_estimated,
            age=_age(row.date_of_birth, self.today()),
            nationality=row.nationality,
            languages=_split(row.languages),
            province_code=row.province_code,
            district_code=row.district_code,
            commune_code=row.commune_code,
            village_code=row.village_code,
            admission_date=row.admission_date,
            status=row.status,
            risk_level=row.risk_level,
            counselor_id=row.counselor_id,
            counselor_name=counselor.display_name if counselor else None,
            referral_source=row.referral_source,
            referral_organisation=row.referral_organisation,
            referral_contact=row.referral_contact,
            referral_reason=row.referral_reason,
            exploitation_types=_split(row.exploitation_types),
            destination_country=row.destination_country,
            legal_court=row.legal_court,
            legal_case_number=row.legal_case_number,
            legal_status=row.legal_status,
            mosvy_number=row.mosvy_number,
            health_visible=health,
            hiv_status=row.hiv_status if health else None,
            pregnant=row.pregnant if health else None,
            health_notes=row.health_notes if health else None,
            created_at=row.created_at,
            updated_at=row.updated_at,
            consents=tuple(_consent_view(c) for c in consents),
            exit_date=row.exit_date,
        )

    # -- intake and changes --------------------------------------------------------------

    def _checked(
        self, session: Session, intake: ResidentIntake, admitted: bool = False
    ) -> ResidentIntake:
        """Normalise and validate; raise IntakeInvalid with every problem found.

        For a resident already admitted (``admitted``), the intake's consents and contacts are
        not part of the record being changed: they are kept by ContactService.
        """
        intake = normalise_intake(intake)
        if admitted:
            intake = replace(intake, consents=(), contacts=())
        problems = validate_intake(intake, self.today(), require_care_consent=not admitted)
        if intake.counselor_id is not None and not _is_active_counselor(
            session, intake.counselor_id
        ):
            problems.append(IntakeProblem("counselor_id", COUNSELOR_UNKNOWN))
        if problems:
            raise IntakeInvalid(problems)
        return intake

    def create(self, actor: SignedInUser, intake: ResidentIntake) -> Changed[ResidentDetail]:
        """Admit a resident: validate, assign the next case number of the admission year,
        store her consents and contacts, all in one transaction."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "resident")
            session = uow.session
            intake = self._checked(session, intake)
            now = utc_now()
            case_number = _next_case_number(session, intake.admission_date.year)
            row = ResidentRow(
                case_number=case_number,
                status=ResidentStatus.ACTIVE.value,
                created_at=now,
                updated_at=now,
                **_column_values(intake),
            )
            session.add(row)
            session.flush()
            for contact in intake.contacts:
                session.add(_contact_row(row.id, contact, now))
            for consent in intake.consents:
                session.add(_consent_row(row.id, consent, actor.id))
            session.flush()
            uow.audit(
                AuditAction.CREATE, "resident", row.id,
                {"consents": len(intake.consents), "contacts": len(intake.contacts)},
            )
            health = role_allows(uow.actor_role(), Permission.READ_HEALTH)
            return Changed(self._detail(session, row, health), RESIDENT_CREATED)

    def update(
        self,
        actor: SignedInUser,
        resident_id: int,
        intake: ResidentIntake,
        status: ResidentStatus | None = None,
    ) -> Changed[ResidentDetail]:
        """Change a resident's record (and optionally her status). The case number never
        changes. ``intake.consents`` and ``intake.contacts`` are not used here: consents and
        contacts are added and changed through ContactService."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "resident", resident_id)
            session = uow.session
            row = session.get(ResidentRow, resident_id)
            if row is None:
                raise _not_found()
            intake = self._checked(session, intake, admitted=True)
            values = _column_values(intake)
            if status is not None:
                values["status"] = ResidentStatus(status).value
                if values["status"] != row.status:
                    values["exit_date"] = exit_date_after(
                        values["status"], row.exit_date, self.today()
                    )
            changed = sorted(name for name, value in values.items()
                             if getattr(row, name) != value)
            for name in changed:
                setattr(row, name, values[name])
            if changed:
                row.updated_at = utc_now()
                uow.audit(AuditAction.UPDATE, "resident", resident_id, {"fields": changed})
            health = role_allows(uow.actor_role(), Permission.READ_HEALTH)
            return Changed(self._detail(session, row, health), RESIDENT_CHANGED)

    def set_status(
        self, actor: SignedInUser, resident_id: int, status: ResidentStatus
    ) -> Changed[ResidentSummary]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "resident", resident_id)
            row = uow.session.get(ResidentRow, resident_id)
            if row is None:
                raise _not_found()
            value = ResidentStatus(status).value
            if row.status != value:
                fields = ["status"]
                exit_date = exit_date_after(value, row.exit_date, self.today())
                if exit_date != row.exit_date:
                    row.exit_date = exit_date
                    fields.append("exit_date")
                row.status = value
                row.updated_at = utc_now()
                uow.audit(AuditAction.UPDATE, "resident", resident_id, {"fields": fields})
            return Changed(_summary_from(row, self.today()), RESIDENT_CHANGED)

    def record_departure(
        self, actor: SignedInUser, resident_id: int, kind: ResidentStatus, on: date
    ) -> Changed[ResidentDetail]:
        """She left the shelter other than by reintegration: transferred to another
        organisation, or left without notice (absconded), on the day ``on``.

        Only a resident still in the shelter (active) can leave it; the day may not be in the
        future or before her admission. Her reintegration records, if any, are left as they
        are. The audit names the changed fields and the kind of departure, never the day."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "resident", resident_id)
            session = uow.session
            row = session.get(ResidentRow, resident_id)
            if row is None:
                raise _not_found()
            chosen, left_on = validate_departure(
                kind, on, row.status, row.admission_date, self.today()
            )
            previous = row.status
            row.status = chosen.value
            row.exit_date = left_on
            row.updated_at = utc_now()
            uow.audit(
                AuditAction.UPDATE, "resident", resident_id,
                {"fields": ["status", "exit_date"], "status": [previous, chosen.value]},
            )
            health = role_allows(uow.actor_role(), Permission.READ_HEALTH)
            return Changed(self._detail(session, row, health), RESIDENT_CHANGED)

    # -- duplicate check -----------------------------------------------------------------

    def possible_duplicates(
        self, actor: SignedInUser, intake: ResidentIntake, limit: int = 10
    ) -> list[DuplicateCandidate]:
        """Residents who may be the person being admitted, most likely first.

        Candidates are narrowed in SQL (words of either name by prefix, on the search index)
        and then scored in Python on names, date of birth and province. The check is audited
        as a view, with the number of residents shown.
        """
        intake = normalise_intake(intake)
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "resident")
            found: list[DuplicateCandidate] = []
            for existing in _duplicate_candidates(uow.session, intake):
                score = score_duplicate(intake, existing)
                if score is None:
                    continue
                found.append(
                    DuplicateCandidate(
                        existing.id, existing.case_number, existing.name_khmer,
                        existing.name_latin, existing.date_of_birth, existing.province_code,
                        existing.status, score.reasons, score.score,
                    )
                )
            found.sort(key=lambda c: (-c.score, c.case_number))
            found = found[: max(0, limit)]
            uow.audit(AuditAction.VIEW, "resident_duplicates", None, {"shown": len(found)})
            return found

    # -- notes (read) --------------------------------------------------------------------

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


# ---- helpers ----------------------------------------------------------------------------


def _is_active_counselor(session: Session, staff_id: int) -> bool:
    row = session.get(StaffAccountRow, staff_id)
    return row is not None and row.active and row.role == Role.COUNSELOR.value


def _contact_row(resident_id: int, contact: ContactInput, now: Any) -> ContactRow:
    return ContactRow(
        resident_id=resident_id,
        relation=contact.relation,
        name=contact.name,
        phone=contact.phone,
        address=contact.address,
        is_guardian=contact.is_guardian,
        safety_flag=contact.safety_flag,
        notes=contact.notes,
        created_at=now,
        updated_at=now,
    )


def _consent_row(resident_id: int, consent: ConsentInput, recorded_by: int) -> ConsentRow:
    return ConsentRow(
        resident_id=resident_id,
        consent_type=consent.consent_type,
        given=consent.given,
        given_by=consent.given_by,
        recorded_on=consent.recorded_on,
        notes=consent.notes,
        recorded_by=recorded_by,
    )


def _shelter_code(session: Session) -> str:
    code = session.scalar(select(ShelterProfileRow.code).order_by(ShelterProfileRow.id))
    return code or "XX"


def _next_case_number(session: Session, year: int) -> str:
    """The next number of ``year``. Safe against two admissions at once: every unit of work
    holds the write lock from its start (BEGIN IMMEDIATE), and case numbers are unique."""
    code = _shelter_code(session)
    prefix = f"{code}-{year}-"
    numbers = session.scalars(
        select(ResidentRow.case_number).where(resident_search.key_prefix(
            ResidentRow.case_number, prefix))
    )
    highest = 0
    for number in numbers:
        tail = number[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return format_case_number(code, year, highest + 1)


def _existing(row: Any) -> ExistingResident:
    return ExistingResident(
        row.id, row.case_number, row.name_khmer, row.name_latin, row.alias or "",
        row.date_of_birth, bool(row.birth_date_estimated), row.province_code, row.status,
    )


_CANDIDATE_COLUMNS = (
    ResidentRow.id, ResidentRow.case_number, ResidentRow.name_khmer, ResidentRow.name_latin,
    ResidentRow.alias, ResidentRow.date_of_birth, ResidentRow.birth_date_estimated,
    ResidentRow.province_code, ResidentRow.status,
)


def _candidate_conditions(session: Session, intake: ResidentIntake) -> list[ColumnElement[bool]]:
    """Narrow SQL conditions, each read separately and limited: residents sharing the start of
    every word of a name (under spelling variants), or the start of the name without spaces."""
    conditions: list[ColumnElement[bool]] = []
    use_fts = resident_search.fts_available(session)
    for latin in (intake.name_latin, intake.alias):
        words = latin_words(latin)
        if not words:
            continue
        length = 2 if len(words) > 1 else 3
        prefixes = [latin_prefixes(w, length) for w in words]
        compact = "".join(words)[:5]
        if use_fts:
            for column_name in ("name_latin", "alias"):
                expression = resident_search.prefix_any(column_name, prefixes)
                if expression:
                    conditions.append(resident_search.fts_ids(expression))
            expression = resident_search.prefix_any("latin_compact", [[compact]])
            if expression:
                conditions.append(resident_search.fts_ids(expression))
        else:
            family = [resident_search.key_prefix(ResidentRow.name_latin_key, p)
                      for p in latin_prefixes(words[0], length)]
            conditions.append(or_(*family))
    for khmer in (intake.name_khmer, intake.alias):
        words = khmer_words(khmer)
        if not words or not any("\u1780" <= ch <= "\u17ff" for ch in khmer):
            continue
        firsts = [[khmer_clusters(w)[0]] for w in words]
        compact = "".join(khmer_clusters(khmer_compact(khmer))[:2])
        if use_fts:
            for column_name, alternatives in (("name_khmer", firsts),
                                              ("khmer_compact", [[compact]])):
                expression = resident_search.prefix_any(column_name, alternatives)
                if expression:
                    conditions.append(resident_search.fts_ids(expression))
        else:
            conditions.append(
                resident_search.key_prefix(ResidentRow.name_khmer, khmer_clusters(words[0])[0])
            )
    return conditions


def _duplicate_candidates(session: Session, intake: ResidentIntake) -> list[ExistingResident]:
    seen: dict[int, ExistingResident] = {}
    for condition in _candidate_conditions(session, intake):
        rows = session.execute(
            select(*_CANDIDATE_COLUMNS).where(condition).limit(DUPLICATE_CANDIDATES_PER_QUERY)
        )
        for row in rows:
            if row.id not in seen:
                seen[row.id] = _existing(row)
    return list(seen.values())
