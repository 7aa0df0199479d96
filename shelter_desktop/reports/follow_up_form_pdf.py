"""A blank follow-up visit form for field use (DESIGN.md section 3, reintegration).

Visit date, visitor and type of visit; four scores from 1 to 4 (safety, wellbeing, family
relationships, education or work) with tick boxes; the re-trafficking risk; findings, risks and
next steps on ruled lines; signatures. Optionally with the resident's name, case number and the
visit's due date printed in. English, Khmer or both.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..domain.assessments import SCORE_COLOURS, SCORE_TEXT_COLOURS, SCORES
from . import fonts, labels
from .layout import (
    CONTENT_WIDTH,
    RULE,
    Choice,
    ResidentHeader,
    TickBox,
    WritingLines,
    fill_in_fields,
    form_decorate,
    header_block,
    para,
    plain_table,
    render,
    resident_fields,
    signature_lines,
    styles,
)

VISIT_TYPES = ("home", "phone", "school_work", "office", "other")
SCORED = ("safety", "wellbeing", "family", "education_work")
RISK_LEVELS = ("low", "medium", "high")
LABEL_WIDTH = 40 * mm


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    for score, colour in SCORE_TEXT_COLOURS.items():
        st[f"scale_{score}"] = fonts.paragraph_style(
            f"scale_{score}", 7.5, bold=True, color=colors.HexColor(colour), leading=12,
            alignment=1,
        )
    return st


def _choices_row(
    title_key: str, options: list[str], language: str, st: dict[str, ParagraphStyle],
    per_row: int,
) -> Table:  # fmt: skip
    width = CONTENT_WIDTH - LABEL_WIDTH
    boxes: list[Flowable | str] = [Choice(text, st["small_ink"]) for text in options]
    rows = [boxes[i : i + per_row] for i in range(0, len(boxes), per_row)]
    for row in rows:
        row += [""] * (per_row - len(row))
    inner = plain_table(rows, [width / per_row] * per_row,
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4))  # fmt: skip
    return plain_table(
        [[para(labels.stacked(title_key, language), st["subheading"], LABEL_WIDTH - 4), inner]],
        [LABEL_WIDTH, width],
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    )


def _scores(language: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    column = (CONTENT_WIDTH - LABEL_WIDTH) / 4
    header: list[object] = [""]
    header += [
        para(f"{score}\n{labels.stacked(f'score_{score}', language)}", st[f"scale_{score}"],
             column - 6)
        for score in SCORES
    ]  # fmt: skip
    rows: list[list[object]] = [header]
    for key in SCORED:
        rows.append([para(labels.stacked(key, language), st["value"], LABEL_WIDTH - 6)]
                    + [TickBox() for _ in SCORES])  # fmt: skip
    commands: list[tuple] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBEFORE", (1, 1), (-1, -1), 0.4, RULE),
    ]
    for index, score in enumerate(SCORES, start=1):
        commands.append(
            ("BACKGROUND", (index, 0), (index, 0), colors.HexColor(SCORE_COLOURS[score]))
        )
    return [
        para(labels.word("scores", language), st["heading"], CONTENT_WIDTH),
        para(labels.word("scores_hint", language), st["small_ink"], CONTENT_WIDTH),
        Spacer(1, 1.5 * mm),
        plain_table(rows, [LABEL_WIDTH] + [column] * 4, *commands),
    ]


def _writing(key: str, lines: int, language: str, st: dict[str, ParagraphStyle]) -> Flowable:
    return KeepTogether([
        Spacer(1, 4 * mm),
        para(labels.word(key, language), st["heading"], CONTENT_WIDTH),
        WritingLines(lines),
    ])  # fmt: skip


def build_follow_up_form_pdf(
    shelter_name: str,
    language: str,
    printed_on: date,
    resident: ResidentHeader | None = None,
    due_on: date | None = None,
) -> bytes:
    """A blank follow-up visit form; the resident and due date printed in when given."""
    labels.check_language(language)
    st = _styles()
    title = labels.word("follow_up_form", language)
    story: list[Flowable] = header_block(shelter_name, title, language, st)
    fields = [
        *resident_fields(resident),
        ("due_on", labels.print_date(due_on)),
        ("visit_date", ""),
        ("visitor", ""),
    ]
    story += [fill_in_fields(fields, language, st), Spacer(1, 2 * mm)]
    per_row = 3 if language == "both" else 5
    story.append(_choices_row(
        "visit_type", [labels.word(f"visit_{t}", language) for t in VISIT_TYPES], language, st,
        per_row,
    ))  # fmt: skip
    story += [Spacer(1, 4 * mm), *_scores(language, st), Spacer(1, 2 * mm)]
    story.append(_choices_row(
        "risk", [labels.word(f"risk_{r}", language) for r in RISK_LEVELS], language, st, 3,
    ))  # fmt: skip
    story += [
        _writing("findings", 7, language, st),
        _writing("risks", 5, language, st),
        _writing("next_steps", 5, language, st),
        CondPageBreak(70 * mm),
        KeepTogether([
            Spacer(1, 5 * mm),
            para(labels.word("signatures", language), st["heading"], CONTENT_WIDTH),
            signature_lines(
                [labels.stacked(p, language)
                 for p in ("visitor", "party_client", "party_supervisor")],
                language, st,
            ),
        ]),
    ]  # fmt: skip
    decorate = form_decorate(
        shelter_name, title, language,
        labels.word("printed_blank", language, date=labels.print_date(printed_on)),
        resident, st,
    )  # fmt: skip
    return render(story, "Follow-up visit form", decorate)
