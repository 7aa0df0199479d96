"""The way into the application, as one small controller:

    no database -> first-run dialog (set up / demo / other folder)
    database    -> unlock with the OS keyring, else the unlock dialog (recovery key)
                   (cannot be opened: damaged, or the key does not fit -> restore dialog,
                   offered from the unlock dialog too; after a restore, unlock again)
    -> sign in -> forced password change (when an administrator set the password)
    -> main window -> sign out -> sign in again ...

Closing any entry window (or the main window) ends the flow with exit code 0. The controller
knows nothing of how services are built: app.py hands it factories.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from ..domain.dto import SignedInUser
from ..domain.errors import (
    CannotOpenDatabase,
    DatabaseDamaged,
    NoDatabase,
    RecoveryKeyNeeded,
)
from ..services.container import Services
from ..services.preferences import Preferences
from ..services.shelter_access import ShelterAccess
from .change_password_dialog import ChangePasswordDialog
from .errors import show_error
from .first_run_dialog import FirstRunDialog
from .restore_dialog import TRY_RECOVERY_KEY, RestoreBackupButton, RestoreDialog
from .sign_in_dialog import Runner, SignInDialog
from .unlock_dialog import UnlockDialog
from .window_layout import restore_geometry

log = logging.getLogger(__name__)

ServicesFactory = Callable[[ShelterAccess, Any], Services]
MainWindowFactory = Callable[[Services, SignedInUser, Runner], QWidget]
AccessFactory = Callable[[Path], ShelterAccess]
SHUTDOWN_WAIT_SECONDS = 30
RESTORE_REQUESTED = 2  # the unlock dialog's result when the user chose to restore a backup


def default_main_window(services: Services, user: SignedInUser, runner: Runner) -> QWidget:
    from .main_window import MainWindow

    return MainWindow(services, user, runner)


class SessionFlow(QObject):
    """Shows one window at a time and moves on when it is done. ``first_shown`` fires once,
    when the first window of the flow is on screen; ``finished(exit_code)`` when the flow ends."""

    first_shown = Signal(QWidget)
    finished = Signal(int)
    window_changed = Signal(QWidget)

    def __init__(
        self,
        access: ShelterAccess,
        runner: Runner,
        make_services: ServicesFactory,
        access_for: AccessFactory | None = None,
        make_main_window: MainWindowFactory = default_main_window,
        geometry: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.runner = runner
        self.make_services = make_services
        self.access_for = access_for
        self.make_main_window = make_main_window
        self.geometry = geometry if geometry is not None else QSettings()
        self.services: Services | None = None
        self.user: SignedInUser | None = None
        self.window: QWidget | None = None
        self.exit_code: int | None = None
        self._announced = False
        self._main_window: QWidget | None = None

    # --- steps ------------------------------------------------------------------------------

    def start(self) -> None:
        if self.access.has_database():
            self.unlock()
        else:
            self.first_run()

    def first_run(self) -> None:
        dialog = FirstRunDialog(self.access, self.runner, self.access_for)
        dialog.finished.connect(lambda result: self._first_run_done(dialog, result))
        self._present(dialog, "firstRun")

    def _first_run_done(self, dialog: FirstRunDialog, result: int) -> None:
        self._forget(dialog, "firstRun")
        if result != QDialog.DialogCode.Accepted:
            self.finish(0)
            return
        self.access = dialog.access
        if dialog.database is not None:
            self.opened(dialog.database, dialog.sign_in_username)
        else:
            self.unlock()

    def unlock(self) -> None:
        """Open with the key in the OS credential store; ask for the recovery key if needed."""
        self.runner.run_op(
            None, self.access.open_with_keyring, self.opened, "", self._keyring_failed
        )

    def _keyring_failed(self, error: BaseException) -> None:
        # Damaged pages or journal (found before anything was written): restore, like a file
        # that does not open at all. A database from a newer version is only explained.
        if isinstance(error, (CannotOpenDatabase, DatabaseDamaged)):
            self.offer_restore(error)
        elif isinstance(error, RecoveryKeyNeeded):
            self.ask_recovery_key(error)
        elif isinstance(error, NoDatabase):
            self.first_run()
        else:
            show_error(None, error)
            self.finish(1)

    def ask_recovery_key(self, reason: BaseException) -> None:
        dialog = UnlockDialog(self.access, self.runner, reason, Preferences(self.access.data_dir))
        self._add_restore_button(dialog)
        dialog.finished.connect(lambda result: self._unlock_done(dialog, result))
        self._present(dialog, "unlock")

    def _add_restore_button(self, dialog: UnlockDialog) -> None:
        """A key that does not open the file may mean a damaged file: offer a restore there."""
        button = RestoreBackupButton(dialog)
        button.clicked.connect(lambda: dialog.done(RESTORE_REQUESTED))
        for index in range(dialog.layout().count()):
            item = dialog.layout().itemAt(index)
            row = item.layout() if item is not None else None
            if isinstance(row, QHBoxLayout) and row.indexOf(dialog.quit_button) >= 0:
                row.insertWidget(row.indexOf(dialog.quit_button), button)
                break
        dialog.restore_backup_button = button  # type: ignore[attr-defined]

    def _unlock_done(self, dialog: UnlockDialog, result: int) -> None:
        self._forget(dialog, "unlock")
        reason = dialog.reason
        if result == QDialog.DialogCode.Accepted and dialog.database is not None:
            self.opened(dialog.database)
        elif result == RESTORE_REQUESTED:
            damaged = isinstance(reason, CannotOpenDatabase)
            self.offer_restore(reason if damaged else CannotOpenDatabase())
        else:
            self.finish(0)

    def offer_restore(self, reason: BaseException) -> None:
        """The database cannot be opened: nothing is written to it; offer to restore a backup."""
        dialog = RestoreDialog(self.access, self.runner, reason)
        dialog.finished.connect(lambda result: self._restore_done(dialog, result))
        self._present(dialog, "restore")

    def _restore_done(self, dialog: RestoreDialog, result: int) -> None:
        self._forget(dialog, "restore")
        if result == QDialog.DialogCode.Accepted and dialog.result_info is not None:
            self.unlock()  # the restore remembered the key when it could; else it is asked
        elif result == TRY_RECOVERY_KEY:
            self.ask_recovery_key(dialog.reason)
        else:
            self.finish(0)

    def opened(self, database: object, username: str = "") -> None:
        self.services = self.make_services(self.access, database)
        self.sign_in(username)
        self._tell_key_change()

    def _tell_key_change(self) -> None:
        """Say so when this start finished or undid an interrupted database key change
        (services/key_change.py); a box over the sign-in window that does not block it."""
        note, self.access.key_change_note = self.access.key_change_note, None
        if not note:
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("KeyChange", "Database key"),
            QCoreApplication.translate("KeyChange", note),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("keyChangeNote")
        box.open()
        self.key_change_box = box

    def sign_in(self, username: str = "") -> None:
        assert self.services is not None
        dialog = SignInDialog(self.services, self.runner, username)
        dialog.finished.connect(lambda result: self._sign_in_done(dialog, result))
        self._present(dialog, "signIn")

    def _sign_in_done(self, dialog: SignInDialog, result: int) -> None:
        self._forget(dialog, "signIn")
        if result != QDialog.DialogCode.Accepted or dialog.user is None:
            self.finish(0)
            return
        self.user = dialog.user
        if dialog.user.must_change_password:
            self.change_password(dialog.user)
        else:
            self.show_main_window(dialog.user)

    def change_password(self, user: SignedInUser) -> None:
        assert self.services is not None
        dialog = ChangePasswordDialog(self.services, self.runner, user)
        dialog.finished.connect(lambda result: self._password_done(dialog, result))
        self._present(dialog, "changePassword")

    def _password_done(self, dialog: ChangePasswordDialog, result: int) -> None:
        self._forget(dialog, "changePassword")
        if result == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.user = dialog.user
            self.show_main_window(dialog.user)
        else:  # not skippable: cancelling signs out
            self._record_sign_out(dialog.signed_in_user)
            self.user = None
            self.sign_in(dialog.signed_in_user.username)

    def show_main_window(self, user: SignedInUser) -> None:
        assert self.services is not None
        window = self.make_main_window(self.services, user, self.runner)
        window.signed_out.connect(self.signed_out)  # type: ignore[attr-defined]
        window.installEventFilter(self)
        self._main_window = window
        self._present(window, "mainWindow")

    def signed_out(self) -> None:
        """The main window signed out (and recorded it): back to the sign-in window."""
        window = self._main_window
        self._main_window = None
        self.user = None
        if window is not None and shiboken6.isValid(window):
            window.removeEventFilter(self)
            self._forget(window, "mainWindow")
            window.hide()
            window.deleteLater()
        self.sign_in()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._main_window and event.type() == QEvent.Type.Close:
            # The window may refuse to close (unsaved work): look again once it has decided.
            QTimer.singleShot(0, self._check_main_window_closed)
        return super().eventFilter(watched, event)

    def _check_main_window_closed(self) -> None:
        window = self._main_window
        if window is None:
            return
        if shiboken6.isValid(window) and window.isVisible():
            return
        if shiboken6.isValid(window):
            self.geometry.setValue("mainWindow/geometry", window.saveGeometry())
        self._main_window = None
        if self.user is not None and self.services is not None:
            self._record_sign_out(self.user)
            self.user = None
        self.finish(0)

    # --- ending -----------------------------------------------------------------------------

    def finish(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
            self.finished.emit(code)

    def shutdown(self) -> None:
        """Let queued work finish (a sign-out record, a write), stop the worker, then close the
        database. Call once the event loop has ended."""
        self.runner.shutdown(SHUTDOWN_WAIT_SECONDS)
        if self.services is not None:
            self.services.close()
            self.services = None

    def _record_sign_out(self, user: SignedInUser) -> None:
        services = self.services
        if services is not None:
            self.runner.run_op(None, lambda: services.auth.sign_out(user))

    # --- windows ----------------------------------------------------------------------------

    def _present(self, window: QWidget, name: str) -> None:
        stored = self.geometry.value(f"{name}/geometry")
        if stored:
            restore_geometry(window, stored)  # moved back on screen if that screen is gone
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.window_changed.emit(window)
        if not self._announced:
            self._announced = True
            self.first_shown.emit(window)

    def _forget(self, window: QWidget, name: str) -> None:
        """Remember where the window was, and let it go."""
        if shiboken6.isValid(window):
            self.geometry.setValue(f"{name}/geometry", window.saveGeometry())
            window.deleteLater()
        if self.window is window:
            self.window = None
