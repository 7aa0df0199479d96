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
# Khmer for them, so our translation file carries these few (marked here for lupdate).
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
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Khmer if language == "km" else QLocale.Language.English, QLocale.Country.Cambodia if language == "km" else QLocale.Country.UnitedKingdom))
    if language == "en":
        # English is the source language; still send LanguageChange so views refresh.
        translator = QTranslator()
        _translators.append(translator)
        app.installTranslator(translator)
        return
    translator = QTranslator()
    folder = files("shelter_desktop.resources") / "translations"
    with as_file(folder / f"shelter_{language}.qm") as path:
        if not translator.load(str(path)):
            raise FileNotFoundError(f"translation file for {language} is missing")
    _translators.append(translator)
    app.installTranslator(translator)
