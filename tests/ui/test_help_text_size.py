"""The help window follows View ▸ Text size like every other window: now, and when opened later."""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QApplication

from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.help_window import HelpWindow, show_help
from shelter_desktop.ui.text_size import apply_text_size


# QSettings in a temporary folder, text size back to 100 % (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("user_settings")


def sizes(window: HelpWindow) -> tuple[float, float, float]:
    """Point sizes of the page text, the page list, and the page's height in pixels."""
    document = window.browser.document()
    return (
        document.defaultFont().pointSizeF(),
        window.pages.font().pointSizeF(),
        document.size().height(),
    )


def test_the_open_help_window_follows_a_new_text_size_at_once(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    text, pages, height = sizes(window)
    assert text == pytest.approx(10) and pages == pytest.approx(10)

    apply_text_size(150)
    QApplication.processEvents()
    text, pages, taller = sizes(window)
    assert text == pytest.approx(15) and pages == pytest.approx(15)
    assert taller > height * 1.3  # headings and body text grew, not only the default font
    assert "Noto Sans Khmer" in window.browser.font().families()

    window.show_screen("residents")  # another page keeps the size
    assert sizes(window)[0] == pytest.approx(15)

    apply_text_size(90)
    QApplication.processEvents()
    assert sizes(window)[:2] == (pytest.approx(9), pytest.approx(9))
    apply_text_size(100)
    QApplication.processEvents()
    window.show_screen("home")
    assert sizes(window) == (pytest.approx(10), pytest.approx(10), pytest.approx(height))


def test_a_help_window_opened_after_choosing_a_size_has_it(qtbot):
    apply_text_size(130)
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    assert sizes(window)[:2] == (pytest.approx(13), pytest.approx(13))


def test_view_menu_text_size_reaches_the_help_window(signed_in, qtbot):
    main = signed_in.open(Role.COUNSELOR)
    help_window = show_help(main, "home")
    qtbot.waitExposed(help_window)
    assert sizes(help_window)[0] == pytest.approx(10)
    main.view_menu.size_actions[115].trigger()
    assert sizes(help_window)[:2] == (pytest.approx(11.5), pytest.approx(11.5))
    main.view_menu.size_actions[100].trigger()
    assert sizes(help_window)[:2] == (pytest.approx(10), pytest.approx(10))
