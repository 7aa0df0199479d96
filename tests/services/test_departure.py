"""The day a resident left the shelter (issue #5): every way of leaving sets it, coming back
clears it, and a transfer or a departure without notice is recorded on its own (validated,
permission-checked and audited without the day or any personal data)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain.departure import (
    FIELD_KIND,
    FIELD_ON,
    LEFT_BEFORE_ADMISSION,
    LEFT_IN_FUTURE,
    NO_DATE,
    NOT_ACTIVE,
    UNKNOWN_KIND,
    DepartureInvalid,
    exit_date_after,
    validate_departure,
)
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.reintegration import ClosureInput, DecisionInput, PlacementInput
from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow, ResidentRow

from .test_intake import valid_intake

TODAY = date.today()
ADMITTED = TODAY - timedelta(days=400)


def stored(shelter, resident_id: int) -> tuple[str, date | None]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        row = session.get(ResidentRow, resident_id)
        assert row is not None
        return row.status, row.exit_date


def events(shelter, action: str, entity: str = "resident") -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.action == action, AuditEventRow.entity == entity)
            .order_by(AuditEventRow.id)))


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=ADMITTED)


@pytest.fixture
def manager(shelter):  # type: ignore[no-untyped-def]
    return shelter.users[Role.HOUSE_MANAGER]


# ---- recording a departure --------------------------------------------------------------


@pytest.mark.parametrize("kind", [ResidentStatus.TRANSFERRED, ResidentStatus.ABSCONDED])
def test_a_departure_sets_status_and_day_and_is_audited_without_the_day(
    shelter, resident: int, manager, kind: ResidentStatus
) -> None:  # type: ignore[no-untyped-def]
    left = TODAY - timedelta(days=3)
    changed = shelter.services.residents.record_departure(manager, resident, kind, left)
    assert changed.changes.touches("resident")
    assert (changed.value.status, changed.value.exit_date) == (kind.value, left)
    assert stored(shelter, resident) == (kind.value, left)
    assert shelter.services.residents.detail(manager, resident).exit_date == left
    [event] = events(shelter, "update")
    assert event.entity_id == str(resident)
    detail = json.loads(event.detail or "{}")
    assert detail == {"fields": ["status", "exit_date"], "status": ["active", kind.value]}
    assert left.isoformat() not in (event.detail or "")
    assert "Sok" not in (event.detail or "")


def test_a_departure_today_and_on_the_admission_day_are_accepted(shelter, manager) -> None:  # type: ignore[no-untyped-def]
    first = add_resident(shelter.services.database, case_number="TS-2026-0001",
                         admission_date=ADMITTED)
    second = add_resident(shelter.services.database, case_number="TS-2026-0002",
                          admission_date=ADMITTED)
    residents = shelter.services.residents
    residents.record_departure(manager, first, ResidentStatus.ABSCONDED, TODAY)
    residents.record_departure(manager, second, ResidentStatus.TRANSFERRED, ADMITTED)
    assert stored(shelter, first) == ("absconded", TODAY)
    assert stored(shelter, second) == ("transferred", ADMITTED)


@pytest.mark.parametrize(
    ("kind", "on", "template", "field"),
    [
        (ResidentStatus.TRANSFERRED, TODAY + timedelta(days=1), LEFT_IN_FUTURE, FIELD_ON),
        (ResidentStatus.ABSCONDED, ADMITTED - timedelta(days=1), LEFT_BEFORE_ADMISSION, FIELD_ON),
        (ResidentStatus.TRANSFERRED, None, NO_DATE, FIELD_ON),
        (ResidentStatus.TRANSFERRED, "2026-01-01", NO_DATE, FIELD_ON),
        (ResidentStatus.TRANSFERRED, datetime(2026, 1, 1, 9, 0), NO_DATE, FIELD_ON),
        (ResidentStatus.REINTEGRATED, TODAY, UNKNOWN_KIND, FIELD_KIND),
        (ResidentStatus.CLOSED, TODAY, UNKNOWN_KIND, FIELD_KIND),
        (ResidentStatus.ACTIVE, TODAY, UNKNOWN_KIND, FIELD_KIND),
        ("ran_away", TODAY, UNKNOWN_KIND, FIELD_KIND),
        (None, TODAY, UNKNOWN_KIND, FIELD_KIND),
        (["transferred"], TODAY, UNKNOWN_KIND, FIELD_KIND),
    ],
)
def test_bad_departures_are_refused_in_plain_words_and_change_nothing(
    shelter, resident: int, manager, kind: object, on: object, template: str, field: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DepartureInvalid) as error:
        shelter.services.residents.record_departure(manager, resident, kind, on)  # type: ignore[arg-type]
    assert error.value.template == template and error.value.field == field
    assert stored(shelter, resident) == ("active", None)
    assert events(shelter, "update") == []


def test_only_a_resident_in_the_shelter_can_leave_it(shelter, resident: int, manager) -> None:  # type: ignore[no-untyped-def]
    residents = shelter.services.residents
    residents.record_departure(manager, resident, ResidentStatus.TRANSFERRED, TODAY)
    with pytest.raises(DepartureInvalid) as error:
        residents.record_departure(manager, resident, ResidentStatus.ABSCONDED, TODAY)
    assert error.value.template == NOT_ACTIVE
    assert stored(shelter, resident) == ("transferred", TODAY)
    with pytest.raises(NotFound):
        residents.record_departure(manager, 9999, ResidentStatus.ABSCONDED, TODAY)


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_roles_without_edit_rights_are_denied_and_the_denial_is_audited(
    shelter, resident: int, role: Role
) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[role]
    with pytest.raises(PermissionDenied):
        shelter.services.residents.record_departure(
            user, resident, ResidentStatus.TRANSFERRED, TODAY)
    [denied] = events(shelter, "denied")
    assert denied.actor_username == user.username
    assert json.loads(denied.detail or "{}")["permission"] == "edit_residents"
    assert stored(shelter, resident) == ("active", None)


def test_the_counselor_may_record_a_departure(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    shelter.services.residents.record_departure(
        counselor, resident, ResidentStatus.ABSCONDED, TODAY)
    assert stored(shelter, resident) == ("absconded", TODAY)


# ---- changing the status directly -------------------------------------------------------


def test_set_status_sets_keeps_and_clears_the_exit_date(
    shelter, resident: int, manager, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    residents = shelter.services.residents
    monkeypatch.setattr(residents, "today", lambda: date(2026, 2, 3))
    residents.set_status(manager, resident, ResidentStatus.TRANSFERRED)
    assert stored(shelter, resident) == ("transferred", date(2026, 2, 3))
    monkeypatch.setattr(residents, "today", lambda: date(2026, 5, 6))
    residents.set_status(manager, resident, ResidentStatus.CLOSED)  # not a new exit
    assert stored(shelter, resident) == ("closed", date(2026, 2, 3))
    residents.set_status(manager, resident, ResidentStatus.ACTIVE)  # she came back
    assert stored(shelter, resident) == ("active", None)
    residents.set_status(manager, resident, ResidentStatus.ACTIVE)  # nothing changes
    fields = [json.loads(e.detail or "{}")["fields"] for e in events(shelter, "update")]
    assert fields == [["status", "exit_date"], ["status"], ["status", "exit_date"]]


def test_an_old_exit_without_a_day_gets_one_only_when_the_status_changes(
    shelter, manager
) -> None:  # type: ignore[no-untyped-def]
    resident = add_resident(shelter.services.database, status="transferred",
                            admission_date=ADMITTED)
    residents = shelter.services.residents
    residents.set_status(manager, resident, ResidentStatus.TRANSFERRED)
    assert stored(shelter, resident) == ("transferred", None)
    residents.set_status(manager, resident, ResidentStatus.CLOSED)
    assert stored(shelter, resident) == ("closed", residents.today())


def test_update_with_a_status_sets_and_clears_the_exit_date(
    shelter, resident: int, manager
) -> None:  # type: ignore[no-untyped-def]
    residents = shelter.services.residents
    intake = valid_intake(consents=(), contacts=())
    left = residents.update(manager, resident, intake, status=ResidentStatus.ABSCONDED).value
    assert (left.status, left.exit_date) == ("absconded", residents.today())
    same = residents.update(manager, resident, intake, status=ResidentStatus.ABSCONDED).value
    assert same.exit_date == residents.today()
    back = residents.update(manager, resident, intake, status=ResidentStatus.ACTIVE).value
    assert (back.status, back.exit_date) == ("active", None)
    unchanged = residents.update(manager, resident, intake).value
    assert unchanged.exit_date is None


def test_exit_date_after_rules() -> None:
    day, today = date(2025, 1, 2), date(2026, 1, 1)
    assert exit_date_after("active", day, today) is None
    assert exit_date_after("closed", day, today) == day
    assert exit_date_after("absconded", None, today) == today


def test_validate_departure_is_pure_and_returns_the_kind() -> None:
    assert validate_departure("transferred", date(2025, 3, 1), "active", date(2025, 1, 1),
                              date(2025, 6, 1)) == (ResidentStatus.TRANSFERRED, date(2025, 3, 1))


# ---- reintegration and closing ----------------------------------------------------------


def placed(shelter, resident: int, user, on: date):  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    started = service.start(user, resident).value
    service.decide(user, started.id, DecisionInput("family", on - timedelta(days=5), ""))
    return service.place(user, started.id, PlacementInput(on, "Kandal, with her mother", "08"))


def test_placement_sets_the_exit_date_and_a_corrected_placement_moves_it(
    shelter, resident: int, manager
) -> None:  # type: ignore[no-untyped-def]
    on = TODAY - timedelta(days=100)
    view = placed(shelter, resident, manager, on).value
    assert stored(shelter, resident) == ("reintegrated", on)
    service = shelter.services.reintegration
    moved = service.update_placement(
        manager, view.id, PlacementInput(on - timedelta(days=2), "Kandal", "08"))
    assert moved.changes.touches("resident")
    assert stored(shelter, resident) == ("reintegrated", on - timedelta(days=2))
    # a place corrected without a new date: the exit day stays, only the reintegration changed
    same = service.update_placement(
        manager, view.id, PlacementInput(on - timedelta(days=2), "Takeo", "21"))
    assert not same.changes.touches("resident")
    # closing later keeps the day she left (her placement)
    service.close_case(manager, resident, ClosureInput(TODAY, "goals_met", ""))
    assert stored(shelter, resident) == ("closed", on - timedelta(days=2))


def test_closing_the_case_of_a_resident_in_the_shelter_sets_the_closing_day(
    shelter, resident: int, manager
) -> None:  # type: ignore[no-untyped-def]
    closed_on = TODAY - timedelta(days=10)
    shelter.services.reintegration.close_case(
        manager, resident, ClosureInput(closed_on, "continued_elsewhere", ""))
    assert stored(shelter, resident) == ("closed", closed_on)


def test_closing_the_case_after_a_transfer_keeps_the_day_she_was_transferred(
    shelter, resident: int, manager
) -> None:  # type: ignore[no-untyped-def]
    left = TODAY - timedelta(days=30)
    shelter.services.residents.record_departure(
        manager, resident, ResidentStatus.TRANSFERRED, left)
    shelter.services.reintegration.close_case(
        manager, resident, ClosureInput(TODAY, "continued_elsewhere", ""))
    assert stored(shelter, resident) == ("closed", left)


# ---- the demo -----------------------------------------------------------------------------


def test_demo_residents_who_left_have_a_plausible_exit_day(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.clock import utc_now
    from shelter_desktop.services.demo import create_demo
    from shelter_desktop.services.shelter_access import ShelterAccess
    from shelter_desktop.storage.keystore import KeyStore
    from shelter_desktop.storage.models import ReintegrationRow
    from shelter_desktop.storage.paths import DataDir

    access = ShelterAccess(DataDir(tmp_path / "demo"), KeyStore())
    database, _ = create_demo(access, 150, seed=5, password="demo-pass-2026")
    today = utc_now().date()
    try:
        with database.session() as session:
            rows = session.execute(
                select(ResidentRow.id, ResidentRow.status, ResidentRow.admission_date,
                       ResidentRow.exit_date)).all()
            records = {r.resident_id: r for r in session.execute(
                select(ReintegrationRow.resident_id, ReintegrationRow.placement_date,
                       ReintegrationRow.closed_on))}
    finally:
        database.close()
    left = [r for r in rows if r.status != "active"]
    assert left and all(r.exit_date is None for r in rows if r.status == "active")
    assert {r.status for r in left} >= {"reintegrated", "transferred", "absconded", "closed"}
    for row in left:
        assert row.exit_date is not None and row.admission_date < row.exit_date <= today
        if row.status == "reintegrated":
            assert records[row.id].placement_date == row.exit_date  # placed on the day she left
        elif row.status == "closed":  # placed that day, or her case closed that day
            record = records[row.id]
            assert (record.placement_date or record.closed_on) == row.exit_date
    closed = [records[r.id] for r in left if r.status == "closed"]
    assert any(r.placement_date is None for r in closed)  # some closed without a placement
    assert any(r.placement_date is not None for r in closed)
