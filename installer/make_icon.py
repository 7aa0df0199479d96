"""Draw the application icon (a house sheltering a person) as PNG and Windows ICO.

Run once when the design changes: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
installer/make_icon.py``. The outputs are kept in ``resources/icons/`` (package data, so the
running application can use them too) and used by the PyInstaller spec, the .desktop file and
the Inno Setup script.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
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


SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows ICO holding every size as a PNG entry (Windows Vista and later): Qt's own ICO
    writer keeps one size only, and Windows then scales the 256 px image down to a blur."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in SIZES}
    for size, blob in pngs.items():
        (ICONS / f"shelter-desktop-{size}.png").write_bytes(blob)
    (ICONS / "shelter-desktop.png").write_bytes(pngs[256])
    (ICONS / "shelter-desktop.ico").write_bytes(ico_bytes(pngs))
    print("icons written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
