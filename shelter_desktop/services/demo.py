"""A demo database full of synthetic residents, for training, screenshots, tests and benchmarks.

Staff accounts: ``admin`` (administrator), ``manager`` (house manager), ``counselor``,
``counselor2``, ``counselor3`` (counselors) and ``dataofficer`` (data officer), all with the
password given on the command line.

Demo accounts are NOT forced to change that password at first sign-in (``must_change_password``
is set to False directly in storage, bypassing StaffService.add_staff): a demo database holds no
real person, every account shares one password the trainer typed on purpose, and scripted users
(tests, benchmarks, screenshot tools) must be able to sign in as each role straight away. Real
databases are made with ``init``, where every added account has to change its initial password.

Residents come with a whole synthetic case file (intake details, contacts with a few safety
flags, consents, education and vocational progress, a few note addenda: see
domain/synthetic_case_file.py), then assessments, care plan versions, reintegration and follow-up
visits (services/demo_case_management.py). They are written with SQLAlchemy Core ``insert()`` in batches (executemany,
a few thousand rows per statement, a few transactions in all), which keeps 50,000 residents and
their quarter of a million notes to well under a few minutes. The fill is audited as one event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.passwords import check_new_password
from ..domain.residents import format_case_number, search_key
from ..domain.roles import Role
from ..domain.synthetic import SyntheticResident, generate_residents
from ..domain.synthetic_case_file import case_file_for
from ..storage.database import ShelterDatabase
from ..storage.models import (
    ConsentRow,
    ContactRow,
    CounselingNoteRow,
    EducationEnrolmentRow,
    EducationResultRow,
    NoteAddendumRow,
    ResidentRow,
    StaffAccountRow,
    VocationalMilestoneRow,
    VocationalTrainingRow,
)
from .demo_case_management import fill_case_management, no_cyclic_gc
from .passwords import hash_password
from .shelter_access import CreatedShelter, NewShelter, ShelterAccess
from .unit_of_work import UnitOfWork

Progress = Callable[[float, str], None]

DEMO_SHELTER_NAME = "Demo Shelter"
DEMO_SHELTER_CODE = "PP"
DEMO_ADMIN = "admin"
COUNSELORS = 3

# Residents per INSERT batch, and batches per transaction.
_BATCH = 2000
_BATCHES_PER_TRANSACTION = 5


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role


def demo_accounts(counselors: int = COUNSELORS) -> list[DemoAccount]:
    """The accounts a demo database gets besides ``admin``."""
    accounts = [DemoAccount("manager", "Demo House Manager", Role.HOUSE_MANAGER)]
    for number in range(1, counselors + 1):
        suffix = "" if number == 1 else str(number)
        accounts.append(
            DemoAccount(f"counselor{suffix}", f"Demo Counselor {number}", Role.COUNSELOR)
        )
    accounts.append(DemoAccount("dataofficer", "Demo Data Officer", Role.DATA_OFFICER))
    return accounts


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


def _add_accounts(access: ShelterAccess, database: ShelterDatabase, password: str) -> list[int]:
    """Add the demo staff; return the counselors' ids in order."""
    accounts = demo_accounts()
    now = utc_now()
    counselor_ids: list[int] = []
    with UnitOfWork(database, None, access.head_recorder(database)) as uow:
        admin_id = uow.session.scalar(
            select(StaffAccountRow.id).where(StaffAccountRow.username == DEMO_ADMIN)
        )
        for account in accounts:
            row = StaffAccountRow(
                username=account.username,
                display_name=account.display_name,
                role=account.role.value,
                password_hash=hash_password(password),
                active=True,
                must_change_password=False,  # demo only: see the module docstring
                failed_sign_ins=0,
                created_at=now,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "staff", row.id, {"role": row.role, "demo": True},
                actor_username=DEMO_ADMIN, actor_id=admin_id,
            )
            if account.role is Role.COUNSELOR:
                counselor_ids.append(row.id)
    return counselor_ids


@dataclass
class _Ids:
    """Next explicit ids, so child rows can point at their parents without reading back."""

    note: int = 1
    enrolment: int = 1
    training: int = 1


_CHILD_TABLES = (
    CounselingNoteRow, NoteAddendumRow, ContactRow, ConsentRow, EducationEnrolmentRow,
    EducationResultRow, VocationalTrainingRow, VocationalMilestoneRow,
)


def _rows(
    batch: list[SyntheticResident],
    first_id: int,
    counselor_ids: list[int],
    sequences: dict[int, int],
    seed: int,
    ids: _Ids,
) -> tuple[list[dict[str, Any]], dict[type, list[dict[str, Any]]]]:
    """Resident rows, and the rows of every child table keyed by model."""
    residents: list[dict[str, Any]] = []
    children: dict[type, list[dict[str, Any]]] = {table: [] for table in _CHILD_TABLES}
    today = utc_now().date()
    for offset, person in enumerate(batch):
        resident_id = first_id + offset
        year = person.admission_date.year
        sequences[year] = sequences.get(year, 0) + 1
        details = case_file_for(person, resident_id - 1, seed, today)
        counselor_id = counselor_ids[person.counselor_index]
        residents.append(
            {
                "id": resident_id,
                "case_number": format_case_number(DEMO_SHELTER_CODE, year, sequences[year]),
                "name_khmer": person.name_khmer,
                "name_latin": person.name_latin,
                "name_latin_key": search_key(person.name_latin),
                "alias": person.alias,
                "alias_key": search_key(person.alias or ""),
                "sex": person.sex,
                "date_of_birth": person.date_of_birth,
                "birth_date_estimated": person.birth_date_estimated,
                "nationality": person.nationality,
                "province_code": person.province_code,
                "district_code": person.district_code,
                "admission_date": person.admission_date,
                "status": person.status,
                "exit_date": person.exit_date,
                "risk_level": person.risk_level,
                "counselor_id": counselor_id,
                "created_at": person.created_at,
                "updated_at": person.updated_at,
                **details.intake,
            }
        )
        note_ids = []
        for note in person.notes:
            note_ids.append(ids.note)
            children[CounselingNoteRow].append(
                {
                    "id": ids.note,
                    "resident_id": resident_id,
                    "counselor_id": counselor_ids[note.counselor_index],
                    "session_date": note.session_date,
                    "note_type": note.note_type,
                    "duration_minutes": note.duration_minutes,
                    "presenting_issues": note.presenting_issues,
                    "observations": note.observations,
                    "interventions": note.interventions,
                    "plan": note.plan,
                    "risk_flags": note.risk_flags,
                    "visibility": note.visibility,
                    "signed_at": note.signed_at,
                    "created_at": note.created_at,
                    "updated_at": note.signed_at or note.created_at,
                }
            )
            ids.note += 1
        for index, text in details.addenda:
            note = person.notes[index]
            children[NoteAddendumRow].append(
                {
                    "note_id": note_ids[index],
                    "author_id": counselor_ids[note.counselor_index],
                    "text": text,
                    "created_at": note.signed_at,
                }
            )
        for contact in details.contacts:
            children[ContactRow].append(
                {
                    "resident_id": resident_id, "relation": contact.relation, "name": contact.name,
                    "phone": contact.phone, "address": contact.address,
                    "is_guardian": contact.is_guardian, "safety_flag": contact.safety_flag,
                    "notes": "", "created_at": person.created_at, "updated_at": person.created_at,
                }
            )
        for consent in details.consents:
            children[ConsentRow].append(
                {
                    "resident_id": resident_id, "consent_type": consent.consent_type,
                    "given": consent.given, "given_by": consent.given_by,
                    "recorded_on": consent.recorded_on, "notes": "", "recorded_by": counselor_id,
                }
            )
        for enrolment in details.enrolments:
            children[EducationEnrolmentRow].append(
                {
                    "id": ids.enrolment, "resident_id": resident_id,
                    "programme": enrolment.programme, "institution": enrolment.institution,
                    "grade": enrolment.grade, "start_date": enrolment.start_date,
                    "end_date": enrolment.end_date, "status": enrolment.status,
                    "certificate": enrolment.certificate,
                }
            )
            for result in enrolment.results:
                children[EducationResultRow].append(
                    {
                        "enrolment_id": ids.enrolment, "term": result.term,
                        "recorded_on": result.recorded_on, "score": result.score,
                        "result_text": "", "attendance_percent": result.attendance_percent,
                    }
                )
            ids.enrolment += 1
        for training in details.trainings:
            children[VocationalTrainingRow].append(
                {
                    "id": ids.training, "resident_id": resident_id, "trade": training.trade,
                    "provider": training.provider, "start_date": training.start_date,
                    "end_date": training.end_date, "status": training.status,
                    "startup_kit": training.startup_kit, "employer": training.employer,
                    "job_start_date": training.job_start_date,
                    "monthly_income_usd": training.monthly_income_usd,
                }
            )
            for milestone in training.milestones:
                children[VocationalMilestoneRow].append(
                    {
                        "training_id": ids.training, "reached_on": milestone.reached_on,
                        "description": milestone.description,
                    }
                )
            ids.training += 1
    return residents, children


def _batches(people: Iterator[SyntheticResident], size: int) -> Iterator[list[SyntheticResident]]:
    while batch := list(islice(people, size)):
        yield batch


def _insert_batch(
    connection: Connection,
    residents: list[dict[str, Any]],
    children: dict[type, list[dict[str, Any]]],
) -> None:
    connection.execute(insert(ResidentRow.__table__), residents)
    for model in _CHILD_TABLES:  # parents before children
        if children[model]:
            connection.execute(insert(model.__table__), children[model])


def fill_residents(
    engine: Engine,
    counselor_ids: list[int],
    residents: int,
    seed: int,
    progress: Progress | None = None,
    until: float = 0.95,
) -> tuple[int, int]:
    """Insert ``residents`` synthetic residents and their notes; return (residents, notes).

    Expects an empty resident table (a new database): ids are given explicitly so notes can
    point at their resident without reading ids back. Takes an engine rather than a
    ShelterDatabase so the benchmark can fill a plain SQLite file the same way.
    """
    people = generate_residents(residents, seed, utc_now(), counselors=len(counselor_ids))
    sequences: dict[int, int] = {}
    ids = _Ids()
    written = notes_written = 0
    batches = _batches(people, _BATCH)
    message = QT_TRANSLATE_NOOP("Demo", "Adding synthetic residents and counseling notes…")
    while True:
        chunk = list(islice(batches, _BATCHES_PER_TRANSACTION))
        if not chunk:
            break
        with engine.begin() as connection:
            for batch in chunk:
                resident_rows, children = _rows(
                    batch, written + 1, counselor_ids, sequences, seed, ids
                )
                _insert_batch(connection, resident_rows, children)
                written += len(resident_rows)
                notes_written += len(children[CounselingNoteRow])
        _report(progress, 0.1 + (until - 0.1) * written / max(1, residents), message)
    return written, notes_written


def _discard(access: ShelterAccess) -> None:
    database_id = access.settings().database_id
    if database_id:
        access.keystore.forget(database_id)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{access.data_dir.database}{suffix}").unlink(missing_ok=True)


def create_demo(
    access: ShelterAccess,
    residents: int,
    seed: int,
    password: str,
    progress: Progress | None = None,
) -> tuple[ShelterDatabase, CreatedShelter]:
    """Create a new encrypted demo database in ``access``'s data folder and fill it."""
    if residents < 0:
        raise ValueError("residents must not be negative")
    for account in demo_accounts():
        check_new_password(password, account.username)
    _report(progress, 0.0, QT_TRANSLATE_NOOP("Demo", "Creating the encrypted database…"))
    database, created = access.create(
        NewShelter(DEMO_SHELTER_NAME, DEMO_SHELTER_CODE, DEMO_ADMIN, "Demo Administrator",
                   password)
    )
    try:
        _report(progress, 0.05, QT_TRANSLATE_NOOP("Demo", "Adding staff accounts…"))
        counselor_ids = _add_accounts(access, database, password)
        with no_cyclic_gc():  # millions of small rows without cycles: see there
            count, notes = fill_residents(
                database.engine, counselor_ids, residents, seed, progress, until=0.6
            )
            work = fill_case_management(database.engine, seed, progress, span=(0.6, 0.95))
        with UnitOfWork(database, None, access.head_recorder(database)) as uow:
            uow.audit(
                AuditAction.CREATE, "demo_data", None,
                {"residents": count, "notes": notes, "seed": seed,
                 "assessments": work.assessments, "care_plans": work.care_plans,
                 "reintegrations": work.reintegrations},
                actor_username=DEMO_ADMIN,
            )
    except BaseException:
        # A half-filled demo is worse than none: remove what was just created, so that the
        # command can simply be run again.
        database.close()
        _discard(access)
        raise
    _report(progress, 1.0, QT_TRANSLATE_NOOP("Demo", "The demo database is ready."))
    return database, created
