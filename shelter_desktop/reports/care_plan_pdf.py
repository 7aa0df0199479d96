"""The printed care plan (DESIGN.md section 3): A4, English, Khmer or both side by side.

One or more plans make one document; each plan starts on a new page and numbers its own pages
("page 1 of 3"), so a batch prints as a stack of separate plans. A goal's row never splits across
pages: a row that does not fit moves whole to the next page, with the table header repeated.
Only a goal taller than a whole page is continued over several rows (its text and actions are
spread over them), because it could not be printed otherwise.

Staff-typed text (names, goals, actions) is printed once, as typed; the static words come from
:mod:`labels` in the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.assessments import SCORE_COLOURS, SCORE_TEXT_COLOURS
from ..domain.care_plans import ActionView, CarePlanView, GoalView, SignoffParty
from . import fonts, labels
from .layout import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    PageInfo,
    PartStart,
    footer,
    header_block,
    para,
    plain_table,
    render,
    shorten,
    running_header,
    signature_lines,
    styles,
)

# Goal table columns: score, domain, goal, actions, status.
COLUMNS = (11 * mm, 31 * mm, 56 * mm, 60 * mm, 22 * mm)
PAD_X = 3.0
PAD_Y = 3.5
SAFETY = 6.0  # points kept free below the tallest row reportlab may have to place


@dataclass(frozen=True)
class _Row:
    cells: list[object]
    score: int | None
    first_of_goal: bool


def _inner(column: int) -> float:
    return COLUMNS[column] - 2 * PAD_X


def _status_label(prefix: str, value: str, language: str) -> str:
    key = f"{prefix}_{value}"
    if key in labels.EN:
        return labels.word(key, language)
    return value  # an unknown vocabulary value prints as stored rather than failing


# ---------------------------------------------------------------- header


def _details(plan: CarePlanView, language: str, st: dict[str, ParagraphStyle]) -> Table:
    label_w, value_w = 31 * mm, CONTENT_WIDTH / 2 - 31 * mm

    def label(key: str) -> Flowable:
        return para(labels.stacked(key, language), st["label"], label_w - 4)

    def value(text: str, style: str = "value") -> Flowable:
        return para(text, st[style], value_w - 6)

    status = _status_label("plan", plan.status, language)
    version = labels.word("version", language, version=plan.version)
    status_style = "value_bold"
    if plan.assessment_title is not None:
        title = labels.bilingual(plan.assessment_title.en, plan.assessment_title.km, language)
        assessment = title
        if plan.assessed_on is not None:
            on = labels.field("assessed_on", language, labels.print_date(plan.assessed_on))
            assessment = f"{title}\n{on}"
    else:
        assessment = labels.word("no_assessment", language)
    rows = [
        [label("case_number"), value(plan.case_number, "value_bold"),
         label("version_status"), value(f"{version} · {status}", status_style)],
        [label("name_khmer"), value(plan.resident_name_khmer),
         label("review_date"), value(labels.print_date(plan.review_date), "value_bold")],
        [label("name_latin"), value(plan.resident_name_latin),
         label("based_on"), value(assessment)],
    ]  # fmt: skip
    return plain_table(
        rows,
        [label_w, value_w, label_w, value_w],
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (1, -1), 6),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, -1), PANEL),
        ("BACKGROUND", (2, 0), (2, -1), PANEL),
        ("LEFTPADDING", (0, 0), (0, -1), 3),
        ("LEFTPADDING", (2, 0), (2, -1), 3),
        ("LEFTPADDING", (1, 0), (1, -1), 4),
        ("LEFTPADDING", (3, 0), (3, -1), 4),
    )


# ---------------------------------------------------------------- goals table


def _header_row(language: str, st: dict[str, ParagraphStyle]) -> list[object]:
    keys = ("score", "domain", "goal", "actions", "status")
    return [para(labels.stacked(k, language), st["th"], _inner(i)) for i, k in enumerate(keys)]


def _domain_text(goal: GoalView, language: str) -> str:
    if not goal.domain_code:
        return labels.word("general", language)
    if goal.domain_label is None:
        return goal.domain_code
    name = labels.bilingual(goal.domain_label.en, goal.domain_label.km, language, "\n")
    return f"{goal.domain_code}  {name}"


def _goal_meta(goal: GoalView, language: str) -> list[str]:
    lines = []
    if goal.responsible_name:
        lines.append(labels.field("responsible", language, goal.responsible_name))
    if goal.target_date is not None:
        lines.append(labels.field("target", language, labels.print_date(goal.target_date)))
    return lines


def _action_flowables(
    action: ActionView, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    width = _inner(3)
    text = para(action.action, st["action"], width)
    text.bulletText = "•"
    meta = []
    if action.responsible_name:
        meta.append(action.responsible_name)
    if action.target_date is not None:
        meta.append(labels.print_date(action.target_date))
    if action.done:
        meta.append(labels.word("done", language))
    out: list[Flowable] = [text]
    if meta:
        out.append(para("  ·  ".join(meta), st["action_meta_indented"], width))
    out.append(Spacer(1, 2))
    return out


def _pieces(flowable: Flowable, width: float, limit: float) -> list[Flowable]:
    """``flowable`` cut (between lines) into pieces no taller than ``limit``."""
    _, height = flowable.wrap(width, limit)
    if height <= limit:
        return [flowable]
    parts = flowable.split(width, limit)
    if len(parts) < 2:
        return [flowable]  # cannot be cut: reportlab will say so
    first, *rest = parts
    out = [first]
    for part in rest:
        out.extend(_pieces(part, width, limit))
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    return sum(f.wrap(width, FRAME_HEIGHT * 4)[1] + f.getSpaceAfter() for f in flowables)


def _fill_column(queue: list[Flowable], width: float, limit: float) -> list[Flowable]:
    """Take flowables from the front of ``queue`` while they fit ``limit`` (at least one)."""
    taken: list[Flowable] = []
    used = 0.0
    while queue:
        height = _height([queue[0]], width)
        if taken and used + height > limit:
            break
        taken.append(queue.pop(0))
        used += height
    return taken


def _goal_rows(
    goal: GoalView, language: str, st: dict[str, ParagraphStyle], limit: float
) -> list[_Row]:
    score_cell: object = ""
    if goal.domain_score in SCORE_COLOURS:
        score_cell = para(str(goal.domain_score), st[f"score_{goal.domain_score}"], _inner(0))
    domain_cell = para(_domain_text(goal, language), st["cell_bold"], _inner(1))
    goal_cell: list[Flowable] = [para(goal.goal, st["cell"], _inner(2))]
    goal_cell += [para(line, st["action_meta"], _inner(2)) for line in _goal_meta(goal, language)]
    if goal.actions:
        actions: list[Flowable] = [
            f for a in sorted(goal.actions, key=lambda a: a.position)
            for f in _action_flowables(a, language, st)
        ]  # fmt: skip
    else:
        actions = [para(labels.word("no_actions", language), st["action_meta"], _inner(3))]
    status_cell = para(_status_label("goal", goal.status, language), st["cell"], _inner(4))
    cells: list[object] = [score_cell, domain_cell, goal_cell, actions, status_cell]
    if _row_height(cells) <= limit:
        return [_Row(cells, goal.domain_score, True)]

    # Taller than a page: spread the goal's text and its actions over several rows.
    content = limit - 2 * PAD_Y - 2
    goal_queue = [p for f in goal_cell for p in _pieces(f, _inner(2), content)]
    action_queue = [p for f in actions for p in _pieces(f, _inner(3), content)]
    rows: list[_Row] = []
    while goal_queue or action_queue:
        first = not rows
        row_cells: list[object] = [
            score_cell if first else "",
            domain_cell if first else para(
                labels.word("continued", language), st["action_meta"], _inner(1)
            ),
            _fill_column(goal_queue, _inner(2), content),
            _fill_column(action_queue, _inner(3), content),
            status_cell if first else "",
        ]
        rows.append(_Row(row_cells, goal.domain_score if first else None, first))
    return rows


def _table_style(rows: Sequence[_Row]) -> list[tuple]:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    for index, row in enumerate(rows, start=1):
        if row.first_of_goal and index > 1:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.6, RULE))
        if row.score in SCORE_COLOURS:
            commands.append(
                ("BACKGROUND", (0, index), (0, index), colors.HexColor(SCORE_COLOURS[row.score]))
            )
    return commands


def _row_height(cells: list[object]) -> float:
    probe = Table([cells], colWidths=list(COLUMNS))
    probe.setStyle(TableStyle(_table_style([])[:6]))
    return probe.wrap(CONTENT_WIDTH, FRAME_HEIGHT * 10)[1]


def _goals_section(
    plan: CarePlanView, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """The "Goals" heading and the table; the heading never stays behind alone at a page foot
    (it moves with the table's header and first row)."""
    heading = para(labels.word("goals", language), st["heading"], CONTENT_WIDTH)
    heading_height = heading.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] + 1 * mm + 5 * mm
    if not plan.goals:
        return [Spacer(1, 5 * mm), heading, Spacer(1, 1 * mm),
                para(labels.word("no_goals", language), st["body"], CONTENT_WIDTH)]
    header = _header_row(language, st)
    header_height = _row_height(header)
    limit = FRAME_HEIGHT - header_height - heading_height - SAFETY
    rows: list[_Row] = []
    for goal in sorted(plan.goals, key=lambda g: g.position):
        rows.extend(_goal_rows(goal, language, st, limit))
    table = Table(
        [header, *(row.cells for row in rows)],
        colWidths=list(COLUMNS),
        repeatRows=1,
        splitByRow=1,
        splitInRow=0,  # never cut a goal's row between pages
    )
    table.setStyle(TableStyle(_table_style(rows)))
    first_row = _row_height(rows[0].cells)
    return [
        CondPageBreak(heading_height + header_height + first_row + SAFETY),
        Spacer(1, 5 * mm),
        heading,
        Spacer(1, 1 * mm),
        table,
    ]


# ---------------------------------------------------------------- sign-off


def _party_label(party: str, language: str, stacked: bool = False) -> str:
    key = f"party_{party}"
    if key not in labels.EN:
        return party
    return labels.stacked(key, language) if stacked else labels.word(key, language)


def _recorded_signoffs(
    plan: CarePlanView, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if not plan.signoffs:
        return [para(labels.word("no_signoffs", language), st["body"], CONTENT_WIDTH)]
    widths = [40 * mm, 62 * mm, 28 * mm, 50 * mm]
    keys = ("party", "signed_name", "signed_date", "recorded_by")
    head = [para(labels.stacked(k, language), st["label"], w - 4) for k, w in zip(keys, widths)]
    rows: list[list[object]] = [head]
    for signoff in plan.signoffs:
        values = (
            _party_label(signoff.party, language),
            signoff.signer_name,
            labels.print_date(signoff.signed_on),
            signoff.recorded_by_name,
        )
        rows.append([para(v, st["small_ink"], w - 4) for v, w in zip(values, widths)])
    return [
        plain_table(
            rows, widths,
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        )  # fmt: skip
    ]


def _signoff_section(
    plan: CarePlanView, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    return [
        CondPageBreak(60 * mm),
        KeepTogether(
            [
                Spacer(1, 6 * mm),
                para(labels.word("signoff", language), st["heading"], CONTENT_WIDTH),
                Spacer(1, 1 * mm),
                para(labels.word("recorded_signoffs", language), st["subheading"], CONTENT_WIDTH),
                *_recorded_signoffs(plan, language, st),
                signature_lines(
                    [_party_label(p, language, True) for p in SignoffParty.ALL], language, st
                ),
            ]
        ),
    ]


# ---------------------------------------------------------------- document


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    for score, colour in SCORE_TEXT_COLOURS.items():
        st[f"score_{score}"] = fonts.paragraph_style(
            f"score_{score}", 10, bold=True, color=colors.HexColor(colour), leading=14,
            alignment=TA_CENTER,
        )
    st["action"] = fonts.paragraph_style(
        "action", 8.5, color=INK, leading=13.5, leftIndent=8, bulletIndent=0
    )
    st["action_meta"] = fonts.paragraph_style("action_meta", 7.5, color=MUTED, leading=12)
    st["action_meta_indented"] = fonts.paragraph_style(
        "action_meta_indented", 7.5, color=MUTED, leading=12, leftIndent=8
    )
    return st


def _plan_story(
    plan: CarePlanView, part: int, shelter_name: str, language: str,
    st: dict[str, ParagraphStyle], on_part: Callable[[int], None] | None,
) -> list[Flowable]:  # fmt: skip
    story: list[Flowable] = [PartStart(part, on_part)]
    story += header_block(shelter_name, labels.word("care_plan", language), language, st)
    story += [Spacer(1, 2 * mm), _details(plan, language, st)]
    if plan.summary.strip():
        story += [
            Spacer(1, 4 * mm),
            para(labels.word("summary", language), st["subheading"], CONTENT_WIDTH),
            para(plan.summary.strip(), st["body"], CONTENT_WIDTH),
        ]
    story += _goals_section(plan, language, st)
    story += _signoff_section(plan, language, st)
    return story


def build_care_plan_pdf(
    plans: Sequence[CarePlanView],
    shelter_name: str,
    language: str,
    printed_on: date,
    printed_by: str,
    on_part: Callable[[int], None] | None = None,
) -> bytes:
    """The plans as one PDF, each starting on a new page with its own page numbers.

    ``on_part(index)`` is called as each plan's first page is laid out (progress of a batch; it
    may raise to stop the job).
    """
    labels.check_language(language)
    if not plans:
        raise ValueError("no care plan to print")
    st = _styles()
    story: list[Flowable] = []
    for part, plan in enumerate(plans):
        if part:
            story.append(PageBreak())
        story += _plan_story(plan, part, shelter_name, language, st, on_part)
    printed = labels.printed(language, labels.print_date(printed_on), printed_by)
    title = labels.word("care_plan", language)

    def decorate(canvas: Canvas, info: PageInfo) -> None:
        plan = plans[info.part]
        if info.page > 1:
            name = plan.resident_name_latin
            if language == "km" and plan.resident_name_khmer:
                name = plan.resident_name_khmer
            right = f"{plan.case_number} · {shorten(name, 40)}"
            running_header(canvas, f"{shelter_name} · {title}", right, st)
        footer(canvas, info, language, printed, st)

    return render(story, "Care plan", decorate)
