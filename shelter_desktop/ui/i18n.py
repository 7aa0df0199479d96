"""Language and fonts: bundled Noto Sans and Noto Sans Khmer, Qt translators for en/km."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..domain.i18n import QT_TRANSLATE_NOOP

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
)
FONT_FAMILIES = ["Noto Sans", "Noto Sans Khmer"]
LANGUAGE_NAMES = {"en": "English", "km": "ខ្មែរ"}

_translators: list[QTranslator] = []

# Qt's own standard buttons look their text up in the "QPlatformTheme" context. Qt ships no
# Khmer for them; resources/translations/qtbase_km.ts has all of them (with Qt's other texts),
# and our own translation file carries these few too (marked here for lupdate).
QT_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)


def register_fonts(point_size: float = 10.0) -> None:
    """Register the bundled fonts and make Latin + Khmer the application font."""
    fonts = files("shelter_desktop.resources") / "fonts"
    for name in FONT_FILES:
        with as_file(fonts / name) as path:
            QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    QApplication.setFont(font)


def install_language(language: str) -> None:
    """Switch every translatable string to ``language`` ("en" or "km").

    Widgets retranslate themselves on QEvent.LanguageChange, which installing a translator sends.
    """
    app = QCoreApplication.instance()
    assert app is not None
    # Load first, so a missing file leaves everything as it was. Qt's own texts (context menus,
    # standard and wizard buttons, file and print dialogs: Qt ships no Khmer for them) go in
    # before ours: the translator installed last is asked first, so our wording wins.
    loaded = [QTranslator()] if language == "en" else [
        _load(f"qtbase_{language}.qm", language),
        _load(f"shelter_{language}.qm", language),
    ]  # English is the source language; an empty translator still sends LanguageChange.
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    # Month and day names (the calendar popup of date fields) follow the language; dates keep
    # ui/formatting.py's dd/MM/yyyy, and the Khmer locale writes Latin digits.
    if language == "km":
        QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for translator in loaded:
        _translators.append(translator)
        app.installTranslator(translator)


def _load(name: str, language: str) -> QTranslator:
    translator = QTranslator()
    with as_file(files("shelter_desktop.resources") / "translations" / name) as path:
        if not translator.load(str(path)):
            raise FileNotFoundError(f"translation file for {language} is missing")
    return translator
