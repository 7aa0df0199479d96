"""Every role is denied what it must not do, in the service layer, and every denial is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from factories import add_note, add_resident
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.residents import NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.residents import ResidentQuery
from shelter_desktop.storage.models import AuditEventRow

Call = Callable[[Any, Any, dict[str, int]], Any]

CALLS: dict[str, Call] = {
    "list residents": lambda s, u, ids: s.residents.page(u, ResidentQuery(), 0, 50),
    "count residents": lambda s, u, ids: s.residents.count(u, ResidentQuery("sok")),
    "open a resident file": lambda s, u, ids: s.residents.open_file(u, ids["resident"]),
    "list notes": lambda s, u, ids: s.residents.notes(u, ids["resident"]),
    "read a case-team note": lambda s, u, ids: s.residents.read_note(u, ids["team_note"]),
    "read a counselor-only note": lambda s, u, ids: s.residents.read_note(u, ids["private_note"]),
    "due work": lambda s, u, ids: s.due_work.items(u, mine_only=False),
    "list staff": lambda s, u, ids: s.staff.list_staff(u),
    "add staff": lambda s, u, ids: s.staff.add_staff(u, "newperson", "New Person", Role.COUNSELOR, "initial-pass-9"),
    "reset a password": lambda s, u, ids: s.staff.reset_password(u, ids["admin"], "initial-pass-9"),
    "read the audit log": lambda s, u, ids: s.audit.list_events(u, AuditFilter()),
    "verify the audit log": lambda s, u, ids: s.audit.verify(u, None),
    "change settings": lambda s, u, ids: s.settings.set_idle_lock_minutes(u, 10),
}

DENIED: dict[Role, set[str]] = {
    Role.DATA_OFFICER: {
        "list residents", "count residents", "open a resident file", "list notes",
        "read a case-team note", "read a counselor-only note", "due work", "list staff",
        "add staff", "reset a password", "read the audit log", "verify the audit log",
        "change settings",
    },
    Role.HOUSE_MANAGER: {
        "read a counselor-only note", "list staff", "add staff", "reset a password",
        "read the audit log", "verify the audit log", "change settings",
    },
    Role.COUNSELOR: {
        "list staff", "add staff", "reset a password", "read the audit log",
        "verify the audit log", "change settings",
    },
    Role.ADMINISTRATOR: {
        "list residents", "count residents", "open a resident file", "list notes",
        "read a case-team note", "read a counselor-only note", "due work",
    },
}


@pytest.fixture
def ids(shelter) -> dict[str, int]:  # type: ignore[no-untyped-def]
    database = shelter.services.database
    resident = add_resident(database)
    counselor = shelter.users[Role.COUNSELOR].id
    return {
        "resident": resident,
        "team_note": add_note(database, resident, counselor, NoteVisibility.CASE_TEAM),
        "private_note": add_note(database, resident, counselor, NoteVisibility.COUNSELOR_ONLY),
        "admin": shelter.admin.id,
    }


def _denials(shelter, username: str) -> int:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return len(
            session.scalars(
                select(AuditEventRow.id).where(
                    AuditEventRow.action == "denied", AuditEventRow.actor_username == username
                )
            ).all()
        )


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("call", list(CALLS), ids=lambda c: c.replace(" ", "-"))
def test_role_matrix(shelter, ids, role: Role, call: str) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[role]
    before = _denials(shelter, user.username)
    if call in DENIED[role]:
        with pytest.raises(PermissionDenied):
            CALLS[call](shelter.services, user, ids)
        assert _denials(shelter, user.username) == before + 1, "the denial was not audited"
    else:
        CALLS[call](shelter.services, user, ids)
        assert _denials(shelter, user.username) == before


def test_house_manager_does_not_see_counselor_only_notes_in_lists(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    manager_notes = shelter.services.residents.notes(shelter.users[Role.HOUSE_MANAGER], ids["resident"])
    counselor_notes = shelter.services.residents.notes(shelter.users[Role.COUNSELOR], ids["resident"])
    assert {n.id for n in manager_notes} == {ids["team_note"]}
    assert {n.id for n in counselor_notes} == {ids["team_note"], ids["private_note"]}


def test_role_is_read_from_the_database_not_from_the_session(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    """A disabled account's open session loses access at once."""
    counselor = shelter.users[Role.COUNSELOR]
    shelter.services.residents.page(counselor, ResidentQuery(), 0, 10)
    shelter.services.staff.set_active(shelter.admin, counselor.id, False)
    with pytest.raises(Exception) as caught:
        shelter.services.residents.page(counselor, ResidentQuery(), 0, 10)
    assert "disabled" in str(caught.value)


def test_opening_a_file_is_audited(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    shelter.services.residents.open_file(shelter.users[Role.COUNSELOR], ids["resident"])
    with shelter.services.database.session() as session:
        row = session.scalars(
            select(AuditEventRow).where(AuditEventRow.action == "view", AuditEventRow.entity == "resident")
        ).one()
    assert row.entity_id == str(ids["resident"]) and row.actor_username == "counselor"
    assert "Sok" not in (row.detail or "")


def test_due_work_narrows_to_one_resident(shelter) -> None:  # type: ignore[no-untyped-def]
    database = shelter.services.database
    counselor = shelter.users[Role.COUNSELOR]
    first = add_resident(database, case_number="TS-2026-0101")
    second = add_resident(database, case_number="TS-2026-0102", name_latin="Keo Bopha")
    add_note(database, first, counselor.id, NoteVisibility.CASE_TEAM, signed=False)
    add_note(database, second, counselor.id, NoteVisibility.CASE_TEAM, signed=False)
    due = shelter.services.due_work
    notes = [i for i in due.items(counselor, mine_only=False) if i.kind_key == "unsigned_note"]
    assert len(notes) == 2
    assert {i.resident_id for i in due.items(counselor, mine_only=False, resident_id=second)} == {second}
