"""Text size: a per-person comfort setting (90 % … 150 %) kept in QSettings on this PC.

It is a window/UI preference like the window geometry, not a shelter setting, so it lives in
QSettings, never in settings.json. Applying it:

- sets the application font to the base size times the factor (widgets without a font of their
  own follow at once);
- scales every ``font-size: N pt`` in style sheets (the application's and each widget's own),
  keeping the original so switching back is exact; widgets created later are scaled when they
  are first polished (an application event filter, installed only while the size is not 100 %);
- scales fonts that widgets set explicitly (headings) by the ratio of the new to the old size;
- makes table rows tall enough for Khmer at the new size (``row_height``).
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from .residents_page import row_height

TEXT_SIZES = (90, 100, 115, 130, 150)
DEFAULT_TEXT_SIZE = 100
TEXT_SIZE_KEY = "ui/textSizePercent"
BASE_POINT_SIZE = 10.0

_ORIGINAL = "_textSizeOriginalSheet"  # dynamic properties on widgets with a scaled sheet
_SCALED = "_textSizeScaledSheet"
_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(\s*pt)", re.IGNORECASE)

_SET_FONT = Qt.WidgetAttribute.WA_SetFont

_state: dict[str, object] = {"percent": DEFAULT_TEXT_SIZE, "app_sheet": None, "filter": None}


def clamp_text_size(value: object) -> int:
    """A stored value read back safely: anything unknown or damaged means 100 %."""
    try:
        percent = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_TEXT_SIZE
    return percent if percent in TEXT_SIZES else DEFAULT_TEXT_SIZE


def saved_text_size(settings: QSettings | None = None) -> int:
    settings = settings if settings is not None else QSettings()
    return clamp_text_size(settings.value(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE))


def save_text_size(percent: int, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(TEXT_SIZE_KEY, clamp_text_size(percent))
    settings.sync()


def current_text_size() -> int:
    return int(_state["percent"])  # type: ignore[call-overload]


def scale_stylesheet(sheet: str, percent: int) -> str:
    """Every ``font-size: N pt`` in ``sheet`` times percent/100 (other units are left)."""
    if percent == DEFAULT_TEXT_SIZE or "pt" not in sheet:
        return sheet

    def scaled(match: re.Match[str]) -> str:
        size = round(float(match.group(2)) * percent / 100, 1)
        return f"{match.group(1)}{size:g}{match.group(3)}"

    return _FONT_SIZE.sub(scaled, sheet)


def _scale_widget_sheet(widget: QWidget, percent: int) -> None:
    current = widget.styleSheet()
    if not current:
        return
    original = widget.property(_ORIGINAL)
    if original is None or current != widget.property(_SCALED):
        # Never scaled, or the widget has set a new sheet of its own since: that one is original.
        if "font-size" not in current:
            return
        original = current
    wanted = scale_stylesheet(str(original), percent)
    widget.setProperty(_ORIGINAL, original)
    widget.setProperty(_SCALED, wanted)
    if wanted != current:
        widget.setStyleSheet(wanted)


class _NewWidgetScaler(QObject):
    """Scales the style sheet of widgets created after the size was chosen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            percent = current_text_size()
            if percent != DEFAULT_TEXT_SIZE and watched.styleSheet():
                _scale_widget_sheet(watched, percent)
        return False


def _install_scaler(app: QApplication, percent: int) -> None:
    scaler = _state["filter"]
    if scaler is not None and not shiboken6.isValid(scaler):
        scaler = _state["filter"] = None
    if percent != DEFAULT_TEXT_SIZE and scaler is None:
        scaler = _NewWidgetScaler(app)
        app.installEventFilter(scaler)
        _state["filter"] = scaler
    elif percent == DEFAULT_TEXT_SIZE and scaler is not None:
        app.removeEventFilter(scaler)  # type: ignore[arg-type]
        scaler.deleteLater()  # type: ignore[attr-defined]
        _state["filter"] = None


def apply_text_size(percent: int) -> None:
    """Make every window's text ``percent`` % of the normal size, now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    percent = clamp_text_size(percent)
    previous = current_text_size()
    _state["percent"] = percent
    ratio = percent / previous

    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    # Widgets with a font of their own (a heading made bigger) keep their proportion.
    explicit = [w for w in QApplication.allWidgets() if w.testAttribute(_SET_FONT)]
    QApplication.setFont(font)
    if ratio != 1:
        for widget in explicit:
            own = QFont(widget.font())
            if own.pointSizeF() > 0:
                own.setPointSizeF(max(1.0, own.pointSizeF() * ratio))
                widget.setFont(own)

    app_sheet = app.styleSheet()
    if app_sheet:
        original = _state["app_sheet"]
        if original is None or app_sheet != _state.get("app_scaled"):
            original = app_sheet
        scaled = scale_stylesheet(str(original), percent)
        _state["app_sheet"], _state["app_scaled"] = original, scaled
        if scaled != app_sheet:
            app.setStyleSheet(scaled)
    for widget in QApplication.allWidgets():
        _scale_widget_sheet(widget, percent)
    for view in (w for w in QApplication.allWidgets() if isinstance(w, QTableView)):
        view.verticalHeader().setDefaultSectionSize(row_height(view.font()))
    _install_scaler(app, percent)


def apply_saved_text_size(settings: QSettings | None = None) -> int:
    """At start: the size this PC's user chose last time."""
    percent = saved_text_size(settings)
    apply_text_size(percent)
    return percent
