"""The open resident files: at most one window per resident, and what happens to all of them
when the screen locks (hidden, drafts saved), unlocks (shown again) or the user signs out
(closed, drafts saved first).

File windows are top-level windows of their own (staff arrange them beside the main window);
this registry, owned by the main window, is what ties them to the session.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.dto import SignedInUser
from ..services.container import Services
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_file_window import ResidentFileWindow

Runner = OpRunner | SynchronousOpRunner

CASCADE = QPoint(32, 32)


def _owned_by(widget: QWidget, owner: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False


class ResidentWindows(QObject):
    opened = Signal(int)
    resident_changed = Signal(int)  # a file window changed her record (the list reloads)
    lock_requested = Signal()  # Ctrl+L in a file window

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._settings = settings
        self._windows: dict[int, ResidentFileWindow] = {}
        self._locked = False
        self._hidden_windows: list[ResidentFileWindow] = []
        self._hidden_dialogs: list[QWidget] = []

    # -- opening -------------------------------------------------------------------------

    def open(self, resident_id: int, tab: str | None = None) -> ResidentFileWindow | None:
        """Bring the resident's window forward, or open one; ``tab`` (a tab key such as
        "reintegration") is shown once her file has loaded. Nothing opens while locked."""
        if self._locked:
            return None
        window = self.window(resident_id)
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
            self._show_tab(window, tab)
            return window
        window = ResidentFileWindow(
            self._services, self._user, self._runner, resident_id, settings=self._settings
        )
        if window.is_closing():  # the file could not be opened (the error was shown)
            return None
        window.closed.connect(self._closed)
        window.resident_changed.connect(self.resident_changed)
        window.lock_requested.connect(self.lock_requested)
        self._place(window)
        self._windows[resident_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self._show_tab(window, tab)
        self.opened.emit(resident_id)
        return window

    @staticmethod
    def _show_tab(window: ResidentFileWindow, tab: str | None) -> None:
        """Show ``tab`` now if the tabs are built, else as soon as the file has loaded."""
        if not tab:
            return
        if window.detail() is not None:
            window.show_tab(tab)
            return
        window.loaded.connect(
            lambda _detail, w=window, key=tab: w.show_tab(key),
            Qt.ConnectionType.SingleShotConnection,
        )

    def _place(self, window: ResidentFileWindow) -> None:
        """Offset a new window from the newest open one, so both stay visible."""
        others = self.windows()
        if others:
            window.move(others[-1].pos() + CASCADE)

    def _closed(self, resident_id: int) -> None:
        window = self._windows.pop(resident_id, None)
        if window in self._hidden_windows:
            self._hidden_windows.remove(window)

    # -- what is open --------------------------------------------------------------------

    def window(self, resident_id: int) -> ResidentFileWindow | None:
        window = self._windows.get(resident_id)
        if window is None or not shiboken6.isValid(window) or window.is_closing():
            self._windows.pop(resident_id, None)
            return None
        return window

    def windows(self) -> list[ResidentFileWindow]:
        return [w for rid in list(self._windows) if (w := self.window(rid)) is not None]

    def is_locked(self) -> bool:
        return self._locked

    # -- session -------------------------------------------------------------------------

    def save_drafts_now(self) -> None:
        for window in self.windows():
            window.save_drafts_now()

    def lock_all(self) -> None:
        """Save drafts and hide every file window and every dialog it opened (kept, with what
        was typed, to be shown again after unlocking)."""
        if self._locked:
            return
        self._locked = True
        self._hidden_windows, self._hidden_dialogs = [], []
        windows = self.windows()
        for window in windows:
            window.save_drafts_now()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if any(_owned_by(widget, window) for window in windows):
                widget.hide()
                self._hidden_dialogs.append(widget)
        for window in windows:
            if window.isVisible():
                window.hide()
                self._hidden_windows.append(window)

    def unlock_all(self) -> None:
        if not self._locked:
            return
        self._locked = False
        for window in self._hidden_windows:
            if shiboken6.isValid(window) and not window.is_closing():
                window.show()
        for dialog in self._hidden_dialogs:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._hidden_windows, self._hidden_dialogs = [], []

    def close_all(self) -> None:
        """Close every file window (each saves its drafts first): signing out, quitting."""
        for window in self.windows():
            window.close()
        self._windows.clear()
        self._hidden_windows, self._hidden_dialogs = [], []
