"""The in-app help: one page per screen, in the language shown, with links between pages.

The pages are Markdown files shipped in ``resources/help`` and read by
``services.help_pages`` (the UI never opens files itself). ``show_help(parent, screen)`` opens
(or brings forward) the one help window and shows the page for ``screen``; F1 in the main
window and in a resident file calls it with the screen or tab in front.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTextBrowser,
    QWidget,
)

from ..services.help_pages import INDEX, SCREENS, HelpPage, help_page, screen_for_link
from .text_size import BASE_POINT_SIZE

# A widget a style sheet rule matches keeps the font it had when it was polished, so these two
# would stay at 100 % whatever the text size. An explicit ``font-size`` in pt makes them follow
# View ▸ Text size like every other style sheet: text_size scales it now and for new windows.
# The page's headings are sized relative to the browser's font, so they follow too.
STYLE = f"""
QTextBrowser#helpText {{ border: none; padding: 12px 20px; background: #ffffff;
    font-size: {BASE_POINT_SIZE:g}pt; }}
QListWidget#helpPages {{ border: none; border-right: 1px solid #dde3ea; background: #f5f7f9;
    font-size: {BASE_POINT_SIZE:g}pt; }}
QListWidget#helpPages::item {{ padding: 6px 10px; }}
"""


def current_language() -> str:
    """The language the application shows now (install_language sets the default locale)."""
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


class HelpWindow(QMainWindow):
    """Shows one help page at a time; the list on the left opens any other page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet(STYLE)
        self._screen = INDEX
        self._language = current_language()
        self._page: HelpPage | None = None

        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setFixedWidth(230)
        for screen in SCREENS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, screen)
            self.pages.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # links between pages are resolved here
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.pages)
        row.addWidget(self.browser, 1)
        self.setCentralWidget(body)

        close = QAction(self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.close)
        self.addAction(close)

        self.pages.currentItemChanged.connect(self._page_chosen)
        self.resize(900, 640)
        self.show_screen(INDEX)

    # -- pages ---------------------------------------------------------------------------

    def screen(self) -> str:
        return self._screen

    def language(self) -> str:
        return self._language

    def page(self) -> HelpPage | None:
        return self._page

    def show_screen(self, screen: str, language: str | None = None) -> None:
        if screen not in SCREENS:
            screen = INDEX
        self._screen = screen
        self._language = language or current_language()
        self._page = help_page(screen, self._language)
        self.browser.setMarkdown(self._page.markdown)
        self.browser.document().setDefaultStyleSheet("")
        self.browser.verticalScrollBar().setValue(0)
        self._fill_list()
        self.setWindowTitle(self.tr("Help: {page}").format(page=self._page.title))

    def _fill_list(self) -> None:
        self.pages.blockSignals(True)
        try:
            for row in range(self.pages.count()):
                item = self.pages.item(row)
                screen = item.data(Qt.ItemDataRole.UserRole)
                item.setText(help_page(screen, self._language).title)
                if screen == self._screen:
                    self.pages.setCurrentItem(item)
        finally:
            self.pages.blockSignals(False)

    def _page_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_screen(item.data(Qt.ItemDataRole.UserRole), self._language)

    def _link_clicked(self, url: QUrl) -> None:
        screen = screen_for_link(url.toString())
        if screen is not None:
            self.show_screen(screen, self._language)

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.show_screen(self._screen)  # the same page in the language now shown
        super().changeEvent(event)


def help_window(owner: QWidget) -> HelpWindow:
    """The help window of ``owner``'s top-level window, made on first use."""
    top = owner.window()
    window = getattr(top, "_help_window", None)
    if window is None or not shiboken6.isValid(window):
        window = HelpWindow(top)
        top._help_window = window  # type: ignore[attr-defined]
    return window


def show_help(owner: QWidget, screen: str) -> HelpWindow:
    """Open the help page for ``screen`` next to ``owner`` and bring it forward."""
    window = help_window(owner)
    window.show_screen(screen)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
