"""What the care plan and the blank forms share: the A4 page, colours, styles, tick boxes,
writing lines, and a canvas that numbers pages per document part ("page 2 of 3" of each plan in a
batch) and draws the footer once the page count is known."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from . import fonts, labels

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
TOP_MARGIN = 20 * mm  # room for the running header on continuation pages
BOTTOM_MARGIN = 17 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

INK = colors.HexColor("#1B2430")
NAVY = colors.HexColor("#1B365D")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#C9D1DB")
PANEL = colors.HexColor("#F2F5F8")
ALERT = colors.HexColor("#B42318")
WRITING = colors.HexColor("#8A94A3")


def styles() -> dict[str, ParagraphStyle]:
    style = fonts.paragraph_style
    return {
        "shelter": style("shelter", 10, bold=True, color=MUTED, leading=16),
        "alert": style("alert", 8.5, bold=True, color=ALERT, leading=14, alignment=TA_RIGHT),
        "title": style("title", 17, bold=True, color=NAVY, leading=27),
        "heading": style("heading", 11.5, bold=True, color=NAVY, leading=19),
        "subheading": style("subheading", 10, bold=True, color=INK, leading=16),
        "label": style("label", 8, color=MUTED, leading=13),
        "value": style("value", 10, color=INK, leading=16),
        "value_bold": style("value_bold", 10, bold=True, color=INK, leading=16),
        "body": style("body", 9, color=INK, leading=14.5),
        "small": style("small", 7.5, color=MUTED, leading=12),
        "small_ink": style("small_ink", 8, color=INK, leading=13),
        "cell": style("cell", 8.5, color=INK, leading=13.5),
        "cell_bold": style("cell_bold", 8.5, bold=True, color=INK, leading=13.5),
        "th": style("th", 8, bold=True, color=colors.white, leading=12.5),
        "score": style("score", 10, bold=True, color=INK, leading=14, alignment=TA_CENTER),
        "footer": style("footer", 7.5, color=MUTED, leading=12),
        "footer_c": style("footer_c", 7.5, bold=True, color=ALERT, leading=12,
                          alignment=TA_CENTER),
        "footer_r": style("footer_r", 7.5, color=MUTED, leading=12, alignment=TA_RIGHT),
        "running": style("running", 7.5, color=MUTED, leading=12),
        "running_r": style("running_r", 7.5, color=MUTED, leading=12, alignment=TA_RIGHT),
    }


def para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """Plain text (any mix of Khmer and English) as a Paragraph that breaks between words."""
    return fonts.paragraph(text, style, width)


def plain_table(rows: list[list[Any]], widths: Sequence[float], *commands: tuple) -> Table:
    table = Table(rows, colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # never the default, Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *commands,
            ]
        )
    )
    return table


class Choice(Flowable):
    """An empty tick box with its label beside it, for ticking by hand."""

    BOX = 3.6 * mm
    GAP = 1.8 * mm

    def __init__(self, text: str, style: ParagraphStyle, number: str = "") -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.number = number  # e.g. the score, printed bold between the box and the text
        self._para: Paragraph | None = None
        self._height = 0.0

    def _number_width(self) -> float:
        if not self.number:
            return 0.0
        return fonts.word_width(self.number, self.style.fontSize, bold=True) + self.GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        text_width = max(1.0, available_width - self.BOX - self.GAP - self._number_width())
        self._para = fonts.paragraph(self.text, self.style, text_width)
        _, height = self._para.wrap(text_width, available_height)
        self._height = max(height, self.BOX + 2)
        self.width = available_width
        return available_width, self._height

    def draw(self) -> None:
        canvas = self.canv
        leading = self.style.leading
        # The box sits on the first line of text, centred on its letters.
        box_bottom = self._height - leading / 2 - self.BOX / 2 - 1
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, box_bottom, self.BOX, self.BOX, stroke=1, fill=0)
        canvas.restoreState()
        assert self._para is not None
        left = self.BOX + self.GAP
        if self.number:
            canvas.saveState()
            canvas.setFont(fonts.LATIN_BOLD, self.style.fontSize)
            canvas.setFillColor(INK)
            canvas.drawString(left, box_bottom + 1, self.number)
            canvas.restoreState()
            left += self._number_width()
        self._para.drawOn(canvas, left, self._height - self._para.height)


class WritingLines(Flowable):
    """``count`` ruled lines to write on by hand."""

    def __init__(self, count: int, spacing: float = 8 * mm, width: float | None = None) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.fixed_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.fixed_width or available_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(WRITING)
        canvas.setLineWidth(0.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.spacing + 1
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class Box(Flowable):
    """An empty bordered box to write in (a comment box)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(WRITING)
        canvas.setLineWidth(0.6)
        canvas.roundRect(0, 0, self.width, self.height, 1.2 * mm, stroke=1, fill=0)
        canvas.restoreState()


class PartStart(Flowable):
    """Marks where a part of the document (one care plan of a batch) begins: pages are
    numbered within each part."""

    def __init__(self, part: int, on_draw: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.part = part
        self.on_draw = on_draw

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._shelter_part = self.part  # type: ignore[attr-defined]
        if self.on_draw is not None:
            self.on_draw(self.part)  # may raise to stop a long job (cancel)


@dataclass(frozen=True)
class PageInfo:
    part: int
    page: int  # within the part, from 1
    pages: int  # pages of the part


Decorate = Callable[[Canvas, PageInfo], None]


def _canvas_class(decorate: Decorate) -> type[Canvas]:
    class PartNumberedCanvas(Canvas):
        """Keeps each page until the end, then draws the header and footer knowing how many
        pages each part has (the well-known two-pass "page X of Y" canvas)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._shelter_part = 0
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(state["_shelter_part"] for state in self._pages)
            seen: Counter[int] = Counter()
            for state in self._pages:
                self.__dict__.update(state)
                part = state["_shelter_part"]
                seen[part] += 1
                decorate(self, PageInfo(part, seen[part], totals[part]))
                Canvas.showPage(self)
            Canvas.save(self)

    return PartNumberedCanvas


def footer(
    canvas: Canvas, info: PageInfo, language: str, left_text: str, st: dict[str, ParagraphStyle]
) -> None:
    """Printed date (and who printed), "Confidential", and "page X of Y" at the page foot."""
    canvas.saveState()
    y = BOTTOM_MARGIN - 5 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
    third = CONTENT_WIDTH / 3
    widths = [third * 1.35, third * 0.6, third * 1.05]
    row = [
        para(left_text, st["footer"], widths[0]),
        para(labels.word("confidential", language).upper(), st["footer_c"], widths[1]),
        para(
            labels.word("page", language, page=info.page, pages=info.pages),
            st["footer_r"], widths[2],
        ),
    ]
    table = plain_table([row], widths, ("RIGHTPADDING", (0, 0), (0, 0), 4))
    _, height = table.wrap(CONTENT_WIDTH, BOTTOM_MARGIN)
    table.drawOn(canvas, MARGIN, y - 1 * mm - height)
    canvas.restoreState()


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a space to at most ``limit`` characters, with "…" when cut (running
    headers stay one line)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def running_header(
    canvas: Canvas, left: str, right: str, st: dict[str, ParagraphStyle]
) -> None:
    """A one-line reminder at the top of a continuation page: whose document this is."""
    canvas.saveState()
    half = CONTENT_WIDTH / 2
    table = plain_table(
        [[para(left, st["running"], half), para(right, st["running_r"], half)]], [half, half]
    )
    _, height = table.wrap(CONTENT_WIDTH, TOP_MARGIN)
    y = PAGE_HEIGHT - TOP_MARGIN + 3 * mm
    table.drawOn(canvas, MARGIN, y)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 1, PAGE_WIDTH - MARGIN, y - 1)
    canvas.restoreState()


def render(story: list[Flowable], title: str, decorate: Decorate) -> bytes:
    """Lay ``story`` out on A4 pages in memory and return the PDF bytes.

    The metadata names the kind of document only: never a resident or the shelter.
    """
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author="Shelter Desktop",
        subject="",
        creator="Shelter Desktop",
        keywords="",
        initialFontName=fonts.LATIN,
    )
    frame = Frame(
        MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH, FRAME_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page",
    )  # fmt: skip
    document.addPageTemplates([PageTemplate("page", [frame])])
    document.build(story, canvasmaker=_canvas_class(decorate))
    return buffer.getvalue()


def header_block(
    shelter_name: str, title: str, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Shelter name and "CONFIDENTIAL" on one line, then the document's title."""
    left, right = CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3
    size = fonts.size_to_fit_words(shelter_name, left, st["shelter"].fontSize, 7.5, bold=True)
    shelter_style = fonts.paragraph_style(
        f"shelter-{size}", size, bold=True, color=MUTED, leading=round(size * 1.6, 1)
    )
    top = plain_table(
        [[
            para(shelter_name, shelter_style, left),
            para(labels.word("confidential", language).upper(), st["alert"], right),
        ]],
        [left, right],
    )  # fmt: skip
    return [top, para(title, st["title"], CONTENT_WIDTH)]


def signature_lines(
    parties: Sequence[str], language: str, st: dict[str, ParagraphStyle]
) -> Table:
    """For each party (already in ``language``): lines to write a name, sign and date on."""
    gap = 5 * mm
    widths = [36 * mm, 58 * mm, gap, 48 * mm, gap, 28 * mm]
    rows: list[list[Any]] = []
    commands: list[tuple] = []
    for index, party in enumerate(parties):
        line_row, caption_row = 2 * index, 2 * index + 1
        rows.append([para(party, st["subheading"], widths[0] - 4), "", "", "", "", ""])
        rows.append([
            "",
            para(labels.word("name", language), st["small"], widths[1]), "",
            para(labels.word("signature", language), st["small"], widths[3]), "",
            para(labels.word("date", language), st["small"], widths[5]),
        ])  # fmt: skip
        commands += [
            ("TOPPADDING", (0, line_row), (-1, line_row), 9 * mm if index else 7 * mm),
            ("VALIGN", (0, line_row), (0, line_row), "BOTTOM"),
            ("LINEBELOW", (1, line_row), (1, line_row), 0.6, INK),
            ("LINEBELOW", (3, line_row), (3, line_row), 0.6, INK),
            ("LINEBELOW", (5, line_row), (5, line_row), 0.6, INK),
            ("TOPPADDING", (0, caption_row), (-1, caption_row), 1),
        ]
    return plain_table(rows, widths, *commands)


@dataclass(frozen=True)
class ResidentHeader:
    """Who a blank form is printed for, when it is printed for someone."""

    case_number: str
    name_khmer: str
    name_latin: str


class TickBox(Flowable):
    """One empty tick box, centred in its cell."""

    BOX = 4.2 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.BOX + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect((self.width - self.BOX) / 2, 1, self.BOX, self.BOX, stroke=1, fill=0)
        canvas.restoreState()


def fill_in_fields(
    fields: Sequence[tuple[str, str]], language: str, st: dict[str, ParagraphStyle],
    columns: int = 2,
) -> Table:  # fmt: skip
    """Label and value pairs; an empty value leaves a line to write on by hand.

    ``fields`` hold label keys of :mod:`labels` and the printed value ("" for a blank line).
    """
    label_w = 31 * mm
    value_w = CONTENT_WIDTH / columns - label_w
    rows: list[list[Any]] = []
    commands: list[tuple] = []
    for start in range(0, len(fields), columns):
        row: list[Any] = []
        for offset, (key, value) in enumerate(fields[start : start + columns]):
            column = 2 * offset
            row.append(para(labels.stacked(key, language), st["label"], label_w - 4))
            row.append(para(value, st["value_bold"], value_w - 8) if value else "")
            line_at = (column + 1, len(rows))
            commands.append(("LINEBELOW", line_at, line_at, 0.6, INK if not value else RULE))
        while len(row) < 2 * columns:
            row.append("")
        rows.append(row)
    commands += [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 8),
    ]
    return plain_table(rows, [label_w, value_w] * columns, *commands)


def resident_fields(resident: ResidentHeader | None) -> list[tuple[str, str]]:
    if resident is None:
        return [("name_khmer", ""), ("case_number", ""), ("name_latin", "")]
    return [
        ("name_khmer", resident.name_khmer),
        ("case_number", resident.case_number),
        ("name_latin", resident.name_latin),
    ]


def form_decorate(
    shelter_name: str, title: str, language: str, printed_on_text: str,
    resident: ResidentHeader | None, st: dict[str, ParagraphStyle],
) -> Decorate:  # fmt: skip
    def decorate(canvas: Canvas, info: PageInfo) -> None:
        if info.page > 1:
            right = ""
            if resident is not None:
                name = resident.name_latin
                if language == "km" and resident.name_khmer:
                    name = resident.name_khmer
                right = f"{resident.case_number} · {shorten(name, 40)}"
            running_header(canvas, f"{shelter_name} · {title}", right, st)
        footer(canvas, info, language, printed_on_text, st)

    return decorate
