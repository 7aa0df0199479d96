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
from dataclasses import dataclass, field
from datetime import date
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
