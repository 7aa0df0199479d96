"""Resident vocabularies and search rules (DESIGN.md section 3)."""

from __future__ import annotations

import unicodedata
from enum import Enum

from .i18n import QT_TRANSLATE_NOOP


class ResidentStatus(str, Enum):
    ACTIVE = "active"
    REINTEGRATED = "reintegrated"
    TRANSFERRED = "transferred"
    ABSCONDED = "absconded"
    CLOSED = "closed"


STATUS_LABELS = {
    ResidentStatus.ACTIVE: QT_TRANSLATE_NOOP("Residents", "Active"),
    ResidentStatus.REINTEGRATED: QT_TRANSLATE_NOOP("Residents", "Reintegrated"),
    ResidentStatus.TRANSFERRED: QT_TRANSLATE_NOOP("Residents", "Transferred"),
    ResidentStatus.ABSCONDED: QT_TRANSLATE_NOOP("Residents", "Absconded"),
    ResidentStatus.CLOSED: QT_TRANSLATE_NOOP("Residents", "Closed"),
}


class RiskLevel(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


RISK_LABELS = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Residents", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Residents", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Residents", "High"),
}


class NoteVisibility(str, Enum):
    COUNSELOR_ONLY = "counselor_only"
    CASE_TEAM = "case_team"


class NoteType(str, Enum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    FAMILY = "family"
    CRISIS = "crisis"


def search_key(text: str) -> str:
    """Case- and accent-insensitive form of a Latin name, stored for prefix search."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def format_case_number(shelter_code: str, year: int, sequence: int) -> str:
    return f"{shelter_code}-{year}-{sequence:04d}"
