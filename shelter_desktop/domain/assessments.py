"""Assessment templates and scored assessments (DESIGN.md section 3).

A template is data (``resources/assessments/<key>-v<version>.json``): domains, each with items
scored 1 … 4, every label and anchor in English and Khmer. Templates are versioned; an assessment
keeps the exact template version it was made with (a snapshot is stored in the database the first
time a version is used), so a new version never changes how a past assessment reads.

Scores: 1 = serious concern (red) … 4 = good (green). A domain's score is the mean of its item
scores rounded half up, so a one-item domain scores exactly its item.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "Assessments"
SCORES = (1, 2, 3, 4)
NEEDS_GOAL_AT_OR_BELOW = 2  # domains scored 1–2 need a care plan goal


@dataclass(frozen=True)
class Bilingual:
    """A text shipped in both languages (template data, not Qt translations)."""

    en: str
    km: str

    def get(self, language: str) -> str:
        return self.km if language == "km" and self.km else self.en


@dataclass(frozen=True)
class TemplateItem:
    code: str
    label: Bilingual
    anchors: dict[int, Bilingual]  # score 1 … 4 → what that score means for this item


@dataclass(frozen=True)
class TemplateDomain:
    code: str  # e.g. "1A"
    label: Bilingual
    group: Bilingual | None  # e.g. "Food and nutrition" for CSI 1A/1B; None when ungrouped
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class AssessmentTemplate:
    key: str  # "csi", "recovery"
    version: int
    title: Bilingual
    description: Bilingual
    domains: tuple[TemplateDomain, ...]
    source_json: str = field(default="", compare=False, repr=False)

    def domain(self, code: str) -> TemplateDomain:
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise KeyError(code)


class TemplateInvalid(Exception):
    """A template file that does not follow the format: a programming error, never user input."""


def _bilingual(raw: Any, where: str) -> Bilingual:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not raw["en"].strip():
        raise TemplateInvalid(f"{where}: needs an English text")
    km = raw.get("km", "")
    if not isinstance(km, str):
        raise TemplateInvalid(f"{where}: Khmer text must be a string")
    return Bilingual(raw["en"].strip(), km.strip())


def parse_template(text: str) -> AssessmentTemplate:
    """Read a template's JSON (a shipped file or a stored snapshot); TemplateInvalid if broken."""
    try:
        raw = json.loads(text)
    except ValueError as error:
        raise TemplateInvalid(f"not JSON: {error}") from error
    if not isinstance(raw, dict):
        raise TemplateInvalid("a template is a JSON object")
    key, version = raw.get("key"), raw.get("version")
    if not isinstance(key, str) or not key or not isinstance(version, int) or version < 1:
        raise TemplateInvalid("key (text) and version (1 or more) are required")
    domains = []
    seen_domains: set[str] = set()
    for d_index, d_raw in enumerate(raw.get("domains") or []):
        where = f"{key} v{version} domain {d_index}"
        code = d_raw.get("code") if isinstance(d_raw, dict) else None
        if not isinstance(code, str) or not code or code in seen_domains:
            raise TemplateInvalid(f"{where}: a unique code is required")
        seen_domains.add(code)
        items = []
        seen_items: set[str] = set()
        for i_index, i_raw in enumerate(d_raw.get("items") or []):
            i_where = f"{where} item {i_index}"
            i_code = i_raw.get("code") if isinstance(i_raw, dict) else None
            if not isinstance(i_code, str) or not i_code or i_code in seen_items:
                raise TemplateInvalid(f"{i_where}: a unique code is required")
            seen_items.add(i_code)
            anchors_raw = i_raw.get("anchors") or {}
            if sorted(anchors_raw) != ["1", "2", "3", "4"]:
                raise TemplateInvalid(f"{i_where}: anchors for scores 1, 2, 3 and 4 are required")
            anchors = {
                int(score): _bilingual(text, f"{i_where} anchor {score}")
                for score, text in anchors_raw.items()
            }
            items.append(TemplateItem(i_code, _bilingual(i_raw.get("label"), i_where), anchors))
        if not items:
            raise TemplateInvalid(f"{where}: a domain needs at least one item")
        group = d_raw.get("group")
        domains.append(
            TemplateDomain(
                code,
                _bilingual(d_raw.get("label"), where),
                _bilingual(group, f"{where} group") if group else None,
                tuple(items),
            )
        )
    if not domains:
        raise TemplateInvalid(f"{key} v{version}: no domains")
    return AssessmentTemplate(
        key,
        version,
        _bilingual(raw.get("title"), f"{key} title"),
        _bilingual(raw.get("description") or raw.get("title"), f"{key} description"),
        tuple(domains),
        text,
    )


def domain_score(item_scores: list[int] | tuple[int, ...]) -> int:
    """Mean of the item scores, rounded half up (2.5 → 3)."""
    if not item_scores:
        raise ValueError("no item scores")
    mean = Decimal(sum(item_scores)) / Decimal(len(item_scores))
    return int(mean.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def needs_goal(score: int) -> bool:
    return score <= NEEDS_GOAL_AT_OR_BELOW


# Colours for scores 1 … 4: the same on screen and on paper.
SCORE_COLOURS = {1: "#c62828", 2: "#ef8a17", 3: "#f2c94c", 4: "#2e7d32"}
SCORE_TEXT_COLOURS = {1: "#ffffff", 2: "#1d1d1d", 3: "#1d1d1d", 4: "#ffffff"}

SCORE_LABELS = {
    1: QT_TRANSLATE_NOOP("Assessments", "1 – serious concern"),
    2: QT_TRANSLATE_NOOP("Assessments", "2 – some concern"),
    3: QT_TRANSLATE_NOOP("Assessments", "3 – fair"),
    4: QT_TRANSLATE_NOOP("Assessments", "4 – good"),
}


class AssessmentPurpose:
    INTAKE = "intake"
    REVIEW = "review"
    REINTEGRATION = "reintegration"
    FOLLOW_UP = "follow_up"
    EXIT = "exit"

    ALL = ("intake", "review", "reintegration", "follow_up", "exit")


PURPOSE_LABELS = {
    "intake": QT_TRANSLATE_NOOP("Assessments", "At intake"),
    "review": QT_TRANSLATE_NOOP("Assessments", "Regular review"),
    "reintegration": QT_TRANSLATE_NOOP("Assessments", "Before reintegration"),
    "follow_up": QT_TRANSLATE_NOOP("Assessments", "During follow-up"),
    "exit": QT_TRANSLATE_NOOP("Assessments", "At case closure"),
}


class AssessmentInvalid(ValidationError):
    """An assessment that cannot be saved. Its template is in the "Assessments" context;
    ``field`` names the input to put the cursor on (a domain or item code, or a field name)."""

    context = TRANSLATION_CONTEXT

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


# ---- inputs and views -------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentInput:
    template_key: str
    assessed_on: date
    purpose: str  # AssessmentPurpose value
    scores: dict[str, int]  # item code → 1 … 4 (every item of the template)
    comments: dict[str, str]  # domain code → comment (may be empty)
    summary: str = ""


@dataclass(frozen=True)
class DomainResult:
    code: str
    label: Bilingual
    group: Bilingual | None
    score: int  # domain_score of its items
    item_scores: dict[str, int]
    comment: str


@dataclass(frozen=True)
class AssessmentView:
    id: int
    resident_id: int
    template_key: str
    template_version: int
    template_title: Bilingual
    assessed_on: date
    assessor_name: str
    purpose: str
    summary: str
    domains: tuple[DomainResult, ...]


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: int
    assessed_on: date
    score: int


@dataclass(frozen=True)
class DomainTrend:
    """One domain's scores over time (oldest first) for one template key, across versions
    that share the domain code."""

    code: str
    label: Bilingual
    points: tuple[TrendPoint, ...]


# ---- validation -------------------------------------------------------------------------

MAX_COMMENT = 2000  # per domain
MAX_SUMMARY = 4000
EARLIEST_DATE = date(1900, 1, 1)

# Field names, for the UI to put the cursor where the problem is. Scores and comments use the
# item or domain code itself as the field.
FIELD_TEMPLATE = "template_key"
FIELD_DATE = "assessed_on"
FIELD_PURPOSE = "purpose"
FIELD_SUMMARY = "summary"

SCORE_MISSING = QT_TRANSLATE_NOOP(
    "Assessments",
    "Item {item} in domain {domain} has no score yet. Choose a score from 1 to 4 for every "
    "item.",
)
SCORE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Assessments", "The score of item {item} must be 1, 2, 3 or 4. Choose one of the four."
)
UNKNOWN_ITEM = QT_TRANSLATE_NOOP(
    "Assessments",
    "Item {item} is not part of this assessment form. Close the form, open it again and "
    "score the items it shows.",
)
UNKNOWN_DOMAIN = QT_TRANSLATE_NOOP(
    "Assessments",
    "Domain {domain} is not part of this assessment form. Close the form, open it again and "
    "write the comment under one of its domains.",
)
WRONG_TEMPLATE = QT_TRANSLATE_NOOP(
    "Assessments",
    "This assessment was made with another form. Close the form and open the assessment "
    "again.",
)
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP(
    "Assessments", "There is no assessment form called {key}. Choose a form from the list."
)
UNKNOWN_PURPOSE = QT_TRANSLATE_NOOP(
    "Assessments", "Choose why the assessment was made from the list."
)
DATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Assessments",
    "The assessment date is in the future. Enter the day the assessment was made.",
)
DATE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Assessments",
    "The assessment date is before 1900, which must be a typing mistake. Enter the day the "
    "assessment was made.",
)
COMMENT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Assessments",
    "The comment on domain {domain} is too long ({length} characters). Shorten it to at most "
    "{limit} characters.",
)
SUMMARY_TOO_LONG = QT_TRANSLATE_NOOP(
    "Assessments",
    "The summary is too long ({length} characters). Shorten it to at most {limit} characters.",
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Assessments",
    "The {what} contains an invisible control character, perhaps pasted from another program. "
    "Delete the text and type it again.",
)
WHAT_SUMMARY = QT_TRANSLATE_NOOP("Assessments", "summary")
WHAT_COMMENT = QT_TRANSLATE_NOOP("Assessments", "comment")

_MULTILINE_ALLOWED = {"\n", "\t"}


def _clean_text(value: str, target: str, what: str) -> str:
    """``value`` stripped, line breaks unified; refuses control characters and lone surrogates
    (format characters such as the zero-width space stay: Khmer writing uses them)."""
    text = (value or "").strip().replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in _MULTILINE_ALLOWED) or category == "Cs":
            raise AssessmentInvalid(CONTROL_CHARACTER, target, what=what)
    return text


def validate_assessment(
    template: AssessmentTemplate, value: AssessmentInput, today: date
) -> AssessmentInput:
    """A cleaned copy of ``value`` (texts stripped, empty comments dropped) that fits
    ``template``, or AssessmentInvalid naming the field to correct."""
    if value.template_key != template.key:
        raise AssessmentInvalid(WRONG_TEMPLATE, FIELD_TEMPLATE)
    if isinstance(value.assessed_on, datetime):  # a date and time: only its day counts
        value = replace(value, assessed_on=value.assessed_on.date())
    if not isinstance(value.assessed_on, date):
        raise AssessmentInvalid(DATE_TOO_EARLY, FIELD_DATE)
    if value.assessed_on < EARLIEST_DATE:
        raise AssessmentInvalid(DATE_TOO_EARLY, FIELD_DATE)
    if value.assessed_on > today:
        raise AssessmentInvalid(DATE_IN_FUTURE, FIELD_DATE)
    if value.purpose not in AssessmentPurpose.ALL:
        raise AssessmentInvalid(UNKNOWN_PURPOSE, FIELD_PURPOSE)

    item_domain = {item.code: domain.code for domain in template.domains for item in domain.items}
    for code in value.scores:
        if code not in item_domain:
            raise AssessmentInvalid(UNKNOWN_ITEM, str(code), item=str(code)[:40])
    scores: dict[str, int] = {}
    for domain in template.domains:
        for item in domain.items:
            score = value.scores.get(item.code)
            if score is None:
                raise AssessmentInvalid(SCORE_MISSING, item.code, item=item.code, domain=domain.code)
            if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
                raise AssessmentInvalid(SCORE_OUT_OF_RANGE, item.code, item=item.code)
            scores[item.code] = score

    domain_codes = {domain.code for domain in template.domains}
    comments: dict[str, str] = {}
    for code, raw in value.comments.items():
        if code not in domain_codes:
            raise AssessmentInvalid(UNKNOWN_DOMAIN, str(code), domain=str(code)[:40])
        text = _clean_text(raw, code, WHAT_COMMENT)
        if len(text) > MAX_COMMENT:
            raise AssessmentInvalid(
                COMMENT_TOO_LONG, code, domain=code, length=len(text), limit=MAX_COMMENT
            )
        if text:
            comments[code] = text
    summary = _clean_text(value.summary, FIELD_SUMMARY, WHAT_SUMMARY)
    if len(summary) > MAX_SUMMARY:
        raise AssessmentInvalid(
            SUMMARY_TOO_LONG, FIELD_SUMMARY, length=len(summary), limit=MAX_SUMMARY
        )
    return replace(value, scores=scores, comments=comments, summary=summary)


def domain_results(
    template: AssessmentTemplate, scores: dict[str, int], comments: dict[str, str]
) -> tuple[DomainResult, ...]:
    """Each domain's result in template order, from item scores (item code → 1 … 4) and
    comments (domain code → text). A domain with no scored item is left out."""
    results = []
    for domain in template.domains:
        items = {item.code: scores[item.code] for item in domain.items if item.code in scores}
        if not items:
            continue
        results.append(
            DomainResult(
                domain.code, domain.label, domain.group, domain_score(list(items.values())),
                items, comments.get(domain.code, ""),
            )
        )
    return tuple(results)


def assessment_input(view: AssessmentView) -> AssessmentInput:
    """The input that would save ``view`` unchanged (to fill the edit form)."""
    scores = {code: score for d in view.domains for code, score in d.item_scores.items()}
    comments = {d.code: d.comment for d in view.domains if d.comment}
    return AssessmentInput(
        view.template_key, view.assessed_on, view.purpose, scores, comments, view.summary
    )


# ---- trends -----------------------------------------------------------------------------


def build_trends(views: list[AssessmentView] | tuple[AssessmentView, ...]) -> list[DomainTrend]:
    """Each domain's scores over time (oldest first) across the given assessments of one
    template key. Domains come in the order of the newest template version that has them,
    labelled as that version labels them; a domain only older versions had follows after."""
    ordered = sorted(views, key=lambda view: (view.assessed_on, view.id))
    labels: dict[str, Bilingual] = {}
    order: dict[str, tuple[int, int]] = {}
    points: dict[str, list[TrendPoint]] = {}
    for view in ordered:
        for result in view.domains:
            points.setdefault(result.code, []).append(
                TrendPoint(view.id, view.assessed_on, result.score)
            )
    # labels and order: newest version wins
    for view in sorted(views, key=lambda v: (v.template_version, v.assessed_on, v.id)):
        for position, result in enumerate(view.domains):
            labels[result.code] = result.label
            order[result.code] = (-view.template_version, position)
    codes = sorted(points, key=lambda code: order[code])
    return [DomainTrend(code, labels[code], tuple(points[code])) for code in codes]


def score_grid(
    views: list[AssessmentView] | tuple[AssessmentView, ...],
) -> tuple[list[AssessmentView], list[tuple[str, Bilingual]], dict[tuple[str, int], int]]:
    """A heat grid: the assessments oldest first (columns), the domains (rows: code, label in
    trend order) and the score of each (domain code, assessment id) cell that exists."""
    columns = sorted(views, key=lambda view: (view.assessed_on, view.id))
    rows = [(trend.code, trend.label) for trend in build_trends(columns)]
    cells = {
        (result.code, view.id): result.score for view in columns for result in view.domains
    }
    return columns, rows, cells
