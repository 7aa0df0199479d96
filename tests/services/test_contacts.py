"""Contacts (family and others, with safety flags) and consent records."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from factories import add_resident

from shelter_desktop.domain import intake as rules
from shelter_desktop.domain.case_file import ConsentInput, ContactInput
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.intake import IntakeInvalid
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.contacts import ContactService

TODAY = date(2026, 11, 25)
MOTHER = ContactInput("mother", "Chan Dara", phone="012 345 678", address="Banan, Battambang")
UNCLE = ContactInput("uncle", "Keo Samnang", safety_flag="suspected_involvement",
                     notes="Arranged the job in Thailand.")
AUNT = ContactInput("aunt", "Heng Sophal", is_guardian=True)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ContactService, "today", staticmethod(lambda: TODAY))


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def audit(shelter, action: str):  # type: ignore[no-untyped-def]
    found, _ = shelter.services.audit.list_events(shelter.admin, AuditFilter(action=action))
    return [(e.entity, e.entity_id, json.loads(e.detail) if e.detail else None)
            for e in reversed(found)]


# ---- contacts ---------------------------------------------------------------------------


def test_add_list_update_and_remove_contacts(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    counselor = shelter.users[Role.COUNSELOR]
    mother = contacts.add_contact(counselor, resident, MOTHER)
    assert mother.changes.touches("contact")
    assert (mother.value.name, mother.value.phone, mother.value.resident_id) == (
        "Chan Dara", "012 345 678", resident
    )
    aunt = contacts.add_contact(counselor, resident, AUNT).value
    listed = contacts.list_contacts(counselor, resident)
    assert [c.name for c in listed] == ["Heng Sophal", "Chan Dara"]  # guardians first

    moved = ContactInput("mother", "Chan Dara", phone="097 000 111", address="Poipet")
    updated = contacts.update_contact(counselor, mother.value.id, moved).value
    assert (updated.phone, updated.address) == ("097 000 111", "Poipet")

    assert contacts.remove_contact(counselor, aunt.id).value == resident
    assert [c.name for c in contacts.list_contacts(counselor, resident)] == ["Chan Dara"]

    assert audit(shelter, "create")[-2:] == [
        ("contact", str(mother.value.id),
         {"resident_id": resident, "guardian": False, "safety_flag": "none"}),
        ("contact", str(aunt.id),
         {"resident_id": resident, "guardian": True, "safety_flag": "none"}),
    ]
    assert audit(shelter, "update") == [
        ("contact", str(mother.value.id),
         {"resident_id": resident, "fields": ["phone", "address"]}),
    ]
    assert audit(shelter, "delete") == [
        ("contact", str(aunt.id), {"resident_id": resident, "removed": True}),
    ]
    views = [v for v in audit(shelter, "view") if v[0] == "contacts"]
    assert views == [("contacts", str(resident), {"count": 2}),
                     ("contacts", str(resident), {"count": 1})]


def test_contacts_are_normalised_and_validated(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    counselor = shelter.users[Role.COUNSELOR]
    added = contacts.add_contact(
        counselor, resident, ContactInput("  grandmother ", " Sok\u00a0  Kim\x07 ")
    ).value
    assert (added.relation, added.name) == ("grandmother", "Sok Kim")
    with pytest.raises(IntakeInvalid) as caught:
        contacts.add_contact(
            counselor, resident,
            ContactInput("", "", phone="ask the chief", safety_flag="danger",
                         notes="x" * 20_001),
        )
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("name", rules.CONTACT_NAME_MISSING),
        ("relation", rules.CONTACT_RELATION_MISSING),
        ("phone", rules.PHONE_INVALID),
        ("notes", rules.TEXT_TOO_LONG),
        ("safety_flag", rules.CHOOSE_FROM_LIST),
    ]
    with pytest.raises(IntakeInvalid):
        contacts.update_contact(counselor, added.id, ContactInput("aunt", ""))
    assert [c.name for c in contacts.list_contacts(counselor, resident)] == ["Sok Kim"]


def test_unknown_residents_and_contacts(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    counselor = shelter.users[Role.COUNSELOR]
    with pytest.raises(NotFound):
        contacts.add_contact(counselor, 9999, MOTHER)
    with pytest.raises(NotFound):
        contacts.list_contacts(counselor, 9999)
    with pytest.raises(NotFound):
        contacts.update_contact(counselor, 9999, MOTHER)
    with pytest.raises(NotFound):
        contacts.remove_contact(counselor, 9999)


def test_safety_alerts_list_only_flagged_contacts(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    manager = shelter.users[Role.HOUSE_MANAGER]
    contacts.add_contact(manager, resident, MOTHER)
    uncle = contacts.add_contact(manager, resident, UNCLE).value
    no_contact = contacts.add_contact(
        manager, resident, ContactInput("father", "Sok Vuthy", safety_flag="no_contact")
    ).value
    alerts = contacts.safety_alerts(manager, resident)
    assert [(a.id, a.safety_flag) for a in alerts] == [
        (uncle.id, "suspected_involvement"), (no_contact.id, "no_contact")
    ]
    other = add_resident(shelter.services.database, case_number="TS-2026-0002")
    assert contacts.safety_alerts(manager, other) == []
    views = [v for v in audit(shelter, "view") if v[0] == "contacts"]
    assert views[-2:] == [("contacts", str(resident), {"safety_alerts": 2}),
                          ("contacts", str(other), {"safety_alerts": 0})]


# ---- consents ---------------------------------------------------------------------------


def test_consents_are_added_never_edited_and_withdrawn_by_a_new_record(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    counselor = shelter.users[Role.COUNSELOR]
    given = contacts.add_consent(
        counselor, resident,
        ConsentInput("photo", True, "resident", date(2026, 3, 1), "  For the file. "),
    )
    assert given.changes.touches("consent")
    assert given.value.notes == "For the file."
    withdrawn = contacts.add_consent(
        counselor, resident, ConsentInput("photo", False, "resident", date(2026, 6, 1))
    ).value
    listed = contacts.list_consents(counselor, resident)
    assert [(c.id, c.consent_type, c.given) for c in listed] == [
        (given.value.id, "photo", True), (withdrawn.id, "photo", False)
    ]
    assert not any(hasattr(contacts, name) for name in
                   ("update_consent", "edit_consent", "remove_consent", "delete_consent"))
    assert audit(shelter, "create")[-2:] == [
        ("consent", str(given.value.id),
         {"resident_id": resident, "type": "photo", "given": True}),
        ("consent", str(withdrawn.id),
         {"resident_id": resident, "type": "photo", "given": False}),
    ]
    assert [v for v in audit(shelter, "view") if v[0] == "consents"] == [
        ("consents", str(resident), {"count": 2})
    ]


def test_consent_rules(shelter, resident) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    counselor = shelter.users[Role.COUNSELOR]
    by_guardian = ConsentInput("medical", True, "guardian", date(2026, 3, 1))
    with pytest.raises(IntakeInvalid) as caught:
        contacts.add_consent(counselor, resident, by_guardian)
    assert [p.message for p in caught.value.problems] == [rules.GUARDIAN_CONTACT_MISSING]
    contacts.add_contact(counselor, resident, AUNT)
    assert contacts.add_consent(counselor, resident, by_guardian).value.given_by == "guardian"
    with pytest.raises(IntakeInvalid) as future:
        contacts.add_consent(
            counselor, resident,
            ConsentInput("photo", True, "resident", TODAY + timedelta(days=1)),
        )
    assert [p.message for p in future.value.problems] == [rules.CONSENT_IN_FUTURE]
    with pytest.raises(IntakeInvalid):
        contacts.add_consent(counselor, resident,
                             ConsentInput("everything", True, "resident", TODAY))
    with pytest.raises(NotFound):
        contacts.add_consent(counselor, 9999, ConsentInput("photo", True, "resident", TODAY))


# ---- permissions ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_roles_without_resident_access_are_denied_and_recorded(shelter, resident, role) -> None:  # type: ignore[no-untyped-def]
    contacts = shelter.services.contacts
    mother = contacts.add_contact(shelter.users[Role.COUNSELOR], resident, MOTHER).value
    user = shelter.users[role]
    calls = {
        "view_residents": [
            lambda: contacts.list_contacts(user, resident),
            lambda: contacts.safety_alerts(user, resident),
            lambda: contacts.list_consents(user, resident),
        ],
        "edit_residents": [
            lambda: contacts.add_contact(user, resident, UNCLE),
            lambda: contacts.update_contact(user, mother.id, UNCLE),
            lambda: contacts.remove_contact(user, mother.id),
            lambda: contacts.add_consent(
                user, resident, ConsentInput("photo", True, "resident", TODAY)
            ),
        ],
    }
    for functions in calls.values():
        for call in functions:
            with pytest.raises(PermissionDenied):
                call()
    denied = [d[2]["permission"] for d in audit(shelter, "denied")]
    assert denied == ["view_residents"] * 3 + ["edit_residents"] * 4
    assert [c.name for c in contacts.list_contacts(shelter.users[Role.COUNSELOR], resident)] == [
        "Chan Dara"
    ]
