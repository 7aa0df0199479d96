"""The demo fills assessments, care plans, reintegration and follow-up consistently, and the
services read them (issue #4 item 6)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_desktop.domain.assessments import (
    AssessmentPurpose,
    domain_score,
    needs_goal,
)
from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.care_plans import GoalStatus, PlanStatus, SignoffParty
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.reintegration import (
    ClosureReason,
    Decision,
    ReintegrationStatus,
    RetraffickingRisk,
    VisitStatus,
    VisitType,
    parse_months_text,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.synthetic_case_management import (
    CaseWorkGenerator,
    ResidentFacts,
)
from shelter_desktop.services.assessment_templates import latest_template
from shelter_desktop.services.container import Services
from shelter_desktop.services.demo import create_demo
from shelter_desktop.services.demo_case_management import demo_templates
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import (
    AssessmentDomainCommentRow,
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    CarePlanSignoffRow,
    FollowUpVisitRow,
    ReadinessAssessmentRow,
    ReintegrationRow,
    ResidentRow,
    StaffAccountRow,
)
from shelter_desktop.storage.paths import DataDir

PASSWORD = "demo-pass-2026"
RESIDENTS = 200
SEED = 7


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ShelterAccess, ShelterDatabase]]:
    access = ShelterAccess(DataDir(tmp_path_factory.mktemp("demo-cm") / "data"), KeyStore())
    database, _ = create_demo(access, RESIDENTS, seed=SEED, password=PASSWORD)
    yield access, database
    database.close()


@pytest.fixture(scope="module")
def database(demo: tuple[ShelterAccess, ShelterDatabase]) -> ShelterDatabase:
    return demo[1]


def _all(database: ShelterDatabase, *columns):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.execute(select(*columns)).all()


def _today() -> datetime:
    return utc_now()


def test_the_shipped_templates_are_stored_as_exact_snapshots(database: ShelterDatabase) -> None:
    rows = _all(database, AssessmentTemplateRow.id, AssessmentTemplateRow.key,
                AssessmentTemplateRow.version, AssessmentTemplateRow.content,
                AssessmentTemplateRow.content_sha256)
    keys = {row.key for row in rows}
    assert "csi" in keys
    for row in rows:
        shipped = latest_template(row.key)
        assert row.version == shipped.version
        assert row.content == shipped.source_json
        assert row.content_sha256 == hashlib.sha256(row.content.encode("utf-8")).hexdigest()


def test_every_resident_has_a_csi_assessment_near_admission(database: ShelterDatabase) -> None:
    today = _today().date()
    residents = {r.id: r for r in _all(database, ResidentRow.id, ResidentRow.admission_date)}
    assert len(residents) == RESIDENTS
    with database.session() as session:
        csi_id = session.scalar(
            select(AssessmentTemplateRow.id).where(AssessmentTemplateRow.key == "csi")
        )
        rows = session.execute(
            select(AssessmentRow.resident_id, AssessmentRow.assessed_on, AssessmentRow.purpose)
            .where(AssessmentRow.template_id == csi_id)
            .order_by(AssessmentRow.resident_id, AssessmentRow.assessed_on)
        ).all()
    first: dict[int, tuple] = {}  # type: ignore[type-arg]
    per_resident: dict[int, int] = defaultdict(int)
    for row in rows:
        first.setdefault(row.resident_id, row)
        per_resident[row.resident_id] += 1
        assert residents[row.resident_id].admission_date <= row.assessed_on <= today
    assert set(first) == set(residents)
    for resident_id, row in first.items():
        assert row.purpose == AssessmentPurpose.INTAKE
        assert (row.assessed_on - residents[resident_id].admission_date).days <= 21
    # Reassessed residents exist, and scores tend to improve between first and latest.
    assert sum(1 for n in per_resident.values() if n > 1) > RESIDENTS // 4


def test_scores_cover_every_item_and_improve_over_time(database: ShelterDatabase) -> None:
    templates = demo_templates()
    with database.session() as session:
        template_keys = dict(session.execute(
            select(AssessmentTemplateRow.id, AssessmentTemplateRow.key)).all())
        assessments = session.execute(
            select(AssessmentRow.id, AssessmentRow.resident_id, AssessmentRow.template_id,
                   AssessmentRow.assessed_on)
        ).all()
        scores: dict[int, dict[str, int]] = defaultdict(dict)
        for assessment_id, item, score in session.execute(
            select(AssessmentScoreRow.assessment_id, AssessmentScoreRow.item_code,
                   AssessmentScoreRow.score)
        ):
            scores[assessment_id][item] = score
        comment_domains = session.execute(
            select(AssessmentDomainCommentRow.assessment_id, AssessmentDomainCommentRow.domain_code)
        ).all()
    recovery_residents = set()
    series: dict[tuple[int, str], list[float]] = defaultdict(list)
    for a in sorted(assessments, key=lambda a: a.assessed_on):
        key = template_keys[a.template_id]
        template = templates[key]
        items = {i.code for d in template.domains for i in d.items}
        assert set(scores[a.id]) == items
        assert all(1 <= s <= 4 for s in scores[a.id].values())
        series[(a.resident_id, key)].append(sum(scores[a.id].values()) / len(items))
        if key == "recovery":
            recovery_residents.add(a.resident_id)
    # About half the residents also have the recovery set.
    if "recovery" in templates:
        assert 0.3 * RESIDENTS < len(recovery_residents) < 0.7 * RESIDENTS
    changes = [s[-1] - s[0] for s in series.values() if len(s) > 1]
    assert changes and sum(changes) / len(changes) > 0.2
    assert comment_domains
    codes = {a.id: templates[template_keys[a.template_id]] for a in assessments}
    for assessment_id, domain in comment_domains:
        assert domain in {d.code for d in codes[assessment_id].domains}


def _plans(database: ShelterDatabase):  # type: ignore[no-untyped-def]
    return _all(database, CarePlanRow.id, CarePlanRow.resident_id, CarePlanRow.version,
                CarePlanRow.previous_id, CarePlanRow.status, CarePlanRow.assessment_id,
                CarePlanRow.review_date, CarePlanRow.created_at)


def test_one_active_plan_per_resident_and_versions_chain(database: ShelterDatabase) -> None:
    by_resident = defaultdict(list)
    for plan in _plans(database):
        by_resident[plan.resident_id].append(plan)
    assessed = {r[0] for r in _all(database, AssessmentRow.resident_id)}
    assert set(by_resident) == assessed
    assert sum(1 for plans in by_resident.values() if len(plans) > 1) > RESIDENTS // 4
    for plans in by_resident.values():
        plans.sort(key=lambda p: p.version)
        assert [p.version for p in plans] == list(range(1, len(plans) + 1))
        assert plans[0].previous_id is None
        for older, newer in pairwise(plans):
            assert newer.previous_id == older.id
            assert older.status == PlanStatus.SUPERSEDED
            assert older.created_at <= newer.created_at
        assert plans[-1].status == PlanStatus.ACTIVE


def test_goals_are_the_weak_domains_of_the_plans_assessment(database: ShelterDatabase) -> None:
    templates = demo_templates()
    csi = templates["csi"]
    staff = {r.id for r in _all(database, StaffAccountRow.id, StaffAccountRow.role)
             if r.role in (Role.COUNSELOR.value, Role.HOUSE_MANAGER.value)}
    with database.session() as session:
        item_scores: dict[int, dict[str, int]] = defaultdict(dict)
        for assessment_id, item, score in session.execute(
            select(AssessmentScoreRow.assessment_id, AssessmentScoreRow.item_code,
                   AssessmentScoreRow.score)
        ):
            item_scores[assessment_id][item] = score
        goals = session.execute(
            select(CarePlanGoalRow.id, CarePlanGoalRow.care_plan_id, CarePlanGoalRow.domain_code,
                   CarePlanGoalRow.status, CarePlanGoalRow.responsible_id, CarePlanGoalRow.goal)
        ).all()
        actions = session.execute(
            select(CarePlanActionRow.goal_id, CarePlanActionRow.responsible_id,
                   CarePlanActionRow.action)
        ).all()
        signoffs = session.execute(
            select(CarePlanSignoffRow.care_plan_id, CarePlanSignoffRow.party,
                   CarePlanSignoffRow.signed_on, CarePlanSignoffRow.signer_name)
        ).all()
    plans = {p.id: p for p in _plans(database)}
    goal_domains: dict[int, list[str]] = defaultdict(list)
    for goal in goals:
        goal_domains[goal.care_plan_id].append(goal.domain_code)
        assert goal.status in GoalStatus.ALL
        assert goal.responsible_id in staff and goal.goal.strip()
    for plan_id, plan in plans.items():
        scored = item_scores[plan.assessment_id]
        weak = {
            d.code for d in csi.domains
            if needs_goal(domain_score([scored[i.code] for i in d.items]))
        }
        if weak:
            assert sorted(goal_domains[plan_id]) == sorted(weak)
        else:  # nothing scored 1–2: one goal for a lowest-scored domain
            lowest = min(domain_score([scored[i.code] for i in d.items]) for d in csi.domains)
            assert len(goal_domains[plan_id]) == 1
            domain = csi.domain(goal_domains[plan_id][0])
            assert domain_score([scored[i.code] for i in domain.items]) == lowest
    per_goal: dict[int, int] = defaultdict(int)
    for action in actions:
        per_goal[action.goal_id] += 1
        assert action.responsible_id in staff and action.action.strip()
    assert {goal.id for goal in goals} == set(per_goal)
    assert all(1 <= n <= 3 for n in per_goal.values())
    # Older versions move towards achieved.
    superseded = [g.status for g in goals if plans[g.care_plan_id].status == PlanStatus.SUPERSEDED]
    assert superseded.count(GoalStatus.ACHIEVED) > len(superseded) / 3
    parties = defaultdict(set)
    for signoff in signoffs:
        assert signoff.party not in parties[signoff.care_plan_id]  # each party signs once
        parties[signoff.care_plan_id].add(signoff.party)
        assert signoff.party in SignoffParty.ALL and signoff.signer_name.strip()
        assert signoff.signed_on >= plans[signoff.care_plan_id].created_at.date()
        assert signoff.signed_on <= _today().date()
    assert sum(SignoffParty.CASE_MANAGER in p for p in parties.values()) > 0.9 * len(plans)


def test_some_active_plans_are_overdue_for_review(database: ShelterDatabase) -> None:
    today = _today().date()
    active_residents = {
        r.id for r in _all(database, ResidentRow.id, ResidentRow.status) if r.status == "active"
    }
    active_plans = [
        p for p in _plans(database)
        if p.status == PlanStatus.ACTIVE and p.resident_id in active_residents
    ]
    overdue = [p for p in active_plans if p.review_date < today]
    assert active_plans and 0 < len(overdue) < len(active_plans) / 2
    for plan in active_plans:
        assert plan.review_date == add_months(plan.created_at.date(), 6)


def test_reintegration_matches_the_residents_status(database: ShelterDatabase) -> None:
    today = _today().date()
    statuses = {r.id: r.status for r in _all(database, ResidentRow.id, ResidentRow.status)}
    with database.session() as session:
        reintegrations = session.scalars(select(ReintegrationRow)).all()
        readiness = session.scalars(select(ReadinessAssessmentRow)).all()
    by_resident = {r.resident_id: r for r in reintegrations}
    assert len(by_resident) == len(reintegrations)  # one per resident
    for resident_id, status in statuses.items():
        record = by_resident.get(resident_id)
        if status == "reintegrated":
            assert record is not None and record.status == ReintegrationStatus.PLACED.value
        elif status == "closed":
            assert record is not None and record.status == ReintegrationStatus.CLOSED.value
            assert record.closure_reason in {c.value for c in ClosureReason}
            # closed after her placement, or (closed while in the shelter) without one
            assert (record.placement_date or record.closed_on) <= record.closed_on <= today
            if record.closure_reason == ClosureReason.OTHER.value:
                assert record.closure_note
        elif status == "active":
            assert record is None or record.status == ReintegrationStatus.PREPARING.value
        else:
            assert record is None
    preparing = [r for r in reintegrations if r.status == ReintegrationStatus.PREPARING.value]
    assert preparing and all(r.placement_date is None for r in preparing)
    unplaced = [r for r in reintegrations
                if r.status == ReintegrationStatus.CLOSED.value and r.placement_date is None]
    for record in unplaced:  # as closing the case of a resident in the shelter records it
        assert record.decision is None and record.closure_reason != ClosureReason.GOALS_MET.value
    decisions = {d.value for d in Decision}
    for record in reintegrations:
        if record in unplaced:
            continue
        if record.status != ReintegrationStatus.PREPARING.value:
            assert record.decision in decisions and record.decided_on is not None
            assert record.decided_on <= record.placement_date <= today
            assert record.placement_place
        if record.decision == Decision.OTHER.value:
            assert record.decision_reason
    with_readiness = {r.reintegration_id for r in readiness}
    assert with_readiness == {r.id for r in reintegrations if r not in unplaced}
    for r in readiness:
        assert r.retrafficking_risk in {x.value for x in RetraffickingRisk}
        assert all(1 <= s <= 4 for s in (r.child_score, r.family_score, r.community_score,
                                         r.access_score))
        assert r.assessed_on <= today


def test_follow_up_visits_follow_the_placement_schedule(database: ShelterDatabase) -> None:
    today = _today().date()
    with database.session() as session:
        reintegrations = {r.id: r for r in session.scalars(select(ReintegrationRow))}
        visits = session.scalars(select(FollowUpVisitRow)).all()
    by_record = defaultdict(list)
    for visit in visits:
        record = reintegrations[visit.reintegration_id]
        by_record[record.id].append(visit)
        assert visit.months_after is not None
        assert visit.due_on == add_months(record.placement_date, visit.months_after)
        if visit.status == VisitStatus.DONE.value:
            assert record.placement_date <= visit.visited_on <= today
            assert visit.findings.strip() and visit.visit_type in {v.value for v in VisitType}
            assert visit.risk_level in {x.value for x in RetraffickingRisk}
            assert all(1 <= s <= 4 for s in (visit.safety_score, visit.wellbeing_score,
                                             visit.family_score, visit.education_work_score))
        else:
            assert visit.visited_on is None
        if visit.status == VisitStatus.CANCELLED.value:
            assert record.closed_on is not None and visit.due_on > record.closed_on
        if visit.status == VisitStatus.SCHEDULED.value:
            assert record.status == ReintegrationStatus.PLACED.value
    for record in reintegrations.values():
        if record.placement_date is not None:
            months = sorted(v.months_after for v in by_record[record.id])
            assert tuple(months) == parse_months_text(record.follow_up_months)
    statuses = [v.status for v in visits]
    assert statuses.count(VisitStatus.DONE.value) > len(visits) / 3
    assert VisitStatus.MISSED.value in statuses
    # Of the follow-ups that fell due in the last two months, some are still open (overdue):
    # Due work has follow-ups to show.
    recent = [v for v in visits if today - timedelta(days=60) <= v.due_on < today
              and reintegrations[v.reintegration_id].status == ReintegrationStatus.PLACED.value]
    assert not recent or any(v.status == VisitStatus.SCHEDULED.value for v in recent)
    khmer = [v for v in visits if any("\u1780" <= ch <= "\u17ff" for ch in v.findings)]
    assert khmer and len(khmer) < statuses.count(VisitStatus.DONE.value)


def test_the_generator_is_deterministic_for_a_seed() -> None:
    templates = demo_templates()
    now = datetime(2026, 3, 31, 10, 0)
    facts = ResidentFacts(
        position=3, admission_date=now.date() - timedelta(days=700), status="closed",
        date_of_birth=now.date() - timedelta(days=17 * 365), province_code="02",
        nationality="KH", counselor=1, name_latin="Sok Dara", name_khmer="សុខ ដារ៉ា",
        guardian_name="Sok Sreymom", last_note_on=now.date() - timedelta(days=200),
    )

    def make(seed: int):  # type: ignore[no-untyped-def]
        return CaseWorkGenerator(templates, seed, now, 3, "Demo House Manager").for_resident(facts)

    first, again, other = make(5), make(5), make(6)
    assert first == again
    assert first != other
    assert first.reintegration is not None and first.reintegration.closed_on is not None
    assert len(first.care_plans) == sum(a.template_key == "csi" for a in first.assessments)


def test_the_same_seed_gives_the_same_demo(tmp_path: Path) -> None:
    def scores(folder: str) -> list[tuple]:  # type: ignore[type-arg]
        access = ShelterAccess(DataDir(tmp_path / folder), KeyStore())
        database, _ = create_demo(access, 25, seed=3, password=PASSWORD)
        try:
            with database.session() as session:
                return [tuple(r) for r in session.execute(
                    select(AssessmentScoreRow.assessment_id, AssessmentScoreRow.item_code,
                           AssessmentScoreRow.score).order_by(AssessmentScoreRow.id)
                )] + [tuple(r) for r in session.execute(
                    select(FollowUpVisitRow.due_on, FollowUpVisitRow.status)
                    .order_by(FollowUpVisitRow.id)
                )]
        finally:
            database.close()

    first = scores("a")
    assert first and first == scores("b")


def test_the_services_read_the_demo_case_work(demo: tuple[ShelterAccess, ShelterDatabase]) -> None:
    access, database = demo
    services = Services(access, database)
    manager = services.auth.sign_in("manager", PASSWORD)
    with database.session() as session:
        placed = session.scalar(
            select(ReintegrationRow.resident_id)
            .where(ReintegrationRow.status == ReintegrationStatus.CLOSED.value)
            .order_by(ReintegrationRow.id)
        )
        counted = session.scalar(select(func.count()).select_from(ResidentRow))
        sample = [placed] + list(session.scalars(
            select(ResidentRow.id).where(ResidentRow.status == "active").limit(5)
        ))
    assert counted == RESIDENTS and placed is not None
    for resident_id in sample:
        assessments = services.assessments.list(manager, resident_id)
        assert assessments and any(a.template_key == "csi" for a in assessments)
        plan = services.care_plans.current(manager, resident_id)
        assert plan is not None and plan.status == PlanStatus.ACTIVE
        assert plan.goals  # an active plan has goals
        weak = {d.code for d in plan.assessment_domains if needs_goal(d.score)}
        assert weak <= {g.domain_code for g in plan.goals}
        assert not plan.uncovered_weak_domains()
    record = services.reintegration.get(manager, placed)
    assert record is not None and record.closed and record.visits and record.readiness
