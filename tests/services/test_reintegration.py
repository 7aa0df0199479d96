"""Reintegration on the real encrypted database: readiness, decision, placement with its
follow-up schedule, visits, closure; permissions, bad input and audit events."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.case_policy import CasePolicy
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.reintegration import (
    ClosureInput,
    DecisionInput,
    PlacementInput,
    ReadinessInput,
    ReintegrationInvalid,
    VisitInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow, ResidentRow

TODAY = date.today()
ADMITTED = TODAY - timedelta(days=500)
KHMER = "គ្រួសារមានសុវត្ថិភាព ហើយម្ដាយគាំទ្រ"


def audit_events(shelter, action: str, entity: str | None = None) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).where(AuditEventRow.action == action)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity)
        return list(session.scalars(query.order_by(AuditEventRow.id)))


def resident_status(shelter, resident_id: int) -> str:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return session.get(ResidentRow, resident_id).status  # type: ignore[union-attr]


def readiness(**changes: object) -> ReadinessInput:
    values: dict[str, object] = dict(
        assessed_on=TODAY - timedelta(days=200), child_score=3, family_score=2,
        community_score=3, access_score=4, retrafficking_risk="medium",
        family_visit_date=TODAY - timedelta(days=210), family_comment=f"  {KHMER} mixed Latin ",
        recommendation="Return home with monthly follow-up",
    )
    values.update(changes)
    return ReadinessInput(**values)  # type: ignore[arg-type]


def visit(**changes: object) -> VisitInput:
    values: dict[str, object] = dict(
        visited_on=TODAY - timedelta(days=100), visit_type="home", risk_level="low",
        safety_score=4, wellbeing_score=3, family_score=3, education_work_score=2,
        findings="She goes to school; her mother is supportive.", risks="",
        next_steps="Phone call next month",
    )
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=ADMITTED)


@pytest.fixture
def counselor(shelter):  # type: ignore[no-untyped-def]
    return shelter.users[Role.COUNSELOR]


def placed(shelter, resident: int, counselor, on: date):  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    started = service.start(counselor, resident).value
    service.add_readiness(counselor, started.id, readiness())
    service.decide(counselor, started.id, DecisionInput("family", on - timedelta(days=5), ""))
    return service.place(counselor, started.id, PlacementInput(on, "Kandal, with her mother", "08"))


def test_the_whole_flow(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    assert service.get(counselor, resident) is None

    started = service.start(counselor, resident)
    assert started.changes.touches("reintegration")
    assert started.value.status == "preparing" and started.value.readiness == ()
    rid = started.value.id

    view = service.add_readiness(counselor, rid, readiness()).value
    [r] = view.readiness
    assert r.scores == (3, 2, 3, 4) and r.retrafficking_risk == "medium"
    assert r.family_comment == f"{KHMER} mixed Latin"  # stripped, Khmer kept whole
    assert r.assessor == counselor.display_name

    view = service.decide(
        counselor, rid, DecisionInput("kinship", TODAY - timedelta(days=190), " aunt ")
    ).value
    assert view.decision == "kinship" and view.decision_reason == "aunt"

    placement_date = TODAY - timedelta(days=185)
    result = service.place(counselor, rid, PlacementInput(placement_date, " Takeo ", "21"))
    view = result.value
    assert result.changes.touches("reintegration") and result.changes.touches("resident")
    assert view.status == "placed" and view.placement_place == "Takeo"
    assert view.follow_up_months == (1, 3, 6, 12, 18, 24)
    assert [(v.months_after, v.due_on, v.status) for v in view.visits] == [
        (m, add_months(placement_date, m), "scheduled") for m in (1, 3, 6, 12, 18, 24)
    ]
    assert resident_status(shelter, resident) == "reintegrated"

    first, second = view.visits[0], view.visits[1]
    view = service.record_visit(counselor, first.id, visit(
        visited_on=first.due_on + timedelta(days=2))).value
    done = next(v for v in view.visits if v.id == first.id)
    assert done.status == "done" and done.scores == (4, 3, 3, 2)
    assert done.visitor == counselor.display_name
    view = service.mark_visit(counselor, second.id, "missed").value
    assert next(v for v in view.visits if v.id == second.id).status == "missed"
    # A missed follow-up can still be recorded when the visit happens late.
    view = service.record_visit(counselor, second.id, visit(visit_type="phone")).value
    assert next(v for v in view.visits if v.id == second.id).status == "done"

    extra = service.add_visit(counselor, rid, visit(findings="Call from her aunt")).value
    unscheduled = [v for v in extra.visits if v.months_after is None]
    assert len(unscheduled) == 1 and unscheduled[0].status == "done"

    again = service.get(counselor, resident)
    assert again == extra
    views = audit_events(shelter, "view", "reintegration")
    assert views and json.loads(views[-1].detail)["visits"] == 7

    # Nothing a person typed reaches the audit log.
    for event in audit_events(shelter, "create") + audit_events(shelter, "update"):
        detail = event.detail or ""
        for typed in ("Takeo", "aunt", KHMER, "school", "Call from", "mother"):
            assert typed not in detail


def test_the_schedule_uses_the_policy_months_at_placement(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    shelter.services.case_policy.set(shelter.admin, CasePolicy(follow_up_months=(2, 4)))
    view = placed(shelter, resident, counselor, TODAY - timedelta(days=30)).value
    assert [v.months_after for v in view.visits] == [2, 4]
    assert view.follow_up_months == (2, 4)
    # A later change of policy does not move a schedule already made.
    shelter.services.case_policy.set(shelter.admin, CasePolicy())
    assert shelter.services.reintegration.get(counselor, resident).follow_up_months == (2, 4)


def test_a_new_placement_date_moves_only_visits_not_made(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    old_date = TODAY - timedelta(days=200)
    view = placed(shelter, resident, counselor, old_date).value
    first, second, third = view.visits[:3]
    service.record_visit(counselor, first.id, visit(visited_on=old_date + timedelta(days=35)))
    service.mark_visit(counselor, second.id, "missed")
    service.add_visit(counselor, view.id, visit(visited_on=old_date + timedelta(days=10)))

    with pytest.raises(PermissionDenied):
        service.place(shelter.users[Role.DATA_OFFICER], view.id, PlacementInput(old_date, "x"))
    with pytest.raises(ReintegrationInvalid) as placed_again:
        service.place(counselor, view.id, PlacementInput(old_date, "Elsewhere"))
    assert placed_again.value.field == "placement_date"

    new_date = old_date - timedelta(days=3)
    moved = service.update_placement(counselor, view.id, PlacementInput(new_date, "Kandal", "08")).value
    by_month = {v.months_after: v for v in moved.visits}
    assert by_month[1].id == first.id and by_month[1].status == "done"  # kept as made
    assert by_month[1].visited_on == old_date + timedelta(days=35)
    for months in (3, 6, 12, 18, 24):
        assert by_month[months].due_on == add_months(new_date, months)
        assert by_month[months].status == "scheduled"  # the missed one is scheduled again
    assert [v for v in moved.visits if v.months_after is None][0].status == "done"
    assert len(moved.visits) == 7

    # A date after a visit already made is refused.
    with pytest.raises(ReintegrationInvalid) as late:
        service.update_placement(counselor, view.id, PlacementInput(old_date + timedelta(days=20), "K"))
    assert late.value.field == "placement_date"


def test_closing_cancels_scheduled_follow_ups(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    view = placed(shelter, resident, counselor, TODAY - timedelta(days=120)).value
    service.record_visit(counselor, view.visits[0].id, visit(visited_on=TODAY - timedelta(days=80)))
    with pytest.raises(ReintegrationInvalid) as other:
        service.close_case(counselor, resident, ClosureInput(TODAY, "other", "  "))
    assert other.value.field == "closure_note"
    closed = service.close_case(
        counselor, resident, ClosureInput(TODAY, "goals_met", "Living safely with her mother")
    )
    assert closed.changes.touches("resident")
    statuses = [v.status for v in closed.value.visits]
    assert statuses == ["done"] + ["cancelled"] * 5
    assert closed.value.status == "closed" and closed.value.closure_reason == "goals_met"
    assert resident_status(shelter, resident) == "closed"
    [event] = audit_events(shelter, "update", "case_closure")
    detail = json.loads(event.detail)
    assert detail["cancelled_visits"] == 5 and detail["reason"] == "goals_met"
    assert "mother" not in event.detail
    # A closed reintegration cannot change; a closed case cannot close again.
    with pytest.raises(ReintegrationInvalid):
        service.add_visit(counselor, view.id, visit())
    with pytest.raises(ReintegrationInvalid):
        service.close_case(counselor, resident, ClosureInput(TODAY, "goals_met"))


def test_closing_a_case_that_never_reached_reintegration(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    closed = service.close_case(
        counselor, resident, ClosureInput(TODAY - timedelta(days=1), "moved_or_not_found")
    ).value
    assert closed.status == "closed" and closed.placement_date is None
    assert service.get(counselor, resident) == closed
    assert resident_status(shelter, resident) == "closed"
    with pytest.raises(ReintegrationInvalid):
        service.start(counselor, resident)


def test_start_twice_and_steps_out_of_order(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    rid = service.start(counselor, resident).value.id
    with pytest.raises(ReintegrationInvalid):
        service.start(counselor, resident)
    with pytest.raises(ReintegrationInvalid) as no_decision:
        service.place(counselor, rid, PlacementInput(TODAY, "Kampot"))
    assert no_decision.value.field == "decision"
    with pytest.raises(ReintegrationInvalid) as not_placed:
        service.add_visit(counselor, rid, visit())
    assert not_placed.value.field == "placement_date"


@pytest.mark.parametrize(
    "change,field",
    [
        ({"assessed_on": TODAY + timedelta(days=1)}, "assessed_on"),
        ({"assessed_on": date(1899, 12, 31)}, "assessed_on"),
        ({"assessed_on": ADMITTED - timedelta(days=1)}, "assessed_on"),
        ({"child_score": 0}, "child_score"),
        ({"family_score": 5}, "family_score"),
        ({"community_score": True}, "community_score"),
        ({"access_score": None}, "access_score"),
        ({"retrafficking_risk": "extreme"}, "retrafficking_risk"),
        ({"family_visit_date": TODAY - timedelta(days=100)}, "family_visit_date"),
        ({"child_comment": "x" * 2001}, "child_comment"),
        ({"risk_comment": "bad\x00byte"}, "risk_comment"),
        ({"recommendation": "lone \ud800 surrogate"}, "recommendation"),
    ],
)
def test_bad_readiness_input_names_the_field(shelter, resident: int, counselor, change, field) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    rid = service.start(counselor, resident).value.id
    with pytest.raises(ReintegrationInvalid) as caught:
        service.add_readiness(counselor, rid, readiness(**change))
    assert caught.value.field == field
    assert caught.value.message  # a sentence staff can act on
    assert service.get(counselor, resident).readiness == ()


@pytest.mark.parametrize(
    "change,field",
    [
        ({"visited_on": TODAY + timedelta(days=1)}, "visited_on"),
        ({"visited_on": TODAY - timedelta(days=400)}, "visited_on"),  # before placement
        ({"visit_type": "email"}, "visit_type"),
        ({"risk_level": ""}, "risk_level"),
        ({"safety_score": 7}, "safety_score"),
        ({"family_score": -1}, "visit_family_score"),
        ({"findings": "   "}, "findings"),
        ({"next_steps": "y" * 4001}, "next_steps"),
    ],
)
def test_bad_visit_input_names_the_field(shelter, resident: int, counselor, change, field) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    view = placed(shelter, resident, counselor, TODAY - timedelta(days=200)).value
    with pytest.raises(ReintegrationInvalid) as caught:
        service.record_visit(counselor, view.visits[0].id, visit(**change))
    assert caught.value.field == field
    assert service.get(counselor, resident).visits[0].status == "scheduled"


def test_bad_decision_placement_and_closure(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    rid = service.start(counselor, resident).value.id
    cases = [
        (lambda: service.decide(counselor, rid, DecisionInput("orphanage", TODAY)), "decision"),
        (lambda: service.decide(counselor, rid, DecisionInput("other", TODAY, " ")), "reason"),
        (lambda: service.decide(counselor, rid, DecisionInput("family", TODAY + timedelta(days=3))),
         "decided_on"),
    ]
    for call, field in cases:
        with pytest.raises(ReintegrationInvalid) as caught:
            call()
        assert caught.value.field == field
    service.decide(counselor, rid, DecisionInput("family", TODAY - timedelta(days=10)))
    for value, field in [
        (PlacementInput(TODAY, "  "), "place"),
        (PlacementInput(TODAY, "Kep", "99"), "province_code"),
        (PlacementInput(TODAY - timedelta(days=20), "Kep"), "placement_date"),  # before decision
        (PlacementInput(TODAY + timedelta(days=1), "Kep"), "placement_date"),
        (PlacementInput(TODAY, "a\nb"), "place"),  # one line only
    ]:
        with pytest.raises(ReintegrationInvalid) as caught:
            service.place(counselor, rid, value)
        assert caught.value.field == field
    assert resident_status(shelter, resident) == "active"
    with pytest.raises(ReintegrationInvalid) as bad_reason:
        service.close_case(counselor, resident, ClosureInput(TODAY, "ran_away"))
    assert bad_reason.value.field == "closure_reason"
    with pytest.raises(ReintegrationInvalid) as bad_status:
        service.mark_visit(counselor, 1, "done")
    assert bad_status.value.field == "status"


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_access_for_data_officer_or_administrator(shelter, resident: int, counselor, role: Role) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    view = placed(shelter, resident, counselor, TODAY - timedelta(days=60)).value
    user = shelter.users[role]
    calls = [
        lambda: service.get(user, resident),
        lambda: service.start(user, resident),
        lambda: service.add_readiness(user, view.id, readiness()),
        lambda: service.decide(user, view.id, DecisionInput("family", TODAY)),
        lambda: service.place(user, view.id, PlacementInput(TODAY, "x")),
        lambda: service.update_placement(user, view.id, PlacementInput(TODAY, "x")),
        lambda: service.record_visit(user, view.visits[0].id, visit()),
        lambda: service.add_visit(user, view.id, visit()),
        lambda: service.mark_visit(user, view.visits[0].id, "missed"),
        lambda: service.close_case(user, resident, ClosureInput(TODAY, "goals_met")),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = [e for e in audit_events(shelter, "denied") if e.actor_username == user.username]
    assert len(denied) == len(calls)
    assert {e.entity for e in denied} == {"reintegration", "follow_up_visit", "case_closure"}
    assert service.get(counselor, resident) == view
    assert resident_status(shelter, resident) == "reintegrated"


def test_a_house_manager_may_work_on_it(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    manager = shelter.users[Role.HOUSE_MANAGER]
    view = placed(shelter, resident, manager, TODAY - timedelta(days=10)).value
    assert view.status == "placed"


def test_missing_records_say_so(shelter, resident: int, counselor) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.reintegration
    with pytest.raises(NotFound):
        service.get(counselor, resident + 999)
    with pytest.raises(NotFound):
        service.add_readiness(counselor, 4242, readiness())
    with pytest.raises(NotFound):
        service.record_visit(counselor, 4242, visit())
