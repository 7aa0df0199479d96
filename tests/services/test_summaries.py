"""Anonymized summaries on real encrypted databases filled with random residents: the numbers
match the records, nothing from 1 to k−1 is published, no hidden cell is derivable, no exported
string is a name, alias, case number, village or note; periods filter; permissions and audit."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from conftest import create_shelter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from summary_factories import add_assessments, exported_strings, fill

from shelter_desktop.domain.disclosure import (
    ThresholdInvalid,
    linked_recoverable,
    recoverable_cells,
)
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    AGE_BAND_BY_SEX,
    ASSESSMENT_CHANGE,
    EXITS_BY_MONTH,
    EXPLOITATION_TYPE,
    NATIONALITY,
    REFERRAL_SOURCE,
    TABLE_KEYS,
    PeriodInvalid,
    SummaryRequest,
    TablesInvalid,
    quarter_period,
    range_period,
    year_period,
)
from shelter_desktop.domain.summary_family import ONE_POPULATION, SHARED_BY_SEX
from shelter_desktop.services.summaries import (
    ExportFormatInvalid,
    app_version,
)
from shelter_desktop.storage.models import AuditEventRow, ResidentRow
from shelter_desktop.storage.paths import DataDir

TODAY = date.today()


def events(shelter, action: str) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(session.scalars(
            select(AuditEventRow).where(AuditEventRow.action == action)
            .order_by(AuditEventRow.id)))


def cells_of(table):  # type: ignore[no-untyped-def]
    return {(r.key, c.key): table.cells[i][j]
            for i, r in enumerate(table.rows) for j, c in enumerate(table.columns)}


def assert_protected(summary, k: int) -> None:  # type: ignore[no-untyped-def]
    for table in summary.tables:
        for cell in table.all_cells():
            assert cell.value is None or cell.value == 0 or cell.value >= k, table.key
        assert recoverable_cells(table) == set(), table.key
    for measure in summary.measures:
        for row in measure.rows:
            assert row.count is None or row.count == 0 or row.count >= k


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), residents=st.integers(0, 90), k=st.integers(3, 7))
def test_random_shelters_summaries_are_true_protected_and_name_no_one(seed, residents, k) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        shelter = create_shelter(DataDir(Path(folder) / "data"))
        try:
            staff = shelter.users[Role.COUNSELOR].id
            filled = fill(shelter.services.database, staff, seed, residents)
            officer = shelter.users[Role.DATA_OFFICER]
            request = SummaryRequest(year_period(2025, TODAY), k=k)
            summary = shelter.services.summaries.build(officer, request)
            assert_protected(summary, k)
            linked = [summary.table(key) for key in ONE_POPULATION]
            assert linked_recoverable(linked, SHARED_BY_SEX) == set()
            # the same cells are hidden whichever tables are chosen
            alone = shelter.services.summaries.build(
                officer, SummaryRequest(request.period, (NATIONALITY,), k))
            assert alone.table(NATIONALITY) == summary.table(NATIONALITY)

            admissions = cells_of(summary.table(ADMISSIONS_BY_MONTH))
            for (month, sex), cell in admissions.items():
                year, number = (int(x) for x in month.split("-"))
                assert year == 2025
                if cell.value is not None:
                    assert cell.value == filled.admissions[(2025, number, sex)]
            total = summary.table(ADMISSIONS_BY_MONTH).total
            true_total = sum(n for (y, _m, _s), n in filled.admissions.items() if y == 2025)
            assert total.value in (None, true_total)
            for (band, sex), cell in cells_of(summary.table(AGE_BAND_BY_SEX)).items():
                if cell.value is not None:
                    assert cell.value == filled.age_sex[(band, sex)]
            for (source, _), cell in cells_of(summary.table(REFERRAL_SOURCE)).items():
                if cell.value is not None:
                    assert cell.value == filled.referral[source]
            for (kind, _), cell in cells_of(summary.table(EXPLOITATION_TYPE)).items():
                if cell.value is not None:
                    assert cell.value == filled.exploitation[kind]
            exits = summary.table(EXITS_BY_MONTH)
            assert [c.key for c in exits.columns] == [
                "reintegrated", "transferred", "absconded", "closed"]
            for (month, column), cell in cells_of(exits).items():
                if cell.value is not None:
                    year, number = (int(x) for x in month.split("-"))
                    assert cell.value == filled.exits[(year, number, column)]
            true_exits = sum(n for (y, _m, _r), n in filled.exits.items() if y == 2025)
            assert exits.total.value in (None, true_exits)

            for file_format in ("csv", "xlsx", "pdf"):
                _, data = shelter.services.summaries.export(officer, request, file_format, "en")
                strings = exported_strings(file_format, data)
                assert strings
                for text in strings:
                    for secret in filled.secrets:
                        assert text.strip() != secret
                        if len(secret) >= 6:
                            assert secret not in text
        finally:
            shelter.close()


def test_period_filtering_year_quarter_and_range(shelter) -> None:  # type: ignore[no-untyped-def]
    staff = shelter.users[Role.COUNSELOR].id
    filled = fill(shelter.services.database, staff, 7, 150, years=(2024, 2025))
    officer = shelter.users[Role.DATA_OFFICER]
    k = 3
    services = shelter.services.summaries

    year = services.build(officer, SummaryRequest(year_period(2024, TODAY), (ADMISSIONS_BY_MONTH,), k))
    table = year.table(ADMISSIONS_BY_MONTH)
    assert [r.key for r in table.rows] == [f"2024-{m:02d}" for m in range(1, 13)]
    expected_2024 = sum(n for (y, _m, _s), n in filled.admissions.items() if y == 2024)
    assert table.total.value == expected_2024  # large enough to publish

    quarter = services.build(officer, SummaryRequest(quarter_period(2025, 2, TODAY),
                                                     (ADMISSIONS_BY_MONTH,), k))
    q_table = quarter.table(ADMISSIONS_BY_MONTH)
    assert [r.key for r in q_table.rows] == ["2025-04", "2025-05", "2025-06"]
    expected_q2 = sum(n for (y, m, _s), n in filled.admissions.items() if y == 2025 and 4 <= m <= 6)
    assert q_table.total.value in (None, expected_q2)
    if expected_q2 >= k:
        assert q_table.total.value == expected_q2

    span = services.build(officer, SummaryRequest(range_period((2024, 11), (2025, 2), TODAY),
                                                  (ADMISSIONS_BY_MONTH,), k))
    s_table = span.table(ADMISSIONS_BY_MONTH)
    assert [r.key for r in s_table.rows] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    expected_span = sum(n for (y, m, _s), n in filled.admissions.items()
                        if (y, m) in {(2024, 11), (2024, 12), (2025, 1), (2025, 2)})
    assert s_table.total.value in (None, expected_span)
    assert span.provenance.period.label == "2024-11 – 2025-02"

    empty = services.build(officer, SummaryRequest(year_period(2019, TODAY), None, k))
    assert all(t.total.value == 0 for t in empty.tables)


def test_assessment_change_averages_first_to_latest(shelter) -> None:  # type: ignore[no-untyped-def]
    staff = shelter.users[Role.COUNSELOR].id
    fill(shelter.services.database, staff, 3, 12, years=(2024,))
    with shelter.services.database.session() as session:
        ids = list(session.scalars(select(ResidentRow.id).order_by(ResidentRow.id)))
    changes = add_assessments(shelter.services.database, staff, ids[:8], seed=5)
    officer = shelter.users[Role.DATA_OFFICER]
    summary = shelter.services.summaries.build(
        officer, SummaryRequest(year_period(2025, TODAY), (ASSESSMENT_CHANGE,), 5))
    rows = {row.label.key: row for row in summary.measure(ASSESSMENT_CHANGE).rows}
    for code, values in changes.items():
        row = rows[f"testset:{code}"]
        assert row.count == len(values)
        assert row.average == pytest.approx(round(sum(values) / len(values), 2))
    # a domain nobody was scored in, and a year with no latest assessment: nothing published
    assert rows["testset:IN"].count == 0 and rows["testset:IN"].average is None
    later = shelter.services.summaries.build(
        officer, SummaryRequest(year_period(2024, TODAY), (ASSESSMENT_CHANGE,), 5))
    assert all(r.average is None for r in later.measure(ASSESSMENT_CHANGE).rows)
    # fewer than k residents: hidden
    few = shelter.services.summaries.build(
        officer, SummaryRequest(year_period(2025, TODAY), (ASSESSMENT_CHANGE,), 9))
    assert few.measure(ASSESSMENT_CHANGE).rows[0].count is None


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.HOUSE_MANAGER, Role.ADMINISTRATOR])
def test_export_roles_build_and_export_and_each_is_audited_without_data(shelter, role) -> None:  # type: ignore[no-untyped-def]
    fill(shelter.services.database, shelter.users[Role.COUNSELOR].id, 11, 40)
    user = shelter.users[role]
    request = SummaryRequest(year_period(2025, TODAY), (NATIONALITY, ADMISSIONS_BY_MONTH), 5)
    summary = shelter.services.summaries.build(user, request)
    assert summary.provenance.k == 5 and summary.provenance.app_version == app_version()
    assert summary.provenance.shelter == "Test Shelter"
    shelter.services.summaries.export(user, request, "xlsx", "km")
    exports = [e for e in events(shelter, "export") if e.entity == "summary"]
    assert len(exports) == 2
    details = [json.loads(e.detail or "{}") for e in exports]
    assert details[0] == {"period": "2025-01..2025-12", "period_kind": "year",
                          "tables": [ADMISSIONS_BY_MONTH, NATIONALITY], "k": 5,
                          "format": "preview"}
    assert details[1]["format"] == "xlsx" and details[1]["language"] == "km"
    assert all(e.actor_username == user.username for e in exports)


def test_counselor_is_denied_and_the_denial_is_audited(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    request = SummaryRequest(year_period(2025, TODAY))
    with pytest.raises(PermissionDenied):
        shelter.services.summaries.build(counselor, request)
    with pytest.raises(PermissionDenied):
        shelter.services.summaries.export(counselor, request, "csv")
    denied = events(shelter, "denied")
    assert len(denied) == 2
    assert all(json.loads(e.detail or "{}")["permission"] == "export_anonymized" for e in denied)
    assert not [e for e in events(shelter, "export") if e.entity == "summary"]
    with pytest.raises(PermissionDenied):
        shelter.services.summaries.build(None, request)


def test_bad_requests_are_refused_with_the_field_to_fix(shelter) -> None:  # type: ignore[no-untyped-def]
    officer = shelter.users[Role.DATA_OFFICER]
    with pytest.raises(ThresholdInvalid) as error:
        SummaryRequest(year_period(2025, TODAY), k=2)
    assert error.value.field == "k"
    for bad in (TODAY.year + 1, 1899, "2025", True):
        with pytest.raises(PeriodInvalid):
            year_period(bad, TODAY)  # type: ignore[arg-type]
    with pytest.raises(PeriodInvalid):
        quarter_period(2025, 5, TODAY)
    with pytest.raises(PeriodInvalid):
        range_period((2025, 5), (2025, 3), TODAY)
    with pytest.raises(PeriodInvalid):
        range_period((2000, 1), (2025, 3), TODAY)
    with pytest.raises(PeriodInvalid):
        range_period((2025, 13), (2025, 3), TODAY)
    with pytest.raises(TablesInvalid):
        SummaryRequest(year_period(2025, TODAY), ("names_of_residents",))
    with pytest.raises(TablesInvalid):
        SummaryRequest(year_period(2025, TODAY), ())
    with pytest.raises(ExportFormatInvalid):
        shelter.services.summaries.export(officer, SummaryRequest(year_period(2025, TODAY)), "docx")
    assert SummaryRequest(year_period(2025, TODAY), None).tables == TABLE_KEYS


def test_exits_by_month_counts_each_way_of_leaving_by_the_day_she_left(shelter) -> None:  # type: ignore[no-untyped-def]
    from factories import add_resident

    from shelter_desktop.domain.reintegration import (
        ClosureInput,
        DecisionInput,
        PlacementInput,
    )
    from shelter_desktop.domain.residents import ResidentStatus
    from shelter_desktop.reports import summary_labels
    from shelter_desktop.services.summaries import exits_by_month

    manager = shelter.users[Role.HOUSE_MANAGER]
    database = shelter.services.database
    residents, reintegration = shelter.services.residents, shelter.services.reintegration
    numbers = iter(range(1, 100))

    def admitted() -> int:
        return add_resident(database, case_number=f"TS-2024-{next(numbers):04d}",
                            admission_date=date(2024, 1, 5))

    def place(resident: int, on: date) -> None:
        started = reintegration.start(manager, resident).value
        reintegration.decide(manager, started.id, DecisionInput("family", on, ""))
        reintegration.place(manager, started.id, PlacementInput(on, "Kandal", "08"))

    for _ in range(3):
        residents.record_departure(manager, admitted(), ResidentStatus.TRANSFERRED,
                                   date(2025, 3, 10))
    residents.record_departure(manager, admitted(), ResidentStatus.ABSCONDED, date(2025, 3, 31))
    place(admitted(), date(2025, 4, 1))
    later_closed = admitted()
    place(later_closed, date(2025, 4, 20))  # her case is closed in December: she left in April
    reintegration.close_case(manager, later_closed, ClosureInput(date(2025, 12, 1), "goals_met", ""))
    reintegration.close_case(manager, admitted(), ClosureInput(date(2025, 5, 2), "other", "moved"))
    transferred_then_closed = admitted()
    residents.record_departure(manager, transferred_then_closed, ResidentStatus.TRANSFERRED,
                               date(2025, 6, 6))
    reintegration.close_case(manager, transferred_then_closed,
                             ClosureInput(date(2025, 7, 1), "continued_elsewhere", ""))
    residents.record_departure(manager, admitted(), ResidentStatus.ABSCONDED, date(2024, 12, 31))
    add_resident(database, case_number="TS-2024-0090", status="transferred")  # no recorded day
    admitted()  # still in the shelter

    with database.session() as session:
        table = exits_by_month(session, year_period(2025, TODAY))
    assert [c.key for c in table.columns] == ["reintegrated", "transferred", "absconded", "closed"]
    assert [c.en for c in table.columns] == [
        "Reintegrated", "Transferred", "Left without notice", "Case closed"]
    # zero-width spaces between the Khmer words: where a narrow PDF column may break the line
    assert table.columns[2].km == "បាន\u200bចាកចេញ\u200bដោយ\u200bមិន\u200bជូន\u200bដំណឹង"
    counts = {(r.key, c.key): table.cells[i][j]
              for i, r in enumerate(table.rows) for j, c in enumerate(table.columns)
              if table.cells[i][j]}
    assert counts == {
        ("2025-03", "transferred"): 3,
        ("2025-03", "absconded"): 1,
        ("2025-04", "reintegrated"): 2,
        ("2025-05", "closed"): 1,
        ("2025-06", "closed"): 1,
    }
    assert summary_labels.title(EXITS_BY_MONTH, "en") == "Exits by month and reason"
    officer = shelter.users[Role.DATA_OFFICER]
    built = shelter.services.summaries.build(
        officer, SummaryRequest(year_period(2025, TODAY), (EXITS_BY_MONTH,), 3))
    published = cells_of(built.table(EXITS_BY_MONTH))
    for key, cell in published.items():
        assert cell.value is None or cell.value == counts.get(key, 0)
