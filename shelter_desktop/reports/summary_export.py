"""Anonymized summaries as files (issue #5): CSV (one file per table, zipped), XLSX and PDF.

Input is a :class:`~shelter_desktop.domain.summary.Summary`, which holds protected tables only
(hidden cells have no value), so nothing here can leak a hidden count. Hidden cells are written
as "x" whatever the reason: the reason shown on screen ("fewer than k" or "protects another
cell") would itself tell a reader which hidden cells are small.

Spreadsheet safety: every text cell that begins with = + - @ (or a look-alike such as the minus
sign U+2212 or a full-width sign), a tab, a carriage return or a line feed is written with a
leading apostrophe, so no spreadsheet runs it as a formula. Numbers stay numbers.

CSV files are UTF-8 with a byte order mark, so Excel shows Khmer. Nothing is written to disk
here: each function returns bytes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.pdfgen.canvas import Canvas

from ..domain.disclosure import Cell, MeasureTable, ProtectedTable
from ..domain.summary import Summary
from . import fonts, layout
from . import summary_labels as words
from .summary_charts import LineChart, is_line_table

FORMATS = ("csv", "xlsx", "pdf")
HIDDEN = "x"
# Characters a spreadsheet may read as the start of a formula (or that hide one).
DANGEROUS_FIRST = frozenset("=+-@\t\r\n\u2212\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66")
FIXED_TIME = datetime(2000, 1, 1)  # XLSX metadata: no time of day leaves with the file


def neutralize(text: str) -> str:
    """A text cell safe for spreadsheets: a leading apostrophe before a formula-like start."""
    if text and text[0] in DANGEROUS_FIRST:
        return "'" + text
    return text


Value = str | int | float


def _cell_value(cell: Cell) -> Value:
    return HIDDEN if cell.value is None else cell.value


def table_rows(table: ProtectedTable, language: str) -> list[list[Value]]:
    """Heading row, one row per label (with its total), and a total row: text and numbers."""
    has_row_totals = table.row_totals is not None
    share = not has_row_totals and len(table.columns) == 1  # one column: its share of the total
    total_word = words.word("total", language)
    header: list[Value] = [""] + [c.text(language) for c in table.columns]
    if has_row_totals:
        header.append(total_word)
    if share:
        header.append(words.word("share", language))
    out: list[list[Value]] = [header]
    for i, label in enumerate(table.rows):
        row: list[Value] = [label.text(language)] + [_cell_value(c) for c in table.cells[i]]
        if table.row_totals is not None:
            row.append(_cell_value(table.row_totals[i]))
        if share:
            percent = table.percent(i, 0)  # None unless the count and the total are published
            row.append(HIDDEN if percent is None and table.cells[i][0].hidden else
                       ("" if percent is None else round(percent, 1)))
        out.append(row)
    if table.column_totals is not None:  # a one-row table's cells are their own totals
        footer: list[Value] = [total_word] + [_cell_value(c) for c in table.column_totals]
        if has_row_totals:
            footer.append(_cell_value(table.total))
        if share:
            footer.append(100.0 if table.total.value else "")
        out.append(footer)
    return out


def measure_rows(table: MeasureTable, language: str) -> list[list[Value]]:
    out: list[list[Value]] = [[words.word("domain", language), words.word("residents", language),
                               words.word("average_change", language)]]
    for row in table.rows:
        out.append([
            row.label.text(language),
            HIDDEN if row.count is None else row.count,
            HIDDEN if row.reason is not None else ("" if row.average is None else row.average),
        ])
    return out


def provenance_lines(summary: Summary, language: str) -> list[str]:
    p = summary.provenance
    lines = [
        words.word("hidden_legend", language, k=p.k),
        words.word("provenance", language, period=p.period.label, k=p.k,
                   date=f"{p.generated_on.year:04d}-{p.generated_on.month:02d}", version=p.app_version),
    ]
    if summary.measures:
        lines.append(words.word("measure_hidden", language, k=p.k))
    return lines


def _sections(summary: Summary, language: str) -> list[tuple[str, str, list[list[Value]]]]:
    """(key, title, rows) of every table in the summary's order."""
    out = []
    for key in summary.keys:
        table = summary.table(key)
        if table is not None:
            out.append((key, words.title(key, language), table_rows(table, language)))
            continue
        measure = summary.measure(key)
        if measure is not None:
            out.append((key, words.title(key, language), measure_rows(measure, language)))
    return out


def _text(value: Value) -> str:
    """A cell of the CSV or XLSX file: without the zero-width spaces that mark where the PDF
    may break a Khmer line (invisible, they would only get in the way of search and sorting),
    and safe for spreadsheets."""
    return neutralize(value.replace(fonts.ZWSP, "")) if isinstance(value, str) else str(value)


# ---- CSV ------------------------------------------------------------------------------------


def build_csv_zip(summary: Summary, language: str = "en") -> bytes:
    words.check_language(language)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, (key, title, rows) in enumerate(_sections(summary, language), 1):
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow([_text(title)])
            for row in rows:
                writer.writerow([_text(v) for v in row])
            writer.writerow([])
            for line in provenance_lines(summary, language):
                writer.writerow([_text(line)])
            info = zipfile.ZipInfo(f"{n:02d}_{key}.csv", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, ("\ufeff" + text.getvalue()).encode("utf-8"))
    return buffer.getvalue()


# ---- XLSX -----------------------------------------------------------------------------------


def build_xlsx(summary: Summary, language: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    words.check_language(language)
    book = Workbook()
    book.properties.creator = "Shelter Desktop"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.remove(book.active)
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="E6E9EE")
    for n, (key, title, rows) in enumerate(_sections(summary, language), 1):
        sheet = book.create_sheet(f"{n:02d} {key}"[:31])
        sheet.append([_text(title)])
        sheet["A1"].font = Font(bold=True, size=12)
        for r, row in enumerate(rows):
            sheet.append([_text(v) if isinstance(v, str) else v for v in row])
            if r == 0:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        for row_cells in sheet.iter_rows(min_row=2, max_row=sheet.max_row):
            for cell in row_cells:
                if cell.value == HIDDEN:
                    cell.fill = grey
                    cell.alignment = Alignment(horizontal="right")
                # Text is stored as text, never as a formula, whatever it starts with.
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        sheet.append([])
        for line in provenance_lines(summary, language):
            sheet.append([_text(line)])
            sheet.cell(sheet.max_row, 1).data_type = "s"
        sheet.column_dimensions["A"].width = 44
        for letter in "BCDEFGHIJ":
            sheet.column_dimensions[letter].width = 14
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---- PDF ------------------------------------------------------------------------------------

BAR = colors.HexColor("#3E6A9A")
PAD = 4.0  # left and right padding of a table cell, points
BAR_PAD = 2.0  # the same in a bar chart
HEADER_SIZES = (8.0, 7.5, 7.0)  # column headings shrink a little before a word has to be cut
KEEP_WHOLE = layout.FRAME_HEIGHT / 2  # a heading and a table up to this tall never split
LEAD_ROWS = 3  # a table that splits starts with its heading, column headings and 3 rows
CHART_GAP = 2 * mm  # between a table and its chart
MIN_BARS = 4  # a long bar chart splits only after at least this many bars


class _Bars(Flowable):
    """A horizontal bar chart of published values (hidden ones have no bar): one row per label,
    label text in shaped paragraphs, bars drawn with reportlab.graphics."""

    def __init__(self, items: Sequence[tuple[str, int | None]], width: float,
                 st: dict) -> None:
        super().__init__()
        self.items = list(items)
        self.width = width
        self.st = st
        self._table: Table | None = None

    def _build(self) -> Table:
        label_w, value_w = self.width * 0.34, self.width * 0.1
        bar_w = self.width - label_w - value_w - 4 * mm
        peak = max([v for _, v in self.items if v is not None] or [0]) or 1
        rows = []
        for text, value in self.items:
            drawing = Drawing(bar_w, 9)
            if value:
                drawing.add(Rect(0, 1.5, max(0.8, bar_w * value / peak), 7,
                                 fillColor=BAR, strokeColor=None))
            shown = HIDDEN if value is None else str(value)
            # A paragraph's width is its cell's less the padding: the width it breaks lines in.
            rows.append([layout.para(text, self.st["small_ink"], label_w - 2 * BAR_PAD), drawing,
                         layout.para(shown, self.st["num"], value_w - 2 * BAR_PAD)])
        table = Table(rows, colWidths=[label_w, bar_w + 4 * mm, value_w])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), BAR_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), BAR_PAD),
        ]))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._table = self._build()
        return self._table.wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        table = self._table or self._build()
        return table.split(available_width, available_height)

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


class ChartBlock(Flowable):
    """A table's chart: a line chart (with its legend and note) or bars.

    It follows its table. A line chart, and a bar chart up to half a page tall, is kept whole:
    when it does not fit under its table it starts the next page. A longer bar chart may split
    between bars, after at least MIN_BARS of them, rather than leave half a page empty. A chart
    (or the rest of one) that starts a page has a caption above it naming its table, whose
    heading is on a page before.
    """

    def __init__(self, chart: Flowable, caption: Paragraph) -> None:
        super().__init__()
        self.chart = chart
        self.caption = caption
        self.captioned = False  # as laid out by the last wrap
        self._top = CHART_GAP

    def _at_page_top(self) -> bool:
        frame = getattr(self, "_frame", None)  # set by the frame while it places a flowable
        return bool(frame is not None and getattr(frame, "_atTop", False))

    def _caption_height(self, available_width: float) -> float:
        return self.caption.wrap(available_width, layout.FRAME_HEIGHT)[1] + 1 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.captioned = self._at_page_top()
        self._top = self._caption_height(available_width) if self.captioned else CHART_GAP
        _w, chart_height = self.chart.wrap(available_width, available_height)
        self.width, self.height = available_width, self._top + chart_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        caption = self._caption_height(available_width)
        _w, chart_height = self.chart.wrap(available_width, layout.FRAME_HEIGHT)
        whole = chart_height + caption <= layout.FRAME_HEIGHT
        if not isinstance(self.chart, _Bars | Table) or (whole and chart_height <= KEEP_WHOLE):
            return []  # whole, at the top of the next page
        top = caption if self._at_page_top() else CHART_GAP
        parts = self.chart.split(available_width, available_height - top)
        if len(parts) < 2 or _row_count(parts[0]) < MIN_BARS:
            return []  # too few bars would fit here: the chart starts the next page
        return [ChartBlock(part, self.caption) for part in parts]

    def draw(self) -> None:
        if self.captioned:
            self.caption.drawOn(self.canv, 0, self.height - self.caption.height)
        self.chart.drawOn(self.canv, 0, 0)


def _row_count(flowable: Flowable) -> int:
    return len(getattr(flowable, "_cellvalues", ()))


def _chart_items(table: ProtectedTable, language: str) -> list[tuple[str, int | None]]:
    if table.row_totals is not None:
        values = [c.value for c in table.row_totals]
    else:
        values = [row[0].value for row in table.cells]
    return [(label.text(language), value) for label, value in zip(table.rows, values, strict=True)]


def _needed_width(text: str, size: float, bold: bool) -> float:
    """The narrowest cell in which no word of ``text`` has to be cut."""
    longest = max((fonts.word_width(w, size, bold) for w in fonts.unbreakable_words(text)),
                  default=0.0)
    return longest / fonts.BREAK_SLACK + 2 * PAD + 0.5


def _fit(needs: list[float], first_share: float) -> list[float] | None:
    """Widths for columns that need at least ``needs``, or None when they do not fit the page.

    The usual layout (the label column ``first_share`` of the page, the number columns equal)
    when every column fits it; else number columns as wide as the widest needs, still equal,
    the label column taking what is left; else every column as wide as it needs, and the room
    left over raising the narrowest ones to one width.
    """
    total = layout.CONTENT_WIDTH
    if len(needs) == 1:
        return [total] if needs[0] <= total else None
    count = len(needs) - 1
    first = total * first_share
    rest = (total - first) / count
    if needs[0] <= first and max(needs[1:]) <= rest:
        return [first] + [rest] * count
    rest = max(needs[1:])
    if total - rest * count >= needs[0]:
        return [total - rest * count] + [rest] * count
    if sum(needs) > total:
        return None
    low, high = 0.0, total  # the level: max(need, level) of every column fills the page
    for _ in range(60):
        level = (low + high) / 2
        low, high = (level, high) if sum(max(n, level) for n in needs) <= total else (low, level)
    widths = [max(n, low) for n in needs]
    widths[0] += total - sum(widths)  # what rounding left
    return widths


def column_widths(rows: list[list[Value]], st: dict,
                  first_share: float | None = None) -> tuple[list[float], float]:
    """Column widths of a PDF table and the font size of its column headings.

    Each column is at least as wide as the longest word of its heading (Khmer words are marked
    with zero-width spaces, see summary_labels) and of its cells, so that a line breaks between
    words; for a table too wide for that, the headings shrink a little, and as a last resort the
    number columns share the page equally (a word then breaks between letters, never inside a
    Khmer cluster: fonts.break_lines).
    """
    share = first_share or (0.34 if len(rows[0]) > 2 else 0.6)

    def needs(header_size: float) -> list[float]:
        out = []
        for c, heading in enumerate(rows[0]):
            need = _needed_width(str(heading), header_size, bold=True)
            for row in rows[1:]:
                style = st["cell"] if c == 0 else st["num"]
                need = max(need, _needed_width(str(row[c]), style.fontSize, bold=c == 0))
            out.append(need)
        return out

    for size in HEADER_SIZES:
        widths = _fit(needs(size), share)
        if widths is not None:
            return widths, size
    total = layout.CONTENT_WIDTH
    first = min(needs(HEADER_SIZES[-1])[0], total * share)
    count = len(rows[0]) - 1
    return [first] + [(total - first) / count] * count, HEADER_SIZES[-1]


def _header_style(st: dict, size: float) -> ParagraphStyle:
    base = st["th"]
    if size == base.fontSize:
        return base
    return fonts.paragraph_style(f"th-{size}", size, bold=True, color=colors.white,
                                 leading=round(base.leading * size / base.fontSize, 1))


def _pdf_table(rows: list[list[Value]], st: dict, has_total_row: bool,
               first_share: float | None = None) -> Table:
    widths, header_size = column_widths(rows, st, first_share)
    header = _header_style(st, header_size)
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            text = "" if value == "" else str(value)
            if r == 0:
                style = header
            elif c == 0:
                style = st["cell_bold"] if (has_total_row and r == len(rows) - 1) else st["cell"]
            else:
                style = st["num"]
            # Lines are broken for the cell's width less its padding: what reportlab gives it.
            cells.append(layout.para(text, style, widths[c] - 2 * PAD))
        body.append(cells)
    table = Table(body, colWidths=widths, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), layout.NAVY),
        ("GRID", (0, 0), (-1, -1), 0.4, layout.RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    if has_total_row:
        commands.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), layout.PANEL))
    for r, row in enumerate(rows[1:], 1):
        for c, value in enumerate(row):
            if value == HIDDEN:
                commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#E6E9EE")))
    table.setStyle(TableStyle(commands))
    return table


def _with_heading(heading: Paragraph, grid: Table) -> list[Flowable]:
    """A heading that stays with its table: both on one page when short; a long table may
    split, but only after its heading, its column headings and its first rows."""
    width = layout.CONTENT_WIDTH
    _w, heading_height = heading.wrap(width, layout.FRAME_HEIGHT)
    _w, grid_height = grid.wrap(width, layout.FRAME_HEIGHT)
    if heading_height + grid_height <= KEEP_WHOLE:
        return [KeepTogether([heading, grid])]
    lead = heading_height + sum(grid._rowHeights[: 1 + LEAD_ROWS])  # heading row and 3 rows
    return [CondPageBreak(lead + 1), heading, grid]


def pdf_styles() -> dict[str, ParagraphStyle]:
    st = layout.styles()
    st["num"] = fonts.paragraph_style("num", 8.5, color=layout.INK, leading=13.5,
                                      alignment=TA_RIGHT)
    st["caption"] = fonts.paragraph_style("chart-caption", 9, bold=True, color=layout.NAVY,
                                          leading=14.5)
    return st


def pdf_story(summary: Summary, language: str = "en") -> list[Flowable]:
    """The flowables of the summary PDF, first page to last."""
    words.check_language(language)
    st = pdf_styles()
    width = layout.CONTENT_WIDTH
    p = summary.provenance
    story: list[Flowable] = [
        layout.para(p.shelter, st["shelter"], width),
        layout.para(words.word("summary_title", language), st["title"], width),
        layout.para(f"{words.word('period', language)}: {p.period.label}", st["value_bold"],
                    width),
    ]
    for line in provenance_lines(summary, language):
        story.append(layout.para(line, st["small"], width))
    story.append(Spacer(1, 4 * mm))
    for key, title, rows in _sections(summary, language):
        table = summary.table(key)
        heading = layout.para(title, st["heading"], width)
        if table is not None:
            story += _with_heading(heading, _pdf_table(rows, st, has_total_row=True))
            if len(table.rows) > 1:
                chart: Flowable
                if is_line_table(table):  # months: one line per column, gaps where hidden
                    chart = LineChart(table, language, width)
                else:
                    chart = _Bars(_chart_items(table, language), width, st)
                caption = layout.para(words.word("chart_of", language, title=title),
                                      st["caption"], width)
                story.append(ChartBlock(chart, caption))
        else:
            story += _with_heading(heading, _pdf_table(rows, st, has_total_row=False,
                                                       first_share=0.62))
        story.append(Spacer(1, 5 * mm))
    return story


def build_pdf(summary: Summary, language: str = "en") -> bytes:
    words.check_language(language)
    st = layout.styles()
    width = layout.CONTENT_WIDTH
    p = summary.provenance
    footer_text = words.word("provenance", language, period=p.period.label, k=p.k,
                             date=f"{p.generated_on.year:04d}-{p.generated_on.month:02d}",
                             version=p.app_version)

    def decorate(canvas: Canvas, info: layout.PageInfo) -> None:
        canvas.saveState()
        y = layout.BOTTOM_MARGIN - 5 * mm
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(layout.MARGIN, y, layout.PAGE_WIDTH - layout.MARGIN, y)
        left, right = width * 0.78, width * 0.22
        row = [layout.para(footer_text, st["footer"], left),
               layout.para(words.word("page", language, page=info.page, pages=info.pages),
                           st["footer_r"], right)]
        grid = layout.plain_table([row], [left, right])
        _, height = grid.wrap(width, layout.BOTTOM_MARGIN)
        grid.drawOn(canvas, layout.MARGIN, y - 1 * mm - height)
        canvas.restoreState()

    return layout.render(pdf_story(summary, language), words.word("summary_title", "en"),
                         decorate)


def render(summary: Summary, file_format: str, language: str = "en") -> bytes:
    if file_format == "csv":
        return build_csv_zip(summary, language)
    if file_format == "xlsx":
        return build_xlsx(summary, language)
    if file_format == "pdf":
        return build_pdf(summary, language)
    raise ValueError(f"format must be one of {FORMATS}")
