"""The two shipped assessment templates: they load, have the agreed shape, and every text is
in both English and Khmer."""

from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from shelter_desktop.domain.assessments import (
    SCORES,
    AssessmentTemplate,
    Bilingual,
    TemplateInvalid,
    parse_template,
)
from shelter_desktop.services.assessment_templates import (
    latest_template,
    shipped_templates,
    shipped_version,
)

KHMER = re.compile("[\u1780-\u17ff]")
FOLDER = files("shelter_desktop.resources") / "assessments"


def _load(name: str) -> AssessmentTemplate:
    return parse_template((FOLDER / name).read_text(encoding="utf-8"))


def _texts(template: AssessmentTemplate) -> list[tuple[str, Bilingual]]:
    out = [("title", template.title), ("description", template.description)]
    for domain in template.domains:
        out.append((f"{domain.code} label", domain.label))
        if domain.group is not None:
            out.append((f"{domain.code} group", domain.group))
        for item in domain.items:
            out.append((f"{item.code} label", item.label))
            out.extend((f"{item.code} anchor {s}", item.anchors[s]) for s in SCORES)
    return out


def test_csi_has_twelve_domains_in_six_groups_one_item_each() -> None:
    csi = _load("csi-v1.json")
    assert (csi.key, csi.version) == ("csi", 1)
    codes = [d.code for d in csi.domains]
    assert codes == [f"{n}{letter}" for n in range(1, 7) for letter in "AB"]
    assert all(len(d.items) == 1 for d in csi.domains)
    groups = [d.group.en for d in csi.domains if d.group is not None]
    assert len(groups) == 12
    assert len(dict.fromkeys(groups)) == 6
    # the two domains of a group sit side by side and share the group
    for first, second in zip(csi.domains[::2], csi.domains[1::2], strict=True):
        assert first.group == second.group
    labels = {d.code: d.label.en for d in csi.domains}
    assert labels["1A"] == "Food security"
    assert labels["6B"] == "Education and work"


def test_recovery_has_eleven_domains_with_one_to_three_items() -> None:
    recovery = _load("recovery-v1.json")
    assert (recovery.key, recovery.version) == ("recovery", 1)
    assert len(recovery.domains) == 11
    assert all(1 <= len(d.items) <= 3 for d in recovery.domains)
    names = " ".join(d.label.en.lower() for d in recovery.domains)
    for word in ("risk", "physical health", "education", "income", "financial", "trauma",
                 "resilience", "values", "family", "community", "legal rights"):
        assert word in names, word


@pytest.mark.parametrize("name", ["csi-v1.json", "recovery-v1.json"])
def test_every_text_is_in_english_and_khmer(name: str) -> None:
    template = _load(name)
    texts = _texts(template)
    assert len(texts) > 50
    for where, text in texts:
        assert text.en.strip() and not KHMER.search(text.en), where
        assert KHMER.search(text.km), f"{where}: no Khmer"
        # Khmer text is Khmer, not English with a word of Khmer in it
        khmer_letters = len(KHMER.findall(text.km))
        latin_letters = len(re.findall("[A-Za-z]", text.km))
        assert khmer_letters > latin_letters, where


@pytest.mark.parametrize("name", ["csi-v1.json", "recovery-v1.json"])
def test_item_codes_are_unique_in_the_whole_template(name: str) -> None:
    template = _load(name)
    codes = [item.code for domain in template.domains for item in domain.items]
    assert len(codes) == len(set(codes))
    assert not set(codes) & {d.code for d in template.domains}
    # the four anchors of an item are four different descriptions
    for domain in template.domains:
        for item in domain.items:
            assert len({item.anchors[s].en for s in SCORES}) == 4, item.code
            assert len({item.anchors[s].km for s in SCORES}) == 4, item.code


def test_the_loader_finds_both_shipped_templates() -> None:
    shipped = shipped_templates()
    assert set(shipped) >= {"csi", "recovery"}
    assert latest_template("csi").version == max(t.version for t in shipped["csi"])
    assert shipped_version("recovery", 1) == _load("recovery-v1.json")
    assert shipped_version("recovery", 999) is None
    with pytest.raises(KeyError):
        latest_template("no-such-template")


def test_a_broken_template_is_refused() -> None:
    raw = json.loads((FOLDER / "csi-v1.json").read_text(encoding="utf-8"))
    del raw["domains"][0]["items"][0]["anchors"]["3"]
    with pytest.raises(TemplateInvalid):
        parse_template(json.dumps(raw))
    raw = json.loads((FOLDER / "csi-v1.json").read_text(encoding="utf-8"))
    raw["domains"][1]["code"] = raw["domains"][0]["code"]
    with pytest.raises(TemplateInvalid):
        parse_template(json.dumps(raw))
