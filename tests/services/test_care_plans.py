"""Care plan service on the real encrypted database: from assessment to plan, versions, reviews,
sign-offs, refusals, permissions and audit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from care_plan_factories import add_assessment
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.care_plans import (
    ActionInput,
    CarePlanInput,
    CarePlanInvalid,
    GoalInput,
    GoalStatus,
    PlanStatus,
    SignoffInput,
)
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import care_plans as care_plan_module
from shelter_desktop.storage.models import (
    AuditEventRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    CarePlanSignoffRow,
)

TODAY = date.today()
KHMER = "នាងនឹងទៅសាលារៀនជារៀងរាល់ថ្ងៃ ហើយរៀនអានអក្សរខ្មែរ"


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


@pytest.fixture
def counselor(shelter):  # type: ignore[no-untyped-def]
    return shelter.users[Role.COUNSELOR]


@pytest.fixture
def plans(shelter):  # type: ignore[no-untyped-def]
    return shelter.services.care_plans


def audit_events(shelter, entity: str = "care_plan") -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(session.scalars(
            select(AuditEventRow).where(AuditEventRow.entity == entity).order_by(AuditEventRow.id)
        ))


def table_dump(shelter, plan_id: int) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    """Every stored column of a plan, its goals, actions and sign-offs."""
    def cols(row) -> tuple:  # type: ignore[no-untyped-def, type-arg]
        return tuple(getattr(row, c.key) for c in row.__table__.columns)

    with shelter.services.database.session() as session:
        plan = session.get(CarePlanRow, plan_id)
        goals = list(session.scalars(select(CarePlanGoalRow).where(CarePlanGoalRow.care_plan_id == plan_id)))
        actions = list(session.scalars(
            select(CarePlanActionRow).where(CarePlanActionRow.goal_id.in_([g.id for g in goals]))
        ))
        signoffs = list(session.scalars(
            select(CarePlanSignoffRow).where(CarePlanSignoffRow.care_plan_id == plan_id)
        ))
        return (cols(plan), [cols(g) for g in goals], [cols(a) for a in actions],
                [cols(s) for s in signoffs])


def scored(shelter, resident: int, counselor, scores=None, on: date = date(2026, 3, 10)) -> int:  # type: ignore[no-untyped-def]
    return add_assessment(
        shelter.services.database, resident, counselor.id,
        scores or {"RM": 3, "PH": 2, "WE": (1, 2), "IN": 1, "FM": 4, "TR": (2, 3), "FR": 2, "LR": 3},
        assessed_on=on,
    )


def make_active(plans, counselor, resident: int, value: CarePlanInput, assessment_id=None):  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, value, assessment_id).value
    return plans.activate(counselor, draft.id).value


def simple(text: str = "Feels safe at night", **goal_changes: object) -> CarePlanInput:
    goal = GoalInput("", text, None, TODAY + timedelta(days=60), GoalStatus.NOT_STARTED, ())
    return CarePlanInput(add_months(TODAY, 6), "", (replace(goal, **goal_changes),))


# ---- from an assessment to a plan ---------------------------------------------------------


def test_proposal_from_latest_assessment(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    scored(shelter, resident, counselor, {"RM": 1, "PH": 1}, on=date(2026, 1, 5))
    latest = scored(shelter, resident, counselor)
    value, assessment_id = plans.proposal(counselor, resident, "en")
    assert assessment_id == latest
    # WE: items 1,2 → 1.5 → 2; TR: 2,3 → 2.5 → 3 (half up). Scores: IN 1, PH 2, WE 2, FR 2.
    assert [g.domain_code for g in value.goals] == ["IN", "PH", "WE", "FR"]
    assert [g.goal for g in value.goals] == [
        "Income", "Physical health", "Work skills and education", "Family relationships",
    ]
    assert value.review_date == add_months(TODAY, 6)
    assert all(g.target_date == value.review_date for g in value.goals)
    km, _ = plans.proposal(counselor, resident, "km")
    assert km.goals[0].goal == "ប្រាក់ចំណូល"


def test_proposal_follows_the_policy_months(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.case_policy import CasePolicy

    shelter.services.case_policy.set(shelter.admin, CasePolicy(care_plan_review_months=3))
    value, assessment_id = plans.proposal(counselor, resident, "en")
    assert assessment_id is None and value.goals == ()  # no assessment: an empty plan
    assert value.review_date == add_months(TODAY, 3)


def test_create_from_assessment_and_read_back(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    assessment_id = scored(shelter, resident, counselor)
    value, _ = plans.proposal(counselor, resident, "en")
    first = value.goals[0]
    value = replace(value, summary="Agreed with her on 1 June.", goals=(
        replace(first, goal=KHMER, responsible_id=counselor.id, actions=(
            ActionInput("Enrol at the public school", counselor.id, TODAY + timedelta(days=20)),
            ActionInput("Buy uniform", None, None, True),
        )),
    ) + value.goals[1:])
    changed = plans.create(counselor, resident, value, assessment_id)
    view = changed.value
    assert changed.changes.touches("care_plan")
    assert view.version == 1 and view.status == PlanStatus.DRAFT and view.previous_id is None
    assert view.assessment_id == assessment_id and view.assessed_on == date(2026, 3, 10)
    assert view.assessment_title is not None and view.assessment_title.en.startswith("Recovery")
    assert [g.domain_code for g in view.goals] == ["IN", "PH", "WE", "FR"]
    assert view.goals[0].goal == KHMER and view.goals[0].domain_score == 1
    assert view.goals[0].domain_label is not None and view.goals[0].domain_label.en == "Income"
    assert view.goals[0].responsible_name == counselor.display_name
    assert [a.action for a in view.goals[0].actions] == ["Enrol at the public school", "Buy uniform"]
    assert [a.done for a in view.goals[0].actions] == [False, True]
    assert len(view.assessment_domains) == 8 and view.uncovered_weak_domains() == ()
    assert view.as_input() == value
    assert plans.current(counselor, resident) == view
    [summary] = plans.list(counselor, resident)
    assert (summary.id, summary.version, summary.goal_count) == (view.id, 1, 4)
    create = [e for e in audit_events(shelter) if e.action == "create"][-1]
    detail = json.loads(create.detail)
    assert detail == {"resident_id": resident, "version": 1, "assessment_id": assessment_id,
                      "goals": 4, "actions": 2}
    assert KHMER not in create.detail


def test_only_one_draft_at_a_time(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    plans.create(counselor, resident, simple(), None)
    with pytest.raises(CarePlanInvalid) as caught:
        plans.create(counselor, resident, simple("Another"), None)
    assert "Version 1" in caught.value.message and "Open that draft" in caught.value.message
    assert len(plans.list(counselor, resident)) == 1


def test_activation_supersedes_the_previous_plan_in_one_step(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    first = make_active(plans, counselor, resident, simple("First"))
    assert first.status == PlanStatus.ACTIVE
    second = plans.create(counselor, resident, simple("Second"), None).value
    assert second.version == 2 and second.previous_id == first.id
    assert plans.current(counselor, resident).id == first.id  # active wins over the draft
    plans.activate(counselor, second.id)
    statuses = {s.version: s.status for s in plans.list(counselor, resident)}
    assert statuses == {2: PlanStatus.ACTIVE, 1: PlanStatus.SUPERSEDED}
    assert [s.version for s in plans.list(counselor, resident)] == [2, 1]
    with pytest.raises(CarePlanInvalid) as caught:
        plans.activate(counselor, second.id)
    assert "Only a draft" in caught.value.message


def test_activation_needs_goals_for_weak_domains(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    assessment_id = scored(shelter, resident, counselor)
    value, _ = plans.proposal(counselor, resident, "en")
    draft = plans.create(counselor, resident, replace(value, goals=value.goals[:2]), assessment_id).value
    assert [d.code for d in draft.uncovered_weak_domains()] == ["WE", "FR"]
    with pytest.raises(CarePlanInvalid) as caught:
        plans.activate(counselor, draft.id)
    assert caught.value.field == "goals" and "WE, FR" in caught.value.message
    empty = plans.save(counselor, draft.id, replace(value, goals=())).value
    with pytest.raises(CarePlanInvalid) as caught:
        plans.activate(counselor, empty.id)
    assert "at least one goal" in caught.value.message
    plans.save(counselor, draft.id, value)
    assert plans.activate(counselor, draft.id).value.status == PlanStatus.ACTIVE


def test_save_replaces_goals_and_audits_changed_fields_only(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, simple(), None).value
    new = replace(draft.as_input(), summary="Secret words about her", goals=draft.as_input().goals + (
        GoalInput("", "Second goal", counselor.id, None, GoalStatus.IN_PROGRESS,
                  (ActionInput("Call the family", None, None),)),
    ))
    saved = plans.save(counselor, draft.id, new).value
    assert [g.goal for g in saved.goals] == ["Feels safe at night", "Second goal"]
    assert saved.summary == "Secret words about her"
    update = [e for e in audit_events(shelter) if e.action == "update"][-1]
    detail = json.loads(update.detail)
    assert detail == {"fields": ["summary", "goals"], "status": "draft", "goals": 2, "actions": 1}
    assert "Secret" not in update.detail
    # Reordering is a change of goals; nothing else is touched.
    swapped = replace(new, goals=tuple(reversed(new.goals)))
    again = plans.save(counselor, draft.id, swapped).value
    assert [g.goal for g in again.goals] == ["Second goal", "Feels safe at night"]
    assert json.loads(audit_events(shelter)[-1].detail)["fields"] == ["goals"]


def test_an_overdue_active_plan_can_still_be_updated(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    active = make_active(plans, counselor, resident, simple())
    overdue = TODAY - timedelta(days=10)
    with shelter.services.database.session() as session, session.begin():
        session.get(CarePlanRow, active.id).review_date = overdue
    value = plans.get(counselor, active.id).as_input()
    goal = replace(value.goals[0], status=GoalStatus.ACHIEVED)
    saved = plans.save(counselor, active.id, replace(value, goals=(goal,))).value
    assert saved.review_date == overdue and saved.goals[0].status == GoalStatus.ACHIEVED
    [due] = plans.due_for_review(counselor, TODAY)
    assert (due.plan_id, due.resident_id, due.case_number, due.review_date) == (
        active.id, resident, "TS-2026-0001", overdue)


def test_review_copies_into_a_new_version_and_keeps_the_old_byte_for_byte(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    first_assessment = scored(shelter, resident, counselor, {"RM": 3, "PH": 2, "WE": 3, "IN": 3,
                                                             "FM": 3, "TR": 3, "FR": 3, "LR": 3})
    value, _ = plans.proposal(counselor, resident, "en")
    value = replace(value, summary="Version one", goals=(
        replace(value.goals[0], status=GoalStatus.IN_PROGRESS, responsible_id=counselor.id,
                actions=(ActionInput("Clinic visit", counselor.id, TODAY, True),)),
        GoalInput("", KHMER, None, None, GoalStatus.NOT_STARTED, ()),
    ))
    active = make_active(plans, counselor, resident, value, first_assessment)
    plans.add_signoff(counselor, active.id, SignoffInput("resident", "សុខ ស្រីពៅ", TODAY))
    before = table_dump(shelter, active.id)

    newer = scored(shelter, resident, counselor, {"RM": 1, "PH": 3, "WE": 3, "IN": 3, "FM": 2,
                                                  "TR": 3, "FR": 3, "LR": 3}, on=date(2026, 4, 1))
    review = plans.start_review(counselor, active.id, "km").value
    assert review.version == 2 and review.status == PlanStatus.DRAFT
    assert review.previous_id == active.id and review.assessment_id == newer
    assert review.review_date == add_months(TODAY, 6)
    assert review.summary == "Version one" and review.signoffs == ()
    # Copied goals keep status and actions; newly weak domains are proposed, in Khmer.
    assert [(g.domain_code, g.goal, g.status) for g in review.goals] == [
        ("PH", "Physical health", GoalStatus.IN_PROGRESS),
        ("", KHMER, GoalStatus.NOT_STARTED),
        ("RM", "ការគ្រប់គ្រងហានិភ័យ", GoalStatus.NOT_STARTED),
        ("FM", "ការគ្រប់គ្រងហិរញ្ញវត្ថុ", GoalStatus.NOT_STARTED),
    ]
    assert [a.action for a in review.goals[0].actions] == ["Clinic visit"]
    assert review.goals[0].actions[0].done is True
    assert review.goals[0].domain_score == 3  # the newer assessment's score
    # The old version is unchanged until the new one is activated…
    assert table_dump(shelter, active.id) == before
    assert plans.current(counselor, resident).id == active.id
    with pytest.raises(CarePlanInvalid):
        plans.start_review(counselor, active.id, "en")  # one draft at a time
    # …and then only its status (and updated time) change.
    plans.activate(counselor, review.id)
    after = table_dump(shelter, active.id)
    status_col = [c.key for c in CarePlanRow.__table__.columns].index("status")
    updated_col = [c.key for c in CarePlanRow.__table__.columns].index("updated_at")
    strip = lambda dump: tuple(v for i, v in enumerate(dump[0]) if i not in (status_col, updated_col))
    assert strip(after) == strip(before) and after[1:] == before[1:]
    assert after[0][status_col] == PlanStatus.SUPERSEDED
    detail = json.loads([e for e in audit_events(shelter) if e.action == "create"][-1].detail)
    assert detail["copied_goals"] == 2 and detail["proposed_goals"] == 2


def test_review_needs_the_active_plan(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, simple(), None).value
    with pytest.raises(CarePlanInvalid) as caught:
        plans.start_review(counselor, draft.id, "en")
    assert "Only the active care plan" in caught.value.message


def test_a_superseded_plan_never_changes(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    first = make_active(plans, counselor, resident, simple("First"))
    plans.add_signoff(counselor, first.id, SignoffInput("resident", "Sreypov", TODAY))
    review = plans.start_review(counselor, first.id, "en").value
    plans.activate(counselor, review.id)
    frozen = table_dump(shelter, first.id)
    attempts = [
        lambda: plans.save(counselor, first.id, simple("Rewritten")),
        lambda: plans.activate(counselor, first.id),
        lambda: plans.start_review(counselor, first.id, "en"),
        lambda: plans.add_signoff(counselor, first.id, SignoffInput("guardian", "Mother", TODAY)),
    ]
    for attempt in attempts:
        with pytest.raises(CarePlanInvalid) as caught:
            attempt()
        assert "replaced by a later version" in caught.value.message
    assert table_dump(shelter, first.id) == frozen
    assert plans.get(counselor, first.id).status == PlanStatus.SUPERSEDED


def test_signoffs_once_per_party(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, simple(), None).value
    plans.add_signoff(counselor, draft.id, SignoffInput("resident", "សុខ ស្រីពៅ", TODAY))
    view = plans.add_signoff(counselor, draft.id, SignoffInput("case_manager", "Dara Ly", TODAY)).value
    assert [(s.party, s.signer_name, s.recorded_by_name) for s in view.signoffs] == [
        ("resident", "សុខ ស្រីពៅ", counselor.display_name),
        ("case_manager", "Dara Ly", counselor.display_name),
    ]
    with pytest.raises(CarePlanInvalid) as caught:
        plans.add_signoff(counselor, draft.id, SignoffInput("resident", "Again", TODAY))
    assert caught.value.field == "party"
    for bad in (SignoffInput("guardian", "", TODAY),
                SignoffInput("guardian", "Mother", TODAY + timedelta(days=1)),
                SignoffInput("guardian", "Mother", TODAY - timedelta(days=30))):
        with pytest.raises(CarePlanInvalid):
            plans.add_signoff(counselor, draft.id, bad)
    sign = [e for e in audit_events(shelter) if e.action == "sign"]
    assert [json.loads(e.detail) for e in sign] == [{"party": "resident"}, {"party": "case_manager"}]
    assert all("Dara" not in e.detail and "សុខ" not in e.detail for e in sign)


def test_responsible_must_be_case_staff(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    staff = plans.assignable_staff(counselor)
    ids = {i for i, _name in staff}
    assert ids == {counselor.id, shelter.users[Role.HOUSE_MANAGER].id}
    admin_id = shelter.users[Role.ADMINISTRATOR].id
    with pytest.raises(CarePlanInvalid) as caught:
        plans.create(counselor, resident, simple(responsible_id=admin_id), None)
    assert caught.value.field == "goal:0:responsible"
    with pytest.raises(CarePlanInvalid) as caught:
        plans.create(counselor, resident, simple(actions=(ActionInput("x", 99999, None),)), None)
    assert caught.value.field == "goal:0:action:0:responsible"


def test_domain_must_belong_to_the_plans_assessment(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    assessment_id = scored(shelter, resident, counselor)
    with pytest.raises(CarePlanInvalid) as caught:
        plans.create(counselor, resident, simple(domain_code="ZZ"), assessment_id)
    assert caught.value.field == "goal:0:domain"
    other = add_resident(shelter.services.database, case_number="TS-2026-0002")
    with pytest.raises(CarePlanInvalid) as caught:
        plans.create(counselor, other, simple(), assessment_id)
    assert "another resident" in caught.value.message


def test_khmer_and_huge_text(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    huge_goal = ("ក្ដីសង្ឃឹម " * 400)[:2000]
    huge_action = ("ស្រី " * 300)[:1000]
    value = CarePlanInput(add_months(TODAY, 6), "សេចក្ដីសង្ខេប\n" + "ខ" * 3000, tuple(
        GoalInput("", f"{i} {huge_goal}"[:2000], None, None, GoalStatus.NOT_STARTED,
                  tuple(ActionInput(huge_action, None, None) for _ in range(3)))
        for i in range(50)
    ))
    view = plans.create(counselor, resident, value, None).value
    assert len(view.goals) == 50 and all(len(g.goal) == 2000 for g in view.goals)
    assert view.goals[7].actions[2].action == huge_action.strip()
    with pytest.raises(CarePlanInvalid) as caught:
        plans.save(counselor, view.id, replace(value, summary="ខ" * 4001))
    assert caught.value.field == "summary"
    with pytest.raises(CarePlanInvalid):
        plans.save(counselor, view.id, replace(value, goals=value.goals + value.goals[:1]))
    assert plans.get(counselor, view.id).as_input() == validate_again(value)


def validate_again(value: CarePlanInput) -> CarePlanInput:
    from shelter_desktop.domain.care_plans import validate_care_plan

    return validate_care_plan(value, TODAY)


def test_missing_plan_and_resident(shelter, plans, counselor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        plans.get(counselor, 4242)
    with pytest.raises(NotFound):
        plans.list(counselor, 4242)
    with pytest.raises(NotFound):
        plans.create(counselor, 4242, simple(), None)


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_resident_access_is_refused_and_audited(shelter, plans, counselor, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, simple(), None).value
    actor = shelter.users[role]
    before = len(audit_events(shelter))
    calls = [
        lambda: plans.list(actor, resident),
        lambda: plans.get(actor, draft.id),
        lambda: plans.current(actor, resident),
        lambda: plans.proposal(actor, resident, "en"),
        lambda: plans.create(actor, resident, simple(), None),
        lambda: plans.save(actor, draft.id, simple("Changed")),
        lambda: plans.activate(actor, draft.id),
        lambda: plans.start_review(actor, draft.id, "en"),
        lambda: plans.add_signoff(actor, draft.id, SignoffInput("resident", "X", TODAY)),
        lambda: plans.assignable_staff(actor),
        lambda: plans.due_for_review(actor, TODAY),
        lambda: plans.assessment_domains(actor, None),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = audit_events(shelter)[before:]
    assert len(denied) == len(calls) and all(e.action == "denied" for e in denied)
    assert {json.loads(e.detail)["permission"] for e in denied} == {"view_residents", "edit_residents"}
    assert plans.get(counselor, draft.id).goals[0].goal == "Feels safe at night"


def test_house_manager_may_work_on_plans(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    manager = shelter.users[Role.HOUSE_MANAGER]
    draft = plans.create(manager, resident, simple(responsible_id=counselor.id), None).value
    assert plans.activate(manager, draft.id).value.goals[0].responsible_name == counselor.display_name


def test_reads_are_audited(shelter, plans, counselor, resident: int) -> None:  # type: ignore[no-untyped-def]
    draft = plans.create(counselor, resident, simple(), None).value
    before = len(audit_events(shelter))
    plans.get(counselor, draft.id)
    plans.list(counselor, resident)
    plans.current(counselor, resident)
    views = audit_events(shelter)[before:]
    assert [e.action for e in views] == ["view", "view", "view"]
    assert views[0].entity_id == str(draft.id)


def test_due_for_review_oldest_first(shelter, plans, counselor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = [add_resident(shelter.services.database, case_number=f"TS-2026-00{n}") for n in (10, 11, 12)]
    for rid, months in zip(ids, (5, 2, 9), strict=True):
        make_active(plans, counselor, rid, replace(simple(), review_date=add_months(TODAY, months)))
    until = add_months(TODAY, 6)
    due = plans.due_for_review(counselor, until)
    assert [d.case_number for d in due] == ["TS-2026-0011", "TS-2026-0010"]
    assert all(d.review_date <= until for d in due)
    # A draft is not due; a review in progress leaves the active plan due until activated.
    plans.create(counselor, ids[2], simple(), None)
    assert len(plans.due_for_review(counselor, add_months(TODAY, 12))) == 3
    monkeypatch.setattr(care_plan_module, "local_today", lambda: TODAY + timedelta(days=1))
    assert plans.proposal(counselor, ids[0], "en")[0].review_date == add_months(TODAY + timedelta(days=1), 6)
