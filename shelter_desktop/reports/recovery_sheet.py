"""The printable recovery sheet: one A4 page, English and Khmer, with the recovery key.

The page holds the shelter's name and code, the day, the database identifier and the key, and
nothing else: no staff or resident names, no passwords, and no copy of the key in the metadata.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..atomic_file import write_atomically
from ..domain.recovery_key import format_recovery_key, parse_recovery_key
from ..domain.recovery_sheet import RecoverySheet
from . import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
TOP_MARGIN = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
COLUMN_GAP = 7 * mm
TEXT_COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2
DETAIL_LABEL_WIDTH = 62 * mm
NAME_WIDTH = CONTENT_WIDTH - DETAIL_LABEL_WIDTH

INK = colors.HexColor("#1B2430")
NAVY = colors.HexColor("#1B365D")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#C9D1DB")
PANEL = colors.HexColor("#F2F5F8")
ALERT = colors.HexColor("#B42318")

KEY_COLUMNS = 4
NAME_HEIGHT = 40.0  # points: two lines at 12.5 pt, three at 7.5 pt
NAME_SMALLEST = 7.5
KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as recovery_key writes

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_KM = (
    "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
    "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
)  # fmt: skip
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")

def _km(text: str) -> str:
    """Khmer source text with "|" between words, which becomes a zero-width space."""
    return text.replace("|", fonts.ZWSP)


# The printed words. Khmer puts spaces only between phrases and marks word boundaries with
# zero-width spaces (written "|" here), where fonts.break_lines may break a line.
TITLE_EN = "Recovery key sheet"
TITLE_KM = "សន្លឹក|កូនសោសង្គ្រោះ"
CONFIDENTIAL = "CONFIDENTIAL · សម្ងាត់"
LABELS = (
    ("Shelter", "មណ្ឌល"),
    ("Shelter code", "លេខកូដ|មណ្ឌល"),
    ("Made on", "ថ្ងៃ|បង្កើត"),
    ("Database ID", "លេខសម្គាល់|មូលដ្ឋាន|ទិន្នន័យ"),
)
KEY_HEADING = ("Recovery key", "កូនសោសង្គ្រោះ")
KEY_HINT_EN = (
    "Type the 11 groups in order. Dashes, spaces and small or capital letters make no "
    "difference."
)
KEY_HINT_KM = (
    "សូម|វាយ|ក្រុម|ទាំង ១១ តាម|លំដាប់|លេខ។ សញ្ញា|ភ្ជាប់ (-) ដកឃ្លា និង|អក្សរ|តូច ឬ|"
    "អក្សរ|ធំ មិន|ប៉ះពាល់|អ្វី|ទេ។"
)
# (heading, paragraphs, bullets) per section, English then Khmer.
Section = tuple[str, Sequence[str], Sequence[str]]
SECTIONS_EN: Sequence[Section] = (
    (
        "What this key is",
        (
            "This key opens the shelter's encrypted database. You need it to open the records "
            "on another computer, or on this computer if its password store is lost or reset. "
            "Shelter Desktop shows the key only once, when the database is made.",
        ),
        (),
    ),
    (
        "Keep it safe",
        (),
        (
            "Keep this sheet locked away, for example in a safe or a locked drawer, and never "
            "near the computer.",
            "Never save the key on a computer, never photograph it, and never send it by email "
            "or message.",
            "Anyone who has this key and a staff password could read the residents' records.",
        ),
    ),
    (
        "If this sheet is lost",
        (
            "The program still opens on this computer as long as its password store works. "
            "But Shelter Desktop cannot yet make a new recovery key, so without this sheet "
            "nobody can open the records anywhere else. Keep it safe.",
            "If you think someone else has seen or copied it, tell the shelter manager at once.",
        ),
        (),
    ),
)
SECTIONS_KM: Sequence[Section] = (
    (
        "កូនសោ|នេះ|ជា|អ្វី",
        (
            "កូនសោ|នេះ|ប្រើ|សម្រាប់|បើក|មូលដ្ឋាន|ទិន្នន័យ|ដែល|បាន|អ៊ិនគ្រីប|របស់|មណ្ឌល។ "
            "អ្នក|ត្រូវការ|វា ដើម្បី|បើក|កំណត់ត្រា|នៅ|លើ|កុំព្យូទ័រ|ផ្សេង ឬ|នៅ|លើ|កុំព្យូទ័រ|នេះ "
            "ប្រសិនបើ|កន្លែង|រក្សាទុក|ពាក្យសម្ងាត់|របស់|វា|បាត់ ឬ|ត្រូវ|បាន|កំណត់|ឡើងវិញ។ "
            "កម្មវិធី Shelter Desktop បង្ហាញ|កូនសោ|នេះ|តែ|ម្តង|គត់ នៅ|ពេល|បង្កើត|មូលដ្ឋាន|"
            "ទិន្នន័យ។",
        ),
        (),
    ),
    (
        "រក្សាទុក|ឱ្យ|មាន|សុវត្ថិភាព",
        (),
        (
            "ទុក|សន្លឹក|នេះ|ក្នុង|កន្លែង|ដែល|ចាក់សោ ដូចជា|ទូដែក ឬ|ថតតុ|ដែល|ចាក់សោ ហើយ|កុំ|ទុក|"
            "វា|នៅ|ជិត|កុំព្យូទ័រ។",
            "កុំ|រក្សាទុក|កូនសោ|នេះ|នៅ|លើ|កុំព្យូទ័រ កុំ|ថតរូប|វា ហើយ|កុំ|ផ្ញើ|វា|តាម|អ៊ីមែល ឬ|"
            "តាម|សារ។",
            "អ្នក|ណា|ដែល|មាន|កូនសោ|នេះ និង|ពាក្យសម្ងាត់|របស់|បុគ្គលិក|ណា|ម្នាក់ អាច|អាន|"
            "កំណត់ត្រា|របស់|អ្នកស្នាក់នៅ|បាន។",
        ),
    ),
    (
        "ប្រសិនបើ|សន្លឹក|នេះ|បាត់",
        (
            "កម្មវិធី|នៅតែ|បើក|បាន|នៅ|លើ|កុំព្យូទ័រ|នេះ ដរាបណា|កន្លែង|រក្សាទុក|ពាក្យសម្ងាត់|"
            "របស់|វា|នៅ|ដំណើរការ។ ប៉ុន្តែ Shelter Desktop មិន|ទាន់|អាច|បង្កើត|កូនសោសង្គ្រោះ|"
            "ថ្មី|បាន|ទេ ដូច្នេះ|បើ|គ្មាន|សន្លឹក|នេះ គ្មាន|នរណា|ម្នាក់|អាច|បើក|កំណត់ត្រា|នៅ|"
            "កន្លែង|ផ្សេង|បាន|ឡើយ។ សូម|រក្សា|វា|ឱ្យបានល្អ។",
            "ប្រសិនបើ|អ្នក|គិត|ថា មាន|នរណា|ម្នាក់|ផ្សេង|បាន|ឃើញ ឬ|ចម្លង|វា សូម|ប្រាប់|"
            "អ្នកគ្រប់គ្រង|មណ្ឌល|ភ្លាមៗ។",
        ),
        (),
    ),
)
FOOTER_EN = "Keep this sheet locked away."
FOOTER_KM = "ទុក|សន្លឹក|នេះ|ក្នុង|កន្លែង|ដែល|ចាក់សោ។"


def date_en(day: datetime.date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def date_km(day: datetime.date) -> str:
    def digits(n: int) -> str:
        return str(n).translate(_KHMER_DIGITS)

    return f"ថ្ងៃទី{digits(day.day)} ខែ{_MONTHS_KM[day.month - 1]} ឆ្នាំ{digits(day.year)}"


class KeyGrid(Flowable):
    """The key's groups in numbered boxes, each character centred in an equal slot.

    The bundled fonts have no monospace face; equal slots give the same even, easy-to-copy rhythm.
    """

    def __init__(self, groups: Sequence[str], width: float) -> None:
        super().__init__()
        self.groups = list(groups)
        self.width = width
        self.columns = KEY_COLUMNS
        self.rows = -(-len(self.groups) // self.columns)
        self.padding = 3 * mm
        self.gap = 2.5 * mm
        self.label_height = 9.0
        inner = width - 2 * self.padding - (self.columns - 1) * self.gap
        self.box_width = inner / self.columns
        self.inset = 3 * mm
        self.slot = (self.box_width - 2 * self.inset) / 5
        widest = max(pdfmetrics.stringWidth(ch, fonts.LATIN_BOLD, 1) for ch in KEY_ALPHABET)
        self.font_size = min(20.0, self.slot / (widest * 1.08))
        self.box_height = self.font_size * 1.65
        self.row_height = self.label_height + self.box_height
        self.height = 2 * self.padding + self.rows * self.row_height + (self.rows - 1) * self.gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(PANEL)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(0, 0, self.width, self.height, 3 * mm, stroke=1, fill=1)
        for index, group in enumerate(self.groups):
            row, column = divmod(index, self.columns)
            x = self.padding + column * (self.box_width + self.gap)
            top = self.height - self.padding - row * (self.row_height + self.gap)
            box_bottom = top - self.row_height
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.LATIN, 7.5)
            canvas.drawString(x + 1.5, top - 7.5, str(index + 1))
            canvas.setFillColor(colors.white)
            canvas.setStrokeColor(NAVY)
            canvas.setLineWidth(1.2)
            canvas.roundRect(x, box_bottom, self.box_width, self.box_height, 1.5 * mm, 1, 1)
            canvas.setFillColor(INK)
            canvas.setFont(fonts.LATIN_BOLD, self.font_size)
            # Cap height of Noto Sans is 0.714 em: centre the capitals and digits in the box.
            baseline = box_bottom + (self.box_height - self.font_size * 0.714) / 2
            for slot, character in enumerate(group):
                centre = x + self.inset + (slot + 0.5) * self.slot
                canvas.drawCentredString(centre, baseline, character)
        canvas.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    style = fonts.paragraph_style
    return {
        "brand": style("brand", 8, bold=True, color=MUTED, leading=12),
        "alert": style("alert", 8, bold=True, color=ALERT, leading=12, alignment=TA_RIGHT),
        "title_en": style("title_en", 21, bold=True, color=NAVY, leading=25),
        "title_km": style("title_km", 16, bold=True, color=NAVY, leading=24),
        "label": style("label", 8.5, color=MUTED, leading=13.5),
        "value": style("value", 10.5, color=INK, leading=16),
        "value_small": style("value_small", 8.5, color=MUTED, leading=13),
        "heading": style("heading", 11.5, bold=True, color=NAVY, leading=19),
        "hint_en": style("hint_en", 8.5, color=MUTED, leading=12),
        "hint_km": style("hint_km", 9, color=MUTED, leading=16),
        "section_en": style("section_en", 10, bold=True, color=NAVY, leading=14, spaceAfter=3),
        "section_km": style("section_km", 10.5, bold=True, color=NAVY, leading=16, spaceAfter=1),
        "body_en": style("body_en", 9, color=INK, leading=12.5, spaceAfter=3),
        "body_km": style("body_km", 9.5, color=INK, leading=15, spaceAfter=2),
        "bullet_en": style("bullet_en", 9, color=INK, leading=12.5, spaceAfter=2, leftIndent=9),
        "bullet_km": style("bullet_km", 9.5, color=INK, leading=15, spaceAfter=1, leftIndent=9),
        "footer": style("footer", 7.5, color=MUTED, leading=12),
    }


def _section(section: Section, language: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    heading, paragraphs, bullets = section
    width = TEXT_COLUMN_WIDTH
    cell: list[Flowable] = [fonts.paragraph(_km(heading), st[f"section_{language}"], width)]
    cell += [fonts.paragraph(_km(text), st[f"body_{language}"], width) for text in paragraphs]
    for text in bullets:
        item = fonts.paragraph(_km(text), st[f"bullet_{language}"], width)
        item.bulletText = "•"
        cell.append(item)
    return cell


def _padded(table: Table, *commands: tuple) -> Table:
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # not the default, Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *commands,
            ]
        )
    )
    return table


def _header(st: dict[str, ParagraphStyle]) -> list[Flowable]:
    top = Table(
        [
            [
                fonts.paragraph("SHELTER DESKTOP", st["brand"]),
                fonts.paragraph(_km(CONFIDENTIAL), st["alert"]),
            ]
        ],
        colWidths=[CONTENT_WIDTH / 2] * 2,
    )
    return [
        _padded(top),
        Spacer(1, 1.5 * mm),
        fonts.paragraph(TITLE_EN, st["title_en"]),
        fonts.paragraph(_km(TITLE_KM), st["title_km"], CONTENT_WIDTH),
        Spacer(1, 3 * mm),
    ]


def _name_paragraph(name: str, size: float) -> Paragraph:
    style = fonts.paragraph_style(f"name-{size}", size, bold=True, color=INK)
    return fonts.paragraph(name, style, NAME_WIDTH)


def _name_height(name: str, size: float) -> float:
    return _name_paragraph(name, size).wrap(NAME_WIDTH, PAGE_HEIGHT)[1]


def _fit_name(name: str) -> Paragraph:
    """The shelter's name within NAME_HEIGHT (two lines of full-size type), smaller if long.

    A name too long even at the smallest size (the program accepts none: it allows 200
    characters) is cut at a space and ends with an ellipsis, so the sheet always stays one page.
    """
    size = 12.5
    while True:
        # Smaller type rather than a word cut between glyphs.
        size = fonts.size_to_fit_words(name, NAME_WIDTH, size, NAME_SMALLEST, bold=True)
        if _name_height(name, size) <= NAME_HEIGHT:
            return _name_paragraph(name, size)
        if size <= NAME_SMALLEST:
            break
        size -= 0.5
    low, high = 1, len(name)  # the longest prefix that fits lies in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if _name_height(name[:middle] + "…", size) <= NAME_HEIGHT:
            low = middle
        else:
            high = middle
    cut = name[:low]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return _name_paragraph(cut.rstrip() + "…", size)


def _details(sheet: RecoverySheet, st: dict[str, ParagraphStyle]) -> Table:
    values = [
        _fit_name(sheet.shelter_name),
        fonts.paragraph(sheet.shelter_code, st["value"]),
        fonts.paragraph(
            f"{date_en(sheet.created_on)}   ·   {date_km(sheet.created_on)}", st["value"]
        ),
        fonts.paragraph(sheet.database_id, st["value_small"]),
    ]
    rows = [
        [fonts.paragraph(_km(f"{en}  ·  {km}"), st["label"]), value]
        for (en, km), value in zip(LABELS, values, strict=True)
    ]
    return _padded(
        Table(rows, colWidths=[DETAIL_LABEL_WIDTH, CONTENT_WIDTH - DETAIL_LABEL_WIDTH]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    )


def _key(groups: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [
        fonts.paragraph(_km(f"{KEY_HEADING[0]}  ·  {KEY_HEADING[1]}"), st["heading"]),
        Spacer(1, 1 * mm),
        KeyGrid(groups, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
        fonts.paragraph(KEY_HINT_EN, st["hint_en"]),
        fonts.paragraph(_km(KEY_HINT_KM), st["hint_km"], CONTENT_WIDTH),
    ]


def _explanation(st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [_section(en, "en", st), _section(km, "km", st)]
        for en, km in zip(SECTIONS_EN, SECTIONS_KM, strict=True)
    ]
    half = COLUMN_GAP / 2
    return _padded(
        Table(rows, colWidths=[TEXT_COLUMN_WIDTH + half] * 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (0, -1), half),
        ("LEFTPADDING", (1, 0), (1, -1), half),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
    )


def _story(sheet: RecoverySheet) -> list[Flowable]:
    st = _styles()
    # Print the key as the program writes it, whatever spacing or case it was handed in.
    groups = format_recovery_key(parse_recovery_key(sheet.recovery_key)).split("-")
    return [
        *_header(st),
        _details(sheet, st),
        Spacer(1, 4 * mm),
        *_key(groups, st),
        Spacer(1, 3 * mm),
        _explanation(st),
    ]


def _footer(canvas: Canvas, _document: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y = MARGIN - 3 * mm
    canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
    footer = fonts.paragraph(_km(f"{FOOTER_EN}   ·   {FOOTER_KM}"), _styles()["footer"])
    _, height = footer.wrap(CONTENT_WIDTH, MARGIN)
    footer.drawOn(canvas, MARGIN, y - 1 * mm - height)
    canvas.restoreState()


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """The sheet as PDF bytes. Raises InvalidRecoveryKey if the key does not parse."""
    story = _story(sheet)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=MARGIN,
        # Metadata names the document only: never the shelter, never the key.
        title="Recovery key sheet",
        author="Shelter Desktop",
        subject="",
        creator="Shelter Desktop",
        keywords="",
        initialFontName=fonts.LATIN,  # else an unused Helvetica is listed in the file
    )
    frame = Frame(
        MARGIN, MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN - TOP_MARGIN,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page",
    )  # fmt: skip
    document.addPageTemplates([PageTemplate("sheet", [frame], onPage=_footer)])
    document.build(story)
    return buffer.getvalue()


def build_recovery_sheet(sheet: RecoverySheet, target: Path) -> None:
    """Write the recovery sheet PDF to ``target``, replacing it only once the PDF is complete.

    Raises InvalidRecoveryKey (before anything is written) if the key does not parse.
    """
    data = render_recovery_sheet(sheet)
    write_atomically(Path(target), data)
