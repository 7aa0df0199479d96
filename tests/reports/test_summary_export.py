"""Summary exports: CSV (zip, UTF-8 with BOM), XLSX and PDF hold exactly the preview's numbers,
hidden cells as "x", and no text cell a spreadsheet could run as a formula."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
import zipfile
from datetime import date
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from summary_factories import csv_tables, pdf_text, xlsx_sheets

from shelter_desktop.domain.disclosure import CountTable, Label, protect, protect_measures
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    AGE_BAND_BY_SEX,
    ASSESSMENT_CHANGE,
    EDUCATION,
    EXITS_BY_MONTH,
    EXPLOITATION_TYPE,
    NATIONALITY,
    PROVINCE,
    REFERRAL_SOURCE,
    Provenance,
    Summary,
    year_period,
)
from shelter_desktop.reports import fonts, layout, summary_charts, summary_export
from shelter_desktop.reports import summary_labels as words
from shelter_desktop.reports.fonts import ZWSP
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


# ---- Khmer column headings: line breaks between words, never inside a cluster ---------------

KHMER_MARK = re.compile("[\u17b6-\u17d3\u17dd]")  # vowels, signs and COENG: never start a line
COENG = "\u17d2"
BREAKS = re.compile(f"[ {ZWSP}]")


def column_labels_km() -> list[str]:
    """Every Khmer word of summary_labels that heads a column, or could."""
    return [km for _en, km in words.WORDS.values() if fonts.has_khmer(km)]


def assert_broken_between_clusters(text: str, lines: list[str]) -> None:
    assert BREAKS.sub("", "".join(lines)) == BREAKS.sub("", text)  # nothing lost or added
    for line in lines:
        assert line, (text, lines)
        assert not KHMER_MARK.match(line), (text, lines)  # a mark torn from its consonant
        assert not line.endswith(COENG), (text, lines)  # a subscript torn from its COENG


@pytest.mark.parametrize("size", [7.0, 8.0])
def test_khmer_headings_break_between_words_where_they_fit_and_never_inside_a_cluster(
        size: float) -> None:
    labels_km = column_labels_km()
    assert any(ZWSP in km for km in labels_km)  # the words of Khmer headings are marked
    for text in labels_km:
        words_of = fonts.unbreakable_words(text)
        longest = max(fonts.word_width(w, size, bold=True) for w in words_of)
        # the ends of the words, counted in the text without its spaces and zero-width spaces
        ends, position = set(), 0
        for w in words_of:
            position += len(w)
            ends.add(position)
        for width in range(12, 140, 4):
            lines = fonts.break_lines(text, width, size, bold=True).split("\n")
            assert_broken_between_clusters(text, lines)
            if longest <= width:  # every word fits: lines break between words only
                breaks = list(accumulate(len(BREAKS.sub("", line)) for line in lines))
                assert set(breaks) <= ends, (text, width, lines)


CONSONANT = st.sampled_from([chr(c) for c in range(0x1780, 0x17a3)])
VOWEL = st.sampled_from([chr(c) for c in range(0x17b6, 0x17c6)])
SIGN = st.sampled_from([chr(c) for c in (0x17c6, 0x17c7, 0x17c9, 0x17cb, 0x17cd, 0x17d0, 0x17dd)])


@st.composite
def khmer_cluster(draw) -> str:  # type: ignore[no-untyped-def]
    """A consonant with up to two subscripts (COENG + consonant), a vowel and a sign."""
    out = draw(CONSONANT)
    for _ in range(draw(st.integers(0, 2))):
        out += COENG + draw(CONSONANT)
    out += draw(st.one_of(st.just(""), VOWEL))
    return out + draw(st.one_of(st.just(""), SIGN))


KHMER_WORD = st.lists(khmer_cluster(), min_size=1, max_size=7).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(KHMER_WORD, st.sampled_from([ZWSP, " ", ZWSP, ""])), min_size=1,
                max_size=8),
       st.integers(6, 90))
def test_any_khmer_text_is_cut_between_clusters_only(pieces, width: int) -> None:  # type: ignore[no-untyped-def]
    text = "".join(word + separator for word, separator in pieces).strip(f" {ZWSP}")
    lines = fonts.break_lines(text, width, 8, bold=True).split("\n")
    assert_broken_between_clusters(text, lines)


def exits_rows(language: str, months: int = 12) -> list[list[summary_export.Value]]:
    reasons = [words.label(r, f"exit_{r}") for r in ("reintegrated", "transferred", "absconded",
                                                       "closed")]
    rows = tuple(words.month_label(2025, m) for m in range(1, months + 1))
    table = protect(CountTable(EXITS_BY_MONTH, rows, tuple(reasons),
                               tuple((10 + m, 20, 30 + m, 125) for m in range(months))), 5)
    return summary_export.table_rows(table, language)


def cell_paragraph(cell):  # type: ignore[no-untyped-def]
    return cell[0] if isinstance(cell, list | tuple) else cell


def line_overflows(paragraph) -> list[float]:  # type: ignore[no-untyped-def]
    return [line.extraSpace for line in paragraph.blPara.lines if line.extraSpace < -0.01]


@pytest.mark.parametrize("language", ["km", "en"])
def test_every_heading_word_fits_its_column_and_reportlab_keeps_our_line_breaks(
        language: str) -> None:
    st_ = summary_export.pdf_styles()
    status = [words.label(s) for s in ("planned", "in_progress", "completed", "dropped")]
    education = protect(CountTable(EDUCATION, (words.label("maths"), words.label("english")),
                                   tuple(status), ((10, 11, 12, 13), (14, 15, 16, 17))), 5)
    tables = [exits_rows(language), summary_export.table_rows(education, language)]
    for rows in tables:
        grid = summary_export._pdf_table(rows, st_, has_total_row=True)
        widths = grid._colWidths
        assert sum(widths) == pytest.approx(layout.CONTENT_WIDTH)
        grid.wrap(layout.CONTENT_WIDTH, layout.FRAME_HEIGHT)
        for c, value in enumerate(grid._cellvalues[0]):
            cell = cell_paragraph(value)
            text = str(rows[0][c])
            inner = widths[c] - 2 * summary_export.PAD
            for w in fonts.unbreakable_words(text):
                assert fonts.word_width(w, cell.style.fontSize, bold=True) <= inner, (w, inner)
            # reportlab lays out exactly the lines break_lines made: it cut nothing itself
            # (cutting a shaped word between glyphs prints boxes) and no line runs over
            if fonts.has_khmer(text):  # Latin text is left to reportlab to break
                assert len(cell.blPara.lines) == cell.text.count("<br/>") + 1, text
            assert not line_overflows(cell), text
        for row in grid._cellvalues[1:]:
            for cell in row:
                assert not line_overflows(cell_paragraph(cell))


def test_the_exits_heading_breaks_after_a_whole_word_in_khmer() -> None:
    grid = summary_export._pdf_table(exits_rows("km"), summary_export.pdf_styles(), True)
    heading = cell_paragraph(grid._cellvalues[0][1])
    assert "សមាហរណកម្ម" in BREAKS.sub("", heading.text.split("<br/>")[-1])


def test_column_widths_grow_for_long_words_and_shrink_headings_for_wide_tables() -> None:
    st_ = summary_export.pdf_styles()
    long_word = "បាន\u200bធ្វើ\u200bសមាហរណកម្មសមាហរណកម្ម"  # one long word, 2 short ones
    rows: list[list[summary_export.Value]] = [["", long_word, "Male", "សរុប"],
                                              ["January 2025", 1, 2, 3]]
    widths, size = summary_export.column_widths(rows, st_)
    assert size == 8.0 and sum(widths) == pytest.approx(layout.CONTENT_WIDTH)
    need = fonts.word_width("សមាហរណកម្មសមាហរណកម្ម", 8, bold=True) / fonts.BREAK_SLACK
    assert widths[1] - 2 * summary_export.PAD >= need
    assert widths[2] == widths[3] == widths[1]  # number columns stay equal while they can
    # nine columns of long words: smaller headings, then the page shared out
    wide = [[""] + ["បាន\u200bសមាហរណកម្ម"] * 9, ["a"] + list(range(9))]
    widths, size = summary_export.column_widths(wide, st_)
    assert size < 8.0 and sum(widths) == pytest.approx(layout.CONTENT_WIDTH)
    need = fonts.word_width("សមាហរណកម្ម", size, bold=True) / fonts.BREAK_SLACK
    assert all(w - 2 * summary_export.PAD >= need for w in widths[1:])
    crowded = [[""] + ["សមាហរណកម្មសមាហរណកម្ម"] * 12, ["a"] + list(range(12))]
    widths, size = summary_export.column_widths(crowded, st_)
    assert size == summary_export.HEADER_SIZES[-1]
    assert sum(widths) == pytest.approx(layout.CONTENT_WIDTH)
    grid = summary_export._pdf_table(crowded, st_, has_total_row=False)
    grid.wrap(layout.CONTENT_WIDTH, layout.FRAME_HEIGHT)
    for c, value in enumerate(grid._cellvalues[0][1:], 1):  # cut between clusters, none torn
        cell = cell_paragraph(value)
        lines = [BREAKS.sub("", line) for line in cell.text.split("<br/>")]
        assert len(lines) > 1
        assert not any(KHMER_MARK.match(re.sub("<[^>]+>", "", line)) for line in lines)
        assert not line_overflows(cell), c


def test_csv_and_xlsx_hold_no_zero_width_spaces() -> None:
    rows = [Label("2025-01", "January 2025", "មករា 2025"), Label("2025-02", "February 2025",
                                                                "កុម្ភៈ 2025")]
    columns = [words.label(r, f"exit_{r}") for r in ("reintegrated", "absconded")]
    summary = summary_of(rows, [[12, 30], [40, 8]], columns=columns)
    csv_rows = csv_tables(summary_export.build_csv_zip(summary, "km"))["01_admissions_by_month.csv"]
    assert csv_rows[1][1:3] == ["បានធ្វើសមាហរណកម្ម", "បានចាកចេញដោយមិនជូនដំណឹង"]
    sheets = xlsx_sheets(summary_export.build_xlsx(summary, "km"))
    texts = [cell for rows_ in sheets.values() for row in rows_ for cell in row
             if isinstance(cell, str)]
    assert "បានធ្វើសមាហរណកម្ម" in texts
    assert not any(ZWSP in text for text in texts)
    assert not any(ZWSP in cell for rows_ in csv_tables(
        summary_export.build_csv_zip(summary, "km")).values() for row in rows_ for cell in row)


# ---- page layout: a heading stays with its table, a chart is never split ----------------------


class Recorder(BaseDocTemplate):
    """The summary's page (layout.render) that notes on which page each flowable lands."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), pagesize=layout.A4, leftMargin=layout.MARGIN,
                         rightMargin=layout.MARGIN, topMargin=layout.TOP_MARGIN,
                         bottomMargin=layout.BOTTOM_MARGIN)
        frame = Frame(layout.MARGIN, layout.BOTTOM_MARGIN, layout.CONTENT_WIDTH,
                      layout.FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame])])
        self.placed: list[tuple[int, Flowable]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self.placed.append((self.page, flowable))


def many_tables(first_rows: int) -> Summary:
    """Tables of many sizes, the first ``first_rows`` long, so that the later ones start at
    different heights of their pages; labels are unique, so a row can be found in the text."""
    def rows(prefix: str, n: int) -> tuple[Label, ...]:
        return tuple(Label(f"{prefix}{i}", f"{prefix} row {i:02d}", f"{prefix} ជួរ {i:02d}")
                     for i in range(1, n + 1))

    def table(key: str, prefix: str, n: int, columns: tuple[Label, ...]):  # type: ignore[no-untyped-def]
        return protect(CountTable(key, rows(prefix, n), columns,
                                  tuple(tuple(10 + i + j for j in range(len(columns)))
                                        for i in range(n))), 5)

    sexes = (words.label("female"), words.label("male"))
    one = (words.label("residents"),)
    status = tuple(words.label(s) for s in ("planned", "in_progress", "completed", "dropped"))
    months = tuple(words.month_label(2025, m) for m in range(1, 13))
    reasons = tuple(words.label(r, f"exit_{r}") for r in ("reintegrated", "transferred",
                                                          "absconded", "closed"))
    tables = (
        table(AGE_BAND_BY_SEX, "Age", first_rows, sexes),
        protect(CountTable(EXITS_BY_MONTH, months, reasons,
                           tuple((10 + m, 12, 14, 16) for m in range(12))), 5),
        table(NATIONALITY, "Nat", 16, one),
        table(PROVINCE, "Prov", 30, one),
        table(REFERRAL_SOURCE, "Ref", 18, one),
        table(EXPLOITATION_TYPE, "Exp", 9, one),
        table(EDUCATION, "Edu", 20, status),
    )
    provenance = Provenance("Demo Shelter", year_period(2025, date(2026, 1, 1)), 5,
                            date(2026, 1, 15), "0.1.0")
    return Summary(provenance, tables, ())


def placed_charts(summary: Summary, language: str) -> list[list[tuple[int, Flowable]]]:
    """Lay the summary out; check that each heading is on the page of its table's first rows
    and return, per table, the parts of its chart with their pages."""
    document = Recorder()
    document.build(summary_export.pdf_story(summary, language))
    headings = {BREAKS.sub("", words.title(key, language)) for key in summary.keys}
    heading_page = table_page = None
    first_part = False
    charts: list[list[tuple[int, Flowable]]] = []
    for page, flowable in document.placed:
        if isinstance(flowable, Paragraph) and flowable.style.name.startswith("heading"):
            assert BREAKS.sub("", re.sub("<[^>]+>", "", flowable.text)) in headings
            heading_page, first_part = page, True
            charts.append([])
        elif isinstance(flowable, Table):
            if first_part:  # the heading, the column headings and the first rows, together
                assert page == heading_page
                assert len(flowable._cellvalues) >= 2
            first_part = False
            table_page = page
        elif isinstance(flowable, summary_export.ChartBlock):
            parts = charts[-1]
            if not parts:  # a chart that starts a page away from its table names its table
                assert flowable.captioned == (page != table_page)
            else:  # the rest of a long bar chart: on the next page, named again
                assert page == parts[-1][0] + 1 and flowable.captioned
            parts.append((page, flowable))
    assert len(charts) == len(summary.keys)
    return charts


@pytest.mark.parametrize("first_rows", [2, 9, 17, 24, 31, 38])
@pytest.mark.parametrize("language", ["en", "km"])
def test_headings_stay_with_their_tables_and_charts_keep_their_legends(
        language: str, first_rows: int) -> None:
    summary = many_tables(first_rows)
    charts = placed_charts(summary, language)
    in_order = [summary.table(key) for key in summary.keys]
    for table, parts in zip(in_order, charts, strict=True):
        assert table is not None and parts  # every table has its chart
        if summary_charts.is_line_table(table):  # legend and note included: never split
            assert len(parts) == 1 and isinstance(parts[0][1].chart, summary_charts.LineChart)
        elif len(parts) > 1:  # only a long bar chart splits, after enough bars
            height = sum(block.chart.wrap(layout.CONTENT_WIDTH, layout.FRAME_HEIGHT)[1]
                         for _page, block in parts)
            assert height > summary_export.KEEP_WHOLE
            assert summary_export._row_count(parts[0][1].chart) >= summary_export.MIN_BARS


def test_a_bar_chart_longer_than_a_page_continues_on_the_next_page_under_a_caption() -> None:
    rows = tuple(Label(f"p{i}", f"Place {i:02d}", f"ទី {i:02d}") for i in range(60))
    table = protect(CountTable(PROVINCE, rows, (words.label("residents"),),
                               tuple((10 + i,) for i in range(60))), 5)
    provenance = Provenance("Demo Shelter", year_period(2025, date(2026, 1, 1)), 5,
                            date(2026, 1, 15), "0.1.0")
    for language in ("en", "km"):
        [parts] = placed_charts(Summary(provenance, (table,), ()), language)
        assert len(parts) >= 2
        assert sum(summary_export._row_count(block.chart) for _page, block in parts) == 60
        assert all(block.captioned for _page, block in parts[1:])


def test_the_pdf_text_has_each_heading_on_the_page_of_its_first_row() -> None:
    from pypdf import PdfReader

    for first_rows in (5, 23, 33):
        summary = many_tables(first_rows)
        pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in
                 PdfReader(io.BytesIO(summary_export.build_pdf(summary, "en"))).pages]
        for table in summary.tables:
            title = words.title(table.key, "en")
            first = table.rows[0].en
            heading_page = next(i for i, text in enumerate(pages) if title in text)
            row_page = next(i for i, text in enumerate(pages) if first in text)
            assert heading_page == row_page, (first_rows, title)
