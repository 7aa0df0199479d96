"""Draw the application icon (a house sheltering a person) as PNG and Windows ICO.

Run once when the design changes: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
installer/make_icon.py``. The outputs are kept in ``resources/icons/`` (package data, so the
running application can use them too) and used by the PyInstaller spec, the .desktop file and
the Inno Setup script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPolygonF

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256.0
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1f6f78")))  # teal rounded tile
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    painter.setBrush(QBrush(QColor("#ffffff")))  # roof
    painter.drawPolygon(QPolygonF([QPointF(128 * s, 40 * s), QPointF(224 * s, 124 * s),
                                   QPointF(196 * s, 124 * s), QPointF(128 * s, 66 * s),
                                   QPointF(60 * s, 124 * s), QPointF(32 * s, 124 * s)]))
    painter.drawRect(QRectF(68 * s, 118 * s, 120 * s, 96 * s))  # walls
    painter.setBrush(QBrush(QColor("#f2a541")))  # the person inside, warm colour
    painter.drawEllipse(QPointF(128 * s, 142 * s), 17 * s, 17 * s)
    painter.drawRoundedRect(QRectF(102 * s, 164 * s, 52 * s, 50 * s), 18 * s, 18 * s)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(ICONS / "shelter-desktop.png"))
    ok &= draw(48).save(str(ICONS / "shelter-desktop-48.png"))
    ok &= draw(256).save(str(ICONS / "shelter-desktop.ico"), "ICO")
    print("icons written" if ok else "writing an icon failed", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
