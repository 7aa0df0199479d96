"""The words of anonymized summaries in English and Khmer (issue #5).

Reports cannot use Qt's translations (no Qt here; the command line exports too), so every
heading, vocabulary value and footer sentence of a summary lives here in both languages. Only
vocabulary values, months, age bands and province names ever become labels: never text a person
typed, so no exported string can be a resident's name or a note.

Khmer writes no spaces between words. The Khmer words that head table columns hold a zero-width
space (U+200B) between words, where a narrow PDF column may break a line
(:func:`fonts.break_lines`); the CSV and XLSX exports take them out again.
"""

from __future__ import annotations

from ..domain import geography
from ..domain.disclosure import Label
from ..domain.summary import (
    ADMISSIONS_BY_MONTH,
    AGE_BAND_BY_SEX,
    ASSESSMENT_CHANGE,
    EDUCATION,
    EXITS_BY_MONTH,
    EXPLOITATION_TYPE,
    FOLLOW_UP,
    NATIONALITY,
    PROVINCE,
    REFERRAL_SOURCE,
    REINTEGRATION,
    VOCATIONAL,
    VOCATIONAL_WORK,
)

LANGUAGES = ("en", "km")

TITLES: dict[str, tuple[str, str]] = {
    ADMISSIONS_BY_MONTH: ("Admissions by month and sex", "ការទទួលចូល តាមខែ និងភេទ"),
    EXITS_BY_MONTH: ("Exits by month and reason", "ការចាកចេញពីមណ្ឌល តាមខែ និងមូលហេតុ"),
    AGE_BAND_BY_SEX: (
        "Residents admitted, by age at admission and sex",
        "អ្នកស្នាក់នៅដែលបានទទួលចូល តាមអាយុពេលចូល និងភេទ",
    ),
    NATIONALITY: ("Residents admitted, by nationality", "អ្នកស្នាក់នៅដែលបានទទួលចូល តាមសញ្ជាតិ"),
    PROVINCE: (
        "Residents admitted, by province of origin",
        "អ្នកស្នាក់នៅដែលបានទទួលចូល តាមខេត្តកំណើត",
    ),
    REFERRAL_SOURCE: (
        "Residents admitted, by referral source",
        "អ្នកស្នាក់នៅដែលបានទទួលចូល តាមប្រភពបញ្ជូន",
    ),
    EXPLOITATION_TYPE: (
        "Residents admitted, by type of exploitation",
        "អ្នកស្នាក់នៅដែលបានទទួលចូល តាមប្រភេទនៃការកេងប្រវ័ញ្ច",
    ),
    EDUCATION: (
        "Education: residents by programme and status",
        "ការអប់រំ៖ អ្នកស្នាក់នៅ តាមកម្មវិធី និងស្ថានភាព",
    ),
    VOCATIONAL: (
        "Vocational training: residents by trade and status",
        "បណ្តុះបណ្តាលវិជ្ជាជីវៈ៖ អ្នកស្នាក់នៅ តាមជំនាញ និងស្ថានភាព",
    ),
    VOCATIONAL_WORK: (
        "Vocational training: residents placed in work",
        "បណ្តុះបណ្តាលវិជ្ជាជីវៈ៖ អ្នកស្នាក់នៅដែលទទួលបានការងារ",
    ),
    REINTEGRATION: (
        "Reintegration decisions by type and status",
        "ការសម្រេចសមាហរណកម្ម តាមប្រភេទ និងស្ថានភាព",
    ),
    FOLLOW_UP: (
        "Follow-up visits due in the period: residents by outcome",
        "ការតាមដានដល់ពេលកំណត់ក្នុងរយៈពេលនេះ៖ អ្នកស្នាក់នៅ តាមលទ្ធផល",
    ),
    ASSESSMENT_CHANGE: (
        "Average change per assessment domain (first to latest assessment, scale 1–4)",
        "ការផ្លាស់ប្តូរជាមធ្យមតាមផ្នែកវាយតម្លៃ (ពីការវាយតម្លៃដំបូងដល់ចុងក្រោយ មាត្រដ្ឋាន ១–៤)",
    ),
}

WORDS: dict[str, tuple[str, str]] = {
    # vocabulary of several tables
    "female": ("Female", "ស្រី"),
    "male": ("Male", "ប្រុស"),
    "other": ("Other", "ផ្សេងៗ"),
    "not_recorded": ("Not recorded", "មិនបានកត់ត្រា"),
    "residents": ("Residents", "អ្នក\u200bស្នាក់នៅ"),
    "total": ("Total", "សរុប"),
    "share": ("Share of total (%)", "ភាគរយ\u200bនៃ\u200bចំនួន\u200bសរុប (%)"),
    # age bands
    "0-5": ("0–5 years", "០–៥ ឆ្នាំ"),
    "6-11": ("6–11 years", "៦–១១ ឆ្នាំ"),
    "12-14": ("12–14 years", "១២–១៤ ឆ្នាំ"),
    "15-17": ("15–17 years", "១៥–១៧ ឆ្នាំ"),
    "18+": ("18 years and older", "១៨ ឆ្នាំឡើងទៅ"),
    "age_unknown": ("Age not known", "មិនដឹងអាយុ"),
    # nationalities (ISO codes)
    "KH": ("Cambodian", "ខ្មែរ"),
    "VN": ("Vietnamese", "វៀតណាម"),
    "TH": ("Thai", "ថៃ"),
    "LA": ("Lao", "ឡាវ"),
    "MM": ("Myanmar", "មីយ៉ាន់ម៉ា"),
    "CN": ("Chinese", "ចិន"),
    "XX": ("Other or unknown", "ផ្សេងៗ ឬមិនដឹង"),
    "outside_or_unknown": ("Outside Cambodia or not known", "ក្រៅប្រទេសកម្ពុជា ឬមិនដឹង"),
    # referral sources
    "police": ("Police", "នគរបាល"),
    "anti_trafficking_police": ("Anti-trafficking police", "នគរបាលប្រឆាំងការជួញដូរមនុស្ស"),
    "court": ("Court", "តុលាការ"),
    "local_authority": ("Local authority", "អាជ្ញាធរមូលដ្ឋាន"),
    "ngo": ("NGO", "អង្គការមិនមែនរដ្ឋាភិបាល"),
    "community": ("Community", "សហគមន៍"),
    "family": ("Family", "គ្រួសារ"),
    "self": ("Self-referred", "មកដោយខ្លួនឯង"),
    # exploitation types
    "sexual_exploitation": ("Sexual exploitation", "ការកេងប្រវ័ញ្ចផ្លូវភេទ"),
    "forced_labour": ("Forced labour", "ពលកម្មដោយបង្ខំ"),
    "forced_begging": ("Forced begging", "ការសុំទានដោយបង្ខំ"),
    "domestic_servitude": ("Domestic servitude", "ការបម្រើតាមផ្ទះដោយបង្ខំ"),
    "forced_marriage": ("Forced marriage", "អាពាហ៍ពិពាហ៍ដោយបង្ខំ"),
    "rape_sexual_abuse": ("Rape or sexual abuse", "ការរំលោភ ឬការរំលោភបំពានផ្លូវភេទ"),
    # education programmes
    "khmer_literacy": ("Khmer literacy (non-formal)", "អក្ខរកម្មខ្មែរ (ក្រៅប្រព័ន្ធ)"),
    "maths": ("Maths (non-formal)", "គណិតវិទ្យា (ក្រៅប្រព័ន្ធ)"),
    "english": ("English (non-formal)", "ភាសាអង់គ្លេស (ក្រៅប្រព័ន្ធ)"),
    "public_school": ("Public school", "សាលារដ្ឋ"),
    "kindergarten": ("Kindergarten", "មត្តេយ្យ"),
    "life_skills": ("Life skills", "ជំនាញជីវិត"),
    # progress status
    "planned": ("Planned", "គ្រោង\u200bទុក"),
    "in_progress": ("In progress", "កំពុង\u200bដំណើរការ"),
    "completed": ("Completed", "បាន\u200bបញ្ចប់"),
    "dropped": ("Stopped", "បាន\u200bឈប់"),
    # trades
    "sewing": ("Sewing", "កាត់ដេរ"),
    "hairdressing": ("Hairdressing", "កាត់សក់"),
    "motorbike_repair": ("Motorbike repair", "ជួសជុលម៉ូតូ"),
    "animal_raising": ("Animal raising", "ចិញ្ចឹមសត្វ"),
    "cooking": ("Cooking", "ធ្វើម្ហូប"),
    "computer_skills": ("Computer skills", "ជំនាញកុំព្យូទ័រ"),
    "weaving": ("Weaving", "តម្បាញ"),
    "beauty": ("Beauty", "សម្ផស្ស"),
    "other_trade": ("Other trade", "ជំនាញផ្សេងៗ"),
    "placed_in_work": ("Placed in work", "ទទួល\u200bបាន\u200bការងារ"),
    # reintegration
    "decision_family": ("Return to family", "ត្រឡប់ទៅគ្រួសារវិញ"),
    "kinship": ("Kinship care (relatives)", "ការថែទាំដោយសាច់ញាតិ"),
    "foster": ("Foster family", "គ្រួសារចិញ្ចឹម"),
    "independent_living": ("Independent living", "ការរស់នៅដោយឯករាជ្យ"),
    "group_home": ("Group home", "ផ្ទះក្រុម"),
    "preparing": ("Preparing", "កំពុង\u200bរៀបចំ"),
    "placed": ("Placed", "បាន\u200bដាក់\u200bទីលំនៅ"),
    "closed": ("Closed", "បាន\u200bបិទ"),
    # exits (how a resident left the shelter)
    "exit_reintegrated": ("Reintegrated", "បាន\u200bធ្វើ\u200bសមាហរណកម្ម"),
    "exit_transferred": ("Transferred", "បាន\u200bផ្ទេរ"),
    "exit_absconded": ("Left without notice", "បាន\u200bចាកចេញ\u200bដោយ\u200bមិន\u200bជូន\u200bដំណឹង"),
    "exit_closed": ("Case closed", "ករណី\u200bបាន\u200bបិទ"),
    # follow-up outcomes
    "done_low": ("Visited: low risk", "បានចុះសួរសុខទុក្ខ៖ ហានិភ័យទាប"),
    "done_medium": ("Visited: medium risk", "បានចុះសួរសុខទុក្ខ៖ ហានិភ័យមធ្យម"),
    "done_high": ("Visited: high risk", "បានចុះសួរសុខទុក្ខ៖ ហានិភ័យខ្ពស់"),
    "done_unrated": ("Visited: risk not rated", "បានចុះសួរសុខទុក្ខ៖ មិនបានវាយតម្លៃហានិភ័យ"),
    "missed": ("Missed", "ខកខាន"),
    "cancelled": ("Cancelled", "បានលុបចោល"),
    "scheduled": ("Not yet made", "មិនទាន់បានធ្វើ"),
    # assessment change
    "average_change": ("Average change", "ការ\u200bផ្លាស់ប្តូរ\u200bជា\u200bមធ្យម"),
    "domain": ("Domain", "ផ្នែក"),
    # layout and footer
    "summary_title": ("Anonymized summary", "របាយការណ៍សង្ខេបអនាមិក"),
    "period": ("Period", "រយៈពេល"),
    "shelter": ("Shelter", "មណ្ឌល"),
    "hidden": ("x", "x"),
    "hidden_legend": (
        "x = hidden: fewer than {k} people, or hidden so that another hidden number cannot "
        "be worked out from the totals. Counts are of different residents in each cell.",
        "x = បានលាក់៖ តិចជាង {k} នាក់ ឬលាក់ដើម្បីកុំឱ្យគេគណនាលេខដែលបានលាក់ផ្សេងទៀតពីចំនួនសរុប។ "
        "ចំនួនគឺជាអ្នកស្នាក់នៅផ្សេងៗគ្នាក្នុងក្រឡានីមួយៗ។",
    ),
    "provenance": (
        "Period {period} · smallest published count {k} · generated on {date} · "
        "Shelter Desktop {version}",
        "រយៈពេល {period} · ចំនួនតូចបំផុតដែលបានផ្សាយ {k} · បង្កើតនៅថ្ងៃ {date} · "
        "Shelter Desktop {version}",
    ),
    "no_data": ("No records in this period.", "គ្មានកំណត់ត្រាក្នុងរយៈពេលនេះទេ។"),
    "measure_hidden": (
        "Averages are shown only where at least {k} residents contribute.",
        "មធ្យមភាគត្រូវបានបង្ហាញតែនៅកន្លែងដែលមានអ្នកស្នាក់នៅយ៉ាងហោចណាស់ {k} នាក់។",
    ),
    "page": ("Page {page} of {pages}", "ទំព័រ {page} នៃ {pages}"),
    # above a chart that starts a new page, away from its table and heading
    "chart_of": ("Chart: {title}", "ក្រាហ្វ៖ {title}"),
}

MONTHS: tuple[tuple[str, str], ...] = (
    ("January", "មករា"), ("February", "កុម្ភៈ"), ("March", "មីនា"), ("April", "មេសា"),
    ("May", "ឧសភា"), ("June", "មិថុនា"), ("July", "កក្កដា"), ("August", "សីហា"),
    ("September", "កញ្ញា"), ("October", "តុលា"), ("November", "វិច្ឆិកា"), ("December", "ធ្នូ"),
)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def word(key: str, language: str, **params: object) -> str:
    en, km = WORDS[key]
    text = km if language == "km" else en
    return text.format(**params) if params else text


def title(key: str, language: str) -> str:
    en, km = TITLES[key]
    return km if language == "km" else en


def label(key: str, word_key: str | None = None) -> Label:
    """A heading for a vocabulary value ``key`` (its words looked up under ``word_key``)."""
    en, km = WORDS[word_key or key]
    return Label(key, en, km)


def month_label(year: int, month: int) -> Label:
    en, km = MONTHS[month - 1]
    return Label(f"{year:04d}-{month:02d}", f"{en} {year}", f"{km} {year}")


def province_label(code: str) -> Label:
    place = next((p for p in geography.provinces() if p.code == code), None)
    if place is None:
        return label("outside_or_unknown")
    return Label(code, place.name_en or code, place.name_kh or place.name_en or code)
