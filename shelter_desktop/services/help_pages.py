"""The in-app help pages shipped with the application (``resources/help``).

One Markdown page per screen and language: ``<screen>.<language>.md`` in the package
``shelter_desktop.resources`` (the ``resources/`` folder of the repository, shipped inside the
wheel and the installer bundle), loaded through importlib.resources like the assessment
templates. Pages link to each other with ``[text](<screen>.md)``; the help window resolves
those links to the page of the same screen in the language shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

PACKAGE = "shelter_desktop.resources"
FOLDER = "help"
LANGUAGES = ("en", "km")
FALLBACK_LANGUAGE = "en"

# Main window pages, then the resident file and its tabs, then the other windows.
SCREENS = (
    "home",
    "residents",
    "due_work",
    "reports",
    "administration",
    "resident_file",
    "overview",
    "counseling",
    "assessments",
    "care_plan",
    "reintegration",
    "documents",
    "backups",
    "setup",
)
INDEX = "home"
# Resident file tabs without a page of their own are explained on the resident file page.
_TAB_PAGES = {
    "overview": "overview",
    "counseling": "counseling",
    "assessments": "assessments",
    "care_plan": "care_plan",
    "reintegration": "reintegration",
    "documents": "documents",
}


@dataclass(frozen=True)
class HelpPage:
    screen: str
    language: str
    title: str
    markdown: str


def screen_for_tab(tab_key: str | None) -> str:
    """The help page for a tab of the resident file."""
    return _TAB_PAGES.get(tab_key or "", "resident_file")


def screen_for_link(link: str) -> str | None:
    """``backups.md`` (a link inside a page) -> ``backups``; None for anything else."""
    name = link.strip().rsplit("/", 1)[-1]
    if name.endswith(".md"):
        name = name[: -len(".md")]
    return name if name in SCREENS else None


def _language(language: str) -> str:
    code = (language or "").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else FALLBACK_LANGUAGE


@lru_cache(maxsize=64)
def help_page(screen: str, language: str) -> HelpPage:
    """The page for ``screen`` in ``language`` (English when that language has none).

    KeyError for a screen that has no help page at all.
    """
    if screen not in SCREENS:
        raise KeyError(screen)
    folder = files(PACKAGE) / FOLDER
    for code in dict.fromkeys((_language(language), FALLBACK_LANGUAGE)):
        entry = folder / f"{screen}.{code}.md"
        if entry.is_file():
            text = entry.read_text(encoding="utf-8")
            return HelpPage(screen, code, _title(text, screen), text)
    raise KeyError(screen)


def available_pages() -> set[tuple[str, str]]:
    """Every (screen, language) that ships a page."""
    found: set[tuple[str, str]] = set()
    for entry in (files(PACKAGE) / FOLDER).iterdir():
        parts = entry.name.split(".")
        if len(parts) == 3 and parts[2] == "md":
            found.add((parts[0], parts[1]))
    return found


def _title(text: str, default: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return default
