"""The application icon ships in every size (sharp on high-DPI screens) and the Windows ICO
holds them all."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QSize

from shelter_desktop.ui.app_icon import ICON_SIZES, application_icon

ICO = Path(__file__).resolve().parents[2] / "resources" / "icons" / "shelter-desktop.ico"


def test_application_icon_holds_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = application_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    assert icon.pixmap(QSize(32, 32)).width() == 32


def test_windows_icon_file_has_small_and_large_sizes() -> None:
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for n in range(count):
        width, height, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n)
        assert offset + length <= len(data)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
