"""The case-work policy is kept in the encrypted database, changed by administrators only."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from shelter_desktop.domain.case_policy import CasePolicy
from shelter_desktop.domain.errors import PermissionDenied, ValidationError
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow, CaseSettingRow


def test_every_signed_in_role_reads_the_defaults_before_anything_is_stored(shelter):
    for user in shelter.users.values():
        assert shelter.services.case_policy.get(user) == CasePolicy()


def test_an_administrator_changes_it_and_the_change_is_audited(shelter):
    policy = CasePolicy(care_plan_review_months=3, follow_up_months=(1, 2, 6))
    shelter.services.case_policy.set(shelter.admin, policy)
    assert shelter.services.case_policy.get(shelter.users[Role.COUNSELOR]) == policy
    with shelter.services.database.session() as session:
        event = session.scalars(
            select(AuditEventRow).where(AuditEventRow.entity == "case_policy")
        ).one()
        assert event.action == "update"
        assert json.loads(event.detail) == {
            "care_plan_review_months": 3, "follow_up_months": [1, 2, 6]
        }


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER, Role.DATA_OFFICER])
def test_other_roles_may_not_change_it_and_the_attempt_is_recorded(shelter, role):
    with pytest.raises(PermissionDenied):
        shelter.services.case_policy.set(shelter.users[role], CasePolicy(reassessment_months=2))
    assert shelter.services.case_policy.get(shelter.admin) == CasePolicy()
    with shelter.services.database.session() as session:
        denied = session.scalars(
            select(AuditEventRow).where(AuditEventRow.action == "denied")
        ).all()
        assert [e.entity for e in denied] == ["case_policy"]


def test_an_invalid_policy_changes_nothing(shelter):
    with pytest.raises(ValidationError):
        shelter.services.case_policy.set(shelter.admin, CasePolicy(follow_up_months=(6, 3)))
    with shelter.services.database.session() as session:
        assert session.get(CaseSettingRow, "case_policy") is None


def test_a_damaged_stored_value_falls_back_to_the_defaults(shelter):
    with shelter.services.database.session() as session, session.begin():
        session.add(CaseSettingRow(key="case_policy", value="{not json"))
    assert shelter.services.case_policy.get(shelter.admin) == CasePolicy()
    with shelter.services.database.session() as session, session.begin():
        session.get(CaseSettingRow, "case_policy").value = json.dumps(
            {"follow_up_months": [9, 1], "care_plan_review_months": 4}
        )
    assert shelter.services.case_policy.get(shelter.admin) == CasePolicy()
