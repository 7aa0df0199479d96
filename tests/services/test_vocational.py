"""Vocational service on the real encrypted database: trainings, milestones, job placement and
income, validation that explains itself, permission denials audited, milestones paged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain import progress
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.progress import (
    MilestoneInput,
    ProgressInvalid,
    TrainingInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import vocational as vocational_module
from shelter_desktop.storage.models import AuditEventRow

TODAY = date.today()


def training(**changes: object) -> TrainingInput:
    values: dict[str, object] = {
        "trade": "sewing",
        "provider": " Phnom Penh Sewing Centre ",
        "start_date": TODAY - timedelta(days=200),
        "end_date": None,
        "status": "in_progress",
        "startup_kit": "",
        "employer": "",
        "job_start_date": None,
        "monthly_income_usd": None,
    }
    values.update(changes)
    return TrainingInput(**values)  # type: ignore[arg-type]


def milestone(days_ago: int = 100, text: str = "Sewed a shirt on her own") -> MilestoneInput:
    return MilestoneInput(TODAY - timedelta(days=days_ago), text)


def audit_events(shelter, action: str, entity: str | None = None) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).where(AuditEventRow.action == action)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity)
        return list(session.scalars(query.order_by(AuditEventRow.id)))


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def test_training_milestones_completion_and_placement(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, manager = shelter.services.vocational, shelter.users[Role.HOUSE_MANAGER]
    added = service.add_training(manager, resident, training())
    assert added.changes.touches("vocational")
    assert added.value.provider == "Phnom Penh Sewing Centre"
    assert not added.value.placed

    service.add_milestone(manager, added.value.id, milestone(150, "Threads the machine alone"))
    service.add_milestone(manager, added.value.id, milestone(90, "  Sewed a shirt on her own\nwith a collar "))
    completed = service.update_training(
        manager, added.value.id,
        training(status="completed", end_date=TODAY - timedelta(days=60), startup_kit="Sewing machine"),
    )
    placed = service.update_training(
        manager, added.value.id,
        replace(completed.value.as_input(), employer="Tailor shop, Kandal",
                job_start_date=TODAY - timedelta(days=30), monthly_income_usd=180),
    )
    assert placed.value.placed and placed.value.monthly_income_usd == 180

    [view] = service.list_trainings(shelter.users[Role.COUNSELOR], resident)
    assert view.status == "completed" and view.startup_kit == "Sewing machine"
    assert view.employer == "Tailor shop, Kandal" and view.job_start_date == TODAY - timedelta(days=30)
    assert [m.description for m in view.milestones] == [
        "Threads the machine alone", "Sewed a shirt on her own\nwith a collar",
    ]
    assert view.milestone_count == 2

    updates = audit_events(shelter, "update", "vocational_training")
    assert '"placed": true' in updates[-1].detail
    assert '"employer"' in updates[-1].detail and '"monthly_income_usd"' in updates[-1].detail
    for event in audit_events(shelter, "create") + updates:
        assert "Tailor" not in (event.detail or "") and "180" not in (event.detail or "")
        assert "shirt" not in (event.detail or "")
    assert audit_events(shelter, "view", "vocational")[-1].entity_id == str(resident)


@pytest.mark.parametrize(
    ("changes", "template", "field"),
    [
        ({"end_date": TODAY - timedelta(days=300)}, progress.END_BEFORE_START, "end_date"),
        ({"start_date": TODAY + timedelta(days=1)}, progress.START_IN_FUTURE, "start_date"),
        ({"status": "completed"}, progress.COMPLETED_WITHOUT_END, "end_date"),
        ({"monthly_income_usd": -5, "employer": "Shop"}, progress.INCOME_NEGATIVE, "monthly_income_usd"),
        ({"monthly_income_usd": 250_000, "employer": "Shop"}, progress.INCOME_TOO_HIGH, "monthly_income_usd"),
        ({"job_start_date": TODAY - timedelta(days=5)}, progress.PLACEMENT_WITHOUT_EMPLOYER, "employer"),
        ({"monthly_income_usd": 150}, progress.PLACEMENT_WITHOUT_EMPLOYER, "employer"),
        (
            {"employer": "Shop", "job_start_date": TODAY + timedelta(days=5)},
            progress.JOB_START_IN_FUTURE, "job_start_date",
        ),
        (
            {"employer": "Shop", "job_start_date": TODAY - timedelta(days=400)},
            progress.JOB_BEFORE_TRAINING, "job_start_date",
        ),
        ({"trade": "astrology"}, progress.UNKNOWN_TRADE, "trade"),
        ({"provider": "p" * 201}, progress.TOO_LONG, "provider"),
        ({"employer": "Shop\x1b[31m"}, progress.CONTROL_CHARACTER, "employer"),
    ],
)
def test_training_validation_explains_itself(shelter, resident: int, changes, template, field) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    with pytest.raises(ProgressInvalid) as caught:
        service.add_training(counselor, resident, training(**changes))
    assert (caught.value.template, caught.value.field) == (template, field)
    assert caught.value.message
    assert service.list_trainings(counselor, resident) == []


def test_a_planned_training_may_lie_in_the_future(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    planned = service.add_training(
        counselor, resident,
        training(trade="hairdressing", status="planned", start_date=TODAY + timedelta(days=20),
                 end_date=TODAY + timedelta(days=200)),
    )
    assert planned.value.status == "planned"


@pytest.mark.parametrize(
    ("value", "template", "field"),
    [
        (MilestoneInput(TODAY + timedelta(days=2), "Cut hair"), progress.MILESTONE_IN_FUTURE, "reached_on"),
        (MilestoneInput(TODAY - timedelta(days=500), "Cut hair"), progress.MILESTONE_BEFORE_START, "reached_on"),
        (MilestoneInput(TODAY, "  \n "), progress.MILESTONE_MISSING, "description"),
        (MilestoneInput(TODAY, "m" * 1001), progress.TOO_LONG, "description"),
        (MilestoneInput(TODAY, "Cut\x0chair"), progress.CONTROL_CHARACTER, "description"),
    ],
)
def test_milestone_validation(shelter, resident: int, value, template, field) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    added = service.add_training(counselor, resident, training())
    with pytest.raises(ProgressInvalid) as caught:
        service.add_milestone(counselor, added.value.id, value)
    assert (caught.value.template, caught.value.field) == (template, field)
    assert service.milestones(counselor, added.value.id) == ([], 0)


def test_start_date_cannot_move_after_milestones(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    added = service.add_training(counselor, resident, training())
    service.add_milestone(counselor, added.value.id, milestone(180))
    with pytest.raises(ProgressInvalid) as caught:
        service.update_training(counselor, added.value.id, training(start_date=TODAY - timedelta(days=50)))
    assert caught.value.template == progress.START_AFTER_MILESTONES


def test_milestones_are_paged_newest_first(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    added = service.add_training(counselor, resident, training(start_date=TODAY - timedelta(days=1000)))
    for n in range(27):
        service.add_milestone(counselor, added.value.id, milestone(900 - n * 30, f"Step {n + 1}"))
    page, total = service.milestones(counselor, added.value.id, offset=0, limit=5)
    assert total == 27 and [m.description for m in page] == [f"Step {n}" for n in range(27, 22, -1)]
    tail, _ = service.milestones(counselor, added.value.id, offset=25, limit=5)
    assert [m.description for m in tail] == ["Step 2", "Step 1"]
    [view] = service.list_trainings(counselor, resident)
    assert view.milestone_count == 27
    assert len(view.milestones) == vocational_module.MILESTONES_IN_VIEW
    assert view.milestones[-1].description == "Step 27"


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_resident_data_for_data_officer_or_administrator(shelter, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.vocational
    added = service.add_training(shelter.users[Role.COUNSELOR], resident, training())
    user = shelter.users[role]
    calls = [
        lambda: service.list_trainings(user, resident),
        lambda: service.milestones(user, added.value.id),
        lambda: service.add_training(user, resident, training()),
        lambda: service.update_training(user, added.value.id, training(employer="Shop")),
        lambda: service.add_milestone(user, added.value.id, milestone()),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = [e for e in audit_events(shelter, "denied") if e.actor_username == user.username]
    assert len(denied) == len(calls)
    assert {e.entity for e in denied} == {"vocational", "vocational_training", "vocational_milestone"}
    [view] = service.list_trainings(shelter.users[Role.COUNSELOR], resident)
    assert view.employer == "" and view.milestone_count == 0


def test_missing_records_say_so(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    with pytest.raises(NotFound):
        service.add_training(counselor, resident + 999, training())
    with pytest.raises(NotFound):
        service.add_milestone(counselor, 4242, milestone())
    with pytest.raises(NotFound):
        service.update_training(counselor, 4242, training())
