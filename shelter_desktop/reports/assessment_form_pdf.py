"""A blank assessment form for field use, from an assessment template (DESIGN.md section 3).

Header fields to fill by hand (name, case number, date, assessor, purpose), optionally with the
resident's name and case number printed in; then each domain with its items, the four anchors of
each item with a tick box, and a comment box per domain. English, Khmer or both.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..domain.assessments import (
    SCORE_COLOURS,
    SCORE_TEXT_COLOURS,
    SCORES,
    AssessmentPurpose,
    AssessmentTemplate,
    TemplateDomain,
    TemplateItem,
)
from . import fonts, labels
from .layout import (
    CONTENT_WIDTH,
    NAVY,
    PANEL,
    RULE,
    Box,
    Choice,
    ResidentHeader,
    fill_in_fields,
    form_decorate,
    header_block,
    para,
    plain_table,
    render,
    resident_fields,
    styles,
)

COLUMN = CONTENT_WIDTH / 4
CELL_PAD = 3.0


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    st["domain"] = fonts.paragraph_style("domain", 10.5, bold=True, color=colors.white,
                                         leading=17)
    st["group"] = fonts.paragraph_style("group", 8, color=colors.white, leading=13)
    st["item"] = fonts.paragraph_style("item", 9, bold=True, color=NAVY, leading=14.5)
    st["anchor"] = fonts.paragraph_style("anchor", 8, color=colors.black, leading=12.5)
    for score, colour in SCORE_TEXT_COLOURS.items():
        st[f"scale_{score}"] = fonts.paragraph_style(
            f"scale_{score}", 7.5, bold=True, color=colors.HexColor(colour), leading=12
        )
    return st


def _text(bilingual_en: str, bilingual_km: str, language: str) -> str:
    return labels.bilingual(bilingual_en, bilingual_km, language, "\n")


def _domain_heading(
    domain: TemplateDomain, language: str, st: dict[str, ParagraphStyle]
) -> Table:
    width = CONTENT_WIDTH - 2 * CELL_PAD
    cells: list[Flowable] = [
        para(f"{domain.code}  {_text(domain.label.en, domain.label.km, language)}",
             st["domain"], width)
    ]  # fmt: skip
    if domain.group is not None:
        cells.insert(0, para(_text(domain.group.en, domain.group.km, language), st["group"],
                             width))
    scale = [
        para(f"{score}  {labels.stacked(f'score_{score}', language)}", st[f"scale_{score}"],
             COLUMN - 2 * CELL_PAD)
        for score in SCORES
    ]  # fmt: skip
    commands: list[tuple] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for column, score in enumerate(SCORES):
        commands.append(
            ("BACKGROUND", (column, 1), (column, 1), colors.HexColor(SCORE_COLOURS[score]))
        )
    return plain_table([[cells, "", "", ""], scale], [COLUMN] * 4, *commands)


def _item(item: TemplateItem, language: str, st: dict[str, ParagraphStyle]) -> Table:
    label = para(_text(item.label.en, item.label.km, language), st["item"],
                 CONTENT_WIDTH - 2 * CELL_PAD)  # fmt: skip
    choices = []
    for score in SCORES:
        anchor = item.anchors[score]
        choices.append(Choice(_text(anchor.en, anchor.km, language), st["anchor"], str(score)))
    return plain_table(
        [[label, "", "", ""], choices],
        [COLUMN] * 4,
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD + 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBEFORE", (1, 1), (-1, 1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    )


def _domain(
    domain: TemplateDomain, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    heading = _domain_heading(domain, language, st)
    items = [_item(item, language, st) for item in domain.items]
    comment = [
        Spacer(1, 1.5 * mm),
        para(labels.word("comment", language), st["label"], CONTENT_WIDTH),
        Box(20 * mm),
    ]
    # The heading never stands alone at a page foot; the comment box stays with the last item.
    out: list[Flowable] = [Spacer(1, 5 * mm), KeepTogether([heading, items[0]])]
    out += items[1:-1]
    if len(items) > 1:
        out.append(KeepTogether([items[-1], *comment]))
    else:
        out += comment
    return out


def _purpose(language: str, st: dict[str, ParagraphStyle]) -> Table:
    width = CONTENT_WIDTH - 31 * mm
    per_row = 3 if language == "both" else 5
    choices: list[Flowable | str] = [
        Choice(labels.word(f"purpose_{p}", language), st["small_ink"])
        for p in AssessmentPurpose.ALL
    ]
    rows = [choices[i : i + per_row] for i in range(0, len(choices), per_row)]
    for row in rows:
        row += [""] * (per_row - len(row))
    inner = plain_table(rows, [width / per_row] * per_row,
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3))  # fmt: skip
    return plain_table(
        [[para(labels.stacked("purpose", language), st["label"], 31 * mm - 4), inner]],
        [31 * mm, width],
        ("TOPPADDING", (0, 0), (-1, -1), 7),
    )


def build_assessment_form_pdf(
    template: AssessmentTemplate,
    shelter_name: str,
    language: str,
    printed_on: date,
    resident: ResidentHeader | None = None,
) -> bytes:
    """A blank form for ``template``, to fill in by hand; the resident's name and case number
    are printed in when ``resident`` is given."""
    labels.check_language(language)
    st = _styles()
    title = _text(template.title.en, template.title.km, language).replace("\n", " · ")
    form_title = labels.word("assessment_form", language)
    story: list[Flowable] = header_block(shelter_name, title, language, st)
    story.append(
        para(
            f"{form_title} · {labels.word('template_version', language, version=template.version)}",
            st["subheading"], CONTENT_WIDTH,
        )
    )  # fmt: skip
    fields = [*resident_fields(resident), ("date", ""), ("assessor", "")]
    # Order: name (Khmer), case number, name (Latin), date, assessor.
    story += [
        fill_in_fields(fields, language, st),
        _purpose(language, st),
        Spacer(1, 3 * mm),
        para(labels.word("tick_one", language), st["body"], CONTENT_WIDTH),
    ]
    for domain in template.domains:
        story += _domain(domain, language, st)
    decorate = form_decorate(
        shelter_name, title, language,
        labels.word("printed_blank", language, date=labels.print_date(printed_on)),
        resident, st,
    )  # fmt: skip
    return render(story, "Assessment form", decorate)
