"""Below every code path, the database refuses to change a superseded care plan (its goals,
actions and sign-offs too) and a stored assessment template snapshot."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError, OperationalError

from factories import add_resident
from shelter_desktop.storage.models import (
    AssessmentTemplateRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    CarePlanSignoffRow,
)

NOW = datetime(2026, 6, 1, 9, 0)


def _plan(database, resident_id: int, version: int, status: str) -> dict[str, int]:
    with database.session() as session, session.begin():
        plan = CarePlanRow(
            resident_id=resident_id, version=version, status=status,
            review_date=date(2026, 12, 1), summary="", created_by=1,
            created_at=NOW, updated_at=NOW,
        )
        session.add(plan)
        session.flush()
        goal = CarePlanGoalRow(
            care_plan_id=plan.id, position=0, domain_code="1A", goal="Eat well",
            status="in_progress",
        )
        session.add(goal)
        session.flush()
        action = CarePlanActionRow(goal_id=goal.id, position=0, action="Cook together", done=False)
        signoff = CarePlanSignoffRow(
            care_plan_id=plan.id, party="resident", signer_name="Resident",
            signed_on=date(2026, 6, 1), recorded_by=1, recorded_at=NOW,
        )
        session.add_all([action, signoff])
        session.flush()
        return {"plan": plan.id, "goal": goal.id, "action": action.id, "signoff": signoff.id}


@pytest.fixture
def plans(shelter):
    resident = add_resident(shelter.services.database)
    old = _plan(shelter.services.database, resident, 1, "superseded")
    current = _plan(shelter.services.database, resident, 2, "active")
    return old, current


REFUSED = (IntegrityError, OperationalError)


@pytest.mark.parametrize(
    "change",
    [
        lambda ids: update(CarePlanRow).where(CarePlanRow.id == ids["plan"]).values(summary="x"),
        lambda ids: update(CarePlanRow).where(CarePlanRow.id == ids["plan"]).values(status="active"),
        lambda ids: delete(CarePlanRow).where(CarePlanRow.id == ids["plan"]),
        lambda ids: update(CarePlanGoalRow).where(CarePlanGoalRow.id == ids["goal"]).values(goal="x"),
        lambda ids: delete(CarePlanGoalRow).where(CarePlanGoalRow.id == ids["goal"]),
        lambda ids: update(CarePlanActionRow)
        .where(CarePlanActionRow.id == ids["action"]).values(done=True),
        lambda ids: delete(CarePlanActionRow).where(CarePlanActionRow.id == ids["action"]),
        lambda ids: update(CarePlanSignoffRow)
        .where(CarePlanSignoffRow.id == ids["signoff"]).values(signer_name="x"),
        lambda ids: delete(CarePlanSignoffRow).where(CarePlanSignoffRow.id == ids["signoff"]),
    ],
)
def test_a_superseded_plan_and_everything_under_it_is_frozen(shelter, plans, change):
    old, current = plans
    with pytest.raises(REFUSED, match="superseded care plan"):
        with shelter.services.database.session() as session, session.begin():
            session.execute(change(old))
    statement = change(current)
    if statement.is_update:  # the same edit on the active version is allowed
        with shelter.services.database.session() as session, session.begin():
            session.execute(statement)


def test_an_active_plan_can_be_superseded_but_not_brought_back(shelter, plans):
    _, current = plans
    with shelter.services.database.session() as session, session.begin():
        session.execute(
            update(CarePlanRow).where(CarePlanRow.id == current["plan"]).values(status="superseded")
        )
    with pytest.raises(REFUSED):
        with shelter.services.database.session() as session, session.begin():
            session.execute(
                update(CarePlanRow).where(CarePlanRow.id == current["plan"])
                .values(status="active")
            )


def test_a_stored_template_snapshot_never_changes(shelter):
    with shelter.services.database.session() as session, session.begin():
        session.add(
            AssessmentTemplateRow(
                key="t", version=1, content="{}", content_sha256="0" * 64, stored_at=NOW
            )
        )
    for statement in (
        update(AssessmentTemplateRow).values(content='{"x": 1}'),
        delete(AssessmentTemplateRow),
    ):
        with pytest.raises(REFUSED, match="assessment template"):
            with shelter.services.database.session() as session, session.begin():
                session.execute(statement)
