"""The database refuses to change audit events or signed notes, whatever code asks."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from factories import add_note, add_resident
from shelter_desktop.domain.residents import NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow, CounselingNoteRow

REFUSED = (IntegrityError, OperationalError)


def test_audit_events_cannot_be_changed_or_deleted(shelter) -> None:  # type: ignore[no-untyped-def]
    database = shelter.services.database
    with pytest.raises(REFUSED, match="append-only"):
        with database.session() as session, session.begin():
            session.execute(update(AuditEventRow).values(action="view"))
    with pytest.raises(REFUSED, match="append-only"):
        with database.session() as session, session.begin():
            session.execute(delete(AuditEventRow))
    assert shelter.services.audit.verify(None, shelter.access.outside_head()).ok


def test_signed_notes_are_frozen_but_drafts_are_not(shelter) -> None:  # type: ignore[no-untyped-def]
    database = shelter.services.database
    resident = add_resident(database)
    counselor = shelter.users[Role.COUNSELOR].id
    signed = add_note(database, resident, counselor, NoteVisibility.CASE_TEAM, signed=True)
    draft = add_note(database, resident, counselor, NoteVisibility.CASE_TEAM, signed=False)
    for statement in (
        update(CounselingNoteRow).where(CounselingNoteRow.id == signed).values(plan="rewritten"),
        delete(CounselingNoteRow).where(CounselingNoteRow.id == signed),
    ):
        with pytest.raises(REFUSED, match="signed note"):
            with database.session() as session, session.begin():
                session.execute(statement)
    with database.session() as session, session.begin():
        session.execute(
            update(CounselingNoteRow).where(CounselingNoteRow.id == draft).values(plan="still a draft")
        )
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CounselingNoteRow)) == 2
        assert session.get(CounselingNoteRow, signed).plan == ""
