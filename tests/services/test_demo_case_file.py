"""The demo fills every part of the case file, in proportions a shelter would recognise."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.synthetic import generate_residents
from shelter_desktop.domain.synthetic_case_file import case_file_for
from shelter_desktop.domain.vocabulary import ConsentType, SafetyFlag
from shelter_desktop.services.demo import create_demo
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import (
    ConsentRow,
    ContactRow,
    CounselingNoteRow,
    EducationEnrolmentRow,
    EducationResultRow,
    NoteAddendumRow,
    ResidentRow,
    VocationalMilestoneRow,
    VocationalTrainingRow,
)
from shelter_desktop.storage.paths import DataDir


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    access = ShelterAccess(DataDir(tmp_path_factory.mktemp("demo") / "data"), KeyStore())
    made, _ = create_demo(access, 400, seed=11, password="demo-pass-2026")
    yield made
    made.close()


def _count(database: ShelterDatabase, model, *where) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_every_resident_consented_to_care_and_has_family_contacts(database) -> None:  # type: ignore[no-untyped-def]
    residents = _count(database, ResidentRow)
    assert residents == 400
    care = _count(
        database, ConsentRow,
        ConsentRow.consent_type == ConsentType.CARE_AND_RECORDS.value, ConsentRow.given,
    )
    assert care == residents
    contacts = _count(database, ContactRow)
    assert residents <= contacts <= 3 * residents
    flagged = _count(database, ContactRow, ContactRow.safety_flag != SafetyFlag.NONE.value)
    assert 0.03 * contacts < flagged < 0.2 * contacts


def test_education_and_vocational_progress_exist_with_results(database) -> None:  # type: ignore[no-untyped-def]
    assert _count(database, EducationEnrolmentRow) > 200
    assert _count(database, EducationResultRow) > 200
    assert _count(database, VocationalTrainingRow) > 40
    assert _count(database, VocationalMilestoneRow) > 40
    placed = _count(database, VocationalTrainingRow, VocationalTrainingRow.employer != "")
    assert placed > 5


def test_intake_details_and_addenda_are_filled(database) -> None:  # type: ignore[no-untyped-def]
    assert _count(database, ResidentRow, ResidentRow.referral_source.is_(None)) == 0
    assert _count(database, ResidentRow, ResidentRow.exploitation_types == "") == 0
    with database.session() as session:
        addenda_on_unsigned = session.scalar(
            select(func.count())
            .select_from(NoteAddendumRow)
            .join(CounselingNoteRow, CounselingNoteRow.id == NoteAddendumRow.note_id)
            .where(CounselingNoteRow.signed_at.is_(None))
        )
    assert _count(database, NoteAddendumRow) > 0 and addenda_on_unsigned == 0


def test_no_date_lies_in_the_future(database) -> None:  # type: ignore[no-untyped-def]
    today = utc_now().date()
    with database.session() as session:
        for column in (
            EducationEnrolmentRow.start_date, EducationResultRow.recorded_on,
            VocationalTrainingRow.start_date, VocationalTrainingRow.job_start_date,
            VocationalMilestoneRow.reached_on, ConsentRow.recorded_on,
        ):
            assert (session.scalar(select(func.max(column))) or today) <= today, column


def test_details_do_not_change_the_people_of_a_seed() -> None:
    now = utc_now()
    first = [p.name_latin for p in generate_residents(50, 5, now)]
    for position, person in enumerate(generate_residents(50, 5, now)):
        case_file_for(person, position, 5, now.date())
    assert [p.name_latin for p in generate_residents(50, 5, now)] == first
    people = list(generate_residents(20, 5, now))
    again = [case_file_for(p, i, 5, now.date()) for i, p in enumerate(people)]
    assert again == [case_file_for(p, i, 5, now.date()) for i, p in enumerate(people)]

