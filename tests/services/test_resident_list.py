"""The resident list: filters, sorting and search as you type, all in SQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from shelter_desktop.domain.age_bands import AgeBand
from shelter_desktop.domain.clock import age_on
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.residents import ResidentStatus, RiskLevel, search_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.residents import (
    ResidentQuery,
    ResidentService,
    ResidentSort,
)
from shelter_desktop.storage import resident_search
from shelter_desktop.storage.models import ResidentRow

TODAY = date(2026, 11, 25)

# name_latin, name_khmer, alias, born, admitted, status, risk, counselor?
PEOPLE = [
    ("Sok Sreypov", "សុខ ស្រីពៅ", "Pov", date(2011, 5, 17), date(2025, 3, 1), "active", "high", True),
    ("Chan Sophea", "ចាន់ សុភា", None, date(2021, 1, 2), date(2024, 2, 2), "active", "low", False),
    ("Heng Sreyneang", "ហេងស្រីនាង", None, date(2009, 11, 26), date(2023, 7, 7), "reintegrated",
     "medium", True),
    ("Keo Bopha", "កែវ បុប្ផា", "Bo", date(2014, 8, 8), date(2025, 9, 9), "closed", "medium",
     False),
    ("Ly Ánh", "លី អាញ", None, date(2000, 4, 4), date(2024, 12, 12), "active", "low", False),
    ("Mao Dara", "ម៉ៅ ដារា", None, None, date(2022, 1, 1), "transferred", "high", False),
]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ResidentService, "today", staticmethod(lambda: TODAY))


@pytest.fixture
def ids(shelter) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The people above, written with the storage models; name_latin -> id."""
    counselor = shelter.users[Role.COUNSELOR].id
    now = datetime(2026, 1, 1)
    result = {}
    with shelter.services.database.session() as session, session.begin():
        for n, (latin, khmer, alias, born, admitted, status, risk, has_counselor) in enumerate(
            PEOPLE, start=1
        ):
            row = ResidentRow(
                case_number=f"TS-{admitted.year}-{n:04d}", name_latin=latin, name_khmer=khmer,
                name_latin_key=search_key(latin), alias=alias, alias_key=search_key(alias or ""),
                sex="female", date_of_birth=born, birth_date_estimated=False, nationality="KH",
                admission_date=admitted, status=status, risk_level=risk,
                counselor_id=counselor if has_counselor else None,
                created_at=now, updated_at=now,
            )
            session.add(row)
            session.flush()
            result[latin] = row.id
    return result


def names(shelter, query: ResidentQuery, role: Role = Role.COUNSELOR) -> list[str]:  # type: ignore[no-untyped-def]
    user = shelter.users[role]
    rows = shelter.services.residents.page(user, query, 0, 100)
    assert shelter.services.residents.count(user, query) == len(rows)
    return [r.name_latin for r in rows]


# ---- search -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sok", ["Sok Sreypov"]),
        ("sreypov", ["Sok Sreypov"]),  # a later word of the name
        ("SREYP", ["Sok Sreypov"]),
        ("srey", ["Sok Sreypov", "Heng Sreyneang"]),
        ("sok srey", ["Sok Sreypov"]),
        ("srey sok", ["Sok Sreypov"]),
        ("soksrey", ["Sok Sreypov"]),  # without the space
        ("anh", ["Ly Ánh"]),  # accents do not matter
        ("Ánh", ["Ly Ánh"]),
        ("pov", ["Sok Sreypov"]),  # alias
        ("bo", ["Keo Bopha"]),  # alias and a later word
        ("ស្រីពៅ", ["Sok Sreypov"]),  # a later Khmer word
        ("ស្រី", ["Sok Sreypov"]),  # "ហេងស្រីនាង" is one word: only its start counts
        ("ហេង", ["Heng Sreyneang"]),
        ("សុខស្រី", ["Sok Sreypov"]),  # Khmer without the space
        ("ts-2025", ["Keo Bopha", "Sok Sreypov"]),
        ("TS-2024-0005", ["Ly Ánh"]),
        ("0002", ["Chan Sophea"]),
        ("24-00", ["Ly Ánh", "Chan Sophea"]),  # inside a case number
        ("nobody", []),
        ("%", []),
        ("_", []),
        ('"', []),
        ("sok OR keo", []),  # typed words are words, never FTS syntax
        ("NEAR(sok", []),
        ("*", []),
    ],
)
def test_search(shelter, ids, typed: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert names(shelter, ResidentQuery(typed)) == expected


def test_search_finds_residents_added_by_any_code_path(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    """Rows written straight to the table (the demo generator does) are indexed by triggers."""
    with shelter.services.database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO resident (case_number, name_khmer, name_latin, name_latin_key, sex, "
            "birth_date_estimated, nationality, admission_date, status, risk_level, created_at, "
            "updated_at) VALUES ('TS-2026-0099', 'ឈឹម រតនា', 'Chhim Rathana', 'chhim rathana', "
            "'female', 0, 'KH', '2026-01-01', 'active', 'low', '2026-01-01', '2026-01-01')"
        ))
        connection.execute(text("DELETE FROM resident WHERE name_latin = 'Mao Dara'"))
    assert names(shelter, ResidentQuery("rath")) == ["Chhim Rathana"]
    assert names(shelter, ResidentQuery("dara")) == []


def test_search_without_the_fts_table_falls_back_to_indexes(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    engine = shelter.services.database.engine
    with engine.begin() as connection:
        resident_search.uninstall(connection)
    resident_search._available.pop(engine, None)
    try:
        assert names(shelter, ResidentQuery("sreyp")) == ["Sok Sreypov"]
        assert names(shelter, ResidentQuery("sok s")) == ["Sok Sreypov"]
        assert names(shelter, ResidentQuery("ស្រីពៅ")) == ["Sok Sreypov"]
        assert names(shelter, ResidentQuery("pov")) == ["Sok Sreypov"]
        assert names(shelter, ResidentQuery("0002")) == ["Chan Sophea"]
        assert names(shelter, ResidentQuery("%")) == []
    finally:
        with engine.begin() as connection:
            resident_search.install(connection)
        resident_search._available.pop(engine, None)
    assert names(shelter, ResidentQuery("sreyp")) == ["Sok Sreypov"]


def plan(shelter, condition) -> str:  # type: ignore[no-untyped-def]
    statement = select(ResidentRow.id).where(condition)
    with shelter.services.database.engine.connect() as connection:
        compiled = statement.compile(connection)
        rows = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())
        ).all()
    return "\n".join(row[-1] for row in rows)


def test_searches_use_the_index_not_a_scan_of_residents(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        fts = resident_search.text_condition(session, "sreyp")
    found = plan(shelter, fts)
    assert "VIRTUAL TABLE" in found
    assert "SCAN resident\n" not in found + "\n" and "SCAN resident USING" not in found
    # The dialect-neutral fallback: a range on the key column is an index search, LIKE is not.
    ranged = plan(shelter, resident_search.key_prefix(ResidentRow.name_latin_key, "sreyp"))
    assert "SEARCH resident USING COVERING INDEX ix_resident_name_latin_key" in ranged
    khmer = plan(shelter, resident_search.key_prefix(ResidentRow.name_khmer, "ស្រី"))
    assert "USING COVERING INDEX ix_resident_name_khmer" in khmer


# ---- filters ----------------------------------------------------------------------------


def test_filters(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR].id
    assert names(shelter, ResidentQuery(status=ResidentStatus.ACTIVE)) == [
        "Sok Sreypov", "Ly Ánh", "Chan Sophea"
    ]
    assert names(shelter, ResidentQuery(risk_level=RiskLevel.HIGH)) == [
        "Sok Sreypov", "Mao Dara"
    ]
    assert names(shelter, ResidentQuery(admission_year=2024)) == ["Ly Ánh", "Chan Sophea"]
    assert names(shelter, ResidentQuery(counselor_id=counselor)) == [
        "Sok Sreypov", "Heng Sreyneang"
    ]
    assert names(shelter, ResidentQuery("s", status=ResidentStatus.ACTIVE,
                                        risk_level=RiskLevel.LOW)) == ["Chan Sophea"]


def test_age_bands_on_today(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    by_band = {band: names(shelter, ResidentQuery(age_band=band)) for band in AgeBand}
    # Heng Sreyneang turns 17 tomorrow: 16 today, in 15-17 like Sok Sreypov (15).
    assert age_on(date(2009, 11, 26), TODAY) == 16
    assert by_band == {
        AgeBand.UNDER_6: ["Chan Sophea"],
        AgeBand.AGE_6_11: [],
        AgeBand.AGE_12_14: ["Keo Bopha"],
        AgeBand.AGE_15_17: ["Sok Sreypov", "Heng Sreyneang"],
        AgeBand.ADULT: ["Ly Ánh"],
    }  # Mao Dara has no date of birth: in no band.


# ---- sorting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (ResidentSort.CASE_NUMBER, ["Mao Dara", "Heng Sreyneang", "Chan Sophea", "Ly Ánh",
                                    "Sok Sreypov", "Keo Bopha"]),
        (ResidentSort.NAME_LATIN, ["Chan Sophea", "Heng Sreyneang", "Keo Bopha", "Ly Ánh",
                                   "Mao Dara", "Sok Sreypov"]),
        (ResidentSort.NAME_KHMER, sorted(
            [p[0] for p in PEOPLE], key=lambda n: next(p[1] for p in PEOPLE if p[0] == n))),
        (ResidentSort.AGE, ["Chan Sophea", "Keo Bopha", "Sok Sreypov", "Heng Sreyneang",
                            "Ly Ánh", "Mao Dara"]),
        (ResidentSort.ADMISSION_DATE, ["Mao Dara", "Heng Sreyneang", "Chan Sophea", "Ly Ánh",
                                       "Sok Sreypov", "Keo Bopha"]),
        (ResidentSort.STATUS, ["Chan Sophea", "Ly Ánh", "Sok Sreypov", "Keo Bopha",
                               "Heng Sreyneang", "Mao Dara"]),
        (ResidentSort.RISK, ["Chan Sophea", "Ly Ánh", "Heng Sreyneang", "Keo Bopha",
                             "Mao Dara", "Sok Sreypov"]),
    ],
)
def test_sorting(shelter, ids, sort: ResidentSort, ascending: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert names(shelter, ResidentQuery(sort=sort, descending=False)) == ascending
    descending = names(shelter, ResidentQuery(sort=sort, descending=True))
    if sort is ResidentSort.AGE:
        # Without a date of birth, last either way.
        assert descending == list(reversed(ascending[:-1])) + ["Mao Dara"]
    else:
        assert descending == list(reversed(ascending))


def test_default_order_is_newest_admission_first(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    assert ResidentQuery().sort is ResidentSort.ADMISSION_DATE and ResidentQuery().descending
    assert names(shelter, ResidentQuery())[0] == "Keo Bopha"


def test_pages_cover_every_resident_once_in_any_order(shelter) -> None:  # type: ignore[no-untyped-def]
    from factories import add_resident

    database = shelter.services.database
    for n in range(45):
        add_resident(database, name_latin=f"Resident {chr(65 + n % 26)}", case_number=f"TS-2026-{n:04d}",
                     admission_date=date(2026, 1 + n % 3, 1))
    user = shelter.users[Role.HOUSE_MANAGER]
    for sort in ResidentSort:
        for descending in (False, True):
            query = ResidentQuery(sort=sort, descending=descending)
            pages = [shelter.services.residents.page(user, query, offset, 10)
                     for offset in range(0, 50, 10)]
            seen = [r.id for page in pages for r in page]
            assert len(seen) == 45 and len(set(seen)) == 45, (sort, descending)
            whole = [r.id for r in shelter.services.residents.page(user, query, 0, 100)]
            assert seen == whole


def test_admission_years(shelter, ids) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[Role.COUNSELOR]
    assert shelter.services.residents.admission_years(user) == [2025, 2024, 2023, 2022]


def test_admission_years_of_an_empty_shelter(shelter) -> None:  # type: ignore[no-untyped-def]
    assert shelter.services.residents.admission_years(shelter.users[Role.COUNSELOR]) == []


# ---- permissions ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_the_list_is_denied_and_recorded(shelter, ids, role: Role) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[role]
    query = replace(ResidentQuery("sok"), status=ResidentStatus.ACTIVE)
    for call in (
        lambda: shelter.services.residents.count(user, query),
        lambda: shelter.services.residents.page(user, query, 0, 10),
        lambda: shelter.services.residents.admission_years(user),
    ):
        with pytest.raises(PermissionDenied):
            call()
    denied, total = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action="denied", username=user.username)
    )
    assert total == 3
    assert {json.loads(e.detail)["permission"] for e in denied} == {"view_residents"}
