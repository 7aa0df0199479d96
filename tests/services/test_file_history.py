"""A resident's file history: her own events and her records' events, no one else's, paged,
for house managers and administrators only, without personal data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from factories import add_note, add_resident
from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.residents import NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.file_history import FileHistoryEvent, RecordType
from shelter_desktop.storage.models import AuditEventRow, ContactRow, DocumentRow


def add_contact(shelter, resident_id: int, name: str = "Chan Dara") -> int:
    now = utc_now()
    with shelter.services.database.session() as session, session.begin():
        row = ContactRow(
            resident_id=resident_id, relation="uncle", name=name, phone="", address="",
            is_guardian=False, safety_flag="no_contact", notes="", created_at=now, updated_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


def add_document(shelter, resident_id: int, uploader: int) -> int:
    with shelter.services.database.session() as session, session.begin():
        row = DocumentRow(
            resident_id=resident_id, kind="court_paper", title="Court summons",
            media_type="application/pdf", size_bytes=10, sha256="0" * 64, uploaded_by=uploader,
            uploaded_at=utc_now(), is_profile_photo=False,
        )
        session.add(row)
        session.flush()
        return row.id


def record(shelter, user, action: AuditAction, entity: str, entity_id: int) -> None:
    """An audit event as any service writes it (same unit of work, same chain)."""
    with shelter.services.file_history.unit_of_work(user) as uow:
        uow.audit(action, entity, entity_id, {"count": 1})


@pytest.fixture
def two_residents(shelter):
    """Sophea with a note, a contact and a document; Bopha, whose records must never show."""
    counselor = shelter.users[Role.COUNSELOR]
    sophea = add_resident(shelter.services.database)
    bopha = add_resident(
        shelter.services.database, "Bopha Keo", "បុប្ផា កែវ", "TS-2026-0002",
        admission_date=date(2026, 3, 5),
    )
    # Bopha's first records come first, so her record ids collide with Sophea's resident id.
    bopha_note = add_note(shelter.services.database, bopha, counselor.id, NoteVisibility.CASE_TEAM)
    bopha_contact = add_contact(shelter, bopha, "Keo Sambath")
    note = add_note(shelter.services.database, sophea, counselor.id, NoteVisibility.CASE_TEAM)
    contact = add_contact(shelter, sophea)
    document = add_document(shelter, sophea, counselor.id)
    return {
        "sophea": sophea, "bopha": bopha, "note": note, "contact": contact,
        "document": document, "bopha_note": bopha_note, "bopha_contact": bopha_contact,
    }


def test_lists_the_residents_events_and_her_records_newest_first(shelter, two_residents):
    ids = two_residents
    counselor, manager = shelter.users[Role.COUNSELOR], shelter.users[Role.HOUSE_MANAGER]
    services = shelter.services
    services.residents.open_file(counselor, ids["sophea"])  # view resident
    services.residents.notes(counselor, ids["sophea"])  # view counseling_notes (her id)
    services.residents.read_note(counselor, ids["note"])  # view counseling_note (note id)
    record(shelter, counselor, AuditAction.UPDATE, "contact", ids["contact"])
    record(shelter, manager, AuditAction.CREATE, "document", ids["document"])
    # Bopha's events, some with ids equal to Sophea's resident id:
    services.residents.open_file(counselor, ids["bopha"])
    services.residents.read_note(counselor, ids["bopha_note"])
    record(shelter, counselor, AuditAction.UPDATE, "contact", ids["bopha_contact"])
    assert ids["bopha_note"] == ids["sophea"] == ids["bopha_contact"]

    events = services.file_history.events(manager, ids["sophea"], limit=50)

    assert [(e.action, e.record_type) for e in events] == [
        ("create", RecordType.DOCUMENT),
        ("update", RecordType.CONTACT),
        ("view", RecordType.COUNSELING_NOTE),
        ("view", RecordType.COUNSELING_NOTE),
        ("view", RecordType.RESIDENT),
    ]
    assert [e.username for e in events] == ["manager", "counselor", "counselor", "counselor",
                                            "counselor"]
    assert events[0].staff_name == "Test house_manager"
    assert all(e.occurred_at.date() == utc_now().date() for e in events)
    bopha_events = services.file_history.events(manager, ids["bopha"], limit=50)
    assert [(e.action, e.record_type) for e in bopha_events] == [
        ("update", RecordType.CONTACT),
        ("view", RecordType.COUNSELING_NOTE),
        ("view", RecordType.RESIDENT),
    ]


def test_events_carry_no_personal_data(shelter, two_residents):
    counselor, manager = shelter.users[Role.COUNSELOR], shelter.users[Role.HOUSE_MANAGER]
    shelter.services.residents.open_file(counselor, two_residents["sophea"])
    record(shelter, counselor, AuditAction.UPDATE, "contact", two_residents["contact"])
    events = shelter.services.file_history.events(manager, two_residents["sophea"])
    assert {f.name for f in dataclasses.fields(FileHistoryEvent)} == {
        "id", "occurred_at", "username", "staff_name", "action", "record_type",
    }
    shown = repr(events)
    for personal in ("Sok Sreypov", "សុខ ស្រីពៅ", "TS-2026-0001", "Chan Dara", "count"):
        assert personal not in shown


def test_pages_through_a_long_history(shelter, two_residents):
    counselor, admin = shelter.users[Role.COUNSELOR], shelter.users[Role.ADMINISTRATOR]
    for _ in range(7):
        shelter.services.residents.open_file(counselor, two_residents["sophea"])
    history = shelter.services.file_history
    first = history.events(admin, two_residents["sophea"], limit=3, offset=0)
    second = history.events(admin, two_residents["sophea"], limit=3, offset=3)
    third = history.events(admin, two_residents["sophea"], limit=3, offset=6)
    assert [len(first), len(second), len(third)] == [3, 3, 1]
    ids = [e.id for e in first + second + third]
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == 7


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.DATA_OFFICER])
def test_other_roles_are_denied_and_the_attempt_is_recorded(shelter, two_residents, role):
    user = shelter.users[role]
    with pytest.raises(PermissionDenied):
        shelter.services.file_history.events(user, two_residents["sophea"])
    with shelter.services.database.session() as session:
        denied = session.execute(
            select(AuditEventRow.actor_username, AuditEventRow.entity, AuditEventRow.entity_id)
            .where(AuditEventRow.action == "denied")
        ).all()
    assert (user.username, "file_history", str(two_residents["sophea"])) in denied


def test_a_missing_resident_is_reported(shelter):
    with pytest.raises(NotFound):
        shelter.services.file_history.events(shelter.users[Role.HOUSE_MANAGER], 999)


def test_records_removed_for_good_still_show_in_her_history(shelter, two_residents):
    counselor, manager = shelter.users[Role.COUNSELOR], shelter.users[Role.HOUSE_MANAGER]
    services = shelter.services
    services.contacts.remove_contact(counselor, two_residents["contact"])
    services.documents.remove(manager, two_residents["document"])
    events = services.file_history.events(manager, two_residents["sophea"])
    assert [(e.action, e.record_type) for e in events[:2]] == [
        ("delete", RecordType.DOCUMENT),
        ("delete", RecordType.CONTACT),
    ]
    assert services.file_history.events(manager, two_residents["bopha"]) == []


def test_pages_of_results_are_resolved_through_their_enrolment(shelter, two_residents):
    from shelter_desktop.domain.progress import EnrolmentInput, TermResultInput

    counselor, manager = shelter.users[Role.COUNSELOR], shelter.users[Role.HOUSE_MANAGER]
    education = shelter.services.education
    enrolment = education.add_enrolment(
        counselor, two_residents["bopha"],
        EnrolmentInput("khmer_literacy", "Shelter class", "", date(2026, 3, 6), None,
                       "in_progress"),
    ).value
    education.add_result(
        counselor, enrolment.id, TermResultInput("Term 1", date(2026, 3, 20), 70)
    )
    education.results(counselor, enrolment.id)  # a view keyed by the enrolment's id
    bopha = shelter.services.file_history.events(manager, two_residents["bopha"])
    assert [(e.action, e.record_type) for e in bopha] == [
        ("view", RecordType.EDUCATION),
        ("create", RecordType.EDUCATION),
        ("create", RecordType.EDUCATION),
    ]
    # The enrolment's id equals Sophea's resident id, and shows nowhere in her history.
    assert enrolment.id == two_residents["sophea"]
    assert shelter.services.file_history.events(manager, two_residents["sophea"]) == []


def test_assessments_care_plans_and_reintegration_show_in_her_history_only(shelter, two_residents):
    """Made through the real services: each part of the case-management work is named."""
    from datetime import date as day

    from shelter_desktop.domain.assessments import AssessmentInput
    from shelter_desktop.domain.reintegration import DecisionInput

    manager = shelter.users[Role.HOUSE_MANAGER]
    services = shelter.services
    sophea, bopha = two_residents["sophea"], two_residents["bopha"]
    template = next(t for t in services.assessments.templates(manager) if t.key == "csi")
    scores = {item.code: 2 for domain in template.domains for item in domain.items}
    made = services.assessments.add(
        manager, sophea, AssessmentInput("csi", day(2026, 3, 10), "intake", scores, {}),
    )
    proposal, assessment_id = services.care_plans.proposal(manager, sophea, "en")
    assert assessment_id == made.value.id
    services.care_plans.create(manager, sophea, proposal, assessment_id)
    started = services.reintegration.start(manager, sophea)
    services.reintegration.decide(
        manager, started.value.id, DecisionInput("family", day(2026, 4, 1))
    )

    types = {e.record_type for e in services.file_history.events(manager, sophea)}
    assert {RecordType.ASSESSMENT, RecordType.CARE_PLAN, RecordType.REINTEGRATION} <= types
    others = {e.record_type for e in services.file_history.events(manager, bopha)}
    assert not others & {RecordType.ASSESSMENT, RecordType.CARE_PLAN, RecordType.REINTEGRATION}
