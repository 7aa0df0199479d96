"""Assessment rules without a database: validation, domain results, trends and the heat grid."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desktop.domain.assessments import (
    MAX_COMMENT,
    AssessmentInput,
    AssessmentInvalid,
    AssessmentView,
    build_trends,
    domain_results,
    score_grid,
    validate_assessment,
)
from shelter_desktop.services.assessment_templates import latest_template

TODAY = date(2026, 6, 15)
RECOVERY = latest_template("recovery")


def scores(value: int) -> dict[str, int]:
    return {i.code: value for d in RECOVERY.domains for i in d.items}


def value(**changes: object) -> AssessmentInput:
    base: dict[str, object] = {
        "template_key": "recovery", "assessed_on": TODAY, "purpose": "review",
        "scores": scores(3), "comments": {}, "summary": "",
    }
    base.update(changes)
    return AssessmentInput(**base)  # type: ignore[arg-type]


def view(assessment_id: int, day: date, score: int, version: int = 1) -> AssessmentView:
    return AssessmentView(
        assessment_id, 1, "recovery", version, RECOVERY.title, day, "", "review", "",
        domain_results(RECOVERY, scores(score), {}),
    )


def test_validation_cleans_texts_and_keeps_scores() -> None:
    clean = validate_assessment(
        RECOVERY,
        value(comments={"R1": "  ok\r\nមិនអីទេ  ", "R2": "   "}, summary="  sum  "),
        TODAY,
    )
    assert clean.comments == {"R1": "ok\nមិនអីទេ"}
    assert clean.summary == "sum"
    assert clean.scores == scores(3)


def test_validation_accepts_today_and_the_longest_comment_but_not_more() -> None:
    validate_assessment(RECOVERY, value(comments={"R1": "ក" * MAX_COMMENT}), TODAY)
    with pytest.raises(AssessmentInvalid) as error:
        validate_assessment(RECOVERY, value(comments={"R1": "ក" * (MAX_COMMENT + 1)}), TODAY)
    assert error.value.field == "R1" and str(MAX_COMMENT) in error.value.message
    with pytest.raises(AssessmentInvalid) as error:
        validate_assessment(RECOVERY, value(assessed_on=TODAY + timedelta(days=1)), TODAY)
    assert error.value.field == "assessed_on"
    with pytest.raises(AssessmentInvalid) as error:
        validate_assessment(RECOVERY, value(template_key="csi"), TODAY)
    assert error.value.field == "template_key"


def test_domain_results_round_half_up_and_skip_unscored_domains() -> None:
    partial = {"R1.1": 1, "R1.2": 2, "R3.1": 4, "R3.2": 4, "R3.3": 1}
    results = domain_results(RECOVERY, partial, {"R1": "note"})
    assert [(r.code, r.score) for r in results] == [("R1", 2), ("R3", 3)]
    assert results[0].comment == "note" and results[1].comment == ""


def test_trends_and_grid_are_oldest_first() -> None:
    views = [view(3, TODAY, 4), view(1, TODAY - timedelta(days=90), 1),
             view(2, TODAY - timedelta(days=30), 2)]
    trends = build_trends(views)
    assert [t.code for t in trends] == [d.code for d in RECOVERY.domains]
    assert all([p.score for p in t.points] == [1, 2, 4] for t in trends)
    columns, rows, cells = score_grid(views)
    assert [c.id for c in columns] == [1, 2, 3]
    assert len(rows) == 11 and cells[("R1", 2)] == 2
    assert build_trends([]) == []
