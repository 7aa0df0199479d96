"""Blank forms for field work: the assessment form from each shipped template and the
follow-up visit form, in English, Khmer and both, with and without a resident printed in."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from shelter_desktop.reports.assessment_form_pdf import build_assessment_form_pdf
from shelter_desktop.reports.follow_up_form_pdf import build_follow_up_form_pdf
from shelter_desktop.reports.layout import ResidentHeader
from shelter_desktop.services.assessment_templates import latest_template, template_keys

PRINTED_ON = date(2026, 3, 5)
KHMER = re.compile("[\u1780-\u17ff]{2,}")
RESIDENT = ResidentHeader("TS-2026-0042", "សុខ ស្រីពៅ", "Sok Sreypov")


def pages_text(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_templates_ship() -> None:
    assert {"csi", "recovery"} <= set(template_keys())


@pytest.mark.parametrize("key", ["csi", "recovery"])
@pytest.mark.parametrize("language", ["en", "km", "both"])
def test_assessment_form_has_every_domain_item_and_tick_box(key: str, language: str) -> None:
    template = latest_template(key)
    data = build_assessment_form_pdf(template, "Safe Haven Shelter", language, PRINTED_ON)
    texts = pages_text(data)
    whole = squeezed("".join(texts))
    for domain in template.domains:
        assert domain.code in whole
        if language != "km":
            for item in domain.items:
                # Item labels are staff-facing English text from the template.
                assert squeezed(item.label.en)[:30] in whole, item.code
    if language != "en":
        assert all(KHMER.search(t) for t in texts)
    # Every page numbered "n of total".
    total = len(texts)
    assert 2 <= total <= 4 * len(template.domains)
    if language == "en":
        for number, text in enumerate(texts, start=1):
            assert f"Page {number} of {total}" in text
        assert "Assessment form" in texts[0] and "Assessor" in texts[0]
        assert "Comment" in "".join(texts)


def test_assessment_form_draws_four_tick_boxes_per_item() -> None:
    template = latest_template("csi")
    data = build_assessment_form_pdf(template, "Safe Haven Shelter", "en", PRINTED_ON)
    items = sum(len(d.items) for d in template.domains)
    # Tick boxes are small squares drawn with "re" (rectangle) operators; count them.
    reader = PdfReader(io.BytesIO(data))
    squares = 0
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        squares += len(re.findall(r"0 [\d.]+ 10\.2047\d* 10\.2047\d* re", content))
    assert squares >= 4 * items


def test_assessment_form_prints_the_resident_when_given() -> None:
    template = latest_template("recovery")
    blank = "".join(pages_text(build_assessment_form_pdf(template, "S", "en", PRINTED_ON)))
    named = "".join(pages_text(
        build_assessment_form_pdf(template, "S", "en", PRINTED_ON, RESIDENT)
    ))  # fmt: skip
    assert "TS-2026-0042" in named and "Sok Sreypov" in named
    assert "TS-2026-0042" not in blank and "Sok Sreypov" not in blank


@pytest.mark.parametrize("language", ["en", "km", "both"])
def test_follow_up_form(language: str) -> None:
    data = build_follow_up_form_pdf("Safe Haven Shelter", language, PRINTED_ON, RESIDENT,
                                    date(2026, 4, 1))  # fmt: skip
    texts = pages_text(data)
    whole = "".join(texts)
    assert 1 <= len(texts) <= 3
    assert "TS-2026-0042" in whole and "01/04/2026" in whole
    if language != "en":
        assert KHMER.search(whole)
    if language != "km":
        for label in ("Follow-up visit form", "Visit date", "Home visit", "Phone call",
                      "Safety", "Wellbeing", "Family relationships", "Education or work",
                      "Re-trafficking risk", "Low", "Medium", "High", "Findings", "Risks",
                      "Next steps", "Signatures", "Supervisor", "Serious concern", "Good"):
            assert label in whole, label


def test_blank_follow_up_form_has_no_resident_and_no_due_date() -> None:
    texts = pages_text(build_follow_up_form_pdf("Safe Haven Shelter", "en", PRINTED_ON))
    whole = "".join(texts)
    assert "Case number" in whole and "TS-" not in whole
    assert "Printed on 05/03/2026" in whole
    assert not re.search(r"\d\d/\d\d/\d{4}", whole.replace("05/03/2026", ""))


def test_forms_refuse_an_unknown_language() -> None:
    with pytest.raises(ValueError):
        build_follow_up_form_pdf("S", "fr", PRINTED_ON)
    with pytest.raises(ValueError):
        build_assessment_form_pdf(latest_template("csi"), "S", "de", PRINTED_ON)
