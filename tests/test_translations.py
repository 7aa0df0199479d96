"""Every user-visible string has a Khmer translation, none is unused, the .qm is current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_khmer_translation_is_complete_and_current() -> None:
    problems = translations.problems()
    assert problems == [], "\n".join(problems[:40]) + f"\n({len(problems)} problems)"
