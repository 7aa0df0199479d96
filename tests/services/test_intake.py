"""Admitting residents, changing their record, reading the file, and the duplicate check:
through the services on a real encrypted database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from factories import add_resident
from sqlalchemy import func, select

from shelter_desktop.domain import intake as rules
from shelter_desktop.domain.case_file import ConsentInput, ContactInput, ResidentIntake
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.intake import IntakeInvalid
from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import ROLE_PERMISSIONS, Permission, Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.residents import ResidentService
from shelter_desktop.storage.models import (
    AuditEventRow,
    ConsentRow,
    ContactRow,
    ResidentRow,
)

TODAY = date(2026, 11, 25)
CARE = ConsentInput("care_and_records", True, "resident", date(2025, 3, 1))


def valid_intake(**changes: object) -> ResidentIntake:
    """An intake that passes every rule; ``changes`` replace fields."""
    base = ResidentIntake(
        name_khmer="សុខ ស្រីពៅ",
        name_latin="Sok Sreypov",
        sex="female",
        admission_date=date(2025, 3, 1),
        alias="Pov",
        date_of_birth=date(2011, 5, 17),
        languages=("km",),
        province_code="02",
        district_code="0201",
        referral_source="anti_trafficking_police",
        referral_organisation="Battambang AHTJP",
        referral_reason="Found at a border crossing.",
        exploitation_types=("forced_labour", "domestic_servitude"),
        destination_country="TH",
        hiv_status="negative",
        pregnant=False,
        health_notes="Asthma; inhaler at night.",
        risk_level="high",
        consents=(CARE,),
        contacts=(ContactInput("mother", "Chan Dara", phone="012 345 678"),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ResidentService, "today", staticmethod(lambda: TODAY))


def events(shelter, action: str, username: str | None = None):  # type: ignore[no-untyped-def]
    found, _ = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action=action, username=username), limit=500
    )
    return found


# ---- create -----------------------------------------------------------------------------


def test_a_counselor_admits_a_resident(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    changed = shelter.services.residents.create(counselor, valid_intake())
    detail = changed.value
    assert changed.changes.touches("resident") and changed.changes.touches("contact")
    assert detail.case_number == "TS-2025-0001"
    assert (detail.name_khmer, detail.name_latin, detail.alias) == ("សុខ ស្រីពៅ", "Sok Sreypov",
                                                                    "Pov")
    assert detail.status == "active"
    assert detail.age == 15
    assert detail.languages == ("km",)
    assert detail.exploitation_types == ("forced_labour", "domestic_servitude")
    assert detail.health_visible and detail.hiv_status == "negative"
    assert [(c.consent_type, c.given, c.given_by) for c in detail.consents] == [
        ("care_and_records", True, "resident")
    ]
    with shelter.services.database.session() as session:
        row = session.get(ResidentRow, detail.id)
        assert row.name_latin_key == "sok sreypov"
        assert row.alias_key == "pov"
        contacts = session.scalars(select(ContactRow).where(ContactRow.resident_id == row.id))
        assert [(c.relation, c.name) for c in contacts] == [("mother", "Chan Dara")]
        consent = session.scalars(select(ConsentRow)).one()
        assert consent.recorded_by == counselor.id


def test_creation_is_audited_without_names(shelter) -> None:  # type: ignore[no-untyped-def]
    detail = shelter.services.residents.create(
        shelter.users[Role.HOUSE_MANAGER], valid_intake()
    ).value
    created = [e for e in events(shelter, "create") if e.entity == "resident"]
    assert [(e.actor_username, e.entity_id) for e in created] == [("manager", str(detail.id))]
    assert json.loads(created[0].detail) == {"consents": 1, "contacts": 1}
    for event in events(shelter, "create") + events(shelter, "view"):
        text = event.detail or ""
        assert "Sok" not in text and "សុខ" not in text and "Chan" not in text


def test_the_intake_is_normalised_before_it_is_stored(shelter) -> None:  # type: ignore[no-untyped-def]
    detail = shelter.services.residents.create(
        shelter.users[Role.COUNSELOR],
        valid_intake(name_latin="  Sok \u202e  Sreypov\x07 ", name_khmer="សុខ\u200b ស្រីពៅ "),
    ).value
    assert detail.name_latin == "Sok Sreypov"
    assert detail.name_khmer == "សុខ ស្រីពៅ"


def test_case_numbers_count_per_admission_year(shelter) -> None:  # type: ignore[no-untyped-def]
    create = shelter.services.residents.create
    counselor = shelter.users[Role.COUNSELOR]
    numbers = [
        create(counselor, valid_intake(admission_date=day, name_latin=f"Person {letter}"))
        .value.case_number
        for letter, day in zip(
            "ABCD",
            [date(2025, 3, 1), date(2025, 6, 1), date(2026, 1, 5), date(2025, 12, 31)],
            strict=True,
        )
    ]
    assert numbers == ["TS-2025-0001", "TS-2025-0002", "TS-2026-0001", "TS-2025-0003"]


def test_case_numbers_continue_after_existing_and_past_9999(shelter) -> None:  # type: ignore[no-untyped-def]
    add_resident(shelter.services.database, case_number="TS-2024-0041")
    add_resident(shelter.services.database, case_number="TS-2024-9999")
    add_resident(shelter.services.database, case_number="OLD-2024-12000")  # another shelter
    counselor = shelter.users[Role.COUNSELOR]
    first = shelter.services.residents.create(
        counselor, valid_intake(admission_date=date(2024, 7, 1))
    ).value
    second = shelter.services.residents.create(
        counselor, valid_intake(admission_date=date(2024, 7, 2))
    ).value
    assert (first.case_number, second.case_number) == ("TS-2024-10000", "TS-2024-10001")


def test_an_invalid_intake_is_refused_with_every_problem_and_nothing_saved(shelter) -> None:  # type: ignore[no-untyped-def]
    bad = valid_intake(
        date_of_birth=date(2027, 1, 1),
        name_latin="Sok ស្រីពៅ",
        consents=(),
    )
    with pytest.raises(IntakeInvalid) as caught:
        shelter.services.residents.create(shelter.users[Role.COUNSELOR], bad)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("name_latin", rules.LATIN_NAME_HAS_KHMER),
        ("date_of_birth", rules.BIRTH_IN_FUTURE),
        ("consents", rules.CONSENT_MISSING),
    ]
    assert caught.value.message == rules.LATIN_NAME_HAS_KHMER
    with shelter.services.database.session() as session:
        assert session.scalar(select(func.count(ResidentRow.id))) == 0
        assert session.scalar(select(func.count(ContactRow.id))) == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"admission_date": date(2010, 1, 1)}, "admission_date", rules.ADMISSION_BEFORE_BIRTH),
        ({"admission_date": date(2026, 12, 1)}, "admission_date", rules.ADMISSION_IN_FUTURE),
        ({"name_khmer": "Sok"}, "name_khmer", rules.KHMER_NAME_NOT_KHMER),
        ({"name_latin": "Sok 🌸"}, "name_latin", rules.NAME_BAD_CHARACTERS),
        ({"health_notes": "x" * 20_001}, "health_notes", rules.TEXT_TOO_LONG),
        ({"district_code": "0102"}, "district_code", rules.DISTRICT_NOT_IN_PROVINCE),
        ({"consents": (replace(CARE, given_by="guardian"),)}, "consents[0].given_by",
         rules.GUARDIAN_CONTACT_MISSING),
    ],
)
def test_each_rule_is_enforced_by_the_service(shelter, changes, field, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntakeInvalid) as caught:
        shelter.services.residents.create(shelter.users[Role.COUNSELOR], valid_intake(**changes))
    assert [(p.field, p.message) for p in caught.value.problems] == [(field, message)]


def test_the_counselor_must_be_an_active_counselor(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    with pytest.raises(IntakeInvalid) as caught:
        shelter.services.residents.create(
            counselor, valid_intake(counselor_id=shelter.users[Role.HOUSE_MANAGER].id)
        )
    assert [p.field for p in caught.value.problems] == ["counselor_id"]
    detail = shelter.services.residents.create(
        counselor, valid_intake(counselor_id=counselor.id)
    ).value
    assert detail.counselor_id == counselor.id
    assert detail.counselor_name == "Test counselor"


def test_an_estimated_birth_year_is_stored_as_estimated(shelter) -> None:  # type: ignore[no-untyped-def]
    detail = shelter.services.residents.create(
        shelter.users[Role.COUNSELOR], valid_intake(date_of_birth=None, birth_year=2010)
    ).value
    assert detail.birth_date_estimated
    assert detail.date_of_birth == date(2010, 1, 1)


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_roles_without_resident_access_cannot_admit_and_are_recorded(shelter, role) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[role]
    with pytest.raises(PermissionDenied):
        shelter.services.residents.create(user, valid_intake())
    resident_id = add_resident(shelter.services.database)
    for call in (
        lambda: shelter.services.residents.detail(user, resident_id),
        lambda: shelter.services.residents.update(user, resident_id, valid_intake()),
        lambda: shelter.services.residents.set_status(user, resident_id,
                                                      ResidentStatus.CLOSED),
        lambda: shelter.services.residents.possible_duplicates(user, valid_intake()),
    ):
        with pytest.raises(PermissionDenied):
            call()
    denied = events(shelter, "denied", user.username)
    assert [(e.entity, json.loads(e.detail)["permission"]) for e in reversed(denied)] == [
        ("resident", "edit_residents"),
        ("resident", "view_residents"),
        ("resident", "edit_residents"),
        ("resident", "edit_residents"),
        ("resident", "view_residents"),
    ]
    with shelter.services.database.session() as session:
        assert session.scalar(select(func.count(ResidentRow.id))) == 1


# ---- detail -----------------------------------------------------------------------------


def test_opening_the_detail_is_audited(shelter) -> None:  # type: ignore[no-untyped-def]
    manager = shelter.users[Role.HOUSE_MANAGER]
    created = shelter.services.residents.create(manager, valid_intake()).value
    detail = shelter.services.residents.detail(manager, created.id)
    assert detail == created
    views = [e for e in events(shelter, "view", "manager") if e.entity == "resident"]
    assert [(e.entity_id, json.loads(e.detail)) for e in views] == [
        (str(created.id), {"health": True})
    ]
    with pytest.raises(NotFound):
        shelter.services.residents.detail(manager, 9999)


def test_health_fields_are_hidden_from_roles_without_read_health(shelter, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    created = shelter.services.residents.create(counselor, valid_intake(pregnant=True)).value
    # A shelter could give house managers the case file without health information.
    monkeypatch.setitem(
        ROLE_PERMISSIONS, Role.HOUSE_MANAGER,
        ROLE_PERMISSIONS[Role.HOUSE_MANAGER] - {Permission.READ_HEALTH},
    )
    hidden = shelter.services.residents.detail(shelter.users[Role.HOUSE_MANAGER], created.id)
    assert not hidden.health_visible
    assert (hidden.hiv_status, hidden.pregnant, hidden.health_notes) == (None, None, None)
    assert hidden.name_latin == "Sok Sreypov"
    shown = shelter.services.residents.detail(counselor, created.id)
    assert (shown.hiv_status, shown.pregnant, shown.health_notes) == (
        "negative", True, "Asthma; inhaler at night."
    )


# ---- update -----------------------------------------------------------------------------


def test_update_changes_fields_and_audits_their_names(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    created = shelter.services.residents.create(counselor, valid_intake()).value
    changed = shelter.services.residents.update(
        counselor,
        created.id,
        valid_intake(risk_level="low", district_code="0202", consents=(), contacts=()),
        status=ResidentStatus.REINTEGRATED,
    ).value
    assert (changed.risk_level, changed.district_code, changed.status) == (
        "low", "0202", "reintegrated"
    )
    assert changed.case_number == created.case_number
    assert changed.exit_date == shelter.services.residents.today()  # she left: today
    assert len(changed.consents) == 1  # consents are not touched by an update
    updates = [e for e in events(shelter, "update") if e.entity == "resident"]
    assert [json.loads(e.detail) for e in updates] == [
        {"fields": ["district_code", "exit_date", "risk_level", "status"]}
    ]
    # Nothing changed: nothing audited.
    shelter.services.residents.update(
        counselor, created.id, valid_intake(risk_level="low", district_code="0202"),
        status=ResidentStatus.REINTEGRATED,
    )
    assert len([e for e in events(shelter, "update") if e.entity == "resident"]) == 1


def test_update_renames_and_the_search_follows(shelter) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.services.residents import ResidentQuery

    counselor = shelter.users[Role.COUNSELOR]
    created = shelter.services.residents.create(counselor, valid_intake()).value
    shelter.services.residents.update(
        counselor, created.id, valid_intake(name_latin="Keo Bopha", alias="")
    )
    count = shelter.services.residents.count
    assert count(counselor, ResidentQuery("bopha")) == 1
    assert count(counselor, ResidentQuery("sreypov")) == 0
    assert count(counselor, ResidentQuery("pov")) == 0
    with shelter.services.database.session() as session:
        row = session.get(ResidentRow, created.id)
        assert (row.name_latin_key, row.alias, row.alias_key) == ("keo bopha", None, "")


def test_an_invalid_update_is_refused(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    created = shelter.services.residents.create(counselor, valid_intake()).value
    with pytest.raises(IntakeInvalid) as caught:
        shelter.services.residents.update(
            counselor, created.id, valid_intake(date_of_birth=date(2025, 6, 1))
        )
    assert [p.message for p in caught.value.problems] == [rules.ADMISSION_BEFORE_BIRTH]
    assert shelter.services.residents.detail(counselor, created.id).date_of_birth == date(
        2011, 5, 17
    )


def test_a_resident_admitted_before_consents_were_recorded_can_still_be_edited(shelter) -> None:  # type: ignore[no-untyped-def]
    resident_id = add_resident(shelter.services.database)
    changed = shelter.services.residents.update(
        shelter.users[Role.COUNSELOR], resident_id, valid_intake(consents=())
    ).value
    assert changed.risk_level == "high"


def test_set_status(shelter) -> None:  # type: ignore[no-untyped-def]
    manager = shelter.users[Role.HOUSE_MANAGER]
    resident_id = add_resident(shelter.services.database)
    summary = shelter.services.residents.set_status(
        manager, resident_id, ResidentStatus.TRANSFERRED
    ).value
    assert summary.status == "transferred"
    updates = [e for e in events(shelter, "update") if e.entity == "resident"]
    assert [(e.entity_id, json.loads(e.detail)) for e in updates] == [
        (str(resident_id), {"fields": ["status", "exit_date"]})
    ]


# ---- duplicates -------------------------------------------------------------------------


@pytest.fixture
def known(shelter) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Existing residents the duplicate check should (or should not) find."""
    manager = shelter.users[Role.HOUSE_MANAGER]
    people = {
        "sreypov": valid_intake(),
        "sreypov_2000": valid_intake(date_of_birth=date(2000, 2, 2), province_code="12",
                                     district_code=None, alias=""),
        "chhim": valid_intake(name_latin="Chhim Sophea", name_khmer="ឈឹម សុភា", alias="",
                              date_of_birth=date(2009, 1, 1)),
        "bopha": valid_intake(name_latin="Keo Bopha", name_khmer="កែវ បុប្ផា", alias="",
                              date_of_birth=date(2010, 3, 3)),
        "khmer_only": valid_intake(name_latin="", name_khmer="ហេងស្រីនាង", alias="",
                                   date_of_birth=None, birth_year=2012),
    }
    return {
        key: shelter.services.residents.create(manager, intake).value.id
        for key, intake in people.items()
    }


def duplicates(shelter, **changes):  # type: ignore[no-untyped-def]
    return shelter.services.residents.possible_duplicates(
        shelter.users[Role.COUNSELOR], valid_intake(**changes)
    )


def test_the_same_person_is_found_first_with_reasons(shelter, known) -> None:  # type: ignore[no-untyped-def]
    found = duplicates(shelter, alias="")
    assert [c.resident_id for c in found] == [known["sreypov"], known["sreypov_2000"]]
    best = found[0]
    assert best.reasons == (rules.SAME_LATIN, rules.SAME_KHMER, rules.SAME_BIRTH,
                            rules.SAME_PROVINCE)
    assert best.case_number == "TS-2025-0001"
    assert best.score > found[1].score


@pytest.mark.parametrize(
    "name_latin", ["Sok Sreipov", "Sreypov Sok", "SOK  SREYPOV", "Sok Srey Pov", "Sok Sreypove"]
)
def test_latin_variants_spacing_order_and_typos(shelter, known, name_latin) -> None:  # type: ignore[no-untyped-def]
    found = duplicates(shelter, name_latin=name_latin, name_khmer="", alias="")
    assert found and found[0].resident_id == known["sreypov"]


def test_romanization_variant_of_the_family_name(shelter, known) -> None:  # type: ignore[no-untyped-def]
    found = duplicates(shelter, name_latin="Chim Sophia", name_khmer="", alias="",
                       date_of_birth=date(2009, 1, 1))
    assert [c.resident_id for c in found] == [known["chhim"]]
    assert found[0].reasons[0] == rules.LATIN_VARIANT


@pytest.mark.parametrize(
    "name_khmer",
    ["សុខ ស្រីពៅ", "សុខស្រីពៅ", "សុខ\u200bស្រីពៅ", "ស្រីពៅ សុខ", "សុខ ស្រីពោ"],
)
def test_khmer_names_exact_spacing_order_and_one_letter(shelter, known, name_khmer) -> None:  # type: ignore[no-untyped-def]
    found = duplicates(shelter, name_latin="", name_khmer=name_khmer, alias="")
    assert found and found[0].resident_id == known["sreypov"]
    assert found[0].reasons[0] in (rules.SAME_KHMER, rules.KHMER_VARIANT, rules.KHMER_SIMILAR)


def test_a_khmer_name_written_with_a_space_finds_one_stored_without(shelter, known) -> None:  # type: ignore[no-untyped-def]
    found = duplicates(shelter, name_latin="", name_khmer="ហេង ស្រីនាង", alias="",
                       date_of_birth=None, birth_year=2012)
    assert [c.resident_id for c in found] == [known["khmer_only"]]
    assert found[0].reasons == (rules.KHMER_VARIANT, rules.SAME_BIRTH_YEAR, rules.SAME_PROVINCE)


def test_different_people_are_not_listed(shelter, known) -> None:  # type: ignore[no-untyped-def]
    assert duplicates(shelter, name_latin="Ly Makara", name_khmer="លី មករា", alias="") == []


def test_duplicate_check_limit_and_audit(shelter, known) -> None:  # type: ignore[no-untyped-def]
    found = shelter.services.residents.possible_duplicates(
        shelter.users[Role.COUNSELOR], valid_intake(), limit=1
    )
    assert len(found) == 1
    checks = [e for e in events(shelter, "view") if e.entity == "resident_duplicates"]
    assert [json.loads(e.detail) for e in checks] == [{"shown": 1}]


def test_candidates_are_narrowed_in_sql(shelter) -> None:  # type: ignore[no-untyped-def]
    """With many residents, only those sharing the start of the name words are read."""
    from shelter_desktop.services import residents as module

    database = shelter.services.database
    with database.session() as session, session.begin():
        for n in range(600):
            family = ["Keo", "Heng", "Ly", "Sok", "Mao", "Chan"][n % 6]
            given = ["Bopha", "Dara", "Sreypov", "Sokha", "Rathana"][n % 5]
            add = ResidentRow(
                case_number=f"TS-2020-{n + 1:04d}", name_khmer="ម៉ៅ ដារា", name_latin=f"{family} {given}",
                name_latin_key=f"{family} {given}".lower(), sex="female",
                date_of_birth=date(2008, 1, 1), birth_date_estimated=False, nationality="KH",
                admission_date=date(2020, 1, 1), status="active", risk_level="low",
                created_at=TODAY, updated_at=TODAY,
            )
            session.add(add)
    with database.session() as session:
        read = module._duplicate_candidates(
            session, valid_intake(name_khmer="", alias="")
        )
    names = {c.name_latin for c in read}
    assert len(read) < 120  # "Sok S…" words only, not all 600
    assert "Sok Sreypov" in names and "Keo Bopha" not in names
    with database.session() as session:
        assert session.scalar(select(func.count(AuditEventRow.id))) > 0


def test_case_numbers_stay_unique_when_two_admissions_run_at_once(shelter) -> None:  # type: ignore[no-untyped-def]
    """Two workers admitting at the same time: every unit of work takes the write lock first
    (BEGIN IMMEDIATE), so no number is given twice and none is skipped."""
    import threading

    create = shelter.services.residents.create
    users = [shelter.users[Role.COUNSELOR], shelter.users[Role.HOUSE_MANAGER]]
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(users))

    def admit(user, letter: str) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        try:
            for n in range(5):
                detail = create(user, valid_intake(name_latin=f"Person {letter}{'abcde'[n]}"))
                numbers.append(detail.value.case_number)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=admit, args=(u, "XY"[i])) for i, u in enumerate(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(numbers) == [f"TS-2025-{n:04d}" for n in range(1, 11)]
