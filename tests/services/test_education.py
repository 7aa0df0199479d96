"""Education service on the real encrypted database: enrolments, term results, validation that
explains itself, permission denials audited, results paged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain import progress
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.progress import (
    EnrolmentInput,
    ProgressInvalid,
    TermResultInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import education as education_module
from shelter_desktop.storage.models import AuditEventRow

TODAY = date.today()


def enrolment(**changes: object) -> EnrolmentInput:
    values: dict[str, object] = {
        "programme": "khmer_literacy",
        "institution": "  Shelter classroom  ",
        "grade": "Level 2",
        "start_date": TODAY - timedelta(days=300),
        "end_date": None,
        "status": "in_progress",
        "certificate": "",
    }
    values.update(changes)
    return EnrolmentInput(**values)  # type: ignore[arg-type]


def result(**changes: object) -> TermResultInput:
    values: dict[str, object] = {
        "term": "Term 1",
        "recorded_on": TODAY - timedelta(days=200),
        "score": 62,
        "result_text": "",
        "attendance_percent": 90,
    }
    values.update(changes)
    return TermResultInput(**values)  # type: ignore[arg-type]


def audit_events(shelter, action: str, entity: str | None = None) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).where(AuditEventRow.action == action)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity)
        return list(session.scalars(query.order_by(AuditEventRow.id)))


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def test_add_list_and_update_an_enrolment(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    added = service.add_enrolment(counselor, resident, enrolment())
    assert added.changes.touches("education")
    assert added.value.institution == "Shelter classroom"  # stripped
    assert added.value.results == () and added.value.result_count == 0

    service.add_result(counselor, added.value.id, result())
    service.add_result(
        counselor, added.value.id,
        result(term="Term 2", recorded_on=TODAY - timedelta(days=100), score=71, attendance_percent=95),
    )
    manager = shelter.users[Role.HOUSE_MANAGER]
    finished = service.update_enrolment(
        manager, added.value.id,
        enrolment(status="completed", end_date=TODAY - timedelta(days=10), certificate="Level 2 certificate"),
    )
    assert finished.value.status == "completed"

    [view] = service.list_enrolments(manager, resident)
    assert view.certificate == "Level 2 certificate"
    assert view.end_date == TODAY - timedelta(days=10)
    assert [r.term for r in view.results] == ["Term 1", "Term 2"]  # oldest first, for the chart
    assert [r.score for r in view.results] == [62, 71]
    assert view.result_count == 2

    created = audit_events(shelter, "create", "education_enrolment")
    assert created and created[-1].entity_id == str(added.value.id)
    updates = audit_events(shelter, "update", "education_enrolment")
    assert '"certificate"' in updates[-1].detail and '"status"' in updates[-1].detail
    views = audit_events(shelter, "view", "education")
    assert views[-1].entity_id == str(resident)
    # The audit trail never holds what was typed about her.
    for event in audit_events(shelter, "create") + updates:
        assert "Shelter classroom" not in (event.detail or "")
        assert "Level 2 certificate" not in (event.detail or "")


def test_enrolments_newest_first_and_only_hers(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    other = add_resident(shelter.services.database, "Chan Thida", "ចាន់ ធីតា", "TS-2026-0002")
    service.add_enrolment(counselor, resident, enrolment(programme="maths", start_date=TODAY - timedelta(days=400)))
    service.add_enrolment(counselor, resident, enrolment(programme="english", start_date=TODAY - timedelta(days=30)))
    service.add_enrolment(counselor, other, enrolment(programme="public_school"))
    listed = service.list_enrolments(counselor, resident)
    assert [e.programme for e in listed] == ["english", "maths"]
    assert [e.programme for e in service.list_enrolments(counselor, other)] == ["public_school"]


@pytest.mark.parametrize(
    ("changes", "template", "field"),
    [
        ({"end_date": TODAY - timedelta(days=400)}, progress.END_BEFORE_START, "end_date"),
        ({"start_date": TODAY + timedelta(days=3)}, progress.START_IN_FUTURE, "start_date"),
        ({"status": "completed"}, progress.COMPLETED_WITHOUT_END, "end_date"),
        ({"status": "dropped"}, progress.DROPPED_WITHOUT_END, "end_date"),
        (
            {"status": "completed", "end_date": TODAY + timedelta(days=20)},
            progress.END_IN_FUTURE, "end_date",
        ),
        ({"programme": "astronomy"}, progress.UNKNOWN_PROGRAMME, "programme"),
        ({"status": "finished"}, progress.UNKNOWN_STATUS, "status"),
        ({"institution": "x" * 201}, progress.TOO_LONG, "institution"),
        ({"grade": "Grade\x07 4"}, progress.CONTROL_CHARACTER, "grade"),
    ],
)
def test_enrolment_validation_explains_itself(shelter, resident: int, changes, template, field) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    with pytest.raises(ProgressInvalid) as caught:
        service.add_enrolment(counselor, resident, enrolment(**changes))
    assert caught.value.template == template
    assert caught.value.field == field
    assert caught.value.message  # formats without a missing parameter
    assert service.list_enrolments(counselor, resident) == []


def test_planned_enrolment_may_start_and_end_in_the_future(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    planned = service.add_enrolment(
        counselor, resident,
        enrolment(programme="public_school", status="planned", start_date=TODAY + timedelta(days=60),
                  end_date=TODAY + timedelta(days=300), grade="Grade 4"),
    )
    assert planned.value.status == "planned"
    # An expected end date is fine while she is still attending.
    ongoing = service.add_enrolment(counselor, resident, enrolment(end_date=TODAY + timedelta(days=90)))
    assert ongoing.value.end_date == TODAY + timedelta(days=90)


def test_khmer_text_with_zero_width_space_is_kept(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    school = "សាលា\u200bបឋមសិក្សា ភ្នំពេញ"
    added = service.add_enrolment(counselor, resident, enrolment(institution=school))
    assert added.value.institution == school


@pytest.mark.parametrize(
    ("changes", "template", "field"),
    [
        ({"score": 101}, progress.SCORE_RANGE, "score"),
        ({"score": -1}, progress.SCORE_RANGE, "score"),
        ({"attendance_percent": 120}, progress.ATTENDANCE_RANGE, "attendance_percent"),
        ({"term": "   "}, progress.TERM_MISSING, "term"),
        ({"score": None, "attendance_percent": None, "result_text": ""}, progress.RESULT_EMPTY, "score"),
        ({"recorded_on": TODAY + timedelta(days=1)}, progress.RECORDED_IN_FUTURE, "recorded_on"),
        ({"recorded_on": TODAY - timedelta(days=900)}, progress.RECORDED_BEFORE_START, "recorded_on"),
        ({"term": "T" * 65}, progress.TOO_LONG, "term"),
        ({"result_text": "Pass\x00ed"}, progress.CONTROL_CHARACTER, "result_text"),
    ],
)
def test_term_result_validation(shelter, resident: int, changes, template, field) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    added = service.add_enrolment(counselor, resident, enrolment())
    with pytest.raises(ProgressInvalid) as caught:
        service.add_result(counselor, added.value.id, result(**changes))
    assert (caught.value.template, caught.value.field) == (template, field)
    assert service.results(counselor, added.value.id) == ([], 0)


def test_a_result_text_alone_is_enough(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    added = service.add_enrolment(counselor, resident, enrolment(programme="public_school"))
    saved = service.add_result(
        counselor, added.value.id, result(score=None, attendance_percent=None, result_text="Passed to Grade 5")
    )
    assert saved.value.score is None and saved.value.result_text == "Passed to Grade 5"


def test_start_date_cannot_move_after_recorded_results(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    added = service.add_enrolment(counselor, resident, enrolment())
    service.add_result(counselor, added.value.id, result(recorded_on=TODAY - timedelta(days=250)))
    with pytest.raises(ProgressInvalid) as caught:
        service.update_enrolment(counselor, added.value.id, enrolment(start_date=TODAY - timedelta(days=100)))
    assert caught.value.template == progress.START_AFTER_RESULTS


def test_results_are_paged_newest_first(shelter, resident: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    added = service.add_enrolment(counselor, resident, enrolment(start_date=TODAY - timedelta(days=3000)))
    for n in range(30):
        service.add_result(
            counselor, added.value.id,
            result(term=f"Month {n + 1}", recorded_on=TODAY - timedelta(days=2900 - n * 30), score=40 + n),
        )
    first, total = service.results(counselor, added.value.id, offset=0, limit=10)
    assert total == 30
    assert [r.term for r in first] == [f"Month {n}" for n in range(30, 20, -1)]
    last, _ = service.results(counselor, added.value.id, offset=25, limit=10)
    assert [r.term for r in last] == [f"Month {n}" for n in range(5, 0, -1)]
    assert service.results(counselor, added.value.id, offset=30, limit=10) == ([], 30)
    # Page sizes are bounded, whatever the caller asks.
    everything, _ = service.results(counselor, added.value.id, offset=0, limit=10_000)
    assert len(everything) == 30
    # The list hands only the latest results with each enrolment, oldest of those first.
    [view] = service.list_enrolments(counselor, resident)
    assert view.result_count == 30
    assert len(view.results) == education_module.RESULTS_IN_VIEW
    assert view.results[-1].term == "Month 30"
    assert view.results[0].term == f"Month {30 - education_module.RESULTS_IN_VIEW + 1}"
    paged = audit_events(shelter, "view", "education_result")
    assert paged[-1].entity_id == str(added.value.id)


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_resident_data_for_data_officer_or_administrator(shelter, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.education
    added = service.add_enrolment(shelter.users[Role.COUNSELOR], resident, enrolment())
    user = shelter.users[role]
    calls = [
        lambda: service.list_enrolments(user, resident),
        lambda: service.results(user, added.value.id),
        lambda: service.add_enrolment(user, resident, enrolment()),
        lambda: service.update_enrolment(user, added.value.id, enrolment(grade="Level 3")),
        lambda: service.add_result(user, added.value.id, result()),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = [e for e in audit_events(shelter, "denied") if e.actor_username == user.username]
    assert len(denied) == len(calls)
    assert {e.entity for e in denied} == {
        "education", "education_enrolment", "education_result",
    }
    # Nothing was written by the denied calls.
    [view] = service.list_enrolments(shelter.users[Role.COUNSELOR], resident)
    assert view.grade == "Level 2" and view.result_count == 0


def test_invalid_input_from_a_denied_role_is_denied_not_validated(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.education
    with pytest.raises(PermissionDenied):
        service.add_enrolment(shelter.users[Role.DATA_OFFICER], resident, enrolment(programme="x"))


def test_missing_records_say_so(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    with pytest.raises(NotFound):
        service.add_enrolment(counselor, resident + 999, enrolment())
    with pytest.raises(NotFound):
        service.add_result(counselor, 4242, result())
    with pytest.raises(NotFound):
        service.list_enrolments(counselor, resident + 999)
