"""Remembered window layout: window geometry and splitter positions in QSettings.

Restoring is safe when the screen the window was on is gone (a second monitor unplugged, a
projector, a smaller laptop screen): a window that would come back mostly off every screen is
moved and, if needed, shrunk onto the primary screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

# A window must show at least this much of itself (title bar included) on some screen.
MIN_VISIBLE = 120


def _visible_enough(frame: QRect) -> bool:
    for screen in QGuiApplication.screens():
        overlap = frame.intersected(screen.availableGeometry())
        if overlap.width() >= min(MIN_VISIBLE, frame.width()) and overlap.height() >= min(
            MIN_VISIBLE // 2, frame.height()
        ):
            # The top edge (where the title bar is) must be on this screen too.
            if screen.availableGeometry().top() <= frame.top() <= screen.availableGeometry().bottom():
                return True
    return False


def ensure_on_screen(window: QWidget) -> bool:
    """Move (and shrink if needed) ``window`` onto the primary screen when it is not visible
    enough on any screen. Returns True when it was moved."""
    frame = window.frameGeometry() if window.isVisible() else window.geometry()
    if _visible_enough(frame):
        return False
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return False
    area = screen.availableGeometry()
    width = min(window.width(), area.width())
    height = min(window.height(), area.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = area.left() + max(0, (area.width() - window.width()) // 2)
    y = area.top() + max(0, (area.height() - window.height()) // 2)
    window.move(x, y)
    return True


def restore_geometry(window: QWidget, stored: object) -> bool:
    """``window.restoreGeometry(stored)`` that never leaves the window off-screen.

    Returns True when a saved geometry was applied (possibly corrected)."""
    if not stored:
        return False
    data = stored if isinstance(stored, QByteArray) else QByteArray(stored)  # type: ignore[arg-type]
    try:
        restored = window.restoreGeometry(data)
    except (TypeError, ValueError):
        restored = False
    ensure_on_screen(window)
    return bool(restored)


def remember_splitter(splitter: QSplitter, key: str, settings: QSettings | None = None) -> None:
    """Restore the splitter's saved position under ``key`` and save it whenever it moves."""
    settings = settings if settings is not None else QSettings()
    full_key = f"splitters/{key}"
    stored = settings.value(full_key)
    if stored:
        try:
            splitter.restoreState(stored if isinstance(stored, QByteArray) else QByteArray(stored))
        except (TypeError, ValueError):
            pass
    splitter.splitterMoved.connect(
        lambda _pos, _index: settings.setValue(full_key, splitter.saveState())
    )


def _dialog_key(dialog: QWidget) -> str:
    return f"dialogs/{type(dialog).__name__}/size"


def restore_dialog_size(dialog: QWidget, settings: QSettings | None = None) -> bool:
    """Give an editor dialog the size it had when last closed, never larger than the screen
    it opens on (Qt centres it on its parent)."""
    settings = settings if settings is not None else QSettings()
    stored = settings.value(_dialog_key(dialog))
    if not isinstance(stored, QSize) or not stored.isValid():
        return False
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    size = stored.expandedTo(dialog.minimumSize())
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    dialog.resize(size)
    return True


def save_dialog_size(dialog: QWidget, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    if dialog.isVisible():
        settings.setValue(_dialog_key(dialog), dialog.size())
