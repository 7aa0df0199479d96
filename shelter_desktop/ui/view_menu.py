"""The main window's View menu: text size (per person on this PC) and the keyboard shortcuts.

The text size is kept in QSettings (a window preference, like geometry), applied at once to every
open window and again at the next start (app.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .text_size import (
    DEFAULT_TEXT_SIZE,
    TEXT_SIZES,
    apply_text_size,
    current_text_size,
    save_text_size,
)


class ViewMenu(QMenu):
    text_size_changed = Signal(int)
    shortcuts_requested = Signal()

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewMenu")
        self._settings = settings
        self.text_size_menu = QMenu(self)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(percent)
            action.triggered.connect(lambda _checked=False, p=percent: self.set_text_size(p))
            self._group.addAction(action)
            self.text_size_menu.addAction(action)
            self.size_actions[percent] = action
        self.text_size_menu.addSeparator()
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts(
            [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence("Ctrl+Shift+=")]
        )
        self.larger_action.triggered.connect(lambda: self.step(+1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_action.triggered.connect(lambda: self.step(-1))
        self.text_size_menu.addAction(self.larger_action)
        self.text_size_menu.addAction(self.smaller_action)
        self.addMenu(self.text_size_menu)
        self.addSeparator()
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.shortcuts_requested)
        self.addAction(self.shortcuts_action)
        self._check(current_text_size())
        self.retranslate()

    def window_actions(self) -> list[QAction]:
        """Actions whose shortcuts must work while the menu is closed: add them to the window."""
        return [self.larger_action, self.smaller_action, self.shortcuts_action]

    def _check(self, percent: int) -> None:
        action = self.size_actions.get(percent) or self.size_actions[DEFAULT_TEXT_SIZE]
        action.setChecked(True)

    def step(self, direction: int) -> None:
        index = TEXT_SIZES.index(current_text_size()) if current_text_size() in TEXT_SIZES else 1
        index = max(0, min(len(TEXT_SIZES) - 1, index + direction))
        self.set_text_size(TEXT_SIZES[index])

    def set_text_size(self, percent: int) -> None:
        self._check(percent)
        if percent == current_text_size():
            return
        apply_text_size(percent)
        save_text_size(percent, self._settings)
        self.text_size_changed.emit(percent)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&View"))
        self.text_size_menu.setTitle(self.tr("&Text size"))
        for percent, action in self.size_actions.items():
            text = self.tr("{percent} %").format(percent=percent)
            if percent == DEFAULT_TEXT_SIZE:
                text = self.tr("{percent} % (normal)").format(percent=percent)
            action.setText(text)
        self.larger_action.setText(self.tr("&Larger"))
        self.smaller_action.setText(self.tr("&Smaller"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
