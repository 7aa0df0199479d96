"""The printed care plan: every goal whole on one page, Khmer printed, pages numbered per plan."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from shelter_desktop.reports.care_plan_pdf import build_care_plan_pdf

from .care_plan_samples import (
    ENGLISH_GOAL,
    KHMER_GOAL,
    LONG_KHMER_NAME,
    LONG_LATIN_NAME,
    goal_end_marker,
    goal_marker,
    make_plan,
)

PRINTED_ON = date(2026, 3, 5)
KHMER = re.compile("[\u1780-\u17ff]{2,}")


def pages_text(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    # NFKC: shaping sets Latin ligatures ("ffi"), which extract as one character.
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def build(plans, language: str = "en", printed_by: str = "Keo Sophea") -> bytes:  # type: ignore[no-untyped-def]
    return build_care_plan_pdf(plans, "Safe Haven Shelter មណ្ឌល​សុវត្ថិភាព", language,
                               PRINTED_ON, printed_by)


def test_one_plan_prints_its_header_goals_signoffs_and_footer() -> None:
    plan = make_plan(goals=4)
    data = build([plan])
    assert data.startswith(b"%PDF")
    texts = pages_text(data)
    text = "\n".join(texts)
    for expected in ("Care plan", "TS-2026-0001", "Sok Sreypov", "Version 2", "Active",
                     "01/09/2026", "Child Status Index", "20/02/2026", "Goals", "Sign-off",
                     "Recorded sign-offs", "Case manager", "Guardian", "Resident",
                     "Printed on 05/03/2026 by Keo Sophea", "CONFIDENTIAL", "Safe Haven Shelter"):
        assert expected in text, expected
    for index in range(4):
        assert goal_marker(1, index) in text
    assert f"Page 1 of {len(texts)}" in texts[0]
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    # Metadata names the kind of document only.
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.title == "Care plan"
    assert "Sok" not in str(dict(metadata))


@pytest.mark.parametrize("language", ["en", "km", "both"])
def test_forty_goals_never_split_across_pages(language: str) -> None:
    plan = make_plan(goals=40, khmer_name=LONG_KHMER_NAME, latin_name=LONG_LATIN_NAME,
                     goal_texts=(KHMER_GOAL, ENGLISH_GOAL, KHMER_GOAL + " " + ENGLISH_GOAL))
    texts = [squeezed(t) for t in pages_text(build([plan], language))]
    # Sane: more than one goal per page on average, and more than a couple of pages.
    assert 4 <= len(texts) <= 30
    for index in range(40):
        start = [n for n, t in enumerate(texts) if goal_marker(1, index) in t]
        end = [n for n, t in enumerate(texts) if goal_end_marker(1, index) in t]
        assert len(start) == 1, (index, start)
        # The goal's last action is on the very page where the goal starts: the row is whole.
        assert end == start, (index, start, end)
    assert all(KHMER.search(t) for t in texts)  # Khmer on every page (labels or goals)
    assert squeezed(LONG_LATIN_NAME) in texts[0]


def test_the_table_header_repeats_on_every_page() -> None:
    texts = pages_text(build([make_plan(goals=30)], "en"))
    assert len(texts) > 2
    for text in texts[:-1]:
        assert "Domain" in text and "Actions" in text and "Status" in text


def test_khmer_labels_in_khmer_and_both_but_not_in_english() -> None:
    plan = make_plan(goals=2, khmer_name="Sok", goal_texts=(ENGLISH_GOAL,))
    plan = plan.__class__(**{**plan.__dict__, "summary": "", "signoffs": ()})
    english = "\n".join(pages_text(build([plan], "en", "Duty Officer")))
    khmer = "\n".join(pages_text(build([plan], "km", "Duty Officer")))
    both = "\n".join(pages_text(build([plan], "both", "Duty Officer")))
    # English: only staff-typed text (actions, signatures) could hold Khmer, and the shelter
    # name; the labels are English.
    assert "Care plan" in english and "Review date" in english
    assert "Care plan" not in khmer and "Review date" not in khmer
    assert KHMER.search(khmer)
    assert "Care plan" in both and "Review date" in both and KHMER.search(both)
    # Staff-typed text is printed once, whatever the language.
    assert both.count(goal_marker(1, 0)) == 1
    # (responsible for each goal; the footer names whoever printed, Duty Officer)
    assert squeezed(both).count("KeoSophea") == squeezed(english).count("KeoSophea") == 2


def test_a_batch_numbers_pages_per_plan_and_starts_each_plan_on_a_new_page() -> None:
    plans = [make_plan(plan=n, goals=goals) for n, goals in ((1, 14), (2, 1), (3, 22))]
    texts = pages_text(build(plans, "en"))
    numbers = [
        tuple(int(x) for x in re.search(r"Page (\d+) of (\d+)", t).groups())  # type: ignore[union-attr]
        for t in texts
    ]
    # Split the page list into runs "1 of n" … "n of n", one per plan.
    runs: list[list[int]] = []
    for index, (page, total) in enumerate(numbers):
        if page == 1:
            runs.append([])
        runs[-1].append(index)
        assert page == len(runs[-1]) and 1 <= page <= total
    assert len(runs) == 3
    for plan, run in zip(plans, runs, strict=True):
        assert numbers[run[-1]][0] == numbers[run[-1]][1] == len(run)
        for page in run:
            assert plan.case_number in texts[page]  # header or running header
        first = squeezed(texts[run[0]])
        assert "Careplan" in first and goal_marker(plan.id, 0) in first
        for other in plans:
            if other is not plan:
                assert all(goal_marker(other.id, 0) not in squeezed(texts[p]) for p in run)


def test_a_goal_longer_than_a_page_is_continued_not_lost() -> None:
    huge_goal = ("P1HUGE " + ENGLISH_GOAL + " " + KHMER_GOAL + " ") * 8
    plan = make_plan(goals=3, goal_texts=(huge_goal[:2000],), actions=30)
    plan = plan.__class__(**{**plan.__dict__, "goals": tuple(
        g.__class__(**{**g.__dict__, "actions": tuple(
            a.__class__(**{**a.__dict__, "action": a.action + " " + ENGLISH_GOAL * 4})
            for a in g.actions
        )})
        for g in plan.goals
    )})
    texts = [squeezed(t) for t in pages_text(build([plan], "both"))]
    whole = "".join(texts)
    for index in range(3):
        assert whole.count(goal_marker(1, index)) == 1
        assert whole.count(goal_end_marker(1, index)) == 1
        for action in range(29):
            assert f"P1G{index:02d}A{action}" in whole
    assert "(continued)" in "".join(pages_text(build([plan], "en")))


def test_a_plan_without_goals_or_signoffs_still_prints() -> None:
    plan = make_plan(goals=0)
    plan = plan.__class__(**{**plan.__dict__, "signoffs": (), "assessment_title": None,
                             "assessed_on": None, "status": "draft"})
    text = "\n".join(pages_text(build([plan], "en")))
    assert "This plan has no goals yet." in text
    assert "No sign-off has been recorded yet." in text
    assert "No assessment" in text and "Draft" in text


def test_markup_characters_in_typed_text_print_as_themselves() -> None:
    plan = make_plan(goals=1, goal_texts=("Use <b>bold</b> & keep 'quotes' \"as typed\"",))
    text = "\n".join(pages_text(build([plan], "en")))
    assert "<b>bold</b> & keep" in text


def test_bad_language_and_no_plans_are_refused() -> None:
    with pytest.raises(ValueError):
        build([make_plan()], "fr")
    with pytest.raises(ValueError):
        build([], "en")
