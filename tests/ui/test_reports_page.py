"""The Reports page with pytest-qt on the real encrypted database: choose a period and tables,
preview with hidden cells greyed and explained, a chart (lines across the months for a monthly
table, broken where a count is hidden; bars of published totals for the others), export to
CSV/XLSX/PDF (the file holds the preview's numbers), Khmer headings, and refusals shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from summary_factories import csv_tables, fill, xlsx_sheets

from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    ASSESSMENT_CHANGE,
    EXITS_BY_MONTH,
    NATIONALITY,
    TABLE_KEYS,
    VOCATIONAL_WORK,
)
from shelter_desktop.domain.summary_lines import segments
from shelter_desktop.ui import op_runner
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.reports_page import HIDDEN_BACKGROUND, ReportsPage


@pytest.fixture
def filled(signed_in):  # type: ignore[no-untyped-def]
    return fill(signed_in.services.database, signed_in.user(Role.COUNSELOR).id, seed=4,
                residents=160, years=(2024, 2025))


def page_for(signed_in, role: Role, qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(signed_in.services, signed_in.user(role), signed_in.runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def choose_table(page: ReportsPage, key: str) -> None:
    page.table_choice.setCurrentIndex(page.table_choice.findData(key))


def grid_text(page: ReportsPage) -> list[list[str]]:
    return [[page.grid.item(r, c).text() if page.grid.item(r, c) else ""
             for c in range(page.grid.columnCount())] for r in range(page.grid.rowCount())]


def test_preview_shows_protected_tables_hidden_cells_explained_and_a_chart(signed_in, filled, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = page_for(signed_in, Role.DATA_OFFICER, qtbot)
    page.period_kind.setCurrentIndex(page.period_kind.findData("year"))
    page.year.setValue(2025)
    assert page.chosen_tables() == TABLE_KEYS
    assert not page.export_buttons["csv"].isEnabled()
    page.preview_button.click()
    summary = page.summary()
    assert summary is not None and summary.keys == TABLE_KEYS
    assert page.export_buttons["csv"].isEnabled()
    assert "2025" in page.provenance.text() and "5" in page.provenance.text()

    choose_table(page, ADMISSIONS_BY_MONTH)
    table = summary.table(ADMISSIONS_BY_MONTH)
    rows = grid_text(page)
    assert len(rows) == 13  # 12 months and the totals
    assert rows[0][0] == "January 2025"
    hidden_seen = 0
    for i in range(12):
        for j, cell in enumerate(table.cells[i]):
            item = page.grid.item(i, j + 1)
            if cell.value is None:
                hidden_seen += 1
                assert item.text() in ("<5", "×")
                assert item.background().color() == HIDDEN_BACKGROUND
                assert item.toolTip()
            else:
                assert item.text() == str(cell.value)
    assert hidden_seen == sum(c.hidden for row in table.cells for c in row)
    # months are drawn as lines (see the line chart test); a category table keeps its bars
    assert page.chart.kind == "lines" and page.chart_values() == []
    choose_table(page, NATIONALITY)
    nationality = summary.table(NATIONALITY)
    published = [row[0].value for row in nationality.cells if row[0].value is not None]
    assert page.chart.kind == "bars"
    assert sorted(page.chart_values()) == sorted(float(v) for v in published)

    choose_table(page, VOCATIONAL_WORK)
    vocational = summary.table(VOCATIONAL_WORK)
    for i, row in enumerate(vocational.cells):
        shown = page.grid.item(i, 1).text()
        assert shown == (str(row[0].value) if row[0].value is not None else shown)
        if row[0].value is None:
            assert "<" in shown or shown == "×"

    choose_table(page, ASSESSMENT_CHANGE)
    assert page.grid.columnCount() == 3
    page.grab().save(str(tmp_path / "reports.png"))
    assert (tmp_path / "reports.png").stat().st_size > 0


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "pdf"])
def test_export_writes_the_chosen_file_with_the_preview_numbers(signed_in, filled, qtbot, tmp_path: Path, monkeypatch, file_format: str) -> None:  # type: ignore[no-untyped-def]
    page = page_for(signed_in, Role.HOUSE_MANAGER, qtbot)
    page.year.setValue(2025)
    for i in range(page.tables.count()):
        item = page.tables.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in (NATIONALITY, ADMISSIONS_BY_MONTH)
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    page.preview_button.click()
    summary = page.summary()
    assert summary is not None and summary.keys == (ADMISSIONS_BY_MONTH, NATIONALITY)
    target = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_buttons[file_format].click()
    suffix = {"csv": ".zip", "xlsx": ".xlsx", "pdf": ".pdf"}[file_format]
    written = tmp_path / f"export{suffix}"
    assert page.last_saved == written and written.is_file()
    assert str(written) in page.status.text()
    nationality = summary.table(NATIONALITY)
    expected = [c.value if c.value is not None else "x" for row in nationality.cells for c in row]
    if file_format == "xlsx":
        sheet = xlsx_sheets(written.read_bytes())["02 nationality"]
        assert [r[1] for r in sheet[2:2 + len(expected)]] == expected
    elif file_format == "csv":
        rows = csv_tables(written.read_bytes())["02_nationality.csv"]
        assert [r[1] for r in rows[2:2 + len(expected)]] == [str(v) for v in expected]
    else:
        assert written.read_bytes().startswith(b"%PDF")


def test_refusals_are_shown_in_words_not_raised(signed_in, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    monkeypatch.setattr("shelter_desktop.ui.reports_page.show_error",
                        lambda _parent, error: shown.append(error))
    monkeypatch.setattr(op_runner, "show_error", lambda _parent, error: shown.append(error))
    page = page_for(signed_in, Role.DATA_OFFICER, qtbot)
    for i in range(page.tables.count()):
        page.tables.item(i).setCheckState(Qt.CheckState.Unchecked)
    page.preview_button.click()
    assert shown and "at least one table" in str(shown[-1])
    page.tables.item(0).setCheckState(Qt.CheckState.Checked)
    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    page.range_from.setDate(QDate(2025, 6, 1))
    page.range_to.setDate(QDate(2025, 3, 1))
    page.preview_button.click()
    assert "must not come before" in str(shown[-1])
    assert page.summary() is None
    # a counselor's page (never shown to her) is refused by the service, and that is shown
    counselor_page = page_for(signed_in, Role.COUNSELOR, qtbot)
    counselor_page.year.setValue(2025)
    counselor_page.preview_button.click()
    assert "export_anonymized" in str(shown[-1])


def test_khmer_headings_and_quarter_period(signed_in, filled, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_language("km")
    page = page_for(signed_in, Role.ADMINISTRATOR, qtbot)
    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    page.year.setValue(2025)
    page.quarter.setCurrentIndex(1)
    assert page.quarter.isVisible() and not page.range_from.isVisible()
    page.preview_button.click()
    summary = page.summary()
    assert summary is not None and summary.provenance.period.label == "2025-Q2"
    choose_table(page, ADMISSIONS_BY_MONTH)
    rows = grid_text(page)
    assert [r[0] for r in rows[:3]] == ["មេសា 2025", "ឧសភា 2025", "មិថុនា 2025"]
    assert page.grid.horizontalHeaderItem(1).text() == "ស្រី"
    page.grab().save(str(tmp_path / "reports-km.png"))
    assert date.today().year >= 2025


def test_a_range_of_months_says_why_years_and_quarters_are_safer_to_publish(signed_in, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_for(signed_in, Role.DATA_OFFICER, qtbot)
    assert not page.range_note.isVisible()
    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    assert page.range_note.isVisible() and "protected on its own" in page.range_note.text()
    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    assert not page.range_note.isVisible()


def visible_legend(page: ReportsPage) -> list[str]:
    return [m.label() for m in page.chart.legend().markers() if m.isVisible()]


def test_monthly_tables_are_lines_per_column_broken_where_a_count_is_hidden(signed_in, filled, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = page_for(signed_in, Role.DATA_OFFICER, qtbot)
    page.year.setValue(2025)
    page.preview_button.click()
    summary = page.summary()
    assert summary is not None
    choose_table(page, ADMISSIONS_BY_MONTH)
    table = summary.table(ADMISSIONS_BY_MONTH)
    columns = [c.text("en") for c in table.columns]
    assert page.chart.kind == "lines" and page.chart_values() == []
    lines = page.chart_lines()
    assert list(lines) == columns  # one line per column (each sex)
    hidden = [(i, j) for i, row in enumerate(table.cells) for j, c in enumerate(row) if c.hidden]
    assert hidden, "the synthetic shelter must hide some monthly counts"
    series = page.chart.line_series()
    for j, name in enumerate(columns):
        expected = [None if row[j].hidden else float(row[j].value) for row in table.cells]
        assert lines[name] == expected  # a hidden count is a gap, never 0 nor bridged
        stretches = series[name]
        wanted = segments([row[j].value for row in table.cells])
        assert len(stretches) == max(1, len(wanted))  # each break starts a new stretch
        assert len({s.pen().color().name() for s in stretches}) == 1  # of the same colour
        for i, row in enumerate(table.cells):
            if row[j].hidden:
                assert all(round(p.x()) != i for s in stretches for p in s.points())
    # one legend entry per column, not per stretch (markers show once the legend is laid out)
    qtbot.waitUntil(lambda: visible_legend(page) == columns)
    labels = page.chart.month_labels()
    assert labels[0] == "Jan 2025" and all("2024" not in text for text in labels)
    assert page.chart_note.isVisible() and "break in a line" in page.chart_note.text()
    assert "5" in page.chart_note.text()
    page.grab().save(str(tmp_path / "lines-en.png"))

    choose_table(page, EXITS_BY_MONTH)
    exits = summary.table(EXITS_BY_MONTH)
    assert page.chart.kind == "lines"
    assert list(page.chart_lines()) == [c.text("en") for c in exits.columns]

    choose_table(page, NATIONALITY)  # a category table keeps its bars, without a note
    assert page.chart.kind == "bars" and page.chart_values() and not page.chart_lines()
    assert not page.chart_note.isVisible()
    choose_table(page, ASSESSMENT_CHANGE)
    assert page.chart.series() == [] and not page.chart_note.isVisible()

    install_language("km")
    choose_table(page, ADMISSIONS_BY_MONTH)
    assert list(page.chart_lines()) == [c.text("km") for c in table.columns]
    assert page.chart.month_labels()[0] == "មករា 2025"
    qtbot.waitUntil(lambda: visible_legend(page) == [c.text("km") for c in table.columns])
    page.grab().save(str(tmp_path / "lines-km.png"))


def test_month_labels_thin_out_for_long_ranges_and_follow_the_width(signed_in, filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_for(signed_in, Role.DATA_OFFICER, qtbot)
    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    page.range_from.setDate(QDate(2024, 1, 1))
    page.range_to.setDate(QDate(2025, 12, 1))
    page.preview_button.click()
    choose_table(page, ADMISSIONS_BY_MONTH)
    qtbot.wait(10)
    labels = page.chart.month_labels()
    assert 2 <= len(labels) < 24 and labels[0] == "Jan 2024"
    assert "Jan 2025" in labels  # the year is written where it changes
    assert len(next(iter(page.chart_lines().values()))) == 24
    page.resize(2400, 800)
    qtbot.waitUntil(lambda: len(page.chart.month_labels()) > len(labels))
