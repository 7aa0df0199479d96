"""The application icon in every size we ship, for title bars, the task bar and Alt+Tab."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """One QIcon holding each shipped PNG, so Qt picks a sharp size at any screen scale
    (an empty icon when the files are missing: the platform's default icon is shown)."""
    icon = QIcon()
    folder = files("shelter_desktop.resources") / "icons"
    for size in ICON_SIZES:
        resource = folder / f"shelter-desktop-{size}.png"
        if resource.is_file():
            pixmap = QPixmap()
            if pixmap.loadFromData(resource.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon
