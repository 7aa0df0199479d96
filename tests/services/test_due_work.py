"""Due work on the real encrypted database: each kind, mine or the whole shelter, overdue and
"due soon" boundaries, a resident never assessed, order and limit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from factories import add_resident
from sqlalchemy import update

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.case_policy import CasePolicy
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import (
    AssessmentRow,
    AssessmentTemplateRow,
    CarePlanRow,
    CounselingNoteRow,
    FollowUpVisitRow,
    ReintegrationRow,
    ResidentRow,
)

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 1, 9, 0)
SOON = 14  # the default policy's "due soon" days


class Records:
    """Writes synthetic due work straight through the storage models."""

    def __init__(self, shelter) -> None:  # type: ignore[no-untyped-def]
        self.shelter = shelter
        self.database = shelter.services.database
        self.count = 0
        self.template_id: int | None = None

    def resident(
        self, admitted: date = date(2025, 1, 10), status: str = "active",
        counselor_id: int | None = None,
    ) -> int:
        self.count += 1
        rid = add_resident(
            self.database, case_number=f"TS-2026-{self.count:04d}", status=status,
            admission_date=admitted,
        )
        with self.database.session() as session, session.begin():
            session.execute(
                update(ResidentRow).where(ResidentRow.id == rid).values(counselor_id=counselor_id)
            )
        return rid

    def assessment(self, resident_id: int, on: date) -> int:
        with self.database.session() as session, session.begin():
            if self.template_id is None:
                template = AssessmentTemplateRow(
                    key="csi", version=1, content="{}", content_sha256="0" * 64, stored_at=NOW
                )
                session.add(template)
                session.flush()
                self.template_id = template.id
            row = AssessmentRow(
                resident_id=resident_id, template_id=self.template_id, assessed_on=on,
                assessor_id=self.shelter.admin.id, purpose="review", created_at=NOW,
                updated_at=NOW,
            )
            session.add(row)
            session.flush()
            return row.id

    def care_plan(self, resident_id: int, review: date, status: str = "active", version: int = 1) -> int:
        with self.database.session() as session, session.begin():
            row = CarePlanRow(
                resident_id=resident_id, version=version, status=status, review_date=review,
                created_by=self.shelter.admin.id, created_at=NOW, updated_at=NOW,
            )
            session.add(row)
            session.flush()
            return row.id

    def follow_up(
        self, resident_id: int, dues: list[tuple[date, str]], status: str = "placed"
    ) -> list[int]:
        with self.database.session() as session, session.begin():
            row = ReintegrationRow(
                resident_id=resident_id, status=status, placement_date=date(2025, 12, 1),
                follow_up_months="1,3", created_by=self.shelter.admin.id, created_at=NOW,
                updated_at=NOW,
            )
            session.add(row)
            session.flush()
            visits = [
                FollowUpVisitRow(reintegration_id=row.id, months_after=i + 1, due_on=due,
                                 status=visit_status)
                for i, (due, visit_status) in enumerate(dues)
            ]
            session.add_all(visits)
            session.flush()
            return [v.id for v in visits]

    def unsigned_note(self, resident_id: int, author_id: int, on: date) -> int:
        with self.database.session() as session, session.begin():
            row = CounselingNoteRow(
                resident_id=resident_id, counselor_id=author_id, session_date=on,
                note_type="individual", duration_minutes=30, visibility="case_team",
                created_at=NOW,
            )
            session.add(row)
            session.flush()
            return row.id


@pytest.fixture
def records(shelter) -> Records:  # type: ignore[no-untyped-def]
    return Records(shelter)


def items(shelter, role: Role = Role.HOUSE_MANAGER, mine: bool = False, **kwargs):  # type: ignore[no-untyped-def]
    return shelter.services.due_work.items(shelter.users[role], mine, today=TODAY, **kwargs)


def of_kind(found, kind_key: str):  # type: ignore[no-untyped-def]
    return [i for i in found if i.kind_key == kind_key]


def test_care_plan_reviews_overdue_soon_and_not_yet(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    rid = records.resident()
    records.assessment(rid, TODAY)  # no reassessment noise
    overdue = records.care_plan(rid, TODAY - timedelta(days=1), version=1)
    other = records.resident()
    records.assessment(other, TODAY)
    today_plan = records.care_plan(other, TODAY, version=1)
    third = records.resident()
    records.assessment(third, TODAY)
    edge = records.care_plan(third, TODAY + timedelta(days=SOON), version=1)
    records.care_plan(third, TODAY + timedelta(days=SOON + 1), version=2)  # not yet
    records.care_plan(third, TODAY - timedelta(days=90), status="superseded", version=3)
    records.care_plan(third, TODAY - timedelta(days=90), status="draft", version=4)
    # Once she is placed, her follow-up visits are the work, not her shelter care plan.
    placed = records.resident(status="reintegrated")
    records.care_plan(placed, TODAY - timedelta(days=200), version=1)

    found = of_kind(items(shelter), "care_plan_review")
    assert [(i.record_id, i.overdue, i.due_soon) for i in found] == [
        (overdue, True, False), (today_plan, False, True), (edge, False, True),
    ]
    assert {i.tab for i in found} == {"care_plan"}
    assert found[0].kind == "Care plan review" and found[0].case_number == "TS-2026-0001"


def test_follow_up_visits_only_scheduled_ones_of_open_reintegrations(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    rid = records.resident(status="reintegrated")
    late, soon, later, done = records.follow_up(rid, [
        (TODAY - timedelta(days=40), "scheduled"),
        (TODAY + timedelta(days=SOON), "scheduled"),
        (TODAY + timedelta(days=SOON + 1), "scheduled"),
        (TODAY - timedelta(days=60), "done"),
    ])
    records.follow_up(rid, [(TODAY - timedelta(days=5), "cancelled"),
                            (TODAY - timedelta(days=5), "missed")])
    closed_case = records.resident(status="closed")
    records.follow_up(closed_case, [(TODAY - timedelta(days=5), "scheduled")], status="closed")

    found = of_kind(items(shelter), "follow_up_visit")
    assert [(i.record_id, i.overdue, i.due_soon) for i in found] == [
        (late, True, False), (soon, False, True),
    ]
    assert found[0].resident_id == rid and found[0].tab == "reintegration"
    assert found[0].kind == "Follow-up visit"
    assert later not in {i.record_id for i in found} and done not in {i.record_id for i in found}


def test_reassessment_after_the_policy_months_from_the_latest_assessment(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    months = CasePolicy().reassessment_months
    deadline = TODAY + timedelta(days=SOON)
    due_now = records.resident()
    records.assessment(due_now, date(2024, 1, 5))
    records.assessment(due_now, add_months(TODAY, -months) - timedelta(days=3))  # the latest
    edge = records.resident()
    records.assessment(edge, add_months(deadline, -months))  # due exactly on the last soon day
    fresh = records.resident()
    records.assessment(fresh, date(2023, 1, 1))
    records.assessment(fresh, add_months(deadline, -months) + timedelta(days=1))  # later
    reintegrated = records.resident(status="reintegrated")
    records.assessment(reintegrated, date(2023, 1, 1))

    found = of_kind(items(shelter), "reassessment")
    assert [i.resident_id for i in found] == [due_now, edge]
    first, second = found
    assert first.overdue and first.due_on == add_months(
        add_months(TODAY, -months) - timedelta(days=3), months
    )
    assert second.due_soon and not second.overdue and second.due_on == deadline
    assert first.kind == "Reassessment" and first.tab == "assessments"
    assert first.record_id == due_now


def test_a_resident_never_assessed_is_due_two_weeks_after_admission(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    long_ago = records.resident(admitted=TODAY - timedelta(days=30))
    # Admitted today: due in 14 days, the last "due soon" day.
    last_soon_day = records.resident(admitted=TODAY + timedelta(days=SOON - 14))
    just_admitted = records.resident(admitted=TODAY + timedelta(days=1))  # due a day later
    found = of_kind(items(shelter), "reassessment")
    assert [i.resident_id for i in found] == [long_ago, last_soon_day]
    assert found[0].kind == "First assessment" and found[0].overdue
    assert found[0].due_on == TODAY - timedelta(days=16)
    assert found[1].due_on == TODAY + timedelta(days=SOON) and found[1].due_soon and not found[1].overdue
    assert just_admitted not in {i.resident_id for i in found}


def test_unsigned_notes_keep_their_key_and_tab(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    rid = records.resident()
    records.assessment(rid, TODAY)
    old = records.unsigned_note(rid, counselor.id, TODAY - timedelta(days=4))  # due 3 days after
    new = records.unsigned_note(rid, counselor.id, TODAY - timedelta(days=3))  # due today
    far = records.unsigned_note(rid, counselor.id, TODAY + timedelta(days=20))  # typed ahead
    found = of_kind(items(shelter), "unsigned_note")
    assert [(i.record_id, i.overdue, i.due_soon) for i in found] == [
        (old, True, False), (new, False, True), (far, False, False),
    ]
    assert found[0].tab == "counseling" and found[0].responsible == counselor.display_name


def test_the_policy_changes_what_is_due_soon(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    rid = records.resident()
    records.assessment(rid, TODAY)
    records.care_plan(rid, TODAY + timedelta(days=20))
    assert of_kind(items(shelter), "care_plan_review") == []
    shelter.services.case_policy.set(shelter.admin, CasePolicy(due_soon_days=30))
    [item] = of_kind(items(shelter), "care_plan_review")
    assert item.due_soon


def test_mine_only_notes_by_author_the_rest_by_her_counselor(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    manager = shelter.users[Role.HOUSE_MANAGER]
    mine = records.resident(counselor_id=counselor.id, admitted=TODAY - timedelta(days=100))
    theirs = records.resident(counselor_id=manager.id, admitted=TODAY - timedelta(days=100))
    for rid in (mine, theirs):
        records.care_plan(rid, TODAY)
        records.follow_up(rid, [(TODAY, "scheduled")])
    # A note I wrote about a resident I am not the counselor of is still mine to sign.
    records.unsigned_note(theirs, counselor.id, TODAY - timedelta(days=1))
    records.unsigned_note(mine, manager.id, TODAY - timedelta(days=1))

    everything = items(shelter, Role.COUNSELOR)
    assert len(everything) == 8  # 2 × (review, follow-up, first assessment, note)
    own = items(shelter, Role.COUNSELOR, mine=True)
    assert sorted((i.kind_key, i.resident_id) for i in own) == sorted([
        ("care_plan_review", mine), ("follow_up_visit", mine), ("reassessment", mine),
        ("unsigned_note", theirs),
    ])
    assert {i.responsible for i in own if i.kind_key != "unsigned_note"} == {
        counselor.display_name
    }
    narrowed = items(shelter, Role.COUNSELOR, resident_id=theirs)
    assert {i.resident_id for i in narrowed} == {theirs} and len(narrowed) == 4


def test_overdue_first_then_by_date_and_the_limit(shelter, records: Records) -> None:  # type: ignore[no-untyped-def]
    rid = records.resident(admitted=TODAY - timedelta(days=20))  # first assessment: 6 days late
    records.care_plan(rid, TODAY - timedelta(days=2))
    records.follow_up(rid, [(TODAY - timedelta(days=9), "scheduled"), (TODAY + timedelta(days=3), "scheduled")])
    found = items(shelter)
    assert [(i.kind_key, i.due_on) for i in found] == [
        ("follow_up_visit", TODAY - timedelta(days=9)),
        ("reassessment", TODAY - timedelta(days=6)),
        ("care_plan_review", TODAY - timedelta(days=2)),
        ("follow_up_visit", TODAY + timedelta(days=3)),
    ]
    assert [i.overdue for i in found] == [True, True, True, False]
    assert items(shelter, limit=2) == found[:2]


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_due_work_without_resident_access(shelter, records: Records, role: Role) -> None:  # type: ignore[no-untyped-def]
    records.resident()
    with pytest.raises(PermissionDenied):
        items(shelter, role)
