"""Tab order that follows what is on screen: top to bottom, then left to right.

Forms that grow while they are used (goals and actions added, moved, removed) get new widgets at
the end of Qt's focus chain, so Tab would jump back and forth. ``follow_visual_order`` rebuilds
the chain of a container's focusable widgets from their positions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget



def _hidden_on_purpose(widget: QWidget, container: QWidget) -> bool:
    """Hidden by the code (not merely waiting for the queued show of a new layout child)."""
    current: QWidget | None = widget
    while current is not None and current is not container:
        if current.isHidden() and current.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return True
        current = current.parentWidget()
    return False


def _inside_focusable(widget: QWidget, container: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not container:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus or parent.focusProxy() is not None:
            return True
        parent = parent.parentWidget()
    return False


def focusable_in(container: QWidget) -> list[QWidget]:
    found = []
    for widget in container.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if _inside_focusable(widget, container):
            continue  # the line edit inside a date field or combo box moves with it
        if _hidden_on_purpose(widget, container):
            continue
        found.append(widget)
    return found


def visual_order(container: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """Lines top to bottom, each left to right; a widget starting above the middle of the
    line's first widget is on that line."""

    def box(w: QWidget) -> tuple[int, int, int]:
        top_left = w.mapTo(container, w.rect().topLeft())
        return top_left.y(), top_left.y() + w.height(), top_left.x()

    lines: list[list[QWidget]] = []
    line_middle: int | None = None
    for widget in sorted(widgets, key=lambda w: box(w)[:1] + box(w)[2:]):
        top, bottom, _x = box(widget)
        # On the line of the first (topmost) widget when it starts above that one's middle.
        if line_middle is None or top >= line_middle:
            lines.append([])
            line_middle = (top + bottom) // 2
        lines[-1].append(widget)
    return [w for line in lines for w in sorted(line, key=lambda w: box(w)[2])]


def _layout_now(container: QWidget) -> None:
    # Positions must be current: widgets just added to a layout are shown by a queued call,
    # and layouts update lazily.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    for widget in (container, *container.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None:
            layout.activate()


def step_in_visual_order(
    root: QWidget, container: QWidget, before: list[QWidget], after: list[QWidget], forward: bool
) -> bool:
    """Move the focus to the next (or previous) of ``before`` + the container's widgets as laid
    out + ``after``. Returns False when the focus is elsewhere (Qt's own order then applies)."""
    focus = root.focusWidget()
    if focus is None:
        return False
    _layout_now(container)
    order = [w for w in before if w.isEnabled() and w.isVisible()]
    order += [w for w in visual_order(container, focusable_in(container)) if w.isEnabled()]
    order += [w for w in after if w.isEnabled() and w.isVisible()]
    current: QWidget | None = focus
    while current is not None and current not in order:
        current = current.parentWidget()  # the line edit inside a date field → the field
        if current is root:
            return False
    if current is None or not order:
        return False
    index = order.index(current)
    target = order[(index + (1 if forward else -1)) % len(order)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True
