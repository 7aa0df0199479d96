"""Clears what this application copied to the system clipboard after a short while.

Why: the shelter's office PC is shared. A counselor who copies a sentence of a counseling
note (or a resident's name, a phone number of a contact) into another program must not leave
it in the operating system's clipboard, where the next person at the PC could paste it, or
a clipboard-history tool could keep it. So whenever the clipboard changes and the new content
was put there by this application, a timer starts (30 s by default); when it fires, the
clipboard is cleared if it still holds exactly that text. Copies made by other applications
are never touched. Our copy is also cleared at once when the application quits and when the
session locks (``clear_our_copy()``).

How "ours" is decided: on X11 and Windows, ``QClipboard.ownsClipboard()`` tells. Elsewhere
(macOS, Wayland, offscreen) it is always False, so a change is taken to be ours when it
happens while this application is the active one (another program can only copy while it
has the focus), and the text is compared with what we saw when the timer fires.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 30_000
# Platforms whose QClipboard reports ownership reliably.
OWNERSHIP_PLATFORMS = frozenset({"xcb", "windows"})
_PROPERTY = "shelterClipboardGuard"


class ClipboardGuard(QObject):
    """Install once per application with ``ClipboardGuard.install(app)``."""

    def __init__(self, app: QGuiApplication, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(app)
        self._app = app
        self._clipboard: QClipboard = app.clipboard()
        self._our_text: str | None = None  # what we copied and have not cleared yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._expired)
        self._clipboard.dataChanged.connect(self._changed)
        app.aboutToQuit.connect(self.clear_now)

    @classmethod
    def install(cls, app: QGuiApplication, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> ClipboardGuard:
        """The application's guard, created on first use (installing twice returns the same)."""
        existing = installed_guard(app)
        if existing is not None:
            return existing
        guard = cls(app, timeout_ms)
        guard.setObjectName(_PROPERTY)
        return guard

    # -- state, for tests and callers ----------------------------------------------------

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def is_pending(self) -> bool:
        """True while a copy of ours waits to be cleared."""
        return self._timer.isActive()

    # -- behaviour -----------------------------------------------------------------------

    def _is_ours(self) -> bool:
        if QGuiApplication.platformName() in OWNERSHIP_PLATFORMS:
            return self._clipboard.ownsClipboard()
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _changed(self) -> None:
        text = self._clipboard.text()
        if not text:
            # Emptied (by us or anyone): nothing left to clear.
            self._forget()
            return
        if text == self._our_text and self._timer.isActive():
            return  # the same copy announced again: keep the original deadline
        if self._is_ours():
            self._our_text = text
            self._timer.start()
        else:
            self._forget()  # another program's copy replaced ours: never touch it

    def _expired(self) -> None:
        self._clear_if_still_ours()

    def clear_now(self) -> None:
        """Clear our copy at once (quit, lock); another program's copy is left alone."""
        self._clear_if_still_ours()

    def _clear_if_still_ours(self) -> None:
        ours = self._our_text
        self._forget()
        if ours is None:
            return
        if self._clipboard.text() != ours:
            return  # changed since: not ours any more, or a newer copy with its own timer
        if (
            QGuiApplication.platformName() in OWNERSHIP_PLATFORMS
            and not self._clipboard.ownsClipboard()
        ):
            return  # another program copied the very same text: it is theirs now
        self._clipboard.clear()
        log.info("cleared the clipboard copy made by this application")

    def _forget(self) -> None:
        self._timer.stop()
        self._our_text = None


def installed_guard(app: QGuiApplication | None = None) -> ClipboardGuard | None:
    """The guard installed on ``app`` (the running application by default), if any."""
    app = app if app is not None else QGuiApplication.instance()  # type: ignore[assignment]
    if app is None:
        return None
    guard = app.findChild(ClipboardGuard, _PROPERTY, Qt.FindChildOption.FindDirectChildrenOnly)
    return guard if isinstance(guard, ClipboardGuard) else None


def clear_our_copy() -> None:
    """Clear this application's clipboard copy now, if a guard is installed (e.g. on lock)."""
    guard = installed_guard()
    if guard is not None:
        guard.clear_now()
