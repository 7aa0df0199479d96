"""The integrity check (database file + audit chain) on a real encrypted database (issue 6)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage import immutability
from shelter_desktop.storage.models import AuditEventRow


def last_event(shelter) -> AuditEventRow:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return session.scalars(select(AuditEventRow).order_by(AuditEventRow.id.desc())).first()


def tamper_with_first_create(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        immutability.uninstall(session.connection())
        target = session.scalar(
            select(AuditEventRow.id).where(AuditEventRow.action == "create").limit(1)
        )
        session.execute(update(AuditEventRow).where(AuditEventRow.id == target).values(detail="{}"))
        session.commit()


def test_a_healthy_database_is_intact_and_the_check_is_audited(shelter) -> None:
    report = shelter.services.integrity.check(shelter.admin)
    assert report.ok
    assert report.problems == ()
    assert report.events_checked == shelter.services.database.audit_event_count() - 1
    event = last_event(shelter)
    assert event.action == AuditAction.VIEW.value
    assert event.entity == "database"
    assert json.loads(event.detail) == {"check": "integrity", "ok": True, "problems": 0}
    # The check's own event extends the chain properly: a second check is intact too.
    assert shelter.services.integrity.check(shelter.admin).ok


def test_a_changed_audit_event_is_reported(shelter) -> None:
    tamper_with_first_create(shelter)
    report = shelter.services.integrity.check(shelter.admin)
    assert not report.ok
    assert report.database_problems == ()
    assert any("content was changed" in line for line in report.audit_problems)
    assert json.loads(last_event(shelter).detail)["ok"] is False


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER, Role.DATA_OFFICER])
def test_other_roles_are_denied_and_audited(shelter, role: Role) -> None:
    with pytest.raises(PermissionDenied):
        shelter.services.integrity.check(shelter.users[role])
    event = last_event(shelter)
    assert event.action == AuditAction.DENIED.value
    assert event.actor_username == shelter.users[role].username
