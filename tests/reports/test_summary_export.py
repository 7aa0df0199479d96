"""Summary exports: CSV (zip, UTF-8 with BOM), XLSX and PDF hold exactly the preview's numbers,
hidden cells as "x", and no text cell a spreadsheet could run as a formula."""

from __future__ import annotations

import io
import subprocess
import zipfile
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from summary_factories import csv_tables, pdf_text, xlsx_sheets

from shelter_desktop.domain.disclosure import CountTable, Label, protect, protect_measures
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    ASSESSMENT_CHANGE,
    NATIONALITY,
    Provenance,
    Summary,
    year_period,
)
from shelter_desktop.reports import summary_export
from shelter_desktop.reports.summary_export import HIDDEN, neutralize

FORMULA_STARTS = ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\u22121", "\uff1d1")


def summary_of(rows: list[Label], cells: list[list[int]], columns: list[Label] | None = None,
               k: int = 5) -> Summary:
    columns = columns or [Label("female", "Female", "ស្រី"), Label("male", "Male", "ប្រុស")]
    table = protect(CountTable(ADMISSIONS_BY_MONTH, tuple(rows), tuple(columns),
                               tuple(tuple(r) for r in cells)), k)
    single = protect(CountTable(NATIONALITY, tuple(rows), (Label("residents", "Residents", "អ្នកស្នាក់នៅ"),),
                                tuple((sum(r),) for r in cells)), k)
    measures = protect_measures(ASSESSMENT_CHANGE, [
        (Label("csi:1A", "CSI · 1A Food security", "CSI · 1A សន្តិសុខស្បៀង"), 12, -0.4166),
        (Label("csi:1B", "=CSI 1B", "CSI 1B"), 2, 0.5),
    ], k)
    provenance = Provenance("Demo Shelter", year_period(2025, date(2026, 1, 1)), k,
                            date(2026, 1, 15), "0.1.0")
    return Summary(provenance, (table, single), (measures,))


def labels(texts: list[str]) -> list[Label]:
    return [Label(f"r{i}", text, text) for i, text in enumerate(texts)]


def test_csv_and_xlsx_neutralise_formula_like_text() -> None:
    summary = summary_of(labels(list(FORMULA_STARTS)), [[10, 20]] * len(FORMULA_STARTS))
    csv_files = csv_tables(summary_export.build_csv_zip(summary, "en"))
    first_column = [row[0] for row in csv_files["01_admissions_by_month.csv"][2:-4] if row]
    assert first_column[: len(FORMULA_STARTS)] == ["'" + t for t in FORMULA_STARTS]
    measure_csv = csv_files["03_assessment_change.csv"]
    assert any(row and row[0] == "'=CSI 1B" for row in measure_csv)
    sheets = xlsx_sheets(summary_export.build_xlsx(summary, "en"))
    texts = [cell for rows in sheets.values() for row in rows for cell in row
             if isinstance(cell, str)]
    assert texts
    for text in texts:
        assert text[0] not in "=+-@\t\r\u2212\uff1d", text
    # numbers stay numbers (a negative average is not a formula)
    change = sheets["03 assessment_change"]
    assert any(row[2] == pytest.approx(-0.42) for row in change if len(row) > 2)


@given(st.text(min_size=1, max_size=20))
def test_neutralize_never_leaves_a_dangerous_first_character(text: str) -> None:
    out = neutralize(text)
    assert out[0] not in summary_export.DANGEROUS_FIRST
    assert out.endswith(text)


@settings(max_examples=40, deadline=None)
@given(cells=st.lists(st.lists(st.integers(0, 30), min_size=2, max_size=2), min_size=2, max_size=8))
def test_xlsx_and_csv_hold_exactly_the_preview_numbers(cells: list[list[int]]) -> None:
    rows = [Label(f"2025-{m:02d}", f"Month {m}", f"ខែ {m}") for m in range(1, len(cells) + 1)]
    summary = summary_of(rows, cells)
    table = summary.table(ADMISSIONS_BY_MONTH)
    expected = [[HIDDEN if c.value is None else c.value for c in row] for row in table.cells]
    sheet = xlsx_sheets(summary_export.build_xlsx(summary, "en"))["01 admissions_by_month"]
    body = [row for row in sheet[2:] if row and row[0] in [r.en for r in rows]]
    assert [list(r[1:3]) for r in body] == expected
    assert [r[3] for r in body] == [HIDDEN if c.value is None else c.value
                                    for c in table.row_totals]
    total_row = next(r for r in sheet if r and r[0] == "Total")
    assert total_row[3] == (HIDDEN if table.total.value is None else table.total.value)
    csv_rows = csv_tables(summary_export.build_csv_zip(summary, "en"))["01_admissions_by_month.csv"]
    csv_body = [r for r in csv_rows if r and r[0] in [x.en for x in rows]]
    assert [r[1:3] for r in csv_body] == [[str(v) for v in row] for row in expected]


def test_khmer_labels_in_every_format_and_csv_has_a_bom() -> None:
    rows = [Label("2025-01", "January 2025", "មករា 2025"), Label("2025-02", "February 2025", "កុម្ភៈ 2025")]
    summary = summary_of(rows, [[12, 30], [40, 8]])
    data = summary_export.build_csv_zip(summary, "km")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names == ["01_admissions_by_month.csv", "02_nationality.csv",
                         "03_assessment_change.csv"]
        assert archive.read(names[0]).startswith(b"\xef\xbb\xbf")
    csv_rows = csv_tables(data)[names[0]]
    assert csv_rows[0] == ["ការទទួលចូល តាមខែ និងភេទ"]
    assert ["មករា 2025", "12", "30", "42"] in csv_rows
    sheet = xlsx_sheets(summary_export.build_xlsx(summary, "km"))["01 admissions_by_month"]
    assert sheet[1][1:] == ("ស្រី", "ប្រុស", "សរុប") or list(sheet[1][1:4]) == ["ស្រី", "ប្រុស", "សរុប"]


def test_pdf_text_holds_titles_numbers_hidden_marks_and_provenance(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [Label(f"2025-{m:02d}", f"Month {m}", f"ខែ {m}") for m in range(1, 13)]
    cells = [[40 + m, 3 if m == 4 else 20 + m] for m in range(1, 13)]
    summary = summary_of(rows, cells)
    data = summary_export.build_pdf(summary, "en")
    text = pdf_text(data)
    assert "Admissions by month and sex" in text
    assert "Average change per assessment domain" in text
    assert "Period 2025" in text and "smallest published count 5" in text
    assert "Shelter Desktop 0.1.0" in text
    table = summary.table(ADMISSIONS_BY_MONTH)
    shown = [i for i, row in enumerate(table.cells) if not any(c.hidden for c in row)]
    assert shown and len(shown) < 12  # some rows hidden, some published
    lines = [line.strip() for line in text.split("\n")]
    for i in shown:
        assert f"Month {i + 1}" in lines
        assert str(cells[i][0]) in lines and str(sum(cells[i])) in lines
    assert "3" not in lines  # the hidden 3 is never printed
    assert HIDDEN in lines
    (tmp_path / "summary.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "summary.pdf"), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
    khmer = summary_export.build_pdf(summary, "km")
    assert khmer.startswith(b"%PDF") and len(khmer) > 1000


def test_one_column_tables_show_shares_from_published_counts_only() -> None:
    rows = labels(["a", "b", "c", "d"])
    summary = summary_of(rows, [[10, 20], [2, 0], [30, 9], [1, 40]])
    single = summary.table(NATIONALITY)
    csv_rows = csv_tables(summary_export.build_csv_zip(summary, "en"))["02_nationality.csv"]
    assert csv_rows[1] == ["", "Residents", "Share of total (%)"]
    total = single.total.value
    assert total is not None
    for i, row in enumerate(csv_rows[2:6]):
        cell = single.cells[i][0]
        if cell.value is None:
            assert row[1:] == [HIDDEN, HIDDEN]
        else:
            assert row[1:] == [str(cell.value), str(round(100 * cell.value / total, 1))]
    assert any(single.cells[i][0].hidden for i in range(4))
    assert csv_rows[6] == ["Total", str(total), "100.0"]


def test_unknown_format_or_language_is_refused() -> None:
    summary = summary_of(labels(["a", "b"]), [[10, 10], [10, 10]])
    with pytest.raises(ValueError):
        summary_export.render(summary, "docx", "en")
    with pytest.raises(ValueError):
        summary_export.render(summary, "csv", "fr")
